//! The rules about one report, each family in its own module with its checks, and the rules
//! about several reports.
//!
//! A family module holds its rules (`static` [`Rule`]s), their documentation (`DOCS`) and, where
//! the schema stage does not raise them all, a `check` function. Rules that the JSON Schema
//! can express (a field missing, a value of the wrong kind) are raised by the schema stage; the
//! checks here never report a place that the schema stage or the reader already reported.

pub mod basis;
pub mod category;
pub mod corpus;
pub mod description;
pub mod directions;
pub mod duplicates;
pub mod partner;
pub mod quantity;
pub mod reporting_state;
pub mod structure;
pub mod submission;
pub mod value;
pub mod year;

mod party;

use crate::context::ReportContext;
use crate::rule_doc::RuleDoc;
use att_schema::{Diagnostic, Rule};

/// A check of one report: reads the context, adds its findings.
#[derive(Debug, Clone, Copy)]
pub struct ReportCheck {
    /// The family's name, for tracing and tests.
    pub family: &'static str,
    /// The check.
    pub run: fn(&ReportContext<'_>, &mut Vec<Diagnostic>),
}

/// Every check of one report, in the order they run.
pub static REPORT_CHECKS: &[ReportCheck] = &[
    ReportCheck {
        family: "reporting_state",
        run: reporting_state::check,
    },
    ReportCheck {
        family: "year",
        run: year::check,
    },
    ReportCheck {
        family: "directions",
        run: directions::check,
    },
    ReportCheck {
        family: "basis",
        run: basis::check,
    },
    ReportCheck {
        family: "category",
        run: category::check,
    },
    ReportCheck {
        family: "partner",
        run: partner::check,
    },
    ReportCheck {
        family: "quantity",
        run: quantity::check,
    },
    ReportCheck {
        family: "value",
        run: value::check,
    },
    ReportCheck {
        family: "duplicates",
        run: duplicates::check,
    },
    ReportCheck {
        family: "description",
        run: description::check,
    },
    ReportCheck {
        family: "submission",
        run: submission::check,
    },
];

/// The documentation of every rule this crate raises, in code order.
pub fn docs() -> Vec<&'static RuleDoc> {
    let families: [&'static [RuleDoc]; 13] = [
        structure::DOCS,
        reporting_state::DOCS,
        year::DOCS,
        directions::DOCS,
        basis::DOCS,
        category::DOCS,
        partner::DOCS,
        quantity::DOCS,
        value::DOCS,
        duplicates::DOCS,
        description::DOCS,
        submission::DOCS,
        corpus::DOCS,
    ];
    let mut docs: Vec<&'static RuleDoc> = families.into_iter().flatten().collect();
    docs.sort_by_key(|doc| doc.rule.code);
    docs
}

/// Every rule this crate raises, in code order.
pub fn all() -> Vec<&'static Rule> {
    docs().into_iter().map(|doc| doc.rule).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Lang, RuleGroup};
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique_and_in_their_ranges() {
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for rule in all() {
            assert!(codes.insert(rule.code), "{} twice", rule.code);
            assert!(names.insert(rule.name), "{} twice", rule.name);
            let number: u32 = rule.code[3..].parse().expect("ATT and four digits");
            let range = match rule.group {
                RuleGroup::Reading => 100..200,
                RuleGroup::Report if number < 100 => 1..100,
                RuleGroup::Report => 200..300,
                RuleGroup::Corpus => 300..400,
            };
            assert!(range.contains(&number), "{} out of its range", rule.code);
            assert!(
                rule.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{} is not kebab-case",
                rule.name
            );
        }
    }

    #[test]
    fn every_rule_has_text_and_an_example_in_three_languages() {
        for doc in docs() {
            let rule = doc.rule;
            assert!(!doc.implements.is_empty(), "{}", rule.code);
            assert!(!doc.details.trim().is_empty(), "{}", rule.code);
            let example = (doc
                .example
                .expect("every rule of att-validate has an example"))();
            assert_eq!(
                example.rule, rule,
                "{} example is of another rule",
                rule.code
            );
            for lang in Lang::ALL {
                assert!(!rule.summary.get(lang).is_empty(), "{}", rule.code);
                let message = example.message(lang);
                assert!(
                    !message.contains('{') && !message.contains('}'),
                    "{} example leaves a placeholder in {lang}: {message}",
                    rule.code
                );
            }
        }
    }

    #[test]
    fn every_check_family_runs_once() {
        let mut families = HashSet::new();
        for check in REPORT_CHECKS {
            assert!(families.insert(check.family), "{} twice", check.family);
        }
    }
}
