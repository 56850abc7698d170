//! Why a workbook could not be annotated.

/// Why [`crate::annotate`] wrote nothing. Every variant names the part, sheet or cell at fault
/// so that the caller can say what to do.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AnnotateError {
    /// The bytes are not a zip container (nor an OLE file): not a workbook at all.
    #[error("not a workbook: {0}")]
    NotAWorkbook(String),
    /// The zip container is damaged or truncated.
    #[error("the workbook's zip container cannot be read ({0})")]
    Zip(String),
    /// The workbook is protected by a password.
    #[error(
        "the workbook is encrypted ({detail}): remove the password (save a copy without it) and annotate that copy"
    )]
    Encrypted {
        /// What shows the encryption.
        detail: String,
    },
    /// A workbook format that cannot be annotated in place (`.xls`, `.ods`, `.xlsb`).
    #[error(
        "{format} workbooks cannot be annotated in place: open the file in Excel or LibreOffice, save it as an Excel workbook (.xlsx), and annotate that copy"
    )]
    UnsupportedFormat {
        /// The format found.
        format: WorkbookFormat,
    },
    /// A part every workbook needs is missing.
    #[error("the workbook has no {part} part")]
    MissingPart {
        /// The part's name in the package (`xl/workbook.xml`).
        part: String,
    },
    /// A part is not well-formed XML, or not the XML its kind requires.
    #[error("the part {part} cannot be read: {reason}")]
    MalformedPart {
        /// The part's name in the package.
        part: String,
        /// What is wrong, with the byte offset where known.
        reason: String,
    },
    /// A finding names a sheet the workbook does not have.
    #[error(
        "a finding is placed on the sheet “{sheet}”, which the workbook does not have (its sheets: {available})"
    )]
    UnknownSheet {
        /// The sheet the finding names.
        sheet: String,
        /// The workbook's sheet names, comma-separated.
        available: String,
    },
    /// A finding names a sheet that has no cells (a chart sheet, a dialog sheet).
    #[error(
        "a finding is placed on the sheet “{sheet}”, which is a {kind}, not a worksheet with cells"
    )]
    NotAWorksheet {
        /// The sheet's name.
        sheet: String,
        /// What the sheet is.
        kind: &'static str,
    },
    /// A finding names a cell beyond the last row or column a workbook can have.
    #[error(
        "a finding is placed on row {row}, column {column} (from 0) of “{sheet}”, beyond the last cell of a worksheet (XFD1048576)"
    )]
    CellOutOfRange {
        /// The sheet's name.
        sheet: String,
        /// Row, from 0.
        row: u32,
        /// Column, from 0.
        column: u32,
    },
    /// The input exceeds a bound of [`crate::Limits`].
    #[error(transparent)]
    Limit(#[from] LimitExceeded),
}

/// The workbook formats that are recognised but not annotated in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookFormat {
    /// Excel 97–2003 (`.xls`).
    Xls,
    /// OpenDocument spreadsheet (`.ods`).
    Ods,
    /// Excel binary workbook (`.xlsb`).
    Xlsb,
}

impl std::fmt::Display for WorkbookFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            WorkbookFormat::Xls => "Excel 97–2003 (.xls)",
            WorkbookFormat::Ods => "OpenDocument (.ods)",
            WorkbookFormat::Xlsb => "Excel binary (.xlsb)",
        })
    }
}

/// Which bound of [`crate::Limits`] the input exceeds.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LimitExceeded {
    /// The zip container declares too many entries.
    #[error("the workbook's zip container has {count} entries, more than the limit of {limit}")]
    ZipEntries {
        /// Entries declared.
        count: u64,
        /// The limit.
        limit: u64,
    },
    /// A part that must be read inflates beyond the limit.
    #[error(
        "the part {part} inflates to {size} bytes or more, more than the limit of {limit} bytes"
    )]
    PartSize {
        /// The part's name.
        part: String,
        /// Its size (declared, or read so far).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The parts read together inflate beyond the limit.
    #[error(
        "the parts of the workbook that must be read inflate to more than {limit} bytes together"
    )]
    TotalSize {
        /// The limit.
        limit: u64,
    },
}
