//! Title lines that give the reporting State and the year together ("Annual report of Norway,
//! 2021", "Informe de Chile — año 2019", "Reporting State: Sweden — Calendar year: 2023"), and
//! sheet names that carry a year ("Exportations 2021", "Exports_2019", "2020 Imports").
//!
//! # Policy
//!
//! A cell is a title line when its words are, in any order: words that title a report
//! ("annual report", "rapport", "informe", "UN Register", "Arms Trade Treaty", "Reporting
//! State:", "calendar year", "année", "año", directions, the days and months of a period),
//! connectors ("of", "de la", "pour"), exactly one year (1990–2100, written once or repeated),
//! and one run of other words — the State, as written, which must read as a State or a near
//! misspelling of one. At least one word must title a report. A sentence that mentions a year
//! ("The report for 2021 was delayed") has other words besides the State, or words that name no
//! State, and is not a title line.

use crate::date::month_of;
use crate::key::is_number_word;
use crate::section::{SectionMatch, match_section};
use crate::vocab;
use att_schema::codes::{MatchMethod, resolve_state_detailed};
use att_schema::text::fold;

/// A title line's State and year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleLine<'a> {
    /// The State as written ("Norway", "la France" without its article, "Republic of Korea"):
    /// resolve it with `att_schema::codes::resolve_state`.
    pub state: &'a str,
    /// The year the report covers.
    pub year: i32,
}

/// Reads a title line that gives the State and the year.
///
/// ```
/// use att_lexicon::title_line::read_title_line;
/// let title = read_title_line("Rapport annuel de la France pour l'année 2020").unwrap();
/// assert_eq!((title.state, title.year), ("France", 2020));
/// let title = read_title_line("Reporting State: Sweden — Calendar year: 2023").unwrap();
/// assert_eq!((title.state, title.year), ("Sweden", 2023));
/// assert_eq!(read_title_line("The report for 2021 was sent late"), None);
/// ```
pub fn read_title_line(text: &str) -> Option<TitleLine<'_>> {
    let text = text.trim();
    if text.len() > MAX_TITLE_BYTES {
        return None;
    }
    let tokens = tokens(text);
    if tokens.len() > MAX_TITLE_WORDS {
        return None;
    }
    let mut year: Option<i32> = None;
    let mut titled = false;
    let mut kinds: Vec<Kind> = vec![Kind::Other; tokens.len()];
    let mut at = 0;
    while at < tokens.len() {
        let word = tokens[at].folded.as_str();
        if let Some(found) = year_of(word) {
            if year.is_some_and(|y| y != found) {
                return None;
            }
            year = Some(found);
            kinds[at] = Kind::Title;
            at += 1;
            continue;
        }
        if let Some((len, names_report)) = title_phrase(&tokens[at..]) {
            titled |= names_report;
            kinds[at..at + len].fill(Kind::Title);
            at += len;
            continue;
        }
        if vocab::is_connector(word) || month_of(word).is_some() || is_day(word) {
            kinds[at] = Kind::Connector;
        }
        at += 1;
    }
    let year = year?;
    if !titled {
        return None;
    }
    let first = kinds.iter().position(|k| *k == Kind::Other)?;
    let last = kinds.iter().rposition(|k| *k == Kind::Other)?;
    if kinds[first..=last].contains(&Kind::Title) || last + 1 - first > MAX_STATE_WORDS {
        return None;
    }
    let state = text[tokens[first].start..tokens[last].end].trim();
    let resolution = resolve_state_detailed(state);
    let names_a_state = !matches!(
        resolution.method,
        MatchMethod::NotAState | MatchMethod::NoMatch
    );
    names_a_state.then_some(TitleLine { state, year })
}

/// Longest cell read as a title line.
const MAX_TITLE_BYTES: usize = 200;
/// Most words of a title line.
const MAX_TITLE_WORDS: usize = 24;
/// Most words of the State's name in a title line.
const MAX_STATE_WORDS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A word that titles a report, or the year.
    Title,
    /// A connector, or a day or month of the period covered.
    Connector,
    /// Anything else: the State's name, or words that make the cell something else.
    Other,
}

/// A word of the text, folded, with its place.
struct Token {
    folded: String,
    start: usize,
    end: usize,
}

fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(at),
            (Some(from), false) => {
                for word in fold(&text[from..at]).split(' ').filter(|w| !w.is_empty()) {
                    out.push(Token {
                        folded: word.to_owned(),
                        start: from,
                        end: at,
                    });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn year_of(word: &str) -> Option<i32> {
    if word.len() != 4 || !is_number_word(word) {
        return None;
    }
    let year: i32 = word.parse().ok()?;
    (1990..=2100).contains(&year).then_some(year)
}

/// A day of the month ("1 January – 31 December"), or an ordinal of one ("1st", "1er").
fn is_day(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits <= 2
        && matches!(&word[digits..], "" | "st" | "nd" | "rd" | "th" | "er" | "o")
}

/// Phrases that title a report (folded words), with whether they name the report itself.
const TITLE_PHRASES: &[(&str, bool)] = &[
    ("annual report", true),
    ("national report", true),
    ("report", true),
    ("reports", true),
    ("reporting state", true),
    ("arms trade treaty", true),
    ("att", true),
    ("un register", true),
    ("united nations register of conventional arms", true),
    ("register of conventional arms", true),
    ("register", true),
    ("submission", true),
    ("rapport annuel", true),
    ("rapport national", true),
    ("rapport", true),
    ("etat partie", true),
    ("etat declarant", true),
    ("traite sur le commerce des armes", true),
    ("tca", true),
    ("registre des nations unies", true),
    ("registre", true),
    ("informe anual", true),
    ("informe nacional", true),
    ("informe", true),
    ("estado informante", true),
    ("estado parte", true),
    ("tratado sobre el comercio de armas", true),
    ("registro de las naciones unidas", true),
    ("registro", true),
    ("calendar year", false),
    ("reporting year", false),
    ("reporting period", false),
    ("year", false),
    ("period", false),
    ("covering", false),
    ("au titre de", false),
    ("en virtud de", false),
    ("submitted by", false),
    ("conventional arms", false),
    ("annee civile", false),
    ("annee", false),
    ("periode", false),
    ("presente par", false),
    ("armes classiques", false),
    ("ano civil", false),
    ("ano calendario", false),
    ("ano", false),
    ("periodo", false),
    ("presentado por", false),
    ("armas convencionales", false),
    ("annual", false),
    ("annuel", false),
    ("anual", false),
];

/// The title phrase at the start of `tokens`: its length in words and whether it names a
/// report. Directions ("exports", "importaciones") and basis words title a report's part.
fn title_phrase(tokens: &[Token]) -> Option<(usize, bool)> {
    let best = TITLE_PHRASES
        .iter()
        .filter_map(|&(phrase, names_report)| {
            let words: Vec<&str> = phrase.split(' ').collect();
            let fits = words.len() <= tokens.len()
                && words.iter().zip(tokens).all(|(w, t)| *w == t.folded);
            fits.then_some((words.len(), names_report))
        })
        .max_by_key(|&(len, _)| len);
    if best.is_some() {
        return best;
    }
    let word = tokens.first()?.folded.as_str();
    (vocab::direction_word(word).is_some() || vocab::basis_word(word).is_some())
        .then_some((1, false))
}

/// What a sheet's name says: the part of the report and the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetName {
    /// The part of the report the name announces ("Exportations 2021" → exports), if any.
    pub section: Option<SectionMatch>,
    /// The year in the name, if it has one.
    pub year: Option<i32>,
}

/// Reads a sheet name that carries a year and, usually, a section: "Exportations 2021",
/// "Exports_2019", "2020 Imports", "Exp 2021", "2021". `None` when the name has no year, or
/// words besides the section's and the year ("Budget 2021").
///
/// ```
/// use att_lexicon::title_line::read_sheet_name;
/// use att_lexicon::section::Section;
/// let sheet = read_sheet_name("Exports_2019").unwrap();
/// assert_eq!((sheet.section.map(|s| s.section), sheet.year), (Some(Section::Exports), Some(2019)));
/// assert_eq!(read_sheet_name("2021").map(|s| s.year), Some(Some(2021)));
/// assert_eq!(read_sheet_name("Exports"), None);
/// ```
pub fn read_sheet_name(name: &str) -> Option<SheetName> {
    let folded = fold(name);
    let mut year = None;
    let mut others: Vec<&str> = Vec::new();
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        match year_of(word) {
            Some(found) if year.is_some_and(|y| y != found) => return None,
            Some(found) => year = Some(found),
            None => others.push(word),
        }
    }
    let year = Some(year?);
    if others.is_empty() {
        return Some(SheetName {
            section: None,
            year,
        });
    }
    let rest = others
        .iter()
        .map(|w| abbreviated_direction(w).unwrap_or(w))
        .collect::<Vec<_>>()
        .join(" ");
    let section = match_section(&rest)?;
    Some(SheetName {
        section: Some(section),
        year,
    })
}

/// The abbreviations of directions that sheet names use: "Exp", "Imp", "Expo", "Impo".
fn abbreviated_direction(word: &str) -> Option<&'static str> {
    match word {
        "exp" | "expo" | "export" => Some("exports"),
        "imp" | "impo" | "import" => Some("imports"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::section::Section;

    #[test]
    fn title_lines_in_three_languages() {
        for (text, state, year) in [
            ("Annual report of Norway, 2021", "Norway", 2021),
            ("Annual Report 2019 – Sweden", "Sweden", 2019),
            ("Informe de Chile — año 2019", "Chile", 2019),
            (
                "Rapport annuel de la France pour l'année 2020",
                "France",
                2020,
            ),
            (
                "Reporting State: Sweden — Calendar year: 2023",
                "Sweden",
                2023,
            ),
            ("Norway – report for calendar year 2016", "Norway", 2016),
            ("UN Register report of Germany (2013)", "Germany", 2013),
            (
                "ATT annual report of the Republic of Korea for 2019",
                "Republic of Korea",
                2019,
            ),
            (
                "Annual report of Bosnia and Herzegovina 2020",
                "Bosnia and Herzegovina",
                2020,
            ),
            (
                "Rapport annuel 2021 de la République démocratique du Congo",
                "République démocratique du Congo",
                2021,
            ),
            (
                "Informe anual de México sobre exportaciones e importaciones, 2022",
                "México",
                2022,
            ),
            ("Estado informante: Perú; Año civil: 2018", "Perú", 2018),
            (
                "Report of Switzerland (1 January – 31 December 2021)",
                "Switzerland",
                2021,
            ),
            (
                "Arms Trade Treaty – Annual report – Japan – 2022",
                "Japan",
                2022,
            ),
            (
                "Rapport du Sénégal au titre de l'année 2017",
                "Sénégal",
                2017,
            ),
            ("Annual report of Norwya, 2021", "Norwya", 2021),
        ] {
            let found = read_title_line(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!((found.state, found.year), (state, year), "{text:?}");
        }
    }

    #[test]
    fn sentences_and_other_titles_are_not_title_lines() {
        for text in [
            "The report for 2021 was sent late",
            "Annual report 2021",
            "Annual report of Norway",
            "Norway 2021",
            "Exports 2021",
            "Calendar year: 2023",
            "Report submitted in 2021 by the Ministry",
            "Annual report 2021: see the attached letter",
            "Report on transfers to Africa, 2020",
            "Annual report of Norway, 2020–2021",
            "Report of the European Union 2021",
            "Report 2021 – figures in EUR",
            "Annual report 2019 – Ministry of Foreign Affairs",
            "Calendar year 2023 – Sweden",
            "",
        ] {
            assert_eq!(read_title_line(text), None, "{text:?}");
        }
    }

    #[test]
    fn sheet_names_with_a_year() {
        for (name, section, year) in [
            ("Exportations 2021", Some(Section::Exports), 2021),
            ("Exports_2019", Some(Section::Exports), 2019),
            ("2020 Imports", Some(Section::Imports), 2020),
            ("Importaciones 2018", Some(Section::Imports), 2018),
            ("Exp 2021", Some(Section::Exports), 2021),
            ("Imp_2022", Some(Section::Imports), 2022),
            ("Annex 2 (2021)", Some(Section::NationalDefinitions), 2021),
            ("Portada 2020", Some(Section::TitlePage), 2020),
            ("2021", None, 2021),
        ] {
            let found = read_sheet_name(name).unwrap_or_else(|| panic!("{name:?}"));
            assert_eq!(
                (found.section.map(|s| s.section), found.year),
                (section, Some(year)),
                "{name:?}"
            );
        }
        for name in [
            "Exports",
            "Sheet1",
            "Budget 2021",
            "2020-2021",
            "Exports 12",
        ] {
            assert_eq!(read_sheet_name(name), None, "{name:?}");
        }
    }
}
