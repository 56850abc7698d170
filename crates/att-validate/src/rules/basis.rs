//! Whether the figures of each direction are authorizations or actual transfers (code
//! `ATT0209`).

use super::directions::direction_name;
use super::{Check, Family};
use crate::context::ReportContext;
use att_schema::{Basis, Diagnostic, DirectionKind, Rule, RuleGroup, Severity, Text, spec};

/// The basis of a direction's figures is not stated.
pub static BASIS_MISSING: Rule = Rule {
    code: "ATT0209",
    name: "basis-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A table with entries does not say whether its figures are authorizations or actual transfers.",
        fr: "Un tableau avec des lignes n’indique pas si ses chiffres sont des autorisations ou des transferts effectifs.",
        es: "Un cuadro con filas no indica si sus cifras son autorizaciones o transferencias efectivas.",
    },
    message: Text {
        en: "{?entry:This entry of the {direction} table does not say whether it is an authorization or an actual transfer, and the table’s basis is “both”: mark it authorized or actual.}{?table:The {direction} table does not say whether its figures are authorized or actual{?both: (its basis is “both”, but no entry says which it is)}: state the basis of the table, or of each entry.}",
        fr: "{?entry:Cette ligne du tableau des {direction} n’indique pas s’il s’agit d’une autorisation ou d’un transfert effectif, et la base du tableau est « les deux » : indiquez « autorisée » ou « effective ».}{?table:Le tableau des {direction} n’indique pas si ses chiffres sont des autorisations ou des transferts effectifs{?both: (sa base est « les deux », mais aucune ligne ne précise laquelle)} : indiquez la base du tableau, ou de chaque ligne.}",
        es: "{?entry:Esta fila del cuadro de {direction} no indica si es una autorización o una transferencia efectiva, y la base del cuadro es «ambas»: indique «autorizada» o «efectiva».}{?table:El cuadro de {direction} no indica si sus cifras son autorizaciones o transferencias efectivas{?both: (su base es «ambas», pero ninguna fila indica cuál)}: indique la base del cuadro o de cada fila.}",
    },
    implements: &[&spec::B_BASIS],
    details: "A direction with entries has no `basis`, and at least one entry has none of its own: one finding at the direction’s basis (entries that all carry their own basis are enough). When the direction’s basis is `both`, each entry must say which it is: if none does, one finding at the direction’s basis; if some do, one finding at each entry that does not. A basis that could not be read is reported by the contract check instead.",
    example: Some(|| {
        Diagnostic::new(&BASIS_MISSING)
            .arg("direction", direction_name(DirectionKind::Exports))
            .arg("table", "yes")
            .at("/exports/basis")
    }),
};

/// The basis family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "basis",
    rules: &[&BASIS_MISSING],
    check: Check::Report(check),
};

/// Reports directions and entries whose basis is not stated.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    for kind in DirectionKind::ALL {
        let direction = cx.report.direction(kind);
        let basis_pointer = format!("/{}/basis", kind.field());
        if direction.entries.is_empty() || !cx.is_clear(&basis_pointer) {
            continue;
        }
        let entries: Vec<_> = cx
            .entries()
            .filter(|entry| entry.direction == kind)
            .filter(|entry| cx.is_clear_at(|| entry.field("basis")))
            .collect();
        let without: Vec<_> = entries
            .iter()
            .filter(|entry| entry.entry.basis.is_none())
            .collect();
        if without.is_empty() {
            continue;
        }
        let table = || {
            Diagnostic::new(&BASIS_MISSING)
                .arg("direction", direction_name(kind))
                .arg("table", "yes")
                .at(basis_pointer.clone())
        };
        match direction.basis() {
            None if direction.basis.is_none() => out.push(table()),
            Some(Basis::Both) if without.len() == entries.len() => {
                out.push(table().arg("both", "yes"));
            }
            Some(Basis::Both) => out.extend(without.iter().map(|entry| {
                Diagnostic::new(&BASIS_MISSING)
                    .arg("direction", direction_name(kind))
                    .arg("entry", "yes")
                    .at(entry.field("basis"))
            })),
            _ => {}
        }
    }
}
