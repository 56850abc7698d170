//! Severity configuration: a deployment raises, lowers or turns off rules by code or name.
//!
//! The configuration is TOML (`att.toml`):
//!
//! ```toml
//! [rules]
//! ATT0232 = "off"              # by code
//! category-parent = "error"    # or by name
//! ```
//!
//! Settings are `error`, `warning` (or `warn`), `info` (or `note`) and `off`. An unknown code or
//! name, a setting that is none of these, a rule set twice or an unknown section is an error
//! that names the line.
//!
//! ```
//! use att_validate::config::{Config, Setting};
//! let rules = att_validate::all_rules();
//! let config = Config::parse("[rules]\nitems-zero = \"off\"\n", "att.toml", &rules)?;
//! assert_eq!(config.setting("ATT0232"), Some(Setting::Off));
//! let error = Config::parse("[rules]\nATT9999 = \"off\"\n", "att.toml", &rules).unwrap_err();
//! assert_eq!(error.to_string(), "att.toml:2:1: no rule has the code or name “ATT9999”");
//! # Ok::<(), att_validate::config::ConfigError>(())
//! ```

mod messages;

use att_schema::{Diagnostic, Rule, Severity};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// What a deployment sets for one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Setting {
    /// The rule is not reported.
    Off,
    /// The rule is reported with this severity.
    Severity(Severity),
}

impl Setting {
    /// Parses `error`, `warning`/`warn`, `info`/`note` or `off`, ignoring case.
    pub fn from_name(name: &str) -> Option<Setting> {
        if name.eq_ignore_ascii_case("off") {
            return Some(Setting::Off);
        }
        Severity::from_name(name).map(Setting::Severity)
    }

    /// The name written in configuration and output: `error`, `warning`, `info` or `off`.
    pub fn as_str(self) -> &'static str {
        match self {
            Setting::Off => "off",
            Setting::Severity(severity) => severity.as_str(),
        }
    }
}

impl fmt::Display for Setting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The severity settings of a deployment, by rule code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    settings: BTreeMap<&'static str, Setting>,
}

/// Why a configuration could not be used; it names the file, line and column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    /// The file the configuration came from, as given.
    pub origin: String,
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1, in characters.
    pub column: usize,
    /// What is wrong there.
    pub problem: ConfigProblem,
}

/// What is wrong in a configuration (said in English, French and Spanish in `messages`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigProblem {
    /// The text is not TOML: the TOML parser's error.
    Syntax(#[source] Box<toml::de::Error>),
    /// A section other than `[rules]` and `[limits]`.
    UnknownSection(String),
    /// `limits` is not a table.
    LimitsNotATable,
    /// A key of `[limits]` that is not a limit.
    UnknownLimit {
        /// The key as written.
        key: String,
        /// The limit nearest in spelling, when near.
        closest: Option<String>,
    },
    /// A limit that is not a positive whole number.
    BadLimit {
        /// The key as written.
        key: String,
        /// The value as written.
        found: String,
    },
    /// `rules` is not a table.
    RulesNotATable,
    /// A key that is neither a rule's code nor its name.
    UnknownRule {
        /// The key as written.
        key: String,
        /// The code or name nearest in spelling, when near.
        closest: Option<String>,
    },
    /// A value that is not a setting.
    BadSetting {
        /// The key as written.
        key: String,
        /// The value as written.
        found: String,
    },
    /// The same rule set twice (by code and by name, say).
    SetTwice {
        /// The key as written the second time.
        key: String,
        /// The rule's code.
        code: &'static str,
        /// The line of the first setting.
        first_line: usize,
    },
}

/// The section of the configuration file that sets the pipeline's limits; it is read by
/// `att-core`, and [`Config::parse`] leaves it alone.
pub const LIMITS_SECTION: &str = "limits";

impl Config {
    /// No setting: every rule at its default severity.
    pub fn new() -> Config {
        Config::default()
    }

    /// Parses a configuration; `origin` names it in errors (a path), `rules` are the rules it
    /// may set (every rule of every crate: the rule catalogue).
    pub fn parse(text: &str, origin: &str, rules: &[&'static Rule]) -> Result<Config, ConfigError> {
        let table = parse_table(text, origin)?;
        Config::from_table(table.get_ref(), text, origin, rules)
    }

    /// Reads the `[rules]` of a configuration already parsed from `text` (so that a settings
    /// file with other sections is parsed once); `origin` names it in errors. Sections other
    /// than `[rules]` and `[limits]` are refused.
    pub fn from_table(
        table: &DeTable<'_>,
        text: &str,
        origin: &str,
        rules: &[&'static Rule],
    ) -> Result<Config, ConfigError> {
        let error =
            |span: Range<usize>, problem: ConfigProblem| at(text, origin, span.start, problem);
        let mut entries: Vec<(&Spanned<_>, &Spanned<DeValue<'_>>)> = table.iter().collect();
        entries.sort_by_key(|(key, _)| key.span().start);
        let mut config = Config::new();
        let mut first_lines: BTreeMap<&'static str, usize> = BTreeMap::new();
        for (section, value) in entries {
            if section.get_ref().as_ref() == LIMITS_SECTION {
                continue;
            }
            if section.get_ref().as_ref() != "rules" {
                return Err(error(
                    section.span(),
                    ConfigProblem::UnknownSection(section.get_ref().to_string()),
                ));
            }
            let DeValue::Table(settings) = value.get_ref() else {
                return Err(error(value.span(), ConfigProblem::RulesNotATable));
            };
            let mut settings: Vec<_> = settings.iter().collect();
            settings.sort_by_key(|(key, _)| key.span().start);
            for (key, value) in settings {
                let name = key.get_ref().as_ref();
                let Some(rule) = find_rule(rules, name) else {
                    return Err(error(
                        key.span(),
                        ConfigProblem::UnknownRule {
                            key: name.to_owned(),
                            closest: closest_rule(rules, name),
                        },
                    ));
                };
                let setting = match value.get_ref() {
                    DeValue::String(text) => Setting::from_name(text),
                    _ => None,
                };
                let Some(setting) = setting else {
                    return Err(error(
                        value.span(),
                        ConfigProblem::BadSetting {
                            key: name.to_owned(),
                            found: written(&text[value.span()]),
                        },
                    ));
                };
                let line = line_column(text, key.span().start).0;
                if let Some(first_line) = first_lines.insert(rule.code, line) {
                    return Err(error(
                        key.span(),
                        ConfigProblem::SetTwice {
                            key: name.to_owned(),
                            code: rule.code,
                            first_line,
                        },
                    ));
                }
                config.set(rule, setting);
            }
        }
        Ok(config)
    }

    /// Sets `rule` to `setting`.
    pub fn set(&mut self, rule: &'static Rule, setting: Setting) {
        self.settings.insert(rule.code, setting);
    }

    /// The setting of the rule with this code, when the configuration has one.
    pub fn setting(&self, code: &str) -> Option<Setting> {
        self.settings.get(code).copied()
    }

    /// The severity `rule` is reported with, or `None` when it is turned off.
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        match self.setting(rule.code) {
            None => Some(rule.severity),
            Some(Setting::Off) => None,
            Some(Setting::Severity(severity)) => Some(severity),
        }
    }

    /// Every setting, by code.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Setting)> + '_ {
        self.settings
            .iter()
            .map(|(code, setting)| (*code, *setting))
    }

    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.settings.is_empty()
    }

    /// Applies the settings: drops the findings of rules turned off and gives the others their
    /// configured severity. A configured severity replaces any the rule chose for one finding
    /// (such as ATT0220's warning when withheld information is declared).
    pub fn apply(&self, diagnostics: &mut Vec<Diagnostic>) {
        if self.settings.is_empty() {
            return;
        }
        diagnostics.retain_mut(|diagnostic| match self.setting(diagnostic.rule.code) {
            None => true,
            Some(Setting::Off) => false,
            Some(Setting::Severity(severity)) => {
                diagnostic.severity = severity;
                true
            }
        });
    }
}

/// The rule whose code (any case) or name is `key`.
fn find_rule(rules: &[&'static Rule], key: &str) -> Option<&'static Rule> {
    let key = key.trim();
    rules
        .iter()
        .find(|rule| rule.code.eq_ignore_ascii_case(key) || rule.name.eq_ignore_ascii_case(key))
        .copied()
}

/// The code or name nearest to `key` in spelling, when it is near.
fn closest_rule(rules: &[&'static Rule], key: &str) -> Option<String> {
    let key = key.to_ascii_lowercase();
    rules
        .iter()
        .flat_map(|rule| [rule.code, rule.name])
        .map(|candidate| {
            (
                strsim::osa_distance(&key, &candidate.to_ascii_lowercase()),
                candidate,
            )
        })
        .filter(|(distance, candidate)| *distance <= (candidate.len() / 4).max(1))
        .min()
        .map(|(_, candidate)| candidate.to_owned())
}

/// Parses the TOML of a configuration file; a syntax error names `origin`, line and column.
pub fn parse_table<'t>(text: &'t str, origin: &str) -> Result<Spanned<DeTable<'t>>, ConfigError> {
    DeTable::parse(text).map_err(|e| {
        at(
            text,
            origin,
            e.span().map_or(0, |span| span.start),
            ConfigProblem::Syntax(Box::new(e)),
        )
    })
}

/// The error `problem` at the byte `offset` of the configuration `text` read from `origin`.
pub fn at(text: &str, origin: &str, offset: usize, problem: ConfigProblem) -> ConfigError {
    let (line, column) = line_column(text, offset);
    ConfigError {
        origin: origin.to_owned(),
        line,
        column,
        problem,
    }
}

/// A TOML value as written, shortened for a message.
pub fn written(text: &str) -> String {
    crate::shorten(text.trim().trim_matches('"'))
}

/// Line and column (from 1, in characters) of the byte `offset` of `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{category, quantity};

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, "att.toml", &crate::all_rules())
    }

    #[test]
    fn sets_rules_by_code_or_name_in_any_case() {
        let config = parse(
            "# deployment settings\n[rules]\natt0232 = \"off\"\ncategory-parent = \"Error\"\nATT0214 = \"warn\"\n",
        )
        .expect("valid configuration");
        assert_eq!(config.severity(&quantity::ITEMS_ZERO), None);
        assert_eq!(
            config.severity(&category::CATEGORY_PARENT),
            Some(Severity::Error)
        );
        assert_eq!(
            config.severity(&category::NATIONAL_CATEGORY_UNDEFINED),
            Some(Severity::Warning)
        );
        assert_eq!(
            config.severity(&category::CATEGORY_MISSING),
            Some(Severity::Error)
        );
        assert!(parse("").expect("empty is fine").is_empty());
    }

    #[test]
    fn names_the_line_of_each_problem() {
        let error = |text: &str| parse(text).expect_err("invalid").to_string();
        assert_eq!(
            error("[rules]\nitems-zero = \"off\"\nitem-zero = \"off\"\n"),
            "att.toml:3:1: no rule has the code or name “item-zero” (did you mean “items-zero”?)"
        );
        assert_eq!(
            error("[rules]\nATT0232 = \"silent\"\n"),
            "att.toml:2:11: “silent” is not a setting for ATT0232; use \"error\", \"warning\", \"info\" or \"off\""
        );
        assert_eq!(
            error("[rules]\nATT0232 = 3\n"),
            "att.toml:2:11: “3” is not a setting for ATT0232; use \"error\", \"warning\", \"info\" or \"off\""
        );
        assert_eq!(
            error("[rules]\nATT0232 = \"off\"\nitems-zero = \"error\"\n"),
            "att.toml:3:1: items-zero sets ATT0232 again; it was already set on line 2"
        );
        assert_eq!(
            error("[rule]\nATT0232 = \"off\"\n"),
            "att.toml:1:2: unknown section “rule”; the configuration has only [rules] and [limits]"
        );
        assert_eq!(
            error("rules = \"strict\"\n"),
            "att.toml:1:9: “rules” must be a table: [rules] followed by lines such as ATT0232 = \"off\""
        );
        assert!(error("[rules]\nATT0232 = off\n").starts_with("att.toml:2:11: not valid TOML"));
    }

    #[test]
    fn applies_settings_to_findings() {
        let config =
            parse("[rules]\nitems-zero = \"off\"\ncategory-parent = \"error\"\n").expect("valid");
        let mut diagnostics = vec![
            Diagnostic::new(&quantity::ITEMS_ZERO),
            Diagnostic::new(&category::CATEGORY_PARENT),
            Diagnostic::new(&category::CATEGORY_MISSING),
        ];
        config.apply(&mut diagnostics);
        let kept: Vec<(&str, Severity)> =
            diagnostics.iter().map(|d| (d.code(), d.severity)).collect();
        assert_eq!(
            kept,
            [("ATT0212", Severity::Error), ("ATT0210", Severity::Error)]
        );
    }
}
