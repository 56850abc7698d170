//! Lines that name the reporting State without the year: the State and the authority that
//! reports ("Republic of South Africa — National Conventional Arms Control Committee",
//! "Norway, Ministry of Foreign Affairs", "Ministère des Armées – République française"), or a
//! title that names the State alone ("Rapport annuel de la France", "Annual report of the
//! Netherlands").
//!
//! # Policy
//!
//! - The State and the authority are set apart by a dash, a colon, a comma, a slash or a
//!   vertical bar; one side is a State's name and nothing else (confidently resolved: no
//!   misspelling, no part of a name), the other names an authority: a ministry, a department, a
//!   committee, an agency, a directorate, a government ("ministry", "comité", "dirección",
//!   "Bundesamt").
//! - The authority may also name the State it belongs to in one phrase: "Government of
//!   Canada", "Gobierno de los Estados Unidos Mexicanos", "Ministry of Defence of Ukraine" — an
//!   authority, "of", "de", "du", "des", "del" or "d'", and a State's name to the end.
//! - A title is read as by [`crate::title_line`]: title words, connectors, and one run of
//!   other words that is a State's name with confidence. A name after "to", "from", "vers",
//!   "a" is a partner of transfers ("exports to Germany"), not the reporting State.
//! - A line that is a State's name and nothing else ("Estados Unidos Mexicanos", "KINGDOM OF
//!   NORWAY") is not a state line: a bare name is as often a partner or a heading. Readers that
//!   know the line stands on a cover, above every table, read it with [`read_state_name`].

use crate::key::words;
use crate::title_line::{ARTICLES, read_parts};
use crate::vocab;
use att_schema::codes::{MatchMethod, resolve_state_detailed};
use att_schema::text::fold;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// The reporting State that a line names, and the authority beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StateLine<'a> {
    /// The State as written ("Republic of South Africa", "France" without its article):
    /// resolve it with `att_schema::codes::resolve_state`.
    pub state: &'a str,
    /// The authority written beside the State ("National Conventional Arms Control
    /// Committee"), as written; `None` for a title.
    pub authority: Option<&'a str>,
}

/// Longest line read.
const MAX_LINE_BYTES: usize = 200;

/// Reads a line that names the reporting State: with the authority that reports, or in a title.
///
/// ```
/// use att_lexicon::state_line::read_state_line;
/// let line = read_state_line("Republic of South Africa — National Conventional Arms Control Committee").unwrap();
/// assert_eq!(line.state, "Republic of South Africa");
/// assert_eq!(line.authority, Some("National Conventional Arms Control Committee"));
/// assert_eq!(read_state_line("Rapport annuel de la France").map(|l| l.state), Some("France"));
/// assert_eq!(read_state_line("Germany — 12 tanks"), None);
/// assert_eq!(read_state_line("Annual report on exports to Germany"), None);
/// ```
pub fn read_state_line(text: &str) -> Option<StateLine<'_>> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_LINE_BYTES {
        return None;
    }
    with_authority(text)
        .or_else(|| authority_of_state(text))
        .or_else(|| in_a_title(text))
}

/// Reads a line that is only a State's name, by its UN name or a common one, written out
/// ("Estados Unidos Mexicanos", "République française", "KINGDOM OF NORWAY"): not a code, a
/// former State, a part of a name or a misspelling. A trailing full stop or colon is allowed.
///
/// ```
/// use att_lexicon::state_line::read_state_name;
/// assert_eq!(read_state_name("Estados Unidos Mexicanos"), Some("Estados Unidos Mexicanos"));
/// assert_eq!(read_state_name("MEX"), None);
/// assert_eq!(read_state_name("Germany — 12 tanks"), None);
/// ```
pub fn read_state_name(text: &str) -> Option<&str> {
    let text = text.trim().trim_end_matches(['.', ':']).trim_end();
    if text.is_empty() || text.len() > MAX_LINE_BYTES || !text.contains(char::is_alphabetic) {
        return None;
    }
    let resolution = resolve_state_detailed(text);
    (resolution.state().is_some()
        && matches!(resolution.method, MatchMethod::Name | MatchMethod::Alias))
    .then_some(text)
}

/// Words that join an authority to the State it belongs to: "of", "de", "du", "des", "del".
const OF_WORDS: &[&str] = &["of", "de", "du", "des", "del", "d"];

/// "Government of Canada": an authority, then "of" and a State's name to the end of the line.
/// The first "of" whose rest is a State's name is taken ("Ministry of Defence of Ukraine").
fn authority_of_state(text: &str) -> Option<StateLine<'_>> {
    let joins = text.char_indices().filter_map(|(at, c)| {
        let word_start = at == 0 || text[..at].ends_with(char::is_whitespace);
        if !word_start || !c.is_alphabetic() {
            return None;
        }
        let word_end = text[at..]
            .find(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .map_or(text.len(), |end| at + end);
        let word = &text[at..word_end];
        OF_WORDS
            .iter()
            .any(|of| word.eq_ignore_ascii_case(of))
            .then(|| (at, text[word_end..].trim_start_matches(['\'', '’']).trim()))
    });
    for (at, rest) in joins {
        let authority = text[..at].trim();
        let state = without_leading_articles(rest);
        if !authority.is_empty() && names_an_authority(authority) && names_the_state(state) {
            return Some(StateLine {
                state,
                authority: Some(authority),
            });
        }
    }
    None
}

/// `text` without the articles it starts with ("los Estados Unidos Mexicanos", "l'Italie").
fn without_leading_articles(mut text: &str) -> &str {
    loop {
        let end = text
            .find(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .unwrap_or(text.len());
        let word = &text[..end];
        if end == text.len() || !ARTICLES.iter().any(|a| word.eq_ignore_ascii_case(a)) {
            return text;
        }
        text = text[end..].trim_start_matches(['\'', '’']).trim_start();
    }
}

/// Characters and strings that set a State apart from its authority.
const SEPARATORS: &[&str] = &[" — ", " – ", " - ", "—", "–", ":", ",", " / ", "|"];

/// "State — authority" or "authority — State".
fn with_authority(text: &str) -> Option<StateLine<'_>> {
    let (at, separator) = SEPARATORS
        .iter()
        .filter_map(|sep| text.find(sep).map(|at| (at, *sep)))
        .min_by_key(|&(at, _)| at)?;
    let first = text[..at].trim();
    let second = text[at + separator.len()..].trim();
    if names_the_state(first) && names_an_authority(second) {
        return Some(StateLine {
            state: first,
            authority: Some(second),
        });
    }
    let (at, separator) = SEPARATORS
        .iter()
        .filter_map(|sep| text.rfind(sep).map(|at| (at, *sep)))
        .max_by_key(|&(at, _)| at)?;
    let first = text[..at].trim();
    let last = text[at + separator.len()..].trim();
    (names_an_authority(first) && names_the_state(last)).then_some(StateLine {
        state: last,
        authority: Some(first),
    })
}

/// A title that names the State: "Rapport annuel de la France".
fn in_a_title(text: &str) -> Option<StateLine<'_>> {
    let parts = read_parts(text)?;
    let state = parts.state?;
    (parts.names_report && !parts.state_is_a_partner && names_the_state(state)).then_some(
        StateLine {
            state,
            authority: None,
        },
    )
}

/// Whether `text` is a State's name and nothing else, with confidence.
fn names_the_state(text: &str) -> bool {
    if text.is_empty() || !text.contains(char::is_alphabetic) {
        return false;
    }
    let resolution = resolve_state_detailed(text);
    resolution.state().is_some()
        && !matches!(
            resolution.method,
            MatchMethod::Contained | MatchMethod::PartOfName | MatchMethod::Spelling
        )
}

/// Words that name an authority, in the Treaty's languages and those of national layouts.
static AUTHORITY_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "ministry",
        "ministries",
        "minister",
        "department",
        "committee",
        "commission",
        "council",
        "agency",
        "authority",
        "office",
        "directorate",
        "bureau",
        "government",
        "division",
        "administration",
        "customs",
        "secretariat",
        "board",
        "mission",
        "embassy",
        "ministère",
        "ministre",
        "direction",
        "comité",
        "conseil",
        "agence",
        "autorité",
        "gouvernement",
        "service",
        "douanes",
        "ambassade",
        "secrétariat",
        "ministerio",
        "ministro",
        "dirección",
        "comisión",
        "consejo",
        "agencia",
        "autoridad",
        "oficina",
        "gobierno",
        "servicio",
        "administración",
        "aduanas",
        "misión",
        "embajada",
        "secretaría",
        // German, Italian, Portuguese, Dutch
        "ministerium",
        "bundesministerium",
        "amt",
        "bundesamt",
        "staatssekretariat",
        "behörde",
        "ministero",
        "direzione",
        "autorità",
        "ufficio",
        "ministério",
        "direção",
        "direcção",
        "autoridade",
        "ministerie",
        "directie",
        "dienst",
    ])
});

/// Whether `text` names an authority: one of its words is an authority word.
fn names_an_authority(text: &str) -> bool {
    let folded = fold(text);
    words(&folded).any(|word| AUTHORITY_WORDS.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_with_its_authority() {
        for (text, state, authority) in [
            (
                "Republic of South Africa — National Conventional Arms Control Committee",
                "Republic of South Africa",
                "National Conventional Arms Control Committee",
            ),
            (
                "Norway, Ministry of Foreign Affairs",
                "Norway",
                "Ministry of Foreign Affairs",
            ),
            (
                "République du Sénégal – Ministère des Forces armées",
                "République du Sénégal",
                "Ministère des Forces armées",
            ),
            (
                "Ministerio de Defensa Nacional – República de Colombia",
                "República de Colombia",
                "Ministerio de Defensa Nacional",
            ),
            (
                "Schweiz / Staatssekretariat für Wirtschaft SECO",
                "Schweiz",
                "Staatssekretariat für Wirtschaft SECO",
            ),
        ] {
            let line = read_state_line(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(
                (line.state, line.authority),
                (state, Some(authority)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn an_authority_of_the_state_in_one_phrase() {
        for (text, state) in [
            ("Government of Canada", "Canada"),
            (
                "Gobierno de los Estados Unidos Mexicanos",
                "Estados Unidos Mexicanos",
            ),
            ("Ministry of Defence of Ukraine", "Ukraine"),
            ("Ministère des Affaires étrangères du Mali", "Mali"),
            ("Gouvernement d'Haïti", "Haïti"),
            ("Government of the Republic of Kenya", "Republic of Kenya"),
            ("Ministère de la Défense de l'Italie", "Italie"),
        ] {
            let line = read_state_line(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(line.state, state, "{text:?}");
            let authority = line.authority.unwrap_or_default();
            assert!(
                text.starts_with(authority) && !authority.is_empty(),
                "{text:?}"
            );
        }
        for text in [
            "Ministry of Defence",
            "Ministry of Defence of Atlantis",
            "Department of Commerce of Germny",
            "Report of Canada",
            "Exports of Germany",
        ] {
            assert_eq!(authority_of_state(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_bare_state_name() {
        for text in [
            "Estados Unidos Mexicanos",
            "KINGDOM OF NORWAY",
            "République française",
            "Switzerland.",
            "United States of America",
        ] {
            assert!(read_state_name(text).is_some(), "{text:?}");
        }
        for text in [
            "MEX",
            "CH",
            "Serbia and Montenegro",
            "Swedn",
            "New Guinea",
            "Germany — 12 tanks",
            "Annual report",
            "2023",
            "",
        ] {
            assert_eq!(read_state_name(text), None, "{text:?}");
        }
    }

    #[test]
    fn titles_that_name_the_state() {
        for (text, state) in [
            ("Rapport annuel de la France", "France"),
            ("Annual report of the Netherlands", "Netherlands"),
            ("ATT annual report — Japan", "Japan"),
            (
                "Informe anual de la República Argentina",
                "República Argentina",
            ),
            (
                "Report of Canada on exports of military goods — 2022",
                "Canada",
            ),
        ] {
            let line = read_state_line(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!((line.state, line.authority), (state, None), "{text:?}");
        }
    }

    #[test]
    fn other_lines_do_not_name_the_reporting_state() {
        for text in [
            "Germany — 12 tanks",
            "Germany",
            "Annual report on exports to Germany",
            "Exportations vers la Suisse",
            "Ministry of Foreign Affairs",
            "Annual report of Norwya",
            "Annual report of the Ministry",
            "Ministry of Defence — Atlantis",
            "Norway and Sweden — joint committee",
            "",
        ] {
            assert_eq!(read_state_line(text), None, "{text:?}");
        }
    }
}
