//! The contract check covers the JSON Schema: on arbitrary typed reports — every field, raw
//! values of every JSON kind, empty and odd texts, parties without code or name, absent and
//! empty directions — every error the JSON Schema finds on the report's JSON form is at a place
//! where the checks of the typed report found something too. And a badly typed field of a JSON
//! document is one finding that hides nothing else.

#[path = "../../../tests/common/arbitrary_report.rs"]
mod arbitrary_report;

use arbitrary_report::report;
use att_schema::{Diagnostic, Lang, Report};
use att_validate::Validator;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Whether `pointer` is at or below `place`.
fn within(pointer: &str, place: &str) -> bool {
    pointer
        .strip_prefix(place)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// The findings of the JSON Schema on the JSON form of `report` that no finding of the typed
/// report's checks covers (one at the same place, or the absence of the whole direction).
fn uncovered(report: &Report) -> Vec<String> {
    let document = serde_json::to_value(report).expect("a report serialises");
    let typed: Vec<Diagnostic> = Validator::new().validate_report(report, None);
    att_validate::schema_findings(&document)
        .into_iter()
        .filter(|finding| {
            let pointer = finding.pointer.as_deref().unwrap_or_default();
            !typed.iter().any(|found| {
                let at = found.pointer.as_deref().unwrap_or_default();
                at == pointer
                    || (["ATT0206", "ATT0208"].contains(&found.code())
                        && ["/exports", "/imports"].contains(&at)
                        && within(pointer, at))
            })
        })
        .map(|finding| {
            format!(
                "{} at {}: {}",
                finding.code(),
                finding.pointer.as_deref().unwrap_or_default(),
                finding.message(Lang::En)
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("ATT_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
    ))]

    #[test]
    fn every_error_of_the_json_schema_is_found_on_the_typed_report(report in report()) {
        let missed = uncovered(&report);
        prop_assert!(missed.is_empty(), "{missed:#?}");
    }
}

/// `(code, pointer)` of each finding of a JSON document.
fn findings(document: &Value) -> Vec<(&'static str, String)> {
    let mut found: Vec<(&'static str, String)> = Validator::new()
        .validate(document, None)
        .iter()
        .map(|d| (d.code(), d.pointer.clone().unwrap_or_default()))
        .collect();
    found.sort();
    found
}

fn report_with_entry(entry: Value) -> Value {
    json!({
        "schema_version": "1.0",
        "reporting_state": { "code": "SWE", "name": "Sweden" },
        "year": 2023,
        "submission": { "date": "2024-05-20", "public": true },
        "exports": { "status": "reported", "basis": "actual", "entries": [
            { "category": "VIII.SA.2", "partner": { "code": "NOR", "name": "Norway" },
              "items": 120, "description": "5.56 mm rifles" },
            entry
        ] },
        "imports": { "status": "nil", "entries": [] }
    })
}

#[test]
fn a_badly_typed_field_is_one_finding_and_the_entry_is_still_checked() {
    // The same entry, first well typed, then with a description or a partner of the wrong
    // kind: the category (a parent), the zero items and the partner or description are still
    // checked, and the bad field is reported once, at its place.
    let good = findings(&report_with_entry(json!({
        "category": "VIII", "partner": { "code": "NOR", "name": "Norway" }, "items": 0,
        "description": "Frigate"
    })));
    assert_eq!(
        good,
        [
            ("ATT0212", "/exports/entries/1/category".to_owned()),
            ("ATT0232", "/exports/entries/1/items".to_owned()),
            ("ATT0251", "/exports/entries/1/description".to_owned()),
        ]
    );

    let description = findings(&report_with_entry(json!({
        "category": "VIII", "partner": { "code": "NOR", "name": "Norway" }, "items": 0,
        "description": 5
    })));
    assert_eq!(
        description,
        [
            ("ATT0003", "/exports/entries/1/description".to_owned()),
            ("ATT0212", "/exports/entries/1/category".to_owned()),
            ("ATT0232", "/exports/entries/1/items".to_owned()),
        ]
    );

    let partner = findings(&report_with_entry(json!({
        "category": "VIII", "partner": 5, "items": 0, "description": "Frigate"
    })));
    assert_eq!(
        partner,
        [
            ("ATT0003", "/exports/entries/1/partner".to_owned()),
            ("ATT0212", "/exports/entries/1/category".to_owned()),
            ("ATT0232", "/exports/entries/1/items".to_owned()),
            ("ATT0251", "/exports/entries/1/description".to_owned()),
        ]
    );
    let message = Validator::new()
        .validate(
            &report_with_entry(json!({ "category": "VIII", "partner": 5, "items": 0 })),
            None,
        )
        .into_iter()
        .find(|d| d.pointer.as_deref() == Some("/exports/entries/1/partner"))
        .map(|d| d.message(Lang::En));
    assert_eq!(
        message.as_deref(),
        Some("Final importing State must be a group of fields ({ … }); found 5.")
    );
}

#[test]
fn a_list_or_object_of_the_wrong_kind_is_reported_once_and_not_as_missing() {
    let mut document =
        report_with_entry(json!({ "category": "I", "partner": { "code": "NOR" }, "items": 1 }));
    document["imports"] = json!({ "status": "reported", "basis": "actual", "entries": {} });
    document["submission"]["withheld"] = json!(true);
    assert_eq!(
        findings(&document),
        [
            ("ATT0003", "/imports/entries".to_owned()),
            ("ATT0003", "/submission/withheld".to_owned()),
        ]
    );
}

/// Found by the property test: serde reads a one-member object as an enum's variant, so a
/// category written `{"VIII.SA.2": null}` passed for a category on the typed report while the
/// JSON Schema refused it.
#[test]
fn a_category_written_as_an_object_is_found_on_the_typed_report() {
    let report = Report {
        national_definitions: vec![att_schema::NationalDefinition {
            category: Some(att_schema::Lenient::Raw(Box::new(
                json!({ "VIII.SA.2": null }),
            ))),
            national_category: None,
            definition: Some("Pistols".into()),
        }],
        ..Report::default()
    };
    let missed = uncovered(&report);
    assert!(missed.is_empty(), "{missed:#?}");
}
