//! Reads the cells of a legacy `.xls` workbook with calamine, after [`ole::scan`] has bounded
//! the grids calamine builds and collected the hidden rows and columns.

use crate::collect::{self, Collector, Workbook};
use crate::error::ReadError;
use crate::limits::Limits;
use crate::literal::{self, Dialect};
use crate::sheet::{CellValue, Merge, Sheet};
use crate::{ole, own};
use calamine::{Data, Reader, Xls, XlsError};
use std::io::Cursor;

/// Reads every worksheet of an `.xls` workbook.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Workbook, ReadError> {
    let scans = ole::scan(bytes, limits)?;
    let mut workbook: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(open_error)?;
    let metas = workbook.sheets_metadata().to_vec();
    let mut collector = Collector::new(limits, metas.len())?;
    let mut sheets = Vec::with_capacity(metas.len());
    let mut scans = scans.into_iter();
    for meta in &metas {
        let scan = scans.next().unwrap_or_default();
        if !collect::holds_cells(meta) {
            continue;
        }
        let sheet_error = |error: XlsError| ReadError::Sheet {
            sheet: meta.name.clone(),
            reason: error.to_string(),
        };
        let range = workbook.worksheet_range(&meta.name).map_err(sheet_error)?;
        let formulas = workbook
            .worksheet_formula(&meta.name)
            .map_err(sheet_error)?;
        let mut cells = Vec::new();
        let (row0, col0) = range.start().unwrap_or_default();
        for (row, col, data) in range.used_cells() {
            let position = (row0 + row as u32, col0 + col as u32);
            let value = collect::convert(data.clone());
            collector.push(&meta.name, &mut cells, position, value, false)?;
        }
        let (frow0, fcol0) = formulas.start().unwrap_or_default();
        let mut literals = Vec::new();
        let mut lookups = Vec::new();
        for (row, col, formula) in formulas.used_cells() {
            let position = (frow0 + row as u32, fcol0 + col as u32);
            let has_value = range
                .get_value(position)
                .is_some_and(|data| *data != Data::Empty);
            if let Some(value) = literal::parse_in(formula, Dialect::Xls) {
                if !has_value {
                    collector.push_literal(&meta.name, &mut cells, position, CellValue::Empty)?;
                }
                literals.push((position, value));
                continue;
            }
            if own::is_code_lookup(formula) {
                lookups.push(position);
            }
            if !formula.is_empty() && !has_value {
                collector.push(&meta.name, &mut cells, position, CellValue::Empty, true)?;
            }
        }
        let merges = workbook
            .merge_cells_by_sheet_name(&meta.name)
            .map_err(sheet_error)?;
        let mut sheet = Sheet::new(meta.name.clone(), cells);
        sheet.hidden = collect::is_hidden(meta);
        for ((row, col), value) in literals {
            sheet.set_literal(row, col, value);
        }
        for (row, col) in lookups {
            sheet.set_lookup(row, col);
        }
        sheet.hidden_rows = scan.hidden_rows;
        sheet.hidden_cols = scan.hidden_cols;
        let merges = merges
            .into_iter()
            .map(|dimensions| Merge {
                first_row: dimensions.start.0.min(dimensions.end.0),
                first_col: dimensions.start.1.min(dimensions.end.1),
                last_row: dimensions.start.0.max(dimensions.end.0),
                last_col: dimensions.start.1.max(dimensions.end.1),
            })
            .collect();
        collector.merges(&mut sheet, merges)?;
        sheets.push(sheet);
    }
    Ok(collector.finish(sheets))
}

/// Says why calamine could not open the workbook.
fn open_error(error: XlsError) -> ReadError {
    match error {
        XlsError::Password => ReadError::Encrypted {
            detail: "the .xls workbook is encrypted".to_owned(),
        },
        other => ReadError::Ole(format!("the Workbook stream cannot be read ({other})")),
    }
}
