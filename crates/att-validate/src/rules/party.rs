//! What the messages about parties (reporting State, partner, State of origin, intermediate
//! locations) say about a name or code that is not one known State.

use crate::context::{PartyState, ReportContext};
use att_schema::codes::{NonStateKind, State, StateMatch, resolve_state};
use att_schema::{Arg, Diagnostic, Party, Text};

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// A State's short name in each language.
pub(crate) fn state_name(state: &'static State) -> Text {
    text(
        state.short_name(att_schema::Lang::En),
        state.short_name(att_schema::Lang::Fr),
        state.short_name(att_schema::Lang::Es),
    )
}

/// What the party wrote: its name when it has one, else its code, between quotation marks.
pub(crate) fn written(party: &Party) -> Arg {
    let shown = party
        .name
        .as_deref()
        .or(party.code.as_deref())
        .unwrap_or_default();
    Arg::Quoted(crate::shorten(shown))
}

/// Adds `problem`, the candidate States (`first`, `second`, `third` with their `_code`s) and
/// the `closest` State to a finding about a party that is not one known State.
///
/// Returns `None` when the party is in fact one State (nothing to report) or is empty.
pub(crate) fn describe(diagnostic: Diagnostic, party: &Party) -> Option<Diagnostic> {
    match PartyState::of(party) {
        PartyState::State(_) | PartyState::Empty => None,
        PartyState::UnknownCode(code) => {
            let mut diagnostic = diagnostic;
            diagnostic.args.retain(|(name, _)| *name != "found");
            let diagnostic = diagnostic
                .arg("found", Arg::Quoted(crate::shorten(&code)))
                .arg(
                    "problem",
                    text(
                        "is not an ISO 3166-1 country code",
                        "n’est pas un code de pays ISO 3166-1",
                        "no es un código de país ISO 3166-1",
                    ),
                );
            let by_name = party.name.as_deref().map(resolve_state);
            Some(match by_name {
                Some(StateMatch::Found(state)) => with_closest(diagnostic, state),
                _ => diagnostic,
            })
        }
        PartyState::Unresolved(StateMatch::Ambiguous(states)) => {
            let mut diagnostic = diagnostic.arg(
                "problem",
                text(
                    "fits several States",
                    "correspond à plusieurs États",
                    "corresponde a varios Estados",
                ),
            );
            for ((name, code), state) in [
                ("first", "first_code"),
                ("second", "second_code"),
                ("third", "third_code"),
            ]
            .into_iter()
            .zip(states)
            {
                diagnostic = diagnostic
                    .arg(name, state_name(state))
                    .arg(code, state.alpha3);
            }
            Some(diagnostic)
        }
        PartyState::Unresolved(StateMatch::NotAState(partner)) => {
            Some(diagnostic.arg("problem", not_a_state(partner.kind)))
        }
        PartyState::Unresolved(StateMatch::Unknown { closest }) => {
            let diagnostic = diagnostic.arg(
                "problem",
                text(
                    "is not a State name att recognises",
                    "n’est pas un nom d’État reconnu par att",
                    "no es un nombre de Estado que att reconozca",
                ),
            );
            Some(match closest {
                Some(state) => with_closest(diagnostic, state),
                None => diagnostic,
            })
        }
        PartyState::Unresolved(StateMatch::Found(_)) => None,
    }
}

/// What a partner that is not a State is.
pub(crate) fn not_a_state(kind: NonStateKind) -> Text {
    match kind {
        NonStateKind::Placeholder => text(
            "stands in for a name and is not a State",
            "tient lieu de nom et n’est pas un État",
            "sustituye a un nombre y no es un Estado",
        ),
        NonStateKind::Organisation => text(
            "is an organisation, not a State",
            "est une organisation, non un État",
            "es una organización, no un Estado",
        ),
        NonStateKind::Region => text(
            "is a region, not a State",
            "est une région, non un État",
            "es una región, no un Estado",
        ),
    }
}

fn with_closest(diagnostic: Diagnostic, state: &'static State) -> Diagnostic {
    diagnostic
        .arg("closest", state_name(state))
        .arg("closest_code", state.alpha3)
}

/// The State the party's name reads as when that differs from the State of its code.
pub(crate) fn code_name_conflict<'a>(
    cx: &ReportContext<'a>,
    party: &'a Party,
) -> Option<(&'static State, &'static State)> {
    party.code.as_ref()?;
    let by_code = cx.party_state(party).state()?;
    match cx.resolve_state(party.name.as_deref()?) {
        StateMatch::Found(by_name) if by_name.alpha3 != by_code.alpha3 => Some((by_code, by_name)),
        _ => None,
    }
}
