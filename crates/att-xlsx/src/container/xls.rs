//! Reads the cells of a legacy `.xls` workbook with calamine, after [`ole::scan`] has bounded
//! the grids calamine builds and collected the hidden rows and columns.

use crate::container::collect::{self, Collector, Workbook};
use crate::container::error::{Encryption, OleProblem, ReadError, SheetProblem};
use crate::container::limits::Limits;
use crate::container::ole;
use crate::container::sheet::Merge;
use att_schema::say::Detail;
use att_workbook::literal::Dialect;
use calamine::{Reader, Xls, XlsError};
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
            sheet: meta.name.as_str().into(),
            problem: SheetProblem::Parser(Detail::of(&error)),
        };
        let range = workbook.worksheet_range(&meta.name).map_err(sheet_error)?;
        let formulas = workbook
            .worksheet_formula(&meta.name)
            .map_err(sheet_error)?;
        let merges = workbook
            .merge_cells_by_sheet_name(&meta.name)
            .map_err(sheet_error)?;
        let mut sheet = collect::sheet_from_grids(
            &mut collector,
            meta,
            &range,
            &formulas,
            Dialect::Xls,
            |_| false,
        )?;
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
        XlsError::Password => ReadError::Encrypted(Encryption::XlsFilePass),
        other => ReadError::Ole(OleProblem::Stream {
            stream: "Workbook",
            detail: Detail::of(&other),
        }),
    }
}
