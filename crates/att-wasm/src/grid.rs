//! The cells of a workbook as text, for showing a sheet as a grid with the flagged cells
//! highlighted.
//!
//! Only called on a workbook the pipeline has read, so the workbook reader's checks of the
//! container (sizes, compression ratios, the extent of `.xls` and `.ods` grids) have passed.
//! `.xlsx` sheets are read with calamine's streaming cell reader, so a far-away styled cell
//! costs one cell; `.xls` and `.ods` grids are the ones the workbook reader's pre-scan bounded.

use att_core::Format;
use att_schema::say::Detail;
use calamine::{Data, Ods, Reader, SheetType, SheetVisible, Xls, Xlsx};
use serde::{Deserialize, Serialize};
use std::io::Cursor;

/// Most cells kept for display over a whole workbook; cells beyond are not shown.
pub const MAX_CELLS: usize = 2_000_000;
/// Most characters of a cell's text shown in the grid; longer text ends with an ellipsis.
pub const MAX_CELL_CHARS: usize = 500;
/// Most rows of one window.
pub const MAX_WINDOW_ROWS: u32 = 1_000;
/// Most columns of one window.
pub const MAX_WINDOW_COLUMNS: u32 = 200;

/// Why a workbook's cells could not be read for display (said in every language in
/// [`crate::messages`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GridError {
    /// The content is not a workbook.
    NotAWorkbook,
    /// calamine failed on the workbook or one of its sheets: its words.
    Calamine(Detail),
}

/// One worksheet's non-empty cells as the spreadsheet shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetCells {
    /// The sheet's name, as on its tab.
    pub name: String,
    /// Whether the sheet is hidden.
    pub hidden: bool,
    /// Non-empty cells: row and column from 0, and text; sorted by row, then column.
    pub cells: Vec<(u32, u32, String)>,
}

/// The part of a sheet to show: rows and columns from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub struct Window {
    /// First row shown.
    pub first_row: u32,
    /// Number of rows shown (at most [`MAX_WINDOW_ROWS`]).
    pub rows: u32,
    /// First column shown.
    pub first_column: u32,
    /// Number of columns shown (at most [`MAX_WINDOW_COLUMNS`]).
    pub columns: u32,
}

/// The cells of a window onto a sheet, with the sheet's extent so that the page can offer to
/// move the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SheetWindow {
    /// The sheet's name.
    pub sheet: String,
    /// Whether the sheet is hidden in the workbook.
    pub hidden: bool,
    /// Rows the sheet uses (last non-empty row + 1).
    pub used_rows: u32,
    /// Columns the sheet uses (last non-empty column + 1).
    pub used_columns: u32,
    /// First row of the window.
    pub first_row: u32,
    /// Rows in the window.
    pub rows: u32,
    /// First column of the window.
    pub first_column: u32,
    /// Columns in the window.
    pub columns: u32,
    /// The window's non-empty cells: row, column (both from 0, absolute) and text.
    pub cells: Vec<(u32, u32, String)>,
}

impl SheetCells {
    /// The cells inside `window` (its size capped).
    pub fn window(&self, window: Window) -> SheetWindow {
        let rows = window.rows.min(MAX_WINDOW_ROWS);
        let columns = window.columns.min(MAX_WINDOW_COLUMNS);
        let last_row = window.first_row.saturating_add(rows);
        let last_column = window.first_column.saturating_add(columns);
        let start = self
            .cells
            .partition_point(|(row, _, _)| *row < window.first_row);
        let cells = self.cells[start..]
            .iter()
            .take_while(|(row, _, _)| *row < last_row)
            .filter(|(_, column, _)| (window.first_column..last_column).contains(column))
            .cloned()
            .collect();
        SheetWindow {
            sheet: self.name.clone(),
            hidden: self.hidden,
            used_rows: self.cells.last().map_or(0, |(row, _, _)| row + 1),
            used_columns: self
                .cells
                .iter()
                .map(|(_, column, _)| column + 1)
                .max()
                .unwrap_or(0),
            first_row: window.first_row,
            rows,
            first_column: window.first_column,
            columns,
            cells,
        }
    }
}

/// Every worksheet of the workbook in `bytes`, in tab order.
pub fn read_sheets(bytes: &[u8], format: Format) -> Result<Vec<SheetCells>, GridError> {
    let calamine = |error: &dyn std::fmt::Display| GridError::Calamine(Detail::of(error));
    let mut budget = MAX_CELLS;
    match format {
        Format::Xlsx => {
            let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| calamine(&e))?;
            let metas = workbook.sheets_metadata().to_vec();
            let mut sheets = Vec::new();
            for meta in metas.iter().filter(|m| m.typ == SheetType::WorkSheet) {
                let mut reader = workbook
                    .worksheet_cells_reader(&meta.name)
                    .map_err(|e| calamine(&e))?;
                let mut cells = Vec::new();
                while let Some(cell) = reader.next_cell().map_err(|e| calamine(&e))? {
                    let (row, column) = cell.get_position();
                    keep(
                        &mut cells,
                        &mut budget,
                        row,
                        column,
                        Data::from(cell.get_value().clone()),
                    );
                }
                cells.sort_by_key(|(row, column, _)| (*row, *column));
                sheets.push(SheetCells {
                    name: meta.name.clone(),
                    hidden: meta.visible != SheetVisible::Visible,
                    cells,
                });
            }
            Ok(sheets)
        }
        Format::Xls => {
            let workbook: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(|e| calamine(&e))?;
            from_grids(workbook, &mut budget)
        }
        Format::Ods => {
            let workbook: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| calamine(&e))?;
            from_grids(workbook, &mut budget)
        }
        Format::Json | Format::Xml => Err(GridError::NotAWorkbook),
    }
}

/// The sheets of a workbook calamine decodes into whole grids (`.xls`, `.ods`).
fn from_grids<R: std::io::Read + std::io::Seek>(
    mut workbook: impl Reader<R, Error = impl std::fmt::Display>,
    budget: &mut usize,
) -> Result<Vec<SheetCells>, GridError> {
    let metas = workbook.sheets_metadata().to_vec();
    let mut sheets = Vec::new();
    for meta in metas.iter().filter(|m| m.typ == SheetType::WorkSheet) {
        let range = workbook
            .worksheet_range(&meta.name)
            .map_err(|error| GridError::Calamine(Detail::of(&error)))?;
        let (row0, column0) = range.start().unwrap_or_default();
        let mut cells = Vec::new();
        for (row, column, data) in range.used_cells() {
            keep(
                &mut cells,
                budget,
                row0 + row as u32,
                column0 + column as u32,
                data.clone(),
            );
        }
        sheets.push(SheetCells {
            name: meta.name.clone(),
            hidden: meta.visible != SheetVisible::Visible,
            cells,
        });
    }
    Ok(sheets)
}

/// Keeps a cell's text unless it is blank or the budget of cells is spent.
fn keep(
    cells: &mut Vec<(u32, u32, String)>,
    budget: &mut usize,
    row: u32,
    column: u32,
    data: Data,
) {
    let text = display(&data);
    if text.trim().is_empty() || *budget == 0 {
        return;
    }
    *budget -= 1;
    cells.push((row, column, shorten(text)));
}

/// A cell's value as a spreadsheet shows it by default.
pub fn display(data: &Data) -> String {
    match data {
        Data::Int(number) => number.to_string(),
        Data::Float(number) => format_number(*number),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Bool(true) => "TRUE".to_owned(),
        Data::Bool(false) => "FALSE".to_owned(),
        Data::DateTime(datetime) if datetime.is_duration() => format_number(datetime.as_f64()),
        Data::DateTime(datetime) => {
            let (year, month, day, hour, minute, second, _) = datetime.to_ymd_hms_milli();
            if (hour, minute, second) == (0, 0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
            }
        }
        Data::Error(error) => error.to_string(),
        Data::Empty => String::new(),
    }
}

/// A number without exponent or trailing zeros, as a spreadsheet's General format shows it.
fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        format!("{number}")
    }
}

/// Text cut to [`MAX_CELL_CHARS`] characters.
fn shorten(text: String) -> String {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    fn sheet(cells: &[(u32, u32, &str)]) -> SheetCells {
        SheetCells {
            name: "Exports".into(),
            hidden: false,
            cells: cells
                .iter()
                .map(|(row, column, text)| (*row, *column, (*text).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn a_window_holds_only_its_cells_and_knows_the_extent() {
        let cells = sheet(&[(0, 0, "a"), (3, 1, "b"), (3, 5, "c"), (9, 2, "d")]);
        let window = cells.window(Window {
            first_row: 2,
            rows: 5,
            first_column: 1,
            columns: 3,
        });
        assert_eq!(window.cells, vec![(3, 1, "b".to_owned())]);
        assert_eq!((window.used_rows, window.used_columns), (10, 6));
    }

    #[test]
    fn a_window_is_capped() {
        let window = sheet(&[]).window(Window {
            first_row: u32::MAX - 1,
            rows: u32::MAX,
            first_column: 0,
            columns: u32::MAX,
        });
        assert_eq!(
            (window.rows, window.columns),
            (MAX_WINDOW_ROWS, MAX_WINDOW_COLUMNS)
        );
    }

    #[test]
    fn shows_values_as_a_spreadsheet_does() {
        assert_eq!(display(&Data::Float(1500000.0)), "1500000");
        assert_eq!(display(&Data::Float(2.5)), "2.5");
        assert_eq!(display(&Data::Bool(true)), "TRUE");
        let date = ExcelDateTime::new(45_440.0, ExcelDateTimeType::DateTime, false);
        assert_eq!(display(&Data::DateTime(date)), "2024-05-28");
        let noon = ExcelDateTime::new(45_440.5, ExcelDateTimeType::DateTime, false);
        assert_eq!(display(&Data::DateTime(noon)), "2024-05-28 12:00:00");
    }

    #[test]
    fn cuts_long_text() {
        let long = "é".repeat(MAX_CELL_CHARS + 10);
        let shown = shorten(long);
        assert_eq!(shown.chars().count(), MAX_CELL_CHARS + 1);
        assert!(shown.ends_with('…'));
    }

    #[test]
    fn refuses_text_formats() {
        assert!(matches!(
            read_sheets(b"{}", Format::Json),
            Err(GridError::NotAWorkbook)
        ));
    }
}
