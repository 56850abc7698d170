//! Total and sub-total rows: "Total", "Grand total", "Subtotal (cat. III)", "Total général",
//! "Sous-total", "Total parcial", "Summe", "Total Europe", "Total exports".
//!
//! # Policy
//!
//! - A total row's label starts or ends with a total word ("Total", "Sub-total", "Sous-total",
//!   "Total partiel", "Subtotal", "Suma", "Summe", "Gesamt", "Totale", "Totaal"), in a cell of
//!   its own; what else it says is the group it totals.
//! - A total of everything — no group, a direction ("Total exports", "Total des
//!   importations"), all categories, a year or a currency ("Total 2021", "Total (EUR)") — is a
//!   [`TotalKind::Grand`] total. A total of a group — a category ("Subtotal (cat. III)",
//!   "Total VIII"), a region or any other named group ("Total Europe") — or one that says it is
//!   partial ("Sub-total", "Total partiel") is a [`TotalKind::Sub`] total.
//! - A heading is not a total ("Total value", "Total number of items"), nor a State name, nor a
//!   sentence ("Total value is confidential").

use crate::category::{CategoryReading, read_category};
use crate::currency;
use crate::heading::match_heading;
use crate::key::is_number_word;
use crate::vocab;
use att_schema::codes::{MatchMethod, resolve_state_detailed};
use att_schema::text::fold;
use att_schema::{Category, DirectionKind};

/// Whether a total row totals everything or a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TotalKind {
    /// The total of the table, or of one direction: "Total", "Grand total", "Total général",
    /// "Total exports".
    Grand,
    /// The total of a group of rows: "Subtotal", "Sous-total", "Total parcial", "Subtotal
    /// (cat. III)", "Total Europe".
    Sub,
}

/// The group a total row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TotalScope<'a> {
    /// A category: "Subtotal (cat. III)", "Total VIII", "Total – Battle tanks".
    Category(Category),
    /// A direction: "Total exports", "Total des importations".
    Direction(DirectionKind),
    /// Any other group, as written: "Europe" in "Total Europe", "I–VII" in "Total I–VII".
    Named(&'a str),
}

/// A total or sub-total row's label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TotalRow<'a> {
    /// A grand total or a sub-total.
    pub kind: TotalKind,
    /// The group it totals, when it names one.
    pub scope: Option<TotalScope<'a>>,
}

/// Reads the label of a total or sub-total row.
///
/// ```
/// use att_lexicon::total::{read_total, TotalKind, TotalScope};
/// use att_schema::Category;
/// let sub = read_total("Subtotal (cat. III)").unwrap();
/// assert_eq!((sub.kind, sub.scope), (TotalKind::Sub, Some(TotalScope::Category(Category::III))));
/// assert_eq!(read_total("Total général").map(|t| t.kind), Some(TotalKind::Grand));
/// assert_eq!(read_total("Total Europe").and_then(|t| t.scope), Some(TotalScope::Named("Europe")));
/// assert_eq!(read_total("Total value"), None);
/// ```
pub fn read_total(text: &str) -> Option<TotalRow<'_>> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.len() > MAX_TOTAL_BYTES {
        return None;
    }
    let tokens = tokens(trimmed);
    if tokens.is_empty() || tokens.len() > MAX_TOTAL_WORDS {
        return None;
    }
    let folded: Vec<&str> = tokens.iter().map(|t| t.folded.as_str()).collect();
    let (kind, rest) = marker_at_start(&folded)
        .map(|(kind, len)| (kind, len..tokens.len()))
        .or_else(|| marker_at_end(&folded).map(|(kind, len)| (kind, 0..tokens.len() - len)))?;
    if match_heading(trimmed).is_some() || is_state_name(trimmed) {
        return None;
    }
    let group = &tokens[rest];
    let Some((first, last)) = group.first().zip(group.last()) else {
        return Some(TotalRow { kind, scope: None });
    };
    let written = trimmed[first.start..last.end].trim();
    let scope = scope_of(group, written)?;
    let kind = match scope {
        Some(TotalScope::Category(_) | TotalScope::Named(_)) => TotalKind::Sub,
        _ => kind,
    };
    Some(TotalRow { kind, scope })
}

/// Longest label read as a total row's.
const MAX_TOTAL_BYTES: usize = 100;
/// Most words of a total row's label.
const MAX_TOTAL_WORDS: usize = 9;
/// Most words of a named group.
const MAX_GROUP_WORDS: usize = 5;

/// A word of the label, folded, with its place in the text.
struct Token {
    folded: String,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                for word in fold(&text[from..at]).split(' ').filter(|w| !w.is_empty()) {
                    out.push(Token {
                        folded: word.to_owned(),
                        start: from,
                        end: at,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// Total words, folded, longest first within each kind: a total of everything unless the words
/// say it is partial.
const MARKERS: &[(&[&str], TotalKind)] = &[
    (&["grand", "total"], TotalKind::Grand),
    (&["total", "general"], TotalKind::Grand),
    (&["total", "generale"], TotalKind::Grand),
    (&["totale", "generale"], TotalKind::Grand),
    (&["total", "global"], TotalKind::Grand),
    (&["total", "geral"], TotalKind::Grand),
    (&["overall", "total"], TotalKind::Grand),
    (&["sum", "total"], TotalKind::Grand),
    (&["suma", "total"], TotalKind::Grand),
    (&["gesamt", "total"], TotalKind::Grand),
    (&["total", "gesamt"], TotalKind::Grand),
    (&["sub", "total"], TotalKind::Sub),
    (&["sub", "totals"], TotalKind::Sub),
    (&["sous", "total"], TotalKind::Sub),
    (&["sous", "totaux"], TotalKind::Sub),
    (&["total", "partiel"], TotalKind::Sub),
    (&["total", "parcial"], TotalKind::Sub),
    (&["totale", "parziale"], TotalKind::Sub),
    (&["subtotal"], TotalKind::Sub),
    (&["subtotals"], TotalKind::Sub),
    (&["subtotales"], TotalKind::Sub),
    (&["subtotale"], TotalKind::Sub),
    (&["soustotal"], TotalKind::Sub),
    (&["zwischensumme"], TotalKind::Sub),
    (&["zwischentotal"], TotalKind::Sub),
    (&["teilsumme"], TotalKind::Sub),
    (&["total"], TotalKind::Grand),
    (&["totals"], TotalKind::Grand),
    (&["totaux"], TotalKind::Grand),
    (&["totales"], TotalKind::Grand),
    (&["totale"], TotalKind::Grand),
    (&["totaal"], TotalKind::Grand),
    (&["gesamt"], TotalKind::Grand),
    (&["gesamttotal"], TotalKind::Grand),
    (&["gesamtsumme"], TotalKind::Grand),
    (&["summe"], TotalKind::Grand),
    (&["suma"], TotalKind::Grand),
    (&["somme"], TotalKind::Grand),
    (&["sum"], TotalKind::Grand),
];

fn marker_at_start(words: &[&str]) -> Option<(TotalKind, usize)> {
    MARKERS
        .iter()
        .filter(|(marker, _)| words.starts_with(marker))
        .max_by_key(|(marker, _)| marker.len())
        .map(|(marker, kind)| (*kind, marker.len()))
}

fn marker_at_end(words: &[&str]) -> Option<(TotalKind, usize)> {
    MARKERS
        .iter()
        .filter(|(marker, _)| words.ends_with(marker))
        .max_by_key(|(marker, _)| marker.len())
        .map(|(marker, kind)| (*kind, marker.len()))
}

/// Whether the whole text is a State's code, name or alias.
fn is_state_name(text: &str) -> bool {
    matches!(
        resolve_state_detailed(text).method,
        MatchMethod::Code | MatchMethod::Name | MatchMethod::Alias
    )
}

/// Words a total's group may have around it, which say nothing about the group.
const GROUP_FILLERS: &[&str] = &[
    "all",
    "categories",
    "toutes",
    "todas",
    "alle",
    "kategorien",
    "tutte",
    "amount",
    "montant",
    "importe",
    "year",
    "annee",
    "ano",
    "jahr",
    "fur",
];

/// Words that make the label a sentence, not a group's name.
const SENTENCE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "not", "est", "sont", "n", "pas", "es", "son", "no", "ist",
    "sind", "nicht", "see", "voir", "ver",
];

/// The group named by the words after (or before) the total word; `None` when they make the
/// label something else, `Some(None)` when they name no group (a year, a currency, "all
/// categories").
fn scope_of<'a>(group: &[Token], written: &'a str) -> Option<Option<TotalScope<'a>>> {
    let words: Vec<&str> = group.iter().map(|t| t.folded.as_str()).collect();
    if words.iter().any(|w| SENTENCE_WORDS.contains(w)) {
        return None;
    }
    let meaningful: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !(vocab::is_connector(w) || is_number_word(w) || GROUP_FILLERS.contains(w)))
        .collect();
    if meaningful.is_empty() {
        return Some(None);
    }
    if let Some(direction) = direction_of(&meaningful) {
        return Some(Some(TotalScope::Direction(direction)));
    }
    let inner = written.trim_matches(|c: char| !c.is_alphanumeric());
    match read_category(inner) {
        CategoryReading::Category(category) if category != Category::National => {
            return Some(Some(TotalScope::Category(category)));
        }
        CategoryReading::Aggregate => return Some(Some(TotalScope::Named(inner))),
        _ => {}
    }
    if currency::is_currency(inner) {
        return Some(None);
    }
    (words.len() <= MAX_GROUP_WORDS).then_some(Some(TotalScope::Named(inner)))
}

/// The direction that all the meaningful words name ("exports", "exportations effectives").
fn direction_of(words: &[&str]) -> Option<DirectionKind> {
    let mut direction = None;
    for word in words {
        if let Some((found, _)) = vocab::direction_word(word) {
            if direction.is_some_and(|d| d != found) {
                return None;
            }
            direction = Some(found);
        } else if vocab::basis_word(word).is_none() {
            return None;
        }
    }
    direction
}

#[cfg(test)]
mod tests {
    use super::*;
    use TotalKind::*;

    fn total(text: &str) -> Option<(TotalKind, Option<TotalScope<'_>>)> {
        read_total(text).map(|t| (t.kind, t.scope))
    }

    #[test]
    fn grand_totals() {
        for text in [
            "Total",
            "TOTAL",
            "Total:",
            "Totals",
            "Grand total",
            "GRAND TOTAL",
            "Total général",
            "Total general",
            "Totale generale",
            "Overall total",
            "Suma",
            "Suma total",
            "Summe",
            "Gesamt",
            "Gesamttotal",
            "Somme",
            "Totaux",
            "Total 2021",
            "Total (EUR)",
            "Total USD",
            "Total all categories",
            "Total – toutes catégories",
        ] {
            assert_eq!(total(text), Some((Grand, None)), "{text:?}");
        }
    }

    #[test]
    fn sub_totals() {
        for text in [
            "Subtotal",
            "Sub-total",
            "SUB TOTAL",
            "Sous-total",
            "Sous total",
            "Total partiel",
            "Total parcial",
            "Subtotales",
            "Zwischensumme",
        ] {
            assert_eq!(total(text), Some((Sub, None)), "{text:?}");
        }
    }

    #[test]
    fn totals_of_a_group() {
        for (text, kind, scope) in [
            (
                "Subtotal (cat. III)",
                Sub,
                TotalScope::Category(Category::III),
            ),
            ("Total VIII", Sub, TotalScope::Category(Category::VIII)),
            (
                "Sous-total catégorie II",
                Sub,
                TotalScope::Category(Category::II),
            ),
            (
                "Total – Battle tanks",
                Sub,
                TotalScope::Category(Category::I),
            ),
            (
                "Subtotal VIII a) 2",
                Sub,
                TotalScope::Category(Category::VIIISa2),
            ),
            ("Cat. IV total", Sub, TotalScope::Category(Category::IV)),
            ("Total Europe", Sub, TotalScope::Named("Europe")),
            ("Europe – total", Sub, TotalScope::Named("Europe")),
            ("Total Afrique", Sub, TotalScope::Named("Afrique")),
            ("Total I–VII", Sub, TotalScope::Named("I–VII")),
            (
                "Total exports",
                Grand,
                TotalScope::Direction(DirectionKind::Exports),
            ),
            (
                "Total des importations",
                Grand,
                TotalScope::Direction(DirectionKind::Imports),
            ),
            (
                "Total exportaciones efectivas",
                Grand,
                TotalScope::Direction(DirectionKind::Exports),
            ),
            (
                "Sub-total exports",
                Sub,
                TotalScope::Direction(DirectionKind::Exports),
            ),
        ] {
            assert_eq!(total(text), Some((kind, Some(scope))), "{text:?}");
        }
    }

    #[test]
    fn headings_names_and_sentences_are_not_totals() {
        for text in [
            "Total value",
            "Total number of items",
            "Total items",
            "Valeur totale",
            "Total value (EUR)",
            "Totally",
            "Germany",
            "Total value is confidential",
            "Total: see annex",
            "The total is given in the comments",
            "",
            "Number of items",
        ] {
            assert_eq!(read_total(text), None, "{text:?}");
        }
    }
}
