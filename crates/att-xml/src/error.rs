//! Why a file could not be read as an XML report, or a report not written as XML; what each
//! says, in English, French and Spanish, is in `messages`.

use att_schema::Location;

/// Why a file could not be read as an XML report. Each problem that has a place names its line
/// and column (from 1, columns counted in characters).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file holds nothing, or only blanks.
    Empty,
    /// The file is larger than the reader accepts.
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The file is in an encoding the reader does not decode.
    UnsupportedEncoding {
        /// The encoding, as declared or as recognised from the first bytes.
        encoding: String,
    },
    /// The bytes are not valid text in the encoding they are in.
    InvalidText {
        /// `UTF-8` or `UTF-16`.
        encoding: &'static str,
        /// Line of the first invalid byte, from 1.
        line: u32,
        /// Column of the first invalid byte, from 1.
        column: u32,
    },
    /// The file has a document type declaration, which the reader refuses.
    Doctype {
        /// Line of `<!DOCTYPE`, from 1.
        line: u32,
        /// Column of `<!DOCTYPE`, from 1.
        column: u32,
    },
    /// The text is not well-formed XML.
    Syntax {
        /// Line of the problem, from 1.
        line: u32,
        /// Column of the problem, from 1.
        column: u32,
        /// What is wrong.
        problem: SyntaxProblem,
    },
    /// Elements are nested deeper than the limit.
    TooDeep {
        /// Line of the element past the limit, from 1.
        line: u32,
        /// Column of the element past the limit, from 1.
        column: u32,
        /// The depth limit.
        limit: usize,
    },
    /// The file has more elements than the limit.
    TooManyElements {
        /// Line of the element past the limit, from 1.
        line: u32,
        /// Column of the element past the limit, from 1.
        column: u32,
        /// The limit on elements.
        limit: usize,
    },
    /// The root element is not the `report` element of the report's namespace.
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

/// How a text is not well-formed XML, or not XML the reader accepts: one variant per reason,
/// whether the XML parser found it or the reader did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyntaxProblem {
    /// A character XML 1.0 does not allow (most control characters, U+FFFE, U+FFFF), written
    /// or referenced.
    IllegalCharacter {
        /// The character's code point.
        code: u32,
    },
    /// An entity other than the five XML predefines (`&nbsp;`); DTDs are refused, so none is
    /// defined.
    UndefinedEntity {
        /// The entity's name, as written.
        name: String,
    },
    /// `&` that does not start a reference ending with `;`.
    UnterminatedReference,
    /// A character reference that is not a number, or names no character.
    InvalidCharacterReference {
        /// The reference between `&` and `;`, when known (`#xZZ`).
        written: Option<String>,
    },
    /// An attribute value expands more entities than the parser allows.
    TooManyEntities,
    /// `<` in an attribute value.
    LessThanInAttribute,
    /// The XML declaration is not at the very start of the file.
    MisplacedDeclaration,
    /// The XML declaration does not start with its `version`.
    DeclarationWithoutVersion,
    /// The XML declaration names a version that is neither 1.0 nor 1.1.
    UnknownVersion,
    /// The XML declaration names a version other than 1.x.
    UnsupportedVersion {
        /// The version as declared.
        version: String,
    },
    /// A second root element.
    SecondRoot,
    /// Text before the root element.
    TextBeforeRoot,
    /// Text after the root element.
    TextAfterRoot,
    /// Comments or processing instructions only: no element at all.
    NoElement,
    /// The file ends before an element is closed.
    CutShort {
        /// The element's name as written.
        element: String,
        /// Line of its start tag, from 1.
        opened_line: u32,
        /// Column of its start tag, from 1.
        opened_column: u32,
    },
    /// An end tag that does not close the innermost open element.
    MismatchedEndTag {
        /// The end tag's name.
        found: String,
        /// The name of the innermost open element.
        expected: String,
        /// Line and column of the open element's start tag, when known.
        opened: Option<(u32, u32)>,
    },
    /// An end tag with no open element.
    UnmatchedEndTag {
        /// The end tag's name.
        name: String,
    },
    /// An element not closed at the end of the input.
    MissingEndTag {
        /// The element's name.
        name: String,
    },
    /// `--` inside a comment.
    DoubleHyphenInComment,
    /// `<!` that starts neither a comment nor a CDATA section.
    InvalidBangMarkup,
    /// A processing instruction (`<? … ?>`) not closed.
    UnclosedProcessingInstruction,
    /// The XML declaration (`<?xml … ?>`) not closed.
    UnclosedDeclaration,
    /// A comment not closed.
    UnclosedComment,
    /// A document type declaration not closed.
    UnclosedDoctype,
    /// A CDATA section not closed.
    UnclosedCData,
    /// A tag not closed (`>` missing).
    UnclosedTag,
    /// An attribute value not closed (a quotation mark missing).
    UnclosedAttributeValue,
    /// An attribute name not followed by `=`.
    AttributeWithoutEquals,
    /// `=` not followed by a value in quotation marks.
    AttributeWithoutValue,
    /// An attribute value without quotation marks.
    UnquotedAttributeValue,
    /// The same attribute twice in one tag.
    DuplicateAttribute,
    /// A prefix no `xmlns:` declaration binds.
    UndeclaredPrefix {
        /// The prefix.
        prefix: String,
        /// The qualified name that uses it, when known.
        name: Option<String>,
    },
    /// The reserved prefixes `xml` and `xmlns` or their namespaces bound otherwise.
    ReservedPrefix {
        /// The prefix declared.
        prefix: String,
        /// The namespace it is bound to.
        namespace: String,
    },
    /// More namespace declarations in effect at once than the parser allows.
    TooManyNamespaceDeclarations {
        /// The parser's limit.
        limit: usize,
    },
    /// The parser could not read the text (it reads decoded text from memory, so this does
    /// not happen on any input).
    Unreadable,
}

/// Why a report could not be written as XML.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// Text holds a character that XML 1.0 cannot carry, even as a character reference.
    Unrepresentable {
        /// JSON pointer of the text in the canonical document.
        pointer: String,
        /// The character's code point.
        code: u32,
    },
}
