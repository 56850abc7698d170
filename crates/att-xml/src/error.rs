//! Why a file could not be read as an XML report, or a report not written as XML.

use att_schema::Location;

/// Why a file could not be read as an XML report. Each problem that has a place names its line
/// and column (from 1, columns counted in characters).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file holds nothing, or only blanks.
    #[error("the file is empty: an XML report has at least a <report> element")]
    Empty,
    /// The file is larger than the reader accepts.
    #[error("the file is {size} bytes, more than the limit of {limit} bytes for an XML report")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The file is in an encoding the reader does not decode.
    #[error(
        "the file is in the {encoding} encoding; att reads XML in UTF-8 or UTF-16 only: save the file as UTF-8"
    )]
    UnsupportedEncoding {
        /// The encoding, as declared or as recognised from the first bytes.
        encoding: String,
    },
    /// The bytes are not valid text in the encoding they are in.
    #[error("not valid {encoding} text: invalid bytes at line {line}, column {column}")]
    InvalidText {
        /// `UTF-8` or `UTF-16`.
        encoding: &'static str,
        /// Line of the first invalid byte, from 1.
        line: u32,
        /// Column of the first invalid byte, from 1.
        column: u32,
    },
    /// The file has a document type declaration, which the reader refuses.
    #[error(
        "line {line}, column {column}: the file has a document type declaration (<!DOCTYPE …>); att does not read DTDs, which can define entities and fetch other files: remove the declaration"
    )]
    Doctype {
        /// Line of `<!DOCTYPE`, from 1.
        line: u32,
        /// Column of `<!DOCTYPE`, from 1.
        column: u32,
    },
    /// The text is not well-formed XML.
    #[error("not well-formed XML: line {line}, column {column}: {message}")]
    Syntax {
        /// Line of the problem, from 1.
        line: u32,
        /// Column of the problem, from 1.
        column: u32,
        /// What is wrong, in plain words.
        message: String,
    },
    /// Elements are nested deeper than the limit.
    #[error(
        "line {line}, column {column}: elements are nested more than {limit} deep; a report is never this deep"
    )]
    TooDeep {
        /// Line of the element past the limit, from 1.
        line: u32,
        /// Column of the element past the limit, from 1.
        column: u32,
        /// The depth limit.
        limit: usize,
    },
    /// The file has more elements than the limit.
    #[error(
        "line {line}, column {column}: the file has more than {limit} elements, more than the reader accepts"
    )]
    TooManyElements {
        /// Line of the element past the limit, from 1.
        line: u32,
        /// Column of the element past the limit, from 1.
        column: u32,
        /// The limit on elements.
        limit: usize,
    },
    /// The root element is not the `report` element of the report's namespace.
    #[error(
        "line {line}, column {column}: {}; an ATT annual report in XML is <report xmlns=\"{expected}\">",
        describe_root(element, namespace.as_deref())
    )]
    NotAReport {
        /// Line of the root element, from 1.
        line: u32,
        /// Column of the root element, from 1.
        column: u32,
        /// The root element's name as written.
        element: String,
        /// The root element's namespace, if it has one.
        namespace: Option<String>,
        /// The namespace the reader expects.
        expected: &'static str,
    },
    /// The report is in the namespace of another version of the XML encoding.
    #[error(
        "line {line}, column {column}: the report is in version {found} of the XML encoding ({namespace}); this att reads version {supported} ({expected})"
    )]
    UnsupportedVersion {
        /// Line of the root element, from 1.
        line: u32,
        /// Column of the root element, from 1.
        column: u32,
        /// The version named by the namespace.
        found: String,
        /// The namespace as written.
        namespace: String,
        /// The version this reader reads.
        supported: &'static str,
        /// The namespace of that version.
        expected: &'static str,
    },
}

fn describe_root(element: &str, namespace: Option<&str>) -> String {
    match (element.rsplit(':').next(), namespace) {
        (Some("report"), None) => format!("the root element <{element}> has no namespace"),
        (Some("report"), Some(namespace)) => {
            format!("the root element <{element}> is in the namespace “{namespace}”")
        }
        (_, None) => format!("the root element is <{element}>"),
        (_, Some(namespace)) => {
            format!("the root element is <{element}> in the namespace “{namespace}”")
        }
    }
}

impl ReadError {
    /// Where in the file the problem is, when it has a place.
    pub fn location(&self) -> Option<Location> {
        match self {
            ReadError::InvalidText { line, column, .. }
            | ReadError::Doctype { line, column }
            | ReadError::Syntax { line, column, .. }
            | ReadError::TooDeep { line, column, .. }
            | ReadError::TooManyElements { line, column, .. }
            | ReadError::NotAReport { line, column, .. }
            | ReadError::UnsupportedVersion { line, column, .. } => {
                Some(Location::text(*line, *column))
            }
            ReadError::Empty
            | ReadError::TooLarge { .. }
            | ReadError::UnsupportedEncoding { .. } => None,
        }
    }
}

/// Why a report could not be written as XML.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// Text holds a character that XML 1.0 cannot carry, even as a character reference.
    #[error(
        "the text at {pointer} holds the character U+{code:04X}, which XML 1.0 cannot represent"
    )]
    Unrepresentable {
        /// JSON pointer of the text in the canonical document.
        pointer: String,
        /// The character's code point.
        code: u32,
    },
}
