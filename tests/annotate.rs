//! End-to-end tests of `att annotate`: the copy the command writes holds every cell of the
//! original unchanged and a note on every cell `att validate` flags (att-annotate's own checks
//! of an annotated copy, run on the command's output against the command line's findings); it
//! exits as validate does; and it refuses, writing nothing, what it cannot annotate.

mod common;

#[path = "../crates/att-annotate/tests/support/mod.rs"]
mod support;

use att_annotate::{CellRef, Finding};
use att_schema::{Lang, Severity};
use common::{att, stderr, stdout, workspace};
use serde_json::Value;
use std::path::Path;

/// The findings `att validate --format json` gives for `input` in `lang`, as att-annotate's
/// findings, and its exit status.
fn validate_findings(input: &str, lang: Lang) -> (Vec<Finding>, Option<i32>) {
    let run = att(&["validate", "--format", "json", "--lang", lang.code(), input]);
    let report: Value = serde_json::from_str(&stdout(&run)).expect("the JSON report");
    let rules = att_core::catalogue::rules();
    let findings = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|record| {
            let code = record["code"].as_str().expect("a code");
            let rule = rules
                .iter()
                .find(|rule| rule.code == code)
                .expect("a rule of the catalogue");
            let severity = Severity::from_name(record["severity"].as_str().expect("severity"))
                .expect("a severity");
            let finding = Finding::new(
                severity,
                code,
                rule.name,
                record["message"].as_str().expect("a message"),
            );
            match (
                record["location"]["sheet"].as_str(),
                record["location"]["cell"].as_str(),
            ) {
                (Some(sheet), Some(cell)) => {
                    finding.at(sheet, CellRef::parse_a1(cell).expect("an A1 cell"))
                }
                _ => finding,
            }
        })
        .collect();
    (findings, run.status.code())
}

fn annotate_to(input: &str, output: &Path, lang: Lang) -> std::process::Output {
    att(&[
        "annotate",
        input,
        "-o",
        output.to_str().expect("a UTF-8 path"),
        "--lang",
        lang.code(),
    ])
}

#[test]
fn the_copy_keeps_every_cell_and_notes_every_cell_validate_flags() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut placed = 0;
    for (input, lang, extension) in [
        ("fixtures/xlsx/sample-att-2017-en.xlsx", Lang::En, "xlsx"),
        ("fixtures/xlsx/sample-att-2017-fr.xlsx", Lang::Fr, "xlsx"),
        ("fixtures/xlsx/date-ambiguous-es.xlsx", Lang::Es, "xlsx"),
        ("fixtures/xlsx/merged-cells-in-table.xlsx", Lang::Fr, "xlsx"),
        (
            "fixtures/xlsx/hidden-rows-columns-and-sheets.xlsx",
            Lang::En,
            "xlsx",
        ),
        ("fixtures/xlsx/sample-att-2017-en.xlsm", Lang::Es, "xlsm"),
        (
            "fixtures/annotate/report-with-layout-features-libreoffice.xlsx",
            Lang::Fr,
            "xlsx",
        ),
    ] {
        let output = folder.path().join(format!("annotated.{extension}"));
        let run = annotate_to(input, &output, lang);
        let (findings, validate_status) = validate_findings(input, lang);
        assert_eq!(
            run.status.code(),
            validate_status,
            "{input}: {}",
            stderr(&run)
        );
        let original = std::fs::read(workspace().join(input)).expect("the input");
        let annotated = std::fs::read(&output).expect("the copy was written");
        support::checks::check_annotation(&original, &annotated, &findings, lang);
        placed += findings.iter().filter(|f| f.place.is_some()).count();
    }
    assert!(placed > 10, "only {placed} findings had a cell");
}

#[test]
fn the_notes_follow_the_language_of_the_report_unless_told() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let output = folder.path().join("annotated.xlsx");
    let input = "fixtures/xlsx/sample-att-2017-fr.xlsx";
    let run = att(&["annotate", input, "-o", output.to_str().expect("UTF-8")]);
    assert!(matches!(run.status.code(), Some(0 | 1)), "{}", stderr(&run));
    let annotated = std::fs::read(&output).expect("the copy");
    let (findings, _) = validate_findings(input, Lang::Fr);
    support::checks::check_annotation(
        &std::fs::read(workspace().join(input)).expect("the input"),
        &annotated,
        &findings,
        Lang::Fr,
    );
}

#[test]
fn what_cannot_be_annotated_is_refused_and_nothing_is_written() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    for (input, output, says) in [
        (
            "fixtures/layouts/licence-list-de-switzerland.ods",
            "copy.xlsx",
            "save it as an Excel workbook (.xlsx), and annotate that copy",
        ),
        (
            "fixtures/layouts/matrix-values-fr-france.xls",
            "copy.xlsx",
            "Excel 97–2003 (.xls) workbooks cannot be annotated in place",
        ),
        (
            "fixtures/json/valid-minimal.json",
            "copy.xlsx",
            "it is a JSON file and has no cells to note",
        ),
        (
            "fixtures/xlsx/sample-att-2017-en.xlsm",
            "copy.xlsx",
            "name the output .xlsm",
        ),
        (
            "fixtures/xlsx/sample-att-2017-en.xlsx",
            "copy.xlsm",
            "name the output .xlsx",
        ),
    ] {
        let target = folder.path().join(output);
        let run = annotate_to(input, &target, Lang::En);
        assert_eq!(run.status.code(), Some(2), "{input}");
        assert!(stderr(&run).contains(says), "{input}: {}", stderr(&run));
        assert!(stderr(&run).contains(input), "{input}: the input is named");
        assert!(!target.exists(), "{input}: nothing is written");
        let leftovers: Vec<_> = std::fs::read_dir(folder.path())
            .expect("the folder")
            .collect();
        assert!(leftovers.is_empty(), "{input}: no temporary file is left");
    }
}

#[test]
fn a_damaged_workbook_exits_2_and_keeps_an_earlier_copy_whole() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let damaged = folder.path().join("damaged.xlsx");
    let mut bytes = std::fs::read(workspace().join("fixtures/xlsx/sample-att-2017-en.xlsx"))
        .expect("the fixture");
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&damaged, &bytes).expect("write");
    let output = folder.path().join("annotated.xlsx");
    std::fs::write(&output, b"an earlier copy").expect("write");
    let run = annotate_to(damaged.to_str().expect("UTF-8"), &output, Lang::En);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("damaged.xlsx"), "{}", stderr(&run));
    assert_eq!(
        std::fs::read(&output).expect("the earlier copy"),
        b"an earlier copy"
    );
}

#[test]
fn the_copy_is_never_written_over_its_workbook() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let input = folder.path().join("report.xlsx");
    let original = std::fs::read(workspace().join("fixtures/xlsx/sample-att-2017-en.xlsx"))
        .expect("the fixture");
    std::fs::write(&input, &original).expect("write");
    let path = input.to_str().expect("UTF-8");
    let run = att(&["annotate", path, "-o", path]);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("refusing to write over an input file"));
    assert_eq!(std::fs::read(&input).expect("the input"), original);
}
