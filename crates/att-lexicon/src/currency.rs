//! Currencies as value headings write them: "Value (EUR)", "Valor en USD", "Value in US$",
//! "Valeur (en euros)", "Value in Swedish kronor".
//!
//! This module only decides which words of a heading are a currency; what currency they name is
//! `att_schema::codes::resolve_currency`'s business. Only a currency named without doubt
//! ([`CurrencyMatch::Found`]) gives a code: a shared sign or name ("$", "dólares") depends on the
//! reporting State, which a heading does not know, and is handed on as written.

use att_schema::codes::{CurrencyMatch, currency_by_code, currency_candidates, resolve_currency};
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
    // Other currencies' names that are no common words.
    "kwanza",
    "kwanzas",
    "kwacha",
    "lempira",
    "lempiras",
    "córdoba",
    "córdobas",
    "colón",
    "colones",
    "pula",
    "birr",
    "dalasi",
    "ouguiya",
    "ariary",
    "leone",
    "leones",
    "kina",
    "taka",
    "kyat",
    "riel",
    "dong",
    "afghani",
    "lari",
    "dram",
    "somoni",
    "manat",
    "denar",
    "lek",
    "pataca",
    "rufiyaa",
    "ngultrum",
    "tugrik",
    "bolívar",
    "bolívares",
    "gourde",
    "balboa",
    "guilder",
    "florin",
    "nakfa",
    "guaraní",
    "hryvnias",
    "tenge",
    "rublo",
    // German, Italian, Portuguese and Dutch names of the common currencies.
    "franken",
    "schweizer",
    "franchi",
    "svizzeri",
    "dollari",
    "sterline",
    "corone",
    "kronen",
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
/// a common ISO code, any three-letter word that `original` writes in capitals ("SEK"), the
/// letters that qualify a sign ("CA" of "$ CA", "NZ" of "NZ$"), or a sign written in letters
/// other than a code ("R", "Kč", "FCFA", the "F" of "F CFA").
pub(crate) fn is_currency_word(word: &str, original: &str) -> bool {
    is_currency_name_word(word) || is_currency_sign_word(word, original)
}

/// [`is_currency_word`] for the words of a currency's name and the common codes only: a set
/// lookup, to try before anything else.
pub(crate) fn is_currency_name_word(word: &str) -> bool {
    CURRENCY_WORDS.contains(word) || COMMON_CODES.contains(&word)
}

/// [`is_currency_word`] for the words that are currencies as `original` writes them: a code in
/// capitals, the letters of a qualified sign, a sign in letters.
fn is_currency_sign_word(word: &str, original: &str) -> bool {
    is_capital_code(word, original)
        || symbol_in(original).is_some_and(|symbol| fold(&symbol) == word)
        || is_letter_sign(word, original)
}

/// Whether `word` is, in `original`, a currency sign written in letters ("R", "Kč", "FCFA",
/// "Ft"), alone or with the word after it ("F CFA"). A sign of one letter counts only in
/// capitals, so that a stray letter is not a currency.
fn is_letter_sign(word: &str, original: &str) -> bool {
    // Signs in letters are short ("R", "Kč", "FCFA", "Dhs"); names are in `CURRENCY_WORDS`.
    if word.len() > MAX_LETTER_SIGN_BYTES {
        return false;
    }
    let tokens: Vec<&str> = original
        .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | ',' | ';' | ':'))
        .map(|token| token.trim_end_matches('.'))
        .filter(|token| !token.is_empty())
        .collect();
    tokens.iter().enumerate().any(|(at, token)| {
        if fold(token) != word {
            return false;
        }
        let mut letters = token.chars();
        let one_letter = letters.next().is_some() && letters.next().is_none();
        if (one_letter && !token.chars().all(char::is_uppercase))
            || currency_by_code(token).is_some()
        {
            // ISO codes are read by `is_capital_code`, which knows "ALL" from the lek.
            return false;
        }
        !currency_candidates(token).is_empty()
            || tokens
                .get(at + 1)
                .is_some_and(|next| !currency_candidates(&format!("{token} {next}")).is_empty())
    })
}

/// Longest folded sign written in letters.
const MAX_LETTER_SIGN_BYTES: usize = 4;

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

/// Whether `text` is a currency, sure or shared ("euros", "$", "dólares", "francs CFA",
/// "FCFA", "kr").
pub(crate) fn is_currency(text: &str) -> bool {
    !currency_candidates(text).is_empty()
}

/// The ISO code and the text of the currency that a text's currency words and sign give. The
/// text is the sign when there is one and the words only spell it ("US$" → "us", "$ CA" →
/// "ca"), otherwise the words. The code is set only when the currency is certain: a shared sign
/// ("$", "kr", "FCFA") is resolved by the caller, with the reporting State.
pub(crate) fn currency_of(
    currency_words: &[String],
    original: &str,
) -> (Option<String>, Option<String>) {
    let words = currency_words.join(" ");
    let symbol = symbol_in(original);
    let text = match symbol {
        Some(ref symbol) if words.is_empty() || fold(symbol) == words => symbol.clone(),
        _ if words.is_empty() => return (None, None),
        // Folding loses the marks of a sign written in letters ("Kč" → "kc"): then as written.
        _ if !is_currency(&words) => written_as(&words, original).map_or(words, str::to_owned),
        _ => words,
    };
    let code = code_of(&text).or_else(|| symbol.as_deref().and_then(code_of));
    (code, Some(text))
}

/// The words of `original` that fold to `folded`, as written.
fn written_as<'t>(folded: &str, original: &'t str) -> Option<&'t str> {
    let starts = original
        .char_indices()
        .filter(|&(at, c)| c.is_alphanumeric() && !original[..at].ends_with(char::is_alphanumeric))
        .map(|(at, _)| at);
    for start in starts {
        let rest = &original[start..];
        let ends = rest
            .char_indices()
            .map(|(at, c)| at + c.len_utf8())
            .filter(|&end| !rest[end..].starts_with(char::is_alphanumeric));
        for end in ends {
            let folded_span = fold(&rest[..end]);
            if folded_span == folded {
                return Some(&rest[..end]);
            }
            if folded_span.len() > folded.len() {
                break;
            }
        }
    }
    None
}

/// Signs that are currencies on their own, or with letters that say whose ("$ CA").
const SIGNS: &[char] = &[
    '$', '€', '£', '¥', '₩', '₹', '₽', '₺', '₪', '₦', '₱', '₫', '₴', '₸',
];

/// The currency sign written in `original`, with the letters that say whose it is when it has
/// them: "US$", "CA$", "$ CA", "NZ$", "HK$", "R$", "€", "$". The qualified form is kept only when
/// it is a known sign, so that "$ m" (millions) stays "$".
pub(crate) fn symbol_in(original: &str) -> Option<String> {
    const WRITTEN: &[&str] = &["U.S.$", "US $"];
    if let Some(written) = WRITTEN.iter().find(|w| original.contains(**w)) {
        return Some((*written).to_owned());
    }
    let (at, sign) = original.char_indices().find(|(_, c)| SIGNS.contains(c))?;
    let before = &original[..at];
    let after = &original[at + sign.len_utf8()..];
    let sign = &original[at..at + sign.len_utf8()];
    let qualifier_before = qualifier_letters(before.chars().rev()).map(|(letters, spaced)| {
        let letters: String = letters.chars().rev().collect();
        let start = before.len() - letters.len() - usize::from(spaced);
        &original[start..at + sign.len()]
    });
    let qualifier_after = qualifier_letters(after.chars()).map(|(letters, spaced)| {
        &original[at..at + sign.len() + usize::from(spaced) + letters.len()]
    });
    qualifier_before
        .into_iter()
        .chain(qualifier_after)
        .find(|qualified| !currency_candidates(qualified).is_empty())
        .map_or_else(
            || Some(sign.to_owned()),
            |qualified| Some(qualified.to_owned()),
        )
}

/// The one to three capital letters next to a sign, read outwards from it (`chars`), with
/// whether a space stands between: "CA" of "$ CA", "NZ" of "NZ$". `None` when the letters are
/// more, or part of a longer word.
fn qualifier_letters(chars: impl Iterator<Item = char>) -> Option<(String, bool)> {
    let mut chars = chars.peekable();
    let spaced = chars.next_if_eq(&' ').is_some();
    let mut letters = String::new();
    for c in chars {
        if c.is_ascii_uppercase() && letters.len() < 4 {
            letters.push(c);
        } else if c.is_alphanumeric() {
            return None;
        } else {
            break;
        }
    }
    (!letters.is_empty() && letters.len() <= 3).then_some((letters, spaced))
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
        for (text, symbol) in [
            ("Value in US$", "US$"),
            ("Value in U.S.$", "U.S.$"),
            ("Valeur (€)", "€"),
            ("Value ($)", "$"),
            ("Valeur ($ CA)", "$ CA"),
            ("Valeur (CA$)", "CA$"),
            ("Value (NZ$ m)", "NZ$"),
            ("Value (HK$)", "HK$"),
            ("Valor (R$)", "R$"),
            ("Value ($ m)", "$"),
            ("Value (MONEY$)", "$"),
            ("Value (XY$)", "$"),
        ] {
            assert_eq!(symbol_in(text).as_deref(), Some(symbol), "{text:?}");
        }
        assert_eq!(symbol_in("Value"), None);
    }

    #[test]
    fn signs_in_letters_and_qualifiers() {
        assert!(is_currency_word("r", "Value (R million)"));
        assert!(
            !is_currency_word("r", "Value (r million)"),
            "one letter: capitals only"
        );
        assert!(is_currency_word("kc", "Hodnota (Kč)"));
        assert!(is_currency_word("fcfa", "Valeur (FCFA)"));
        assert!(is_currency_word("f", "Valeur en F CFA"));
        assert!(is_currency_word("ca", "Valeur ($ CA)"));
        assert!(is_currency_word("nz", "Value (NZ$)"));
        assert!(!is_currency_word("t", "Value (T)"));
        assert!(!is_currency_word("tanks", "Value of tanks"));
        assert!(is_currency("FCFA") && is_currency("kr") && is_currency("F CFA"));
        let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            currency_of(&words(&["ca"]), "Valeur ($ CA)"),
            (Some("CAD".to_owned()), Some("$ CA".to_owned()))
        );
        assert_eq!(
            currency_of(&words(&["r"]), "Value (R million)"),
            (Some("ZAR".to_owned()), Some("r".to_owned()))
        );
        assert_eq!(
            currency_of(&words(&["fcfa"]), "Valeur (FCFA)"),
            (None, Some("fcfa".to_owned())),
            "XOF or XAF: the reporting State decides"
        );
        assert_eq!(currency_of(&[], "Value"), (None, None));
    }
}
