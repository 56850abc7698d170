//! A worksheet part rewritten in one streaming pass: flagged cells get their new format,
//! flagged cells that the sheet does not store (empty cells) are inserted in their row in
//! column order (and missing rows in row order), and a `legacyDrawing` element points to the
//! notes' drawing. Every other byte is kept.

use crate::error::{AnnotateError, PartKind, PartProblem};
use crate::finding::CellRef;
use crate::notes::NoteCell;
use crate::styles::Styles;
use crate::xml::{
    Scan, Splice, attribute, declared_prefix, escape_attribute, local_name, malformed, prefix_of,
    prefixed_attribute, rewrite_start,
};
use att_schema::source_map::cell_name;
use quick_xml::events::{BytesStart, Event};

/// Root-level elements of a worksheet that come after `legacyDrawing` in the schema's order.
const AFTER_LEGACY_DRAWING: [&[u8]; 8] = [
    b"legacyDrawingHF",
    b"drawingHF",
    b"picture",
    b"oleObjects",
    b"controls",
    b"webPublishItems",
    b"tableParts",
    b"extLst",
];

/// What to do to one sheet part.
pub(crate) struct SheetEdit<'n> {
    /// The cells to flag, sorted by row then column (empty for a sheet that is only
    /// unselected).
    pub cells: &'n [NoteCell],
    /// The relationship id to give a new `legacyDrawing` element if the sheet has none; `None`
    /// when no drawing is wanted.
    pub new_drawing: Option<String>,
    /// The namespace of `r:id` attributes.
    pub relationships_namespace: &'n str,
    /// Whether to clear `tabSelected` from its views (the findings sheet is opened instead).
    pub unselect: bool,
}

/// The rewritten sheet.
pub(crate) struct RewrittenSheet {
    /// The new content.
    pub bytes: Vec<u8>,
    /// The relationship id of the sheet's own `legacyDrawing`, when it had one (the notes are
    /// then added to that drawing).
    pub existing_drawing: Option<String>,
}

/// Whether the part's views select its tab, which a cheap byte search tells.
pub(crate) fn mentions_tab_selected(source: &[u8]) -> bool {
    source
        .windows(b"tabSelected".len())
        .any(|window| window == b"tabSelected")
}

/// Applies `edit` to the sheet part `part`, allocating the flagged cells' formats in `styles`.
pub(crate) fn rewrite(
    source: &[u8],
    part: &str,
    edit: &SheetEdit<'_>,
    styles: &mut Styles,
) -> Result<RewrittenSheet, AnnotateError> {
    let mut state = State {
        part,
        edit,
        splice: Splice::new(source),
        prefix: String::new(),
        rel_prefix: None,
        next_note: 0,
        row: None,
        last_row: None,
        last_column: None,
        columns: Vec::new(),
        zero_height: false,
        drawing_at: None,
        pending_alternate: None,
        existing_drawing: None,
        dimension: None,
        inserted: None,
        in_sheet_data: false,
    };
    let mut scan = Scan::new(source, part)?;
    while let Some(item) = scan.next()? {
        state.event(&item.event, item.start, item.end, item.depth, styles)?;
    }
    state.finish()
}

/// The row being read and what still goes in it.
struct OpenRow {
    index: u32,
    /// The format a cell inserted in it takes (the row's own, when it has one).
    style: Option<u32>,
    /// Whether it has flagged cells.
    flagged: bool,
}

struct State<'a, 'n> {
    part: &'a str,
    edit: &'a SheetEdit<'n>,
    splice: Splice<'a>,
    prefix: String,
    rel_prefix: Option<String>,
    /// The first note not yet placed.
    next_note: usize,
    row: Option<OpenRow>,
    last_row: Option<u32>,
    last_column: Option<u32>,
    /// Column ranges (0-based, inclusive) with their format.
    columns: Vec<(u32, u32, u32)>,
    zero_height: bool,
    /// Where a new `legacyDrawing` element goes.
    drawing_at: Option<usize>,
    pending_alternate: Option<usize>,
    existing_drawing: Option<String>,
    /// The `dimension` tag's range and its reference.
    dimension: Option<(usize, usize, String, bool)>,
    /// The bounds of the cells inserted: first row, first column, last row, last column.
    inserted: Option<(u32, u32, u32, u32)>,
    in_sheet_data: bool,
}

impl State<'_, '_> {
    fn event(
        &mut self,
        event: &Event<'_>,
        start_at: usize,
        end_at: usize,
        depth: usize,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        let (tag, empty) = match event {
            Event::Start(tag) => (Some(tag), false),
            Event::Empty(tag) => (Some(tag), true),
            Event::End(end) => {
                self.end(local_name(end.name().0), start_at, depth, styles)?;
                return Ok(());
            }
            _ => return Ok(()),
        };
        let Some(tag) = tag else { return Ok(()) };
        let name = local_name(tag.name().0);
        match depth {
            0 => {
                if name != b"worksheet"
                    && name != b"chartsheet"
                    && name != b"dialogsheet"
                    && name != b"macrosheet"
                {
                    return Err(malformed(
                        self.part,
                        PartProblem::WrongRoot(PartKind::Sheet),
                    ));
                }
                self.prefix = prefix_of(tag);
                self.rel_prefix =
                    declared_prefix(tag, self.edit.relationships_namespace, self.part)?
                        .filter(|prefix| !prefix.is_empty());
                if empty {
                    return Err(malformed(self.part, PartProblem::EmptyRoot));
                }
            }
            1 => self.root_child(name, tag, empty, start_at, end_at, styles)?,
            2 if name == b"sheetView" && self.edit.unselect => {
                self.unselect_view(tag, empty, start_at, end_at)?;
            }
            2 if name == b"col" => self.column(tag)?,
            2 if name == b"row" && self.in_sheet_data => {
                self.row_start(tag, empty, start_at, end_at, styles)?;
            }
            3 if name == b"c" && self.in_sheet_data => {
                self.cell(tag, empty, start_at, end_at, styles)?;
            }
            3 => {
                if let Some(at) = self.pending_alternate.take()
                    && AFTER_LEGACY_DRAWING.contains(&name)
                    && self.drawing_at.is_none()
                {
                    self.drawing_at = Some(at);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn root_child(
        &mut self,
        name: &[u8],
        tag: &BytesStart<'_>,
        empty: bool,
        start_at: usize,
        end_at: usize,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        match name {
            b"sheetData" => {
                if empty {
                    let mut rows = Vec::new();
                    self.rows_before(u32::MAX, &mut rows, styles)?;
                    if !rows.is_empty() {
                        let p = &self.prefix;
                        let mut open = rewrite_start(tag, false, &[], self.part)?;
                        open.extend_from_slice(&rows);
                        open.extend_from_slice(format!("</{p}sheetData>").as_bytes());
                        self.splice.replace(start_at, end_at, open);
                    }
                } else {
                    self.in_sheet_data = true;
                }
            }
            b"dimension" => {
                if let Some(reference) = attribute(tag, b"ref", self.part)? {
                    self.dimension = Some((start_at, end_at, reference, empty));
                }
            }
            b"sheetFormatPr" => {
                self.zero_height =
                    attribute(tag, b"zeroHeight", self.part)?.is_some_and(|value| is_true(&value));
            }
            b"legacyDrawing" => {
                self.existing_drawing = prefixed_attribute(tag, b"id", self.part)?;
            }
            b"AlternateContent" => self.pending_alternate = Some(start_at),
            _ => {
                if AFTER_LEGACY_DRAWING.contains(&name) && self.drawing_at.is_none() {
                    self.drawing_at = Some(start_at);
                }
            }
        }
        Ok(())
    }

    fn end(
        &mut self,
        name: &[u8],
        at: usize,
        depth: usize,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        match (depth, name) {
            (0, _) if self.drawing_at.is_none() => self.drawing_at = Some(at),
            (1, b"sheetData") => {
                let mut rows = Vec::new();
                self.rows_before(u32::MAX, &mut rows, styles)?;
                self.splice.insert(at, rows);
                self.in_sheet_data = false;
            }
            (1, b"AlternateContent") => self.pending_alternate = None,
            (2, b"row") if self.in_sheet_data => {
                if let Some(row) = self.row.take() {
                    if row.flagged {
                        let mut cells = Vec::new();
                        self.cells_before(row.index, u32::MAX, row.style, &mut cells, styles)?;
                        self.splice.insert(at, cells);
                    }
                    self.last_row = Some(row.index);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Clears `tabSelected` from a sheet view that has it set.
    fn unselect_view(
        &mut self,
        tag: &BytesStart<'_>,
        empty: bool,
        start_at: usize,
        end_at: usize,
    ) -> Result<(), AnnotateError> {
        let selected = attribute(tag, b"tabSelected", self.part)?;
        if selected.is_some_and(|value| is_true(&value)) {
            let rewritten = rewrite_start(tag, empty, &[("tabSelected", None)], self.part)?;
            self.splice.replace(start_at, end_at, rewritten);
        }
        Ok(())
    }

    fn column(&mut self, tag: &BytesStart<'_>) -> Result<(), AnnotateError> {
        let number = |key: &[u8]| -> Result<Option<u32>, AnnotateError> {
            Ok(attribute(tag, key, self.part)?.and_then(|value| value.trim().parse().ok()))
        };
        if let (Some(min), Some(max), Some(style)) =
            (number(b"min")?, number(b"max")?, number(b"style")?)
            && min >= 1
            && max >= min
        {
            self.columns.push((min - 1, max - 1, style));
        }
        Ok(())
    }

    fn row_start(
        &mut self,
        tag: &BytesStart<'_>,
        empty: bool,
        start_at: usize,
        end_at: usize,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        let index = match attribute(tag, b"r", self.part)? {
            Some(r) => r
                .trim()
                .parse::<u32>()
                .ok()
                .and_then(|r| r.checked_sub(1))
                .ok_or_else(|| {
                    malformed(self.part, PartProblem::RowNumber { written: r.clone() })
                })?,
            None => self.last_row.map_or(0, |last| last.saturating_add(1)),
        };
        if self.last_row.is_some_and(|last| index <= last) {
            return Err(malformed(
                self.part,
                PartProblem::RowsOutOfOrder {
                    row: u64::from(index) + 1,
                    previous: self.last_row.map_or(0, |l| u64::from(l) + 1),
                },
            ));
        }
        let mut rows = Vec::new();
        self.rows_before(index, &mut rows, styles)?;
        self.splice.insert(start_at, rows);
        let flagged = self.peek().is_some_and(|note| note.cell.row == index);
        self.last_column = None;
        let mut style = None;
        if flagged {
            let custom = attribute(tag, b"customFormat", self.part)?.is_some_and(|v| is_true(&v));
            if custom {
                style = attribute(tag, b"s", self.part)?.and_then(|s| s.trim().parse().ok());
            }
            let has_spans = attribute(tag, b"spans", self.part)?.is_some();
            if empty {
                let mut open = rewrite_start(tag, false, &[("spans", None)], self.part)?;
                self.cells_before(index, u32::MAX, style, &mut open, styles)?;
                open.extend_from_slice(format!("</{}row>", self.prefix).as_bytes());
                self.splice.replace(start_at, end_at, open);
            } else if has_spans {
                let open = rewrite_start(tag, false, &[("spans", None)], self.part)?;
                self.splice.replace(start_at, end_at, open);
            }
        }
        if empty {
            self.last_row = Some(index);
        } else {
            self.row = Some(OpenRow {
                index,
                style,
                flagged,
            });
        }
        Ok(())
    }

    fn cell(
        &mut self,
        tag: &BytesStart<'_>,
        empty: bool,
        start_at: usize,
        end_at: usize,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        let Some(row) = self.row.as_ref() else {
            return Ok(());
        };
        if !row.flagged {
            return Ok(());
        }
        let (row_index, row_style) = (row.index, row.style);
        let column = match attribute(tag, b"r", self.part)? {
            Some(r) => {
                let cell = CellRef::parse_a1(&r).ok_or_else(|| {
                    malformed(self.part, PartProblem::CellReference { written: r.clone() })
                })?;
                if cell.row != row_index {
                    return Err(malformed(
                        self.part,
                        PartProblem::CellInOtherRow {
                            cell: r.clone(),
                            row: u64::from(row_index) + 1,
                        },
                    ));
                }
                cell.column
            }
            None => self.last_column.map_or(0, |last| last.saturating_add(1)),
        };
        if self.last_column.is_some_and(|last| column <= last) {
            return Err(malformed(
                self.part,
                PartProblem::CellsOutOfOrder {
                    cell: cell_name(row_index, column),
                    previous: cell_name(row_index, self.last_column.unwrap_or(0)),
                },
            ));
        }
        self.last_column = Some(column);
        let mut cells = Vec::new();
        self.cells_before(row_index, column, row_style, &mut cells, styles)?;
        self.splice.insert(start_at, cells);
        if let Some(note) = self.peek()
            && note.cell.row == row_index
            && note.cell.column == column
        {
            let severity = note.severity;
            self.next_note += 1;
            let base = attribute(tag, b"s", self.part)?
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(0);
            let style = styles.flagged(base, severity)?.to_string();
            let rewritten = rewrite_start(tag, empty, &[("s", Some(&style))], self.part)?;
            self.splice.replace(start_at, end_at, rewritten);
        }
        Ok(())
    }

    fn peek(&self) -> Option<&NoteCell> {
        self.edit.cells.get(self.next_note)
    }

    /// Writes into `out` the cells of row `row` with a column before `column` that are still
    /// to place: they are not in the sheet.
    fn cells_before(
        &mut self,
        row: u32,
        column: u32,
        row_style: Option<u32>,
        out: &mut Vec<u8>,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        while let Some(note) = self.peek() {
            if note.cell.row != row || note.cell.column >= column {
                break;
            }
            let (cell, severity) = (note.cell, note.severity);
            self.next_note += 1;
            let base = row_style.unwrap_or_else(|| self.column_style(cell.column));
            let style = styles.flagged(base, severity)?;
            out.extend_from_slice(
                format!("<{}c r=\"{cell}\" s=\"{style}\"/>", self.prefix).as_bytes(),
            );
            self.grow(cell);
        }
        Ok(())
    }

    /// Writes into `out` whole rows, before row `row`, of cells still to place.
    fn rows_before(
        &mut self,
        row: u32,
        out: &mut Vec<u8>,
        styles: &mut Styles,
    ) -> Result<(), AnnotateError> {
        while let Some(note) = self.peek() {
            let index = note.cell.row;
            if index >= row {
                break;
            }
            let hidden = if self.zero_height {
                " hidden=\"1\""
            } else {
                ""
            };
            out.extend_from_slice(
                format!("<{}row r=\"{}\"{hidden}>", self.prefix, index + 1).as_bytes(),
            );
            self.cells_before(index, u32::MAX, None, out, styles)?;
            out.extend_from_slice(format!("</{}row>", self.prefix).as_bytes());
        }
        Ok(())
    }

    fn column_style(&self, column: u32) -> u32 {
        self.columns
            .iter()
            .find(|(min, max, _)| (*min..=*max).contains(&column))
            .map_or(0, |&(_, _, style)| style)
    }

    fn grow(&mut self, cell: CellRef) {
        let (row, column) = (cell.row, cell.column);
        self.inserted = Some(match self.inserted {
            None => (row, column, row, column),
            Some((r0, c0, r1, c1)) => (r0.min(row), c0.min(column), r1.max(row), c1.max(column)),
        });
    }

    fn finish(mut self) -> Result<RewrittenSheet, AnnotateError> {
        if self.next_note < self.edit.cells.len() {
            return Err(malformed(
                self.part,
                PartProblem::MissingElement {
                    element: "sheetData",
                },
            ));
        }
        if let (Some((start, end, reference, empty)), Some(bounds)) =
            (&self.dimension, self.inserted)
            && let Some(grown) = grow_reference(reference, bounds)
        {
            let tag = format!(
                "<{}dimension ref=\"{}\"{}",
                self.prefix,
                escape_attribute(&grown),
                if *empty { "/>" } else { ">" }
            );
            self.splice.replace(*start, *end, tag.into_bytes());
        }
        if self.existing_drawing.is_none()
            && let Some(id) = &self.edit.new_drawing
        {
            let at = self
                .drawing_at
                .ok_or_else(|| malformed(self.part, PartProblem::NoEnd))?;
            let id_attribute = match &self.rel_prefix {
                Some(r) => format!("{r}id=\"{}\"", escape_attribute(id)),
                None => format!(
                    "xmlns:r=\"{}\" r:id=\"{}\"",
                    self.edit.relationships_namespace,
                    escape_attribute(id)
                ),
            };
            self.splice.insert(
                at,
                format!("<{}legacyDrawing {id_attribute}/>", self.prefix).into_bytes(),
            );
        }
        Ok(RewrittenSheet {
            bytes: self.splice.finish(),
            existing_drawing: self.existing_drawing,
        })
    }
}

/// The reference `A1:F20` grown to cover the cells `bounds` (first row, first column, last
/// row, last column); `None` if it cannot be read.
fn grow_reference(reference: &str, bounds: (u32, u32, u32, u32)) -> Option<String> {
    let (first, last) = match reference.split_once(':') {
        Some((first, last)) => (CellRef::parse_a1(first)?, CellRef::parse_a1(last)?),
        None => {
            let cell = CellRef::parse_a1(reference)?;
            (cell, cell)
        }
    };
    let top = first.row.min(bounds.0);
    let left = first.column.min(bounds.1);
    let bottom = last.row.max(bounds.2);
    let right = last.column.max(bounds.3);
    Some(format!(
        "{}:{}",
        cell_name(top, left),
        cell_name(bottom, right)
    ))
}

fn is_true(value: &str) -> bool {
    matches!(value.trim(), "1" | "true")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::styles::MINIMAL_STYLES;
    use crate::workbook::TRANSITIONAL_RELATIONSHIPS;
    use att_schema::Severity;

    fn note(cell: &str, severity: Severity) -> NoteCell {
        NoteCell {
            cell: CellRef::parse_a1(cell).expect("a cell"),
            findings: vec![0],
            severity,
        }
    }

    fn run(
        source: &str,
        cells: &[NoteCell],
        new_drawing: Option<&str>,
    ) -> (String, Option<String>) {
        let mut styles =
            Styles::parse(MINIMAL_STYLES.as_bytes().to_vec(), "xl/styles.xml").expect("styles");
        let edit = SheetEdit {
            cells,
            new_drawing: new_drawing.map(str::to_owned),
            relationships_namespace: TRANSITIONAL_RELATIONSHIPS,
            unselect: true,
        };
        let out = rewrite(
            source.as_bytes(),
            "xl/worksheets/sheet1.xml",
            &edit,
            &mut styles,
        )
        .expect("rewrites");
        (
            String::from_utf8(out.bytes).expect("utf-8"),
            out.existing_drawing,
        )
    }

    const SHEET: &str = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:C3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><cols><col min="4" max="5" width="12" style="7" customWidth="1"/></cols><sheetData><row r="1" spans="1:3"><c r="A1" s="3" t="s"><v>0</v></c><c r="C1"><v>2</v></c></row><row r="3" s="5" customFormat="1"><c r="B3"><f>A1*2</f><v>4</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="0"/></worksheet>"#;

    #[test]
    fn restyles_existing_cells_and_inserts_missing_ones_in_order() {
        let cells = [
            note("A1", Severity::Error),
            note("B1", Severity::Warning),
            note("D1", Severity::Info),
            note("E2", Severity::Error),
            note("A3", Severity::Error),
            note("B3", Severity::Error),
            note("A9", Severity::Info),
        ];
        let (out, existing) = run(SHEET, &cells, Some("rId4"));
        assert_eq!(existing, None);
        assert!(out.contains(
            "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"2\"/><c r=\"C1\"><v>2</v></c><c r=\"D1\" s=\"3\"/></row>"
        ), "{out}");
        assert!(out.contains("<row r=\"2\"><c r=\"E2\" s=\"4\"/></row><row r=\"3\" s=\"5\" customFormat=\"1\"><c r=\"A3\" s=\"5\"/><c r=\"B3\" s=\"6\"><f>A1*2</f><v>4</v></c></row><row r=\"9\"><c r=\"A9\" s=\"7\"/></row></sheetData>"), "{out}");
        assert!(out.contains("<dimension ref=\"A1:E9\"/>"));
        assert!(out.contains("<sheetView workbookViewId=\"0\"/>"));
        assert!(out.contains("<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"));
        assert!(
            out.contains("footer=\"0.3\"/><legacyDrawing r:id=\"rId4\"/><tableParts count=\"0\"/>"),
            "{out}"
        );
    }

    #[test]
    fn keeps_an_existing_drawing_and_works_without_cell_references() {
        let source = r#"<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetFormatPr defaultRowHeight="15" zeroHeight="1"/><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c/></x:row><x:row/></x:sheetData><legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/></x:worksheet>"#;
        let cells = [
            note("B1", Severity::Error),
            note("B2", Severity::Info),
            note("A4", Severity::Info),
        ];
        let (out, existing) = run(source, &cells, Some("rId1"));
        assert_eq!(existing.as_deref(), Some("rId9"));
        assert!(out.contains("<x:row><x:c><x:v>1</x:v></x:c><x:c s=\"1\"/></x:row><x:row><x:c r=\"B2\" s=\"2\"/></x:row><x:row r=\"4\" hidden=\"1\"><x:c r=\"A4\" s=\"2\"/></x:row></x:sheetData>"), "{out}");
        assert_eq!(out.matches("legacyDrawing").count(), 1);
    }

    #[test]
    fn fills_an_empty_sheet_and_adds_the_drawing_before_controls() {
        let source = r#"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><sheetData/><mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice></mc:AlternateContent></worksheet>"#;
        let (out, _) = run(source, &[note("C2", Severity::Warning)], Some("rId1"));
        assert!(out.contains("<sheetData><row r=\"2\"><c r=\"C2\" s=\"1\"/></row></sheetData><legacyDrawing xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId1\"/><mc:AlternateContent>"), "{out}");
    }

    #[test]
    fn refuses_rows_out_of_order() {
        let source = r#"<worksheet xmlns="main"><sheetData><row r="5"/><row r="2"/></sheetData></worksheet>"#;
        let mut styles =
            Styles::parse(MINIMAL_STYLES.as_bytes().to_vec(), "xl/styles.xml").expect("styles");
        let cells = [note("A1", Severity::Info)];
        let edit = SheetEdit {
            cells: &cells,
            new_drawing: None,
            relationships_namespace: TRANSITIONAL_RELATIONSHIPS,
            unselect: false,
        };
        assert!(matches!(
            rewrite(source.as_bytes(), "s", &edit, &mut styles),
            Err(AnnotateError::MalformedPart { .. })
        ));
    }

    #[test]
    fn only_unselects_a_sheet_without_notes() {
        let (out, _) = run(SHEET, &[], None);
        let expected = SHEET.replace(
            "<sheetView tabSelected=\"1\" workbookViewId=\"0\"/>",
            "<sheetView workbookViewId=\"0\"/>",
        );
        assert_eq!(out, expected);
        assert!(mentions_tab_selected(SHEET.as_bytes()));
    }
}
