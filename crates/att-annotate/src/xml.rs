//! Streaming XML edits: parts are scanned with quick-xml and changed by splicing new bytes at
//! byte offsets, so that everything the edit does not touch stays exactly as it was written.

use crate::error::{AnnotateError, PartProblem};
use att_schema::say::Detail;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// One event of a part with its byte range and the depth of its element (the root is 0).
pub(crate) struct Item<'a> {
    /// The event.
    pub event: Event<'a>,
    /// Offset of its first byte.
    pub start: usize,
    /// Offset after its last byte.
    pub end: usize,
    /// For a start, empty or end tag, the depth of its element; for other events, the depth
    /// of the element they are in plus one.
    pub depth: usize,
}

/// A forward scan over one part's XML.
pub(crate) struct Scan<'a> {
    reader: Reader<&'a [u8]>,
    part: &'a str,
    depth: usize,
}

impl<'a> Scan<'a> {
    /// Starts scanning `source`, the content of `part` (named in errors).
    pub(crate) fn new(source: &'a [u8], part: &'a str) -> Result<Scan<'a>, AnnotateError> {
        if source.starts_with(b"\xFF\xFE") || source.starts_with(b"\xFE\xFF") {
            return Err(malformed(part, PartProblem::Utf16));
        }
        let mut reader = Reader::from_reader(source);
        let config = reader.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        config.expand_empty_elements = false;
        Ok(Scan {
            reader,
            part,
            depth: 0,
        })
    }

    /// The next event, or `None` at the end of the part.
    pub(crate) fn next(&mut self) -> Result<Option<Item<'a>>, AnnotateError> {
        let start = offset(self.reader.buffer_position());
        let event = self.reader.read_event().map_err(|error| {
            malformed(
                self.part,
                PartProblem::NotWellFormed {
                    offset: self.reader.error_position(),
                    detail: Detail::of(&error),
                },
            )
        })?;
        let end = offset(self.reader.buffer_position());
        let depth = match &event {
            Event::Eof => return Ok(None),
            Event::Start(_) => {
                self.depth += 1;
                self.depth - 1
            }
            Event::End(_) => {
                self.depth = self.depth.saturating_sub(1);
                self.depth
            }
            Event::Empty(_) => self.depth,
            _ => self.depth,
        };
        Ok(Some(Item {
            event,
            start,
            end,
            depth,
        }))
    }
}

fn offset(position: u64) -> usize {
    usize::try_from(position).unwrap_or(usize::MAX)
}

/// The error for a part that is not the XML it should be.
pub(crate) fn malformed(part: &str, problem: PartProblem) -> AnnotateError {
    AnnotateError::MalformedPart {
        part: part.to_owned(),
        problem,
    }
}

/// Edits to one part's bytes, applied in one pass.
pub(crate) struct Splice<'a> {
    source: &'a [u8],
    edits: Vec<(usize, usize, Vec<u8>)>,
}

impl<'a> Splice<'a> {
    /// No edits yet to `source`.
    pub(crate) fn new(source: &'a [u8]) -> Splice<'a> {
        Splice {
            source,
            edits: Vec::new(),
        }
    }

    /// Inserts `bytes` at offset `at` (after earlier insertions at the same offset).
    pub(crate) fn insert(&mut self, at: usize, bytes: impl Into<Vec<u8>>) {
        self.edits.push((at, at, bytes.into()));
    }

    /// Replaces the bytes from `start` to `end` with `bytes`.
    pub(crate) fn replace(&mut self, start: usize, end: usize, bytes: impl Into<Vec<u8>>) {
        self.edits.push((start, end, bytes.into()));
    }

    /// The edited bytes.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        self.edits.sort_by_key(|&(start, _, _)| start);
        let added: usize = self.edits.iter().map(|(_, _, bytes)| bytes.len()).sum();
        let mut out = Vec::with_capacity(self.source.len() + added);
        let mut cursor = 0;
        for (start, end, bytes) in self.edits {
            let start = start.clamp(cursor, self.source.len());
            out.extend_from_slice(&self.source[cursor..start]);
            out.extend_from_slice(&bytes);
            cursor = end.clamp(start, self.source.len());
        }
        out.extend_from_slice(&self.source[cursor..]);
        out
    }
}

/// The local part of a qualified name (`x:row` → `row`).
pub(crate) fn local_name<N: AsRef<[u8]> + ?Sized>(name: &N) -> &[u8] {
    let name = name.as_ref();
    match name.iter().position(|&b| b == b':') {
        Some(colon) => &name[colon + 1..],
        None => name,
    }
}

/// The prefix of an element's qualified name with its colon (`x:`), or nothing.
pub(crate) fn prefix_of(start: &BytesStart) -> String {
    let name = start.name();
    let name = name.as_ref().as_bytes();
    match name.iter().position(|&b| b == b':') {
        Some(colon) => String::from_utf8_lossy(&name[..=colon]).into_owned(),
        None => String::new(),
    }
}

/// The value of the attribute whose name is exactly `key`, unescaped.
pub(crate) fn attribute(
    start: &BytesStart,
    key: &[u8],
    part: &str,
) -> Result<Option<String>, AnnotateError> {
    find_attribute(start, part, |name| name == key)
}

/// The value of a prefixed attribute whose local name is `local` (`r:id`, whatever the
/// prefix), unescaped.
pub(crate) fn prefixed_attribute(
    start: &BytesStart,
    local: &[u8],
    part: &str,
) -> Result<Option<String>, AnnotateError> {
    find_attribute(start, part, |name| {
        name.contains(&b':') && !name.starts_with(b"xmlns") && local_name(name) == local
    })
}

fn find_attribute(
    start: &BytesStart,
    part: &str,
    wanted: impl Fn(&[u8]) -> bool,
) -> Result<Option<String>, AnnotateError> {
    for attribute in start.attributes().with_checks(false) {
        let attribute = attribute
            .map_err(|error| malformed(part, PartProblem::Attribute(Detail::of(&error))))?;
        if wanted(attribute.key.as_ref().as_bytes()) {
            let value = attribute
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|error| malformed(part, PartProblem::Attribute(Detail::of(&error))))?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// The prefix (with its colon, or empty for the default namespace) that `start` binds to
/// the namespace `uri`, if it declares one.
pub(crate) fn declared_prefix(
    start: &BytesStart,
    uri: &str,
    part: &str,
) -> Result<Option<String>, AnnotateError> {
    for attribute in start.attributes().with_checks(false) {
        let attribute = attribute
            .map_err(|error| malformed(part, PartProblem::Attribute(Detail::of(&error))))?;
        let key = attribute.key.as_ref().as_bytes();
        let prefix = if key == b"xmlns" {
            String::new()
        } else if let Some(name) = key.strip_prefix(b"xmlns:") {
            format!("{}:", String::from_utf8_lossy(name))
        } else {
            continue;
        };
        if attribute.value.as_ref() == uri {
            return Ok(Some(prefix));
        }
    }
    Ok(None)
}

/// A start (or empty) tag rewritten with some attributes changed: `(key, Some(value))` sets
/// a value (in place, or appended if absent), `(key, None)` removes the attribute. Other
/// attributes are kept as written.
pub(crate) fn rewrite_start(
    start: &BytesStart,
    empty: bool,
    changes: &[(&str, Option<&str>)],
    part: &str,
) -> Result<Vec<u8>, AnnotateError> {
    let mut out = Vec::with_capacity(start.len() + 32);
    out.push(b'<');
    out.extend_from_slice(start.name().as_ref().as_bytes());
    let mut done = vec![false; changes.len()];
    for attribute in start.attributes().with_checks(false) {
        let attribute = attribute
            .map_err(|error| malformed(part, PartProblem::Attribute(Detail::of(&error))))?;
        let key = attribute.key.as_ref().as_bytes();
        match changes.iter().position(|(name, _)| name.as_bytes() == key) {
            Some(index) => {
                done[index] = true;
                if let Some(value) = changes[index].1 {
                    push_attribute(&mut out, key, escape_attribute(value).as_bytes());
                }
            }
            None => push_attribute(&mut out, key, attribute.value.as_bytes()),
        }
    }
    for ((name, value), done) in changes.iter().zip(done) {
        if let (false, Some(value)) = (done, value) {
            push_attribute(
                &mut out,
                name.as_bytes(),
                escape_attribute(value).as_bytes(),
            );
        }
    }
    out.extend_from_slice(if empty { b"/>" } else { b">" });
    Ok(out)
}

fn push_attribute(out: &mut Vec<u8>, key: &[u8], raw_value: &[u8]) {
    let quote = if raw_value.contains(&b'"') {
        b'\''
    } else {
        b'"'
    };
    out.push(b' ');
    out.extend_from_slice(key);
    out.push(b'=');
    out.push(quote);
    out.extend_from_slice(raw_value);
    out.push(quote);
}

/// `text` escaped for an attribute value between double quotes.
pub(crate) fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// `text` for the content of a SpreadsheetML `<t>` element: XML-escaped, with characters XML
/// cannot hold written as `_xHHHH_` and a literal `_xHHHH_` protected as Excel expects.
pub(crate) fn escape_ooxml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '_' && looks_like_escape(rest) {
            out.push_str("_x005F_");
        } else {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\t' | '\n' | '\r' => out.push(c),
                c if is_xml_char(c) && !c.is_control() => out.push(c),
                c => out.push_str(&format!("_x{:04X}_", u32::from(c))),
            }
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn looks_like_escape(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 7
        && bytes[1] == b'x'
        && bytes[2..6].iter().all(u8::is_ascii_hexdigit)
        && bytes[6] == b'_'
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splices_without_touching_the_rest() {
        let source = b"<a><b x='1'/>text</a>";
        let mut splice = Splice::new(source);
        splice.insert(3, "<new/>");
        splice.replace(17, 21, "</a><!--end-->");
        splice.insert(3, "<second/>");
        assert_eq!(
            String::from_utf8(splice.finish()).expect("utf-8"),
            "<a><new/><second/><b x='1'/>text</a><!--end-->"
        );
    }

    #[test]
    fn scans_with_offsets_and_depths() {
        let source = b"<?xml version=\"1.0\"?><a><b/><c>t</c></a>";
        let mut scan = Scan::new(source, "p").expect("utf-8");
        let mut seen = Vec::new();
        while let Some(item) = scan.next().expect("well-formed") {
            seen.push((
                String::from_utf8_lossy(&source[item.start..item.end]).into_owned(),
                item.depth,
            ));
        }
        let expected = [
            ("<?xml version=\"1.0\"?>", 0),
            ("<a>", 0),
            ("<b/>", 1),
            ("<c>", 1),
            ("t", 2),
            ("</c>", 1),
            ("</a>", 0),
        ];
        let expected: Vec<(String, usize)> =
            expected.iter().map(|(s, d)| (s.to_string(), *d)).collect();
        assert_eq!(seen, expected);
        let mut broken = Scan::new(b"<a><b></a>", "xl/p.xml").expect("utf-8");
        let error = loop {
            match broken.next() {
                Ok(Some(_)) => {}
                Ok(None) => panic!("accepted mismatched tags"),
                Err(error) => break error,
            }
        };
        assert!(
            matches!(error, AnnotateError::MalformedPart { ref part, .. } if part == "xl/p.xml")
        );
        assert!(Scan::new(b"\xFF\xFE<\0a\0/\0>\0", "p").is_err());
    }

    #[test]
    fn rewrites_attributes_in_place() {
        let source = b"<c r=\"B2\" s='3' t=\"n\"/>";
        let mut scan = Scan::new(source, "p").expect("utf-8");
        let item = scan.next().expect("ok").expect("an event");
        let Event::Empty(start) = item.event else {
            panic!("not an empty tag")
        };
        let out = rewrite_start(
            &start,
            true,
            &[("s", Some("12")), ("t", None), ("x", Some("a&b"))],
            "p",
        )
        .expect("rewrites");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "<c r=\"B2\" s=\"12\" x=\"a&amp;b\"/>"
        );
        assert_eq!(attribute(&start, b"r", "p"), Ok(Some("B2".to_owned())));
        assert_eq!(attribute(&start, b"q", "p"), Ok(None));
    }

    #[test]
    fn escapes_text_that_xml_cannot_hold() {
        assert_eq!(escape_ooxml_text("a < b & c"), "a &lt; b &amp; c");
        assert_eq!(escape_ooxml_text("bell\u{7}"), "bell_x0007_");
        assert_eq!(escape_ooxml_text("_x0041_"), "_x005F_x0041_");
        assert_eq!(escape_ooxml_text("line\nnext"), "line\nnext");
        assert_eq!(
            escape_attribute("'R&D' \"x\""),
            "&apos;R&amp;D&apos; &quot;x&quot;"
        );
    }
}
