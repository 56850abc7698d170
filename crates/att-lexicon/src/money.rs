//! Amounts written with their currency and multiplier in one cell: "USD 1,200,000", "€ 500 000",
//! "1 200 000 EUR", "US$ 1.2 million", "1,2 millions d'euros", "SEK 15 m", "15 MSEK",
//! "3,5 millones de dólares".

use crate::multiplier::{self, Multiplier};
use crate::number::{NotANumber, NumberKind, NumberReading, read_number};
use att_schema::Lang;
use att_schema::text::fold;
use serde_json::Number;

/// The parts of a money cell, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoneyParts<'a> {
    /// The amount, as written ("1,200,000", "1.2", "500 000"): read it with
    /// [`read_number`](crate::number::read_number) and [`NumberKind::Amount`](crate::number::NumberKind::Amount).
    pub amount: &'a str,
    /// The currency, as written, before or after the amount ("USD", "€", "US$", "euros",
    /// "dólares"): resolve it with `att_schema::codes::resolve_currency`.
    pub currency: Option<&'a str>,
    /// The multiplier written after the amount ("million", "m", "k", "millions", "mil millones",
    /// or the "M" of "MSEK"): multiply the amount by its [`factor`](Multiplier::factor).
    pub multiplier: Option<Multiplier>,
}

/// Most words a currency may have ("dollars des États-Unis").
const MAX_CURRENCY_WORDS: usize = 4;

/// Separates the amount of a money cell from its currency and multiplier.
///
/// `None` when the text is not one amount with at most a currency and a multiplier around it:
/// no digits, two numbers ("10–20 EUR"), a hedge ("approx. 40", "about USD 5 m"), a unit
/// ("40 units"), brackets ("(1,200)"), or the Spanish "billón", which is 10¹² where English
/// "billion" is 10⁹ and is therefore not guessed. A bare amount gives parts without currency or
/// multiplier.
///
/// ```
/// use att_lexicon::money::split_money;
/// use att_lexicon::multiplier::Multiplier;
/// let parts = split_money("3,5 millones de dólares").unwrap();
/// assert_eq!(parts.amount, "3,5");
/// assert_eq!(parts.currency, Some("dólares"));
/// assert_eq!(parts.multiplier, Some(Multiplier::Million));
/// assert_eq!(split_money("approx. 40"), None);
/// ```
pub fn split_money(text: &str) -> Option<MoneyParts<'_>> {
    let text = text.trim();
    let (start, end) = amount_span(text)?;
    let before = text[..start].trim();
    let after = text[end..].trim();
    if has_digit(before) || has_digit(after) {
        return None;
    }
    let (multiplier, currency_after) = read_after(after)?;
    if is_circa(before) {
        return None;
    }
    let currency_before = (!before.is_empty()).then_some(before);
    let currency = match (currency_before, currency_after) {
        (Some(_), Some(_)) => return None,
        (one, other) => one.or(other),
    };
    if let Some(currency) = currency
        && !is_currency_text(currency)
    {
        return None;
    }
    Some(MoneyParts {
        amount: &text[start..end],
        currency,
        multiplier,
    })
}

/// An amount read from a cell: the number multiplied out, with what the cell said besides it.
#[derive(Debug, Clone, PartialEq)]
pub struct AmountReading<'a> {
    /// The amount, multiplied by the cell's multiplier ("1,5 million" → 1500000).
    pub value: Number,
    /// The number as written, before the multiplier: its separators and their reading.
    pub number: NumberReading,
    /// The currency written in the cell, as written ("EUR", "€", "dólares"): resolve it with
    /// `att_schema::codes::resolve_currency`.
    pub currency: Option<&'a str>,
    /// The multiplier written in the cell ("million", "k", "mil millones").
    pub multiplier: Option<Multiplier>,
    /// Whether the cell was read beyond a bare numeral: a multiplier, a currency, thousands
    /// separators or a decimal comma, an ambiguous separator. A reader says so at the cell.
    pub lenient: bool,
}

/// Reads an amount of money written as text: [`split_money`], then
/// [`read_number`] as an amount, then the multiplier applied.
///
/// ```
/// use att_lexicon::money::read_amount;
/// use att_schema::Lang;
/// let amount = read_amount("1,5 million", Some(Lang::Fr)).unwrap();
/// assert_eq!((amount.value.as_u64(), amount.lenient), (Some(1_500_000), true));
/// let amount = read_amount("1200", None).unwrap();
/// assert_eq!((amount.value.as_u64(), amount.lenient), (Some(1200), false));
/// assert!(read_amount("approx. 40", None).is_err());
/// ```
pub fn read_amount(text: &str, lang: Option<Lang>) -> Result<AmountReading<'_>, NotANumber> {
    let parts = split_money(text).ok_or(NotANumber::Text)?;
    let number = read_number(parts.amount, NumberKind::Amount, lang)?;
    let value = match parts.multiplier {
        None => number.value.clone(),
        Some(multiplier) => multiply(&number.value, multiplier.factor()).ok_or(NotANumber::Text)?,
    };
    let lenient = parts.multiplier.is_some()
        || parts.currency.is_some()
        || number.written_as_text
        || number.locale.is_some();
    Ok(AmountReading {
        value,
        number,
        currency: parts.currency,
        multiplier: parts.multiplier,
        lenient,
    })
}

/// `value × factor`, an integer when the product is a whole number that an `f64` holds exactly.
fn multiply(value: &Number, factor: u64) -> Option<Number> {
    if let Some(whole) = value.as_u64() {
        return whole.checked_mul(factor).map(Number::from);
    }
    if let Some(whole) = value.as_i64() {
        return whole
            .checked_mul(i64::try_from(factor).ok()?)
            .map(Number::from);
    }
    let product = value.as_f64()? * factor as f64;
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if product.fract() == 0.0 && product.abs() < EXACT {
        // Whole and below 2^53: the conversion is exact.
        return Some(Number::from(product as i64));
    }
    Number::from_f64(product)
}

/// "ca." or "c." before an amount: circa (while "CA$" is the Canadian dollar).
fn is_circa(before: &str) -> bool {
    matches!(fold(before).as_str(), "ca" | "c" | "cca") && !before.chars().any(is_currency_symbol)
}

fn has_digit(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit())
}

/// The byte span of the amount: digits with their separators and sign, and a Swiss ".-".
fn amount_span(text: &str) -> Option<(usize, usize)> {
    let first_digit = text.find(|c: char| c.is_ascii_digit())?;
    let mut start = first_digit;
    if let Some(c) = text[..first_digit].chars().next_back()
        && matches!(c, '-' | '−' | '+' | '.' | ',')
    {
        start -= c.len_utf8();
        if matches!(c, '.' | ',')
            && let Some(sign) = text[..start].chars().next_back()
            && matches!(sign, '-' | '−' | '+')
        {
            start -= sign.len_utf8();
        }
    }
    let mut end = first_digit;
    let mut chars = text[first_digit..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next_is_digit = chars.peek().is_some_and(|(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() {
            end = first_digit + offset + 1;
        } else if !(is_separator(c) && next_is_digit) {
            break;
        }
    }
    for suffix in [".-", ",-", ".–", ",–"] {
        if text[end..].starts_with(suffix) {
            end += suffix.len();
            break;
        }
    }
    Some((start, end))
}

fn is_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\'' | '’') || c.is_whitespace()
}

/// Reads the text after the amount: multiplier words, a connector, the currency.
fn read_after(after: &str) -> Option<(Option<Multiplier>, Option<&str>)> {
    let mut multiplier = None;
    let mut rest = after;
    while let Some((word, tail)) = first_word(rest) {
        if let Some((found, currency)) = glued_multiplier(word) {
            multiplier = multiplier::combine(multiplier, found);
            multiplier?;
            return tail.is_empty().then_some((multiplier, Some(currency)));
        }
        let folded = fold(word);
        if multiplier::is_ambiguous_multiplier(&folded) {
            return None;
        }
        let Some(found) = multiplier::multiplier_word(&folded) else {
            break;
        };
        multiplier = Some(multiplier::combine(multiplier, found)?);
        rest = tail;
    }
    let mut currency = strip_connector(rest).trim();
    if multiplier.is_none()
        && let Some((head, last)) = currency.rsplit_once(char::is_whitespace)
        && let Some(found) = multiplier::multiplier_word(&fold(last))
    {
        multiplier = Some(found);
        currency = head.trim_end();
    }
    Some((multiplier, (!currency.is_empty()).then_some(currency)))
}

/// The first word of `text` and the rest, trimmed.
fn first_word(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    if text.is_empty() {
        return None;
    }
    let end = text.find(char::is_whitespace).unwrap_or(text.len());
    Some((&text[..end], text[end..].trim_start()))
}

/// "of", "de", "en", "in", or the elided "d'" of "d'euros", before the currency.
fn strip_connector(text: &str) -> &str {
    let text = text.trim_start();
    for elided in ["d'", "d’", "D'", "D’"] {
        if let Some(rest) = text.strip_prefix(elided) {
            return rest;
        }
    }
    match first_word(text) {
        Some((word, rest)) if matches!(fold(word).as_str(), "of" | "de" | "en" | "in") => rest,
        _ => text,
    }
}

/// A multiplier glued to a currency: "MSEK", "MEUR", "kUSD", "TEUR", "M€", "k€", "tkr", "Mkr".
fn glued_multiplier(word: &str) -> Option<(Multiplier, &str)> {
    let mut chars = word.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let multiplier = match first {
        'k' | 'K' | 'T' | 't' => Multiplier::Thousand,
        'M' | 'm' => Multiplier::Million,
        _ => return None,
    };
    let is_code = rest.len() == 3 && rest.bytes().all(|b| b.is_ascii_uppercase());
    let is_symbol = matches!(rest, "€" | "$" | "£" | "kr" | "Kr" | "kr." | "US$");
    (is_code || is_symbol).then_some((multiplier, rest))
}

/// Whether the text can be a currency: a few words of letters, dots, apostrophes or currency
/// symbols, and no hedge or unit.
fn is_currency_text(text: &str) -> bool {
    let allowed = text.chars().all(|c| {
        c.is_alphabetic()
            || c.is_whitespace()
            || matches!(c, '.' | '\'' | '’' | '-')
            || is_currency_symbol(c)
    });
    let folded = fold(text);
    let word_count = text.split_whitespace().count();
    allowed
        && (1..=MAX_CURRENCY_WORDS).contains(&word_count)
        && !folded.split(' ').any(|w| NOT_CURRENCY.contains(&w))
}

fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '¢' | '£' | '¤' | '¥' | '₠'..='⃀' | '﷼' | '฿' | '৳' | '֏' | '؋'
    )
}

/// Words that make the text around a number something other than a currency.
const NOT_CURRENCY: &[&str] = &[
    "approx",
    "approximately",
    "about",
    "around",
    "circa",
    "env",
    "environ",
    "aprox",
    "aproximadamente",
    "alrededor",
    "unos",
    "unas",
    "over",
    "under",
    "more",
    "less",
    "than",
    "up",
    "to",
    "plus",
    "moins",
    "mas",
    "menos",
    "hasta",
    "least",
    "estimated",
    "est",
    "estime",
    "estimee",
    "estimado",
    "estimada",
    "units",
    "unit",
    "pcs",
    "pc",
    "pieces",
    "piece",
    "items",
    "item",
    "unites",
    "unite",
    "unidades",
    "unidad",
    "piezas",
    "articulos",
    "articles",
    "x",
    "per",
    "each",
    "total",
    "see",
    "voir",
    "ver",
    "note",
    "nota",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Option<(&str, Option<&str>, Option<Multiplier>)> {
        split_money(text).map(|p| (p.amount, p.currency, p.multiplier))
    }

    #[test]
    fn currency_before_or_after() {
        for (text, amount, currency) in [
            ("USD 1,200,000", "1,200,000", "USD"),
            ("€ 500 000", "500 000", "€"),
            ("€500 000", "500 000", "€"),
            ("1 200 000 EUR", "1 200 000", "EUR"),
            ("1\u{202F}200\u{202F}000 €", "1\u{202F}200\u{202F}000", "€"),
            ("US$1,200", "1,200", "US$"),
            ("CHF 1'200.-", "1'200.-", "CHF"),
            ("Fr. 1200", "1200", "Fr."),
            ("2 000 000 de dollars", "2 000 000", "dollars"),
            ("12 345,67 $ CA", "12 345,67", "$ CA"),
            (
                "1 500 000 couronnes suédoises",
                "1 500 000",
                "couronnes suédoises",
            ),
            ("-500 EUR", "-500", "EUR"),
            ("CA$ 100", "100", "CA$"),
        ] {
            assert_eq!(
                parts(text),
                Some((amount, Some(currency), None)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn multipliers() {
        for (text, amount, currency, multiplier) in [
            ("US$ 1.2 million", "1.2", Some("US$"), Multiplier::Million),
            (
                "1,2 millions d'euros",
                "1,2",
                Some("euros"),
                Multiplier::Million,
            ),
            (
                "1,2 millions d’euros",
                "1,2",
                Some("euros"),
                Multiplier::Million,
            ),
            ("SEK 15 m", "15", Some("SEK"), Multiplier::Million),
            ("15m EUR", "15", Some("EUR"), Multiplier::Million),
            (
                "3,5 millones de dólares",
                "3,5",
                Some("dólares"),
                Multiplier::Million,
            ),
            (
                "2,5 mil millones de pesos",
                "2,5",
                Some("pesos"),
                Multiplier::Billion,
            ),
            ("EUR 3 bn", "3", Some("EUR"), Multiplier::Billion),
            (
                "4 milliards d'euros",
                "4",
                Some("euros"),
                Multiplier::Billion,
            ),
            ("USD 250k", "250", Some("USD"), Multiplier::Thousand),
            ("250 thousand USD", "250", Some("USD"), Multiplier::Thousand),
            ("15 MSEK", "15", Some("SEK"), Multiplier::Million),
            ("300 kEUR", "300", Some("EUR"), Multiplier::Thousand),
            ("2,5 M€", "2,5", Some("€"), Multiplier::Million),
            ("800 tkr", "800", Some("kr"), Multiplier::Thousand),
            ("1.2 million", "1.2", None, Multiplier::Million),
            ("15 EUR million", "15", Some("EUR"), Multiplier::Million),
            ("7 Mio. EUR", "7", Some("EUR"), Multiplier::Million),
        ] {
            assert_eq!(
                parts(text),
                Some((amount, currency, Some(multiplier))),
                "{text:?}"
            );
        }
    }

    #[test]
    fn bare_amounts() {
        assert_eq!(parts("1,200,000"), Some(("1,200,000", None, None)));
        assert_eq!(parts(" 42 "), Some(("42", None, None)));
        assert_eq!(parts("-3"), Some(("-3", None, None)));
        assert_eq!(parts(".5"), Some((".5", None, None)));
    }

    #[test]
    fn not_money() {
        for text in [
            "",
            "EUR",
            "N/A",
            "approx. 40",
            "ca. 40",
            "c. 40 EUR",
            "about USD 5 m",
            "40 units",
            "10–20 EUR",
            "10-20",
            "(1,200)",
            "2 billones de pesos",
            "USD 100 EUR",
            "1,200 see note 3",
            "EUR 5 m (estimated)",
            "100 dollars des États-Unis d'Amérique du Nord",
            "5 x 10",
        ] {
            assert_eq!(parts(text), None, "{text:?}");
        }
    }

    #[test]
    fn amounts_multiplied_out() {
        for (text, lang, value, lenient) in [
            ("1,5 million", Some(Lang::Fr), 1_500_000.0, true),
            ("USD 1,200,000", None, 1_200_000.0, true),
            ("3,5 millones de dólares", Some(Lang::Es), 3_500_000.0, true),
            ("2.25 bn", None, 2_250_000_000.0, true),
            ("1200", None, 1200.0, false),
            ("1200.5", None, 1200.5, false),
            ("1 200", None, 1200.0, true),
            ("0.3 k", None, 300.0, true),
        ] {
            let reading = read_amount(text, lang).unwrap_or_else(|_| panic!("{text:?}"));
            assert_eq!(reading.value.as_f64(), Some(value), "{text:?}");
            assert_eq!(reading.lenient, lenient, "{text:?}");
        }
        assert_eq!(
            read_amount("1,5 million", Some(Lang::Fr)).map(|r| r.value.as_u64()),
            Ok(Some(1_500_000))
        );
        assert_eq!(read_amount("10–20 EUR", None), Err(NotANumber::Text));
        assert!(matches!(
            read_amount("classified", None),
            Err(NotANumber::Text | NotANumber::Placeholder(_))
        ));
    }
}
