//! Pre-scans the `content.xml` of an `.ods` workbook before calamine reads it. calamine expands
//! repeated rows and cells (`table:number-rows-repeated="1000000"`) into a dense grid, so a
//! few bytes of XML can ask for billions of cells; the pre-scan computes, in one streaming pass
//! and constant memory, how large each sheet's grid will be and refuses it beforehand. It also
//! collects what calamine does not report: hidden rows and columns, and merged cells.

use crate::container::error::{PartProblem, ReadError};
use crate::container::limits::{LimitExceeded, Limits};
use crate::container::sheet::{Merge, Spans};
use att_schema::say::Detail;
use att_schema::source_map::cell_name;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::collections::HashSet;
use std::io::{BufReader, Cursor};
use zip::ZipArchive;

/// What the pre-scan learnt about one sheet.
#[derive(Debug, Default)]
pub(crate) struct SheetScan {
    /// The sheet's name (`table:name`).
    pub name: String,
    /// Rows with `table:visibility="collapse"` or `"filter"`.
    pub hidden_rows: Spans,
    /// Columns with `table:visibility="collapse"` or `"filter"`.
    pub hidden_cols: Spans,
    /// Cells spanning several rows or columns.
    pub merges: Vec<Merge>,
    /// Formula cells that saved a result, by row and column: a typed value
    /// (`office:value-type`), or a paragraph, empty for an empty text (LibreOffice writes a
    /// formula whose result is "" as `<table:table-cell table:formula="…"><text:p/>`).
    pub formula_results: HashSet<(u32, u32)>,
    /// Cells typed as money with their currency (`office:value-type="currency"
    /// office:currency="NZD"`), by row and column: what a number format says in a workbook.
    pub currencies: Vec<(u32, u32, String)>,
}

/// Most columns a repeated cell's currency is recorded for.
const MAX_CURRENCY_REPEATS: u64 = 256;

/// The largest row and column calamine expands to, as in its own reader.
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLUMNS: u64 = 16_384;

/// The sheet being scanned: its grid so far.
#[derive(Default)]
struct Grid {
    scan: SheetScan,
    row: u64,
    column_cursor: u64,
    area: Option<(u64, u64, u64, u64)>,
    materialised: u64,
}

/// The row being scanned.
struct RowState {
    repeats: u64,
    col: u64,
    used_cells: u64,
    first_used: Option<u64>,
    last_used_end: u64,
    /// Formula cells with a saved result: first column and repeats.
    formula_results: Vec<(u64, u64)>,
}

/// The cell being scanned, until its end tag.
struct CellState {
    repeats: u64,
    col: u64,
    used: bool,
    depth: usize,
    /// A formula cell, and whether its result is saved (a value type, or a paragraph).
    formula: Option<bool>,
}

/// Scans `content.xml` of the archive against `limits`.
pub(crate) fn scan(bytes: &[u8], limits: &Limits) -> Result<Vec<SheetScan>, ReadError> {
    let mut archive =
        ZipArchive::new(Cursor::new(bytes)).map_err(|error| ReadError::zip(&error))?;
    let part_error = |problem: PartProblem| ReadError::Part {
        part: "content.xml".to_owned(),
        problem,
    };
    let entry = archive
        .by_name("content.xml")
        .map_err(|error| part_error(PartProblem::Unreadable(Detail::of(&error))))?;
    let mut reader = Reader::from_reader(BufReader::new(entry));
    reader.config_mut().check_end_names = false;
    let mut buf = Vec::with_capacity(4096);
    let mut sheets = Vec::new();
    let mut grid: Option<Grid> = None;
    let mut row: Option<RowState> = None;
    let mut cell: Option<CellState> = None;
    let mut cells_so_far: u64 = 0;
    loop {
        buf.clear();
        let event = reader.read_event_into(&mut buf).map_err(|error| {
            part_error(PartProblem::NotWellFormed {
                offset: reader.buffer_position(),
                detail: Detail::of(&error),
            })
        })?;
        let (element, is_empty) = match &event {
            Event::Start(element) => (Some(element), false),
            Event::Empty(element) => (Some(element), true),
            _ => (None, false),
        };
        if let Some(state) = cell.as_mut() {
            if let (Some(saved), Some(element)) = (state.formula.as_mut(), element)
                && element.name().as_ref() == "text:p"
            {
                *saved = true;
            }
            match &event {
                Event::Start(_) => state.depth += 1,
                Event::Text(text) if !text.trim().is_empty() => {
                    state.used = true;
                }
                Event::End(_) if state.depth > 0 => state.depth -= 1,
                Event::End(_) => {
                    if let (Some(state), Some(row)) = (cell.take(), row.as_mut()) {
                        finish_cell(&state, row);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            continue;
        }
        match (element.map(|e| e.name().as_ref().to_owned()), &event) {
            (Some(name), _) if name == "table:table" => {
                let Some(element) = element else { continue };
                grid = Some(Grid {
                    scan: SheetScan {
                        name: attr(element, "table:name").unwrap_or_default(),
                        ..SheetScan::default()
                    },
                    ..Grid::default()
                });
                if is_empty && let Some(done) = grid.take() {
                    sheets.push(close_sheet(done, limits)?);
                }
            }
            (Some(name), _) if name == "table:table-column" => {
                if let (Some(grid), Some(element)) = (grid.as_mut(), element) {
                    let repeats = count(element, "table:number-columns-repeated");
                    if is_hidden(element) {
                        let last = (grid.column_cursor + repeats - 1).min(MAX_COLUMNS - 1);
                        grid.scan
                            .hidden_cols
                            .add(clamp(grid.column_cursor.min(MAX_COLUMNS - 1)), clamp(last));
                    }
                    grid.column_cursor = grid.column_cursor.saturating_add(repeats);
                }
            }
            (Some(name), _) if name == "table:table-row" => {
                if let (Some(grid), Some(element)) = (grid.as_mut(), element) {
                    let repeats = count(element, "table:number-rows-repeated")
                        .min(MAX_ROWS.saturating_sub(grid.row))
                        .max(1);
                    if is_hidden(element) && grid.row < MAX_ROWS {
                        grid.scan
                            .hidden_rows
                            .add(clamp(grid.row), clamp(grid.row + repeats - 1));
                    }
                    let state = RowState {
                        repeats,
                        col: 0,
                        used_cells: 0,
                        first_used: None,
                        last_used_end: 0,
                        formula_results: Vec::new(),
                    };
                    if is_empty {
                        grid.row = grid.row.saturating_add(repeats);
                    } else {
                        row = Some(state);
                    }
                }
            }
            (Some(name), _) if name == "table:table-cell" || name == "table:covered-table-cell" => {
                if let (Some(grid), Some(state), Some(element)) =
                    (grid.as_mut(), row.as_mut(), element)
                {
                    let repeats = count(element, "table:number-columns-repeated");
                    let spanned_cols = count(element, "table:number-columns-spanned");
                    let spanned_rows = count(element, "table:number-rows-spanned");
                    let (r, c) = (grid.row, state.col);
                    if (spanned_cols > 1 || spanned_rows > 1) && r < MAX_ROWS && c < MAX_COLUMNS {
                        grid.scan.merges.push(Merge {
                            first_row: clamp(r),
                            first_col: clamp(c),
                            last_row: clamp((r + spanned_rows - 1).min(MAX_ROWS - 1)),
                            last_col: clamp((c + spanned_cols - 1).min(MAX_COLUMNS - 1)),
                        });
                    }
                    if let Some(currency) = attr(element, "office:currency").filter(|code| {
                        code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic())
                    }) && r < MAX_ROWS
                    {
                        for offset in 0..repeats.clamp(1, MAX_CURRENCY_REPEATS) {
                            if c + offset < MAX_COLUMNS {
                                grid.scan.currencies.push((
                                    clamp(r),
                                    clamp(c + offset),
                                    currency.to_ascii_uppercase(),
                                ));
                            }
                        }
                    }
                    let cell_state = CellState {
                        repeats,
                        col: c,
                        used: has_attr(element, "office:value-type")
                            || has_attr(element, "table:formula"),
                        depth: 0,
                        formula: has_attr(element, "table:formula")
                            .then(|| has_attr(element, "office:value-type")),
                    };
                    if is_empty {
                        finish_cell(&cell_state, state);
                    } else {
                        cell = Some(cell_state);
                    }
                }
            }
            (None, Event::End(end)) if end.name().as_ref() == "table:table-row" => {
                if let (Some(grid), Some(state)) = (grid.as_mut(), row.take()) {
                    finish_row(grid, &state, &mut cells_so_far, limits)?;
                }
            }
            (None, Event::End(end)) if end.name().as_ref() == "table:table" => {
                if let Some(done) = grid.take() {
                    sheets.push(close_sheet(done, limits)?);
                }
            }
            (None, Event::Eof) => break,
            _ => {}
        }
    }
    Ok(sheets)
}

/// Moves the row's cursor past a cell, noting the columns it fills.
fn finish_cell(cell: &CellState, row: &mut RowState) {
    if cell.formula == Some(true) {
        row.formula_results.push((cell.col, cell.repeats));
    }
    let end = cell.col.saturating_add(cell.repeats).min(MAX_COLUMNS);
    if cell.used && cell.col < MAX_COLUMNS {
        row.first_used.get_or_insert(cell.col);
        row.last_used_end = end;
        row.used_cells = row.used_cells.saturating_add(end - cell.col);
    }
    row.col = cell.col.saturating_add(cell.repeats);
}

/// Adds a finished row (and its repeats) to the sheet's grid and counts its cells.
fn finish_row(
    grid: &mut Grid,
    row: &RowState,
    cells_so_far: &mut u64,
    limits: &Limits,
) -> Result<(), ReadError> {
    if let Some(first) = row.first_used {
        let (top, bottom) = (grid.row, grid.row + row.repeats - 1);
        let (left, right) = (first, row.last_used_end.saturating_sub(1));
        grid.area = Some(match grid.area {
            None => (top, left, bottom, right),
            Some((r1, c1, r2, c2)) => (r1.min(top), c1.min(left), r2.max(bottom), c2.max(right)),
        });
        grid.materialised = grid.materialised.saturating_add(row.last_used_end);
        *cells_so_far = cells_so_far.saturating_add(row.used_cells.saturating_mul(row.repeats));
        if *cells_so_far > limits.max_cells as u64 {
            return Err(LimitExceeded::Cells {
                sheet: grid.scan.name.as_str().into(),
                limit: limits.max_cells,
            }
            .into());
        }
    }
    for offset in 0..row.repeats {
        let r = grid.row.saturating_add(offset);
        for &(first, repeats) in &row.formula_results {
            let last = first.saturating_add(repeats).min(MAX_COLUMNS);
            for c in first..last {
                grid.scan.formula_results.insert((clamp(r), clamp(c)));
            }
        }
    }
    grid.row = grid.row.saturating_add(row.repeats).min(MAX_ROWS);
    Ok(())
}

/// Checks the finished sheet's grid against the limit.
fn close_sheet(grid: Grid, limits: &Limits) -> Result<SheetScan, ReadError> {
    if let Some((r1, c1, r2, c2)) = grid.area {
        let cells = (r2 - r1 + 1).saturating_mul(c2 - c1 + 1);
        if cells.max(grid.materialised) > limits.max_dense_cells {
            return Err(LimitExceeded::DenseGrid {
                sheet: grid.scan.name.into(),
                range: format!(
                    "{}:{}",
                    cell_name(clamp(r1), clamp(c1)),
                    cell_name(clamp(r2), clamp(c2))
                ),
                cells: cells.max(grid.materialised),
                far_cell: cell_name(clamp(r2), clamp(c2)),
                limit: limits.max_dense_cells,
            }
            .into());
        }
    }
    Ok(grid.scan)
}

fn clamp(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

fn attr(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn has_attr(element: &BytesStart<'_>, name: &str) -> bool {
    element
        .attributes()
        .flatten()
        .any(|a| a.key.as_ref() == name)
}

/// A repeat or span count: at least 1.
fn count(element: &BytesStart<'_>, name: &str) -> u64 {
    attr(element, name)
        .and_then(|value| value.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .max(1)
}

fn is_hidden(element: &BytesStart<'_>) -> bool {
    attr(element, "table:visibility").is_some_and(|v| v == "collapse" || v == "filter")
}
