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
        // Before the cells, so that the part's XML is gone by the time they are decoded.
        let layout = match parts.get(&meta.name) {
            Some(part) => Some(xlsx_layout::read_layout(&mut archive, part, &formats)?),
            None => None,
        };
        let mut reader = workbook
            .worksheet_cells_reader(&meta.name)
            .map_err(sheet_error)?;
        let mut cells = Vec::with_capacity(room_for_cells(&reader, layout.as_ref()));
        let mut literals = Vec::new();
        let mut lookups = Vec::new();
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
        if let Some(layout) = layout {
            sheet.hidden_rows = layout.hidden_rows;
            sheet.hidden_cols = layout.hidden_cols;
            sheet.set_number_formats(&formats.codes, &layout.formats);
            collector.merges(&mut sheet, layout.merges)?;
        }
        sheets.push(sheet);
    }
    Ok(collector.finish(sheets))
}

/// Room for the cells of a sheet, made once: as many as its dimension spans, but no more than
/// its XML can hold (a cell takes twenty bytes at least).
fn room_for_cells<R: std::io::Read + std::io::Seek>(
    reader: &calamine::XlsxCellReader<'_, R>,
    layout: Option<&xlsx_layout::Layout>,
) -> usize {
    const SMALLEST_CELL_XML: usize = 20;
    let dimensions = reader.dimensions();
    let rows = (dimensions.end.0.saturating_sub(dimensions.start.0) as usize).saturating_add(1);
    let cols = (dimensions.end.1.saturating_sub(dimensions.start.1) as usize).saturating_add(1);
    let spanned = rows.saturating_mul(cols);
    layout.map_or(0, |layout| {
        (layout.xml_bytes / SMALLEST_CELL_XML).min(spanned)
    })
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
