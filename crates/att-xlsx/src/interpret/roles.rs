//! A column's role from its heading *and* its content.
//!
//! Headings say what a column is when the vocabulary knows them; the cells below say it
//! whatever the wording. Once a table's header is read, every column of the table is profiled
//! ([`crate::interpret::profile`]) over the rows below it, and:
//!
//! - a column whose heading is unknown, or that has no heading, takes the role its cells show
//!   plainly (State names: a party; categories; whole numbers: items; amounts: a value;
//!   currencies; authorized/actual; long free text: the description) when the table lacks it;
//! - a heading that claims a field its cells do not fit gives way to the column that fits:
//!   of two "category" columns the one holding Treaty categories is the category, and a column
//!   of national control-list codes ("ML10", "KM 4", "0A501") is the national category only
//!   where the table has no Treaty category column, and is set aside (reported) otherwise;
//! - of two party columns the one that names the same State on every row while the other
//!   names several is the reporting State's own column ("Exporter" in a table of exports), and
//!   a second column naming, row by row, the same States as the partner column is the same
//!   names in another language.
//!
//! Every decision made from content is recorded once per column with its evidence ("18 of its
//! 18 cells are State names"), for the reader to report.

use crate::container::sheet::{Cell, CellValue, Sheet};
use crate::interpret::header::{Header, RowSides, Slot, UnknownHeading};
use crate::interpret::names::Names;
use crate::interpret::profile::{Kind, Profile, profile_column};
use att_lexicon::heading::{Column, HeadingMatch};
use att_lexicon::label::match_label;
use att_schema::DirectionKind;

/// Most rows below a header that are profiled.
const PROFILE_ROWS: usize = 400;

/// What a column was read as, when its content decided it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Decided {
    /// A field of the entries.
    Field(Column),
    /// The reporting State's own column: the same State on every row.
    Reporter,
    /// The same States as another party column, named another way (another language).
    SameStatesAs(u32),
    /// Not read: national control-list codes beside a Treaty category column.
    SetAside,
    /// The first of this many category columns of a matrix table.
    Matrix(usize),
}

/// Why content decided a column's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reason {
    /// Its heading is not one the vocabulary knows.
    UnknownHeading,
    /// It has no heading.
    NoHeading,
    /// Its heading claims a field that another column's cells fit better, or that its own
    /// cells do not fit.
    Competing,
}

/// One decision made from a column's content.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Decision {
    /// The column.
    pub col: u32,
    /// Its heading as written, if it has one.
    pub heading: Option<String>,
    /// The heading's cell, or the column's first data cell.
    pub at: (u32, u32),
    /// What it was read as.
    pub decided: Decided,
    /// The kind of cells that decided it.
    pub kind: Kind,
    /// How many cells are of that kind.
    pub fitting: u32,
    /// How many cells were weighed.
    pub telling: u32,
    /// Why the content decided.
    pub reason: Reason,
}

/// The rows of the table below `header`: the non-empty rows after it, up to the next header
/// or title, two blank rows in a row, or [`PROFILE_ROWS`].
pub(crate) fn body_rows(
    sheet: &Sheet,
    rows: &[(u32, std::ops::Range<usize>)],
    header_last_row: u32,
    next_header_row: Option<u32>,
) -> Vec<u32> {
    let start = rows.partition_point(|(row, _)| *row <= header_last_row);
    let mut body = Vec::new();
    let mut previous = header_last_row;
    for (row, span) in &rows[start..] {
        if next_header_row.is_some_and(|next| *row >= next) || *row > previous + 2 {
            break;
        }
        let cells = &sheet.cells[span.clone()];
        if is_title_like(cells) && !body.is_empty() {
            break;
        }
        body.push(*row);
        previous = *row;
        if body.len() >= PROFILE_ROWS {
            break;
        }
    }
    body
}

/// A row that reads as a title or a label rather than a table row.
fn is_title_like(cells: &[Cell]) -> bool {
    let filled: Vec<&Cell> = cells
        .iter()
        .filter(|c| c.value != CellValue::Empty)
        .collect();
    match filled.as_slice() {
        [only] => only
            .value
            .text()
            .is_some_and(|text| att_lexicon::section::match_section(text).is_some()),
        [first, ..] => first.value.text().is_some_and(|text| {
            match_label(text).is_some_and(|found| found.inline_value.is_none()) && filled.len() <= 2
        }),
        [] => false,
    }
}

/// A header found by content: `row` has short texts over a block of rows that holds a column
/// of State names and a column of figures (or of categories), and its own cells in those
/// columns are not of that kind. `None` when the row is not such a header.
pub(crate) fn header_from_content(
    sheet: &Sheet,
    rows: &[(u32, std::ops::Range<usize>)],
    row: u32,
    next_header_row: Option<u32>,
    names: &mut Names,
) -> Option<Header> {
    let cells = &sheet.cells[sheet.row_span(row)];
    let texts: Vec<&Cell> = cells
        .iter()
        .filter(|cell| cell.value.text().is_some_and(|t| !t.trim().is_empty()))
        .collect();
    let numbers = cells
        .iter()
        .filter(|cell| matches!(cell.value, CellValue::Number(_) | CellValue::Date(_)))
        .count();
    if texts.len() < 2 || numbers > 0 {
        return None;
    }
    if texts.iter().any(|cell| {
        cell.value.text().is_some_and(|text| {
            text.chars().count() > 120
                || match_label(text).is_some()
                || att_lexicon::tick::read_tick(text).is_some()
                || att_lexicon::basis::read_basis(text).is_some()
        })
    }) {
        return None;
    }
    let body = body_rows(sheet, rows, row, next_header_row);
    if body.len() < 2 {
        return None;
    }
    let mut party = false;
    let mut figures = false;
    let mut categories = false;
    let mut matrix_columns = 0;
    for col in columns_of(sheet, row, &body) {
        let profile = profile_column(sheet, &body, col, names);
        let category_heading = sheet
            .get(row, col)
            .and_then(|cell| cell.value.text())
            .and_then(super::matrix::category_of_heading)
            .is_some();
        if category_heading
            && profile.fitting(&[Kind::Count, Kind::Amount]) >= 1
            && profile.fitting(&[Kind::Count, Kind::Amount]) == profile.telling()
        {
            matrix_columns += 1;
        }
        if profile.telling() < 2 {
            continue;
        }
        let own = sheet.get(row, col);
        let mut own_profile = Profile::default();
        if let Some(cell) = own {
            own_profile.add(cell, names);
        }
        if profile.mostly(&[Kind::State, Kind::NonState]) && own_profile.count(Kind::State) == 0 {
            party = true;
        } else if profile.mostly(&[Kind::Count, Kind::Amount]) {
            figures = true;
        } else if profile.mostly(&[Kind::Category]) && own_profile.count(Kind::Category) == 0 {
            categories = true;
        }
    }
    if !(party && (figures || categories || matrix_columns >= 2)) {
        return None;
    }
    let mut header = super::header::read_header(sheet, row);
    absorb_continuation_row(sheet, &mut header, &body, names);
    Some(header)
}

/// Takes into the header the row right below it when that row continues the headings — texts
/// only, no State among them, figures below it — as a second language's headings or the end
/// of a long heading ("Kontinent | Land | KM 1" over "Continent | Pays | …").
fn absorb_continuation_row(sheet: &Sheet, header: &mut Header, body: &[u32], names: &mut Names) {
    let row = header.last_row + 1;
    if body.first() != Some(&row) || body.len() < 2 {
        return;
    }
    let cells = &sheet.cells[sheet.row_span(row)];
    let texts: Vec<&Cell> = cells
        .iter()
        .filter(|c| c.value != CellValue::Empty)
        .collect();
    let all_text = !texts.is_empty()
        && texts.iter().all(|c| {
            c.value.text().is_some_and(|text| {
                let text = text.trim();
                names.state_code(text).is_none()
                    && super::totals::total_label(text).is_none()
                    && att_lexicon::placeholder::read_placeholder(text).is_none()
            })
        });
    let figures_below = sheet.cells[sheet.row_span(body[1])]
        .iter()
        .any(|c| matches!(c.value, CellValue::Number(_)));
    if !all_text || !figures_below {
        return;
    }
    header.last_row = row;
    for cell in texts {
        header.cells.push((row, cell.col));
        if !header.has_column(cell.col)
            && let Some(text) = cell.value.text()
        {
            header.unknown.push(UnknownHeading {
                col: cell.col,
                at: (row, cell.col),
                text: text.trim().to_owned(),
            });
        }
    }
    header.unknown.sort_by_key(|u| u.col);
}

/// The columns of a table: those of its header row and those filled in its body.
fn columns_of(sheet: &Sheet, header_row: u32, body: &[u32]) -> Vec<u32> {
    let mut cols: Vec<u32> = sheet.cells[sheet.row_span(header_row)]
        .iter()
        .map(|cell| cell.col)
        .collect();
    for &row in body {
        cols.extend(
            sheet.cells[sheet.row_span(row)]
                .iter()
                .filter(|c| c.value != CellValue::Empty)
                .map(|cell| cell.col),
        );
    }
    cols.sort_unstable();
    cols.dedup();
    cols
}

/// A column of the table as the settlement sees it.
struct Candidate {
    col: u32,
    profile: Profile,
}

/// Settles the roles of the columns of `header` from their headings and the content of
/// `body`, recording each decision the content made in `header.decisions`.
pub(crate) fn settle(sheet: &Sheet, header: &mut Header, body: &[u32], names: &mut Names) {
    if body.is_empty() {
        return;
    }
    let (first_col, last_col) = header.col_span();
    let mut candidates: Vec<Candidate> = columns_of(sheet, header.last_row, body)
        .into_iter()
        .filter(|&col| col + 2 >= first_col && col <= last_col + 2)
        .map(|col| Candidate {
            col,
            profile: profile_column(sheet, body, col, names),
        })
        .collect();
    candidates.retain(|c| c.profile.filled > 0 || header.has_column(c.col));
    let profile_of = |col: u32| candidates.iter().find(|c| c.col == col).map(|c| &c.profile);
    let mut settlement = Settlement {
        header,
        names,
        decisions: Vec::new(),
    };
    settlement.settle_categories(sheet, body, &candidates, &profile_of);
    settlement.settle_parties(sheet, body, &candidates, &profile_of);
    if let Some(count) = super::matrix::settle(sheet, settlement.header, &profile_of) {
        let first = &settlement.header.matrix[0];
        settlement.decisions.push(Decision {
            col: first.col,
            heading: Some(first.heading.clone()),
            at: first.heading_at,
            decided: Decided::Matrix(count),
            kind: Kind::Count,
            fitting: 0,
            telling: 0,
            reason: Reason::UnknownHeading,
        });
    }
    settlement.settle_unclaimed(sheet, body, &candidates);
    let mut decisions = settlement.decisions;
    decisions.sort_by_key(|d| d.col);
    header.decisions.extend(decisions);
}

struct Settlement<'h> {
    header: &'h mut Header,
    names: &'h mut Names,
    decisions: Vec<Decision>,
}

impl Settlement<'_> {
    /// Of the columns that claim the category, the one holding Treaty categories is the
    /// category; a column of control-list codes is the national category where no column holds
    /// Treaty categories, and is set aside otherwise.
    fn settle_categories<'p>(
        &mut self,
        sheet: &Sheet,
        body: &[u32],
        candidates: &[Candidate],
        profile_of: &dyn Fn(u32) -> Option<&'p Profile>,
    ) {
        let fits =
            |col: u32, kinds: &[Kind]| profile_of(col).is_some_and(|profile| profile.mostly(kinds));
        // The columns headed as the category, and those of Treaty categories whose heading is
        // unknown or absent.
        let mut claims: Vec<(Slot, Option<Reason>)> = self
            .header
            .slots
            .iter()
            .chain(&self.header.duplicates)
            .filter(|slot| slot.column == Column::Category)
            .map(|slot| (slot.clone(), None))
            .collect();
        for candidate in candidates {
            let heading_claims = self
                .header
                .slots
                .iter()
                .chain(&self.header.duplicates)
                .any(|slot| slot.col == candidate.col);
            let unknown = self
                .header
                .unknown
                .iter()
                .find(|u| u.col == candidate.col)
                .cloned();
            if heading_claims
                || !fits(candidate.col, &[Kind::Category])
                || unknown
                    .as_ref()
                    .is_some_and(|u| names_another_field(&u.text))
            {
                continue;
            }
            let slot = unclaimed_slot(
                sheet,
                body,
                self.header.last_row,
                candidate.col,
                unknown.as_ref(),
                Column::Category,
            );
            claims.push((slot, Some(reason_of(unknown.as_ref()))));
        }
        let heading_treaty = claims
            .iter()
            .find(|(slot, reason)| reason.is_none() && fits(slot.col, &[Kind::Category]));
        // A column headed as the category that holds Treaty categories wins; else one whose
        // heading is unknown but that holds them, when a headed one holds something else.
        let treaty: Option<(Slot, Option<Reason>)> = heading_treaty.cloned().or_else(|| {
            let headed_codes = claims
                .iter()
                .any(|(slot, reason)| reason.is_none() && fits(slot.col, &[Kind::ControlCode]));
            claims
                .iter()
                .find(|(slot, reason)| {
                    reason.is_some() && headed_codes && fits(slot.col, &[Kind::Category])
                })
                .cloned()
        });
        let national_slot = self.header.slot(Column::NationalCategory).cloned();
        for (claim, reason) in &claims {
            if reason.is_some() {
                continue;
            }
            let profile = profile_of(claim.col);
            let codes = profile.is_some_and(|p| p.mostly(&[Kind::ControlCode]));
            let is_chosen = treaty.as_ref().is_some_and(|(t, _)| t.col == claim.col);
            if is_chosen || !codes {
                continue;
            }
            let Some(profile) = profile else { continue };
            let decided = if treaty.is_none() && national_slot.is_none() {
                Decided::Field(Column::NationalCategory)
            } else {
                Decided::SetAside
            };
            self.record(
                claim,
                profile,
                Kind::ControlCode,
                decided.clone(),
                Reason::Competing,
            );
            self.remove_slot(claim.col);
            match decided {
                Decided::Field(column) => self.push_slot(retarget(claim, column)),
                _ => self.set_aside(claim),
            }
        }
        if let Some((treaty, reason)) = treaty
            && self.header.slot(Column::Category).map(|s| s.col) != Some(treaty.col)
        {
            if let Some(reason) = reason
                && let Some(profile) = profile_of(treaty.col)
            {
                self.record(
                    &treaty,
                    profile,
                    Kind::Category,
                    Decided::Field(Column::Category),
                    reason,
                );
                self.header.unknown.retain(|u| u.col != treaty.col);
            }
            self.remove_slot(treaty.col);
            self.header.slots.retain(|s| s.column != Column::Category);
            self.push_slot(treaty);
        }
    }

    /// Settles the party columns: the reporting State's own column, a second naming of the
    /// partners, and a partner column found by its content.
    fn settle_parties<'p>(
        &mut self,
        sheet: &Sheet,
        body: &[u32],
        candidates: &[Candidate],
        profile_of: &dyn Fn(u32) -> Option<&'p Profile>,
    ) {
        // Party columns: those headed as the partner, and those of State names whose heading is
        // unknown or absent.
        let mut claims: Vec<(Slot, Option<Reason>)> = self
            .header
            .slots
            .iter()
            .chain(&self.header.duplicates)
            .filter(|slot| slot.column == Column::Partner)
            .map(|slot| (slot.clone(), None))
            .collect();
        for candidate in candidates {
            let heading_claims = self
                .header
                .slots
                .iter()
                .chain(&self.header.duplicates)
                .any(|slot| slot.col == candidate.col);
            let unknown = self
                .header
                .unknown
                .iter()
                .find(|u| u.col == candidate.col)
                .cloned();
            let states = candidate.profile.mostly(&[Kind::State, Kind::NonState])
                && !candidate.profile.states.is_empty();
            if heading_claims
                || !states
                || unknown
                    .as_ref()
                    .is_some_and(|u| names_another_field(&u.text))
            {
                continue;
            }
            let slot = unclaimed_slot(
                sheet,
                body,
                self.header.last_row,
                candidate.col,
                unknown.as_ref(),
                Column::Partner,
            );
            claims.push((slot, Some(reason_of(unknown.as_ref()))));
        }
        claims.sort_by_key(|(slot, _)| slot.col);
        if claims.len() < 2 {
            return;
        }
        let one_state = |slot: &Slot| {
            profile_of(slot.col).is_some_and(|p| {
                p.mostly(&[Kind::State]) && p.states.len() == 1 && p.count(Kind::State) >= 2
            })
        };
        let several = |slot: &Slot| {
            profile_of(slot.col)
                .is_some_and(|p| p.mostly(&[Kind::State, Kind::NonState]) && p.states.len() >= 2)
        };
        // A column headed as the partner is the reporting State's own only where another
        // heading names the other side ("Exporter" beside "Importer").
        let opposite_headings = |slot: &Slot| {
            claims.iter().any(|(other, reason)| {
                reason.is_none()
                    && other.col != slot.col
                    && other.found.direction.is_some()
                    && other.found.direction != slot.found.direction
            })
        };
        let reporters: Vec<&(Slot, Option<Reason>)> = claims
            .iter()
            .filter(|(slot, reason)| {
                one_state(slot) && (reason.is_some() || opposite_headings(slot))
            })
            .collect();
        let reporter = match reporters.as_slice() {
            [only] if claims.iter().any(|(slot, _)| several(slot)) => Some((*only).clone()),
            _ => None,
        };
        let directions: Vec<DirectionKind> = claims
            .iter()
            .filter(|(_, reason)| reason.is_none())
            .filter_map(|(slot, _)| slot.found.direction)
            .collect();
        if reporter.is_none()
            && directions.contains(&DirectionKind::Exports)
            && directions.contains(&DirectionKind::Imports)
        {
            // An exporter and an importer column, the reporting State on every row in one or
            // the other (the UN Register's published tables): each row is an export or an
            // import. Otherwise each side of a table side by side has its partner.
            let exporter = claims.iter().find(|(slot, reason)| {
                reason.is_none() && slot.found.direction == Some(DirectionKind::Imports)
            });
            let importer = claims.iter().find(|(slot, reason)| {
                reason.is_none() && slot.found.direction == Some(DirectionKind::Exports)
            });
            if let (Some((exporter, _)), Some((importer, _))) = (exporter, importer)
                && let Some(state) =
                    state_on_every_row(sheet, body, exporter.col, importer.col, self.names)
            {
                self.header.row_sides = Some(RowSides {
                    exporter: exporter.clone(),
                    importer: importer.clone(),
                    state,
                });
            }
            return;
        }
        let others: Vec<&(Slot, Option<Reason>)> = claims
            .iter()
            .filter(|(slot, _)| reporter.as_ref().is_none_or(|(r, _)| r.col != slot.col))
            .collect();
        // The partner: a column headed as the partner (an exact heading first), else the first.
        let partner = others
            .iter()
            .find(|(slot, reason)| reason.is_none() && slot.found.exact)
            .or_else(|| others.iter().find(|(_, reason)| reason.is_none()))
            .or_else(|| others.first())
            .map(|claim| (*claim).clone());
        let Some((partner, partner_reason)) = partner else {
            return;
        };
        if let Some((reporter, reporter_reason)) = &reporter
            && let Some(profile) = profile_of(reporter.col)
        {
            self.record(
                reporter,
                profile,
                Kind::State,
                Decided::Reporter,
                reporter_reason.unwrap_or(Reason::Competing),
            );
            self.remove_slot(reporter.col);
            self.header.unknown.retain(|u| u.col != reporter.col);
            self.header.reporter = Some(reporter.clone());
        }
        if let Some(reason) = partner_reason
            && let Some(profile) = profile_of(partner.col)
        {
            self.record(
                &partner,
                profile,
                Kind::State,
                Decided::Field(Column::Partner),
                reason,
            );
            self.header.unknown.retain(|u| u.col != partner.col);
        }
        self.remove_slot(partner.col);
        let displaced: Vec<Slot> = self
            .header
            .slots
            .iter()
            .filter(|s| s.column == Column::Partner)
            .cloned()
            .collect();
        self.header.slots.retain(|s| s.column != Column::Partner);
        self.push_slot(partner.clone());
        for slot in displaced {
            self.header.duplicates.push(slot);
        }
        // Columns naming the same States as the partner, row by row: a second naming.
        for (other, reason) in &claims {
            if other.col == partner.col
                || reporter.as_ref().is_some_and(|(r, _)| r.col == other.col)
            {
                continue;
            }
            if same_states(sheet, body, partner.col, other.col, self.names)
                && let Some(profile) = profile_of(other.col)
            {
                self.record(
                    other,
                    profile,
                    Kind::State,
                    Decided::SameStatesAs(partner.col),
                    reason.unwrap_or(Reason::Competing),
                );
                self.remove_slot(other.col);
                self.header.unknown.retain(|u| u.col != other.col);
                self.set_aside(other);
            }
        }
    }

    /// Gives columns whose heading is unknown (or absent) the role their content shows, for
    /// the fields the table lacks.
    fn settle_unclaimed(&mut self, sheet: &Sheet, body: &[u32], candidates: &[Candidate]) {
        let partner_col = self.header.slot(Column::Partner).map(|slot| slot.col);
        let mut figures: Vec<(&Candidate, Option<UnknownHeading>)> = Vec::new();
        for candidate in candidates {
            let col = candidate.col;
            let claimed = self
                .header
                .slots
                .iter()
                .chain(&self.header.duplicates)
                .chain(&self.header.set_aside)
                .chain(&self.header.reporter)
                .chain(&self.header.row_total)
                .any(|slot| slot.col == col)
                || self.header.matrix.iter().any(|m| m.col == col);
            if claimed {
                continue;
            }
            let unknown = self.header.unknown.iter().find(|u| u.col == col).cloned();
            if unknown
                .as_ref()
                .is_some_and(|u| names_another_field(&u.text))
            {
                continue;
            }
            let profile = &candidate.profile;
            if let Some(partner) = partner_col
                && profile.mostly(&[Kind::State, Kind::NonState])
                && same_states(sheet, body, partner, col, self.names)
            {
                let slot = unclaimed_slot(
                    sheet,
                    body,
                    self.header.last_row,
                    col,
                    unknown.as_ref(),
                    Column::Partner,
                );
                self.record(
                    &slot,
                    profile,
                    Kind::State,
                    Decided::SameStatesAs(partner),
                    reason_of(unknown.as_ref()),
                );
                self.header.unknown.retain(|u| u.col != col);
                self.set_aside(&slot);
                continue;
            }
            if profile.telling() >= 2
                && profile.mostly(&[Kind::Count, Kind::Amount])
                && !profile.looks_like_codes()
            {
                figures.push((candidate, unknown));
                continue;
            }
            let Some((column, kind)) = self.content_role(profile, unknown.is_some()) else {
                continue;
            };
            let slot = unclaimed_slot(
                sheet,
                body,
                self.header.last_row,
                col,
                unknown.as_ref(),
                column,
            );
            let (heading, at, reason) = (
                unknown.as_ref().map(|u| u.text.clone()),
                slot.heading_at,
                reason_of(unknown.as_ref()),
            );
            self.decisions.push(Decision {
                col,
                heading,
                at,
                decided: Decided::Field(column),
                kind,
                fitting: profile.fitting(&kinds_of(kind)),
                telling: profile.telling(),
                reason,
            });
            self.header.unknown.retain(|u| u.col != col);
            if unknown.is_some() {
                self.header.cells.retain(|&c| c != at);
                self.header.cells.push(at);
            }
            self.push_slot(slot);
        }
        self.settle_figures(sheet, body, &figures);
    }

    /// Gives columns of figures whose heading is unknown (or absent) the quantity the table
    /// lacks: a value where the heading names a currency or the figures have fractions or a
    /// currency; else the number of items for the smaller figures and the value for the larger.
    fn settle_figures(
        &mut self,
        sheet: &Sheet,
        body: &[u32],
        figures: &[(&Candidate, Option<UnknownHeading>)],
    ) {
        let need_items = self.header.slot(Column::Items).is_none();
        let mut need_value = self.header.slot(Column::Value).is_none();
        let has_quantity = !(need_items && need_value);
        let mut remaining: Vec<&(&Candidate, Option<UnknownHeading>)> = figures.iter().collect();
        let money = |(candidate, unknown): &(&Candidate, Option<UnknownHeading>)| {
            unknown
                .as_ref()
                .and_then(|u| money_heading(&u.text))
                .is_some_and(|found| found.currency.is_some() || found.currency_text.is_some())
                || candidate.profile.count(Kind::Amount) > 0
        };
        let mut chosen: Vec<(&(&Candidate, Option<UnknownHeading>), Column)> = Vec::new();
        if need_value && let Some(position) = remaining.iter().position(|f| money(f)) {
            chosen.push((remaining.remove(position), Column::Value));
            need_value = false;
        }
        remaining.sort_by(|a, b| a.0.profile.max_number.total_cmp(&b.0.profile.max_number));
        // Items: the smallest whole figures, beside a value column or another figure column —
        // or, where the table has a value already, a column of whole numbers small enough to be
        // counts.
        let countable = |figure: &&(&Candidate, Option<UnknownHeading>)| {
            figure.0.profile.count(Kind::Amount) == 0 && figure.0.profile.max_number < 1_000_000.0
        };
        if need_items
            && remaining.first().is_some_and(countable)
            && (!has_quantity || remaining.len() > 1 || !need_value)
        {
            chosen.push((remaining.remove(0), Column::Items));
        }
        if need_value
            && let Some(value) = remaining.pop()
            && (chosen.iter().any(|(_, c)| *c == Column::Items) || !has_quantity)
        {
            chosen.push((value, Column::Value));
        }
        for ((candidate, unknown), column) in chosen {
            let mut slot = unclaimed_slot(
                sheet,
                body,
                self.header.last_row,
                candidate.col,
                unknown.as_ref(),
                column,
            );
            if column == Column::Value
                && let Some(found) = unknown.as_ref().and_then(|u| money_heading(&u.text))
            {
                slot.found.currency = found.currency;
                slot.found.currency_text = found.currency_text;
                slot.found.multiplier = found.multiplier;
            }
            let kind = if column == Column::Value {
                Kind::Amount
            } else {
                Kind::Count
            };
            self.record(
                &slot,
                &candidate.profile,
                kind,
                Decided::Field(column),
                reason_of(unknown.as_ref()),
            );
            self.header.unknown.retain(|u| u.col != candidate.col);
            self.push_slot(slot);
        }
    }

    /// The field a column's content shows, when the table lacks that field.
    fn content_role(&self, profile: &Profile, headed: bool) -> Option<(Column, Kind)> {
        let has = |column: Column| self.header.slot(column).is_some();
        if profile.telling() < 2 {
            return None;
        }
        if profile.mostly(&[Kind::State, Kind::NonState]) && !profile.states.is_empty() {
            return (!has(Column::Partner)).then_some((Column::Partner, Kind::State));
        }
        if profile.mostly(&[Kind::Category]) && !has(Column::Category) {
            return Some((Column::Category, Kind::Category));
        }
        if profile.mostly(&[Kind::ControlCode])
            && !has(Column::Category)
            && !has(Column::NationalCategory)
        {
            return Some((Column::NationalCategory, Kind::ControlCode));
        }
        if profile.mostly(&[Kind::Currency]) && !has(Column::Currency) {
            return Some((Column::Currency, Kind::Currency));
        }
        if profile.mostly(&[Kind::Basis]) && !has(Column::Basis) {
            return Some((Column::Basis, Kind::Basis));
        }
        if headed
            && profile.mostly(&[Kind::Text])
            && !has(Column::Description)
            && profile.worded()
            && profile.average_text() >= 8
            && profile.distinct() >= 2
        {
            return Some((Column::Description, Kind::Text));
        }
        None
    }

    fn record(
        &mut self,
        slot: &Slot,
        profile: &Profile,
        kind: Kind,
        decided: Decided,
        reason: Reason,
    ) {
        self.decisions.push(Decision {
            col: slot.col,
            heading: (!slot.heading.trim().is_empty()).then(|| slot.heading.clone()),
            at: slot.heading_at,
            decided,
            kind,
            fitting: profile.fitting(&kinds_of(kind)),
            telling: profile.telling(),
            reason,
        });
    }

    fn remove_slot(&mut self, col: u32) {
        self.header.slots.retain(|s| s.col != col);
        self.header.duplicates.retain(|s| s.col != col);
    }

    fn push_slot(&mut self, slot: Slot) {
        let same = self
            .header
            .slots
            .iter()
            .any(|s| s.column == slot.column && s.found.basis == slot.found.basis);
        if same {
            self.header.duplicates.push(slot);
        } else {
            self.header.slots.push(slot);
            self.header.slots.sort_by_key(|s| s.col);
        }
    }

    fn set_aside(&mut self, slot: &Slot) {
        self.header.set_aside.push(slot.clone());
    }
}

/// What a heading of an unknown column of amounts says of their currency and multiplier, read
/// as if it were worded "Value": "Wert [CHF]", "Importe (miles de USD)", "Montant en k€".
fn money_heading(heading: &str) -> Option<HeadingMatch> {
    let trimmed = heading.trim();
    let rest = trimmed
        .find(['(', '[', ':', ',', '-', '–', '/'])
        .map(|at| &trimmed[at..])
        .or_else(|| trimmed.split_once(' ').map(|(_, rest)| rest))?;
    let reworded = format!("Value {rest}");
    att_lexicon::heading::match_heading(&reworded).filter(|found| found.column == Column::Value)
}

/// Whether a heading names a column that is not a field of the report — a licence or file
/// number, a date, an end user, a customs code, a contract — so that its content, however
/// plain, is not read as a field.
fn names_another_field(heading: &str) -> bool {
    const OTHER: &[&str] = &[
        "licence",
        "license",
        "licencia",
        "licences",
        "licenses",
        "permit",
        "permis",
        "permiso",
        "authorisation",
        "authorization",
        "autorisation",
        "autorizacion",
        "date",
        "fecha",
        "datum",
        "end",
        "user",
        "utilisateur",
        "usuario",
        "destinataire",
        "customs",
        "douane",
        "aduana",
        "contract",
        "contrat",
        "contrato",
        "reference",
        "ref",
        "referencia",
        "file",
        "dossier",
        "expediente",
        "id",
        "invoice",
        "facture",
        "factura",
        "hs",
        "tariff",
        "tarif",
        "arancel",
        "order",
        "commande",
        "pedido",
        "serial",
        "serie",
        "lot",
    ];
    att_schema::text::fold(heading)
        .split(' ')
        .any(|word| OTHER.contains(&word))
}

/// The slot of a column that no known heading claims, read as `column`: at its heading cell,
/// or at its first data cell when it has no heading.
fn unclaimed_slot(
    sheet: &Sheet,
    body: &[u32],
    header_row: u32,
    col: u32,
    unknown: Option<&UnknownHeading>,
    column: Column,
) -> Slot {
    let at = match unknown {
        Some(unknown) => unknown.at,
        None => {
            let first = body
                .iter()
                .find(|&&row| sheet.get(row, col).is_some())
                .copied()
                .unwrap_or(header_row);
            (first, col)
        }
    };
    Slot {
        column,
        col,
        heading: unknown.map(|u| u.text.clone()).unwrap_or_default(),
        heading_at: at,
        found: HeadingMatch {
            column,
            direction: None,
            currency: None,
            currency_text: None,
            multiplier: None,
            basis: None,
            exact: false,
        },
    }
}

fn reason_of(unknown: Option<&UnknownHeading>) -> Reason {
    if unknown.is_some() {
        Reason::UnknownHeading
    } else {
        Reason::NoHeading
    }
}

/// The slot of `slot`'s column read as `column`.
fn retarget(slot: &Slot, column: Column) -> Slot {
    let mut slot = slot.clone();
    slot.column = column;
    slot.found.column = column;
    slot
}

/// The kinds that count as evidence of `kind`.
fn kinds_of(kind: Kind) -> Vec<Kind> {
    match kind {
        Kind::State => vec![Kind::State, Kind::NonState],
        Kind::Amount => vec![Kind::Count, Kind::Amount],
        other => vec![other],
    }
}

/// The one State that every row names in one of two party columns (an exporter and an
/// importer column), when there is one and the rows are at least two.
fn state_on_every_row(
    sheet: &Sheet,
    body: &[u32],
    first: u32,
    second: u32,
    names: &mut Names,
) -> Option<&'static str> {
    let mut common: Option<Vec<&'static str>> = None;
    let mut rows = 0;
    for &row in body {
        let code = |col: u32, names: &mut Names| {
            sheet
                .get(row, col)
                .and_then(|c| c.value.text())
                .and_then(|text| names.state_code(text.trim()))
        };
        let on_row: Vec<&'static str> = [code(first, names), code(second, names)]
            .into_iter()
            .flatten()
            .collect();
        if on_row.is_empty() {
            continue;
        }
        rows += 1;
        common = Some(match common {
            None => on_row,
            Some(previous) => previous
                .into_iter()
                .filter(|c| on_row.contains(c))
                .collect(),
        });
    }
    match common?.as_slice() {
        [only] if rows >= 2 => Some(only),
        _ => None,
    }
}

/// Whether two columns name the same State on every row where both name one, and on at least
/// two rows.
fn same_states(sheet: &Sheet, body: &[u32], first: u32, second: u32, names: &mut Names) -> bool {
    let mut agree = 0;
    let code = |cell: Option<&Cell>, names: &mut Names| {
        let text = cell.and_then(|c| c.value.text())?.trim();
        names.state_code(text)
    };
    for &row in body {
        let a = code(sheet.get(row, first), names);
        let b = code(sheet.get(row, second), names);
        match (a, b) {
            (Some(a), Some(b)) if a == b => agree += 1,
            (Some(_), Some(_)) => return false,
            _ => {}
        }
    }
    agree >= 2
}

/// The direction a reporter column's heading gives the table: "Exporter" → exports.
pub(crate) fn direction_of_reporter(reporter: &Slot) -> Option<DirectionKind> {
    reporter.found.direction.map(|partner_of| match partner_of {
        DirectionKind::Exports => DirectionKind::Imports,
        DirectionKind::Imports => DirectionKind::Exports,
    })
}
