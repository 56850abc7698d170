//! The att pipeline, shared by the command line, the benchmarks, the fuzz targets and the
//! WebAssembly build: recognise an input's format from its bytes, read it with its reader into
//! the typed report and its source map, validate it, and return every diagnostic located and
//! in the order of the user's file.
//!
//! Every format has one reader, which implements [`att_schema::Reader`]; [`READERS`] lists them
//! once, in the order their formats are recognised.

pub mod catalogue;
pub mod messages;
mod panicked;
pub mod repeats;
pub mod settings;

use att_schema::{Diagnostic, Location, ReadReport, Reader, Rule};
use att_validate::Validator;

pub use att_schema::Format;
pub use panicked::Panicked;

/// Bounds on the inputs the pipeline accepts, so that hostile files are refused rather than
/// exhausting time or memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest input file, in bytes.
    pub max_input_bytes: u64,
    /// Bounds of the JSON reader.
    pub json: att_json::Limits,
    /// Bounds of the XML reader.
    pub xml: att_xml::Limits,
    /// Bounds of the workbook reader.
    pub xlsx: att_xlsx::Limits,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 256 * 1024 * 1024,
            json: att_json::Limits::default(),
            xml: att_xml::Limits::default(),
            xlsx: att_xlsx::Limits::default(),
        }
    }
}

/// A report read from its bytes, before validation: what its reader returned.
pub type Loaded = ReadReport;

/// Why an input could not be read at all (said in English, French and Spanish in
/// [`messages`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// The content is none of the supported formats.
    UnknownFormat,
    /// The input is empty, or holds only blanks.
    Empty,
    /// The input is larger than the limit.
    TooLarge {
        /// Size of the input in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The JSON reader failed.
    Json(#[from] att_json::ReadError),
    /// The XML reader failed.
    Xml(#[from] att_xml::ReadError),
    /// The workbook reader failed.
    Workbook(#[from] att_xlsx::ReadError),
}

/// A reader as the pipeline registers it: its reader, and its part of the [`Limits`].
trait Registered: Reader<Error: Into<LoadError>> {
    fn limits(limits: &Limits) -> &Self::Limits;
}

impl Registered for att_xlsx::WorkbookReader {
    fn limits(limits: &Limits) -> &att_xlsx::Limits {
        &limits.xlsx
    }
}

impl Registered for att_xml::XmlReader {
    fn limits(limits: &Limits) -> &att_xml::Limits {
        &limits.xml
    }
}

impl Registered for att_json::JsonReader {
    fn limits(limits: &Limits) -> &att_json::Limits {
        &limits.json
    }
}

/// One reader of the pipeline, with its reader's functions.
#[derive(Debug, Clone, Copy)]
pub struct InputReader {
    /// The reader's crate, as the rule catalogue names it.
    pub name: &'static str,
    /// The format of the bytes, when they are one the reader reads.
    pub detect: fn(&[u8]) -> Option<Format>,
    /// Reads a report from its bytes within the limits.
    pub read: fn(&[u8], &Limits) -> Result<Loaded, LoadError>,
    /// The rules only this reader raises.
    pub rules: fn() -> &'static [&'static Rule],
}

const fn registered<R: Registered>() -> InputReader {
    InputReader {
        name: R::NAME,
        detect: R::detect,
        read: read_with::<R>,
        rules: R::rules,
    }
}

fn read_with<R: Registered>(bytes: &[u8], limits: &Limits) -> Result<Loaded, LoadError> {
    R::read(bytes, R::limits(limits)).map_err(Into::into)
}

/// The readers, one per kind of input, in the order their formats are recognised: workbooks
/// (zip and OLE containers), XML (UTF-8 or UTF-16), JSON.
pub static READERS: &[InputReader] = &[
    registered::<att_xlsx::WorkbookReader>(),
    registered::<att_xml::XmlReader>(),
    registered::<att_json::JsonReader>(),
];

/// The format of `bytes` and the reader that reads it, judged from the content, not from a
/// file name.
pub fn detect(bytes: &[u8]) -> Option<(Format, &'static InputReader)> {
    READERS
        .iter()
        .find_map(|reader| (reader.detect)(bytes).map(|format| (format, reader)))
}

/// Reads a report from its bytes, recognising the format from the content.
pub fn load(bytes: &[u8], limits: &Limits) -> Result<Loaded, LoadError> {
    let size = bytes.len() as u64;
    if size > limits.max_input_bytes {
        return Err(LoadError::TooLarge {
            size,
            limit: limits.max_input_bytes,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    let (_, reader) = detect(bytes).ok_or(LoadError::UnknownFormat)?;
    (reader.read)(bytes, limits)
}

/// Validates a loaded report: the reader's findings and the validator's, each located through
/// the source map, in the order of the places they point at.
///
/// The validator's severity configuration applies to the reader's findings too, and the checks
/// do not report again a place where the reader reported a warning or an error.
pub fn check(loaded: &Loaded, validator: &Validator) -> Vec<Diagnostic> {
    let mut diagnostics = loaded.diagnostics.clone();
    validator.configure(&mut diagnostics);
    diagnostics.extend(validator.validate_read(loaded));
    att_validate::locate(&mut diagnostics, &loaded.source_map);
    sort_by_place(&mut diagnostics, &loaded.sheet_order);
    repeats::group_repeats(diagnostics)
}

/// Orders diagnostics as a person reads the file: those without a place first, then by sheet
/// (in workbook order), row and column, or by line and column; ties by code.
pub fn sort_by_place(diagnostics: &mut [Diagnostic], sheet_order: &[String]) {
    let sheet_index = |sheet: &str| {
        sheet_order
            .iter()
            .position(|name| name == sheet)
            .unwrap_or(usize::MAX)
    };
    let key = |location: &Option<Location>| -> (u8, usize, u32, u32, String) {
        match location {
            None => (0, 0, 0, 0, String::new()),
            Some(Location::Text { line, column }) => (1, 0, *line, *column, String::new()),
            Some(Location::Cell { sheet, row, column }) => {
                (2, sheet_index(sheet), *row, *column, sheet.to_string())
            }
        }
    };
    diagnostics.sort_by(|a, b| {
        key(&a.location)
            .cmp(&key(&b.location))
            .then_with(|| a.pointer.cmp(&b.pointer))
            .then_with(|| a.rule.code.cmp(b.rule.code))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_every_format_by_its_content_and_the_reader_that_reads_it() {
        let cases: [(&[u8], Format, &str); 6] = [
            (b"  {\"year\": 2023}", Format::Json, "att-json"),
            (b"\xEF\xBB\xBF{}", Format::Json, "att-json"),
            (b"<?xml version=\"1.0\"?><report/>", Format::Xml, "att-xml"),
            (b"\xFF\xFE<\x00", Format::Xml, "att-xml"),
            (b"PK\x03\x04rest", Format::Xlsx, "att-xlsx"),
            (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Format::Xls, "att-xlsx"),
        ];
        for (bytes, format, reader) in cases {
            let (found, by) = detect(bytes).expect("recognised");
            assert_eq!((found, by.name), (format, reader));
        }
        assert!(detect(b"Reporting State,Sweden").is_none());
        assert!(detect(b"").is_none());
    }

    #[test]
    fn refuses_what_no_reader_reads() {
        let limits = Limits::default();
        assert!(matches!(load(b"   \n", &limits), Err(LoadError::Empty)));
        assert!(matches!(
            load(b"a,b", &limits),
            Err(LoadError::UnknownFormat)
        ));
        let small = Limits {
            max_input_bytes: 2,
            ..Limits::default()
        };
        assert!(matches!(
            load(b"{ }", &small),
            Err(LoadError::TooLarge { size: 3, limit: 2 })
        ));
    }
}
