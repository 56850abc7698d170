//! Which cells the reader used, so that nothing the user wrote is dropped silently: every
//! non-empty cell is either read into the document or reported where it is.

use crate::container::sheet::{CellValue, Sheet};
use crate::rules::{
    HIDDEN_COLUMNS, HIDDEN_ROWS, HIDDEN_SHEET, HIDDEN_SHEET_UNREAD, UNREAD_CELL, UNREAD_COLUMN,
    UNREAD_SHEET,
};
use att_schema::source_map::cell_name;
use att_schema::{Arg, Diagnostic, DirectionKind, Text};
use std::collections::HashMap;

/// The cells read so far, sheet by sheet, parallel to [`Sheet::cells`].
#[derive(Debug)]
pub(crate) struct Coverage {
    read: Vec<Vec<bool>>,
    /// Sheets that are not the report's (the toolkit's own lists): neither read nor reported.
    ignored: Vec<usize>,
}

/// Where a table is, so that unread text can be described by its place ("beside the exports
/// table").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TableArea {
    /// Index of the sheet.
    pub sheet: usize,
    /// Which table it is.
    pub direction: Option<DirectionKind>,
    /// Its header row.
    pub first_row: u32,
    /// Its last row.
    pub last_row: u32,
    /// Its first column.
    pub first_col: u32,
    /// Its last column.
    pub last_col: u32,
}

impl Coverage {
    /// Nothing read yet.
    pub(crate) fn new(sheets: &[Sheet]) -> Coverage {
        Coverage {
            read: sheets
                .iter()
                .map(|sheet| vec![false; sheet.cells.len()])
                .collect(),
            ignored: Vec::new(),
        }
    }

    /// Leaves sheet `sheet` out of the report of what was read.
    pub(crate) fn ignore(&mut self, sheet: usize) {
        self.ignored.push(sheet);
    }

    /// Marks the cell at `index` of sheet `sheet` as read.
    pub(crate) fn mark(&mut self, sheet: usize, index: usize) {
        if let Some(slot) = self.read.get_mut(sheet).and_then(|s| s.get_mut(index)) {
            *slot = true;
        }
    }

    /// Marks the cell at `row`, `col` as read, if it is not empty.
    pub(crate) fn mark_at(&mut self, sheet: usize, sheets: &[Sheet], row: u32, col: u32) {
        if let Some(index) = sheets.get(sheet).and_then(|s| s.index_of(row, col)) {
            self.mark(sheet, index);
        }
    }

    /// Whether the cell at `index` was read.
    pub(crate) fn is_read(&self, sheet: usize, index: usize) -> bool {
        self.read
            .get(sheet)
            .and_then(|s| s.get(index))
            .copied()
            .unwrap_or(false)
    }

    /// Whether any cell of the sheet was read.
    pub(crate) fn any_read(&self, sheet: usize) -> bool {
        self.read.get(sheet).is_some_and(|s| s.contains(&true))
    }

    /// Diagnostics for what was not read, and for hidden sheets, rows and columns whose data was.
    pub(crate) fn report(&self, sheets: &[Sheet], tables: &[TableArea]) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::new();
        for (index, sheet) in sheets.iter().enumerate() {
            if sheet.cells.is_empty() || self.ignored.contains(&index) {
                continue;
            }
            if !self.any_read(index) {
                diagnostics.push(unread_sheet(sheet));
                continue;
            }
            if sheet.hidden {
                diagnostics.push(
                    Diagnostic::new(&HIDDEN_SHEET)
                        .arg("sheet", &*sheet.name)
                        .located(self.first_read_location(index, sheet)),
                );
            }
            diagnostics.extend(self.hidden_runs(index, sheet));
            let unread: Vec<&crate::container::sheet::Cell> = sheet
                .cells
                .iter()
                .enumerate()
                .filter(|(i, cell)| !self.is_read(index, *i) && cell.value != CellValue::Empty)
                .map(|(_, cell)| cell)
                .collect();
            let mut columns: Vec<(usize, u32, Vec<&crate::container::sheet::Cell>)> = Vec::new();
            for cell in &unread {
                if let Some(table) = beside(index, cell.row, tables) {
                    match columns
                        .iter_mut()
                        .find(|(t, col, _)| *t == table && *col == cell.col)
                    {
                        Some((_, _, cells)) => cells.push(cell),
                        None => columns.push((table, cell.col, vec![cell])),
                    }
                }
            }
            columns.retain(|(_, _, cells)| cells.len() >= UNREAD_COLUMN_AT);
            for cell in unread {
                let column = columns.iter().find(|(table, col, _)| {
                    *col == cell.col && beside(index, cell.row, tables) == Some(*table)
                });
                if let Some((table, col, cells)) = column {
                    if cells
                        .first()
                        .is_some_and(|first| std::ptr::eq(*first, cell))
                    {
                        diagnostics.push(unread_column(sheet, &tables[*table], *col, cells));
                    }
                    continue;
                }
                let place = place_of(index, cell.row, tables);
                diagnostics.push(
                    Diagnostic::new(&UNREAD_CELL)
                        .arg("place", place)
                        .arg("text", shorten(&cell.value.display()))
                        .located(sheet.location(cell.row, cell.col)),
                );
            }
        }
        diagnostics
    }

    fn first_read_location(&self, index: usize, sheet: &Sheet) -> att_schema::Location {
        let cell = sheet
            .cells
            .iter()
            .enumerate()
            .find(|(i, _)| self.is_read(index, *i))
            .map(|(_, cell)| (cell.row, cell.col))
            .unwrap_or((0, 0));
        sheet.location(cell.0, cell.1)
    }

    /// One diagnostic per run of hidden rows, and per run of hidden columns, holding read data.
    fn hidden_runs(&self, index: usize, sheet: &Sheet) -> Vec<Diagnostic> {
        if sheet.hidden_rows.is_empty() && sheet.hidden_cols.is_empty() {
            return Vec::new();
        }
        let read_cells: Vec<(u32, u32)> = sheet
            .cells
            .iter()
            .enumerate()
            .filter(|(i, _)| self.is_read(index, *i))
            .map(|(_, cell)| (cell.row, cell.col))
            .collect();
        let mut diagnostics = Vec::new();
        let mut rows: Vec<u32> = read_cells
            .iter()
            .map(|&(row, _)| row)
            .filter(|&row| sheet.hidden_rows.contains(row))
            .collect();
        rows.dedup();
        let mut first_col_of_row: HashMap<u32, u32> = HashMap::new();
        let mut first_row_of_col: HashMap<u32, u32> = HashMap::new();
        for &(row, col) in &read_cells {
            first_col_of_row
                .entry(row)
                .and_modify(|c| *c = (*c).min(col))
                .or_insert(col);
            first_row_of_col
                .entry(col)
                .and_modify(|r| *r = (*r).min(row))
                .or_insert(row);
        }
        for (first, last) in runs(&rows) {
            let first_col = first_col_of_row.get(&first).copied().unwrap_or(0);
            diagnostics.push(
                Diagnostic::new(&HIDDEN_ROWS)
                    .arg("rows", span_text(first + 1, last + 1, |n| n.to_string()))
                    .located(sheet.location(first, first_col)),
            );
        }
        let mut cols: Vec<u32> = read_cells
            .iter()
            .map(|&(_, col)| col)
            .filter(|&col| sheet.hidden_cols.contains(col))
            .collect();
        cols.sort_unstable();
        cols.dedup();
        for (first, last) in runs(&cols) {
            let first_row = first_row_of_col.get(&first).copied().unwrap_or(0);
            diagnostics.push(
                Diagnostic::new(&HIDDEN_COLUMNS)
                    .arg("columns", span_text(first, last, column_letters))
                    .located(sheet.location(first_row, first)),
            );
        }
        diagnostics
    }
}

/// From how many unread cells in one column beside a table they are reported as one column.
const UNREAD_COLUMN_AT: usize = 3;

/// The table whose rows `row` is among, if any.
fn beside(sheet: usize, row: u32, tables: &[TableArea]) -> Option<usize> {
    tables
        .iter()
        .position(|t| t.sheet == sheet && (t.first_row..=t.last_row).contains(&row))
}

/// One diagnostic for a column of values beside a table, without a heading.
fn unread_column(
    sheet: &Sheet,
    table: &TableArea,
    col: u32,
    cells: &[&crate::container::sheet::Cell],
) -> Diagnostic {
    let first = cells[0];
    let last = cells[cells.len() - 1];
    let mut diagnostic = Diagnostic::new(&UNREAD_COLUMN)
        .arg("column", column_letters(col))
        .arg("count", cells.len().to_string())
        .arg(
            "range",
            format!(
                "{}:{}",
                cell_name(first.row, first.col),
                cell_name(last.row, last.col)
            ),
        )
        .arg("text", shorten(&first.value.display()));
    if let Some(direction) = table.direction {
        diagnostic = diagnostic.arg("table", crate::interpret::draft::table_name(direction));
    }
    diagnostic.located(sheet.location(first.row, first.col))
}

/// Runs of consecutive numbers in a sorted list.
fn runs(sorted: &[u32]) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for &n in sorted {
        match out.last_mut() {
            Some(run) if n == run.1 + 1 => run.1 = n,
            _ => out.push((n, n)),
        }
    }
    out
}

fn span_text(first: u32, last: u32, name: impl Fn(u32) -> String) -> String {
    if first == last {
        name(first)
    } else {
        format!("{}–{}", name(first), name(last))
    }
}

/// The letters of a 0-based column (`3` is `D`).
pub(crate) fn column_letters(col: u32) -> String {
    cell_name(0, col).trim_end_matches('1').to_owned()
}

/// A cell's text as quoted in a message: one line, at most 80 characters.
pub(crate) fn shorten(text: &str) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= 80 {
        return one_line;
    }
    let cut: String = one_line.chars().take(79).collect();
    format!("{cut}…")
}

fn unread_sheet(sheet: &Sheet) -> Diagnostic {
    let first = &sheet.cells[0];
    let rule = if sheet.hidden {
        &HIDDEN_SHEET_UNREAD
    } else {
        &UNREAD_SHEET
    };
    Diagnostic::new(rule)
        .arg("sheet", &*sheet.name)
        .arg("count", sheet.cells.len().to_string())
        .arg("first", cell_name(first.row, first.col))
        .arg("text", shorten(&first.value.display()))
        .located(sheet.location(first.row, first.col))
}

/// Says where an unread cell is, relative to the tables of its sheet.
fn place_of(sheet: usize, row: u32, tables: &[TableArea]) -> Arg {
    let on_sheet: Vec<&TableArea> = tables.iter().filter(|t| t.sheet == sheet).collect();
    let beside = on_sheet
        .iter()
        .find(|t| (t.first_row..=t.last_row).contains(&row));
    if let Some(table) = beside {
        return Arg::Translated(phrase(Relation::Beside, table.direction));
    }
    let above = on_sheet
        .iter()
        .filter(|t| t.first_row > row)
        .min_by_key(|t| t.first_row - row);
    let below = on_sheet
        .iter()
        .filter(|t| t.last_row < row)
        .min_by_key(|t| row - t.last_row);
    match (below, above) {
        (Some(table), Some(next)) if row - table.last_row > next.first_row - row => {
            Arg::Translated(phrase(Relation::Above, next.direction))
        }
        (Some(table), _) => Arg::Translated(phrase(Relation::Below, table.direction)),
        (None, Some(table)) => Arg::Translated(phrase(Relation::Above, table.direction)),
        (None, None) => Arg::Translated(Text {
            en: "Text outside the report's tables and fields",
            fr: "Un texte hors des tableaux et des champs du rapport",
            es: "Un texto fuera de los cuadros y campos del informe",
        }),
    }
}

#[derive(Clone, Copy)]
enum Relation {
    Beside,
    Above,
    Below,
}

fn phrase(relation: Relation, direction: Option<DirectionKind>) -> Text {
    use DirectionKind::{Exports, Imports};
    match (relation, direction) {
        (Relation::Beside, Some(Exports)) => Text {
            en: "Text beside the exports table",
            fr: "Un texte à côté du tableau des exportations",
            es: "Un texto junto al cuadro de exportaciones",
        },
        (Relation::Beside, Some(Imports)) => Text {
            en: "Text beside the imports table",
            fr: "Un texte à côté du tableau des importations",
            es: "Un texto junto al cuadro de importaciones",
        },
        (Relation::Beside, None) => Text {
            en: "Text beside the table",
            fr: "Un texte à côté du tableau",
            es: "Un texto junto al cuadro",
        },
        (Relation::Above, Some(Exports)) => Text {
            en: "Text above the exports table",
            fr: "Un texte au-dessus du tableau des exportations",
            es: "Un texto encima del cuadro de exportaciones",
        },
        (Relation::Above, Some(Imports)) => Text {
            en: "Text above the imports table",
            fr: "Un texte au-dessus du tableau des importations",
            es: "Un texto encima del cuadro de importaciones",
        },
        (Relation::Above, None) => Text {
            en: "Text above the table",
            fr: "Un texte au-dessus du tableau",
            es: "Un texto encima del cuadro",
        },
        (Relation::Below, Some(Exports)) => Text {
            en: "Text below the exports table",
            fr: "Un texte sous le tableau des exportations",
            es: "Un texto debajo del cuadro de exportaciones",
        },
        (Relation::Below, Some(Imports)) => Text {
            en: "Text below the imports table",
            fr: "Un texte sous le tableau des importations",
            es: "Un texto debajo del cuadro de importaciones",
        },
        (Relation::Below, None) => Text {
            en: "Text below the table",
            fr: "Un texte sous le tableau",
            es: "Un texto debajo del cuadro",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::sheet::Cell;
    use att_schema::Lang;

    fn sheet() -> Sheet {
        let text = |row, col, text: &str| Cell {
            row,
            col,
            value: CellValue::Text(text.into()),
        };
        let mut sheet = Sheet::new(
            "Exports",
            vec![
                text(0, 0, "Exports"),
                text(2, 0, "I"),
                text(2, 1, "Norway"),
                text(2, 6, "check with customs"),
                text(3, 0, "II"),
                text(9, 0, "* provisional figures"),
            ],
        );
        sheet.hidden_rows.add(3, 3);
        sheet
    }

    #[test]
    fn reports_unread_cells_by_their_place() {
        let sheets = vec![sheet()];
        let mut coverage = Coverage::new(&sheets);
        for (row, col) in [(0, 0), (2, 0), (2, 1), (3, 0)] {
            coverage.mark_at(0, &sheets, row, col);
        }
        let table = TableArea {
            sheet: 0,
            direction: Some(DirectionKind::Exports),
            first_row: 1,
            last_row: 3,
            first_col: 0,
            last_col: 5,
        };
        let messages: Vec<(String, String)> = coverage
            .report(&sheets, &[table])
            .iter()
            .map(|d| {
                (
                    d.location
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                    d.message(Lang::En),
                )
            })
            .collect();
        assert_eq!(
            messages,
            [
                (
                    "Exports!A4".to_owned(),
                    "Hidden rows (4) hold data, which was read; check that it belongs in the report."
                        .to_owned()
                ),
                (
                    "Exports!G3".to_owned(),
                    "Text beside the exports table was not read: “check with customs”.".to_owned()
                ),
                (
                    "Exports!A10".to_owned(),
                    "Text below the exports table was not read: “* provisional figures”."
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn reports_a_sheet_with_nothing_read_once() {
        let sheets = vec![sheet()];
        let coverage = Coverage::new(&sheets);
        let diagnostics = coverage.report(&sheets, &[]);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].message(Lang::En),
            "Sheet “Exports” has no table, nil report or title-page field that att recognises; its 6 non-empty cells (from A1: “Exports”) were not read."
        );
    }

    #[test]
    fn names_columns_and_shortens_text() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(shorten("a\n  b"), "a b");
        assert_eq!(shorten(&"x".repeat(100)).chars().count(), 80);
    }
}
