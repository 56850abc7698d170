//! The HTML report of a validation run: one static page, readable without scripts and
//! shareable as a file (`att validate --format html -o report.html`, and the offline page's
//! download). For each report it gives its verdict and counts, a summary (State, year, each
//! direction's status and basis, entries by category, partner and basis, declared values by
//! currency) and its findings grouped by severity and rule, each with its place.
//!
//! The page has no script, loads nothing (its Content-Security-Policy forbids every request)
//! and prints. It depends only on its input: the same run gives the same bytes, whether the
//! command line or the offline page writes it.

mod words;

use crate::FileResult;
use crate::summary::{CategoryCount, DirectionSummary, PartySummary, Summary};
use att_schema::{Counts, Diagnostic, Lang, Severity};
use serde_json::Value;
use std::fmt::Write;
use words::{Words, words};

/// One report of the run: its result, and its summary when its document is a report's.
#[derive(Debug, Clone, Copy)]
pub struct HtmlReport<'a> {
    /// The validation result.
    pub file: &'a FileResult,
    /// The summary, in the language of the page ([`crate::summary::summarise`]).
    pub summary: Option<&'a Summary>,
}

/// How to write the page.
#[derive(Debug, Clone, Copy)]
pub struct HtmlOptions<'a> {
    /// The language of the page and the messages.
    pub lang: Lang,
    /// The toolkit's version, written at the foot of the page.
    pub tool_version: &'a str,
}

/// How many partners of a direction are listed before the rest are counted as "others".
const PARTNERS_LISTED: usize = 20;

const STYLE: &str = include_str!("html/style.css");

/// The whole page for `reports`.
pub fn render(reports: &[HtmlReport<'_>], options: &HtmlOptions<'_>) -> String {
    let lang = options.lang;
    let words = words(lang);
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"att {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(options.tool_version),
        escape(&title(reports, words)),
    );
    let total = reports.iter().fold(Counts::default(), |total, report| {
        let counts = counts_of(report.file);
        Counts {
            error: total.error + counts.error,
            warning: total.warning + counts.warning,
            info: total.info + counts.info,
        }
    });
    let _ = write!(
        out,
        "<header>\n<h1>{}</h1>\n<p>{} · {}</p>\n</header>\n<main>\n",
        escape(words.title),
        escape(
            &words
                .reports
                .of(reports.len(), &number(reports.len(), lang))
        ),
        escape(&words.counts(total, |n| number(n, lang))),
    );
    if reports.len() > 1 {
        overview(&mut out, reports, words, lang);
    }
    for (index, report) in reports.iter().enumerate() {
        report_section(&mut out, index, report, words, lang);
    }
    let _ = write!(
        out,
        "</main>\n<footer>\n<p>{}</p>\n</footer>\n</body>\n</html>\n",
        escape(&words.written_by.replace("{version}", options.tool_version)),
    );
    out
}

/// The page's title: the file's name for one report, else the report's title.
fn title(reports: &[HtmlReport<'_>], words: &Words) -> String {
    match reports {
        [one] => format!("{} — {}", one.file.path, words.title),
        _ => words.title.to_owned(),
    }
}

fn counts_of(file: &FileResult) -> Counts {
    Counts::of(file.diagnostics.iter().map(|d| d.severity))
}

/// The anchor of the `index`th report's section.
fn anchor(index: usize) -> String {
    format!("report-{}", index + 1)
}

/// The table of every report with its State, year, counts and verdict.
fn overview(out: &mut String, reports: &[HtmlReport<'_>], words: &Words, lang: Lang) {
    let _ = write!(
        out,
        "<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">{}</h2>\n\
         <table class=\"overview\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\" class=\"number\">{}</th>\
         <th scope=\"col\" class=\"number\">{}</th><th scope=\"col\" class=\"number\">{}</th>\
         <th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(words.overview),
        escape(words.file),
        escape(words.reporting_state),
        escape(words.year),
        escape(words.severity_heading(Severity::Error)),
        escape(words.severity_heading(Severity::Warning)),
        escape(words.severity_heading(Severity::Info)),
        escape(words.result),
    );
    for (index, report) in reports.iter().enumerate() {
        let counts = counts_of(report.file);
        let state = report
            .summary
            .and_then(|s| s.reporting_state.as_ref())
            .map(|state| state.label.clone())
            .unwrap_or_else(|| "—".to_owned());
        let year = report
            .summary
            .and_then(|s| s.year.as_ref())
            .map(|year| written(year, words))
            .unwrap_or_else(|| "—".to_owned());
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\"><a href=\"#{}\">{}</a></th><td>{}</td><td>{}</td>\
             <td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td>\
             <td>{}</td></tr>",
            anchor(index),
            escape(&report.file.path),
            escape(&state),
            escape(&year),
            number(counts.error, lang),
            number(counts.warning, lang),
            number(counts.info, lang),
            verdict(report.file, words),
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// The verdict of a file as a labelled badge.
fn verdict(file: &FileResult, words: &Words) -> String {
    let (class, text) = if file.failure.is_some() {
        ("unreadable", words.unreadable)
    } else if file.is_valid() {
        ("valid", words.valid)
    } else {
        ("invalid", words.invalid)
    };
    format!("<span class=\"verdict {class}\">{}</span>", escape(text))
}

/// One report: verdict, summary and findings.
fn report_section(
    out: &mut String,
    index: usize,
    report: &HtmlReport<'_>,
    words: &Words,
    lang: Lang,
) {
    let id = anchor(index);
    let file = report.file;
    let _ = write!(
        out,
        "<section class=\"report\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n\
         <h2 id=\"{id}-title\">{}</h2>\n<p class=\"result\">{} {}</p>\n",
        escape(&file.path),
        verdict(file, words),
        escape(&words.counts(counts_of(file), |n| number(n, lang))),
    );
    if let Some(sha256) = &file.sha256 {
        let _ = writeln!(out, "<p class=\"digest\">SHA-256 <code>{sha256}</code></p>");
    }
    if let Some(failure) = &file.failure {
        let _ = writeln!(
            out,
            "<p class=\"failure\"><strong>{}</strong> {}</p>",
            escape(words.failure),
            escape(failure)
        );
    }
    if let Some(summary) = report.summary {
        summary_section(out, &id, summary, words, lang);
    }
    if file.failure.is_none() {
        findings_section(out, &id, &file.diagnostics, words, lang);
    }
    out.push_str("</section>\n");
}

/// The summary: the report's identity, its directions, and each direction's entries.
fn summary_section(out: &mut String, id: &str, summary: &Summary, words: &Words, lang: Lang) {
    let _ = write!(
        out,
        "<h3 id=\"{id}-summary\">{}</h3>\n<dl class=\"identity\">\n",
        escape(words.summary)
    );
    let state = summary
        .reporting_state
        .as_ref()
        .map(|state| party_label(state, words))
        .unwrap_or_else(|| words.not_stated.to_owned());
    let year = summary
        .year
        .as_ref()
        .map(|year| written(year, words))
        .unwrap_or_else(|| words.not_stated.to_owned());
    let layout = match summary.template.as_deref() {
        Some("att-2017") => words.layout_template.to_owned(),
        Some("national") => words.layout_national.to_owned(),
        Some(other) => other.to_owned(),
        None => words.not_stated.to_owned(),
    };
    let language = summary
        .language
        .clone()
        .unwrap_or_else(|| words.not_stated.to_owned());
    for (term, value) in [
        (words.reporting_state, state),
        (words.year, year),
        (words.language, language),
        (words.layout, layout),
    ] {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(&value));
    }
    out.push_str("</dl>\n");
    let _ = write!(
        out,
        "<table class=\"directions\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\" class=\"number\">{}</th>\
         <th scope=\"col\" class=\"number\">{}</th></tr></thead>\n<tbody>\n",
        escape(words.direction),
        escape(words.status),
        escape(words.basis),
        escape(words.entries_column),
        escape(words.items_column),
    );
    let directions = [
        (words.exports, &summary.exports),
        (words.imports, &summary.imports),
    ];
    for (name, direction) in directions {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td class=\"number\">{}</td>\
             <td class=\"number\">{}</td></tr>",
            escape(name),
            escape(&status(direction.status.as_ref(), words)),
            escape(&basis(direction.basis.as_ref(), words)),
            number(direction.entries, lang),
            number_u64(direction.items, lang),
        );
    }
    out.push_str("</tbody>\n</table>\n");
    for (name, direction) in directions {
        if direction.entries > 0 {
            direction_section(out, name, direction, words, lang);
        }
    }
}

/// A reported status, in words.
fn status(value: Option<&Value>, words: &Words) -> String {
    match value {
        None => words.not_stated.to_owned(),
        Some(Value::String(code)) if code == "reported" => words.status_reported.to_owned(),
        Some(Value::String(code)) if code == "nil" => words.status_nil.to_owned(),
        Some(Value::String(code)) if code == "not_reported" => words.status_not_reported.to_owned(),
        Some(other) => as_written(other, words),
    }
}

/// A reported basis, in words.
fn basis(value: Option<&Value>, words: &Words) -> String {
    match value {
        None => words.not_stated.to_owned(),
        Some(Value::String(code)) if code == "authorized" => words.basis_authorized.to_owned(),
        Some(Value::String(code)) if code == "actual" => words.basis_actual.to_owned(),
        Some(Value::String(code)) if code == "both" => words.basis_both.to_owned(),
        Some(other) => as_written(other, words),
    }
}

/// A value where a number is expected (the year): a number as such, anything else quoted as
/// written.
fn written(value: &Value, words: &Words) -> String {
    match value {
        Value::Number(number) => number.to_string(),
        other => as_written(other, words),
    }
}

/// A value the report wrote where none of the expected words stands, quoted as written.
fn as_written(value: &Value, words: &Words) -> String {
    match value {
        Value::String(text) => words.as_written.replace("{text}", text),
        other => words.as_written.replace("{text}", &other.to_string()),
    }
}

/// A party's name and code; a party with neither is "not stated".
fn party_label(party: &PartySummary, words: &Words) -> String {
    let label = party.label.trim();
    match &party.code {
        Some(code) if label.is_empty() => code.clone(),
        Some(code) if code != label => format!("{label} ({code})"),
        None if label.is_empty() => words.unstated.to_owned(),
        _ => label.to_owned(),
    }
}

/// One direction's entries by category, partner and basis, and its totals.
fn direction_section(
    out: &mut String,
    name: &str,
    direction: &DirectionSummary,
    words: &Words,
    lang: Lang,
) {
    let _ = write!(
        out,
        "<h4>{} — {}</h4>\n<div class=\"tables\">\n",
        escape(name),
        escape(
            &words
                .entries
                .of(direction.entries, &number(direction.entries, lang))
        )
    );
    let most = direction
        .by_category
        .iter()
        .map(|c| c.entries)
        .chain(direction.by_partner.iter().map(|p| p.entries))
        .max()
        .unwrap_or(1);
    let categories: Vec<_> = direction
        .by_category
        .iter()
        .map(|count| (category_label(count, words), count.entries, count.items))
        .collect();
    count_table(
        out,
        words.by_category,
        words.category,
        &categories,
        most,
        words,
        lang,
    );
    let mut partners: Vec<_> = direction
        .by_partner
        .iter()
        .take(PARTNERS_LISTED)
        .map(|count| {
            (
                party_label(&count.partner, words),
                count.entries,
                count.items,
            )
        })
        .collect();
    let rest = &direction.by_partner[partners.len()..];
    if !rest.is_empty() {
        partners.push((
            words.others.replace("{n}", &number(rest.len(), lang)),
            rest.iter().map(|p| p.entries).sum(),
            rest.iter().map(|p| p.items).sum(),
        ));
    }
    count_table(
        out,
        words.by_partner,
        words.partner,
        &partners,
        most,
        words,
        lang,
    );
    let by_basis = direction.by_basis;
    let bases: Vec<_> = [
        (words.basis_authorized, by_basis.authorized),
        (words.basis_actual, by_basis.actual),
        (words.unstated, by_basis.unstated),
    ]
    .into_iter()
    .filter(|(_, entries)| *entries > 0)
    .map(|(label, entries)| (label.to_owned(), entries))
    .collect();
    let _ = write!(
        out,
        "<table class=\"counts\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"number\">{}</th></tr></thead>\n<tbody>\n",
        escape(words.by_basis),
        escape(words.basis),
        escape(words.entries_column),
    );
    for (label, entries) in bases {
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"number\">{}</td></tr>",
            escape(&label),
            number(entries, lang)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    if !direction.totals.is_empty() {
        let _ = write!(
            out,
            "<table class=\"counts\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>\
             <th scope=\"col\" class=\"number\">{}</th><th scope=\"col\" class=\"number\">{}</th>\
             </tr></thead>\n<tbody>\n",
            escape(words.totals),
            escape(words.currency),
            escape(words.amount),
            escape(words.entries_column),
        );
        for total in &direction.totals {
            let currency = match (&total.label, total.currency.as_str()) {
                (_, "") => words.no_currency.to_owned(),
                (Some(label), code) => format!("{label} ({code})"),
                (None, code) => code.to_owned(),
            };
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{}</th><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
                escape(&currency),
                amount(total.amount, lang),
                number(total.entries, lang)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</div>\n");
}

fn category_label(count: &CategoryCount, words: &Words) -> String {
    match (count.category.as_str(), count.label.as_str()) {
        ("", _) => words.unstated.to_owned(),
        ("national", label) => label.to_owned(),
        (code, label) if code == label => code.to_owned(),
        (code, label) => format!("{code} — {label}"),
    }
}

/// A table of labels with their entries, items and a bar drawn to the scale of `most`.
fn count_table(
    out: &mut String,
    caption: &str,
    heading: &str,
    rows: &[(String, usize, u64)],
    most: usize,
    words: &Words,
    lang: Lang,
) {
    let _ = write!(
        out,
        "<table class=\"counts\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\" class=\"number\">{}</th><th scope=\"col\" class=\"number\">{}</th>\
         <th scope=\"col\"><span class=\"hidden\">{}</span></th></tr></thead>\n<tbody>\n",
        escape(caption),
        escape(heading),
        escape(words.entries_column),
        escape(words.items_column),
        escape(words.entries_column),
    );
    for (label, entries, items) in rows {
        let width = (*entries as f64 / most.max(1) as f64 * 100.0)
            .round()
            .max(1.0);
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"number\">{}</td><td class=\"number\">{}</td>\
             <td><svg class=\"bar\" viewBox=\"0 0 100 10\" width=\"100\" height=\"10\" aria-hidden=\"true\">\
             <rect width=\"{width}\" height=\"10\"/></svg></td></tr>",
            escape(label),
            number(*entries, lang),
            number_u64(*items, lang),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The findings, by severity (errors first), then by rule (in the order of their codes), each
/// rule's findings in the order of their places.
fn findings_section(
    out: &mut String,
    id: &str,
    diagnostics: &[Diagnostic],
    words: &Words,
    lang: Lang,
) {
    let _ = writeln!(
        out,
        "<h3 id=\"{id}-findings\">{}</h3>",
        escape(words.findings)
    );
    if diagnostics.is_empty() {
        let _ = writeln!(out, "<p class=\"clean\">{}</p>", escape(words.no_findings));
        return;
    }
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let mut of_severity: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .collect();
        if of_severity.is_empty() {
            continue;
        }
        // A stable sort keeps each rule's findings in the order of their places.
        of_severity.sort_by_key(|d| d.code());
        let _ = writeln!(
            out,
            "<h4 class=\"severity {}\">{} ({})</h4>",
            severity.as_str(),
            escape(words.severity_heading(severity)),
            number(of_severity.len(), lang)
        );
        for group in of_severity.chunk_by(|a, b| a.code() == b.code()) {
            rule_group(out, id, severity, group, words, lang);
        }
    }
}

/// The findings of one rule at one severity, as a table of places and messages.
fn rule_group(
    out: &mut String,
    id: &str,
    severity: Severity,
    group: &[&Diagnostic],
    words: &Words,
    lang: Lang,
) {
    let rule = group[0].rule;
    let _ = write!(
        out,
        "<details open id=\"{id}-{}-{}\" class=\"rule {}\">\n<summary><span class=\"code\">{}</span> \
         <span class=\"name\">{}</span> — {} <span class=\"count\">({})</span></summary>\n\
         <table class=\"findings\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        severity.as_str(),
        rule.code,
        severity.as_str(),
        rule.code,
        escape(rule.name),
        escape(rule.summary.get(lang)),
        escape(
            &words
                .findings_count
                .of(group.len(), &number(group.len(), lang))
        ),
        escape(words.place),
        escape(words.message),
    );
    for diagnostic in group {
        let place = match (diagnostic.place(), diagnostic.repeats_in(lang)) {
            (Some(place), Some(repeats)) => format!("{place} ({repeats})"),
            (Some(place), None) => place,
            (None, _) => match &diagnostic.pointer {
                Some(pointer) => words.in_document.replace("{pointer}", pointer),
                None => words.no_place.to_owned(),
            },
        };
        let _ = writeln!(
            out,
            "<tr><td class=\"place\">{}</td><td><span class=\"hidden\">{}: </span>{}</td></tr>",
            escape(&place),
            escape(words.severity_one(severity)),
            escape(&diagnostic.message(lang)),
        );
    }
    out.push_str("</tbody>\n</table>\n</details>\n");
}

/// `text` with the characters that mean something in HTML written as references.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

fn number(count: usize, lang: Lang) -> String {
    number_u64(count as u64, lang)
}

/// A whole number with the digits grouped as `lang` writes them: `12,345`, `12 345`, `12.345`.
fn number_u64(value: u64, lang: Lang) -> String {
    let digits = value.to_string();
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
        Lang::Es => ".",
    };
    // Spanish groups only numbers of five digits or more (1234, 12.345).
    if digits.len() <= 3 || (lang == Lang::Es && digits.len() == 4) {
        return digits;
    }
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    grouped
}

/// An amount: whole, or with two decimals, in the way of `lang`.
fn amount(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    // Beyond what any declared value can be (a typing slip, a value read from the wrong
    // column), in scientific notation rather than a hundred digits.
    if value.abs() >= 1e15 {
        return format!("{value:e}");
    }
    let cents = (value.abs() * 100.0).round();
    let cents = cents as u64;
    let whole = number_u64(cents / 100, lang);
    match cents % 100 {
        0 => format!("{sign}{whole}"),
        fraction => {
            let point = if lang == Lang::En { "." } else { "," };
            format!("{sign}{whole}{point}{fraction:02}")
        }
    }
}

#[cfg(test)]
mod tests;
