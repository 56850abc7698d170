//! Reads and writes ATT annual reports in their XML encoding.
//!
//! The encoding (documented in `docs/xml.md`, described by `schemas/att-annual-report-1.0.xsd`)
//! mirrors the canonical JSON document field for field: `<report>` in the namespace
//! [`NAMESPACE`], one element per field with the field's name, parties as `code` and `name`
//! attributes, lists as an element per item inside the list's element. Raw values that a
//! converter could not type are kept, as in JSON, and marked with a `raw` attribute.
//!
//! [`read`] builds the typed [`att_schema::Report`] and a source map from every JSON pointer to
//! the line and column of its element or attribute, so that every diagnostic on an XML report
//! points at its place. [`write`] produces the encoding deterministically.
//!
//! ```
//! let xml = br#"<?xml version="1.0" encoding="UTF-8"?>
//! <report xmlns="https://att-toolkit.github.io/schemas/att-annual-report-1.0" schema_version="1.0">
//!   <reporting_state code="SWE" name="Sweden"/>
//!   <year>2023</year>
//!   <exports>
//!     <status>reported</status>
//!     <entries>
//!       <entry><category>VIII.SA.2</category><items>approx. 40</items></entry>
//!     </entries>
//!   </exports>
//! </report>
//! "#;
//! let read = att_xml::read(xml, &att_xml::Limits::default())?;
//! assert_eq!(read.report.year, Some(2023.into()));
//! let entry = &read.report.exports.entries[0];
//! assert_eq!(entry.items, Some(att_schema::Lenient::raw_text("approx. 40")));
//! let place = |pointer: &str| read.source_map.get(pointer).map(|l| l.to_string());
//! assert_eq!(place("/exports/entries/0/items").as_deref(), Some("8:44"));
//! assert_eq!(place("/reporting_state/name").as_deref(), Some("3:31"));
//!
//! let written = att_xml::write(&read.report)?;
//! assert!(written.contains(r#"<items raw="text">approx. 40</items>"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod decode;
mod error;
mod lexical;
mod messages;
mod position;
mod reader;
pub mod rules;
mod tree;
mod writer;

use att_schema::{Format, ReadReport, Reader, Report, Rule, Written};

pub use error::{ReadError, SyntaxProblem, WriteError};
pub use rules::RULES;

/// The version of the XML encoding this crate reads and writes; the same as the canonical
/// document's [`att_schema::SCHEMA_VERSION`].
pub const VERSION: &str = "1.0";

/// The namespace of the XML encoding of version [`VERSION`]. It carries the version, as the
/// JSON Schema's `$id` does; another version's namespace is refused with
/// [`ReadError::UnsupportedVersion`].
pub const NAMESPACE: &str = "https://att-toolkit.github.io/schemas/att-annual-report-1.0";

/// Where the XSD of the encoding is published; the writer names it in `xsi:schemaLocation`.
pub const SCHEMA_LOCATION: &str = "https://att-toolkit.github.io/schemas/att-annual-report-1.0.xsd";

/// The file name of the XSD under `schemas/`.
pub const XSD_FILE: &str = "att-annual-report-1.0.xsd";

/// What the namespaces of every version start with; the version follows.
pub(crate) const NAMESPACE_STEM: &str = "https://att-toolkit.github.io/schemas/att-annual-report-";

/// Bounds on what the reader accepts, so that a hostile file is refused quickly rather than
/// exhausting time or memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest input, in bytes. Default 64 MiB: a report of 100,000 entries is about 40 MiB.
    pub max_bytes: usize,
    /// Deepest nesting of elements. Default 32: a report needs 6
    /// (`report/exports/entries/entry/intermediate_locations/location`); the rest is room for
    /// unknown content, which is reported, not read. The reader never recurses on depth, so a
    /// higher limit costs no stack; nesting deeper than 65,535 is always refused.
    pub max_depth: usize,
    /// Most elements in one file. Default 1,000,000, about 90,000 entries of the usual size;
    /// it bounds the memory that a file of tiny elements can take.
    pub max_elements: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 64 * 1024 * 1024,
            max_depth: 32,
            max_elements: 1_000_000,
        }
    }
}

/// The XML reader, as the pipeline uses every reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct XmlReader;

impl Reader for XmlReader {
    type Limits = Limits;
    type Error = ReadError;
    const NAME: &'static str = "att-xml";

    fn detect(bytes: &[u8]) -> Option<Format> {
        looks_like_xml(bytes).then_some(Format::Xml)
    }

    fn read(bytes: &[u8], limits: &Limits) -> Result<ReadReport, ReadError> {
        read(bytes, limits)
    }

    fn rules() -> &'static [&'static Rule] {
        RULES
    }
}

/// Reads an XML report from its bytes (UTF-8, or UTF-16 with a byte order mark): the report
/// (raw values kept where a typed value could not be read), the line and column of the element
/// or attribute that holds each value, and what the reader noticed (unknown or repeated
/// elements and attributes, stray text).
pub fn read(bytes: &[u8], limits: &Limits) -> Result<ReadReport, ReadError> {
    if bytes.len() > limits.max_bytes {
        return Err(ReadError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let text = decode::decode(bytes)?;
    let mapped = reader::read_report(&text, limits)?;
    Ok(ReadReport {
        format: Format::Xml,
        report: mapped.report,
        source_map: mapped.source_map,
        diagnostics: mapped.diagnostics,
        written: Written::Encoding,
        sheet_order: Vec::new(),
    })
}

/// Writes `report` in the XML encoding: UTF-8, fields in the model's order, two spaces of
/// indentation. Reading the result gives `report` back exactly.
pub fn write(report: &Report) -> Result<String, WriteError> {
    writer::write_report(report)
}

/// Whether `bytes` start like an XML document in an encoding [`read`] recognises from its first
/// bytes (UTF-8 or UTF-16, with or without a byte order mark), after any blank space.
pub fn looks_like_xml(bytes: &[u8]) -> bool {
    let utf16_start = |unit: fn([u8; 2]) -> u16, bytes: &[u8]| {
        bytes
            .chunks_exact(2)
            .map(|pair| unit([pair[0], pair[1]]))
            .find(|&unit| !matches!(unit, 0x20 | 0x09 | 0x0A | 0x0D))
            == Some(u16::from(b'<'))
    };
    match bytes {
        [0xFE, 0xFF, rest @ ..] => utf16_start(u16::from_be_bytes, rest),
        [0xFF, 0xFE, rest @ ..] => utf16_start(u16::from_le_bytes, rest),
        [0x00, b'<', ..] | [b'<', 0x00, ..] => true,
        _ => {
            let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            text.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_namespace_carries_the_schema_version_like_the_json_schema_id() {
        assert_eq!(VERSION, att_schema::SCHEMA_VERSION);
        assert_eq!(NAMESPACE, format!("{NAMESPACE_STEM}{VERSION}"));
        assert_eq!(
            att_schema::schema::REPORT_SCHEMA_ID,
            format!("{NAMESPACE}.schema.json")
        );
        assert_eq!(SCHEMA_LOCATION, format!("{NAMESPACE}.xsd"));
        assert!(SCHEMA_LOCATION.ends_with(XSD_FILE));
    }

    #[test]
    fn refuses_files_over_the_size_limit_before_reading_them() {
        let limits = Limits {
            max_bytes: 10,
            ..Limits::default()
        };
        assert_eq!(
            read(b"<report>...</report>", &limits).err(),
            Some(ReadError::TooLarge {
                size: 20,
                limit: 10
            })
        );
    }

    #[test]
    fn recognises_xml_in_every_encoding_it_reads() {
        assert!(looks_like_xml(b"  <?xml version=\"1.0\"?><report/>"));
        assert!(looks_like_xml(b"\xEF\xBB\xBF<report/>"));
        assert!(looks_like_xml(b"\xFF\xFE\n\x00<\x00"));
        assert!(looks_like_xml(b"\xFE\xFF\x00<"));
        assert!(looks_like_xml(b"<\x00?\x00"));
        assert!(!looks_like_xml(b"{\"year\": 2023}"));
        assert!(!looks_like_xml(b"\xFF\xFE{\x00"));
        assert!(!looks_like_xml(b""));
    }
}
