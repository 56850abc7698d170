//! The title page and table fields of the toolkit's own workbooks (see [`crate::own`]): each
//! label's value cell is its field, an empty field is absent, literal cells are exact, and the
//! parts of the document (submission, contact, withheld information) exist when a field of
//! theirs is filled.

use crate::interpret::field::Field;
use crate::interpret::fields;
use crate::interpret::reading::Reading;
use crate::interpret::title::{Scope, language_named, submission, tick_value};
use crate::own::Tick;
use att_lexicon::basis::read_basis;
use att_lexicon::label::{Label, LabelMatch};
use att_schema::{Basis, Contact, DirectionKind, Lenient, Location, Withheld};

/// Reads the value of a label of the toolkit's own workbook; `false` for labels read as in
/// any workbook (currency, national definitions included).
pub(crate) fn apply(
    reading: &mut Reading<'_>,
    found: LabelMatch<'_>,
    field: Field<'_>,
    at: Location,
    scope: Scope,
) -> bool {
    let filled = field.is_filled();
    place_parent(reading, found.label, &at);
    match found.label {
        Label::ReportingState => {
            reading.draft.place("/reporting_state", at.clone());
            reading.draft.place("/reporting_state/name", at);
            reading.reporting_state.set_name(field);
        }
        Label::ReportingStateCode => {
            reading.draft.place("/reporting_state/code", at);
            reading.reporting_state.set_code(field);
        }
        Label::Year => {
            reading.draft.place("/year", at.clone());
            let year = {
                let mut field_at = reading.at(at, "/year");
                field.lenient(|cell| fields::read_year_cell(cell, &mut field_at))
            };
            reading.draft.report.year = year;
        }
        Label::SubmissionDate => {
            reading.draft.place("/submission/date", at.clone());
            if filled {
                let date = {
                    let mut field_at = reading.at(at, "/submission/date");
                    field.lenient(|cell| fields::read_date_cell(cell, &mut field_at))
                };
                submission(reading).date = date;
            }
        }
        Label::Public => {
            reading.draft.place("/submission/public", at);
            if filled {
                let public = field.lenient(tick_value).map(|value| match value {
                    Lenient::Typed(flag) if !matches!(field, Field::Literal(_)) => {
                        Lenient::Typed(flag != found.negated)
                    }
                    other => other,
                });
                submission(reading).public = public;
            }
        }
        Label::ContactName
        | Label::Position
        | Label::Organisation
        | Label::Address
        | Label::Telephone
        | Label::Email => contact_field(reading, found.label, field, at),
        Label::NilExports | Label::NilImports | Label::ExportsIncluded | Label::ImportsIncluded => {
            let (direction, nil) = match found.label {
                Label::NilExports => (DirectionKind::Exports, true),
                Label::NilImports => (DirectionKind::Imports, true),
                Label::ExportsIncluded => (DirectionKind::Exports, false),
                _ => (DirectionKind::Imports, false),
            };
            let boxes = &mut reading.status_boxes[direction_index(direction)];
            let slot = if nil {
                &mut boxes.nil
            } else {
                &mut boxes.table
            };
            *slot = (Tick::read(field), Some(at));
        }
        Label::WithheldCommerciallySensitive | Label::WithheldNationalSecurity => {
            let name = if found.label == Label::WithheldNationalSecurity {
                "national_security"
            } else {
                "commercially_sensitive"
            };
            reading
                .draft
                .place(format!("/submission/withheld/{name}"), at);
            if filled {
                let flag = field.lenient(tick_value);
                let withheld = withheld(reading);
                if found.label == Label::WithheldNationalSecurity {
                    withheld.national_security = flag;
                } else {
                    withheld.commercially_sensitive = flag;
                }
            }
        }
        Label::WithheldNote => {
            reading.draft.place("/submission/withheld/note", at.clone());
            if filled {
                let note = text(reading, field, &at);
                withheld(reading).note = note;
            }
        }
        Label::Basis => {
            for direction in scope.directions() {
                let pointer = format!("/{}/basis", direction.field());
                reading.draft.place(pointer, at.clone());
                reading.draft.report.direction_mut(direction).basis = field.lenient(plain_basis);
            }
        }
        Label::Language => {
            reading.draft.place("/submission/language", at);
            if filled {
                let language = match field {
                    Field::Literal(_) => field.text(),
                    _ => field.text().map(|text| {
                        language_named(&text).map_or(text, |lang| lang.code().to_owned())
                    }),
                };
                submission(reading).language = language;
            }
        }
        Label::TemplateVersion => {
            reading.draft.place("/submission/template", at);
            if filled {
                submission(reading).template = field.text();
            }
        }
        Label::SchemaVersion => {
            reading.draft.place("/schema_version", at);
            if let Some(version) = field.text() {
                reading.draft.report.schema_version = version;
            }
        }
        Label::Currency | Label::NationalDefinitionsIncluded => return false,
    }
    true
}

/// Places the parts of the document a label's field belongs to (the submission, its contact
/// and withheld information) at their first field.
fn place_parent(reading: &mut Reading<'_>, label: Label, at: &Location) {
    let parents: &[&str] = match label {
        Label::SubmissionDate | Label::Public | Label::Language | Label::TemplateVersion => {
            &["/submission"]
        }
        Label::ContactName
        | Label::Position
        | Label::Organisation
        | Label::Address
        | Label::Telephone
        | Label::Email => &["/submission", "/submission/contact"],
        Label::WithheldCommerciallySensitive
        | Label::WithheldNationalSecurity
        | Label::WithheldNote => &["/submission", "/submission/withheld"],
        _ => &[],
    };
    for parent in parents {
        reading.draft.place(*parent, at.clone());
    }
}

/// A basis typed in a cell: authorized, actual or both, or the text as written.
fn plain_basis(cell: Option<&crate::container::sheet::Cell>) -> Option<Lenient<Basis>> {
    let text = fields::text_of(cell)?;
    Some(match read_basis(&text) {
        Some(basis) => Lenient::Typed(basis),
        None => Lenient::raw_text(text),
    })
}

/// A text field: a literal exactly, a cell's text (an error value reported).
fn text(reading: &mut Reading<'_>, field: Field<'_>, at: &Location) -> Option<String> {
    match field {
        Field::Cell(cell) => reading.text_field(Some(cell), at),
        other => other.text(),
    }
}

fn contact_field(reading: &mut Reading<'_>, label: Label, field: Field<'_>, at: Location) {
    let name = match label {
        Label::ContactName => "name",
        Label::Position => "position",
        Label::Organisation => "organisation",
        Label::Address => "address",
        Label::Telephone => "telephone",
        _ => "email",
    };
    reading
        .draft
        .place(format!("/submission/contact/{name}"), at.clone());
    if !field.is_filled() {
        return;
    }
    let value = text(reading, field, &at);
    let contact = submission(reading)
        .contact
        .get_or_insert_with(Contact::default);
    let slot = match name {
        "name" => &mut contact.name,
        "position" => &mut contact.position,
        "organisation" => &mut contact.organisation,
        "address" => &mut contact.address,
        "telephone" => &mut contact.telephone,
        _ => &mut contact.email,
    };
    *slot = value;
}

fn withheld<'r>(reading: &'r mut Reading<'_>) -> &'r mut Withheld {
    submission(reading)
        .withheld
        .get_or_insert_with(Withheld::default)
}

/// Index of a direction in per-direction arrays: exports, then imports.
pub(crate) fn direction_index(kind: DirectionKind) -> usize {
    match kind {
        DirectionKind::Exports => 0,
        DirectionKind::Imports => 1,
    }
}
