//! `att export REPORTS… --to csv|xlsx` end to end, on the corpora of `fixtures/corpus/`.

use std::io::Read;

mod common;

use common::{att, stdout};

#[test]
fn csv_has_one_row_per_entry_and_per_empty_direction_with_accents_kept() {
    let output = att(&["export", "--to", "csv", "fixtures/corpus/same-as-last-year"]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    assert!(
        output.stdout.starts_with(b"\xEF\xBB\xBF"),
        "Excel needs the BOM"
    );
    let text = stdout(&output);
    insta::assert_snapshot!("same_as_last_year_csv", text);
    assert!(text.contains(",NOR,Norvège,4,"), "{text}");

    let output = att(&["export", "fixtures/corpus/mirror-missing"]);
    let text = stdout(&output);
    let nil = text
        .lines()
        .find(|l| l.starts_with("SWE,Sweden,2023,imports,nil,"))
        .expect("Sweden's nil imports are a row");
    assert!(
        nil.ends_with("fixtures/corpus/mirror-missing/SWE-2023.json,59:14"),
        "{nil}"
    );
}

#[test]
fn xlsx_has_a_header_row_filters_and_frozen_panes() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let target = folder.path().join("all.xlsx");
    let target_text = target.display().to_string();
    let output = att(&[
        "export",
        "--to",
        "xlsx",
        "-o",
        &target_text,
        "fixtures/corpus",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let file = std::fs::File::open(&target).expect("written");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .expect("the sheet")
        .read_to_string(&mut sheet)
        .expect("text");
    assert!(
        sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\""),
        "frozen panes"
    );
    assert!(sheet.contains("<autoFilter ref=\"A1:W"), "filters");
    assert!(sheet.contains("reporting_state_code"), "header row");
    assert!(sheet.contains("Norvège"));
    let rows = sheet.matches("<row ").count();
    let csv = stdout(&att(&["export", "fixtures/corpus"]));
    assert_eq!(rows, csv.lines().count(), "the same rows as the CSV");
}

#[test]
fn an_unreadable_report_exits_2_and_the_rest_is_exported() {
    let output = att(&[
        "export",
        "fixtures/corpus/basis-changed",
        "fixtures/json/broken-truncated.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(common::stderr(&output).contains("broken-truncated.json"));
    assert_eq!(stdout(&output).lines().count(), 1 + 4);
}
