//! The title page: the reporting State and year, the date of submission and whether the report
//! may be made public, the contact details, the tick-box table of contents, the voluntary
//! declaration of withheld information, and the language, template and schema version.
//!
//! Each field is a row: its label (`att_lexicon::canonical_label`) in column A, its value in
//! column B, as the reader reads label/value pairs.

use crate::cells::{self, Content};
use crate::error::WriteError;
use crate::fit::{self, Font};
use crate::lists;
use crate::parties::{self, StateList};
use crate::styles::{self, Styles};
use crate::texts::{self, help};
use crate::validation;
use att_lexicon::label::{Label, canonical_label};
use att_schema::{Contact, Direction, Lang, Lenient, Report, Status, Submission, Text, Withheld};
use rust_xlsxwriter::{DataValidation, Format, IgnoreError, Workbook, utility::row_col_to_cell};
use serde_json::Value;

/// The width of the labels' column, in characters.
const LABEL_WIDTH: f64 = 46.0;
/// The width of the values' column, in characters.
const VALUE_WIDTH: f64 = 52.0;

/// How a field's value is shown.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Year,
    Date,
    /// Filled in by the toolkit: locked.
    Fixed,
    /// A code looked up from the field above.
    Automatic,
}

/// A row of the title page.
enum Line {
    Blank,
    Part(Text),
    Field {
        label: Label,
        content: Content,
        kind: Kind,
        validation: Option<DataValidation>,
        lines: u16,
    },
}

fn field(label: Label, content: Content, validation: DataValidation) -> Line {
    Line::Field {
        label,
        content,
        kind: Kind::Text,
        validation: Some(validation),
        lines: 1,
    }
}

/// Adds the title page of `report` in `lang`.
pub(crate) fn add(
    workbook: &mut Workbook,
    report: &Report,
    lang: Lang,
    states: &StateList,
    styles: &Styles,
) -> Result<(), WriteError> {
    let lines = lines(report, lang, states)?;
    let sheet = workbook.add_worksheet();
    sheet.set_name(texts::sheet::TITLE_PAGE.get(lang))?;
    // Formulas saved without a result show an empty text, as those computing "" do.
    sheet.set_formula_result_default("");
    sheet.set_column_width(0, LABEL_WIDTH)?;
    sheet.set_column_width(1, VALUE_WIDTH)?;
    sheet.write_string_with_format(0, 0, texts::title::REPORT.get(lang), &styles.title)?;
    sheet.set_row_height(0, styles::TITLE_HEIGHT)?;
    let last_row = 1 + lines.len() as u32;
    for (row, line) in (2..).zip(lines) {
        match line {
            Line::Blank => {}
            Line::Part(heading) => {
                sheet.write_string_with_format(row, 0, heading.get(lang), &styles.part)?;
                sheet.write_blank(row, 1, &styles.part)?;
                sheet.set_row_height(row, styles::line_row_height(styles::PART_FONT))?;
            }
            Line::Field {
                label,
                content,
                kind,
                validation,
                lines,
            } => {
                sheet.write_string_with_format(
                    row,
                    0,
                    canonical_label(label, lang),
                    &styles.label,
                )?;
                let format: &Format = match kind {
                    Kind::Text => &styles.input,
                    Kind::Year => &styles.year,
                    Kind::Date => &styles.date,
                    Kind::Fixed => &styles.label,
                    Kind::Automatic => &styles.automatic,
                };
                content.write(sheet, row, 1, format)?;
                if let Some(validation) = validation {
                    sheet.add_data_validation(row, 1, row, 1, &validation)?;
                }
                let label = (canonical_label(label, lang), LABEL_WIDTH, Font::BODY);
                let value = content.shown().map(|text| (text, VALUE_WIDTH, Font::BODY));
                let height = styles::fitted_height([label].into_iter().chain(value))
                    .max(fit::row_height(lines, Font::BODY));
                if height > fit::row_height(1, Font::BODY) {
                    sheet.set_row_height(row, height)?;
                }
            }
        }
    }
    // The code lookup and literal cells are formulas in cells meant to be typed over.
    sheet.ignore_error_range(2, 1, last_row, 1, IgnoreError::UnlockedCellsWithFormula)?;
    sheet.protect();
    sheet.set_print_area(0, 0, last_row, 1)?;
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_paper_size(9);
    sheet.set_footer("&L&A&R&P / &N");
    Ok(())
}

/// The rows of the title page, from row 3 (index 2) on.
fn lines(report: &Report, lang: Lang, states: &StateList) -> Result<Vec<Line>, WriteError> {
    let yes_no = || validation::list(lists::YES_NO, help::YES_NO_TITLE, help::YES_NO, lang);
    let tick = |value: Option<&Lenient<bool>>, pointer: &str| {
        cells::lenient(
            value,
            |flag| Some(Content::Text(texts::yes_no(*flag).get(lang).to_owned())),
            pointer,
        )
    };
    let submission = report.submission.as_ref();
    let state = report.reporting_state.as_ref();
    let name_row = 2;
    let mut lines = vec![
        field(
            Label::ReportingState,
            parties::name(state, "/reporting_state/name")?,
            validation::list(parties::STATE_NAMES, help::STATE_TITLE, help::STATE, lang)?,
        ),
        Line::Field {
            label: Label::ReportingStateCode,
            content: parties::code(
                state,
                &row_col_to_cell(name_row, 1),
                states,
                "/reporting_state/code",
            )?,
            kind: Kind::Automatic,
            validation: Some(validation::help(help::CODE_TITLE, help::CODE, lang)?),
            lines: 1,
        },
        Line::Field {
            label: Label::Year,
            content: cells::lenient(report.year.as_ref(), cells::year, "/year")?,
            kind: Kind::Year,
            validation: Some(validation::year(lang)?),
            lines: 1,
        },
    ];
    let mut submission_fields = vec![
        (
            Label::SubmissionDate,
            cells::lenient(
                submission.and_then(|s| s.date.as_ref()),
                cells::date,
                "/submission/date",
            )?,
            Kind::Date,
            validation::date(lang)?,
        ),
        (
            Label::Public,
            tick(
                submission.and_then(|s| s.public.as_ref()),
                "/submission/public",
            )?,
            Kind::Text,
            yes_no()?,
        ),
    ];
    let about = about(report, submission, lang)?;
    let only_here = submission.is_some_and(|s| {
        s.contact.is_none() && s.withheld.is_none() && s.language.is_none() && s.template.is_none()
    });
    if only_here
        && submission_fields
            .iter()
            .all(|(_, content, ..)| content.is_empty())
    {
        submission_fields[0].1 = cells::literal(&Value::Null, "/submission/date")?;
    }
    for (label, content, kind, validation) in submission_fields {
        lines.push(Line::Field {
            label,
            content,
            kind,
            validation: Some(validation),
            lines: 1,
        });
    }
    lines.push(Line::Blank);
    lines.push(Line::Part(texts::title::CONTACT));
    lines.extend(contact(submission.and_then(|s| s.contact.as_ref()))?);
    lines.push(Line::Blank);
    lines.push(Line::Part(texts::title::CONTENTS));
    for (direction, table_label, nil_label) in [
        (&report.exports, Label::ExportsIncluded, Label::NilExports),
        (&report.imports, Label::ImportsIncluded, Label::NilImports),
    ] {
        let (table, nil) = status_boxes(direction, lang, table_label)?;
        lines.push(field(table_label, table, yes_no()?));
        lines.push(field(nil_label, nil, yes_no()?));
    }
    let defined = if report.national_definitions.is_empty() {
        Content::Empty
    } else {
        Content::Text(texts::YES.get(lang).to_owned())
    };
    lines.push(field(
        Label::NationalDefinitionsIncluded,
        defined,
        yes_no()?,
    ));
    lines.push(Line::Blank);
    lines.push(Line::Part(texts::title::WITHHELD));
    lines.extend(withheld(
        submission.and_then(|s| s.withheld.as_ref()),
        lang,
    )?);
    lines.push(Line::Blank);
    lines.push(Line::Part(texts::title::ABOUT));
    lines.extend(about);
    Ok(lines)
}

/// The contact details; an empty contact keeps its place with a literal `null` name.
fn contact(contact: Option<&Contact>) -> Result<Vec<Line>, WriteError> {
    let value = |get: fn(&Contact) -> Option<&String>| contact.and_then(get).map(String::as_str);
    let mut fields = [
        (Label::ContactName, value(|c| c.name.as_ref()), "name", 1),
        (
            Label::Position,
            value(|c| c.position.as_ref()),
            "position",
            1,
        ),
        (
            Label::Organisation,
            value(|c| c.organisation.as_ref()),
            "organisation",
            2,
        ),
        (Label::Address, value(|c| c.address.as_ref()), "address", 3),
        (
            Label::Telephone,
            value(|c| c.telephone.as_ref()),
            "telephone",
            1,
        ),
        (Label::Email, value(|c| c.email.as_ref()), "email", 1),
    ]
    .map(|(label, value, name, lines)| (label, value, format!("/submission/contact/{name}"), lines))
    .into_iter()
    .map(|(label, value, pointer, lines)| {
        Ok::<_, WriteError>(Line::Field {
            label,
            content: cells::text(value, &pointer)?,
            kind: Kind::Text,
            validation: None,
            lines,
        })
    })
    .collect::<Result<Vec<Line>, WriteError>>()?;
    if contact.is_some()
        && fields.iter().all(is_empty_field)
        && let Some(Line::Field { content, .. }) = fields.first_mut()
    {
        *content = cells::literal(&Value::Null, "/submission/contact/name")?;
    }
    Ok(fields)
}

/// The withheld-information boxes and note; an empty declaration keeps its place with a
/// literal `null` note.
fn withheld(withheld: Option<&Withheld>, lang: Lang) -> Result<Vec<Line>, WriteError> {
    let yes_no = || validation::list(lists::YES_NO, help::YES_NO_TITLE, help::YES_NO, lang);
    let tick = |value: Option<&Lenient<bool>>, pointer: &str| {
        cells::lenient(
            value,
            |flag| Some(Content::Text(texts::yes_no(*flag).get(lang).to_owned())),
            pointer,
        )
    };
    let pointer = "/submission/withheld";
    let mut note = cells::text(
        withheld.and_then(|w| w.note.as_deref()),
        &format!("{pointer}/note"),
    )?;
    let commercial = tick(
        withheld.and_then(|w| w.commercially_sensitive.as_ref()),
        &format!("{pointer}/commercially_sensitive"),
    )?;
    let security = tick(
        withheld.and_then(|w| w.national_security.as_ref()),
        &format!("{pointer}/national_security"),
    )?;
    if withheld.is_some() && commercial.is_empty() && security.is_empty() && note.is_empty() {
        note = cells::literal(&Value::Null, &format!("{pointer}/note"))?;
    }
    Ok(vec![
        field(Label::WithheldCommerciallySensitive, commercial, yes_no()?),
        field(Label::WithheldNationalSecurity, security, yes_no()?),
        Line::Field {
            label: Label::WithheldNote,
            content: note,
            kind: Kind::Text,
            validation: None,
            lines: 3,
        },
    ])
}

/// The language, template and schema version.
fn about(
    report: &Report,
    submission: Option<&Submission>,
    lang: Lang,
) -> Result<Vec<Line>, WriteError> {
    let language = match submission.and_then(|s| s.language.as_deref()) {
        None => Content::Empty,
        Some(code) if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) => {
            Content::Text(code.to_owned())
        }
        Some(other) => cells::literal(&Value::String(other.to_owned()), "/submission/language")?,
    };
    Ok(vec![
        Line::Field {
            label: Label::Language,
            content: language,
            kind: Kind::Text,
            validation: Some(validation::list(
                lists::LANGUAGES,
                help::LANGUAGE_TITLE,
                help::LANGUAGE,
                lang,
            )?),
            lines: 1,
        },
        Line::Field {
            label: Label::TemplateVersion,
            content: cells::text(
                submission.and_then(|s| s.template.as_deref()),
                "/submission/template",
            )?,
            kind: Kind::Fixed,
            validation: Some(validation::help(help::ATT_TITLE, help::ATT, lang)?),
            lines: 1,
        },
        Line::Field {
            label: Label::SchemaVersion,
            content: cells::text(Some(&report.schema_version), "/schema_version")?,
            kind: Kind::Fixed,
            validation: Some(validation::help(help::ATT_TITLE, help::ATT, lang)?),
            lines: 1,
        },
    ])
}

fn is_empty_field(line: &Line) -> bool {
    matches!(line, Line::Field { content, .. } if content.is_empty())
}

/// The "table" and "nil report" boxes of a direction: yes/no answers for its status, empty
/// boxes for a direction not reported and without entries (what the reader reads from an empty
/// form), and the status as a literal in the table box where it is absent or not a status.
fn status_boxes(
    direction: &Direction,
    lang: Lang,
    table_label: Label,
) -> Result<(Content, Content), WriteError> {
    let answer = |flag: bool| Content::Text(texts::yes_no(flag).get(lang).to_owned());
    let pointer = match table_label {
        Label::ExportsIncluded => "/exports/status",
        _ => "/imports/status",
    };
    Ok(match &direction.status {
        Some(Lenient::Typed(Status::Reported)) => (answer(true), answer(false)),
        Some(Lenient::Typed(Status::Nil)) => (answer(false), answer(true)),
        Some(Lenient::Typed(Status::NotReported)) if direction.entries.is_empty() => {
            (Content::Empty, Content::Empty)
        }
        Some(Lenient::Typed(Status::NotReported)) => (answer(false), answer(false)),
        Some(Lenient::Raw(raw)) => (cells::raw(raw, pointer)?, Content::Empty),
        None => (cells::literal(&Value::Null, pointer)?, Content::Empty),
    })
}
