//! Currencies (ISO 4217), with names in three languages and symbols, and the resolver from the
//! free text of a report to a currency.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::states::State;
use super::{ascii_code, bag_key, is_stopword, merge_initials, parse_tsv, words};
use crate::lang::{Lang, Text};

/// An active ISO 4217 currency or fund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Currency {
    /// The alphabetic code, e.g. `EUR`.
    pub code: &'static str,
    /// The numeric code, three digits, e.g. `978`.
    pub numeric: &'static str,
    /// Digits after the decimal point (2 for EUR, 0 for JPY, 3 for KWD); `None` where ISO 4217
    /// says "N.A." (gold, SDR, test codes).
    pub minor_units: Option<u8>,
    names: Text,
    symbols: Vec<&'static str>,
}

impl Currency {
    /// The name in `lang`: "Swedish Krona", "Couronne suédoise", "Corona sueca".
    pub fn name(&self, lang: Lang) -> &'static str {
        self.names.get(lang)
    }

    /// The symbols written for it: `["€"]` for EUR, `["US$", "$US", "USD$", "U$S", "$"]` for
    /// USD. A symbol may be shared by several currencies ("$", "kr", "¥").
    pub fn symbols(&self) -> &[&'static str] {
        &self.symbols
    }
}

/// The result of [`resolve_currency`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurrencyMatch {
    /// The text names this currency and no other: a code, an unambiguous symbol or name.
    Found(&'static Currency),
    /// The text is a sign or name shared by several currencies ("$", "dollars", "kr",
    /// "francs"); `currency` is the one assumed, `candidates` all those the text could mean
    /// (sorted by code, `currency` among them), so that a reader can say what was assumed.
    Assumed {
        /// The currency assumed.
        currency: &'static Currency,
        /// Every currency the text could mean.
        candidates: Vec<&'static Currency>,
    },
    /// The text is not a known currency, or is a shared sign with no home State and no
    /// convention to decide ("kr", "francs", "pesos" alone).
    Unknown,
}

/// Every currency, sorted by code.
pub fn all_currencies() -> &'static [Currency] {
    &CURRENCIES
}

/// The currency with this ISO 4217 alphabetic code; case and surrounding spaces ignored.
///
/// ```
/// # use att_schema::codes::currency_by_code;
/// assert_eq!(currency_by_code("sek").map(|c| c.numeric), Some("752"));
/// assert!(currency_by_code("XYZ").is_none());
/// ```
pub fn currency_by_code(code: &str) -> Option<&'static Currency> {
    let mut buf = [0; 3];
    let code = ascii_code(code.trim(), &mut buf)?;
    if code.len() != 3 {
        return None;
    }
    INDEX.by_code.get(code).map(|&i| &CURRENCIES[i])
}

/// Resolves the currency written in a report: a code, a symbol or a name, in English, French or
/// Spanish, e.g. "EUR", "€", "euros", "US$", "dólares estadounidenses", "Swedish kronor".
/// `home_state` is the reporting State, used to read shared signs.
///
/// Policy:
///
/// - An ISO 4217 code (any case), a symbol or a name that belongs to one currency is
///   [`CurrencyMatch::Found`]. Names match loosely (case, accents, punctuation, word order,
///   simple plurals ignored: "dollars US" = "US dollar"); symbols as written, ignoring case and
///   spaces ("US $" = "US$").
/// - A sign or name shared by several currencies ("$", "dollars", "dólares", "kr", "¥",
///   "francs", "pesos", "pounds", "Rs") is [`CurrencyMatch::Assumed`], with every candidate
///   listed:
///   1. the home State's currency, when it is a candidate (a Canadian report's "$" is CAD, a
///      Swedish report's "kr" is SEK, a Mexican report's "pesos" are MXN);
///   2. otherwise the conventional reading, where there is one (marked `default` in
///      `data/currency-aliases.tsv`): USD for "$", "dollars", "dólares"; GBP for "pounds",
///      "livres", "libras"; JPY for "¥"; KRW for "₩"; RUB for "roubles"; VES for "bolívares";
///      CAD for "C$".
/// - A shared sign with no home match and no convention ("kr", "francs", "pesos", "rupees",
///   "dinars", "FCFA" with no home State) is [`CurrencyMatch::Unknown`]: guessing between SEK,
///   NOK, DKK and ISK would be wrong as often as right.
/// - A number around the currency is ignored: "USD 1,200,000", "€ 500 000", "1'200 CHF". Scale
///   words and marks are not understood and leave the text unresolved ("USD thousands", "k€",
///   "EUR'000"): the caller must read them, since they change the amounts.
pub fn resolve_currency(text: &str, home_state: Option<&State>) -> CurrencyMatch {
    let text = text.trim();
    let mut result = lookup(text, home_state);
    if result == CurrencyMatch::Unknown && !has_thousands_mark(text) {
        let stripped = strip_number(text);
        if !stripped.is_empty() && stripped != text {
            result = lookup(stripped, home_state);
        }
    }
    result
}

/// Every currency that a code, symbol or name written in a report could mean, sorted by code:
/// one for a code or a sign of its own ("EUR", "€", "$ CA", "Kč"), several for a shared sign or
/// name ("$", "kr", "FCFA", "francs"), none when `text` is not a currency. Unlike
/// [`resolve_currency`], it needs no home State and no convention: it says whether a text is a
/// currency at all, and which, before the reporting State is known.
///
/// ```
/// # use att_schema::codes::currency_candidates;
/// let codes = |text| currency_candidates(text).iter().map(|c| c.code).collect::<Vec<_>>();
/// assert_eq!(codes("F CFA"), ["XAF", "XOF"]);
/// assert_eq!(codes("$ CA"), ["CAD"]);
/// assert_eq!(codes("kr."), ["DKK", "ISK", "NOK", "SEK"]);
/// assert!(codes("tanks").is_empty());
/// ```
pub fn currency_candidates(text: &str) -> Vec<&'static Currency> {
    let text = text.trim();
    let mut ids = lookup_ids(text);
    if ids.is_empty() && !has_thousands_mark(text) {
        let stripped = strip_number(text);
        if !stripped.is_empty() && stripped != text {
            ids = lookup_ids(stripped);
        }
    }
    ids.iter().map(|&i| &CURRENCIES[i]).collect()
}

/// The indices of the currencies `text` names as a code, a symbol or a name.
fn lookup_ids(text: &str) -> &'static [usize] {
    if text.is_empty() {
        return &[];
    }
    if let Some(id) = currency_by_code(text).and_then(|c| INDEX.by_code.get(c.code)) {
        return std::slice::from_ref(id);
    }
    if let Some(ids) = INDEX.by_symbol.get(&symbol_key(text)) {
        return ids;
    }
    INDEX
        .by_name
        .get(&name_key(text))
        .map_or(&[], Vec::as_slice)
}

/// `text` without the number around its currency: "USD 1,200,000" → "USD".
fn strip_number(text: &str) -> &str {
    text.trim_matches(|c: char| {
        c.is_numeric()
            || c.is_whitespace()
            || matches!(
                c,
                '.' | ',' | '\'' | '’' | '(' | ')' | '[' | ']' | ':' | ';' | '-' | '+' | '*'
            )
    })
}

/// Whether `text` has a thousands mark after a currency ("EUR'000", "USD ’000"): the figures are
/// then in thousands, and stripping the number would hide that.
fn has_thousands_mark(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(4).enumerate().any(|(i, w)| {
        matches!(w[0], '\'' | '’')
            && w[1..] == ['0', '0', '0']
            && (i == 0 || !chars[i - 1].is_numeric())
    })
}

fn lookup(text: &str, home_state: Option<&State>) -> CurrencyMatch {
    if text.is_empty() {
        return CurrencyMatch::Unknown;
    }
    if let Some(currency) = currency_by_code(text) {
        return CurrencyMatch::Found(currency);
    }
    let symbol = symbol_key(text);
    if let Some(ids) = INDEX.by_symbol.get(&symbol) {
        return decide(ids, INDEX.symbol_defaults.get(&symbol), home_state);
    }
    let name = name_key(text);
    if let Some(ids) = INDEX.by_name.get(&name) {
        return decide(ids, INDEX.name_defaults.get(&name), home_state);
    }
    CurrencyMatch::Unknown
}

fn decide(ids: &[usize], default: Option<&usize>, home_state: Option<&State>) -> CurrencyMatch {
    if let [only] = ids {
        return CurrencyMatch::Found(&CURRENCIES[*only]);
    }
    let candidates = || ids.iter().map(|&i| &CURRENCIES[i]).collect();
    let home = home_state.and_then(|s| {
        ids.iter()
            .copied()
            .find(|&i| CURRENCIES[i].code == s.currency)
    });
    match home.or(default.copied()) {
        Some(i) => CurrencyMatch::Assumed {
            currency: &CURRENCIES[i],
            candidates: candidates(),
        },
        None => CurrencyMatch::Unknown,
    }
}

/// The key of a symbol: lowercase, without spaces and trailing dots ("S/." = "S/", "Rs." = "Rs").
fn symbol_key(text: &str) -> String {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.trim_end_matches('.').to_owned()
}

/// The order-free key of a currency name: folded words, initials merged, articles dropped,
/// plurals reduced ("dólares estadounidenses" = "dólar estadounidense").
fn name_key(text: &str) -> String {
    let words = merge_initials(words(text));
    let stems: Vec<String> = words
        .iter()
        .filter(|w| !is_stopword(&w.text))
        .map(|w| stem(&w.text).to_owned())
        .collect();
    bag_key(stems.iter().map(String::as_str))
}

/// Reduces a simple plural of the three languages: "dollars" → "dollar", "dólares" → "dólar",
/// "francs" → "franc", "reales" → "real". Not a grammar: both sides of a comparison go through it.
fn stem(word: &str) -> &str {
    let n = word.chars().count();
    if n > 4
        && let Some(base) = word.strip_suffix("es")
        && base.ends_with(['r', 'l', 'n', 'd', 'j', 'm'])
    {
        return base;
    }
    if n > 3 && word.ends_with('s') && !word.ends_with("ss") {
        return &word[..word.len() - 1];
    }
    word
}

/// Whether an alias is a symbol (matched as written) rather than a name (matched by words):
/// it has a character other than letters, spaces, dots, apostrophes, hyphens and brackets.
fn is_symbol(alias: &str) -> bool {
    alias.chars().any(|c| {
        !(c.is_alphabetic() || c.is_whitespace() || matches!(c, '.' | '\'' | '’' | '-' | '(' | ')'))
    })
}

static CURRENCIES: LazyLock<Vec<Currency>> = LazyLock::new(|| {
    parse_tsv(
        "currencies.tsv",
        include_str!("../../data/currencies.tsv"),
        &[
            "code",
            "numeric",
            "minor_units",
            "en_name",
            "fr_name",
            "es_name",
            "symbols",
        ],
        7,
    )
    .into_iter()
    .map(|r| Currency {
        code: r[0],
        numeric: r[1],
        minor_units: match r[2] {
            "" => None,
            digits => Some(digits.parse().unwrap_or_else(|_| {
                panic!("currencies.tsv: {}: bad minor units {digits:?}", r[0])
            })),
        },
        names: Text {
            en: r[3],
            fr: r[4],
            es: r[5],
        },
        symbols: r[6].split('|').filter(|s| !s.is_empty()).collect(),
    })
    .collect()
});

struct Index {
    by_code: FxHashMap<&'static str, usize>,
    by_symbol: FxHashMap<String, Vec<usize>>,
    by_name: FxHashMap<String, Vec<usize>>,
    symbol_defaults: FxHashMap<String, usize>,
    name_defaults: FxHashMap<String, usize>,
}

fn insert(map: &mut FxHashMap<String, Vec<usize>>, key: String, id: usize) {
    assert!(
        !key.is_empty(),
        "currency name or symbol with nothing to match"
    );
    let ids = map.entry(key).or_default();
    if !ids.contains(&id) {
        ids.push(id);
        ids.sort_unstable();
    }
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let currencies: &'static [Currency] = &CURRENCIES;
    let mut index = Index {
        by_code: FxHashMap::default(),
        by_symbol: FxHashMap::default(),
        by_name: FxHashMap::default(),
        symbol_defaults: FxHashMap::default(),
        name_defaults: FxHashMap::default(),
    };
    for (i, c) in currencies.iter().enumerate() {
        assert!(
            index.by_code.insert(c.code, i).is_none(),
            "currencies.tsv: {} twice",
            c.code
        );
        for lang in Lang::ALL {
            insert(&mut index.by_name, name_key(c.name(lang)), i);
        }
        for symbol in c.symbols() {
            insert(&mut index.by_symbol, symbol_key(symbol), i);
        }
    }
    let aliases = parse_tsv(
        "currency-aliases.tsv",
        include_str!("../../data/currency-aliases.tsv"),
        &["code", "alias", "default"],
        2,
    );
    for row in aliases {
        let id = *index
            .by_code
            .get(row[0])
            .unwrap_or_else(|| panic!("currency-aliases.tsv: unknown code {:?}", row[0]));
        let (map, defaults, key) = if is_symbol(row[1]) {
            (
                &mut index.by_symbol,
                &mut index.symbol_defaults,
                symbol_key(row[1]),
            )
        } else {
            (
                &mut index.by_name,
                &mut index.name_defaults,
                name_key(row[1]),
            )
        };
        match row.get(2).copied() {
            None | Some("") => {}
            Some("default") => {
                let previous = defaults.insert(key.clone(), id);
                assert!(
                    previous.is_none_or(|p| p == id),
                    "currency-aliases.tsv: two defaults for {:?}",
                    row[1]
                );
            }
            Some(other) => panic!("currency-aliases.tsv: {:?}: unknown flag {other:?}", row[1]),
        }
        insert(map, key, id);
    }
    index
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_parse() {
        assert_eq!(all_currencies().len(), 178);
        assert!(INDEX.by_name.len() > 400);
        assert!(INDEX.symbol_defaults.contains_key("$"));
        assert!(
            all_currencies().windows(2).all(|w| w[0].code < w[1].code),
            "currencies.tsv must be sorted by code"
        );
    }

    #[test]
    fn defaults_are_among_their_candidates() {
        for (key, id) in INDEX.symbol_defaults.iter() {
            assert!(INDEX.by_symbol[key].contains(id), "{key}");
        }
        for (key, id) in INDEX.name_defaults.iter() {
            assert!(INDEX.by_name[key].contains(id), "{key}");
        }
    }

    #[test]
    fn plurals() {
        assert_eq!(stem("dollars"), "dollar");
        assert_eq!(stem("dolares"), "dolar");
        assert_eq!(stem("reales"), "real");
        assert_eq!(stem("estadounidenses"), "estadounidense");
        assert_eq!(stem("swiss"), "swiss");
        assert_eq!(stem("yen"), "yen");
        assert_eq!(
            name_key("dólares estadounidenses"),
            name_key("Dólar estadounidense")
        );
        assert_eq!(name_key("dollars US"), name_key("U.S. dollar"));
    }

    #[test]
    fn symbols_and_names_are_told_apart() {
        assert!(is_symbol("US$") && is_symbol("€") && !is_symbol("F CFA"));
        assert!(!is_symbol("dollars des États-Unis") && !is_symbol("Rs."));
        assert_eq!(symbol_key("S/."), symbol_key("S/"));
        assert_eq!(symbol_key("US $"), "us$");
    }
}
