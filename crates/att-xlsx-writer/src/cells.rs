//! What goes in a cell for each value of the document.
//!
//! A value is written plainly — text, a number, a date, a drop-down answer — when the reader
//! reads that cell back as exactly this value. Anything else (a raw value kept where a typed
//! value could not be read, a text with spaces around it, an empty text, a number a spreadsheet
//! cannot hold exactly, a field that must stay absent where the reader would otherwise fill it)
//! is written as a literal formula (`att_workbook::literal`), which the reader takes exactly.

use crate::error::WriteError;
use att_schema::{Date, Lenient};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Worksheet};
use serde::Serialize;
use serde_json::{Number, Value};

/// Largest number of characters a cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// Whole numbers a cell holds exactly and the reader reads back as whole numbers.
const EXACT_INTEGER: f64 = 9.0e15;

/// What one cell holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Content {
    /// Nothing (the cell keeps its format).
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date.
    Date(Date),
    /// A formula that computes the cell (a code looked up from a name), and the result saved
    /// with it.
    Formula {
        /// The formula, with its `=`.
        formula: String,
        /// What it shows.
        result: String,
    },
    /// A literal formula: a value exactly as the document holds it.
    Literal {
        /// The formula, with its `=`.
        formula: String,
        /// What it shows.
        result: String,
    },
}

impl Content {
    /// Whether the cell is left empty.
    pub(crate) fn is_empty(&self) -> bool {
        matches!(self, Content::Empty)
    }

    /// The text the cell shows, when it shows text.
    pub(crate) fn shown(&self) -> Option<&str> {
        match self {
            Content::Text(text)
            | Content::Formula { result: text, .. }
            | Content::Literal { result: text, .. } => Some(text),
            _ => None,
        }
    }

    /// Writes the content at `row`, `col` with `format`.
    pub(crate) fn write(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        col: u16,
        format: &Format,
    ) -> Result<(), WriteError> {
        match self {
            Content::Empty => sheet.write_blank(row, col, format)?,
            Content::Text(text) => sheet.write_string_with_format(row, col, text, format)?,
            Content::Number(number) => sheet.write_number_with_format(row, col, *number, format)?,
            Content::Date(date) => {
                let date = ExcelDateTime::from_ymd(date.year() as u16, date.month(), date.day())?;
                sheet.write_datetime_with_format(row, col, &date, format)?
            }
            Content::Formula { formula, result } | Content::Literal { formula, result } => sheet
                .write_formula_with_format(
                    row,
                    col,
                    Formula::new(formula).set_result(result),
                    format,
                )?,
        };
        Ok(())
    }
}

/// Whether `text` reads back as itself from a text cell: not empty, nothing the reader trims
/// around it, and short enough for a cell.
pub(crate) fn is_plain_text(text: &str) -> bool {
    !text.is_empty() && text.trim() == text && text.chars().count() <= MAX_CELL_CHARS
}

/// The literal formula of `value`; `pointer` says which value, should it be too long.
pub(crate) fn literal(value: &Value, pointer: &str) -> Result<Content, WriteError> {
    let literal = att_workbook::literal::encode(value).map_err(|error| WriteError::TooLong {
        pointer: pointer.to_owned(),
        length: error.length,
    })?;
    let result = if shown_safely(&literal.result) || !value.is_string() {
        literal.result
    } else {
        String::new()
    };
    Ok(Content::Literal {
        formula: literal.formula,
        result,
    })
}

/// Whether a text can be saved as a formula's result: texts that look like numbers are saved as
/// numbers, which is harmless for plain digits but not for words such as "inf" or "NaN".
fn shown_safely(text: &str) -> bool {
    text.parse::<f64>().is_err()
        || text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
}

/// The literal of a raw value of a typed field (kept where a typed value could not be read),
/// wrapped where the reader would take the value itself for something else (see
/// [`att_workbook::wrap_raw`]).
pub(crate) fn raw(value: &Value, pointer: &str) -> Result<Content, WriteError> {
    literal(&att_workbook::wrap_raw(value), pointer)
}

/// The JSON a literal holds for a typed field's value: a typed value's JSON, a raw value as
/// [`raw`] writes it.
pub(crate) fn literal_json<T: Serialize>(
    value: &Lenient<T>,
    pointer: &str,
) -> Result<Value, WriteError> {
    match value {
        Lenient::Typed(typed) => json(typed, pointer),
        Lenient::Raw(raw) => Ok(att_workbook::wrap_raw(raw).into_owned()),
    }
}

/// A text field: the text itself, or a literal when a cell would not give it back exactly.
pub(crate) fn text(value: Option<&str>, pointer: &str) -> Result<Content, WriteError> {
    match value {
        None => Ok(Content::Empty),
        Some(text) if is_plain_text(text) => Ok(Content::Text(text.to_owned())),
        Some(text) => literal(&Value::String(text.to_owned()), pointer),
    }
}

/// A figure's cell (number of items or amount) where the entry withholds that figure: the word
/// the report used instead, as plain text where the reader takes that text for a withheld
/// figure ("classified", "n.d."); otherwise — another word, or the figure given as well — the
/// literal object `{"withheld": word, "figure": …}` that the reader of the toolkit's own
/// workbooks decodes.
pub(crate) fn withheld(
    figure: Content,
    figure_json: Option<Value>,
    word: Option<&str>,
    pointer: &str,
) -> Result<Content, WriteError> {
    let Some(word) = word else {
        return Ok(figure);
    };
    let read_back = att_lexicon::withheld::read_withheld(word).is_some_and(|w| w.text == word);
    if figure_json.is_none() && is_plain_text(word) && read_back {
        return Ok(Content::Text(word.to_owned()));
    }
    let mut object = serde_json::Map::new();
    object.insert(
        att_workbook::WITHHELD_KEY.to_owned(),
        Value::String(word.to_owned()),
    );
    if let Some(figure) = figure_json {
        object.insert(att_workbook::FIGURE_KEY.to_owned(), figure);
    }
    literal(&Value::Object(object), pointer)
}

/// The number-of-items cell of an entry that declares figures withheld without withholding
/// either (`"withheld": {}`): the literal object `{"withheld": null, "figure": …}`, the figure
/// given if there is one.
pub(crate) fn withheld_without_words(
    figure_json: Option<Value>,
    pointer: &str,
) -> Result<Content, WriteError> {
    let mut object = serde_json::Map::new();
    object.insert(att_workbook::WITHHELD_KEY.to_owned(), Value::Null);
    if let Some(figure) = figure_json {
        object.insert(att_workbook::FIGURE_KEY.to_owned(), figure);
    }
    literal(&Value::Object(object), pointer)
}

/// A typed field: `typed` gives the plain content of a typed value, or `None` when no plain
/// cell would read back as it (it is then written as the literal of its JSON); a raw value is
/// always a literal.
pub(crate) fn lenient<T: Serialize>(
    value: Option<&Lenient<T>>,
    typed: impl FnOnce(&T) -> Option<Content>,
    pointer: &str,
) -> Result<Content, WriteError> {
    match value {
        None => Ok(Content::Empty),
        Some(Lenient::Raw(value)) => raw(value, pointer),
        Some(Lenient::Typed(value)) => match typed(value) {
            Some(content) => Ok(content),
            None => literal(&json(value, pointer)?, pointer),
        },
    }
}

/// The JSON of a typed value.
pub(crate) fn json<T: Serialize>(value: &T, pointer: &str) -> Result<Value, WriteError> {
    serde_json::to_value(value).map_err(|error| WriteError::Value {
        pointer: pointer.to_owned(),
        source: error,
    })
}

/// A number of items.
pub(crate) fn count(items: &u64) -> Option<Content> {
    let number = *items as f64;
    (number < EXACT_INTEGER).then_some(Content::Number(number))
}

/// A year.
pub(crate) fn year(year: &i64) -> Option<Content> {
    (year.unsigned_abs() < 1_000_000_000).then_some(Content::Number(*year as f64))
}

/// An amount: whole numbers of the document as whole numbers, fractions as fractions. A whole
/// number written with a fraction in the document (`5.0`) would come back as `5`, and large
/// whole numbers are beyond a cell's precision: both are literals.
pub(crate) fn amount(amount: &Number) -> Option<Content> {
    if let Some(whole) = amount.as_u64() {
        return ((whole as f64) < EXACT_INTEGER).then_some(Content::Number(whole as f64));
    }
    if let Some(whole) = amount.as_i64() {
        return ((whole.unsigned_abs() as f64) < EXACT_INTEGER)
            .then_some(Content::Number(whole as f64));
    }
    let number = amount.as_f64()?;
    let whole_below_exact = number.fract() == 0.0 && number.abs() < EXACT_INTEGER;
    (number.is_finite() && !whole_below_exact).then_some(Content::Number(number))
}

/// A date: a date cell from 1901 on (earlier dates are not dates in every spreadsheet).
pub(crate) fn date(date: &Date) -> Option<Content> {
    (date.year() >= 1901).then_some(Content::Date(*date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_text_is_text_that_a_cell_gives_back() {
        assert!(is_plain_text("Norway"));
        assert!(is_plain_text("a\nb"));
        assert!(!is_plain_text(""));
        assert!(!is_plain_text(" Norway"));
        assert!(!is_plain_text("Norway\u{a0}"));
        assert_eq!(
            text(Some("  x "), "/p").expect("short"),
            Content::Literal {
                formula: "=\"  x \"".to_owned(),
                result: "  x ".to_owned()
            }
        );
    }

    #[test]
    fn numbers_a_cell_cannot_give_back_exactly_are_literals() {
        assert_eq!(count(&120), Some(Content::Number(120.0)));
        assert_eq!(count(&u64::MAX), None);
        assert_eq!(
            amount(&Number::from(1_500_000)),
            Some(Content::Number(1.5e6))
        );
        assert_eq!(
            amount(&Number::from_f64(250_000.5).expect("finite")),
            Some(Content::Number(250_000.5))
        );
        assert_eq!(amount(&Number::from_f64(5.0).expect("finite")), None);
        assert_eq!(
            amount(&Number::from_f64(1e20).expect("finite")),
            Some(Content::Number(1e20))
        );
        let items: Lenient<u64> = Lenient::Typed(u64::MAX);
        assert_eq!(
            lenient(Some(&items), count, "/items").expect("short"),
            Content::Literal {
                formula: "=18446744073709551615".to_owned(),
                result: "18446744073709551615".to_owned()
            }
        );
    }

    #[test]
    fn texts_that_look_like_other_values_are_not_saved_as_them() {
        let Content::Literal { result, .. } = literal(&json!("inf"), "/p").expect("short") else {
            panic!("a literal");
        };
        assert_eq!(result, "");
        let Content::Literal { result, .. } = literal(&json!("2023"), "/p").expect("short") else {
            panic!("a literal");
        };
        assert_eq!(result, "2023");
    }
}
