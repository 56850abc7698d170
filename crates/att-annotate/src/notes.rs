//! The findings gathered per sheet and per cell: several findings on one cell share one note,
//! listed in the order given, and the cell takes the fill of the most serious.

use crate::error::AnnotateError;
use crate::finding::{CellRef, Finding};
use att_schema::Severity;
use std::collections::BTreeMap;

/// The findings on one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NoteCell {
    /// The cell.
    pub cell: CellRef,
    /// Indices of its findings in the caller's list, in that order.
    pub findings: Vec<usize>,
    /// The most serious of their severities.
    pub severity: Severity,
}

/// The cells to annotate on each sheet, by the sheet's position in the workbook, each list
/// sorted by row then column.
pub(crate) fn group_by_sheet(
    findings: &[Finding],
    sheet_names: &[&str],
) -> Result<BTreeMap<usize, Vec<NoteCell>>, AnnotateError> {
    let mut by_sheet: BTreeMap<usize, BTreeMap<(u32, u32), NoteCell>> = BTreeMap::new();
    for (index, finding) in findings.iter().enumerate() {
        let Some(place) = &finding.place else {
            continue;
        };
        let sheet =
            find_sheet(sheet_names, &place.sheet).ok_or_else(|| AnnotateError::UnknownSheet {
                sheet: place.sheet.clone(),
                available: sheet_names.join(", "),
            })?;
        if !place.cell.is_in_range() {
            return Err(AnnotateError::CellOutOfRange {
                sheet: place.sheet.clone(),
                row: place.cell.row,
                column: place.cell.column,
            });
        }
        let cell = by_sheet
            .entry(sheet)
            .or_default()
            .entry((place.cell.row, place.cell.column))
            .or_insert_with(|| NoteCell {
                cell: place.cell,
                findings: Vec::new(),
                severity: finding.severity,
            });
        cell.findings.push(index);
        cell.severity = cell.severity.max(finding.severity);
    }
    Ok(by_sheet
        .into_iter()
        .map(|(sheet, cells)| (sheet, cells.into_values().collect()))
        .collect())
}

/// The position of the sheet called `name`: the exact name, else the one that differs only
/// in case (Excel treats sheet names case-insensitively).
pub(crate) fn find_sheet(sheet_names: &[&str], name: &str) -> Option<usize> {
    sheet_names
        .iter()
        .position(|candidate| *candidate == name)
        .or_else(|| {
            let folded = name.to_lowercase();
            sheet_names
                .iter()
                .position(|candidate| candidate.to_lowercase() == folded)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(severity: Severity, sheet: &str, cell: &str) -> Finding {
        Finding::new(severity, "ATT0001", "rule", "message")
            .at(sheet, CellRef::parse_a1(cell).expect("a cell"))
    }

    #[test]
    fn shares_one_note_per_cell_in_order_with_the_worst_severity() {
        let findings = [
            finding(Severity::Info, "Exports", "C3"),
            finding(Severity::Error, "imports", "A1"),
            Finding::new(Severity::Error, "ATT0002", "r", "unplaced"),
            finding(Severity::Warning, "Exports", "C3"),
            finding(Severity::Info, "Exports", "B10"),
        ];
        let grouped = group_by_sheet(&findings, &["Exports", "Imports"]).expect("groups");
        let exports = &grouped[&0];
        assert_eq!(exports.len(), 2);
        assert_eq!(exports[0].cell, CellRef::parse_a1("C3").expect("cell"));
        assert_eq!(exports[0].findings, [0, 3]);
        assert_eq!(exports[0].severity, Severity::Warning);
        assert_eq!(exports[1].cell, CellRef::parse_a1("B10").expect("cell"));
        assert_eq!(grouped[&1][0].findings, [1]);
    }

    #[test]
    fn refuses_unknown_sheets_and_cells_out_of_range() {
        let error = group_by_sheet(&[finding(Severity::Info, "Nowhere", "A1")], &["Exports"])
            .expect_err("unknown sheet");
        assert_eq!(
            error,
            AnnotateError::UnknownSheet {
                sheet: "Nowhere".to_owned(),
                available: "Exports".to_owned()
            }
        );
        let far =
            Finding::new(Severity::Info, "c", "r", "m").at("Exports", CellRef::new(2_000_000, 0));
        assert!(matches!(
            group_by_sheet(&[far], &["Exports"]),
            Err(AnnotateError::CellOutOfRange { row: 2_000_000, .. })
        ));
    }
}
