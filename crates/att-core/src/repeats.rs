//! One root cause, one diagnostic: a finding repeated word for word down a column (the same
//! rule, severity and message at three or more cells in a row of one column: a missing
//! currency under a heading that gives none, the same unread placeholder down 500 prepared
//! rows) is reported once with the range it covers, and findings word for word at one place
//! (several entries whose missing currency is placed at the same heading) once with how many.
//! Findings that differ in any word, or stand apart, are left as they are: each planted defect
//! keeps its own cell.

use att_schema::{Diagnostic, Lang, Location, Repeated};
use std::collections::HashMap;

/// Fewest findings in consecutive rows of a column that are reported as one range.
const MIN_RUN: usize = 3;

/// Groups repeated findings of `diagnostics` (in the order of their places) into one each,
/// keeping that order.
pub fn group_repeats(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    // Findings of one rule, severity and message, on one sheet and column: their indexes.
    let mut groups: HashMap<(&'static str, u8, String, String, u32), Vec<usize>> = HashMap::new();
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        if diagnostic.repeated.is_some() {
            continue;
        }
        if let Some(Location::Cell { sheet, column, .. }) = &diagnostic.location {
            let key = (
                diagnostic.rule.code,
                diagnostic.severity as u8,
                diagnostic.message(Lang::En),
                sheet.to_string(),
                *column,
            );
            groups.entry(key).or_default().push(index);
        }
    }
    // The first finding of each run stands for the run; the others go.
    let mut stands_for: HashMap<usize, (usize, Location)> = HashMap::new();
    let mut absorbed = vec![false; diagnostics.len()];
    for indexes in groups.values() {
        if indexes.len() < 2 {
            continue;
        }
        let row_of = |index: usize| match &diagnostics[index].location {
            Some(Location::Cell { row, .. }) => *row,
            _ => 0,
        };
        let mut run: Vec<usize> = Vec::new();
        let mut flush = |run: &mut Vec<usize>| {
            let rows: Vec<u32> = run.iter().map(|&i| row_of(i)).collect();
            let distinct = rows.windows(2).filter(|w| w[0] != w[1]).count() + 1;
            let same_place = distinct == 1;
            if run.len() >= 2 && (same_place || distinct >= MIN_RUN) {
                let first = run[0];
                let last = run[run.len() - 1];
                let until = diagnostics[last].location.clone().unwrap_or_else(|| {
                    diagnostics[first]
                        .location
                        .clone()
                        .unwrap_or(Location::text(0, 0))
                });
                stands_for.insert(first, (run.len(), until));
                for &other in &run[1..] {
                    absorbed[other] = true;
                }
            }
            run.clear();
        };
        for &index in indexes {
            if let Some(&previous) = run.last()
                && row_of(index) > row_of(previous) + 1
            {
                flush(&mut run);
            }
            run.push(index);
        }
        flush(&mut run);
    }
    diagnostics
        .into_iter()
        .enumerate()
        .filter(|(index, _)| !absorbed[*index])
        .map(|(index, mut diagnostic)| {
            if let Some((count, until)) = stands_for.remove(&index) {
                let until = (Some(&until) != diagnostic.location.as_ref()).then_some(until);
                diagnostic.repeated = Some(Repeated { count, until });
            }
            diagnostic
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Rule, RuleGroup, Severity, Text};

    static MISSING: Rule = Rule {
        code: "ATT9998",
        name: "test-missing",
        severity: Severity::Error,
        group: RuleGroup::Report,
        summary: Text {
            en: "s",
            fr: "s",
            es: "s",
        },
        message: Text {
            en: "Missing {what}.",
            fr: "Manque {what}.",
            es: "Falta {what}.",
        },
        implements: &[],
        details: "",
        example: None,
    };

    fn at(row: u32, column: u32, what: &str) -> Diagnostic {
        Diagnostic::new(&MISSING)
            .arg("what", what.to_owned())
            .located(Location::cell("Exports", row, column))
    }

    #[test]
    fn reports_a_finding_repeated_down_a_column_once_with_its_range() {
        let diagnostics: Vec<Diagnostic> = (5..505).map(|row| at(row, 9, "a code")).collect();
        let grouped = group_repeats(diagnostics);
        assert_eq!(grouped.len(), 1);
        assert_eq!(
            grouped[0].repeated,
            Some(Repeated {
                count: 500,
                until: Some(Location::cell("Exports", 504, 9))
            })
        );
        assert_eq!(grouped[0].location, Some(Location::cell("Exports", 5, 9)));
    }

    #[test]
    fn keeps_findings_that_stand_apart_or_differ_and_merges_those_at_one_place() {
        let grouped = group_repeats(vec![
            at(4, 1, "the partner"),
            at(9, 1, "the partner"),
            at(10, 2, "the value"),
            at(11, 2, "the currency"),
            at(2, 6, "a currency"),
            at(2, 6, "a currency"),
            at(2, 6, "a currency"),
        ]);
        assert_eq!(grouped.len(), 5, "{grouped:#?}");
        assert_eq!(
            grouped[0].repeated, None,
            "two findings far apart keep their cells"
        );
        assert_eq!(
            grouped[4].repeated,
            Some(Repeated {
                count: 3,
                until: None
            })
        );
    }
}
