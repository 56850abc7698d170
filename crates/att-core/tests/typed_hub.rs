//! The typed report is the hub, on every fixture: checking the report a reader read gives the
//! same findings as checking that report written as JSON and read back, and every error the
//! JSON Schema finds on the report's JSON form is one the checks of the typed report found.

use att_schema::{Diagnostic, Lang, ReadReport, SourceMap, Written};
use att_validate::Validator;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// Every fixture file of a format att reads, under `fixtures/`, in path order.
fn fixture_files() -> Vec<PathBuf> {
    fn walk(folder: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["xlsx", "xlsm", "xls", "ods", "xml", "json"].contains(&e))
            {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(&fixtures(), &mut files);
    files.sort();
    files
}

/// Every fixture that loads, with its path relative to `fixtures/`.
fn loaded_fixtures() -> Vec<(String, ReadReport)> {
    let loaded: Vec<(String, ReadReport)> = fixture_files()
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let read = att_core::load(&bytes, &att_core::Limits::default()).ok()?;
            let name = path
                .strip_prefix(fixtures())
                .unwrap_or(&path)
                .display()
                .to_string();
            Some((name, read))
        })
        .collect();
    for folder in ["checks/", "json/", "xml/", "xlsx/", "templates/"] {
        let count = loaded
            .iter()
            .filter(|(name, _)| name.starts_with(folder))
            .count();
        assert!(
            count >= 5,
            "only {count} fixtures of fixtures/{folder} load"
        );
    }
    loaded
}

/// `(code, pointer, message)` of each finding, sorted.
fn findings(diagnostics: &[Diagnostic]) -> Vec<(String, String, String)> {
    let mut found: Vec<(String, String, String)> = diagnostics
        .iter()
        .map(|d| {
            (
                d.code().to_owned(),
                d.pointer.clone().unwrap_or_default(),
                d.message(Lang::En),
            )
        })
        .collect();
    found.sort();
    found
}

/// The validator's findings on `read` alone: without the reader's findings and the places in
/// the file, which the JSON of the report does not carry (a message may name a place).
fn validator_findings(read: &ReadReport) -> Vec<(String, String, String)> {
    let mut alone = read.clone();
    alone.diagnostics.clear();
    alone.source_map = SourceMap::new();
    findings(&Validator::new().validate_read(&alone))
}

/// The report of `read` written as JSON and read back by the JSON reader.
fn through_json(read: &ReadReport) -> ReadReport {
    let json = serde_json::to_vec_pretty(&read.report).expect("a report serialises");
    att_json::read(&json, &att_json::Limits::default()).expect("its JSON reads back")
}

/// Whether `pointer` is at or below `place`.
fn within(pointer: &str, place: &str) -> bool {
    pointer
        .strip_prefix(place)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[test]
fn a_report_checks_the_same_read_from_its_file_and_written_as_json() {
    let mut compared = 0;
    for (name, read) in loaded_fixtures() {
        let from_file = validator_findings(&read);
        let from_json = validator_findings(&through_json(&read));
        // What a JSON document holds beyond its report — values of the wrong kind and fields
        // the format does not have — is reported from the document only; a misspelled field
        // is named in the finding of the field it misses.
        let untyped = read.untyped().to_vec();
        let beyond_the_report = |(code, pointer, _): &(String, String, String)| {
            code == "ATT0101" || untyped.iter().any(|place| within(pointer, place))
        };
        let unknown_fields = att_validate::schema_findings(&read.document())
            .iter()
            .any(|finding| finding.code() == "ATT0101");
        let holds_more = !untyped.is_empty() || unknown_fields;
        if holds_more {
            let places = |found: &[(String, String, String)]| -> BTreeSet<(String, String)> {
                found
                    .iter()
                    .filter(|finding| !beyond_the_report(finding))
                    .map(|(code, pointer, _)| (code.clone(), pointer.clone()))
                    .collect()
            };
            assert_eq!(places(&from_file), places(&from_json), "{name}");
        } else {
            assert_eq!(from_file, from_json, "{name}");
        }
        compared += 1;
    }
    assert!(compared > 100, "only {compared} fixtures compared");
}

/// Whether the finding of the JSON Schema at `pointer` is one that a finding of the typed
/// report's checks, `typed`, covers: a finding at the same place, or the absence of the whole
/// direction it lies in.
fn covered(pointer: &str, typed: &[Diagnostic]) -> bool {
    typed.iter().any(|finding| {
        let at = finding.pointer.as_deref().unwrap_or_default();
        at == pointer
            || (["ATT0206", "ATT0208"].contains(&finding.code())
                && ["/exports", "/imports"].contains(&at)
                && within(pointer, at))
    })
}

#[test]
fn the_json_schema_finds_nothing_on_a_report_that_its_checks_did_not() {
    for (name, read) in loaded_fixtures() {
        let document = serde_json::to_value(&read.report).expect("a report serialises");
        let typed = Validator::new().validate_report(&read.report, None);
        for finding in att_validate::schema_findings(&document) {
            let pointer = finding.pointer.as_deref().unwrap_or_default();
            assert!(
                covered(pointer, &typed),
                "{name}: the schema finds {} at {pointer} ({}), which the checks of the typed report do not",
                finding.code(),
                finding.message(Lang::En)
            );
        }
    }
}

#[test]
fn only_json_documents_carry_a_document_of_their_own() {
    for (name, read) in loaded_fixtures() {
        let expected = match read.format {
            att_schema::Format::Json => "document",
            att_schema::Format::Xml => "encoding",
            _ => "layout",
        };
        let written = match &read.written {
            Written::Document { .. } => "document",
            Written::Encoding => "encoding",
            Written::Layout => "layout",
        };
        assert_eq!(written, expected, "{name}");
    }
}
