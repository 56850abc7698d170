//! A corpus of synthetic reports whose partners report each other, for the checks of several
//! reports (`checks.md` §C): every State reports every year; each transfer is in the
//! exporter's exports and the importer's imports, except the planted ones — a transfer left
//! out of the importer's report (a missing flow) or reported there with a count far from the
//! exporter's (a mismatch). Near misses are planted too: counts a little apart, and the
//! importer naming another sub-category of the same main category. Reports are written as
//! workbooks, XML and JSON in turn.

use att_schema::codes::{State, StateStatus, all_states};
use att_schema::{
    Basis, Category, Date, Direction, Entry, Lang, Money, Party, Report, Status, Submission,
};
use std::collections::HashSet;

/// A finding the corpus must raise: the rule's code, the report's file name, the pointer.
pub type Expected = (&'static str, String, String);

/// The generated corpus: each report's file name and bytes, and the findings planted.
pub struct MirrorCorpus {
    /// File name and content of each report.
    pub files: Vec<(String, Vec<u8>)>,
    /// The mirror findings the corpus holds, sorted: nothing else must be found.
    pub planted: Vec<Expected>,
    /// How many entries the reports hold in all.
    pub entries: usize,
}

/// Pairs of sub-categories of one main category: the exporter writes the first, the importer
/// (in a near miss) the second.
const CATEGORIES: &[(Category, Category)] = &[
    (Category::I, Category::I),
    (Category::II, Category::II),
    (Category::III, Category::III),
    (Category::IVa, Category::IV),
    (Category::Va, Category::V),
    (Category::VI, Category::VI),
    (Category::VIIa, Category::VIIb),
    (Category::VIIISa2, Category::VIIILw1),
];

/// What becomes of one transfer in the importer's report.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fate {
    Mirrored,
    Missing,
    Mismatched,
    NearMiss,
}

struct Transfer {
    exporter: usize,
    importer: usize,
    year: i64,
    category: usize,
    items: u64,
    fate: Fate,
}

/// `states` States each reporting `years` years from 2015 (`states × years` reports).
pub fn generate(states: usize, years: usize, seed: u64) -> Result<MirrorCorpus, String> {
    let mut rng = fastrand::Rng::with_seed(seed);
    let all: Vec<&'static State> = all_states()
        .iter()
        .filter(|state| state.status == StateStatus::Member)
        .collect();
    let states: Vec<&'static State> = all.into_iter().take(states.max(2)).collect();
    let mut transfers = Vec::new();
    for year in 0..years {
        let year = 2015 + i64::try_from(year).map_err(|e| e.to_string())?;
        let mut keys = HashSet::new();
        for exporter in 0..states.len() {
            for _ in 0..rng.usize(3..=8) {
                let importer = rng.usize(..states.len());
                let category = rng.usize(..CATEGORIES.len());
                if importer == exporter || !keys.insert((exporter, importer, category)) {
                    continue;
                }
                let fate = match rng.u8(..100) {
                    0..4 => Fate::Missing,
                    4..8 => Fate::Mismatched,
                    8..16 => Fate::NearMiss,
                    _ => Fate::Mirrored,
                };
                transfers.push(Transfer {
                    exporter,
                    importer,
                    year,
                    category,
                    items: rng.u64(1..=200),
                    fate,
                });
            }
        }
    }
    let mut files = Vec::new();
    let mut planted = Vec::new();
    let mut index = 0;
    let mut entries = 0;
    for year in 0..years {
        let year = 2015 + i64::try_from(year).map_err(|e| e.to_string())?;
        for (state_index, state) in states.iter().enumerate() {
            let name = format!(
                "{}-{year}.{}",
                state.alpha3,
                ["xlsx", "xml", "json"][index % 3]
            );
            let mut exports = Vec::new();
            let mut imports = Vec::new();
            for transfer in transfers.iter().filter(|t| t.year == year) {
                let (exported, imported) = CATEGORIES[transfer.category];
                if transfer.exporter == state_index {
                    let pointer = format!("/exports/entries/{}", exports.len());
                    exports.push(entry(exported, states[transfer.importer], transfer.items));
                    match transfer.fate {
                        Fate::Missing => planted.push(("ATT0300", name.clone(), pointer)),
                        Fate::Mismatched => planted.push(("ATT0301", name.clone(), pointer)),
                        _ => {}
                    }
                }
                if transfer.importer == state_index {
                    let pointer = format!("/imports/entries/{}", imports.len());
                    let exporter = states[transfer.exporter];
                    match transfer.fate {
                        Fate::Mirrored => imports.push(entry(exported, exporter, transfer.items)),
                        Fate::NearMiss => {
                            let items = transfer.items + transfer.items / 10;
                            imports.push(entry(imported, exporter, items));
                        }
                        Fate::Mismatched => {
                            planted.push(("ATT0301", name.clone(), pointer));
                            imports.push(entry(exported, exporter, transfer.items * 2 + 5));
                        }
                        Fate::Missing => {}
                    }
                }
            }
            entries += exports.len() + imports.len();
            let report = Report {
                reporting_state: Some(Party::state(state.alpha3, state.short_name(Lang::En))),
                year: Some(year.into()),
                submission: Some(Submission {
                    date: Date::new(i32::try_from(year + 1).unwrap_or(2026), 5, 20).map(Into::into),
                    public: Some(true.into()),
                    language: Some("en".to_owned()),
                    template: Some("att-2017".to_owned()),
                    ..Submission::default()
                }),
                exports: direction(exports),
                imports: direction(imports),
                ..Report::default()
            };
            let bytes = match index % 3 {
                0 => crate::workbook::write(&report, Lang::En).map_err(|e| e.to_string())?,
                1 => att_xml::write(&report)
                    .map(String::into_bytes)
                    .map_err(|e| e.to_string())?,
                _ => serde_json::to_vec_pretty(&report).map_err(|e| e.to_string())?,
            };
            files.push((name, bytes));
            index += 1;
        }
    }
    planted.sort();
    Ok(MirrorCorpus {
        files,
        planted,
        entries,
    })
}

fn entry(category: Category, partner: &'static State, items: u64) -> Entry {
    Entry {
        category: Some(category.into()),
        partner: Some(Party::state(partner.alpha3, partner.short_name(Lang::En))),
        items: Some(items.into()),
        value: Some(Money::new(items * 25_000, "EUR")),
        description: Some(format!("{} equipment", category.name(Lang::En))),
        ..Entry::default()
    }
}

fn direction(entries: Vec<Entry>) -> Direction {
    if entries.is_empty() {
        return Direction {
            status: Some(Status::Nil.into()),
            ..Direction::default()
        };
    }
    Direction {
        status: Some(Status::Reported.into()),
        basis: Some(Basis::Actual.into()),
        entries,
    }
}

/// The mirror findings (`ATT0300`, `ATT0301`) that the checks of several reports raise on the
/// corpus, read and validated as `att validate` does, sorted like [`MirrorCorpus::planted`].
#[cfg(test)]
fn found(corpus: &MirrorCorpus) -> Result<Vec<Expected>, String> {
    use rayon::prelude::*;
    let limits = att_core::Limits::default();
    let digests: Vec<att_validate::Digest> = corpus
        .files
        .par_iter()
        .map(|(name, bytes)| {
            att_core::load(bytes, &limits)
                .map(|loaded| att_validate::Digest::of_read(&loaded))
                .map_err(|e| format!("{name}: {e}"))
        })
        .collect::<Result<_, _>>()?;
    let members: Vec<att_validate::CorpusMember<'_>> = corpus
        .files
        .iter()
        .zip(&digests)
        .map(|((name, _), digest)| att_validate::CorpusMember { path: name, digest })
        .collect();
    let findings = att_validate::Validator::new().validate_corpus(&members);
    let mut found = Vec::new();
    for ((name, _), list) in corpus.files.iter().zip(findings) {
        for diagnostic in list {
            let code = diagnostic.rule.code;
            if code == "ATT0300" || code == "ATT0301" {
                found.push((code, name.clone(), diagnostic.pointer.unwrap_or_default()));
            }
        }
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_planted_mirror_finding_is_found_and_nothing_else() {
        let corpus = generate(14, 4, 7).expect("a corpus");
        assert_eq!(corpus.files.len(), 56);
        let missing = corpus.planted.iter().filter(|p| p.0 == "ATT0300").count();
        let mismatched = corpus.planted.iter().filter(|p| p.0 == "ATT0301").count();
        assert!(
            missing >= 3 && mismatched >= 6,
            "{missing} missing, {mismatched} mismatched"
        );
        let found = found(&corpus).expect("readable");
        assert_eq!(found, corpus.planted);
    }
}
