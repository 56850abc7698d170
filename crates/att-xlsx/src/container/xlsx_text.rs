//! The pieces of SpreadsheetML reading that the workbook and sheet passes share: streaming XML
//! events out of a zip entry, attributes taken as written, cell references, rich text and the
//! `_xHHHH_` escapes. Each follows what calamine 0.38 does for `.xlsx`, so that the values read
//! are the ones att read when calamine decoded the cells.

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::borrow::Cow;
use std::io::BufRead;

/// Why reading a part stopped.
#[derive(Debug)]
pub(crate) enum Fail {
    /// The XML cannot be read: it is not well-formed (or its compressed data is damaged), at
    /// this byte offset. Said as soon as it is met.
    Xml(quick_xml::Error, u64),
    /// The XML is read but says something no workbook says (a shared string that does not
    /// exist, a cell type no program writes): what calamine called a parser error.
    Content(String),
}

impl Fail {
    /// A content problem, in words.
    pub(crate) fn content(words: impl Into<String>) -> Fail {
        Fail::Content(words.into())
    }
}

/// A source of XML events: a part read plainly, or a sheet whose every element is also seen by
/// the layout reader.
pub(crate) trait Events {
    /// The next event, its content in `buf`.
    fn next<'b>(&mut self, buf: &'b mut Vec<u8>) -> Result<Event<'b>, Fail>;
}

/// A quick-xml reader over a streamed part, configured as calamine configures its own: empty
/// elements read as a start and an end, text untrimmed, end names unchecked.
pub(crate) fn xml_reader<R: BufRead>(source: R) -> Reader<R> {
    let mut reader = Reader::from_reader(source);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    reader
}

/// A part's events, read plainly.
pub(crate) struct Plain<R: BufRead>(pub Reader<R>);

impl<R: BufRead> Events for Plain<R> {
    fn next<'b>(&mut self, buf: &'b mut Vec<u8>) -> Result<Event<'b>, Fail> {
        buf.clear();
        let reader = &mut self.0;
        match reader.read_event_into(buf) {
            Ok(event) => Ok(event),
            Err(error) => Err(Fail::Xml(error, reader.buffer_position())),
        }
    }
}

/// The attributes `keys` of an element, taken as written (not unescaped), as calamine takes
/// them: scanning stops once as many attributes as keys were matched; a malformed attribute
/// met before then is an error.
pub(crate) fn raw_attrs<'e, const N: usize>(
    element: &'e BytesStart<'_>,
    keys: [&str; N],
) -> Result<[Option<&'e str>; N], Fail> {
    let mut values = [None; N];
    let mut found = 0;
    let mut attributes = RawAttributes::new(element.attributes_raw());
    while found < N {
        match attributes.next() {
            None => break,
            Some(Ok((key, value))) => {
                if let Some(at) = keys.iter().position(|wanted| *wanted == key) {
                    values[at] = Some(value);
                    found += 1;
                }
            }
            Some(Err(words)) => return Err(Fail::content(words)),
        }
    }
    Ok(values)
}

/// One attribute, as written.
pub(crate) fn raw_attr<'e>(
    element: &'e BytesStart<'_>,
    key: &str,
) -> Result<Option<&'e str>, Fail> {
    raw_attrs(element, [key]).map(|[value]| value)
}

/// The attributes of an element, as written: `key="value"` pairs.
pub(crate) struct RawAttributes<'a> {
    raw: &'a str,
    at: usize,
}

impl<'a> RawAttributes<'a> {
    /// The attributes in the text after an element's name.
    pub(crate) fn new(raw: &'a str) -> Self {
        RawAttributes { raw, at: 0 }
    }
}

impl<'a> Iterator for RawAttributes<'a> {
    type Item = Result<(&'a str, &'a str), String>;

    fn next(&mut self) -> Option<Self::Item> {
        let bytes = self.raw.as_bytes();
        let mut at = self.at;
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        if at >= bytes.len() {
            self.at = at;
            return None;
        }
        let key_start = at;
        while at < bytes.len() && bytes[at] != b'=' {
            at += 1;
        }
        if at >= bytes.len() {
            self.at = bytes.len();
            return Some(Err(format!(
                "Xml attribute error: position {key_start}: attribute key must be directly followed by `=` or space"
            )));
        }
        let key = self.raw[key_start..at].trim_ascii_end();
        at += 1;
        while at < bytes.len() && bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let quote = match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => quote,
            _ => {
                self.at = bytes.len();
                return Some(Err(format!(
                    "Xml attribute error: position {at}: attribute value must be enclosed in `\"` or `'`"
                )));
            }
        };
        at += 1;
        let value_start = at;
        while at < bytes.len() && bytes[at] != quote {
            at += 1;
        }
        let value = &self.raw[value_start..at];
        if at < bytes.len() {
            at += 1;
        }
        self.at = at;
        Some(Ok((key, value)))
    }
}

/// Whether an attribute key is `name`, with or without a namespace prefix (`r:id`).
pub(crate) fn local_key_is(key: &str, name: &str) -> bool {
    key == name
        || key
            .strip_suffix(name)
            .is_some_and(|prefix| prefix.ends_with(':'))
}

/// A number written in decimal digits (leading zeros allowed, no sign), as calamine reads
/// style and string indexes.
pub(crate) fn digits<T: TryFrom<u64>>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value: u64 = 0;
    for byte in text.bytes() {
        value = value.checked_mul(10)?.checked_add(u64::from(byte - b'0'))?;
    }
    T::try_from(value).ok()
}

/// A cell reference as calamine reads it: letters (any case) then digits, both optional, no
/// `$`; the row from 0, and the column from 0 when there are letters.
fn row_and_column(reference: &str) -> Result<(u32, Option<u32>), Fail> {
    let bytes = reference.as_bytes();
    let mut at = 0;
    let mut col: u32 = 0;
    let mut row: u32 = 0;
    let overflow = || Fail::content(format!("the cell reference {reference:?} is too large"));
    let not_alphanumeric =
        |byte: u8| Fail::content(format!("Expecting alphanumeric character, got {byte:X}"));
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' => {
                col = col
                    .checked_mul(26)
                    .and_then(|c| c.checked_add(u32::from(byte.to_ascii_uppercase() - b'A') + 1))
                    .ok_or_else(overflow)?;
            }
            b'0'..=b'9' => {
                row = u32::from(byte - b'0');
                break;
            }
            other => return Err(not_alphanumeric(other)),
        }
    }
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        match byte {
            b'0'..=b'9' => {
                row = row
                    .checked_mul(10)
                    .and_then(|r| r.checked_add(u32::from(byte - b'0')))
                    .ok_or_else(overflow)?;
            }
            other => return Err(not_alphanumeric(other)),
        }
    }
    let row = row
        .checked_sub(1)
        .ok_or_else(|| Fail::content("Range is missing the expected row component."))?;
    Ok((row, col.checked_sub(1)))
}

/// The row of a row reference (`7`), from 0.
pub(crate) fn row_of(reference: &str) -> Result<u32, Fail> {
    row_and_column(reference).map(|(row, _)| row)
}

/// The row and column of a cell reference (`B7`), from 0.
pub(crate) fn cell_of(reference: &str) -> Result<(u32, u32), Fail> {
    match row_and_column(reference)? {
        (row, Some(col)) => Ok((row, col)),
        (_, None) => Err(Fail::content(
            "Range is missing the expected column component.",
        )),
    }
}

/// The first and last cells of an area, each as row and column from 0.
pub(crate) type Area = ((u32, u32), (u32, u32));

/// An area (`A1:C3`, or one cell) as its first and last cells, as calamine reads a sheet's
/// dimension and a shared formula's range.
pub(crate) fn area_of(area: &str) -> Result<Area, Fail> {
    let mut corners = area.split(':');
    let first = corners.next().map(cell_of).transpose()?;
    let last = corners.next().map(cell_of).transpose()?;
    let more = corners.count();
    match (first, last) {
        (Some(first), None) => Ok((first, first)),
        (Some(first), Some(last)) if more == 0 => Ok((first, last)),
        _ => Err(Fail::content(format!(
            "Range dimension must be lower than 2. Got {}",
            more + 2
        ))),
    }
}

/// Appends the character or entity an XML reference (`&amp;`, `&#xA0;`) stands for.
pub(crate) fn push_reference(
    reference: &str,
    char_ref: Option<char>,
    text: &mut String,
) -> Result<(), Fail> {
    if let Some(entity) = quick_xml::escape::resolve_xml_entity(reference) {
        text.push_str(entity);
        return Ok(());
    }
    match char_ref {
        Some(character) => {
            text.push(character);
            Ok(())
        }
        None => Err(Fail::content(format!(
            "Xml error: unrecognized entity `&{reference};`"
        ))),
    }
}

/// Appends the text of an event (text or reference) to `text`; tells whether it was one.
pub(crate) fn push_text(event: &Event<'_>, text: &mut String) -> Result<bool, Fail> {
    match event {
        Event::Text(t) => text.push_str(&t.xml10_content()),
        Event::GeneralRef(reference) => {
            let character = reference
                .resolve_char_ref()
                .map_err(|error| Fail::content(format!("Xml error: {error}")))?;
            push_reference(reference, character, text)?;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

/// The text of an element up to its end (`name`), its references resolved.
pub(crate) fn element_text(
    events: &mut impl Events,
    name: &str,
    buf: &mut Vec<u8>,
    what: &str,
) -> Result<String, Fail> {
    let mut text = String::new();
    loop {
        let event = events.next(buf)?;
        if push_text(&event, &mut text)? {
            continue;
        }
        match event {
            Event::End(end) if end.name().as_ref() == name => return Ok(text),
            Event::Eof => return Err(eof(what)),
            _ => {}
        }
    }
}

/// Skips what is left of the element `name`, up to its end (elements of the same name nested
/// in it too).
pub(crate) fn skip_element(
    events: &mut impl Events,
    name: &str,
    buf: &mut Vec<u8>,
) -> Result<(), Fail> {
    let mut depth = 0usize;
    loop {
        match events.next(buf)? {
            Event::Start(start) if start.name().as_ref() == name => depth += 1,
            Event::End(end) if end.name().as_ref() == name => {
                if depth == 0 {
                    return Ok(());
                }
                depth -= 1;
            }
            Event::Eof => {
                return Err(Fail::content(format!(
                    "Xml error: start tag not closed: `</{name}>` not found before end of input"
                )));
            }
            _ => {}
        }
    }
}

/// The end of the part where `element` should have ended.
pub(crate) fn eof(element: &str) -> Fail {
    Fail::content(format!("Unexpected end of xml, expecting '</{element}>'"))
}

/// A string item (`<si>`, `<is>`) up to its end `closing`: its text, or the runs of its rich
/// text put together; phonetic runs (`<rPh>`) are left out; text not marked
/// `xml:space="preserve"` loses its ASCII white space at both ends.
pub(crate) fn string_item(
    events: &mut impl Events,
    closing: &str,
    buf: &mut Vec<u8>,
    text_buf: &mut Vec<u8>,
) -> Result<String, Fail> {
    let mut rich: Option<String> = None;
    let mut phonetic = false;
    loop {
        let event = events.next(buf)?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == "r" && rich.is_none() => {
                rich = Some(String::new());
            }
            Event::Start(e) if e.local_name().as_ref() == "rPh" => phonetic = true,
            Event::End(e) if e.name().as_ref() == closing => {
                return Ok(rich.unwrap_or_default());
            }
            Event::End(e) if e.local_name().as_ref() == "rPh" => phonetic = false,
            Event::Start(e) if e.local_name().as_ref() == "t" && !phonetic => {
                let preserve = raw_attr(&e, "xml:space")? == Some("preserve");
                let name = e.name();
                let mut value = String::new();
                loop {
                    let inner = events.next(text_buf)?;
                    if push_text(&inner, &mut value)? {
                        continue;
                    }
                    match inner {
                        Event::CData(data) => value.push_str(&data.xml10_content()),
                        Event::End(end) if end.name() == name => break,
                        Event::Eof => return Err(eof("t")),
                        _ => {}
                    }
                }
                let value = if preserve {
                    unescape_excel(&value).into_owned()
                } else {
                    unescape_excel(value.trim_matches([' ', '\t', '\r', '\n'])).into_owned()
                };
                match &mut rich {
                    Some(text) => text.push_str(&value),
                    None => rich = Some(value),
                }
            }
            Event::Eof => return Err(eof("")),
            _ => {}
        }
    }
}

/// Text with Excel's `_xHHHH_` escapes (UTF-16 code units; `_x005F_` escapes an underscore)
/// turned back into characters; a lone surrogate becomes U+FFFD.
pub(crate) fn unescape_excel(text: &str) -> Cow<'_, str> {
    let Some((mut at, mut unit)) = next_escape(text, 0) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    loop {
        out.push_str(&text[copied..at]);
        at += ESCAPE_LENGTH;
        match unit {
            0xD800..=0xDBFF => match escape_at(text, at) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let code =
                        0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                    out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                    at += ESCAPE_LENGTH;
                }
                _ => out.push(char::REPLACEMENT_CHARACTER),
            },
            0xDC00..=0xDFFF => out.push(char::REPLACEMENT_CHARACTER),
            _ => out.push(char::from_u32(u32::from(unit)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
        copied = at;
        match next_escape(text, at) {
            Some(next) => (at, unit) = next,
            None => break,
        }
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

const ESCAPE_LENGTH: usize = 7;

fn next_escape(text: &str, mut from: usize) -> Option<(usize, u16)> {
    while let Some(offset) = text.get(from..)?.find('_') {
        let at = from + offset;
        if let Some(unit) = escape_at(text, at) {
            return Some((at, unit));
        }
        from = at + 1;
    }
    None
}

fn escape_at(text: &str, at: usize) -> Option<u16> {
    let bytes = text.as_bytes().get(at..at + ESCAPE_LENGTH)?;
    if bytes[0] != b'_' || bytes[1] != b'x' || bytes[6] != b'_' {
        return None;
    }
    let hex = &bytes[2..6];
    if !hex.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u16::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_references_as_calamine_does() {
        assert_eq!(cell_of("A1").ok(), Some((0, 0)));
        assert_eq!(cell_of("aa10").ok(), Some((9, 26)));
        assert_eq!(cell_of("XFD1048576").ok(), Some((1_048_575, 16_383)));
        assert!(cell_of("A0").is_err());
        assert!(cell_of("7").is_err());
        assert!(cell_of("$A$1").is_err());
        assert!(cell_of("A99999999999").is_err());
        assert_eq!(row_of("12").ok(), Some(11));
        assert_eq!(area_of("B2:C3").ok(), Some(((1, 1), (2, 2))));
        assert_eq!(area_of("B2").ok(), Some(((1, 1), (1, 1))));
        assert!(area_of("A1:B2:C3").is_err());
        assert!(area_of("").is_err());
    }

    #[test]
    fn unescapes_excel_escapes() {
        assert_eq!(unescape_excel("a_x000D_b"), "a\rb");
        assert_eq!(unescape_excel("_x005F_x000D_"), "_x000D_");
        assert_eq!(unescape_excel("_xD83D__xDCF7_"), "\u{1F4F7}");
        assert_eq!(unescape_excel("_xD83D_"), "\u{FFFD}");
        assert_eq!(unescape_excel("plain_x12_"), "plain_x12_");
    }

    #[test]
    fn takes_raw_attributes() {
        let element = BytesStart::from_content(r#"c r="B2" s="3" t="s""#, 1);
        let [r, s, t] = raw_attrs(&element, ["r", "s", "t"]).expect("attributes");
        assert_eq!((r, s, t), (Some("B2"), Some("3"), Some("s")));
        let broken = BytesStart::from_content(r#"c r=B2"#, 1);
        assert!(raw_attrs(&broken, ["r"]).is_err());
        assert_eq!(digits::<usize>("007"), Some(7));
        assert_eq!(digits::<usize>("+7"), None);
        assert_eq!(digits::<usize>(""), None);
    }
}
