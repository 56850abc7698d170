//! Compiler-style text: `report.xlsx:Exports!D17: error[ATT0231]: message`, grouped by file
//! in the order of the places, with a summary line per file and one for the run.

use crate::{FileResult, RenderOptions};
use anstyle::{AnsiColor, Style};
use att_schema::{Counts, Diagnostic, Lang, RelatedPlace, Severity};
use std::fmt::Write;

const BOLD: Style = Style::new().bold();

fn severity_style(severity: Severity) -> Style {
    let color = match severity {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

/// Writes `text` in `style` when colouring.
fn paint(out: &mut String, style: Style, text: &str, color: bool) {
    if color {
        let _ = write!(out, "{style}{text}{style:#}");
    } else {
        out.push_str(text);
    }
}

/// One diagnostic on one line.
pub fn render_diagnostic(
    out: &mut String,
    path: &str,
    diagnostic: &Diagnostic,
    options: RenderOptions,
) {
    let place = match (diagnostic.place(), diagnostic.repeats_in(options.lang)) {
        (Some(place), Some(repeats)) => format!("{path}:{place} ({repeats}):"),
        (Some(place), None) => format!("{path}:{place}:"),
        (None, _) => format!("{path}:"),
    };
    paint(out, BOLD, &place, options.color);
    out.push(' ');
    let severity = diagnostic.severity;
    paint(
        out,
        severity_style(severity),
        &format!(
            "{}[{}]",
            severity_word(severity, options.lang),
            diagnostic.code()
        ),
        options.color,
    );
    out.push_str(": ");
    out.push_str(&diagnostic.message(options.lang));
    out.push_str(&see_related(&diagnostic.related, options.lang));
    out.push('\n');
}

/// " (see NOR-2023.xlsx:Imports!B14; NOR-2022.json:12:7)" naming the other reports' places a
/// finding about several reports concerns; empty when there are none.
pub fn see_related(related: &[RelatedPlace], lang: Lang) -> String {
    if related.is_empty() {
        return String::new();
    }
    let see = match lang {
        Lang::En => "see",
        Lang::Fr => "voir",
        Lang::Es => "véase",
    };
    let places: Vec<String> = related.iter().map(ToString::to_string).collect();
    format!(" ({see} {})", places.join("; "))
}

fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::En) => "error",
        (Severity::Error, Lang::Fr) => "erreur",
        (Severity::Error, Lang::Es) => "error",
        (Severity::Warning, Lang::En) => "warning",
        (Severity::Warning, Lang::Fr) => "avertissement",
        (Severity::Warning, Lang::Es) => "advertencia",
        (Severity::Info, Lang::En) => "info",
        (Severity::Info, Lang::Fr) => "info",
        (Severity::Info, Lang::Es) => "info",
    }
}

fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// "2 errors, 1 warning, 0 info" in `lang`.
pub fn summarise(counts: Counts, lang: Lang) -> String {
    let (error, errors, warning, warnings, info, infos) = match lang {
        Lang::En => ("error", "errors", "warning", "warnings", "info", "info"),
        Lang::Fr => (
            "erreur",
            "erreurs",
            "avertissement",
            "avertissements",
            "info",
            "infos",
        ),
        Lang::Es => (
            "error",
            "errores",
            "advertencia",
            "advertencias",
            "info",
            "infos",
        ),
    };
    format!(
        "{}, {}, {}",
        counted(counts.error, error, errors),
        counted(counts.warning, warning, warnings),
        counted(counts.info, info, infos)
    )
}

/// The failure line of an input that could not be read.
fn render_failure(out: &mut String, path: &str, failure: &str, options: RenderOptions) {
    paint(out, BOLD, &format!("{path}:"), options.color);
    out.push(' ');
    let word = match options.lang {
        Lang::En => "cannot read",
        Lang::Fr => "lecture impossible",
        Lang::Es => "no se puede leer",
    };
    paint(out, severity_style(Severity::Error), word, options.color);
    out.push_str(": ");
    out.push_str(failure);
    out.push('\n');
}

/// The whole run: each file's diagnostics and summary, then a total line when there are
/// several files.
pub fn render(files: &[FileResult], options: RenderOptions) -> String {
    let mut out = String::new();
    let mut total = Counts::default();
    let mut unreadable = 0;
    for file in files {
        if let Some(failure) = &file.failure {
            render_failure(&mut out, &file.path, failure, options);
            unreadable += 1;
            continue;
        }
        for diagnostic in &file.diagnostics {
            render_diagnostic(&mut out, &file.path, diagnostic, options);
        }
        let counts = Counts::of(file.diagnostics.iter().map(|d| d.severity));
        total.error += counts.error;
        total.warning += counts.warning;
        total.info += counts.info;
        let verdict = match (file.is_valid(), options.lang) {
            (true, Lang::En) => "valid",
            (true, Lang::Fr) => "valide",
            (true, Lang::Es) => "válido",
            (false, Lang::En) => "not valid",
            (false, Lang::Fr) => "non valide",
            (false, Lang::Es) => "no válido",
        };
        let style = if file.is_valid() {
            Style::new().fg_color(Some(AnsiColor::Green.into())).bold()
        } else {
            severity_style(Severity::Error)
        };
        paint(&mut out, BOLD, &format!("{}:", file.path), options.color);
        out.push(' ');
        paint(&mut out, style, verdict, options.color);
        let _ = writeln!(out, " ({})", summarise(counts, options.lang));
    }
    if files.len() > 1 {
        let files_word = match options.lang {
            Lang::En => "files",
            Lang::Fr => "fichiers",
            Lang::Es => "archivos",
        };
        let _ = write!(
            out,
            "{} {files_word}: {}",
            files.len(),
            summarise(total, options.lang)
        );
        if unreadable > 0 {
            let word = match options.lang {
                Lang::En => "could not be read",
                Lang::Fr => "illisibles",
                Lang::Es => "ilegibles",
            };
            let _ = write!(out, "; {unreadable} {word}");
        }
        out.push('\n');
    }
    out
}
