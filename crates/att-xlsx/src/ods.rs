//! Reads the cells of an OpenDocument spreadsheet (`.ods`) with calamine, after
//! [`ods_scan::scan`] has bounded the grids calamine builds and collected hidden rows and
//! columns and merged cells.

use crate::collect::{self, Collector, Workbook};
use crate::error::ReadError;
use crate::limits::Limits;
use crate::literal::{self, Dialect};
use crate::sheet::{CellValue, Sheet};
use crate::{ods_scan, own};
use calamine::{Data, Ods, OdsError, Reader};
use std::io::Cursor;

/// Reads every sheet of an `.ods` workbook already checked by `zip_check::inspect`.
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Workbook, ReadError> {
    let scans = ods_scan::scan(bytes, limits)?;
    let mut workbook: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(open_error)?;
    let metas = workbook.sheets_metadata().to_vec();
    let mut collector = Collector::new(limits, metas.len())?;
    let mut scans: Vec<Option<ods_scan::SheetScan>> = scans.into_iter().map(Some).collect();
    let mut sheets = Vec::with_capacity(metas.len());
    for meta in metas.iter().filter(|meta| collect::holds_cells(meta)) {
        let sheet_error = |error: OdsError| ReadError::Sheet {
            sheet: meta.name.clone(),
            reason: error.to_string(),
        };
        let range = workbook.worksheet_range(&meta.name).map_err(sheet_error)?;
        let formulas = workbook
            .worksheet_formula(&meta.name)
            .map_err(sheet_error)?;
        let scan = scans
            .iter_mut()
            .find(|scan| scan.as_ref().is_some_and(|s| s.name == meta.name))
            .and_then(Option::take);
        let mut cells = Vec::new();
        let (row0, col0) = range.start().unwrap_or_default();
        for (row, col, data) in range.used_cells() {
            let position = (row0 + row as u32, col0 + col as u32);
            collector.push(
                &meta.name,
                &mut cells,
                position,
                collect::convert(data.clone()),
                false,
            )?;
        }
        let (frow0, fcol0) = formulas.start().unwrap_or_default();
        let mut literals = Vec::new();
        let mut lookups = Vec::new();
        for (row, col, formula) in formulas.used_cells() {
            let position = (frow0 + row as u32, fcol0 + col as u32);
            let has_value = range
                .get_value(position)
                .is_some_and(|data| *data != Data::Empty);
            if let Some(value) = literal::parse_in(formula, Dialect::Ods) {
                if !has_value {
                    collector.push_literal(&meta.name, &mut cells, position, CellValue::Empty)?;
                }
                literals.push((position, value));
                continue;
            }
            if own::is_code_lookup(formula) {
                lookups.push(position);
            }
            let saved_result = scan
                .as_ref()
                .is_some_and(|scan| scan.formula_results.contains(&position));
            if !formula.is_empty() && !has_value && !saved_result {
                collector.push(&meta.name, &mut cells, position, CellValue::Empty, true)?;
            }
        }
        let mut sheet = Sheet::new(meta.name.clone(), cells);
        sheet.hidden = collect::is_hidden(meta);
        for ((row, col), value) in literals {
            sheet.set_literal(row, col, value);
        }
        for (row, col) in lookups {
            sheet.set_lookup(row, col);
        }
        if let Some(scan) = scan {
            sheet.hidden_rows = scan.hidden_rows;
            sheet.hidden_cols = scan.hidden_cols;
            collector.merges(&mut sheet, scan.merges)?;
        }
        sheets.push(sheet);
    }
    Ok(collector.finish(sheets))
}

/// Says why calamine could not open the spreadsheet.
fn open_error(error: OdsError) -> ReadError {
    match error {
        OdsError::Password => ReadError::Encrypted {
            detail: "the OpenDocument spreadsheet is encrypted".to_owned(),
        },
        OdsError::InvalidMime(mime) => ReadError::NotAWorkbook(format!(
            "it is an OpenDocument file of another kind ({}), not a spreadsheet",
            String::from_utf8_lossy(&mime).trim_start_matches("mimetype")
        )),
        OdsError::FileNotFound(part) => ReadError::Part {
            part: part.to_owned(),
            reason: "it is missing from the container".to_owned(),
        },
        OdsError::Zip(error) => ReadError::Zip(error.to_string()),
        other => ReadError::Part {
            part: "content.xml".to_owned(),
            reason: other.to_string(),
        },
    }
}
