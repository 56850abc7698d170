//! Mirror flows (`checks.md` §C): each flow of a corpus — exporter A → importer B, year Y, main
//! category C — held against the other side's report, as one row per pair of reports that
//! should both show it: A's exports and B's imports.
//!
//! The rows are what the mirror rules report ([`crate::rules::mirror`]) and what `att mirror`
//! prints, so that both say the same thing:
//!
//! - both sides have the flow: **matched**, or a **mismatch** when both give a number of items
//!   and they differ by more than 25 % of the larger and by at least 5 items;
//! - one side has it and the other side's report for Y states the opposite direction (reported
//!   or nil) without it: **missing** on that side;
//! - the other side's report for Y is not in the corpus, or does not report the opposite
//!   direction: **not compared**.
//!
//! A missing flow or a mismatch may have an **explanation**: the other side (for a mismatch,
//! the side with fewer items) reports the flow in its report for Y−1 or Y+1, or under another
//! main category in its report for Y, where it is not already matched by the first side's
//! report for that year or category, with a number of items that fits.

use crate::digest::{Flow, opposite};
use crate::rules::corpus::Corpus;
use att_schema::codes::State;
use att_schema::{Category, DirectionKind, EntryBasis};
use std::collections::HashMap;

/// Whether two numbers of items of one flow disagree: they differ by more than 25 % of the
/// larger and by at least 5 items.
pub fn counts_differ(one: u64, other: u64) -> bool {
    let difference = one.abs_diff(other);
    let larger = one.max(other);
    difference >= 5 && u128::from(difference) * 4 > u128::from(larger)
}

/// One side of a mirror row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The report `member` has the flow: its flow `flow` of the direction.
    Flow {
        /// The report, by its index in the corpus.
        member: usize,
        /// The flow, by its index in the direction's flows.
        flow: usize,
    },
    /// The report `member` states the direction (reported or nil) without the flow.
    Without {
        /// The report, by its index in the corpus.
        member: usize,
    },
    /// The report `member` does not report the direction.
    NotReported {
        /// The report, by its index in the corpus.
        member: usize,
    },
    /// No report of the State for the year is in the corpus.
    Absent,
}

impl Side {
    /// The report of this side, when there is one.
    pub fn member(self) -> Option<usize> {
        match self {
            Side::Flow { member, .. } | Side::Without { member } | Side::NotReported { member } => {
                Some(member)
            }
            Side::Absent => None,
        }
    }
}

/// What the two sides of a row say together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Both sides have the flow, and their numbers of items agree or cannot be compared.
    Matched,
    /// Both sides have the flow, with numbers of items that disagree.
    Mismatch {
        /// How many items apart they are.
        difference: u64,
        /// Whether one side's figures are authorizations and the other's actual transfers.
        bases_differ: bool,
    },
    /// One side has the flow; the other side's report states the direction without it.
    Missing,
    /// One side has the flow; the other side's report is not in the corpus, or does not report
    /// the direction.
    NotCompared,
}

/// Why an explanation may account for a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The other side reports the flow for another year (Y−1 or Y+1).
    OtherYear,
    /// The other side reports the flow under another main category.
    OtherCategory,
}

/// A flow of the other side that may explain a missing flow or a mismatch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explanation {
    /// The report that has it.
    pub member: usize,
    /// Its direction in that report.
    pub direction: DirectionKind,
    /// The flow, by its index in the direction's flows.
    pub flow: usize,
    /// Its year.
    pub year: i64,
    /// Its main category.
    pub category: Category,
    /// Which of the two it is.
    pub cause: Cause,
}

/// One flow held against the other side's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MirrorRow {
    /// The exporter.
    pub exporter: &'static State,
    /// The importer.
    pub importer: &'static State,
    /// The year.
    pub year: i64,
    /// The main category.
    pub category: Category,
    /// The exporter's report: its exports.
    pub exporter_side: Side,
    /// The importer's report: its imports.
    pub importer_side: Side,
    /// What they say together.
    pub verdict: Verdict,
    /// What may explain a missing flow or a mismatch.
    pub explanation: Option<Explanation>,
}

impl MirrorRow {
    /// The side of `kind`: the exporter's for exports, the importer's for imports.
    pub fn side(&self, kind: DirectionKind) -> Side {
        match kind {
            DirectionKind::Exports => self.exporter_side,
            DirectionKind::Imports => self.importer_side,
        }
    }

    /// The State of the side of `kind`.
    pub fn state(&self, kind: DirectionKind) -> &'static State {
        match kind {
            DirectionKind::Exports => self.exporter,
            DirectionKind::Imports => self.importer,
        }
    }
}

impl Corpus<'_> {
    /// The flow of a side, when it has one.
    pub fn flow_of(&self, side: Side, kind: DirectionKind) -> Option<&Flow> {
        match side {
            Side::Flow { member, flow } => self.digest(member).direction(kind).flows.get(flow),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key {
    year: i64,
    exporter: &'static str,
    importer: &'static str,
    category: Category,
}

#[derive(Debug, Default)]
struct Sides {
    exporter: Option<&'static State>,
    importer: Option<&'static State>,
    /// `(member, flow)` of the exporter's reports that have the flow.
    exports: Vec<(usize, usize)>,
    /// `(member, flow)` of the importer's reports that have the flow.
    imports: Vec<(usize, usize)>,
}

/// Every flow of the corpus against the other side's report: one row per pair of reports
/// (the exporter's for the year, the importer's for the year) in which one has the flow, or
/// one row with an absent side when the other State has no report for the year. Sorted by
/// year, exporter, importer and main category.
pub fn rows(corpus: &Corpus<'_>) -> Vec<MirrorRow> {
    let mut keys: HashMap<Key, Sides> = HashMap::new();
    for (member_index, member) in corpus.members.iter().enumerate() {
        let (Some(state), Some(year)) = (member.digest.state, member.digest.year) else {
            continue;
        };
        for kind in DirectionKind::ALL {
            for (flow_index, flow) in member.digest.direction(kind).flows.iter().enumerate() {
                let (exporter, importer) = match kind {
                    DirectionKind::Exports => (state, flow.partner),
                    DirectionKind::Imports => (flow.partner, state),
                };
                let sides = keys
                    .entry(Key {
                        year,
                        exporter: exporter.alpha3,
                        importer: importer.alpha3,
                        category: flow.category,
                    })
                    .or_default();
                sides.exporter = Some(exporter);
                sides.importer = Some(importer);
                match kind {
                    DirectionKind::Exports => sides.exports.push((member_index, flow_index)),
                    DirectionKind::Imports => sides.imports.push((member_index, flow_index)),
                }
            }
        }
    }
    let mut keys: Vec<(Key, Sides)> = keys.into_iter().collect();
    keys.sort_by_key(|(key, _)| *key);
    let mut rows = Vec::new();
    for (key, sides) in keys {
        let (Some(exporter), Some(importer)) = (sides.exporter, sides.importer) else {
            continue;
        };
        let template = MirrorRow {
            exporter,
            importer,
            year: key.year,
            category: key.category,
            exporter_side: Side::Absent,
            importer_side: Side::Absent,
            verdict: Verdict::NotCompared,
            explanation: None,
        };
        let exporters = corpus.reports_of(exporter, key.year);
        let importers = corpus.reports_of(importer, key.year);
        let with_flow = |flows: &[(usize, usize)], member: usize| {
            flows
                .iter()
                .find(|(m, _)| *m == member)
                .map(|&(member, flow)| Side::Flow { member, flow })
        };
        let without = |member: usize, kind: DirectionKind| {
            if corpus.digest(member).direction(kind).standing.is_stated() {
                Side::Without { member }
            } else {
                Side::NotReported { member }
            }
        };
        for &(member, flow) in &sides.exports {
            let this = Side::Flow { member, flow };
            if importers.is_empty() {
                rows.push(MirrorRow {
                    exporter_side: this,
                    ..template
                });
            }
            for &other in importers {
                let other_side = with_flow(&sides.imports, other)
                    .unwrap_or_else(|| without(other, DirectionKind::Imports));
                rows.push(MirrorRow {
                    exporter_side: this,
                    importer_side: other_side,
                    ..template
                });
            }
        }
        for &(member, flow) in &sides.imports {
            let this = Side::Flow { member, flow };
            if exporters.is_empty() {
                rows.push(MirrorRow {
                    importer_side: this,
                    ..template
                });
            }
            for &other in exporters {
                if with_flow(&sides.exports, other).is_none() {
                    rows.push(MirrorRow {
                        exporter_side: without(other, DirectionKind::Exports),
                        importer_side: this,
                        ..template
                    });
                }
            }
        }
    }
    for row in &mut rows {
        row.verdict = verdict(corpus, row);
        row.explanation = match row.verdict {
            Verdict::Missing | Verdict::Mismatch { .. } => explain(corpus, row),
            _ => None,
        };
    }
    rows
}

fn verdict(corpus: &Corpus<'_>, row: &MirrorRow) -> Verdict {
    let exported = corpus.flow_of(row.exporter_side, DirectionKind::Exports);
    let imported = corpus.flow_of(row.importer_side, DirectionKind::Imports);
    match (exported, imported) {
        (Some(exported), Some(imported)) => match (exported.items, imported.items) {
            (Some(one), Some(other)) if counts_differ(one, other) => Verdict::Mismatch {
                difference: one.abs_diff(other),
                bases_differ: matches!(
                    (exported.basis, imported.basis),
                    (Some(EntryBasis::Authorized), Some(EntryBasis::Actual))
                        | (Some(EntryBasis::Actual), Some(EntryBasis::Authorized))
                ),
            },
            _ => Verdict::Matched,
        },
        _ if matches!(row.exporter_side, Side::Without { .. })
            || matches!(row.importer_side, Side::Without { .. }) =>
        {
            Verdict::Missing
        }
        _ => Verdict::NotCompared,
    }
}

/// Where an explanation is looked for: the flows of `state`'s reports in direction `kind` with
/// `partner`, that `partner`'s reports for their year do not already match.
struct Search<'c, 'a> {
    corpus: &'c Corpus<'a>,
    state: &'static State,
    kind: DirectionKind,
    partner: &'static State,
}

impl Search<'_, '_> {
    /// Whether `partner`'s reports for `year` have the flow of `category` in the opposite
    /// direction (so that `state`'s flow is already matched).
    fn matched_by_partner(&self, year: i64, category: Category) -> bool {
        self.corpus
            .reports_of(self.partner, year)
            .iter()
            .any(|&member| {
                self.corpus
                    .digest(member)
                    .direction(opposite(self.kind))
                    .flow(self.state.alpha3, category)
                    .is_some()
            })
    }

    fn in_year(&self, year: i64, category: Category, fit: Fit) -> Option<Explanation> {
        if self.matched_by_partner(year, category) {
            return None;
        }
        self.corpus
            .reports_of(self.state, year)
            .iter()
            .find_map(|&member| {
                let (flow, found) = self
                    .corpus
                    .digest(member)
                    .direction(self.kind)
                    .flow(self.partner.alpha3, category)?;
                fit.fits(found.items).then_some(Explanation {
                    member,
                    direction: self.kind,
                    flow,
                    year,
                    category,
                    cause: Cause::OtherYear,
                })
            })
    }

    fn in_other_category(
        &self,
        member: usize,
        year: i64,
        category: Category,
        fit: Fit,
    ) -> Option<Explanation> {
        let direction = self.corpus.digest(member).direction(self.kind);
        direction
            .flows
            .iter()
            .enumerate()
            .find_map(|(flow, found)| {
                let candidate = found.partner.alpha3 == self.partner.alpha3
                    && found.category != category
                    && fit.fits(found.items)
                    && !self.matched_by_partner(year, found.category);
                candidate.then_some(Explanation {
                    member,
                    direction: self.kind,
                    flow,
                    year,
                    category: found.category,
                    cause: Cause::OtherCategory,
                })
            })
    }
}

/// What the number of items of a flow that explains a row must be.
#[derive(Debug, Clone, Copy)]
enum Fit {
    /// A missing flow's: the flow's count, where both are known, must not disagree with it.
    Count(Option<u64>),
    /// A mismatch's: added to the smaller count, or alone, it must not disagree with the larger.
    MakesUp {
        /// The smaller side's count.
        small: u64,
        /// The larger side's count.
        large: u64,
    },
}

impl Fit {
    fn fits(self, items: Option<u64>) -> bool {
        match (self, items) {
            (Fit::Count(Some(expected)), Some(items)) => !counts_differ(expected, items),
            (Fit::Count(_), _) => true,
            (Fit::MakesUp { small, large }, Some(items)) => {
                !counts_differ(small.saturating_add(items), large) || !counts_differ(items, large)
            }
            (Fit::MakesUp { .. }, None) => false,
        }
    }
}

fn explain(corpus: &Corpus<'_>, row: &MirrorRow) -> Option<Explanation> {
    let exported = corpus.flow_of(row.exporter_side, DirectionKind::Exports);
    let imported = corpus.flow_of(row.importer_side, DirectionKind::Imports);
    // The side whose reports are searched, and what the flow it needs must carry.
    let (kind, fit) = match (exported, imported) {
        (Some(exported), Some(imported)) => {
            let (Some(exported_items), Some(imported_items)) = (exported.items, imported.items)
            else {
                return None;
            };
            let kind = if exported_items <= imported_items {
                DirectionKind::Exports
            } else {
                DirectionKind::Imports
            };
            let fit = Fit::MakesUp {
                small: exported_items.min(imported_items),
                large: exported_items.max(imported_items),
            };
            (kind, fit)
        }
        (Some(having), None) => (DirectionKind::Imports, Fit::Count(having.items)),
        (None, Some(having)) => (DirectionKind::Exports, Fit::Count(having.items)),
        (None, None) => return None,
    };
    let member = row.side(kind).member()?;
    let search = Search {
        corpus,
        state: row.state(kind),
        kind,
        partner: row.state(opposite(kind)),
    };
    [row.year - 1, row.year + 1]
        .into_iter()
        .find_map(|year| search.in_year(year, row.category, fit))
        .or_else(|| search.in_other_category(member, row.year, row.category, fit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_differ_by_more_than_a_quarter_and_at_least_five() {
        assert!(counts_differ(100, 74));
        assert!(!counts_differ(100, 76), "24 %");
        assert!(!counts_differ(100, 75), "exactly 25 %");
        assert!(!counts_differ(10, 6), "4 items");
        assert!(counts_differ(10, 5), "5 items, 50 %");
        assert!(!counts_differ(0, 4));
        assert!(counts_differ(0, 5));
        assert!(!counts_differ(u64::MAX, u64::MAX - 1));
    }
}
