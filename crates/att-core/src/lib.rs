//! The att pipeline, shared by the command line, the benchmarks and the fuzz targets: recognise
//! an input's format from its bytes, read it into the canonical document and its source map,
//! validate it, and return every diagnostic located and in the order of the user's file.

pub mod catalogue;
pub mod format;
pub mod settings;

use att_schema::{Diagnostic, Location, SourceMap};
use att_validate::Validator;
use serde_json::Value;

pub use format::{Format, detect};

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

/// A report read from its bytes, before validation.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The format it was read as.
    pub format: Format,
    /// The canonical document (raw values kept where a typed value could not be read).
    pub document: Value,
    /// JSON pointer → place in the input.
    pub source_map: SourceMap,
    /// What the reader noticed.
    pub diagnostics: Vec<Diagnostic>,
    /// Sheet names in workbook order, so that diagnostics sort as the workbook reads.
    pub sheet_order: Vec<String>,
}

/// Why an input could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The content is none of the supported formats.
    #[error(
        "not a report format att reads: expected a workbook (.xlsx, .xlsm, .xls, .ods), XML or JSON"
    )]
    UnknownFormat,
    /// The input is empty, or holds only blanks.
    #[error("the file is empty")]
    Empty,
    /// The input is larger than the limit.
    #[error("the file is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The JSON reader failed.
    #[error(transparent)]
    Json(#[from] att_json::ReadError),
    /// The XML reader failed.
    #[error(transparent)]
    Xml(#[from] att_xml::ReadError),
    /// The workbook reader failed.
    #[error(transparent)]
    Workbook(#[from] att_xlsx::ReadError),
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
    let format = detect(bytes)
        // UTF-16 XML starts with a byte order mark or a zero byte, which `detect` does not read.
        .or_else(|| att_xml::looks_like_xml(bytes).then_some(Format::Xml))
        .ok_or(LoadError::UnknownFormat)?;
    let (document, source_map, diagnostics, sheet_order) = match format {
        Format::Json => {
            let read = att_json::read(bytes, &limits.json)?;
            (read.document, read.source_map, read.diagnostics, Vec::new())
        }
        Format::Xlsx | Format::Xls | Format::Ods => {
            let read = att_xlsx::read(bytes, &limits.xlsx)?;
            (
                read.document,
                read.source_map,
                read.diagnostics,
                read.sheet_order,
            )
        }
        Format::Xml => {
            let read = att_xml::read(bytes, &limits.xml)?;
            (read.document, read.source_map, read.diagnostics, Vec::new())
        }
    };
    Ok(Loaded {
        format,
        document,
        source_map,
        diagnostics,
        sheet_order,
    })
}

/// Validates a loaded report: the reader's findings and the validator's, each located through
/// the source map, in the order of the places they point at.
///
/// The validator's severity configuration applies to the reader's findings too, and the checks
/// do not report again a place where the reader reported a warning or an error.
pub fn check(loaded: &Loaded, validator: &Validator) -> Vec<Diagnostic> {
    let mut diagnostics = loaded.diagnostics.clone();
    validator.configure(&mut diagnostics);
    diagnostics.extend(validator.validate_after(
        &loaded.document,
        Some(&loaded.source_map),
        &loaded.diagnostics,
    ));
    att_validate::locate(&mut diagnostics, &loaded.source_map);
    sort_by_place(&mut diagnostics, &loaded.sheet_order);
    diagnostics
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
