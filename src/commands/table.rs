//! A table of text cells written the ways the commands that print tables write them: aligned
//! text for people, CSV for spreadsheets (UTF-8 with a byte-order mark, without which Excel
//! reads the file in the computer's legacy encoding and breaks every accent), and HTML.

use att_schema::Lang;

/// A heading row and rows of text cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    /// The column headings.
    pub headings: Vec<String>,
    /// The rows, each with one cell per heading.
    pub rows: Vec<Vec<String>>,
}

/// The UTF-8 byte-order mark that spreadsheet programs look for at the start of a CSV file.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Table {
    /// A table with these headings and no rows.
    pub fn new(headings: impl IntoIterator<Item = impl Into<String>>) -> Self {
        Table {
            headings: headings.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    /// Columns aligned with spaces, the headings underlined.
    pub fn human(&self) -> String {
        let width = |cell: &str| cell.chars().count();
        let mut widths: Vec<usize> = self.headings.iter().map(|h| width(h)).collect();
        for row in &self.rows {
            for (column, cell) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(column) {
                    *w = (*w).max(width(cell));
                }
            }
        }
        let line = |cells: &[String]| {
            let mut text = String::new();
            for (column, cell) in cells.iter().enumerate() {
                let last = column + 1 == cells.len();
                text.push_str(cell);
                if !last {
                    let pad = widths.get(column).copied().unwrap_or(0) - width(cell);
                    text.push_str(&" ".repeat(pad + 2));
                }
            }
            text.trim_end().to_owned() + "\n"
        };
        let mut out = line(&self.headings);
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        out.push_str(&line(&rule));
        for row in &self.rows {
            out.push_str(&line(row));
        }
        out
    }

    /// The table as CSV, after the byte-order mark.
    pub fn csv(&self) -> Result<Vec<u8>, csv::Error> {
        let mut writer = csv::Writer::from_writer(BOM.to_vec());
        writer.write_record(&self.headings)?;
        for row in &self.rows {
            writer.write_record(row)?;
        }
        writer
            .into_inner()
            .map_err(|error| csv::Error::from(error.into_error()))
    }

    /// The table as an HTML `<table>`, cells escaped.
    pub fn html(&self) -> String {
        let mut out = String::from("<table>\n<thead><tr>");
        for heading in &self.headings {
            out.push_str(&format!("<th>{}</th>", escape(heading)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &self.rows {
            out.push_str("<tr>");
            for cell in row {
                out.push_str(&format!("<td>{}</td>", escape(cell)));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        out
    }
}

/// Text made safe to place in HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A standalone HTML page (no script, no outside resource) titled `title`, with `body` (HTML).
pub fn page(title: &str, lang: Lang, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n{body}</body>\n</html>\n",
        lang = lang.code(),
        title = escape(title),
    )
}

const STYLE: &str = "body { font-family: system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; margin-bottom: 2em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
td.number { text-align: right; }
";

/// `en`, `fr` or `es` text by the language.
pub fn pick(lang: Lang, en: &'static str, fr: &'static str, es: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Es => es,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Table {
        let mut table = Table::new(["State", "Items"]);
        table
            .rows
            .push(vec!["Côte d'Ivoire".into(), "1,200".into()]);
        table
            .rows
            .push(vec!["A \"quoted\" <name>".into(), "7".into()]);
        table
    }

    #[test]
    fn csv_starts_with_the_byte_order_mark_and_quotes_what_needs_it() {
        let bytes = table().csv().expect("CSV");
        assert!(bytes.starts_with(BOM));
        let text = String::from_utf8(bytes[BOM.len()..].to_vec()).expect("UTF-8");
        assert_eq!(
            text,
            "State,Items\nCôte d'Ivoire,\"1,200\"\n\"A \"\"quoted\"\" <name>\",7\n"
        );
    }

    #[test]
    fn html_escapes_every_cell() {
        let html = table().html();
        assert!(
            html.contains("<td>A &quot;quoted&quot; &lt;name&gt;</td>"),
            "{html}"
        );
        assert!(html.contains("<td>Côte d&#39;Ivoire</td>"), "{html}");
    }

    #[test]
    fn human_columns_line_up_by_characters_not_bytes() {
        let text = table().human();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[2].chars().count(), 19 + "1,200".len());
        assert_eq!(lines[3].chars().count(), 19 + "7".len());
        assert!(lines[2].ends_with("  1,200"));
    }
}
