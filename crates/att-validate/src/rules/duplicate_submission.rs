//! One State and year reported twice (code `ATT0310`).

use super::corpus::{Corpus, CorpusFinding};
use super::party::state_name;
use super::{Check, Family};
use crate::digest::Digest;
use att_schema::{Diagnostic, DirectionKind, Rule, RuleGroup, Severity, Text, spec};

/// Two reports of the same State for the same year.
pub static DUPLICATE_SUBMISSION: Rule = Rule {
    code: "ATT0310",
    name: "duplicate-submission",
    severity: Severity::Warning,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "Two reports of the same State for the same year: a warning when their content differs, an info when the documents are identical.",
        fr: "Deux rapports du même État pour la même année\u{a0}: un avertissement si leur contenu diffère, une info si les documents sont identiques.",
        es: "Dos informes del mismo Estado del mismo año: una advertencia si su contenido difiere, una info si los documentos son idénticos.",
    },
    message: Text {
        en: "{other} is another report of {state} for {year}{?identical:, with exactly the same content: keep one of the two}{?different:, with different content ({?entries:{entries} entries differ}{?same_entries:the same entries; the title page, a status or a basis differs}): say which one is the report, and withdraw the other}.",
        fr: "{other} est un autre rapport du même État ({state}) pour {year}{?identical:, au contenu identique\u{a0}: gardez-en un seul}{?different:, au contenu différent ({?entries:{entries} lignes diffèrent}{?same_entries:mêmes lignes\u{a0}; la page de titre, un statut ou une base diffère})\u{a0}: indiquez lequel est le rapport et retirez l’autre}.",
        es: "{other} es otro informe del mismo Estado ({state}) de {year}{?identical:, con el mismo contenido: conserve uno solo}{?different:, con contenido distinto ({?entries:difieren {entries} filas}{?same_entries:mismas filas; difiere la portada, un estado o una base}): indique cuál es el informe y retire el otro}.",
    },
    implements: &[&spec::C_DUPLICATE_DIFFERENT, &spec::C_DUPLICATE_IDENTICAL],
    details: "Two reports among those given have the same reporting State (resolved to its code) and the same year. Raised on both, at the reporting State, with the other report as the related place: an info when the two documents are identical (the same canonical document, whatever format each was written in), else a warning that counts the entries found in one report and not in the other (entries compared field by field, in any order). With three reports or more of one State and year, each pair is reported.",
    example: Some(|| {
        Diagnostic::new(&DUPLICATE_SUBMISSION)
            .arg("other", "SWE-2023-resubmitted.xlsx")
            .arg(
                "state",
                Text {
                    en: "Sweden",
                    fr: "Suède",
                    es: "Suecia",
                },
            )
            .arg("year", "2023")
            .arg("different", "yes")
            .arg("entries", "3")
            .at("/reporting_state")
    }),
};

/// The duplicate-submission family: its rule, and the check that raises it.
pub static FAMILY: Family = Family {
    name: "duplicate-submission",
    rules: &[&DUPLICATE_SUBMISSION],
    check: Check::Corpus(check),
};

/// Reports every pair of reports of one State for one year, on both.
pub fn check(corpus: &Corpus<'_>, out: &mut Vec<CorpusFinding>) {
    for members in corpus.repeated() {
        for (position, &one) in members.iter().enumerate() {
            for &other in &members[position + 1..] {
                for (this, that) in [(one, other), (other, one)] {
                    out.push(finding(corpus, this, that));
                }
            }
        }
    }
}

fn finding(corpus: &Corpus<'_>, this: usize, that: usize) -> CorpusFinding {
    let (this_digest, that_member) = (corpus.digest(this), corpus.members[that]);
    let mut diagnostic = Diagnostic::new(&DUPLICATE_SUBMISSION)
        .arg("other", that_member.path)
        .arg("year", this_digest.year.unwrap_or_default().to_string())
        .related(that_member.related(&that_member.digest.state_place));
    if let Some(state) = this_digest.state {
        diagnostic = diagnostic.arg("state", state_name(state));
    }
    if this_digest.fingerprint == that_member.digest.fingerprint {
        diagnostic = diagnostic.arg("identical", "yes");
        diagnostic.severity = Severity::Info;
    } else {
        diagnostic = diagnostic.arg("different", "yes");
        diagnostic = match entries_apart(this_digest, that_member.digest) {
            0 => diagnostic.arg("same_entries", "yes"),
            count => diagnostic.arg("entries", count.to_string()),
        };
    }
    CorpusFinding::at(this, diagnostic, &this_digest.state_place)
}

/// How many entries one report has that the other has not, and the other way round.
pub fn entries_apart(one: &Digest, other: &Digest) -> usize {
    DirectionKind::ALL
        .into_iter()
        .map(|kind| {
            let (a, b) = (
                &one.direction(kind).entry_prints,
                &other.direction(kind).entry_prints,
            );
            let (mut i, mut j, mut apart) = (0, 0, 0);
            while i < a.len() && j < b.len() {
                match a[i].cmp(&b[j]) {
                    std::cmp::Ordering::Equal => {
                        i += 1;
                        j += 1;
                    }
                    std::cmp::Ordering::Less => {
                        apart += 1;
                        i += 1;
                    }
                    std::cmp::Ordering::Greater => {
                        apart += 1;
                        j += 1;
                    }
                }
            }
            apart + (a.len() - i) + (b.len() - j)
        })
        .sum()
}
