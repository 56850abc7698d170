//! The conventions of the workbooks the toolkit writes (`att template`, `att convert --to xlsx`)
//! and reads back exactly: what marks a workbook as the toolkit's own, where its lists are, and
//! how a value a cell cannot say plainly is written as a literal formula.
//!
//! The workbook writer (`att-xlsx-writer`) and the workbook reader (`att-xlsx`) both depend on
//! this crate and on nothing of each other.

pub mod literal;

/// The name of the sheet that marks a workbook as the toolkit's own and holds its lists.
pub const SHEET: &str = "att";

/// The text of the first cell of [`SHEET`].
pub const SIGNATURE: &str = "att-workbook";

/// The version of the workbook's layout, in the second cell of [`SHEET`].
pub const FORMAT_VERSION: &str = "1";

/// The defined name of the table of States' names and codes (columns A and B of [`SHEET`]) that
/// the code cells look a State's name up in.
pub const CODE_LOOKUP_TABLE: &str = "att_state_codes";

/// The first row of the lists of [`SHEET`] (below the signature and the lists' headings).
pub const FIRST_LIST_ROW: u32 = 2;

/// The key of a withheld figure's word in the literal object of a figure cell
/// (`{"withheld": "classified", "figure": 12}`): a word the reader would not take for a
/// withheld figure, or a figure withheld and given at once, is written so.
pub const WITHHELD_KEY: &str = "withheld";

/// The key of the figure itself in the literal object of a figure cell that also withholds it.
pub const FIGURE_KEY: &str = "figure";

/// Whether a formula looks a State's code up in [`CODE_LOOKUP_TABLE`]. In the toolkit's own
/// workbooks the reader does the lookup itself rather than trust the saved result, which a
/// program that does not calculate, or a copy saved as `.xls`, may have left stale.
pub fn is_code_lookup(formula: &str) -> bool {
    formula
        .to_ascii_lowercase()
        .contains(&CODE_LOOKUP_TABLE.to_ascii_lowercase())
}
