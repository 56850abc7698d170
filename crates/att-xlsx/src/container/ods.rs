//! Reads the cells of an OpenDocument spreadsheet (`.ods`) with calamine, after
//! [`ods_scan::scan`] has bounded the grids calamine builds and collected hidden rows and
//! columns and merged cells.

use crate::container::collect::{self, Collector, Workbook};
use crate::container::error::{Encryption, OtherFile, PartProblem, ReadError, SheetProblem};
use crate::container::limits::Limits;
use crate::container::ods_scan;
use att_schema::say::Detail;
use att_workbook::literal::Dialect;
use calamine::{Ods, OdsError, Reader};
use std::io::Cursor;
use std::sync::Arc;

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
            sheet: meta.name.as_str().into(),
            problem: SheetProblem::Parser(Detail::of(&error)),
        };
        let range = workbook.worksheet_range(&meta.name).map_err(sheet_error)?;
        let formulas = workbook
            .worksheet_formula(&meta.name)
            .map_err(sheet_error)?;
        let scan = scans
            .iter_mut()
            .find(|scan| scan.as_ref().is_some_and(|s| s.name == meta.name))
            .and_then(Option::take);
        let mut sheet = collect::sheet_from_grids(
            &mut collector,
            meta,
            &range,
            &formulas,
            Dialect::Ods,
            |position| {
                scan.as_ref()
                    .is_some_and(|scan| scan.formula_results.contains(&position))
            },
        )?;
        if let Some(scan) = scan {
            let (codes, cells) = currency_formats(&scan.currencies);
            sheet.set_number_formats(&codes, &cells);
            sheet.hidden_rows = scan.hidden_rows;
            sheet.hidden_cols = scan.hidden_cols;
            collector.merges(&mut sheet, scan.merges)?;
        }
        sheets.push(sheet);
    }
    Ok(collector.finish(sheets))
}

/// A cell's row, column and number format (from 1), as [`Sheet::set_number_formats`] takes it.
///
/// [`Sheet::set_number_formats`]: crate::container::sheet::Sheet::set_number_formats
type CellFormat = (u32, u32, u16);

/// The currencies of money cells as the number formats a workbook would give them
/// (`[$NZD] #,##0`), numbered from 1, and each cell's format.
fn currency_formats(currencies: &[(u32, u32, String)]) -> (Vec<Arc<str>>, Vec<CellFormat>) {
    let mut codes: Vec<Arc<str>> = Vec::new();
    let mut cells = Vec::with_capacity(currencies.len());
    for (row, col, currency) in currencies {
        let format = format!("[${currency}] #,##0");
        let number = match codes.iter().position(|code| **code == *format) {
            Some(index) => index + 1,
            None => {
                codes.push(Arc::from(format));
                codes.len()
            }
        };
        if let Ok(number) = u16::try_from(number) {
            cells.push((*row, *col, number));
        }
    }
    (codes, cells)
}

/// Says why calamine could not open the spreadsheet.
fn open_error(error: OdsError) -> ReadError {
    match error {
        OdsError::Password => ReadError::Encrypted(Encryption::OpenDocument),
        OdsError::InvalidMime(mime) => ReadError::NotAWorkbook(OtherFile::OpenDocument {
            mimetype: String::from_utf8_lossy(&mime)
                .trim_start_matches("mimetype")
                .to_owned(),
        }),
        OdsError::FileNotFound(part) => ReadError::Part {
            part: part.to_owned(),
            problem: PartProblem::Missing,
        },
        OdsError::Zip(error) => ReadError::zip(&error),
        other => ReadError::Part {
            part: "content.xml".to_owned(),
            problem: PartProblem::Parser(Detail::of(&other)),
        },
    }
}
