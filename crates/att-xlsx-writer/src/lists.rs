//! The hidden sheet `att`: the signature that tells the reader the workbook is the toolkit's
//! own (see `att_workbook`), and the lists behind the drop-down menus, each under a defined
//! name that the data validations and the code lookups use.

use crate::error::WriteError;
use crate::parties::{STATE_CODES, STATE_NAMES, StateList};
use crate::texts;
use att_schema::codes::all_currencies;
use att_schema::{Basis, Category, EntryBasis, Lang};
use rust_xlsxwriter::{Workbook, utility::column_number_to_name};

/// The defined name of the categories' list.
pub(crate) const CATEGORIES: &str = "att_categories";
/// The defined name of the currencies' list.
pub(crate) const CURRENCIES: &str = "att_currencies";
/// The defined name of the yes/no list.
pub(crate) const YES_NO: &str = "att_yes_no";
/// The defined name of a table's bases.
pub(crate) const BASES: &str = "att_bases";
/// The defined name of a row's bases.
pub(crate) const ENTRY_BASES: &str = "att_entry_bases";
/// The defined name of the languages.
pub(crate) const LANGUAGES: &str = "att_languages";

/// The first row of the lists (below the signature and the lists' headings).
const FIRST_ROW: u32 = att_workbook::FIRST_LIST_ROW;

/// How a category is offered in the drop-down and written in a cell: its code and its name
/// ("VIII.SA.2 – Rifles and carbines"), or the national category's name alone.
pub(crate) fn category_label(category: Category, lang: Lang) -> String {
    match category {
        Category::National => category.name(lang).to_owned(),
        other => format!("{} – {}", other.code(), other.name(lang)),
    }
}

/// Adds the lists sheet, hidden and protected, and defines the lists' names.
pub(crate) fn add(
    workbook: &mut Workbook,
    lang: Lang,
    states: &StateList,
) -> Result<(), WriteError> {
    let categories: Vec<String> = Category::ALL
        .iter()
        .map(|&category| category_label(category, lang))
        .collect();
    let currencies: Vec<&str> = all_currencies().iter().map(|c| c.code).collect();
    let yes_no = [texts::YES.get(lang), texts::NO.get(lang)];
    let bases = [Basis::Authorized, Basis::Actual, Basis::Both].map(|b| texts::basis(b).get(lang));
    let entry_bases =
        [EntryBasis::Authorized, EntryBasis::Actual].map(|b| texts::entry_basis(b).get(lang));
    let languages = Lang::ALL.map(Lang::code);

    let sheet = workbook.add_worksheet();
    sheet.set_name(att_workbook::SHEET)?;
    sheet.write_string(0, 0, att_workbook::SIGNATURE)?;
    sheet.write_string(0, 1, att_workbook::FORMAT_VERSION)?;
    let mut names: Vec<(&str, String)> = Vec::new();
    let mut column = |col: u16, heading: &str, values: &[&str], name: Option<&'static str>| {
        sheet.write_string(FIRST_ROW - 1, col, heading)?;
        for (offset, value) in values.iter().enumerate() {
            sheet.write_string(FIRST_ROW + offset as u32, col, *value)?;
        }
        if let Some(name) = name {
            let letter = column_number_to_name(col);
            let last = FIRST_ROW as usize + values.len();
            names.push((
                name,
                format!(
                    "={}!${letter}${}:${letter}${last}",
                    att_workbook::SHEET,
                    FIRST_ROW + 1
                ),
            ));
        }
        Ok::<(), WriteError>(())
    };
    let state_names: Vec<&str> = states.entries().iter().map(|(name, _)| *name).collect();
    let state_codes: Vec<&str> = states.entries().iter().map(|(_, code)| *code).collect();
    column(0, "State", &state_names, Some(STATE_NAMES))?;
    column(1, "Code", &state_codes, None)?;
    let category_refs: Vec<&str> = categories.iter().map(String::as_str).collect();
    column(3, "Category", &category_refs, Some(CATEGORIES))?;
    column(5, "Currency", &currencies, Some(CURRENCIES))?;
    column(7, "Yes/No", &yes_no, Some(YES_NO))?;
    column(9, "Basis of a table", &bases, Some(BASES))?;
    column(11, "Basis of a row", &entry_bases, Some(ENTRY_BASES))?;
    column(13, "Language", &languages, Some(LANGUAGES))?;
    let last_state = FIRST_ROW as usize + state_names.len();
    names.push((
        STATE_CODES,
        format!(
            "={}!$A${}:$B${last_state}",
            att_workbook::SHEET,
            FIRST_ROW + 1
        ),
    ));
    sheet.set_column_width(0, 40)?;
    sheet.set_column_width(3, 60)?;
    sheet.set_hidden(true);
    sheet.protect();
    for (name, range) in names {
        workbook.define_name(name, &range)?;
    }
    Ok(())
}
