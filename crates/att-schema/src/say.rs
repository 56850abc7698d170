//! Errors said in the language of the messages: the [`Say`] trait that every crate's errors
//! implement beside their types, so that the command line and the offline page say them alike,
//! and the pieces their messages share.
//!
//! An error's English message is its [`Say`] text in [`Lang::En`] ([`display_in_english!`]
//! makes it the error's `Display`), so that the three languages are written side by side, once.
//! What the user wrote (a sheet name, an element name, a key) is data and is quoted as it is;
//! what a library outside att said ([`Detail`]) is quoted as a technical detail inside words of
//! att's own.
//!
//! ```
//! use att_schema::say::{Say, quote};
//! use att_schema::{Lang, say};
//!
//! struct UnknownSheet(String);
//!
//! impl Say for UnknownSheet {
//!     fn say(&self, lang: Lang) -> String {
//!         let sheet = quote(&self.0, lang);
//!         say!(
//!             lang,
//!             "no sheet is called {sheet}",
//!             "aucune feuille ne s’appelle {sheet}",
//!             "ninguna hoja se llama {sheet}",
//!         )
//!     }
//! }
//!
//! assert_eq!(UnknownSheet("Exports".into()).say(Lang::Fr), "aucune feuille ne s’appelle «\u{a0}Exports\u{a0}»");
//! ```

use crate::Lang;
use std::fmt;

/// Text in the language of the messages: what an error says, in English, French or Spanish.
pub trait Say {
    /// The message in `lang`.
    fn say(&self, lang: Lang) -> String;
}

/// One message in three languages, each a format string with the same named arguments:
/// `say!(lang, "english {x}", "français {x}", "español {x}")`.
#[macro_export]
macro_rules! say {
    ($lang:expr, $en:literal, $fr:literal, $es:literal $(,)?) => {
        match $lang {
            $crate::Lang::En => format!($en),
            $crate::Lang::Fr => format!($fr),
            $crate::Lang::Es => format!($es),
        }
    };
}

/// Makes each type's `Display` its [`Say`] text in English, so that an error's English message
/// is written once, beside its French and Spanish.
#[macro_export]
macro_rules! display_in_english {
    ($($type:ty),+ $(,)?) => {$(
        impl ::std::fmt::Display for $type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&$crate::say::Say::say(self, $crate::Lang::En))
            }
        }
    )+};
}

/// `“text”`, `« text »` (with no-break spaces) or `«text»`: what the user wrote, quoted.
pub fn quote(text: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::Es => format!("«{text}»"),
    }
}

/// `: `, with the no-break space French puts before the colon.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En | Lang::Es => ": ",
    }
}

/// `line 3, column 7`: a place in a text file.
pub fn line_column(line: u32, column: u32, lang: Lang) -> String {
    say!(
        lang,
        "line {line}, column {column}",
        "ligne {line}, colonne {column}",
        "línea {line}, columna {column}",
    )
}

/// What a library outside att (a zip, XML, spreadsheet or TOML parser) said of a problem, in
/// its own words, which are English only: kept as it gave them, beside att's own naming of the
/// problem, and quoted as a technical detail inside a message said in any language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Detail(String);

impl Detail {
    /// The detail of `problem`, as the library displays it.
    pub fn of(problem: &dyn fmt::Display) -> Detail {
        Detail(problem.to_string())
    }

    /// The library's words.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// English words that a message said in French or Spanish should not hold, each a whole word.
/// Words French or Spanish also have (`a`, `an`, `on`, `no`, `part`, `bytes`…) are left out.
const ENGLISH_WORDS: &[&str] = &[
    "the", "is", "are", "was", "be", "not", "cannot", "can", "does", "has", "have", "its", "it",
    "this", "that", "which", "with", "without", "from", "for", "of", "and", "than", "more", "must",
    "may", "only", "at", "in", "to", "by", "file", "folder", "such", "workbook", "sheet", "cell",
    "cells", "value", "element", "line", "column", "damaged", "missing", "read", "written", "open",
    "save", "limit", "expected", "found",
];

/// The English words left in `text`, a message said in French or Spanish: for the tests that
/// prove each crate's errors are said in every language (what the user wrote and a library's
/// [`Detail`] are the caller's to leave out first).
pub fn english_words(text: &str) -> Vec<&'static str> {
    let mut found: Vec<&'static str> = text
        .split(char::is_whitespace)
        .map(|token| {
            token.trim_matches([
                '(', ')', ',', ';', ':', '.', '!', '?', '«', '»', '“', '”', '"', '\'',
            ])
        })
        .filter(|token| !is_technical(token))
        .flat_map(|token| token.split(|c: char| !c.is_alphanumeric()))
        .filter_map(|word| {
            ENGLISH_WORDS
                .iter()
                .find(|english| english.eq_ignore_ascii_case(word))
                .copied()
        })
        .collect();
    found.dedup();
    found
}

/// Whether a word is technical text rather than prose: a part name (`xl/workbook.xml`), an
/// element, an entity, a setting (`version="1.0"`).
fn is_technical(token: &str) -> bool {
    token.contains(['/', '.', '_', '<', '>', '&', '=', '@', ':'])
}

/// Checks that `message` says the same thing in French and Spanish as in English, in other
/// words: each differs from the English and holds none of its [`english_words`] once the texts
/// in `quoted` (what the user wrote, a library's details) are taken out. The problems found,
/// one line each, for a test to report.
pub fn untranslated(message: &dyn Say, quoted: &[&str]) -> Vec<String> {
    let english = message.say(Lang::En);
    let mut problems = Vec::new();
    for lang in [Lang::Fr, Lang::Es] {
        let said = message.say(lang);
        if said == english {
            problems.push(format!("{lang}: said in English: {said}"));
            continue;
        }
        let mut own = said.clone();
        for text in quoted.iter().filter(|text| !text.is_empty()) {
            own = own.replace(text, " ");
        }
        let words = english_words(&own);
        if !words.is_empty() {
            problems.push(format!("{lang}: English words {words:?} in: {said}"));
        }
        if lang == Lang::Fr {
            problems.extend(french_spacing(&own));
        }
    }
    problems
}

/// French puts a no-break space before `:`, `;`, `?` and `!` ending a phrase, and inside « »;
/// the first place that lacks it. Marks inside technical text (`A1:B2`, `&amp;`, `<?xml`, `<!`)
/// are not punctuation and are left alone.
fn french_spacing(said: &str) -> Option<String> {
    let chars: Vec<char> = said.chars().collect();
    chars.iter().enumerate().find_map(|(index, &c)| {
        let before = index.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(index + 1).copied();
        let ends_phrase = matches!(after, None | Some(' ' | '\u{a0}' | ')' | ','));
        let token_start = chars[..index]
            .iter()
            .rposition(|c| c.is_whitespace())
            .map_or(0, |i| i + 1);
        let technical = chars[token_start..index]
            .iter()
            .any(|c| matches!(c, '&' | '<'));
        let missing = match c {
            ':' | ';' | '?' | '!' => ends_phrase && !technical && before != Some('\u{a0}'),
            '»' => before != Some('\u{a0}'),
            '«' => after != Some('\u{a0}'),
            _ => false,
        };
        missing.then(|| format!("fr: no no-break space at “{c}” (character {index}) in: {said}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sample(&'static str, &'static str, &'static str);

    impl Say for Sample {
        fn say(&self, lang: Lang) -> String {
            match lang {
                Lang::En => self.0.to_owned(),
                Lang::Fr => self.1.to_owned(),
                Lang::Es => self.2.to_owned(),
            }
        }
    }

    #[test]
    fn quotes_in_the_marks_of_each_language() {
        assert_eq!(quote("x", Lang::En), "“x”");
        assert_eq!(quote("x", Lang::Fr), "«\u{a0}x\u{a0}»");
        assert_eq!(quote("x", Lang::Es), "«x»");
        assert_eq!(colon(Lang::Fr), "\u{a0}: ");
        assert_eq!(line_column(3, 7, Lang::Es), "línea 3, columna 7");
    }

    #[test]
    fn finds_english_left_in_a_translation() {
        assert_eq!(english_words("le fichier is damaged"), ["is", "damaged"]);
        assert!(english_words("la hoja no se puede leer; a la parte").is_empty());
        assert!(english_words("(ni xl/workbook.xml ni <sheet>)").is_empty());
        let untranslated_spanish = Sample("the file", "le fichier", "the file");
        assert_eq!(untranslated(&untranslated_spanish, &[]).len(), 1);
        let half = Sample("the file", "le fichier", "el archivo of");
        assert_eq!(untranslated(&half, &[]).len(), 1);
        let quoted = Sample("the file x of y", "le fichier x of y", "el archivo x of y");
        assert!(untranslated(&quoted, &["x of y"]).is_empty());
    }

    #[test]
    fn finds_french_colons_without_their_no_break_space() {
        let wrong = Sample("a: b", "a : b", "c: d");
        assert_eq!(untranslated(&wrong, &[]).len(), 1);
        let right = Sample("a: b", "a\u{a0}: b «\u{a0}c\u{a0}»", "c: d");
        assert!(untranslated(&right, &[]).is_empty());
        let time = Sample("at 1:2", "à 1:2", "en 1:2");
        assert!(untranslated(&time, &[]).is_empty());
    }

    #[test]
    fn a_detail_is_the_library_text_as_it_is() {
        let detail = Detail::of(&"invalid Zip archive: Could not find EOCD");
        assert_eq!(
            detail.to_string(),
            "invalid Zip archive: Could not find EOCD"
        );
        assert_eq!(detail.as_str(), detail.to_string());
    }
}
