//! Files that are not readable workbooks are refused with a message that says what they are
//! and what is wrong; damaged workbooks never make the reader panic.

mod support;

use att_xlsx::{Limits, OtherFile, ReadError};
use std::io::{Cursor, Write};
use support::builders;

fn error_of(bytes: &[u8]) -> ReadError {
    match att_xlsx::read(bytes, &Limits::default()) {
        Ok(_) => panic!("the file should be refused"),
        Err(error) => error,
    }
}

fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in parts {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .expect("entry");
        writer.write_all(content).expect("write");
    }
    writer.finish().expect("finish").into_inner()
}

#[test]
fn says_that_a_password_protected_workbook_is_encrypted() {
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create");
    file.create_stream("EncryptionInfo")
        .expect("info")
        .write_all(&[4, 0, 4, 0, 0x40, 0, 0, 0])
        .expect("write");
    file.create_stream("EncryptedPackage")
        .expect("package")
        .write_all(&[0; 64])
        .expect("write");
    let bytes = file.into_inner().into_inner();
    let error = error_of(&bytes);
    assert!(matches!(error, ReadError::Encrypted { .. }));
    assert_eq!(
        error.to_string(),
        "the workbook is protected with a password (it is an encrypted Office file: an OLE container holding an EncryptedPackage stream); att cannot read encrypted workbooks: open it, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, and clear it) and save it again"
    );
}

#[test]
fn says_what_a_file_that_is_not_a_workbook_is() {
    assert_eq!(
        error_of(b"Reporting State,Sweden\n").to_string(),
        "the file is not a workbook: it is neither a zip container (.xlsx, .xlsm, .ods) nor an OLE compound file (.xls)"
    );
    let docx = zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", b"<w:document/>"),
    ]);
    assert_eq!(
        error_of(&docx).to_string(),
        "the file is not a workbook: it is a Word document (.docx), not a spreadsheet"
    );
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<office:document-content/>"),
        ("META-INF/manifest.xml", b"<manifest:manifest/>"),
    ]);
    assert!(
        matches!(error_of(&odt), ReadError::NotAWorkbook(OtherFile::OpenDocument { ref mimetype }) if mimetype.contains("opendocument.text")),
        "{}",
        error_of(&odt)
    );
    let mut doc = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create");
    doc.create_stream("WordDocument").expect("stream");
    let doc = doc.into_inner().into_inner();
    assert_eq!(
        error_of(&doc).to_string(),
        "the file is not a workbook: it is a Word 97–2003 document (.doc), not a spreadsheet"
    );
}

#[test]
fn says_where_a_damaged_workbook_is_broken() {
    let sample = builders::sample_att_2017_en();
    let truncated = &sample[..sample.len() / 2];
    assert!(matches!(error_of(truncated), ReadError::Zip(_)));
    let no_workbook = zip_of(&[
        ("_rels/.rels", b"<Relationships/>"),
        ("[Content_Types].xml", b"<Types/>"),
    ]);
    let error = error_of(&no_workbook);
    assert!(matches!(error, ReadError::Part { .. }), "{error}");
    let broken_sheet = support::edit_part(&sample, "xl/worksheets/sheet2.xml", |xml| {
        xml.replace(
            "<sheetData>",
            "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99999</v></c></row>",
        )
    });
    let error = error_of(&broken_sheet);
    assert!(
        matches!(error, ReadError::Sheet { ref sheet, .. } if sheet == "Exports"),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .starts_with("sheet “Exports” cannot be read: ")
    );
}

#[test]
fn damaged_xml_never_makes_the_reader_panic() {
    let sample = builders::sample_att_2017_en();
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for part in [
        "xl/worksheets/sheet2.xml",
        "xl/sharedStrings.xml",
        "xl/workbook.xml",
    ] {
        for _ in 0..40 {
            let cut = next() as usize;
            let length = (next() % 40) as usize;
            let damaged = support::edit_part(&sample, part, |xml| {
                let at = cut % xml.len();
                let mut chars: Vec<char> = xml.chars().collect();
                let at = at.min(chars.len());
                let end = (at + length).min(chars.len());
                chars.drain(at..end);
                chars.into_iter().collect()
            });
            let _ = att_xlsx::read(&damaged, &Limits::default());
        }
    }
}
