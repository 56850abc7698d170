//! How the name of each party (partner, State of origin, intermediate location) was matched to
//! a State, where that is worth saying (codes `ATT0227`–`ATT0228`): a name matched loosely —
//! an abbreviation, a part of the name, a territory with its State, a former State's name — is
//! said with what it was matched to, so that no guess is silent; and a territory or an entity
//! that is not a member State of the United Nations is accepted with a warning that says what
//! it is.

use super::party;
use super::{Check, Family};
use crate::context::ReportContext;
use crate::fields;
use att_schema::codes::{MatchMethod, State, StateStatus, resolve_state_detailed, state_by_code};
use att_schema::{Diagnostic, Party, Rule, RuleGroup, Severity, Text, spec};
use rustc_hash::FxHashMap;

/// A party's name was matched to a State loosely.
pub static STATE_READ_LOOSELY: Rule = Rule {
    code: "ATT0227",
    name: "state-read-loosely",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "A State was recognised from an abbreviation, a part of its name, a territory named with it or a former name; the message says which State.",
        fr: "Un État a été reconnu d’après une abréviation, une partie de son nom, un territoire nommé avec lui ou un ancien nom ; le message dit lequel.",
        es: "Un Estado se reconoció por una abreviatura, una parte de su nombre, un territorio nombrado con él o un nombre antiguo; el mensaje dice cuál.",
    },
    message: Text {
        en: "{field} {found} was read as {state} ({code}), from {how}; write the State's name in full to be sure.",
        fr: "{field} {found} a été lu comme {state} ({code}), d’après {how} ; écrivez le nom de l’État en entier pour lever le doute.",
        es: "{field} {found} se leyó como {state} ({code}), a partir de {how}; escriba el nombre completo del Estado para evitar dudas.",
    },
    implements: &[&spec::B_PARTNER_UNRESOLVED],
    details: "Raised for a partner, State of origin or intermediate location whose name names its State only loosely: an abbreviation (`Bosnien und Herzeg.`), the distinctive part of a longer name (`Bosnia`), a territory written with its State, or a former State's name (`Swaziland` is an alias, not this; `East Germany` is). Names matched exactly, by an alias or by their code, or written in full inside a longer text (`France (EU member)`), are not reported; a name matched only by a part that does not identify it is not taken at all (ATT0222).",
    example: Some(|| {
        Diagnostic::new(&STATE_READ_LOOSELY)
            .arg("field", fields::subject("/exports/entries/0/partner"))
            .arg("found", att_schema::Arg::Quoted("Bosnia".to_owned()))
            .arg(
                "state",
                Text {
                    en: "Bosnia and Herzegovina",
                    fr: "Bosnie-Herzégovine",
                    es: "Bosnia y Herzegovina",
                },
            )
            .arg("code", "BIH")
            .arg("how", how(MatchMethod::DistinctivePart))
            .at("/exports/entries/0/partner/name")
    }),
};

/// A party is a territory, or an entity that is not a member State of the United Nations.
pub static PARTY_NOT_A_MEMBER_STATE: Rule = Rule {
    code: "ATT0228",
    name: "party-not-a-member-state",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "A partner, State of origin or intermediate location is a territory, or an entity that is not a member State of the United Nations (Hong Kong, Kosovo, Antarctica…); it was accepted.",
        fr: "Un partenaire, un État d’origine ou un lieu intermédiaire est un territoire, ou une entité qui n’est pas un État membre de l’Organisation des Nations Unies (Hong Kong, Kosovo, Antarctique…) ; il a été accepté.",
        es: "Un socio, un Estado de origen o un lugar intermedio es un territorio, o una entidad que no es Estado miembro de las Naciones Unidas (Hong Kong, Kosovo, Antártida…); se aceptó.",
    },
    message: Text {
        en: "{field} {found} is {what}{?sovereign: of {sovereign}}, not a member State of the United Nations; it was accepted as written. Check that this is the party the transfer concerns.",
        fr: "{field} {found} est {what}{?sovereign: (rattaché à : {sovereign})}, et non un État membre de l’Organisation des Nations Unies ; il a été accepté tel quel. Vérifiez qu’il s’agit bien de la partie concernée par le transfert.",
        es: "{field} {found} es {what}{?sovereign: de {sovereign}}, no un Estado miembro de las Naciones Unidas; se aceptó tal cual. Compruebe que es la parte a la que se refiere la transferencia.",
    },
    implements: &[&spec::B_PARTNER_NOT_STATE],
    details: "Raised for a partner, State of origin or intermediate location that resolves to an entry of ISO 3166-1 which is not a member or observer State of the United Nations: a territory (Hong Kong, Greenland, Bouvet Island — with the State it belongs to) or another entity (Kosovo, Taiwan, Antarctica). The entry is kept; its code is the territory's.",
    example: Some(|| {
        Diagnostic::new(&PARTY_NOT_A_MEMBER_STATE)
            .arg("field", fields::subject("/exports/entries/0/partner"))
            .arg("found", att_schema::Arg::Quoted("Hong Kong".to_owned()))
            .arg("what", what(StateStatus::Territory))
            .arg(
                "sovereign",
                Text {
                    en: "China",
                    fr: "Chine",
                    es: "China",
                },
            )
            .at("/exports/entries/0/partner")
    }),
};

/// The family of the names of States.
pub static FAMILY: Family = Family {
    name: "state_names",
    rules: &[&STATE_READ_LOOSELY, &PARTY_NOT_A_MEMBER_STATE],
    check: Check::Report(check),
};

/// Reports the parties of every entry whose name was matched loosely, or that are not member
/// States.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let mut names = Names::default();
    for entry in cx.entries() {
        if let Some(partner) = entry.entry.partner.as_ref()
            && cx.is_clear_at(|| entry.field("partner"))
        {
            check_party(|| entry.field("partner"), partner, &mut names, out);
        }
        for (place, party) in entry.places() {
            if cx.is_clear_at(|| place.pointer(&entry)) {
                check_party(|| place.pointer(&entry), party, &mut names, out);
            }
        }
    }
}

/// The State each name of the report resolves to, and how, resolved once.
#[derive(Default)]
struct Names<'a> {
    resolved: FxHashMap<&'a str, Option<(&'static State, MatchMethod)>>,
}

impl<'a> Names<'a> {
    /// The State `name` resolves to, and how; `None` when it resolves to none.
    fn state(&mut self, name: &'a str) -> Option<(&'static State, MatchMethod)> {
        *self.resolved.entry(name).or_insert_with(|| {
            let resolution = resolve_state_detailed(name);
            resolution.state().map(|state| (state, resolution.method))
        })
    }
}

fn check_party<'a>(
    pointer: impl Fn() -> String,
    party: &'a Party,
    names: &mut Names<'a>,
    out: &mut Vec<Diagnostic>,
) {
    let name = party.name.as_deref().filter(|n| !n.trim().is_empty());
    let by_name = name.and_then(|name| names.state(name));
    let by_code = party.code.as_deref().and_then(state_by_code);
    if let (Some(by_code), Some((by_name, _))) = (by_code, by_name)
        && by_code.alpha3 != by_name.alpha3
    {
        // The code says another State; the code and name conflict is reported elsewhere.
        return;
    }
    let Some(state) = by_code.or(by_name.map(|(state, _)| state)) else {
        return;
    };
    let loose = by_name.filter(|(_, method)| is_loose(*method));
    if loose.is_none() && state.is_state() {
        return;
    }
    let pointer = pointer();
    let base = |rule: &'static Rule| {
        Diagnostic::new(rule)
            .arg("field", fields::subject(&pointer))
            .arg("found", party::written(party))
    };
    if let Some((_, method)) = loose {
        out.push(
            base(&STATE_READ_LOOSELY)
                .arg("state", party::state_name(state))
                .arg("code", state.alpha3)
                .arg("how", how(method))
                .at(att_schema::source_map::pointer_push(&pointer, "name")),
        );
    }
    if !state.is_state() {
        let mut diagnostic = base(&PARTY_NOT_A_MEMBER_STATE).arg("what", what(state.status));
        if let Some(sovereign) = sovereign_of(state) {
            diagnostic = diagnostic.arg("sovereign", party::state_name(sovereign));
        }
        out.push(diagnostic.at(pointer.clone()));
    }
}

/// The State a territory belongs to, when it is another.
fn sovereign_of(state: &'static State) -> Option<&'static State> {
    state.sovereign().filter(|s| s.alpha3 != state.alpha3)
}

/// Whether a match made this way is loose enough to say so.
fn is_loose(method: MatchMethod) -> bool {
    matches!(
        method,
        MatchMethod::Abbreviation
            | MatchMethod::TerritoryWithSovereign
            | MatchMethod::DistinctivePart
            | MatchMethod::FormerEntity
    )
}

/// How a loose match was made, in words.
fn how(method: MatchMethod) -> Text {
    let (en, fr, es) = match method {
        MatchMethod::Abbreviation => (
            "an abbreviation of its name",
            "une abréviation de son nom",
            "una abreviatura de su nombre",
        ),
        MatchMethod::TerritoryWithSovereign => (
            "the name of a territory and of its State",
            "le nom d’un territoire et de son État",
            "el nombre de un territorio y de su Estado",
        ),
        MatchMethod::FormerEntity => (
            "the name of a former State or territory",
            "le nom d’un ancien État ou territoire",
            "el nombre de un antiguo Estado o territorio",
        ),
        _ => (
            "a part of its name",
            "une partie de son nom",
            "una parte de su nombre",
        ),
    };
    Text { en, fr, es }
}

/// What an entity that is not a member State is, in words.
fn what(status: StateStatus) -> Text {
    match status {
        StateStatus::Territory => Text {
            en: "a territory",
            fr: "un territoire",
            es: "un territorio",
        },
        _ => Text {
            en: "an entity with its own code",
            fr: "une entité dotée de son propre code",
            es: "una entidad con su propio código",
        },
    }
}
