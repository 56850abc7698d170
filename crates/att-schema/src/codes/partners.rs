//! Partners that are not States: placeholders ("various", "undisclosed"), organisations ("EU",
//! "NATO Support and Procurement Agency") and regions ("Africa", "Middle East").

use std::sync::LazyLock;

use super::states::{is_state_name, state_windows};
use super::{Word, name_words, parse_tsv};
use crate::lang::Lang;

/// What kind of partner a [`NonStatePartner`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NonStateKind {
    /// Not a partner at all but a stand-in for one: "various", "undisclosed", "unknown", "N/A".
    Placeholder,
    /// An international organisation or one of its agencies: "EU", "NATO", "NSPA", "United
    /// Nations", "OSCE", "African Union".
    Organisation,
    /// A region of the world: "Africa", "Middle East", "Latin America".
    Region,
}

/// A partner that reports name in the importer or exporter column but that is not a State.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NonStatePartner {
    /// A stable identifier: `various`, `undisclosed`, `european-union`, `nspa`, `africa`…
    pub key: &'static str,
    /// What kind of partner it is.
    pub kind: NonStateKind,
    /// All variants; the first three are the English, French and Spanish display names.
    names: Vec<&'static str>,
}

impl NonStatePartner {
    /// The display name in `lang`: "European Union", "Union européenne", "Unión Europea".
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.names[0],
            Lang::Fr => self.names[1],
            Lang::Es => self.names[2],
        }
    }
}

/// Every known non-State partner, in the order of `data/non-state-partners.tsv`.
pub fn all_non_state_partners() -> &'static [NonStatePartner] {
    &PARTNERS
}

/// Recognises a partner that is not a State in the free text of a report.
///
/// The text is compared with every variant in `data/non-state-partners.tsv`, ignoring case,
/// accents, punctuation, articles and connectors. A variant also counts when it is a run of
/// words inside a longer text ("Various countries (see annex)", "EU member states", "NATO Support
/// and Procurement Agency (NSPA)"), except that variants of three letters or fewer ("EU", "UN",
/// "AU") count inside a longer text only when written there in capitals.
///
/// A State name is never a non-State partner: `None` when the whole text is a State name or
/// alias ("South Africa", "United States of America"), a variant is ignored where it is part of a
/// State name in the text ("Africa" in "Republic of South Africa", but not where it holds one:
/// "Océan Indien" is the ocean, not India), and `None` when the text
/// names a State before any non-State partner ("France (EU member)"). When several variants
/// are found, an organisation wins over a region and a region over a placeholder ("Various EU
/// countries" is the EU), then the longer variant, then the earlier.
///
/// This looks at words only; [`super::resolve_state`] first tries a text written as an ISO code,
/// so that "AU" resolves to Australia there while this function reads it as the African Union.
pub fn recognise_non_state_partner(text: &str) -> Option<&'static NonStatePartner> {
    let words = name_words(text);
    if is_state_name(&words) {
        return None;
    }
    recognise_words(&words)
}

/// [`recognise_non_state_partner`] on words already prepared, known not to be a State name.
pub(super) fn recognise_words(words: &[Word]) -> Option<&'static NonStatePartner> {
    if words.is_empty() {
        return None;
    }
    let mut windows = None;
    let mut best: Option<(u8, usize, usize, usize)> = None; // (kind rank, -len, start, partner)
    let mut first_start = usize::MAX;
    for variant in VARIANTS.iter() {
        let len = variant.words.len();
        if len > words.len() {
            continue;
        }
        for start in 0..=words.len() - len {
            let run = &words[start..start + len];
            if !run.iter().zip(&variant.words).all(|(w, v)| w.text == *v) {
                continue;
            }
            let whole = len == words.len();
            if !whole && variant.short && !(variant.upper && run.iter().all(|w| w.upper)) {
                continue;
            }
            // A variant that is part of a State name in the text is not one ("Africa" in
            // "Republic of South Africa"); one that holds a shorter State name is ("Océan
            // Indien" holds the German "Indien").
            let end = start + len;
            let states = windows.get_or_insert_with(|| state_windows(words));
            if states.iter().any(|s| {
                let overlaps = s.start < end && start < s.end;
                let inside = start <= s.start && s.end <= end && s.end - s.start < len;
                overlaps && !inside
            }) {
                continue;
            }
            let rank = match PARTNERS[variant.partner].kind {
                NonStateKind::Organisation => 0,
                NonStateKind::Region => 1,
                NonStateKind::Placeholder => 2,
            };
            let candidate = (rank, usize::MAX - len, start, variant.partner);
            if best.is_none_or(|b| candidate < b) {
                best = Some(candidate);
            }
            first_start = first_start.min(start);
        }
    }
    let (_, _, _, partner) = best?;
    // A text that names a State before any non-State partner is about that State: "France (EU
    // member)" is France, "African Union mission in Somalia" is the African Union.
    let states = windows.get_or_insert_with(|| state_windows(words));
    if states.iter().any(|s| s.start < first_start) {
        return None;
    }
    Some(&PARTNERS[partner])
}

static PARTNERS: LazyLock<Vec<NonStatePartner>> = LazyLock::new(|| {
    parse_tsv(
        "non-state-partners.tsv",
        include_str!("../../data/non-state-partners.tsv"),
        &["key", "kind", "names"],
        3,
    )
    .into_iter()
    .map(|r| {
        let names: Vec<&'static str> = r[2].split('|').map(str::trim).collect();
        assert!(
            names.len() >= 3 && names.iter().all(|n| !n.is_empty()),
            "non-state-partners.tsv: {}: needs English, French and Spanish names",
            r[0]
        );
        NonStatePartner {
            key: r[0],
            kind: match r[1] {
                "placeholder" => NonStateKind::Placeholder,
                "organisation" => NonStateKind::Organisation,
                "region" => NonStateKind::Region,
                other => panic!("non-state-partners.tsv: {}: unknown kind {other:?}", r[0]),
            },
            names,
        }
    })
    .collect()
});

/// A variant name prepared for matching.
struct Variant {
    words: Vec<String>,
    /// Three letters or fewer once prepared: found inside a longer text only in capitals.
    short: bool,
    /// Written in capitals in the table.
    upper: bool,
    partner: usize,
}

static VARIANTS: LazyLock<Vec<Variant>> = LazyLock::new(|| {
    let mut out = Vec::new();
    for (i, p) in PARTNERS.iter().enumerate() {
        for name in &p.names {
            let words: Vec<String> = name_words(name).into_iter().map(|w| w.text).collect();
            assert!(
                !words.is_empty(),
                "non-state-partners.tsv: {name:?} has no words"
            );
            let letters: usize = words.iter().map(|w| w.chars().count()).sum();
            out.push(Variant {
                short: letters <= 3,
                upper: name.chars().any(char::is_alphabetic)
                    && !name.chars().any(char::is_lowercase),
                words,
                partner: i,
            });
        }
    }
    out
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses() {
        assert!(all_non_state_partners().len() >= 30);
        assert!(VARIANTS.len() > all_non_state_partners().len() * 3);
        let mut keys: Vec<&str> = all_non_state_partners().iter().map(|p| p.key).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n, "duplicate keys");
    }

    #[test]
    fn display_names() {
        let eu = recognise_non_state_partner("EU");
        assert_eq!(eu.map(|p| p.name(Lang::Fr)), Some("Union européenne"));
        assert_eq!(eu.map(|p| p.name(Lang::Es)), Some("Unión Europea"));
    }
}
