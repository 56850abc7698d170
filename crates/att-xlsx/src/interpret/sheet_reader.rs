//! Reading one sheet row by row, once its layout is known: header rows start tables, section
//! titles and nil statements say what follows, table rows become entries, and the other rows
//! are read for title-page fields or, in Annex 2, for national definitions.

use crate::container::sheet::{CellValue, Sheet};
use crate::interpret::basis_line;
use crate::interpret::definitions::{self, DefinitionColumns};
use crate::interpret::draft::{direction_pointer, table_name};
use crate::interpret::layout::{self, SheetLayout, section_direction};
use crate::interpret::reading::{Reading, TitleLineRead};
use crate::interpret::table::{self, ActiveTable, RowOutcome};
use crate::interpret::title::{self, Scope, SeenLabels};
use crate::rules::{REFERENCE_SHEET, TABLE_NOT_RECOGNISED};
use att_lexicon::heading::closest_heading;
use att_lexicon::label::{Label, canonical_label};
use att_lexicon::section::{Section, match_nil_statement};
use att_schema::text::fold;
use att_schema::{Basis, Diagnostic, DirectionKind, Lang};

/// Reads sheet `sheet_index` into the report.
pub(crate) fn read_sheet(reading: &mut Reading<'_>, sheet_index: usize, seen: &mut SeenLabels) {
    let sheets = reading.sheets;
    let sheet = &sheets[sheet_index];
    if sheet.cells.is_empty() {
        return;
    }
    let layout = layout::find(sheet, reading.own, &mut reading.names);
    let sheet_section = layout.sheet_section.map(|s| s.section);
    if reading.sheet_year.is_none()
        && !reading.own
        && let Some(year) =
            att_lexicon::title_line::read_sheet_name(&sheet.name).and_then(|n| n.year)
    {
        let first = &sheet.cells[0];
        reading.sheet_year = Some((
            year,
            sheet.name.to_string(),
            sheet.location(first.row, first.col),
        ));
    }
    if sheet_section == Some(Section::Instructions) && layout.tables.is_empty() {
        for index in 0..sheet.cells.len() {
            reading.coverage.mark(sheet_index, index);
        }
        if !reading.own {
            reading.draft.diagnostics.push(
                Diagnostic::new(&REFERENCE_SHEET)
                    .arg("sheet", &*sheet.name)
                    .located(sheet.location(sheet.cells[0].row, sheet.cells[0].col)),
            );
        }
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
        awaiting: sheet_direction.map(|direction| Awaiting {
            title: sheet.name.to_string(),
            direction,
            rows: Vec::new(),
        }),
        pending_bases: sheet_direction
            .zip(layout.sheet_section.and_then(|s| s.basis))
            .into_iter()
            .collect(),
        definition_columns: None,
    };
    for (row, _) in sheet.rows() {
        read_row(reading, sheet_index, &layout, &mut state, seen, row);
    }
    if let Some(active) = state.active.take() {
        table::finish(reading, sheet_index, &layout, &active);
    }
    state.report_orphans(reading, sheet_index);
}

/// A table announced (by a section title or the sheet's name) whose header has not been found.
struct Awaiting {
    /// The title or sheet name that announced it.
    title: String,
    /// Its direction.
    direction: DirectionKind,
    /// Rows of two cells or more read as nothing since.
    rows: Vec<u32>,
}

/// Where the walk down a sheet is.
struct SheetState {
    /// The direction the last section title (or the sheet's name) announced.
    context: Option<DirectionKind>,
    /// Whether the rows are Annex 2 definitions.
    definitions: bool,
    /// The table being read.
    active: Option<ActiveTable>,
    /// A table announced but not found yet.
    awaiting: Option<Awaiting>,
    /// Bases stated since the last table (by titles, labels, ticks), for the next table.
    pending_bases: Vec<(DirectionKind, Basis)>,
    /// The columns of the Annex 2 table, once its header row is read (own workbooks).
    definition_columns: Option<DefinitionColumns>,
}

impl SheetState {
    /// Reports the rows under a title that announced a table whose header was never found.
    fn report_orphans(&mut self, reading: &mut Reading<'_>, sheet_index: usize) {
        let Some(awaiting) = self.awaiting.take() else {
            return;
        };
        let Some(&first) = awaiting.rows.first() else {
            return;
        };
        let sheet = &reading.sheets[sheet_index];
        let closest = sheet.cells[sheet.row_span(first)]
            .iter()
            .filter_map(|cell| cell.value.text())
            .find_map(closest_heading)
            .map(|(_, heading)| heading);
        let first_col = sheet.cells[sheet.row_span(first)]
            .first()
            .map_or(0, |cell| cell.col);
        let mut diagnostic = Diagnostic::new(&TABLE_NOT_RECOGNISED)
            .arg("table", table_name(awaiting.direction))
            .arg("title", awaiting.title.as_str())
            .arg("count", awaiting.rows.len().to_string());
        if let Some(closest) = closest {
            diagnostic = diagnostic.arg("closest", closest);
        }
        reading.draft.diagnostics.push(
            diagnostic
                .at(direction_pointer(awaiting.direction))
                .located(sheet.location(first, first_col)),
        );
        for row in awaiting.rows {
            for index in sheet.row_span(row) {
                reading.coverage.mark(sheet_index, index);
            }
        }
    }

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
    if reading.own && read_own_row(reading, sheet_index, layout, state, row) {
        return;
    }
    if let Some(plan_index) = layout.table_with_header_row(row) {
        if layout.tables[plan_index].header.first_row == row {
            state.end_table(reading, sheet_index, layout);
            state.awaiting = None;
            let direction = layout.tables[plan_index].direction;
            let stated = std::mem::take(&mut state.pending_bases)
                .into_iter()
                .filter(|(d, _)| *d == direction)
                .map(|(_, basis)| basis)
                .collect();
            let active = table::start(reading, sheet_index, layout, plan_index, stated);
            state.context = Some(active.direction);
            state.definitions = false;
            state.active = Some(active);
        }
        return;
    }
    if let Some(title) = layout.title_on(row) {
        state.end_table(reading, sheet_index, layout);
        state.report_orphans(reading, sheet_index);
        reading.consume(sheet_index, row, title.col);
        let direction = section_direction(title.found.section);
        state.awaiting = direction.map(|direction| Awaiting {
            title: title.text.clone(),
            direction,
            rows: Vec::new(),
        });
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
    let on_cover = layout
        .tables
        .iter()
        .all(|table| table.header.first_row > row)
        && DirectionKind::ALL
            .iter()
            .all(|&d| reading.draft.report.direction(d).entries.is_empty());
    if read_title_line(reading, sheet_index, row, on_cover)
        || basis_line::read(reading, sheet_index, row)
    {
        return;
    }
    let scope = label_scope(layout, state, row);
    let counts = DirectionKind::ALL.map(|d| reading.draft.evidence_mut(d).bases.len());
    let read_any = title::read_row(reading, sheet_index, row, scope, seen);
    for (direction, before) in DirectionKind::ALL.into_iter().zip(counts) {
        let new: Vec<_> = reading.draft.evidence_mut(direction).bases[before..]
            .iter()
            .map(|(basis, _)| (direction, *basis))
            .collect();
        state.pending_bases.extend(new);
    }
    if read_any {
        reading.label_sheets.insert(sheet_index);
    } else if let Some(awaiting) = state.awaiting.as_mut()
        && sheet.row_span(row).len() >= 2
    {
        awaiting.rows.push(row);
    }
}

/// Reads a row of the toolkit's own workbook below a table's or Annex 2's header, where every
/// row is a row of the table; returns whether the row was read so.
fn read_own_row(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    state: &mut SheetState,
    row: u32,
) -> bool {
    if let Some(active) = state.active.as_mut() {
        table::read_row(reading, sheet_index, layout, active, row);
        return true;
    }
    if let Some(columns) = state.definition_columns {
        definitions::read_own_row(reading, sheet_index, row, columns);
        return true;
    }
    let sheet = &reading.sheets[sheet_index];
    if state.definitions
        && layout.table_with_header_row(row).is_none()
        && let Some(columns) = definitions::header_columns(sheet, row)
    {
        for index in sheet.row_span(row) {
            reading.coverage.mark(sheet_index, index);
        }
        let at = sheet.location(row, columns.category);
        reading.draft.place("/national_definitions", at);
        state.definition_columns = Some(columns);
        return true;
    }
    false
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
    let sentence_below = sentence_below(sheet, row);
    if layout.is_boxed(row)
        || (is_nil_tick_label(text)
            && state.active.is_none()
            && state.context.is_none()
            && sentence_below.is_none())
    {
        return false;
    }
    let direction = stated
        .or(state.active.as_ref().map(|t| t.direction))
        .or(state.context);
    let Some(direction) = direction else {
        return false;
    };
    state.end_table(reading, sheet_index, layout);
    state.awaiting = None;
    reading.consume(sheet_index, row, cell.col);
    if let Some((below, col)) = sentence_below {
        reading.consume(sheet_index, below, col);
    }
    let at = sheet.location(row, cell.col);
    let evidence = reading.draft.evidence_mut(direction);
    if evidence.nil_at.is_none() {
        evidence.nil_at = Some(at);
    }
    true
}

/// The cell of a sentence alone on its row within two rows below `row`, with nothing between:
/// what a nil report's title is followed by ("Le Sénégal n'a procédé à aucune exportation…"),
/// where a tick box label is followed by other labels or boxes.
fn sentence_below(sheet: &Sheet, row: u32) -> Option<(u32, u32)> {
    /// Fewest words of a sentence.
    const SENTENCE_WORDS: usize = 6;
    let next = (row + 1..=row + 2).find(|&r| {
        sheet.cells[sheet.row_span(r)]
            .iter()
            .any(|c| c.value != CellValue::Empty)
    })?;
    let cells: Vec<_> = sheet.cells[sheet.row_span(next)]
        .iter()
        .filter(|c| c.value != CellValue::Empty)
        .collect();
    let [cell] = cells.as_slice() else {
        return None;
    };
    let text = cell.value.text()?;
    let is_sentence = text.split_whitespace().count() >= SENTENCE_WORDS
        && att_lexicon::label::match_label(text).is_none();
    is_sentence.then_some((next, cell.col))
}

/// A row holding only a title line that gives the reporting State and the year ("Annual report
/// of Norway, 2021", "Informe de Chile — año 2019"), the State alone ("Rapport annuel de la
/// France", "Republic of South Africa — National Conventional Arms Control Committee") or the
/// year alone ("Annual report to the ATT Secretariat for the calendar year 2019"): kept for when
/// no label gives them. A line that only names the report is read too. `on_cover` says the row
/// stands above every table of its sheet and before any entry of the workbook: there a line that
/// is a State's name alone ("Estados Unidos Mexicanos") gives the reporting State, when no other
/// line does.
fn read_title_line(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    row: u32,
    on_cover: bool,
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
    let mut bare = false;
    let (state, year) = if let Some(title) = att_lexicon::title_line::read_title_line(text) {
        (Some(title.state), Some(title.year))
    } else if att_lexicon::label::match_label(text).is_some() {
        // A label with its value ("État partie : Suisse") is the title page's to read.
        return false;
    } else if let Some(line) = att_lexicon::state_line::read_state_line(text) {
        (Some(line.state), None)
    } else if let Some(year) = att_lexicon::year_line::read_year_line(text) {
        (None, Some(year))
    } else if att_lexicon::title_line::is_report_heading(text) {
        // The report's own heading ("RAPPORT ANNUEL — TRAITÉ SUR LE COMMERCE DES ARMES"):
        // read, with nothing to take from it.
        reading.consume(sheet_index, row, cell.col);
        return true;
    } else if let Some(name) = att_lexicon::state_line::read_state_name(text).filter(|_| on_cover) {
        bare = true;
        (Some(name), None)
    } else {
        return false;
    };
    if state.is_some_and(|state| reading.names.state_code(state).is_none()) {
        return false;
    }
    reading.consume(sheet_index, row, cell.col);
    let already = |wanted: &dyn Fn(&TitleLineRead) -> bool| reading.title_lines.iter().any(wanted);
    // A bare name gives way to a line that says it names the reporting State.
    let adds_state =
        state.is_some() && !already(&|line| line.state.is_some() && (bare || !line.bare));
    let adds_year = year.is_some() && !already(&|line| line.year.is_some());
    if adds_state || adds_year {
        reading.title_lines.push(TitleLineRead {
            text: text.trim().to_owned(),
            state: state.filter(|_| adds_state).map(str::to_owned),
            year: year.filter(|_| adds_year),
            at: sheet.location(row, cell.col),
            bare,
        });
    }
    true
}

/// Whether the text is worded as the "Nil report – exports" tick box of the template (which
/// needs its tick), rather than as a statement ("No exports", "Sin importaciones").
fn is_nil_tick_label(text: &str) -> bool {
    let written = fold(text.trim().trim_end_matches(':'));
    [Label::NilExports, Label::NilImports]
        .into_iter()
        .any(|label| {
            Lang::ALL
                .iter()
                .any(|&lang| fold(canonical_label(label, lang)) == written)
        })
}

/// Which directions a basis or currency label on `row` speaks for: the table right below it,
/// the section it stands in, or, on a title page, both.
fn label_scope(layout: &SheetLayout, state: &SheetState, row: u32) -> Scope {
    if let Some(table) = layout.table_below(row)
        && !layout.direction_title_between(row, table.header.first_row)
    {
        let first_table = layout
            .tables
            .first()
            .is_some_and(|first| first.header.first_row == table.header.first_row);
        let both_directions = layout.tables.iter().any(|t| t.direction != table.direction);
        if !table.header.sides.is_empty() || (first_table && both_directions) {
            return Scope::Both;
        }
        return Scope::One(table.direction);
    }
    match state.context {
        Some(direction) => Scope::One(direction),
        None => Scope::Both,
    }
}
