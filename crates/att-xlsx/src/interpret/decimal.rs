//! The decimal separator of a workbook's numbers written as text, as its own numbers show it:
//! a writer who types "19.250.000" in one cell meant 540 thousand by "540.000" in the next.

use crate::container::sheet::{CellValue, Sheet};
use att_lexicon::number::{DecimalMark, decimal_mark_shown};

/// The decimal separator that the numbers written as text in `sheets` show beyond doubt, when
/// they all agree; `None` when none shows it or they disagree (the language decides then).
pub(crate) fn workbook_decimal_mark(sheets: &[Sheet]) -> Option<DecimalMark> {
    let (mut points, mut commas) = (0usize, 0usize);
    for cell in sheets.iter().flat_map(|sheet| &sheet.cells) {
        let CellValue::Text(text) = &cell.value else {
            continue;
        };
        match decimal_mark_shown(text) {
            Some(DecimalMark::Point) => points += 1,
            Some(DecimalMark::Comma) => commas += 1,
            None => {}
        }
    }
    match (points, commas) {
        (0, 0) => None,
        (_, 0) => Some(DecimalMark::Point),
        (0, _) => Some(DecimalMark::Comma),
        _ => None,
    }
}
