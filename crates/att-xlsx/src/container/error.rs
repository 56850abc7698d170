//! Why a file could not be read as a workbook at all.

use crate::container::limits::LimitExceeded;

/// Why a file could not be read as a report workbook. Every variant names the part or sheet
/// concerned, so that the message says where the file is broken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The file is protected with a password: an encrypted Office file (an OLE compound file
    /// holding an `EncryptedPackage` stream), an encrypted `.xls`, or an `.ods` with encrypted
    /// parts.
    #[error(
        "the workbook is protected with a password ({detail}); att cannot read encrypted workbooks: open it, remove the password (in Excel: File › Info › Protect Workbook › Encrypt with Password, and clear it) and save it again"
    )]
    Encrypted {
        /// How the encryption shows in the file.
        detail: String,
    },
    /// The bytes are not a zip archive, or the archive is damaged.
    #[error(
        "the file is not a readable .xlsx or .ods workbook: the zip container is damaged ({0})"
    )]
    Zip(String),
    /// The bytes are an OLE compound file that is damaged, or holds no workbook.
    #[error("the file is not a readable .xls workbook: {0}")]
    Ole(String),
    /// A zip archive or OLE file that is not a workbook (a Word document, a plain archive…).
    #[error("the file is not a workbook: {0}")]
    NotAWorkbook(String),
    /// A workbook kind that att does not read.
    #[error("{0}")]
    Unsupported(String),
    /// A workbook damaged in a way the spreadsheet parser could not handle.
    #[error("the workbook is damaged ({0}); open it in a spreadsheet program and save it again")]
    Malformed(String),
    /// A part of the workbook is missing or malformed.
    #[error("the part {part} of the workbook cannot be read: {reason}")]
    Part {
        /// The part's name in the container (`xl/workbook.xml`).
        part: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A sheet cannot be read.
    #[error("sheet “{sheet}” cannot be read: {reason}")]
    Sheet {
        /// The sheet's name.
        sheet: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The workbook goes over one of the reader's [`Limits`](crate::Limits).
    #[error("the workbook is too large to read safely: {0}")]
    Limit(#[from] LimitExceeded),
}
