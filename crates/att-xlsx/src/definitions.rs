//! Annex 2: the State's own definitions of the categories it used. Each row names a category
//! (a UN Register category, or a national one) and gives its definition in the next cell.

use crate::reading::Reading;
use crate::sheet::Cell;
use att_lexicon::category::{CategoryReading, read_category};
use att_lexicon::heading::{Column, match_heading};
use att_schema::{Category, Lenient, NationalDefinition};

/// Reads one row of an Annex 2 area; returns whether it was read.
pub(crate) fn read_row(reading: &mut Reading<'_>, sheet_index: usize, row: u32) -> bool {
    let sheet = &reading.sheets[sheet_index];
    let cells: Vec<&Cell> = sheet.cells[sheet.row_span(row)]
        .iter()
        .filter(|c| !c.value.display().trim().is_empty())
        .collect();
    let [first, rest @ ..] = cells.as_slice() else {
        return false;
    };
    let first_text = first.value.display();
    if first
        .value
        .text()
        .and_then(match_heading)
        .is_some_and(|found| matches!(found.column, Column::Category | Column::NationalCategory))
    {
        for cell in &cells {
            reading.consume(sheet_index, row, cell.col);
        }
        return true;
    }
    let Some(definition_cell) = rest.first() else {
        return false;
    };
    let index = reading.draft.report.national_definitions.len();
    let pointer = format!("/national_definitions/{index}");
    let category_at = sheet.location(row, first.col);
    let definition_at = sheet.location(row, definition_cell.col);
    let definition_text: Vec<String> = rest
        .iter()
        .map(|c| c.value.display().trim().to_owned())
        .collect();
    let (category, national_category) = match read_category(&first_text) {
        CategoryReading::Category(category) => (Lenient::Typed(category), None),
        CategoryReading::Aggregate => (Lenient::raw_text(first_text.trim()), None),
        CategoryReading::Unknown => (
            Lenient::Typed(Category::National),
            Some(first_text.trim().to_owned()),
        ),
    };
    reading
        .draft
        .report
        .national_definitions
        .push(NationalDefinition {
            category: Some(category),
            national_category,
            definition: Some(definition_text.join("\n")),
        });
    reading.draft.place(pointer.clone(), category_at.clone());
    reading
        .draft
        .place(format!("{pointer}/category"), category_at.clone());
    reading
        .draft
        .place(format!("{pointer}/national_category"), category_at);
    reading
        .draft
        .place(format!("{pointer}/definition"), definition_at);
    for cell in &cells {
        reading.consume(sheet_index, row, cell.col);
    }
    true
}
