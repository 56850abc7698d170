//! Every value of a workbook the writer wrote is placed at its cell, so that `att validate`
//! reports a problem where the official must look.

mod common;

use att_schema::Lang;
use att_schema::source_map::pointer_push;
use serde_json::Value;

/// Every pointer of every value in `document`.
fn pointers(document: &Value, pointer: String, out: &mut Vec<String>) {
    match document {
        Value::Object(fields) => {
            for (name, value) in fields {
                pointers(value, pointer_push(&pointer, name), out);
            }
        }
        Value::Array(items) => {
            for (index, value) in items.iter().enumerate() {
                pointers(value, pointer_push(&pointer, index), out);
            }
        }
        _ => {}
    }
    out.push(pointer);
}

/// The fields that may hold a raw value: the parts of a raw list or object are at its cell.
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
fn every_value_of_the_writers_workbook_is_placed_at_a_cell() {
    for (name, report) in common::reports() {
        let bytes = att_xlsx_writer::write(&report, &att_xlsx_writer::Options { lang: Lang::En })
            .expect("writes");
        let read = common::read(&bytes);
        let mut all = Vec::new();
        pointers(&read.document(), String::new(), &mut all);
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
            .filter(|pointer| !pointer.is_empty())
            .filter(|pointer| read.source_map.get(pointer).is_none() && !inside_raw_value(pointer))
            .collect();
        assert!(unplaced.is_empty(), "{name}: no place for {unplaced:?}");
    }
}
