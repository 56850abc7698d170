//! Column headings of exports and imports tables, in any layout and language.
//!
//! A heading matches when, after folding (case, accents, punctuation, line breaks and footnote
//! marks ignored), it is a known heading, possibly with qualifiers around it that say more about
//! the column: a currency and multiplier ("Value (EUR thousands)", "Valor en USD"), a basis
//! ("Number of items – actual"), a direction ("Value of exports"). Explanations that templates
//! add in brackets or on another line ("Final importing State\n(name of the State)") are allowed;
//! a heading whose words are all understood is [`HeadingMatch::exact`].
//!
//! A sentence that merely contains a heading word ("The value is confidential") does not match:
//! every word outside the heading proper must be a qualifier or inside an explanation.

use crate::currency;
use crate::heading_phrases::{self, EXPLANATIONS, HEADINGS};
use crate::key::{fold_key, segments, strip_enumerator, strip_marks, words};
use crate::langset::LangSet;
use crate::multiplier::{self, Multiplier};
use crate::vocab::{self, BasisWord};
use att_schema::{Basis, DirectionKind, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A column of an exports or imports table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Category / sub-category (I–VIII).
    Category,
    /// A voluntary national category, beside or instead of the UN Register category.
    NationalCategory,
    /// The final importing State (exports) or the exporting State (imports).
    Partner,
    /// Number of items.
    Items,
    /// Value of the transfer.
    Value,
    /// Currency of the value.
    Currency,
    /// State of origin, if not the exporter.
    StateOfOrigin,
    /// Intermediate location(s), if any.
    IntermediateLocations,
    /// Description of the item (model, type, calibre).
    Description,
    /// Comments on the transfer.
    Comments,
    /// Authorized or actual, per row.
    Basis,
    /// ISO 3166-1 code of the partner State, beside its name.
    PartnerCode,
    /// ISO 3166-1 code of the State of origin, beside its name.
    StateOfOriginCode,
    /// ISO 3166-1 codes of the intermediate locations, in the order of their names.
    IntermediateLocationCodes,
}

impl Column {
    /// Every column, in the order of the 2017 template (then the extra columns).
    pub const ALL: [Column; 14] = [
        Column::Category,
        Column::Partner,
        Column::Items,
        Column::Value,
        Column::StateOfOrigin,
        Column::IntermediateLocations,
        Column::Description,
        Column::Comments,
        Column::NationalCategory,
        Column::Currency,
        Column::Basis,
        Column::PartnerCode,
        Column::StateOfOriginCode,
        Column::IntermediateLocationCodes,
    ];
}

/// A side of a transfer, as a party column names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TransferSide {
    /// The exporting State: "Exporter", "Exporting State", "Supplier" (the partner column of an
    /// imports table).
    Exporter,
    /// The importing State: "Importer", "Final importing State", "Recipient" (the partner column
    /// of an exports table).
    Importer,
}

/// What a heading cell says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadingMatch {
    /// The column the heading names.
    pub column: Column,
    /// The table the heading belongs to, when the heading says so: a partner heading
    /// ("Final importing State", "Recipient" → exports; "Exporting State", "Supplier" → imports)
    /// or a qualifier ("Value of exports", "Number of items imported").
    pub direction: Option<DirectionKind>,
    /// The ISO 4217 code of the currency the heading gives ("Value (EUR)", "Valor en USD",
    /// "Value in US$", "Valeur (en euros)"), when it names exactly one currency.
    pub currency: Option<String>,
    /// The currency as the heading gives it, folded ("us", "euros", "swedish kronor", "$"),
    /// whenever the heading gives one, resolved or not: resolve it with
    /// `att_schema::codes::resolve_currency` when `currency` is `None` ("$", "kronor").
    pub currency_text: Option<String>,
    /// The multiplier of the amounts, when the heading gives one ("Value (USD thousands)",
    /// "Valeur (en millions d'euros)", "Value ('000 EUR)").
    pub multiplier: Option<Multiplier>,
    /// The basis of the figures, when the heading says it ("Number of items (actual)",
    /// "Value of authorised exports"). Not set for the basis column itself.
    pub basis: Option<Basis>,
    /// Whether every word of the heading was understood. `false` when an explanation was
    /// ignored ("Notes: see annex"), so a reader can prefer exact matches.
    pub exact: bool,
}

impl HeadingMatch {
    /// The side of the transfer a party column names, for partner columns (and their code
    /// columns) whose heading says it: "Exporter", "Exporting State" → [`TransferSide::Exporter`];
    /// "Importer", "Final importing State" → [`TransferSide::Importer`].
    ///
    /// A table that lists both an exporter and an importer column (the UN Register's published
    /// tables) has the reporting State in one of them: the reader tells which from the cells,
    /// and the other is the partner.
    ///
    /// ```
    /// use att_lexicon::heading::{match_heading, TransferSide};
    /// assert_eq!(match_heading("Exporter").unwrap().side(), Some(TransferSide::Exporter));
    /// assert_eq!(match_heading("État(s) importateur(s) final(s)").unwrap().side(), Some(TransferSide::Importer));
    /// assert_eq!(match_heading("Country").unwrap().side(), None);
    /// ```
    pub fn side(&self) -> Option<TransferSide> {
        if !matches!(self.column, Column::Partner | Column::PartnerCode) {
            return None;
        }
        self.direction.map(|direction| match direction {
            DirectionKind::Exports => TransferSide::Importer,
            DirectionKind::Imports => TransferSide::Exporter,
        })
    }
}

/// Characters that may set an explanation apart from a heading (see [`segments`]).
const SEGMENT_SEPARATORS: &[char] = &[
    '(', ')', '[', ']', '{', '}', '\n', '\r', ':', ';', ',', '-', '–', '—',
];

/// Longest text still considered a heading; longer cells are notes.
const MAX_HEADING_BYTES: usize = 200;
/// Most words a heading proper may have (qualifiers included).
const MAX_MAIN_WORDS: usize = 12;
/// Most words all explanations of a heading may have together.
const MAX_EXPLANATION_WORDS: usize = 16;

/// Reads a heading cell: the column it names, and what else it says.
///
/// ```
/// use att_lexicon::heading::{match_heading, Column};
/// use att_schema::DirectionKind;
///
/// let partner = match_heading("Final importing State\n(name of the State)").unwrap();
/// assert_eq!((partner.column, partner.direction), (Column::Partner, Some(DirectionKind::Exports)));
/// let value = match_heading("Valeur (en euros)").unwrap();
/// assert_eq!((value.column, value.currency.as_deref()), (Column::Value, Some("EUR")));
/// assert_eq!(match_heading("State of origin").unwrap().column, Column::StateOfOrigin);
/// assert_eq!(match_heading("The value is confidential"), None);
/// ```
pub fn match_heading(text: &str) -> Option<HeadingMatch> {
    match_heading_with_langs(text).map(|(found, _)| found)
}

/// [`match_heading`], with the languages of the heading that matched.
pub(crate) fn match_heading_with_langs(text: &str) -> Option<(HeadingMatch, LangSet)> {
    if text.len() > MAX_HEADING_BYTES || !text.chars().any(char::is_alphabetic) {
        return None;
    }
    let text = strip_enumerator(text);
    let whole = fold_key(text);
    if let Some(found) = match_words(&whole, text) {
        return Some(found.into_match(true));
    }
    if !text.contains(SEGMENT_SEPARATORS) {
        return None;
    }
    // The heading proper is the first part. A line break may fall inside it ("Final\nimporting
    // State\n(name of the State)"): the lines are tried joined first, then as parts.
    let joined = text
        .contains(['\n', '\r'])
        .then(|| text.replace(['\n', '\r'], " "));
    for source in joined.as_deref().into_iter().chain([text]) {
        let parts = segments(&strip_marks(source));
        if parts.len() < 2 {
            continue;
        }
        if let Some(found) = with_explanations(&parts[..1], &parts[1..], text) {
            return Some(found);
        }
    }
    None
}

/// The heading `main` (parts to join) with `explanations` after it, read from `text`.
fn with_explanations(
    main: &[String],
    explanations: &[String],
    text: &str,
) -> Option<(HeadingMatch, LangSet)> {
    let explanation_words: usize = explanations.iter().map(|e| words(e).count()).sum();
    if explanation_words > MAX_EXPLANATION_WORDS {
        return None;
    }
    let main = main.join(" ");
    let mut found = match_words(&main, text)?;
    let mut exact = true;
    let mut at = 0;
    while at < explanations.len() {
        let explanation = &explanations[at];
        at += 1;
        if let Some(qualifiers) = qualifiers_of(explanation, found.known.column, text) {
            found.absorb(qualifiers);
        } else if KNOWN_EXPLANATIONS.contains(explanation.as_str()) {
            continue;
        } else if found.known.column == Column::Value && currency::is_currency(explanation) {
            found.qualifiers.currency_words.push(explanation.clone());
        } else if let Some(end) = (at + 1..=explanations.len())
            .rev()
            .find(|&end| KNOWN_EXPLANATIONS.contains(&explanations[at - 1..end].join(" ")))
        {
            // An explanation broken over several lines is known as a whole: "(si autre que\n
            // l'exportateur)".
            at = end;
        } else {
            exact = false;
        }
    }
    Some(found.into_match(exact))
}

/// The known heading that `text` is closest to, for "did you mean" messages about a header-like
/// cell that matched nothing ("Final importing Sate" → "Final importing State"). The distance is
/// the Damerau–Levenshtein distance of the folded texts; `None` when no heading is within about
/// one edit in five characters.
///
/// ```
/// use att_lexicon::heading::{closest_heading, Column};
/// assert_eq!(closest_heading("Numbre of itmes"), Some((Column::Items, "Number of items")));
/// assert_eq!(closest_heading("Licence number"), None);
/// ```
pub fn closest_heading(text: &str) -> Option<(Column, &'static str)> {
    let whole = fold_key(text);
    if whole.is_empty() || whole.len() > MAX_HEADING_BYTES {
        return None;
    }
    let parts = segments(&strip_marks(text));
    let main = parts.first().map_or(whole.as_str(), String::as_str);
    let mut best: Option<(usize, &Known)> = None;
    for known in KNOWN_LIST.iter() {
        let length = known.folded.chars().count();
        if length < 4 {
            continue;
        }
        let allowed = (length / 5).max(1);
        let distance = strsim::damerau_levenshtein(&whole, &known.folded)
            .min(strsim::damerau_levenshtein(main, &known.folded));
        if distance <= allowed && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, known));
        }
    }
    best.map(|(_, known)| (known.column, known.display))
}

/// The heading of `column` as the 2017 template words it in `lang`; `direction` chooses between
/// "Final importing State" and "Exporting State" for the partner column and is ignored otherwise.
///
/// ```
/// use att_lexicon::heading::{canonical_heading, Column};
/// use att_schema::{DirectionKind, Lang};
/// assert_eq!(canonical_heading(Column::Partner, DirectionKind::Imports, Lang::Fr), "État exportateur");
/// ```
pub fn canonical_heading(column: Column, direction: DirectionKind, lang: Lang) -> &'static str {
    heading_phrases::canonical(column, direction, lang)
}

/// A recognised heading, folded.
struct Known {
    folded: String,
    display: &'static str,
    column: Column,
    direction: Option<DirectionKind>,
    langs: LangSet,
}

static KNOWN_LIST: LazyLock<Vec<Known>> = LazyLock::new(|| {
    let mut list: Vec<Known> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::default();
    for group in HEADINGS {
        for phrase in group.phrases {
            let folded = fold_key(phrase);
            match index.get(&folded) {
                Some(&at) => {
                    let known = &mut list[at];
                    assert!(
                        known.column == group.column && known.direction == group.direction,
                        "heading {phrase:?} means both {:?} {:?} and {:?} {:?}",
                        known.column,
                        known.direction,
                        group.column,
                        group.direction
                    );
                    known.langs = known.langs.union(langs_of(group.lang));
                }
                None => {
                    index.insert(folded.clone(), list.len());
                    list.push(Known {
                        folded,
                        display: phrase,
                        column: group.column,
                        direction: group.direction,
                        langs: langs_of(group.lang),
                    });
                }
            }
        }
    }
    list
});

fn langs_of(lang: Option<Lang>) -> LangSet {
    lang.map_or(LangSet::NONE, LangSet::of)
}

static KNOWN_INDEX: LazyLock<HashMap<&'static str, &'static Known>> =
    LazyLock::new(|| KNOWN_LIST.iter().map(|k| (k.folded.as_str(), k)).collect());

/// Every word of the known headings of `column`, folded ("number", "of", "items", "quantite").
pub(crate) fn heading_words(column: Column) -> impl Iterator<Item = &'static str> {
    KNOWN_LIST
        .iter()
        .filter(move |known| known.column == column)
        .flat_map(|known| words(&known.folded))
}

/// The column that a folded text names when it is a known heading, exactly ("number of items").
pub(crate) fn known_column(folded: &str) -> Option<Column> {
    KNOWN_INDEX.get(folded).map(|known| known.column)
}

static KNOWN_EXPLANATIONS: LazyLock<HashSet<String>> =
    LazyLock::new(|| EXPLANATIONS.iter().map(|e| fold_key(e)).collect());

/// Words allowed around a heading without changing its meaning.
static FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "total",
        "totale",
        "totales",
        "totaux",
        "in",
        "en",
        "of",
        "de",
        "des",
        "du",
        "d",
        "the",
        "le",
        "la",
        "les",
        "l",
        "el",
        "los",
        "las",
        "del",
        "per",
        "par",
        "por",
        "transferred",
        "transférés",
        "transférées",
        "transferidos",
        "transferidas",
        "reported",
        "déclarés",
        "declarados",
        // "Position / Wert [CHF]": a line of a licence, in Swiss and German layouts.
        "position",
    ])
});

/// What the words around a heading add to it.
#[derive(Debug, Default)]
struct Qualifiers {
    direction: Option<DirectionKind>,
    authorized: bool,
    actual: bool,
    currency_words: Vec<String>,
    multiplier: Option<Multiplier>,
}

/// A heading found in a run of words, before explanations are read.
struct Found<'t> {
    known: &'static Known,
    qualifiers: Qualifiers,
    /// The cell's text, for currency symbols and capitals that folding loses.
    original: &'t str,
}

impl Found<'_> {
    fn absorb(&mut self, more: Qualifiers) {
        let mine = &mut self.qualifiers;
        mine.direction = mine.direction.or(more.direction);
        mine.authorized |= more.authorized;
        mine.actual |= more.actual;
        mine.currency_words.extend(more.currency_words);
        mine.multiplier = mine.multiplier.or(more.multiplier);
    }

    fn into_match(self, exact: bool) -> (HeadingMatch, LangSet) {
        let Found {
            known,
            qualifiers,
            original,
        } = self;
        let basis = match (known.column, qualifiers.authorized, qualifiers.actual) {
            (Column::Basis, _, _) | (_, false, false) => None,
            (_, true, true) => Some(Basis::Both),
            (_, true, false) => Some(Basis::Authorized),
            (_, false, true) => Some(Basis::Actual),
        };
        let (currency, currency_text) = if known.column == Column::Value {
            currency::currency_of(&qualifiers.currency_words, original)
        } else {
            (None, None)
        };
        let found = HeadingMatch {
            column: known.column,
            direction: known.direction.or(qualifiers.direction),
            currency,
            currency_text,
            multiplier: qualifiers.multiplier,
            basis,
            exact,
        };
        (found, known.langs)
    }
}

/// Finds the longest known heading in `folded` whose other words are all qualifiers.
fn match_words<'t>(folded: &str, original: &'t str) -> Option<Found<'t>> {
    let spans: Vec<(usize, usize)> = word_spans(folded);
    if spans.is_empty() || spans.len() > MAX_MAIN_WORDS {
        return None;
    }
    let count = spans.len();
    for length in (1..=count).rev() {
        for start in 0..=count - length {
            let end = start + length;
            let phrase = &folded[spans[start].0..spans[end - 1].1];
            let Some(known) = KNOWN_INDEX.get(phrase) else {
                continue;
            };
            let before = &folded[..spans[start].0];
            let after = &folded[spans[end - 1].1..];
            let outside = format!("{before} {after}");
            if let Some(qualifiers) = qualifiers_of(&outside, known.column, original) {
                return Some(Found {
                    known,
                    qualifiers,
                    original,
                });
            }
        }
    }
    None
}

/// Byte spans of the words of a folded text.
fn word_spans(folded: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for word in folded.split(' ') {
        if !word.is_empty() {
            spans.push((start, start + word.len()));
        }
        start += word.len() + 1;
    }
    spans
}

/// Reads `text` (folded) as qualifiers of a heading of `column`; `None` when a word is not one.
fn qualifiers_of(text: &str, column: Column, original: &str) -> Option<Qualifiers> {
    let mut found = Qualifiers::default();
    let joined;
    let text = if text.contains("1 000") {
        joined = text
            .replace("1 000 000", "1000000")
            .replace("1 000", "1000");
        joined.as_str()
    } else {
        text
    };
    for word in words(text) {
        if vocab::is_basis_noun(word) {
            return None;
        }
        if let Some((basis, _)) = vocab::basis_word(word) {
            match basis {
                BasisWord::Authorized => found.authorized = true,
                BasisWord::Actual => found.actual = true,
                BasisWord::Both => (found.authorized, found.actual) = (true, true),
            }
        } else if let Some((direction, _)) = vocab::direction_word(word) {
            if found.direction.is_some_and(|d| d != direction) {
                return None;
            }
            found.direction = Some(direction);
        } else if let Some(next) = multiplier::multiplier_word(word)
            && column == Column::Value
        {
            found.multiplier = Some(multiplier::combine(found.multiplier, next)?);
        } else if let Some((next, code)) = multiplier::glued_code(word)
            && column == Column::Value
        {
            found.multiplier = Some(multiplier::combine(found.multiplier, next)?);
            found.currency_words.push(code.to_ascii_lowercase());
        } else if column == Column::Value && matches!(word, "x" | "1") {
            // "(x 1 000)", "(in 1,000)": the factor's words.
            continue;
        } else if FILLERS.contains(word) {
            continue;
        } else if column == Column::Value && currency::is_currency_word(word, original) {
            found.currency_words.push(word.to_owned());
        } else {
            return None;
        }
    }
    Some(found)
}

#[cfg(test)]
mod tests;
