//! Currencies as value headings write them: "Value (EUR)", "Valor en USD", "Value in US$",
//! "Valeur (en euros)", "Value in Swedish kronor".
//!
//! Only what a heading needs: whether a word can be part of a currency name, and the ISO 4217
//! code of the names and symbols that have exactly one. Everything else is handed on as written,
//! for `att_schema::codes::resolve_currency` to resolve with the reporting State in mind.

use att_schema::text::fold;
use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// Currency names with one meaning, and their ISO 4217 codes.
const NAMES: &[(&str, &[&str])] = &[
    ("EUR", &["euro", "euros"]),
    (
        "USD",
        &[
            "US",
            "US dollar",
            "US dollars",
            "dollar US",
            "dollars US",
            "USA dollars",
            "United States dollars",
            "dollars des États-Unis",
            "dollar américain",
            "dollars américains",
            "dólar estadounidense",
            "dólares estadounidenses",
            "dólares de los Estados Unidos",
            "dólares EE.UU.",
            "dólares EEUU",
        ],
    ),
    (
        "GBP",
        &[
            "sterling",
            "pound sterling",
            "pounds sterling",
            "livre sterling",
            "livres sterling",
            "libra esterlina",
            "libras esterlinas",
        ],
    ),
    (
        "CHF",
        &[
            "Swiss francs",
            "Swiss franc",
            "francs suisses",
            "franc suisse",
            "francos suizos",
        ],
    ),
    (
        "SEK",
        &[
            "Swedish kronor",
            "Swedish krona",
            "couronnes suédoises",
            "coronas suecas",
        ],
    ),
    (
        "NOK",
        &[
            "Norwegian kroner",
            "Norwegian krone",
            "couronnes norvégiennes",
            "coronas noruegas",
        ],
    ),
    (
        "DKK",
        &[
            "Danish kroner",
            "Danish krone",
            "couronnes danoises",
            "coronas danesas",
        ],
    ),
    ("JPY", &["yen", "yens", "Japanese yen"]),
    ("CNY", &["yuan", "renminbi"]),
];

/// Words that occur in currency names without naming one alone ("dollars", "kronor", "canadian").
const OTHER_WORDS: &[&str] = &[
    "dollar",
    "dollars",
    "dólar",
    "dólares",
    "pound",
    "pounds",
    "livre",
    "livres",
    "libra",
    "libras",
    "franc",
    "francs",
    "franco",
    "francos",
    "krona",
    "kronor",
    "krone",
    "kroner",
    "couronne",
    "couronnes",
    "corona",
    "coronas",
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
    "américains",
    "united",
    "states",
    "états",
    "unis",
    "estados",
    "unidos",
    "ee",
    "uu",
    "eeuu",
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
];

static CODE_OF_NAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    NAMES
        .iter()
        .flat_map(|(code, names)| names.iter().map(move |name| (fold(name), *code)))
        .collect()
});

static CURRENCY_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let named = NAMES
        .iter()
        .flat_map(|(_, names)| names.iter())
        .flat_map(|name| fold(name).split(' ').map(str::to_owned).collect::<Vec<_>>());
    named.chain(OTHER_WORDS.iter().map(|w| fold(w))).collect()
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

/// The ISO 4217 code of the folded currency words `words` ("euros", "us dollars", "sek"), when
/// they name exactly one currency.
pub(crate) fn code_of_words(words: &str, original: &str) -> Option<String> {
    if let Some(code) = CODE_OF_NAME.get(words) {
        return Some((*code).to_owned());
    }
    let is_code = COMMON_CODES.contains(&words) || is_capital_code(words, original);
    is_code.then(|| words.to_ascii_uppercase())
}

/// A currency symbol written in `original`, with its code when it has only one ("€", "£", "US$").
/// "$", "¥" and "kr" are shared by several currencies: they come back without a code.
pub(crate) fn symbol_in(original: &str) -> Option<(&'static str, Option<&'static str>)> {
    const SYMBOLS: &[(&str, Option<&str>)] = &[
        ("US$", Some("USD")),
        ("U.S.$", Some("USD")),
        ("€", Some("EUR")),
        ("£", Some("GBP")),
        ("₩", Some("KRW")),
        ("₹", Some("INR")),
        ("₽", Some("RUB")),
        ("₺", Some("TRY")),
        ("₪", Some("ILS")),
        ("$", None),
        ("¥", None),
    ];
    SYMBOLS
        .iter()
        .copied()
        .find(|(symbol, _)| original.contains(symbol))
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
        assert_eq!(code_of_words("euros", "").as_deref(), Some("EUR"));
        assert_eq!(code_of_words("us dollars", "").as_deref(), Some("USD"));
        assert_eq!(code_of_words("xof", "Valeur (XOF)").as_deref(), Some("XOF"));
        assert_eq!(code_of_words("dollars", "dollars"), None);
        assert_eq!(code_of_words("swedish kronor", "").as_deref(), Some("SEK"));
    }

    #[test]
    fn finds_symbols() {
        assert_eq!(symbol_in("Value in US$"), Some(("US$", Some("USD"))));
        assert_eq!(symbol_in("Valeur (€)"), Some(("€", Some("EUR"))));
        assert_eq!(symbol_in("Value ($)"), Some(("$", None)));
        assert_eq!(symbol_in("Value"), None);
    }
}
