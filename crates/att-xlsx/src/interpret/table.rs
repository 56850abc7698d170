//! Reading a table: its header's findings (unknown and duplicate columns, a direction
//! contradicted or not stated, missing columns), and the kind of each of its rows — data rows,
//! category group and sub-group rows whose category applies to the rows below, repeated
//! header rows, blank rows and notes. Data rows are read into entries by [`entry`].

use crate::container::sheet::{Cell, CellValue, Sheet};
use crate::interpret::coverage::TableArea;
use crate::interpret::draft::{TableBasis, direction_pointer, table_name};
use crate::interpret::entry;
use crate::interpret::field::Field;
use crate::interpret::header::Header;
use crate::interpret::layout::{DirectionSource, SheetLayout, TablePlan, header_location};
use crate::interpret::profile::Kind;
use crate::interpret::reading::Reading;
use crate::interpret::roles::Decided;
use crate::interpret::totals;
use crate::rules::{
    COLUMN_READ_FROM_CONTENT, CONTROL_CODES_SET_ASIDE, DIRECTION_CONFLICT, DIRECTION_UNKNOWN,
    DUPLICATE_COLUMN, EXPORTER_IMPORTER_TABLE, MATRIX_TABLE, PARTNERS_NAMED_TWICE, REPEATED_HEADER,
    REPORTER_COLUMN, VALUE_MULTIPLIER,
};
use att_lexicon::category::{read_group_row_category, read_subgroup};
use att_lexicon::heading::{Column, canonical_heading, closest_heading};
use att_lexicon::label::match_label;
use att_schema::rules::{COLUMN_MISSING, UNKNOWN_FIELD};
use att_schema::source_map::cell_name;
use att_schema::text::fold;
use att_schema::{Basis, Category, Diagnostic, DirectionKind, Lang, Location, Text};

/// A table being read.
#[derive(Debug)]
pub(crate) struct ActiveTable {
    /// Its plan in the sheet's layout.
    pub plan: usize,
    /// Its direction.
    pub direction: DirectionKind,
    /// Its area in the draft's list of tables.
    area: usize,
    /// The category of the group (and sub-group) rows above.
    pub(crate) group: Option<Group>,
    /// Whether an entry took its category from a group row.
    pub(crate) used_group: bool,
    /// What the table's own title, labels and headings say of its basis.
    bases: Vec<Basis>,
    /// The index of its first entry in its direction.
    first_entry: usize,
    /// The index of the first entry a sub-total sums: after the previous sub-total or
    /// category group row.
    sub_start: usize,
    /// A grand total standing above the rows it totals: its row and its label's column.
    total_above: Option<(u32, Option<u32>)>,
    /// Each column's heading, folded, to recognise a repeated header row.
    folded_headings: Vec<(u32, String)>,
    /// Entries read.
    pub(crate) entries: usize,
}

/// The category a group row, and then a sub-group row, gave to the rows below.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// The group row's category.
    pub(crate) category: Category,
    /// Its cell.
    pub(crate) at: Location,
    /// The sub-group row's category and cell, once one is read.
    pub(crate) sub: Option<(Category, Location)>,
}

impl Group {
    /// The most precise category the rows below take, and the cell that gives it.
    pub(crate) fn current(&self) -> (Category, &Location) {
        match &self.sub {
            Some((category, at)) => (*category, at),
            None => (self.category, &self.at),
        }
    }
}

/// What a row turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RowOutcome {
    /// Read as part of the table (data, group row, repeated header), or left as a note.
    Read,
    /// Not part of the table: the table ended above it.
    Ends,
}

/// The heading of a column in messages, in each language.
pub(crate) fn column_name(column: Column, direction: DirectionKind) -> Text {
    Text {
        en: canonical_heading(column, direction, Lang::En),
        fr: canonical_heading(column, direction, Lang::Fr),
        es: canonical_heading(column, direction, Lang::Es),
    }
}

/// The quantity columns, of which a table needs at least one.
const ITEMS_OR_VALUE: Text = Text {
    en: "Number of items” or “Value",
    fr: "Nombre d’articles » ou « Valeur",
    es: "Número de artículos» o «Valor",
};

/// Starts reading the table of `plan_index`: uses its header cells, records it as evidence for
/// its direction, and reports what is wrong with its headings.
pub(crate) fn start(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    plan_index: usize,
    stated_bases: Vec<Basis>,
) -> ActiveTable {
    let sheet = &reading.sheets[sheet_index];
    let plan = &layout.tables[plan_index];
    let header = &plan.header;
    let direction = plan.direction;
    let pointer = direction_pointer(direction);
    for &(row, col) in &header.cells {
        reading.consume(sheet_index, row, col);
    }
    if let Some(units) = &header.units {
        reading.consume(sheet_index, units.at.0, units.at.1);
        if let Some(multiplier) = units.statement.multiplier
            && (units.multiplied_matrix || !units.multiplied_cols.is_empty())
        {
            reading.draft.diagnostics.push(
                Diagnostic::new(&VALUE_MULTIPLIER)
                    .arg("heading", units.text.as_str())
                    .arg("multiplier", multiplier.factor().to_string())
                    .located(sheet.location(units.at.0, units.at.1)),
            );
        }
    }
    let at = header_location(sheet, plan);
    let directions: Vec<DirectionKind> = if header.sides.is_empty() {
        vec![direction]
    } else {
        header.sides.iter().map(|(d, _)| *d).collect()
    };
    // A table whose rows are exports or imports by where the reporting State stands is
    // evidence of a direction only where a row is of it.
    let evident: &[DirectionKind] = if header.row_sides.is_some() {
        &[]
    } else {
        &directions
    };
    for &each in evident {
        let evidence = reading.draft.evidence_mut(each);
        if evidence.table_at.is_none() {
            evidence.table_at = Some(at.clone());
        }
    }
    for slot in &header.slots {
        if let Some(basis) = slot.found.basis {
            let heading_at = sheet.location(slot.heading_at.0, slot.heading_at.1);
            let of = slot
                .found
                .direction
                .filter(|d| directions.contains(d))
                .unwrap_or(direction);
            reading
                .draft
                .evidence_mut(of)
                .bases
                .push((basis, heading_at));
        }
    }
    report_direction(reading, sheet, plan, &at);
    report_headings(reading, sheet, header, direction, &pointer);
    report_roles(reading, sheet_index, header, direction, &pointer);
    if let Some(row_sides) = &header.row_sides {
        let state = att_schema::codes::state_by_code(row_sides.state).map_or_else(
            || Text {
                en: "one State",
                fr: "un seul État",
                es: "un solo Estado",
            },
            |state| Text {
                en: state.short_name(Lang::En),
                fr: state.short_name(Lang::Fr),
                es: state.short_name(Lang::Es),
            },
        );
        reading.draft.diagnostics.push(
            Diagnostic::new(&EXPORTER_IMPORTER_TABLE)
                .arg("cell", cell_name(header.first_row, header.col_span().0))
                .arg("exporter", row_sides.exporter.heading.trim())
                .arg("importer", row_sides.importer.heading.trim())
                .arg("state", state)
                .located(at.clone()),
        );
    }
    count_template_headings(reading, header, direction);
    reading
        .draft
        .reserve_entries(direction, rows_below(sheet, header.last_row));
    let (first_col, last_col) = header.col_span();
    reading.draft.tables.push(TableArea {
        sheet: sheet_index,
        direction: Some(direction),
        first_row: header.first_row,
        last_row: header.last_row,
        first_col,
        last_col,
    });
    let mut bases = stated_bases;
    if !header.has_basis_sets() {
        bases.extend(header.slots.iter().filter_map(|slot| slot.found.basis));
    }
    ActiveTable {
        plan: plan_index,
        direction,
        area: reading.draft.tables.len() - 1,
        group: None,
        used_group: false,
        bases,
        first_entry: reading.draft.report.direction(direction).entries.len(),
        sub_start: reading.draft.report.direction(direction).entries.len(),
        total_above: None,
        folded_headings: header
            .slots
            .iter()
            .chain(&header.duplicates)
            .map(|slot| (slot.col, fold(&slot.heading)))
            .collect(),
        entries: 0,
    }
}

/// Reports a table whose direction was not stated, or is contradicted by its headings.
fn report_direction(reading: &mut Reading<'_>, sheet: &Sheet, plan: &TablePlan, at: &Location) {
    if !plan.header.sides.is_empty() {
        return;
    }
    let hint = plan.header.direction_hint();
    let source = match &plan.source {
        DirectionSource::Title(text) | DirectionSource::SheetName(text) => text.clone(),
        DirectionSource::Heading => return,
        DirectionSource::Unknown => {
            reading.draft.diagnostics.push(
                Diagnostic::new(&DIRECTION_UNKNOWN)
                    .at(direction_pointer(plan.direction))
                    .located(at.clone()),
            );
            return;
        }
    };
    if let Some((hinted, slot)) = hint
        && hinted != plan.direction
    {
        reading.draft.diagnostics.push(
            Diagnostic::new(&DIRECTION_CONFLICT)
                .arg("table", table_name(plan.direction))
                .arg("source", source)
                .arg("heading", slot.heading.as_str())
                .arg("other", table_name(hinted))
                .located(sheet.location(slot.heading_at.0, slot.heading_at.1)),
        );
    }
}

/// Reports headings that name no field and columns given twice.
fn report_headings(
    reading: &mut Reading<'_>,
    sheet: &Sheet,
    header: &Header,
    direction: DirectionKind,
    pointer: &str,
) {
    for unknown in &header.unknown {
        let mut diagnostic = Diagnostic::new(&UNKNOWN_FIELD).arg("field", unknown.text.trim());
        if let Some((_, closest)) = closest_heading(&unknown.text) {
            diagnostic = diagnostic.arg("closest", closest);
        }
        reading.draft.diagnostics.push(
            diagnostic
                .at(pointer.to_owned())
                .located(sheet.location(unknown.at.0, unknown.at.1)),
        );
    }
    for duplicate in header
        .duplicates
        .iter()
        .filter(|slot| header.sides.is_empty() || slot.found.direction.is_none())
    {
        let first = header
            .slots
            .iter()
            .find(|s| s.column == duplicate.column)
            .map(|s| cell_name(s.heading_at.0, s.heading_at.1))
            .unwrap_or_default();
        reading.draft.diagnostics.push(
            Diagnostic::new(&DUPLICATE_COLUMN)
                .arg("heading", duplicate.heading.trim())
                .arg("field", column_name(duplicate.column, direction))
                .arg("first", first)
                .located(sheet.location(duplicate.heading_at.0, duplicate.heading_at.1)),
        );
    }
    let multiplied_by_units = |col: u32| {
        header
            .units
            .as_ref()
            .is_some_and(|units| units.multiplied_cols.contains(&col))
    };
    for slot in &header.slots {
        if multiplied_by_units(slot.col) {
            continue;
        }
        if let (Column::Value, Some(multiplier)) = (slot.column, slot.found.multiplier) {
            reading.draft.diagnostics.push(
                Diagnostic::new(&VALUE_MULTIPLIER)
                    .arg("heading", slot.heading.trim())
                    .arg("multiplier", multiplier.factor().to_string())
                    .located(sheet.location(slot.heading_at.0, slot.heading_at.1)),
            );
        }
    }
}

/// Reports each role its content decided for a column of the table, once per column; a
/// reporting State's own column gives the report its reporting State when the title page
/// does not.
fn report_roles(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    header: &Header,
    direction: DirectionKind,
    pointer: &str,
) {
    let sheet = &reading.sheets[sheet_index];
    let slot_of = |col: u32| {
        header
            .slots
            .iter()
            .chain(&header.duplicates)
            .chain(&header.set_aside)
            .chain(&header.reporter)
            .find(|slot| slot.col == col)
    };
    for decision in &header.decisions {
        let cell = cell_name(decision.at.0, decision.at.1);
        let diagnostic = match &decision.decided {
            Decided::Field(column) => {
                let mut diagnostic = Diagnostic::new(&COLUMN_READ_FROM_CONTENT)
                    .arg("cell", cell)
                    .arg("field", column_name(*column, direction))
                    .arg("fitting", decision.fitting.to_string())
                    .arg("telling", decision.telling.to_string())
                    .arg("evidence", evidence(decision.kind));
                diagnostic = match &decision.heading {
                    Some(heading) => diagnostic.arg("heading", heading.trim()),
                    None => diagnostic.arg("unheaded", "yes").arg(
                        "column",
                        crate::interpret::coverage::column_letters(decision.col),
                    ),
                };
                diagnostic
            }
            Decided::SetAside => {
                let example = first_text(sheet, header, decision.col).unwrap_or_default();
                let category = header.slot(Column::Category);
                Diagnostic::new(&CONTROL_CODES_SET_ASIDE)
                    .arg(
                        "heading",
                        decision.heading.as_deref().unwrap_or_default().trim(),
                    )
                    .arg("cell", cell)
                    .arg("example", example)
                    .arg("category", category.map_or("", |s| s.heading.trim()))
                    .arg(
                        "category_cell",
                        category.map_or_else(String::new, |s| {
                            cell_name(s.heading_at.0, s.heading_at.1)
                        }),
                    )
            }
            Decided::SameStatesAs(partner_col) => {
                let partner = slot_of(*partner_col);
                let mut diagnostic = Diagnostic::new(&PARTNERS_NAMED_TWICE)
                    .arg("cell", cell)
                    .arg("partner", partner.map_or("", |s| s.heading.trim()))
                    .arg(
                        "partner_cell",
                        partner.map_or_else(String::new, |s| {
                            cell_name(s.heading_at.0, s.heading_at.1)
                        }),
                    );
                if let Some(heading) = decision.heading.as_deref().filter(|h| !h.trim().is_empty())
                {
                    diagnostic = diagnostic.arg("heading", heading.trim());
                }
                diagnostic
            }
            Decided::Reporter => {
                let partner = header.slot(Column::Partner);
                let first = first_cell(sheet, header, decision.col);
                let state = first
                    .and_then(|c| c.value.text())
                    .and_then(|text| reading.names.state_code(text.trim()))
                    .and_then(att_schema::codes::state_by_code);
                let name = match state {
                    Some(state) => Text {
                        en: state.short_name(Lang::En),
                        fr: state.short_name(Lang::Fr),
                        es: state.short_name(Lang::Es),
                    },
                    None => Text {
                        en: "one State",
                        fr: "un seul État",
                        es: "un solo Estado",
                    },
                };
                if !reading.reporting_state.filled
                    && let Some(first) = first
                {
                    reading
                        .draft
                        .place("/reporting_state", sheet.location(first.row, first.col));
                    reading.reporting_state.set_name(Field::of(Some(first)));
                }
                Diagnostic::new(&REPORTER_COLUMN)
                    .arg(
                        "heading",
                        decision.heading.as_deref().unwrap_or_default().trim(),
                    )
                    .arg("cell", cell)
                    .arg("state", name)
                    .arg("partner", partner.map_or("", |s| s.heading.trim()))
                    .arg(
                        "partner_cell",
                        partner.map_or_else(String::new, |s| {
                            cell_name(s.heading_at.0, s.heading_at.1)
                        }),
                    )
            }
            Decided::Matrix(count) => {
                let mut diagnostic = Diagnostic::new(&MATRIX_TABLE)
                    .arg("cell", cell)
                    .arg("first", decision.heading.as_deref().unwrap_or_default())
                    .arg("count", count.to_string());
                match &header.matrix_figures {
                    Some(figures) if figures.column == Column::Value => {
                        diagnostic = diagnostic.arg("value", "yes");
                        if let Some(currency) =
                            figures.currency.as_ref().or(figures.currency_text.as_ref())
                        {
                            diagnostic = diagnostic.arg("currency", currency.as_str());
                        }
                    }
                    _ => diagnostic = diagnostic.arg("items", "yes"),
                }
                diagnostic
            }
        };
        reading.draft.diagnostics.push(
            diagnostic
                .at(pointer.to_owned())
                .located(sheet.location(decision.at.0, decision.at.1)),
        );
    }
}

/// The first filled cell of a column below the header.
fn first_cell<'s>(sheet: &'s Sheet, header: &Header, col: u32) -> Option<&'s Cell> {
    sheet
        .cells
        .iter()
        .skip_while(|c| c.row <= header.last_row)
        .find(|c| c.col == col && c.value != CellValue::Empty)
}

/// The text of the first filled cell of a column below the header.
fn first_text(sheet: &Sheet, header: &Header, col: u32) -> Option<String> {
    first_cell(sheet, header, col).map(|cell| cell.value.display().trim().to_owned())
}

/// What the cells of a column are, in words, as the evidence of its role.
fn evidence(kind: Kind) -> Text {
    let (en, fr, es) = match kind {
        Kind::State | Kind::NonState => (
            "are State names or codes",
            "sont des noms ou des codes d’États",
            "son nombres o códigos de Estados",
        ),
        Kind::Category => (
            "are categories of the Treaty",
            "sont des catégories du Traité",
            "son categorías del Tratado",
        ),
        Kind::ControlCode => (
            "are national control-list codes",
            "sont des codes d’une liste de contrôle nationale",
            "son códigos de una lista de control nacional",
        ),
        Kind::Count => (
            "are whole numbers",
            "sont des nombres entiers",
            "son números enteros",
        ),
        Kind::Amount => ("are amounts", "sont des montants", "son importes"),
        Kind::Currency => ("are currencies", "sont des monnaies", "son monedas"),
        Kind::Basis => (
            "say authorized or actual",
            "indiquent autorisé ou effectif",
            "indican autorizado o efectivo",
        ),
        _ => ("are free text", "sont du texte libre", "son texto libre"),
    };
    Text { en, fr, es }
}

/// Counts headings worded exactly as the 2017 template words them, in any of its languages.
fn count_template_headings(reading: &mut Reading<'_>, header: &Header, direction: DirectionKind) {
    for slot in &header.slots {
        let written = fold(&slot.heading);
        let canonical = Lang::ALL.iter().any(|&lang| {
            let wording = canonical_heading(slot.column, direction, lang);
            let main = wording.split(['(', '/']).next().unwrap_or(wording);
            let main = fold(main);
            !main.is_empty() && (written == main || written.starts_with(&format!("{main} ")))
        });
        if canonical {
            reading.template_headings.0 += 1;
        } else {
            reading.template_headings.1 += 1;
        }
    }
}

/// Finishes a table: reports required columns it lacks.
pub(crate) fn finish(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    table: &ActiveTable,
) {
    let sheet = &reading.sheets[sheet_index];
    let plan = &layout.tables[table.plan];
    let header = &plan.header;
    if let Some((row, label_col)) = table.total_above {
        let label = label_col.and_then(|col| sheet.get(row, col));
        totals::read_total_row(
            reading,
            sheet_index,
            header,
            table.direction,
            row,
            label,
            table.first_entry,
        );
    }
    let at = header_location(sheet, plan);
    let mut bases = table.bases.clone();
    bases.dedup();
    if let [basis] = bases.as_slice() {
        let end = reading
            .draft
            .report
            .direction(table.direction)
            .entries
            .len();
        reading.draft.table_bases.push(TableBasis {
            direction: table.direction,
            entries: table.first_entry..end,
            basis: *basis,
        });
    }
    let sides: Vec<(DirectionKind, &Header)> = if header.sides.is_empty() {
        vec![(table.direction, header)]
    } else {
        header.sides.iter().map(|(d, side)| (*d, side)).collect()
    };
    for (direction, side) in sides {
        report_missing_columns(reading, side, direction, table.used_group, &at);
    }
}

/// Reports the columns a table (or one side of it) needs and lacks.
fn report_missing_columns(
    reading: &mut Reading<'_>,
    header: &Header,
    direction: DirectionKind,
    used_group: bool,
    at: &Location,
) {
    let mut missing: Vec<Column> = Vec::new();
    let has = |column: Column| header.slots.iter().any(|s| s.column == column);
    let matrix = !header.matrix.is_empty();
    if !has(Column::Category) && !has(Column::NationalCategory) && !used_group && !matrix {
        missing.push(Column::Category);
    }
    if !has(Column::Partner) {
        missing.push(Column::Partner);
    }
    if !has(Column::Items) && !has(Column::Value) && !matrix {
        missing.push(Column::Items);
    }
    for column in missing {
        let closest = header
            .unknown
            .iter()
            .find(|u| closest_heading(&u.text).is_some_and(|(c, _)| c == column))
            .map(|u| u.text.trim().to_owned());
        let name = if column == Column::Items {
            ITEMS_OR_VALUE
        } else {
            column_name(column, direction)
        };
        let mut diagnostic = Diagnostic::new(&COLUMN_MISSING)
            .arg("table", table_name(direction))
            .arg("column", name);
        if let Some(closest) = closest {
            diagnostic = diagnostic.arg("closest", closest);
        }
        reading.draft.diagnostics.push(
            diagnostic
                .at(direction_pointer(direction))
                .located(at.clone()),
        );
    }
}

/// Whether a text reads as a footnote or a note rather than data ("* provisional", "Note: …").
fn is_note(text: &str) -> bool {
    let trimmed = text.trim_start();
    if trimmed.starts_with(['*', '†', '‡', '¹', '²', '³', '(']) {
        return true;
    }
    let folded = fold(trimmed);
    let first = folded.split(' ').next().unwrap_or_default();
    matches!(
        first,
        "note" | "notes" | "nota" | "notas" | "remarque" | "source" | "sources" | "fuente" | "nb"
    )
}

/// How many rows with cells the sheet has below `row`, at most: room for a table's entries
/// made once, rather than by doubling a 100,000-entry list.
fn rows_below(sheet: &Sheet, row: u32) -> usize {
    let first_below = sheet.cells.partition_point(|cell| cell.row <= row);
    let cells_below = sheet.cells.len() - first_below;
    let span = sheet
        .cells
        .last()
        .map_or(0, |last| last.row.saturating_sub(row) as usize);
    cells_below.min(span)
}

/// Reads one row of an active table.
pub(crate) fn read_row(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    table: &mut ActiveTable,
    row: u32,
) -> RowOutcome {
    let sheet = &reading.sheets[sheet_index];
    let header = &layout.tables[table.plan].header;
    let (first_col, _) = header.col_span();
    let span = sheet.row_span(row);
    let inside: Vec<&Cell> = sheet.cells[span]
        .iter()
        .filter(|c| header.has_column(c.col) && c.value != CellValue::Empty)
        .collect();
    if inside.is_empty() {
        return RowOutcome::Read;
    }
    if reading.own {
        reading.draft.tables[table.area].last_row = row;
        entry::read_entries(reading, sheet_index, layout, table, row);
        return RowOutcome::Read;
    }
    if let Some(first) = inside.first()
        && inside.len() <= 2
        && let Some(text) = first.value.text()
        && match_label(text).is_some()
        && read_group_row_category(text).is_none()
    {
        return RowOutcome::Ends;
    }
    if is_repeated_header(table, &inside) {
        reading.draft.tables[table.area].last_row = row;
        for cell in &inside {
            reading.consume(sheet_index, cell.row, cell.col);
        }
        reading.draft.diagnostics.push(
            Diagnostic::new(&REPEATED_HEADER)
                .arg("table", table_name(table.direction))
                .located(sheet.location(row, inside[0].col)),
        );
        return RowOutcome::Read;
    }
    let total = totals::total_in_row(sheet, header, &inside, reading)
        .map(|(label, level)| (Some(label), level))
        .or_else(|| unlabelled_total(sheet, header, &inside).then_some((None, totals::Level::Sub)));
    if let Some((label, level)) = total {
        let entries = reading
            .draft
            .report
            .direction(table.direction)
            .entries
            .len();
        reading.draft.tables[table.area].last_row = row;
        if level == totals::Level::Grand && entries == table.first_entry {
            // A grand total above the rows it totals is checked once they are read.
            for cell in &inside {
                reading.consume(sheet_index, row, cell.col);
            }
            table.total_above = Some((row, label.map(|cell| cell.col)));
            return RowOutcome::Read;
        }
        let first = match level {
            totals::Level::Grand => table.first_entry,
            totals::Level::Sub => table.sub_start,
        };
        totals::read_total_row(
            reading,
            sheet_index,
            header,
            table.direction,
            row,
            label,
            first,
        );
        if level == totals::Level::Sub {
            table.sub_start = entries;
        }
        return RowOutcome::Read;
    }
    if inside.len() == 1 {
        let cell = inside[0];
        let category_col = header
            .slot(Column::Category)
            .map_or(first_col, |slot| slot.col);
        if let Some(text) = cell.value.text() {
            if cell.col == category_col || sheet.merge_at(row, cell.col).is_some() {
                if let Some(category) = read_group_row_category(text) {
                    let subgroup = table
                        .group
                        .as_ref()
                        .filter(|g| category != g.category && is_under(category, g.category));
                    let at = sheet.location(row, cell.col);
                    match subgroup {
                        Some(_) => {
                            if let Some(group) = table.group.as_mut() {
                                group.sub = Some((category, at));
                            }
                        }
                        None => {
                            table.group = Some(Group {
                                category,
                                at,
                                sub: None,
                            });
                        }
                    }
                    reading.consume(sheet_index, row, cell.col);
                    reading.draft.tables[table.area].last_row = row;
                    table.sub_start = reading
                        .draft
                        .report
                        .direction(table.direction)
                        .entries
                        .len();
                    return RowOutcome::Read;
                }
                if let Some(group) = table.group.as_mut() {
                    let (current, _) = group.current();
                    let refined = read_subgroup(text, current)
                        .or_else(|| read_subgroup(text, group.category));
                    if let Some(category) = refined {
                        group.sub = Some((category, sheet.location(row, cell.col)));
                        reading.consume(sheet_index, row, cell.col);
                        reading.draft.tables[table.area].last_row = row;
                        return RowOutcome::Read;
                    }
                }
            }
            if is_note(text) || cell.col == category_col {
                return RowOutcome::Read;
            }
        }
    }
    reading.draft.tables[table.area].last_row = row;
    entry::read_entries(reading, sheet_index, layout, table, row);
    RowOutcome::Read
}

/// Whether a row of a matrix table is a total without a label: no partner, no text, figures
/// only ("343'226'331" under a continent's rows).
fn unlabelled_total(sheet: &Sheet, header: &Header, inside: &[&Cell]) -> bool {
    if header.matrix.is_empty() {
        return false;
    }
    let partner = header.slot(Column::Partner).map(|slot| slot.col);
    !inside.is_empty()
        && inside.iter().all(|cell| {
            Some(cell.col) != partner
                && matches!(cell.value, CellValue::Number(_))
                && (header.matrix.iter().any(|m| m.col == cell.col)
                    || header.row_total.as_ref().is_some_and(|t| t.col == cell.col))
        })
        && partner.is_none_or(|col| sheet.get(inside[0].row, col).is_none())
}

/// Whether `category` refines `group` (VIII.SA.2 under VIII).
fn is_under(category: Category, group: Category) -> bool {
    let mut current = category.parent();
    while let Some(parent) = current {
        if parent == group {
            return true;
        }
        current = parent.parent();
    }
    false
}

/// Whether the row repeats the header: at least two of its cells, and half of them, repeat the
/// headings of their own columns. Data rows are told apart at their first cell under a heading,
/// which costs one comparison.
fn is_repeated_header(table: &ActiveTable, inside: &[&Cell]) -> bool {
    let mut repeated = 0;
    for cell in inside {
        let Some(heading) = table
            .folded_headings
            .iter()
            .find(|(col, _)| *col == cell.col)
        else {
            continue;
        };
        let is_heading = cell.value.text().is_some_and(|text| {
            let folded = fold(text);
            !folded.is_empty() && heading.1.ends_with(&folded)
        });
        if !is_heading {
            if repeated == 0 {
                return false;
            }
            continue;
        }
        repeated += 1;
    }
    repeated >= 2 && repeated * 2 >= inside.len()
}
