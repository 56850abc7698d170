//! The diagnostics as CSV, one row per finding, for a spreadsheet or a ticket system.

use crate::checked::Checked;
use att_schema::{Lang, Location, Say};
use std::fmt::Write;

/// The columns, in order.
pub const HEADER: [&str; 11] = [
    "file", "severity", "code", "rule", "message", "sheet", "cell", "line", "column", "pointer",
    "failure",
];

/// The findings of `reports` as CSV (RFC 4180, CRLF line ends, a UTF-8 byte order mark so that
/// spreadsheets read the accents), messages in `lang`. A file that could not be read is one row
/// with its failure.
pub fn render<'a>(reports: impl IntoIterator<Item = &'a Checked>, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, HEADER.iter().map(|s| (*s).to_owned()));
    for report in reports {
        match report.diagnostics() {
            Err(failure) => {
                let mut fields = vec![String::new(); HEADER.len()];
                fields[0] = report.name().to_owned();
                fields[1] = "error".to_owned();
                fields[10] = failure.say(lang);
                row(&mut out, fields);
            }
            Ok(diagnostics) => {
                for diagnostic in diagnostics {
                    let (sheet, cell, line, column) = match &diagnostic.location {
                        Some(location @ Location::Cell { sheet, .. }) => (
                            sheet.to_string(),
                            location.cell_name().unwrap_or_default(),
                            String::new(),
                            String::new(),
                        ),
                        Some(Location::Text { line, column }) => (
                            String::new(),
                            String::new(),
                            line.to_string(),
                            column.to_string(),
                        ),
                        None => Default::default(),
                    };
                    row(
                        &mut out,
                        [
                            report.name().to_owned(),
                            diagnostic.severity.as_str().to_owned(),
                            diagnostic.code().to_owned(),
                            diagnostic.rule.name.to_owned(),
                            diagnostic.message(lang),
                            sheet,
                            cell,
                            line,
                            column,
                            diagnostic.pointer.clone().unwrap_or_default(),
                            String::new(),
                        ],
                    );
                }
            }
        }
    }
    out
}

fn row(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (index, field) in fields.into_iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        let _ = write!(out, "{}", quote(&field));
    }
    out.push_str("\r\n");
}

/// A field quoted when it needs to be; text a spreadsheet would take for a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with an apostrophe.
fn quote(field: &str) -> String {
    let guarded = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_separators_and_guards_formulas() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("a, b"), "\"a, b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(quote("line\nbreak"), "\"line\nbreak\"");
    }
}
