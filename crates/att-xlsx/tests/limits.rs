//! Hostile and oversized workbooks are read within bounded memory and time, or refused with a
//! message that says which bound and where.

mod support;

use att_xlsx::{LimitExceeded, Limits, ReadError};
use std::io::{Cursor, Read, Write};
use support::builders;

fn read_with(bytes: &[u8], limits: &Limits) -> Result<att_schema::ReadReport, ReadError> {
    att_xlsx::read(bytes, limits)
}

/// Writes a zip container with the given parts, deflated.
fn zip_of(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("start entry");
        writer.write_all(content).expect("write entry");
    }
    writer.finish().expect("finish").into_inner()
}

/// The parts of a zip container.
fn parts_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    (0..archive.len())
        .map(|index| {
            let mut entry = archive.by_index(index).expect("entry");
            let name = entry.name().expect("name").to_string();
            let mut content = Vec::new();
            entry.read_to_end(&mut content).expect("read");
            (name, content)
        })
        .collect()
}

fn headers_only() -> Vec<u8> {
    builders::odd_table_headers_only()
}

#[test]
fn a_million_blank_rows_and_a_cell_at_the_last_row_are_read_without_a_grid() {
    let bytes = support::edit_part(&headers_only(), "xl/worksheets/sheet1.xml", |xml| {
        let mut blank = String::with_capacity(40_000_000);
        for row in 2..=1_000_000 {
            blank.push_str(&format!(r#"<row r="{row}" spans="1:1" ht="15"/>"#));
        }
        blank.push_str(r#"<row r="1048576"><c r="XFD1048576" s="0"/></row>"#);
        xml.replace("</sheetData>", &format!("{blank}</sheetData>"))
    });
    let read = read_with(&bytes, &Limits::default()).expect("read within the limits");
    assert_eq!(read.document()["exports"]["status"], "reported");
    assert_eq!(
        read.document()["exports"]["entries"]
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[test]
fn refuses_a_zip_bomb_before_inflating_it() {
    let bomb = support::edit_part(&headers_only(), "xl/worksheets/sheet1.xml", |xml| {
        xml.replace(
            "<sheetData>",
            &format!("<sheetData>{}", " ".repeat(16 * 1024 * 1024)),
        )
    });
    let error = read_with(&bomb, &Limits::default()).expect_err("a zip bomb");
    assert!(
        matches!(error, ReadError::Limit(LimitExceeded::CompressionRatio { ref part, .. }) if part == "xl/worksheets/sheet1.xml"),
        "{error}"
    );
    assert!(error.to_string().starts_with(
        "the workbook is too large to read safely: the part xl/worksheets/sheet1.xml is compressed"
    ));
}

#[test]
fn refuses_parts_larger_than_the_limits() {
    let sample = builders::sample_att_2017_en();
    let strings = Limits {
        max_shared_strings_bytes: 1024,
        ..Limits::default()
    };
    let error = read_with(&sample, &strings).expect_err("too many shared strings");
    assert!(matches!(
        error,
        ReadError::Limit(LimitExceeded::SharedStrings { ref part, limit: 1024, .. }) if part == "xl/sharedStrings.xml"
    ));
    let parts = Limits {
        max_part_bytes: 2048,
        ..Limits::default()
    };
    assert!(matches!(
        read_with(&sample, &parts),
        Err(ReadError::Limit(LimitExceeded::PartSize { .. }))
    ));
    let entries = Limits {
        max_zip_entries: 3,
        ..Limits::default()
    };
    assert!(matches!(
        read_with(&sample, &entries),
        Err(ReadError::Limit(LimitExceeded::ZipEntries { .. }))
    ));
}

#[test]
fn refuses_more_cells_or_sheets_than_the_limits() {
    let sample = builders::sample_att_2017_en();
    let cells = Limits {
        max_cells: 20,
        ..Limits::default()
    };
    let error = read_with(&sample, &cells).expect_err("too many cells");
    assert_eq!(
        error.to_string(),
        "the workbook is too large to read safely: the workbook has more than 20 non-empty cells (the limit was reached on sheet “Title page”)"
    );
    let sheets = Limits {
        max_sheets: 2,
        ..Limits::default()
    };
    assert!(matches!(
        read_with(&sample, &sheets),
        Err(ReadError::Limit(LimitExceeded::Sheets {
            count: 3,
            limit: 2
        }))
    ));
}

#[test]
fn cuts_over_long_text_and_says_so() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Exports");
    support::rows(
        page,
        0,
        &[
            &[
                support::V::S("Category"),
                support::V::S("Final importing State"),
                support::V::S("Number of items"),
                support::V::S("Description"),
            ],
            &[
                support::V::S("I"),
                support::V::S("Spain"),
                support::V::N(2.0),
                support::V::S("Main battle tanks with a 120 mm smoothbore gun, refurbished"),
            ],
        ],
    );
    let limits = Limits {
        max_cell_chars: 40,
        ..Limits::default()
    };
    let read = read_with(&support::save(workbook), &limits).expect("readable");
    assert_eq!(
        read.document()["exports"]["entries"][0]["description"],
        "Main battle tanks with a 120 mm smoothbo"
    );
    assert!(support::findings(&read).contains(
        &"ATT0132 Exports!D2: The text of this cell is 59 characters long; only the first 40 were read."
            .to_owned()
    ));
}

#[test]
fn refuses_an_ods_sheet_whose_repeated_rows_make_a_huge_grid() {
    let ods = support::fixture("merged-cells-in-table.ods");
    let parts: Vec<(String, Vec<u8>)> = parts_of(&ods)
        .into_iter()
        .map(|(name, content)| {
            if name != "content.xml" {
                return (name, content);
            }
            let xml = String::from_utf8(content).expect("xml");
            let loan = xml.find("Loan").expect("the last data row");
            let at = xml[..loan].rfind("<table:table-row").expect("a row");
            let repeated = format!(
                "{}<table:table-row table:number-rows-repeated=\"250000\"{}",
                &xml[..at],
                &xml[at + "<table:table-row".len()..]
            );
            (name, repeated.into_bytes())
        })
        .collect();
    let borrowed: Vec<(&str, Vec<u8>)> = parts
        .iter()
        .map(|(name, content)| (name.as_str(), content.clone()))
        .collect();
    let bomb = zip_of(&borrowed);
    let error = read_with(&bomb, &Limits::default()).expect_err("a huge grid");
    assert!(
        matches!(error, ReadError::Limit(LimitExceeded::DenseGrid { ref sheet, .. }) if sheet == "Exports"),
        "{error}"
    );
}

#[test]
fn reads_an_ods_sheet_with_a_million_repeated_empty_rows() {
    let ods = support::fixture("merged-cells-in-table.ods");
    let parts: Vec<(String, Vec<u8>)> = parts_of(&ods)
        .into_iter()
        .map(|(name, content)| {
            if name != "content.xml" {
                return (name, content);
            }
            let xml = String::from_utf8(content).expect("xml");
            let padded = xml.replace(
                "</table:table>",
                "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table>",
            );
            (name, padded.into_bytes())
        })
        .collect();
    let borrowed: Vec<(&str, Vec<u8>)> = parts
        .iter()
        .map(|(name, content)| (name.as_str(), content.clone()))
        .collect();
    let read = read_with(&zip_of(&borrowed), &Limits::default()).expect("empty rows cost nothing");
    assert_eq!(
        read.document()["exports"]["entries"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
}

#[test]
fn refuses_an_xls_sheet_with_a_stray_cell_far_away() {
    let xls = support::fixture("merged-cells-in-table.xls");
    let mut file = cfb::CompoundFile::open(Cursor::new(xls)).expect("ole");
    let mut stream = Vec::new();
    file.open_stream("Workbook")
        .expect("workbook stream")
        .read_to_end(&mut stream)
        .expect("read");
    let mut at = 0;
    let mut sheets_seen = 0;
    while at + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[at], stream[at + 1]]);
        let len = usize::from(u16::from_le_bytes([stream[at + 2], stream[at + 3]]));
        if kind == 0x0809 {
            sheets_seen += 1;
        }
        if sheets_seen > 1 && kind == 0x00FD {
            stream[at + 4..at + 6].copy_from_slice(&65_535u16.to_le_bytes());
            stream[at + 6..at + 8].copy_from_slice(&255u16.to_le_bytes());
            break;
        }
        at += 4 + len;
    }
    file.create_stream("Workbook")
        .expect("rewrite")
        .write_all(&stream)
        .expect("write");
    let bytes = file.into_inner().into_inner();
    let error = read_with(&bytes, &Limits::default()).expect_err("a huge grid");
    assert!(
        matches!(error, ReadError::Limit(LimitExceeded::DenseGrid { ref far_cell, .. }) if far_cell == "IV65536"),
        "{error}"
    );
}

#[test]
fn refuses_merged_areas_that_cover_too_many_cells() {
    let limits = Limits {
        max_merged_cells: 5,
        ..Limits::default()
    };
    let error = read_with(&builders::merged_cells_in_table(), &limits).expect_err("too many");
    assert_eq!(
        error.to_string(),
        "the workbook is too large to read safely: the merged areas of the workbook cover more than 5 cells (the limit was reached on sheet “Exports”)"
    );
    let enough = Limits {
        max_merged_cells: 11,
        ..Limits::default()
    };
    assert!(read_with(&builders::merged_cells_in_table(), &enough).is_ok());
}
