//! The layout of an `.xlsx` workbook's sheets: which part holds each sheet, which number
//! formats tell something of the values they show, and how an element of a sheet's XML is
//! read for hidden rows and columns, merged areas and cell formats (the pass itself is in
//! [`xlsx_sheet_xml`](crate::container::xlsx_sheet_xml), with the cells).

use crate::container::error::{PartProblem, ReadError};
use crate::container::sheet::{Merge, Spans};
use att_schema::say::Detail;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::ZipArchive;

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Hidden rows and columns, merged areas and telling number formats of one sheet.
#[derive(Debug, Default)]
pub(crate) struct Layout {
    /// Rows with `hidden="1"`.
    pub hidden_rows: Spans,
    /// Columns with `hidden="1"`.
    pub hidden_cols: Spans,
    /// `<mergeCell ref="…">` areas.
    pub merges: Vec<Merge>,
    /// Cells whose format is one of the workbook's telling number formats: row, column and the
    /// format's number (see [`NumberFormats`]).
    pub formats: Vec<(u32, u32, u16)>,
}

/// The number formats of a workbook that say something of the values they show — a currency
/// ("[$EUR] #,##0", "#,##0 \"kr\"") or a multiplier ("#,##0 \"Mio.\"") — by cell format.
/// Formats that say nothing (General, dates, plain numbers) are not kept, so that a sheet of a
/// million plain numbers costs nothing.
#[derive(Debug, Default)]
pub(crate) struct NumberFormats {
    /// For each cell format (`xf`) of `cellXfs`, the number of its telling format, from 1.
    by_xf: Vec<u16>,
    /// The telling format codes, numbered from 1.
    pub codes: Vec<std::sync::Arc<str>>,
}

impl NumberFormats {
    /// The number of the telling format of cell format `xf`, if it has one.
    pub(crate) fn of_xf(&self, xf: usize) -> Option<u16> {
        self.by_xf.get(xf).copied().filter(|&n| n > 0)
    }
}

/// Reads the workbook's styles part for its telling number formats. A workbook without a
/// styles part, or whose formats tell nothing, has none.
pub(crate) fn number_formats(archive: &mut Archive<'_>) -> Result<NumberFormats, ReadError> {
    let mut formats = NumberFormats::default();
    let Some(part) = styles_part(archive)? else {
        return Ok(formats);
    };
    if find_entry(archive, &part).is_none() {
        return Ok(formats);
    }
    let mut custom: HashMap<u32, String> = HashMap::new();
    let mut xf_formats: Vec<u32> = Vec::new();
    let mut in_cell_xfs = false;
    for_each_event(archive, &part, |element, start| {
        match (element.local_name().as_ref(), start) {
            ("numFmt", _) => {
                if let (Some(id), Some(code)) = (
                    attr(element, "numFmtId").and_then(|id| id.parse().ok()),
                    attr(element, "formatCode"),
                ) {
                    custom.insert(id, code);
                }
            }
            ("cellXfs", Some(opens)) => in_cell_xfs = opens,
            ("xf", Some(true) | None) if in_cell_xfs => {
                xf_formats.push(
                    attr(element, "numFmtId")
                        .and_then(|id| id.parse().ok())
                        .unwrap_or(0),
                );
            }
            _ => {}
        }
    })?;
    let mut numbered: HashMap<u32, u16> = HashMap::new();
    for id in xf_formats {
        let number = match numbered.get(&id) {
            Some(number) => *number,
            None => {
                let telling = custom
                    .get(&id)
                    .filter(|code| att_lexicon::number_format::read_number_format(code).is_some());
                let number = match telling {
                    Some(code) if formats.codes.len() < u16::MAX as usize => {
                        formats.codes.push(code.as_str().into());
                        formats.codes.len() as u16
                    }
                    _ => 0,
                };
                numbered.insert(id, number);
                number
            }
        };
        formats.by_xf.push(number);
    }
    Ok(formats)
}

/// The styles part the workbook's relationships name (`xl/styles.xml` as a rule).
fn styles_part(archive: &mut Archive<'_>) -> Result<Option<String>, ReadError> {
    let workbook = office_document(archive)?;
    let (dir, file) = match workbook.rfind('/') {
        Some(slash) => (&workbook[..=slash], &workbook[slash + 1..]),
        None => ("", workbook.as_str()),
    };
    let rels_path = format!("{dir}_rels/{file}.rels");
    let mut target = None;
    for_each_element(archive, &rels_path, |element| {
        if element.local_name().as_ref() == "Relationship"
            && attr(element, "Type").is_some_and(|t| t.ends_with("/styles"))
        {
            target = attr(element, "Target");
        }
    })?;
    Ok(target.map(|target| resolve(dir, &target)))
}

/// The part (path in the container) of each sheet, by the sheet's name.
pub(crate) fn sheet_parts(archive: &mut Archive<'_>) -> Result<HashMap<String, String>, ReadError> {
    let workbook = office_document(archive)?;
    let (dir, file) = match workbook.rfind('/') {
        Some(slash) => (&workbook[..=slash], &workbook[slash + 1..]),
        None => ("", workbook.as_str()),
    };
    let rels_path = format!("{dir}_rels/{file}.rels");
    let mut targets = HashMap::new();
    for_each_element(archive, &rels_path, |element| {
        if element.local_name().as_ref() == "Relationship"
            && let (Some(id), Some(target)) = (attr(element, "Id"), attr(element, "Target"))
        {
            targets.insert(id, target);
        }
    })?;
    let mut parts = HashMap::new();
    for_each_element(archive, &workbook, |element| {
        if element.local_name().as_ref() != "sheet" {
            return;
        }
        let name = attr(element, "name");
        let id = element.attributes().flatten().find_map(|a| {
            (a.key.local_name().as_ref() == "id" && a.key.as_ref() != "sheetId")
                .then(|| {
                    a.normalized_value(XmlVersion::Implicit1_0)
                        .ok()
                        .map(|v| v.into_owned())
                })
                .flatten()
        });
        if let (Some(name), Some(target)) = (name, id.and_then(|id| targets.get(&id))) {
            parts.insert(name, resolve(dir, target));
        }
    })?;
    Ok(parts)
}

/// The workbook part named by the package relationships (`xl/workbook.xml` as a rule).
fn office_document(archive: &mut Archive<'_>) -> Result<String, ReadError> {
    let mut target = None;
    for_each_element(archive, "_rels/.rels", |element| {
        if element.local_name().as_ref() == "Relationship"
            && attr(element, "Type").is_some_and(|t| t.ends_with("/officeDocument"))
        {
            target = attr(element, "Target");
        }
    })?;
    let target = target.ok_or_else(|| ReadError::Part {
        part: "_rels/.rels".to_owned(),
        problem: PartProblem::NoWorkbook,
    })?;
    Ok(resolve("", &target))
}

/// A relationship target resolved against the folder of the part that names it.
fn resolve(dir: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("{dir}{target}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// Calls `visit` for every start or empty element of the XML part `path`.
fn for_each_element(
    archive: &mut Archive<'_>,
    path: &str,
    mut visit: impl FnMut(&BytesStart<'_>),
) -> Result<(), ReadError> {
    read_events(archive, path, Ends::Skipped, |element, _| visit(element)).map(|_| ())
}

/// Calls `visit` for every element of the XML part `path`: with `Some(true)` where it opens,
/// `Some(false)` where it closes, `None` for an empty element.
fn for_each_event(
    archive: &mut Archive<'_>,
    path: &str,
    visit: impl FnMut(&BytesStart<'_>, Option<bool>),
) -> Result<(), ReadError> {
    read_events(archive, path, Ends::Visited, visit).map(|_| ())
}

/// Whether [`read_events`] tells the ends of elements: a sheet has a million of them, which
/// only a reader of nested parts (the styles' `cellXfs`) needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    Visited,
    Skipped,
}

fn read_events(
    archive: &mut Archive<'_>,
    path: &str,
    ends: Ends,
    mut visit: impl FnMut(&BytesStart<'_>, Option<bool>),
) -> Result<usize, ReadError> {
    let name = find_entry(archive, path).ok_or_else(|| ReadError::Part {
        part: path.to_owned(),
        problem: PartProblem::Missing,
    })?;
    let part_error = |problem: PartProblem| ReadError::Part {
        part: name.clone(),
        problem,
    };
    let mut entry = archive
        .by_name(&name)
        .map_err(|error| part_error(PartProblem::Unreadable(Detail::of(&error))))?;
    // Whole, to parse borrowing from it: `zip_check` bounded the size the part inflates to.
    let mut xml = Vec::with_capacity(usize::try_from(entry.size()).unwrap_or(0));
    entry
        .read_to_end(&mut xml)
        .map_err(|error| part_error(PartProblem::Unreadable(Detail::of(&error))))?;
    let mut reader = Reader::from_reader(xml.as_slice());
    reader.config_mut().check_end_names = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(element)) => visit(&element, Some(true)),
            Ok(Event::Empty(element)) => visit(&element, None),
            Ok(Event::End(end)) if ends == Ends::Visited => {
                let name = end.name();
                let length = name.as_ref().len();
                visit(
                    &BytesStart::from_content(name.as_ref(), length),
                    Some(false),
                );
            }
            Ok(Event::Eof) => return Ok(xml.len()),
            Ok(_) => {}
            Err(error) => {
                return Err(part_error(PartProblem::NotWellFormed {
                    offset: reader.buffer_position(),
                    detail: Detail::of(&error),
                }));
            }
        }
    }
}

/// The entry named `path`, matched without regard to case as spreadsheet programs do.
pub(crate) fn find_entry(archive: &Archive<'_>, path: &str) -> Option<String> {
    if archive.index_for_name(path).is_some() {
        return Some(path.to_owned());
    }
    archive
        .file_names()
        .flatten()
        .find(|name| name.eq_ignore_ascii_case(path))
        .map(|name| name.into_owned())
}

/// The value of attribute `name`, normalised as XML says.
pub(crate) fn attr(element: &BytesStart<'_>, name: &str) -> Option<String> {
    attr_text(element, name).map(std::borrow::Cow::into_owned)
}

/// The value of attribute `name`, borrowed from the element where normalising changes nothing
/// (a sheet's million `r` and `s` attributes).
pub(crate) fn attr_text<'a>(
    element: &'a BytesStart<'_>,
    name: &str,
) -> Option<std::borrow::Cow<'a, str>> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok())
}

/// Whether an XML boolean is true.
pub(crate) fn is_true(value: &str) -> bool {
    value == "1" || value.eq_ignore_ascii_case("true")
}

/// A cell reference (`B7`, `$B$7`) as a 0-based row and column.
pub(crate) fn parse_cell(reference: &str) -> Option<(u32, u32)> {
    let reference = reference.replace('$', "");
    let letters = reference
        .bytes()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let mut col: u32 = 0;
    for byte in reference[..letters].bytes() {
        col = col * 26 + u32::from(byte.to_ascii_uppercase() - b'A' + 1);
    }
    let row: u32 = reference[letters..].parse().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

/// An area (`A1:C3`, or a single cell) as a merge rectangle.
pub(crate) fn parse_area(area: &str) -> Option<Merge> {
    let (first, last) = area.split_once(':').unwrap_or((area, area));
    let (r1, c1) = parse_cell(first)?;
    let (r2, c2) = parse_cell(last)?;
    Some(Merge {
        first_row: r1.min(r2),
        first_col: c1.min(c2),
        last_row: r1.max(r2),
        last_col: c1.max(c2),
    })
}

/// Reads a whole small part (for tests and diagnostics).
#[cfg(test)]
fn read_part(archive: &mut Archive<'_>, path: &str) -> Option<String> {
    use std::io::Read;
    let mut text = String::new();
    archive.by_name(path).ok()?.read_to_string(&mut text).ok()?;
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_references() {
        assert_eq!(parse_cell("A1"), Some((0, 0)));
        assert_eq!(parse_cell("$D$17"), Some((16, 3)));
        assert_eq!(parse_cell("AA10"), Some((9, 26)));
        assert_eq!(parse_cell("A0"), None);
        assert_eq!(parse_cell("17"), None);
        assert_eq!(
            parse_area("B8:B10"),
            Some(Merge {
                first_row: 7,
                first_col: 1,
                last_row: 9,
                last_col: 1
            })
        );
    }

    #[test]
    fn resolves_relationship_targets() {
        assert_eq!(
            resolve("xl/", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve("xl/", "/xl/worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(resolve("xl/", "../xl/sheet.xml"), "xl/sheet.xml");
    }

    #[test]
    fn reads_hidden_rows_columns_and_merges() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.set_name("Data").expect("name");
        sheet.write_string(0, 0, "a").expect("write");
        sheet.set_row_hidden(4).expect("hide row");
        sheet.set_column_hidden(2).expect("hide column");
        sheet
            .merge_range(1, 1, 3, 1, "m", &rust_xlsxwriter::Format::new())
            .expect("merge");
        let bytes = workbook.save_to_buffer().expect("save");
        let mut archive = ZipArchive::new(Cursor::new(bytes.as_slice())).expect("zip");
        let parts = sheet_parts(&mut archive).expect("parts");
        let part = parts.get("Data").expect("sheet part").clone();
        assert!(read_part(&mut archive, &part).is_some());
        let limits = crate::container::limits::Limits::default();
        let read = crate::container::xlsx::read(&bytes, &limits).expect("workbook");
        let layout = &read.sheets[0];
        assert!(layout.hidden_rows.contains(4) && !layout.hidden_rows.contains(3));
        assert!(layout.hidden_cols.contains(2) && !layout.hidden_cols.contains(1));
        assert_eq!(layout.merges.len(), 1);
        assert_eq!(layout.merges[0].a1(), "B2:B4");
    }
}
