//! The data validations of input cells: drop-down lists, bounds on numbers, and the help a
//! spreadsheet shows when the cell is selected. Values outside a list or a bound are warned
//! about, not refused: a State missing from the list, or a figure a person wants to keep, may
//! still be typed, and the reader reports what it cannot recognise.

use crate::error::WriteError;
use crate::texts::help;
use att_schema::{Lang, Text};
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Formula,
};

/// Help only, for a cell of any value.
pub(crate) fn help(title: Text, message: Text, lang: Lang) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_any_value()
        .set_input_title(title.get(lang))?
        .set_input_message(message.get(lang))?)
}

/// A drop-down of the list under the defined name `list`.
pub(crate) fn list(
    list: &str,
    title: Text,
    message: Text,
    lang: Lang,
) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_list_formula(Formula::new(format!("={list}")))
        .set_input_title(title.get(lang))?
        .set_input_message(message.get(lang))?
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title(help::NOT_LISTED_TITLE.get(lang))?
        .set_error_message(help::NOT_LISTED.get(lang))?)
}

/// A reporting year: a whole number from 2014.
pub(crate) fn year(lang: Lang) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(2014, 2999))
        .set_input_title(help::YEAR_TITLE.get(lang))?
        .set_input_message(help::YEAR.get(lang))?
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title(help::NUMBER_TITLE.get(lang))?
        .set_error_message(help::YEAR_RANGE.get(lang))?)
}

/// A number of items: a whole number of 0 or more.
pub(crate) fn count(lang: Lang) -> Result<DataValidation, WriteError> {
    Ok(DataValidation::new()
        .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
        .set_input_title(help::ITEMS_TITLE.get(lang))?
        .set_input_message(help::ITEMS.get(lang))?
        .set_error_style(DataValidationErrorStyle::Warning)
        .set_error_title(help::NUMBER_TITLE.get(lang))?
        .set_error_message(help::WHOLE_NUMBER.get(lang))?)
}

/// A date of submission: a date from the Treaty's first reports on.
pub(crate) fn date(lang: Lang) -> Result<DataValidation, WriteError> {
    let first = ExcelDateTime::from_ymd(2015, 1, 1)?;
    Ok(DataValidation::new()
        .allow_date(DataValidationRule::GreaterThanOrEqualTo(first))
        .set_input_title(help::DATE_TITLE.get(lang))?
        .set_input_message(help::DATE.get(lang))?
        .set_error_style(DataValidationErrorStyle::Warning))
}
