//! Reading a data row of a table into an entry (or one entry per basis, when the table gives
//! authorized and actual figures in separate columns), each field placed at its cell, empty or
//! not, so that a missing value is reported at the cell to fill.

use crate::container::sheet::{Cell, Merge, Sheet};
use crate::interpret::field::{Field, literal_lenient, literal_text};
use crate::interpret::fields::{self, At, FieldPointer};
use crate::interpret::header::{Header, Slot};
use crate::interpret::layout::SheetLayout;
use crate::interpret::party::{self, PartyParts};
use crate::interpret::reading::{PendingCurrency, Reading};
use crate::interpret::table::{ActiveTable, Group};
use crate::rules::MERGED_CELL_IN_TABLE;
use att_lexicon::category::CategoryReading;
use att_lexicon::heading::Column;
use att_schema::{
    Arg, Basis, Category, Diagnostic, DirectionKind, Entry, EntryBasis, Lenient, Location, Money,
};
use serde_json::Value;

/// A cell of the table on `row` in column `col`: the cell itself, or the top-left cell of a
/// merged area that covers it from a row above (inside the table's body).
struct Source<'s> {
    cell: Option<&'s Cell>,
    /// The value of the cell, when it is a literal cell of the toolkit's own workbook.
    literal: Option<&'s Value>,
    /// Whether the cell looks a State's code up in the toolkit's own list.
    lookup: bool,
    location: Location,
    merge: Option<Merge>,
}

impl<'s> Source<'s> {
    fn field(&self) -> Field<'s> {
        match self.literal {
            Some(value) => Field::Literal(value),
            None if self.lookup => Field::Lookup,
            None => Field::of(self.cell),
        }
    }
}

fn source<'s>(sheet: &'s Sheet, header: &Header, row: u32, col: u32) -> Source<'s> {
    if let Some(cell) = sheet.get(row, col) {
        return Source {
            cell: Some(cell),
            literal: sheet.literal(row, col),
            lookup: sheet.is_lookup(row, col),
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
            literal: sheet.literal(merge.first_row, merge.first_col),
            lookup: sheet.is_lookup(merge.first_row, merge.first_col),
            location: sheet.location(merge.first_row, merge.first_col),
            merge: Some(*merge),
        };
    }
    Source {
        cell: None,
        literal: None,
        lookup: sheet.is_lookup(row, col),
        location: sheet.location(row, col),
        merge: None,
    }
}

/// The places of the fields of an entry, relative to the entry's pointer.
struct Places(Vec<(std::borrow::Cow<'static, str>, Location)>);

impl Places {
    fn add(&mut self, suffix: &'static str, location: &Location) {
        self.0.push((suffix.into(), location.clone()));
    }

    fn add_owned(&mut self, suffix: String, location: &Location) {
        self.0.push((suffix.into(), location.clone()));
    }
}

/// Reads a data row into one entry, or one per basis when the table gives authorized and
/// actual figures in separate columns.
pub(crate) fn read_entries(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    layout: &SheetLayout,
    table: &mut ActiveTable,
    row: u32,
) {
    let sheet = &reading.sheets[sheet_index];
    let header = &layout.tables[table.plan].header;
    for cell in &sheet.cells[sheet.row_span(row)] {
        if header.has_column(cell.col) {
            reading.consume(sheet_index, row, cell.col);
        }
    }
    if !header.matrix.is_empty() {
        read_matrix_entries(reading, sheet_index, header, table, row);
        return;
    }
    if header.sides.is_empty() {
        read_row_entries(reading, sheet_index, header, table.direction, table, row);
        return;
    }
    if let Some(row_sides) = &header.row_sides {
        let names = |col: u32, reading: &mut Reading<'_>| {
            sheet
                .get(row, col)
                .and_then(|c| c.value.text())
                .and_then(|text| reading.names.state_code(text.trim()))
        };
        let direction = if names(row_sides.exporter.col, reading) == Some(row_sides.state) {
            DirectionKind::Exports
        } else if names(row_sides.importer.col, reading) == Some(row_sides.state) {
            DirectionKind::Imports
        } else {
            table.direction
        };
        if let Some((_, side)) = header.sides.iter().find(|(d, _)| *d == direction) {
            reading
                .draft
                .note_table(direction, sheet.location(row, header.col_span().0));
            read_row_entries(reading, sheet_index, side, direction, table, row);
        }
        return;
    }
    for (direction, side) in &header.sides {
        let own = header.side_columns(*direction);
        let filled = own.iter().any(|&col| sheet.get(row, col).is_some());
        if filled {
            read_row_entries(reading, sheet_index, side, *direction, table, row);
        }
    }
}

/// Reads a data row into entries of `direction`, by the columns of `header`.
fn read_row_entries(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    header: &Header,
    direction: DirectionKind,
    table: &mut ActiveTable,
    row: u32,
) {
    let sheet = &reading.sheets[sheet_index];
    let (first_col, _) = header.col_span();
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

/// Reads a row of a matrix table: one entry per filled category cell, for the row's partner,
/// with the category of the cell's column and the figure in the cell.
fn read_matrix_entries(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    header: &Header,
    table: &mut ActiveTable,
    row: u32,
) {
    let sheet = &reading.sheets[sheet_index];
    let direction = table.direction;
    let Some(figures) = header.matrix_figures.clone() else {
        return;
    };
    let first_of_row = reading.draft.report.direction(direction).entries.len();
    for column in &header.matrix {
        let found = source(sheet, header, row, column.col);
        let Some(cell) = found.cell else { continue };
        if fields::text_of(Some(cell)).is_none() || fields::is_nothing(cell) {
            continue;
        }
        let index = reading.draft.report.direction(direction).entries.len();
        let quantities = Quantities {
            direction,
            set: None,
            index,
        };
        let mut entry = Entry::default();
        let mut places = Places(Vec::new());
        let heading_at = sheet.location(column.heading_at.0, column.heading_at.1);
        entry.category = Some(Lenient::Typed(column.category));
        places.add("category", &heading_at);
        if let Some(national) = &column.national {
            entry.national_category = Some(national.clone());
            places.add("national_category", &heading_at);
        }
        let at = RowAt { sheet, header, row };
        read_party_fields(reading, &at, &mut entry, &mut places);
        if let Some(mark) = fields::withheld_mark(cell) {
            let withheld = entry.withheld.get_or_insert_with(Default::default);
            if figures.column == Column::Value {
                withheld.value = Some(mark);
                places.add("withheld/value", &found.location);
            } else {
                withheld.items = Some(mark);
                places.add("withheld/items", &found.location);
            }
            places.add("withheld", &found.location);
        } else if figures.column == Column::Value {
            places.add("value", &found.location);
            places.add("value/amount", &found.location);
            let mut at = reading.at(found.location.clone(), quantities.member("/value/amount"));
            if let Some(read) = fields::read_amount(Some(cell), figures.multiplier, &mut at) {
                let first_heading = header
                    .matrix
                    .first()
                    .map_or(column.heading_at, |m| m.heading_at);
                let said_at = figures.said_at.map_or_else(
                    || sheet.location(first_heading.0, first_heading.1),
                    |(r, c)| sheet.location(r, c),
                );
                let written = read.currency_text.clone();
                let mut money = Money {
                    amount: Some(read.amount),
                    currency: None,
                };
                match (&written, &figures.currency, &figures.currency_text) {
                    (Some(text), _, _) => reading.pending_currencies.push(PendingCurrency {
                        direction,
                        entry: index,
                        text: text.clone(),
                        location: found.location.clone(),
                    }),
                    (None, Some(code), _) => {
                        places.add("value/currency", &said_at);
                        money.currency = Some(code.clone());
                    }
                    (None, None, text) => {
                        places.add("value/currency", &said_at);
                        reading.pending_currencies.push(PendingCurrency {
                            direction,
                            entry: index,
                            text: text.clone().unwrap_or_default(),
                            location: said_at,
                        });
                    }
                }
                entry.value = Some(money);
            }
        } else {
            places.add("items", &found.location);
            let mut at = reading.at(found.location.clone(), quantities.member("/items"));
            entry.items = fields::read_count(Some(cell), &mut at);
        }
        read_text_fields(reading, &at, &mut entry, &mut places);
        reading
            .draft
            .push_entry(direction, entry, found.location.clone(), places.0);
        table.entries += 1;
    }
    crate::interpret::totals::check_row_total(
        reading,
        sheet_index,
        header,
        direction,
        row,
        first_of_row,
    );
}

/// The withheld figure a figure cell holds: the word a report wrote instead of the figure
/// ("classified", "n.d."), or, in the toolkit's own workbooks, the literal object
/// `{"withheld": word, "figure": …}` with the figure given as well, if any — its word `null`
/// where the entry declares figures withheld without withholding this one.
fn withheld_in<'s>(found: &Source<'s>) -> Option<(Option<String>, Option<&'s Value>)> {
    match found.literal {
        Some(Value::Object(object)) => {
            let word = match object.get(att_workbook::WITHHELD_KEY)? {
                Value::Null => None,
                word => Some(word.as_str()?.to_owned()),
            };
            Some((word, object.get(att_workbook::FIGURE_KEY)))
        }
        Some(_) => None,
        None => found
            .cell
            .and_then(fields::withheld_mark)
            .map(|word| (Some(word), None)),
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
            .arg(
                "text",
                crate::interpret::coverage::shorten(&cell.value.display()),
            )
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
struct Quantities {
    direction: DirectionKind,
    /// The basis set (for tables with separate authorized and actual columns).
    set: Option<Basis>,
    /// The entry's index in its direction.
    index: usize,
}

impl Quantities {
    /// The pointer of the entry's member at `member` (from its `/`).
    fn member(&self, member: &'static str) -> FieldPointer {
        FieldPointer::OfEntry {
            direction: self.direction,
            index: self.index,
            member,
        }
    }
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
        entry.national_category = text_field(reading, &found);
    }
    let found = header
        .slot(Column::Category)
        .map(|slot| source(sheet, header, row, slot.col));
    if let Some(found) = &found
        && let Some(value) = found.literal
    {
        places.add("category", &found.location);
        entry.category = literal_lenient(value);
        return;
    }
    let text = found.as_ref().and_then(|f| fields::text_of(f.cell));
    if let (Some(text), Some(found)) = (&text, &found) {
        places.add("category", &found.location);
        entry.category = Some(match reading.names.category(text) {
            CategoryReading::Category(category) => {
                if !reading.own && names_its_category(text) {
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
    let parties = [
        (
            Column::Partner,
            Column::PartnerCode,
            ["partner", "partner/name", "partner/code"],
        ),
        (
            Column::StateOfOrigin,
            Column::StateOfOriginCode,
            [
                "state_of_origin",
                "state_of_origin/name",
                "state_of_origin/code",
            ],
        ),
    ];
    for (name_column, code_column, [field, field_name, field_code]) in parties {
        let name = header
            .slot(name_column)
            .map(|slot| source(sheet, header, row, slot.col));
        let code = header
            .slot(code_column)
            .map(|slot| source(sheet, header, row, slot.col));
        let mut parts = PartyParts::default();
        if let Some(name) = &name {
            places.add(field, &name.location);
            places.add(field_name, &name.location);
            parts.set_name(name.field());
        }
        if let Some(code) = &code {
            if name.is_none() {
                places.add(field, &code.location);
            }
            places.add(field_code, &code.location);
            parts.set_code(code.field());
        }
        let party = parts.settle(&mut reading.names);
        match name_column {
            Column::Partner => entry.partner = party,
            _ => entry.state_of_origin = party,
        }
    }
    let names = header
        .slot(Column::IntermediateLocations)
        .map(|slot| source(sheet, header, row, slot.col));
    let codes = header
        .slot(Column::IntermediateLocationCodes)
        .map(|slot| source(sheet, header, row, slot.col));
    if names.is_none() && codes.is_none() {
        return;
    }
    if let Some(place) = names.as_ref().or(codes.as_ref()) {
        places.add("intermediate_locations", &place.location);
    }
    let name_field = names.as_ref().map_or(Field::Empty, Source::field);
    let code_field = codes.as_ref().map_or(Field::Empty, Source::field);
    let list = party::read_list(&mut reading.names, name_field, code_field);
    for index in 0..list.as_ref().map_or(0, Vec::len) {
        let item = format!("intermediate_locations/{index}");
        if let Some(names) = &names {
            places.add_owned(item.clone(), &names.location);
            places.add_owned(format!("{item}/name"), &names.location);
        }
        if let Some(codes) = &codes {
            places.add_owned(format!("{item}/code"), &codes.location);
        }
    }
    entry.intermediate_locations = list;
}

/// A text field of a row: a literal exactly, a cell's text (an error value reported).
fn text_field(reading: &mut Reading<'_>, found: &Source<'_>) -> Option<String> {
    match found.literal {
        Some(value) => literal_text(value),
        None => reading.text_field(found.cell, &found.location),
    }
}

fn read_quantities(
    reading: &mut Reading<'_>,
    at: &RowAt<'_>,
    quantities: &Quantities,
    entry: &mut Entry,
    places: &mut Places,
) {
    let (sheet, header, row) = (at.sheet, at.header, at.row);
    let (direction, set, index) = (quantities.direction, quantities.set, quantities.index);
    if let Some(slot) = quantity_slot(header, Column::Items, set) {
        let found = source(sheet, header, row, slot.col);
        places.add("items", &found.location);
        if let Some((word, figure)) = withheld_in(&found) {
            places.add("withheld", &found.location);
            if word.is_some() {
                places.add("withheld/items", &found.location);
            }
            entry.withheld.get_or_insert_with(Default::default).items = word;
            entry.items = figure.and_then(literal_lenient);
        } else {
            let mut at = reading.at(found.location.clone(), quantities.member("/items"));
            entry.items = found
                .field()
                .lenient(|cell| fields::read_count(cell, &mut at));
        }
    }
    if let Some(slot) = quantity_slot(header, Column::Value, set) {
        let found = source(sheet, header, row, slot.col);
        places.add("value", &found.location);
        let currency_found = header
            .slot(Column::Currency)
            .map(|slot| source(sheet, header, row, slot.col));
        if reading.own {
            places.add("value/amount", &found.location);
            if let Some(currency) = &currency_found {
                places.add("value/currency", &currency.location);
            }
        }
        let withheld = withheld_in(&found);
        if let Some((word, _)) = &withheld {
            places.add("withheld", &found.location);
            if word.is_some() {
                places.add("withheld/value", &found.location);
            }
            entry.withheld.get_or_insert_with(Default::default).value = word.clone();
        }
        let (amount, currency_text, given) = match found.literal {
            _ if withheld.is_some() => {
                let figure = withheld.as_ref().and_then(|(_, figure)| *figure);
                (figure.and_then(literal_lenient), None, figure.is_some())
            }
            Some(value) => (literal_lenient(value), None, true),
            None => {
                let mut at: At<'_> =
                    reading.at(found.location.clone(), quantities.member("/value/amount"));
                let multiplier = slot.found.multiplier.or_else(|| {
                    fields::format_reading(sheet, found.cell).and_then(|f| f.multiplier)
                });
                match fields::read_amount(found.cell, multiplier, &mut at) {
                    Some(read) => (Some(read.amount), read.currency_text, true),
                    None => (None, None, false),
                }
            }
        };
        let currency_field = currency_found.as_ref().map_or(Field::Empty, Source::field);
        if given || (reading.own && currency_field.is_filled()) {
            let mut money = Money {
                amount,
                currency: None,
            };
            if let Field::Literal(value) = currency_field {
                money.currency = literal_text(value);
            } else {
                let currency =
                    currency_source(sheet, header, slot, row, &found.location, currency_text);
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
        entry.basis = found.field().lenient(|cell| {
            fields::text_of(cell).map(|text| match att_lexicon::basis::read_basis(&text) {
                Some(Basis::Authorized) => Lenient::Typed(EntryBasis::Authorized),
                Some(Basis::Actual) => Lenient::Typed(EntryBasis::Actual),
                _ => Lenient::raw_text(text),
            })
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

impl CurrencySource {
    /// A currency written at `at`: its code when the text names one currency whatever the
    /// reporting State (a code, a sign or name of its own), else the text, to resolve once the
    /// reporting State is known.
    fn written(text: String, at: Location) -> CurrencySource {
        match att_schema::codes::currency_candidates(&text)[..] {
            [only] => CurrencySource::Code(only.code.to_owned(), at),
            _ => CurrencySource::Written(text, at),
        }
    }
}

/// The currency of a value: written in the value cell, in the currency column, in the value
/// cell's number format (`[$EUR] #,##0`, `#,##0 "kr"`), or in the value heading, in that order.
fn currency_source(
    sheet: &Sheet,
    header: &Header,
    value_slot: &Slot,
    row: u32,
    value_at: &Location,
    in_cell: Option<String>,
) -> Option<CurrencySource> {
    if let Some(text) = in_cell {
        return Some(CurrencySource::written(text, value_at.clone()));
    }
    if let Some(slot) = header.slot(Column::Currency) {
        let found = source(sheet, header, row, slot.col);
        if let Some(text) = fields::text_of(found.cell) {
            return Some(CurrencySource::written(text, found.location));
        }
    }
    if let Some(format) =
        fields::format_reading(sheet, source(sheet, header, row, value_slot.col).cell)
    {
        if let Some(code) = format.currency {
            return Some(CurrencySource::Code(code, value_at.clone()));
        }
        if let Some(text) = format.currency_text {
            return Some(CurrencySource::written(text, value_at.clone()));
        }
    }
    let heading_at = sheet.location(value_slot.heading_at.0, value_slot.heading_at.1);
    if let Some(code) = &value_slot.found.currency {
        return Some(CurrencySource::Code(code.clone(), heading_at));
    }
    if let Some(text) = &value_slot.found.currency_text {
        return Some(CurrencySource::written(text.clone(), heading_at));
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
        let text = text_field(reading, &found);
        match column {
            Column::Description => entry.description = text,
            _ => entry.comments = text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resolved(text: &str) -> Option<String> {
        match CurrencySource::written(text.to_owned(), Location::cell("S", 0, 0)) {
            CurrencySource::Code(code, _) => Some(code),
            CurrencySource::Written(..) => None,
        }
    }

    #[test]
    fn a_currency_of_its_own_is_resolved_as_it_is_read() {
        assert_eq!(resolved("USD").as_deref(), Some("USD"));
        assert_eq!(resolved("€").as_deref(), Some("EUR"));
        assert_eq!(resolved("francs suisses").as_deref(), Some("CHF"));
    }

    #[test]
    fn a_shared_sign_waits_for_the_reporting_state() {
        assert_eq!(resolved("$"), None);
        assert_eq!(resolved("kr"), None);
        assert_eq!(resolved("dólares"), None);
        assert_eq!(resolved(""), None);
    }
}
