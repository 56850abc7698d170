//! The planted defects of `fixtures/checks/planted-defects.json`, in a workbook laid out like
//! the 2017 template: each is flagged at its sheet and cell.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};
use serde_json::Value;
use std::process::Command;

enum Cell {
    Text(&'static str),
    Number(f64),
    Empty,
}

use Cell::{Empty, Number, Text};

fn write_rows(sheet: &mut Worksheet, rows: &[&[Cell]]) -> Result<(), XlsxError> {
    for (row, cells) in rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            let (row, column) = (row as u32, column as u16);
            match cell {
                Text(text) => {
                    sheet.write_string(row, column, *text)?;
                }
                Number(number) => {
                    sheet.write_number(row, column, *number)?;
                }
                Empty => {}
            }
        }
    }
    Ok(())
}

const HEADINGS: &[Cell] = &[
    Text("Category / sub-category (I–VIII)"),
    Text("Final importing State"),
    Text("Number of items"),
    Text("Value"),
    Text("Currency"),
    Text("State of origin (if not exporter)"),
    Text("Intermediate location(s) (if any)"),
    Text("Description of item"),
    Text("Comments on the transfer"),
];

fn planted_workbook() -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let title = workbook.add_worksheet().set_name("Title page")?;
    write_rows(
        title,
        &[
            &[Text("Title page")],
            &[],
            &[Text("Reporting State:"), Text("Sweden")],
            &[Text("Calendar year:"), Number(2023.0)],
            &[Text("Date of submission:"), Text("2024-06-12")],
            &[],
            &[Text("Exports table"), Text("☒")],
            &[Text("Nil report – imports"), Text("☒")],
        ],
    )?;
    let exports = workbook.add_worksheet().set_name("Exports")?;
    write_rows(
        exports,
        &[
            &[Text("Exports")],
            &[
                Text("Authorized exports"),
                Text("☐"),
                Text("Actual exports"),
                Text("☒"),
            ],
            &[],
            HEADINGS,
            &[
                Text("VIII.SA.2"),
                Text("Various"),
                Number(50.0),
                Empty,
                Empty,
                Empty,
                Empty,
                Text("Assault rifles"),
            ],
            &[Text("I"), Text("Congo"), Number(2.0)],
            &[
                Text("I"),
                Text("Sweden"),
                Number(1500.0),
                Empty,
                Empty,
                Empty,
                Empty,
                Text("9 mm pistols"),
            ],
            &[
                Text("VIII.LW.1"),
                Text("Norway"),
                Number(0.0),
                Number(10000.0),
                Text("SEK"),
                Empty,
                Empty,
                Text("12.7 mm ammunition"),
            ],
            &[
                Text("VI"),
                Text("Poland"),
                Number(1.0),
                Empty,
                Empty,
                Empty,
                Empty,
                Text("Frigate"),
            ],
            &[
                Text("VI"),
                Text("Poland"),
                Number(1.0),
                Empty,
                Empty,
                Empty,
                Empty,
                Text("Frigate"),
            ],
            &[
                Text("VIII.SA.2"),
                Text("Denmark"),
                Number(10.0),
                Empty,
                Empty,
                Text("Sweden"),
                Text("Virgin Islands"),
            ],
        ],
    )?;
    workbook.save_to_buffer()
}

/// Writes the workbook `built` to a temporary folder as `name`, validates it with `att validate
/// --format json`, and gives the exit status and each finding as `CODE Sheet!Cell` (`-` where
/// the finding has no sheet or cell).
fn validate_workbook(name: &str, built: &Result<Vec<u8>, XlsxError>) -> (Option<i32>, Vec<String>) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join(name);
    std::fs::write(&path, built.as_ref().expect("workbook")).expect("write workbook");
    let output = Command::new(env!("CARGO_BIN_EXE_att"))
        .args(["validate", "--format", "json"])
        .arg(&path)
        .current_dir(dir.path())
        .output()
        .expect("att runs");
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let found = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            format!(
                "{} {}!{}",
                d["code"].as_str().unwrap_or_default(),
                d["location"]["sheet"].as_str().unwrap_or("-"),
                d["location"]["cell"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    (output.status.code(), found)
}

#[test]
fn each_planted_defect_is_flagged_at_its_cell() {
    let (status, found) = validate_workbook("planted-defects.xlsx", &planted_workbook());
    let expected = [
        // The title page has no "may be made public" field: the finding has no cell.
        "ATT0261 -!-",
        "ATT0263 Title page!B5",
        "ATT0221 Exports!B5",
        "ATT0222 Exports!B6",
        "ATT0223 Exports!B7",
        "ATT0233 Exports!C7",
        "ATT0251 Exports!H7",
        "ATT0232 Exports!C8",
        "ATT0252 Exports!H8",
        "ATT0250 Exports!A10",
        "ATT0224 Exports!F11",
        "ATT0225 Exports!G11",
    ];
    assert_eq!(found, expected);
    assert_eq!(status, Some(1));
}

/// A table whose values give no currency, and whose items are written as a placeholder down
/// the column: each cause is one finding with the range it covers.
fn repeated_workbook() -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Exports")?;
    let mut rows: Vec<&[Cell]> = vec![
        &[Text("Reporting State:"), Text("Norway")],
        &[Text("Calendar year:"), Number(2023.0)],
        &[Text("Basis of data:"), Text("Actual")],
        &[
            Text("Category"),
            Text("Final importing State"),
            Text("Number of items"),
            Text("Value"),
        ],
    ];
    const ROW: &[Cell] = &[
        Text("II"),
        Text("Sweden"),
        Text("about ten"),
        Number(1_000.0),
    ];
    rows.extend(std::iter::repeat_n(ROW, 40));
    write_rows(sheet, &rows)?;
    workbook.save_to_buffer()
}

#[test]
fn a_finding_repeated_down_a_column_is_one_finding_with_its_range() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("repeated.xlsx");
    std::fs::write(&path, repeated_workbook().expect("workbook")).expect("write workbook");
    let run = |format: &str| {
        Command::new(env!("CARGO_BIN_EXE_att"))
            .args(["validate", "--format", format, "repeated.xlsx"])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .env_remove("ATT_LANG")
            .output()
            .expect("att runs")
    };
    let report: Value = serde_json::from_slice(&run("json").stdout).expect("JSON");
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    let items: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "ATT0231")
        .collect();
    assert_eq!(items.len(), 1, "{diagnostics:#?}");
    assert_eq!(items[0]["location"]["cell"], "C5");
    assert_eq!(items[0]["repeated"]["count"], 40);
    assert_eq!(items[0]["repeated"]["until"]["cell"], "C44");
    let human = String::from_utf8(run("human").stdout).expect("text");
    assert!(
        human.contains("repeated.xlsx:Exports!C5:C44 (40 cells): error[ATT0231]"),
        "{human}"
    );
}

/// A table with a column the format does not have ("Licence no."), which the reader reports
/// for the whole table: its entries are still checked, each at its cell.
fn table_with_an_unknown_column() -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Exports")?;
    write_rows(
        sheet,
        &[
            &[Text("Reporting State:"), Text("Switzerland")],
            &[Text("Calendar year:"), Number(2022.0)],
            &[Text("Basis of data:"), Text("Actual")],
            &[
                Text("Licence no."),
                Text("Category"),
                Text("Final importing State"),
                Text("Number of items"),
            ],
            &[
                Text("L-22-001"),
                Text("VIII a) 2"),
                Text("Hong Kong"),
                Number(12.0),
            ],
            &[Text("L-22-002"), Text("III"), Text("Austria"), Number(0.0)],
        ],
    )?;
    workbook.save_to_buffer()
}

#[test]
fn a_table_the_reader_reports_a_column_of_still_has_its_entries_checked() {
    let (_, found) = validate_workbook("unknown-column.xlsx", &table_with_an_unknown_column());
    for expected in [
        "ATT0101 Exports!A4",
        "ATT0228 Exports!C5",
        "ATT0232 Exports!D6",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected} in {found:#?}"
        );
    }
}
