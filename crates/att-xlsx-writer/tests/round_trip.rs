//! JSON → workbook → JSON gives back the same document, for every report fixture and in every
//! language, and the reader finds nothing to say about the writer's workbook.

mod common;

use att_schema::Lang;
use att_xlsx_writer::Options;
use serde::Deserialize;

#[test]
fn every_fixture_comes_back_identical_in_every_language() {
    let mut failures = Vec::new();
    for (name, report) in common::reports() {
        let expected = serde_json::to_value(&report).expect("a report serialises");
        for lang in Lang::ALL {
            let bytes = att_xlsx_writer::write(&report, &Options { lang })
                .unwrap_or_else(|error| panic!("{name} ({lang}): {error}"));
            let read = common::read(&bytes);
            if *read.document() != expected {
                failures.push(format!(
                    "{name} ({lang}):\n  expected {expected}\n  read     {}",
                    read.document()
                ));
            }
            let said: Vec<String> = read
                .diagnostics
                .iter()
                .map(|d| format!("{} {}", d.code(), d.message(Lang::En)))
                .collect();
            if !said.is_empty() {
                failures.push(format!("{name} ({lang}): the reader said {said:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Values a cell cannot hold plainly, and parts of the document that are there but empty.
#[test]
fn values_a_cell_cannot_hold_plainly_come_back_identical() {
    let long = format!("{} ", "word ".repeat(120));
    let document = serde_json::json!({
        "schema_version": "",
        "reporting_state": { "code": "swe" },
        "year": -2023,
        "submission": {
            "date": "0999-01-01",
            "language": "english",
            "contact": {},
            "withheld": {}
        },
        "exports": {
            "basis": "Both",
            "entries": [
                {},
                { "description": "" },
                { "national_category": "ML3", "partner": { "name": "*" } },
                {
                    "category": "VIII.SA.2",
                    "partner": { "code": "NOR", "name": "Finland" },
                    "items": 18_446_744_073_709_551_615_u64,
                    "value": {},
                    "state_of_origin": { "name": "Korea, Rep." },
                    "intermediate_locations": [
                        { "name": "Denmark, Germany" },
                        { "code": "DEU" }
                    ],
                    "comments": long
                },
                {
                    "category": "national",
                    "partner": { "code": "KOR", "name": "Korea, Rep." },
                    "value": { "amount": 5.0, "currency": "€" },
                    "intermediate_locations": [
                        { "code": "DNK", "name": "Denmark" },
                        { "name": "Trinidad and Tobago" },
                        { "name": "somewhere" }
                    ],
                    "description": "TRUE",
                    "comments": "inf"
                },
                {
                    "partner": { "name": "Norway" },
                    "value": { "currency": "EUR" },
                    "items": 0,
                    "basis": "both"
                }
            ]
        },
        "imports": {
            "status": "reported",
            "basis": "actual",
            "entries": [
                {
                    "category": "I",
                    "partner": { "code": "USA", "name": "united states of america" },
                    "value": { "amount": -12.75, "currency": "usd" },
                    "intermediate_locations": [ { "name": "Denmark" } ]
                }
            ]
        },
        "national_definitions": [
            {},
            { "national_category": "ML3", "definition": "  spaced  " },
            { "category": "II", "definition": "x" }
        ]
    });
    let report = att_schema::Report::deserialize(&document).expect("a report");
    let expected = serde_json::to_value(&report).expect("serialises");
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::write(&report, &Options { lang }).expect("writes");
        let read = common::read(&bytes);
        assert_eq!(*read.document(), expected, "{lang}");
        assert!(
            read.diagnostics.is_empty(),
            "{lang}: {:?}",
            read.diagnostics
        );
    }
}

/// Raw values that a literal of the value itself would not give back (`null`, which a literal
/// says for an empty field, and objects with the keys of the literals' own objects), texts with
/// control characters or with what looks like an escape of the workbook's XML, and parts of an
/// entry's figures that are there but empty.
#[test]
fn values_only_a_wrapped_or_spelled_literal_says_come_back_identical() {
    let document = serde_json::json!({
        "schema_version": "1.0",
        "year": null,
        "submission": {
            "date": null,
            "public": null,
            "withheld": { "commercially_sensitive": null, "national_security": { "raw": 1 } }
        },
        "exports": {
            "status": null,
            "basis": null,
            "entries": [
                {
                    "category": null,
                    "partner": { "name": "\rNorway" },
                    "items": null,
                    "basis": null,
                    "value": { "amount": null, "currency": "EUR" }
                },
                {
                    "partner": { "name": "Norway" },
                    "items": { "withheld": "classified" },
                    "value": { "amount": { "raw": null, "figure": 2 } }
                },
                { "partner": { "name": "Norway" }, "items": 4, "withheld": {} },
                { "partner": { "name": "Norway" }, "withheld": {} },
                { "partner": { "name": "Norway" }, "value": {}, "withheld": { "value": "classified" } },
                { "partner": { "name": "Norway" }, "items": null, "withheld": { "items": "secret" } },
                {
                    "description": " a\u{1}b\u{0} ",
                    "comments": "_x0041_ and _x000D_ ",
                    "national_category": "\u{ffff}"
                }
            ]
        },
        "imports": { "status": "nil", "entries": [] },
        "national_definitions": [{ "category": null, "definition": "\u{b}" }]
    });
    let typed = att_schema::from_json::report(&document);
    assert!(typed.untyped.is_empty(), "{:?}", typed.untyped);
    let expected = serde_json::to_value(&typed.report).expect("serialises");
    assert_eq!(
        expected, document,
        "the report holds the document as written"
    );
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::write(&typed.report, &Options { lang }).expect("writes");
        let read = common::read(&bytes);
        assert_eq!(*read.document(), expected, "{lang}");
        assert!(
            read.diagnostics.is_empty(),
            "{lang}: {:?}",
            read.diagnostics
        );
    }
}

#[test]
fn a_value_too_long_for_a_formula_is_refused_with_its_place() {
    let mut report = att_xlsx_writer::blank_report(Lang::En);
    report.exports.entries.push(att_schema::Entry {
        description: Some(format!("{} ", "x".repeat(40_000))),
        ..att_schema::Entry::default()
    });
    let error = att_xlsx_writer::write(&report, &Options { lang: Lang::En })
        .expect_err("too long for a cell");
    let message = error.to_string();
    assert!(
        message.contains("/exports/entries/0/description"),
        "{message}"
    );
}
