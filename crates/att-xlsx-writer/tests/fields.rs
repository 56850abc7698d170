//! Every field of the JSON Schema has a place in the workbook: documents generated from the
//! schema itself, with every property of every object filled in (and every value of every
//! enumeration in turn), come back identical through the workbook. A field added to the types
//! appears in the schema, so it is filled in here, and this test fails until the writer gives it
//! a cell the reader reads.

mod common;

use att_schema::{Lang, Report};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;

/// The objects of the document whose every property must have a place.
const OBJECTS: [&str; 9] = [
    "Report",
    "Submission",
    "Contact",
    "Withheld",
    "Direction",
    "Entry",
    "Money",
    "Party",
    "NationalDefinition",
];

/// Generates values from a schema, taking alternative `pick` (modulo their number) wherever the
/// schema offers several, and records the properties it fills as `Object.property`.
struct Generator<'s> {
    definitions: &'s Map<String, Value>,
    pick: usize,
    filled: BTreeSet<String>,
}

impl Generator<'_> {
    fn value(&mut self, schema: &Value, object: &str) -> Value {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/$defs/");
            let definition = self.definitions.get(name).cloned().unwrap_or(Value::Null);
            return self.value(&definition, name);
        }
        if let Some(constant) = schema.get("const") {
            return constant.clone();
        }
        let constrained_object = schema.get("properties").is_some();
        for key in ["oneOf", "anyOf", "enum"] {
            if constrained_object {
                break;
            }
            if let Some(Value::Array(choices)) = schema.get(key)
                && !choices.is_empty()
            {
                let choice = choices[self.pick % choices.len()].clone();
                return if key == "enum" {
                    choice
                } else {
                    self.value(&choice, object)
                };
            }
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => {
                let mut fields = Map::new();
                if let Some(Value::Object(properties)) = schema.get("properties") {
                    for (name, property) in properties {
                        self.filled.insert(format!("{object}.{name}"));
                        fields.insert(name.clone(), self.value(property, object));
                    }
                }
                Value::Object(fields)
            }
            Some("array") => {
                let item = schema.get("items").cloned().unwrap_or(Value::Null);
                json!([self.value(&item, object), self.value(&item, object)])
            }
            Some("string") => string(schema),
            Some("integer") => {
                json!(schema.get("minimum").and_then(Value::as_u64).unwrap_or(7) + 9)
            }
            Some("number") => json!(1250.75),
            Some("boolean") => json!(self.pick.is_multiple_of(2)),
            _ => Value::Null,
        }
    }
}

/// A string a property of this schema may hold.
fn string(schema: &Value) -> Value {
    if schema.get("format").and_then(Value::as_str) == Some("date") {
        return json!("2024-05-28");
    }
    match schema.get("pattern").and_then(Value::as_str) {
        Some("^[A-Z]{3}$") => json!("SWE"),
        Some("^[a-z]{2}$") => json!("es"),
        _ => json!("Text of the field"),
    }
}

#[test]
fn every_property_of_the_schema_comes_back_through_the_workbook() {
    let schema = att_schema::schema::report_schema();
    let definitions = schema
        .get("$defs")
        .and_then(Value::as_object)
        .expect("the schema has $defs");
    let mut filled = BTreeSet::new();
    let mut expected_properties = BTreeSet::new();
    for object in OBJECTS {
        let definition = if object == "Report" {
            &schema
        } else {
            definitions
                .get(object)
                .expect("a definition of each object")
        };
        let properties = definition
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or_else(|| panic!("{object} has properties"));
        for name in properties.keys() {
            expected_properties.insert(format!("{object}.{name}"));
        }
    }
    let alternatives = 30;
    for pick in 0..alternatives {
        let mut generator = Generator {
            definitions,
            pick,
            filled: BTreeSet::new(),
        };
        let generated = generator.value(&schema, "Report");
        filled.extend(generator.filled);
        let report = Report::deserialize(&generated)
            .unwrap_or_else(|error| panic!("the generated document is a report: {error}"));
        let expected = serde_json::to_value(&report).expect("serialises");
        for lang in Lang::ALL {
            let options = att_xlsx_writer::Options { lang };
            let bytes = att_xlsx_writer::write(&report, &options).expect("writes");
            let read = common::read(&bytes);
            assert_eq!(
                *read.document(),
                expected,
                "document {pick} ({lang}) changed through the workbook"
            );
            assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics);
        }
    }
    let missing: Vec<&String> = expected_properties.difference(&filled).collect();
    assert!(
        missing.is_empty(),
        "properties never generated: {missing:?}"
    );
}

#[test]
fn withheld_figures_are_written_as_the_word_the_report_used_and_read_back() {
    use att_schema::{Category, Direction, Entry, Lang, Party, Report, Status, WithheldFigures};
    let mut report = att_xlsx_writer::blank_report(Lang::En);
    report.reporting_state = Some(Party::state("SWE", "Sweden"));
    report.exports = Direction {
        status: Some(Status::Reported.into()),
        basis: None,
        entries: vec![
            Entry {
                category: Some(Category::VIIa.into()),
                partner: Some(Party::state("AUS", "Australia")),
                withheld: Some(WithheldFigures {
                    items: Some("classified".to_owned()),
                    value: None,
                }),
                ..Entry::default()
            },
            Entry {
                category: Some(Category::II.into()),
                partner: Some(Party::state("NOR", "Norway")),
                items: Some(12.into()),
                withheld: Some(WithheldFigures {
                    items: None,
                    value: Some("kept back by decision 2024/7".to_owned()),
                }),
                ..Entry::default()
            },
        ],
    };
    let bytes = att_xlsx_writer::write(&report, &att_xlsx_writer::Options { lang: Lang::En })
        .expect("writes");
    let read = common::read(&bytes);
    assert_eq!(
        read.report,
        Report { ..report.clone() },
        "reads back exactly"
    );
    let strings = common::part(&bytes, "xl/sharedStrings.xml");
    assert!(
        strings.contains(">classified<"),
        "a word the reader takes for a withheld figure is written as plain text"
    );
    let sheet = common::sheet_xml(&bytes, "Exports");
    assert!(
        sheet.contains("withheld") && sheet.contains("kept back by decision 2024/7"),
        "a word the reader would not take for a withheld figure is a literal object"
    );
}
