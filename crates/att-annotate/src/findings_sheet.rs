//! The findings sheet put first in the annotated copy: one row per finding (severity, code,
//! rule, sheet, cell, message) with a link to its cell, in the order given. Text is written
//! as inline strings, so the shared strings part is left untouched.

use crate::finding::Finding;
use crate::styles::FindingsStyles;
use crate::texts::{HEADINGS, NO_PLACE, SHEET_NAME, severity_word};
use crate::xml::{escape_attribute, escape_ooxml_text};
use att_schema::source_map::cell_name;
use att_schema::{Lang, Severity};

/// Longest text a cell holds.
const MAX_CELL_CHARACTERS: usize = 32_767;

/// Column widths, in characters, of the findings sheet's columns; printed, they fit the
/// width of a landscape page.
const WIDTHS: [u32; 6] = [15, 10, 30, 20, 10, 80];

/// The findings sheet's name in `lang`, made different from every name in `taken` (compared
/// as Excel does, ignoring case).
pub(crate) fn sheet_name(lang: Lang, taken: &[&str]) -> String {
    let base = SHEET_NAME.get(lang);
    let is_taken = |name: &str| {
        taken
            .iter()
            .any(|t| t.to_lowercase() == name.to_lowercase())
    };
    if !is_taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base} ({n})"))
        .find(|name| !is_taken(name))
        .unwrap_or_else(|| base.to_owned())
}

/// The link location of a cell: `'Sheet name'!C10`.
pub(crate) fn location(sheet: &str, cell: &str) -> String {
    format!("'{}'!{cell}", sheet.replace('\'', "''"))
}

/// The worksheet part listing `findings`. `sheets` gives, for each finding, the name of its
/// sheet as the workbook spells it (`None` for a finding without a place).
pub(crate) fn write(
    findings: &[Finding],
    sheets: &[Option<&str>],
    lang: Lang,
    styles: &FindingsStyles,
    namespace: &str,
    relationships_namespace: &str,
) -> Vec<u8> {
    let last_row = findings.len() + 1;
    let mut out = String::with_capacity(256 + findings.len() * 400);
    out.push_str(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"{}\" xmlns:r=\"{}\">",
        escape_attribute(namespace),
        escape_attribute(relationships_namespace)
    ));
    out.push_str("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
    out.push_str(&format!("<dimension ref=\"A1:F{last_row}\"/>"));
    out.push_str(concat!(
        "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">",
        "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>",
        "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>",
        "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
    ));
    for (index, width) in WIDTHS.iter().enumerate() {
        let column = index + 1;
        out.push_str(&format!(
            "<col min=\"{column}\" max=\"{column}\" width=\"{width}\" customWidth=\"1\"/>"
        ));
    }
    out.push_str("</cols><sheetData><row r=\"1\">");
    for (column, heading) in HEADINGS.iter().enumerate() {
        out.push_str(&text_cell(
            0,
            column as u32,
            styles.heading,
            heading.get(lang),
        ));
    }
    out.push_str("</row>");
    let mut links = String::new();
    for (index, finding) in findings.iter().enumerate() {
        let row = index as u32 + 1;
        out.push_str(&format!("<row r=\"{}\"{}>", row + 1, row_height(finding)));
        let severity_style = styles.severity[match finding.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }];
        out.push_str(&text_cell(
            row,
            0,
            severity_style,
            severity_word(finding.severity, lang),
        ));
        out.push_str(&text_cell(row, 1, styles.text, &finding.code));
        out.push_str(&text_cell(row, 2, styles.text, &finding.rule));
        match (&finding.place, sheets.get(index).copied().flatten()) {
            (Some(place), Some(sheet)) => {
                let cell = place.cell.to_string();
                out.push_str(&text_cell(row, 3, styles.link, sheet));
                out.push_str(&text_cell(row, 4, styles.link, &cell));
                let target = escape_attribute(&location(sheet, &cell));
                let display = escape_attribute(&format!("{sheet}!{cell}"));
                for column in [3, 4] {
                    links.push_str(&format!(
                        "<hyperlink ref=\"{}\" location=\"{target}\" display=\"{display}\"/>",
                        cell_name(row, column)
                    ));
                }
            }
            _ => out.push_str(&text_cell(row, 3, styles.text, NO_PLACE.get(lang))),
        }
        out.push_str(&text_cell(row, 5, styles.text, &finding.message));
        out.push_str("</row>");
    }
    out.push_str("</sheetData>");
    if !links.is_empty() {
        out.push_str("<hyperlinks>");
        out.push_str(&links);
        out.push_str("</hyperlinks>");
    }
    out.push_str(
        "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>",
    );
    out.push_str("<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
    out.push_str("</worksheet>");
    out.into_bytes()
}

/// The height attributes of a finding's row, tall enough for its wrapped message (spreadsheet
/// programs do not fit rows to wrapped text when they open a file), or nothing for one line.
fn row_height(finding: &Finding) -> String {
    const LINE_POINTS: u32 = 15;
    let lines = |text: &str, width: u32| -> u32 {
        let per_line = width.max(1) as usize;
        text.split('\n')
            .map(|paragraph| paragraph.chars().count().div_ceil(per_line).max(1))
            .sum::<usize>()
            .try_into()
            .unwrap_or(u32::MAX)
    };
    let needed = lines(&finding.message, WIDTHS[5]).min(100);
    if needed <= 1 {
        return String::new();
    }
    format!(" ht=\"{}\" customHeight=\"1\"", needed * LINE_POINTS)
}

fn text_cell(row: u32, column: u32, style: u32, text: &str) -> String {
    let text = match text.char_indices().nth(MAX_CELL_CHARACTERS - 1) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    };
    format!(
        "<c r=\"{}\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
        cell_name(row, column),
        escape_ooxml_text(&text)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::CellRef;

    #[test]
    fn names_the_sheet_apart_from_the_others() {
        assert_eq!(sheet_name(Lang::Fr, &["Exports"]), "Constats");
        assert_eq!(
            sheet_name(Lang::En, &["FINDINGS", "Findings (2)"]),
            "Findings (3)"
        );
    }

    #[test]
    fn quotes_sheet_names_in_links() {
        assert_eq!(location("Partners' list", "C10"), "'Partners'' list'!C10");
    }

    #[test]
    fn lists_each_finding_with_a_link_to_its_cell() {
        let findings = [
            Finding::new(Severity::Error, "ATT0231", "rule-a", "First & <one>")
                .at("R&D", CellRef::new(9, 2)),
            Finding::new(Severity::Info, "ATT0101", "rule-b", "No place"),
        ];
        let styles = FindingsStyles {
            heading: 10,
            text: 11,
            link: 12,
            severity: [13, 14, 15],
        };
        let out = write(
            &findings,
            &[Some("R&D"), None],
            Lang::Es,
            &styles,
            "main",
            "rel",
        );
        let out = String::from_utf8(out).expect("utf-8");
        assert!(out.contains("<c r=\"A1\" s=\"10\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Gravedad</t></is></c>"));
        assert!(out.contains(
            "<c r=\"A2\" s=\"13\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Error</t>"
        ));
        assert!(out.contains(">First &amp; &lt;one&gt;</t>"));
        assert!(out.contains(
            "<hyperlink ref=\"E2\" location=\"&apos;R&amp;D&apos;!C10\" display=\"R&amp;D!C10\"/>"
        ));
        assert!(out.contains(
            "<c r=\"D3\" s=\"11\" t=\"inlineStr\"><is><t xml:space=\"preserve\">(ninguna celda)</t>"
        ));
        assert!(out.contains("<dimension ref=\"A1:F3\"/>"));
        assert!(
            out.contains("<row r=\"2\">"),
            "a one-line message keeps the default height"
        );
        let long = Finding::new(Severity::Info, "c", "r", "word ".repeat(40));
        assert_eq!(row_height(&long), " ht=\"45\" customHeight=\"1\"");
        let long = "y".repeat(40_000);
        assert_eq!(
            text_cell(0, 0, 0, &long).matches('y').count(),
            MAX_CELL_CHARACTERS - 1
        );
    }
}
