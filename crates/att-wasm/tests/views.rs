//! The page's views of real fixture reports: the grid of a sheet shows the text the reader read
//! at each place, in `.xlsx`, `.xls` and `.ods` alike; the downloads are those of the command
//! line's writers; the CSV has a row per finding.

use att_core::Limits;
use att_schema::{Lang, Location};
use att_validate::Validator;
use att_wasm::checked::Checked;
use att_wasm::grid::Window;
use std::path::{Path, PathBuf};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(path)
}

fn workbooks() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for folder in ["xlsx", "templates"] {
        for entry in std::fs::read_dir(fixture(folder)).expect("fixture folder") {
            let path = entry.expect("entry").path();
            let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ["xlsx", "xlsm", "xls", "ods"].contains(&extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The fields whose value is the cell's text as written.
const AS_REPORTED: &[&str] = &[
    "name",
    "description",
    "comments",
    "national_category",
    "definition",
    "note",
    "position",
    "organisation",
    "address",
    "email",
];

#[test]
fn the_grid_shows_what_the_reader_read_at_each_cell() {
    let validator = Validator::new();
    let limits = Limits::default();
    let mut compared = 0;
    for path in workbooks() {
        let bytes = std::fs::read(&path).expect("fixture");
        let Ok(loaded) = att_core::load(&bytes, &limits) else {
            continue;
        };
        let checked = Checked::new(bytes, "report", &limits, &validator);
        let document = loaded.document();
        for (pointer, location) in loaded.source_map.iter() {
            let Location::Cell { sheet, row, column } = &location else {
                continue;
            };
            // Fields that keep the text as reported (typed values are normalised: `Actual` → `actual`).
            let field = pointer.rsplit('/').next().unwrap_or_default();
            if !AS_REPORTED.contains(&field) {
                continue;
            }
            let Some(serde_json::Value::String(text)) = document.pointer(&pointer) else {
                continue;
            };
            let window = checked
                .sheet(
                    sheet,
                    Window {
                        first_row: *row,
                        rows: 1,
                        first_column: *column,
                        columns: 1,
                    },
                )
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let shown = window.cells.first().map(|(_, _, text)| text.as_str());
            let expected = text.trim();
            if expected.is_empty() || expected.chars().count() > 400 {
                continue;
            }
            // A heading continued on the row below it (a matrix's two heading rows) is read as
            // the two joined: the cell shows its first part.
            let continued = |shown: &str| {
                let first = shown.trim().trim_end_matches('/').trim();
                !first.is_empty() && expected.starts_with(first)
            };
            assert!(
                shown.is_some_and(|shown| shown.contains(expected) || continued(shown)),
                "{}: {pointer} reads “{expected}” at {location} but the grid shows {shown:?}",
                path.display()
            );
            compared += 1;
        }
    }
    assert!(compared > 200, "only {compared} cells compared");
}

#[test]
fn the_summary_counts_the_entries_of_the_document() {
    let bytes = std::fs::read(fixture("json/valid-every-field.json")).expect("fixture");
    let document: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    let checked = Checked::new(bytes, "valid.json", &Limits::default(), &Validator::new());
    let result = checked.result(Lang::En);
    let summary = result.summary.expect("a summary");
    let entries = |direction: &str| {
        document[direction]["entries"]
            .as_array()
            .map_or(0, Vec::len)
    };
    assert_eq!(summary.exports.entries, entries("exports"));
    assert_eq!(summary.imports.entries, entries("imports"));
    assert_eq!(
        summary
            .exports
            .by_category
            .iter()
            .map(|c| c.entries)
            .sum::<usize>(),
        entries("exports")
    );
    assert!(result.file.valid);
    assert_eq!(result.format.as_deref(), Some("json"));
}

#[test]
fn a_file_that_cannot_be_read_has_its_failure_and_no_views() {
    let checked = Checked::new(
        b"   ".to_vec(),
        "blank.json",
        &Limits::default(),
        &Validator::new(),
    );
    let result = checked.result(Lang::Fr);
    assert_eq!(result.file.failure.as_deref(), Some("le fichier est vide"));
    assert_eq!(
        checked.result(Lang::Es).file.failure.as_deref(),
        Some("el archivo está vacío")
    );
    assert!(!result.file.valid);
    assert!(result.summary.is_none());
    assert!(checked.xml().is_err());
    assert!(checked.canonical_json().is_err());
    let csv = att_wasm::csv::render([&checked], Lang::En);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.contains("the file is empty"));
}

#[test]
fn the_csv_has_a_row_per_finding_with_its_place() {
    let bytes = std::fs::read(fixture("xlsx/basis-per-row-column.xlsx")).expect("fixture");
    let checked = Checked::new(bytes, "basis.xlsx", &Limits::default(), &Validator::new());
    let diagnostics = checked.diagnostics().expect("read").len();
    let csv = att_wasm::csv::render([&checked], Lang::Es);
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), diagnostics + 1);
    assert!(csv.contains(",Imports,D4,"), "{csv}");
    assert!(
        !checked
            .sheet(
                "Imports",
                Window {
                    first_row: 0,
                    rows: 5,
                    first_column: 0,
                    columns: 5
                }
            )
            .expect("sheet")
            .cells
            .is_empty()
    );
    assert!(
        checked
            .sheet(
                "Nowhere",
                Window {
                    first_row: 0,
                    rows: 1,
                    first_column: 0,
                    columns: 1
                }
            )
            .is_err()
    );
}

#[test]
fn the_html_report_holds_each_report_with_its_summary_and_findings() {
    let mut engine = att_wasm::engine::Engine::default();
    let workbook = engine.check(
        std::fs::read(fixture("xlsx/sample-att-2017-fr.xlsx")).expect("fixture"),
        "rapport.xlsx",
    );
    let blank = engine.check(b"   ".to_vec(), "vide.json");
    let html = engine
        .html_report(&[workbook, blank], Lang::Fr)
        .expect("the page");
    assert!(html.contains("<a href=\"#report-1\">rapport.xlsx</a>"));
    assert!(html.contains("<a href=\"#report-2\">vide.json</a>"));
    assert!(html.contains("<h3 id=\"report-1-summary\">Résumé</h3>"));
    assert!(html.contains("le fichier est vide"));
    let checked = engine.report(workbook).expect("the report");
    for diagnostic in checked.diagnostics().expect("read") {
        let message = diagnostic
            .message(Lang::Fr)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;");
        assert!(html.contains(&message), "{message}");
    }
    assert!(engine.html_report(&[99], Lang::En).is_err());
}

#[test]
fn the_annotated_workbook_is_offered_for_xlsx_and_refused_otherwise() {
    let limits = Limits::default();
    let validator = Validator::new();
    let bytes = std::fs::read(fixture("xlsx/sample-att-2017-en.xlsm")).expect("fixture");
    let checked = Checked::new(bytes, "macro.xlsm", &limits, &validator);
    let annotated = checked.annotated(Lang::Es).expect("annotated");
    assert_eq!(annotated.extension, "xlsm");
    assert_eq!(annotated.findings_sheet, "Observaciones");
    let bytes = std::fs::read(fixture("xlsx/basis-per-row-column.xlsx")).expect("fixture");
    let checked = Checked::new(bytes, "basis.xlsx", &limits, &validator);
    let annotated = checked.annotated(Lang::En).expect("annotated");
    assert_eq!(annotated.extension, "xlsx");
    let placed: std::collections::HashSet<_> = checked
        .diagnostics()
        .expect("read")
        .iter()
        .filter_map(|d| match &d.location {
            Some(Location::Cell { sheet, row, column }) => Some((sheet.clone(), *row, *column)),
            _ => None,
        })
        .collect();
    assert!(!placed.is_empty());
    assert_eq!(annotated.noted_cells, placed.len());
    for (path, says) in [
        ("json/valid-minimal.json", "has no cells to note"),
        (
            "layouts/licence-list-de-switzerland.ods",
            "save it as an Excel workbook",
        ),
    ] {
        let bytes = std::fs::read(fixture(path)).expect("fixture");
        let checked = Checked::new(bytes, path, &limits, &validator);
        let error = checked.annotated(Lang::En).expect_err("refused");
        assert!(error.to_string().contains(says), "{path}: {error}");
        assert!(error.to_string().starts_with(path), "{error}");
    }
}
