//! Annex 2: the State's own definitions of the categories it used, one row per definition
//! under the header "Category / National category / Definition".

use crate::cells::{self, Content};
use crate::error::WriteError;
use crate::lists;
use crate::styles::{self, Styles};
use crate::texts::{self, help};
use crate::validation;
use att_lexicon::heading::{Column, canonical_heading};
use att_schema::{Category, DirectionKind, Lang, NationalDefinition};
use rust_xlsxwriter::{Format, ProtectionOptions, Workbook};
use serde_json::Value;

/// The row of the header.
const HEADER_ROW: u32 = 2;
/// The widths of the category, national category and definition columns.
const WIDTHS: [f64; 3] = [40.0, 28.0, 90.0];
/// Rows prepared below the definitions.
const SPARE_ROWS: u32 = 100;

/// Adds the national definitions sheet.
pub(crate) fn add(
    workbook: &mut Workbook,
    definitions: &[NationalDefinition],
    lang: Lang,
    styles: &Styles,
) -> Result<(), WriteError> {
    let first = HEADER_ROW + 1;
    let max = (1_048_576 - first) as usize;
    if definitions.len() > max {
        return Err(WriteError::TooManyRows {
            table: "national_definitions",
            rows: definitions.len(),
            max,
        });
    }
    let sheet = workbook.add_worksheet();
    sheet.set_name(texts::sheet::NATIONAL_DEFINITIONS.get(lang))?;
    let unlocked = Format::new().set_unlocked().set_text_wrap();
    for (col, width) in (0u16..).zip(WIDTHS) {
        sheet.set_column_width(col, width)?;
        sheet.set_column_format(col, &unlocked)?;
    }
    sheet.write_string_with_format(
        0,
        0,
        texts::title::NATIONAL_DEFINITIONS.get(lang),
        &styles.title,
    )?;
    sheet.set_row_height(0, 24)?;
    let headings = [
        canonical_heading(Column::Category, DirectionKind::Exports, lang),
        canonical_heading(Column::NationalCategory, DirectionKind::Exports, lang),
        texts::title::DEFINITION.get(lang),
    ];
    for (col, heading) in (0u16..).zip(headings) {
        sheet.write_string_with_format(HEADER_ROW, col, heading, &styles.heading)?;
    }
    for (index, definition) in definitions.iter().enumerate() {
        let row = first + index as u32;
        let pointer = format!("/national_definitions/{index}");
        let mut lines = 1;
        for ((col, content), width) in (0u16..)
            .zip(contents(definition, lang, &pointer)?)
            .zip(WIDTHS)
        {
            content.write(sheet, row, col, &styles.input)?;
            if let Some(text) = content.shown() {
                lines = lines.max(styles::lines(text, width));
            }
        }
        if lines > 1 {
            sheet.set_row_height(row, styles::row_height(lines))?;
        }
    }
    let last = (first + definitions.len() as u32 + SPARE_ROWS).min(1_048_575);
    for row in first + definitions.len() as u32..=last {
        for col in 0..3 {
            sheet.write_blank(row, col, &styles.input)?;
        }
    }
    sheet.add_data_validation(
        first,
        0,
        last,
        0,
        &validation::list(
            lists::CATEGORIES,
            help::CATEGORY_TITLE,
            help::CATEGORY,
            lang,
        )?,
    )?;
    sheet.add_data_validation(
        first,
        1,
        last,
        1,
        &validation::help(help::NATIONAL_TITLE, help::NATIONAL, lang)?,
    )?;
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, HEADER_ROW)?;
    sheet.set_footer("&L&A&R&P / &N");
    sheet.protect_with_options(&ProtectionOptions {
        insert_rows: true,
        delete_rows: true,
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::default()
    });
    Ok(())
}

/// The category, national category and definition cells of one definition.
fn contents(
    definition: &NationalDefinition,
    lang: Lang,
    pointer: &str,
) -> Result<[Content; 3], WriteError> {
    let mut category = cells::lenient(
        definition.category.as_ref(),
        |category: &Category| Some(Content::Text(lists::category_label(*category, lang))),
        &format!("{pointer}/category"),
    )?;
    let national = cells::text(
        definition.national_category.as_deref(),
        &format!("{pointer}/national_category"),
    )?;
    let text = cells::text(
        definition.definition.as_deref(),
        &format!("{pointer}/definition"),
    )?;
    let inferred = definition.category.is_none() && !national.is_empty();
    let nothing = category.is_empty() && national.is_empty() && text.is_empty();
    if inferred || nothing {
        category = cells::literal(&Value::Null, &format!("{pointer}/category"))?;
    }
    Ok([category, national, text])
}
