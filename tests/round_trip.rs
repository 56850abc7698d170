//! Round trips on arbitrary reports: a report's canonical JSON, written as XML or as a workbook
//! and read back, is the same JSON — every field, Unicode text, raw values of every kind, empty
//! and huge lists — or the writer refuses it for the one reason its documentation gives, at the
//! value that cannot be written.
//!
//! Each case starts as `att convert report.json --to …` does: the JSON reader types the report's
//! JSON document, and that typed report is written. The canonical JSON is that typed report's
//! JSON, which is what `att convert --to json` writes (the JSON reader's one normalisation: a
//! whole number written with a fraction where a whole number belongs, `"items": 4.0`, is the
//! number 4).
//!
//! 300 cases by default; `ATT_PROPTEST_CASES=20000 cargo test --release --test round_trip` for
//! a long run.

#[path = "common/arbitrary_report.rs"]
mod arbitrary_report;

use arbitrary_report::report;
use att_schema::{Lang, ReadReport, Report};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::Value;

/// How many cases each property runs: `ATT_PROPTEST_CASES`, else 300.
fn cases() -> u32 {
    std::env::var("ATT_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(300)
}

/// The canonical JSON of `report` and the typed report the JSON reader reads from it.
fn canonical(report: &Report) -> Result<(Value, Report), TestCaseError> {
    let bytes = serde_json::to_vec(report).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let read = att_json::read(&bytes, &att_json::Limits::default())
        .map_err(|e| TestCaseError::fail(format!("the JSON reader refused the JSON: {e}")))?;
    prop_assert!(
        read.untyped().is_empty(),
        "the JSON reader could not type {:?}",
        read.untyped()
    );
    let json =
        serde_json::to_value(&read.report).map_err(|e| TestCaseError::fail(e.to_string()))?;
    Ok((json, read.report))
}

/// The first place where `found` differs from `expected`: its JSON pointer and the two values
/// there (`None` where one side has nothing).
fn first_difference<'v>(
    expected: &'v Value,
    found: &'v Value,
) -> Option<(String, Option<&'v Value>, Option<&'v Value>)> {
    fn walk<'v>(
        pointer: &mut String,
        expected: &'v Value,
        found: &'v Value,
    ) -> Option<(String, Option<&'v Value>, Option<&'v Value>)> {
        let child = |pointer: &mut String,
                     token: &str,
                     expected: Option<&'v Value>,
                     found: Option<&'v Value>| {
            let length = pointer.len();
            pointer.push('/');
            pointer.push_str(&token.replace('~', "~0").replace('/', "~1"));
            let difference = match (expected, found) {
                (Some(expected), Some(found)) => walk(pointer, expected, found),
                (expected, found) => Some((pointer.clone(), expected, found)),
            };
            pointer.truncate(length);
            difference
        };
        match (expected, found) {
            (Value::Object(expected), Value::Object(found)) => {
                let names = expected
                    .keys()
                    .chain(found.keys().filter(|name| !expected.contains_key(*name)));
                for name in names {
                    if let Some(difference) =
                        child(pointer, name, expected.get(name), found.get(name))
                    {
                        return Some(difference);
                    }
                }
                None
            }
            (Value::Array(expected), Value::Array(found)) => {
                for index in 0..expected.len().max(found.len()) {
                    let difference = child(
                        pointer,
                        &index.to_string(),
                        expected.get(index),
                        found.get(index),
                    );
                    if difference.is_some() {
                        return difference;
                    }
                }
                None
            }
            (expected, found) if expected == found => None,
            (expected, found) => Some((pointer.clone(), Some(expected), Some(found))),
        }
    }
    walk(&mut String::new(), expected, found)
}

/// A value for a message, cut short when it is long.
fn shown(value: Option<&Value>) -> String {
    let Some(value) = value else {
        return "nothing".to_owned();
    };
    let text = value.to_string();
    if text.chars().count() > 300 {
        format!(
            "{}… ({} characters)",
            text.chars().take(300).collect::<String>(),
            text.len()
        )
    } else {
        text
    }
}

/// Fails, saying where and how, unless `read` gives back `expected` exactly and its reader had
/// nothing to say about the writer's output.
fn same(expected: &Value, read: &ReadReport, through: &str) -> Result<(), TestCaseError> {
    let document = read.document();
    if let Some((pointer, was, is)) = first_difference(expected, &document) {
        return Err(TestCaseError::fail(format!(
            "JSON → {through} → JSON changed the document at {pointer:?}:\n  written {}\n  read    {}",
            shown(was),
            shown(is)
        )));
    }
    let said: Vec<String> = read
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} at {}: {}",
                d.code(),
                d.pointer.as_deref().unwrap_or_default(),
                d.message(Lang::En)
            )
        })
        .collect();
    prop_assert!(
        said.is_empty(),
        "the {through} reader had something to say about the writer's output: {said:#?}"
    );
    Ok(())
}

/// Whether XML 1.0 can hold `c` (its production `Char`).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// `value` with every character XML 1.0 cannot hold removed from its texts.
fn without_non_xml_characters(value: &Value) -> Value {
    let clean = |text: &str| text.chars().filter(|c| is_xml_char(*c)).collect::<String>();
    match value {
        Value::String(text) => Value::String(clean(text)),
        Value::Array(items) => Value::Array(items.iter().map(without_non_xml_characters).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(name, value)| (clean(name), without_non_xml_characters(value)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// JSON → XML → JSON: the same document, or the refusal `docs/xml.md` documents — a text that
/// holds a character XML 1.0 cannot carry — named at that text; the report without such
/// characters then comes back the same.
fn xml_round_trip(report: &Report) -> Result<(), TestCaseError> {
    let (json, typed) = canonical(report)?;
    match att_xml::write(&typed) {
        Ok(xml) => {
            let read = att_xml::read(xml.as_bytes(), &att_xml::Limits::default()).map_err(|e| {
                TestCaseError::fail(format!("the XML reader refused the writer's XML: {e}"))
            })?;
            same(&json, &read, "XML")
        }
        Err(att_xml::WriteError::Unrepresentable { pointer, code }) => {
            let character = char::from_u32(code);
            prop_assert!(
                character.is_some_and(|c| !is_xml_char(c)),
                "refused U+{code:04X} at {pointer}, which XML can hold"
            );
            let held = json.pointer(&pointer);
            prop_assert!(
                matches!(held, Some(Value::String(text)) if character.is_some_and(|c| text.contains(c))),
                "refused U+{code:04X} at {pointer}, which holds {}",
                shown(held)
            );
            let cleaned = att_schema::from_json::report(&without_non_xml_characters(&json));
            prop_assert!(cleaned.untyped.is_empty(), "{:?}", cleaned.untyped);
            xml_round_trip(&cleaned.report)
        }
    }
}

/// `value` with every text cut to its first `length` characters.
fn with_texts_cut(value: &Value, length: usize) -> Value {
    match value {
        Value::String(text) => Value::String(text.chars().take(length).collect()),
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| with_texts_cut(v, length)).collect())
        }
        Value::Object(fields) => Value::Object(
            fields
                .iter()
                .map(|(name, value)| (name.clone(), with_texts_cut(value, length)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// JSON → workbook → JSON, in `lang`: the same document, or the refusal `docs/templates.md`
/// documents — a value too long for a formula where it must be one — named at that value; the
/// report with its texts cut short then comes back the same.
fn workbook_round_trip(report: &Report, lang: Lang) -> Result<(), TestCaseError> {
    let (json, typed) = canonical(report)?;
    match att_xlsx_writer::write(&typed, &att_xlsx_writer::Options { lang }) {
        Ok(bytes) => {
            let read = att_xlsx::read(&bytes, &att_xlsx::Limits::default()).map_err(|e| {
                TestCaseError::fail(format!(
                    "the workbook reader refused the writer's workbook: {e}"
                ))
            })?;
            same(&json, &read, &format!("workbook ({lang})"))
        }
        Err(att_xlsx_writer::WriteError::TooLong { pointer, length }) => {
            prop_assert!(
                length > att_workbook::literal::MAX_FORMULA_CHARS,
                "refused the value at {pointer} as too long at {length} characters"
            );
            let held = json.pointer(&pointer).cloned().unwrap_or_default();
            prop_assert!(
                att_workbook::literal::encode(&held).is_err(),
                "refused the value at {pointer} as too long: {}",
                shown(Some(&held))
            );
            let cut = att_schema::from_json::report(&with_texts_cut(&json, 1000));
            prop_assert!(cut.untyped.is_empty(), "{:?}", cut.untyped);
            if cut.report == typed {
                return Ok(());
            }
            workbook_round_trip(&cut.report, lang)
        }
        Err(error) => Err(TestCaseError::fail(format!(
            "the workbook writer failed: {error}"
        ))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn json_to_xml_to_json_is_identical(report in report()) {
        xml_round_trip(&report)?;
    }

    #[test]
    fn json_to_workbook_to_json_is_identical(
        report in report(),
        lang in prop::sample::select(Lang::ALL.to_vec()),
    ) {
        workbook_round_trip(&report, lang)?;
    }
}

#[test]
fn the_first_difference_is_named_by_its_pointer() {
    let expected = serde_json::json!({ "a": [1, { "b/c": "x" }], "d": true });
    let found = serde_json::json!({ "a": [1, { "b/c": "y" }], "d": true, "e": 1 });
    let (pointer, was, is) = first_difference(&expected, &found).expect("they differ");
    assert_eq!(pointer, "/a/1/b~1c");
    assert_eq!(
        (was, is),
        (Some(&Value::from("x")), Some(&Value::from("y")))
    );
    let longer = serde_json::json!({ "a": [1, { "b/c": "x" }, 3], "d": true });
    assert_eq!(
        first_difference(&expected, &longer).map(|(p, was, _)| (p, was)),
        Some(("/a/2".to_owned(), None))
    );
    assert_eq!(first_difference(&expected, &expected), None);
}
