//! JSON → XML → JSON gives the same document for every JSON fixture, and XML the writer
//! wrote comes back byte for byte through JSON.

mod common;

use att_schema::Report;
use serde::Deserialize;
use serde_json::Value;

fn read(xml: &str) -> att_schema::ReadReport {
    att_xml::read(xml.as_bytes(), &att_xml::Limits::default())
        .unwrap_or_else(|error| panic!("the writer's output should read back: {error}\n{xml}"))
}

/// Every pointer of every value in `document`.
fn pointers(document: &Value, pointer: String, out: &mut Vec<String>) {
    match document {
        Value::Object(fields) => {
            for (name, value) in fields {
                pointers(
                    value,
                    att_schema::source_map::pointer_push(&pointer, name),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (index, value) in items.iter().enumerate() {
                pointers(
                    value,
                    att_schema::source_map::pointer_push(&pointer, index),
                    out,
                );
            }
        }
        _ => {}
    }
    out.push(pointer);
}

#[test]
fn json_to_xml_to_json_gives_the_same_document() {
    for (name, report) in common::json_reports() {
        let expected = serde_json::to_value(&report).expect("a report serialises");
        let xml = att_xml::write(&report).unwrap_or_else(|error| panic!("{name}: {error}"));
        let read = read(&xml);
        assert_eq!(
            *read.document(),
            expected,
            "{name}: the document changed through XML\n{xml}"
        );
        assert_eq!(read.report, report, "{name}");
        assert!(
            read.diagnostics.is_empty(),
            "{name}: the reader complained about the writer's output: {:?}",
            read.diagnostics
        );
    }
}

#[test]
fn xml_to_json_to_xml_gives_the_same_bytes() {
    for (name, report) in common::json_reports() {
        let xml = att_xml::write(&report).unwrap_or_else(|error| panic!("{name}: {error}"));
        let json = serde_json::to_string(&read(&xml).document()).expect("serialises");
        let again: Value = serde_json::from_str(&json).expect("parses");
        let again = Report::deserialize(&again).expect("deserialises");
        let rewritten = att_xml::write(&again).unwrap_or_else(|error| panic!("{name}: {error}"));
        assert_eq!(rewritten, xml, "{name}: the XML changed through JSON");
    }
}

/// The fields that may hold a raw value.
const LENIENT_FIELDS: &[&str] = &[
    "year",
    "date",
    "public",
    "commercially_sensitive",
    "national_security",
    "status",
    "basis",
    "category",
    "items",
    "amount",
];

#[test]
fn every_value_of_the_writers_output_is_placed() {
    for (name, report) in common::json_reports() {
        let xml = att_xml::write(&report).unwrap_or_else(|error| panic!("{name}: {error}"));
        let read = read(&xml);
        let mut all = Vec::new();
        pointers(&read.document(), String::new(), &mut all);
        // The parts of a raw JSON value (`<items raw="json">{"min":10}</items>`) are placed at
        // the element that holds it.
        let inside_raw_value = |pointer: &str| {
            pointer
                .split('/')
                .any(|token| LENIENT_FIELDS.contains(&token))
                && !LENIENT_FIELDS
                    .iter()
                    .any(|field| pointer.ends_with(&format!("/{field}")))
        };
        let unplaced: Vec<&String> = all
            .iter()
            .filter(|pointer| read.source_map.get(pointer).is_none() && !inside_raw_value(pointer))
            .collect();
        assert!(unplaced.is_empty(), "{name}: no place for {unplaced:?}");
    }
}

#[test]
fn the_committed_example_is_what_the_writer_writes() {
    let (_, report) = common::json_reports()
        .into_iter()
        .find(|(name, _)| name == "valid-every-field.json")
        .expect("the fixture exists");
    let written = att_xml::write(&report).expect("writes");
    let committed = String::from_utf8(common::xml_fixture("valid-every-field.xml"))
        .expect("the fixture is UTF-8");
    assert_eq!(
        written, committed,
        "fixtures/xml/valid-every-field.xml is out of date: write it again with `att convert fixtures/json/valid-every-field.json --to xml`"
    );
    let read = read(&committed);
    assert_eq!(read.report, report);
}

#[test]
fn writing_is_deterministic() {
    for (name, report) in common::json_reports() {
        let first = att_xml::write(&report).expect("writes");
        let second = att_xml::write(&report.clone()).expect("writes");
        assert_eq!(first, second, "{name}");
        assert!(first.ends_with("</report>\n"), "{name}");
        assert!(!first.contains('\r'), "{name}: line ends are \\n only");
    }
}

#[test]
fn withheld_figures_come_back_through_xml_with_their_words() {
    let xml = String::from_utf8(common::xml_fixture("withheld-figures.xml")).expect("UTF-8");
    let first = read(&xml);
    assert!(first.diagnostics.is_empty(), "{:?}", first.diagnostics);
    let entries = &first.report.exports.entries;
    let withheld = |index: usize| entries[index].withheld.clone().unwrap_or_default();
    assert_eq!(withheld(0).items.as_deref(), Some("confidentiel"));
    assert_eq!(withheld(0).value.as_deref(), Some("confidentiel"));
    assert_eq!(withheld(1).items, None);
    assert_eq!(withheld(1).value.as_deref(), Some("n.d."));
    let place = |pointer: &str| first.source_map.get(pointer).map(|l| l.to_string());
    assert_eq!(
        place("/exports/entries/0/withheld/items").as_deref(),
        Some("21:11")
    );
    assert_eq!(
        place("/exports/entries/1/withheld").as_deref(),
        Some("30:9")
    );
    let written = att_xml::write(&first.report).expect("writes");
    assert!(
        written.contains("<withheld>\n          <value>n.d.</value>\n        </withheld>"),
        "{written}"
    );
    let again = read(&written);
    assert_eq!(again.report, first.report);
    let json = serde_json::to_value(&first.report).expect("serialises");
    assert_eq!(
        json["exports"]["entries"][1]["withheld"],
        serde_json::json!({ "value": "n.d." })
    );
}
