//! What the cells of a column hold, counted: State names or codes, categories, national
//! control-list codes, whole numbers, amounts, currencies, bases, dates, withheld figures and
//! free text. A column's role is decided from its heading *and* its profile
//! ([`crate::interpret::roles`]), so that a heading the vocabulary does not know, or two headings
//! that claim the same field, do not lose a column whose content is plain.

use crate::container::sheet::{Cell, CellValue, Sheet};
use crate::interpret::names::Names;
use att_lexicon::category::CategoryReading;
use att_lexicon::number::{NumberKind, read_number};
use att_lexicon::placeholder::read_placeholder;
use att_schema::codes::{CurrencyMatch, recognise_non_state_partner, resolve_currency};
use std::collections::HashSet;

/// What one cell of a column looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// A State's name or ISO code.
    State,
    /// A partner that is not a State: "various", "EU", a region.
    NonState,
    /// A category of the Treaty (I–VIII) in any spelling.
    Category,
    /// A code of a national or multilateral control list ("ML10.c2", "KM 4", "0A501").
    ControlCode,
    /// A whole number of 0 or more.
    Count,
    /// A number with a fraction, a negative one, or an amount written with its currency.
    Amount,
    /// A currency code, name or sign on its own ("EUR", "€", "euros").
    Currency,
    /// Authorized or actual.
    Basis,
    /// A date.
    Date,
    /// A figure deliberately withheld ("classified", "confidential", "n.d.").
    Withheld,
    /// A placeholder for nothing ("-", "N/A", "nil").
    Placeholder,
    /// Any other text.
    Text,
    /// A yes/no or another kind of value.
    Other,
}

/// Counts of the kinds of a column's cells.
#[derive(Debug, Clone, Default)]
pub(crate) struct Profile {
    /// Non-empty cells counted.
    pub filled: u32,
    counts: Vec<(Kind, u32)>,
    /// Distinct States named, by code.
    pub states: HashSet<&'static str>,
    /// Distinct values of the column (up to a bound), to tell identifiers from counts.
    distinct: HashSet<String>,
    /// Largest number seen.
    pub max_number: f64,
    /// Smallest number seen.
    min_number: Option<f64>,
    /// Whether some number had a fraction.
    pub fractions: bool,
    /// Total length of the free texts, to tell descriptions from short labels.
    text_chars: usize,
    /// Free texts of two words or more.
    worded: u32,
    /// The number of digits of the whole numbers seen, smallest and largest.
    digits: Option<(u32, u32)>,
}

/// Most distinct values a profile keeps.
const MAX_DISTINCT: usize = 512;

impl Profile {
    /// Counts one cell.
    pub(crate) fn add(&mut self, cell: &Cell, names: &mut Names) {
        let Some(kind) = classify(cell, names, self) else {
            return;
        };
        self.filled += 1;
        match self.counts.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, count)) => *count += 1,
            None => self.counts.push((kind, 1)),
        }
        let shown: std::borrow::Cow<'_, str> = match &cell.value {
            CellValue::Text(text) => (&**text).into(),
            other => other.display().into(),
        };
        if self.distinct.len() < MAX_DISTINCT && !self.distinct.contains(&*shown) {
            self.distinct.insert(shown.to_string());
        }
        if kind == Kind::Text {
            let text = &*shown;
            self.text_chars += text.chars().count();
            if text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 2
            {
                self.worded += 1;
            }
        }
        if kind == Kind::Count
            && let Some(number) = whole_number(cell)
        {
            let digits = number.to_string().len() as u32;
            self.digits = Some(match self.digits {
                Some((low, high)) => (low.min(digits), high.max(digits)),
                None => (digits, digits),
            });
        }
    }

    /// How many cells are of `kind`.
    pub(crate) fn count(&self, kind: Kind) -> u32 {
        self.counts
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, count)| *count)
    }

    /// Cells that say something about the column's role: placeholders and withheld figures
    /// fit any column of figures and are left out.
    pub(crate) fn telling(&self) -> u32 {
        self.filled - self.count(Kind::Placeholder) - self.count(Kind::Withheld)
    }

    /// Whether the telling cells are mostly of one of `kinds`: at least two of them, and four
    /// in five — or all but one of a handful, so that one mistyped cell in a short table does
    /// not hide what its column is.
    pub(crate) fn mostly(&self, kinds: &[Kind]) -> bool {
        let telling = self.telling();
        let fitting: u32 = kinds.iter().map(|&k| self.count(k)).sum();
        fitting >= 2 && (fitting * 5 >= telling * 4 || (telling <= 5 && fitting + 1 >= telling))
    }

    /// How many of the telling cells are of one of `kinds`.
    pub(crate) fn fitting(&self, kinds: &[Kind]) -> u32 {
        kinds.iter().map(|&k| self.count(k)).sum()
    }

    fn note_number(&mut self, number: f64) {
        self.max_number = self.max_number.max(number);
        self.min_number = Some(self.min_number.map_or(number, |min| min.min(number)));
    }

    /// Whether the column's numbers look like identifiers (licence or file numbers) rather
    /// than figures: every one different, large, and close together (8000012, 8000017,
    /// 8000031), where figures spread over orders of magnitude.
    pub(crate) fn looks_like_identifiers(&self) -> bool {
        let numbers = self.count(Kind::Count);
        let close = self
            .min_number
            .is_some_and(|min| min >= 1_000.0 && self.max_number - min < self.max_number * 0.05);
        numbers >= 3
            && close
            && !self.fractions
            && self.distinct.len() as u32 >= numbers.min(MAX_DISTINCT as u32)
    }

    /// Whether the column's whole numbers are codes rather than figures: all of one length of
    /// four digits or more (customs codes "8710", "9305"), or identifiers.
    pub(crate) fn looks_like_codes(&self) -> bool {
        self.looks_like_identifiers()
            || (self.count(Kind::Count) >= 3
                && self
                    .digits
                    .is_some_and(|(low, high)| low == high && low >= 4))
    }

    /// Whether most free texts are worded (two words or more), as descriptions are, rather than
    /// codes or single words.
    pub(crate) fn worded(&self) -> bool {
        let texts = self.count(Kind::Text);
        texts >= 2 && self.worded * 2 >= texts
    }

    /// The average length of the free texts.
    pub(crate) fn average_text(&self) -> usize {
        self.text_chars / (self.count(Kind::Text).max(1) as usize)
    }

    /// How many different values the column holds (up to a bound).
    pub(crate) fn distinct(&self) -> usize {
        self.distinct.len()
    }
}

/// The whole number a cell holds, as a number or as digits.
fn whole_number(cell: &Cell) -> Option<u64> {
    match &cell.value {
        CellValue::Number(n) if *n >= 0.0 && n.fract() == 0.0 && *n < 1e15 => Some(*n as u64),
        CellValue::Text(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// The kind of a cell; `None` for an empty one.
fn classify(cell: &Cell, names: &mut Names, profile: &mut Profile) -> Option<Kind> {
    match &cell.value {
        CellValue::Empty => None,
        CellValue::Number(number) => {
            profile.note_number(*number);
            if number.fract() != 0.0 {
                profile.fractions = true;
            }
            Some(if *number >= 0.0 && number.fract() == 0.0 {
                Kind::Count
            } else {
                Kind::Amount
            })
        }
        CellValue::Date(_) => Some(Kind::Date),
        CellValue::Bool(_) | CellValue::Error(_) => Some(Kind::Other),
        CellValue::Text(text) => {
            let text = text.trim();
            if text.is_empty() {
                return None;
            }
            Some(classify_text(text, names, profile))
        }
    }
}

fn classify_text(text: &str, names: &mut Names, profile: &mut Profile) -> Kind {
    let class = names.text_class(text, class_of_text);
    if let Some(number) = class.number {
        profile.note_number(number);
    }
    if class.fraction {
        profile.fractions = true;
    }
    if let Some(code) = class.state {
        profile.states.insert(code);
    }
    class.kind
}

/// What a text cell says of its column: its kind, and what it adds to the column's profile.
/// A table repeats its categories, States and descriptions on many rows, so each text is
/// classified once ([`Names::text_class`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TextClass {
    kind: Kind,
    /// The number it writes.
    number: Option<f64>,
    /// Whether it writes an amount with a fraction.
    fraction: bool,
    /// The State it names.
    state: Option<&'static str>,
}

fn class_of_text(text: &str, names: &mut Names) -> TextClass {
    let class = |kind| TextClass {
        kind,
        number: None,
        fraction: false,
        state: None,
    };
    if att_lexicon::withheld::read_withheld(text).is_some() {
        return class(Kind::Withheld);
    }
    if read_placeholder(text).is_some() {
        return class(Kind::Placeholder);
    }
    if let Ok(reading) = read_number(text, NumberKind::Count, None) {
        return TextClass {
            number: reading.value.as_f64(),
            ..class(Kind::Count)
        };
    }
    if let Ok(reading) = read_number(text, NumberKind::Amount, None) {
        return TextClass {
            number: reading.value.as_f64(),
            fraction: true,
            ..class(Kind::Amount)
        };
    }
    if matches!(names.category(text), CategoryReading::Category(_)) {
        return class(Kind::Category);
    }
    if is_control_list_code(text) {
        return class(Kind::ControlCode);
    }
    if let Some(money) = att_lexicon::money::split_money(text)
        && let Some(currency) = money.currency
        && matches!(resolve_currency(currency, None), CurrencyMatch::Found(_))
        && read_number(money.amount, NumberKind::Amount, None)
            .is_ok_and(|reading| reading.value.as_f64().is_some_and(|n| n >= 0.0))
    {
        return class(Kind::Amount);
    }
    if let Some(code) = names.state_code(text) {
        return TextClass {
            state: Some(code),
            ..class(Kind::State)
        };
    }
    if text.chars().count() <= 12 && matches!(resolve_currency(text, None), CurrencyMatch::Found(_))
    {
        return class(Kind::Currency);
    }
    if recognise_non_state_partner(text).is_some() {
        return class(Kind::NonState);
    }
    if att_lexicon::basis::read_basis(text).is_some() && text.chars().count() <= 40 {
        return class(Kind::Basis);
    }
    if att_lexicon::date::read_date(text, None).is_some() {
        return class(Kind::Date);
    }
    class(Kind::Text)
}

/// Whether a text is a code (or a list of codes) of a national or multilateral control list
/// rather than a Treaty category: "ML10.c2", "KM 4", "0A501", "KM 9 / KM 11-15".
pub(crate) fn is_control_list_code(text: &str) -> bool {
    att_lexicon::control_list::read_control_list_codes(text).is_some()
}

/// Profiles the cells of `col` on `rows` of the sheet.
pub(crate) fn profile_column(sheet: &Sheet, rows: &[u32], col: u32, names: &mut Names) -> Profile {
    let mut profile = Profile::default();
    for &row in rows {
        if let Some(cell) = sheet.get(row, col) {
            profile.add(cell, names);
        }
    }
    profile
}
