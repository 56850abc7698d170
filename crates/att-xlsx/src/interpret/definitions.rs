//! Annex 2: the State's own definitions of the categories it used. Each row names a category
//! (a UN Register category, or a national one) and gives its definition in the next cell.

use crate::container::sheet::{Cell, Sheet};
use crate::interpret::field::{Field, literal_lenient};
use crate::interpret::reading::Reading;
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

/// The columns of an Annex 2 table with a header row ("Category", "National category",
/// "Definition"), as the toolkit's own workbooks lay it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DefinitionColumns {
    /// The category column.
    pub category: u32,
    /// The national category column, if any.
    pub national: Option<u32>,
    /// The definition column: the header cell that names neither.
    pub definition: u32,
}

/// The columns named by an Annex 2 header row, if `row` is one.
pub(crate) fn header_columns(sheet: &Sheet, row: u32) -> Option<DefinitionColumns> {
    let (mut category, mut national, mut definition) = (None, None, None);
    for cell in &sheet.cells[sheet.row_span(row)] {
        let Some(text) = cell.value.text().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        match match_heading(text).map(|found| found.column) {
            Some(Column::Category) => category = category.or(Some(cell.col)),
            Some(Column::NationalCategory) => national = national.or(Some(cell.col)),
            _ => definition = definition.or(Some(cell.col)),
        }
    }
    Some(DefinitionColumns {
        category: category?,
        national,
        definition: definition?,
    })
}

/// Reads one row below an Annex 2 header row of the toolkit's own workbook, by its columns.
pub(crate) fn read_own_row(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    row: u32,
    columns: DefinitionColumns,
) {
    let sheet = &reading.sheets[sheet_index];
    let field_at = |col: Option<u32>| col.map_or(Field::Empty, |col| Field::at(sheet, row, col));
    let category_field = field_at(Some(columns.category));
    let national_field = field_at(columns.national);
    let definition_field = field_at(Some(columns.definition));
    if ![category_field, national_field, definition_field]
        .iter()
        .any(Field::is_filled)
    {
        return;
    }
    let mut category = match category_field {
        Field::Literal(value) => literal_lenient(value),
        _ => category_field
            .text()
            .map(|text| match read_category(&text) {
                CategoryReading::Category(category) => Lenient::Typed(category),
                CategoryReading::Aggregate | CategoryReading::Unknown => Lenient::raw_text(text),
            }),
    };
    let national_category = national_field.text();
    if category.is_none()
        && !matches!(category_field, Field::Literal(_))
        && national_category.is_some()
    {
        category = Some(Lenient::Typed(Category::National));
    }
    let index = reading.draft.report.national_definitions.len();
    let pointer = format!("/national_definitions/{index}");
    reading
        .draft
        .report
        .national_definitions
        .push(NationalDefinition {
            category,
            national_category,
            definition: definition_field.text(),
        });
    let category_at = sheet.location(row, columns.category);
    reading.draft.place(pointer.clone(), category_at.clone());
    reading
        .draft
        .place(format!("{pointer}/category"), category_at.clone());
    let national_at = columns
        .national
        .map_or(category_at, |col| sheet.location(row, col));
    reading
        .draft
        .place(format!("{pointer}/national_category"), national_at);
    reading.draft.place(
        format!("{pointer}/definition"),
        sheet.location(row, columns.definition),
    );
    for col in [
        Some(columns.category),
        columns.national,
        Some(columns.definition),
    ]
    .into_iter()
    .flatten()
    {
        reading.consume(sheet_index, row, col);
    }
}
