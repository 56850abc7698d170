//! Reading one cell into a typed value of the document: numbers, amounts with their currency,
//! dates, years and tick boxes (parties and categories are read in `names`). What cannot be
//! typed is kept as written ([`Lenient::Raw`]) for the schema stage to report; what was typed
//! with a doubt is reported here, at the cell.

use crate::container::sheet::{Cell, CellValue, format_number};
use crate::rules::{
    CURRENCY_FROM_REPORTING_STATE, DATE_AMBIGUOUS, DATE_FROM_NUMBER, READ_LENIENTLY,
};
use att_lexicon::money::split_money;
use att_lexicon::multiplier::Multiplier;
use att_lexicon::number::{
    DecimalMark, LocaleNote, NotANumber, NumberKind, NumberReading, SeparatorChoice,
    read_number_with,
};
use att_schema::codes::{CurrencyMatch, resolve_currency};
use att_schema::rules::{CURRENCY_ASSUMED, LOCALE_SEPARATORS, NUMBER_AS_TEXT, PLACEHOLDER_VALUE};
use att_schema::{Date, Diagnostic, DirectionKind, Lang, Lenient, Location, Text};
use serde_json::{Number, Value};
use std::borrow::Cow;

/// The document pointer a value goes to, written out only when a finding needs it: most
/// cells are read without one, and a workbook has a few per row.
#[derive(Debug, Clone)]
pub(crate) enum FieldPointer {
    /// A pointer written out.
    Written(Cow<'static, str>),
    /// A member of an entry: `/{direction}/entries/{index}{member}`.
    OfEntry {
        /// The entry's direction.
        direction: DirectionKind,
        /// The entry's index in its direction.
        index: usize,
        /// The member's path below the entry, from its `/`.
        member: &'static str,
    },
}

impl FieldPointer {
    /// The pointer, written out.
    pub(crate) fn written(&self) -> String {
        match self {
            FieldPointer::Written(pointer) => pointer.clone().into_owned(),
            FieldPointer::OfEntry {
                direction,
                index,
                member,
            } => format!("/{}/entries/{index}{member}", direction.field()),
        }
    }
}

impl From<&'static str> for FieldPointer {
    fn from(pointer: &'static str) -> Self {
        FieldPointer::Written(Cow::Borrowed(pointer))
    }
}

impl From<String> for FieldPointer {
    fn from(pointer: String) -> Self {
        FieldPointer::Written(Cow::Owned(pointer))
    }
}

/// Where a value is read, and the report's language for ambiguous separators.
pub(crate) struct At<'a> {
    /// The cell's place.
    pub location: Location,
    /// The document pointer the value goes to.
    pub pointer: FieldPointer,
    /// The report's language, when known.
    pub lang: Option<Lang>,
    /// The decimal separator the workbook's other numbers show, when they show one.
    pub decimal: Option<DecimalMark>,
    /// Where the findings go.
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl At<'_> {
    fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(
            diagnostic
                .at(self.pointer.written())
                .located(self.location.clone()),
        );
    }
}

/// The text of a cell, trimmed; `None` for an empty cell.
pub(crate) fn text_of(cell: Option<&Cell>) -> Option<String> {
    let cell = cell?;
    let text = cell.value.display();
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

/// The word written where a figure was deliberately withheld ("classified", "confidential",
/// "n.d."), as written; `None` for any other cell.
pub(crate) fn withheld_mark(cell: &Cell) -> Option<String> {
    att_lexicon::withheld::read_withheld(cell.value.text()?).map(|found| found.text.to_owned())
}

/// What a cell's number format says of its value: a currency, a multiplier.
pub(crate) fn format_reading(
    sheet: &crate::container::sheet::Sheet,
    cell: Option<&Cell>,
) -> Option<att_lexicon::number_format::NumberFormatReading> {
    cell.and_then(|cell| sheet.number_format(cell))
        .and_then(att_lexicon::number_format::read_number_format)
}

/// Whether a cell says "nothing" where a figure belongs: a dash, "N/A", "nil".
pub(crate) fn is_nothing(cell: &Cell) -> bool {
    cell.value.text().is_some_and(|text| {
        matches!(
            att_lexicon::placeholder::read_placeholder(text),
            Some(
                att_lexicon::placeholder::Placeholder::Dash
                    | att_lexicon::placeholder::Placeholder::Nil
                    | att_lexicon::placeholder::Placeholder::NotApplicable
            )
        )
    })
}

/// A value kept as written.
fn raw(value: &CellValue) -> Value {
    match value {
        CellValue::Number(n) => Number::from_f64(*n).map_or_else(
            || Value::String(format_number(*n)),
            |number| Value::Number(integral(number)),
        ),
        CellValue::Bool(flag) => Value::Bool(*flag),
        other => Value::String(other.display().trim().to_owned()),
    }
}

/// A JSON number written as an integer when it is whole.
fn integral(number: Number) -> Number {
    match number.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Number::from(f as i64),
        _ => number,
    }
}

/// Reads a number from a text cell, reporting how it was written.
fn number_from_text(
    text: &str,
    kind: NumberKind,
    field: Text,
    at: &mut At<'_>,
) -> Result<Number, Option<Value>> {
    match read_number_with(text, kind, at.lang, at.decimal) {
        Ok(reading) => {
            note_number(text, &reading, at);
            Ok(reading.value)
        }
        Err(NotANumber::Placeholder(_)) => {
            at.report(
                Diagnostic::new(&PLACEHOLDER_VALUE)
                    .arg("text", text.trim())
                    .arg("field", field),
            );
            Err(None)
        }
        Err(NotANumber::Text) => Err(Some(Value::String(text.to_owned()))),
    }
}

/// Reports a number written as text, and a reading that depends on the language.
fn note_number(text: &str, reading: &NumberReading, at: &mut At<'_>) {
    let value = show(&reading.value);
    if let Some(note) = reading
        .locale
        .as_ref()
        .filter(|note| !settled_by_neighbours(note))
    {
        let mut diagnostic = Diagnostic::new(&LOCALE_SEPARATORS)
            .arg("text", text)
            .arg("value", value);
        if let Some(alternative) = &note.alternative {
            diagnostic = diagnostic.arg("alternative", show(alternative));
        }
        at.report(diagnostic);
    } else {
        at.report(
            Diagnostic::new(&NUMBER_AS_TEXT)
                .arg("text", text)
                .arg("value", value),
        );
    }
}

/// Whether the workbook's other numbers settled an ambiguous separator beyond doubt: then the
/// reading is no guess worth a warning.
fn settled_by_neighbours(note: &LocaleNote) -> bool {
    note.chosen_by == SeparatorChoice::Neighbours
}

/// A number as the messages show it.
fn show(number: &Number) -> String {
    number.to_string()
}

/// Reads a number of items.
pub(crate) fn read_count(cell: Option<&Cell>, at: &mut At<'_>) -> Option<Lenient<u64>> {
    let cell = cell?;
    let field = Text {
        en: "Number of items",
        fr: "Nombre d’articles",
        es: "Número de artículos",
    };
    let number = match &cell.value {
        CellValue::Empty => return None,
        CellValue::Number(n) => Number::from_f64(*n).map(integral),
        CellValue::Text(text) => match number_from_text(text, NumberKind::Count, field, at) {
            Ok(number) => Some(number),
            Err(kept) => return kept.map(Lenient::raw_value),
        },
        other => return Some(Lenient::raw_value(raw(other))),
    };
    let Some(number) = number else {
        return Some(Lenient::raw_value(raw(&cell.value)));
    };
    Some(match number.as_u64() {
        Some(count) => Lenient::Typed(count),
        None => Lenient::raw_value(Value::Number(number)),
    })
}

/// An amount as read from a value cell, with what the cell said about the currency.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AmountReading {
    /// The amount, or the text kept where it could not be read.
    pub amount: Lenient<Number>,
    /// The currency written in the cell, as written.
    pub currency_text: Option<String>,
}

/// Reads an amount of money; `multiplier` is the one the column heading gives.
pub(crate) fn read_amount(
    cell: Option<&Cell>,
    multiplier: Option<Multiplier>,
    at: &mut At<'_>,
) -> Option<AmountReading> {
    let cell = cell?;
    let field = Text {
        en: "Value",
        fr: "Valeur",
        es: "Valor",
    };
    let (number, currency_text, cell_multiplier) = match &cell.value {
        CellValue::Empty => return None,
        CellValue::Number(n) => (Number::from_f64(*n).map(integral), None, None),
        CellValue::Text(text) => {
            let Some(parts) = split_money(text) else {
                return match number_from_text(text, NumberKind::Amount, field, at) {
                    Ok(number) => Some(AmountReading {
                        amount: Lenient::Typed(multiply(number, multiplier)),
                        currency_text: None,
                    }),
                    Err(kept) => kept.map(|value| AmountReading {
                        amount: Lenient::raw_value(value),
                        currency_text: None,
                    }),
                };
            };
            let whole_is_number = parts.currency.is_none() && parts.multiplier.is_none();
            let number = if whole_is_number {
                number_from_text(text, NumberKind::Amount, field, at)
            } else {
                read_number_with(parts.amount, NumberKind::Amount, at.lang, at.decimal)
                    .map(|reading| {
                        if let Some(note) = reading
                            .locale
                            .as_ref()
                            .filter(|n| !settled_by_neighbours(n))
                        {
                            let mut diagnostic = Diagnostic::new(&LOCALE_SEPARATORS)
                                .arg("text", parts.amount)
                                .arg("value", show(&reading.value));
                            if let Some(alternative) = &note.alternative {
                                diagnostic = diagnostic.arg("alternative", show(alternative));
                            }
                            at.report(diagnostic);
                        }
                        reading.value
                    })
                    .map_err(|_| Some(Value::String(text.to_string())))
            };
            match number {
                Ok(number) => (
                    Some(number),
                    parts.currency.map(str::to_owned),
                    parts.multiplier,
                ),
                Err(kept) => {
                    return kept.map(|value| AmountReading {
                        amount: Lenient::raw_value(value),
                        currency_text: None,
                    });
                }
            }
        }
        other => {
            return Some(AmountReading {
                amount: Lenient::raw_value(raw(other)),
                currency_text: None,
            });
        }
    };
    let Some(number) = number else {
        return Some(AmountReading {
            amount: Lenient::raw_value(raw(&cell.value)),
            currency_text,
        });
    };
    let number = multiply(multiply(number, cell_multiplier), multiplier);
    if cell_multiplier.is_some()
        && let CellValue::Text(text) = &cell.value
    {
        at.report(lenient(text, show(&number), Leniency::Amount));
    }
    Some(AmountReading {
        amount: Lenient::Typed(number),
        currency_text,
    })
}

/// Multiplies an amount by the factor of a multiplier, keeping integers integral.
fn multiply(number: Number, multiplier: Option<Multiplier>) -> Number {
    let Some(multiplier) = multiplier else {
        return number;
    };
    let factor = multiplier.factor();
    if let Some(whole) = number.as_u64().and_then(|n| n.checked_mul(factor)) {
        return Number::from(whole);
    }
    if let Some(whole) = number.as_i64().and_then(|n| n.checked_mul(factor as i64)) {
        return Number::from(whole);
    }
    let product = number.as_f64().unwrap_or(0.0) * factor as f64;
    let rounded = (product * 1e6).round() / 1e6;
    Number::from_f64(rounded).map_or(number, integral)
}

/// Resolves a currency as written: the ISO 4217 code when it names one currency, the assumed
/// code (reported) when it is a shared sign, the text as written otherwise.
pub(crate) fn resolve_currency_text(
    text: &str,
    home_state: Option<&str>,
    at: &mut At<'_>,
) -> String {
    let home = home_state.and_then(att_schema::codes::state_by_code);
    match resolve_currency(text, home) {
        CurrencyMatch::Found(currency) => currency.code.to_owned(),
        CurrencyMatch::Assumed {
            currency,
            candidates,
        } => {
            let others: Vec<&str> = candidates
                .iter()
                .map(|c| c.code)
                .filter(|code| *code != currency.code)
                .collect();
            let mut diagnostic = Diagnostic::new(&CURRENCY_ASSUMED)
                .arg("text", text.trim())
                .arg("currency", currency.code);
            if !others.is_empty() {
                diagnostic = diagnostic.arg("candidates", list_some(&others));
            }
            at.report(diagnostic);
            currency.code.to_owned()
        }
        CurrencyMatch::Unknown => text.trim().to_owned(),
    }
}

/// The currency of values that give none, where the table's layout says they are in the
/// reporting State's own (a national statistics matrix): that State's currency, reported; `None`
/// when the reporting State is not known or has no currency of its own.
pub(crate) fn home_currency(home_state: Option<&str>, at: &mut At<'_>) -> Option<String> {
    let state = home_state.and_then(att_schema::codes::state_by_code)?;
    if state.currency.is_empty() {
        return None;
    }
    at.report(
        Diagnostic::new(&CURRENCY_FROM_REPORTING_STATE)
            .arg("currency", state.currency)
            .arg(
                "state",
                Text {
                    en: state.short_name(Lang::En),
                    fr: state.short_name(Lang::Fr),
                    es: state.short_name(Lang::Es),
                },
            ),
    );
    Some(state.currency.to_owned())
}

/// A list of codes for a message: all of them when few, else the first ones and how many.
fn list_some(codes: &[&str]) -> String {
    const SHOWN: usize = 6;
    if codes.len() <= SHOWN + 1 {
        return codes.join(", ");
    }
    format!("{}… ({} in all)", codes[..SHOWN].join(", "), codes.len())
}

/// Reads a date: a date cell, a number that is a plausible date serial (reported), or text.
pub(crate) fn read_date_cell(cell: Option<&Cell>, at: &mut At<'_>) -> Option<Lenient<Date>> {
    let cell = cell?;
    match &cell.value {
        CellValue::Empty => None,
        CellValue::Date(date) => Some(Lenient::Typed(*date)),
        CellValue::Number(serial) if (20_000.0..80_000.0).contains(serial) => {
            match Date::from_spreadsheet_serial(*serial) {
                Some(date) => {
                    at.report(
                        Diagnostic::new(&DATE_FROM_NUMBER)
                            .arg("number", format_number(*serial))
                            .arg("date", date.to_string()),
                    );
                    Some(Lenient::Typed(date))
                }
                None => Some(Lenient::raw_value(raw(&cell.value))),
            }
        }
        CellValue::Text(text) => match att_lexicon::date::read_date(text, at.lang) {
            Some(reading) => {
                if reading.ambiguous {
                    at.report(
                        Diagnostic::new(&DATE_AMBIGUOUS)
                            .arg("text", text.trim())
                            .arg("date", reading.date.to_string()),
                    );
                } else if reading.lenient {
                    at.report(lenient(text, reading.date.to_string(), Leniency::Date));
                }
                Some(Lenient::Typed(reading.date))
            }
            None => Some(Lenient::raw_value(raw(&cell.value))),
        },
        other => Some(Lenient::raw_value(raw(other))),
    }
}

/// Reads the reporting year: a whole number, or a text naming one year.
pub(crate) fn read_year_cell(cell: Option<&Cell>, at: &mut At<'_>) -> Option<Lenient<i64>> {
    let cell = cell?;
    match &cell.value {
        CellValue::Empty => None,
        CellValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e9 => {
            Some(Lenient::Typed(*n as i64))
        }
        CellValue::Text(text) => match att_lexicon::date::read_year_detailed(text) {
            Some(reading) => {
                let year = reading.year.to_string();
                if reading.lenient {
                    at.report(lenient(text, year, Leniency::Year));
                }
                Some(Lenient::Typed(i64::from(reading.year)))
            }
            None => Some(Lenient::raw_value(raw(&cell.value))),
        },
        other => Some(Lenient::raw_value(raw(other))),
    }
}

/// What was read leniently, for the message of [`READ_LENIENTLY`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leniency {
    /// A year with words around it.
    Year,
    /// A date not written `YYYY-MM-DD`.
    Date,
    /// A tick written as an abbreviation or with a remark.
    Tick,
    /// An amount written with a multiplier word.
    Amount,
}

/// The finding that `text` was read leniently as `value`.
pub(crate) fn lenient(
    text: &str,
    value: impl Into<att_schema::Arg>,
    leniency: Leniency,
) -> Diagnostic {
    let (how, expected) = match leniency {
        Leniency::Year => (
            Text {
                en: "a year with words around it",
                fr: "une année entourée de mots",
                es: "un año rodeado de palabras",
            },
            Text {
                en: "the year alone, such as 2023",
                fr: "l’année seule, par exemple 2023",
                es: "solo el año, por ejemplo 2023",
            },
        ),
        Leniency::Date => (
            Text {
                en: "a date not written YYYY-MM-DD",
                fr: "une date qui n’est pas écrite AAAA-MM-JJ",
                es: "una fecha no escrita AAAA-MM-DD",
            },
            Text {
                en: "the date as YYYY-MM-DD",
                fr: "la date au format AAAA-MM-JJ",
                es: "la fecha con el formato AAAA-MM-DD",
            },
        ),
        Leniency::Tick => (
            Text {
                en: "a tick written another way",
                fr: "une case cochée écrite autrement",
                es: "una casilla marcada escrita de otra forma",
            },
            Text {
                en: "X to tick the box, or leave it empty",
                fr: "X pour cocher la case, ou laissez-la vide",
                es: "X para marcar la casilla, o déjela vacía",
            },
        ),
        Leniency::Amount => (
            Text {
                en: "an amount with a multiplier word",
                fr: "un montant avec un multiplicateur en lettres",
                es: "un importe con un multiplicador en palabras",
            },
            Text {
                en: "the amount in full, in figures",
                fr: "le montant entier, en chiffres",
                es: "el importe completo, en cifras",
            },
        ),
    };
    Diagnostic::new(&READ_LENIENTLY)
        .arg("text", text.trim())
        .arg("value", value)
        .arg("how", how)
        .arg("expected", expected)
}

/// Reads a tick box or yes/no cell: `Some(Ok(ticked))`, or the text when it is neither.
pub(crate) fn read_tick_cell(cell: Option<&Cell>) -> Result<bool, Value> {
    let Some(cell) = cell else {
        return Ok(false);
    };
    match &cell.value {
        CellValue::Bool(flag) => Ok(*flag),
        CellValue::Empty => Ok(false),
        other => {
            let text = other.display();
            att_lexicon::tick::read_tick(&text).ok_or_else(|| raw(other))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(value: CellValue) -> Cell {
        Cell {
            row: 16,
            col: 3,
            value,
        }
    }

    fn text(t: &str) -> Cell {
        cell(CellValue::Text(t.into()))
    }

    fn at(diagnostics: &mut Vec<Diagnostic>) -> At<'_> {
        At {
            location: Location::cell("Exports", 16, 3),
            pointer: "/exports/entries/0/items".into(),
            lang: Some(Lang::En),
            decimal: None,
            diagnostics,
        }
    }

    #[test]
    fn reads_counts_as_numbers_text_and_placeholders() {
        let mut diagnostics = Vec::new();
        let count = |c: Cell, d: &mut Vec<Diagnostic>| read_count(Some(&c), &mut at(d));
        assert_eq!(
            count(cell(CellValue::Number(40.0)), &mut diagnostics),
            Some(Lenient::Typed(40))
        );
        assert_eq!(
            count(cell(CellValue::Number(2.5)), &mut diagnostics),
            Some(Lenient::raw_value(serde_json::json!(2.5)))
        );
        assert_eq!(
            count(cell(CellValue::Number(-3.0)), &mut diagnostics),
            Some(Lenient::raw_value(serde_json::json!(-3)))
        );
        assert!(diagnostics.is_empty());
        assert_eq!(
            count(text("1 200"), &mut diagnostics),
            Some(Lenient::Typed(1200))
        );
        assert_eq!(diagnostics.pop().map(|d| d.code()), Some("ATT0103"));
        assert_eq!(count(text("N/A"), &mut diagnostics), None);
        assert_eq!(diagnostics.pop().map(|d| d.code()), Some("ATT0105"));
        assert_eq!(
            count(text("approx. 40"), &mut diagnostics),
            Some(Lenient::raw_text("approx. 40"))
        );
        assert!(diagnostics.is_empty());
    }

    #[test]
    fn reads_amounts_with_currency_and_multipliers() {
        let mut diagnostics = Vec::new();
        let reading = read_amount(
            Some(&text("USD 1,200,000")),
            None,
            &mut at(&mut diagnostics),
        )
        .expect("an amount");
        assert_eq!(reading.amount, Lenient::Typed(Number::from(1_200_000)));
        assert_eq!(reading.currency_text.as_deref(), Some("USD"));
        let reading = read_amount(
            Some(&cell(CellValue::Number(1250.0))),
            Some(Multiplier::Thousand),
            &mut at(&mut diagnostics),
        )
        .expect("an amount");
        assert_eq!(reading.amount, Lenient::Typed(Number::from(1_250_000)));
        let reading = read_amount(Some(&text("1.250.000,50")), None, &mut at(&mut diagnostics))
            .expect("an amount");
        assert_eq!(
            reading.amount.typed().and_then(Number::as_f64),
            Some(1_250_000.5)
        );
    }

    #[test]
    fn splits_lists_of_parties_without_splitting_state_names() {
        let names = |t: &str| {
            crate::interpret::names::Names::default()
                .read_parties(Some(&text(t)))
                .unwrap_or_default()
                .into_iter()
                .map(|p| (p.code.unwrap_or_default(), p.name.unwrap_or_default()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            names("Denmark, Germany"),
            [
                ("DNK".into(), "Denmark".into()),
                ("DEU".into(), "Germany".into())
            ]
        );
        assert_eq!(names("Korea, Rep."), [("KOR".into(), "Korea, Rep.".into())]);
        assert_eq!(
            names("Denmark and Germany"),
            [
                ("DNK".into(), "Denmark".into()),
                ("DEU".into(), "Germany".into())
            ]
        );
        assert_eq!(
            names("Trinidad and Tobago"),
            [("TTO".into(), "Trinidad and Tobago".into())]
        );
        assert_eq!(
            names("Denmark; somewhere"),
            [
                ("DNK".into(), "Denmark".into()),
                (String::new(), "somewhere".into())
            ]
        );
    }

    #[test]
    fn reads_dates_years_and_ticks() {
        let mut diagnostics = Vec::new();
        assert_eq!(
            read_date_cell(
                Some(&cell(CellValue::Number(45_440.0))),
                &mut at(&mut diagnostics)
            )
            .and_then(|d| d.typed().map(ToString::to_string)),
            Some("2024-05-28".to_owned())
        );
        assert_eq!(diagnostics.pop().map(|d| d.code()), Some("ATT0134"));
        assert_eq!(
            read_year_cell(Some(&text("Calendar year 2023")), &mut at(&mut diagnostics)),
            Some(Lenient::Typed(2023))
        );
        assert_eq!(diagnostics.pop().map(|d| d.code()), Some("ATT0153"));
        assert_eq!(read_tick_cell(Some(&text("☒"))), Ok(true));
        assert_eq!(read_tick_cell(None), Ok(false));
        assert_eq!(
            read_tick_cell(Some(&text("maybe"))),
            Err(serde_json::json!("maybe"))
        );
    }
}
