//! The year label read word by word: "Année couverte par le rapport", "Année civile couverte
//! par le rapport", "Year covered by the report", "Year under review", "Año al que se refiere el
//! informe", "Período cubierto por el informe", "Exercice".
//!
//! A year label has a word for the year or the period ("year", "année", "año", "période",
//! "período") and otherwise only words that say which year ("calendar", "civile", "reporting",
//! "covered", "couverte", "abarca", "under review"), words for the report and connectors. A
//! sentence about a year ("The year was difficult") has other words and is not one.

use crate::key::words;
use crate::langset::LangSet;
use crate::vocab::{self, Words};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq)]
enum YearWord {
    /// The year or the period itself.
    Year,
    /// A word that says which year: "calendar", "covered", "report".
    Qualifier,
}

static YEAR_WORDS: LazyLock<HashMap<String, (YearWord, LangSet)>> = LazyLock::new(|| {
    vocab::build_map(&[
        (
            YearWord::Year,
            Words {
                en: &["year", "period"],
                fr: &["année", "période", "exercice"],
                es: &["año", "período", "periodo", "ejercicio"],
            },
        ),
        (
            YearWord::Qualifier,
            Words {
                en: &[
                    "calendar",
                    "reporting",
                    "report",
                    "reference",
                    "covered",
                    "concerned",
                    "under",
                    "review",
                    "which",
                    "relates",
                    "this",
                    "current",
                ],
                fr: &[
                    "civile",
                    "calendaire",
                    "rapport",
                    "référence",
                    "couverte",
                    "couvert",
                    "visée",
                    "visé",
                    "concernée",
                    "concerné",
                    "faisant",
                    "objet",
                    "laquelle",
                    "lequel",
                    "porte",
                    "présent",
                ],
                es: &[
                    "civil",
                    "calendario",
                    "informe",
                    "referencia",
                    "cubierto",
                    "abarcado",
                    "abarca",
                    "comprendido",
                    "que",
                    "se",
                    "refiere",
                    "presente",
                ],
            },
        ),
    ])
});

/// Most words of a year label.
const MAX_YEAR_LABEL_WORDS: usize = 10;

/// The year label that the folded `key` is, with its languages.
pub(super) fn year_label(key: &str) -> Option<LangSet> {
    let mut year = false;
    let mut langs = LangSet::NONE;
    for (count, word) in words(key).enumerate() {
        if count >= MAX_YEAR_LABEL_WORDS {
            return None;
        }
        match YEAR_WORDS.get(word) {
            Some(&(kind, word_langs)) => {
                year |= kind == YearWord::Year;
                langs = langs.union(word_langs);
            }
            None if vocab::is_connector(word) => {}
            None => return None,
        }
    }
    year.then_some(langs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::Lang;
    use att_schema::text::fold;

    #[test]
    fn year_labels_in_their_many_wordings() {
        for (text, lang) in [
            ("Année couverte par le rapport", Lang::Fr),
            ("Année civile couverte par le rapport", Lang::Fr),
            ("Année faisant l'objet du rapport", Lang::Fr),
            ("Année sur laquelle porte le rapport", Lang::Fr),
            ("Période visée par le rapport", Lang::Fr),
            ("Year covered by the report", Lang::En),
            ("Year under review", Lang::En),
            ("Calendar year to which the report relates", Lang::En),
            ("Reporting calendar year", Lang::En),
            ("Año al que se refiere el informe", Lang::Es),
            ("Período cubierto por el informe", Lang::Es),
            ("Año civil que abarca el informe", Lang::Es),
        ] {
            let langs = year_label(&fold(text)).unwrap_or_else(|| panic!("{text:?}"));
            assert!(langs.contains(lang), "{text:?}");
        }
    }

    #[test]
    fn other_texts_are_not_year_labels() {
        for text in [
            "Report",
            "Calendar",
            "The year was difficult",
            "Reporting State",
            "Date of the report",
            "Year 2021",
        ] {
            assert_eq!(year_label(&fold(text)), None, "{text:?}");
        }
    }
}
