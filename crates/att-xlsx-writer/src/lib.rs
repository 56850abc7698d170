//! Writes ATT annual report workbooks: the blank template officials fill in, in English, French
//! or Spanish, and any report pre-filled in it — last year's report as a starting point, or a
//! national layout moved into the standard one.
//!
//! The workbook is written from the same types as the canonical document ([`att_schema`]) and in
//! the words the workbook reader understands ([`att_lexicon`]), and the workbook reader (`att-xlsx`)
//! reads it back as exactly the document it was written from: values a cell cannot hold plainly
//! are written as literal formulas (see [`att_workbook::literal`]), and the workbook carries the
//! signature of the toolkit's own workbooks (see [`att_workbook`]).
//!
//! | sheet | holds |
//! |---|---|
//! | Title page | reporting State and its code, year, date, publication, contact, the tick-box contents, withheld information, language, template, schema version |
//! | Exports, Imports | the basis of the table, then one row per entry |
//! | National definitions | Annex 2 |
//! | Instructions | how to fill in the workbook; the categories and their definitions |
//! | `att` (hidden) | the signature, and the lists behind the drop-downs |
//!
//! ```
//! use att_schema::{Lang, Party, Report};
//!
//! let mut report = att_xlsx_writer::blank_report(Lang::Fr);
//! report.reporting_state = Some(Party::state("FRA", "France"));
//! let bytes = att_xlsx_writer::write(&report, &att_xlsx_writer::Options { lang: Lang::Fr })?;
//!
//! let read = att_xlsx::read(&bytes, &att_xlsx::Limits::default())?;
//! assert_eq!(*read.document(), serde_json::to_value(&report)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The layout is described for people in `docs/templates.md`.

mod cells;
mod columns;
mod definitions;
mod definitions_sheet;
mod error;
pub mod fit;
mod instructions;
mod lists;
mod parties;
mod styles;
mod table_sheet;
mod texts;
mod title_page;
mod validation;

pub use error::{Table, WriteError};

use att_schema::{Direction, DirectionKind, Lang, Report, SCHEMA_VERSION, Status, Submission};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook};

/// The `template` a blank workbook's title page names: the 2017 reporting template, which the
/// workbook follows.
pub const TEMPLATE: &str = "att-2017";

/// How to write a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The language of the workbook's sheets, labels, headings, lists and help. The report's
    /// own text (names as reported, descriptions) is written as it is.
    pub lang: Lang,
}

/// The report a blank template holds, and reads back as: schema version, language and
/// template filled in, exports and imports not reported yet, nothing else.
pub fn blank_report(lang: Lang) -> Report {
    let not_reported = || Direction {
        status: Some(Status::NotReported.into()),
        ..Direction::default()
    };
    Report {
        schema_version: SCHEMA_VERSION.to_owned(),
        submission: Some(Submission {
            language: Some(lang.code().to_owned()),
            template: Some(TEMPLATE.to_owned()),
            ..Submission::default()
        }),
        exports: not_reported(),
        imports: not_reported(),
        ..Report::default()
    }
}

/// The blank template in `lang`.
pub fn template(lang: Lang) -> Result<Vec<u8>, WriteError> {
    write(&blank_report(lang), &Options { lang })
}

/// The language a report's workbook is best written in: the report's own, when it is one of
/// the three.
pub fn report_language(report: &Report) -> Option<Lang> {
    let code = report.submission.as_ref()?.language.as_deref()?;
    Lang::from_code(code).filter(|lang| lang.code() == code)
}

/// Writes `report` as a workbook, whole, in memory.
pub fn write(report: &Report, options: &Options) -> Result<Vec<u8>, WriteError> {
    let lang = options.lang;
    let states = parties::StateList::new(lang);
    let styles = styles::Styles::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(&properties(lang)?);
    title_page::add(&mut workbook, report, lang, &states, &styles)?;
    for kind in DirectionKind::ALL {
        table_sheet::add(&mut workbook, report, kind, lang, &states, &styles)?;
    }
    definitions_sheet::add(&mut workbook, &report.national_definitions, lang, &styles)?;
    instructions::add(&mut workbook, lang, &styles)?;
    lists::add(&mut workbook, lang, &states)?;
    Ok(workbook.save_to_buffer()?)
}

/// The document properties: title, subject, and the versions of the workbook's layout and of
/// the schema, as custom properties. The creation date is fixed so that the same report gives
/// the same bytes.
fn properties(lang: Lang) -> Result<DocProperties, WriteError> {
    Ok(DocProperties::new()
        .set_title(texts::title::REPORT.get(lang))
        .set_subject("Arms Trade Treaty, Article 13(3)")
        .set_author("att")
        .set_keywords("ATT, Article 13(3), annual report")
        .set_comment("Written by att. Check it with: att validate")
        .set_creation_datetime(&ExcelDateTime::from_ymd(2024, 1, 1)?)
        .set_custom_property("att workbook version", att_workbook::FORMAT_VERSION)
        .set_custom_property("att schema version", SCHEMA_VERSION)
        .set_custom_property("att language", lang.code()))
}
