//! The partner State of each entry, its State of origin and intermediate locations (codes
//! `ATT0220`–`ATT0225`).

use super::party;
use super::{Check, Family};
use crate::context::{EntryRef, PartyState, Place, ReportContext};
use crate::fields;
use att_schema::codes::StateMatch;
use att_schema::{Arg, Diagnostic, DirectionKind, Party, Rule, RuleGroup, Severity, Text, spec};

/// An entry does not name the State it went to or came from.
pub static PARTNER_MISSING: Rule = Rule {
    code: "ATT0220",
    name: "partner-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry does not name the importing or exporting State (a warning when the report declares withheld information).",
        fr: "Une ligne n’indique pas l’État importateur ou exportateur (avertissement si le rapport déclare des informations non communiquées).",
        es: "Una fila no indica el Estado importador o exportador (advertencia si el informe declara información no divulgada).",
    },
    message: Text {
        en: "{field} is missing{?withheld:; the report declares withheld information, so say in the comments that this partner was withheld}{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "{field} : information manquante{?withheld: ; le rapport déclare des informations non communiquées, indiquez donc dans les observations que ce partenaire n’est pas communiqué}{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Falta {field}{?withheld:; el informe declara información no divulgada, así que indique en las observaciones que este socio no se divulga}{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_PARTNER_MISSING],
    details: "Raised by the contract check when an entry has no `partner`, an empty one (`{}`) or one with an empty name. A warning instead of an error when the report declares withheld commercially sensitive or national security information.",
    example: Some(|| {
        Diagnostic::new(&PARTNER_MISSING)
            .arg("field", fields::label("/exports/entries/0/partner"))
            .at("/exports/entries/0/partner")
    }),
};

/// The partner is a placeholder, an organisation or a region.
pub static PARTNER_NOT_A_STATE: Rule = Rule {
    code: "ATT0221",
    name: "partner-not-a-state",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry’s partner is a placeholder (“various”, “undisclosed”), an organisation (“EU”, “NATO”) or a region, not a State.",
        fr: "Le partenaire d’une ligne est un signe de remplacement (« divers », « non divulgué »), une organisation (« UE », « OTAN ») ou une région, et non un État.",
        es: "El socio de una fila es un marcador («varios», «no divulgado»), una organización («UE», «OTAN») o una región, y no un Estado.",
    },
    message: Text {
        en: "{field} {found} {problem}; the report names the State the arms went to or came from{?withheld: (the report declares withheld information: if that is why, say so in the comments)}.",
        fr: "{field} {found} {problem} ; le rapport doit nommer l’État de destination ou de provenance des armes{?withheld: (le rapport déclare des informations non communiquées : si c’est la raison, indiquez-le dans les observations)}.",
        es: "{field} {found} {problem}; el informe debe nombrar el Estado de destino o de procedencia de las armas{?withheld: (el informe declara información no divulgada: si esa es la razón, indíquelo en las observaciones)}.",
    },
    implements: &[&spec::B_PARTNER_NOT_STATE],
    details: "A partner without a code whose name is a placeholder (“various”, “undisclosed”, “N/A”), an international organisation (“EU”, “NATO Support and Procurement Agency”, “United Nations”) or a region (“Africa”, “Middle East”), in any of the three languages. A name that also names a State first (“France (EU member)”) is that State and is not flagged. When the report declares withheld information the message says how to show that the partner was withheld.",
    example: Some(|| {
        party::describe(
            Diagnostic::new(&PARTNER_NOT_A_STATE)
                .arg("field", fields::label("/exports/entries/0/partner"))
                .arg("found", Arg::Quoted("Various".into()))
                .at("/exports/entries/0/partner/name"),
            &Party::named("Various"),
        )
        .unwrap_or_else(|| Diagnostic::new(&PARTNER_NOT_A_STATE))
    }),
};

/// The partner's name or code is not one known State.
pub static PARTNER_UNRESOLVED: Rule = Rule {
    code: "ATT0222",
    name: "partner-unresolved",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry’s partner is a name or code that is not one known State: unknown, misspelled, or fitting several States.",
        fr: "Le partenaire d’une ligne est un nom ou un code qui ne désigne pas un État connu : inconnu, mal orthographié ou correspondant à plusieurs États.",
        es: "El socio de una fila es un nombre o un código que no corresponde a un Estado conocido: desconocido, mal escrito o que corresponde a varios Estados.",
    },
    message: Text {
        en: "{field} {found} {problem}{?first:: it could be {first} ({first_code}){?second: or {second} ({second_code})}{?third: or {third} ({third_code})}}{?closest: (did you mean {closest}, {closest_code}?)}. Give the State’s name as the United Nations writes it, or its ISO 3166-1 alpha-3 code.",
        fr: "{field} {found} {problem}{?first: : il peut s’agir de {first} ({first_code}){?second: ou de {second} ({second_code})}{?third: ou de {third} ({third_code})}}{?closest: (vouliez-vous dire {closest}, {closest_code} ?)}. Indiquez le nom de l’État tel que l’écrit l’Organisation des Nations Unies, ou son code ISO 3166-1 alpha-3.",
        es: "{field} {found} {problem}{?first:: podría ser {first} ({first_code}){?second: o {second} ({second_code})}{?third: o {third} ({third_code})}}{?closest: (¿quiso decir {closest}, {closest_code}?)}. Indique el nombre del Estado tal como lo escriben las Naciones Unidas o su código ISO 3166-1 alfa-3.",
    },
    implements: &[&spec::B_PARTNER_UNRESOLVED],
    details: "A partner whose code is written like an ISO 3166-1 alpha-3 code but is none (`XYZ`), or that has no code and a name that is unknown (the State with the closest name is suggested when it is close: “Swedn” → Sweden) or fits several States (“Congo”, “Korea”: the candidates are listed). Names resolve in English, French and Spanish, ignoring case, accents, word order and common abbreviations (“Korea, Rep.”, “Etats-Unis”, “EE.UU.”).",
    example: Some(|| {
        party::describe(
            Diagnostic::new(&PARTNER_UNRESOLVED)
                .arg("field", fields::label("/imports/entries/0/partner"))
                .arg("found", Arg::Quoted("Congo".into()))
                .at("/imports/entries/0/partner/name"),
            &Party::named("Congo"),
        )
        .unwrap_or_else(|| Diagnostic::new(&PARTNER_UNRESOLVED))
    }),
};

/// The partner is the reporting State itself.
pub static PARTNER_IS_REPORTING_STATE: Rule = Rule {
    code: "ATT0223",
    name: "partner-is-reporting-state",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry’s partner is the reporting State itself.",
        fr: "Le partenaire d’une ligne est l’État déclarant lui-même.",
        es: "El socio de una fila es el propio Estado informante.",
    },
    message: Text {
        en: "{field} {found} is the reporting State itself; exports go to, and imports come from, another State.",
        fr: "{field} {found} est l’État déclarant lui-même ; les exportations vont vers un autre État, et les importations en proviennent.",
        es: "{field} {found} es el propio Estado informante; las exportaciones van a otro Estado y las importaciones proceden de otro Estado.",
    },
    implements: &[&spec::B_PARTNER_SELF],
    details: "The partner resolves (by code, or by name when it has no code) to the same State as the reporting State.",
    example: Some(|| {
        Diagnostic::new(&PARTNER_IS_REPORTING_STATE)
            .arg("field", fields::label("/exports/entries/0/partner"))
            .arg("found", Arg::Quoted("Sweden".into()))
            .at("/exports/entries/0/partner")
    }),
};

/// An export's State of origin is the reporting State itself.
pub static ORIGIN_IS_REPORTING_STATE: Rule = Rule {
    code: "ATT0224",
    name: "origin-is-reporting-state",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "An export gives the reporting State itself as the State of origin.",
        fr: "Une exportation indique l’État déclarant lui-même comme État d’origine.",
        es: "Una exportación indica al propio Estado informante como Estado de origen.",
    },
    message: Text {
        en: "The State of origin {found} is the reporting State itself; the State of origin is given only when the arms were made in another State (re-exports), so leave it empty here.",
        fr: "L’État d’origine {found} est l’État déclarant lui-même ; l’État d’origine n’est indiqué que lorsque les armes ont été fabriquées dans un autre État (réexportations) : laissez-le vide ici.",
        es: "El Estado de origen {found} es el propio Estado informante; el Estado de origen solo se indica cuando las armas se fabricaron en otro Estado (reexportaciones), así que déjelo vacío aquí.",
    },
    implements: &[&spec::B_ORIGIN_SELF],
    details: "An export’s `state_of_origin` resolves to the reporting State. Imports are not flagged: arms made in the reporting State and bought back are a real case.",
    example: Some(|| {
        Diagnostic::new(&ORIGIN_IS_REPORTING_STATE)
            .arg("found", Arg::Quoted("Sweden".into()))
            .at("/exports/entries/0/state_of_origin")
    }),
};

/// A State of origin or intermediate location is not one known State.
pub static PLACE_UNRESOLVED: Rule = Rule {
    code: "ATT0225",
    name: "place-unresolved",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "A State of origin or intermediate location is not one known State.",
        fr: "Un État d’origine ou un lieu intermédiaire ne désigne pas un État connu.",
        es: "Un Estado de origen o un lugar intermedio no corresponde a un Estado conocido.",
    },
    message: Text {
        en: "{field} {found} {problem}{?first:: it could be {first} ({first_code}){?second: or {second} ({second_code})}{?third: or {third} ({third_code})}}{?closest: (did you mean {closest}, {closest_code}?)}. Give the State’s name as the United Nations writes it, or its ISO 3166-1 alpha-3 code.",
        fr: "{field} {found} {problem}{?first: : il peut s’agir de {first} ({first_code}){?second: ou de {second} ({second_code})}{?third: ou de {third} ({third_code})}}{?closest: (vouliez-vous dire {closest}, {closest_code} ?)}. Indiquez le nom de l’État tel que l’écrit l’Organisation des Nations Unies, ou son code ISO 3166-1 alpha-3.",
        es: "{field} {found} {problem}{?first:: podría ser {first} ({first_code}){?second: o {second} ({second_code})}{?third: o {third} ({third_code})}}{?closest: (¿quiso decir {closest}, {closest_code}?)}. Indique el nombre del Estado tal como lo escriben las Naciones Unidas o su código ISO 3166-1 alfa-3.",
    },
    implements: &[&spec::B_PARTNER_UNRESOLVED],
    details: "Like ATT0222 and ATT0221 together, for the optional `state_of_origin` and `intermediate_locations`: a code that is not ISO 3166-1, or a name that is unknown, fits several States, or is not a State. A warning, since these columns are optional; the mirror checks between reports need States.",
    example: Some(|| {
        party::describe(
            Diagnostic::new(&PLACE_UNRESOLVED)
                .arg(
                    "field",
                    fields::label("/exports/entries/0/intermediate_locations/0"),
                )
                .arg("found", Arg::Quoted("Virgin Islands".into()))
                .at("/exports/entries/0/intermediate_locations/0/name"),
            &Party::named("Virgin Islands"),
        )
        .unwrap_or_else(|| Diagnostic::new(&PLACE_UNRESOLVED))
    }),
};

/// The pointer of what the party wrote: its code when it has one, else its name.
fn written_pointer(pointer: &str, party: &Party) -> String {
    let field = if party.code.is_some() { "code" } else { "name" };
    att_schema::source_map::pointer_push(pointer, field)
}

/// The partner family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "partner",
    rules: &[
        &PARTNER_MISSING,
        &PARTNER_NOT_A_STATE,
        &PARTNER_UNRESOLVED,
        &PARTNER_IS_REPORTING_STATE,
        &ORIGIN_IS_REPORTING_STATE,
        &PLACE_UNRESOLVED,
    ],
    check: Check::Report(check),
};

/// Reports partners, States of origin and intermediate locations that are not one State, and
/// partners or origins that are the reporting State.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    for entry in cx.entries() {
        check_partner(cx, &entry, out);
        check_places(cx, &entry, out);
    }
}

fn check_partner<'a>(cx: &ReportContext<'a>, entry: &EntryRef<'a>, out: &mut Vec<Diagnostic>) {
    let Some(partner) = &entry.entry.partner else {
        return;
    };
    if !cx.is_clear_at(|| entry.field("partner")) {
        return;
    }
    let resolved = cx.party_state(partner);
    let base = |rule: &'static Rule| {
        let pointer = entry.field("partner");
        Diagnostic::new(rule)
            .arg("field", fields::label(&pointer))
            .arg("found", party::written(partner))
            .at(written_pointer(&pointer, partner))
    };
    match &resolved {
        PartyState::State(state) => {
            if cx
                .reporting_state
                .is_some_and(|own| own.alpha3 == state.alpha3)
            {
                out.push(base(&PARTNER_IS_REPORTING_STATE).at(entry.field("partner")));
            }
        }
        PartyState::Unresolved(StateMatch::NotAState(_)) => {
            let mut diagnostic = base(&PARTNER_NOT_A_STATE);
            if cx.report.declares_withheld() {
                diagnostic = diagnostic.arg("withheld", "yes");
            }
            out.extend(party::describe(diagnostic, partner));
        }
        PartyState::UnknownCode(_) | PartyState::Unresolved(_) => {
            out.extend(party::describe(base(&PARTNER_UNRESOLVED), partner));
        }
        PartyState::Empty => {}
    }
}

fn check_places<'a>(cx: &ReportContext<'a>, entry: &EntryRef<'a>, out: &mut Vec<Diagnostic>) {
    for (at, place) in entry.places() {
        if !cx.is_clear_at(|| at.pointer(entry)) {
            continue;
        }
        let state = cx.party_state(place).state();
        if let Some(state) = state {
            let is_origin = at == Place::Origin;
            if is_origin
                && entry.direction == DirectionKind::Exports
                && cx
                    .reporting_state
                    .is_some_and(|own| own.alpha3 == state.alpha3)
            {
                out.push(
                    Diagnostic::new(&ORIGIN_IS_REPORTING_STATE)
                        .arg("found", party::written(place))
                        .at(at.pointer(entry)),
                );
            }
            continue;
        }
        let pointer = at.pointer(entry);
        let diagnostic = Diagnostic::new(&PLACE_UNRESOLVED)
            .arg("field", fields::label(&pointer))
            .arg("found", party::written(place))
            .at(written_pointer(&pointer, place));
        out.extend(party::describe(diagnostic, place));
    }
}
