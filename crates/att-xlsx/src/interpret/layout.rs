//! The layout of one sheet, found before its rows are read: its header rows (each the start of
//! a table), its section titles ("EXPORTS", "Importations effectives"), and the direction of
//! each table, from the nearest title above it, the sheet's name or its headings.

use crate::container::sheet::CellValue;
use crate::container::sheet::Sheet;
use crate::interpret::header::{self, Header};
use crate::interpret::names::Names;
use crate::interpret::roles;
use crate::interpret::units;
use att_lexicon::label::match_label;
use att_lexicon::section::{Section, SectionMatch, match_section};
use att_schema::{DirectionKind, Location};

/// A section title row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Title {
    /// Its row.
    pub row: u32,
    /// The column of the title cell.
    pub col: u32,
    /// The title as written.
    pub text: String,
    /// What it announces.
    pub found: SectionMatch,
}

/// What a direction was read from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DirectionSource {
    /// A section title above the table.
    Title(String),
    /// The sheet's name.
    SheetName(String),
    /// A heading of the table.
    Heading,
    /// Nothing: the table was read as exports.
    Unknown,
}

/// A table of the sheet, as planned from its header.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TablePlan {
    /// The header.
    pub header: Header,
    /// Which direction it holds.
    pub direction: DirectionKind,
    /// What said so.
    pub source: DirectionSource,
    /// The title above it, if any.
    pub title: Option<Title>,
}

/// The layout of one sheet.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct SheetLayout {
    /// What the sheet's name announces.
    pub sheet_section: Option<SectionMatch>,
    /// Section titles, top to bottom (those inside a header excluded).
    pub titles: Vec<Title>,
    /// Tables, top to bottom.
    pub tables: Vec<TablePlan>,
    /// Rows of tick-box groups that have boxes (a table of contents, yes/no pairs): there a
    /// label whose box is empty is not ticked, rather than a title or a statement.
    pub boxed_rows: Vec<u32>,
}

impl SheetLayout {
    /// Whether `row` belongs to a tick-box group that has boxes.
    pub(crate) fn is_boxed(&self, row: u32) -> bool {
        self.boxed_rows.binary_search(&row).is_ok()
    }

    /// The table whose header covers `row`, if any.
    pub(crate) fn table_with_header_row(&self, row: u32) -> Option<usize> {
        let index = self.tables.partition_point(|t| t.header.last_row < row);
        self.tables
            .get(index)
            .filter(|t| t.header.first_row <= row)
            .map(|_| index)
    }

    /// The title on `row`, if any.
    pub(crate) fn title_on(&self, row: u32) -> Option<&Title> {
        let index = self.titles.partition_point(|t| t.row < row);
        self.titles.get(index).filter(|t| t.row == row)
    }

    /// The first table whose header starts below `row`.
    pub(crate) fn table_below(&self, row: u32) -> Option<&TablePlan> {
        let index = self.tables.partition_point(|t| t.header.first_row <= row);
        self.tables.get(index)
    }

    /// Whether a title announcing exports or imports stands strictly between two rows.
    pub(crate) fn direction_title_between(&self, above: u32, below: u32) -> bool {
        titles_between(&self.titles, above, below)
            .iter()
            .any(|t| section_direction(t.found.section).is_some())
    }
}

/// The direction a section announces, if it is a table section.
pub(crate) fn section_direction(section: Section) -> Option<DirectionKind> {
    match section {
        Section::Exports => Some(DirectionKind::Exports),
        Section::Imports => Some(DirectionKind::Imports),
        _ => None,
    }
}

/// Finds the layout of a sheet. In the toolkit's own workbooks (`own`) a sheet has one table
/// at most, every row below its header is one of its rows, and a label left without its value
/// ("Exports table" with an empty box) is a label, not a section title.
pub(crate) fn find(sheet: &Sheet, own: bool, names: &mut Names) -> SheetLayout {
    let mut layout = SheetLayout {
        sheet_section: match_section(&sheet.name).or_else(|| {
            att_lexicon::title_line::read_sheet_name(&sheet.name).and_then(|name| name.section)
        }),
        ..SheetLayout::default()
    };
    let rows = sheet.rows();
    let mut cache = header::HeadingCache::default();
    let mut headers: Vec<Header> = Vec::new();
    for (row, _) in &rows {
        if headers.last().is_some_and(|h| *row <= h.last_row) {
            continue;
        }
        if header::is_header_row(sheet, *row, &mut cache) {
            headers.push(header::read_header(sheet, *row));
            if own {
                break;
            }
        }
    }
    if !own {
        headers = with_headers_found_by_content(sheet, &rows, headers, names);
    }
    let in_header = |row: u32| {
        headers
            .iter()
            .any(|h| (h.first_row..=h.last_row).contains(&row))
    };
    layout.boxed_rows = boxed_tick_rows(sheet, &rows);
    let below_own_table = |row: u32| own && headers.first().is_some_and(|h| row > h.last_row);
    for (row, span) in &rows {
        if in_header(*row) || below_own_table(*row) {
            continue;
        }
        let cells = &sheet.cells[span.clone()];
        let [cell] = cells else {
            continue;
        };
        if let Some(text) = cell.value.text()
            && let Some(found) = match_section(text)
            && !(own && match_label(text).is_some())
            && !layout.is_boxed(*row)
        {
            layout.titles.push(Title {
                row: *row,
                col: cell.col,
                text: text.trim().to_owned(),
                found,
            });
        }
    }
    let mut headers = drop_repeated_headers(headers, &layout.titles);
    if !own {
        let starts: Vec<u32> = headers.iter().map(|h| h.first_row).collect();
        let mut previous_last_row = 0;
        for (index, header) in headers.iter_mut().enumerate() {
            let next = starts.get(index + 1).copied();
            let body = roles::body_rows(sheet, &rows, header.last_row, next);
            roles::settle(sheet, header, &body, names);
            if let Some(found) = units::find(sheet, header, previous_last_row) {
                units::apply(header, found);
            }
            header.split_sides();
            previous_last_row = header.last_row;
        }
    }
    let sheet_direction = layout
        .sheet_section
        .and_then(|s| section_direction(s.section));
    let mut previous_end = 0u32;
    for header in headers {
        let start = layout.titles.partition_point(|t| t.row < previous_end);
        let end = layout.titles.partition_point(|t| t.row < header.first_row);
        let title = layout
            .titles
            .get(start..end.max(start))
            .unwrap_or_default()
            .iter()
            .rfind(|t| section_direction(t.found.section).is_some())
            .cloned();
        previous_end = header.last_row + 1;
        let hint = header
            .direction_hint()
            .map(|(direction, _)| direction)
            .or_else(|| {
                header
                    .reporter
                    .as_ref()
                    .and_then(roles::direction_of_reporter)
            });
        let (direction, source) = match (&title, sheet_direction, hint) {
            (Some(title), _, _) => (
                section_direction(title.found.section).unwrap_or(DirectionKind::Exports),
                DirectionSource::Title(title.text.clone()),
            ),
            (None, Some(direction), _) => (
                direction,
                DirectionSource::SheetName(sheet.name.to_string()),
            ),
            (None, None, Some(direction)) => (direction, DirectionSource::Heading),
            (None, None, None) => (DirectionKind::Exports, DirectionSource::Unknown),
        };
        layout.tables.push(TablePlan {
            header,
            direction,
            source,
            title,
        });
    }
    layout
}

/// Adds to the headers found by their headings those found by the content below them, in
/// rows before, between and after the tables already found.
fn with_headers_found_by_content(
    sheet: &Sheet,
    rows: &[(u32, std::ops::Range<usize>)],
    by_heading: Vec<Header>,
    names: &mut Names,
) -> Vec<Header> {
    let mut found: Vec<Header> = Vec::new();
    let mut next_known = 0;
    let mut skip_until = None::<u32>;
    for (index, (row, _)) in rows.iter().enumerate() {
        while by_heading
            .get(next_known)
            .is_some_and(|h| h.last_row < *row)
        {
            next_known += 1;
        }
        let known = by_heading.get(next_known);
        if known.is_some_and(|h| h.first_row <= *row)
            || skip_until.is_some_and(|until| *row <= until)
            || !starts_block(sheet, rows, index)
        {
            continue;
        }
        let bound = known.map(|h| h.first_row);
        if let Some(header) = roles::header_from_content(sheet, rows, *row, bound, names) {
            skip_until = Some(header.last_row);
            found.push(header);
        }
    }
    if found.is_empty() {
        return by_heading;
    }
    let mut all: Vec<Header> = by_heading.into_iter().chain(found).collect();
    all.sort_by_key(|h| h.first_row);
    all
}

/// Whether the row at `index` may start a table found by its content: the first row of the
/// sheet, or a row after a blank row or after a row of one cell (a title or a note).
fn starts_block(sheet: &Sheet, rows: &[(u32, std::ops::Range<usize>)], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|i| rows.get(i)) else {
        return true;
    };
    let (row, _) = &rows[index];
    previous.0 + 1 < *row
        || sheet.cells[previous.1.clone()]
            .iter()
            .filter(|c| c.value != crate::container::sheet::CellValue::Empty)
            .count()
            <= 1
}

/// The rows of the sheet's tick-box groups that have boxes. A group is a run of rows (with at
/// most one blank row between them) whose label asks for a tick: the table of contents
/// ("Exports table", "Nil report – imports", "Annex 2"), the withheld-information and
/// publication questions. Where any label of a group has a box beside it (ticked or not), every
/// label of the group is a question to tick; where none has, the labels stand as statements.
fn boxed_tick_rows(sheet: &Sheet, rows: &[(u32, std::ops::Range<usize>)]) -> Vec<u32> {
    let mut boxed = Vec::new();
    let mut group: Vec<u32> = Vec::new();
    let mut group_has_box = false;
    let mut last_row: Option<u32> = None;
    let close = |group: &mut Vec<u32>, has_box: &mut bool, boxed: &mut Vec<u32>| {
        if *has_box {
            boxed.append(group);
        }
        group.clear();
        *has_box = false;
    };
    // A table repeats its States, categories and currencies down thousands of rows.
    let mut is_tick_label: std::collections::HashMap<&str, bool> = Default::default();
    for (row, span) in rows {
        let cells = &sheet.cells[span.clone()];
        let label = cells.iter().position(|cell| {
            cell.value.text().is_some_and(|text| {
                *is_tick_label.entry(text).or_insert_with(|| {
                    match_label(text)
                        .is_some_and(|found| crate::interpret::title::is_tick_label(found.label))
                })
            })
        });
        let Some(position) = label else {
            close(&mut group, &mut group_has_box, &mut boxed);
            last_row = None;
            continue;
        };
        if last_row.is_some_and(|last| *row > last + 2) {
            close(&mut group, &mut group_has_box, &mut boxed);
        }
        let has_box = cells.iter().enumerate().any(|(i, cell)| {
            i != position
                && match &cell.value {
                    CellValue::Bool(_) => true,
                    CellValue::Text(text) => {
                        att_lexicon::tick::read_tick(text).is_some() && match_label(text).is_none()
                    }
                    _ => false,
                }
        });
        group.push(*row);
        group_has_box |= has_box;
        last_row = Some(*row);
    }
    close(&mut group, &mut group_has_box, &mut boxed);
    boxed
}

/// The titles strictly between two rows (titles are in row order).
fn titles_between(titles: &[Title], above: u32, below: u32) -> &[Title] {
    let start = titles.partition_point(|t| t.row <= above);
    let end = titles.partition_point(|t| t.row < below);
    titles.get(start..end.max(start)).unwrap_or_default()
}

/// Leaves out header rows that repeat the previous table's header (same fields in the same
/// columns, no section title between them): they are rows of that table, not new tables.
fn drop_repeated_headers(headers: Vec<Header>, titles: &[Title]) -> Vec<Header> {
    let mut kept: Vec<Header> = Vec::with_capacity(headers.len());
    for header in headers {
        let repeats_previous = kept.last().is_some_and(|previous| {
            let title_between =
                !titles_between(titles, previous.last_row, header.first_row).is_empty();
            let fields = |h: &Header| {
                let mut fields: Vec<(u32, String)> = h
                    .slots
                    .iter()
                    .map(|slot| (slot.col, format!("{:?}", slot.column)))
                    .chain(
                        h.unknown
                            .iter()
                            .map(|u| (u.col, att_schema::text::fold(&u.text))),
                    )
                    .collect();
                fields.sort();
                fields
            };
            !title_between && fields(previous) == fields(&header)
        });
        if !repeats_previous {
            kept.push(header);
        }
    }
    kept
}

/// The place of the first cell of a table's header row.
pub(crate) fn header_location(sheet: &Sheet, plan: &TablePlan) -> Location {
    let (first_col, _) = plan.header.col_span();
    sheet.location(plan.header.last_row.min(plan.header.first_row), first_col)
}
