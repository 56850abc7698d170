//! Bounds on the workbooks the reader accepts, so that a hostile or broken file is refused with a
//! clear message instead of exhausting memory or time.

use crate::container::error::SheetName;

/// Bounds on what the workbook reader accepts.
///
/// The defaults accept any real report with a wide margin (a report of 50,000 rows is far below
/// every bound) and refuse zip bombs, giant shared-string tables and sheets whose stray cells
/// would make a dense grid of millions of cells. Every bound is checked *before* the work it
/// protects: the zip directory is inspected before anything is inflated, the `.xls` record
/// stream and the `.ods` content are pre-scanned before calamine builds its grids.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Most entries in the zip container of an `.xlsx`/`.ods` file (default 2,000; a workbook
    /// has a few dozen).
    pub max_zip_entries: u64,
    /// Largest uncompressed size of one part of the zip container (default 256 MiB).
    pub max_part_bytes: u64,
    /// Largest uncompressed size of all parts together (default 1 GiB).
    pub max_total_bytes: u64,
    /// Highest compression ratio (uncompressed ÷ compressed) of a part larger than
    /// [`Limits::ratio_exempt_bytes`] (default 250; worksheets compress 10–100 times, zip bombs
    /// about 1,000 times).
    pub max_compression_ratio: u64,
    /// Parts up to this uncompressed size are exempt from the ratio check (default 1 MiB).
    pub ratio_exempt_bytes: u64,
    /// Largest uncompressed shared-strings part (`xl/sharedStrings.xml`), which is held in memory
    /// whole (default 64 MiB).
    pub max_shared_strings_bytes: u64,
    /// Most sheets in a workbook (default 1,000).
    pub max_sheets: usize,
    /// Most non-empty cells in the whole workbook (default 2,000,000, about 200,000 table
    /// rows). Reading costs about 400 bytes of memory per non-empty cell at its peak (the cells,
    /// the document and its source map), so this bounds memory at about 800 MB.
    pub max_cells: usize,
    /// Largest grid (rows × columns from the first to the last used cell) of one sheet of an
    /// `.xls` or `.ods` workbook, which calamine holds densely in memory, about 60 bytes a cell
    /// (default 1,000,000 cells). `.xlsx` sheets are streamed and have no such bound.
    pub max_dense_cells: u64,
    /// Most cells that merged areas may cover in the whole workbook (default 1,000,000; a
    /// report merges a few hundred).
    pub max_merged_cells: u64,
    /// Longest text of one cell, in characters; longer text is cut and reported (default
    /// 32,767, the most a spreadsheet program lets a cell hold).
    pub max_cell_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_zip_entries: 2_000,
            max_part_bytes: 256 * MIB,
            max_total_bytes: 1024 * MIB,
            max_compression_ratio: 250,
            ratio_exempt_bytes: MIB,
            max_shared_strings_bytes: 64 * MIB,
            max_sheets: 1_000,
            max_cells: 2_000_000,
            max_dense_cells: 1_000_000,
            max_merged_cells: 1_000_000,
            max_cell_chars: 32_767,
        }
    }
}

const MIB: u64 = 1024 * 1024;

/// Which bound a workbook went over, with the figures for the message (said in `messages`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LimitExceeded {
    /// The zip container has too many entries.
    ZipEntries {
        /// Entries found (as the container declares them).
        count: u64,
        /// The limit.
        limit: u64,
    },
    /// One part inflates to more than the limit.
    PartSize {
        /// Name of the part in the container.
        part: String,
        /// Its declared uncompressed size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// All parts together inflate to more than the limit.
    TotalSize {
        /// Sum of the declared uncompressed sizes.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A part is compressed suspiciously well: a zip bomb.
    CompressionRatio {
        /// Name of the part.
        part: String,
        /// Compressed size.
        compressed: u64,
        /// Declared uncompressed size.
        size: u64,
        /// The ratio, rounded down.
        ratio: u64,
        /// The limit.
        limit: u64,
    },
    /// The shared-strings part, held in memory whole, is too large.
    SharedStrings {
        /// Name of the part.
        part: String,
        /// Declared uncompressed size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The workbook has too many sheets.
    Sheets {
        /// Sheets found.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// The workbook has too many non-empty cells.
    Cells {
        /// The sheet being read when the limit was reached.
        sheet: SheetName,
        /// The limit.
        limit: usize,
    },
    /// Merged areas cover too many cells.
    MergedCells {
        /// The sheet being read when the limit was reached.
        sheet: SheetName,
        /// The limit.
        limit: u64,
    },
    /// A sheet of a format read densely spans too large a grid.
    DenseGrid {
        /// The sheet.
        sheet: SheetName,
        /// The used range in A1 notation.
        range: String,
        /// rows × columns of the range.
        cells: u64,
        /// The farthest used cell (most likely stray content).
        far_cell: String,
        /// The limit.
        limit: u64,
    },
}
