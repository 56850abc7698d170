//! LibreOffice opens every annotated fixture without complaint: headless, it converts each
//! to a flat OpenDocument spreadsheet, where the notes, the fills and the findings sheet are
//! read back, and to PDF. Skipped, with a notice, when LibreOffice is not installed
//! (`apt-get install -y libreoffice-calc-nogui`).

mod support;

use att_annotate::{Finding, Options, annotate};
use att_schema::{Lang, Severity};
use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::checks::{findings_sheet_name, flagged};
use support::dom::Element;
use support::findings::{
    calculation_chain_findings, layout_findings, macro_findings, prefixed_findings,
};
use support::{Book, fixture};

/// How long one conversion may take before it counts as a hang.
const WATCHDOG: Duration = Duration::from_secs(300);

/// The LibreOffice program on the `PATH`, if any.
fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| [dir.join("soffice"), dir.join("libreoffice")])
        .find(|candidate| candidate.is_file())
}

/// Converts `inputs` to `format` into `folder` with a profile of its own, and returns what
/// LibreOffice printed.
fn convert(soffice: &Path, folder: &Path, format: &str, inputs: &[PathBuf]) -> String {
    let stdout = folder.join(format!("{format}.out"));
    let stderr = folder.join(format!("{format}.err"));
    let profile = format!("file://{}", folder.join("profile").display());
    let mut child = Command::new(soffice)
        .arg(format!("-env:UserInstallation={profile}"))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(folder)
        .args(inputs)
        .stdin(Stdio::null())
        .stdout(File::create(&stdout).expect("a file for stdout"))
        .stderr(File::create(&stderr).expect("a file for stderr"))
        .spawn()
        .expect("LibreOffice starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for LibreOffice") {
            break status;
        }
        if started.elapsed() > WATCHDOG {
            let _ = child.kill();
            panic!("LibreOffice took more than {WATCHDOG:?} to convert to {format}");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let printed = std::fs::read_to_string(&stdout).unwrap_or_default();
    let complaints = std::fs::read_to_string(&stderr).unwrap_or_default();
    assert!(
        status.success(),
        "LibreOffice failed ({status}): {printed}{complaints}"
    );
    let serious: Vec<&str> = complaints
        .lines()
        .filter(|line| !line.contains("javaldx") && !line.trim().is_empty())
        .collect();
    assert!(serious.is_empty(), "LibreOffice complained: {complaints}");
    printed
}

/// An annotated fixture and what it should show.
struct Case {
    fixture: &'static str,
    findings: Vec<Finding>,
    lang: Lang,
    show_notes: bool,
}

/// The background colour LibreOffice writes for each severity's fill.
fn background(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "#ffc7ce",
        Severity::Warning => "#ffeb9c",
        Severity::Info => "#ddebf7",
    }
}

#[test]
fn libreoffice_opens_every_annotated_fixture() {
    let Some(soffice) = soffice() else {
        eprintln!("skipped: LibreOffice (soffice) is not installed");
        return;
    };
    let folder = tempfile::tempdir().expect("a temporary folder");
    let cases = [
        Case {
            fixture: "report-with-layout-features.xlsx",
            findings: layout_findings(),
            lang: Lang::En,
            show_notes: false,
        },
        Case {
            fixture: "report-with-layout-features-libreoffice.xlsx",
            findings: layout_findings(),
            lang: Lang::Fr,
            show_notes: false,
        },
        Case {
            fixture: "macros-and-button.xlsm",
            findings: macro_findings(),
            lang: Lang::Es,
            show_notes: false,
        },
        Case {
            fixture: "formulas-with-calculation-chain-fr.xlsx",
            findings: calculation_chain_findings(),
            lang: Lang::Fr,
            show_notes: false,
        },
        Case {
            fixture: "prefixed-namespace-without-references.xlsx",
            findings: prefixed_findings(),
            lang: Lang::Es,
            show_notes: true,
        },
    ];
    let mut inputs = Vec::new();
    for case in &cases {
        let options = Options {
            lang: case.lang,
            show_notes: case.show_notes,
            ..Options::default()
        };
        let annotated =
            annotate(&fixture(case.fixture), &case.findings, &options).expect("annotates");
        let path = folder.path().join(format!("annotated-{}", case.fixture));
        std::fs::write(&path, annotated.bytes).expect("write the annotated copy");
        inputs.push(path);
    }
    convert(&soffice, folder.path(), "fods", &inputs);
    convert(&soffice, folder.path(), "pdf", &inputs);
    for case in &cases {
        let stem = format!(
            "annotated-{}",
            case.fixture.rsplit_once('.').expect("an extension").0
        );
        let pdf = std::fs::read(folder.path().join(format!("{stem}.pdf"))).expect("the PDF");
        assert!(pdf.starts_with(b"%PDF"), "{stem}: not a PDF");
        let flat = std::fs::read(folder.path().join(format!("{stem}.fods"))).expect("the flat ODS");
        check_flat_spreadsheet(case, &flat);
    }
}

/// The notes, fills and findings sheet as LibreOffice read them.
fn check_flat_spreadsheet(case: &Case, flat: &[u8]) {
    let document = support::dom::parse(flat);
    let tables = document.descendants("table");
    let first = tables.first().expect("a table");
    assert_eq!(
        first.attr("table:name"),
        Some(findings_sheet_name(case.lang)),
        "{}",
        case.fixture
    );
    let original = fixture(case.fixture);
    let before = Book::open(&original);
    let mut noted: BTreeSet<(String, String)> = BTreeSet::new();
    for (sheet, cells) in flagged(&before, &case.findings) {
        noted.extend(cells.keys().map(|cell| (sheet.clone(), cell.to_string())));
    }
    for sheet in before.sheets() {
        if let Some(part) = before.related(&sheet.part, "comments") {
            for comment in before.xml(&part).descendants("comment") {
                noted.insert((
                    sheet.name.clone(),
                    comment.attr("ref").expect("a ref").to_owned(),
                ));
            }
        }
    }
    let annotations: Vec<&Element> = document.descendants("annotation");
    assert_eq!(
        annotations.len(),
        noted.len(),
        "{}: notes LibreOffice shows",
        case.fixture
    );
    let styles = cell_backgrounds(&document);
    for (sheet, cells) in flagged(&before, &case.findings) {
        let table = tables
            .iter()
            .find(|table| table.attr("table:name") == Some(sheet.as_str()))
            .unwrap_or_else(|| panic!("{}: no table {sheet}", case.fixture));
        for (cell, findings) in cells {
            let (element, style) = cell_at(table, cell.row, cell.column).unwrap_or_else(|| {
                panic!("{}: LibreOffice has no cell {sheet}!{cell}", case.fixture)
            });
            let annotation = element
                .child("annotation")
                .unwrap_or_else(|| panic!("{}: {sheet}!{cell} shows no note", case.fixture));
            assert_eq!(
                annotation.attr("office:display") == Some("true"),
                case.show_notes,
                "{}: whether the note of {sheet}!{cell} is always shown",
                case.fixture
            );
            let note = annotation.text();
            for finding in &findings {
                assert!(
                    note.contains(&finding.code) && note.contains(&finding.message),
                    "{}: the note of {sheet}!{cell} lacks {}: {note}",
                    case.fixture,
                    finding.code
                );
            }
            let worst = findings
                .iter()
                .map(|finding| finding.severity)
                .max()
                .expect("a finding");
            if element.local() == "covered-table-cell" {
                continue;
            }
            let colour = style.and_then(|name| background_of(&styles, name));
            assert_eq!(
                colour.as_deref(),
                Some(background(worst)),
                "{}: the fill of {sheet}!{cell}",
                case.fixture
            );
        }
    }
}

/// Each cell style's background colour and parent style, by name.
fn cell_backgrounds(document: &Element) -> Vec<(String, Option<String>, Option<String>)> {
    document
        .descendants("style")
        .into_iter()
        .filter(|style| style.attr("style:family") == Some("table-cell"))
        .map(|style| {
            let colour = style
                .child("table-cell-properties")
                .and_then(|properties| properties.attr("fo:background-color"))
                .filter(|colour| *colour != "transparent")
                .map(str::to_lowercase);
            (
                style.attr("style:name").unwrap_or_default().to_owned(),
                colour,
                style.attr("style:parent-style-name").map(str::to_owned),
            )
        })
        .collect()
}

/// The background of the cell style `name`, from it or the styles it derives from.
fn background_of(
    styles: &[(String, Option<String>, Option<String>)],
    name: &str,
) -> Option<String> {
    let mut current = name.to_owned();
    for _ in 0..8 {
        let (_, colour, parent) = styles.iter().find(|(style, _, _)| *style == current)?;
        if colour.is_some() {
            return colour.clone();
        }
        current = parent.clone()?;
    }
    None
}

fn repeated(element: &Element, key: &str) -> u32 {
    element.attr(key).and_then(|n| n.parse().ok()).unwrap_or(1)
}

/// The cell of `table` at a 0-based row and column, with its style name (its own, or its
/// row's or column's default).
fn cell_at(table: &Element, row: u32, column: u32) -> Option<(&Element, Option<&str>)> {
    let mut column_styles: Vec<(u32, Option<&str>)> = Vec::new();
    let mut first = 0;
    for col in table.descendants("table-column") {
        let count = repeated(col, "table:number-columns-repeated");
        column_styles.push((first + count, col.attr("table:default-cell-style-name")));
        first += count;
    }
    let mut index = 0;
    for row_element in table.descendants("table-row") {
        let count = repeated(row_element, "table:number-rows-repeated");
        if row < index + count {
            let mut at = 0;
            for cell in row_element.elements() {
                if !matches!(cell.local(), "table-cell" | "covered-table-cell") {
                    continue;
                }
                let span = repeated(cell, "table:number-columns-repeated");
                if column < at + span {
                    let style = cell
                        .attr("table:style-name")
                        .or(row_element.attr("table:default-cell-style-name"))
                        .or_else(|| {
                            column_styles
                                .iter()
                                .find(|(end, _)| column < *end)
                                .and_then(|(_, style)| *style)
                        });
                    return Some((cell, style));
                }
                at += span;
            }
            return None;
        }
        index += count;
    }
    None
}
