//! End-to-end tests of `att validate --format html`: the static report holds every finding of
//! the run with its place, in the language asked for, and exits as validate does.

mod common;

use common::{att, stdout, workspace};
use serde_json::Value;

/// What `att validate --format json` says of `inputs` in `lang`.
fn diagnostics_report(inputs: &[&str], lang: &str) -> Value {
    let mut args = vec!["validate", "--format", "json", "--lang", lang];
    args.extend_from_slice(inputs);
    serde_json::from_str(&stdout(&att(&args))).expect("the JSON report")
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn the_html_report_holds_every_finding_of_the_json_report_with_its_place() {
    let inputs = [
        "fixtures/xlsx/basis-two-sets-of-columns.xlsx",
        "fixtures/json/valid-minimal.json",
    ];
    for lang in ["en", "fr", "es"] {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let output = folder.path().join("report.html");
        let output_arg = output.to_str().expect("a UTF-8 path");
        let mut args = vec![
            "validate", "--format", "html", "--lang", lang, "-o", output_arg,
        ];
        args.extend_from_slice(&inputs);
        let run = att(&args);
        assert_eq!(run.status.code(), Some(1), "the workbook has errors");
        let html = std::fs::read_to_string(&output).expect("the report was written");
        assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")));
        assert!(!html.contains("<script"), "the report has no script");
        let report = diagnostics_report(&inputs, lang);
        for file in report["files"].as_array().expect("files") {
            let path = file["path"].as_str().expect("a path");
            assert!(html.contains(&format!(">{}</a>", escaped(path))), "{path}");
            for diagnostic in file["diagnostics"].as_array().expect("diagnostics") {
                let message = diagnostic["message"].as_str().expect("a message");
                assert!(html.contains(&escaped(message)), "{lang}: {message}");
                if let Some(location) = diagnostic["location"].as_object() {
                    let place = match (location.get("sheet"), location.get("cell")) {
                        (Some(sheet), Some(cell)) => format!(
                            "{}!{}",
                            sheet.as_str().expect("sheet"),
                            cell.as_str().expect("cell")
                        ),
                        _ => format!("{}:{}", location["line"], location["column"]),
                    };
                    assert!(html.contains(&escaped(&place)), "{place}");
                }
            }
        }
    }
}

#[test]
fn a_clean_report_exits_0_and_its_page_says_so() {
    let run = att(&[
        "validate",
        "--format",
        "html",
        "fixtures/json/valid-every-field.json",
    ]);
    assert_eq!(run.status.code(), Some(0));
    let html = stdout(&run);
    assert!(html.contains("<span class=\"verdict valid\">No errors</span>"));
    assert!(html.contains("<h3 id=\"report-1-summary\">Summary</h3>"));
}

#[test]
fn an_unreadable_input_exits_2_and_its_page_says_why() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let broken = folder.path().join("broken.xlsx");
    std::fs::write(&broken, b"PK\x03\x04 not really a zip").expect("write");
    let run = common::att_in(
        &workspace(),
        &[
            "validate",
            "--format",
            "html",
            broken.to_str().expect("a UTF-8 path"),
        ],
        None,
    );
    assert_eq!(run.status.code(), Some(2));
    let html = stdout(&run);
    assert!(html.contains("<span class=\"verdict unreadable\">Could not be read</span>"));
    assert!(html.contains("This file could not be read:"));
}
