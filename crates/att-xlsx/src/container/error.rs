//! Why a file could not be read as a workbook at all: one variant per reason, so that the
//! message (in `messages`, in English, French and Spanish) says it in the user's language.
//! What a third-party library (zip, cfb, calamine, quick-xml) said is kept as a [`Detail`]
//! beside att's own naming of the problem.

use crate::container::limits::LimitExceeded;
use att_schema::say::Detail;

/// Why a file could not be read as a report workbook. Every variant names the part or sheet
/// concerned, so that the message says where the file is broken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file is protected with a password.
    Encrypted(Encryption),
    /// The bytes are not a zip archive, or the archive is damaged.
    Zip(ZipProblem),
    /// The bytes are an OLE compound file that is damaged.
    Ole(OleProblem),
    /// A zip archive or OLE file that is not a workbook (a Word document, a plain archive…),
    /// or bytes that are neither.
    NotAWorkbook(OtherFile),
    /// A workbook kind that att does not read.
    Unsupported(UnsupportedWorkbook),
    /// A workbook damaged in a way that made the spreadsheet parser fail (it panicked): the
    /// parser's message, when it gave one.
    Malformed(Option<Detail>),
    /// A part of the workbook is missing or malformed.
    Part {
        /// The part's name in the container (`xl/workbook.xml`).
        part: String,
        /// What is wrong with it.
        problem: PartProblem,
    },
    /// A sheet cannot be read.
    Sheet {
        /// The sheet.
        sheet: SheetName,
        /// What is wrong with it.
        problem: SheetProblem,
    },
    /// The workbook goes over one of the reader's [`Limits`](crate::Limits).
    Limit(#[from] LimitExceeded),
}

/// How a workbook shows that it is encrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encryption {
    /// An encrypted Office file: an OLE container holding an `EncryptedPackage` stream (what
    /// Excel writes for an `.xlsx` with a password to open).
    EncryptedPackage,
    /// An `.xls` workbook with a FILEPASS record.
    XlsFilePass,
    /// A part of the zip container is encrypted.
    ZipPart {
        /// The part's name.
        part: String,
    },
    /// An OpenDocument spreadsheet with encrypted parts.
    OpenDocument,
}

/// How the zip container of an `.xlsx` or `.ods` file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipProblem {
    /// It is damaged or cut short.
    Damaged(Detail),
    /// It uses a zip feature the reader does not read (a compression method, an extension).
    Unsupported(Detail),
}

/// How an OLE compound file (`.xls`) cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OleProblem {
    /// The container itself is damaged.
    Damaged(Detail),
    /// A stream of it cannot be read.
    Stream {
        /// The stream's name (`Workbook`, `Book`).
        stream: &'static str,
        /// What the reader of the stream said.
        detail: Detail,
    },
}

/// What a file that is not a workbook is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherFile {
    /// Neither a zip container nor an OLE compound file.
    NeitherZipNorOle,
    /// A Word 97–2003 document (`.doc`).
    WordDocument,
    /// A PowerPoint 97–2003 presentation (`.ppt`).
    PowerPointPresentation,
    /// An OLE compound file without a `Workbook` stream.
    OleWithoutWorkbook,
    /// A Word document (`.docx`).
    WordOpenXml,
    /// A PowerPoint presentation (`.pptx`).
    PowerPointOpenXml,
    /// A zip archive with neither `xl/workbook.xml` nor `content.xml`.
    ZipWithoutWorkbook,
    /// An OpenDocument file other than a spreadsheet (a text, a presentation).
    OpenDocument {
        /// Its media type, as its `mimetype` entry gives it.
        mimetype: String,
    },
}

/// A kind of workbook att recognises but does not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsupportedWorkbook {
    /// A binary Excel workbook (`.xlsb`).
    Xlsb,
}

/// What is wrong with a part of the workbook's container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartProblem {
    /// The part is missing from the container.
    Missing,
    /// The package relationships name no workbook (no `officeDocument` relationship).
    NoWorkbook,
    /// Its compressed data cannot be read.
    Unreadable(Detail),
    /// It is not well-formed XML.
    NotWellFormed {
        /// Where in the part, in bytes from its start.
        offset: u64,
        /// What the XML parser said.
        detail: Detail,
    },
    /// The spreadsheet parser could not read it.
    Parser(Detail),
}

/// What is wrong with a sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetProblem {
    /// Its DIMENSIONS record (`.xls`) declares an impossible range.
    Dimensions {
        /// First row, from 0.
        first_row: u32,
        /// Row after the last.
        end_row: u32,
        /// First column, from 0.
        first_col: u32,
        /// Column after the last.
        end_col: u32,
    },
    /// The spreadsheet parser could not read it.
    Parser(Detail),
}

/// The sheet a problem is on: its name, or its place among the sheets when its name cannot be
/// read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetName {
    /// The name on its tab.
    Named(String),
    /// The sheet whose name could not be read, numbered from 1 in the workbook's order.
    Numbered(usize),
}

impl From<String> for SheetName {
    fn from(name: String) -> SheetName {
        SheetName::Named(name)
    }
}

impl From<&str> for SheetName {
    fn from(name: &str) -> SheetName {
        SheetName::Named(name.to_owned())
    }
}

impl PartialEq<str> for SheetName {
    fn eq(&self, name: &str) -> bool {
        matches!(self, SheetName::Named(own) if own == name)
    }
}

impl ZipProblem {
    /// The problem the zip crate reported, named in att's kinds.
    pub(crate) fn of(error: &zip::result::ZipError) -> ZipProblem {
        use zip::result::ZipError as Z;
        match error {
            Z::UnsupportedArchive(_) | Z::CompressionMethodNotSupported(_) => {
                ZipProblem::Unsupported(Detail::of(error))
            }
            _ => ZipProblem::Damaged(Detail::of(error)),
        }
    }
}

impl ReadError {
    /// The error of a zip container the zip crate could not read.
    pub(crate) fn zip(error: &zip::result::ZipError) -> ReadError {
        ReadError::Zip(ZipProblem::of(error))
    }
}
