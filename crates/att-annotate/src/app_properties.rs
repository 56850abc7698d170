//! The extended properties part (`docProps/app.xml`), which lists the titles of the sheets
//! under headings (`Worksheets`, localised by the program that wrote it: `Feuilles de calcul`,
//! `Hojas de cálculo`…). The findings sheet's title is added first under the heading whose
//! titles are the worksheets. The part is informational: when its lists cannot be matched to
//! the workbook, it is left as it was.

use crate::error::AnnotateError;
use crate::xml::{
    Scan, Splice, attribute, escape_ooxml_text, local_name, prefix_of, rewrite_start,
};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use std::ops::Range;

#[derive(Default)]
struct Vector {
    /// The vector's start tag.
    tag: Option<Range<usize>>,
    size: Option<usize>,
}

/// The part with `title` added first under the heading that lists `first_worksheet`, or
/// `None` when nothing there lists it.
pub(crate) fn add_title(
    source: &[u8],
    part: &str,
    title: &str,
    first_worksheet: &str,
) -> Result<Option<Vec<u8>>, AnnotateError> {
    let mut scan = Scan::new(source, part)?;
    let mut section: Option<&'static str> = None;
    let mut counts: Vec<(Range<usize>, usize)> = Vec::new();
    let mut titles: Vec<(usize, String)> = Vec::new();
    let mut titles_vector = Vector::default();
    let mut titles_end = None;
    let mut text: Option<(String, usize)> = None;
    let mut prefix = String::new();
    while let Some(item) = scan.next()? {
        match &item.event {
            Event::Start(tag) | Event::Empty(tag) => {
                let name = local_name(tag.name().0);
                match name {
                    b"HeadingPairs" => section = Some("headings"),
                    b"TitlesOfParts" => section = Some("titles"),
                    b"vector" => {
                        prefix = prefix_of(tag);
                        let size =
                            attribute(tag, b"size", part)?.and_then(|s| s.trim().parse().ok());
                        let vector = Vector {
                            tag: Some(item.start..item.end),
                            size,
                        };
                        if section == Some("titles") {
                            titles_vector = vector;
                        }
                    }
                    b"lpstr" | b"i4"
                        if section.is_some() && matches!(item.event, Event::Start(_)) =>
                    {
                        text = Some((String::new(), item.start));
                    }
                    _ => {}
                }
            }
            Event::Text(content) => {
                if let Some((buffer, _)) = text.as_mut() {
                    buffer.push_str(&content.xml10_content());
                }
            }
            Event::GeneralRef(reference) => {
                if let Some((buffer, _)) = text.as_mut() {
                    if let Ok(Some(c)) = reference.resolve_char_ref() {
                        buffer.push(c);
                    } else if let Some(resolved) = resolve_predefined_entity(reference) {
                        buffer.push_str(resolved);
                    }
                }
            }
            Event::End(end) => match local_name(end.name().0) {
                b"HeadingPairs" | b"TitlesOfParts" => section = None,
                b"vector" if section == Some("titles") => titles_end = Some(item.start),
                b"i4" if section == Some("headings") => {
                    if let Some((value, start)) = text.take()
                        && let Ok(count) = value.trim().parse::<usize>()
                    {
                        counts.push((start..item.end, count));
                    }
                }
                b"lpstr" if section == Some("titles") => {
                    if let Some((value, start)) = text.take() {
                        titles.push((start, value));
                    }
                }
                _ => {
                    text = None;
                }
            },
            _ => {}
        }
    }
    let (Some(titles_tag), Some(titles_size), Some(titles_end)) =
        (titles_vector.tag, titles_vector.size, titles_end)
    else {
        return Ok(None);
    };
    let mut first = 0;
    let mut target = None;
    for (index, (_, count)) in counts.iter().enumerate() {
        let slice = titles.get(first..first + count).unwrap_or_default();
        if slice.iter().any(|(_, name)| name == first_worksheet) {
            target = Some((index, first));
            break;
        }
        first += count;
    }
    let Some((pair, first_title)) = target else {
        return Ok(None);
    };
    let mut splice = Splice::new(source);
    let (count_range, count) = counts[pair].clone();
    let p = &prefix;
    splice.replace(
        count_range.start,
        count_range.end,
        format!("<{p}i4>{}</{p}i4>", count + 1).into_bytes(),
    );
    let at = titles
        .get(first_title)
        .map_or(titles_end, |(start, _)| *start);
    splice.insert(
        at,
        format!("<{p}lpstr>{}</{p}lpstr>", escape_ooxml_text(title)).into_bytes(),
    );
    let mut tag_scan = Scan::new(&source[titles_tag.clone()], part)?;
    if let Some(item) = tag_scan.next()?
        && let Event::Start(tag) = &item.event
    {
        let size = (titles_size + 1).to_string();
        let rewritten = rewrite_start(tag, false, &[("size", Some(&size))], part)?;
        splice.replace(titles_tag.start, titles_tag.end, rewritten);
    }
    Ok(Some(splice.finish()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const APP: &str = r#"<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Feuilles de calcul</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Plages nommées</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Exports</vt:lpstr><vt:lpstr>R&amp;D</vt:lpstr><vt:lpstr>Exports!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>"#;

    #[test]
    fn adds_the_title_under_the_worksheets_heading_whatever_its_language() {
        let out = add_title(APP.as_bytes(), "docProps/app.xml", "Constats", "Exports")
            .expect("reads")
            .expect("matches");
        let out = String::from_utf8(out).expect("utf-8");
        assert!(
            out.contains("<vt:variant><vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Plages")
        );
        assert!(out.contains("<vt:vector size=\"4\" baseType=\"lpstr\"><vt:lpstr>Constats</vt:lpstr><vt:lpstr>Exports</vt:lpstr>"));
        assert!(out.contains("<vt:i4>1</vt:i4>"));
    }

    #[test]
    fn adds_under_a_later_heading_and_leaves_unmatched_parts_alone() {
        let out = add_title(APP.as_bytes(), "docProps/app.xml", "F", "R&D")
            .expect("reads")
            .expect("matches");
        assert!(
            String::from_utf8(out)
                .expect("utf-8")
                .contains("<vt:lpstr>F</vt:lpstr><vt:lpstr>Exports</vt:lpstr>")
        );
        assert_eq!(add_title(APP.as_bytes(), "p", "F", "Nowhere"), Ok(None));
        let bare = br#"<Properties xmlns="x"><Application>LibreOffice</Application></Properties>"#;
        assert_eq!(add_title(bare, "p", "F", "Exports"), Ok(None));
    }
}
