//! Currencies as value headings write them: "Value (EUR)", "Valor en USD", "Value in US$",
//! "Valeur (en euros)", "Value in Swedish kronor".
//!
//! This module only decides which words of a heading are a currency; what currency they name is
//! `att_schema::codes::resolve_currency`'s business. Only a currency named without doubt
//! ([`CurrencyMatch::Found`]) gives a code: a shared sign or name ("$", "dólares") depends on the
//! reporting State, which a heading does not know, and is handed on as written.

use att_schema::codes::{CurrencyMatch, resolve_currency};
use att_schema::text::fold;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Words that occur in currency names ("euros", "dollars", "US", "Swedish", "kronor").
const CURRENCY_WORDS_AS_WRITTEN: &[&str] = &[
    "euro",
    "euros",
    "US",
    "USA",
    "dollar",
    "dollars",
    "dólar",
    "dólares",
    "pound",
    "pounds",
    "sterling",
    "livre",
    "livres",
    "libra",
    "libras",
    "esterlina",
    "esterlinas",
    "franc",
    "francs",
    "franco",
    "francos",
    "swiss",
    "suisse",
    "suisses",
    "suizo",
    "suizos",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "kr",
    "couronne",
    "couronnes",
    "corona",
    "coronas",
    "swedish",
    "suédoise",
    "suédoises",
    "sueca",
    "suecas",
    "norwegian",
    "norvégienne",
    "norvégiennes",
    "noruega",
    "noruegas",
    "danish",
    "danoise",
    "danoises",
    "danesa",
    "danesas",
    "yen",
    "yens",
    "yuan",
    "renminbi",
    "japanese",
    "peso",
    "pesos",
    "real",
    "reais",
    "rand",
    "rupee",
    "rupees",
    "roupie",
    "roupies",
    "rupia",
    "rupias",
    "zloty",
    "zlotys",
    "złoty",
    "forint",
    "forints",
    "koruna",
    "korun",
    "lei",
    "leu",
    "lev",
    "leva",
    "lira",
    "lire",
    "liras",
    "shekel",
    "shekels",
    "dirham",
    "dirhams",
    "dinar",
    "dinars",
    "riyal",
    "riyals",
    "rial",
    "rials",
    "ringgit",
    "baht",
    "rouble",
    "roubles",
    "ruble",
    "rubles",
    "rublo",
    "rublos",
    "hryvnia",
    "tenge",
    "naira",
    "cedi",
    "cedis",
    "shilling",
    "shillings",
    "won",
    "rupiah",
    "sol",
    "soles",
    "quetzal",
    "quetzales",
    "guaraní",
    "guaraníes",
    "boliviano",
    "bolivianos",
    "canadian",
    "canadiens",
    "canadienses",
    "australian",
    "australiens",
    "australianos",
    "new",
    "zealand",
    "mexican",
    "mexicains",
    "mexicanos",
    "chilean",
    "chiliens",
    "chilenos",
    "argentine",
    "argentinos",
    "colombian",
    "colombiens",
    "colombianos",
    "brazilian",
    "brésiliens",
    "brasileños",
    "korean",
    "coréens",
    "coreanos",
    "south",
    "african",
    "sud-africains",
    "sudafricanos",
    "czech",
    "tchèques",
    "checas",
    "polish",
    "polonais",
    "polacos",
    "hungarian",
    "hongrois",
    "húngaros",
    "romanian",
    "roumains",
    "rumanos",
    "bulgarian",
    "bulgares",
    "búlgaros",
    "turkish",
    "turques",
    "turcas",
    "israeli",
    "israéliens",
    "israelíes",
    "indian",
    "indiennes",
    "indias",
    "icelandic",
    "islandaises",
    "islandesas",
    "american",
    "américain",
    "américains",
    "americano",
    "americanos",
    "estadounidense",
    "estadounidenses",
    "united",
    "states",
    "états",
    "unis",
    "estados",
    "unidos",
    "EE.UU.",
    "EEUU",
    "nacional",
    "nationale",
    "national",
    "local",
    "locale",
    "currency",
    "monnaie",
    "moneda",
    "devise",
    "divisa",
    "CFA",
];

static CURRENCY_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    CURRENCY_WORDS_AS_WRITTEN
        .iter()
        .flat_map(|w| fold(w).split(' ').map(str::to_owned).collect::<Vec<_>>())
        .collect()
});

/// Common ISO 4217 codes, recognised even when a heading writes them in lower case ("eur").
const COMMON_CODES: &[&str] = &[
    "eur", "usd", "gbp", "chf", "sek", "nok", "dkk", "isk", "jpy", "cny", "krw", "cad", "aud",
    "nzd", "pln", "czk", "huf", "ron", "bgn", "mxn", "brl", "ars", "clp", "cop", "pen", "zar",
];

/// Whether a folded word may be part of a currency in a value heading: a word of a currency name,
/// a common ISO code, or any three-letter word that `original` writes in capitals ("SEK").
pub(crate) fn is_currency_word(word: &str, original: &str) -> bool {
    CURRENCY_WORDS.contains(word) || COMMON_CODES.contains(&word) || is_capital_code(word, original)
}

/// Whether `word` is three ASCII letters that `original` writes in capitals as a word of its own,
/// in a text that is not all capitals (where "ALL" would be a word, not the Albanian lek).
fn is_capital_code(word: &str, original: &str) -> bool {
    if word.len() != 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    if !original.chars().any(char::is_lowercase) {
        return false;
    }
    let upper = word.to_ascii_uppercase();
    original.match_indices(&upper).any(|(at, _)| {
        let before = original[..at].chars().next_back();
        let after = original[at + 3..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The ISO 4217 code that a currency written as `text` names without doubt.
pub(crate) fn code_of(text: &str) -> Option<String> {
    match resolve_currency(text, None) {
        CurrencyMatch::Found(currency) => Some(currency.code.to_owned()),
        CurrencyMatch::Assumed { .. } | CurrencyMatch::Unknown => None,
    }
}

/// Whether `text` is a currency, sure or shared ("euros", "$", "dólares", "francs CFA").
pub(crate) fn is_currency(text: &str) -> bool {
    !matches!(resolve_currency(text, None), CurrencyMatch::Unknown)
}

/// The currency symbol written in `original`, the longest first ("US$" before "$").
pub(crate) fn symbol_in(original: &str) -> Option<&'static str> {
    const SYMBOLS: &[&str] = &[
        "U.S.$", "US$", "CA$", "NZ$", "HK$", "AU$", "R$", "C$", "A$", "€", "£", "₩", "₹", "₽", "₺",
        "₪", "₦", "₱", "₫", "₴", "₸", "¥", "$",
    ];
    SYMBOLS
        .iter()
        .copied()
        .find(|symbol| original.contains(symbol))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_currency_words_and_codes() {
        assert!(is_currency_word("euros", "euros"));
        assert!(is_currency_word("kronor", "kronor"));
        assert!(is_currency_word("sek", "Value (SEK)"));
        assert!(is_currency_word("eur", "value eur"));
        assert!(!is_currency_word("all", "VALUE OF ALL EXPORTS"));
        assert!(!is_currency_word("abc", "Value (abc)"));
        assert!(is_currency_word("xof", "Value (XOF)"));
        assert!(!is_currency_word("xof", "Value (XOFA)"));
        assert_eq!(code_of("euros").as_deref(), Some("EUR"));
        assert_eq!(code_of("us dollars").as_deref(), Some("USD"));
        assert_eq!(code_of("xof").as_deref(), Some("XOF"));
        assert_eq!(code_of("swedish kronor").as_deref(), Some("SEK"));
        assert_eq!(
            code_of("dollars"),
            None,
            "shared: depends on the reporting State"
        );
        assert!(is_currency("dollars") && is_currency("$") && !is_currency("units"));
    }

    #[test]
    fn finds_symbols() {
        assert_eq!(symbol_in("Value in US$"), Some("US$"));
        assert_eq!(symbol_in("Valeur (€)"), Some("€"));
        assert_eq!(symbol_in("Value ($)"), Some("$"));
        assert_eq!(symbol_in("Value"), None);
    }
}
