//! Annotating the fixture workbooks: every original cell is kept, every finding has its note
//! and fill, and the findings sheet comes first with a link to each cell.

mod support;

use att_annotate::{Annotated, CellRef, Finding, Options, annotate};
use att_schema::{Lang, Severity};
use support::checks::{check_annotation, findings_sheet_name};
use support::{Book, fixture};

fn at(
    severity: Severity,
    code: &str,
    rule: &str,
    message: &str,
    sheet: &str,
    cell: &str,
) -> Finding {
    Finding::new(severity, code, rule, message).at(sheet, CellRef::parse_a1(cell).expect("a cell"))
}

fn run(workbook: &[u8], findings: &[Finding], lang: Lang) -> Annotated {
    let options = Options {
        lang,
        ..Options::default()
    };
    annotate(workbook, findings, &options).expect("annotates")
}

/// Findings on every kind of cell of the layout fixture: values with number formats, a date,
/// a formula, a hidden row, a merged area, a cell with a note, empty cells in existing rows,
/// between rows and past the last row, two findings on one cell, the hidden sheet, a sheet
/// whose name needs quoting, and a finding with no place.
fn layout_findings() -> Vec<Finding> {
    vec![
        at(
            Severity::Error,
            "ATT0231",
            "items-not-whole-number",
            "The number of items “4.5” is not a whole number.",
            "Exports",
            "D6",
        ),
        at(
            Severity::Warning,
            "ATT0240",
            "value-unusually-large",
            "The value 18,000,000.00 is much larger than the others.",
            "Exports",
            "E7",
        ),
        at(
            Severity::Info,
            "ATT0245",
            "date-outside-year",
            "The date is in the reported year.",
            "Exports",
            "G5",
        ),
        at(
            Severity::Error,
            "ATT0232",
            "total-does-not-add-up",
            "The total does not match the rows & their sum <807.5>.",
            "Exports",
            "D15",
        ),
        at(
            Severity::Warning,
            "ATT0250",
            "hidden-row",
            "This row is hidden: is it part of the report?",
            "Exports",
            "D9",
        ),
        at(
            Severity::Info,
            "ATT0251",
            "merged-cells",
            "The sub-category spans two rows.",
            "Exports",
            "B5",
        ),
        at(
            Severity::Warning,
            "ATT0252",
            "value-inside-merge",
            "A cell covered by a merged area.",
            "Exports",
            "B6",
        ),
        at(
            Severity::Error,
            "ATT0210",
            "sub-category-missing",
            "The sub-category is empty.",
            "Exports",
            "B13",
        ),
        at(
            Severity::Info,
            "ATT0260",
            "note-above-table",
            "Nothing between the title and the table.",
            "Exports",
            "C3",
        ),
        at(
            Severity::Warning,
            "ATT0261",
            "row-after-table",
            "A finding far below the table.",
            "Exports",
            "J60",
        ),
        at(
            Severity::Info,
            "ATT0240",
            "value-unusually-large",
            "Second finding on the same cell.",
            "Exports",
            "E7",
        ),
        at(
            Severity::Error,
            "ATT0220",
            "state-unknown",
            "“Latveria” is not a State the toolkit knows.",
            "Imports 2023",
            "B3",
        ),
        at(
            Severity::Info,
            "ATT0270",
            "list-sheet",
            "The list of categories is hidden.",
            "Lists",
            "A2",
        ),
        at(
            Severity::Warning,
            "ATT0280",
            "free-text",
            "A note in free text.",
            "Partners' notes",
            "B2",
        ),
        at(
            Severity::Info,
            "ATT0281",
            "case-of-sheet-name",
            "The sheet is named in another case.",
            "partners' NOTES",
            "A3",
        ),
        Finding::new(
            Severity::Error,
            "ATT0201",
            "reporting-year-missing",
            "The report does not say which year it covers.",
        ),
    ]
}

#[test]
fn keeps_everything_of_a_workbook_with_layout_features() {
    let original = fixture("report-with-layout-features.xlsx");
    let findings = layout_findings();
    let annotated = run(&original, &findings, Lang::En);
    assert_eq!(annotated.findings_sheet, "Findings");
    assert_eq!(annotated.noted_cells, findings.len() - 2);
    check_annotation(&original, &annotated.bytes, &findings, Lang::En);
}

#[test]
fn keeps_everything_of_a_workbook_saved_by_libreoffice() {
    let original = fixture("report-with-layout-features-libreoffice.xlsx");
    let findings = layout_findings();
    let annotated = run(&original, &findings, Lang::Fr);
    assert_eq!(annotated.findings_sheet, "Constats");
    check_annotation(&original, &annotated.bytes, &findings, Lang::Fr);
}

#[test]
fn keeps_the_macros_and_the_button_of_an_xlsm() {
    let original = fixture("macros-and-button.xlsm");
    let findings = vec![
        at(
            Severity::Error,
            "ATT0230",
            "items-not-a-number",
            "“about forty” is not a number.",
            "Report",
            "C3",
        ),
        at(
            Severity::Info,
            "ATT0101",
            "blank-cell",
            "An empty cell next to the button.",
            "Report",
            "E5",
        ),
    ];
    let annotated = run(&original, &findings, Lang::Es);
    check_annotation(&original, &annotated.bytes, &findings, Lang::Es);
    let before = Book::open(&original);
    let after = Book::open(&annotated.bytes);
    assert_eq!(
        after.bytes("xl/vbaProject.bin"),
        before.bytes("xl/vbaProject.bin")
    );
    let types = String::from_utf8_lossy(after.bytes("[Content_Types].xml")).into_owned();
    assert!(types.contains("application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    assert!(types.contains("application/vnd.ms-office.vbaProject"));
    let drawing = String::from_utf8_lossy(after.bytes("xl/drawings/vmlDrawing1.vml")).into_owned();
    assert!(
        drawing.contains("ObjectType=\"Button\""),
        "the button stays in the drawing"
    );
    assert_eq!(drawing.matches("ObjectType=\"Note\"").count(), 2);
}

#[test]
fn reads_prefixed_sheets_without_cell_references_and_without_styles() {
    let original = fixture("prefixed-namespace-without-references.xlsx");
    let findings = vec![
        at(
            Severity::Error,
            "ATT0231",
            "items-not-whole-number",
            "12.5 no es un número entero.",
            "Exportaciones",
            "C2",
        ),
        at(
            Severity::Warning,
            "ATT0210",
            "partner-missing",
            "Falta el Estado importador.",
            "Exportaciones",
            "B3",
        ),
        at(
            Severity::Info,
            "ATT0101",
            "blank",
            "Una celda vacía al final.",
            "Exportaciones",
            "E5",
        ),
    ];
    let annotated = run(&original, &findings, Lang::Es);
    check_annotation(&original, &annotated.bytes, &findings, Lang::Es);
    let after = Book::open(&annotated.bytes);
    assert!(after.has("xl/styles.xml"), "a styles part is added");
    assert!(after.related("xl/workbook.xml", "styles").is_some());
    let sheet = String::from_utf8_lossy(after.bytes("xl/worksheets/sheet1.xml")).into_owned();
    assert!(
        sheet.contains("<x:c s=\"2\"/>"),
        "the empty B3 keeps no reference: {sheet}"
    );
    assert!(sheet.contains("<x:legacyDrawing"));
}

#[test]
fn writes_the_findings_sheet_in_each_language() {
    let original = fixture("macros-and-button.xlsm");
    let findings = vec![at(Severity::Warning, "ATT0230", "r", "m", "Report", "A1")];
    for lang in Lang::ALL {
        let annotated = run(&original, &findings, lang);
        assert_eq!(annotated.findings_sheet, findings_sheet_name(lang));
        check_annotation(&original, &annotated.bytes, &findings, lang);
    }
}

#[test]
fn names_the_findings_sheet_apart_from_an_existing_one() {
    let original = fixture("prefixed-namespace-without-references.xlsx");
    let findings = vec![at(
        Severity::Info,
        "ATT0101",
        "r",
        "m",
        "Exportaciones",
        "A1",
    )];
    let once = run(&original, &findings, Lang::Es);
    let twice = run(&once.bytes, &[], Lang::Es);
    assert_eq!(twice.findings_sheet, "Observaciones (2)");
    let sheets: Vec<String> = Book::open(&twice.bytes)
        .sheets()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(
        sheets,
        ["Observaciones (2)", "Observaciones", "Exportaciones"]
    );
}

#[test]
fn annotates_an_annotated_copy_again() {
    let original = fixture("report-with-layout-features.xlsx");
    let first = run(&original, &layout_findings(), Lang::En);
    let again = vec![at(
        Severity::Error,
        "ATT0231",
        "items-not-whole-number",
        "Still not whole.",
        "Exports",
        "D6",
    )];
    let second = run(&first.bytes, &again, Lang::En);
    check_annotation(&first.bytes, &second.bytes, &again, Lang::En);
}

#[test]
fn lists_findings_without_any_place() {
    let original = fixture("report-with-layout-features.xlsx");
    let findings = vec![Finding::new(
        Severity::Error,
        "ATT0201",
        "reporting-year-missing",
        "No year.",
    )];
    let annotated = run(&original, &findings, Lang::En);
    assert_eq!(annotated.noted_cells, 0);
    check_annotation(&original, &annotated.bytes, &findings, Lang::En);
}

#[test]
fn keeps_a_chart_sheet_and_its_chart() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/xlsx/odd-chart-sheet.xlsx");
    let original = std::fs::read(path).expect("the chart fixture");
    let findings = vec![at(
        Severity::Warning,
        "ATT0240",
        "r",
        "A value the chart shows.",
        "Exports",
        "B2",
    )];
    let annotated = run(&original, &findings, Lang::En);
    check_annotation(&original, &annotated.bytes, &findings, Lang::En);
    let after = Book::open(&annotated.bytes);
    let sheets: Vec<String> = after.sheets().into_iter().map(|s| s.name).collect();
    assert_eq!(sheets, ["Findings", "Exports", "Chart"]);
}
