//! Exports and imports as a whole: reported, nil, or missing (codes `ATT0206`–`ATT0208`), and
//! a withheld-data declaration beside empty tables (`ATT0260`).

use super::{Check, Family};
use crate::context::ReportContext;
use att_schema::{Diagnostic, DirectionKind, Rule, RuleGroup, Severity, Status, Text, spec};

/// A direction is neither reported nor declared nil.
pub static DIRECTION_NOT_REPORTED: Rule = Rule {
    code: "ATT0206",
    name: "direction-not-reported",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "Exports or imports are neither reported with entries nor declared nil.",
        fr: "Les exportations ou les importations ne sont ni déclarées ligne par ligne ni signalées « néant ».",
        es: "Las exportaciones o las importaciones no se declaran fila por fila ni se indican como informe nulo.",
    },
    message: Text {
        en: "The report has neither a table nor a nil report for {direction}{?empty: (the table has no rows)}: fill in the table, or make a nil report if there were none{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "Le rapport n’a ni tableau ni rapport « néant » pour les {direction}{?empty: (le tableau n’a aucune ligne)} : remplissez le tableau, ou faites un rapport « néant » s’il n’y en a pas eu{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "El informe no tiene ni cuadro ni informe nulo para las {direction}{?empty: (el cuadro no tiene filas)}: complete el cuadro o presente un informe nulo si no las hubo{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_DIRECTION_NOT_REPORTED],
    details: "A direction whose status is `not_reported`; a direction `reported` with no entries (unless the report declares withheld information: ATT0260 instead); and both directions when the input has neither. Not raised for a direction that the input leaves out while it has the other (ATT0208), nor where the reader already reported the empty table.",
    example: Some(|| {
        Diagnostic::new(&DIRECTION_NOT_REPORTED)
            .arg("direction", direction_name(DirectionKind::Imports))
            .at("/imports/status")
    }),
};

/// A direction is declared nil and has entries.
pub static NIL_WITH_ENTRIES: Rule = Rule {
    code: "ATT0207",
    name: "nil-with-entries",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A direction is declared nil (no transfers) but its table has entries.",
        fr: "Un sens de transfert est signalé « néant » mais son tableau a des lignes.",
        es: "Un sentido de transferencia se declara nulo pero su cuadro tiene filas.",
    },
    message: Text {
        en: "The nil report for {direction} contradicts the table, which has entries ({count}): keep the entries and withdraw the nil report, or remove the entries if there were no {direction}.",
        fr: "Le rapport « néant » pour les {direction} contredit le tableau, qui a des lignes ({count}) : gardez les lignes et retirez le rapport « néant », ou supprimez les lignes s’il n’y a pas eu d’{direction}.",
        es: "El informe nulo de {direction} contradice el cuadro, que tiene filas ({count}): conserve las filas y retire el informe nulo, o elimine las filas si no hubo {direction}.",
    },
    implements: &[&spec::B_NIL_WITH_ENTRIES],
    details: "A direction whose status is `nil` has one entry or more. Placed at the status.",
    example: Some(|| {
        Diagnostic::new(&NIL_WITH_ENTRIES)
            .arg("direction", direction_name(DirectionKind::Exports))
            .arg("count", "3")
            .at("/exports/status")
    }),
};

/// The input holds only one of the two directions.
pub static ONE_DIRECTION_ONLY: Rule = Rule {
    code: "ATT0208",
    name: "one-direction-only",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "The input holds only one direction: nothing at all about the other, not even its status.",
        fr: "Le fichier ne contient qu’un sens de transfert : rien du tout sur l’autre, pas même son statut.",
        es: "El archivo solo contiene un sentido de transferencia: nada en absoluto sobre el otro, ni siquiera su estado.",
    },
    message: Text {
        en: "This input holds only {present}, with nothing at all about {direction}. If the {direction} were sent as a separate part, check that part too; otherwise add the {direction} table, or a nil report if there were none{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "Ce fichier ne contient que les {present}, sans rien du tout sur les {direction}. Si les {direction} ont été envoyées à part, vérifiez aussi cette partie ; sinon, ajoutez le tableau des {direction}, ou un rapport « néant » s’il n’y en a pas eu{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Este archivo solo contiene las {present}, sin nada en absoluto sobre las {direction}. Si las {direction} se enviaron por separado, compruebe también esa parte; si no, añada el cuadro de {direction} o un informe nulo si no las hubo{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_ONE_DIRECTION, &spec::B_DIRECTION_NOT_REPORTED],
    details: "Precisely: one of `exports` and `imports` is absent from the input altogether — no table, no nil report, no status — while the other is reported or nil. Such a file is usually one part of a report sent in pieces (some States send their exports and imports as separate files), so it is a warning, raised once at the absent direction *instead of* ATT0206; a direction that the input shows but leaves empty or marks `not_reported` is an error (ATT0206). A deployment that wants every input to be complete can raise it to `error` in `att.toml`.",
    example: Some(|| {
        Diagnostic::new(&ONE_DIRECTION_ONLY)
            .arg("present", direction_name(DirectionKind::Exports))
            .arg("direction", direction_name(DirectionKind::Imports))
            .at("/imports")
    }),
};

/// The report declares withheld information and has reported tables without rows.
pub static WITHHELD_EVERYTHING_EMPTY: Rule = Rule {
    code: "ATT0260",
    name: "withheld-everything-empty",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report declares withheld information and its tables are empty; that is not a nil report.",
        fr: "Le rapport déclare des informations non communiquées et ses tableaux sont vides ; ce n’est pas un rapport « néant ».",
        es: "El informe declara información no divulgada y sus cuadros están vacíos; eso no es un informe nulo.",
    },
    message: Text {
        en: "The report declares withheld information, but {tables}: withheld information is not a nil report. Report the transfers that were not withheld, or make a nil report for a direction without transfers.",
        fr: "Le rapport déclare des informations non communiquées, mais {tables} : des informations non communiquées ne font pas un rapport « néant ». Déclarez les transferts qui n’ont pas été soustraits, ou faites un rapport « néant » pour un sens sans transfert.",
        es: "El informe declara información no divulgada, pero {tables}: la información no divulgada no equivale a un informe nulo. Declare las transferencias que no se reservaron o presente un informe nulo para un sentido sin transferencias.",
    },
    implements: &[&spec::B_WITHHELD_EMPTY],
    details: "The report declares that commercially sensitive or national security information was withheld, and no direction has entries while at least one is `reported` (an empty table); raised once, at the declaration, instead of ATT0206 for the empty tables. Also raised when one table is empty and the other has rows: the empty table may be what was withheld, so it is a warning rather than ATT0206’s error. A report whose two directions are `nil` is a nil report and is not flagged.",
    example: Some(|| {
        Diagnostic::new(&WITHHELD_EVERYTHING_EMPTY)
            .arg("tables", empty_tables(true, true))
            .at("/submission/withheld")
    }),
};

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// A direction's name in running text: exports, exportations, exportaciones.
pub fn direction_name(kind: DirectionKind) -> Text {
    match kind {
        DirectionKind::Exports => text("exports", "exportations", "exportaciones"),
        DirectionKind::Imports => text("imports", "importations", "importaciones"),
    }
}

fn empty_tables(exports: bool, imports: bool) -> Text {
    match (exports, imports) {
        (true, true) => text(
            "neither its exports table nor its imports table has rows",
            "ni son tableau des exportations ni celui des importations n’a de ligne",
            "ni su cuadro de exportaciones ni el de importaciones tiene filas",
        ),
        (true, false) => text(
            "its exports table has no rows",
            "son tableau des exportations n’a aucune ligne",
            "su cuadro de exportaciones no tiene filas",
        ),
        _ => text(
            "its imports table has no rows",
            "son tableau des importations n’a aucune ligne",
            "su cuadro de importaciones no tiene filas",
        ),
    }
}

/// The directions family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "directions",
    rules: &[
        &DIRECTION_NOT_REPORTED,
        &NIL_WITH_ENTRIES,
        &ONE_DIRECTION_ONLY,
        &WITHHELD_EVERYTHING_EMPTY,
    ],
    check: Check::Report(check),
};

/// Reports directions that are not reported, nil reports with entries, and empty tables beside
/// a withheld-data declaration.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let withheld = cx.report.declares_withheld();
    let mut empty = [false, false];
    for (slot, kind) in DirectionKind::ALL.into_iter().enumerate() {
        let direction = cx.report.direction(kind);
        let status_pointer = format!("/{}/status", kind.field());
        if cx.is_absent(kind) || !cx.is_clear(&status_pointer) {
            continue;
        }
        let entries = direction.entries.len();
        match direction.status() {
            Some(Status::NotReported) => out.push(
                Diagnostic::new(&DIRECTION_NOT_REPORTED)
                    .arg("direction", direction_name(kind))
                    .at(status_pointer),
            ),
            Some(Status::Nil) if entries > 0 => out.push(
                Diagnostic::new(&NIL_WITH_ENTRIES)
                    .arg("direction", direction_name(kind))
                    .arg("count", entries.to_string())
                    .at(status_pointer),
            ),
            Some(Status::Reported) if entries == 0 => {
                let entries_pointer = format!("/{}/entries", kind.field());
                if !cx.is_clear(&entries_pointer) {
                    continue;
                }
                if withheld {
                    empty[slot] = true;
                } else {
                    out.push(
                        Diagnostic::new(&DIRECTION_NOT_REPORTED)
                            .arg("direction", direction_name(kind))
                            .arg("empty", "yes")
                            .at(entries_pointer),
                    );
                }
            }
            _ => {}
        }
    }
    if empty[0] || empty[1] {
        out.push(
            Diagnostic::new(&WITHHELD_EVERYTHING_EMPTY)
                .arg("tables", empty_tables(empty[0], empty[1]))
                .at("/submission/withheld"),
        );
    }
}
