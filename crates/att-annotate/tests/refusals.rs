//! What is refused, with a typed error and never a panic: other formats, damaged and hostile
//! packages, and findings that name no cell of the workbook.

mod support;

use att_annotate::{
    AnnotateError, CellRef, Finding, LimitExceeded, Limits, Options, SheetKind, WorkbookFormat,
    annotate,
};
use att_schema::Severity;
use std::io::{Cursor, Write};
use support::fixture;

fn finding(sheet: &str, cell: &str) -> Finding {
    Finding::new(Severity::Error, "ATT0231", "rule", "message")
        .at(sheet, CellRef::parse_a1(cell).expect("a cell"))
}

fn refuse(bytes: &[u8], findings: &[Finding], limits: Limits) -> AnnotateError {
    let options = Options {
        limits,
        ..Options::default()
    };
    annotate(bytes, findings, &options).expect_err("refused")
}

fn other_fixture(path: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(path);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("start a part");
        writer.write_all(content).expect("write a part");
    }
    writer.finish().expect("finish").into_inner()
}

#[test]
fn refuses_xls_and_ods_and_says_to_save_as_xlsx() {
    for (path, format) in [
        (
            "xlsx/hidden-rows-columns-and-sheets.xls",
            WorkbookFormat::Xls,
        ),
        (
            "xlsx/hidden-rows-columns-and-sheets.ods",
            WorkbookFormat::Ods,
        ),
    ] {
        let error = refuse(&other_fixture(path), &[], Limits::default());
        assert_eq!(error, AnnotateError::UnsupportedFormat { format }, "{path}");
        assert!(
            error
                .to_string()
                .contains("save it as an Excel workbook (.xlsx)"),
            "{error}"
        );
    }
}

#[test]
fn refuses_an_encrypted_workbook() {
    let error = refuse(
        &other_fixture("hostile/password-protected.xlsx"),
        &[],
        Limits::default(),
    );
    assert!(matches!(error, AnnotateError::Encrypted { .. }), "{error}");
    assert!(error.to_string().contains("password"), "{error}");
}

#[test]
fn refuses_what_is_not_a_workbook() {
    assert!(matches!(
        refuse(b"Exports,Imports\n1,2\n", &[], Limits::default()),
        AnnotateError::NotAWorkbook(_)
    ));
    assert!(matches!(
        refuse(&zip_of(&[("notes.txt", b"hello")]), &[], Limits::default()),
        AnnotateError::NotAWorkbook(_)
    ));
}

#[test]
fn refuses_a_truncated_workbook() {
    let whole = fixture("report-with-layout-features.xlsx");
    for cut in [whole.len() / 2, whole.len() - 10, 30] {
        let error = refuse(&whole[..cut], &[], Limits::default());
        assert!(
            matches!(error, AnnotateError::Zip(_)),
            "cut at {cut}: {error}"
        );
    }
}

#[test]
fn refuses_a_package_without_its_workbook_part() {
    let bytes = zip_of(&[
        ("[Content_Types].xml", b"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        (
            "_rels/.rels",
            br#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
    ]);
    assert_eq!(
        refuse(&bytes, &[], Limits::default()),
        AnnotateError::MissingPart {
            part: "xl/workbook.xml".to_owned()
        }
    );
}

/// Sets the uncompressed size that the central directory declares for `part`.
fn declare_size(bytes: &mut [u8], part: &str, size: u32) {
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(4).position(|w| w == b"PK\x01\x02") {
        let header = at + found;
        let name_length = u16::from_le_bytes([bytes[header + 28], bytes[header + 29]]) as usize;
        let name = &bytes[header + 46..header + 46 + name_length];
        if name == part.as_bytes() {
            bytes[header + 24..header + 28].copy_from_slice(&size.to_le_bytes());
            return;
        }
        at = header + 4;
    }
    panic!("no central directory entry for {part}");
}

#[test]
fn refuses_a_part_declared_huge_before_inflating_it() {
    let mut bytes = fixture("report-with-layout-features.xlsx");
    declare_size(&mut bytes, "xl/worksheets/sheet1.xml", 0xFFFF_FF00);
    let error = refuse(&bytes, &[finding("Exports", "A1")], Limits::default());
    assert!(
        matches!(error, AnnotateError::Limit(LimitExceeded::PartSize { ref part, .. }) if part == "xl/worksheets/sheet1.xml"),
        "{error}"
    );
}

#[test]
fn refuses_parts_that_inflate_beyond_the_limits() {
    let bytes = fixture("report-with-layout-features.xlsx");
    let small = Limits {
        max_part_bytes: 2_000,
        ..Limits::default()
    };
    assert!(matches!(
        refuse(&bytes, &[finding("Exports", "A1")], small),
        AnnotateError::Limit(LimitExceeded::PartSize { .. })
    ));
    let little_in_all = Limits {
        max_total_bytes: 5_000,
        ..Limits::default()
    };
    assert!(matches!(
        refuse(&bytes, &[finding("Exports", "A1")], little_in_all),
        AnnotateError::Limit(LimitExceeded::TotalSize { .. })
    ));
    let few_entries = Limits {
        max_zip_entries: 5,
        ..Limits::default()
    };
    assert!(matches!(
        refuse(&bytes, &[], few_entries),
        AnnotateError::Limit(LimitExceeded::ZipEntries { .. })
    ));
}

#[test]
fn refuses_a_part_that_inflates_to_more_than_it_declares() {
    let mut bytes = fixture("report-with-layout-features.xlsx");
    declare_size(&mut bytes, "xl/worksheets/sheet1.xml", 100);
    let error = refuse(&bytes, &[finding("Exports", "A1")], Limits::default());
    assert!(
        matches!(
            error,
            AnnotateError::MalformedPart { .. } | AnnotateError::Zip(_)
        ),
        "{error}"
    );
}

#[test]
fn refuses_findings_on_sheets_and_cells_the_workbook_lacks() {
    let bytes = fixture("report-with-layout-features.xlsx");
    let error = refuse(&bytes, &[finding("Exportations", "A1")], Limits::default());
    assert_eq!(
        error,
        AnnotateError::UnknownSheet {
            sheet: "Exportations".to_owned(),
            available: "Exports, Imports 2023, Lists, Partners' notes".to_owned()
        }
    );
    let far = Finding::new(Severity::Info, "c", "r", "m").at("Exports", CellRef::new(0, 20_000));
    assert!(matches!(
        refuse(&bytes, &[far], Limits::default()),
        AnnotateError::CellOutOfRange { column: 20_000, .. }
    ));
    let chart = other_fixture("xlsx/odd-chart-sheet.xlsx");
    assert_eq!(
        refuse(&chart, &[finding("Chart", "A1")], Limits::default()),
        AnnotateError::NotAWorksheet {
            sheet: "Chart".to_owned(),
            kind: SheetKind::Chart
        }
    );
}

#[test]
fn names_the_part_that_is_not_well_formed() {
    let bytes = fixture("prefixed-namespace-without-references.xlsx");
    let book = support::Book::open(&bytes);
    let parts: Vec<(String, Vec<u8>)> = book
        .parts
        .iter()
        .map(|(name, content)| {
            let content = if name == "xl/worksheets/sheet1.xml" {
                String::from_utf8_lossy(content)
                    .replace("</x:row>", "</x:rows>")
                    .into_bytes()
            } else {
                content.clone()
            };
            (name.clone(), content)
        })
        .collect();
    let borrowed: Vec<(&str, &[u8])> = parts
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_slice()))
        .collect();
    let error = refuse(
        &zip_of(&borrowed),
        &[finding("Exportaciones", "A1")],
        Limits::default(),
    );
    assert!(
        matches!(error, AnnotateError::MalformedPart { ref part, .. } if part == "xl/worksheets/sheet1.xml"),
        "{error}"
    );
}

#[test]
fn never_panics_on_damaged_bytes() {
    let whole = fixture("report-with-layout-features.xlsx");
    let findings = [finding("Exports", "D6"), finding("Lists", "A1")];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..300 {
        let mut bytes = whole.clone();
        for _ in 0..4 {
            let value = next(&mut seed);
            let at = (value % bytes.len() as u64) as usize;
            bytes[at] ^= (value >> 32) as u8 | 1;
        }
        let _ = annotate(&bytes, &findings, &Options::default());
    }
}

/// The next number of a xorshift sequence.
fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn never_panics_on_damaged_xml() {
    let book = support::Book::open(&fixture("report-with-layout-features.xlsx"));
    let targets = [
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/comments1.xml",
        "xl/drawings/vmlDrawing1.vml",
        "[Content_Types].xml",
        "docProps/app.xml",
    ];
    let findings = [
        finding("Exports", "D6"),
        finding("Exports", "J60"),
        finding("Lists", "A1"),
    ];
    let pieces: [&[u8]; 8] = [b"<", b">", b"/", b"\"", b"&", b"r=\"0\"", b"<row>", b"\xFF"];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..400 {
        let target = targets[round % targets.len()];
        let parts: Vec<(String, Vec<u8>)> = book
            .parts
            .iter()
            .map(|(name, content)| {
                let mut content = content.clone();
                if name == target && !content.is_empty() {
                    for _ in 0..3 {
                        let at = (next(&mut seed) % content.len() as u64) as usize;
                        let piece = pieces[(next(&mut seed) % pieces.len() as u64) as usize];
                        let end = (at + piece.len()).min(content.len());
                        content.splice(at..end, piece.iter().copied());
                    }
                }
                (name.clone(), content)
            })
            .collect();
        let borrowed: Vec<(&str, &[u8])> = parts
            .iter()
            .map(|(n, c)| (n.as_str(), c.as_slice()))
            .collect();
        let _ = annotate(&zip_of(&borrowed), &findings, &Options::default());
    }
}
