//! Excel number formats: the currency and multiplier a value column's format shows.
//!
//! A workbook often says a value's currency only in the cell's number format: `[$EUR] #,##0`,
//! `#,##0 "kr"`, `[$€-407] #,##0.00`, `_-* #,##0 €_-`, `[$$-409]#,##0` (a dollar sign and the
//! locale 409, en-US: US dollars), `"US$"#,##0`. Thousands may be shown by the format too.
//!
//! # Policy
//!
//! - Only the first section (positive numbers) is read; a date or time format says nothing.
//! - The currency is a symbol or code in a `[$…]` tag, in quotes, escaped (`\€`) or bare (`€`,
//!   `$`, `£`). It is resolved without doubt (`€`, `US$`, `EUR`, `CHF`) or with the locale of the
//!   tag (`[$$-409]` is USD, `[$$-1009]` CAD, `[$Fr.-807]` CHF). A shared sign without a locale
//!   (`$`, `kr`) is handed on as written: resolve it with `att_schema::codes::resolve_currency`
//!   and the reporting State. A locale alone (`[$-409]`) names no currency.
//! - Commas after the last digit placeholder (`#,##0,`, `0.0,,"M"`) divide the *shown* number
//!   by a thousand each: the cell still holds units. That is [`NumberFormatReading::display_scale`];
//!   the unit word shown with it ("k", "M") is not a multiplier.
//! - A multiplier word shown without that scaling (`#,##0 "Mio."`, `0.0 "k€"`) means the cell
//!   holds thousands or millions: that is [`NumberFormatReading::multiplier`].

use crate::currency;
use crate::multiplier::{self, Multiplier};
use att_schema::codes::{CurrencyMatch, resolve_currency};
use att_schema::text::fold;

/// What a number format says about the values it shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NumberFormatReading {
    /// The ISO 4217 code of the currency, when the format names one without doubt or with its
    /// locale.
    pub currency: Option<String>,
    /// The currency as the format writes it ("€", "kr", "$", "Fr.", "EUR"), whenever it writes
    /// one, resolved or not.
    pub currency_text: Option<String>,
    /// The Windows locale identifier of a `[$…-LCID]` tag (0x409 for en-US, 0x807 for de-CH).
    pub locale: Option<u32>,
    /// The multiplier of the values the cells hold, when the format shows a multiplier word
    /// without scaling them (`#,##0 "Mio."`): multiply the cells' values by it.
    pub multiplier: Option<Multiplier>,
    /// How the format divides the values for display (`#,##0,` shows thousands): the cells hold
    /// units, nothing to multiply.
    pub display_scale: Option<Multiplier>,
}

/// Reads an Excel number-format string; `None` when it says nothing about a currency or a
/// multiplier (`General`, `#,##0.00`, `0%`, a date format, `[$-409]`).
///
/// ```
/// use att_lexicon::number_format::read_number_format;
/// use att_lexicon::multiplier::Multiplier;
/// let euro = read_number_format("[$€-407] #,##0.00").unwrap();
/// assert_eq!(euro.currency.as_deref(), Some("EUR"));
/// let krona = read_number_format("#,##0 \"kr\"").unwrap();
/// assert_eq!((krona.currency, krona.currency_text.as_deref()), (None, Some("kr")));
/// let dollar = read_number_format("[$$-409]#,##0").unwrap();
/// assert_eq!(dollar.currency.as_deref(), Some("USD"));
/// let thousands = read_number_format("#,##0,\"k\"").unwrap();
/// assert_eq!((thousands.display_scale, thousands.multiplier), (Some(Multiplier::Thousand), None));
/// assert_eq!(read_number_format("[$-409]d mmm yyyy"), None);
/// ```
pub fn read_number_format(format: &str) -> Option<NumberFormatReading> {
    let section = first_section(format);
    let scanned = scan(section)?;
    let mut reading = NumberFormatReading {
        locale: scanned.locale,
        display_scale: match scanned.scaling_commas {
            0 => None,
            1 => Some(Multiplier::Thousand),
            2 => Some(Multiplier::Million),
            _ => Some(Multiplier::Billion),
        },
        ..NumberFormatReading::default()
    };
    let (symbol, words_multiplier) = match scanned.tag_symbol.as_deref() {
        Some(tag) if !tag.is_empty() => (Some(tag.to_owned()), None),
        _ => currency_in_literal(&scanned.literal),
    };
    if scanned.scaling_commas == 0 {
        reading.multiplier = words_multiplier;
    }
    if let Some(symbol) = symbol {
        reading.currency = resolve_symbol(&symbol, scanned.locale);
        reading.currency_text = Some(symbol);
    }
    let says_something = reading.currency_text.is_some()
        || reading.multiplier.is_some()
        || reading.display_scale.is_some();
    says_something.then_some(reading)
}

/// The format's first section: up to the first `;` outside quotes, brackets and escapes.
fn first_section(format: &str) -> &str {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for (at, c) in format.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if !quoted => escaped = true,
            '"' if !bracket => quoted = !quoted,
            '[' if !quoted => bracket = true,
            ']' if !quoted => bracket = false,
            ';' if !quoted && !bracket => return &format[..at],
            _ => {}
        }
    }
    format
}

/// What a section shows besides its digits.
#[derive(Debug, Default)]
struct Scanned {
    /// The symbol of a `[$…]` tag (empty for `[$-409]`).
    tag_symbol: Option<String>,
    locale: Option<u32>,
    /// Quoted, escaped and bare literal text, separated by spaces.
    literal: String,
    /// Commas right after the last digit placeholder.
    scaling_commas: usize,
}

/// Reads a section; `None` for a date or time format.
fn scan(section: &str) -> Option<Scanned> {
    let mut scanned = Scanned::default();
    let mut chars = section.chars().peekable();
    let mut commas_after_digit = 0;
    let mut after_digit = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let text: String = chars.by_ref().take_while(|&c| c != '"').collect();
                push_literal(&mut scanned.literal, &text);
            }
            '\\' => {
                if let Some(escaped) = chars.next() {
                    push_literal(&mut scanned.literal, &escaped.to_string());
                }
            }
            '_' | '*' => {
                chars.next();
            }
            '[' => {
                let tag: String = chars.by_ref().take_while(|&c| c != ']').collect();
                if let Some(currency_tag) = tag.strip_prefix('$') {
                    let (symbol, locale) = split_tag(currency_tag);
                    scanned.tag_symbol = Some(symbol.to_owned());
                    scanned.locale = locale;
                }
            }
            '0' | '#' | '?' => {
                after_digit = true;
                commas_after_digit = 0;
                continue;
            }
            ',' if after_digit => {
                commas_after_digit += 1;
                continue;
            }
            '.' if after_digit => continue,
            c if is_currency_sign(c) => push_literal(&mut scanned.literal, &c.to_string()),
            c if c.is_alphabetic() => {
                let word: String = std::iter::once(c)
                    .chain(std::iter::from_fn(|| chars.next_if(|c| c.is_alphabetic())))
                    .collect();
                if !word.eq_ignore_ascii_case("general") && !word.eq_ignore_ascii_case("e") {
                    // Date and time codes (d, m, y, h, s, AM/PM).
                    return None;
                }
            }
            _ => {}
        }
        if after_digit {
            // A comma followed by a digit placeholder groups thousands; one that is not scales.
            scanned.scaling_commas = commas_after_digit;
        }
        after_digit = false;
    }
    if after_digit {
        scanned.scaling_commas = commas_after_digit;
    }
    Some(scanned)
}

fn push_literal(literal: &mut String, text: &str) {
    if !literal.is_empty() {
        literal.push(' ');
    }
    literal.push_str(text);
}

/// The symbol and locale of a `[$SYMBOL-LCID]` tag (the part after `$`).
fn split_tag(tag: &str) -> (&str, Option<u32>) {
    match tag.split_once('-') {
        Some((symbol, locale)) if !locale.is_empty() => {
            (symbol, u32::from_str_radix(locale, 16).ok())
        }
        _ => (tag, None),
    }
}

fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₩'
            | '₹'
            | '₽'
            | '₺'
            | '₪'
            | '₦'
            | '₱'
            | '₫'
            | '₴'
            | '₸'
            | '¤'
    )
}

/// The currency and the multiplier words in the literal text of a format ("kr", "k€", "Mio.
/// CHF", "US$").
fn currency_in_literal(literal: &str) -> (Option<String>, Option<Multiplier>) {
    let mut multiplier = None;
    let mut rest = literal.to_owned();
    let symbol = currency::symbol_in(literal).inspect(|symbol| {
        rest = rest.replacen(symbol.as_str(), " ", 1);
    });
    let mut currency_words: Vec<&str> = Vec::new();
    for word in rest.split_whitespace() {
        let folded = fold(word);
        if folded.is_empty() {
            continue;
        }
        if let Some(found) = multiplier::multiplier_word(&folded) {
            multiplier = multiplier::combine(multiplier, found);
        } else if let Some((found, _)) = multiplier::glued_code(&folded) {
            multiplier = multiplier::combine(multiplier, found);
            currency_words.push(&word[1..]);
        } else {
            currency_words.push(word);
        }
    }
    if let Some(symbol) = symbol {
        return (Some(symbol), multiplier);
    }
    let text = currency_words.join(" ");
    let is_currency = !text.is_empty()
        && (currency::is_currency(&text)
            || fold(&text)
                .split(' ')
                .all(|w| currency::is_currency_word(w, &text)));
    (is_currency.then_some(text), multiplier)
}

/// The ISO code of a format's currency symbol: the symbol's own when it names one currency,
/// else the locale's when the symbol fits it.
fn resolve_symbol(symbol: &str, locale: Option<u32>) -> Option<String> {
    let by_locale = locale.and_then(locale_currency);
    match resolve_currency(symbol, None) {
        CurrencyMatch::Found(currency) => Some(currency.code.to_owned()),
        CurrencyMatch::Assumed { candidates, .. } => by_locale
            .filter(|code| candidates.iter().any(|c| c.code == *code))
            .map(str::to_owned),
        CurrencyMatch::Unknown => by_locale.map(str::to_owned),
    }
}

/// The currency of a Windows locale identifier, for the locales of States that report.
fn locale_currency(lcid: u32) -> Option<&'static str> {
    LOCALE_CURRENCIES
        .iter()
        .find(|(id, _)| *id == lcid)
        .map(|(_, code)| *code)
}

/// Windows locale identifiers (LCID) and the currency of their country.
const LOCALE_CURRENCIES: &[(u32, &str)] = &[
    (0x0409, "USD"),
    (0x0809, "GBP"),
    (0x1009, "CAD"),
    (0x0C09, "AUD"),
    (0x1409, "NZD"),
    (0x1809, "EUR"),
    (0x1C09, "ZAR"),
    (0x4009, "INR"),
    (0x4809, "SGD"),
    (0x3409, "PHP"),
    (0x0407, "EUR"),
    (0x0807, "CHF"),
    (0x0C07, "EUR"),
    (0x1007, "EUR"),
    (0x1407, "CHF"),
    (0x040C, "EUR"),
    (0x080C, "EUR"),
    (0x0C0C, "CAD"),
    (0x100C, "CHF"),
    (0x140C, "EUR"),
    (0x180C, "EUR"),
    (0x0410, "EUR"),
    (0x0810, "CHF"),
    (0x0413, "EUR"),
    (0x0813, "EUR"),
    (0x0416, "BRL"),
    (0x0816, "EUR"),
    (0x040A, "EUR"),
    (0x0C0A, "EUR"),
    (0x080A, "MXN"),
    (0x2C0A, "ARS"),
    (0x340A, "CLP"),
    (0x240A, "COP"),
    (0x280A, "PEN"),
    (0x380A, "UYU"),
    (0x3C0A, "PYG"),
    (0x400A, "BOB"),
    (0x300A, "USD"),
    (0x100A, "GTQ"),
    (0x140A, "CRC"),
    (0x180A, "PAB"),
    (0x1C0A, "DOP"),
    (0x440A, "USD"),
    (0x480A, "HNL"),
    (0x4C0A, "NIO"),
    (0x500A, "USD"),
    (0x540A, "USD"),
    (0x041D, "SEK"),
    (0x081D, "EUR"),
    (0x0414, "NOK"),
    (0x0814, "NOK"),
    (0x0406, "DKK"),
    (0x040B, "EUR"),
    (0x040F, "ISK"),
    (0x0415, "PLN"),
    (0x0405, "CZK"),
    (0x041B, "EUR"),
    (0x040E, "HUF"),
    (0x0418, "RON"),
    (0x0424, "EUR"),
    (0x0425, "EUR"),
    (0x0426, "EUR"),
    (0x0427, "EUR"),
    (0x0408, "EUR"),
    (0x043A, "EUR"),
    (0x0422, "UAH"),
    (0x0419, "RUB"),
    (0x0423, "BYN"),
    (0x041F, "TRY"),
    (0x040D, "ILS"),
    (0x0411, "JPY"),
    (0x0412, "KRW"),
    (0x0804, "CNY"),
    (0x0404, "TWD"),
    (0x0C04, "HKD"),
    (0x1004, "SGD"),
    (0x1404, "MOP"),
    (0x0421, "IDR"),
    (0x043E, "MYR"),
    (0x041E, "THB"),
    (0x042A, "VND"),
    (0x0401, "SAR"),
    (0x3801, "AED"),
    (0x0C01, "EGP"),
    (0x1801, "MAD"),
    (0x0420, "PKR"),
    (0x0439, "INR"),
    (0x0429, "IRR"),
    (0x081A, "RSD"),
    (0x042F, "MKD"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn currency_of(format: &str) -> (Option<String>, Option<String>) {
        read_number_format(format)
            .map(|r| (r.currency, r.currency_text))
            .unwrap_or_default()
    }

    #[test]
    fn currencies_of_formats() {
        for (format, code, text) in [
            ("[$EUR] #,##0", Some("EUR"), "EUR"),
            ("#,##0 \"kr\"", None, "kr"),
            ("[$€-407] #,##0.00", Some("EUR"), "€"),
            (
                "_ [$Fr.-807]\\ * #,##0.00_ ;_ [$Fr.-807]\\ * \\-#,##0.00_ ;_ [$Fr.-807]\\ * \"-\"??_ ;_ @_ ",
                Some("CHF"),
                "Fr.",
            ),
            ("[$$-409]#,##0", Some("USD"), "$"),
            ("[$$-1009]#,##0.00", Some("CAD"), "$"),
            ("\"US$\"#,##0", Some("USD"), "US$"),
            ("#,##0\\ [$SEK]", Some("SEK"), "SEK"),
            (
                "_-* #,##0 €_-;-* #,##0 €_-;_-* \"-\" €_-;_-@_-",
                Some("EUR"),
                "€",
            ),
            ("\\€#,##0", Some("EUR"), "€"),
            ("£#,##0.00", Some("GBP"), "£"),
            ("$#,##0", None, "$"),
            ("#,##0 [$kr.-41D]", Some("SEK"), "kr."),
            ("#,##0 [$kr.-406]", Some("DKK"), "kr."),
            ("#,##0 \"CHF\"", Some("CHF"), "CHF"),
            ("[$USD-409] #,##0", Some("USD"), "USD"),
        ] {
            assert_eq!(
                currency_of(format),
                (code.map(str::to_owned), Some(text.to_owned())),
                "{format}"
            );
        }
    }

    #[test]
    fn multipliers_and_scaling() {
        for (format, multiplier, scale) in [
            ("#,##0,\"k\"", None, Some(Multiplier::Thousand)),
            ("#,##0,", None, Some(Multiplier::Thousand)),
            ("0.0,,\"M\"", None, Some(Multiplier::Million)),
            ("#,##0,, \"Mio. CHF\"", None, Some(Multiplier::Million)),
            ("#,##0 \"Mio.\"", Some(Multiplier::Million), None),
            ("0.0 \"k€\"", Some(Multiplier::Thousand), None),
            ("#,##0 \"TEUR\"", Some(Multiplier::Thousand), None),
        ] {
            let reading = read_number_format(format).unwrap_or_else(|| panic!("{format}"));
            assert_eq!(reading.multiplier, multiplier, "{format}");
            assert_eq!(reading.display_scale, scale, "{format}");
        }
        let euros = read_number_format("0.0 \"k€\"").expect("reads");
        assert_eq!(euros.currency.as_deref(), Some("EUR"));
        let francs = read_number_format("#,##0,, \"Mio. CHF\"").expect("reads");
        assert_eq!(francs.currency.as_deref(), Some("CHF"));
        let teur = read_number_format("#,##0 \"TEUR\"").expect("reads");
        assert_eq!(teur.currency.as_deref(), Some("EUR"));
    }

    #[test]
    fn formats_that_say_nothing() {
        for format in [
            "General",
            "#,##0.00",
            "0",
            "0%",
            "0.00E+00",
            "[$-409]",
            "[$-409]d mmm yyyy",
            "dd/mm/yyyy",
            "[Red]#,##0;[Blue]-#,##0",
            "@",
            "",
        ] {
            assert_eq!(read_number_format(format), None, "{format}");
        }
        assert_eq!(
            read_number_format("[$-409]#,##0").map(|r| r.locale),
            None,
            "a locale alone names no currency"
        );
    }

    #[test]
    fn every_locale_currency_is_a_currency() {
        for (lcid, code) in LOCALE_CURRENCIES {
            assert!(
                att_schema::codes::currency_by_code(code).is_some(),
                "{lcid:x} {code}"
            );
        }
    }
}
