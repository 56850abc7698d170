//! `att` on XML reports: convert to and from the XML encoding, validate with line and column,
//! refuse hostile XML with exit status 2.

use std::process::Output;

mod common;

use common::workspace;

fn att(args: &[&str], stdin: Option<&[u8]>) -> Output {
    common::att_in(&workspace(), args, stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn converts_json_to_the_committed_xml() {
    let output = att(
        &[
            "convert",
            "fixtures/json/valid-every-field.json",
            "--to",
            "xml",
        ],
        None,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let committed = std::fs::read_to_string(workspace().join("fixtures/xml/valid-every-field.xml"))
        .expect("committed fixture");
    assert_eq!(text(&output.stdout), committed);
}

#[test]
fn converts_xml_back_to_the_same_json_document() {
    let output = att(&["convert", "fixtures/xml/prefixed-any-order.xml"], None);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let converted: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let original: serde_json::Value = serde_json::from_slice(
        &std::fs::read(workspace().join("fixtures/json/valid-every-field.json")).expect("fixture"),
    )
    .expect("JSON");
    assert_eq!(converted, original);
}

#[test]
fn validate_reports_each_problem_at_its_line_and_column() {
    let output = att(&["validate", "fixtures/xml/located-errors.xml"], None);
    assert_eq!(output.status.code(), Some(1));
    let stdout = text(&output.stdout);
    for line in [
        "fixtures/xml/located-errors.xml:16:9: error[ATT0231]: Number of items must be a whole number of 0 or more; found “approx. 40”.",
        "fixtures/xml/located-errors.xml:23:18: error[ATT0003]:",
        "fixtures/xml/located-errors.xml:24:9: warning[ATT0101]: “itmes” is not part of the report format and was not read (did you mean “items”?).",
    ] {
        assert!(stdout.contains(line), "{line:?} expected in:\n{stdout}");
    }
}

#[test]
fn hostile_xml_is_refused_with_exit_status_2() {
    for (fixture, message) in [
        (
            "billion-laughs.xml",
            "line 2, column 1: the file has a document type declaration",
        ),
        ("doctype-external-entity.xml", "att does not read DTDs"),
        (
            "truncated.xml",
            "line 41, column 33: the file ends before <description>",
        ),
        ("deeply-nested.xml", "elements are nested more than 32 deep"),
        ("wrong-version.xml", "version 2.0 of the XML encoding"),
    ] {
        let path = format!("fixtures/xml/{fixture}");
        let output = att(&["validate", &path], None);
        assert_eq!(output.status.code(), Some(2), "{fixture}");
        let all = text(&output.stdout) + &text(&output.stderr);
        assert!(
            all.contains(message),
            "{fixture}: {message:?} expected in:\n{all}"
        );
    }
}

#[test]
fn reads_utf16_xml_from_its_content() {
    let output = att(&["convert", "fixtures/xml/utf16-with-bom.xml"], None);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let converted: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(converted["reporting_state"]["name"], "Côte d’Ivoire");
}

#[test]
fn a_document_xml_cannot_carry_is_not_written() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let out = folder.path().join("out.xml");
    let out_arg = out.to_string_lossy().into_owned();
    let control = br#"{"schema_version": "1.0", "exports": {"status": "nil", "entries": []},
        "imports": {"status": "nil", "entries": []},
        "national_definitions": [{"category": "I", "definition": "a\u0001b"}]}"#;
    let output = att(
        &["convert", "-", "--to", "xml", "-o", &out_arg],
        Some(control),
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains(
            "cannot be written as XML: the text at /national_definitions/0/definition holds the character U+0001, which XML 1.0 cannot represent"
        ),
        "{}",
        text(&output.stderr)
    );
    assert!(
        !out.exists(),
        "nothing is written when the conversion fails"
    );

    let not_a_report = br#"{"schema_version": "1.0", "exports": 5}"#;
    let output = att(&["convert", "-", "--to", "xml"], Some(not_a_report));
    assert_eq!(output.status.code(), Some(2));
    assert!(
        text(&output.stderr).contains("cannot be written as XML: its structure is not a report's"),
        "{}",
        text(&output.stderr)
    );
    assert!(output.stdout.is_empty());
}
