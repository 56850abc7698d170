//! Annex 2: the State's own definitions of the categories it used, one row per definition
//! under the header "Category / National category / Definition".

use crate::cells::{self, Content};
use crate::error::{Table, WriteError};
use crate::fit::{self, Font};
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
/// Empty rows printed below the definitions.
const PRINTED_SPARE_ROWS: u32 = 3;
/// Rows printed at least, so that a blank form prints rows to fill in by hand.
const PRINTED_BLANK_ROWS: u32 = 10;

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
            table: Table::NationalDefinitions,
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
    sheet.set_row_height(0, styles::TITLE_HEIGHT)?;
    let headings = [
        canonical_heading(Column::Category, DirectionKind::Exports, lang),
        canonical_heading(Column::NationalCategory, DirectionKind::Exports, lang),
        texts::title::DEFINITION.get(lang),
    ];
    for (col, heading) in (0u16..).zip(headings) {
        sheet.write_string_with_format(HEADER_ROW, col, heading, &styles.heading)?;
    }
    sheet.set_row_height(
        HEADER_ROW,
        styles::fitted_height(
            headings
                .into_iter()
                .zip(WIDTHS)
                .map(|(heading, width)| (heading, width, Font::BOLD)),
        ),
    )?;
    for (index, definition) in definitions.iter().enumerate() {
        let row = first + index as u32;
        let pointer = format!("/national_definitions/{index}");
        let contents = contents(definition, lang, &pointer)?;
        for (col, content) in (0u16..).zip(&contents) {
            content.write(sheet, row, col, &styles.input)?;
        }
        let height = styles::fitted_height(
            contents
                .iter()
                .zip(WIDTHS)
                .filter_map(|(content, width)| Some((content.shown()?, width, Font::BODY))),
        );
        if height > fit::row_height(1, Font::BODY) {
            sheet.set_row_height(row, height)?;
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
    let printed_end = (first + definitions.len() as u32 + PRINTED_SPARE_ROWS)
        .max(first + PRINTED_BLANK_ROWS)
        .min(last);
    sheet.set_print_area(0, 0, printed_end, WIDTHS.len() as u16 - 1)?;
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
