//! Mirror flows: A’s exports to B against B’s imports from A (codes `ATT0300`–`ATT0302`).
//!
//! The rows of [`crate::mirror::rows`] become findings: a flow missing from the other side's
//! report, numbers of items that disagree (on each side), and one info per report counting the
//! flows whose partner's report is not in the corpus.

use super::category::category_name;
use super::corpus::{Corpus, CorpusFinding};
use super::party::state_name;
use super::{Check, Family};
use crate::digest::{Flow, opposite};
use crate::mirror::{Cause, Explanation, MirrorRow, Side, Verdict};
use att_schema::codes::State;
use att_schema::{
    Category, Diagnostic, DirectionKind, EntryBasis, Rule, RuleGroup, Severity, Text, spec,
};

/// A flow of one side's report is not in the other side's.
pub static MIRROR_MISSING: Rule = Rule {
    code: "ATT0300",
    name: "mirror-missing",
    severity: Severity::Warning,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "An export or import is not in the partner’s report for the same year, which reports the opposite direction without it.",
        fr: "Une exportation ou une importation ne figure pas dans le rapport du partenaire pour la même année, qui déclare le sens inverse sans elle.",
        es: "Una exportación o importación no figura en el informe del socio del mismo año, que declara el sentido inverso sin ella.",
    },
    message: Text {
        en: "{?export:This export to {partner}}{?import:This import from {partner}} in category {category} ({category_name}){?items:, {items} items}{?entries: over {entries} entries}, is not in {partner}’s report for {year} ({other}), which {?nil:declares no {?export:imports}{?import:exports} (a nil report)}{?listed:lists no {?export:import from}{?import:export to} {state} in that category}{?other_year:; {partner} reports one for {other_year}, which may explain the gap}{?other_category:; {partner} reports one in category {other_category}, which may explain the gap}. Check the partner, the category and the year, or agree the figures with {partner}.",
        fr: "{?export:Cette exportation vers l’État partenaire ({partner})}{?import:Cette importation en provenance de l’État partenaire ({partner})}, de catégorie {category} ({category_name}){?items:, {items} articles}{?entries: en {entries} lignes}, ne figure pas dans le rapport du partenaire pour {year} ({other}), qui {?nil:ne déclare aucune {?export:importation}{?import:exportation} (rapport «\u{a0}néant\u{a0}»)}{?listed:ne mentionne aucune {?export:importation en provenance}{?import:exportation à destination} de l’État déclarant ({state}) dans cette catégorie}{?other_year:\u{a0}; le partenaire en déclare une pour {other_year}, ce qui peut expliquer l’écart}{?other_category:\u{a0}; le partenaire en déclare une dans la catégorie {other_category}, ce qui peut expliquer l’écart}. Vérifiez le partenaire, la catégorie et l’année, ou rapprochez les chiffres avec le partenaire.",
        es: "{?export:Esta exportación al Estado socio ({partner})}{?import:Esta importación procedente del Estado socio ({partner})}, de la categoría {category} ({category_name}){?items:, {items} artículos}{?entries: en {entries} filas}, no figura en el informe del socio de {year} ({other}), que {?nil:no declara ninguna {?export:importación}{?import:exportación} (informe nulo)}{?listed:no menciona ninguna {?export:importación procedente del}{?import:exportación con destino al} Estado declarante ({state}) en esa categoría}{?other_year:; el socio declara una en {other_year}, lo que puede explicar la diferencia}{?other_category:; el socio declara una en la categoría {other_category}, lo que puede explicar la diferencia}. Verifique el socio, la categoría y el año, o concilie las cifras con el socio.",
    },
    implements: &[&spec::C_MIRROR_MISSING, &spec::C_MIRROR_EXPLANATION],
    details: "Entries are grouped into flows keyed by exporter, importer, year and main category (the top of the category’s tree: `VIII.SA.2`, `VIII.LW.1` and `VIII` are all VIII; a `national` category takes part in no mirror check). The exporter of an export entry is the reporting State and the importer its partner; for an import entry the other way round. Only parties that resolve to a State code count, and a flow from a State to itself takes no part. A flow is missing when the other State’s report for the same year is among the reports given, reports the opposite direction (with entries, or as a nil report), and has no flow with the same key. Raised on the side that has the flow, at its first entry, with the other report’s direction as the related place. When the other side reports the flow for the year before or after (same main category), or for the same year in another main category — a flow that the first side’s report for that year or category does not already match, with a number of items that does not disagree — the message says so and names that flow as a second related place; the finding stays. A report of the other State that does not report the opposite direction, or no report of it at all, is not a finding (see ATT0302). Where a State’s report for a year is given twice, the flow is held against each.",
    example: Some(|| {
        Diagnostic::new(&MIRROR_MISSING)
            .arg("export", "yes")
            .arg(
                "partner",
                Text {
                    en: "Norway",
                    fr: "Norvège",
                    es: "Noruega",
                },
            )
            .arg(
                "state",
                Text {
                    en: "Sweden",
                    fr: "Suède",
                    es: "Suecia",
                },
            )
            .arg("category", "VIII")
            .arg("category_name", category_name(Category::VIII))
            .arg("items", "120")
            .arg("year", "2023")
            .arg("other", "NOR-2023.xlsx")
            .arg("listed", "yes")
            .arg("other_year", "2024")
            .at("/exports/entries/4")
    }),
};

/// Both sides report a flow, with numbers of items that disagree.
pub static MIRROR_MISMATCH: Rule = Rule {
    code: "ATT0301",
    name: "mirror-mismatch",
    severity: Severity::Warning,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "An export and the partner’s matching import (or the other way round) give numbers of items more than 25 % and at least 5 items apart.",
        fr: "Une exportation et l’importation correspondante du partenaire (ou l’inverse) donnent des nombres d’articles distants de plus de 25\u{a0}% et d’au moins 5 articles.",
        es: "Una exportación y la importación correspondiente del socio (o a la inversa) dan números de artículos que difieren en más del 25\u{a0}% y en 5 artículos o más.",
    },
    message: Text {
        en: "{partner} reports {other_items} items in category {category} ({category_name}) {?export:imported from}{?import:exported to} {state} for {year} ({other}), where this report has {items}: {difference} items apart ({percent} % of the larger){?bases:; this report gives {basis} and {partner} {other_basis}, which may explain it}{?other_year:; {explainer} reports {explainer_items} more for {other_year}, which may explain the gap}{?other_category:; {explainer} reports {explainer_items} in category {other_category}, which may explain the gap}. Check the figures with {partner}.",
        fr: "Le partenaire ({partner}) déclare {other_items} articles de catégorie {category} ({category_name}) {?export:importés en provenance}{?import:exportés à destination} de l’État déclarant ({state}) pour {year} ({other}), et ce rapport {items}\u{a0}: un écart de {difference} articles ({percent}\u{a0}% du plus grand){?bases:\u{a0}; ce rapport donne {basis} et le partenaire {other_basis}, ce qui peut l’expliquer}{?other_year:\u{a0}; {explainer} en déclare {explainer_items} de plus pour {other_year}, ce qui peut expliquer l’écart}{?other_category:\u{a0}; {explainer} en déclare {explainer_items} dans la catégorie {other_category}, ce qui peut expliquer l’écart}. Vérifiez les chiffres avec le partenaire.",
        es: "El socio ({partner}) declara {other_items} artículos de la categoría {category} ({category_name}) {?export:importados procedentes del}{?import:exportados con destino al} Estado declarante ({state}) en {year} ({other}), y este informe {items}: una diferencia de {difference} artículos ({percent}\u{a0}% del mayor){?bases:; este informe da {basis} y el socio {other_basis}, lo que puede explicarlo}{?other_year:; {explainer} declara {explainer_items} más en {other_year}, lo que puede explicar la diferencia}{?other_category:; {explainer} declara {explainer_items} en la categoría {other_category}, lo que puede explicar la diferencia}. Verifique las cifras con el socio.",
    },
    implements: &[&spec::C_MIRROR_MISMATCH, &spec::C_MIRROR_EXPLANATION],
    details: "Both sides have the flow (see ATT0300 for flows), both give a number of items for it (the sum of its entries’ items; entries without items add nothing, and a flow whose items are all withheld or absent is checked for presence only), and the two differ by more than 25 % of the larger and by at least 5 items (100 against 74 is flagged; 100 against 76, or 10 against 6, is not). Raised on each side’s flow, at its first entry, with the other side’s flow as the related place. An info instead of a warning when every entry of one side’s flow is an authorization and every entry of the other’s an actual transfer. When the side with fewer items reports the flow for the year before or after, or in another main category for the same year — a flow the other side does not already match — and its items make up the difference (or match the larger figure), the message says so and names that flow as a second related place; the finding stays.",
    example: Some(|| {
        Diagnostic::new(&MIRROR_MISMATCH)
            .arg("export", "yes")
            .arg(
                "partner",
                Text {
                    en: "Norway",
                    fr: "Norvège",
                    es: "Noruega",
                },
            )
            .arg(
                "state",
                Text {
                    en: "Sweden",
                    fr: "Suède",
                    es: "Suecia",
                },
            )
            .arg("category", "II")
            .arg("category_name", category_name(Category::II))
            .arg("items", "60")
            .arg("other_items", "40")
            .arg("difference", "20")
            .arg("percent", "33")
            .arg("year", "2023")
            .arg("other", "NOR-2023.xlsx")
            .at("/exports/entries/2")
    }),
};

/// Flows that could not be compared, because the partner's report is not in the corpus.
pub static MIRROR_PARTNER_ABSENT: Rule = Rule {
    code: "ATT0302",
    name: "mirror-partner-absent",
    severity: Severity::Info,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "Some flows of a report could not be compared, because the partner’s report for the year is not among the reports given.",
        fr: "Des flux d’un rapport n’ont pas pu être rapprochés, faute du rapport du partenaire pour l’année parmi les rapports fournis.",
        es: "Algunos flujos de un informe no pudieron cotejarse por falta del informe del socio del año entre los informes facilitados.",
    },
    message: Text {
        en: "Flows of this report not compared, because the partner’s report for {year} is not among the reports given: {count} (partners: {first}{?second:, {second}}{?third:, {third}}{?more: and {more} more}).",
        fr: "Flux de ce rapport non rapprochés, faute du rapport du partenaire pour {year} parmi les rapports fournis\u{a0}: {count} (partenaires\u{a0}: {first}{?second:, {second}}{?third:, {third}}{?more: et {more} autres}).",
        es: "Flujos de este informe no cotejados por falta del informe del socio de {year} entre los informes facilitados: {count} (socios: {first}{?second:, {second}}{?third:, {third}}{?more: y {more} más}).",
    },
    implements: &[&spec::C_PARTNER_ABSENT],
    details: "One info per report that has flows (see ATT0300) whose partner has no report for the same year among the reports given, counting those flows and naming the first partners in the order of the report, placed at the first of those flows (its first entry). Nothing is raised per flow. Flows whose partner’s report is given but does not report the opposite direction are not counted: that report is there, and says nothing of the direction.",
    example: Some(|| {
        Diagnostic::new(&MIRROR_PARTNER_ABSENT)
            .arg("year", "2023")
            .arg("count", "7")
            .arg(
                "first",
                Text {
                    en: "Brazil",
                    fr: "Brésil",
                    es: "Brasil",
                },
            )
            .arg(
                "second",
                Text {
                    en: "Canada",
                    fr: "Canada",
                    es: "Canadá",
                },
            )
            .arg(
                "third",
                Text {
                    en: "Singapore",
                    fr: "Singapour",
                    es: "Singapur",
                },
            )
            .arg("more", "2")
    }),
};

/// The mirror family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "mirror",
    rules: &[&MIRROR_MISSING, &MIRROR_MISMATCH, &MIRROR_PARTNER_ABSENT],
    check: Check::Corpus(check),
};

/// Raises the mirror findings of every row of the corpus.
pub fn check(corpus: &Corpus<'_>, out: &mut Vec<CorpusFinding>) {
    let rows = crate::mirror::rows(corpus);
    // Per report, its flows whose partner has no report for the year: (direction, flow).
    let mut absent: Vec<Vec<(DirectionKind, usize)>> = vec![Vec::new(); corpus.members.len()];
    for row in &rows {
        match row.verdict {
            Verdict::Missing => missing(corpus, row, out),
            Verdict::Mismatch {
                difference,
                bases_differ,
            } => {
                for kind in DirectionKind::ALL {
                    mismatch(corpus, row, kind, difference, bases_differ, out);
                }
            }
            Verdict::NotCompared => {
                for kind in DirectionKind::ALL {
                    if let (Side::Flow { member, flow }, Side::Absent) =
                        (row.side(kind), row.side(opposite(kind)))
                    {
                        absent[member].push((kind, flow));
                    }
                }
            }
            Verdict::Matched => {}
        }
    }
    for (member, mut flows) in absent.into_iter().enumerate() {
        flows.sort_unstable();
        flows.dedup();
        partner_absent(corpus, member, &flows, out);
    }
}

/// The one info of a report whose flows `flows` (in the order of the report) could not be
/// compared, placed at the first of them.
fn partner_absent(
    corpus: &Corpus<'_>,
    member: usize,
    flows: &[(DirectionKind, usize)],
    out: &mut Vec<CorpusFinding>,
) {
    let digest = corpus.digest(member);
    let flows: Vec<&Flow> = flows
        .iter()
        .filter_map(|&(kind, flow)| digest.direction(kind).flows.get(flow))
        .collect();
    let (Some(year), Some(first)) = (digest.year, flows.first()) else {
        return;
    };
    let mut partners: Vec<&'static State> = Vec::new();
    for flow in &flows {
        if !partners.iter().any(|s| s.alpha3 == flow.partner.alpha3) {
            partners.push(flow.partner);
        }
    }
    let mut diagnostic = Diagnostic::new(&MIRROR_PARTNER_ABSENT)
        .arg("year", year.to_string())
        .arg("count", flows.len().to_string())
        .arg("first", state_name(partners[0]));
    for (name, partner) in ["second", "third"].into_iter().zip(&partners[1..]) {
        diagnostic = diagnostic.arg(name, state_name(partner));
    }
    if partners.len() > 3 {
        diagnostic = diagnostic.arg("more", (partners.len() - 3).to_string());
    }
    out.push(CorpusFinding::at(member, diagnostic, &first.place));
}

/// The arguments every mirror finding on the side of `kind` has.
fn about(rule: &'static Rule, row: &MirrorRow, kind: DirectionKind, flow: &Flow) -> Diagnostic {
    Diagnostic::new(rule)
        .arg(
            match kind {
                DirectionKind::Exports => "export",
                DirectionKind::Imports => "import",
            },
            "yes",
        )
        .arg("partner", state_name(row.state(opposite(kind))))
        .arg("state", state_name(row.state(kind)))
        .arg("category", flow.category.code())
        .arg("category_name", category_name(flow.category))
        .arg("year", row.year.to_string())
}

fn missing(corpus: &Corpus<'_>, row: &MirrorRow, out: &mut Vec<CorpusFinding>) {
    let kind = match row.exporter_side {
        Side::Flow { .. } => DirectionKind::Exports,
        _ => DirectionKind::Imports,
    };
    let (Side::Flow { member, .. }, Side::Without { member: other }) =
        (row.side(kind), row.side(opposite(kind)))
    else {
        return;
    };
    let Some(flow) = corpus.flow_of(row.side(kind), kind) else {
        return;
    };
    let other_member = corpus.members[other];
    let other_direction = other_member.digest.direction(opposite(kind));
    let mut diagnostic = about(&MIRROR_MISSING, row, kind, flow)
        .arg("other", other_member.path)
        .related(other_member.related(&other_direction.place));
    diagnostic = if other_direction.entries == 0 {
        diagnostic.arg("nil", "yes")
    } else {
        diagnostic.arg("listed", "yes")
    };
    if let Some(items) = flow.items {
        diagnostic = diagnostic.arg("items", items.to_string());
    }
    if flow.entries > 1 {
        diagnostic = diagnostic.arg("entries", flow.entries.to_string());
    }
    if let Some(explanation) = row.explanation {
        diagnostic = explained(corpus, diagnostic, &explanation, None);
    }
    out.push(CorpusFinding::at(member, diagnostic, &flow.place));
}

fn mismatch(
    corpus: &Corpus<'_>,
    row: &MirrorRow,
    kind: DirectionKind,
    difference: u64,
    bases_differ: bool,
    out: &mut Vec<CorpusFinding>,
) {
    let (Side::Flow { member, .. }, other_side) = (row.side(kind), row.side(opposite(kind))) else {
        return;
    };
    let (Some(flow), Some(other_flow), Some(other)) = (
        corpus.flow_of(row.side(kind), kind),
        corpus.flow_of(other_side, opposite(kind)),
        other_side.member(),
    ) else {
        return;
    };
    let (Some(items), Some(other_items)) = (flow.items, other_flow.items) else {
        return;
    };
    let other_member = corpus.members[other];
    let larger = items.max(other_items);
    let percent = (u128::from(difference) * 100 / u128::from(larger.max(1))).to_string();
    let mut diagnostic = about(&MIRROR_MISMATCH, row, kind, flow)
        .arg("items", items.to_string())
        .arg("other_items", other_items.to_string())
        .arg("difference", difference.to_string())
        .arg("percent", percent)
        .arg("other", other_member.path)
        .related(other_member.related(&other_flow.place));
    if bases_differ {
        diagnostic.severity = Severity::Info;
        if let (Some(basis), Some(other_basis)) = (flow.basis, other_flow.basis) {
            diagnostic = diagnostic
                .arg("bases", "yes")
                .arg("basis", basis_figures(basis))
                .arg("other_basis", basis_figures(other_basis));
        }
    }
    if let Some(explanation) = row.explanation {
        diagnostic = explained(corpus, diagnostic, &explanation, Some(kind));
    }
    out.push(CorpusFinding::at(member, diagnostic, &flow.place));
}

/// Adds an explanation to a finding on the side of `kind` (`None` for a missing flow, whose
/// explanation is always the partner's): the year or category and the place of the flow.
fn explained(
    corpus: &Corpus<'_>,
    diagnostic: Diagnostic,
    explanation: &Explanation,
    kind: Option<DirectionKind>,
) -> Diagnostic {
    let member = corpus.members[explanation.member];
    let Some(flow) = member
        .digest
        .direction(explanation.direction)
        .flows
        .get(explanation.flow)
    else {
        return diagnostic;
    };
    let mut diagnostic = match explanation.cause {
        Cause::OtherYear => diagnostic.arg("other_year", explanation.year.to_string()),
        Cause::OtherCategory => diagnostic.arg("other_category", explanation.category.code()),
    };
    if let Some(kind) = kind {
        let explainer = match (member.digest.state, kind == explanation.direction) {
            (Some(state), true) => Text {
                en: state.short_name(att_schema::Lang::En),
                fr: "l’État déclarant",
                es: "el Estado declarante",
            },
            (Some(state), false) => Text {
                en: state.short_name(att_schema::Lang::En),
                fr: "le partenaire",
                es: "el socio",
            },
            (None, _) => return diagnostic,
        };
        diagnostic = diagnostic.arg("explainer", explainer).arg(
            "explainer_items",
            flow.items
                .map(|items| items.to_string())
                .unwrap_or_default(),
        );
    }
    diagnostic.related(member.related(&flow.place))
}

/// What a side's figures count, for the message: authorizations or actual transfers.
fn basis_figures(basis: EntryBasis) -> Text {
    match basis {
        EntryBasis::Authorized => Text {
            en: "authorizations",
            fr: "des autorisations",
            es: "autorizaciones",
        },
        EntryBasis::Actual => Text {
            en: "actual transfers",
            fr: "des transferts effectifs",
            es: "transferencias efectivas",
        },
    }
}
