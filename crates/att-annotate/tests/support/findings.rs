//! The findings the tests and the rendering example write into the fixtures.

use att_annotate::{CellRef, Finding};
use att_schema::Severity;

/// A finding placed on `cell` (A1) of `sheet`.
pub fn at(
    severity: Severity,
    code: &str,
    rule: &str,
    message: &str,
    sheet: &str,
    cell: &str,
) -> Finding {
    Finding::new(severity, code, rule, message).at(sheet, CellRef::parse_a1(cell).expect("a cell"))
}

/// The findings of the macro fixture: a text where a number belongs, and an empty cell next
/// to the form button.
pub fn macro_findings() -> Vec<Finding> {
    vec![
        at(
            Severity::Error,
            "ATT0230",
            "items-not-a-number",
            "“about forty” is not a number.",
            "Report",
            "C3",
        ),
        at(
            Severity::Info,
            "ATT0101",
            "blank-cell",
            "An empty cell next to the button.",
            "Report",
            "E5",
        ),
    ]
}

/// The findings of the French workbook with a calculation chain: a value, a formula on the
/// second sheet, and an empty cell in a column with a format of its own.
pub fn calculation_chain_findings() -> Vec<Finding> {
    vec![
        at(
            Severity::Warning,
            "ATT0240",
            "value-unusually-large",
            "La valeur 1 250,50 € est bien plus grande que les autres.",
            "Exportations",
            "C2",
        ),
        at(
            Severity::Error,
            "ATT0232",
            "total-does-not-add-up",
            "Le total ne correspond pas aux lignes.",
            "Totaux",
            "B2",
        ),
        at(
            Severity::Info,
            "ATT0101",
            "blank",
            "La valeur de la ligne 3 est vide.",
            "Exportations",
            "C3",
        ),
    ]
}

/// The findings of the prefixed fixture, in Spanish.
pub fn prefixed_findings() -> Vec<Finding> {
    vec![
        at(
            Severity::Error,
            "ATT0231",
            "items-not-whole-number",
            "12.5 no es un número entero.",
            "Exportaciones",
            "C2",
        ),
        at(
            Severity::Warning,
            "ATT0210",
            "partner-missing",
            "Falta el Estado importador.",
            "Exportaciones",
            "B3",
        ),
        at(
            Severity::Info,
            "ATT0101",
            "blank",
            "Una celda vacía al final.",
            "Exportaciones",
            "E5",
        ),
    ]
}

/// Findings on every kind of cell of the layout fixture: values with number formats, a date,
/// a formula, a hidden row, a merged area, a cell with a note, empty cells in existing rows,
/// between rows and past the last row, two findings on one cell, the hidden sheet, a sheet
/// whose name needs quoting, and a finding with no place.
pub fn layout_findings() -> Vec<Finding> {
    vec![
        at(
            Severity::Error,
            "ATT0231",
            "items-not-whole-number",
            "The number of items “4.5” is not a whole number.",
            "Exports",
            "D6",
        ),
        at(
            Severity::Warning,
            "ATT0240",
            "value-unusually-large",
            "The value 18,000,000.00 is much larger than the others.",
            "Exports",
            "E7",
        ),
        at(
            Severity::Info,
            "ATT0245",
            "date-outside-year",
            "The date is in the reported year.",
            "Exports",
            "G5",
        ),
        at(
            Severity::Error,
            "ATT0232",
            "total-does-not-add-up",
            "The total does not match the rows & their sum <807.5>.",
            "Exports",
            "D15",
        ),
        at(
            Severity::Warning,
            "ATT0250",
            "hidden-row",
            "This row is hidden: is it part of the report?",
            "Exports",
            "D9",
        ),
        at(
            Severity::Info,
            "ATT0251",
            "merged-cells",
            "The sub-category spans two rows.",
            "Exports",
            "B5",
        ),
        at(
            Severity::Warning,
            "ATT0252",
            "value-inside-merge",
            "A cell covered by a merged area.",
            "Exports",
            "B6",
        ),
        at(
            Severity::Error,
            "ATT0210",
            "sub-category-missing",
            "The sub-category is empty.",
            "Exports",
            "B13",
        ),
        at(
            Severity::Info,
            "ATT0260",
            "note-above-table",
            "Nothing between the title and the table.",
            "Exports",
            "C3",
        ),
        at(
            Severity::Warning,
            "ATT0261",
            "row-after-table",
            "A finding far below the table.",
            "Exports",
            "J60",
        ),
        at(
            Severity::Info,
            "ATT0240",
            "value-unusually-large",
            "Second finding on the same cell.",
            "Exports",
            "E7",
        ),
        at(
            Severity::Error,
            "ATT0220",
            "state-unknown",
            "“Latveria” is not a State the toolkit knows.",
            "Imports 2023",
            "B3",
        ),
        at(
            Severity::Info,
            "ATT0270",
            "list-sheet",
            "The list of categories is hidden.",
            "Lists",
            "A2",
        ),
        at(
            Severity::Warning,
            "ATT0280",
            "free-text",
            "A note in free text.",
            "Partners' notes",
            "B2",
        ),
        at(
            Severity::Info,
            "ATT0281",
            "case-of-sheet-name",
            "The sheet is named in another case.",
            "partners' NOTES",
            "A3",
        ),
        Finding::new(
            Severity::Error,
            "ATT0201",
            "reporting-year-missing",
            "The report does not say which year it covers.",
        ),
    ]
}
