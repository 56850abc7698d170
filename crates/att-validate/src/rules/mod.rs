//! The rules about one report, each family in its own module with its checks, and the rules
//! about several reports.
//!
//! A family module holds its rules (`static` [`Rule`]s, each with its documentation) and one
//! registration, its `FAMILY`: the rules and the check that raises them. [`FAMILIES`] lists the
//! family modules once; the checks, the rule catalogue, the names a deployment's configuration
//! may set and the rules of SARIF output all come from it. Rules that the JSON Schema can
//! express (a field missing, a value of the wrong kind) are raised by the contract check of
//! [`structure`], which runs first; the other checks never report a place that it, the schema
//! stage or the reader already reported.

pub mod basis;
pub mod basis_changed;
pub mod category;
pub mod corpus;
pub mod description;
pub mod directions;
pub mod duplicate_submission;
pub mod duplicates;
pub mod mirror;
pub mod partner;
pub mod quantity;
pub mod reporting_state;
pub mod same_as_last_year;
pub mod state_names;
pub mod structure;
pub mod submission;
pub mod value;
pub mod year;

mod party;

use crate::context::ReportContext;
use crate::contract::ContractFinding;
use att_schema::{Diagnostic, Rule};
use corpus::CorpusCheck;

/// A check of one report: reads the context, adds its findings.
pub type ReportCheck = fn(&ReportContext<'_>, &mut Vec<Diagnostic>);

/// A check of one report against the constraints of the JSON Schema: its findings are what
/// the checks after it do not report again.
pub type ContractCheck = fn(&ReportContext<'_>, &mut Vec<ContractFinding>);

/// How a family's rules are raised.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// By a check of the report against the JSON Schema's constraints, which runs first.
    Contract(ContractCheck),
    /// By a check of one report.
    Report(ReportCheck),
    /// By a check of several reports.
    Corpus(CorpusCheck),
}

/// One family of rules: the one registration of its rules and of the check that raises them.
#[derive(Debug)]
pub struct Family {
    /// The family's name, for tracing and tests.
    pub name: &'static str,
    /// Its rules.
    pub rules: &'static [&'static Rule],
    /// How its rules are raised.
    pub check: Check,
}

/// Every family, in the order their checks run.
pub static FAMILIES: &[&Family] = &[
    &structure::FAMILY,
    &reporting_state::FAMILY,
    &year::FAMILY,
    &directions::FAMILY,
    &basis::FAMILY,
    &category::FAMILY,
    &partner::FAMILY,
    &state_names::FAMILY,
    &quantity::FAMILY,
    &value::FAMILY,
    &duplicates::FAMILY,
    &description::FAMILY,
    &submission::FAMILY,
    &mirror::FAMILY,
    &duplicate_submission::FAMILY,
    &same_as_last_year::FAMILY,
    &basis_changed::FAMILY,
];

/// The checks of one report against the JSON Schema's constraints, in the order they run.
pub fn contract_checks() -> impl Iterator<Item = ContractCheck> {
    FAMILIES.iter().filter_map(|family| match family.check {
        Check::Contract(check) => Some(check),
        _ => None,
    })
}

/// The checks of one report, in the order they run.
pub fn report_checks() -> impl Iterator<Item = ReportCheck> {
    FAMILIES.iter().filter_map(|family| match family.check {
        Check::Report(check) => Some(check),
        _ => None,
    })
}

/// The checks of several reports, in the order they run.
pub fn corpus_checks() -> Vec<CorpusCheck> {
    FAMILIES
        .iter()
        .filter_map(|family| match family.check {
            Check::Corpus(check) => Some(check),
            _ => None,
        })
        .collect()
}

/// Every rule this crate raises, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = FAMILIES
        .iter()
        .flat_map(|family| family.rules.iter().copied())
        .collect();
    rules.sort_by_key(|rule| rule.code);
    rules
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
        for rule in all() {
            assert!(!rule.implements.is_empty(), "{}", rule.code);
            assert!(!rule.details.trim().is_empty(), "{}", rule.code);
            let example = (rule
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
    fn every_family_is_registered_once() {
        let mut names = HashSet::new();
        for family in FAMILIES {
            assert!(names.insert(family.name), "{} twice", family.name);
        }
    }
}
