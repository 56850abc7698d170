//! Numbers as people type them into spreadsheets: "1,200", "1 200", "1.250.000,50", "1'250'000",
//! "1,5", "+5", "-3", with the ambiguity of "1.200" and "12,345" made explicit.
//!
//! # Policy
//!
//! - Spaces of any kind (U+0020, U+00A0, U+202F, U+2009…) and apostrophes (Swiss "1'250'000")
//!   only ever group thousands.
//! - With both "." and ",", the last one is the decimal separator ("1.250.000,50",
//!   "1,250,000.50"). A separator that occurs twice groups thousands ("1.250.000").
//! - A single "." or "," followed by exactly three digits, after one to three digits that do not
//!   start with 0 ("1.200", "12,345"), is ambiguous: it may group thousands or mark decimals.
//!   - For a [`NumberKind::Count`] it groups thousands (a count is whole): "1.200" is 1200
//!     items. The other reading is not offered, since 1.2 items is not a count.
//!   - For a [`NumberKind::Amount`] the language decides: in English "." is the decimal point and
//!     "," groups; in French and Spanish "," is the decimal comma and "." groups. Without a
//!     language, the English reading is used. The other reading is given as the alternative.
//!
//!   - Before the language, the other numbers of the sheet decide when they show their
//!     decimal separator beyond doubt ("19.250.000" beside "540.000": see
//!     [`decimal_mark_shown`] and [`read_number_with`]).
//!
//!   Either way the reading carries a [`LocaleNote`] saying what chose it.
//! - Any other single separator is a decimal separator: "1,5" is 1.5, "2.25" is 2.25,
//!   "1234,567" is 1234.567 (thousands groups have three digits after one to three).
//! - A decimal part of zeros only gives an integer ("1200.00" is 1200). Integers stay integers;
//!   other numbers are `f64`.
//! - A sign is kept ("-3" is -3, "+5" is 5): a negative count is a number, which the validator
//!   rejects later. Accounting brackets ("(1,200)"), ranges ("10–20"), exponents ("1e3"),
//!   units ("40 units") and hedges ("approx. 40") are text, never guessed.
//! - The Swiss "1200.-" is 1200.

use crate::placeholder::{Placeholder, read_placeholder};
use att_schema::Lang;
use serde_json::Number;

/// What a number counts, which decides how an ambiguous separator is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberKind {
    /// A number of items: a whole number.
    Count,
    /// An amount of money: may have decimals.
    Amount,
}

/// A number read from text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberReading {
    /// The number: an integer when the text has no decimals (or only zeros after the
    /// separator), otherwise an `f64`.
    pub value: Number,
    /// Whether the text carries formatting that a number cell would not: thousands separators
    /// or spaces, a decimal comma, a leading "+", a typographic minus, an apostrophe, padding.
    /// `false` for a bare numeral ("1200", "-3", "2.5"). A reader that got the text from a text
    /// cell reports it as a number written as text either way; this says whether it was also
    /// typographically formatted.
    pub written_as_text: bool,
    /// Set when the separators' meaning depends on the language ("1.200", "12,345").
    pub locale: Option<LocaleNote>,
}

/// How an ambiguous separator was read.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleNote {
    /// The other reading, when it is a possible value of the kind (none for counts).
    pub alternative: Option<Number>,
    /// What chose the reading.
    pub chosen_by: SeparatorChoice,
}

/// What decided the reading of an ambiguous separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SeparatorChoice {
    /// The report's language uses the separator this way.
    Language,
    /// A count is whole, so the separator groups thousands, whatever the language says.
    WholeNumber,
    /// No language was given: read the English way ("." decimal point, "," groups thousands).
    Default,
    /// The other numbers of the sheet show which separator marks decimals ("19.250.000" near
    /// "540.000").
    Neighbours,
}

/// The decimal separator a writer uses, as the other numbers of a sheet show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecimalMark {
    /// "." marks decimals, "," groups thousands: "1,250,000.50".
    Point,
    /// "," marks decimals, "." groups thousands: "1.250.000,50".
    Comma,
}

/// The decimal separator that `text`, a number written as text, shows beyond doubt: both
/// separators ("1.250,50": the last one), one separator repeated ("19.250.000": it groups, so
/// the other marks decimals), or one separator followed by other than three digits ("1,5").
/// `None` for a text that shows neither ("1.200", "1200", "approx. 40").
///
/// ```
/// use att_lexicon::number::{decimal_mark_shown, DecimalMark};
///
/// assert_eq!(decimal_mark_shown("19.250.000"), Some(DecimalMark::Comma));
/// assert_eq!(decimal_mark_shown("1,250.5"), Some(DecimalMark::Point));
/// assert_eq!(decimal_mark_shown("2,5"), Some(DecimalMark::Comma));
/// assert_eq!(decimal_mark_shown("540.000"), None);
/// ```
pub fn decimal_mark_shown(text: &str) -> Option<DecimalMark> {
    let body = text.trim().trim_start_matches(['-', '+', '−']);
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let shape = Shape::scan(body)?;
    let (dots, commas) = (shape.count(Sep::Dot), shape.count(Sep::Comma));
    let mark = |sep: Sep| match sep {
        Sep::Dot => Some(DecimalMark::Point),
        Sep::Comma => Some(DecimalMark::Comma),
        _ => None,
    };
    match (dots, commas) {
        (0, 0) => None,
        (d, c) if d > 0 && c > 0 => shape
            .seps()
            .iter()
            .rev()
            .find(|s| matches!(s, Sep::Dot | Sep::Comma))
            .and_then(|&s| mark(s)),
        (d, 0) if d > 1 => Some(DecimalMark::Comma),
        (0, c) if c > 1 => Some(DecimalMark::Point),
        _ => {
            let sep = if dots > 0 { Sep::Dot } else { Sep::Comma };
            let at = shape.seps().iter().position(|&s| s == sep)?;
            let after = shape.groups()[at + 1];
            let all_groups_of_three = shape.groups()[at + 1..].iter().all(|g| g.len() == 3);
            if after.len() == 3 && all_groups_of_three {
                None
            } else {
                mark(sep)
            }
        }
    }
}

/// Why a text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotANumber {
    /// A placeholder ("-", "N/A", "nil", "classified", "?").
    Placeholder(Placeholder),
    /// Any other text ("approx. 40", "10–20", "several", "40 units", "").
    Text,
}

/// Reads a number written as text; `lang` is the report's language, used only for ambiguous
/// separators (see the [module documentation](self)).
///
/// ```
/// use att_lexicon::number::{read_number, NumberKind, NotANumber};
/// use att_schema::Lang;
///
/// let reading = read_number("1.250.000,50", NumberKind::Amount, None).unwrap();
/// assert_eq!(reading.value.as_f64(), Some(1_250_000.5));
/// let reading = read_number("12,345", NumberKind::Amount, Some(Lang::Fr)).unwrap();
/// assert_eq!(reading.value.as_f64(), Some(12.345));
/// assert_eq!(reading.locale.unwrap().alternative.and_then(|n| n.as_u64()), Some(12_345));
/// assert_eq!(read_number("approx. 40", NumberKind::Count, None), Err(NotANumber::Text));
/// ```
pub fn read_number(
    text: &str,
    kind: NumberKind,
    lang: Option<Lang>,
) -> Result<NumberReading, NotANumber> {
    read_number_with(text, kind, lang, None)
}

/// [`read_number`], where `decimal` is the decimal separator the other numbers of the sheet
/// show (see [`decimal_mark_shown`]): it settles an ambiguous separator before the language
/// does.
///
/// ```
/// use att_lexicon::number::{read_number_with, DecimalMark, NumberKind, SeparatorChoice};
/// use att_schema::Lang;
///
/// let reading =
///     read_number_with("540.000", NumberKind::Amount, Some(Lang::En), Some(DecimalMark::Comma))
///         .unwrap();
/// assert_eq!(reading.value.as_u64(), Some(540_000));
/// assert_eq!(reading.locale.unwrap().chosen_by, SeparatorChoice::Neighbours);
/// ```
pub fn read_number_with(
    text: &str,
    kind: NumberKind,
    lang: Option<Lang>,
    decimal: Option<DecimalMark>,
) -> Result<NumberReading, NotANumber> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NotANumber::Text);
    }
    // Placeholders are looked for only in what does not read as a number: no placeholder does,
    // and most cells are numbers.
    let not_a_number =
        || read_placeholder(trimmed).map_or(NotANumber::Text, NotANumber::Placeholder);
    let mut formatted = trimmed.len() != text.len();
    let mut body = trimmed;
    if let Some(rest) = body.strip_prefix('\'') {
        body = rest;
        formatted = true;
    }
    let mut negative = false;
    if let Some(rest) = body.strip_prefix('-') {
        (body, negative) = (rest, true);
    } else if let Some(rest) = body.strip_prefix('−') {
        (body, negative, formatted) = (rest, true, true);
    } else if let Some(rest) = body.strip_prefix('+') {
        (body, formatted) = (rest, true);
    }
    if let Some(rest) = [".-", ",-", ".–", ",–"]
        .iter()
        .find_map(|s| body.strip_suffix(s))
    {
        (body, formatted) = (rest, true);
    }
    let shape = Shape::scan(body).ok_or_else(not_a_number)?;
    let reading = shape
        .interpret(kind, lang, decimal)
        .ok_or_else(not_a_number)?;
    formatted |= shape.has_formatting();
    let value = reading.value.to_number(negative).ok_or_else(not_a_number)?;
    let locale = reading
        .ambiguity
        .map(|(alternative, chosen_by)| LocaleNote {
            alternative: alternative.and_then(|a| a.to_number(negative)),
            chosen_by,
        });
    Ok(NumberReading {
        value,
        written_as_text: formatted,
        locale,
    })
}

/// A separator between digit groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Sep {
    #[default]
    Space,
    Apostrophe,
    Dot,
    Comma,
}

impl Sep {
    fn of(c: char) -> Option<Sep> {
        match c {
            '.' => Some(Sep::Dot),
            ',' => Some(Sep::Comma),
            '\'' | '’' | 'ʼ' => Some(Sep::Apostrophe),
            c if c.is_whitespace() => Some(Sep::Space),
            _ => None,
        }
    }
}

/// Most digit groups a number may have ("1 000 000 000 000,00" has six).
const MAX_GROUPS: usize = 12;

/// Digit groups and the separators between them; `seps[i]` follows `groups[i]`.
struct Shape<'a> {
    groups: [&'a str; MAX_GROUPS],
    seps: [Sep; MAX_GROUPS],
    len: usize,
}

/// The digits of a number: integer digit groups and decimal digits.
#[derive(Debug, Clone, Copy)]
struct Digits<'a> {
    integer: &'a [&'a str],
    fraction: &'a str,
}

/// A reading, with the other reading and what chose it when the separators were ambiguous.
struct Reading<'a> {
    value: Digits<'a>,
    ambiguity: Option<(Option<Digits<'a>>, SeparatorChoice)>,
}

impl<'a> Shape<'a> {
    /// Splits `body` into digit groups; `None` when it holds anything else, or two separators in
    /// a row, or ends with a separator.
    fn scan(body: &'a str) -> Option<Shape<'a>> {
        let mut shape = Shape {
            groups: [""; MAX_GROUPS],
            seps: [Sep::Space; MAX_GROUPS],
            len: 0,
        };
        let mut start = 0;
        let mut previous_was_sep = false;
        for (at, c) in body.char_indices() {
            if c.is_ascii_digit() {
                previous_was_sep = false;
                continue;
            }
            let sep = Sep::of(c)?;
            let group = &body[start..at];
            let leading_decimal = at == 0 && matches!(sep, Sep::Dot | Sep::Comma);
            if previous_was_sep
                || (group.is_empty() && !leading_decimal)
                || shape.len + 1 >= MAX_GROUPS
            {
                return None;
            }
            shape.groups[shape.len] = group;
            shape.seps[shape.len] = sep;
            shape.len += 1;
            start = at + c.len_utf8();
            previous_was_sep = true;
        }
        let last = &body[start..];
        if last.is_empty() {
            return None;
        }
        shape.groups[shape.len] = last;
        shape.len += 1;
        Some(shape)
    }

    fn groups(&self) -> &[&'a str] {
        &self.groups[..self.len]
    }

    fn seps(&self) -> &[Sep] {
        &self.seps[..self.len - 1]
    }

    fn count(&self, sep: Sep) -> usize {
        self.seps().iter().filter(|&&s| s == sep).count()
    }

    /// Whether the separators are more than a single decimal point.
    fn has_formatting(&self) -> bool {
        !matches!(self.seps(), [] | [Sep::Dot])
    }

    fn interpret(
        &self,
        kind: NumberKind,
        lang: Option<Lang>,
        decimal: Option<DecimalMark>,
    ) -> Option<Reading<'_>> {
        let groups = self.groups();
        let seps = self.seps();
        let (dots, commas) = (self.count(Sep::Dot), self.count(Sep::Comma));
        let spaces = self.count(Sep::Space);
        let apostrophes = self.count(Sep::Apostrophe);
        if spaces > 0 && apostrophes > 0 {
            return None;
        }
        let plain_grouping = spaces + apostrophes > 0;
        let unambiguous = |value| {
            Some(Reading {
                value,
                ambiguity: None,
            })
        };
        let last_is_decimal = || {
            let (integer, fraction) = groups.split_at(groups.len() - 1);
            valid_grouping(integer).then_some(Digits {
                integer,
                fraction: fraction[0],
            })
        };
        match (dots, commas) {
            (0, 0) => valid_grouping(groups)
                .then(|| whole(groups))
                .and_then(unambiguous),
            (_, _) if dots > 0 && commas > 0 => {
                let decimal = *seps.last()?;
                let grouping = if decimal == Sep::Dot {
                    Sep::Comma
                } else {
                    Sep::Dot
                };
                let fits = !plain_grouping
                    && self.count(decimal) == 1
                    && seps[..seps.len() - 1].iter().all(|&s| s == grouping);
                if fits {
                    last_is_decimal().and_then(unambiguous)
                } else {
                    None
                }
            }
            _ => {
                let sep = if dots > 0 { Sep::Dot } else { Sep::Comma };
                let occurrences = dots + commas;
                if plain_grouping {
                    let fits = occurrences == 1 && *seps.last()? == sep;
                    return if fits {
                        last_is_decimal().and_then(unambiguous)
                    } else {
                        None
                    };
                }
                if occurrences > 1 {
                    return valid_grouping(groups)
                        .then(|| whole(groups))
                        .and_then(unambiguous);
                }
                let (integer, fraction) = (groups[0], groups[1]);
                let decimal_reading = Digits {
                    integer: &groups[..1],
                    fraction,
                };
                let ambiguous = fraction.len() == 3
                    && (1..=3).contains(&integer.len())
                    && !integer.starts_with('0');
                if !ambiguous {
                    return unambiguous(decimal_reading);
                }
                let grouped = whole(groups);
                Some(resolve_ambiguity(
                    sep,
                    (grouped, decimal_reading),
                    kind,
                    lang,
                    decimal,
                ))
            }
        }
    }
}

/// Chooses between the thousands reading and the decimal reading of "1.200" or "12,345";
/// `decimal`, the separator the sheet's other numbers show, decides before the language.
fn resolve_ambiguity<'a>(
    sep: Sep,
    (grouped, decimal_reading): (Digits<'a>, Digits<'a>),
    kind: NumberKind,
    lang: Option<Lang>,
    decimal: Option<DecimalMark>,
) -> Reading<'a> {
    let neighbours_decimal = decimal.map(|mark| match mark {
        DecimalMark::Point => Sep::Dot,
        DecimalMark::Comma => Sep::Comma,
    });
    let language_decimal = lang.map(|lang| match lang {
        Lang::En => Sep::Dot,
        Lang::Fr | Lang::Es => Sep::Comma,
    });
    match kind {
        NumberKind::Count => {
            let chosen_by = match (neighbours_decimal, language_decimal) {
                (Some(decimal_sep), _) if decimal_sep != sep => SeparatorChoice::Neighbours,
                (None, Some(decimal_sep)) if decimal_sep != sep => SeparatorChoice::Language,
                _ => SeparatorChoice::WholeNumber,
            };
            Reading {
                value: grouped,
                ambiguity: Some((None, chosen_by)),
            }
        }
        NumberKind::Amount => {
            let (decimal_sep, chosen_by) = match (neighbours_decimal, language_decimal) {
                (Some(decimal_sep), _) => (decimal_sep, SeparatorChoice::Neighbours),
                (None, Some(decimal_sep)) => (decimal_sep, SeparatorChoice::Language),
                (None, None) => (Sep::Dot, SeparatorChoice::Default),
            };
            let (value, alternative) = if sep == decimal_sep {
                (decimal_reading, grouped)
            } else {
                (grouped, decimal_reading)
            };
            Reading {
                value,
                ambiguity: Some((Some(alternative), chosen_by)),
            }
        }
    }
}

/// The whole number of the digit groups.
fn whole<'s>(integer: &'s [&'s str]) -> Digits<'s> {
    Digits {
        integer,
        fraction: "",
    }
}

/// Whether integer digit groups are thousands groups: one to three digits, then three each.
fn valid_grouping(groups: &[&str]) -> bool {
    match groups {
        [] => false,
        [_] => true,
        [first, rest @ ..] => (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3),
    }
}

impl Digits<'_> {
    /// The number the digits make, with the sign.
    fn to_number(self, negative: bool) -> Option<Number> {
        let fraction = self.fraction.trim_end_matches('0');
        if fraction.is_empty()
            && let Some(magnitude) = self.integer_value()
        {
            if !negative {
                return Some(Number::from(magnitude));
            }
            if let Ok(signed) = i64::try_from(-i128::from(magnitude)) {
                return Some(Number::from(signed));
            }
        }
        let mut text = String::with_capacity(32);
        if negative {
            text.push('-');
        }
        for group in self.integer {
            text.push_str(group);
        }
        if text.is_empty() || text == "-" {
            text.push('0');
        }
        if !fraction.is_empty() {
            text.push('.');
            text.push_str(fraction);
        }
        let value: f64 = text.parse().ok()?;
        Number::from_f64(value)
    }

    /// The integer part, when it fits a `u64`.
    fn integer_value(&self) -> Option<u64> {
        let mut value: u64 = 0;
        for group in self.integer {
            for digit in group.bytes() {
                value = value
                    .checked_mul(10)?
                    .checked_add(u64::from(digit - b'0'))?;
            }
        }
        Some(value)
    }
}

#[cfg(test)]
mod tests;
