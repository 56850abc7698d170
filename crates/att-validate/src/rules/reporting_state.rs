//! The reporting State (codes `ATT0201`–`ATT0202`), and the code and name of any party that
//! name two different States (`ATT0226`).

use super::party;
use super::{Check, Family};
use crate::context::{EntryRef, Place, ReportContext};
use crate::fields;
use att_schema::{Arg, Diagnostic, Rule, RuleGroup, Severity, Text, spec};

/// The report does not say which State submits it.
pub static REPORTING_STATE_MISSING: Rule = Rule {
    code: "ATT0201",
    name: "reporting-state-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report does not name the reporting State.",
        fr: "Le rapport n’indique pas l’État déclarant.",
        es: "El informe no indica el Estado informante.",
    },
    message: Text {
        en: "The reporting State is missing: name the State Party that submits the report{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "L’État déclarant n’est pas indiqué : nommez l’État partie qui soumet le rapport{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Falta el Estado informante: indique el Estado parte que presenta el informe{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_REPORTING_STATE],
    details: "Raised by the contract check when `reporting_state` is absent, empty (`{}`) or has an empty name.",
    example: Some(|| Diagnostic::new(&REPORTING_STATE_MISSING).at("/reporting_state")),
};

/// The reporting State is named, but not as one State.
pub static REPORTING_STATE_UNRESOLVED: Rule = Rule {
    code: "ATT0202",
    name: "reporting-state-unresolved",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The reporting State’s name or code does not identify one State.",
        fr: "Le nom ou le code de l’État déclarant ne désigne pas un État précis.",
        es: "El nombre o el código del Estado informante no identifica un único Estado.",
    },
    message: Text {
        en: "The reporting State {found} {problem}{?first:: it could be {first} ({first_code}){?second: or {second} ({second_code})}{?third: or {third} ({third_code})}}{?closest: (did you mean {closest}, {closest_code}?)}. Give the State’s name as the United Nations writes it, or its ISO 3166-1 alpha-3 code.",
        fr: "L’État déclarant {found} {problem}{?first: : il peut s’agir de {first} ({first_code}){?second: ou de {second} ({second_code})}{?third: ou de {third} ({third_code})}}{?closest: (vouliez-vous dire {closest}, {closest_code} ?)}. Indiquez le nom de l’État tel que l’écrit l’Organisation des Nations Unies, ou son code ISO 3166-1 alpha-3.",
        es: "El Estado informante {found} {problem}{?first:: podría ser {first} ({first_code}){?second: o {second} ({second_code})}{?third: o {third} ({third_code})}}{?closest: (¿quiso decir {closest}, {closest_code}?)}. Indique el nombre del Estado tal como lo escriben las Naciones Unidas o su código ISO 3166-1 alfa-3.",
    },
    implements: &[&spec::B_REPORTING_STATE],
    details: "The reporting State has a code written like an ISO 3166-1 alpha-3 code that is none (`XYZ`), or no code and a name that is not one State: a name that fits several States (the candidates are listed), an organisation, region or placeholder, or an unknown name (the State with the closest name is suggested when it is close). A name that resolves to one State is accepted without a code. A code that is not three capital letters is reported by the contract check instead (ATT0003).",
    example: Some(|| {
        party::describe(
            Diagnostic::new(&REPORTING_STATE_UNRESOLVED)
                .arg("found", Arg::Quoted("Swedn".into()))
                .at("/reporting_state/name"),
            &att_schema::Party::named("Swedn"),
        )
        .unwrap_or_else(|| Diagnostic::new(&REPORTING_STATE_UNRESOLVED))
    }),
};

/// A party's code and name are two different States.
pub static PARTY_CODE_NAME_CONFLICT: Rule = Rule {
    code: "ATT0226",
    name: "party-code-name-conflict",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "A State’s code and its name, as reported, are two different States.",
        fr: "Le code d’un État et son nom, tels que déclarés, désignent deux États différents.",
        es: "El código de un Estado y su nombre, tal como se declaran, corresponden a dos Estados distintos.",
    },
    message: Text {
        en: "{field}: the code {code} is {code_state}, but the name {found} is {name_state}; correct the one that is wrong.",
        fr: "{field} : le code {code} désigne {code_state}, mais le nom {found} désigne {name_state} ; corrigez celui qui est erroné.",
        es: "{field}: el código {code} corresponde a {code_state}, pero el nombre {found} corresponde a {name_state}; corrija el que sea erróneo.",
    },
    implements: &[&spec::B_REPORTING_STATE, &spec::B_PARTNER_UNRESOLVED],
    details: "Any party — reporting State, partner, State of origin, intermediate location — whose ISO code is one State while its name, as reported, resolves to exactly one other State (`{\"code\": \"SWE\", \"name\": \"Norway\"}`). The code is kept for every other check. Names att does not recognise, or that fit several States, are not compared.",
    example: Some(|| {
        Diagnostic::new(&PARTY_CODE_NAME_CONFLICT)
            .arg("field", fields::label("/exports/entries/0/partner"))
            .arg("code", "SWE")
            .arg(
                "code_state",
                Text {
                    en: "Sweden",
                    fr: "Suède",
                    es: "Suecia",
                },
            )
            .arg("found", Arg::Quoted("Norway".into()))
            .arg(
                "name_state",
                Text {
                    en: "Norway",
                    fr: "Norvège",
                    es: "Noruega",
                },
            )
            .at("/exports/entries/0/partner")
    }),
};

/// The reporting state family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "reporting_state",
    rules: &[
        &REPORTING_STATE_MISSING,
        &REPORTING_STATE_UNRESOLVED,
        &PARTY_CODE_NAME_CONFLICT,
    ],
    check: Check::Report(check),
};

/// Reports a reporting State that is not one State, and any party whose code and name disagree.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    if let Some(state) = &cx.report.reporting_state
        && cx.is_clear("/reporting_state")
    {
        let pointer = if state.code.is_some() {
            "/reporting_state/code"
        } else {
            "/reporting_state/name"
        };
        let diagnostic = Diagnostic::new(&REPORTING_STATE_UNRESOLVED)
            .arg("found", party::written(state))
            .at(pointer);
        out.extend(party::describe(diagnostic, state));
    }
    for (at, party) in parties(cx) {
        let Some((by_code, by_name)) = party::code_name_conflict(cx, party) else {
            continue;
        };
        let pointer = at.pointer();
        if cx.is_clear(&pointer) {
            out.push(
                Diagnostic::new(&PARTY_CODE_NAME_CONFLICT)
                    .arg("field", fields::label(&pointer))
                    .arg("code", by_code.alpha3)
                    .arg("code_state", party::state_name(by_code))
                    .arg("found", party::written(party))
                    .arg("name_state", party::state_name(by_name))
                    .at(pointer_push_name(&pointer)),
            );
        }
    }
}

fn pointer_push_name(pointer: &str) -> String {
    att_schema::source_map::pointer_push(pointer, "name")
}

/// Where a party of the report is.
#[derive(Clone, Copy)]
enum PartyAt<'a> {
    ReportingState,
    Partner(EntryRef<'a>),
    Place(EntryRef<'a>, Place),
}

impl PartyAt<'_> {
    fn pointer(&self) -> String {
        match self {
            PartyAt::ReportingState => "/reporting_state".to_owned(),
            PartyAt::Partner(entry) => entry.field("partner"),
            PartyAt::Place(entry, place) => place.pointer(entry),
        }
    }
}

/// Every party of the report, with where it is.
fn parties<'a>(
    cx: &ReportContext<'a>,
) -> impl Iterator<Item = (PartyAt<'a>, &'a att_schema::Party)> + 'a {
    let reporting_state = cx
        .report
        .reporting_state
        .as_ref()
        .map(|state| (PartyAt::ReportingState, state));
    let of_entries = cx.entries().flat_map(|entry| {
        let partner = entry
            .entry
            .partner
            .as_ref()
            .map(|partner| (PartyAt::Partner(entry), partner));
        let places = entry
            .places()
            .map(move |(place, party)| (PartyAt::Place(entry, place), party));
        partner.into_iter().chain(places)
    });
    reporting_state.into_iter().chain(of_entries)
}
