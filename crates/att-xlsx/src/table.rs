//! Reading a table's rows into entries: data rows, category group rows and sub-group rows
//! whose category applies to the rows below, repeated header rows, blank rows, and notes.

use crate::coverage::TableArea;
use crate::draft::{TableBasis, direction_pointer, table_name};
use crate::fields::{self, At};
use crate::header::{Header, Slot};
use crate::layout::{DirectionSource, SheetLayout, TablePlan, header_location};
use crate::reading::{PendingCurrency, Reading};
use crate::rules::{
    DIRECTION_CONFLICT, DIRECTION_UNKNOWN, DUPLICATE_COLUMN, MERGED_CELL_IN_TABLE, REPEATED_HEADER,
    VALUE_MULTIPLIER,
};
use crate::sheet::{Cell, CellValue, Merge, Sheet};
use att_lexicon::category::{CategoryReading, read_group_row_category, read_subgroup};
use att_lexicon::heading::{Column, canonical_heading, closest_heading};
use att_lexicon::label::match_label;
use att_schema::rules::{COLUMN_MISSING, UNKNOWN_FIELD};
use att_schema::source_map::cell_name;
use att_schema::text::fold;
use att_schema::{
    Arg, Basis, Category, Diagnostic, DirectionKind, Entry, EntryBasis, Lang, Lenient, Location,
    Money, Text,
};

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
    group: Option<Group>,
    /// Whether an entry took its category from a group row.
    used_group: bool,
    /// What the table's own title, labels and headings say of its basis.
    bases: Vec<Basis>,
    /// The index of its first entry in its direction.
    first_entry: usize,
    /// Each column's heading, folded, to recognise a repeated header row.
    folded_headings: Vec<(u32, String)>,
    /// Entries read.
    entries: usize,
}

/// The category a group row, and then a sub-group row, gave to the rows below.
#[derive(Debug, Clone)]
struct Group {
    category: Category,
    at: Location,
    sub: Option<(Category, Location)>,
}

impl Group {
    fn current(&self) -> (Category, &Location) {
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
    let at = header_location(sheet, plan);
    let evidence = reading.draft.evidence_mut(direction);
    if evidence.table_at.is_none() {
        evidence.table_at = Some(at.clone());
    }
    for slot in &header.slots {
        if let Some(basis) = slot.found.basis {
            let heading_at = sheet.location(slot.heading_at.0, slot.heading_at.1);
            reading
                .draft
                .evidence_mut(direction)
                .bases
                .push((basis, heading_at));
        }
    }
    report_direction(reading, sheet, plan, &at);
    report_headings(reading, sheet, header, direction, &pointer);
    count_template_headings(reading, header, direction);
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
    for duplicate in &header.duplicates {
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
    for slot in &header.slots {
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
    let mut missing: Vec<Column> = Vec::new();
    let has = |column: Column| header.slots.iter().any(|s| s.column == column);
    if !has(Column::Category) && !has(Column::NationalCategory) && !table.used_group {
        missing.push(Column::Category);
    }
    if !has(Column::Partner) {
        missing.push(Column::Partner);
    }
    if !has(Column::Items) && !has(Column::Value) {
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
            column_name(column, table.direction)
        };
        let mut diagnostic = Diagnostic::new(&COLUMN_MISSING)
            .arg("table", table_name(table.direction))
            .arg("column", name);
        if let Some(closest) = closest {
            diagnostic = diagnostic.arg("closest", closest);
        }
        reading.draft.diagnostics.push(
            diagnostic
                .at(direction_pointer(table.direction))
                .located(at.clone()),
        );
    }
}

/// A cell of the table on `row` in column `col`: the cell itself, or the top-left cell of a
/// merged area that covers it from a row above (inside the table's body).
struct Source<'s> {
    cell: Option<&'s Cell>,
    location: Location,
    merge: Option<Merge>,
}

fn source<'s>(sheet: &'s Sheet, header: &Header, row: u32, col: u32) -> Source<'s> {
    if let Some(cell) = sheet.get(row, col) {
        return Source {
            cell: Some(cell),
            location: sheet.location(row, col),
            merge: sheet
                .merge_at(row, col)
                .filter(|m| m.last_row > m.first_row)
                .copied(),
        };
    }
    if let Some(merge) = sheet
        .merge_at(row, col)
        .filter(|m| m.first_row > header.last_row && (m.first_row, m.first_col) != (row, col))
    {
        return Source {
            cell: sheet.get(merge.first_row, merge.first_col),
            location: sheet.location(merge.first_row, merge.first_col),
            merge: Some(*merge),
        };
    }
    Source {
        cell: None,
        location: sheet.location(row, col),
        merge: None,
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
    read_entries(reading, sheet_index, layout, table, row);
    RowOutcome::Read
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

/// The places of the fields of an entry, relative to the entry's pointer.
struct Places(Vec<(&'static str, Location)>);

impl Places {
    fn add(&mut self, suffix: &'static str, location: &Location) {
        self.0.push((suffix, location.clone()));
    }
}

/// Reads a data row into one entry, or one per basis when the table gives authorized and
/// actual figures in separate columns.
fn read_entries(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    table: &mut ActiveTable,
    row: u32,
) {
    let sheet = &reading.sheets[sheet_index];
    let header = &layout.tables[table.plan].header;
    let direction = table.direction;
    let (first_col, _) = header.col_span();
    for cell in &sheet.cells[sheet.row_span(row)] {
        if header.has_column(cell.col) {
            reading.consume(sheet_index, row, cell.col);
        }
    }
    let sets: Vec<Option<Basis>> = if header.has_basis_sets() {
        let filled = |basis: Basis| {
            [Column::Items, Column::Value].iter().any(|&column| {
                quantity_slot(header, column, Some(basis))
                    .is_some_and(|slot| source(sheet, header, row, slot.col).cell.is_some())
            })
        };
        let sets: Vec<Option<Basis>> = [Basis::Authorized, Basis::Actual]
            .into_iter()
            .filter(|&b| filled(b))
            .map(Some)
            .collect();
        if sets.is_empty() { vec![None] } else { sets }
    } else {
        vec![None]
    };
    for set in sets {
        let index = reading.draft.report.direction(direction).entries.len();
        let pointer = format!("{}/entries/{index}", direction_pointer(direction));
        let mut entry = Entry::default();
        let mut places = Places(Vec::new());
        let row_at = sheet.location(row, first_col);
        let at = RowAt { sheet, header, row };
        read_category_fields(reading, &at, table, &mut entry, &mut places);
        read_party_fields(reading, &at, &mut entry, &mut places);
        let quantities = Quantities {
            direction,
            set,
            index,
            pointer: &pointer,
        };
        read_quantities(reading, &at, &quantities, &mut entry, &mut places);
        read_text_fields(reading, &at, &mut entry, &mut places);
        for slot in &header.slots {
            note_merge(reading, sheet_index, header, row, slot.col);
        }
        reading.draft.push_entry(direction, entry, row_at, places.0);
        table.entries += 1;
    }
}

/// The items or value column of a basis set (or of the table, when it has no sets).
fn quantity_slot(header: &Header, column: Column, basis: Option<Basis>) -> Option<&Slot> {
    let of_column = || header.slots.iter().filter(move |s| s.column == column);
    match basis {
        Some(basis) => of_column()
            .find(|s| s.found.basis == Some(basis))
            .or_else(|| of_column().find(|s| s.found.basis.is_none())),
        None => of_column().next(),
    }
}

/// Reports a merged cell spanning several rows of the table, once.
fn note_merge(reading: &mut Reading<'_>, sheet_index: usize, header: &Header, row: u32, col: u32) {
    let sheet = &reading.sheets[sheet_index];
    let found = source(sheet, header, row, col);
    let (Some(merge), Some(cell)) = (found.merge, found.cell) else {
        return;
    };
    if merge.first_row <= header.last_row
        || !reading
            .merges_reported
            .insert((sheet_index, merge.first_row, merge.first_col))
    {
        return;
    }
    let column = (sheet_index, header.first_row, merge.first_col);
    if let Some(&index) = reading.merge_columns.get(&column) {
        if let Some(diagnostic) = reading.draft.diagnostics.get_mut(index) {
            let more = match diagnostic.arg_value("more") {
                Some(Arg::Text(text)) => text.parse::<usize>().unwrap_or(0),
                _ => 0,
            } + 1;
            diagnostic.args.retain(|(name, _)| *name != "more");
            diagnostic.args.push(("more", Arg::Text(more.to_string())));
        }
        return;
    }
    reading
        .merge_columns
        .insert(column, reading.draft.diagnostics.len());
    reading.draft.diagnostics.push(
        Diagnostic::new(&MERGED_CELL_IN_TABLE)
            .arg("range", merge.a1())
            .arg("text", crate::coverage::shorten(&cell.value.display()))
            .arg("count", (merge.last_row - merge.first_row + 1).to_string())
            .located(sheet.location(merge.first_row, merge.first_col)),
    );
}

/// A row of a table being read into an entry.
struct RowAt<'s> {
    sheet: &'s Sheet,
    header: &'s Header,
    row: u32,
}

/// Which quantities of a row an entry takes, and where the entry goes.
struct Quantities<'p> {
    direction: DirectionKind,
    /// The basis set (for tables with separate authorized and actual columns).
    set: Option<Basis>,
    /// The entry's index in its direction.
    index: usize,
    /// The entry's pointer.
    pointer: &'p str,
}

fn read_category_fields(
    reading: &mut Reading<'_>,
    at: &RowAt<'_>,
    table: &mut ActiveTable,
    entry: &mut Entry,
    places: &mut Places,
) {
    let (sheet, header, row) = (at.sheet, at.header, at.row);
    if let Some(slot) = header.slot(Column::NationalCategory) {
        let found = source(sheet, header, row, slot.col);
        places.add("national_category", &found.location);
        entry.national_category = reading.text_field(found.cell, &found.location);
    }
    let found = header
        .slot(Column::Category)
        .map(|slot| source(sheet, header, row, slot.col));
    let text = found.as_ref().and_then(|f| fields::text_of(f.cell));
    if let (Some(text), Some(found)) = (&text, &found) {
        places.add("category", &found.location);
        entry.category = Some(match reading.names.category(text) {
            CategoryReading::Category(category) => {
                if names_its_category(text) {
                    table.group = Some(Group {
                        category,
                        at: found.location.clone(),
                        sub: None,
                    });
                }
                Lenient::Typed(category)
            }
            CategoryReading::Aggregate | CategoryReading::Unknown => {
                Lenient::raw_text(text.clone())
            }
        });
        return;
    }
    if let Some(group) = &table.group {
        let (category, at) = group.current();
        places.add("category", at);
        entry.category = Some(Lenient::Typed(category));
        table.used_group = true;
    } else if let Some(found) = &found {
        places.add("category", &found.location);
    }
    if entry.category.is_none() && entry.national_category.is_some() {
        entry.category = Some(Lenient::Typed(Category::National));
    }
}

/// Whether a category cell is worded as the template's pre-printed category rows ("II.
/// Armoured combat vehicles"): with a name, not only a code. The rows below such a row with a
/// blank category belong to it.
fn names_its_category(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|word| word.chars().count() >= 4)
}

fn read_party_fields(
    reading: &mut Reading<'_>,
    at: &RowAt<'_>,
    entry: &mut Entry,
    places: &mut Places,
) {
    let (sheet, header, row) = (at.sheet, at.header, at.row);
    for column in [Column::Partner, Column::StateOfOrigin] {
        let Some(slot) = header.slot(column) else {
            continue;
        };
        let found = source(sheet, header, row, slot.col);
        let field = match column {
            Column::Partner => "partner",
            _ => "state_of_origin",
        };
        places.add(field, &found.location);
        let party = reading.names.read_party(found.cell);
        match column {
            Column::Partner => entry.partner = party,
            _ => entry.state_of_origin = party,
        }
    }
    if let Some(slot) = header.slot(Column::IntermediateLocations) {
        let found = source(sheet, header, row, slot.col);
        places.add("intermediate_locations", &found.location);
        entry.intermediate_locations = reading.names.read_parties(found.cell);
    }
}

fn read_quantities(
    reading: &mut Reading<'_>,
    at: &RowAt<'_>,
    quantities: &Quantities<'_>,
    entry: &mut Entry,
    places: &mut Places,
) {
    let (sheet, header, row) = (at.sheet, at.header, at.row);
    let (direction, set, index, pointer) = (
        quantities.direction,
        quantities.set,
        quantities.index,
        quantities.pointer,
    );
    if let Some(slot) = quantity_slot(header, Column::Items, set) {
        let found = source(sheet, header, row, slot.col);
        places.add("items", &found.location);
        let mut at = reading.at(found.location.clone(), format!("{pointer}/items"));
        entry.items = fields::read_count(found.cell, &mut at);
    }
    if let Some(slot) = quantity_slot(header, Column::Value, set) {
        let found = source(sheet, header, row, slot.col);
        places.add("value", &found.location);
        let amount = {
            let mut at: At<'_> =
                reading.at(found.location.clone(), format!("{pointer}/value/amount"));
            fields::read_amount(found.cell, slot.found.multiplier, &mut at)
        };
        if let Some(amount) = amount {
            let currency = currency_source(
                sheet,
                header,
                slot,
                row,
                &found.location,
                amount.currency_text.clone(),
            );
            let mut money = Money {
                amount: Some(amount.amount),
                currency: None,
            };
            match currency {
                Some(CurrencySource::Code(code, at)) => {
                    if at != found.location {
                        places.add("value/currency", &at);
                    }
                    money.currency = Some(code);
                }
                Some(CurrencySource::Written(text, at)) => {
                    if at != found.location {
                        places.add("value/currency", &at);
                    }
                    reading.pending_currencies.push(PendingCurrency {
                        direction,
                        entry: index,
                        text,
                        location: at,
                    });
                }
                None => {}
            }
            entry.value = Some(money);
        }
    }
    if let Some(basis) = set {
        entry.basis = Some(Lenient::Typed(match basis {
            Basis::Authorized => EntryBasis::Authorized,
            _ => EntryBasis::Actual,
        }));
    } else if let Some(slot) = header.slot(Column::Basis) {
        let found = source(sheet, header, row, slot.col);
        places.add("basis", &found.location);
        entry.basis =
            fields::text_of(found.cell).map(|text| match att_lexicon::basis::read_basis(&text) {
                Some(Basis::Authorized) => Lenient::Typed(EntryBasis::Authorized),
                Some(Basis::Actual) => Lenient::Typed(EntryBasis::Actual),
                _ => Lenient::raw_text(text),
            });
    }
}

/// Where an entry's currency comes from.
enum CurrencySource {
    /// An ISO 4217 code already resolved (from a heading), with its place.
    Code(String, Location),
    /// Text to resolve, with its place.
    Written(String, Location),
}

/// The currency of a value: written in the value cell, in the currency column, or in the value
/// heading, in that order.
fn currency_source(
    sheet: &Sheet,
    header: &Header,
    value_slot: &Slot,
    row: u32,
    value_at: &Location,
    in_cell: Option<String>,
) -> Option<CurrencySource> {
    if let Some(text) = in_cell {
        return Some(CurrencySource::Written(text, value_at.clone()));
    }
    if let Some(slot) = header.slot(Column::Currency) {
        let found = source(sheet, header, row, slot.col);
        if let Some(text) = fields::text_of(found.cell) {
            return Some(CurrencySource::Written(text, found.location));
        }
    }
    let heading_at = sheet.location(value_slot.heading_at.0, value_slot.heading_at.1);
    if let Some(code) = &value_slot.found.currency {
        return Some(CurrencySource::Code(code.clone(), heading_at));
    }
    if let Some(text) = &value_slot.found.currency_text {
        return Some(CurrencySource::Written(text.clone(), heading_at));
    }
    if let Some(slot) = header.slot(Column::Currency)
        && let Some(code) = &slot.found.currency
    {
        let at = sheet.location(slot.heading_at.0, slot.heading_at.1);
        return Some(CurrencySource::Code(code.clone(), at));
    }
    None
}

fn read_text_fields(
    reading: &mut Reading<'_>,
    at: &RowAt<'_>,
    entry: &mut Entry,
    places: &mut Places,
) {
    let (sheet, header, row) = (at.sheet, at.header, at.row);
    for (column, suffix) in [
        (Column::Description, "description"),
        (Column::Comments, "comments"),
    ] {
        let Some(slot) = header.slot(column) else {
            continue;
        };
        let found = source(sheet, header, row, slot.col);
        places.add(suffix, &found.location);
        let text = reading.text_field(found.cell, &found.location);
        match column {
            Column::Description => entry.description = text,
            _ => entry.comments = text,
        }
    }
}
