//! A direction's basis changed since last year (code `ATT0330`).

use super::corpus::{Corpus, CorpusFinding};
use super::directions::direction_name;
use super::{Check, Family};
use att_schema::{Basis, Diagnostic, DirectionKind, Rule, RuleGroup, Severity, Text, spec};

/// The basis of a direction is not last year's.
pub static BASIS_CHANGED: Rule = Rule {
    code: "ATT0330",
    name: "basis-changed",
    severity: Severity::Info,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "The basis of a direction (authorized or actual) is not the one the same State stated for the year before.",
        fr: "La base d’un sens de transfert (autorisations ou transferts effectifs) n’est pas celle que le même État a indiquée pour l’année précédente.",
        es: "La base de un sentido de transferencia (autorizaciones o transferencias efectivas) no es la que el mismo Estado indicó el año anterior.",
    },
    message: Text {
        en: "The basis of the {direction} changed since last year: {basis} for {year}, {previous} for {previous_year} ({other}). The figures of the two years do not compare directly; say so in the comments if the change is intended.",
        fr: "La base des {direction} a changé depuis l’année précédente\u{a0}: {basis} pour {year}, {previous} pour {previous_year} ({other}). Les chiffres des deux années ne se comparent pas directement\u{a0}; indiquez-le dans les observations si le changement est voulu.",
        es: "La base de las {direction} cambió desde el año anterior: {basis} en {year}, {previous} en {previous_year} ({other}). Las cifras de los dos años no se comparan directamente; indíquelo en las observaciones si el cambio es intencionado.",
    },
    implements: &[&spec::C_BASIS_CHANGED],
    details: "The same State (resolved to its code) has a report for year Y and one for Y−1 among those given, both state a basis for the direction (`authorized`, `actual` or `both`), and the two differ. One finding per direction, on the report for Y at the direction’s basis, with last year’s basis as the related place. A direction without a basis in either year is not compared (ATT0209 reports a basis missing where entries need one).",
    example: Some(|| {
        Diagnostic::new(&BASIS_CHANGED)
            .arg("direction", direction_name(DirectionKind::Exports))
            .arg("basis", basis_name(Basis::Authorized))
            .arg("year", "2023")
            .arg("previous", basis_name(Basis::Actual))
            .arg("previous_year", "2022")
            .arg("other", "SWE-2022.xlsx")
            .at("/exports/basis")
    }),
};

/// The basis-changed family: its rule, and the check that raises it.
pub static FAMILY: Family = Family {
    name: "basis-changed",
    rules: &[&BASIS_CHANGED],
    check: Check::Corpus(check),
};

/// A basis in words.
pub fn basis_name(basis: Basis) -> Text {
    match basis {
        Basis::Authorized => Text {
            en: "authorizations",
            fr: "autorisations",
            es: "autorizaciones",
        },
        Basis::Actual => Text {
            en: "actual transfers",
            fr: "transferts effectifs",
            es: "transferencias efectivas",
        },
        Basis::Both => Text {
            en: "both",
            fr: "les deux",
            es: "ambas",
        },
    }
}

/// Reports each direction whose basis is not last year's.
pub fn check(corpus: &Corpus<'_>, out: &mut Vec<CorpusFinding>) {
    for (member, this) in corpus.members.iter().enumerate() {
        let (Some(state), Some(year)) = (this.digest.state, this.digest.year) else {
            continue;
        };
        let last_year = corpus.reports_of(state, year - 1);
        for kind in DirectionKind::ALL {
            let direction = this.digest.direction(kind);
            let Some(basis) = direction.basis else {
                continue;
            };
            let changed: Vec<(usize, Basis)> = last_year
                .iter()
                .filter_map(|&other| {
                    let previous = corpus.digest(other).direction(kind).basis?;
                    (previous != basis).then_some((other, previous))
                })
                .collect();
            let Some(&(first, previous)) = changed.first() else {
                continue;
            };
            let mut diagnostic = Diagnostic::new(&BASIS_CHANGED)
                .arg("direction", direction_name(kind))
                .arg("basis", basis_name(basis))
                .arg("year", year.to_string())
                .arg("previous", basis_name(previous))
                .arg("previous_year", (year - 1).to_string())
                .arg("other", corpus.members[first].path);
            for (other, _) in changed {
                let other = corpus.members[other];
                diagnostic =
                    diagnostic.related(other.related(&other.digest.direction(kind).basis_place));
            }
            out.push(CorpusFinding::at(
                member,
                diagnostic,
                &direction.basis_place,
            ));
        }
    }
}
