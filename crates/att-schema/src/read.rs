//! What every reader returns — the typed report, its source map and the reader's findings — and
//! the interface every reader implements, so that the pipeline, the command line, the
//! benchmarks, the fuzz targets and the WebAssembly build read every format the same way.

use crate::diagnostic::{Diagnostic, Rule};
use crate::json_tree::JsonTree;
use crate::model::Report;
use crate::source_map::SourceMap;
use serde_json::Value;
use std::borrow::Cow;
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

/// What a report was written as, beyond its typed form: what the JSON Schema stage of
/// validation checks.
#[derive(Debug, Clone, PartialEq)]
pub enum Written {
    /// A JSON document: the document exactly as written, and the pointers of the values the
    /// typed report could not hold (see [`crate::from_json`]).
    Document {
        /// The document as written.
        document: JsonTree,
        /// Pointers of the values left out of the report, in document order.
        untyped: Vec<String>,
    },
    /// An encoding of the document (XML) that holds nothing the typed report does not: the
    /// report's own JSON form stands for the document.
    Encoding,
    /// A layout of its own (a workbook): there is no document, only the typed report.
    Layout,
}

/// A report as a reader read it.
#[derive(Debug, Clone)]
pub struct ReadReport {
    /// The format it was read as.
    pub format: Format,
    /// The report; values that could not be typed are kept raw where they belong.
    pub report: Report,
    /// JSON pointer → place in the input.
    pub source_map: SourceMap,
    /// What the reader noticed, each placed by its pointer or at its location.
    pub diagnostics: Vec<Diagnostic>,
    /// What the report was written as.
    pub written: Written,
    /// Sheet names in workbook order, so that diagnostics sort as the workbook reads (empty for
    /// the text formats).
    pub sheet_order: Vec<String>,
}

impl ReadReport {
    /// The canonical JSON document: as written for a JSON input, else the report's JSON form.
    /// Made on each call (a JSON input holds its document as a [`JsonTree`]): a caller that
    /// only writes it out serialises [`ReadReport::tree`] instead, when there is one.
    pub fn document(&self) -> Cow<'_, Value> {
        match &self.written {
            Written::Document { document, .. } => Cow::Owned(document.to_value()),
            _ => Cow::Owned(serde_json::to_value(&self.report).unwrap_or(Value::Null)),
        }
    }

    /// The document as written, for a JSON input.
    pub fn tree(&self) -> Option<&JsonTree> {
        match &self.written {
            Written::Document { document, .. } => Some(document),
            _ => None,
        }
    }

    /// The pointers of the values the typed report could not hold (only a JSON input has any).
    pub fn untyped(&self) -> &[String] {
        match &self.written {
            Written::Document { untyped, .. } => untyped,
            _ => &[],
        }
    }
}

/// A reader of one kind of input: it recognises its formats from their content, reads them
/// within its limits, and names the rules it raises of its own.
pub trait Reader {
    /// Bounds on what the reader accepts, so that hostile input is refused quickly.
    type Limits: Clone + Default + fmt::Debug + PartialEq;
    /// Why an input could not be read at all.
    type Error: std::error::Error + Send + Sync + 'static;
    /// The crate, as the rule catalogue names the source of a rule.
    const NAME: &'static str;
    /// The format of `bytes` when they are one this reader reads, judged from their content.
    fn detect(bytes: &[u8]) -> Option<Format>;
    /// Reads a report from its bytes.
    fn read(bytes: &[u8], limits: &Self::Limits) -> Result<ReadReport, Self::Error>;
    /// The rules only this reader raises (every reader also raises the shared reading rules of
    /// [`crate::rules`]).
    fn rules() -> &'static [&'static Rule];
}
