//! Why a report could not be written as a workbook.

/// Why a report could not be written as a workbook. Nothing is written when this happens.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A value is too long for a cell or, where it must be written as a formula to read back
    /// exactly, for a formula.
    #[error(
        "the value at {pointer} cannot be written in a cell exactly: it would take a formula of {length} characters, and a formula holds at most {max}",
        max = att_workbook::literal::MAX_FORMULA_CHARS
    )]
    TooLong {
        /// JSON pointer of the value.
        pointer: String,
        /// Length of the formula it would take.
        length: usize,
    },
    /// A table has more rows than a worksheet.
    #[error("the {table} table has {rows} entries; a worksheet holds at most {max} rows")]
    TooManyRows {
        /// `exports`, `imports` or `national_definitions`.
        table: &'static str,
        /// How many rows it needs.
        rows: usize,
        /// How many a worksheet holds below the table's header.
        max: usize,
    },
    /// A value could not be turned into JSON.
    #[error("the value at {pointer} cannot be written: {reason}")]
    Value {
        /// JSON pointer of the value.
        pointer: String,
        /// What went wrong.
        reason: String,
    },
    /// The workbook library refused something.
    #[error("the workbook cannot be written: {0}")]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
}
