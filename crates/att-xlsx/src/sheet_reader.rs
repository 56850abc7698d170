//! Reading one sheet row by row, once its layout is known: header rows start tables, section
//! titles and nil statements say what follows, table rows become entries, and the other rows
//! are read for title-page fields or, in Annex 2, for national definitions.

use crate::definitions;
use crate::layout::{self, SheetLayout, section_direction};
use crate::reading::Reading;
use crate::rules::REFERENCE_SHEET;
use crate::sheet::{CellValue, Sheet};
use crate::table::{self, ActiveTable, RowOutcome};
use crate::title::{self, Scope, SeenLabels};
use att_lexicon::label::{Label, match_label};
use att_lexicon::section::{Section, match_nil_statement};
use att_schema::{Diagnostic, DirectionKind};

/// Reads sheet `sheet_index` into the report.
pub(crate) fn read_sheet(reading: &mut Reading<'_>, sheet_index: usize, seen: &mut SeenLabels) {
    let sheets = reading.sheets;
    let sheet = &sheets[sheet_index];
    if sheet.cells.is_empty() {
        return;
    }
    let layout = layout::find(sheet);
    let sheet_section = layout.sheet_section.map(|s| s.section);
    if sheet_section == Some(Section::Instructions) && layout.tables.is_empty() {
        for index in 0..sheet.cells.len() {
            reading.coverage.mark(sheet_index, index);
        }
        reading.draft.diagnostics.push(
            Diagnostic::new(&REFERENCE_SHEET)
                .arg("sheet", &*sheet.name)
                .located(sheet.location(sheet.cells[0].row, sheet.cells[0].col)),
        );
        return;
    }
    let sheet_direction = sheet_section.and_then(section_direction);
    if let (Some(direction), Some(basis)) =
        (sheet_direction, layout.sheet_section.and_then(|s| s.basis))
    {
        let at = sheet.location(sheet.cells[0].row, sheet.cells[0].col);
        reading
            .draft
            .evidence_mut(direction)
            .bases
            .push((basis, at));
    }
    let mut state = SheetState {
        context: sheet_direction,
        definitions: sheet_section == Some(Section::NationalDefinitions),
        active: None,
    };
    for (row, _) in sheet.rows() {
        read_row(reading, sheet_index, &layout, &mut state, seen, row);
    }
    if let Some(active) = state.active.take() {
        table::finish(reading, sheet_index, &layout, &active);
    }
}

/// Where the walk down a sheet is.
struct SheetState {
    /// The direction the last section title (or the sheet's name) announced.
    context: Option<DirectionKind>,
    /// Whether the rows are Annex 2 definitions.
    definitions: bool,
    /// The table being read.
    active: Option<ActiveTable>,
}

impl SheetState {
    fn end_table(&mut self, reading: &mut Reading<'_>, sheet_index: usize, layout: &SheetLayout) {
        if let Some(active) = self.active.take() {
            table::finish(reading, sheet_index, layout, &active);
        }
    }
}

fn read_row(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    state: &mut SheetState,
    seen: &mut SeenLabels,
    row: u32,
) {
    let sheet = &reading.sheets[sheet_index];
    if let Some(plan_index) = layout.table_with_header_row(row) {
        if layout.tables[plan_index].header.first_row == row {
            state.end_table(reading, sheet_index, layout);
            let active = table::start(reading, sheet_index, layout, plan_index);
            state.context = Some(active.direction);
            state.definitions = false;
            state.active = Some(active);
        }
        return;
    }
    if let Some(title) = layout.title_on(row) {
        state.end_table(reading, sheet_index, layout);
        reading.consume(sheet_index, row, title.col);
        let direction = section_direction(title.found.section);
        state.context = direction;
        state.definitions = title.found.section == Section::NationalDefinitions;
        if let (Some(direction), Some(basis)) = (direction, title.found.basis) {
            let at = sheet.location(row, title.col);
            reading
                .draft
                .evidence_mut(direction)
                .bases
                .push((basis, at));
        }
        return;
    }
    if read_nil_statement(reading, sheet_index, layout, state, row) {
        return;
    }
    if let Some(active) = state.active.as_mut() {
        match table::read_row(reading, sheet_index, layout, active, row) {
            RowOutcome::Read => return,
            RowOutcome::Ends => state.end_table(reading, sheet_index, layout),
        }
    }
    if state.definitions && definitions::read_row(reading, sheet_index, row) {
        return;
    }
    let scope = label_scope(layout, state, row);
    if title::read_row(reading, sheet_index, row, scope, seen) {
        reading.labels_read += 1;
    }
}

/// A row holding only a nil statement ("Nil", "No exports", "Néant", "Sin importaciones"):
/// a nil report for the direction it names, or for the table or section it stands in.
fn read_nil_statement(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    state: &mut SheetState,
    row: u32,
) -> bool {
    let sheet: &Sheet = &reading.sheets[sheet_index];
    let cells: Vec<_> = sheet.cells[sheet.row_span(row)]
        .iter()
        .filter(|c| c.value != CellValue::Empty)
        .collect();
    let [cell] = cells.as_slice() else {
        return false;
    };
    let Some(text) = cell.value.text() else {
        return false;
    };
    let Some(stated) = match_nil_statement(text) else {
        return false;
    };
    let is_tick_label = match_label(text)
        .is_some_and(|found| matches!(found.label, Label::NilExports | Label::NilImports));
    if is_tick_label && state.active.is_none() && state.context.is_none() {
        return false;
    }
    let direction = stated
        .or(state.active.as_ref().map(|t| t.direction))
        .or(state.context);
    let Some(direction) = direction else {
        return false;
    };
    state.end_table(reading, sheet_index, layout);
    reading.consume(sheet_index, row, cell.col);
    let at = sheet.location(row, cell.col);
    let evidence = reading.draft.evidence_mut(direction);
    if evidence.nil_at.is_none() {
        evidence.nil_at = Some(at);
    }
    true
}

/// Which directions a basis or currency label on `row` speaks for: the table right below it,
/// the section it stands in, or, on a title page, both.
fn label_scope(layout: &SheetLayout, state: &SheetState, row: u32) -> Scope {
    let next_table = layout.tables.iter().find(|t| t.header.first_row > row);
    if let Some(table) = next_table {
        let title_between = layout.titles.iter().any(|title| {
            title.row > row
                && title.row < table.header.first_row
                && section_direction(title.found.section).is_some()
        });
        if !title_between {
            return Scope::One(table.direction);
        }
    }
    match state.context {
        Some(direction) => Scope::One(direction),
        None => Scope::Both,
    }
}
