//! The toolkit's own workbooks: the templates and pre-filled reports `att template` writes.
//!
//! Such a workbook carries a sheet named [`SHEET`] (hidden; it holds the lists behind the
//! drop-down menus) whose first cell is [`SIGNATURE`] and whose second is the version of the
//! workbook's layout, [`FORMAT_VERSION`]. The reader then knows the layout and reads it as the
//! form it is, where an empty field means "not given":
//!
//! - The lists sheet and the instructions sheet are the toolkit's and are not reported.
//! - Literal cells ([`att_workbook::literal`]) are read as the exact values they spell.
//! - The status of exports and imports is what the title page's "Exports table" and "Nil report
//!   – exports" boxes say (a nil report wins); when neither is answered, a table with rows is
//!   reported and one without is not.
//! - The basis of a table is its "Basis of data" field alone.
//! - Every row below a table's header is an entry; there are no group rows.
//! - Empty fields are absent: an empty withheld-information box is not "no", and parts of the
//!   title page that are empty are left out of the document.
//! - The language, template and schema version are those written on the title page.

use crate::container::sheet::Sheet;
use crate::interpret::draft::{Draft, direction_pointer};
use crate::interpret::field::{Field, literal_lenient};
use crate::interpret::fields;

pub(crate) mod title;
use att_schema::rules::NO_TABLE;
use att_schema::{Diagnostic, DirectionKind, Lenient, Location, Status};
use serde_json::Value;

pub use att_workbook::{
    CODE_LOOKUP_TABLE, FIRST_LIST_ROW, FORMAT_VERSION, SHEET, SIGNATURE, is_code_lookup,
};

/// The States' names (lower-cased, as a spreadsheet's lookup compares them) and codes of the
/// lists sheet, the first of each name kept.
pub(crate) fn state_list(sheet: &Sheet) -> std::collections::HashMap<String, String> {
    let mut list = std::collections::HashMap::new();
    for (row, span) in sheet.rows() {
        if row < FIRST_LIST_ROW {
            continue;
        }
        let cells = &sheet.cells[span];
        let text = |col: u32| {
            cells
                .iter()
                .find(|cell| cell.col == col)
                .and_then(|cell| cell.value.text())
        };
        if let (Some(name), Some(code)) = (text(0), text(1)) {
            list.entry(name.to_lowercase())
                .or_insert_with(|| code.trim().to_owned());
        }
    }
    list
}

/// The index of the sheet that marks the workbook as the toolkit's own, if it is.
pub(crate) fn detect(sheets: &[Sheet]) -> Option<usize> {
    sheets.iter().position(|sheet| {
        &*sheet.name == SHEET
            && sheet
                .get(0, 0)
                .and_then(|cell| cell.value.text())
                .is_some_and(|text| text.trim() == SIGNATURE)
    })
}

/// An answer in a tick box of the title page.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Tick {
    /// Not answered.
    #[default]
    Unset,
    /// Yes or no.
    Answer(bool),
    /// A literal value.
    Literal(Value),
    /// Text that is neither yes nor no, kept as written.
    Unreadable(Value),
}

impl Tick {
    /// Reads a tick box.
    pub(crate) fn read(field: Field<'_>) -> Tick {
        match field {
            Field::Literal(value) => Tick::Literal(value.clone()),
            _ if !field.is_filled() => Tick::Unset,
            _ => match fields::read_tick_cell(field.cell()) {
                Ok(answer) => Tick::Answer(answer),
                Err(raw) => Tick::Unreadable(raw),
            },
        }
    }
}

/// The title page's boxes for one direction.
#[derive(Debug, Clone, Default)]
pub(crate) struct StatusBoxes {
    /// "Exports table" / "Imports table", and where it is answered.
    pub table: (Tick, Option<Location>),
    /// "Nil report – exports" / "– imports", and where it is answered.
    pub nil: (Tick, Option<Location>),
}

impl StatusBoxes {
    /// The status the boxes say, with the cell that says it.
    fn status(&self, has_entries: bool) -> (Option<Lenient<Status>>, Option<Location>) {
        let (table, table_at) = &self.table;
        let (nil, nil_at) = &self.nil;
        for (tick, at) in [(table, table_at), (nil, nil_at)] {
            if let Tick::Literal(value) = tick {
                return (literal_lenient(value), at.clone());
            }
        }
        if *nil == Tick::Answer(true) {
            return (Some(Lenient::Typed(Status::Nil)), nil_at.clone());
        }
        if *table == Tick::Answer(true) {
            return (Some(Lenient::Typed(Status::Reported)), table_at.clone());
        }
        for (tick, at) in [(nil, nil_at), (table, table_at)] {
            if let Tick::Unreadable(raw) = tick {
                return (Some(Lenient::raw_value(raw.clone())), at.clone());
            }
        }
        let status = if has_entries && *table == Tick::Unset && *nil == Tick::Unset {
            Status::Reported
        } else {
            Status::NotReported
        };
        (
            Some(Lenient::Typed(status)),
            table_at.clone().or_else(|| nil_at.clone()),
        )
    }
}

/// Settles each direction's status from the title page's boxes (its basis was read from its
/// field), places it, and reports a workbook without any table.
pub(crate) fn settle_directions(draft: &mut Draft, boxes: &[StatusBoxes; 2]) {
    let mut any_table = false;
    for (kind, boxes) in DirectionKind::ALL.into_iter().zip(boxes) {
        let pointer = direction_pointer(kind);
        let evidence = std::mem::take(draft.evidence_mut(kind));
        let has_entries = !draft.report.direction(kind).entries.is_empty();
        let (status, status_at) = boxes.status(has_entries);
        if let Some(at) = evidence.table_at.clone() {
            any_table = true;
            draft.place(pointer.clone(), at.clone());
            draft.place(format!("{pointer}/entries"), at);
        }
        if let Some(at) = status_at.or(evidence.table_at) {
            draft.place(format!("{pointer}/status"), at);
        }
        draft.report.direction_mut(kind).status = status;
    }
    if !any_table {
        draft.diagnostics.push(Diagnostic::new(&NO_TABLE));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn boxes(table: Tick, nil: Tick) -> StatusBoxes {
        StatusBoxes {
            table: (table, Some(Location::cell("Title page", 16, 1))),
            nil: (nil, Some(Location::cell("Title page", 17, 1))),
        }
    }

    #[test]
    fn the_boxes_say_the_status() {
        let status = |b: StatusBoxes, entries| b.status(entries).0;
        let typed = |s| Some(Lenient::Typed(s));
        use Tick::{Answer, Unset};
        assert_eq!(
            status(boxes(Answer(true), Answer(false)), true),
            typed(Status::Reported)
        );
        assert_eq!(
            status(boxes(Answer(true), Answer(true)), true),
            typed(Status::Nil)
        );
        assert_eq!(
            status(boxes(Answer(false), Answer(false)), true),
            typed(Status::NotReported)
        );
        assert_eq!(status(boxes(Unset, Unset), true), typed(Status::Reported));
        assert_eq!(
            status(boxes(Unset, Unset), false),
            typed(Status::NotReported)
        );
        assert_eq!(status(boxes(Tick::Literal(json!(null)), Unset), true), None);
        assert_eq!(
            status(boxes(Tick::Literal(json!("none")), Unset), false),
            Some(Lenient::raw_text("none"))
        );
        assert_eq!(
            status(boxes(Unset, Tick::Unreadable(json!("maybe"))), false),
            Some(Lenient::raw_text("maybe"))
        );
    }
}
