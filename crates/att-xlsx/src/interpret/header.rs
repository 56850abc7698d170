//! Finding a table by its header row: which rows are header rows, and which column holds which
//! field. Headings are matched loosely by `att_lexicon::heading`; a header may span two rows (a
//! heading merged over two sub-headings, "Value" over "Amount" and "Currency", or "Number of
//! items" over "Authorized" and "Actual").

use crate::container::sheet::{CellValue, Sheet};
use att_lexicon::basis::read_basis;
use att_lexicon::heading::{Column, HeadingMatch, match_heading};
use att_lexicon::section::{Section, match_section};
use att_schema::{Basis, DirectionKind};
use std::collections::HashMap;

/// One recognised column of a table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Slot {
    /// The field the column holds.
    pub column: Column,
    /// The column's index in the sheet.
    pub col: u32,
    /// The heading as written (with the group heading above it, if any).
    pub heading: String,
    /// Where the heading is.
    pub heading_at: (u32, u32),
    /// What the heading says besides the field (currency, multiplier, basis, direction).
    pub found: HeadingMatch,
}

/// A header cell that names no field of the report.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct UnknownHeading {
    /// The column.
    pub col: u32,
    /// Where the heading is.
    pub at: (u32, u32),
    /// The heading as written.
    pub text: String,
}

/// A recognised header: its rows and its columns.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Header {
    /// The first row of the header (the row of group headings, if any).
    pub first_row: u32,
    /// The last header row; the table's rows start below it.
    pub last_row: u32,
    /// Recognised columns, one per field (per field and basis when the table gives two sets of
    /// columns), left to right.
    pub slots: Vec<Slot>,
    /// Second columns for a field already held by a slot.
    pub duplicates: Vec<Slot>,
    /// Header cells that name no field.
    pub unknown: Vec<UnknownHeading>,
    /// Header cells used: headings, group headings.
    pub cells: Vec<(u32, u32)>,
    /// The reporting State's own column ("Exporter" in a table of exports), when the content
    /// shows one: read, not an entry's field.
    pub reporter: Option<Slot>,
    /// Columns read as nothing on purpose: national control-list codes beside a Treaty
    /// category column, the partners named a second time in another language.
    pub set_aside: Vec<Slot>,
    /// The roles its columns' content decided, to be reported once per column.
    pub decisions: Vec<crate::interpret::roles::Decision>,
    /// The category columns of a matrix table (partners as rows, categories as columns, one
    /// entry per filled cell); empty for a table of one entry per row.
    pub matrix: Vec<MatrixColumn>,
    /// What the figures of a matrix table are.
    pub matrix_figures: Option<MatrixFigures>,
    /// A column that totals each row of a matrix table.
    pub row_total: Option<Slot>,
    /// The exporter and importer columns of a table that lists both, with the reporting State
    /// on every row in one of them: each row is an export or an import by where that State is.
    pub row_sides: Option<RowSides>,
    /// The two sides of a table that gives exports and imports side by side on the same rows:
    /// each direction with the header of its own columns and the shared ones. Empty for a table
    /// of one direction.
    pub sides: Vec<(DirectionKind, Header)>,
    /// The units stated for the whole table above it, when a line or its title states them.
    pub units: Option<crate::interpret::units::TableUnits>,
}

/// The exporter and importer columns of a table that lists both, and the State every row
/// names in one of them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RowSides {
    /// The exporter column.
    pub exporter: Slot,
    /// The importer column.
    pub importer: Slot,
    /// The State on every row: the reporting State.
    pub state: &'static str,
}

/// A category column of a matrix table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MatrixColumn {
    /// The column.
    pub col: u32,
    /// The Treaty category its heading names, or `National` for a national category.
    pub category: att_schema::Category,
    /// The national category's name as the heading writes it.
    pub national: Option<String>,
    /// The heading as written.
    pub heading: String,
    /// The heading's cell.
    pub heading_at: (u32, u32),
}

/// What the figures of a matrix table are: numbers of items, or values with their currency.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MatrixFigures {
    /// `Items` or `Value`.
    pub column: Column,
    /// The currency, when determined.
    pub currency: Option<String>,
    /// The currency as written, to resolve with the reporting State ("$", "kr", "Fr.").
    pub currency_text: Option<String>,
    /// The multiplier of the amounts.
    pub multiplier: Option<att_lexicon::multiplier::Multiplier>,
    /// The cell that says so, if one does.
    pub said_at: Option<(u32, u32)>,
}

impl Header {
    /// The slot of `column` (the first, when two sets of columns give it twice).
    pub(crate) fn slot(&self, column: Column) -> Option<&Slot> {
        self.slots.iter().find(|slot| slot.column == column)
    }

    /// Whether the table gives separate columns for authorized and actual figures.
    pub(crate) fn has_basis_sets(&self) -> bool {
        let bases: Vec<Basis> = self
            .slots
            .iter()
            .filter(|slot| matches!(slot.column, Column::Items | Column::Value))
            .filter_map(|slot| slot.found.basis)
            .collect();
        bases.contains(&Basis::Authorized) && bases.contains(&Basis::Actual)
    }

    /// Whether the column has a heading: recognised, second of its field, or unknown.
    pub(crate) fn has_column(&self, col: u32) -> bool {
        self.slots
            .iter()
            .chain(&self.duplicates)
            .chain(&self.set_aside)
            .chain(&self.reporter)
            .chain(&self.row_total)
            .any(|s| s.col == col)
            || self.unknown.iter().any(|u| u.col == col)
            || self.matrix.iter().any(|m| m.col == col)
    }

    /// The first and last columns of the table.
    pub(crate) fn col_span(&self) -> (u32, u32) {
        let cols = self
            .slots
            .iter()
            .chain(&self.duplicates)
            .chain(&self.set_aside)
            .chain(&self.reporter)
            .chain(&self.row_total)
            .map(|slot| slot.col)
            .chain(self.matrix.iter().map(|m| m.col))
            .chain(self.unknown.iter().map(|u| u.col));
        let (mut first, mut last) = (u32::MAX, 0);
        for col in cols {
            first = first.min(col);
            last = last.max(col);
        }
        (first.min(last), last)
    }

    /// The direction the headings say, with the heading that says it.
    pub(crate) fn direction_hint(&self) -> Option<(DirectionKind, &Slot)> {
        let partner = self
            .slots
            .iter()
            .find(|slot| slot.column == Column::Partner && slot.found.direction.is_some());
        partner
            .or_else(|| {
                self.slots
                    .iter()
                    .find(|slot| slot.found.direction.is_some())
            })
            .and_then(|slot| slot.found.direction.map(|direction| (direction, slot)))
    }
}

impl Header {
    /// Splits a table that gives exports and imports side by side into its two sides: when
    /// both directions have columns of their own (a partner or a figure), each side is the
    /// shared columns (those no direction claims) and its own.
    pub(crate) fn split_sides(&mut self) {
        let own = |direction: DirectionKind| {
            self.slots
                .iter()
                .chain(&self.duplicates)
                .filter(move |slot| slot.found.direction == Some(direction))
        };
        let has_side = |direction: DirectionKind| {
            own(direction)
                .any(|slot| matches!(slot.column, Column::Partner | Column::Items | Column::Value))
        };
        if let Some(row_sides) = self.row_sides.clone() {
            let shared: Vec<Slot> = self
                .slots
                .iter()
                .filter(|slot| {
                    slot.col != row_sides.exporter.col && slot.col != row_sides.importer.col
                })
                .cloned()
                .collect();
            self.sides = [
                (DirectionKind::Exports, &row_sides.importer),
                (DirectionKind::Imports, &row_sides.exporter),
            ]
            .into_iter()
            .map(|(direction, partner)| {
                let mut side = self.clone();
                side.sides.clear();
                side.duplicates.clear();
                side.row_sides = None;
                side.slots = shared.iter().cloned().chain([partner.clone()]).collect();
                side.slots.sort_by_key(|slot| slot.col);
                (direction, side)
            })
            .collect();
            self.duplicates.retain(|slot| {
                slot.col != row_sides.exporter.col && slot.col != row_sides.importer.col
            });
            return;
        }
        let has_figures = |direction: DirectionKind| {
            own(direction).any(|slot| matches!(slot.column, Column::Items | Column::Value))
        };
        if !(has_side(DirectionKind::Exports)
            && has_side(DirectionKind::Imports)
            && has_figures(DirectionKind::Exports)
            && has_figures(DirectionKind::Imports))
        {
            return;
        }
        let shared: Vec<Slot> = self
            .slots
            .iter()
            .filter(|slot| slot.found.direction.is_none())
            .cloned()
            .collect();
        let mut sides = Vec::new();
        for direction in DirectionKind::ALL {
            let mut side = self.clone();
            side.sides.clear();
            side.duplicates.clear();
            side.slots = shared
                .iter()
                .cloned()
                .chain(own(direction).cloned())
                .collect();
            side.slots.sort_by_key(|slot| slot.col);
            sides.push((direction, side));
        }
        self.sides = sides;
    }

    /// The columns a side of the table holds on its own (not shared with the other side).
    pub(crate) fn side_columns(&self, direction: DirectionKind) -> Vec<u32> {
        self.slots
            .iter()
            .chain(&self.duplicates)
            .filter(|slot| slot.found.direction == Some(direction))
            .map(|slot| slot.col)
            .collect()
    }
}

/// The heading text of a cell, when it holds text.
fn text_at(sheet: &Sheet, row: u32, col: u32) -> Option<&str> {
    sheet.get(row, col).and_then(|cell| cell.value.text())
}

/// The column a cell's text names as a heading, remembered by text: data rows repeat the same
/// texts (partners, categories), and a sheet is scanned row by row for its header rows.
#[derive(Debug, Default)]
pub(crate) struct HeadingCache<'s> {
    columns: HashMap<&'s str, Option<Column>>,
}

impl<'s> HeadingCache<'s> {
    fn column(&mut self, text: &'s str) -> Option<Column> {
        *self
            .columns
            .entry(text)
            .or_insert_with(|| match_heading(text).map(|found| found.column))
    }
}

/// Whether a row's recognised headings make it a header row: the partner with a category,
/// number or value, and a third field or half of the row's cells recognised; or four fields.
/// Other cells of the row may be headings the report format does not have.
pub(crate) fn is_header_row<'s>(sheet: &'s Sheet, row: u32, cache: &mut HeadingCache<'s>) -> bool {
    let cells = &sheet.cells[sheet.row_span(row)];
    let filled = cells
        .iter()
        .filter(|cell| cell.value != CellValue::Empty)
        .count();
    if filled < 2 || cells.iter().filter(|c| c.value.text().is_some()).count() < 2 {
        return false;
    }
    let mut columns: Vec<Column> = Vec::new();
    let mut recognised = 0;
    for cell in cells {
        if let Some(column) = cell.value.text().and_then(|text| cache.column(text)) {
            recognised += 1;
            if !columns.contains(&column) {
                columns.push(column);
            }
        }
    }
    let core = columns.contains(&Column::Partner)
        && columns
            .iter()
            .any(|c| matches!(c, Column::Category | Column::Items | Column::Value));
    (core && (columns.len() >= 3 || recognised * 2 >= filled)) || columns.len() >= 4
}

/// Reads the header whose main row is `row` (a row for which [`is_header_row`] holds), with the
/// group headings of the row above and the sub-headings of the row below where they belong to
/// it.
pub(crate) fn read_header(sheet: &Sheet, row: u32) -> Header {
    let mut header = Header {
        first_row: row,
        last_row: row,
        slots: Vec::new(),
        duplicates: Vec::new(),
        unknown: Vec::new(),
        cells: Vec::new(),
        reporter: None,
        set_aside: Vec::new(),
        decisions: Vec::new(),
        matrix: Vec::new(),
        matrix_figures: None,
        row_total: None,
        row_sides: None,
        sides: Vec::new(),
        units: None,
    };
    let above = row.checked_sub(1).filter(|&r| is_group_row(sheet, r));
    let below = Some(row + 1).filter(|&r| is_sub_header_row(sheet, row, r));
    let mut cols: Vec<u32> = sheet.cells[sheet.row_span(row)]
        .iter()
        .map(|cell| cell.col)
        .collect();
    for extra in [above, below].into_iter().flatten() {
        cols.extend(sheet.cells[sheet.row_span(extra)].iter().map(|c| c.col));
    }
    cols.extend(
        sheet
            .merges_in_row(row)
            .filter(|m| m.first_row < row)
            .map(|m| m.first_col),
    );
    cols.sort_unstable();
    cols.dedup();
    for col in cols {
        read_column(sheet, row, above, below, col, &mut header);
    }
    header
}

/// Reads the heading of one column of the header.
fn read_column(
    sheet: &Sheet,
    row: u32,
    above: Option<u32>,
    below: Option<u32>,
    col: u32,
    header: &mut Header,
) {
    let at_top_left = |r: u32, c: u32| {
        let (r, c) = sheet
            .merge_at(r, c)
            .map_or((r, c), |m| (m.first_row, m.first_col));
        text_at(sheet, r, c).map(|text| ((r, c), text.to_owned()))
    };
    let own = at_top_left(row, col);
    let upper = above.and_then(|above| at_top_left(above, col));
    let spanning = match &upper {
        None => above.and_then(|above| spanning_group(sheet, above, col)),
        Some(_) => None,
    };
    let sub =
        below.and_then(|below| text_at(sheet, below, col).map(|t| ((below, col), t.to_owned())));
    let mut used = Vec::new();
    let mut chosen: Option<(HeadingMatch, (u32, u32), String)> = None;
    if let Some((at, text)) = &own {
        if let Some(found) = match_heading(text) {
            chosen = Some((found, *at, text.clone()));
        } else if let Some((upper_at, upper_text)) = &upper
            && let Some(found) = match_heading(&join(upper_text, text))
        {
            used.push(*upper_at);
            chosen = Some((found, *at, join(upper_text, text)));
        }
    } else if let Some((at, text)) = &upper
        && let Some(found) = match_heading(text)
    {
        chosen = Some((found, *at, text.clone()));
    }
    if let Some((sub_at, sub_text)) = &sub {
        let parent = chosen.as_ref().map_or("", |(_, _, text)| text.as_str());
        if let Some(found) = refine(parent, sub_text) {
            if let Some((_, at, _)) = &chosen {
                used.push(*at);
            }
            chosen = Some((found, *sub_at, join(parent, sub_text)));
        }
    }
    let Some((mut found, at, heading)) = chosen else {
        if let Some((at, text)) = own.or(sub) {
            header.unknown.push(UnknownHeading { col, at, text });
            header.cells.push(at);
        }
        return;
    };
    used.push(at);
    if let Some((upper_at, upper_text)) = &upper
        && !used.contains(upper_at)
        && absorb_group(&mut found, upper_text)
    {
        used.push(*upper_at);
    }
    if let Some((_, group_text)) = &spanning {
        absorb_group(&mut found, group_text);
    }
    header.cells.extend(used);
    header.first_row = header.first_row.min(at.0);
    header.last_row = header.last_row.max(at.0);
    let slot = Slot {
        column: found.column,
        col,
        heading,
        heading_at: at,
        found,
    };
    let same = header.slots.iter().any(|s| {
        s.column == slot.column
            && s.found.basis == slot.found.basis
            && (s.found.direction == slot.found.direction
                || s.found.direction.is_none()
                || slot.found.direction.is_none())
    });
    if same {
        header.duplicates.push(slot);
    } else {
        header.slots.push(slot);
    }
}

/// A sub-heading under `parent`: "Authorized" under "Number of items", "Currency" or "EUR"
/// under "Value".
fn refine(parent: &str, sub: &str) -> Option<HeadingMatch> {
    let parent_found = match_heading(parent);
    if let Some(parent_found) = &parent_found
        && let Some(basis) = read_basis(sub).filter(|b| *b != Basis::Both)
    {
        let mut found = parent_found.clone();
        found.basis = Some(basis);
        return Some(found);
    }
    if let Some(mut found) = match_heading(sub) {
        if let Some(parent_found) = &parent_found {
            inherit(&mut found, parent_found);
        }
        return Some(found);
    }
    match_heading(&join(parent, sub))
}

/// Takes from a group heading what the column heading does not say.
fn inherit(found: &mut HeadingMatch, group: &HeadingMatch) {
    if found.column == group.column || found.column == Column::Currency {
        found.currency = found.currency.take().or_else(|| group.currency.clone());
        found.currency_text = found
            .currency_text
            .take()
            .or_else(|| group.currency_text.clone());
        found.multiplier = found.multiplier.or(group.multiplier);
    }
    found.direction = found.direction.or(group.direction);
    found.basis = found.basis.or(group.basis);
}

/// Reads a group heading above a column ("Authorized exports", "Value (EUR)", "Exportations
/// effectives") for what it adds; whether it added anything.
fn absorb_group(found: &mut HeadingMatch, group_text: &str) -> bool {
    if let Some(group) = match_heading(group_text) {
        inherit(found, &group);
        return true;
    }
    if let Some(section) = match_section(group_text) {
        found.basis = found.basis.or(section.basis);
        found.direction = found.direction.or(match section.section {
            Section::Exports => Some(DirectionKind::Exports),
            Section::Imports => Some(DirectionKind::Imports),
            _ => None,
        });
        return true;
    }
    if let Some(basis) = read_basis(group_text) {
        if basis != Basis::Both {
            found.basis = found.basis.or(Some(basis));
        }
        return true;
    }
    false
}

fn join(first: &str, second: &str) -> String {
    if first.is_empty() {
        second.to_owned()
    } else {
        format!("{first} {second}")
    }
}

/// Whether the row above a header row holds group headings (headings, basis words or section
/// words over several columns) rather than a title or a label.
fn is_group_row(sheet: &Sheet, row: u32) -> bool {
    let cells = &sheet.cells[sheet.row_span(row)];
    if cells.len() < 2
        && !sheet
            .merges_in_row(row)
            .any(|m| m.first_row == row && m.last_col > m.first_col)
    {
        return false;
    }
    // A label ending with a colon and its value ("Basis of data: | Actual") is a title-page
    // line, not a group heading.
    cells.iter().all(|cell| {
        cell.value.text().is_some_and(|text| {
            let names_a_group = match_heading(text).is_some()
                || read_basis(text).is_some()
                || match_section(text).is_some_and(|s| {
                    s.basis.is_some() || matches!(s.section, Section::Exports | Section::Imports)
                });
            names_a_group && !text.trim_end().ends_with(':')
        })
    })
}

/// The group heading that spans `col` from its left in a group row without merged cells:
/// "EXPORTS" written once over the exports columns, "IMPORTS" over the imports columns. Only
/// a direction or a basis spans so; other group headings stand over their own column.
fn spanning_group(sheet: &Sheet, above: u32, col: u32) -> Option<((u32, u32), String)> {
    let cells = &sheet.cells[sheet.row_span(above)];
    let left = cells.iter().rev().find(|cell| cell.col <= col)?;
    let text = left.value.text()?;
    let spans = read_basis(text).is_some_and(|b| b != Basis::Both)
        || match_section(text).is_some_and(|s| {
            s.basis.is_some() || matches!(s.section, Section::Exports | Section::Imports)
        });
    spans.then(|| ((above, left.col), text.to_owned()))
}

/// Whether the row below a header row holds sub-headings: every cell a heading or a basis word,
/// under a merged heading or an empty header cell.
fn is_sub_header_row(sheet: &Sheet, header_row: u32, row: u32) -> bool {
    let cells = &sheet.cells[sheet.row_span(row)];
    if cells.is_empty() {
        return false;
    }
    cells.iter().all(|cell| {
        let under_group = sheet
            .merge_at(header_row, cell.col)
            .is_some_and(|m| m.last_col > m.first_col)
            || sheet.get(header_row, cell.col).is_none();
        under_group
            && cell.value.text().is_some_and(|text| {
                match_heading(text).is_some() || read_basis(text).is_some_and(|b| b != Basis::Both)
            })
    })
}
