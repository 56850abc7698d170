//! Entries given twice (code `ATT0250`).

use super::{Check, Family};
use crate::context::{EntryRef, PartyState, ReportContext};
use att_schema::text::fold;
use att_schema::{
    Diagnostic, DirectionKind, Entry, EntryBasis, Party, Rule, RuleGroup, Severity, Text, spec,
};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

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

/// What makes two entries the same transfer.
#[derive(Debug, PartialEq, Eq, Hash)]
struct Key {
    category: String,
    partner: String,
    items: Option<u64>,
    value: Option<(String, String)>,
    withheld: Option<(Option<String>, Option<String>)>,
    description: String,
    basis: Option<EntryBasis>,
    origin: String,
    through: Vec<String>,
    comments: String,
}

fn party_key(party: Option<&Party>) -> String {
    let Some(party) = party else {
        return String::new();
    };
    match PartyState::of(party) {
        PartyState::State(state) => state.alpha3.to_owned(),
        _ => fold(
            party
                .name
                .as_deref()
                .or(party.code.as_deref())
                .unwrap_or_default(),
        ),
    }
}

fn key_of(entry: &Entry, direction_basis: Option<att_schema::Basis>) -> Option<Key> {
    let category = entry.category.as_ref()?.typed()?;
    let items = match &entry.items {
        None => None,
        Some(items) => Some(*items.typed()?),
    };
    let value = match &entry.value {
        None => None,
        Some(value) => Some((
            value.amount.as_ref()?.typed()?.to_string(),
            value.currency.clone().unwrap_or_default(),
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
    Some(Key {
        category: format!(
            "{}/{}",
            category.code(),
            fold(entry.national_category.as_deref().unwrap_or_default())
        ),
        partner: party_key(entry.partner.as_ref()),
        items,
        value,
        withheld: entry
            .withheld
            .as_ref()
            .map(|figures| (figures.items.clone(), figures.value.clone())),
        description: fold(entry.description.as_deref().unwrap_or_default()),
        basis,
        origin: party_key(entry.state_of_origin.as_ref()),
        through: entry
            .intermediate_locations
            .iter()
            .flatten()
            .map(|place| party_key(Some(place)))
            .collect(),
        comments: fold(entry.comments.as_deref().unwrap_or_default()),
    })
}

/// A hash of a key, so that the table of entries seen keeps eight bytes per entry rather than
/// the key's strings; entries whose hashes meet are compared by their keys.
fn fingerprint(key: &Key) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    key.hash(&mut hasher);
    hasher.finish()
}

/// The duplicates family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "duplicates",
    rules: &[&DUPLICATE_ENTRY],
    check: Check::Report(check),
};

/// Reports entries that repeat an earlier entry of the same table.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    for kind in DirectionKind::ALL {
        let direction_basis = cx.report.direction(kind).basis();
        let mut seen: HashMap<u64, Vec<EntryRef<'_>>> = HashMap::new();
        for entry in cx.entries().filter(|entry| entry.direction == kind) {
            if !cx.is_clear(&entry.pointer()) {
                continue;
            }
            let Some(key) = key_of(entry.entry, direction_basis) else {
                continue;
            };
            let candidates = seen.entry(fingerprint(&key)).or_default();
            let earlier = candidates
                .iter()
                .find(|earlier| key_of(earlier.entry, direction_basis).as_ref() == Some(&key));
            match earlier {
                Some(earlier) => {
                    let mut diagnostic = Diagnostic::new(&DUPLICATE_ENTRY)
                        .arg("first", (earlier.index + 1).to_string())
                        .at(entry.pointer());
                    if let Some(place) = cx.place(&earlier.pointer()) {
                        diagnostic = diagnostic.arg("place", place);
                    }
                    out.push(diagnostic);
                }
                None => candidates.push(entry),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Category, WithheldFigures};

    #[test]
    fn entries_that_withhold_other_figures_are_not_the_same_transfer() {
        let entry = |word: &str| Entry {
            category: Some(Category::IVa.into()),
            partner: Some(Party::state("IND", "India")),
            withheld: Some(WithheldFigures {
                items: Some(word.to_owned()),
                value: None,
            }),
            ..Entry::default()
        };
        let key = |word: &str| key_of(&entry(word), None);
        assert_eq!(key("classified"), key("classified"));
        assert_ne!(key("classified"), key("n.d."));
    }
}
