//! One field's cell as the reader meets it: empty, an ordinary cell to read leniently, or — in
//! the toolkit's own workbooks — a literal cell whose value is taken exactly (see
//! [`att_workbook::literal`]).

use crate::container::sheet::{Cell, CellValue, Sheet};
use crate::interpret::fields::text_of;
use att_schema::Lenient;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The cell of one field.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Field<'c> {
    /// Nothing written.
    Empty,
    /// An ordinary cell, read as people write.
    Cell(&'c Cell),
    /// A literal cell: exactly this JSON value (`null`: the field is absent, but the object
    /// that holds it is there).
    Literal(&'c Value),
    /// A code cell of the toolkit's own workbook that looks the State's name up in its list:
    /// the reader does the lookup (see [`att_workbook::is_code_lookup`]).
    Lookup,
}

impl<'c> Field<'c> {
    /// The field at `row`, `col` of `sheet`: its literal value if it is a literal cell.
    pub(crate) fn at(sheet: &'c Sheet, row: u32, col: u32) -> Field<'c> {
        match sheet.literal(row, col) {
            Some(value) => Field::Literal(value),
            None if sheet.is_lookup(row, col) => Field::Lookup,
            None => Field::of(sheet.get(row, col)),
        }
    }

    /// An ordinary cell, or nothing.
    pub(crate) fn of(cell: Option<&'c Cell>) -> Field<'c> {
        match cell {
            Some(cell) => Field::Cell(cell),
            None => Field::Empty,
        }
    }

    /// Whether anything is written: a literal (even `null`), or a cell that is not blank.
    pub(crate) fn is_filled(&self) -> bool {
        match self {
            Field::Empty | Field::Lookup => false,
            Field::Literal(_) => true,
            Field::Cell(cell) => {
                !matches!(&cell.value, CellValue::Empty)
                    && (cell.value.text().is_none_or(|text| !text.trim().is_empty()))
            }
        }
    }

    /// The ordinary cell, if the field is one.
    pub(crate) fn cell(&self) -> Option<&'c Cell> {
        match self {
            Field::Cell(cell) => Some(cell),
            _ => None,
        }
    }

    /// A typed field: a literal as the JSON document would read it, a cell as `plain` reads it.
    pub(crate) fn lenient<T: DeserializeOwned>(
        &self,
        plain: impl FnOnce(Option<&'c Cell>) -> Option<Lenient<T>>,
    ) -> Option<Lenient<T>> {
        match self {
            Field::Literal(value) => literal_lenient(value),
            Field::Cell(cell) => plain(Some(cell)),
            Field::Empty | Field::Lookup => plain(None),
        }
    }

    /// A text field: a literal's text exactly, a cell's text trimmed.
    pub(crate) fn text(&self) -> Option<String> {
        match self {
            Field::Literal(value) => literal_text(value),
            Field::Cell(cell) => text_of(Some(cell)),
            Field::Empty | Field::Lookup => None,
        }
    }
}

/// A literal value read into a typed field, as the JSON document reads it: the value if it is
/// of the type, kept raw otherwise, absent for `null`; a raw value wrapped as `{"raw": value}`
/// (see [`att_workbook::wrap_raw`]) is that raw value.
pub(crate) fn literal_lenient<T: DeserializeOwned>(value: &Value) -> Option<Lenient<T>> {
    if let Some(raw) = att_workbook::unwrap_raw(value) {
        return Some(Lenient::raw_value(raw.clone()));
    }
    serde_json::from_value::<Option<Lenient<T>>>(value.clone()).unwrap_or(None)
}

/// A literal value read into a text field: a text as it is, `null` as absent, anything else
/// as its JSON.
pub(crate) fn literal_text(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(text) => Some(text.clone()),
        other => Some(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn literals_read_as_the_json_document_reads_them() {
        assert_eq!(
            literal_lenient::<i64>(&json!(2023)),
            Some(Lenient::Typed(2023))
        );
        assert_eq!(
            literal_lenient::<i64>(&json!("2023")),
            Some(Lenient::raw_text("2023"))
        );
        assert_eq!(literal_lenient::<i64>(&json!(null)), None);
        assert_eq!(
            literal_lenient::<i64>(&json!({ "raw": null })),
            Some(Lenient::raw_value(json!(null)))
        );
        assert_eq!(
            literal_lenient::<u64>(&json!({ "raw": { "withheld": "C" } })),
            Some(Lenient::raw_value(json!({ "withheld": "C" })))
        );
        assert_eq!(
            literal_lenient::<u64>(&json!({ "min": 1 })),
            Some(Lenient::raw_value(json!({ "min": 1 })))
        );
        assert_eq!(literal_text(&json!("  x ")), Some("  x ".to_owned()));
        assert_eq!(literal_text(&json!(null)), None);
    }

    #[test]
    fn a_blank_cell_is_not_filled_but_a_literal_is() {
        let blank = Cell {
            row: 0,
            col: 0,
            value: CellValue::Text("".into()),
        };
        assert!(!Field::Cell(&blank).is_filled());
        assert!(Field::Literal(&json!(null)).is_filled());
        assert!(!Field::Empty.is_filled());
    }
}
