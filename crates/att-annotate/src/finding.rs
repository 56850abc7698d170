//! The findings written into the workbook: what was found, how serious it is, and where.

use att_schema::source_map::{cell_name, parse_cell_name};
use att_schema::{Diagnostic, Lang, Location, Severity};
use std::fmt;

/// One finding to write into the workbook, its message already in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How serious it is: chooses the cell's fill.
    pub severity: Severity,
    /// The rule's stable code (`ATT0231`).
    pub code: String,
    /// The rule's kebab-case name (`items-not-whole-number`).
    pub rule: String,
    /// The message, in the language of the annotated copy.
    pub message: String,
    /// The cell it applies to; a finding without one is listed on the findings sheet only.
    pub place: Option<Place>,
}

impl Finding {
    /// A finding not yet placed on a cell.
    pub fn new(
        severity: Severity,
        code: impl Into<String>,
        rule: impl Into<String>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            severity,
            code: code.into(),
            rule: rule.into(),
            message: message.into(),
            place: None,
        }
    }

    /// Places the finding on `cell` of `sheet`.
    pub fn at(mut self, sheet: impl Into<String>, cell: CellRef) -> Finding {
        self.place = Some(Place {
            sheet: sheet.into(),
            cell,
        });
        self
    }

    /// The finding of a diagnostic, its message in `lang`, placed on its cell when its location
    /// is a workbook cell (a line and column of a text file is no place in a workbook).
    pub fn from_diagnostic(diagnostic: &Diagnostic, lang: Lang) -> Finding {
        let finding = Finding::new(
            diagnostic.severity,
            diagnostic.rule.code,
            diagnostic.rule.name,
            diagnostic.message(lang),
        );
        match &diagnostic.location {
            Some(Location::Cell { sheet, row, column }) => {
                finding.at(sheet.as_ref(), CellRef::new(*row, *column))
            }
            Some(Location::Text { .. }) | None => finding,
        }
    }
}

/// A cell of a named sheet.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Place {
    /// The sheet's name, as the workbook spells it.
    pub sheet: String,
    /// The cell on it.
    pub cell: CellRef,
}

/// A cell's row and column, both from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CellRef {
    /// Row, from 0.
    pub row: u32,
    /// Column, from 0.
    pub column: u32,
}

impl CellRef {
    /// The last row index a worksheet can have (row 1,048,576).
    pub const MAX_ROW: u32 = 1_048_575;
    /// The last column index a worksheet can have (column XFD).
    pub const MAX_COLUMN: u32 = 16_383;

    /// The cell at a 0-based row and column.
    pub fn new(row: u32, column: u32) -> CellRef {
        CellRef { row, column }
    }

    /// The cell an A1 reference names (`C10`, `$C$10`, `c10`), or `None` if it names none.
    pub fn parse_a1(reference: &str) -> Option<CellRef> {
        let plain: String = reference
            .trim()
            .chars()
            .filter(|&c| c != '$')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let (row, column) = parse_cell_name(&plain)?;
        Some(CellRef { row, column })
    }

    /// Whether a worksheet can have this cell.
    pub fn is_in_range(self) -> bool {
        self.row <= CellRef::MAX_ROW && self.column <= CellRef::MAX_COLUMN
    }
}

impl fmt::Display for CellRef {
    /// The A1 name: `C10`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&cell_name(self.row, self.column))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::Rule;

    #[test]
    fn reads_and_writes_a1_references() {
        assert_eq!(CellRef::parse_a1("C10"), Some(CellRef::new(9, 2)));
        assert_eq!(CellRef::parse_a1("$aa$1"), Some(CellRef::new(0, 26)));
        assert_eq!(CellRef::parse_a1("10C"), None);
        assert_eq!(CellRef::parse_a1(""), None);
        assert_eq!(CellRef::new(1_048_575, 16_383).to_string(), "XFD1048576");
        assert!(CellRef::new(1_048_575, 16_383).is_in_range());
        assert!(!CellRef::new(1_048_576, 0).is_in_range());
        assert!(!CellRef::new(0, 16_384).is_in_range());
    }

    static RULE: Rule = Rule {
        code: "ATT9999",
        name: "test-rule",
        severity: Severity::Warning,
        group: att_schema::RuleGroup::Report,
        summary: att_schema::Text {
            en: "s",
            fr: "s",
            es: "s",
        },
        message: att_schema::Text {
            en: "In English {x}",
            fr: "En français {x}",
            es: "En español {x}",
        },
        implements: &[],
        details: "",
        example: None,
    };

    #[test]
    fn takes_a_diagnostic_in_the_chosen_language_and_place() {
        let diagnostic = Diagnostic::new(&RULE)
            .arg("x", "40")
            .located(Location::cell("Exports", 9, 2));
        let finding = Finding::from_diagnostic(&diagnostic, Lang::Fr);
        assert_eq!(finding.message, "En français 40");
        assert_eq!(finding.code, "ATT9999");
        assert_eq!(finding.rule, "test-rule");
        assert_eq!(finding.severity, Severity::Warning);
        assert_eq!(
            finding.place,
            Some(Place {
                sheet: "Exports".to_owned(),
                cell: CellRef::new(9, 2)
            })
        );
        let unplaced = Diagnostic::new(&RULE).located(Location::text(3, 4));
        assert_eq!(Finding::from_diagnostic(&unplaced, Lang::En).place, None);
    }
}
