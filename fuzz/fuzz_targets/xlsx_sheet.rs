//! The workbook reader on well-formed workbooks whose sheet and shared strings are arbitrary:
//! the input's bytes become `xl/worksheets/sheet1.xml` and `xl/sharedStrings.xml` (split at the
//! first NUL byte) of an otherwise valid workbook, so that the fuzzer reaches the table finding
//! and cell reading rather than stopping at the zip's checksums.
#![no_main]

use att_schema::Reader;
use libfuzzer_sys::fuzz_target;
use std::io::Write;
use zip::write::SimpleFileOptions;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Exports" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;

fn workbook(sheet: &[u8], shared_strings: &[u8]) -> Option<Vec<u8>> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in [
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
        ("xl/sharedStrings.xml", shared_strings),
    ] {
        zip.start_file(name, options).ok()?;
        zip.write_all(bytes).ok()?;
    }
    zip.finish().ok().map(std::io::Cursor::into_inner)
}

// The workbook reader turns a panic of the spreadsheet parser it uses (calamine) on a damaged
// file into an error; a silent hook lets that unwinding happen. A panic that escapes the reader
// still reaches libFuzzer, which aborts on it and reports the input.
fuzz_target!(
    init: std::panic::set_hook(Box::new(|_| {})),
    |data: &[u8]| {
        let (sheet, shared_strings) = match data.iter().position(|&b| b == 0) {
            Some(split) => (&data[..split], &data[split + 1..]),
            None => (data, &b""[..]),
        };
        if let Some(bytes) = workbook(sheet, shared_strings) {
            let _ = att_xlsx::WorkbookReader::read(&bytes, &att_xlsx::Limits::default());
        }
    }
);
