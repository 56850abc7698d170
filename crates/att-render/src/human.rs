//! Compiler-style text: `report.xlsx:Exports!D17: error[ATT0231]: message`, grouped by file,
//! errors first, then warnings, then info, each in the order of the places; a finding repeated
//! down a range is one line with the range and how many cells it covers. A summary line per
//! file and one for the run; a count per rule instead of the findings when asked.

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

fn counted(count: usize, one: &str, many: &str, lang: Lang) -> String {
    // French takes the singular for zero as for one ("0 erreur"); English and Spanish the
    // plural ("0 errors", "0 errores").
    let singular = count == 1 || (count == 0 && lang == Lang::Fr);
    format!("{count} {}", if singular { one } else { many })
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
        counted(counts.error, error, errors, lang),
        counted(counts.warning, warning, warnings, lang),
        counted(counts.info, info, infos, lang)
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
    out.push_str(if options.lang == Lang::Fr {
        "\u{a0}: "
    } else {
        ": "
    });
    out.push_str(failure);
    out.push('\n');
}

/// What the text shows beyond the defaults of [`RenderOptions`]: the findings below a
/// severity left out, only errors and summaries, or a count per rule instead of the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HumanOptions {
    /// Language and colour.
    pub render: RenderOptions,
    /// The least severe findings shown (the summaries count them all).
    pub min_severity: Severity,
    /// Errors, failures and summaries only: no line for a warning or an info, no summary for a
    /// file without errors.
    pub quiet: bool,
    /// A count per rule after the files, instead of a line per finding.
    pub statistics: bool,
}

impl From<RenderOptions> for HumanOptions {
    fn from(render: RenderOptions) -> Self {
        HumanOptions {
            render,
            min_severity: Severity::Info,
            quiet: false,
            statistics: false,
        }
    }
}

/// Most severe first: errors, then warnings, then info.
fn rank(severity: Severity) -> u8 {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

impl HumanOptions {
    /// Whether a finding of `severity` gets its own line.
    fn shows(&self, severity: Severity) -> bool {
        let least = if self.quiet {
            Severity::Error
        } else {
            self.min_severity
        };
        rank(severity) <= rank(least)
    }
}

/// The whole run with the defaults: each file's findings and summary, then a total line when
/// there are several files.
pub fn render(files: &[FileResult], options: RenderOptions) -> String {
    render_with(files, &HumanOptions::from(options))
}

/// The whole run: for each file, its findings (errors first, then warnings, then info, each
/// in the order of their places) and its summary; then the count per rule when asked, and a
/// total line when there are several files.
pub fn render_with(files: &[FileResult], options: &HumanOptions) -> String {
    let render = options.render;
    let lang = render.lang;
    let mut out = String::new();
    let mut total = Counts::default();
    let mut hidden_in_run = 0;
    let mut unreadable = 0;
    let mut per_rule: Vec<(&Diagnostic, usize)> = Vec::new();
    for file in files {
        if let Some(failure) = &file.failure {
            render_failure(&mut out, &file.path, failure, render);
            unreadable += 1;
            continue;
        }
        let mut shown: Vec<&Diagnostic> = file
            .diagnostics
            .iter()
            .filter(|d| options.shows(d.severity))
            .collect();
        // Stable: within one severity the findings keep the order of their places.
        shown.sort_by_key(|d| rank(d.severity));
        let hidden = file.diagnostics.len() - shown.len();
        hidden_in_run += hidden;
        for diagnostic in &shown {
            if options.statistics {
                match per_rule
                    .iter_mut()
                    .find(|(d, _)| d.code() == diagnostic.code())
                {
                    Some((_, count)) => *count += 1,
                    None => per_rule.push((diagnostic, 1)),
                }
            } else {
                render_diagnostic(&mut out, &file.path, diagnostic, render);
            }
        }
        let counts = Counts::of(file.diagnostics.iter().map(|d| d.severity));
        total.error += counts.error;
        total.warning += counts.warning;
        total.info += counts.info;
        if options.quiet && file.is_valid() {
            continue;
        }
        let verdict = match (file.is_valid(), lang) {
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
        paint(&mut out, BOLD, &format!("{}:", file.path), render.color);
        out.push(' ');
        paint(&mut out, style, verdict, render.color);
        let _ = write!(out, " ({}", summarise(counts, lang));
        if hidden > 0 && !options.statistics {
            let _ = write!(out, "; {}", not_shown(hidden, lang));
        }
        out.push_str(")\n");
    }
    if options.statistics {
        render_statistics(&mut out, &mut per_rule, render);
    }
    if files.len() > 1 {
        let files_word = match lang {
            Lang::En => "files",
            Lang::Fr => "fichiers",
            Lang::Es => "archivos",
        };
        let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
        let _ = write!(
            out,
            "{} {files_word}{colon} {}",
            files.len(),
            summarise(total, lang)
        );
        if unreadable > 0 {
            let word = match lang {
                Lang::En => "could not be read",
                Lang::Fr if unreadable == 1 => "illisible",
                Lang::Fr => "illisibles",
                Lang::Es if unreadable == 1 => "ilegible",
                Lang::Es => "ilegibles",
            };
            let _ = write!(out, "; {unreadable} {word}");
        }
        if hidden_in_run > 0 && !options.statistics {
            let _ = write!(out, "; {}", not_shown(hidden_in_run, lang));
        }
        out.push('\n');
    }
    out
}

/// "12 not shown": findings counted in a summary but left out of the listing.
fn not_shown(count: usize, lang: Lang) -> String {
    let word = match lang {
        Lang::En => "not shown",
        Lang::Fr if count == 1 => "non affiché",
        Lang::Fr => "non affichés",
        Lang::Es if count == 1 => "no mostrado",
        Lang::Es => "no mostrados",
    };
    format!("{count} {word}")
}

/// One line per rule that reported, errors first and within a severity most findings first: count, code, severity, name and
/// what the rule flags.
fn render_statistics(
    out: &mut String,
    per_rule: &mut [(&Diagnostic, usize)],
    render: RenderOptions,
) {
    per_rule.sort_by(|(a, a_count), (b, b_count)| {
        rank(a.severity)
            .cmp(&rank(b.severity))
            .then_with(|| b_count.cmp(a_count))
            .then_with(|| a.code().cmp(b.code()))
    });
    let count_width = per_rule
        .iter()
        .map(|(_, count)| count.to_string().len())
        .max()
        .unwrap_or(1);
    let name_width = per_rule
        .iter()
        .map(|(d, _)| d.rule.name.len())
        .max()
        .unwrap_or(0);
    let severity_width = per_rule
        .iter()
        .map(|(d, _)| severity_word(d.severity, render.lang).chars().count())
        .max()
        .unwrap_or(0);
    for (diagnostic, count) in per_rule.iter() {
        let _ = write!(out, "{count:>count_width$}  {}  ", diagnostic.code());
        let word = severity_word(diagnostic.severity, render.lang);
        let padding = severity_width - word.chars().count();
        paint(out, severity_style(diagnostic.severity), word, render.color);
        let _ = writeln!(
            out,
            "{:padding$}  {:<name_width$}  {}",
            "",
            diagnostic.rule.name,
            diagnostic.rule.summary.get(render.lang)
        );
    }
}
