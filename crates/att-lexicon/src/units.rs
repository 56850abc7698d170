//! Units stated for a whole table, on a line of their own or at the end of a section title or a
//! basis: "Montants en milliers d'euros", "Amounts in thousands of USD", "All values in EUR
//! million", "(figures in thousands of Swiss francs)", "Valores en miles de dólares", "valeurs
//! en CHF", "(number of items)", "número de unidades", "in national currency".
//!
//! # Policy
//!
//! A unit statement is made, in any order, of words that name what the figures are (values:
//! "amounts", "montants", "valores"; counts: a number-of-items heading such as "number of items",
//! "nombre d'articles", "Anzahl"), a currency (a code, a sign, a name: "EUR", "$ CA", "francs
//! suisses", "FCFA"), a multiplier ("thousands", "milliers", "miles", "'000", "Mio") and the
//! words that join them ("all", "in", "are expressed in", "sont exprimés en", "en"). Any other
//! word makes the text something else. A currency several States share ("$", "dólares",
//! "FCFA") is not resolved here: [`UnitStatement::currency_text`] carries it as written, for
//! `att_schema::codes::resolve_currency` with the reporting State.

use crate::currency;
use crate::heading::{Column, heading_words, known_column};
use crate::key::{fold_key, words};
use crate::multiplier::{self, Multiplier};
use crate::vocab;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// What the figures of a table are, as a unit statement says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Figures {
    /// Numbers of items: "(number of items)", "número de unidades", "in units".
    Counts,
    /// Amounts of money: "values in EUR", "montants en milliers d'euros".
    Values,
}

/// What a unit statement says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnitStatement {
    /// What the figures are, when the statement says it: values whenever it names a currency
    /// or speaks of amounts; `None` for a multiplier alone ("in thousands").
    pub figures: Option<Figures>,
    /// The ISO 4217 code of the currency, when the statement names exactly one ("EUR", "francs
    /// suisses", "$ CA").
    pub currency: Option<String>,
    /// The currency as written (folded words, or the sign: "dolares", "fcfa", "$ CA", "Kč")
    /// whenever the statement gives one, resolved or not: resolve it with the reporting State
    /// when `currency` is `None`.
    pub currency_text: Option<String>,
    /// Whether the values are in the reporting State's own currency ("in national currency",
    /// "en monnaie nationale", "en moneda nacional").
    pub national_currency: bool,
    /// The multiplier of the amounts ("in thousands", "en millions", "'000").
    pub multiplier: Option<Multiplier>,
}

/// Longest text read as a unit statement.
const MAX_STATEMENT_BYTES: usize = 160;
/// Most words of a unit statement.
const MAX_STATEMENT_WORDS: usize = 16;

/// Reads a unit statement: a line above a table, a bracket after a title, the tail of a basis.
///
/// ```
/// use att_lexicon::multiplier::Multiplier;
/// use att_lexicon::units::{read_unit_statement, Figures};
/// let units = read_unit_statement("Montants en milliers d'euros").unwrap();
/// assert_eq!(units.figures, Some(Figures::Values));
/// assert_eq!((units.currency.as_deref(), units.multiplier), (Some("EUR"), Some(Multiplier::Thousand)));
/// let units = read_unit_statement("Valores en miles de dólares").unwrap();
/// assert_eq!((units.currency, units.currency_text.as_deref()), (None, Some("dolares")));
/// assert_eq!(read_unit_statement("(number of items)").unwrap().figures, Some(Figures::Counts));
/// assert_eq!(read_unit_statement("Values of tanks"), None);
/// ```
pub fn read_unit_statement(text: &str) -> Option<UnitStatement> {
    let text = text.trim().trim_end_matches(['.', ':', ' ']);
    if text.is_empty() || text.len() > MAX_STATEMENT_BYTES || !text.contains(char::is_alphabetic) {
        return None;
    }
    let text = text
        .strip_prefix('(')
        .and_then(|inner| inner.strip_suffix(')'))
        .unwrap_or(text);
    let folded = fold_key(text);
    let joined;
    let folded = if folded.contains("1 000") {
        joined = folded
            .replace("1 000 000", "1000000")
            .replace("1 000", "1000");
        joined.as_str()
    } else {
        folded.as_str()
    };
    read_words(folded, text)
}

/// Splits a unit statement off the end of a title or a basis: after a dash, a colon, a semicolon
/// or a comma ("Type de données : exportations effectives — valeurs en CHF", "Importaciones –
/// número de unidades"), or in brackets ("EXPORTS (number of items)"). Gives the text before it,
/// without the separator, and the statement.
///
/// ```
/// use att_lexicon::units::{split_unit_statement, Figures};
/// let (head, units) = split_unit_statement("Exportations effectives — valeurs en CHF").unwrap();
/// assert_eq!((head, units.currency.as_deref()), ("Exportations effectives", Some("CHF")));
/// let (head, units) = split_unit_statement("EXPORTS (number of items)").unwrap();
/// assert_eq!((head, units.figures), ("EXPORTS", Some(Figures::Counts)));
/// assert_eq!(split_unit_statement("Exports"), None);
/// ```
pub fn split_unit_statement(text: &str) -> Option<(&str, UnitStatement)> {
    let text = text.trim_end();
    if text.len() > MAX_STATEMENT_BYTES * 2 {
        return None;
    }
    let head_of = |end: usize| {
        let head = text[..end].trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | ';' | ',')
        });
        head.contains(char::is_alphanumeric).then_some(head)
    };
    if text.ends_with(')')
        && let Some(open) = opening_bracket(text)
        && let Some(head) = head_of(open)
        && let Some(units) = read_unit_statement(&text[open..])
    {
        return Some((head, units));
    }
    const SEPARATORS: &[&str] = &[" — ", " – ", " - ", "—", "–", ":", ";", ","];
    let mut cuts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|sep| text.match_indices(sep).map(|(at, s)| (at, at + s.len())))
        .collect();
    cuts.sort_unstable_by(|a, b| b.cmp(a));
    cuts.into_iter().find_map(|(at, after)| {
        let head = head_of(at)?;
        let units = read_unit_statement(&text[after..])?;
        Some((head, units))
    })
}

/// The byte offset of the `(` that the final `)` of `text` closes.
fn opening_bracket(text: &str) -> Option<usize> {
    let mut depth = 0_usize;
    for (at, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Words that name amounts of money.
static VALUE_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "amount",
        "amounts",
        "value",
        "values",
        "sum",
        "sums",
        "montant",
        "montants",
        "valeur",
        "valeurs",
        "somme",
        "sommes",
        "valor",
        "valores",
        "importe",
        "importes",
        "monto",
        "montos", // German, Italian, Portuguese, Dutch
        "wert",
        "werte",
        "betrag",
        "beträge",
        "valore",
        "valori",
        "importo",
        "importi",
        "montante",
        "montantes",
        "waarde",
        "waarden",
        "bedrag",
        "bedragen",
    ])
});

/// Words for "currency", which a national word makes the home currency ("national currency").
static CURRENCY_NOUNS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "currency",
        "currencies",
        "monnaie",
        "devise",
        "moneda",
        "divisa",
        "währung",
        "valuta",
        "moeda",
    ])
});

/// Words that make a currency noun the reporting State's own.
static NATIONAL_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "national",
        "nationale",
        "nacional",
        "local",
        "locale",
        "domestic",
        "own",
        "propre",
        "propia",
        "nazionale",
        "nationale",
        "landeswährung",
    ])
});

/// Words that join the parts of a unit statement without saying anything of their own.
static FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "all",
        "every",
        "are",
        "is",
        "be",
        "expressed",
        "given",
        "stated",
        "shown",
        "reported",
        "listed",
        "indicated",
        "figures",
        "figure",
        "numbers",
        "data",
        "note",
        "nb",
        "unit",
        "tous",
        "toutes",
        "sont",
        "est",
        "exprimé",
        "exprimés",
        "exprimée",
        "exprimées",
        "indiqué",
        "indiqués",
        "indiquée",
        "indiquées",
        "donnés",
        "données",
        "chiffres",
        "chiffre",
        "unité",
        "todos",
        "todas",
        "son",
        "está",
        "están",
        "expresado",
        "expresados",
        "expresada",
        "expresadas",
        "indicados",
        "indicadas",
        "cifras",
        "cifra",
        "datos",
        "unidad",
        // German, Italian, Portuguese, Dutch
        "alle",
        "sind",
        "angaben",
        "tutti",
        "tutte",
        "i",
        "gli",
        "sono",
        "espressi",
        "em",
        "os",
        "são",
        "expressos",
        "zijn",
        "uitgedrukt",
        "van",
        "der",
        "di",
    ])
});

/// Words for units of count, which read as counts alone and as nothing beside a currency or a
/// multiplier ("Unit: EUR thousands").
static UNIT_WORDS: LazyLock<HashSet<String>> =
    LazyLock::new(|| vocab::word_set(&["units", "unités", "unidades", "unità", "eenheden"]));

/// The words of the number-of-items headings ("number", "items", "nombre", "articulos"),
/// which make the counts a statement may speak of.
static ITEMS_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| heading_words(Column::Items).collect());

/// The statement that the folded words of `original` make.
fn read_words(folded: &str, original: &str) -> Option<UnitStatement> {
    let mut values = false;
    let mut currency_noun = false;
    let mut national = false;
    let mut multiplier: Option<Multiplier> = None;
    let mut currency_words: Vec<String> = Vec::new();
    let mut rest: Vec<&str> = Vec::new();
    for (count, word) in words(folded).enumerate() {
        if count >= MAX_STATEMENT_WORDS {
            return None;
        }
        if VALUE_WORDS.contains(word) {
            values = true;
        } else if CURRENCY_NOUNS.contains(word) {
            currency_noun = true;
        } else if NATIONAL_WORDS.contains(word) {
            national = true;
        } else if let Some(next) = multiplier::multiplier_word(word) {
            multiplier = Some(multiplier::combine(multiplier, next)?);
        } else if let Some((next, code)) = multiplier::glued_code(word) {
            multiplier = Some(multiplier::combine(multiplier, next)?);
            currency_words.push(code.to_ascii_lowercase());
        } else if vocab::is_connector(word) {
            // Inside the words of a heading ("number *of* items"), kept for its lookup.
            if !rest.is_empty() {
                rest.push(word);
            }
        } else if matches!(word, "x" | "1") || FILLERS.contains(word) {
            continue;
        } else if currency::is_currency_name_word(word) {
            currency_words.push(word.to_owned());
        } else if ITEMS_WORDS.contains(word) || UNIT_WORDS.contains(word) {
            rest.push(word);
        } else if currency::is_currency_word(word, original) {
            currency_words.push(word.to_owned());
        } else {
            return None;
        }
    }
    while rest.last().is_some_and(|word| vocab::is_connector(word)) {
        rest.pop();
    }
    let national_currency = currency_noun && national;
    if national && !currency_noun {
        return None;
    }
    let (currency, currency_text) = currency::currency_of(&currency_words, original);
    if currency.is_none()
        && let Some(text) = &currency_text
        && !currency::is_currency(text)
    {
        return None;
    }
    let priced = currency_text.is_some() || national_currency || multiplier.is_some();
    let counts = match rest.as_slice() {
        [] => false,
        [word] if UNIT_WORDS.contains(*word) => !priced,
        _ if known_column(&rest.join(" ")) == Some(Column::Items) => true,
        _ => return None,
    };
    if counts && (priced || values) {
        return None;
    }
    let figures = if counts {
        Some(Figures::Counts)
    } else if values || currency_text.is_some() || national_currency || currency_noun {
        Some(Figures::Values)
    } else {
        None
    };
    if figures.is_none() && multiplier.is_none() {
        return None;
    }
    Some(UnitStatement {
        figures,
        currency,
        currency_text,
        national_currency,
        multiplier,
    })
}

#[cfg(test)]
mod tests;
