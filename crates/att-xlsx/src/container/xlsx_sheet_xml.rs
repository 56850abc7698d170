//! One streaming pass over a worksheet part: its cells (values and the formulas att looks
//! at) and its layout (hidden rows and columns, merged areas, telling number formats)
//! together, the part inflated through a small buffer so that its XML is never held whole.
//!
//! The cells are read as calamine 0.38's streaming cell reader reads them, so that every value
//! is the one att read when calamine decoded it: a cell without `r` takes the place after the
//! cell before it, a row without `r` the row after the one before; a shared string by its
//! index; `t="str"`, `"inlineStr"`, `"b"`, `"e"`, `"d"` and numbers, dates by the cell's number
//! format and the workbook's date system. The layout is read as [`xlsx_layout`] has always
//! read it, from every element of the part.
//!
//! [`xlsx_layout`]: crate::container::xlsx_layout

use crate::container::collect::{self, Collector};
use crate::container::error::ReadError;
use crate::container::sheet::{Cell, CellValue};
use crate::container::xlsx_layout::{self, Layout, NumberFormats};
use crate::container::xlsx_text::{
    self, Events, Fail, area_of, cell_of, digits, raw_attr, raw_attrs, row_of,
};
use crate::container::xlsx_workbook::{Book, Shown};
use calamine::{Data, ExcelDateTime, ExcelDateTimeType};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use serde_json::Value;
use std::io::BufRead;

/// What one pass over a sheet part gives.
#[derive(Debug, Default)]
pub(crate) struct SheetXml {
    /// The cells kept, in the part's order.
    pub cells: Vec<Cell>,
    /// The literal cells (see [`att_workbook::literal`]) and the values they spell.
    pub literals: Vec<((u32, u32), Value)>,
    /// The cells whose formula looks a State's code up.
    pub lookups: Vec<(u32, u32)>,
    /// The sheet's layout, when it was read.
    pub layout: Layout,
}

/// What the pass reads of the part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Cells and layout.
    Both,
    /// Only the cells (the layout is in another part: a workbook naming two sheets alike).
    Cells,
    /// Only the layout.
    Layout,
}

/// Why the pass stopped.
#[derive(Debug)]
pub(crate) enum Stop {
    /// The XML of the part cannot be read (said as a problem of the part when the layout was
    /// read from it, as the layout pass always said it).
    Xml(Fail),
    /// The sheet cannot be read: what calamine called a parser error.
    Sheet(String),
    /// A limit was reached.
    Read(ReadError),
}

/// What the pass needs of the workbook.
pub(crate) struct Context<'a, 'l> {
    /// The sheet's name, for the limits' messages.
    pub sheet: &'a str,
    /// Shared strings, date formats and date system.
    pub book: &'a Book,
    /// The telling number formats, for the layout.
    pub formats: &'a NumberFormats,
    /// Counts the cells against the limits.
    pub collector: &'a mut Collector<'l>,
    /// The part's inflated size, which bounds how many cells it can hold.
    pub part_bytes: u64,
}

/// Reads the sheet part behind `reader`.
pub(crate) fn read<R: BufRead>(
    reader: Reader<R>,
    reading: Reading,
    context: Context<'_, '_>,
) -> Result<SheetXml, Stop> {
    let Context {
        sheet,
        book,
        formats,
        collector,
        part_bytes,
    } = context;
    let mut scan = Scan {
        reader,
        layout: (reading != Reading::Cells).then(|| LayoutScan {
            layout: Layout::default(),
            next_row: 0,
            telling: !formats.codes.is_empty(),
            formats,
        }),
    };
    let mut out = SheetXml::default();
    if reading != Reading::Layout {
        let result = read_cells(
            &mut scan,
            book,
            part_bytes,
            &mut out,
            |cells: &mut Vec<Cell>, pos, value, formula: Option<&Formula>| {
                deliver(collector, sheet, cells, pos, value, formula)
            },
        );
        if let Err(stop) = result {
            return Err(match (stop, reading) {
                (Stop::Xml(fail), Reading::Cells) => Stop::Sheet(words_of(&fail)),
                (stop @ Stop::Xml(_), _) => stop,
                // Said only once the rest of the part is known to be well-formed XML, as
                // when the layout pass read it first.
                (stop, _) => drain(&mut scan).err().unwrap_or(stop),
            });
        }
        if reading == Reading::Cells {
            return Ok(out);
        }
    }
    drain(&mut scan)?;
    if let Some(layout) = scan.layout {
        out.layout = layout.layout;
    }
    Ok(out)
}

/// What a formula is, as the cell reader tells it.
#[derive(Debug)]
pub(crate) enum Formula {
    /// A formula of its own, or the anchor of a shared formula: its text.
    Text(String),
    /// A cell sharing the formula of an anchor (its text is not spelled out).
    Derived,
}

/// Keeps a cell as att always kept calamine's: literal cells, code lookups, uncached
/// formulas.
fn deliver(
    collector: &mut Collector<'_>,
    sheet: &str,
    cells: &mut Vec<Cell>,
    pos: (u32, u32),
    value: CellValue,
    formula: Option<&Formula>,
) -> Result<Delivered, ReadError> {
    let text = match formula {
        Some(Formula::Text(text)) => Some(text.as_str()),
        _ => None,
    };
    if let Some(spelled) = text.and_then(att_workbook::literal::parse) {
        collector.push_literal(sheet, cells, pos, value)?;
        return Ok(Delivered::Literal(spelled));
    }
    let lookup = text.is_some_and(att_workbook::is_code_lookup);
    let uncached = formula.is_some() && value == CellValue::Empty;
    collector.push(sheet, cells, pos, value, uncached)?;
    Ok(if lookup {
        Delivered::Lookup
    } else {
        Delivered::Plain
    })
}

/// What became of a cell.
enum Delivered {
    Plain,
    Lookup,
    Literal(Value),
}

/// The words of a failure, for a sheet's parser error.
fn words_of(fail: &Fail) -> String {
    match fail {
        Fail::Xml(error, _) => format!("Xml error: {error}"),
        Fail::Content(words) => words.clone(),
    }
}

/// Reads the rest of the part, for its layout and to know that it is well-formed.
fn drain<R: BufRead>(scan: &mut Scan<'_, R>) -> Result<(), Stop> {
    let mut buf = Vec::with_capacity(1024);
    loop {
        match scan.next(&mut buf).map_err(Stop::Xml)? {
            Event::Eof => return Ok(()),
            _ => continue,
        }
    }
}

impl From<Fail> for Stop {
    fn from(fail: Fail) -> Self {
        match fail {
            Fail::Xml(..) => Stop::Xml(fail),
            Fail::Content(words) => Stop::Sheet(words),
        }
    }
}

/// The sheet's events, each start of an element also shown to the layout reader.
struct Scan<'f, R: BufRead> {
    reader: Reader<R>,
    layout: Option<LayoutScan<'f>>,
}

impl<R: BufRead> Events for Scan<'_, R> {
    fn next<'b>(&mut self, buf: &'b mut Vec<u8>) -> Result<Event<'b>, Fail> {
        buf.clear();
        match self.reader.read_event_into(buf) {
            Ok(event) => {
                if let (Some(layout), Event::Start(element)) = (&mut self.layout, &event) {
                    layout.visit(element);
                }
                Ok(event)
            }
            Err(error) => Err(Fail::Xml(error, self.reader.buffer_position())),
        }
    }
}

/// The layout read so far.
struct LayoutScan<'f> {
    layout: Layout,
    next_row: u32,
    telling: bool,
    formats: &'f NumberFormats,
}

impl LayoutScan<'_> {
    /// Takes what an element says of the layout.
    fn visit(&mut self, element: &BytesStart<'_>) {
        use xlsx_layout::{attr, attr_text, is_true, parse_area, parse_cell};
        match element.local_name().as_ref() {
            "c" if self.telling => {
                if let Some(number) = attr_text(element, "s")
                    .and_then(|s| s.parse::<usize>().ok())
                    .and_then(|xf| self.formats.of_xf(xf))
                    && let Some((row, col)) =
                        attr_text(element, "r").as_deref().and_then(parse_cell)
                {
                    self.layout.formats.push((row, col, number));
                }
            }
            "row" => {
                let row = attr_text(element, "r")
                    .and_then(|r| r.parse::<u32>().ok())
                    .and_then(|r| r.checked_sub(1))
                    .unwrap_or(self.next_row);
                self.next_row = row.saturating_add(1);
                if attr_text(element, "hidden").is_some_and(|h| is_true(&h)) {
                    self.layout.hidden_rows.add(row, row);
                }
            }
            "col" => {
                let bound = |name: &str| {
                    attr(element, name)
                        .and_then(|v| v.parse::<u32>().ok())
                        .and_then(|v| v.checked_sub(1))
                };
                if attr(element, "hidden").is_some_and(|h| is_true(&h))
                    && let (Some(min), Some(max)) = (bound("min"), bound("max"))
                {
                    self.layout.hidden_cols.add(min, max);
                }
            }
            "mergeCell" => {
                if let Some(merge) = attr(element, "ref").as_deref().and_then(parse_area) {
                    self.layout.merges.push(merge);
                }
            }
            _ => {}
        }
    }
}

/// Reusable buffers for the events inside a cell.
#[derive(Default)]
struct Buffers {
    cell: Vec<u8>,
    value: Vec<u8>,
    text: Vec<u8>,
}

/// Reads the cells of `<sheetData>`, handing each to `keep`.
fn read_cells<E: Events>(
    events: &mut E,
    book: &Book,
    part_bytes: u64,
    out: &mut SheetXml,
    mut keep: impl FnMut(
        &mut Vec<Cell>,
        (u32, u32),
        CellValue,
        Option<&Formula>,
    ) -> Result<Delivered, ReadError>,
) -> Result<(), Stop> {
    let mut buf = Vec::with_capacity(1024);
    let mut first_element: Option<String> = None;
    let mut dimension = ((0, 0), (0, 0));
    loop {
        match events.next(&mut buf)? {
            Event::Start(element) => match element.local_name().as_ref() {
                "dimension" => match raw_attr(&element, "ref")? {
                    Some(area) => dimension = area_of(area)?,
                    None => return Err(Stop::Sheet("Expecting 'dimension' node".to_owned())),
                },
                "sheetData" => break,
                other => {
                    if first_element.is_none() {
                        first_element = Some(other.to_owned());
                    }
                }
            },
            Event::Eof => {
                return Err(match first_element {
                    Some(kind) => Stop::Sheet(format!("Expecting a worksheet, got {kind}")),
                    None => xlsx_text::eof("worksheet").into(),
                });
            }
            _ => {}
        }
    }
    out.cells.reserve(room_for_cells(dimension, part_bytes));
    let mut bufs = Buffers::default();
    let mut row_index: u32 = 0;
    let mut col_index: u32 = 0;
    loop {
        match events.next(&mut buf)? {
            Event::Start(element) if element.local_name().as_ref() == "row" => {
                if let Some(r) = raw_attr(&element, "r")? {
                    row_index = row_of(r)?;
                }
            }
            Event::End(element) if element.local_name().as_ref() == "row" => {
                row_index = row_index.wrapping_add(1);
                col_index = 0;
            }
            Event::Start(element) if element.local_name().as_ref() == "c" => {
                let [r, s, t] = raw_attrs(&element, ["r", "s", "t"])?;
                let pos = match r {
                    Some(r) => {
                        let pos = cell_of(r)?;
                        col_index = pos.1;
                        pos
                    }
                    None => (row_index, col_index),
                };
                let mut value = CellValue::Empty;
                let mut formula = None;
                loop {
                    match events.next(&mut bufs.cell)? {
                        Event::Start(inner) if inner.local_name().as_ref() == "f" => {
                            formula = Some(read_formula(events, &inner, &mut bufs.value)?);
                        }
                        Event::Start(inner) => {
                            value = read_value(
                                events,
                                book,
                                &inner,
                                s,
                                t,
                                &mut bufs.value,
                                &mut bufs.text,
                            )?;
                        }
                        Event::End(end) if end.local_name().as_ref() == "c" => break,
                        Event::Eof => return Err(xlsx_text::eof("c").into()),
                        _ => {}
                    }
                }
                col_index = col_index.wrapping_add(1);
                match keep(&mut out.cells, pos, value, formula.as_ref()).map_err(Stop::Read)? {
                    Delivered::Plain => {}
                    Delivered::Lookup => out.lookups.push(pos),
                    Delivered::Literal(spelled) => out.literals.push((pos, spelled)),
                }
            }
            Event::End(element) if element.local_name().as_ref() == "sheetData" => return Ok(()),
            Event::Eof => return Err(xlsx_text::eof("sheetData").into()),
            _ => {}
        }
    }
}

/// Room for the cells of a sheet, made once: as many as its dimension spans, but no more than
/// its XML can hold (a cell takes twenty bytes at least).
fn room_for_cells(
    ((first_row, first_col), (last_row, last_col)): ((u32, u32), (u32, u32)),
    part_bytes: u64,
) -> usize {
    const SMALLEST_CELL_XML: u64 = 20;
    let rows = u64::from(last_row.saturating_sub(first_row)) + 1;
    let cols = u64::from(last_col.saturating_sub(first_col)) + 1;
    let room = (part_bytes / SMALLEST_CELL_XML).min(rows.saturating_mul(cols));
    usize::try_from(room).unwrap_or(0)
}

/// Reads a formula element (`<f>`): its text, and whether it is the anchor of a shared
/// formula or a cell sharing one.
fn read_formula<E: Events>(
    events: &mut E,
    element: &BytesStart<'_>,
    buf: &mut Vec<u8>,
) -> Result<Formula, Fail> {
    let text = xlsx_text::element_text(events, element.name().as_ref(), buf, "f")?;
    let [kind, index, area] = raw_attrs(element, ["t", "si", "ref"])?;
    if kind != Some("shared") {
        return Ok(Formula::Text(text));
    }
    match index {
        Some(index) if digits::<usize>(index).is_some() => {}
        Some(_) => return Err(Fail::content("si attribute must be a number")),
        None => return Err(Fail::content("si attribute is mandatory if it is shared")),
    }
    match area {
        Some(area) => {
            area_of(area)?;
            Ok(Formula::Text(text))
        }
        None => Ok(Formula::Derived),
    }
}

/// Reads a value element of a cell (`<v>`, `<is>`) whose attributes `s` (style) and `t`
/// (type) are given.
fn read_value<E: Events>(
    events: &mut E,
    book: &Book,
    element: &BytesStart<'_>,
    style: Option<&str>,
    kind: Option<&str>,
    buf: &mut Vec<u8>,
    text_buf: &mut Vec<u8>,
) -> Result<CellValue, Fail> {
    let name = element.name();
    match element.local_name().as_ref() {
        "is" => Ok(CellValue::Text(
            xlsx_text::string_item(events, name.as_ref(), buf, text_buf)?.into(),
        )),
        "v" if matches!(kind, Some("inlineStr" | "is")) => {
            xlsx_text::skip_element(events, name.as_ref(), buf)?;
            Ok(CellValue::Empty)
        }
        "v" if matches!(kind, None | Some("n" | "s" | "b" | "e")) => {
            // These values are plain ASCII: the first text is the value, as written.
            let value = match events.next(buf)? {
                Event::Text(text) => value_of(book, &text, style, kind)?,
                Event::End(end) if end.name() == name => return Ok(CellValue::Empty),
                Event::Eof => return Err(xlsx_text::eof("v")),
                _ => CellValue::Empty,
            };
            xlsx_text::skip_element(events, name.as_ref(), buf)?;
            Ok(value)
        }
        "v" => {
            let text = xlsx_text::element_text(events, name.as_ref(), buf, "v")?;
            value_of(book, &text, style, kind)
        }
        _ => Err(Fail::content("Expecting 'v, f, or is' node")),
    }
}

/// The value a cell's `<v>` text stands for, by the cell's type and style.
fn value_of(
    book: &Book,
    text: &str,
    style: Option<&str>,
    kind: Option<&str>,
) -> Result<CellValue, Fail> {
    match kind {
        Some("s") => {
            if text.is_empty() {
                return Ok(CellValue::Empty);
            }
            let index = digits::<usize>(text).unwrap_or(0);
            book.strings
                .get(index)
                .map(|string| CellValue::Text(string.clone()))
                .ok_or_else(|| Fail::content("Cell string index not found in shared strings table"))
        }
        Some("b") => {
            let flag = text.trim();
            if flag.is_empty() {
                Ok(CellValue::Empty)
            } else if flag == "0" || flag.eq_ignore_ascii_case("false") {
                Ok(CellValue::Bool(false))
            } else if flag == "1" || flag.eq_ignore_ascii_case("true") {
                Ok(CellValue::Bool(true))
            } else {
                Err(Fail::content(format!(
                    "Unrecognized boolean cell value: {text}"
                )))
            }
        }
        Some("d") => Ok(collect::convert(Data::DateTimeIso(text.to_owned()))),
        Some("e") => match text {
            "#DIV/0!" | "#N/A" | "#NAME?" | "#NULL!" | "#NUM!" | "#REF!" | "#VALUE!" => {
                Ok(CellValue::Error(text.into()))
            }
            _ => Err(Fail::content(format!(
                "Unsupported cell error value '{text}'"
            ))),
        },
        Some("str") => Ok(CellValue::Text(
            xlsx_text::unescape_excel(text).into_owned().into(),
        )),
        Some("n") | None => {
            if text.is_empty() {
                return Ok(CellValue::Empty);
            }
            match fast_float2::parse::<f64, _>(text) {
                Ok(number) => Ok(number_shown(book, number, style)),
                Err(_) if kind.is_none() => Ok(CellValue::Text(text.into())),
                Err(_) => Err(Fail::content(format!(
                    "Parse float error: {text:?} is not a number"
                ))),
            }
        }
        Some(other) => Err(Fail::content(format!(
            "Unknown cell 't' attribute: {other:?}"
        ))),
    }
}

/// A number as its cell's format shows it: a date, a duration (kept a number) or a number.
fn number_shown(book: &Book, number: f64, style: Option<&str>) -> CellValue {
    let shown = match style {
        Some(style) => book.shown.get(digits::<usize>(style).unwrap_or(0)).copied(),
        None => Some(Shown::Number),
    };
    let kind = match shown {
        Some(Shown::Date) => ExcelDateTimeType::DateTime,
        Some(Shown::Duration) => ExcelDateTimeType::TimeDelta,
        _ => return CellValue::Number(number),
    };
    collect::convert(Data::DateTime(ExcelDateTime::new(
        number,
        kind,
        book.is_1904,
    )))
}
