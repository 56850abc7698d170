//! The rule catalogue: every rule of every crate — the shared reading rules, each reader's own,
//! and the validator's — with what it flags, its default severity, the check of the
//! specification (`checks.md`) it implements, and an example of its message.
//!
//! `att rules` prints it, `docs/rules.md` is generated from it ([`markdown`]), and a deployment's
//! `att.toml` may set the severity of any rule it lists ([`parse_config`]).

use att_schema::spec;
use att_schema::{Lang, Rule, RuleGroup, Severity};
use att_validate::{Config, ConfigError};
use std::fmt::Write;

/// One rule of the catalogue: the rule (which documents itself) and the crate that raises it.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The rule.
    pub rule: &'static Rule,
    /// The crate that raises it (`att-validate`, `att-xlsx`…), or the readers that share it.
    pub source: &'static str,
}

impl Entry {
    /// The message of the rule's example in `lang`; without an example, the template with each
    /// argument shown as `‹name›`.
    pub fn example_message(&self, lang: Lang) -> String {
        match self.rule.example {
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

/// Every rule of every crate, in code order: the reading rules every reader shares, each
/// reader's own, and the validator's.
pub fn entries() -> Vec<Entry> {
    let of = |rules: &[&'static Rule], source: &'static str| {
        rules
            .iter()
            .map(|rule| Entry { rule, source })
            .collect::<Vec<_>>()
    };
    let mut entries = of(att_schema::rules::READING_RULES, "every reader");
    for reader in crate::READERS {
        entries.extend(of((reader.rules)(), reader.name));
    }
    entries.extend(of(&att_validate::all_rules(), "att-validate"));
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
            .filter(|entry| entry.rule.implements.contains(check))
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
    if !rule.details.is_empty() {
        let _ = writeln!(out, "{}\n", rule.details);
    }
    if !rule.implements.is_empty() {
        let checks: Vec<String> = rule.implements.iter().map(|c| c.citation()).collect();
        let _ = writeln!(out, "Implements: {}.\n", checks.join("; "));
    }
    let label = if rule.example.is_some() {
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
                entries.iter().any(|e| e.rule.implements.contains(check)),
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
                    !entry.rule.implements.is_empty(),
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
