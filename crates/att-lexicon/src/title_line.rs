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
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

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
    let parts = read_parts(text)?;
    let (year, state) = (parts.year?, parts.state?);
    if !parts.names_report || parts.state_is_a_partner {
        return None;
    }
    let resolution = resolve_state_detailed(state);
    let names_a_state = !matches!(
        resolution.method,
        MatchMethod::NotAState | MatchMethod::NoMatch
    );
    names_a_state.then_some(TitleLine { state, year })
}

/// What the words of a title line are: the State's run of words, the year, and what the title
/// phrases name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TitleParts<'a> {
    /// The one run of words that are not title words, as written: the State, if it is one.
    pub(crate) state: Option<&'a str>,
    /// The year, written once or repeated.
    pub(crate) year: Option<i32>,
    /// Whether a phrase names the report ("annual report", "rapport", "ATT").
    pub(crate) names_report: bool,
    /// Whether a phrase names the year ("calendar year", "année", "período").
    pub(crate) names_year: bool,
    /// Whether the run follows a word that makes it a partner ("exports *to* Germany").
    pub(crate) state_is_a_partner: bool,
}

/// Whether a line only names the report, with neither State nor year: "RAPPORT ANNUEL — TRAITÉ
/// SUR LE COMMERCE DES ARMES", "Annual report — Arms Trade Treaty", "Informe anual".
///
/// ```
/// use att_lexicon::title_line::is_report_heading;
/// assert!(is_report_heading("RAPPORT ANNUEL — TRAITÉ SUR LE COMMERCE DES ARMES"));
/// assert!(is_report_heading("Annual report – Arms Trade Treaty"));
/// assert!(!is_report_heading("Annual report of Norway, 2021"));
/// assert!(!is_report_heading("Pistols and revolvers"));
/// ```
pub fn is_report_heading(text: &str) -> bool {
    read_parts(text)
        .is_some_and(|parts| parts.names_report && parts.state.is_none() && parts.year.is_none())
}

/// Reads the words of a title line: title phrases, connectors, at most one year and at most
/// one run of other words. `None` when no title phrase is there, the years differ, or other
/// words stand on both sides of a title phrase.
pub(crate) fn read_parts(text: &str) -> Option<TitleParts<'_>> {
    let text = text.trim();
    if text.len() > MAX_TITLE_BYTES {
        return None;
    }
    let tokens = tokens(text);
    if tokens.len() > MAX_TITLE_WORDS {
        return None;
    }
    let mut year: Option<i32> = None;
    let (mut titled, mut names_report, mut names_year) = (false, false, false);
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
        if let Some((len, names)) = title_phrase(&tokens[at..]) {
            titled = true;
            names_report |= names == Names::Report;
            names_year |= names == Names::Year;
            kinds[at..at + len].fill(Kind::Title);
            at += len;
            continue;
        }
        if vocab::is_connector(word) || month_of(word).is_some() || is_day(word) {
            kinds[at] = Kind::Connector;
        }
        at += 1;
    }
    if !titled {
        return None;
    }
    let mut parts = TitleParts {
        state: None,
        year,
        names_report,
        names_year,
        state_is_a_partner: false,
    };
    let Some(first) = kinds.iter().position(|k| *k == Kind::Other) else {
        return Some(parts);
    };
    let last = kinds.iter().rposition(|k| *k == Kind::Other)?;
    if kinds[first..=last].contains(&Kind::Title) || last + 1 - first > MAX_STATE_WORDS {
        return None;
    }
    parts.state = Some(text[tokens[first].start..tokens[last].end].trim());
    // The preposition is a connector before the run ("to", "a") or the run's first word
    // ("vers", "hacia").
    parts.state_is_a_partner = tokens[..=first]
        .iter()
        .rev()
        .map(|token| token.folded.as_str())
        .filter(|word| !ARTICLES.contains(word))
        .take(2)
        .any(|word| PARTNER_PREPOSITIONS.contains(&word));
    Some(parts)
}

/// Articles between a preposition and a name ("to *the* Netherlands").
pub(crate) const ARTICLES: &[&str] = &["the", "la", "le", "l", "les", "el", "los", "las"];

/// Words that make the name after them a partner of transfers, not the reporting State:
/// "exports *to* Germany", "exportations *vers* la Suisse", "exportaciones *a* Chile".
const PARTNER_PREPOSITIONS: &[&str] = &[
    "to", "from", "into", "towards", "vers", "a", "au", "aux", "hacia", "desde", "al",
];

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

/// What a title phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Names {
    /// The report itself: "annual report", "rapport", "ATT", "UN Register".
    Report,
    /// The year or period it covers: "calendar year", "année", "período".
    Year,
    /// A part or a subject of it: "conventional arms", "military goods", a direction.
    Part,
}

/// Phrases that title a report (folded words), with what they name.
const TITLE_PHRASES: &[(&str, Names)] = &[
    ("annual report", Names::Report),
    ("national report", Names::Report),
    ("report", Names::Report),
    ("reports", Names::Report),
    ("reporting state", Names::Report),
    ("arms trade treaty", Names::Report),
    ("att", Names::Report),
    ("un register", Names::Report),
    (
        "united nations register of conventional arms",
        Names::Report,
    ),
    ("register of conventional arms", Names::Report),
    ("register", Names::Report),
    ("submission", Names::Report),
    ("rapport annuel", Names::Report),
    ("rapport national", Names::Report),
    ("rapport", Names::Report),
    ("etat partie", Names::Report),
    ("etat declarant", Names::Report),
    ("traite sur le commerce des armes", Names::Report),
    ("tca", Names::Report),
    ("registre des nations unies", Names::Report),
    ("registre", Names::Report),
    ("informe anual", Names::Report),
    ("informe nacional", Names::Report),
    ("informe", Names::Report),
    ("estado informante", Names::Report),
    ("estado parte", Names::Report),
    ("tratado sobre el comercio de armas", Names::Report),
    ("registro de las naciones unidas", Names::Report),
    ("registro", Names::Report),
    ("calendar year", Names::Year),
    ("reporting year", Names::Year),
    ("reporting period", Names::Year),
    ("year", Names::Year),
    ("period", Names::Year),
    ("annee civile", Names::Year),
    ("annee", Names::Year),
    ("periode", Names::Year),
    ("ano civil", Names::Year),
    ("ano calendario", Names::Year),
    ("ano", Names::Year),
    ("periodo", Names::Year),
    ("covering", Names::Part),
    ("correspondiente", Names::Part),
    ("correspondant", Names::Part),
    ("relativo", Names::Part),
    ("relatif", Names::Part),
    ("relating", Names::Part),
    ("au titre de", Names::Part),
    ("en virtud de", Names::Part),
    ("submitted by", Names::Part),
    ("presente par", Names::Part),
    ("presentado por", Names::Part),
    ("conventional arms", Names::Part),
    ("armes classiques", Names::Part),
    ("armas convencionales", Names::Part),
    ("annual", Names::Part),
    ("annuel", Names::Part),
    ("anual", Names::Part),
    // Whom the report goes to: "Annual report to the ATT Secretariat".
    ("secretariat", Names::Part),
    ("secretaria", Names::Part),
    ("submitted to", Names::Part),
    ("presented to", Names::Part),
    ("united nations", Names::Part),
    ("nations unies", Names::Part),
    ("naciones unidas", Names::Part),
    // What is reported, as national reports name it: "Report of Canada on exports of military
    // goods", "Rapport sur les exportations de matériels de guerre".
    ("special military goods", Names::Part),
    ("military goods", Names::Part),
    ("military equipment", Names::Part),
    ("military items", Names::Part),
    ("military exports", Names::Part),
    ("defence equipment", Names::Part),
    ("defence goods", Names::Part),
    ("defense articles", Names::Part),
    ("strategic goods", Names::Part),
    ("controlled goods", Names::Part),
    ("war material", Names::Part),
    ("arms", Names::Part),
    ("weapons", Names::Part),
    ("conventional weapons", Names::Part),
    ("materiels de guerre", Names::Part),
    ("materiel de guerre", Names::Part),
    ("materiels militaires", Names::Part),
    ("biens militaires", Names::Part),
    ("equipements militaires", Names::Part),
    ("armes", Names::Part),
    ("material belico", Names::Part),
    ("material militar", Names::Part),
    ("equipo militar", Names::Part),
    ("bienes militares", Names::Part),
    ("armamento", Names::Part),
    ("armas", Names::Part),
];

/// The title phrase at the start of `tokens`: its length in words and what it names.
/// Directions ("exports", "importaciones") and basis words title a report's part.
fn title_phrase(tokens: &[Token]) -> Option<(usize, Names)> {
    let word = tokens.first()?.folded.as_str();
    let best = PHRASES_BY_FIRST_WORD
        .get(word)
        .into_iter()
        .flatten()
        .filter(|(words, _)| {
            words.len() <= tokens.len() && words.iter().zip(tokens).all(|(w, t)| *w == t.folded)
        })
        .map(|(words, names)| (words.len(), *names))
        .max_by_key(|&(len, _)| len);
    if best.is_some() {
        return best;
    }
    (vocab::direction_word(word).is_some() || vocab::basis_word(word).is_some())
        .then_some((1, Names::Part))
}

/// A title phrase split into words, with what it names.
type Phrase = (Vec<&'static str>, Names);

/// [`TITLE_PHRASES`] split into words, by their first word.
static PHRASES_BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<Phrase>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<Phrase>> = HashMap::default();
    for &(phrase, names) in TITLE_PHRASES {
        let words: Vec<&'static str> = phrase.split(' ').collect();
        map.entry(words[0]).or_default().push((words, names));
    }
    map
});

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
            (
                "Report of Canada on exports of military goods — 2022",
                "Canada",
                2022,
            ),
            (
                "Annual report of Norway to the ATT Secretariat, 2021",
                "Norway",
                2021,
            ),
            (
                "Rapport de la Belgique sur les exportations de matériels de guerre, 2020",
                "Belgique",
                2020,
            ),
            (
                "Informe de Chile sobre exportaciones de material bélico — 2019",
                "Chile",
                2019,
            ),
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
            "Annual report, exports to Germany, 2021",
            "Rapport 2021 : exportations vers la Suisse",
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
