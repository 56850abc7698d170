//! Recognising an input's format from its content.

use std::fmt;

/// The formats a report can arrive in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The canonical JSON document.
    Json,
    /// The XML encoding of the report.
    Xml,
    /// An Office Open XML workbook (`.xlsx`, `.xlsm`).
    Xlsx,
    /// A legacy Excel 97–2003 workbook (`.xls`).
    Xls,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
}

impl Format {
    /// A short name for messages: `JSON`, `XML`, `xlsx workbook`…
    pub fn describe(self) -> &'static str {
        match self {
            Format::Json => "JSON",
            Format::Xml => "XML",
            Format::Xlsx => "xlsx workbook",
            Format::Xls => "xls workbook",
            Format::Ods => "OpenDocument spreadsheet",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const ODS_MIMETYPE: &[u8] = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

/// The format of `bytes`, judged from their content, not from a file name.
///
/// A zip archive is an OpenDocument spreadsheet when its first entry is the `mimetype` that
/// says so, and is otherwise taken for an xlsx workbook (the workbook reader says if it is
/// not one). Text is JSON when its first non-blank character opens a JSON value other than a
/// bare number, and XML when it is `<`.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(ZIP_MAGIC) {
        let is_ods = bytes
            .get(30..30 + ODS_MIMETYPE.len())
            .is_some_and(|entry| entry == ODS_MIMETYPE);
        return Some(if is_ods { Format::Ods } else { Format::Xlsx });
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Some(Format::Xls);
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = text.iter().find(|b| !b.is_ascii_whitespace())?;
    match first {
        b'<' => Some(Format::Xml),
        b'{' | b'[' | b'"' => Some(Format::Json),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_formats_by_content() {
        assert_eq!(detect(b"  {\"year\": 2023}"), Some(Format::Json));
        assert_eq!(detect(b"\xEF\xBB\xBF{}"), Some(Format::Json));
        assert_eq!(
            detect(b"<?xml version=\"1.0\"?><report/>"),
            Some(Format::Xml)
        );
        assert_eq!(detect(b"PK\x03\x04rest"), Some(Format::Xlsx));
        assert_eq!(detect(OLE_MAGIC), Some(Format::Xls));
        assert_eq!(detect(b"Reporting State,Sweden"), None);
        assert_eq!(detect(b""), None);
        assert_eq!(detect(b"   \n"), None);
    }

    #[test]
    fn tells_opendocument_from_xlsx() {
        let mut ods = b"PK\x03\x04".to_vec();
        ods.resize(30, 0);
        ods.extend_from_slice(ODS_MIMETYPE);
        assert_eq!(detect(&ods), Some(Format::Ods));
    }
}
