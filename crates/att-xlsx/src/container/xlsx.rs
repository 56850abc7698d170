//! Reads the cells of an `.xlsx`/`.xlsm` workbook with calamine's streaming cell reader, so
//! that memory follows the number of non-empty cells, not the size of the used grid: a styled
//! cell at row 1,000,000 costs one cell, not a million rows.

use crate::container::collect::{self, Collector, Workbook};
use crate::container::error::{Encryption, PartProblem, ReadError, SheetProblem};
use crate::container::limits::Limits;
use crate::container::sheet::{CellValue, Sheet};
use crate::container::{xlsx_layout, zip_check};
use att_schema::say::Detail;
use att_workbook::literal;
use calamine::{Data, Reader, Xlsx, XlsxError, XlsxFormulaMetadata};
use std::io::Cursor;

/// Reads every worksheet of an `.xlsx` workbook already checked by [`zip_check::inspect`].
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Workbook, ReadError> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(open_error)?;
    let metas = workbook.sheets_metadata().to_vec();
    let mut collector = Collector::new(limits, metas.len())?;
    let mut archive = zip_check::open(bytes)?;
    let parts = xlsx_layout::sheet_parts(&mut archive)?;
    let formats = xlsx_layout::number_formats(&mut archive)?;
    let mut sheets = Vec::with_capacity(metas.len());
    for meta in metas.iter().filter(|meta| collect::holds_cells(meta)) {
        let sheet_error = |error: XlsxError| ReadError::Sheet {
            sheet: meta.name.as_str().into(),
            problem: SheetProblem::Parser(Detail::of(&error)),
        };
        let mut cells = Vec::new();
        let mut literals = Vec::new();
        let mut lookups = Vec::new();
        let mut reader = workbook
            .worksheet_cells_reader(&meta.name)
            .map_err(sheet_error)?;
        while let Some(record) = reader
            .next_cell_with_formula_metadata()
            .map_err(sheet_error)?
        {
            let value = collect::convert(Data::from(record.value));
            let spelled = match &record.formula {
                Some(
                    XlsxFormulaMetadata::Normal { formula }
                    | XlsxFormulaMetadata::Shared { formula, .. },
                ) => literal::parse(formula),
                _ => None,
            };
            if let Some(spelled) = spelled {
                collector.push_literal(&meta.name, &mut cells, record.pos, value)?;
                literals.push((record.pos, spelled));
                continue;
            }
            if let Some(
                XlsxFormulaMetadata::Normal { formula }
                | XlsxFormulaMetadata::Shared { formula, .. },
            ) = &record.formula
                && att_workbook::is_code_lookup(formula)
            {
                lookups.push(record.pos);
            }
            let uncached = record.formula.is_some() && value == CellValue::Empty;
            collector.push(&meta.name, &mut cells, record.pos, value, uncached)?;
        }
        drop(reader);
        let mut sheet = Sheet::new(meta.name.clone(), cells);
        for ((row, col), value) in literals {
            sheet.set_literal(row, col, value);
        }
        for (row, col) in lookups {
            sheet.set_lookup(row, col);
        }
        sheet.hidden = collect::is_hidden(meta);
        if let Some(part) = parts.get(&meta.name) {
            let layout = xlsx_layout::read_layout(&mut archive, part, &formats)?;
            sheet.hidden_rows = layout.hidden_rows;
            sheet.hidden_cols = layout.hidden_cols;
            sheet.set_number_formats(&formats.codes, &layout.formats);
            collector.merges(&mut sheet, layout.merges)?;
        }
        sheets.push(sheet);
    }
    Ok(collector.finish(sheets))
}

/// Says why calamine could not open the workbook.
fn open_error(error: XlsxError) -> ReadError {
    match error {
        XlsxError::Password => ReadError::Encrypted(Encryption::EncryptedPackage),
        XlsxError::FileNotFound(part) => ReadError::Part {
            part,
            problem: PartProblem::Missing,
        },
        XlsxError::RelationshipNotFound => ReadError::Part {
            part: "_rels/.rels".to_owned(),
            problem: PartProblem::NoWorkbook,
        },
        XlsxError::Zip(error) => ReadError::zip(&error),
        other => ReadError::Part {
            part: "xl/workbook.xml".to_owned(),
            problem: PartProblem::Parser(Detail::of(&other)),
        },
    }
}
