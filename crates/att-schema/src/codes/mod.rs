//! Code lists: States (ISO 3166-1), currencies (ISO 4217) and partners that are not States, with
//! resolvers that turn the free text of a report into codes.
//!
//! Reports name States, currencies and partners in English, French or Spanish, in many
//! spellings ("United States", "USA", "Etats-Unis d'Amérique", "EE.UU."). The resolvers match
//! loosely: case, accents, punctuation, word order, articles and connectors are ignored, common
//! abbreviations are expanded ("Korea, Rep." is "Republic of Korea"). They never guess silently:
//! a name that fits several States is [`StateMatch::Ambiguous`], a generic currency sign is
//! [`CurrencyMatch::Assumed`] with the candidates listed.
//!
//! The lists are compiled in from the TSV files in the crate's `data/` folder (see its
//! `README.md`) and parsed once, on first use.
//!
//! ```
//! use att_schema::codes::{resolve_currency, resolve_state, CurrencyMatch, StateMatch};
//!
//! let StateMatch::Found(state) = resolve_state("Korea, Rep.") else { panic!() };
//! assert_eq!(state.alpha3, "KOR");
//! assert!(matches!(resolve_state("Congo"), StateMatch::Ambiguous(_)));
//! assert!(matches!(resolve_state("Various countries"), StateMatch::NotAState(_)));
//!
//! let CurrencyMatch::Found(euro) = resolve_currency("€", None) else { panic!() };
//! assert_eq!(euro.code, "EUR");
//! ```

pub mod currencies;
pub mod former;
pub mod partners;
pub mod states;

pub use currencies::{
    Currency, CurrencyMatch, all_currencies, currency_by_code, currency_candidates,
    resolve_currency,
};
pub use former::{FormerEntity, former_entities};
pub use partners::{
    NonStateKind, NonStatePartner, all_non_state_partners, recognise_non_state_partner,
};
pub use states::{
    MatchMethod, NameSource, State, StateMatch, StateResolution, StateStatus, all_states,
    find_state, resolve_state, resolve_state_detailed, state_by_code,
};

use crate::text::fold;

/// Parses a compiled-in TSV table: `#` lines and blank lines are skipped, the first other line
/// must be `header`, every row has between `min_columns` and `header.len()` cells.
///
/// Panics with a message naming the file and line when the table is malformed: the tables are
/// part of the crate, and a unit test parses each of them.
fn parse_tsv(
    file: &str,
    text: &'static str,
    header: &[&str],
    min_columns: usize,
) -> Vec<Vec<&'static str>> {
    let mut rows = Vec::new();
    let mut seen_header = false;
    for (number, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&'static str> = line.split('\t').collect();
        if !seen_header {
            assert!(
                cells == header,
                "{file}:{}: header should be {header:?}, found {cells:?}",
                number + 1
            );
            seen_header = true;
            continue;
        }
        assert!(
            (min_columns..=header.len()).contains(&cells.len()),
            "{file}:{}: expected {} to {} tab-separated cells, found {}",
            number + 1,
            min_columns,
            header.len(),
            cells.len()
        );
        rows.push(cells);
    }
    assert!(seen_header, "{file}: no header line");
    rows
}

/// A word of a text, folded, with whether it was written in capitals in the text and whether it
/// was abbreviated (followed by a full stop: "Herzeg.", "Franz.", "Niederl.").
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    text: String,
    upper: bool,
    abbreviated: bool,
}

/// Splits `text` into folded words, remembering which were written in capitals and which were
/// followed by a full stop.
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest.find(char::is_alphanumeric).unwrap_or(rest.len());
        rest = &rest[start..];
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let (segment, after) = rest.split_at(end);
        rest = after;
        if segment.is_empty() {
            continue;
        }
        let upper =
            segment.chars().any(char::is_alphabetic) && !segment.chars().any(char::is_lowercase);
        let abbreviated = after.starts_with('.');
        for w in fold(segment).split(' ').filter(|w| !w.is_empty()) {
            out.push(Word {
                text: w.to_owned(),
                upper,
                abbreviated,
            });
        }
    }
    out
}

/// Joins runs of two or more one-letter words into one word: "U.S.A." is "usa", "D.R. Congo" is
/// "dr congo", "Lao P.D.R." is "lao pdr".
fn merge_initials(words: Vec<Word>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut run: Vec<Word> = Vec::new();
    let is_initial = |w: &Word| {
        let mut chars = w.text.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
    };
    let flush = |run: &mut Vec<Word>, out: &mut Vec<Word>| {
        if run.len() >= 2 {
            out.push(Word {
                text: run.iter().map(|w| w.text.as_str()).collect(),
                upper: run.iter().all(|w| w.upper),
                abbreviated: false,
            });
            run.clear();
        } else {
            out.append(run);
        }
    };
    for w in words {
        if is_initial(&w) {
            run.push(w);
        } else {
            flush(&mut run, &mut out);
            out.push(w);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Articles and connectors of the three languages, ignored when currency names are compared.
/// "s" is the possessive of "People's".
const STOPWORDS: &[&str] = &[
    "of", "the", "and", "de", "du", "des", "la", "le", "les", "l", "d", "del", "el", "los", "las",
    "y", "e", "et", "s",
];

/// Articles and connectors that place names may have in German, Italian, Portuguese and Dutch
/// besides those of the three languages ("Bosnien und Herzegowina", "Bosnia ed Erzegovina",
/// "Ilhas Heard e McDonald", "Verenigde Staten van Amerika"; "u." is the German "und").
const NAME_STOPWORDS: &[&str] = &[
    "und", "der", "die", "das", "den", "dem", "von", "vom", "di", "della", "delle", "dei", "degli",
    "dell", "ed", "da", "do", "dos", "van", "het", "en", "u",
];

fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// Whether a folded word is dropped when place names are compared.
fn is_name_stopword(word: &str) -> bool {
    is_stopword(word) || NAME_STOPWORDS.contains(&word)
}

/// The words of a place or organisation name, ready for comparison: folded, initials merged,
/// abbreviations expanded ("S. Korea", "Russian Fed.", "Cayman Is."), a few words of the
/// languages reports are written in made one ("République", "República", "Republik", "Rep."
/// are "republic"; "Federation" is "federal"; "Süd", "Sur", "Zuid" are "south"), articles and
/// connectors dropped.
///
/// Island words ("Island", "Isla", "Is.") become "islands" only in a name of several words: the
/// one-word name "Island" is German for Iceland.
fn name_words(text: &str) -> Vec<Word> {
    let merged = merge_initials(words(text));
    let several = merged.iter().filter(|w| !is_name_stopword(&w.text)).count() > 1;
    let mut out = Vec::with_capacity(merged.len());
    for (i, w) in merged.into_iter().enumerate() {
        let expansion: &[&str] = match w.text.as_str() {
            "rep" | "repub" | "republique" | "republica" | "republik" | "repubblica"
            | "republiek" => &["republic"],
            "dem" | "democratique" | "democratica" | "demokratische" | "democratische" => {
                &["democratic"]
            }
            "volksrepublik" | "volksrepubliek" => &["people", "republic"],
            "fed" | "federated" | "federale" | "federative" | "federativa" | "federes"
            | "federados" | "federation" | "federacion" | "foderation" | "federazione"
            | "federatie" | "federacao" => &["federal"],
            "st" | "sint" | "sankt" => &["saint"],
            "ste" => &["sainte"],
            "sts" => &["states"],
            "utd" => &["united"],
            "isl" | "isls" | "island" | "ile" | "iles" | "isla" | "islas" | "insel" | "inseln"
            | "eiland" | "eilanden" | "ilha" | "ilhas" | "isola" | "isole"
                if several =>
            {
                &["islands"]
            }
            "is" if i > 0 => &["islands"],
            "n" if i == 0 => &["north"],
            "s" if i == 0 => &["south"],
            "e" if i == 0 => &["east"],
            "w" if i == 0 => &["west"],
            "sud" | "sued" | "sur" | "zuid" | "sul" => &["south"],
            "nord" | "norte" | "noord" => &["north"],
            "peoples" | "populaire" | "popular" | "popolare" => &["people"],
            "pdr" | "dpr" => &["people", "democratic", "republic"],
            _ => &[],
        };
        if expansion.is_empty() {
            if !is_name_stopword(&w.text) {
                out.push(w);
            }
        } else {
            out.extend(expansion.iter().map(|e| Word {
                text: (*e).to_owned(),
                upper: w.upper,
                abbreviated: false,
            }));
        }
    }
    out
}

/// The words of a place name as written, for reading abbreviations: folded, initials merged,
/// articles and connectors dropped, nothing expanded ("Bosnien und Herzeg." → "bosnien",
/// "herzeg" abbreviated).
fn written_words(text: &str) -> Vec<Word> {
    merge_initials(words(text))
        .into_iter()
        .filter(|w| !is_name_stopword(&w.text))
        .collect()
}

/// Conjunctions that join the parts of a compound place name ("Bosnia and Herzegovina",
/// "Trinidad y Tobago", "Saint-Kitts-et-Nevis", "Bosnien und Herzegowina").
const CONJUNCTIONS: &[&str] = &["and", "et", "y", "e", "und", "en", "ed"];

/// The parts of a compound place name, folded: the name split at commas, brackets, slashes,
/// hyphens, "&" and conjunctions ("Saint Helena, Ascension and Tristan da Cunha" → "saint
/// helena", "ascension", "tristan da cunha").
fn split_components(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in name.split([',', '(', ')', '/', ';', '&', '-', '–', '—']) {
        let folded = fold(piece);
        let mut part: Vec<&str> = Vec::new();
        for word in folded.split(' ').filter(|w| !w.is_empty()) {
            if CONJUNCTIONS.contains(&word) {
                if !part.is_empty() {
                    out.push(part.join(" "));
                }
                part.clear();
            } else {
                part.push(word);
            }
        }
        if !part.is_empty() {
            out.push(part.join(" "));
        }
    }
    out
}

/// The order-free key of a list of words: sorted, without duplicates, joined by spaces.
fn bag_key<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut sorted: Vec<&str> = words.into_iter().collect();
    sorted.sort_unstable();
    sorted.dedup();
    sorted.join(" ")
}

/// Whether `text` is written like an ISO code: two or three capital ASCII letters.
fn looks_like_code(text: &str) -> bool {
    (2..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// `text` upper-cased into `buf` when it is 2 or 3 ASCII letters (any case); no allocation.
fn ascii_code<'b>(text: &str, buf: &'b mut [u8; 3]) -> Option<&'b str> {
    let bytes = text.as_bytes();
    if !(2..=3).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_uppercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(words: &[Word]) -> Vec<&str> {
        words.iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn name_words_expand_and_drop() {
        assert_eq!(texts(&name_words("Korea, Rep.")), ["korea", "republic"]);
        assert_eq!(
            texts(&name_words("Korea, Dem. People's Rep.")),
            ["korea", "democratic", "people", "republic"]
        );
        assert_eq!(texts(&name_words("U.S.A.")), ["usa"]);
        assert_eq!(
            texts(&name_words("Lao P.D.R.")),
            ["lao", "people", "democratic", "republic"]
        );
        assert_eq!(
            texts(&name_words("St. Kitts & Nevis")),
            ["saint", "kitts", "nevis"]
        );
        assert_eq!(texts(&name_words("Cayman Is.")), ["cayman", "islands"]);
        assert_eq!(texts(&name_words("Côte d’Ivoire")), ["cote", "ivoire"]);
        assert_eq!(
            texts(&name_words("Rép. dém. du Congo")),
            ["republic", "democratic", "congo"]
        );
        assert_eq!(texts(&name_words("S. Korea")), ["south", "korea"]);
        assert_eq!(texts(&name_words("People's Rep.")), ["people", "republic"]);
        assert_eq!(texts(&name_words("Russian Fed.")), ["russian", "federal"]);
    }

    #[test]
    fn name_words_of_other_languages() {
        assert_eq!(
            texts(&name_words("China, Volksrepublik")),
            ["china", "people", "republic"]
        );
        assert_eq!(texts(&name_words("Korea (Süd)")), ["korea", "south"]);
        assert_eq!(texts(&name_words("Corea del Sur")), ["corea", "south"]);
        assert_eq!(
            texts(&name_words("Bosnien und Herzegowina")),
            ["bosnien", "herzegowina"]
        );
        assert_eq!(
            texts(&name_words("Verenigde Staten van Amerika")),
            ["verenigde", "staten", "amerika"]
        );
        assert_eq!(
            texts(&name_words("Russische Föderation")),
            ["russische", "federal"]
        );
        assert_eq!(
            texts(&name_words("Repubblica di Corea")),
            ["republic", "corea"]
        );
    }

    #[test]
    fn island_words_are_islands_only_in_longer_names() {
        assert_eq!(texts(&name_words("Island")), ["island"]);
        assert_eq!(
            texts(&name_words("Christmas Island")),
            ["christmas", "islands"]
        );
        assert_eq!(texts(&name_words("Isole Cook")), ["islands", "cook"]);
    }

    #[test]
    fn written_words_keep_abbreviations() {
        let w = written_words("Bosnien und Herzeg.");
        assert_eq!(texts(&w), ["bosnien", "herzeg"]);
        assert_eq!(
            w.iter().map(|w| w.abbreviated).collect::<Vec<_>>(),
            [false, true]
        );
        let w = written_words("U.S.A.");
        assert_eq!(texts(&w), ["usa"]);
        assert!(!w[0].abbreviated);
        assert_eq!(
            texts(&written_words("Tschechische Rep.")),
            ["tschechische", "rep"]
        );
    }

    #[test]
    fn words_remember_capitals() {
        let w = words("EU member States");
        assert!(w[0].upper);
        assert!(!w[1].upper);
        assert!(!w[2].upper);
        let w = merge_initials(words("U.N. and u.n."));
        assert_eq!(texts(&w), ["un", "and", "un"]);
        assert!(w[0].upper && !w[2].upper);
    }

    #[test]
    fn compound_names_split_into_parts() {
        assert_eq!(
            split_components("Saint Helena, Ascension and Tristan da Cunha"),
            ["saint helena", "ascension", "tristan da cunha"]
        );
        assert_eq!(
            split_components("Saint-Kitts-et-Nevis"),
            ["saint", "kitts", "nevis"]
        );
        assert_eq!(
            split_components("Bolivia (Plurinational State of)"),
            ["bolivia", "plurinational state of"]
        );
        assert_eq!(split_components("St Kitts & Nevis"), ["st kitts", "nevis"]);
    }

    #[test]
    fn keys_and_codes() {
        assert_eq!(bag_key(["korea", "republic", "korea"]), "korea republic");
        assert!(looks_like_code("USA") && looks_like_code("US"));
        assert!(!looks_like_code("Usa") && !looks_like_code("U") && !looks_like_code("USAF"));
        let mut buf = [0; 3];
        assert_eq!(ascii_code(" usa".trim(), &mut buf), Some("USA"));
        assert_eq!(ascii_code("é", &mut buf), None);
    }

    #[test]
    fn tsv_parser_rejects_bad_tables() {
        let ok = parse_tsv("t", "# c\na\tb\n\nx\ty\nz\n", &["a", "b"], 1);
        assert_eq!(ok, [vec!["x", "y"], vec!["z"]]);
        assert!(std::panic::catch_unwind(|| parse_tsv("t", "a\tc\n", &["a", "b"], 2)).is_err());
        assert!(std::panic::catch_unwind(|| parse_tsv("t", "a\tb\nx\n", &["a", "b"], 2)).is_err());
    }
}
