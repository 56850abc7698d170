//! Reads an ATT annual report written as JSON: the document as written, a source map from
//! every JSON pointer to the line and column of its value, and the typed report built from the
//! document part by part ([`att_schema::from_json`]).
//!
//! ```
//! let text = br#"{ "schema_version": "1.0", "year": "2023", "imports": { "entries": 5 } }"#;
//! let read = att_json::read(text, &att_json::Limits::default())?;
//! assert_eq!(read.document()["year"], "2023");
//! assert_eq!(read.report.year, Some(att_schema::Lenient::raw_text("2023")));
//! assert_eq!(read.untyped(), ["/imports/entries"]);
//! assert_eq!(read.source_map.get("/year").map(|l| l.to_string()), Some("1:36".into()));
//! # Ok::<(), att_json::ReadError>(())
//! ```

mod error;
mod parser;

use att_schema::{Format, ReadReport, Reader, Rule, Written};
pub use error::{Expected, Found, GrammarProblem, ReadError, SyntaxError};

/// The rules only the JSON reader raises (codes `ATT0180`–`ATT0199`); it also raises the
/// shared reading rules of `att_schema::rules`.
pub static RULES: &[&Rule] = &[];

/// Bounds on what the reader accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Deepest nesting of arrays and objects; a report needs 5.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_depth: 64 }
    }
}

/// The JSON reader, as the pipeline uses every reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonReader;

impl Reader for JsonReader {
    type Limits = Limits;
    type Error = ReadError;
    const NAME: &'static str = "att-json";

    fn detect(bytes: &[u8]) -> Option<Format> {
        detect(bytes)
    }

    fn read(bytes: &[u8], limits: &Limits) -> Result<ReadReport, ReadError> {
        read(bytes, limits)
    }

    fn rules() -> &'static [&'static Rule] {
        RULES
    }
}

/// [`Format::Json`] when the first character that is not blank (after a byte order mark)
/// opens a JSON value other than a bare number.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = text.iter().find(|b| !b.is_ascii_whitespace())?;
    matches!(first, b'{' | b'[' | b'"').then_some(Format::Json)
}

/// Reads a JSON report from its bytes: the document as written and where each value is
/// (the source map: of the `{` for objects), the typed report, and what the reader noticed
/// (duplicate fields).
pub fn read(bytes: &[u8], limits: &Limits) -> Result<ReadReport, ReadError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        ReadError::NotUtf8 {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    })?;
    // The document's positions are 32-bit.
    if u32::try_from(text.len()).is_err() {
        return Err(ReadError::TooLarge {
            bytes: text.len() as u64,
        });
    }
    let parsed = parser::parse(text, limits.max_depth)?;
    let typed = att_schema::from_json::report_of_tree(&parsed.tree);
    Ok(ReadReport {
        format: Format::Json,
        report: typed.report,
        source_map: parsed.source_map,
        diagnostics: parsed.diagnostics,
        written: Written::Document {
            document: parsed.tree,
            untyped: typed.untyped,
        },
        sheet_order: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(read: &ReadReport, pointer: &str) -> String {
        read.source_map
            .get(pointer)
            .map(|place| place.to_string())
            .unwrap_or_default()
    }

    fn syntax_error(text: &str) -> String {
        match read(text.as_bytes(), &Limits::default()) {
            Err(error) => error.to_string(),
            Ok(_) => panic!("{text:?} should not parse"),
        }
    }

    #[test]
    fn records_the_line_and_column_of_every_value() {
        let text = "{\n  \"exports\": {\n    \"entries\": [\n      { \"items\": -3 },\n      {}\n    ]\n  }\n}\n";
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        assert_eq!(place(&read, ""), "1:1");
        assert_eq!(place(&read, "/exports"), "2:14");
        assert_eq!(place(&read, "/exports/entries/0"), "4:7");
        assert_eq!(place(&read, "/exports/entries/0/items"), "4:18");
        assert_eq!(place(&read, "/exports/entries/1"), "5:7");
        assert_eq!(read.document()["exports"]["entries"][0]["items"], -3);
    }

    #[test]
    fn counts_columns_in_characters_and_escapes_pointers() {
        let text = r#"{"État": "Côte d’Ivoire", "a/b": 1}"#;
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        assert_eq!(place(&read, "/État"), "1:10");
        assert_eq!(place(&read, "/a~1b"), "1:34");
    }

    #[test]
    fn keeps_integers_and_decimals_apart() {
        let text = r#"[1500000, 1.5, -2, 1e3, 18446744073709551616]"#;
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        assert_eq!(
            serde_json::to_string(&*read.document()).ok(),
            Some("[1500000,1.5,-2,1000.0,1.8446744073709552e+19]".to_owned())
        );
    }

    #[test]
    fn decodes_escapes() {
        let text = r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#;
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        assert_eq!(*read.document(), "a\"\\/\u{8}\u{c}\n\r\té😀");
    }

    #[test]
    fn flags_duplicate_fields_at_the_second_one() {
        let text = "{\"year\": 2022,\n \"year\": 2023}";
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        assert_eq!(read.document()["year"], 2023);
        let [duplicate] = read.diagnostics.as_slice() else {
            panic!("one diagnostic expected: {:?}", read.diagnostics);
        };
        assert_eq!(duplicate.code(), "ATT0102");
        assert_eq!(duplicate.pointer.as_deref(), Some("/year"));
        assert_eq!(
            duplicate.location.as_ref().map(ToString::to_string),
            Some("2:2".to_owned())
        );
        assert!(duplicate.message(att_schema::Lang::En).contains("1:2"));
    }

    #[test]
    fn flags_duplicate_fields_of_large_objects_too() {
        let fields: Vec<String> = (0..40).map(|i| format!("\"f{i}\": {i}")).collect();
        let text = format!("{{{}, \"f35\": 0, \"f2\": 0}}", fields.join(", "));
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        let duplicates: Vec<(Option<&str>, String)> = read
            .diagnostics
            .iter()
            .map(|d| (d.pointer.as_deref(), d.message(att_schema::Lang::En)))
            .collect();
        let column = |key: &str| text.find(key).map_or(0, |at| at + 1);
        assert_eq!(
            duplicates,
            [
                (
                    Some("/f35"),
                    format!(
                        "“f35” is given more than once here; the value at 1:{} was replaced by this one.",
                        column("\"f35\"")
                    )
                ),
                (
                    Some("/f2"),
                    format!(
                        "“f2” is given more than once here; the value at 1:{} was replaced by this one.",
                        column("\"f2\"")
                    )
                ),
            ]
        );
    }

    #[test]
    fn says_where_broken_json_breaks() {
        assert_eq!(
            syntax_error("{\n  \"year\": 2023\n  \"exports\": {}\n}"),
            "not valid JSON: line 3, column 3: expected ',' or '}' after a field, found '\"'"
        );
        assert_eq!(
            syntax_error("{\"year\": 20"),
            "not valid JSON: line 1, column 12: expected ',' or '}' after a field, found the end of the file (the JSON is cut short)"
        );
        assert_eq!(
            syntax_error("{\"year\": \"20"),
            "not valid JSON: line 1, column 13: the file ends inside a string (a closing quote is missing)"
        );
        assert_eq!(
            syntax_error("{'year': 2023}"),
            "not valid JSON: line 1, column 2: expected a field name in double quotes, found '''"
        );
        assert_eq!(
            syntax_error("[1,]"),
            "not valid JSON: line 1, column 4: expected a value, found ']'"
        );
        assert_eq!(
            syntax_error("{} {}"),
            "not valid JSON: line 1, column 4: unexpected text after the end of the JSON document"
        );
        assert_eq!(
            syntax_error(""),
            "not valid JSON: line 1, column 1: expected a value, found the end of the file (the JSON is cut short)"
        );
        assert_eq!(
            syntax_error("[01]"),
            "not valid JSON: line 1, column 3: expected ',' or ']' after an array item, found '1'"
        );
        assert_eq!(
            syntax_error("\"a\tb\""),
            "not valid JSON: line 1, column 3: the control character U+0009 inside a string must be escaped"
        );
    }

    #[test]
    fn refuses_deep_nesting_without_exhausting_the_stack() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let error = syntax_error(&deep);
        assert_eq!(
            error,
            "not valid JSON: line 1, column 65: arrays and objects are nested more than 64 deep; a report is never this deep"
        );
    }

    #[test]
    fn says_where_text_is_not_utf8() {
        let error = read(b"{\n \"a\": \"\xff\"}", &Limits::default())
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("not UTF-8 text: invalid byte at line 2, column 8")
        );
    }

    #[test]
    fn recognises_json_by_its_first_character() {
        assert_eq!(detect(b"  {\"year\": 2023}"), Some(Format::Json));
        assert_eq!(detect(b"\xEF\xBB\xBF[]"), Some(Format::Json));
        assert_eq!(detect(b"\n\"text\""), Some(Format::Json));
        assert_eq!(detect(b"2023"), None);
        assert_eq!(detect(b"<report/>"), None);
        assert_eq!(detect(b"   "), None);
    }

    #[test]
    fn types_the_report_as_from_its_value() {
        fn fixtures(folder: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    fixtures(&path, out);
                } else if path
                    .extension()
                    .is_some_and(|extension| extension == "json")
                {
                    out.push(path);
                }
            }
        }
        let mut paths = Vec::new();
        fixtures(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures"),
            &mut paths,
        );
        assert!(paths.len() > 50, "{}", paths.len());
        for path in paths {
            let Ok(read) = read(
                &std::fs::read(&path).unwrap_or_default(),
                &Limits::default(),
            ) else {
                continue;
            };
            let typed = att_schema::from_json::report(&read.document());
            assert_eq!(read.report, typed.report, "{}", path.display());
            assert_eq!(read.untyped(), typed.untyped, "{}", path.display());
            let tree = read.tree().expect("a JSON document");
            assert_eq!(
                serde_json::to_string(tree).ok(),
                serde_json::to_string(&*read.document()).ok()
            );
        }
    }

    #[test]
    fn keeps_the_first_place_and_the_last_value_of_a_field_given_twice() {
        let text = r#"{"a": 1, "b": {"x": [1], "y": 2, "x": {"z": null}}, "a": "last", "c\u0041": 3, "cA": 4}"#;
        let read = read(text.as_bytes(), &Limits::default()).expect("valid JSON");
        assert_eq!(
            serde_json::to_string(&*read.document()).ok().as_deref(),
            Some(r#"{"a":"last","b":{"x":{"z":null},"y":2},"cA":4}"#)
        );
        assert_eq!(read.diagnostics.len(), 3);
    }

    #[test]
    fn skips_a_byte_order_mark() {
        let read = read(b"\xEF\xBB\xBF{}", &Limits::default()).expect("valid JSON");
        assert_eq!(*read.document(), serde_json::json!({}));
    }
}
