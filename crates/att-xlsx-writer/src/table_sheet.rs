//! The exports and imports sheets: a title, the table's basis ("Basis of data"), the header row
//! in the words of the 2017 template (`att_lexicon::canonical_heading`), one row per entry, and
//! prepared rows below with their drop-downs and code lookups.

use crate::cells::{self, Content};
use crate::columns::TableColumn;
use crate::error::{Table, WriteError};
use crate::fit::{self, Font};
use crate::lists;
use crate::parties::{self, StateList};
use crate::styles::{self, Styles};
use crate::texts::{self, help};
use crate::validation;
use att_lexicon::heading::canonical_heading;
use att_lexicon::label::{Label, canonical_label};
use att_schema::{Category, DirectionKind, Entry, Lang, Money, Report};
use rust_xlsxwriter::{
    Format, IgnoreError, ProtectionOptions, Workbook, Worksheet, utility::row_col_to_cell,
};
use serde_json::Value;

/// The row of the table's header.
pub(crate) const HEADER_ROW: u32 = 3;
/// Rows prepared below the entries, with their drop-downs and code lookups.
pub(crate) const SPARE_ROWS: u32 = 500;
/// Empty rows printed below the entries.
const PRINTED_SPARE_ROWS: u32 = 5;
/// Rows printed at least, so that a blank form prints rows to fill in by hand.
const PRINTED_BLANK_ROWS: u32 = 25;
/// Rows of a worksheet.
const MAX_ROWS: u32 = 1_048_576;

/// Adds the sheet of `kind`'s table.
pub(crate) fn add(
    workbook: &mut Workbook,
    report: &Report,
    kind: DirectionKind,
    lang: Lang,
    states: &StateList,
    styles: &Styles,
) -> Result<(), WriteError> {
    let direction = report.direction(kind);
    let first = HEADER_ROW + 1;
    let max = (MAX_ROWS - first) as usize;
    if direction.entries.len() > max {
        return Err(WriteError::TooManyRows {
            table: Table::Entries(kind),
            rows: direction.entries.len(),
            max,
        });
    }
    let prepared_end = (first + direction.entries.len() as u32 + SPARE_ROWS).min(MAX_ROWS) - 1;
    let pointer = format!("/{}", kind.field());
    let basis = cells::lenient(
        direction.basis.as_ref(),
        |basis| Some(Content::Text(texts::basis(*basis).get(lang).to_owned())),
        &format!("{pointer}/basis"),
    )?;

    let sheet = workbook.add_worksheet();
    sheet.set_name(texts::direction_sheet(kind).get(lang))?;
    // Formulas saved without a result show an empty text, as those computing "" do.
    sheet.set_formula_result_default("");
    for column in TableColumn::ALL {
        sheet.set_column_width(column.index(), column.width(kind, lang))?;
        sheet.set_column_format(column.index(), &unlocked(column))?;
    }
    sheet.write_string_with_format(0, 0, texts::direction_title(kind).get(lang), &styles.title)?;
    sheet.set_row_height(0, styles::TITLE_HEIGHT)?;
    sheet.write_string_with_format(1, 0, canonical_label(Label::Basis, lang), &styles.label)?;
    basis.write(sheet, 1, 1, &styles.input)?;
    let basis_label = canonical_label(Label::Basis, lang);
    let basis_height = styles::fitted_height(
        [(
            basis_label,
            TableColumn::Category.width(kind, lang),
            Font::BODY,
        )]
        .into_iter()
        .chain(basis.shown().map(|text| {
            (
                text,
                TableColumn::NationalCategory.width(kind, lang),
                Font::BODY,
            )
        })),
    );
    if basis_height > fit::row_height(1, Font::BODY) {
        sheet.set_row_height(1, basis_height)?;
    }
    sheet.add_data_validation(
        1,
        1,
        1,
        1,
        &validation::list(lists::BASES, help::BASIS_TITLE, help::BASIS, lang)?,
    )?;
    for column in TableColumn::ALL {
        let heading = canonical_heading(column.heading(), kind, lang);
        sheet.write_string_with_format(HEADER_ROW, column.index(), heading, &styles.heading)?;
    }
    let header_height = styles::fitted_height(TableColumn::ALL.map(|column| {
        (
            canonical_heading(column.heading(), kind, lang),
            column.width(kind, lang),
            Font::BOLD,
        )
    }));
    sheet.set_row_height(HEADER_ROW, header_height)?;
    for (index, entry) in direction.entries.iter().enumerate() {
        let row = first + index as u32;
        let contents = entry_contents(
            entry,
            row,
            lang,
            states,
            &format!("{pointer}/entries/{index}"),
        )?;
        for (column, content) in TableColumn::ALL.into_iter().zip(&contents) {
            let format = match (content, column) {
                (Content::Literal { .. }, TableColumn::Items | TableColumn::Value) => &styles.input,
                _ => column.format(styles),
            };
            content.write(sheet, row, column.index(), format)?;
        }
        let height = styles::fitted_height(TableColumn::ALL.into_iter().zip(&contents).filter_map(
            |(column, content)| {
                let text = content.shown()?;
                Some((text, column.width(kind, lang), Font::BODY))
            },
        ));
        if height > fit::row_height(1, Font::BODY) {
            sheet.set_row_height(row, height)?;
        }
    }
    for row in first + direction.entries.len() as u32..=prepared_end {
        for column in TableColumn::ALL {
            let content = match column {
                TableColumn::PartnerCode | TableColumn::OriginCode => {
                    parties::code(None, &name_cell(row, column), states, "")?
                }
                _ => Content::Empty,
            };
            content.write(sheet, row, column.index(), column.format(styles))?;
        }
    }
    validate(sheet, lang, first, prepared_end)?;
    // The code lookups and literal cells are formulas in cells meant to be typed over.
    let last_column = TableColumn::ALL.len() as u16 - 1;
    sheet.ignore_error_range(
        first,
        0,
        prepared_end,
        last_column,
        IgnoreError::UnlockedCellsWithFormula,
    )?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 1)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, HEADER_ROW)?;
    let printed_end = (first + direction.entries.len() as u32 + PRINTED_SPARE_ROWS)
        .max(first + PRINTED_BLANK_ROWS)
        .min(prepared_end);
    sheet.set_print_area(0, 0, printed_end, last_column)?;
    sheet.set_footer("&L&A&R&P / &N");
    sheet.protect_with_options(&ProtectionOptions {
        insert_rows: true,
        delete_rows: true,
        format_columns: true,
        format_rows: true,
        sort: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The format a column's cells have where nothing is written yet: unlocked, so that rows may
/// be added below the prepared ones.
fn unlocked(column: TableColumn) -> Format {
    let base = Format::new().set_unlocked().set_text_wrap();
    match column {
        TableColumn::Items => base.set_num_format("#,##0"),
        TableColumn::Value => base.set_num_format("#,##0.00"),
        _ => base,
    }
}

/// The name cell a code column looks its code up from.
fn name_cell(row: u32, code_column: TableColumn) -> String {
    let name_column = match code_column {
        TableColumn::OriginCode => TableColumn::Origin,
        _ => TableColumn::Partner,
    };
    row_col_to_cell(row, name_column.index())
}

/// The cells of one entry, in column order.
fn entry_contents(
    entry: &Entry,
    row: u32,
    lang: Lang,
    states: &StateList,
    pointer: &str,
) -> Result<Vec<Content>, WriteError> {
    let at = |field: &str| format!("{pointer}/{field}");
    let mut category = cells::lenient(
        entry.category.as_ref(),
        |category: &Category| Some(Content::Text(lists::category_label(*category, lang))),
        &at("category"),
    )?;
    if entry.category.is_none() && entry.national_category.is_some() {
        category = cells::literal(&Value::Null, &at("category"))?;
    }
    let money = entry.value.as_ref();
    let mut amount = cells::lenient(
        money.and_then(|m| m.amount.as_ref()),
        cells::amount,
        &at("value/amount"),
    )?;
    let currency = match money.and_then(|m| m.currency.as_deref()) {
        None => Content::Empty,
        Some(code) if is_currency_code(code) => Content::Text(code.to_owned()),
        Some(other) => cells::literal(&Value::String(other.to_owned()), &at("value/currency"))?,
    };
    if money.is_some() && amount.is_empty() && currency.is_empty() {
        amount = cells::literal(&Value::Null, &at("value/amount"))?;
    }
    let withheld = entry.withheld.as_ref();
    // A value without amount or currency (`"value": {}`) is given as the figure `null` where
    // its cell holds the word of a withheld value instead.
    let amount_json = match money {
        Some(Money {
            amount: Some(amount),
            ..
        }) => Some(cells::literal_json(amount, &at("value/amount"))?),
        Some(Money {
            amount: None,
            currency: None,
        }) => Some(Value::Null),
        _ => None,
    };
    let amount = cells::withheld(
        amount,
        amount_json,
        withheld.and_then(|w| w.value.as_deref()),
        &at("withheld/value"),
    )?;
    let items_json = entry
        .items
        .as_ref()
        .map(|i| cells::literal_json(i, &at("items")))
        .transpose()?;
    let items = match withheld {
        Some(figures) if figures.is_empty() => {
            cells::withheld_without_words(items_json, &at("withheld"))?
        }
        _ => cells::withheld(
            cells::lenient(entry.items.as_ref(), cells::count, &at("items"))?,
            items_json,
            withheld.and_then(|w| w.items.as_deref()),
            &at("withheld/items"),
        )?,
    };
    let (places, place_codes) = parties::list(
        entry.intermediate_locations.as_ref(),
        &at("intermediate_locations"),
    )?;
    let mut contents = Vec::with_capacity(TableColumn::ALL.len());
    for column in TableColumn::ALL {
        let content = match column {
            TableColumn::Category => category.clone(),
            TableColumn::NationalCategory => {
                cells::text(entry.national_category.as_deref(), &at("national_category"))?
            }
            TableColumn::Partner => parties::name(entry.partner.as_ref(), &at("partner/name"))?,
            TableColumn::PartnerCode => parties::code(
                entry.partner.as_ref(),
                &name_cell(row, column),
                states,
                &at("partner/code"),
            )?,
            TableColumn::Items => items.clone(),
            TableColumn::Value => amount.clone(),
            TableColumn::Currency => currency.clone(),
            TableColumn::Basis => cells::lenient(
                entry.basis.as_ref(),
                |basis| {
                    Some(Content::Text(
                        texts::entry_basis(*basis).get(lang).to_owned(),
                    ))
                },
                &at("basis"),
            )?,
            TableColumn::Origin => {
                parties::name(entry.state_of_origin.as_ref(), &at("state_of_origin/name"))?
            }
            TableColumn::OriginCode => parties::code(
                entry.state_of_origin.as_ref(),
                &name_cell(row, column),
                states,
                &at("state_of_origin/code"),
            )?,
            TableColumn::Places => places.clone(),
            TableColumn::PlaceCodes => place_codes.clone(),
            TableColumn::Description => {
                cells::text(entry.description.as_deref(), &at("description"))?
            }
            TableColumn::Comments => cells::text(entry.comments.as_deref(), &at("comments"))?,
        };
        contents.push(content);
    }
    let filled = contents.iter().any(|content| {
        !content.is_empty()
            && !matches!(content, Content::Formula { result, .. } if result.is_empty())
    });
    if !filled {
        contents[TableColumn::Category as usize] = cells::literal(&Value::Null, &at("category"))?;
    }
    Ok(contents)
}

/// Whether `code` is an ISO 4217 code the reader reads back as itself.
fn is_currency_code(code: &str) -> bool {
    matches!(
        att_schema::codes::resolve_currency(code, None),
        att_schema::codes::CurrencyMatch::Found(currency) if currency.code == code
    )
}

/// The drop-downs and help of the prepared rows.
fn validate(sheet: &mut Worksheet, lang: Lang, first: u32, last: u32) -> Result<(), WriteError> {
    for column in TableColumn::ALL {
        let validation = match column {
            TableColumn::Category => validation::list(
                lists::CATEGORIES,
                help::CATEGORY_TITLE,
                help::CATEGORY,
                lang,
            )?,
            TableColumn::NationalCategory => {
                validation::help(help::NATIONAL_TITLE, help::NATIONAL, lang)?
            }
            TableColumn::Partner | TableColumn::Origin => {
                validation::list(parties::STATE_NAMES, help::STATE_TITLE, help::STATE, lang)?
            }
            TableColumn::PartnerCode | TableColumn::OriginCode => {
                validation::help(help::CODE_TITLE, help::CODE, lang)?
            }
            TableColumn::Items => validation::count(lang)?,
            TableColumn::Value => validation::help(help::VALUE_TITLE, help::VALUE, lang)?,
            TableColumn::Currency => validation::list(
                lists::CURRENCIES,
                help::CURRENCY_TITLE,
                help::CURRENCY,
                lang,
            )?,
            TableColumn::Basis => validation::list(
                lists::ENTRY_BASES,
                help::BASIS_TITLE,
                help::ENTRY_BASIS,
                lang,
            )?,
            TableColumn::Places => validation::help(help::PLACES_TITLE, help::PLACES, lang)?,
            TableColumn::PlaceCodes => validation::help(help::CODE_TITLE, help::CODES, lang)?,
            TableColumn::Description | TableColumn::Comments => continue,
        };
        sheet.add_data_validation(first, column.index(), last, column.index(), &validation)?;
    }
    Ok(())
}
