//! The report being assembled: the canonical document, the source map from each of its
//! pointers to a cell, and what each direction's status and basis will be decided from.

use crate::interpret::coverage::TableArea;
use crate::rules::EMPTY_TABLE;
use att_schema::rules::NO_TABLE;
use att_schema::source_map::pointer_push;
use att_schema::{
    Basis, Diagnostic, DirectionKind, Entry, Lenient, Location, Report, SourceMap, Status, Text,
};

/// What decides one direction's status and basis.
#[derive(Debug, Default)]
pub(crate) struct DirectionEvidence {
    /// The header of the first table found for the direction.
    pub table_at: Option<Location>,
    /// The first nil report for the direction (a ticked box, a nil statement).
    pub nil_at: Option<Location>,
    /// Every statement of the basis: labels, ticked boxes, titles, headings.
    pub bases: Vec<(Basis, Location)>,
    /// The currency a "Currency:" field gives for the direction's values, as written.
    pub currency: Option<(String, Location)>,
    /// An unticked nil-report box, where a missing report of the direction is shown.
    pub nil_blank: Option<Location>,
    /// Unticked basis boxes, or an empty basis field, where a missing basis is shown.
    pub basis_blank: Option<Location>,
}

/// The basis a table states for all its rows (by its title, a label above it or its headings).
#[derive(Debug, Clone)]
pub(crate) struct TableBasis {
    /// The table's direction.
    pub direction: DirectionKind,
    /// Its entries.
    pub entries: std::ops::Range<usize>,
    /// The basis.
    pub basis: Basis,
}

/// The report under construction.
#[derive(Debug, Default)]
pub(crate) struct Draft {
    /// The document.
    pub report: Report,
    /// Pointer → cell.
    pub map: SourceMap,
    /// What the reader found.
    pub diagnostics: Vec<Diagnostic>,
    /// Exports, then imports.
    pub evidence: [DirectionEvidence; 2],
    /// Where the tables are, for describing unread cells.
    pub tables: Vec<TableArea>,
    /// Tables that state one basis for all their rows.
    pub table_bases: Vec<TableBasis>,
}

/// The pointer of a direction: `/exports` or `/imports`.
pub(crate) fn direction_pointer(kind: DirectionKind) -> String {
    pointer_push("", kind.field())
}

/// The name of a direction's table in messages ("exports", "exportations", "exportaciones").
pub(crate) fn table_name(kind: DirectionKind) -> Text {
    match kind {
        DirectionKind::Exports => Text {
            en: "exports",
            fr: "exportations",
            es: "exportaciones",
        },
        DirectionKind::Imports => Text {
            en: "imports",
            fr: "importations",
            es: "importaciones",
        },
    }
}

impl Draft {
    /// The evidence of a direction.
    pub(crate) fn evidence_mut(&mut self, kind: DirectionKind) -> &mut DirectionEvidence {
        &mut self.evidence[index(kind)]
    }

    /// Records where the value at `pointer` is, unless a place is already recorded.
    pub(crate) fn place(&mut self, pointer: impl Into<String>, location: Location) {
        let pointer = pointer.into();
        if self.map.get(&pointer).is_none() {
            self.map.insert(pointer, location);
        }
    }

    /// Makes room for `rows` more entries of a direction.
    pub(crate) fn reserve_entries(&mut self, kind: DirectionKind, rows: usize) {
        self.report.direction_mut(kind).entries.reserve(rows);
        self.map.reserve_rows(rows);
    }

    /// Adds an entry to a direction, with the places of its fields (pointer suffixes relative
    /// to the entry, such as `items` or `value/currency`); the entry itself is placed at
    /// `row_at`.
    pub(crate) fn push_entry(
        &mut self,
        kind: DirectionKind,
        entry: Entry,
        row_at: Location,
        places: Vec<(std::borrow::Cow<'static, str>, Location)>,
    ) {
        let direction = self.report.direction_mut(kind);
        let index = direction.entries.len();
        direction.entries.push(entry);
        let direction_node = self.map.member(SourceMap::ROOT, kind.field());
        let entries = self.map.member(direction_node, "entries");
        self.map.set_row(entries, index, row_at, &places);
    }

    /// Records that a table holds rows of `direction`, at `at`, unless one already does.
    pub(crate) fn note_table(&mut self, direction: DirectionKind, at: Location) {
        let evidence = self.evidence_mut(direction);
        if evidence.table_at.is_none() {
            evidence.table_at = Some(at);
        }
    }

    /// Decides each direction's status and basis from the evidence, and reports a table
    /// without rows and a report with no table at all.
    pub(crate) fn settle_directions(&mut self) {
        let mut found_any = false;
        for kind in DirectionKind::ALL {
            let pointer = direction_pointer(kind);
            let evidence = std::mem::take(&mut self.evidence[index(kind)]);
            let has_entries = !self.report.direction(kind).entries.is_empty();
            let (status, status_at) = if let Some(at) = &evidence.nil_at {
                (Status::Nil, Some(at.clone()))
            } else if let Some(at) = &evidence.table_at {
                (Status::Reported, Some(at.clone()))
            } else {
                (Status::NotReported, None)
            };
            found_any |= status != Status::NotReported;
            if let Some(at) = evidence.table_at.clone().or(status_at.clone()) {
                self.place(pointer.clone(), at.clone());
                self.place(format!("{pointer}/entries"), at);
            }
            if let Some(at) = status_at.or(evidence.nil_blank.clone()) {
                self.place(format!("{pointer}/status"), at);
            }
            if let (Some(at), false, None) = (&evidence.table_at, has_entries, &evidence.nil_at) {
                self.diagnostics.push(
                    Diagnostic::new(&EMPTY_TABLE)
                        .arg("table", table_name(kind))
                        .at(pointer.clone())
                        .located(at.clone()),
                );
            }
            let direction = self.report.direction_mut(kind);
            direction.status = Some(Lenient::Typed(status));
            let basis_at = match settle_basis(&evidence.bases, &direction.entries) {
                Some((basis, at)) => {
                    direction.basis = Some(Lenient::Typed(basis));
                    if basis == Basis::Both {
                        give_table_bases(&self.table_bases, kind, &mut direction.entries);
                    }
                    at
                }
                None => evidence.basis_blank,
            };
            if let Some(at) = basis_at {
                self.place(format!("{pointer}/basis"), at);
            }
        }
        if !found_any {
            self.diagnostics.push(Diagnostic::new(&NO_TABLE));
        }
    }
}

/// When a direction has both bases, gives each entry of a table that states one basis that
/// basis (unless the entry states its own).
fn give_table_bases(tables: &[TableBasis], kind: DirectionKind, entries: &mut [Entry]) {
    for table in tables.iter().filter(|t| t.direction == kind) {
        let basis = match table.basis {
            Basis::Authorized => att_schema::EntryBasis::Authorized,
            Basis::Actual => att_schema::EntryBasis::Actual,
            Basis::Both => continue,
        };
        for entry in entries.get_mut(table.entries.clone()).unwrap_or_default() {
            if entry.basis.is_none() {
                entry.basis = Some(Lenient::Typed(basis));
            }
        }
    }
}

fn index(kind: DirectionKind) -> usize {
    match kind {
        DirectionKind::Exports => 0,
        DirectionKind::Imports => 1,
    }
}

/// The basis of a direction: what its labels, ticks, titles and headings say, or else what its
/// entries say; both authorized and actual make `Both`.
fn settle_basis(
    stated: &[(Basis, Location)],
    entries: &[Entry],
) -> Option<(Basis, Option<Location>)> {
    let combine = |a: Basis, b: Basis| if a == b { a } else { Basis::Both };
    if let Some((first, at)) = stated.first() {
        let basis = stated.iter().fold(*first, |acc, (b, _)| combine(acc, *b));
        return Some((basis, Some(at.clone())));
    }
    let mut from_entries: Option<Basis> = None;
    for entry in entries {
        let basis = match entry.basis.as_ref().and_then(Lenient::typed) {
            Some(att_schema::EntryBasis::Authorized) => Basis::Authorized,
            Some(att_schema::EntryBasis::Actual) => Basis::Actual,
            None => continue,
        };
        from_entries = Some(from_entries.map_or(basis, |acc| combine(acc, basis)));
    }
    from_entries.map(|basis| (basis, None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::EntryBasis;

    #[test]
    fn settles_status_and_basis_from_the_evidence() {
        let mut draft = Draft::default();
        let header = Location::cell("Exports", 4, 0);
        draft.evidence_mut(DirectionKind::Exports).table_at = Some(header.clone());
        draft
            .evidence_mut(DirectionKind::Exports)
            .bases
            .push((Basis::Actual, Location::cell("Exports", 1, 1)));
        draft
            .evidence_mut(DirectionKind::Exports)
            .bases
            .push((Basis::Authorized, Location::cell("Exports", 2, 1)));
        draft.push_entry(
            DirectionKind::Exports,
            Entry::default(),
            Location::cell("Exports", 5, 0),
            vec![("items".into(), Location::cell("Exports", 5, 3))],
        );
        draft.evidence_mut(DirectionKind::Imports).nil_at = Some(Location::cell("Title", 9, 2));
        draft.settle_directions();
        let exports = &draft.report.exports;
        assert_eq!(exports.status, Some(Lenient::Typed(Status::Reported)));
        assert_eq!(exports.basis, Some(Lenient::Typed(Basis::Both)));
        assert_eq!(
            draft.report.imports.status,
            Some(Lenient::Typed(Status::Nil))
        );
        let at = |p: &str| draft.map.get(p).map(|l| l.to_string());
        assert_eq!(
            at("/exports/entries/0/items").as_deref(),
            Some("Exports!D6")
        );
        assert_eq!(at("/exports/basis").as_deref(), Some("Exports!B2"));
        assert_eq!(at("/imports/status").as_deref(), Some("Title!C10"));
        assert!(draft.diagnostics.is_empty());
    }

    #[test]
    fn derives_basis_from_entries_and_reports_empty_tables_and_no_table() {
        let entries = vec![
            Entry {
                basis: Some(EntryBasis::Actual.into()),
                ..Entry::default()
            },
            Entry {
                basis: Some(EntryBasis::Actual.into()),
                ..Entry::default()
            },
        ];
        assert_eq!(settle_basis(&[], &entries), Some((Basis::Actual, None)));
        let mut draft = Draft::default();
        draft.evidence_mut(DirectionKind::Imports).table_at = Some(Location::cell("I", 0, 0));
        draft.settle_directions();
        let codes: Vec<&str> = draft.diagnostics.iter().map(Diagnostic::code).collect();
        assert_eq!(codes, ["ATT0133"]);
        let mut nothing = Draft::default();
        nothing.settle_directions();
        let codes: Vec<&str> = nothing.diagnostics.iter().map(Diagnostic::code).collect();
        assert_eq!(codes, ["ATT0107"]);
        assert_eq!(
            nothing.report.exports.status,
            Some(Lenient::Typed(Status::NotReported))
        );
    }
}
