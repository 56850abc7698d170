//! The located-cell model: every sheet of a workbook as its non-empty cells, each at its row and
//! column, with the sheet's hidden rows and columns and its merged areas. The format readers
//! (`xlsx`, `xls`, `ods`) fill it; everything else reads only this.

use att_schema::source_map::cell_name;
use att_schema::{Date, Location};
use rustc_hash::{FxHashMap, FxHashSet};
use serde_json::Value;
use std::sync::Arc;

/// A cell's text, behind one pointer so that a cell takes 24 bytes (a workbook of a hundred
/// thousand rows has a million cells); the cells that show one shared string share it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct CellText(Arc<String>);

impl std::ops::Deref for CellText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl CellText {
    /// Whether another cell, or the workbook's shared strings, holds this text too.
    pub(crate) fn is_shared(&self) -> bool {
        Arc::strong_count(&self.0) > 1
    }
}

impl std::hash::Hash for CellText {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.as_str().hash(state);
    }
}

impl std::borrow::Borrow<str> for CellText {
    fn borrow(&self) -> &str {
        self
    }
}

impl From<String> for CellText {
    fn from(text: String) -> Self {
        CellText(Arc::new(text))
    }
}

impl From<&str> for CellText {
    fn from(text: &str) -> Self {
        CellText(Arc::new(text.to_owned()))
    }
}

impl std::fmt::Display for CellText {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self)
    }
}

/// What a cell holds, as the workbook stores it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum CellValue {
    /// Text, exactly as written.
    Text(CellText),
    /// A number.
    Number(f64),
    /// TRUE or FALSE.
    Bool(bool),
    /// A cell formatted as a date (the time of day, if any, is dropped).
    Date(Date),
    /// An error value (`#REF!`, `#N/A`…).
    Error(CellText),
    /// Nothing: a formula whose result was never saved.
    Empty,
}

impl CellValue {
    /// The value as a person sees it in the cell, for messages and raw values.
    pub(crate) fn display(&self) -> String {
        match self {
            CellValue::Text(text) => text.to_string(),
            CellValue::Number(number) => format_number(*number),
            CellValue::Bool(true) => "TRUE".to_owned(),
            CellValue::Bool(false) => "FALSE".to_owned(),
            CellValue::Date(date) => date.to_string(),
            CellValue::Error(error) => error.to_string(),
            CellValue::Empty => String::new(),
        }
    }

    /// The text, when the cell holds text.
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            CellValue::Text(text) => Some(text),
            _ => None,
        }
    }
}

/// The first cell of each row of `cells` (sorted by row), as row and index.
fn row_starts(cells: &[Cell]) -> Vec<(u32, u32)> {
    let mut starts: Vec<(u32, u32)> = Vec::new();
    for (index, cell) in cells.iter().enumerate() {
        if starts.last().is_none_or(|&(row, _)| row != cell.row) {
            starts.push((cell.row, u32::try_from(index).unwrap_or(u32::MAX)));
        }
    }
    starts
}

/// For each row number, its position in `starts` plus one (0: a row without cells), when
/// the rows are dense enough for that to cost no more than `starts` itself; else empty.
fn dense_rows(starts: &[(u32, u32)]) -> Vec<u32> {
    let Some(&(last, _)) = starts.last() else {
        return Vec::new();
    };
    if last as usize > starts.len().saturating_mul(4).saturating_add(4096) {
        return Vec::new();
    }
    let mut dense = vec![0; last as usize + 1];
    for (at, &(row, _)) in starts.iter().enumerate() {
        dense[row as usize] = u32::try_from(at + 1).unwrap_or(0);
    }
    dense
}

/// A number as a spreadsheet shows it by default: no exponent, no trailing zeros.
pub(crate) fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        format!("{number}")
    }
}

/// One non-empty cell (or a formula cell without a saved result), in 24 bytes: its number
/// format is kept by the sheet ([`Sheet::number_format`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cell {
    /// Row, from 0.
    pub row: u32,
    /// Column, from 0.
    pub col: u32,
    /// What it holds.
    pub value: CellValue,
}

impl Cell {
    /// Whether it is a formula whose result was never saved: the only cells kept without a
    /// value.
    pub(crate) fn is_uncached_formula(&self) -> bool {
        self.value == CellValue::Empty
    }
}

/// A rectangle of cells merged into one; its value is in the top-left cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Merge {
    /// First row, from 0.
    pub first_row: u32,
    /// First column, from 0.
    pub first_col: u32,
    /// Last row, inclusive.
    pub last_row: u32,
    /// Last column, inclusive.
    pub last_col: u32,
}

impl Merge {
    /// The area in A1 notation (`B8:B10`).
    pub(crate) fn a1(&self) -> String {
        format!(
            "{}:{}",
            cell_name(self.first_row, self.first_col),
            cell_name(self.last_row, self.last_col)
        )
    }
}

/// A set of row or column numbers kept as sorted, disjoint, inclusive ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Spans {
    ranges: Vec<(u32, u32)>,
}

impl Spans {
    /// Adds `first..=last`.
    pub(crate) fn add(&mut self, first: u32, last: u32) {
        let (first, last) = (first.min(last), first.max(last));
        self.ranges.push((first, last));
        self.ranges.sort_unstable();
        let mut merged: Vec<(u32, u32)> = Vec::with_capacity(self.ranges.len());
        for &(start, end) in &self.ranges {
            match merged.last_mut() {
                Some(previous) if start <= previous.1.saturating_add(1) => {
                    previous.1 = previous.1.max(end);
                }
                _ => merged.push((start, end)),
            }
        }
        self.ranges = merged;
    }

    /// Whether `index` is in the set.
    pub(crate) fn contains(&self, index: u32) -> bool {
        let position = self.ranges.partition_point(|&(_, end)| end < index);
        self.ranges
            .get(position)
            .is_some_and(|&(start, _)| start <= index)
    }

    /// Whether the set is empty.
    pub(crate) fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}

/// One sheet: its name, whether it is hidden, and its cells in reading order.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sheet {
    /// The sheet's name as the workbook shows it on its tab (shared by its locations).
    pub name: Arc<str>,
    /// Whether the sheet is hidden (or "very hidden").
    pub hidden: bool,
    /// Non-empty cells, sorted by row, then column.
    pub cells: Vec<Cell>,
    /// Each row that has cells, with the index of its first cell in `cells`: a cell is found
    /// among its row's few rather than among a whole sheet's million.
    row_starts: Vec<(u32, u32)>,
    /// Each row's position in `row_starts`, by row number ([`dense_rows`]): a table's rows are
    /// found without a search.
    dense_rows: Vec<u32>,
    /// Merged areas.
    pub merges: Vec<Merge>,
    /// Each cell a merged area covers, with the area's index in `merges`.
    merged_cells: FxHashMap<(u32, u32), u32>,
    /// Each row a merged area covers, with the areas' indexes.
    merged_rows: FxHashMap<u32, Vec<u32>>,
    /// Hidden rows.
    pub hidden_rows: Spans,
    /// Hidden columns.
    pub hidden_cols: Spans,
    /// The values of literal cells (see [`att_workbook::literal`]), by row and column.
    literals: FxHashMap<(u32, u32), Value>,
    /// Cells whose formula looks a State's code up in the toolkit's list (see
    /// [`att_workbook::is_code_lookup`]).
    lookups: FxHashSet<(u32, u32)>,
    /// The number formats of its cells that say something of their values (a currency, a
    /// multiplier), numbered from 1 as `formats` refers to them.
    number_formats: Vec<Arc<str>>,
    /// The number of the telling format of each cell that has one, by row and column.
    formats: FxHashMap<(u32, u32), u16>,
}

impl Sheet {
    /// A sheet with these cells, which are sorted into reading order.
    pub(crate) fn new(name: impl Into<Arc<str>>, mut cells: Vec<Cell>) -> Sheet {
        // Sheets store their cells in order; sorting them anyway would take a buffer of half
        // their size.
        if !cells.is_sorted_by_key(|cell| (cell.row, cell.col)) {
            cells.sort_by_key(|cell| (cell.row, cell.col));
        }
        cells.dedup_by_key(|cell| (cell.row, cell.col));
        let row_starts = row_starts(&cells);
        Sheet {
            name: name.into(),
            hidden: false,
            cells,
            dense_rows: dense_rows(&row_starts),
            row_starts,
            merges: Vec::new(),
            merged_cells: FxHashMap::default(),
            merged_rows: FxHashMap::default(),
            hidden_rows: Spans::default(),
            hidden_cols: Spans::default(),
            literals: FxHashMap::default(),
            lookups: FxHashSet::default(),
            number_formats: Vec::new(),
            formats: FxHashMap::default(),
        }
    }

    /// Gives the sheet the workbook's telling number formats and the cells that have them:
    /// `cells` are row, column and the format's number in `codes`, from 1.
    pub(crate) fn set_number_formats(&mut self, codes: &[Arc<str>], cells: &[(u32, u32, u16)]) {
        if cells.is_empty() {
            return;
        }
        self.number_formats = codes.to_vec();
        for &(row, col, number) in cells {
            if self.index_of(row, col).is_some() {
                self.formats.insert((row, col), number);
            }
        }
    }

    /// The number format of a cell, when it says something of its value.
    pub(crate) fn number_format(&self, cell: &Cell) -> Option<&str> {
        if self.formats.is_empty() {
            return None;
        }
        let number = *self.formats.get(&(cell.row, cell.col))?;
        let index = usize::from(number).checked_sub(1)?;
        self.number_formats.get(index).map(|code| &**code)
    }

    /// Records that the cell at `row`, `col` looks a State's code up in the toolkit's list.
    pub(crate) fn set_lookup(&mut self, row: u32, col: u32) {
        self.lookups.insert((row, col));
    }

    /// Whether the cell at `row`, `col` looks a State's code up in the toolkit's list.
    pub(crate) fn is_lookup(&self, row: u32, col: u32) -> bool {
        !self.lookups.is_empty() && self.lookups.contains(&(row, col))
    }

    /// Records that the cell at `row`, `col` is a literal cell spelling `value`.
    pub(crate) fn set_literal(&mut self, row: u32, col: u32, value: Value) {
        self.literals.insert((row, col), value);
    }

    /// The value of the literal cell at `row`, `col`, if it is one.
    pub(crate) fn literal(&self, row: u32, col: u32) -> Option<&Value> {
        if self.literals.is_empty() {
            return None;
        }
        self.literals.get(&(row, col))
    }

    /// Reads literal cells as ordinary formula cells, by their saved result: what every
    /// workbook but the toolkit's own gets. Literal cells whose result is blank are dropped.
    pub(crate) fn forget_literals(&mut self) {
        self.lookups.clear();
        if self.literals.is_empty() {
            return;
        }
        let literals = std::mem::take(&mut self.literals);
        self.cells.retain(|cell| {
            !literals.contains_key(&(cell.row, cell.col))
                || cell.value.display().trim() != ""
                || cell.is_uncached_formula()
        });
        self.row_starts = row_starts(&self.cells);
        self.dense_rows = dense_rows(&self.row_starts);
    }

    /// The index in [`Sheet::cells`] of the cell at `row`, `col`.
    pub(crate) fn index_of(&self, row: u32, col: u32) -> Option<usize> {
        let span = self.row_span(row);
        let start = span.start;
        self.cells[span]
            .binary_search_by_key(&col, |cell| cell.col)
            .ok()
            .map(|offset| start + offset)
    }

    /// The cell at `row`, `col`, if it is not empty.
    pub(crate) fn get(&self, row: u32, col: u32) -> Option<&Cell> {
        self.index_of(row, col).map(|index| &self.cells[index])
    }

    /// The range of indexes in [`Sheet::cells`] of the cells of `row`.
    pub(crate) fn row_span(&self, row: u32) -> std::ops::Range<usize> {
        let found = match self.dense_rows.get(row as usize) {
            Some(&at) if at > 0 => Ok(at as usize - 1),
            _ => self.row_starts.binary_search_by_key(&row, |&(row, _)| row),
        };
        let Ok(at) = found else {
            let start = self.row_starts.partition_point(|&(r, _)| r < row);
            let index = self
                .row_starts
                .get(start)
                .map_or(self.cells.len(), |&(_, first)| first as usize);
            return index..index;
        };
        let start = self.row_starts[at].1 as usize;
        let end = self
            .row_starts
            .get(at + 1)
            .map_or(self.cells.len(), |&(_, first)| first as usize);
        start..end
    }

    /// The rows that have at least one cell, in order, each with its index range.
    pub(crate) fn rows(&self) -> Vec<(u32, std::ops::Range<usize>)> {
        let mut rows = Vec::new();
        let mut start = 0;
        while start < self.cells.len() {
            let row = self.cells[start].row;
            let mut end = start + 1;
            while end < self.cells.len() && self.cells[end].row == row {
                end += 1;
            }
            rows.push((row, start..end));
            start = end;
        }
        rows
    }

    /// Sets the sheet's merged areas and indexes the cells they cover, spending at most
    /// `budget` covered cells; returns how many were spent, or `None` when the areas cover
    /// more (the caller refuses the workbook).
    pub(crate) fn set_merges(&mut self, merges: Vec<Merge>, budget: u64) -> Option<u64> {
        let mut spent: u64 = 0;
        for merge in &merges {
            let rows = u64::from(merge.last_row - merge.first_row) + 1;
            let cols = u64::from(merge.last_col - merge.first_col) + 1;
            spent = spent.saturating_add(rows.saturating_mul(cols));
            if spent > budget {
                return None;
            }
        }
        self.merged_cells.clear();
        self.merged_rows.clear();
        for (index, merge) in merges.iter().enumerate() {
            let index = index as u32;
            for row in merge.first_row..=merge.last_row {
                self.merged_rows.entry(row).or_default().push(index);
                for col in merge.first_col..=merge.last_col {
                    self.merged_cells.insert((row, col), index);
                }
            }
        }
        self.merges = merges;
        Some(spent)
    }

    /// The merged area that covers the cell, if any.
    pub(crate) fn merge_at(&self, row: u32, col: u32) -> Option<&Merge> {
        if self.merged_cells.is_empty() {
            return None;
        }
        self.merged_cells
            .get(&(row, col))
            .and_then(|&index| self.merges.get(index as usize))
    }

    /// The merged areas that cover a row.
    pub(crate) fn merges_in_row(&self, row: u32) -> impl Iterator<Item = &Merge> {
        self.merged_rows
            .get(&row)
            .into_iter()
            .flatten()
            .filter_map(|&index| self.merges.get(index as usize))
    }

    /// The location of a cell of this sheet, for diagnostics and the source map.
    pub(crate) fn location(&self, row: u32, col: u32) -> Location {
        Location::Cell {
            sheet: Arc::clone(&self.name),
            row,
            column: col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_takes_24_bytes() {
        assert_eq!(std::mem::size_of::<Cell>(), 24);
    }

    fn text(row: u32, col: u32, text: &str) -> Cell {
        Cell {
            row,
            col,
            value: CellValue::Text(text.into()),
        }
    }

    #[test]
    fn finds_cells_and_rows_in_reading_order() {
        let sheet = Sheet::new(
            "S",
            vec![
                text(3, 1, "d"),
                text(0, 2, "b"),
                text(0, 0, "a"),
                text(3, 0, "c"),
            ],
        );
        assert_eq!(sheet.get(3, 1).map(|c| c.value.display()), Some("d".into()));
        assert_eq!(sheet.get(2, 0), None);
        let rows: Vec<u32> = sheet.rows().into_iter().map(|(row, _)| row).collect();
        assert_eq!(rows, [0, 3]);
        assert_eq!(sheet.row_span(3), 2..4);
        assert_eq!(sheet.row_span(1), 2..2);
    }

    #[test]
    fn finds_cells_after_blank_literal_cells_are_dropped() {
        let mut sheet = Sheet::new(
            "S",
            vec![
                text(0, 0, "a"),
                text(1, 0, " "),
                text(1, 1, "b"),
                text(2, 0, "c"),
            ],
        );
        sheet.set_literal(1, 0, Value::Null);
        sheet.forget_literals();
        assert_eq!(sheet.get(1, 0), None);
        assert_eq!(sheet.get(1, 1).map(|c| c.value.display()), Some("b".into()));
        assert_eq!(sheet.get(2, 0).map(|c| c.value.display()), Some("c".into()));
        assert_eq!(sheet.row_span(2), 2..3);
    }

    #[test]
    fn spans_merge_and_answer_membership() {
        let mut spans = Spans::default();
        spans.add(10, 12);
        spans.add(13, 13);
        spans.add(2, 2);
        assert!(spans.contains(2) && spans.contains(11) && spans.contains(13));
        assert!(!spans.contains(3) && !spans.contains(14) && !spans.contains(0));
    }

    #[test]
    fn shows_numbers_as_a_spreadsheet_does() {
        assert_eq!(format_number(1200.0), "1200");
        assert_eq!(format_number(1.5), "1.5");
        assert_eq!(CellValue::Bool(true).display(), "TRUE");
    }
}
