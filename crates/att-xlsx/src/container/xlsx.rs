//! Reads the cells of an `.xlsx`/`.xlsm` workbook: the workbook's sheet list, shared strings and
//! styles once, then each worksheet in one streaming pass that gives its cells and its layout
//! together. Memory follows the number of non-empty cells, not the size of the used grid nor
//! that of the sheet's XML: a styled cell at row 1,000,000 costs one cell, not a million rows.

use crate::container::collect::{self, Collector, Workbook};
use crate::container::error::{PartProblem, ReadError, SheetProblem};
use crate::container::limits::Limits;
use crate::container::sheet::Sheet;
use crate::container::xlsx_sheet_xml::{self, Context, Reading, SheetXml, Stop};
use crate::container::xlsx_workbook::{self, Archive, Book};
use crate::container::{xlsx_layout, xlsx_text, zip_check};
use att_schema::say::Detail;
use std::io::BufReader;

/// Reads every worksheet of an `.xlsx` workbook already checked by [`zip_check::inspect`].
pub(crate) fn read(bytes: &[u8], limits: &Limits) -> Result<Workbook, ReadError> {
    let mut archive = zip_check::open(bytes)?;
    let book = xlsx_workbook::read(&mut archive)?;
    let mut collector = Collector::new(limits, book.sheets.len())?;
    let parts = xlsx_layout::sheet_parts(&mut archive)?;
    let formats = xlsx_layout::number_formats(&mut archive)?;
    let mut sheets = Vec::with_capacity(book.sheets.len());
    for sheet in book.sheets.iter().filter(|s| collect::holds_cells(&s.meta)) {
        let name = sheet.meta.name.as_str();
        let sheet_error = |words: String| ReadError::Sheet {
            sheet: name.into(),
            problem: SheetProblem::Parser(Detail::of(&words)),
        };
        // The part the layout is read from, found as it always was; the cells are read from
        // the part calamine found. They are the same but in a workbook naming two sheets alike.
        let layout_part =
            match parts.get(name) {
                Some(part) => Some(xlsx_layout::find_entry(&archive, part).ok_or_else(|| {
                    ReadError::Part {
                        part: part.clone(),
                        problem: PartProblem::Missing,
                    }
                })?),
                None => None,
            };
        // calamine found a sheet's part by its name: the first sheet of that name.
        let cells_path = book
            .sheets
            .iter()
            .find(|other| other.meta.name == name)
            .map_or(sheet.path.as_str(), |first| first.path.as_str());
        let cells_part = book.entry_name(cells_path).to_owned();
        let cells_found = archive.index_for_name(&cells_part).is_some();
        let pass = |archive: &mut Archive<'_>, part: &str, reading, collector: &mut Collector| {
            pass(archive, part, reading, name, &book, &formats, collector)
        };
        let read = if layout_part.as_deref() == Some(cells_part.as_str()) {
            pass(&mut archive, &cells_part, Reading::Both, &mut collector)?
        } else {
            let layout = match &layout_part {
                Some(part) => {
                    Some(pass(&mut archive, part, Reading::Layout, &mut collector)?.layout)
                }
                None => None,
            };
            if !cells_found {
                return Err(sheet_error(format!("Worksheet '{name}' not found")));
            }
            let mut read = pass(&mut archive, &cells_part, Reading::Cells, &mut collector)?;
            read.layout = layout.unwrap_or_default();
            read
        };
        let SheetXml {
            cells,
            literals,
            lookups,
            layout,
        } = read;
        let mut sheet_cells = Sheet::new(sheet.meta.name.clone(), cells);
        for ((row, col), value) in literals {
            sheet_cells.set_literal(row, col, value);
        }
        for (row, col) in lookups {
            sheet_cells.set_lookup(row, col);
        }
        sheet_cells.hidden = collect::is_hidden(&sheet.meta);
        if layout_part.is_some() {
            sheet_cells.hidden_rows = layout.hidden_rows;
            sheet_cells.hidden_cols = layout.hidden_cols;
            sheet_cells.set_number_formats(&formats.codes, &layout.formats);
            collector.merges(&mut sheet_cells, layout.merges)?;
        }
        sheets.push(sheet_cells);
    }
    Ok(collector.finish(sheets))
}

/// One pass over the sheet part `part`, reading what `reading` says.
fn pass(
    archive: &mut Archive<'_>,
    part: &str,
    reading: Reading,
    sheet: &str,
    book: &Book,
    formats: &xlsx_layout::NumberFormats,
    collector: &mut Collector<'_>,
) -> Result<SheetXml, ReadError> {
    let part_error = |problem| ReadError::Part {
        part: part.to_owned(),
        problem,
    };
    let entry = archive
        .by_name(part)
        .map_err(|error| part_error(PartProblem::Unreadable(Detail::of(&error))))?;
    let part_bytes = entry.size();
    let reader = xlsx_text::xml_reader(BufReader::with_capacity(64 * 1024, entry));
    let context = Context {
        sheet,
        book,
        formats,
        collector,
        part_bytes,
    };
    xlsx_sheet_xml::read(reader, reading, context).map_err(|stop| match stop {
        Stop::Xml(fail) => xlsx_workbook::part_error(part, fail),
        Stop::Sheet(words) => ReadError::Sheet {
            sheet: sheet.into(),
            problem: SheetProblem::Parser(Detail::of(&words)),
        },
        Stop::Read(error) => error,
    })
}
