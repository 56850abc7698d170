//! Builders of the fixture workbooks, shared by the tests and by the `make-fixtures` example
//! that writes them to `fixtures/xlsx/`.

#![allow(dead_code)]

pub mod builders;

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};
use std::io::{Cursor, Read, Write};

/// A cell value to write.
#[derive(Debug, Clone, Copy)]
pub enum V {
    /// Text.
    S(&'static str),
    /// A number.
    N(f64),
    /// Nothing.
    E,
    /// A date, formatted as a date.
    D(u16, u8, u8),
    /// TRUE or FALSE.
    B(bool),
    /// A formula and the result saved with it.
    F(&'static str, f64),
}

/// Writes `rows` from row `first_row` (0-based), column A onwards.
pub fn rows(sheet: &mut Worksheet, first_row: u32, rows: &[&[V]]) {
    for (r, cells) in rows.iter().enumerate() {
        for (c, value) in cells.iter().enumerate() {
            put(sheet, first_row + r as u32, c as u16, *value);
        }
    }
}

/// Writes one cell.
pub fn put(sheet: &mut Worksheet, row: u32, col: u16, value: V) {
    let done = match value {
        V::S(text) => sheet.write_string(row, col, text).map(|_| ()),
        V::N(number) => sheet.write_number(row, col, number).map(|_| ()),
        V::E => Ok(()),
        V::D(year, month, day) => {
            let date = ExcelDateTime::from_ymd(year, month, day).expect("valid date");
            let format = Format::new().set_num_format("yyyy-mm-dd");
            sheet
                .write_datetime_with_format(row, col, &date, &format)
                .map(|_| ())
        }
        V::B(flag) => sheet.write_boolean(row, col, flag).map(|_| ()),
        V::F(formula, result) => sheet
            .write_formula(
                row,
                col,
                rust_xlsxwriter::Formula::new(formula).set_result(result.to_string()),
            )
            .map(|_| ()),
    };
    done.expect("write cell");
}

/// A new named sheet.
pub fn sheet<'w>(workbook: &'w mut Workbook, name: &str) -> &'w mut Worksheet {
    let sheet = workbook.add_worksheet();
    sheet.set_name(name).expect("sheet name");
    sheet
}

/// The workbook's bytes, with a fixed creation date so that a fixture is written the same
/// every time.
pub fn save(mut workbook: Workbook) -> Vec<u8> {
    let created = ExcelDateTime::from_ymd(2024, 5, 1).expect("valid date");
    let properties = rust_xlsxwriter::DocProperties::new()
        .set_creation_datetime(&created)
        .set_author("att fixtures");
    workbook.set_properties(&properties);
    workbook.save_to_buffer().expect("save workbook")
}

/// Rewrites one part of a zip container with `edit`, keeping the others as they are.
pub fn edit_part(bytes: &[u8], part: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let name = entry.name().expect("name").to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("read entry");
        if name == part {
            content = edit(&String::from_utf8(content).expect("xml")).into_bytes();
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start entry");
        writer.write_all(&content).expect("write entry");
    }
    writer.finish().expect("finish").into_inner()
}

/// Reads a workbook with the default limits.
pub fn read(bytes: &[u8]) -> att_schema::ReadReport {
    att_xlsx::read(bytes, &att_xlsx::Limits::default()).expect("a readable workbook")
}

/// Each diagnostic as `CODE place: message` (English), in the reader's order.
pub fn findings(read: &att_schema::ReadReport) -> Vec<String> {
    read.diagnostics
        .iter()
        .map(|d| {
            let place = d
                .location
                .as_ref()
                .map(ToString::to_string)
                .or_else(|| d.pointer.clone())
                .unwrap_or_else(|| "-".to_owned());
            format!("{} {place}: {}", d.code(), d.message(att_schema::Lang::En))
        })
        .collect()
}

/// Where the source map places `pointer`, as `Sheet!A1`.
pub fn place(read: &att_schema::ReadReport, pointer: &str) -> String {
    read.source_map
        .get(pointer)
        .map(|place| place.to_string())
        .unwrap_or_else(|| format!("{pointer} is not mapped"))
}

/// The reader's and the validator's diagnostics together, as `att validate` shows them.
pub fn validated(read: &att_schema::ReadReport) -> Vec<String> {
    let mut diagnostics = read.diagnostics.clone();
    diagnostics
        .extend(att_validate::Validator::new().validate(&read.document(), Some(&read.source_map)));
    diagnostics
        .iter()
        .map(|d| {
            let place = d
                .location
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_else(|| "-".to_owned());
            format!("{} {place}: {}", d.code(), d.message(att_schema::Lang::En))
        })
        .collect()
}

/// Where a finding at `pointer` is shown: its place, or its nearest mapped ancestor's.
pub fn located(read: &att_schema::ReadReport, pointer: &str) -> String {
    read.source_map
        .locate(pointer)
        .map(|place| place.to_string())
        .unwrap_or_else(|| format!("{pointer} is not located"))
}

/// The bytes of a committed fixture under `fixtures/xlsx/`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/xlsx")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Everything a read gives, in one comparable value: the document, every mapped place, and
/// the findings.
pub fn everything(read: &att_schema::ReadReport) -> (serde_json::Value, Vec<String>, Vec<String>) {
    let places = read
        .source_map
        .iter()
        .map(|(pointer, location)| format!("{pointer} {location}"))
        .collect();
    (read.document().into_owned(), places, findings(read))
}
