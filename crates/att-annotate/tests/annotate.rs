//! Annotating the fixture workbooks: every original cell is kept, every finding has its note
//! and fill, and the findings sheet comes first with a link to each cell.

mod support;

use att_annotate::{Annotated, Finding, Options, annotate};
use att_schema::{Lang, Severity};
use support::checks::{check_annotation, findings_sheet_name};
use support::findings::{
    at, calculation_chain_findings, layout_findings, macro_findings, prefixed_findings,
};
use support::{Book, fixture};

fn run(workbook: &[u8], findings: &[Finding], lang: Lang) -> Annotated {
    let options = Options {
        lang,
        ..Options::default()
    };
    annotate(workbook, findings, &options).expect("annotates")
}

#[test]
fn keeps_everything_of_a_workbook_with_layout_features() {
    let original = fixture("report-with-layout-features.xlsx");
    let findings = layout_findings();
    let annotated = run(&original, &findings, Lang::En);
    assert_eq!(annotated.findings_sheet, "Findings");
    assert_eq!(annotated.noted_cells, findings.len() - 2);
    assert_eq!(annotated.extension, "xlsx");
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
    let findings = macro_findings();
    let annotated = run(&original, &findings, Lang::Es);
    assert_eq!(
        annotated.extension, "xlsm",
        "a macro-enabled copy must be named .xlsm"
    );
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
    let findings = prefixed_findings();
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

#[test]
fn drops_the_calculation_chain_and_lists_the_findings_sheet_in_the_properties() {
    let original = fixture("formulas-with-calculation-chain-fr.xlsx");
    let findings = calculation_chain_findings();
    let annotated = run(&original, &findings, Lang::Fr);
    check_annotation(&original, &annotated.bytes, &findings, Lang::Fr);
    let after = Book::open(&annotated.bytes);
    assert!(
        !after.has("xl/calcChain.xml"),
        "the calculation chain is left out"
    );
    assert!(after.related("xl/workbook.xml", "calcChain").is_none());
    let types = String::from_utf8_lossy(after.bytes("[Content_Types].xml")).into_owned();
    assert!(!types.contains("calcChain"), "{types}");
    let app = after.xml("docProps/app.xml");
    let titles: Vec<String> = app.descendants("lpstr").iter().map(|t| t.text()).collect();
    assert_eq!(
        titles,
        [
            "Feuilles de calcul",
            "Plages nommées",
            "Constats",
            "Exportations",
            "Totaux",
            "Exportations!Impression_des_titres"
        ]
    );
    let counts: Vec<String> = app.descendants("i4").iter().map(|n| n.text()).collect();
    assert_eq!(counts, ["3", "1"]);
    let vector = app
        .child("TitlesOfParts")
        .and_then(|t| t.child("vector"))
        .expect("the titles");
    assert_eq!(vector.attr("size"), Some("4"));
}
