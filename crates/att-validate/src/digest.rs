//! What the checks of several reports need of one report, taken from it once so that the
//! report itself need not be kept while the others are read (`checks.md` §C, "Scale"): its
//! State and year, a fingerprint of the whole document, and for each direction its status,
//! basis, the fingerprints of its entries and its flows, each with its place.
//!
//! A **flow** is what one report says moved between two States in one year in one main
//! category: the entries of one direction grouped by partner and main category (`VIII.SA.2`,
//! `VIII.LW.1` and `VIII` are all main category VIII), their numbers of items summed. Only
//! entries whose partner resolves to a State, other than the reporting State, and whose
//! category is one of the Register's (not `national`) make flows.

use crate::context::PartyState;
use att_schema::codes::State;
use att_schema::{
    Basis, Category, DirectionKind, Entry, EntryBasis, Lenient, Location, Party, ReadReport,
    Report, SourceMap, Status, Written,
};
use std::hash::{DefaultHasher, Hash, Hasher};

/// A place in a report: a JSON pointer into its canonical document and, when the reader mapped
/// it, where that is in the user's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// RFC 6901 pointer into the report's canonical document.
    pub pointer: String,
    /// Where the pointer is in the user's file.
    pub location: Option<Location>,
}

impl Place {
    /// The place of `pointer`, located at its nearest mapped ancestor.
    fn of(pointer: impl Into<String>, source_map: Option<&SourceMap>) -> Place {
        let pointer = pointer.into();
        let location = source_map.and_then(|map| map.locate(&pointer));
        Place { pointer, location }
    }

    /// The first of `pointers` that the source map places exactly; else the first, located at
    /// its nearest mapped ancestor.
    fn first_mapped(pointers: &[String], source_map: Option<&SourceMap>) -> Place {
        if let Some(map) = source_map {
            for pointer in pointers {
                if let Some(location) = map.get(pointer) {
                    return Place {
                        pointer: pointer.clone(),
                        location: Some(location),
                    };
                }
            }
        }
        Place::of(pointers.first().cloned().unwrap_or_default(), source_map)
    }
}

/// Whether a direction takes part in the comparison with a partner's report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Standing {
    /// The direction is reported: it has entries, or its status is `reported`.
    Reported,
    /// A nil report: the State declares no transfers in this direction.
    Nil,
    /// The report says nothing usable about the direction (`not_reported`, absent, or a status
    /// that could not be read, without entries).
    NotReported,
}

impl Standing {
    /// Whether a partner's flow missing from this direction is a finding: the direction is
    /// reported or nil.
    pub fn is_stated(self) -> bool {
        matches!(self, Standing::Reported | Standing::Nil)
    }
}

/// One flow of a report: the entries of one direction with one partner State in one main
/// category.
#[derive(Debug, Clone, PartialEq)]
pub struct Flow {
    /// The partner State: the importer of an export, the exporter of an import.
    pub partner: &'static State,
    /// The main category (`I` … `VIII`).
    pub category: Category,
    /// The sum of the entries' numbers of items; `None` when no entry gives one (all withheld
    /// or absent).
    pub items: Option<u64>,
    /// The basis of every entry of the flow (the entry's, else the direction's), when they
    /// all have the same one.
    pub basis: Option<EntryBasis>,
    /// How many entries the flow sums.
    pub entries: usize,
    /// Whether an entry of the flow withholds its number of items.
    pub items_withheld: bool,
    /// The flow's first entry.
    pub place: Place,
}

/// What one direction of a report says, for the comparison with other reports.
#[derive(Debug, Clone, PartialEq)]
pub struct DirectionDigest {
    /// Exports or imports.
    pub kind: DirectionKind,
    /// Whether it is reported, nil or not reported.
    pub standing: Standing,
    /// The basis stated for the direction, when it is one of the allowed values.
    pub basis: Option<Basis>,
    /// The place of the direction's basis.
    pub basis_place: Place,
    /// The place of the direction: its status, else its first entry.
    pub place: Place,
    /// How many entries it has.
    pub entries: usize,
    /// A fingerprint of each entry, sorted: equal lists are the same entries, in any order.
    pub entry_prints: Vec<u64>,
    /// Its flows, in the order of their first entries.
    pub flows: Vec<Flow>,
}

impl DirectionDigest {
    /// The flow with this partner and main category.
    pub fn flow(&self, partner: &str, category: Category) -> Option<(usize, &Flow)> {
        self.flows
            .iter()
            .enumerate()
            .find(|(_, flow)| flow.partner.alpha3 == partner && flow.category == category)
    }
}

/// What the checks of several reports need of one report.
#[derive(Debug, Clone, PartialEq)]
pub struct Digest {
    /// The reporting State, when it resolves to one State.
    pub state: Option<&'static State>,
    /// The place of the reporting State.
    pub state_place: Place,
    /// The reporting year, when it is a whole number.
    pub year: Option<i64>,
    /// A fingerprint of the whole document: equal for identical documents.
    pub fingerprint: u64,
    /// The exports.
    pub exports: DirectionDigest,
    /// The imports.
    pub imports: DirectionDigest,
}

impl Digest {
    /// The digest of a report built in code or read from a workbook.
    pub fn of(report: &Report, source_map: Option<&SourceMap>) -> Digest {
        Digest::build(report, source_map)
    }

    /// The digest of what a reader read: for a JSON input, the values the typed report could
    /// not hold count in the fingerprint too.
    pub fn of_read(read: &ReadReport) -> Digest {
        let untyped = match &read.written {
            Written::Document { document, untyped } if !untyped.is_empty() => {
                Some((document, untyped.as_slice()))
            }
            _ => None,
        };
        let mut digest = Digest::build(&read.report, Some(&read.source_map));
        if let Some((document, untyped)) = untyped {
            let mut hasher = DefaultHasher::new();
            digest.fingerprint.hash(&mut hasher);
            for pointer in untyped {
                pointer.hash(&mut hasher);
                if let Some(value) = document.pointer(pointer) {
                    // The compact JSON of the value, as `serde_json::Value` writes it.
                    value.to_string().hash(&mut hasher);
                }
            }
            digest.fingerprint = hasher.finish();
        }
        digest
    }

    fn build(report: &Report, source_map: Option<&SourceMap>) -> Digest {
        let state = report
            .reporting_state
            .as_ref()
            .and_then(|party| PartyState::of(party).state());
        Digest {
            state,
            state_place: Place::of("/reporting_state", source_map),
            year: report.year(),
            fingerprint: json_print(report),
            exports: direction(report, DirectionKind::Exports, state, source_map),
            imports: direction(report, DirectionKind::Imports, state, source_map),
        }
    }

    /// The direction of `kind`.
    pub fn direction(&self, kind: DirectionKind) -> &DirectionDigest {
        match kind {
            DirectionKind::Exports => &self.exports,
            DirectionKind::Imports => &self.imports,
        }
    }
}

/// The other direction: imports for exports.
pub fn opposite(kind: DirectionKind) -> DirectionKind {
    match kind {
        DirectionKind::Exports => DirectionKind::Imports,
        DirectionKind::Imports => DirectionKind::Exports,
    }
}

fn direction(
    report: &Report,
    kind: DirectionKind,
    reporting: Option<&'static State>,
    source_map: Option<&SourceMap>,
) -> DirectionDigest {
    let direction = report.direction(kind);
    let field = kind.field();
    let standing = match direction.status() {
        _ if !direction.entries.is_empty() => Standing::Reported,
        Some(Status::Reported) => Standing::Reported,
        Some(Status::Nil) => Standing::Nil,
        _ => Standing::NotReported,
    };
    let basis = direction.basis();
    let mut entry_prints: Vec<u64> = direction.entries.iter().map(entry_print).collect();
    entry_prints.sort_unstable();
    let flows = match reporting {
        Some(reporting) => flows(&direction.entries, basis, reporting, field, source_map),
        None => Vec::new(),
    };
    DirectionDigest {
        kind,
        standing,
        basis,
        basis_place: Place::first_mapped(
            &[format!("/{field}/basis"), format!("/{field}")],
            source_map,
        ),
        place: Place::first_mapped(
            &[
                format!("/{field}"),
                format!("/{field}/status"),
                format!("/{field}/entries/0"),
                format!("/{field}/basis"),
            ],
            source_map,
        ),
        entries: direction.entries.len(),
        entry_prints,
        flows,
    }
}

/// The basis of one entry: its own, else the direction's when that is one of the two.
pub fn entry_basis(entry: &Entry, direction: Option<Basis>) -> Option<EntryBasis> {
    match entry.basis.as_ref() {
        Some(Lenient::Typed(basis)) => Some(*basis),
        Some(Lenient::Raw(_)) => None,
        None => match direction {
            Some(Basis::Authorized) => Some(EntryBasis::Authorized),
            Some(Basis::Actual) => Some(EntryBasis::Actual),
            _ => None,
        },
    }
}

/// The State of a party, when it resolves to one.
pub fn party_state(party: Option<&Party>) -> Option<&'static State> {
    party.and_then(|party| PartyState::of(party).state())
}

/// The main category of an entry, when it has one of the Register's categories.
pub fn main_category(entry: &Entry) -> Option<Category> {
    let category = *entry.category.as_ref()?.typed()?;
    (category != Category::National).then(|| category.top_level())
}

fn flows(
    entries: &[Entry],
    basis: Option<Basis>,
    reporting: &'static State,
    field: &str,
    source_map: Option<&SourceMap>,
) -> Vec<Flow> {
    let mut flows: Vec<Flow> = Vec::new();
    let mut flow_of: rustc_hash::FxHashMap<(&'static str, Category), usize> = Default::default();
    for (index, entry) in entries.iter().enumerate() {
        let Some(partner) = party_state(entry.partner.as_ref()) else {
            continue;
        };
        let Some(category) = main_category(entry) else {
            continue;
        };
        if partner.alpha3 == reporting.alpha3 {
            continue;
        }
        let items = entry.items.as_ref().and_then(Lenient::typed).copied();
        let withheld = entry
            .withheld
            .as_ref()
            .is_some_and(|withheld| withheld.items.is_some());
        let this_basis = entry_basis(entry, basis);
        match flow_of.get(&(partner.alpha3, category)).copied() {
            Some(position) => {
                let flow = &mut flows[position];
                flow.items = match (flow.items, items) {
                    (Some(sum), Some(more)) => Some(sum.saturating_add(more)),
                    (sum, more) => sum.or(more),
                };
                flow.entries += 1;
                flow.items_withheld |= withheld;
                if flow.basis != this_basis {
                    flow.basis = None;
                }
            }
            None => {
                flow_of.insert((partner.alpha3, category), flows.len());
                flows.push(Flow {
                    partner,
                    category,
                    items,
                    basis: this_basis,
                    entries: 1,
                    items_withheld: withheld,
                    place: Place::of(format!("/{field}/entries/{index}"), source_map),
                });
            }
        }
    }
    flows
}

/// A fingerprint of an entry, field by field, with every party that resolves to a State taken
/// as that State (a name spelled in another language is the same partner).
pub fn entry_print(entry: &Entry) -> u64 {
    let normal = |party: &Party| match PartyState::of(party).state() {
        Some(state) => Party {
            code: Some(state.alpha3.to_owned()),
            name: None,
        },
        None => party.clone(),
    };
    let intermediate_locations: Option<Vec<Party>> = entry
        .intermediate_locations
        .as_ref()
        .map(|places| places.iter().map(normal).collect());
    json_print(&(
        &entry.category,
        &entry.national_category,
        entry.partner.as_ref().map(normal),
        &entry.items,
        &entry.value,
        &entry.withheld,
        &entry.basis,
        entry.state_of_origin.as_ref().map(normal),
        intermediate_locations,
        &entry.description,
        &entry.comments,
    ))
}

/// A fingerprint of a value's JSON form, hashed as it is written rather than written out.
fn json_print(value: &impl serde::Serialize) -> u64 {
    let mut hashing = HashingWriter(DefaultHasher::new());
    // Writing into a hasher cannot fail, and every value of the model serialises.
    let _ = serde_json::to_writer(&mut hashing, value);
    hashing.0.finish()
}

/// Feeds what is written to a hasher.
struct HashingWriter(DefaultHasher);

impl std::io::Write for HashingWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.write(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Direction, Money, WithheldFigures};

    fn entry(category: Category, partner: Party, items: Option<u64>) -> Entry {
        Entry {
            category: Some(category.into()),
            partner: Some(partner),
            items: items.map(Into::into),
            value: Some(Money::new(100, "EUR")),
            ..Entry::default()
        }
    }

    fn report(entries: Vec<Entry>) -> Report {
        Report {
            reporting_state: Some(Party::state("SWE", "Sweden")),
            year: Some(2023.into()),
            exports: Direction {
                status: Some(Status::Reported.into()),
                basis: Some(Basis::Actual.into()),
                entries,
            },
            ..Report::default()
        }
    }

    #[test]
    fn entries_of_one_partner_and_main_category_make_one_flow() {
        let mut withheld = entry(Category::VIIILw1, Party::named("Norvège"), None);
        withheld.withheld = Some(WithheldFigures {
            items: Some("classified".into()),
            value: None,
        });
        withheld.basis = Some(EntryBasis::Authorized.into());
        let digest = Digest::of(
            &report(vec![
                entry(Category::VIIISa2, Party::state("NOR", "Norway"), Some(120)),
                entry(Category::II, Party::state("NOR", "Norway"), Some(4)),
                withheld,
                entry(Category::VIII, Party::state("NOR", "Norway"), Some(3)),
                entry(Category::National, Party::state("NOR", "Norway"), Some(9)),
                entry(Category::I, Party::named("various"), Some(9)),
                entry(Category::I, Party::state("SWE", "Sweden"), Some(9)),
            ]),
            None,
        );
        let flows = &digest.exports.flows;
        assert_eq!(flows.len(), 2);
        assert_eq!(flows[0].category, Category::VIII);
        assert_eq!(flows[0].items, Some(123));
        assert_eq!(flows[0].entries, 3);
        assert!(flows[0].items_withheld);
        assert_eq!(flows[0].basis, None, "actual and authorized entries");
        assert_eq!(flows[0].place.pointer, "/exports/entries/0");
        assert_eq!(flows[1].category, Category::II);
        assert_eq!(flows[1].basis, Some(EntryBasis::Actual));
        assert_eq!(digest.exports.standing, Standing::Reported);
        assert_eq!(digest.imports.standing, Standing::NotReported);
    }

    #[test]
    fn a_flow_whose_items_are_all_withheld_has_no_count() {
        let digest = Digest::of(
            &report(vec![entry(
                Category::I,
                Party::state("NOR", "Norway"),
                None,
            )]),
            None,
        );
        assert_eq!(digest.exports.flows[0].items, None);
    }

    #[test]
    fn entries_print_alike_in_any_language_and_differ_by_any_field() {
        let english = entry(Category::I, Party::state("NOR", "Norway"), Some(3));
        let french = entry(Category::I, Party::named("Norvège"), Some(3));
        assert_eq!(entry_print(&english), entry_print(&french));
        let mut commented = english.clone();
        commented.comments = Some("loan".into());
        assert_ne!(entry_print(&english), entry_print(&commented));
    }

    #[test]
    fn identical_documents_have_one_fingerprint() {
        let one = report(vec![entry(
            Category::I,
            Party::state("NOR", "Norway"),
            Some(3),
        )]);
        let mut other = one.clone();
        assert_eq!(
            Digest::of(&one, None).fingerprint,
            Digest::of(&other, None).fingerprint
        );
        other.year = Some(2022.into());
        assert_ne!(
            Digest::of(&one, None).fingerprint,
            Digest::of(&other, None).fingerprint
        );
    }
}
