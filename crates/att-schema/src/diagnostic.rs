//! Diagnostics: what a reader or a check found, where, and how it reads in each language.

use crate::lang::{Lang, Text};
use crate::source_map::Location;
use crate::spec::SpecCheck;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; nothing to fix.
    Info,
    /// Probably wrong: a person should look.
    Warning,
    /// The report breaks the Treaty's or the template's requirements, or a value cannot be read.
    Error,
}

impl Severity {
    /// The name used in output and configuration: `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The severity of this name (`error`, `warning`, `info`), ignoring case.
    pub fn from_name(name: &str) -> Option<Severity> {
        match name.to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" | "note" => Some(Severity::Info),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which stage raises a rule, as the rule catalogue groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RuleGroup {
    /// Reading the input: structure, unmapped content, values that could not be typed.
    Reading,
    /// One report against the JSON Schema and the Treaty's requirements.
    Report,
    /// Several reports compared with each other.
    Corpus,
}

/// One kind of problem the toolkit reports: its stable code, default severity, messages and
/// documentation.
///
/// Message templates name their arguments in braces (`{found}`); [`Diagnostic::message`] fills
/// them in. A rule is the one registration from which the rule catalogue, `docs/rules.md`, the
/// names a deployment's `att.toml` may set and the rules of SARIF output all come.
#[derive(Debug)]
pub struct Rule {
    /// Stable code, `ATT` and four digits; never reused for another kind of problem.
    pub code: &'static str,
    /// Short kebab-case name (`items-not-whole-number`).
    pub name: &'static str,
    /// Severity unless a deployment's configuration changes it.
    pub severity: Severity,
    /// The stage that raises it.
    pub group: RuleGroup,
    /// One line saying what the rule flags, for the catalogue.
    pub summary: Text,
    /// The message template shown with each diagnostic.
    pub message: Text,
    /// The checks of the specification (`checks.md`) it implements (usually one).
    pub implements: &'static [&'static SpecCheck],
    /// Its precise meaning, in English (Markdown): when it fires, when it does not, and how it
    /// avoids reporting one cause twice; empty where the summary says all there is.
    pub details: &'static str,
    /// A finding as the rule reports it, to show its message; `None` where the rule's crate
    /// gives no example (the catalogue then shows the template).
    pub example: Option<fn() -> Diagnostic>,
}

impl Rule {
    /// The names of the arguments the message template in `lang` uses (a `{?name:…}` section
    /// counts as its argument), sorted, each once: every language must use the same ones.
    pub fn arguments(&self, lang: Lang) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self
            .message
            .get(lang)
            .split('{')
            .skip(1)
            .filter_map(|part| part.split(['}', ':']).next())
            .map(|name| name.trim_start_matches('?'))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for Rule {}

/// A value filled into a message template.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as is in every language (a cell's content, a name as reported).
    Text(String),
    /// Text that has its own translation (a column heading, a category name).
    Translated(Text),
    /// What the user wrote, shown between the quotation marks of each language
    /// (“…” in English, « … » in French, «…» in Spanish).
    Quoted(String),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<Text> for Arg {
    fn from(text: Text) -> Self {
        Arg::Translated(text)
    }
}

/// One finding: a rule, the values for its message, and where it applies.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// The rule that was broken.
    pub rule: &'static Rule,
    /// The severity in effect (the rule's default unless configured otherwise).
    pub severity: Severity,
    /// Values for the message template, by name.
    pub args: Vec<(&'static str, Arg)>,
    /// RFC 6901 pointer into the canonical document, where one applies.
    pub pointer: Option<String>,
    /// Place in the user's file, where one applies.
    pub location: Option<Location>,
    /// Places in other reports of the run that the finding concerns (the partner's report of
    /// a mirror finding, last year's report), in the order the message names them.
    pub related: Vec<RelatedPlace>,
    /// Where the same finding repeats, word for word, down the column from `location` (or at
    /// `location` itself, for several entries): reported once for all of them.
    pub repeated: Option<Repeated>,
}

/// A place in another report of the run that a finding concerns: the other side of a
/// comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct RelatedPlace {
    /// The other report's path, as given on the command line.
    pub path: String,
    /// RFC 6901 pointer into the other report's canonical document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Where to look in the other report's file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl RelatedPlace {
    /// A place in the report at `path`: its pointer, and its location when known.
    pub fn new(
        path: impl Into<String>,
        pointer: impl Into<String>,
        location: Option<Location>,
    ) -> Self {
        RelatedPlace {
            path: path.into(),
            pointer: Some(pointer.into()),
            location,
        }
    }
}

impl fmt::Display for RelatedPlace {
    /// `NOR-2023.xlsx:Imports!B14`, or the path alone when the place is not known.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(location) => write!(f, "{}:{location}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// A finding repeated word for word at several places, reported once: how many, and the last
/// place (in the same column as the first, further down).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Repeated {
    /// How many times the finding was made, the first included.
    pub count: usize,
    /// The last place it was made, when it is not the first place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Location>,
}

impl Diagnostic {
    /// A finding of `rule` with its default severity, not yet placed.
    pub fn new(rule: &'static Rule) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            args: Vec::new(),
            pointer: None,
            location: None,
            related: Vec::new(),
            repeated: None,
        }
    }

    /// Adds the value of the template argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Places the finding at a pointer into the canonical document.
    pub fn at(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }

    /// Places the finding in the user's file.
    pub fn located(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Names a place in another report that the finding concerns.
    pub fn related(mut self, place: RelatedPlace) -> Self {
        self.related.push(place);
        self
    }

    /// The rule's stable code.
    pub fn code(&self) -> &'static str {
        self.rule.code
    }

    /// Where the finding is, as people read places: `Exports!D17`, `14:22`, or the range it
    /// repeats down (`Exports!J6:J504`); `None` where no place applies.
    pub fn place(&self) -> Option<String> {
        let location = self.location.as_ref()?;
        let until = self.repeated.as_ref().and_then(|r| r.until.as_ref());
        Some(match (location, until) {
            (
                Location::Cell { sheet, .. },
                Some(Location::Cell {
                    sheet: last_sheet,
                    row,
                    column,
                }),
            ) if sheet == last_sheet => {
                format!("{location}:{}", crate::source_map::cell_name(*row, *column))
            }
            _ => location.to_string(),
        })
    }

    /// How many findings this one stands for, in words (`500 cells`, `8 places`), when it stands
    /// for several.
    pub fn repeats_in(&self, lang: Lang) -> Option<String> {
        let repeated = self.repeated.as_ref()?;
        let word = match (repeated.until.is_some(), lang) {
            (true, Lang::En) => "cells",
            (true, Lang::Fr) => "cellules",
            (true, Lang::Es) => "celdas",
            (false, Lang::En) => "times",
            (false, Lang::Fr) => "fois",
            (false, Lang::Es) => "veces",
        };
        Some(format!("{} {word}", repeated.count))
    }

    /// The message in `lang`, with the arguments filled in.
    ///
    /// Templates name arguments in braces (`{found}`). A section `{?name:text}` is shown only
    /// when the finding has the argument `name`; `text` may itself name arguments. An argument
    /// the template names but the finding lacks is left as `{name}`.
    pub fn message(&self, lang: Lang) -> String {
        let mut message = String::with_capacity(self.rule.message.get(lang).len() + 32);
        self.fill(self.rule.message.get(lang), lang, &mut message);
        message
    }

    fn fill(&self, template: &str, lang: Lang, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            if let Some(section) = after.strip_prefix('?') {
                let Some((name, body, remainder)) = split_section(section) else {
                    out.push_str(&rest[open..]);
                    return;
                };
                if self.arg_value(name).is_some() {
                    self.fill(body, lang, out);
                }
                rest = remainder;
                continue;
            }
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return;
            };
            let name = &after[..close];
            match self.arg_value(name) {
                Some(Arg::Text(text)) => out.push_str(text),
                Some(Arg::Translated(text)) => out.push_str(text.get(lang)),
                Some(Arg::Quoted(text)) => {
                    let (open, close) = match lang {
                        Lang::En => ("“", "”"),
                        Lang::Fr => ("« ", " »"),
                        Lang::Es => ("«", "»"),
                    };
                    out.push_str(open);
                    out.push_str(text);
                    out.push_str(close);
                }
                None => out.push_str(&rest[open..open + close + 2]),
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
    }

    /// The value given for the template argument `name`.
    pub fn arg_value(&self, name: &str) -> Option<&Arg> {
        self.args
            .iter()
            .find(|(arg, _)| *arg == name)
            .map(|(_, value)| value)
    }

    /// The finding as the diagnostics report (`contract.md` §3) writes it.
    pub fn to_record(&self, lang: Lang) -> DiagnosticRecord {
        DiagnosticRecord {
            code: self.rule.code.to_owned(),
            severity: self.severity,
            message: self.message(lang),
            pointer: self.pointer.clone(),
            location: self.location.clone(),
            related: self.related.clone(),
            repeated: self.repeated.clone(),
        }
    }
}

/// Splits `name:body}rest` of a conditional section, where `body` may hold `{…}` pairs.
fn split_section(section: &str) -> Option<(&str, &str, &str)> {
    let (name, body_and_rest) = section.split_once(':')?;
    let mut depth = 0usize;
    for (index, c) in body_and_rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                return Some((name, &body_and_rest[..index], &body_and_rest[index + 1..]));
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// A diagnostic as written in the diagnostics report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DiagnosticRecord {
    /// Stable code of the rule, documented in the rule catalogue.
    #[schemars(regex(pattern = r"^ATT[0-9]{4}$"))]
    pub code: String,
    /// How serious the finding is.
    pub severity: Severity,
    /// What is wrong and what to do, in the requested language.
    pub message: String,
    /// RFC 6901 pointer into the canonical document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Where to look in the user's file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Places in other reports of the run that the finding concerns: the other side of a
    /// comparison of several reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<RelatedPlace>,
    /// Where the same finding repeats down the column from `location`: the one record stands
    /// for `count` findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeated: Option<Repeated>,
}

/// How many diagnostics of each severity a file has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Counts {
    /// Diagnostics of severity error.
    pub error: usize,
    /// Diagnostics of severity warning.
    pub warning: usize,
    /// Diagnostics of severity info.
    pub info: usize,
}

impl Counts {
    /// Counts the given severities.
    pub fn of(severities: impl IntoIterator<Item = Severity>) -> Counts {
        let mut counts = Counts::default();
        for severity in severities {
            match severity {
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Info => counts.info += 1,
            }
        }
        counts
    }
}

/// The program that wrote a diagnostics report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ToolInfo {
    /// `att`.
    pub name: String,
    /// The toolkit's version.
    pub version: String,
    /// The version of the canonical document the toolkit reads and writes.
    pub schema_version: String,
}

/// The diagnostics of one input file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct FileReport {
    /// The path as given on the command line (`-` for standard input).
    pub path: String,
    /// SHA-256 of the file's bytes, in lowercase hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = "^[0-9a-f]{64}$"))]
    pub sha256: Option<String>,
    /// Whether the file has no diagnostic of severity error (and could be read).
    pub valid: bool,
    /// Diagnostics by severity.
    pub counts: Counts,
    /// Why the file could not be read at all, when it could not; it then has no diagnostics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
    /// The diagnostics, in the order of their place in the file.
    pub diagnostics: Vec<DiagnosticRecord>,
}

/// Diagnostics report
///
/// What `att validate --format json` prints: one object per run, one entry per input file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct DiagnosticsReport {
    /// The program that wrote the report.
    pub tool: ToolInfo,
    /// One entry per input file, in the order given.
    pub files: Vec<FileReport>,
}

#[cfg(test)]
mod tests {
    use super::*;

    static RULE: Rule = Rule {
        code: "ATT9999",
        name: "test-rule",
        severity: Severity::Warning,
        group: RuleGroup::Reading,
        summary: Text {
            en: "test",
            fr: "test",
            es: "test",
        },
        message: Text {
            en: "Column {column} not found{?closest:; the closest heading is “{closest}”}.",
            fr: "Colonne {column} introuvable{?closest: ; l’en-tête le plus proche est « {closest} »}.",
            es: "No se encontró la columna {column}{?closest:; el encabezado más cercano es «{closest}»}.",
        },
        implements: &[],
        details: "",
        example: None,
    };

    const ITEMS: Text = Text {
        en: "Number of items",
        fr: "Nombre d’articles",
        es: "Número de artículos",
    };

    #[test]
    fn lists_the_arguments_of_a_template() {
        assert_eq!(RULE.arguments(Lang::En), ["closest", "column"]);
        assert_eq!(RULE.arguments(Lang::Fr), ["closest", "column"]);
    }

    #[test]
    fn fills_arguments_and_translations() {
        let diagnostic = Diagnostic::new(&RULE)
            .arg("column", ITEMS)
            .arg("closest", "Nb of itms");
        assert_eq!(
            diagnostic.message(Lang::En),
            "Column Number of items not found; the closest heading is “Nb of itms”."
        );
        assert_eq!(
            diagnostic.message(Lang::Fr),
            "Colonne Nombre d’articles introuvable ; l’en-tête le plus proche est « Nb of itms »."
        );
    }

    #[test]
    fn quotes_what_the_user_wrote_in_each_language() {
        let diagnostic = Diagnostic::new(&RULE).arg("column", Arg::Quoted("Qty".into()));
        assert_eq!(diagnostic.message(Lang::En), "Column “Qty” not found.");
        assert_eq!(diagnostic.message(Lang::Fr), "Colonne « Qty » introuvable.");
        assert_eq!(
            diagnostic.message(Lang::Es),
            "No se encontró la columna «Qty»."
        );
    }

    #[test]
    fn leaves_out_sections_whose_argument_is_absent() {
        let diagnostic = Diagnostic::new(&RULE).arg("column", ITEMS);
        assert_eq!(
            diagnostic.message(Lang::Es),
            "No se encontró la columna Número de artículos."
        );
    }

    #[test]
    fn keeps_unknown_placeholders_visible() {
        let diagnostic = Diagnostic::new(&RULE);
        assert_eq!(diagnostic.message(Lang::En), "Column {column} not found.");
    }
}
