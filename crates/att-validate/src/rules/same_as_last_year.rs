//! A direction's entries copied from last year's report (code `ATT0320`).

use super::corpus::{Corpus, CorpusFinding};
use super::directions::direction_name;
use super::{Check, Family};
use att_schema::{Diagnostic, DirectionKind, Rule, RuleGroup, Severity, Text, spec};

/// This year's entries of a direction are last year's.
pub static SAME_AS_LAST_YEAR: Rule = Rule {
    code: "ATT0320",
    name: "same-as-last-year",
    severity: Severity::Warning,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "A direction’s entries are exactly those of the same State’s report for the year before.",
        fr: "Les lignes d’un sens de transfert sont exactement celles du rapport du même État pour l’année précédente.",
        es: "Las filas de un sentido de transferencia son exactamente las del informe del mismo Estado del año anterior.",
    },
    message: Text {
        en: "The {direction} of this report for {year} are exactly last year’s ({other}): the same {count} entries, field by field. Check that the table was updated for {year}.",
        fr: "Les {direction} de ce rapport pour {year} sont exactement celles de l’année précédente ({other})\u{a0}: les mêmes {count} lignes, champ par champ. Vérifiez que le tableau a été mis à jour pour {year}.",
        es: "Las {direction} de este informe de {year} son exactamente las del año anterior ({other}): las mismas {count} filas, campo por campo. Compruebe que el cuadro se actualizó para {year}.",
    },
    implements: &[&spec::C_SAME_AS_LAST_YEAR],
    details: "The same State (resolved to its code) has a report for year Y and one for Y−1 among those given, and a direction with entries has, in both, the same entries field by field in any order (parties that resolve to a State compared as that State, so a name spelled in another language is the same partner). One finding per direction, on the report for Y at the direction, with last year’s direction as the related place (each of last year’s reports that has the same entries, when there are several).",
    example: Some(|| {
        Diagnostic::new(&SAME_AS_LAST_YEAR)
            .arg("direction", direction_name(DirectionKind::Exports))
            .arg("year", "2023")
            .arg("other", "SWE-2022.xlsx")
            .arg("count", "14")
            .at("/exports")
    }),
};

/// The same-as-last-year family: its rule, and the check that raises it.
pub static FAMILY: Family = Family {
    name: "same-as-last-year",
    rules: &[&SAME_AS_LAST_YEAR],
    check: Check::Corpus(check),
};

/// Reports each direction whose entries are last year's.
pub fn check(corpus: &Corpus<'_>, out: &mut Vec<CorpusFinding>) {
    for (member, this) in corpus.members.iter().enumerate() {
        let (Some(state), Some(year)) = (this.digest.state, this.digest.year) else {
            continue;
        };
        let last_year = corpus.reports_of(state, year - 1);
        for kind in DirectionKind::ALL {
            let direction = this.digest.direction(kind);
            if direction.entries == 0 {
                continue;
            }
            let same: Vec<usize> = last_year
                .iter()
                .copied()
                .filter(|&other| {
                    corpus.digest(other).direction(kind).entry_prints == direction.entry_prints
                })
                .collect();
            let Some(&first) = same.first() else {
                continue;
            };
            let mut diagnostic = Diagnostic::new(&SAME_AS_LAST_YEAR)
                .arg("direction", direction_name(kind))
                .arg("year", year.to_string())
                .arg("other", corpus.members[first].path)
                .arg("count", direction.entries.to_string());
            for other in same {
                let other = corpus.members[other];
                diagnostic = diagnostic.related(other.related(&other.digest.direction(kind).place));
            }
            out.push(CorpusFinding::at(member, diagnostic, &direction.place));
        }
    }
}
