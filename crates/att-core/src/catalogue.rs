//! The rule catalogue: every rule of every crate — the shared reading rules, each reader's own,
//! and the validator's — with what it flags, its default severity, the check of the
//! specification (`checks.md`) it implements, and an example of its message.
//!
//! `att rules` prints it, `docs/rules.md` is generated from it ([`markdown`]), and a deployment's
//! `att.toml` may set the severity of any rule it lists ([`parse_config`]).

use att_schema::rules as reading;
use att_schema::{Arg, Diagnostic, Lang, Rule, RuleGroup, Severity, Text};
use att_validate::spec::{self, SpecCheck};
use att_validate::{Config, ConfigError, RuleDoc};
use std::fmt::Write;

/// One rule of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The rule.
    pub rule: &'static Rule,
    /// The crate that raises it (`att-validate`, `att-xlsx`…), or the readers that share it.
    pub source: &'static str,
    /// The checks of `checks.md` it implements.
    pub implements: &'static [&'static SpecCheck],
    /// Its precise meaning, in English (Markdown); empty where its crate says no more than the
    /// summary.
    pub details: &'static str,
    /// A finding as the rule reports it, where one is given.
    pub example: Option<fn() -> Diagnostic>,
}

impl Entry {
    fn documented(doc: &'static RuleDoc, source: &'static str) -> Entry {
        Entry {
            rule: doc.rule,
            source,
            implements: doc.implements,
            details: doc.details,
            example: doc.example,
        }
    }

    fn reader(rule: &'static Rule, source: &'static str) -> Entry {
        Entry {
            rule,
            source,
            implements: reader_checks(rule.code),
            details: "",
            example: None,
        }
    }

    /// The message of the example in `lang`; without an example, the template with each
    /// argument shown as `‹name›`.
    pub fn example_message(&self, lang: Lang) -> String {
        match self.example {
            Some(example) => example().message(lang),
            None => template_example(self.rule.message.get(lang)),
        }
    }

    /// The stage that raises the rule, in words.
    pub fn stage(&self) -> &'static str {
        match self.rule.group {
            RuleGroup::Reading => "reading",
            RuleGroup::Report if self.rule.code < "ATT0100" => "schema",
            RuleGroup::Report => "report",
            RuleGroup::Corpus => "several reports",
        }
    }
}

/// The template with its optional sections kept and each argument shown as `‹name›`.
fn template_example(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut chars = template.chars().peekable();
    let mut depth = 0;
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'?') => {
                for skipped in chars.by_ref() {
                    if skipped == ':' {
                        break;
                    }
                }
                depth += 1;
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let _ = write!(out, "‹{name}›");
            }
            '}' if depth > 0 => depth -= 1,
            c => out.push(c),
        }
    }
    out
}

static WRITTEN_FORM: &[&SpecCheck] = &[&spec::A_WRITTEN_FORM];
static UNMAPPED: &[&SpecCheck] = &[&spec::A_UNMAPPED];
static NO_TABLE_OR_COLUMN: &[&SpecCheck] = &[&spec::A_NO_TABLE_OR_COLUMN];
static DIRECTION_NOT_REPORTED: &[&SpecCheck] = &[&spec::B_DIRECTION_NOT_REPORTED];

/// The checks of `checks.md` §A a reader's own rule implements, by code.
fn reader_checks(code: &str) -> &'static [&'static SpecCheck] {
    match code {
        // Workbook reader.
        "ATT0120" | "ATT0121" | "ATT0122" | "ATT0123" | "ATT0124" | "ATT0125" | "ATT0129"
        | "ATT0134" | "ATT0135" | "ATT0138" => WRITTEN_FORM,
        "ATT0126" | "ATT0127" | "ATT0131" | "ATT0132" | "ATT0136" | "ATT0137" | "ATT0140"
        | "ATT0141" | "ATT0143" | "ATT0144" | "ATT0146" => UNMAPPED,
        "ATT0128" | "ATT0130" | "ATT0139" | "ATT0142" | "ATT0145" | "ATT0148" => NO_TABLE_OR_COLUMN,
        "ATT0147" | "ATT0149" | "ATT0150" | "ATT0151" => WRITTEN_FORM,
        "ATT0133" => DIRECTION_NOT_REPORTED,
        // XML reader.
        "ATT0160" | "ATT0161" => UNMAPPED,
        "ATT0162" | "ATT0163" => WRITTEN_FORM,
        _ => &[],
    }
}

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// The shared reading rules of `att_schema::rules`, documented.
static READING_DOCS: &[RuleDoc] = &[
    RuleDoc {
        rule: &reading::UNKNOWN_FIELD,
        implements: &[&spec::A_UNMAPPED],
        details: "A JSON field, XML element or attribute that the report format does not have, with the known field nearest in spelling. Raised for JSON by the schema stage; a near-misspelling of a missing required field is named in that field’s finding instead.",
        example: Some(|| {
            Diagnostic::new(&reading::UNKNOWN_FIELD)
                .arg("field", "coments")
                .arg("closest", "comments")
                .at("/exports/entries/0/coments")
        }),
    },
    RuleDoc {
        rule: &reading::DUPLICATE_FIELD,
        implements: &[&spec::A_UNMAPPED],
        details: "The same JSON field (or XML element that may occur once) given twice in one object; the last one is kept and the first is reported, so that nothing is dropped silently.",
        example: Some(|| {
            Diagnostic::new(&reading::DUPLICATE_FIELD)
                .arg("field", "items")
                .arg("first", "14:18")
                .at("/exports/entries/0/items")
        }),
    },
    RuleDoc {
        rule: &reading::NUMBER_AS_TEXT,
        implements: &[&spec::A_WRITTEN_FORM],
        details: "A number cell or value written as text (`\"40\"`) that the reader read as a number.",
        example: Some(|| {
            Diagnostic::new(&reading::NUMBER_AS_TEXT)
                .arg("text", "40")
                .arg("value", "40")
                .at("/exports/entries/0/items")
        }),
    },
    RuleDoc {
        rule: &reading::LOCALE_SEPARATORS,
        implements: &[&spec::A_WRITTEN_FORM],
        details: "A number with thousands or decimal separators whose reading depends on the language (“1.200”, “1,200”, “1 200”); the message says how it was read and how else it could be.",
        example: Some(|| {
            Diagnostic::new(&reading::LOCALE_SEPARATORS)
                .arg("text", "1.200")
                .arg("value", "1200")
                .arg("alternative", "1.2")
                .at("/exports/entries/0/items")
        }),
    },
    RuleDoc {
        rule: &reading::PLACEHOLDER_VALUE,
        implements: &[&spec::A_WRITTEN_FORM],
        details: "A placeholder (“-”, “N/A”, “nil”, “classified”) in a number cell, read as no value.",
        example: Some(|| {
            Diagnostic::new(&reading::PLACEHOLDER_VALUE)
                .arg("text", "N/A")
                .arg(
                    "field",
                    text(
                        "Number of items",
                        "Nombre d’articles",
                        "Número de artículos",
                    ),
                )
                .at("/exports/entries/0/items")
        }),
    },
    RuleDoc {
        rule: &reading::CURRENCY_ASSUMED,
        implements: &[&spec::A_WRITTEN_FORM, &spec::B_CURRENCY],
        details: "A currency written as a sign or name that several currencies share (“$”, “kr”, “dollars”), read as the reporting State’s currency or the usual one; the candidates are listed.",
        example: Some(|| {
            Diagnostic::new(&reading::CURRENCY_ASSUMED)
                .arg("text", "$")
                .arg("currency", "USD")
                .arg("candidates", "AUD, CAD, NZD, USD…")
                .at("/exports/entries/0/value/currency")
        }),
    },
    RuleDoc {
        rule: &reading::NO_TABLE,
        implements: &[&spec::A_NO_TABLE_OR_COLUMN],
        details: "No exports or imports table and no nil report anywhere in the input; the closest candidate table is named.",
        example: Some(|| Diagnostic::new(&reading::NO_TABLE).arg("closest", "Transfers 2023")),
    },
    RuleDoc {
        rule: &reading::COLUMN_MISSING,
        implements: &[&spec::A_NO_TABLE_OR_COLUMN],
        details: "A table lacks a required column (category, partner): one finding per table, naming the column and the heading nearest in spelling, not one per row.",
        example: Some(|| {
            Diagnostic::new(&reading::COLUMN_MISSING)
                .arg("table", text("exports", "exportations", "exportaciones"))
                .arg("column", "Final importing State")
                .arg("closest", "Final importer")
                .at("/exports")
        }),
    },
    RuleDoc {
        rule: &reading::LAYOUT_NOT_RECOGNISED,
        implements: &[&spec::A_LAYOUT],
        details: "The template version or layout named or recognised in the input is not one att knows; the report is read by its headings.",
        example: Some(|| {
            Diagnostic::new(&reading::LAYOUT_NOT_RECOGNISED)
                .arg("layout", Arg::Text("ATT 2025 draft".into()))
        }),
    },
];

/// Every rule of every crate, in code order.
pub fn entries() -> Vec<Entry> {
    let mut entries: Vec<Entry> = READING_DOCS
        .iter()
        .map(|doc| Entry::documented(doc, "every reader"))
        .collect();
    entries.extend(
        att_json::RULES
            .iter()
            .map(|rule| Entry::reader(rule, "att-json")),
    );
    entries.extend(
        att_xlsx::rules::RULES
            .iter()
            .map(|rule| Entry::reader(rule, "att-xlsx")),
    );
    entries.extend(
        att_xml::RULES
            .iter()
            .map(|rule| Entry::reader(rule, "att-xml")),
    );
    entries.extend(
        att_validate::rule_docs()
            .into_iter()
            .map(|doc| Entry::documented(doc, "att-validate")),
    );
    entries.sort_by_key(|entry| entry.rule.code);
    entries
}

/// Every rule of every crate, in code order.
pub fn rules() -> Vec<&'static Rule> {
    entries().into_iter().map(|entry| entry.rule).collect()
}

/// The rule whose code (any case) or name is `key`.
pub fn find(key: &str) -> Option<Entry> {
    let key = key.trim();
    entries()
        .into_iter()
        .find(|e| e.rule.code.eq_ignore_ascii_case(key) || e.rule.name.eq_ignore_ascii_case(key))
}

/// Parses a deployment's severity configuration (`att.toml`) against the whole catalogue.
pub fn parse_config(text: &str, origin: &str) -> Result<Config, ConfigError> {
    Config::parse(text, origin, &rules())
}

/// The file `docs/rules.md` as the catalogue generates it.
pub fn markdown() -> String {
    let entries = entries();
    let mut out = String::new();
    out.push_str("# Rule catalogue\n\n");
    out.push_str(
        "<!-- Generated from the code by `att rules --format markdown`; do not edit by hand.\n     \
         Regenerate with: cargo run -- rules --format markdown -o docs/rules.md -->\n\n",
    );
    out.push_str(
        "Every finding of `att validate` has a stable code, documented here. A code is never \
         reused for another kind of problem. The severity below is the default; a deployment can \
         raise, lower or turn off any rule in `att.toml` (see [configuration](configuration.md)). \
         Messages exist in English, French and Spanish (`att validate --lang fr`); the examples \
         here are in English, and `att rules --lang fr` lists the rules in French.\n\n",
    );
    out.push_str("| code | name | severity | stage | what it flags |\n|---|---|---|---|---|\n");
    for entry in &entries {
        let rule = entry.rule;
        let _ = writeln!(
            out,
            "| [{}](#{}) | `{}` | {} | {} | {} |",
            rule.code,
            anchor(entry),
            rule.name,
            rule.severity,
            entry.stage(),
            rule.summary.en.replace('|', "\\|")
        );
    }
    out.push_str("\n## Checks of the specification and their rules\n\n");
    out.push_str(
        "Each check of `checks.md` §A (reading) and §B (one report), with the rules that \
         implement it. The checks of §C (several reports) are rules `ATT0300`–`ATT0399`.\n\n",
    );
    out.push_str("| check | rules |\n|---|---|\n");
    for check in spec::ALL {
        let codes: Vec<String> = entries
            .iter()
            .filter(|entry| entry.implements.contains(check))
            .map(|entry| format!("[{}](#{})", entry.rule.code, anchor(entry)))
            .collect();
        let codes = if std::ptr::eq(*check, &spec::A_UNREADABLE) {
            "not a finding: `att` stops with exit status 2 and says why the file cannot be read"
                .to_owned()
        } else {
            codes.join(", ")
        };
        let _ = writeln!(
            out,
            "| §{} {} — {} | {} |",
            check.section.letter(),
            check.check.replace('|', "\\|"),
            check.severity,
            codes
        );
    }
    for (title, group) in [
        ("Reading the input", RuleGroup::Reading),
        ("One report", RuleGroup::Report),
        ("Several reports", RuleGroup::Corpus),
    ] {
        let of_group: Vec<&Entry> = entries.iter().filter(|e| e.rule.group == group).collect();
        if of_group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {title}");
        for entry in of_group {
            write_entry(&mut out, entry);
        }
    }
    out
}

fn anchor(entry: &Entry) -> String {
    format!(
        "{}-{}",
        entry.rule.code.to_ascii_lowercase(),
        entry.rule.name
    )
}

fn write_entry(out: &mut String, entry: &Entry) {
    let rule = entry.rule;
    let _ = writeln!(out, "\n### {} {}\n", rule.code, rule.name);
    let _ = writeln!(
        out,
        "**{}** by default · {} · raised by {}\n",
        rule.severity,
        entry.stage(),
        entry.source
    );
    let _ = writeln!(out, "{}\n", rule.summary.en);
    if !entry.details.is_empty() {
        let _ = writeln!(out, "{}\n", entry.details);
    }
    if !entry.implements.is_empty() {
        let checks: Vec<String> = entry.implements.iter().map(|c| c.citation()).collect();
        let _ = writeln!(out, "Implements: {}.\n", checks.join("; "));
    }
    let label = if entry.example.is_some() {
        "Example"
    } else {
        "Message"
    };
    let _ = writeln!(out, "{label}:\n");
    for lang in Lang::ALL {
        let _ = writeln!(out, "- {lang}: {}", entry.example_message(lang));
    }
}

/// The name of a severity in `lang`, as `att rules` prints it.
pub fn severity_name(severity: Option<Severity>, lang: Lang) -> &'static str {
    match (severity, lang) {
        (None, Lang::En) => "off",
        (None, Lang::Fr) => "désactivée",
        (None, Lang::Es) => "desactivada",
        (Some(Severity::Error), Lang::Fr) => "erreur",
        (Some(Severity::Warning), Lang::Fr) => "avertissement",
        (Some(Severity::Warning), Lang::Es) => "advertencia",
        (Some(severity), _) => severity.as_str(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_message_names_the_same_arguments_in_every_language() {
        for rule in rules() {
            let english = rule.arguments(Lang::En);
            assert_eq!(english, rule.arguments(Lang::Fr), "{}", rule.code);
            assert_eq!(english, rule.arguments(Lang::Es), "{}", rule.code);
        }
    }

    #[test]
    fn codes_and_names_are_unique_across_crates() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for entry in entries() {
            assert!(codes.insert(entry.rule.code), "{} twice", entry.rule.code);
            assert!(names.insert(entry.rule.name), "{} twice", entry.rule.name);
        }
    }

    #[test]
    fn every_check_of_sections_a_and_b_has_a_rule() {
        let entries = entries();
        for check in spec::ALL {
            if std::ptr::eq(*check, &spec::A_UNREADABLE) {
                continue;
            }
            assert!(
                entries.iter().any(|e| e.implements.contains(check)),
                "no rule implements {}",
                check.citation()
            );
        }
    }

    #[test]
    fn reader_rules_of_known_codes_cite_a_check() {
        for entry in entries() {
            if entry.rule.group == RuleGroup::Reading {
                assert!(
                    !entry.implements.is_empty(),
                    "{} ({}) cites no check of checks.md §A",
                    entry.rule.code,
                    entry.source
                );
            }
        }
    }

    #[test]
    fn templates_without_an_example_show_their_arguments() {
        assert_eq!(
            template_example("“{field}” was not read{?closest: (did you mean “{closest}”?)}."),
            "“‹field›” was not read (did you mean “‹closest›”?)."
        );
    }

    #[test]
    fn finds_rules_by_code_or_name() {
        assert_eq!(find("att0232").map(|e| e.rule.name), Some("items-zero"));
        assert_eq!(find("unknown-field").map(|e| e.rule.code), Some("ATT0101"));
        assert!(find("ATT9999").is_none());
    }
}
