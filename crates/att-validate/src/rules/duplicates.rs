//! Entries given twice (code `ATT0250`).

use super::{Check, Family};
use crate::context::{EntryRef, PartyState, ReportContext};
use att_schema::text::fold;
use att_schema::{
    Category, Diagnostic, DirectionKind, Entry as ReportEntry, EntryBasis, Party, Rule, RuleGroup,
    Severity, Text, spec,
};
use hashbrown::HashTable;
use hashbrown::hash_table::Entry as TableEntry;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::collections::hash_map::Entry as HashEntry;
use std::hash::BuildHasher;

/// Two entries of one table say the same thing.
pub static DUPLICATE_ENTRY: Rule = Rule {
    code: "ATT0250",
    name: "duplicate-entry",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "Two entries of one table are the same transfer: same category, partner, number of items, value, description and basis.",
        fr: "Deux lignes d’un même tableau décrivent le même transfert : même catégorie, partenaire, nombre d’articles, valeur, description et base.",
        es: "Dos filas de un mismo cuadro describen la misma transferencia: misma categoría, socio, número de artículos, valor, descripción y base.",
    },
    message: Text {
        en: "This entry repeats entry {first} of the same table{?place: (at {place})}: remove one of them, or say in the comments how the two transfers differ.",
        fr: "Cette ligne répète la ligne {first} du même tableau{?place: (en {place})} : supprimez l’une des deux, ou précisez dans les observations en quoi les deux transferts diffèrent.",
        es: "Esta fila repite la fila {first} del mismo cuadro{?place: (en {place})}: elimine una de ellas o indique en las observaciones en qué se diferencian las dos transferencias.",
    },
    implements: &[&spec::B_DUPLICATE],
    details: "Two entries of the same direction have the same category (and national category), partner (the same State, or the same name ignoring case and accents), number of items, value and currency, withheld figures, description (ignoring case, accents and punctuation), basis (the entry’s, else the table’s), State of origin, intermediate locations and comments. Entries whose comments differ are separate transfers that happen to look alike, and are not flagged. Each repeat is reported at the later entry and names the first one. Entries with a value that could not be read are left to the contract check.",
    example: Some(|| {
        Diagnostic::new(&DUPLICATE_ENTRY)
            .arg("first", "2")
            .arg("place", "14:7")
            .at("/exports/entries/5")
    }),
};

/// What makes two entries the same transfer, in two parts: the figures, cheap to take and to
/// compare ([`Shape`]), and the texts and places ([`Rest`]), which are folded only for entries
/// whose figures an earlier entry shares. Two entries are the same transfer when both parts are
/// equal.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Shape<'a> {
    category: Category,
    /// The partner's State, when it is one (a partner named otherwise is compared in [`Rest`]).
    partner: Option<&'static str>,
    items: Option<u64>,
    value: Option<(Amount, Option<&'a str>)>,
    withheld: Option<(Option<&'a str>, Option<&'a str>)>,
    basis: Option<EntryBasis>,
}

/// An amount as two entries compare it: equal exactly when the amounts are written the same
/// (`5` and `5.0` differ, as `0.0` and `-0.0` do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Amount {
    Whole(u64),
    Negative(i64),
    /// The bits of a float: a float's shortest decimal form, which the JSON form writes, is one
    /// to one with them.
    Float(u64),
}

impl Amount {
    fn of(number: &serde_json::Number) -> Amount {
        if let Some(whole) = number.as_u64() {
            Amount::Whole(whole)
        } else if let Some(negative) = number.as_i64() {
            Amount::Negative(negative)
        } else {
            Amount::Float(number.as_f64().unwrap_or_default().to_bits())
        }
    }
}

/// The texts and places of an entry, by the id of their folded form.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Rest {
    national_category: u32,
    partner: PartyKey,
    description: u32,
    origin: PartyKey,
    through: Vec<PartyKey>,
    comments: u32,
}

/// A party as two entries compare it: the State it is, else its name (or code) folded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PartyKey {
    None,
    State(&'static str),
    Name(u32),
}

/// What makes two entries the same transfer: both parts.
#[cfg(test)]
type Key<'a> = (Shape<'a>, Rest);

/// The texts of a report, each folded once and known by an id: a report repeats its
/// descriptions, comments and partners from entry to entry.
#[derive(Debug, Default)]
struct Folded<'a> {
    by_text: FxHashMap<&'a str, u32>,
    by_fold: FxHashMap<String, u32>,
}

impl<'a> Folded<'a> {
    /// The id of `text` folded; texts that fold the same have the same id.
    fn id(&mut self, text: &'a str) -> u32 {
        if let Some(id) = self.by_text.get(text) {
            return *id;
        }
        let next = u32::try_from(self.by_fold.len()).unwrap_or(u32::MAX);
        let id = *self.by_fold.entry(fold(text)).or_insert(next);
        self.by_text.insert(text, id);
        id
    }
}

fn party_key<'a>(
    cx: &ReportContext<'a>,
    folded: &mut Folded<'a>,
    party: Option<&'a Party>,
) -> PartyKey {
    let Some(party) = party else {
        return PartyKey::None;
    };
    match cx.party_state(party) {
        PartyState::State(state) => PartyKey::State(state.alpha3),
        _ => PartyKey::Name(
            folded.id(party
                .name
                .as_deref()
                .or(party.code.as_deref())
                .unwrap_or_default()),
        ),
    }
}

fn shape_of<'a>(
    cx: &ReportContext<'a>,
    entry: &'a ReportEntry,
    direction_basis: Option<att_schema::Basis>,
) -> Option<Shape<'a>> {
    let category = entry.category.as_ref()?.typed()?;
    let items = match &entry.items {
        None => None,
        Some(items) => Some(*items.typed()?),
    };
    let value = match &entry.value {
        None => None,
        Some(value) => Some((
            Amount::of(value.amount.as_ref()?.typed()?),
            value.currency.as_deref(),
        )),
    };
    let basis = match &entry.basis {
        Some(basis) => Some(*basis.typed()?),
        None => match direction_basis {
            Some(att_schema::Basis::Authorized) => Some(EntryBasis::Authorized),
            Some(att_schema::Basis::Actual) => Some(EntryBasis::Actual),
            _ => None,
        },
    };
    Some(Shape {
        category: *category,
        partner: entry
            .partner
            .as_ref()
            .and_then(|partner| cx.party_state(partner).state())
            .map(|state| state.alpha3),
        items,
        value,
        withheld: entry
            .withheld
            .as_ref()
            .map(|figures| (figures.items.as_deref(), figures.value.as_deref())),
        basis,
    })
}

fn rest_of<'a>(cx: &ReportContext<'a>, folded: &mut Folded<'a>, entry: &'a ReportEntry) -> Rest {
    let mut text = |text: &'a Option<String>| folded.id(text.as_deref().unwrap_or_default());
    let (national_category, description, comments) = (
        text(&entry.national_category),
        text(&entry.description),
        text(&entry.comments),
    );
    Rest {
        national_category,
        partner: party_key(cx, folded, entry.partner.as_ref()),
        description,
        origin: party_key(cx, folded, entry.state_of_origin.as_ref()),
        through: entry
            .intermediate_locations
            .iter()
            .flatten()
            .map(|place| party_key(cx, folded, Some(place)))
            .collect(),
        comments,
    }
}

#[cfg(test)]
fn key_of<'a>(
    cx: &ReportContext<'a>,
    folded: &mut Folded<'a>,
    entry: &'a ReportEntry,
    direction_basis: Option<att_schema::Basis>,
) -> Option<Key<'a>> {
    let shape = shape_of(cx, entry, direction_basis)?;
    Some((shape, rest_of(cx, folded, entry)))
}

/// The duplicates family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "duplicates",
    rules: &[&DUPLICATE_ENTRY],
    check: Check::Report(check),
};

/// The entries of one table with the same figures ([`Shape`]): the first, and once a second
/// one came, the first entry of each [`Rest`].
#[derive(Debug)]
struct Group {
    first: usize,
    by_rest: Option<Box<FxHashMap<Rest, usize>>>,
}

/// Reports entries that repeat an earlier entry of the same table.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    check_hashing(cx, out, |shape| FxBuildHasher.hash_one(shape));
}

/// [`check`], with the hash that groups the entries' figures (a test makes every hash collide).
fn check_hashing(
    cx: &ReportContext<'_>,
    out: &mut Vec<Diagnostic>,
    hash_of: impl Fn(&Shape<'_>) -> u64,
) {
    let mut folded = Folded::default();
    for kind in DirectionKind::ALL {
        let direction = cx.report.direction(kind);
        let direction_basis = direction.basis();
        let entries = &direction.entries;
        // A group is found by the figures of its first entry, taken again rather than kept.
        let figures_of = |group: &Group| shape_of(cx, &entries[group.first], direction_basis);
        let mut groups: HashTable<Group> = HashTable::with_capacity(entries.len());
        for (index, entry) in entries.iter().enumerate() {
            let entry = EntryRef {
                direction: kind,
                index,
                entry,
            };
            if !cx.is_clear_at(|| entry.pointer()) {
                continue;
            }
            let Some(shape) = shape_of(cx, entry.entry, direction_basis) else {
                continue;
            };
            let group = match groups.entry(
                hash_of(&shape),
                |group| figures_of(group).as_ref() == Some(&shape),
                |group| figures_of(group).map_or(0, |figures| hash_of(&figures)),
            ) {
                TableEntry::Vacant(vacant) => {
                    vacant.insert(Group {
                        first: index,
                        by_rest: None,
                    });
                    continue;
                }
                TableEntry::Occupied(occupied) => occupied.into_mut(),
            };
            let first = group.first;
            let by_rest = group.by_rest.get_or_insert_with(|| {
                let mut by_rest = FxHashMap::default();
                by_rest.insert(rest_of(cx, &mut folded, &entries[first]), first);
                Box::new(by_rest)
            });
            match by_rest.entry(rest_of(cx, &mut folded, entry.entry)) {
                HashEntry::Occupied(earlier) => {
                    let earlier = EntryRef {
                        direction: kind,
                        index: *earlier.get(),
                        entry: &entries[*earlier.get()],
                    };
                    let mut diagnostic = Diagnostic::new(&DUPLICATE_ENTRY)
                        .arg("first", (earlier.index + 1).to_string())
                        .at(entry.pointer());
                    if let Some(place) = cx.place(&earlier.pointer()) {
                        diagnostic = diagnostic.arg("place", place);
                    }
                    out.push(diagnostic);
                }
                HashEntry::Vacant(first) => {
                    first.insert(index);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Money, WithheldFigures};
    use proptest::prelude::*;

    #[test]
    fn entries_that_withhold_other_figures_are_not_the_same_transfer() {
        let entry = |word: &str| ReportEntry {
            category: Some(Category::IVa.into()),
            partner: Some(Party::state("IND", "India")),
            withheld: Some(WithheldFigures {
                items: Some(word.to_owned()),
                value: None,
            }),
            ..ReportEntry::default()
        };
        let (classified, again, not_disclosed) =
            (entry("classified"), entry("classified"), entry("n.d."));
        let report = att_schema::Report::default();
        let none = std::collections::BTreeSet::new;
        let cx = ReportContext::new(&report, None, none(), none(), none());
        let mut folded = Folded::default();
        let mut key = |entry| key_of(&cx, &mut folded, entry, None);
        assert_eq!(key(&classified), key(&again));
        assert_ne!(key(&classified), key(&not_disclosed));
    }

    /// The check as it was before it compared the figures first: one key per entry, every text
    /// folded, the amount as its JSON text. The check must find exactly what this finds.
    fn reference(cx: &ReportContext<'_>) -> Vec<Diagnostic> {
        let party = |party: Option<&Party>| match party {
            None => "-".to_owned(),
            Some(party) => match PartyState::of(party) {
                PartyState::State(state) => format!("state {}", state.alpha3),
                _ => format!(
                    "name {}",
                    fold(
                        party
                            .name
                            .as_deref()
                            .or(party.code.as_deref())
                            .unwrap_or_default()
                    )
                ),
            },
        };
        let text = |text: &Option<String>| fold(text.as_deref().unwrap_or_default());
        let mut out = Vec::new();
        for kind in DirectionKind::ALL {
            let direction_basis = cx.report.direction(kind).basis();
            let mut seen: FxHashMap<String, EntryRef<'_>> = FxHashMap::default();
            for entry in cx.entries().filter(|entry| entry.direction == kind) {
                let Some(shape) = shape_of(cx, entry.entry, direction_basis) else {
                    continue;
                };
                let amount = entry
                    .entry
                    .value
                    .as_ref()
                    .and_then(|value| value.amount.as_ref()?.typed())
                    .map(ToString::to_string);
                let through: Vec<String> = entry
                    .entry
                    .intermediate_locations
                    .iter()
                    .flatten()
                    .map(|place| party(Some(place)))
                    .collect();
                let key = format!(
                    "{:?}|{:?}|{:?}|{:?}|{}|{}|{}|{}|{}|{:?}|{}",
                    shape.category,
                    shape.items,
                    shape.value.map(|(_, currency)| currency),
                    (shape.withheld, shape.basis),
                    amount.unwrap_or_default(),
                    text(&entry.entry.national_category),
                    party(entry.entry.partner.as_ref()),
                    text(&entry.entry.description),
                    party(entry.entry.state_of_origin.as_ref()),
                    through,
                    text(&entry.entry.comments),
                );
                match seen.entry(key) {
                    HashEntry::Occupied(earlier) => out.push(
                        Diagnostic::new(&DUPLICATE_ENTRY)
                            .arg("first", (earlier.get().index + 1).to_string())
                            .at(entry.pointer()),
                    ),
                    HashEntry::Vacant(first) => {
                        first.insert(entry);
                    }
                }
            }
        }
        out
    }

    fn party_strategy() -> impl Strategy<Value = Option<Party>> {
        prop_oneof![
            Just(None),
            Just(Some(Party::state("IND", "India"))),
            Just(Some(Party::named("india"))),
            Just(Some(Party::named("Inde"))),
            Just(Some(Party::named("Atlantis"))),
            Just(Some(Party::named("ATLÁNTIS"))),
            Just(Some(Party::state("XQZ", "Atlantis"))),
        ]
    }

    fn text_strategy() -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            Just(None),
            Just(Some(String::new())),
            Just(Some("Rifles".to_owned())),
            Just(Some("rifles!".to_owned())),
            Just(Some("Pistolets".to_owned())),
        ]
    }

    fn entry_strategy() -> impl Strategy<Value = ReportEntry> {
        let category = prop_oneof![
            Just(Some(Category::I.into())),
            Just(Some(Category::National.into())),
            Just(None),
            Just(Some(att_schema::Lenient::Raw(Box::new(serde_json::json!(
                "X"
            ))))),
        ];
        let items = prop_oneof![
            Just(None),
            Just(Some(0u64.into())),
            Just(Some(5u64.into())),
            Just(Some(att_schema::Lenient::Raw(Box::new(serde_json::json!(
                "5"
            ))))),
        ];
        let amount = |number: serde_json::Number| Some(att_schema::Lenient::Typed(number));
        let float = |f: f64| serde_json::Number::from_f64(f).expect("finite");
        let value = prop_oneof![
            Just(None),
            Just(Some(Money::new(5, "USD"))),
            Just(Some(Money::new(-5, "USD"))),
            Just(Some(Money {
                amount: amount(float(5.0)),
                currency: Some("USD".to_owned()),
            })),
            Just(Some(Money {
                amount: amount(float(0.0)),
                currency: None,
            })),
            Just(Some(Money {
                amount: amount(float(-0.0)),
                currency: None,
            })),
            Just(Some(Money {
                amount: None,
                currency: Some("USD".to_owned()),
            })),
        ];
        let withheld = prop_oneof![
            Just(None),
            Just(Some(WithheldFigures {
                items: Some("classified".to_owned()),
                value: None,
            })),
        ];
        let basis = prop_oneof![
            Just(None),
            Just(Some(EntryBasis::Actual.into())),
            Just(Some(EntryBasis::Authorized.into())),
        ];
        let through = prop_oneof![
            Just(None),
            Just(Some(Vec::new())),
            party_strategy().prop_map(|party| Some(party.into_iter().collect())),
        ];
        (
            (category, text_strategy(), party_strategy(), items, value),
            (withheld, basis, party_strategy(), through),
            (text_strategy(), text_strategy()),
        )
            .prop_map(
                |(
                    (category, national_category, partner, items, value),
                    (withheld, basis, state_of_origin, intermediate_locations),
                    (description, comments),
                )| ReportEntry {
                    category,
                    national_category,
                    partner,
                    items,
                    value,
                    withheld,
                    basis,
                    state_of_origin,
                    intermediate_locations,
                    description,
                    comments,
                },
            )
    }

    /// A table of entries that repeat a few entries, most with one field changed: repeats and
    /// near repeats, field by field.
    fn table_strategy() -> impl Strategy<Value = Vec<ReportEntry>> {
        let variants = proptest::collection::vec((0..3usize, entry_strategy(), 0..13u8), 0..40);
        (proptest::collection::vec(entry_strategy(), 3), variants).prop_map(|(bases, variants)| {
            variants
                .into_iter()
                .map(|(base, other, field)| {
                    let mut entry = bases[base].clone();
                    match field {
                        0 => entry.category = other.category,
                        1 => entry.national_category = other.national_category,
                        2 => entry.partner = other.partner,
                        3 => entry.items = other.items,
                        4 => entry.value = other.value,
                        5 => entry.withheld = other.withheld,
                        6 => entry.basis = other.basis,
                        7 => entry.state_of_origin = other.state_of_origin,
                        8 => entry.intermediate_locations = other.intermediate_locations,
                        9 => entry.description = other.description,
                        10 => entry.comments = other.comments,
                        _ => {}
                    }
                    entry
                })
                .collect()
        })
    }

    proptest::proptest! {
        #[test]
        fn finds_what_comparing_every_text_finds(
            exports in table_strategy(),
            imports in table_strategy(),
            basis in prop_oneof![
                Just(None),
                Just(Some(att_schema::Basis::Actual.into())),
                Just(Some(att_schema::Basis::Both.into())),
            ],
        ) {
            let mut report = att_schema::Report::default();
            report.exports.entries = exports;
            report.exports.basis = basis;
            report.imports.entries = imports;
            let none = std::collections::BTreeSet::new;
            let cx = ReportContext::new(&report, None, none(), none(), none());
            let mut found = Vec::new();
            check(&cx, &mut found);
            let expected = reference(&cx);
            proptest::prop_assert_eq!(&found, &expected);
            let mut colliding = Vec::new();
            check_hashing(&cx, &mut colliding, |_| 0);
            proptest::prop_assert_eq!(&colliding, &expected);
        }
    }
}
