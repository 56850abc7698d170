//! Units stated for a whole table on a line above it or after its title ("Montants en milliers
//! d'euros", "EXPORTS (values in EUR thousands)", "Valores en miles de dólares"): the figures'
//! currency and multiplier where the headings give none, and whether a matrix holds values or
//! numbers of items.

use crate::container::sheet::Sheet;
use crate::interpret::header::Header;
use att_lexicon::heading::Column;
use att_lexicon::units::{Figures, UnitStatement, read_unit_statement};

/// Rows above a header in which a unit statement is looked for.
const ROWS_ABOVE: u32 = 4;

/// A unit statement for a table, with its cell.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TableUnits {
    /// What it says.
    pub statement: UnitStatement,
    /// The line as written.
    pub text: String,
    /// Its cell.
    pub at: (u32, u32),
    /// The value columns whose multiplier it gave (their headings give none).
    pub multiplied_cols: Vec<u32>,
    /// Whether it gave a matrix's figures their multiplier.
    pub multiplied_matrix: bool,
}

/// The unit statement nearest above `header`, on a line of its own or after a section title or
/// a basis, below `after` (the previous table's last row).
pub(crate) fn find(sheet: &Sheet, header: &Header, after: u32) -> Option<TableUnits> {
    let first = header
        .first_row
        .saturating_sub(ROWS_ABOVE)
        .max(after.saturating_add(1));
    (first..header.first_row).rev().find_map(|row| {
        sheet.cells[sheet.row_span(row)]
            .iter()
            .rev()
            .find_map(|cell| {
                let text = cell.value.text()?;
                let statement = statement_in(text)?;
                Some(TableUnits {
                    statement,
                    text: text.trim().to_owned(),
                    at: (cell.row, cell.col),
                    multiplied_cols: Vec::new(),
                    multiplied_matrix: false,
                })
            })
    })
}

/// The unit statement a text is, or ends with after a section title or a basis.
fn statement_in(text: &str) -> Option<UnitStatement> {
    read_unit_statement(text)
        .or_else(|| att_lexicon::section::match_section_detailed(text)?.units)
        .or_else(|| att_lexicon::basis::read_basis_detailed(text)?.units)
}

/// Gives the table the units its statement says, where its headings say none: the value
/// column's currency and multiplier, or a matrix's figures.
pub(crate) fn apply(header: &mut Header, mut units: TableUnits) {
    let statement = &units.statement;
    let currency_known = statement.currency.is_some() || statement.currency_text.is_some();
    for slot in header.slots.iter_mut().chain(header.row_total.iter_mut()) {
        if slot.column != Column::Value {
            continue;
        }
        if slot.found.multiplier.is_none() && statement.multiplier.is_some() {
            slot.found.multiplier = statement.multiplier;
            units.multiplied_cols.push(slot.col);
        }
        if currency_known && slot.found.currency.is_none() && slot.found.currency_text.is_none() {
            slot.found.currency.clone_from(&statement.currency);
            slot.found
                .currency_text
                .clone_from(&statement.currency_text);
        }
    }
    if let Some(figures) = header.matrix_figures.as_mut() {
        match statement.figures {
            Some(Figures::Values) => figures.column = Column::Value,
            Some(Figures::Counts) => figures.column = Column::Items,
            None => {}
        }
        if figures.column == Column::Value {
            if figures.multiplier.is_none() && statement.multiplier.is_some() {
                figures.multiplier = statement.multiplier;
                units.multiplied_matrix = true;
            }
            if currency_known && figures.currency.is_none() && figures.currency_text.is_none() {
                figures.currency.clone_from(&statement.currency);
                figures.currency_text.clone_from(&statement.currency_text);
                figures.said_at = Some(units.at);
            }
        }
        if let Some(total) = header.row_total.as_mut() {
            total.column = figures.column;
            total.found.column = figures.column;
            total.found.multiplier = figures.multiplier;
            total.found.currency.clone_from(&figures.currency);
            total.found.currency_text.clone_from(&figures.currency_text);
        }
    }
    header.units = Some(units);
}
