//! Where each part of the canonical document came from in the user's file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// A place in the user's file: a cell of a workbook, or a line and column of a text file.
///
/// Written in the diagnostics report as `{ "sheet": "Exports", "cell": "D17" }` or
/// `{ "line": 14, "column": 22 }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    /// A workbook cell.
    Cell {
        /// The sheet's name (shared by every location on the sheet).
        sheet: Arc<str>,
        /// Row, from 0.
        row: u32,
        /// Column, from 0.
        column: u32,
    },
    /// A position in a text file (XML, JSON).
    Text {
        /// Line number, from 1.
        line: u32,
        /// Column number, from 1, counted in characters.
        column: u32,
    },
}

impl Location {
    /// A workbook cell from its 0-based row and column.
    pub fn cell(sheet: impl Into<Arc<str>>, row: u32, column: u32) -> Location {
        Location::Cell {
            sheet: sheet.into(),
            row,
            column,
        }
    }

    /// A line and column, both from 1.
    pub fn text(line: u32, column: u32) -> Location {
        Location::Text { line, column }
    }

    /// The cell's A1 name (`D17`), for a workbook cell.
    pub fn cell_name(&self) -> Option<String> {
        match self {
            Location::Cell { row, column, .. } => Some(cell_name(*row, *column)),
            Location::Text { .. } => None,
        }
    }
}

impl fmt::Display for Location {
    /// `Exports!D17` (quoted `'Sheet 1'!D17` when the sheet name needs it) or `14:22`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Cell { sheet, row, column } => {
                let cell = cell_name(*row, *column);
                if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    write!(f, "{sheet}!{cell}")
                } else {
                    write!(f, "'{}'!{cell}", sheet.replace('\'', "''"))
                }
            }
            Location::Text { line, column } => write!(f, "{line}:{column}"),
        }
    }
}

/// Where to look in the user's file: a workbook cell, or a line and column of a text file.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
enum LocationRecord {
    /// A workbook cell.
    Cell {
        /// The sheet's name.
        sheet: String,
        /// The cell in A1 notation (`D17`).
        #[schemars(regex(pattern = "^[A-Z]{1,3}[1-9][0-9]*$"))]
        cell: String,
    },
    /// A position in a text file (XML, JSON).
    Text {
        /// Line number, from 1.
        #[schemars(range(min = 1))]
        line: u32,
        /// Column number, from 1, counted in characters.
        #[schemars(range(min = 1))]
        column: u32,
    },
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Location::Cell { sheet, row, column } => LocationRecord::Cell {
                sheet: sheet.to_string(),
                cell: cell_name(*row, *column),
            },
            Location::Text { line, column } => LocationRecord::Text {
                line: *line,
                column: *column,
            },
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match LocationRecord::deserialize(deserializer)? {
            LocationRecord::Cell { sheet, cell } => {
                let (row, column) = parse_cell_name(&cell).ok_or_else(|| {
                    serde::de::Error::custom(format!("not a cell in A1 notation: {cell:?}"))
                })?;
                Ok(Location::cell(sheet, row, column))
            }
            LocationRecord::Text { line, column } => Ok(Location::text(line, column)),
        }
    }
}

impl JsonSchema for Location {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Location".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        LocationRecord::json_schema(generator)
    }
}

/// The 0-based row and column of an A1 cell name (`D17` is `(16, 3)`).
pub fn parse_cell_name(name: &str) -> Option<(u32, u32)> {
    let split = name.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = name.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let column = letters
        .bytes()
        .fold(0u32, |acc, b| acc * 26 + u32::from(b - b'A' + 1))
        - 1;
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, column))
}

/// The A1 name of a cell from its 0-based row and column (`(16, 3)` is `D17`).
pub fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    let mut name = String::from_utf8(letters).unwrap_or_default();
    name.push_str(&(row + 1).to_string());
    name
}

/// Appends one reference token to a JSON pointer, escaping `~` and `/` (RFC 6901).
pub fn pointer_push(pointer: &str, token: impl fmt::Display) -> String {
    let token = token.to_string();
    let mut out = String::with_capacity(pointer.len() + token.len() + 1);
    out.push_str(pointer);
    out.push('/');
    for c in token.chars() {
        match c {
            '~' => out.push_str("~0"),
            '/' => out.push_str("~1"),
            c => out.push(c),
        }
    }
    out
}

/// The pointer one level up (`/exports/entries` for `/exports/entries/3`); `None` for the root.
pub fn pointer_parent(pointer: &str) -> Option<&str> {
    pointer.rfind('/').map(|slash| &pointer[..slash])
}

/// A map from JSON pointers into the canonical document to places in the user's file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    places: BTreeMap<String, Location>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        SourceMap::default()
    }

    /// Records where the value at `pointer` came from.
    pub fn insert(&mut self, pointer: impl Into<String>, location: Location) {
        self.places.insert(pointer.into(), location);
    }

    /// Where the value at exactly `pointer` came from.
    pub fn get(&self, pointer: &str) -> Option<&Location> {
        self.places.get(pointer)
    }

    /// The place of `pointer`, or of its nearest ancestor that has one: a missing field is
    /// found at the object (or row) that should hold it.
    pub fn locate(&self, pointer: &str) -> Option<&Location> {
        let mut current = pointer;
        loop {
            if let Some(location) = self.places.get(current) {
                return Some(location);
            }
            current = pointer_parent(current)?;
        }
    }

    /// Number of pointers mapped.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// Whether nothing is mapped.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// Every pointer and its place, in pointer order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Location)> {
        self.places.iter().map(|(p, l)| (p.as_str(), l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cells_in_a1_notation() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(16, 3), "D17");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 701), "ZZ10");
        assert_eq!(cell_name(0, 702), "AAA1");
    }

    #[test]
    fn parses_cell_names_back() {
        assert_eq!(parse_cell_name("D17"), Some((16, 3)));
        assert_eq!(parse_cell_name("AA1"), Some((0, 26)));
        assert_eq!(parse_cell_name("ZZ10"), Some((9, 701)));
        assert_eq!(parse_cell_name("A0"), None);
        assert_eq!(parse_cell_name("17"), None);
        assert_eq!(parse_cell_name("d17"), None);
    }

    #[test]
    fn serialises_cells_in_a1_notation() {
        let location = Location::cell("Exports", 16, 3);
        let json = serde_json::to_value(&location).expect("serialises");
        assert_eq!(
            json,
            serde_json::json!({ "sheet": "Exports", "cell": "D17" })
        );
        let back: Location = serde_json::from_value(json).expect("deserialises");
        assert_eq!(back, location);
        let text: Location =
            serde_json::from_value(serde_json::json!({ "line": 3, "column": 9 })).expect("text");
        assert_eq!(text, Location::text(3, 9));
    }

    #[test]
    fn escapes_pointer_tokens() {
        assert_eq!(pointer_push("/exports", "entries"), "/exports/entries");
        assert_eq!(pointer_push("", "a/b~c"), "/a~1b~0c");
        assert_eq!(
            pointer_parent("/exports/entries/3"),
            Some("/exports/entries")
        );
        assert_eq!(pointer_parent("/exports"), Some(""));
        assert_eq!(pointer_parent(""), None);
    }

    #[test]
    fn locates_missing_fields_at_their_nearest_ancestor() {
        let mut map = SourceMap::new();
        map.insert("/exports/entries/0", Location::cell("Exports", 16, 0));
        map.insert("", Location::text(1, 1));
        assert_eq!(
            map.locate("/exports/entries/0/items")
                .map(ToString::to_string),
            Some("Exports!A17".to_owned())
        );
        assert_eq!(
            map.locate("/imports").map(ToString::to_string),
            Some("1:1".to_owned())
        );
    }

    #[test]
    fn quotes_sheet_names_that_need_it() {
        let location = Location::cell("National definitions", 1, 1);
        assert_eq!(location.to_string(), "'National definitions'!B2");
    }
}
