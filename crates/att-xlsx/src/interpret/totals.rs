//! Total and sub-total rows of a table ("Grand total", "Subtotal (cat. III)", "Total général"):
//! they sum entries, they are not entries. Each is reported once as read as a total, and its
//! figures are held against the sum of the rows it totals — a grand total against every entry
//! of the table above it, a sub-total against the entries since the previous sub-total or
//! category group row — with a warning where they differ.

use crate::container::sheet::{Cell, CellValue, Sheet};
use crate::interpret::header::Header;
use crate::interpret::reading::Reading;
use crate::rules::{TOTAL_MISMATCH, TOTAL_ROW};
use att_lexicon::heading::Column;
use att_lexicon::number::{DecimalMark, NumberKind, read_number_with};
use att_schema::source_map::cell_name;
use att_schema::{Diagnostic, DirectionKind, Entry};

/// Whether a total sums the whole table or a part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Level {
    /// The table's total ("Total", "Grand total", "Total général").
    Grand,
    /// A part's ("Subtotal", "Sous-total", "Total Europe", "Subtotal (cat. III)").
    Sub,
}

/// The level of a total label, when `text` is one.
pub(crate) fn total_label(text: &str) -> Option<Level> {
    att_lexicon::total::read_total(text).map(|total| match total.kind {
        att_lexicon::total::TotalKind::Grand => Level::Grand,
        att_lexicon::total::TotalKind::Sub => Level::Sub,
    })
}

/// The total label of a row: in its first cell, its category cell or its partner cell, when
/// the row's partner cell names no State.
pub(crate) fn total_in_row<'s>(
    sheet: &'s Sheet,
    header: &Header,
    inside: &[&'s Cell],
    reading: &mut Reading<'_>,
) -> Option<(&'s Cell, Level)> {
    let candidates = [
        inside.first().map(|cell| cell.col),
        header.slot(Column::Category).map(|slot| slot.col),
        header.slot(Column::Partner).map(|slot| slot.col),
    ];
    for col in candidates.into_iter().flatten() {
        let Some(cell) = inside.iter().find(|cell| cell.col == col) else {
            continue;
        };
        let Some(level) = cell
            .value
            .text()
            .and_then(|text| reading.names.total_label(text))
        else {
            continue;
        };
        let partner_is_state = header
            .slot(Column::Partner)
            .filter(|slot| slot.col != cell.col)
            .and_then(|slot| sheet.get(cell.row, slot.col))
            .and_then(|partner| partner.value.text())
            .is_some_and(|name| reading.names.state_code(name.trim()).is_some());
        if !partner_is_state {
            return Some((cell, level));
        }
    }
    None
}

/// Reports a total row (its label cell, when it has one) and checks its figures against the
/// entries it totals: `entries` of `direction`, from `first` on.
pub(crate) fn read_total_row(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    header: &Header,
    direction: DirectionKind,
    row: u32,
    label: Option<&Cell>,
    first: usize,
) {
    let sheet = &reading.sheets[sheet_index];
    let label_text = label.map(|cell| cell.value.display().trim().to_owned());
    let place_col = label.map_or_else(|| header.col_span().0, |cell| cell.col);
    let mut diagnostic = Diagnostic::new(&TOTAL_ROW).arg("row", (row + 1).to_string());
    if let Some(text) = &label_text {
        diagnostic = diagnostic.arg("text", text.as_str());
    }
    reading
        .draft
        .diagnostics
        .push(diagnostic.located(sheet.location(row, place_col)));
    let mismatches = check_figures(reading, sheet_index, header, direction, row, first);
    for (col, total, sum, count) in mismatches {
        let mut diagnostic = Diagnostic::new(&TOTAL_MISMATCH)
            .arg("cell", cell_name(row, col))
            .arg("total", show(total))
            .arg("sum", show(sum))
            .arg("count", count.to_string());
        if let Some(text) = &label_text {
            diagnostic = diagnostic.arg("text", text.as_str());
        }
        reading
            .draft
            .diagnostics
            .push(diagnostic.located(sheet.location(row, col)));
    }
    for cell in &sheet.cells[sheet.row_span(row)] {
        if header.has_column(cell.col) {
            reading.consume(sheet_index, row, cell.col);
        }
    }
}

/// The figures of a total row that differ from the sum of the entries they total: each
/// column's total, the sum, and how many entries were summed.
fn check_figures(
    reading: &Reading<'_>,
    sheet_index: usize,
    header: &Header,
    direction: DirectionKind,
    row: u32,
    first: usize,
) -> Vec<(u32, f64, f64, usize)> {
    let sheet = &reading.sheets[sheet_index];
    let entries = reading
        .draft
        .report
        .direction(direction)
        .entries
        .get(first..)
        .unwrap_or_default();
    // Each column of figures with the entries it sums and how to read them.
    let mut columns: Vec<(u32, Vec<&Entry>, Column, f64)> = Vec::new();
    let divisor = |multiplier: Option<att_lexicon::multiplier::Multiplier>| {
        multiplier.map_or(1.0, |m| m.factor() as f64)
    };
    if let Some(figures) = &header.matrix_figures {
        let factor = divisor(figures.multiplier);
        for column in &header.matrix {
            let of_column = entries
                .iter()
                .filter(|e| {
                    e.category.as_ref().and_then(|c| c.typed()) == Some(&column.category)
                        && e.national_category == column.national
                })
                .collect();
            columns.push((column.col, of_column, figures.column, factor));
        }
        if let Some(total) = &header.row_total {
            columns.push((total.col, entries.iter().collect(), figures.column, factor));
        }
    } else {
        for column in [Column::Items, Column::Value] {
            if let Some(slot) = header.slot(column) {
                columns.push((
                    slot.col,
                    entries.iter().collect(),
                    column,
                    divisor(slot.found.multiplier),
                ));
            }
        }
    }
    let mut mismatches = Vec::new();
    for (col, summed, column, factor) in columns {
        let Some(total) = sheet
            .get(row, col)
            .and_then(|cell| figure(cell, reading.lang, reading.decimal))
        else {
            continue;
        };
        let sum: f64 = summed
            .iter()
            .filter_map(|entry| amount_of(entry, column))
            .sum::<f64>()
            / factor;
        if (total - sum).abs() > 0.5_f64.max(total.abs() * 1e-9) {
            mismatches.push((col, total, sum, summed.len()));
        }
    }
    mismatches
}

/// An entry's number of items or amount, when typed.
fn amount_of(entry: &Entry, column: Column) -> Option<f64> {
    match column {
        Column::Items => entry.items.as_ref()?.typed().map(|n| *n as f64),
        _ => entry
            .value
            .as_ref()?
            .amount
            .as_ref()?
            .typed()
            .and_then(serde_json::Number::as_f64),
    }
}

/// Checks the row total of a matrix row against the figures of the row's entries, from
/// `first` on; reports a difference at the total's cell.
pub(crate) fn check_row_total(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    header: &Header,
    direction: DirectionKind,
    row: u32,
    first: usize,
) {
    let (Some(total_slot), Some(figures)) = (&header.row_total, &header.matrix_figures) else {
        return;
    };
    let sheet = &reading.sheets[sheet_index];
    let Some(total) = sheet
        .get(row, total_slot.col)
        .and_then(|c| figure(c, reading.lang, reading.decimal))
    else {
        return;
    };
    let entries = reading
        .draft
        .report
        .direction(direction)
        .entries
        .get(first..)
        .unwrap_or_default();
    let factor = figures.multiplier.map_or(1.0, |m| m.factor() as f64);
    let sum: f64 = entries
        .iter()
        .filter_map(|entry| amount_of(entry, figures.column))
        .sum::<f64>()
        / factor;
    let count = entries.len();
    reading.consume(sheet_index, row, total_slot.col);
    if (total - sum).abs() > 0.5_f64.max(total.abs() * 1e-9) {
        reading.draft.diagnostics.push(
            Diagnostic::new(&TOTAL_MISMATCH)
                .arg("cell", cell_name(row, total_slot.col))
                .arg("text", total_slot.heading.trim())
                .arg("total", show(total))
                .arg("sum", show(sum))
                .arg("count", count.to_string())
                .located(sheet.location(row, total_slot.col)),
        );
    }
}

/// A figure of a total cell: a number, or a number written as text.
fn figure(
    cell: &Cell,
    lang: Option<att_schema::Lang>,
    decimal: Option<DecimalMark>,
) -> Option<f64> {
    match &cell.value {
        CellValue::Number(number) => Some(*number),
        CellValue::Text(text) => read_number_with(text, NumberKind::Amount, lang, decimal)
            .ok()
            .and_then(|reading| reading.value.as_f64()),
        _ => None,
    }
}

/// A figure as the messages show it: whole numbers without a fraction.
fn show(number: f64) -> String {
    let rounded = (number * 100.0).round() / 100.0;
    crate::container::sheet::format_number(if rounded == 0.0 { 0.0 } else { rounded })
}
