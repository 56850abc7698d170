//! The legacy VML drawing of a sheet's notes (`xl/drawings/vmlDrawingN.vml`): Excel and
//! LibreOffice show a comment as a note only when the drawing has a shape for its cell. VML in
//! the wild is often not well-formed XML, so an existing drawing is edited as text: the new
//! shapes go before its closing `</xml>`, and nothing else in it changes.

use crate::error::{AnnotateError, PartProblem};
use crate::finding::Finding;
use crate::notes::NoteCell;
use crate::xml::malformed;

const VML_NS: &str = "urn:schemas-microsoft-com:vml";
const OFFICE_NS: &str = "urn:schemas-microsoft-com:office:office";
const EXCEL_NS: &str = "urn:schemas-microsoft-com:office:excel";

/// Shape ids come in blocks of 1,024 per drawing, declared by `o:idmap`.
const BLOCK: u64 = 1024;

/// The shape type of a note (a text box), as Excel declares it.
const NOTE_SHAPE_TYPE: &str = concat!(
    "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">",
    "<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>"
);

/// The `o:idmap` blocks a drawing declares (`data="1,2"`), so that a new drawing takes others.
pub(crate) fn used_blocks(source: &[u8]) -> Vec<u64> {
    let text = String::from_utf8_lossy(source);
    let mut blocks = Vec::new();
    let mut rest = text.as_ref();
    while let Some(at) = rest.find("idmap") {
        rest = &rest[at + 5..];
        let tag_end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..tag_end];
        if let Some(data) = tag.find("data=") {
            let value = tag[data + 5..].trim_start_matches(['"', '\'']);
            let value = value.split(['"', '\'']).next().unwrap_or_default();
            blocks.extend(
                value
                    .split(',')
                    .filter_map(|n| n.trim().parse::<u64>().ok()),
            );
        }
    }
    blocks
}

/// A new drawing with a note shape for each of `cells`, its shape ids from block `block` on,
/// the notes always shown when `shown` (else on hovering over the cell, as usual).
pub(crate) fn new_drawing(
    cells: &[&NoteCell],
    findings: &[Finding],
    block: u64,
    shown: bool,
) -> Vec<u8> {
    let blocks = cells.len() as u64 / BLOCK + 1;
    let data: Vec<String> = (block..block + blocks).map(|b| b.to_string()).collect();
    let mut out = format!(
        "<xml xmlns:v=\"{VML_NS}\" xmlns:o=\"{OFFICE_NS}\" xmlns:x=\"{EXCEL_NS}\">\n<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"{}\"/></o:shapelayout>{NOTE_SHAPE_TYPE}\n",
        data.join(",")
    );
    for (index, note) in cells.iter().enumerate() {
        out.push_str(&shape(
            note,
            findings,
            block * BLOCK + 1 + index as u64,
            index + 1,
            "",
            shown,
        ));
        out.push('\n');
    }
    out.push_str("</xml>\n");
    out.into_bytes()
}

/// An existing drawing with a note shape added for each of `cells` (shown always when
/// `shown`).
pub(crate) fn merge(
    source: &[u8],
    part: &str,
    cells: &[&NoteCell],
    findings: &[Finding],
    shown: bool,
) -> Result<Vec<u8>, AnnotateError> {
    let text = std::str::from_utf8(source).map_err(|_| malformed(part, PartProblem::NotUtf8))?;
    let folded = text.to_ascii_lowercase();
    let close = folded
        .rfind("</xml>")
        .ok_or_else(|| malformed(part, PartProblem::Unclosed { element: "xml" }))?;
    let root_tag = folded
        .find("<xml")
        .and_then(|at| folded[at..].find('>').map(|end| &text[at..at + end]))
        .unwrap_or_default();
    let declared = [("v", VML_NS), ("o", OFFICE_NS), ("x", EXCEL_NS)]
        .iter()
        .all(|(prefix, uri)| {
            root_tag.contains(&format!("xmlns:{prefix}=\"{uri}\""))
                || root_tag.contains(&format!("xmlns:{prefix}='{uri}'"))
        });
    let namespaces = if declared {
        String::new()
    } else {
        format!(" xmlns:v=\"{VML_NS}\" xmlns:o=\"{OFFICE_NS}\" xmlns:x=\"{EXCEL_NS}\"")
    };
    let mut added = String::new();
    let has_type = text.contains("id=\"_x0000_t202\"") || text.contains("id='_x0000_t202'");
    if !has_type {
        added.push_str(&NOTE_SHAPE_TYPE.replacen(
            "<v:shapetype",
            &format!("<v:shapetype{namespaces}"),
            1,
        ));
    }
    let first_id = largest_shape_id(text) + 1;
    let shapes_before = text.matches("<v:shape ").count();
    for (index, note) in cells.iter().enumerate() {
        added.push_str(&shape(
            note,
            findings,
            first_id + index as u64,
            shapes_before + index + 1,
            &namespaces,
            shown,
        ));
        added.push('\n');
    }
    let mut out = String::with_capacity(text.len() + added.len());
    out.push_str(&text[..close]);
    out.push_str(&added);
    out.push_str(&text[close..]);
    Ok(out.into_bytes())
}

/// The largest number in a `_x0000_sNNNN` shape id of the drawing.
fn largest_shape_id(text: &str) -> u64 {
    text.match_indices("_x0000_s")
        .filter_map(|(at, marker)| {
            let digits: String = text[at + marker.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse::<u64>().ok()
        })
        .max()
        .unwrap_or(0)
}

/// Roughly how many lines the note's text takes in a box four columns wide.
fn line_count(note: &NoteCell, findings: &[Finding]) -> u32 {
    const CHARACTERS_PER_LINE: usize = 40;
    let mut lines = 0;
    for (position, &index) in note.findings.iter().enumerate() {
        let Some(finding) = findings.get(index) else {
            continue;
        };
        if position > 0 {
            lines += 1;
        }
        let heading = finding.code.len() + finding.rule.len() + 16;
        lines += heading.div_ceil(CHARACTERS_PER_LINE).max(1);
        for paragraph in finding.message.split('\n') {
            lines += paragraph
                .chars()
                .count()
                .div_ceil(CHARACTERS_PER_LINE)
                .max(1);
        }
    }
    u32::try_from(lines).unwrap_or(u32::MAX)
}

fn shape(
    note: &NoteCell,
    findings: &[Finding],
    id: u64,
    z: usize,
    namespaces: &str,
    shown: bool,
) -> String {
    const COLUMN_POINTS: f64 = 48.0;
    const ROW_POINTS: f64 = 15.0;
    const LINE_POINTS: f64 = 11.0;
    const WIDTH_COLUMNS: u32 = 4;
    let (row, column) = (note.cell.row, note.cell.column);
    let height = f64::from(line_count(note, findings).min(60)) * LINE_POINTS + 8.0;
    let rows = ((height / ROW_POINTS).ceil() as u32).max(3);
    let top = row.saturating_sub(1);
    let left = column.saturating_add(1);
    let anchor = format!(
        "{left}, 15, {top}, 10, {}, 15, {}, 4",
        left.saturating_add(WIDTH_COLUMNS),
        top.saturating_add(rows)
    );
    let margin_left = f64::from(left) * COLUMN_POINTS + 11.25;
    let margin_top = f64::from(top) * ROW_POINTS + 7.5;
    let width = f64::from(WIDTH_COLUMNS) * COLUMN_POINTS;
    format!(
        concat!(
            "<v:shape{} id=\"_x0000_s{}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:{:.2}pt;margin-top:{:.2}pt;width:{:.2}pt;height:{:.2}pt;z-index:{};visibility:{}\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">",
            "<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>",
            "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>",
            "<x:ClientData ObjectType=\"Note\">{}<x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>{}</x:Row><x:Column>{}</x:Column></x:ClientData></v:shape>"
        ),
        namespaces,
        id,
        margin_left,
        margin_top,
        width,
        f64::from(rows) * ROW_POINTS,
        z,
        if shown { "visible" } else { "hidden" },
        if shown { "<x:Visible/>" } else { "" },
        anchor,
        row,
        column
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::CellRef;
    use att_schema::Severity;

    fn note(row: u32, column: u32) -> NoteCell {
        NoteCell {
            cell: CellRef::new(row, column),
            findings: vec![0],
            severity: Severity::Error,
        }
    }

    fn findings() -> Vec<Finding> {
        vec![Finding::new(
            Severity::Error,
            "ATT0231",
            "rule",
            "a message",
        )]
    }

    #[test]
    fn draws_one_note_shape_per_cell() {
        let drawing = String::from_utf8(new_drawing(
            &[&note(4, 2), &note(0, 0)],
            &findings(),
            3,
            false,
        ))
        .expect("utf-8");
        assert!(drawing.contains("<o:idmap v:ext=\"edit\" data=\"3\"/>"));
        assert!(drawing.contains("id=\"_x0000_s3073\""));
        assert!(drawing.contains("id=\"_x0000_s3074\""));
        assert!(drawing.contains("<x:Row>4</x:Row><x:Column>2</x:Column>"));
        assert!(
            drawing.contains("<x:Anchor>3, 15, 3, 10, 7, 15, 6, 4</x:Anchor>"),
            "{drawing}"
        );
        assert_eq!(used_blocks(drawing.as_bytes()), [3]);
    }

    #[test]
    fn takes_as_many_id_blocks_as_it_needs() {
        let cells: Vec<NoteCell> = (0..1500).map(|row| note(row, 0)).collect();
        let cells: Vec<&NoteCell> = cells.iter().collect();
        let drawing = new_drawing(&cells, &findings(), 1, true);
        assert_eq!(
            String::from_utf8_lossy(&drawing)
                .matches("<x:Visible/>")
                .count(),
            1500
        );
        assert_eq!(used_blocks(&drawing), [1, 2]);
    }

    #[test]
    fn adds_shapes_to_an_existing_drawing() {
        let source = "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"\n xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n <o:shapelayout v:ext=\"edit\">\n  <o:idmap v:ext=\"edit\" data=\"1\"/>\n </o:shapelayout><v:shapetype id=\"_x0000_t202\"/>\n <v:shape id=\"_x0000_s1025\" type=\"#_x0000_t202\"><br></v:shape></xml>";
        let out =
            merge(source.as_bytes(), "v", &[&note(9, 1)], &findings(), false).expect("merges");
        let out = String::from_utf8(out).expect("utf-8");
        assert!(out.starts_with(&source[..source.len() - 6]));
        assert!(out.contains("<v:shape id=\"_x0000_s1026\""));
        assert!(!out[source.len() - 6..].contains("shapetype"));
        assert!(out.ends_with("</v:shape>\n</xml>"));
        let bare = "<xml><v:shape id=\"_x0000_s2049\"/></xml>";
        let out = String::from_utf8(
            merge(bare.as_bytes(), "v", &[&note(0, 0)], &findings(), false).expect("merges"),
        )
        .expect("utf-8");
        assert!(out.contains("<v:shapetype xmlns:v=\"urn:schemas-microsoft-com:vml\""));
        assert!(out.contains("<v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" id=\"_x0000_s2050\""));
        assert!(merge(b"<xml>", "v", &[], &findings(), false).is_err());
    }
}
