//! Dates and years as people write them: "2024-05-28", "28/05/2024", "28 May 2024",
//! "May 28, 2024", "1er juin 2024", "28 de mayo de 2024", "28-May-24"; "Calendar year 2023".
//!
//! # Policy
//!
//! - All-numeric dates are day first ("05/06/2024" is 5 June), the convention of the United
//!   Nations and of every language of the Treaty; when the day and the month could be swapped
//!   the reading is marked [`DateReading::ambiguous`]. A date that can only be read month first
//!   ("5/28/2024") is read so, and is not ambiguous.
//! - A year of two digits is in 2000–2069, or 1970–1999 from 70 up.
//! - Dates with a month name are never ambiguous. Month names and abbreviations of the three
//!   languages do not clash ("mar", "may", "jun" mean the same month in each).

use crate::key::words;
use att_schema::text::fold;
use att_schema::{Date, Lang};

/// A date read from text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateReading {
    /// The date.
    pub date: Date,
    /// Whether the day and the month could be swapped ("05/06/2024"): the reading is day first.
    pub ambiguous: bool,
    /// Whether the text was read beyond the strict form of a date, ISO 8601 `YYYY-MM-DD`: a
    /// day, month and year in another order or with a month name, a two-digit year, a time of
    /// day after the date. A reader says so at the cell (a date written as text is lenient
    /// anyway; this says the form was too).
    pub lenient: bool,
}

/// Reads a date. `lang` does not change the reading today: every language of the Treaty writes
/// the day first. It is taken so that callers pass the report's language uniformly, as for
/// numbers.
///
/// ```
/// use att_lexicon::date::read_date;
/// let reading = read_date("28 de mayo de 2024", None).unwrap();
/// assert_eq!(reading.date.to_string(), "2024-05-28");
/// let reading = read_date("05/06/2024", None).unwrap();
/// assert_eq!((reading.date.to_string().as_str(), reading.ambiguous), ("2024-06-05", true));
/// assert_eq!(read_date("sometime in May", None), None);
/// ```
pub fn read_date(text: &str, lang: Option<Lang>) -> Option<DateReading> {
    let _ = lang;
    let whole = text.trim();
    let trimmed = without_time(whole);
    if let Some(date) = Date::parse_iso(trimmed) {
        return Some(DateReading {
            date,
            ambiguous: false,
            lenient: trimmed.len() != whole.len(),
        });
    }
    numeric_date(trimmed).or_else(|| named_month_date(trimmed))
}

/// A year as read, with whether the text was more than the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct YearReading {
    /// The year.
    pub year: i32,
    /// Whether the text held more than the four digits of the year ("Calendar year 2023",
    /// "1 January – 31 December 2023", "2023."): a reader says so at the cell.
    pub lenient: bool,
}

/// [`read_year`], saying whether the text held more than the year.
///
/// ```
/// use att_lexicon::date::read_year_detailed;
/// assert_eq!(read_year_detailed("2023").map(|y| (y.year, y.lenient)), Some((2023, false)));
/// assert_eq!(read_year_detailed("Année civile 2023").map(|y| y.lenient), Some(true));
/// ```
pub fn read_year_detailed(text: &str) -> Option<YearReading> {
    let year = read_year(text)?;
    let trimmed = text.trim();
    let bare = trimmed.len() == 4 && trimmed.bytes().all(|b| b.is_ascii_digit());
    Some(YearReading {
        year,
        lenient: !bare,
    })
}

/// Reads the reporting year: "2023", "Calendar year 2023", "Année civile 2023",
/// "1 January – 31 December 2023", "2023 (1 January to 31 December)". `None` when the text names
/// no year, or two different ones ("2022–2023"), or numbers that are not days of the month.
///
/// ```
/// use att_lexicon::date::read_year;
/// assert_eq!(read_year("1 January – 31 December 2023"), Some(2023));
/// assert_eq!(read_year("2022-2023"), None);
/// ```
pub fn read_year(text: &str) -> Option<i32> {
    let folded = fold(text);
    let mut year = None;
    for word in words(&folded) {
        let Some(number) = leading_number(word) else {
            continue;
        };
        if word.len() == 4 && (1900..=2100).contains(&number) {
            if year.is_some_and(|y| y != number) {
                return None;
            }
            year = Some(number);
        } else if number > 31 {
            return None;
        }
    }
    year
}

/// The text without a time of day after the date ("2024-05-28T00:00:00", "28/05/2024 10:30").
fn without_time(text: &str) -> &str {
    if let Some((date, time)) = text.split_once(['T', ' '])
        && !date.is_empty()
        && looks_like_time(time.trim())
    {
        return date.trim_end();
    }
    text
}

fn looks_like_time(text: &str) -> bool {
    let mut parts = text.split(':');
    let hours = parts.next().unwrap_or_default();
    let Some(minutes) = parts.next() else {
        return false;
    };
    let numeric = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let seconds_ok = parts.all(|s| {
        let whole = s.split(['.', 'Z', '+']).next().unwrap_or_default();
        numeric(whole)
    });
    numeric(hours) && numeric(minutes.get(..2).unwrap_or(minutes)) && seconds_ok
}

/// "28/05/2024", "28.05.2024", "28-05-2024", "5/28/2024", "2024/05/28", "28/05/24".
fn numeric_date(text: &str) -> Option<DateReading> {
    let sep = text.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let mut parts = text.split(sep).map(str::trim);
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())?
    };
    let (na, nb, nc) = (number(a)?, number(b)?, number(c)?);
    if a.len() == 4 {
        let date = make_date(i32::try_from(na).ok()?, nb, nc)?;
        return Some(DateReading {
            date,
            ambiguous: false,
            lenient: true,
        });
    }
    if a.len() > 2 || b.len() > 2 || !matches!(c.len(), 2 | 4) {
        return None;
    }
    let year = full_year(nc, c.len());
    let day_first = make_date(year, nb, na);
    let month_first = make_date(year, na, nb);
    match (day_first, month_first) {
        (Some(date), Some(_)) => Some(DateReading {
            date,
            ambiguous: na != nb,
            lenient: true,
        }),
        (Some(date), None) | (None, Some(date)) => Some(DateReading {
            date,
            ambiguous: false,
            lenient: true,
        }),
        (None, None) => None,
    }
}

/// "28 May 2024", "May 28, 2024", "28th May 2024", "1er juin 2024", "28 de mayo de 2024",
/// "28-May-24", "28 may. 2024", "Tuesday, 28 May 2024".
fn named_month_date(text: &str) -> Option<DateReading> {
    let folded = fold(text);
    let mut month = None;
    let mut numbers: [Option<(u32, usize)>; 2] = [None, None];
    let mut count = 0;
    for word in words(&folded) {
        if let Some(found) = month_of(word) {
            if month.replace(found).is_some() {
                return None;
            }
        } else if let Some((number, digits)) = day_or_year(word) {
            if count == 2 {
                return None;
            }
            numbers[count] = Some((number, digits));
            count += 1;
        } else if !DATE_FILLERS.contains(&word) {
            return None;
        }
    }
    let month = month?;
    let [Some(first), Some(second)] = numbers else {
        return None;
    };
    let ((day, _), (year, year_digits)) = if first.1 == 4 {
        (second, first)
    } else {
        (first, second)
    };
    if !matches!(year_digits, 2 | 4) {
        return None;
    }
    let date = make_date(full_year(year, year_digits), month, day)?;
    Some(DateReading {
        date,
        ambiguous: false,
        lenient: true,
    })
}

/// A number, possibly with an ordinal ending ("28th", "1er", "1o" from "1º", "2nd"), and how
/// many digits it has.
fn day_or_year(word: &str) -> Option<(u32, usize)> {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let ending = &word[digits..];
    if digits == 0
        || digits > 4
        || !matches!(
            ending,
            "" | "st" | "nd" | "rd" | "th" | "er" | "re" | "e" | "eme" | "o" | "ro"
        )
    {
        return None;
    }
    Some((word[..digits].parse().ok()?, digits))
}

fn leading_number(word: &str) -> Option<i32> {
    day_or_year(word).and_then(|(n, _)| i32::try_from(n).ok())
}

fn full_year(year: u32, digits: usize) -> i32 {
    let year = i32::try_from(year).unwrap_or(0);
    match (digits, year) {
        (2, 0..=69) => 2000 + year,
        (2, _) => 1900 + year,
        _ => year,
    }
}

fn make_date(year: i32, month: u32, day: u32) -> Option<Date> {
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// Words a date may hold besides the day, month and year.
const DATE_FILLERS: &[&str] = &[
    "de",
    "del",
    "of",
    "the",
    "le",
    "el",
    "on",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
];

/// The month a folded word names, in English, French or Spanish, in full or abbreviated.
pub(crate) fn month_of(word: &str) -> Option<u32> {
    let month = match word {
        "january" | "jan" | "janvier" | "janv" | "enero" | "ene" => 1,
        "february" | "feb" | "fevrier" | "fevr" | "fev" | "febrero" => 2,
        "march" | "mar" | "mars" | "marzo" => 3,
        "april" | "apr" | "avril" | "avr" | "abril" | "abr" => 4,
        "may" | "mai" | "mayo" => 5,
        "june" | "jun" | "juin" | "junio" => 6,
        "july" | "jul" | "juillet" | "juil" | "julio" => 7,
        "august" | "aug" | "aout" | "agosto" | "ago" => 8,
        "september" | "sep" | "sept" | "septembre" | "septiembre" | "setiembre" | "set" => 9,
        "october" | "oct" | "octobre" | "octubre" => 10,
        "november" | "nov" | "novembre" | "noviembre" => 11,
        "december" | "dec" | "decembre" | "diciembre" | "dic" => 12,
        _ => return None,
    };
    Some(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(String, bool)> {
        read_date(text, None).map(|r| (r.date.to_string(), r.ambiguous))
    }

    #[test]
    fn reads_every_form() {
        for text in [
            "2024-05-28",
            "2024-05-28T00:00:00",
            "2024-05-28 10:30:00",
            "2024/05/28",
            "28/05/2024",
            "28.05.2024",
            "28-05-2024",
            "28/05/24",
            " 28/05/2024 ",
            "5/28/2024",
            "28 May 2024",
            "May 28, 2024",
            "28th May 2024",
            "Tuesday, 28 May 2024",
            "28 mai 2024",
            "le 28 mai 2024",
            "28 de mayo de 2024",
            "28-May-24",
            "28 may. 2024",
            "28-mai-2024",
            "28 MAY 2024",
        ] {
            assert_eq!(
                read(text),
                Some(("2024-05-28".to_owned(), false)),
                "{text:?}"
            );
        }
        assert_eq!(
            read("1er juin 2024"),
            Some(("2024-06-01".to_owned(), false))
        );
        assert_eq!(
            read("1º de junio de 2024"),
            Some(("2024-06-01".to_owned(), false))
        );
        assert_eq!(read("3 août 2023"), Some(("2023-08-03".to_owned(), false)));
        assert_eq!(
            read("2 février 2024"),
            Some(("2024-02-02".to_owned(), false))
        );
        assert_eq!(read("7 sept. 2024"), Some(("2024-09-07".to_owned(), false)));
        assert_eq!(read("15 dic 2023"), Some(("2023-12-15".to_owned(), false)));
    }

    #[test]
    fn swappable_day_and_month_are_day_first_and_ambiguous() {
        assert_eq!(read("05/06/2024"), Some(("2024-06-05".to_owned(), true)));
        assert_eq!(read("05.06.2024"), Some(("2024-06-05".to_owned(), true)));
        assert_eq!(read("06/06/2024"), Some(("2024-06-06".to_owned(), false)));
        for lang in Lang::ALL {
            let reading = read_date("05/06/2024", Some(lang)).expect("date");
            assert!(reading.ambiguous && reading.date.month() == 6);
        }
    }

    #[test]
    fn impossible_dates_and_text_are_not_read() {
        for text in [
            "",
            "2024-02-30",
            "31/02/2024",
            "13/13/2024",
            "28/05",
            "May 2024",
            "28 May",
            "sometime in May",
            "28 Mayo 2024 approx",
            "45440",
            "28/05/2024/1",
            "28 May 2024 29",
            "28/05/024",
            "May June 2024",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }

    #[test]
    fn reads_the_reporting_year() {
        for text in [
            "2023",
            "Calendar year 2023",
            "Année civile 2023",
            "Año civil 2023",
            "1 January – 31 December 2023",
            "2023 (1 January to 31 December)",
            "1er janvier – 31 décembre 2023",
            "2023.0",
        ] {
            assert_eq!(read_year(text), Some(2023), "{text:?}");
        }
        for text in [
            "",
            "2022-2023",
            "1 July 2022 – 30 June 2023",
            "FY23",
            "year",
            "2023 1234",
            "23",
        ] {
            assert_eq!(read_year(text), None, "{text:?}");
        }
    }

    #[test]
    fn readings_beyond_the_iso_form_are_lenient() {
        assert_eq!(
            read_date("2024-05-28", None).map(|r| r.lenient),
            Some(false)
        );
        for text in [
            "28/05/2024",
            "28 May 2024",
            "2024-05-28T00:00:00",
            "28-May-24",
            "2024/05/28",
            "28 de mayo de 2024",
        ] {
            assert_eq!(
                read_date(text, None).map(|r| r.lenient),
                Some(true),
                "{text:?}"
            );
        }
        for (text, lenient) in [
            ("2023", false),
            (" 2023 ", false),
            ("2023.", true),
            ("Calendar year 2023", true),
            ("1 January – 31 December 2023", true),
        ] {
            let reading = read_year_detailed(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!((reading.year, reading.lenient), (2023, lenient), "{text:?}");
        }
        assert_eq!(read_year_detailed("2022-2023"), None);
    }
}
