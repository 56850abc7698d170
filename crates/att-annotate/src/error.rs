//! Why a workbook could not be annotated: one variant per reason, said in English, French and
//! Spanish in `messages`. What the zip or XML library said is kept as a [`Detail`].

use att_schema::say::Detail;

/// Why [`crate::annotate`] wrote nothing. Every variant names the part, sheet or cell at fault
/// so that the caller can say what to do.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AnnotateError {
    /// The bytes are not an OOXML workbook package at all.
    NotAWorkbook(OtherFile),
    /// The zip container is damaged or truncated, or the copy could not be written.
    Zip(ZipProblem),
    /// The workbook is protected by a password.
    Encrypted(Encryption),
    /// A workbook format that cannot be annotated in place (`.xls`, `.ods`, `.xlsb`).
    UnsupportedFormat {
        /// The format found.
        format: WorkbookFormat,
    },
    /// A part every workbook needs is missing.
    MissingPart {
        /// The part's name in the package (`xl/workbook.xml`).
        part: String,
    },
    /// A part is not well-formed XML, or not the XML its kind requires.
    MalformedPart {
        /// The part's name in the package.
        part: String,
        /// What is wrong.
        problem: PartProblem,
    },
    /// A finding names a sheet the workbook does not have.
    UnknownSheet {
        /// The sheet the finding names.
        sheet: String,
        /// The workbook's sheet names, comma-separated.
        available: String,
    },
    /// A finding names a sheet that has no cells (a chart sheet, a dialog sheet).
    NotAWorksheet {
        /// The sheet's name.
        sheet: String,
        /// What the sheet is.
        kind: SheetKind,
    },
    /// A finding names a cell beyond the last row or column a workbook can have.
    CellOutOfRange {
        /// The sheet's name.
        sheet: String,
        /// Row, from 0.
        row: u32,
        /// Column, from 0.
        column: u32,
    },
    /// The input exceeds a bound of [`crate::Limits`].
    Limit(#[from] LimitExceeded),
}

/// What bytes that are not an OOXML workbook are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OtherFile {
    /// Neither a zip container nor an OLE compound file.
    NeitherZipNorOle,
    /// A damaged OLE compound file.
    DamagedOle,
    /// An OLE compound file without a workbook.
    OleWithoutWorkbook,
    /// A Word document (`.docx`).
    WordDocument,
    /// A PowerPoint presentation (`.pptx`).
    PowerPointPresentation,
    /// A zip archive without `[Content_Types].xml`, so no Office document.
    NotAnOfficeDocument,
}

/// How the zip container cannot be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipProblem {
    /// The container cannot be read: damaged or cut short.
    Unreadable(Detail),
    /// Two entries have the same name.
    DuplicateNames,
    /// An entry to copy cannot be read.
    Entry {
        /// The entry's name.
        entry: String,
        /// What the zip library said.
        detail: Detail,
    },
    /// The annotated copy cannot be written.
    Write(Detail),
    /// The annotation would write a part twice.
    WrittenTwice {
        /// The part's name.
        part: String,
    },
}

/// How the workbook shows that it is encrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encryption {
    /// A part of the zip container is encrypted.
    ZipPart {
        /// The part's name.
        part: String,
    },
    /// An OLE container holding an `EncryptedPackage` stream (an `.xlsx` with a password to
    /// open).
    EncryptedPackage,
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

/// A kind of sheet that has no cells to annotate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// A chart sheet.
    Chart,
    /// An Excel 5 dialog sheet.
    Dialog,
    /// An Excel 4 macro sheet.
    Macro,
    /// A sheet of a kind no relationship type names.
    Unknown,
}

/// The kinds of parts whose root element is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// A worksheet (or another sheet).
    Sheet,
    /// The workbook part.
    Workbook,
    /// The styles part.
    Styles,
    /// A comments part.
    Comments,
}

/// What is wrong with a part of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartProblem {
    /// Its compressed data cannot be read.
    Compressed(Detail),
    /// It is encoded in UTF-16, not UTF-8.
    Utf16,
    /// It is not UTF-8 text.
    NotUtf8,
    /// It is not well-formed XML.
    NotWellFormed {
        /// Where, in bytes from the part's start.
        offset: u64,
        /// What the XML library said.
        detail: Detail,
    },
    /// An attribute cannot be read.
    Attribute(Detail),
    /// Its root element is not the one its kind has.
    WrongRoot(PartKind),
    /// Its root element is empty.
    EmptyRoot,
    /// It lacks an element it must have.
    MissingElement {
        /// The element's name (`sheetData`, `Types`).
        element: &'static str,
    },
    /// An element is not closed (`</xml>`).
    Unclosed {
        /// The element's name.
        element: &'static str,
    },
    /// It stops before its end.
    NoEnd,
    /// A row's number is not a number.
    RowNumber {
        /// The number as written.
        written: String,
    },
    /// A row comes after a row of a greater number.
    RowsOutOfOrder {
        /// The row's number, from 1.
        row: u64,
        /// The previous row's number, from 1.
        previous: u64,
    },
    /// A cell's reference is not a cell.
    CellReference {
        /// The reference as written.
        written: String,
    },
    /// A cell in a row other than the one it is in.
    CellInOtherRow {
        /// The cell's reference.
        cell: String,
        /// The row it is in, from 1.
        row: u64,
    },
    /// A cell comes after a cell to its right.
    CellsOutOfOrder {
        /// The cell.
        cell: String,
        /// The cell before it.
        previous: String,
    },
    /// A sheet of the workbook part has no name.
    SheetWithoutName,
    /// A sheet of the workbook part has no relationship.
    SheetWithoutRelationship {
        /// The sheet's name.
        sheet: String,
    },
    /// A sheet points to a relationship that does not exist.
    MissingRelationship {
        /// The sheet's name.
        sheet: String,
        /// The relationship's id.
        id: String,
    },
    /// A sheet's relationship points outside the package.
    SheetOutsidePackage {
        /// The sheet's name.
        sheet: String,
    },
    /// The workbook part lists no sheets.
    NoSheets,
    /// A defined name's sheet number is not a number.
    DefinedNameSheet {
        /// The number as written.
        written: String,
    },
    /// The content types part declares none.
    NoContentTypes,
    /// A cell format of the styles is empty.
    EmptyCellFormat,
    /// A cell format of the styles is not an element.
    CellFormatNotElement,
    /// A list of styles has no start tag.
    StyleListWithoutStart,
    /// A sheet's legacy drawing points to no drawing of the package.
    DrawingMissing {
        /// The relationship's id.
        id: String,
    },
}

/// Which bound of [`crate::Limits`] the input exceeds.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LimitExceeded {
    /// The zip container declares too many entries.
    ZipEntries {
        /// Entries declared.
        count: u64,
        /// The limit.
        limit: u64,
    },
    /// A part that must be read inflates beyond the limit.
    PartSize {
        /// The part's name.
        part: String,
        /// Its size (declared, or read so far).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The parts read together inflate beyond the limit.
    TotalSize {
        /// The limit.
        limit: u64,
    },
}
