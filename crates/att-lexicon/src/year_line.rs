//! Lines that give the report's year and nothing else: "Annual report to the ATT Secretariat for
//! the calendar year 2019", "Rapport annuel 2021", "Informe correspondiente al año 2020",
//! "Année couverte par le rapport : 2022".
//!
//! # Policy
//!
//! A year line is a title line without a State: title words that name the report or the year
//! ("annual report", "calendar year", "année", "informe", "ATT Secretariat"), connectors and
//! exactly one year (1990–2100), in any order; or a year label with the year after its colon
//! ("Année couverte par le rapport : 2022", see [`crate::label`]). A line with other words ("The
//! report for 2021 was sent late", "Annual report of Norway, 2021") is not one: the second is a
//! title line ([`crate::title_line::read_title_line`]). A line that names only a part of the
//! report ("Exports 2021") is a section title, not a year line.

use crate::date::read_year;
use crate::label::{Label, match_label};
use crate::title_line::read_parts;

/// Reads a line that gives only the report's year.
///
/// ```
/// use att_lexicon::year_line::read_year_line;
/// assert_eq!(read_year_line("Annual report to the ATT Secretariat for the calendar year 2019"), Some(2019));
/// assert_eq!(read_year_line("Année couverte par le rapport : 2022"), Some(2022));
/// assert_eq!(read_year_line("Annual report of Norway, 2021"), None);
/// assert_eq!(read_year_line("Exports 2021"), None);
/// ```
pub fn read_year_line(text: &str) -> Option<i32> {
    if let Some(found) = match_label(text)
        && found.label == Label::Year
    {
        return found.inline_value.and_then(read_year);
    }
    let parts = read_parts(text)?;
    if parts.state.is_some() || !(parts.names_report || parts.names_year) {
        return None;
    }
    parts.year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_lines_in_three_languages() {
        for (text, year) in [
            (
                "Annual report to the ATT Secretariat for the calendar year 2019",
                2019,
            ),
            ("Annual report 2021", 2021),
            ("ATT annual report – reporting year 2018", 2018),
            ("Report for the period 1 January – 31 December 2020", 2020),
            ("Rapport annuel 2021", 2021),
            ("Rapport annuel au titre de l'année 2017", 2017),
            ("Informe anual correspondiente al año 2020", 2020),
            ("Informe anual – año civil 2022", 2022),
            ("Calendar year 2023", 2023),
            ("Année couverte par le rapport : 2022", 2022),
            ("Calendar year: 2023", 2023),
            ("Año civil: 2019", 2019),
        ] {
            assert_eq!(read_year_line(text), Some(year), "{text:?}");
        }
    }

    #[test]
    fn lines_with_a_state_or_other_words_are_not_year_lines() {
        for text in [
            "Annual report of Norway, 2021",
            "The report for 2021 was sent late",
            "Exports 2021",
            "Report 2021 – figures in EUR",
            "Annual report 2020–2021",
            "Annual report",
            "Calendar year:",
            "Reporting State: Sweden",
            "2021",
            "",
        ] {
            assert_eq!(read_year_line(text), None, "{text:?}");
        }
    }
}
