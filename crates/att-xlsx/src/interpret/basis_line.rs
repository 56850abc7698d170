//! A line that gives each direction its basis in turn ("Exportaciones: autorizaciones
//! concedidas. Importaciones: transferencias efectivas.", "Exports: licences granted; imports:
//! actual deliveries").

use crate::container::sheet::CellValue;
use crate::interpret::layout::section_direction;
use crate::interpret::reading::Reading;
use att_lexicon::section::match_section;
use att_schema::{Basis, DirectionKind};

/// Reads `row` when it holds only such a line: each direction's basis is evidence for it.
pub(crate) fn read(reading: &mut Reading<'_>, sheet_index: usize, row: u32) -> bool {
    let sheet = &reading.sheets[sheet_index];
    let cells: Vec<_> = sheet.cells[sheet.row_span(row)]
        .iter()
        .filter(|c| c.value != CellValue::Empty)
        .collect();
    let [cell] = cells.as_slice() else {
        return false;
    };
    let Some(bases) = cell.value.text().and_then(bases_by_direction) else {
        return false;
    };
    let at = sheet.location(row, cell.col);
    let col = cell.col;
    for (direction, basis) in bases {
        reading
            .draft
            .evidence_mut(direction)
            .bases
            .push((basis, at.clone()));
    }
    reading.consume(sheet_index, row, col);
    true
}

/// The basis of each direction, when every clause of `text` (set apart by full stops or
/// semicolons) is a direction with its basis, and the directions differ.
fn bases_by_direction(text: &str) -> Option<Vec<(DirectionKind, Basis)>> {
    let clauses: Vec<&str> = text
        .split(['.', ';', '\n'])
        .map(str::trim)
        .filter(|clause| !clause.is_empty())
        .collect();
    if clauses.len() < 2 {
        return None;
    }
    let mut bases: Vec<(DirectionKind, Basis)> = Vec::new();
    for clause in clauses {
        let found = match_section(clause)?;
        let direction = section_direction(found.section)?;
        let basis = found.basis?;
        if bases.iter().any(|(d, _)| *d == direction) {
            return None;
        }
        bases.push((direction, basis));
    }
    Some(bases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_basis_for_each_direction_in_turn() {
        assert_eq!(
            bases_by_direction(
                "Exportaciones: autorizaciones concedidas. Importaciones: transferencias efectivas."
            ),
            Some(vec![
                (DirectionKind::Exports, Basis::Authorized),
                (DirectionKind::Imports, Basis::Actual),
            ])
        );
        assert_eq!(
            bases_by_direction("Exports: licences granted; imports: actual deliveries"),
            Some(vec![
                (DirectionKind::Exports, Basis::Authorized),
                (DirectionKind::Imports, Basis::Actual),
            ])
        );
    }

    #[test]
    fn leaves_other_sentences_alone() {
        assert_eq!(bases_by_direction("Exports: actual deliveries."), None);
        assert_eq!(
            bases_by_direction("Exports: actual. Exports: authorized."),
            None
        );
        assert_eq!(
            bases_by_direction("No exports took place. Imports: actual."),
            None
        );
    }
}
