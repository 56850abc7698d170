//! The comments part of a sheet (`xl/commentsN.xml`): the text of every note. A sheet that
//! already has comments keeps them; the findings are added to the comment of a cell that has
//! one, after its text, and as new comments elsewhere.

use crate::error::{AnnotateError, PartKind, PartProblem};
use crate::finding::{CellRef, Finding};
use crate::notes::NoteCell;
use crate::texts::severity_word;
use crate::xml::{
    Scan, Splice, attribute, escape_attribute, escape_ooxml_text, local_name, malformed, prefix_of,
    rewrite_start,
};
use att_schema::Lang;
use quick_xml::events::Event;
use std::collections::{HashMap, HashSet};

/// The author of the notes the annotation adds.
pub(crate) const AUTHOR: &str = "att";

/// The formatted text of a cell's findings as rich-text runs with the element prefix `p`:
/// for each, a bold line with the severity, code and rule, then the message.
pub(crate) fn runs(
    note: &NoteCell,
    findings: &[Finding],
    lang: Lang,
    p: &str,
    after_text: bool,
) -> String {
    let font = format!(
        "<{p}sz val=\"9\"/><{p}color indexed=\"81\"/><{p}rFont val=\"Tahoma\"/><{p}family val=\"2\"/>"
    );
    let mut out = String::new();
    for (position, &index) in note.findings.iter().enumerate() {
        let Some(finding) = findings.get(index) else {
            continue;
        };
        let separator = if position > 0 || after_text {
            "\n\n"
        } else {
            ""
        };
        let heading = format!(
            "{separator}{} {} ({})",
            severity_word(finding.severity, lang),
            finding.code,
            finding.rule
        );
        let message = format!("\n{}", finding.message);
        out.push_str(&format!(
            "<{p}r><{p}rPr><{p}b/>{font}</{p}rPr><{p}t xml:space=\"preserve\">{}</{p}t></{p}r>",
            escape_ooxml_text(&heading)
        ));
        out.push_str(&format!(
            "<{p}r><{p}rPr>{font}</{p}rPr><{p}t xml:space=\"preserve\">{}</{p}t></{p}r>",
            escape_ooxml_text(&message)
        ));
    }
    out
}

/// A new comments part holding the notes of `cells`, in the SpreadsheetML `namespace`.
pub(crate) fn new_part(
    cells: &[NoteCell],
    findings: &[Finding],
    lang: Lang,
    namespace: &str,
) -> Vec<u8> {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"{}\"><authors><author>{AUTHOR}</author></authors><commentList>",
        escape_attribute(namespace)
    );
    for note in cells {
        out.push_str(&comment(note, findings, lang, "", 0));
    }
    out.push_str("</commentList></comments>");
    out.into_bytes()
}

fn comment(note: &NoteCell, findings: &[Finding], lang: Lang, p: &str, author: usize) -> String {
    format!(
        "<{p}comment ref=\"{}\" authorId=\"{author}\"><{p}text>{}</{p}text></{p}comment>",
        note.cell,
        runs(note, findings, lang, p, false)
    )
}

/// An existing comments part with the notes of `cells` added, and the cells that already had
/// a comment (whose drawing already has a shape).
pub(crate) fn merge(
    source: &[u8],
    part: &str,
    cells: &[NoteCell],
    findings: &[Finding],
    lang: Lang,
) -> Result<(Vec<u8>, HashSet<CellRef>), AnnotateError> {
    let by_cell: HashMap<CellRef, &NoteCell> = cells.iter().map(|note| (note.cell, note)).collect();
    let mut scan = Scan::new(source, part)?;
    let mut splice = Splice::new(source);
    let mut prefix = String::new();
    let mut authors = 0;
    let mut authors_seen = false;
    let mut root_open_end = None;
    let mut commented = HashSet::new();
    let mut current: Option<&NoteCell> = None;
    let mut text_done = false;
    let mut list_done = false;
    while let Some(item) = scan.next()? {
        let (tag, empty) = match &item.event {
            Event::Start(tag) => (Some(tag), false),
            Event::Empty(tag) => (Some(tag), true),
            Event::End(end) => {
                let name = local_name(end.name().0);
                match (item.depth, name) {
                    (1, b"authors") => {
                        splice.insert(
                            item.start,
                            format!("<{prefix}author>{AUTHOR}</{prefix}author>"),
                        );
                    }
                    (1, b"commentList") => {
                        splice.insert(
                            item.start,
                            new_comments(&by_cell, &commented, findings, lang, &prefix, authors),
                        );
                        list_done = true;
                    }
                    (2, b"comment") => current = None,
                    (3, b"text") => {
                        if let Some(note) = current.filter(|_| !text_done) {
                            splice.insert(item.start, runs(note, findings, lang, &prefix, true));
                            text_done = true;
                        }
                    }
                    _ => {}
                }
                continue;
            }
            _ => continue,
        };
        let Some(tag) = tag else { continue };
        let name = local_name(tag.name().0);
        match (item.depth, name) {
            (0, _) => {
                if name != b"comments" || empty {
                    return Err(malformed(part, PartProblem::WrongRoot(PartKind::Comments)));
                }
                prefix = prefix_of(tag);
                root_open_end = Some(item.end);
            }
            (1, b"authors") => {
                authors_seen = true;
                if empty {
                    let mut open = rewrite_start(tag, false, &[], part)?;
                    open.extend_from_slice(
                        format!("<{prefix}author>{AUTHOR}</{prefix}author></{prefix}authors>")
                            .as_bytes(),
                    );
                    splice.replace(item.start, item.end, open);
                }
            }
            (2, b"author") => authors += 1,
            (1, b"commentList") if empty => {
                let mut open = rewrite_start(tag, false, &[], part)?;
                open.extend_from_slice(
                    new_comments(&by_cell, &commented, findings, lang, &prefix, authors).as_bytes(),
                );
                open.extend_from_slice(format!("</{prefix}commentList>").as_bytes());
                splice.replace(item.start, item.end, open);
                list_done = true;
            }
            (2, b"comment") => {
                current = None;
                let Some(reference) = attribute(tag, b"ref", part)? else {
                    continue;
                };
                let Some(cell) = CellRef::parse_a1(&reference) else {
                    continue;
                };
                commented.insert(cell);
                if let Some(note) = by_cell.get(&cell) {
                    if empty {
                        let mut open = rewrite_start(tag, false, &[], part)?;
                        open.extend_from_slice(
                            format!(
                                "<{prefix}text>{}</{prefix}text></{prefix}comment>",
                                runs(note, findings, lang, &prefix, false)
                            )
                            .as_bytes(),
                        );
                        splice.replace(item.start, item.end, open);
                    } else {
                        current = Some(note);
                        text_done = false;
                    }
                }
            }
            (3, b"text") if empty => {
                if let Some(note) = current.filter(|_| !text_done) {
                    let mut open = rewrite_start(tag, false, &[], part)?;
                    open.extend_from_slice(
                        format!(
                            "{}</{prefix}text>",
                            runs(note, findings, lang, &prefix, false)
                        )
                        .as_bytes(),
                    );
                    splice.replace(item.start, item.end, open);
                    text_done = true;
                }
            }
            (4, b"rPh" | b"phoneticPr") => {
                if let Some(note) = current.filter(|_| !text_done) {
                    splice.insert(item.start, runs(note, findings, lang, &prefix, true));
                    text_done = true;
                }
            }
            _ => {}
        }
    }
    let Some(root_open_end) = root_open_end else {
        return Err(malformed(
            part,
            PartProblem::MissingElement {
                element: "comments",
            },
        ));
    };
    if !authors_seen {
        splice.insert(
            root_open_end,
            format!("<{prefix}authors><{prefix}author>{AUTHOR}</{prefix}author></{prefix}authors>"),
        );
    }
    if !list_done {
        return Err(malformed(
            part,
            PartProblem::MissingElement {
                element: "commentList",
            },
        ));
    }
    Ok((splice.finish(), commented))
}

fn new_comments(
    by_cell: &HashMap<CellRef, &NoteCell>,
    commented: &HashSet<CellRef>,
    findings: &[Finding],
    lang: Lang,
    prefix: &str,
    author: usize,
) -> String {
    let mut fresh: Vec<&&NoteCell> = by_cell
        .values()
        .filter(|note| !commented.contains(&note.cell))
        .collect();
    fresh.sort_by_key(|note| note.cell);
    fresh
        .into_iter()
        .map(|note| comment(note, findings, lang, prefix, author))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::Severity;

    fn findings() -> Vec<Finding> {
        vec![
            Finding::new(
                Severity::Error,
                "ATT0231",
                "items-not-whole-number",
                "Items “4.5” <not whole>",
            ),
            Finding::new(Severity::Warning, "ATT0240", "odd", "Second"),
        ]
    }

    fn note(cell: &str, findings: Vec<usize>) -> NoteCell {
        NoteCell {
            cell: CellRef::parse_a1(cell).expect("cell"),
            findings,
            severity: Severity::Error,
        }
    }

    #[test]
    fn writes_each_finding_as_a_heading_and_its_message() {
        let text = runs(&note("A1", vec![0, 1]), &findings(), Lang::Fr, "", false);
        assert!(text.starts_with("<r><rPr><b/>"));
        assert!(text.contains(">Erreur ATT0231 (items-not-whole-number)</t>"));
        assert!(text.contains(">\nItems “4.5” &lt;not whole&gt;</t>"));
        assert!(text.contains(">\n\nAvertissement ATT0240 (odd)</t>"));
    }

    #[test]
    fn merges_with_existing_comments() {
        let source = r#"<comments xmlns="main"><authors><author>Ministry</author></authors><commentList><comment ref="B2" authorId="0"><text><r><t>Checked</t></r></text></comment><comment ref="C3" authorId="0"><text><t>Other</t></text></comment></commentList></comments>"#;
        let cells = [note("A1", vec![1]), note("B2", vec![0])];
        let (out, commented) = merge(
            source.as_bytes(),
            "xl/comments1.xml",
            &cells,
            &findings(),
            Lang::En,
        )
        .expect("merges");
        let out = String::from_utf8(out).expect("utf-8");
        assert!(out.contains("<author>Ministry</author><author>att</author></authors>"));
        assert!(out.contains("<r><t>Checked</t></r><r><rPr><b/>"), "{out}");
        assert!(out.contains(">\n\nError ATT0231 (items-not-whole-number)</t>"));
        assert!(out.contains("<comment ref=\"C3\" authorId=\"0\"><text><t>Other</t></text></comment><comment ref=\"A1\" authorId=\"1\"><text>"));
        assert_eq!(
            commented,
            HashSet::from([CellRef::new(1, 1), CellRef::new(2, 2)])
        );
    }

    #[test]
    fn fills_empty_lists() {
        let source = r#"<x:comments xmlns:x="main"><x:authors/><x:commentList/></x:comments>"#;
        let (out, _) = merge(
            source.as_bytes(),
            "c",
            &[note("D4", vec![0])],
            &findings(),
            Lang::Es,
        )
        .expect("merges");
        let out = String::from_utf8(out).expect("utf-8");
        assert!(out.contains("<x:authors><x:author>att</x:author></x:authors><x:commentList><x:comment ref=\"D4\" authorId=\"0\"><x:text><x:r>"), "{out}");
    }
}
