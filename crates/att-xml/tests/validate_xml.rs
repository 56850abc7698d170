//! End to end: an XML report read and validated gives each problem at the line and column of
//! its element or attribute, as `att validate report.xml` prints it.

mod common;

use att_schema::{Diagnostic, Lang};

/// The reader's and the validator's diagnostics, placed through the reader's source map.
fn validate(fixture: &str) -> Vec<Diagnostic> {
    let read = att_xml::read(&common::xml_fixture(fixture), &att_xml::Limits::default())
        .unwrap_or_else(|error| panic!("{fixture}: {error}"));
    let mut diagnostics = read.diagnostics.clone();
    diagnostics.extend(att_validate::Validator::new().validate(&read.document(), None));
    att_validate::locate(&mut diagnostics, &read.source_map);
    diagnostics
}

fn places(diagnostics: &[Diagnostic]) -> Vec<(&'static str, String, String)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d.code(),
                d.pointer.clone().unwrap_or_default(),
                d.location
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn every_problem_is_reported_at_its_element_or_attribute() {
    let diagnostics = validate("located-errors.xml");
    let found = places(&diagnostics);
    let expected = [
        // <date>28 May 2024</date>: not a date.
        ("ATT0003", "/submission/date", "6:5"),
        // <items>approx. 40</items>: raw text where a number belongs.
        ("ATT0231", "/exports/entries/0/items", "16:9"),
        // <value> without <currency>: found at the value.
        ("ATT0241", "/exports/entries/0/value/currency", "17:9"),
        // <category>Tanks</category>: not a category.
        ("ATT0211", "/exports/entries/1/category", "22:9"),
        // code="nor": at the attribute, not at its element.
        ("ATT0003", "/exports/entries/1/partner/code", "23:18"),
        // <itmes>: unknown, with a suggestion; the entry then has no quantity.
        ("ATT0101", "/exports/entries/1", "24:9"),
        ("ATT0230", "/exports/entries/1", "21:7"),
        // An entry without <partner>: found at the entry.
        ("ATT0220", "/exports/entries/2/partner", "26:7"),
        // <items>-3</items>.
        ("ATT0231", "/exports/entries/2/items", "28:9"),
        // <status>none</status>.
        ("ATT0004", "/imports/status", "33:5"),
    ];
    for (code, pointer, place) in expected {
        assert!(
            found.contains(&(code, pointer.to_owned(), place.to_owned())),
            "{code} at {pointer} ({place}) expected among {found:#?}"
        );
    }
    let unplaced: Vec<_> = found
        .iter()
        .filter(|(_, _, place)| place.is_empty())
        .collect();
    assert!(
        unplaced.is_empty(),
        "diagnostics without a place: {unplaced:?}"
    );
    let items = diagnostics
        .iter()
        .find(|d| d.pointer.as_deref() == Some("/exports/entries/0/items"))
        .expect("the raw items are reported");
    assert_eq!(
        items.message(Lang::En),
        "Number of items must be a whole number of 0 or more; found “approx. 40”."
    );
}

#[test]
fn a_valid_report_in_xml_has_no_errors() {
    for fixture in [
        "valid-every-field.xml",
        "prefixed-any-order.xml",
        "utf16-with-bom.xml",
    ] {
        let errors: Vec<String> = validate(fixture)
            .iter()
            .filter(|d| d.severity == att_schema::Severity::Error)
            .map(|d| format!("{} {}", d.code(), d.message(Lang::En)))
            .collect();
        assert!(errors.is_empty(), "{fixture}: {errors:?}");
    }
}

#[test]
fn raw_values_in_xml_are_reported_where_they_stand() {
    let found = places(&validate("raw-values.xml"));
    for expected in [
        ("ATT0003", "/submission/public", "7:5"),
        ("ATT0231", "/exports/entries/0/items", "16:9"),
        ("ATT0240", "/exports/entries/0/value/amount", "18:11"),
        ("ATT0231", "/exports/entries/1/items", "25:9"),
        ("ATT0163", "/exports/entries/2/items", "34:9"),
        ("ATT0231", "/exports/entries/2/items", "34:9"),
    ] {
        let (code, pointer, place) = expected;
        assert!(
            found.contains(&(code, pointer.to_owned(), place.to_owned())),
            "{expected:?} expected among {found:#?}"
        );
    }
}
