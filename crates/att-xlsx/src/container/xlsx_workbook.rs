//! What an `.xlsx` workbook says of all its sheets, read as calamine 0.38 reads it (so that
//! the same sheets are read, with the same values): the sheets in tab order with their kind,
//! visibility and part; the 1904 date system; the shared strings; and which cell formats
//! show dates or durations.

use crate::container::error::{PartProblem, ReadError};
use crate::container::sheet::CellText;
use crate::container::xlsx_text::{
    self, Events, Fail, Plain, RawAttributes, digits, local_key_is, raw_attr, raw_attrs,
};
use att_schema::say::Detail;
use calamine::{Sheet as SheetMeta, SheetType, SheetVisible};
use quick_xml::events::Event;
use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};
use zip::ZipArchive;

/// The container of an `.xlsx` workbook.
pub(crate) type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// How a cell format shows a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// As a number (or anything but a date).
    Number,
    /// As a date or time.
    Date,
    /// As a duration (`[h]:mm:ss`).
    Duration,
}

/// One sheet of the workbook, as its `<sheet>` element and relationship say.
#[derive(Debug, Clone)]
pub(crate) struct BookSheet {
    /// Name, kind and visibility.
    pub meta: SheetMeta,
    /// The part that holds it, as calamine finds it (the folder of the workbook and the
    /// relationship's target, joined).
    pub path: String,
}

/// The workbook-wide facts the cells are read with.
#[derive(Debug, Default)]
pub(crate) struct Book {
    /// The sheets in tab order.
    pub sheets: Vec<BookSheet>,
    /// Whether serial dates count from 1904.
    pub is_1904: bool,
    /// The shared strings, by index.
    pub strings: Vec<CellText>,
    /// How each cell format (`xf` of `cellXfs`) shows numbers.
    pub shown: Vec<Shown>,
    /// The container's entry names by their lower-case spelling, to find parts regardless of
    /// case.
    names: HashMap<String, String>,
}

impl Book {
    /// The container entry for `path`, matched regardless of case.
    pub(crate) fn entry_name<'p>(&'p self, path: &'p str) -> &'p str {
        self.names
            .get(&path.to_ascii_lowercase())
            .map_or(path, String::as_str)
    }
}

/// Reads the workbook's relationships, shared strings, styles and sheet list.
pub(crate) fn read(archive: &mut Archive<'_>) -> Result<Book, ReadError> {
    let mut book = Book {
        names: archive
            .file_names()
            .flatten()
            .map(|name| {
                (
                    name.replace('\\', "/").to_ascii_lowercase(),
                    name.to_string(),
                )
            })
            .collect(),
        ..Book::default()
    };
    let (folder, workbook_file) = package_relationships(archive, &book)?;
    book.strings = shared_strings(archive, &book, &format!("{folder}sharedStrings.xml"))?;
    book.shown = cell_formats(archive, &book, &format!("{folder}styles.xml"))?;
    let relationships = workbook_relationships(
        archive,
        &book,
        &format!("{folder}_rels/{workbook_file}.rels"),
    )?;
    let workbook_path = format!("{folder}{workbook_file}");
    let (sheets, is_1904) = sheets(archive, &book, &workbook_path, &folder, &relationships)?;
    book.sheets = sheets;
    book.is_1904 = is_1904;
    Ok(book)
}

/// The events of part `path`, or `None` when the container has no such part.
pub(crate) fn open_part<'z>(
    archive: &'z mut Archive<'_>,
    book: &Book,
    path: &str,
) -> Result<Option<Plain<BufReader<impl Read + 'z>>>, ReadError> {
    let name = book.entry_name(path).to_owned();
    match archive.by_name(&name) {
        Ok(entry) => Ok(Some(Plain(xlsx_text::xml_reader(
            BufReader::with_capacity(64 * 1024, entry),
        )))),
        Err(zip::result::ZipError::FileNotFound) => Ok(None),
        Err(error) => Err(ReadError::Part {
            part: name,
            problem: PartProblem::Unreadable(Detail::of(&error)),
        }),
    }
}

/// The error of part `part` that `fail` tells.
pub(crate) fn part_error(part: &str, fail: Fail) -> ReadError {
    let problem = match fail {
        Fail::Xml(quick_xml::Error::Io(error), _) => PartProblem::Unreadable(Detail::of(&error)),
        Fail::Xml(error, offset) => PartProblem::NotWellFormed {
            offset,
            detail: Detail::of(&error),
        },
        Fail::Content(words) => PartProblem::Parser(Detail::of(&words)),
    };
    ReadError::Part {
        part: part.to_owned(),
        problem,
    }
}

/// The folder and file name of the workbook part, from the package relationships.
fn package_relationships(
    archive: &mut Archive<'_>,
    book: &Book,
) -> Result<(String, String), ReadError> {
    const PATH: &str = "_rels/.rels";
    let Some(mut events) = open_part(archive, book, PATH)? else {
        return Err(ReadError::Part {
            part: PATH.to_owned(),
            problem: PartProblem::Missing,
        });
    };
    let target = (|| {
        let mut buf = Vec::new();
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "Relationships" => break,
                Event::Eof => return Err(xlsx_text::eof("Relationships")),
                _ => {}
            }
        }
        let mut target = None;
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                    let [kind, to] = raw_attrs(&e, ["Type", "Target"])?;
                    if kind.is_some_and(|kind| kind.ends_with("/relationships/officeDocument"))
                        && let Some(to) = to
                    {
                        target = Some(decode(to)?);
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "Relationships" => return Ok(target),
                Event::Eof => return Err(xlsx_text::eof("Relationships")),
                _ => {}
            }
        }
    })()
    .map_err(|fail| part_error(PATH, fail))?;
    let Some(target) = target else {
        return Err(ReadError::Part {
            part: PATH.to_owned(),
            problem: PartProblem::NoWorkbook,
        });
    };
    let (folder, file) = match target.rfind('/') {
        Some(slash) => target.split_at(slash + 1),
        None => ("", target.as_str()),
    };
    let folder = folder.strip_prefix('/').unwrap_or(folder).to_owned();
    let file = if file.is_empty() {
        "workbook.xml".to_owned()
    } else {
        file.to_owned()
    };
    Ok((folder, file))
}

/// The shared strings of part `path` (none when there is no such part).
fn shared_strings(
    archive: &mut Archive<'_>,
    book: &Book,
    path: &str,
) -> Result<Vec<CellText>, ReadError> {
    let size = archive
        .index_for_name(book.entry_name(path))
        .and_then(|index| archive.by_index_raw(index).ok().map(|entry| entry.size()))
        .unwrap_or(0);
    let Some(mut events) = open_part(archive, book, path)? else {
        return Ok(Vec::new());
    };
    let mut strings = Vec::new();
    (|| {
        let mut buf = Vec::with_capacity(1024);
        let mut inner = Vec::with_capacity(1024);
        let mut text = Vec::with_capacity(1024);
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "sst" => {
                    // An item takes ten bytes at least (`<si></si>`): no more room than that.
                    if let Some(count) = raw_attr(&e, "uniqueCount")?.and_then(digits::<u64>) {
                        let room = count.min(size / 9);
                        strings.reserve(usize::try_from(room).unwrap_or(0));
                    }
                    break;
                }
                Event::Eof => return Err(xlsx_text::eof("sst")),
                _ => {}
            }
        }
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "si" => {
                    strings.push(
                        xlsx_text::string_item(
                            &mut events,
                            e.name().as_ref(),
                            &mut inner,
                            &mut text,
                        )?
                        .into(),
                    );
                }
                Event::End(e) if e.local_name().as_ref() == "sst" => return Ok(()),
                Event::Eof => return Err(xlsx_text::eof("sst")),
                _ => {}
            }
        }
    })()
    .map_err(|fail| part_error(book.entry_name(path), fail))?;
    Ok(strings)
}

/// How each cell format of the styles part `path` shows numbers (none when there is no such
/// part): by its number format, custom (`<numFmts>`) or built in.
fn cell_formats(
    archive: &mut Archive<'_>,
    book: &Book,
    path: &str,
) -> Result<Vec<Shown>, ReadError> {
    let Some(mut events) = open_part(archive, book, path)? else {
        return Ok(Vec::new());
    };
    let mut shown = Vec::new();
    (|| {
        let mut custom: HashMap<String, String> = HashMap::new();
        let mut buf = Vec::with_capacity(1024);
        let mut inner = Vec::with_capacity(1024);
        let mut body = Vec::new();
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "numFmts" => loop {
                    match events.next(&mut inner)? {
                        Event::Start(e) if e.local_name().as_ref() == "numFmt" => {
                            if let [Some(id), Some(code)] =
                                raw_attrs(&e, ["numFmtId", "formatCode"])?
                            {
                                custom.insert(id.to_owned(), decode(code)?);
                            }
                        }
                        Event::End(e) if e.local_name().as_ref() == "numFmts" => break,
                        Event::Eof => return Err(xlsx_text::eof("numFmts")),
                        _ => {}
                    }
                },
                Event::Start(e) if e.local_name().as_ref() == "cellXfs" => loop {
                    match events.next(&mut inner)? {
                        Event::Start(e) if e.local_name().as_ref() == "xf" => {
                            shown.push(match raw_attr(&e, "numFmtId")? {
                                None => Shown::Number,
                                Some(id) => match custom.get(id) {
                                    Some(code) => custom_format_shows(code),
                                    None => builtin_format_shows(id),
                                },
                            });
                            loop {
                                match events.next(&mut body)? {
                                    Event::End(end) if end.local_name().as_ref() == "xf" => break,
                                    Event::Eof => return Err(xlsx_text::eof("xf")),
                                    _ => {}
                                }
                            }
                        }
                        Event::End(e) if e.local_name().as_ref() == "cellXfs" => break,
                        Event::Eof => return Err(xlsx_text::eof("cellXfs")),
                        _ => {}
                    }
                },
                Event::End(e) if e.local_name().as_ref() == "styleSheet" => return Ok(()),
                Event::Eof => return Err(xlsx_text::eof("styleSheet")),
                _ => {}
            }
        }
    })()
    .map_err(|fail| part_error(book.entry_name(path), fail))?;
    Ok(shown)
}

/// The workbook's relationships: target and type by id.
fn workbook_relationships(
    archive: &mut Archive<'_>,
    book: &Book,
    path: &str,
) -> Result<HashMap<String, (String, String)>, ReadError> {
    let Some(mut events) = open_part(archive, book, path)? else {
        return Err(ReadError::Part {
            part: path.to_owned(),
            problem: PartProblem::Missing,
        });
    };
    let mut relationships = HashMap::new();
    (|| {
        let mut buf = Vec::with_capacity(256);
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "Relationship" => {
                    if let [Some(id), kind, target] = raw_attrs(&e, ["Id", "Type", "Target"])? {
                        relationships.insert(
                            id.to_owned(),
                            (
                                target.unwrap_or_default().to_owned(),
                                kind.unwrap_or_default().to_owned(),
                            ),
                        );
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "Relationships" => return Ok(()),
                Event::Eof => return Err(xlsx_text::eof("Relationships")),
                _ => {}
            }
        }
    })()
    .map_err(|fail| part_error(book.entry_name(path), fail))?;
    Ok(relationships)
}

/// Why the sheet list cannot be read.
enum SheetsFail {
    /// A sheet names a relationship the workbook does not have.
    NoRelationship,
    /// Anything else.
    Other(Fail),
}

impl From<Fail> for SheetsFail {
    fn from(fail: Fail) -> Self {
        SheetsFail::Other(fail)
    }
}

/// The sheets of the workbook part `path` and whether it counts dates from 1904 (no sheets
/// when there is no such part).
fn sheets(
    archive: &mut Archive<'_>,
    book: &Book,
    path: &str,
    folder: &str,
    relationships: &HashMap<String, (String, String)>,
) -> Result<(Vec<BookSheet>, bool), ReadError> {
    let Some(mut events) = open_part(archive, book, path)? else {
        return Ok((Vec::new(), false));
    };
    let mut sheets = Vec::new();
    let mut is_1904 = false;
    let result = (|| -> Result<(), SheetsFail> {
        let mut buf = Vec::with_capacity(1024);
        let mut inner = Vec::new();
        loop {
            match events.next(&mut buf)? {
                Event::Start(e) if e.local_name().as_ref() == "sheet" => {
                    let mut name = String::new();
                    let mut rel_id = "";
                    let mut visible = SheetVisible::Visible;
                    for attribute in RawAttributes::new(e.attributes_raw()) {
                        let (key, value) = attribute.map_err(Fail::Content)?;
                        match key {
                            "name" => name = decode(value)?,
                            "state" => {
                                visible = match value {
                                    "visible" => SheetVisible::Visible,
                                    "hidden" => SheetVisible::Hidden,
                                    "veryHidden" => SheetVisible::VeryHidden,
                                    other => {
                                        return Err(Fail::content(format!(
                                            "Unrecognized sheet:state: {other}"
                                        ))
                                        .into());
                                    }
                                }
                            }
                            key if local_key_is(key, "id") => rel_id = value,
                            _ => {}
                        }
                    }
                    let (target, kind) = relationships
                        .get(rel_id)
                        .ok_or(SheetsFail::NoRelationship)?;
                    let path = match target.strip_prefix('/') {
                        Some(absolute) => absolute.to_owned(),
                        None => format!("{folder}{target}"),
                    };
                    let typ = match kind.split('/').next_back() {
                        Some("worksheet") => SheetType::WorkSheet,
                        Some("chartsheet") => SheetType::ChartSheet,
                        Some("dialogsheet") => SheetType::DialogSheet,
                        _ => {
                            return Err(
                                Fail::content(format!("Unrecognized sheet:type: {path}")).into()
                            );
                        }
                    };
                    sheets.push(BookSheet {
                        meta: SheetMeta { name, typ, visible },
                        path,
                    });
                }
                Event::Start(e) if e.local_name().as_ref() == "workbookPr" => {
                    if let Some(value) = raw_attr(&e, "date1904")? {
                        is_1904 = value == "1" || value == "true";
                    }
                }
                Event::Start(e)
                    if e.local_name().as_ref() == "definedName"
                        && raw_attr(&e, "name")?.is_some() =>
                {
                    let closing = e.name().as_ref().to_owned();
                    xlsx_text::element_text(&mut events, &closing, &mut inner, "workbook")?;
                }
                Event::End(e) if e.local_name().as_ref() == "workbook" => return Ok(()),
                Event::Eof => return Err(xlsx_text::eof("workbook").into()),
                _ => {}
            }
        }
    })();
    match result {
        Ok(()) => Ok((sheets, is_1904)),
        Err(SheetsFail::NoRelationship) => Err(ReadError::Part {
            part: "_rels/.rels".to_owned(),
            problem: PartProblem::NoWorkbook,
        }),
        Err(SheetsFail::Other(fail)) => Err(part_error(book.entry_name(path), fail)),
    }
}

/// An attribute value with its XML references resolved.
fn decode(value: &str) -> Result<String, Fail> {
    quick_xml::escape::unescape(value)
        .map(std::borrow::Cow::into_owned)
        .map_err(|error| Fail::content(format!("Xml error: {error}")))
}

/// How a custom number format shows numbers: as dates when its first section has a date or
/// time part outside quotes, brackets and escapes; as durations for an elapsed-time bracket
/// (`[h]`, `[mm]`).
pub(crate) fn custom_format_shows(code: &str) -> Shown {
    let mut escaped = false;
    let mut quoted = false;
    let mut brackets = 0u8;
    let mut previous = ' ';
    let mut elapsed = false;
    let mut am_pm = false;
    for c in code.chars() {
        if escaped {
            escaped = false;
        } else if matches!(c, '_' | '\\' | '*') {
            escaped = true;
        } else if quoted {
            if c == '"' {
                quoted = false;
            }
        } else if c == '"' {
            quoted = true;
        } else if c == ';' {
            return Shown::Number;
        } else if c == '[' {
            brackets = brackets.wrapping_add(1);
        } else if c == ']' && brackets == 1 && elapsed {
            return Shown::Duration;
        } else if c == ']' {
            brackets = brackets.saturating_sub(1);
        } else if brackets == 0 && !am_pm && matches!(c, 'a' | 'A') {
            am_pm = true;
        } else if brackets == 0
            && if am_pm {
                matches!(c, 'p' | 'm' | '/' | 'P' | 'M')
            } else {
                matches!(c, 'd' | 'm' | 'h' | 'y' | 's' | 'D' | 'M' | 'H' | 'Y' | 'S')
            }
        {
            return Shown::Date;
        } else if !(elapsed && c.eq_ignore_ascii_case(&previous)) {
            elapsed = previous == '[' && matches!(c, 'm' | 'h' | 's' | 'M' | 'H' | 'S');
        }
        previous = c;
    }
    Shown::Number
}

/// How a built-in number format (by its id as written) shows numbers.
pub(crate) fn builtin_format_shows(id: &str) -> Shown {
    match id {
        "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "45" | "47" | "27"
        | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "50" | "51" | "52"
        | "53" | "54" | "55" | "56" | "57" | "58" => Shown::Date,
        "46" => Shown::Duration,
        _ => Shown::Number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_date_formats() {
        assert_eq!(custom_format_shows("DD/MM/YY"), Shown::Date);
        assert_eq!(custom_format_shows("H:MM:SS;@"), Shown::Date);
        assert_eq!(custom_format_shows("#,##0\\ [$\\u20bd-46D]"), Shown::Number);
        assert_eq!(custom_format_shows("[h]:mm:ss"), Shown::Duration);
        assert_eq!(custom_format_shows("[$EUR] #,##0"), Shown::Number);
        assert_eq!(custom_format_shows("#,##0 \"Mio.\""), Shown::Number);
        assert_eq!(custom_format_shows("AM/PM"), Shown::Date);
        assert_eq!(custom_format_shows("0;[Red]yyyy"), Shown::Number);
        assert_eq!(custom_format_shows("\"y\"0"), Shown::Number);
        assert_eq!(builtin_format_shows("14"), Shown::Date);
        assert_eq!(builtin_format_shows("014"), Shown::Number);
        assert_eq!(builtin_format_shows("46"), Shown::Duration);
    }
}
