//! Entries given twice (code `ATT0250`).

use super::{Check, Family};
use crate::context::{EntryRef, PartyState, ReportContext};
use att_schema::text::fold;
use att_schema::{
    Category, Diagnostic, DirectionKind, Entry as ReportEntry, EntryBasis, Party, Rule, RuleGroup,
    Severity, Text, spec,
};
use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

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

/// What makes two entries the same transfer; texts by the id of their folded form.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Key<'a> {
    category: Category,
    national_category: u32,
    partner: PartyKey,
    items: Option<u64>,
    value: Option<(String, Option<&'a str>)>,
    withheld: Option<(Option<&'a str>, Option<&'a str>)>,
    description: u32,
    basis: Option<EntryBasis>,
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

fn key_of<'a>(
    cx: &ReportContext<'a>,
    folded: &mut Folded<'a>,
    entry: &'a ReportEntry,
    direction_basis: Option<att_schema::Basis>,
) -> Option<Key<'a>> {
    let category = entry.category.as_ref()?.typed()?;
    let items = match &entry.items {
        None => None,
        Some(items) => Some(*items.typed()?),
    };
    let value = match &entry.value {
        None => None,
        Some(value) => Some((
            value.amount.as_ref()?.typed()?.to_string(),
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
    let mut text = |text: &'a Option<String>| folded.id(text.as_deref().unwrap_or_default());
    let (national_category, description, comments) = (
        text(&entry.national_category),
        text(&entry.description),
        text(&entry.comments),
    );
    Some(Key {
        category: *category,
        national_category,
        partner: party_key(cx, folded, entry.partner.as_ref()),
        items,
        value,
        withheld: entry
            .withheld
            .as_ref()
            .map(|figures| (figures.items.as_deref(), figures.value.as_deref())),
        description,
        basis,
        origin: party_key(cx, folded, entry.state_of_origin.as_ref()),
        through: entry
            .intermediate_locations
            .iter()
            .flatten()
            .map(|place| party_key(cx, folded, Some(place)))
            .collect(),
        comments,
    })
}

/// The duplicates family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "duplicates",
    rules: &[&DUPLICATE_ENTRY],
    check: Check::Report(check),
};

/// Reports entries that repeat an earlier entry of the same table.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut folded = Folded::default();
    for kind in DirectionKind::ALL {
        let direction_basis = cx.report.direction(kind).basis();
        let entries = cx.report.direction(kind).entries.len();
        let mut seen: FxHashMap<Key<'_>, EntryRef<'_>> =
            FxHashMap::with_capacity_and_hasher(entries, Default::default());
        for entry in cx.entries().filter(|entry| entry.direction == kind) {
            if !cx.is_clear_at(|| entry.pointer()) {
                continue;
            }
            let Some(key) = key_of(cx, &mut folded, entry.entry, direction_basis) else {
                continue;
            };
            match seen.entry(key) {
                Entry::Occupied(earlier) => {
                    let earlier = earlier.get();
                    let mut diagnostic = Diagnostic::new(&DUPLICATE_ENTRY)
                        .arg("first", (earlier.index + 1).to_string())
                        .at(entry.pointer());
                    if let Some(place) = cx.place(&earlier.pointer()) {
                        diagnostic = diagnostic.arg("place", place);
                    }
                    out.push(diagnostic);
                }
                Entry::Vacant(first) => {
                    first.insert(entry);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::WithheldFigures;

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
}
