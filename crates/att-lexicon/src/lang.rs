//! The language of a report, guessed from its headings, labels and titles.

use crate::heading::match_heading_with_langs;
use crate::key::words;
use crate::label::match_label_with_langs;
use crate::langset::LangSet;
use crate::section::{match_section_with_langs, nil_statement_with_langs};
use crate::vocab::{self, Words};
use att_schema::Lang;
use att_schema::text::fold;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Weight of a function word ("the", "les", "los") found in a text that is not a recognised
/// heading, label or title, against 1 for a recognised one.
const FUNCTION_WORD_WEIGHT: f64 = 0.25;

/// Guesses the report's language from texts of its cells (headings, labels, titles, notes):
/// each recognised heading, label, section title or nil statement votes for the languages its
/// wording belongs to (shared words such as "Description" or "Transit" split their vote); the
/// function words of other texts ("the", "les", "los") add a smaller vote. `None` when nothing
/// is recognised or two languages tie.
///
/// Used as the hint for reading ambiguous numbers ("12,345") and for the report's language.
///
/// ```
/// use att_lexicon::lang::guess_language;
/// use att_schema::Lang;
/// let cells = ["Catégorie", "État importateur final", "Nombre d'articles", "Valeur", "Description"];
/// assert_eq!(guess_language(&cells), Some(Lang::Fr));
/// assert_eq!(guess_language(&["1200", "Germany"]), None);
/// ```
pub fn guess_language(texts: &[&str]) -> Option<Lang> {
    let mut scores = [0.0_f64; 3];
    for text in texts {
        let recognised = recognised_langs(text);
        if recognised.is_empty() {
            vote(&mut scores, function_word_langs(text), FUNCTION_WORD_WEIGHT);
        } else {
            vote(&mut scores, recognised, 1.0);
        }
    }
    let (best, &top) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    let tied = scores.iter().filter(|&&s| s == top).count() > 1;
    (top > 0.0 && !tied).then(|| Lang::ALL[best])
}

fn vote(scores: &mut [f64; 3], langs: LangSet, weight: f64) {
    if langs.is_empty() || langs.len() == 3 {
        return;
    }
    let share = weight / f64::from(langs.len());
    for (score, lang) in scores.iter_mut().zip(Lang::ALL) {
        if langs.contains(lang) {
            *score += share;
        }
    }
}

/// The languages of the wording of a recognised heading, label, title or nil statement.
fn recognised_langs(text: &str) -> LangSet {
    let mut langs = LangSet::NONE;
    if let Some((_, found)) = match_heading_with_langs(text) {
        langs = langs.union(found);
    }
    if let Some((_, found)) = match_label_with_langs(text) {
        langs = langs.union(found);
    }
    if let Some((_, found)) = match_section_with_langs(text) {
        langs = langs.union(found);
    }
    if let Some((_, found)) = nil_statement_with_langs(text) {
        langs = langs.union(found);
    }
    langs
}

static FUNCTION_WORDS: LazyLock<HashMap<String, ((), LangSet)>> = LazyLock::new(|| {
    vocab::build_map(&[(
        (),
        Words {
            en: &[
                "the", "of", "and", "to", "in", "for", "is", "are", "with", "on", "by", "from",
                "this", "that", "which", "were", "was", "not",
            ],
            fr: &[
                "le", "les", "des", "du", "et", "est", "sont", "pour", "dans", "par", "sur", "une",
                "un", "au", "aux", "avec", "ce", "cette", "qui", "la", "de", "en", "que", "pas",
            ],
            es: &[
                "el", "los", "las", "del", "y", "es", "son", "para", "por", "con", "una", "un",
                "al", "este", "esta", "la", "de", "en", "que", "no",
            ],
        },
    )])
});

/// The languages that the function words of `text` belong to.
fn function_word_langs(text: &str) -> LangSet {
    let folded = fold(text);
    let mut scores = [0_u32; 3];
    for word in words(&folded) {
        if let Some((_, langs)) = FUNCTION_WORDS.get(word)
            && langs.len() == 1
        {
            for (score, lang) in scores.iter_mut().zip(Lang::ALL) {
                if langs.contains(lang) {
                    *score += 1;
                }
            }
        }
    }
    let top = scores.iter().copied().max().unwrap_or(0);
    if top == 0 || scores.iter().filter(|&&s| s == top).count() > 1 {
        return LangSet::NONE;
    }
    Lang::ALL
        .into_iter()
        .zip(scores)
        .filter(|&(_, score)| score == top)
        .fold(LangSet::NONE, |set, (lang, _)| set.union(LangSet::of(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_from_headings() {
        let english = [
            "Category / sub-category (I–VIII)",
            "Final importing State",
            "Number of items",
            "Value",
        ];
        assert_eq!(guess_language(&english), Some(Lang::En));
        let spanish = [
            "Categoría",
            "Estado importador final",
            "Número de artículos",
            "Valor",
            "Descripción",
        ];
        assert_eq!(guess_language(&spanish), Some(Lang::Es));
        let french = [
            "Catégorie",
            "État exportateur",
            "Nombre d'articles",
            "Valeur",
            "Observations",
        ];
        assert_eq!(guess_language(&french), Some(Lang::Fr));
    }

    #[test]
    fn guesses_from_labels_and_titles() {
        assert_eq!(
            guess_language(&["État partie :", "Année civile : 2023"]),
            Some(Lang::Fr)
        );
        assert_eq!(
            guess_language(&["Estado informante:", "Sin exportaciones"]),
            Some(Lang::Es)
        );
        assert_eq!(
            guess_language(&["EXPORTS", "Reporting State:"]),
            Some(Lang::En)
        );
    }

    #[test]
    fn shared_words_do_not_decide_alone() {
        assert_eq!(guess_language(&["Description", "Transit"]), None);
        assert_eq!(
            guess_language(&["Description", "Transit", "Valeur"]),
            Some(Lang::Fr)
        );
    }

    #[test]
    fn notes_add_a_smaller_vote() {
        let notes = ["Les chiffres sont provisoires et la liste est incomplète"];
        assert_eq!(guess_language(&notes), Some(Lang::Fr));
        let mixed = ["Value", "Number of items", "Les chiffres sont provisoires"];
        assert_eq!(guess_language(&mixed), Some(Lang::En));
    }

    #[test]
    fn headings_and_titles_of_other_languages_do_not_vote() {
        let dutch = [
            "Invoer",
            "Categorie van de lijst",
            "Land van herkomst",
            "Aantal",
            "Omschrijving",
            "Opmerkingen",
        ];
        assert_eq!(guess_language(&dutch), None);
        let mut with_label = dutch.to_vec();
        with_label.push("Reporting State:");
        assert_eq!(guess_language(&with_label), Some(Lang::En));
        let italian = ["Esportazioni", "Quantità", "Descrizione", "État partie :"];
        assert_eq!(guess_language(&italian), Some(Lang::Fr));
        let german = ["Ausfuhren von Kriegsmaterial", "Anzahl", "Año civil: 2021"];
        assert_eq!(guess_language(&german), Some(Lang::Es));
    }

    #[test]
    fn nothing_recognised() {
        assert_eq!(guess_language(&[]), None);
        assert_eq!(guess_language(&["1200", "Germany", "X"]), None);
        assert_eq!(guess_language(&["Value", "Valeur"]), None);
    }
}
