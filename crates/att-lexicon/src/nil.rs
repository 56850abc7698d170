//! Nil statements: "Nil", "None", "No exports", "Néant", "Aucune exportation",
//! "Sin exportaciones", "Nada que informar", "Informe nulo – importaciones".

use crate::key::{fold_key, is_number_word, strip_enumerator, words};
use crate::langset::LangSet;
use crate::vocab::{self, Words};
use att_schema::DirectionKind;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Reads a nil statement: `Some(None)` when the text says there is nothing to report without
/// saying for which direction ("Nil", "None", "Néant", "Nada que informar", "Informe nulo"),
/// `Some(Some(direction))` when it says which ("No exports during the reporting period",
/// "Aucune exportation", "Sin importaciones", "Nil report – exports"), `None` otherwise.
///
/// A statement that names both directions ("No exports or imports") also gives `Some(None)`:
/// it does not single one out. "No" alone is not a nil statement (it is an unticked box).
///
/// ```
/// use att_lexicon::section::match_nil_statement;
/// use att_schema::DirectionKind;
/// assert_eq!(match_nil_statement("Néant"), Some(None));
/// assert_eq!(match_nil_statement("Sin exportaciones"), Some(Some(DirectionKind::Exports)));
/// assert_eq!(match_nil_statement("No"), None);
/// ```
pub fn match_nil_statement(text: &str) -> Option<Option<DirectionKind>> {
    nil_statement_with_langs(text).map(|(direction, _)| direction)
}

/// [`match_nil_statement`], with the languages of the words that made the match.
pub(crate) fn nil_statement_with_langs(text: &str) -> Option<(Option<DirectionKind>, LangSet)> {
    nil_statement_folded(&fold_key(strip_enumerator(text)))
}

/// [`match_nil_statement`] of a text already folded with [`fold_key`].
pub(crate) fn nil_statement_folded(folded: &str) -> Option<(Option<DirectionKind>, LangSet)> {
    let mut langs = LangSet::NONE;
    let mut nil = false;
    let mut negation = false;
    let mut exports = false;
    let mut imports = false;
    let mut transfers = false;
    let mut count = 0;
    for word in words(folded) {
        count += 1;
        if count > MAX_NIL_WORDS {
            return None;
        }
        if let Some(&(kind, word_langs)) = NIL_WORDS.get(word) {
            langs = langs.union(word_langs);
            match kind {
                NilWord::Nil => nil = true,
                NilWord::Negation => negation = true,
            }
        } else if let Some((direction, word_langs)) = vocab::direction_word(word) {
            langs = langs.union(word_langs);
            match direction {
                DirectionKind::Exports => exports = true,
                DirectionKind::Imports => imports = true,
            }
        } else if TRANSFER_WORDS.contains(&word) {
            transfers = true;
        } else if !(NIL_FILLERS.contains(word) || vocab::is_connector(word) || is_number_word(word))
        {
            return None;
        }
    }
    let direction = match (exports, imports) {
        (true, false) => Some(DirectionKind::Exports),
        (false, true) => Some(DirectionKind::Imports),
        _ => None,
    };
    let said = nil || (negation && (exports || imports || transfers));
    said.then_some((direction, langs))
}

/// Words for transfers in general, which a negation makes a nil statement of both directions.
const TRANSFER_WORDS: &[&str] = &[
    "transfer",
    "transfers",
    "transfert",
    "transferts",
    "transferencia",
    "transferencias",
];

/// Most words of a nil statement.
const MAX_NIL_WORDS: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq)]
enum NilWord {
    /// Says "nothing" on its own: "nil", "none", "néant", "nada", "nulo".
    Nil,
    /// Says "nothing" only with a direction: "no exports", "aucune exportation".
    Negation,
}

const NIL_TABLE: &[(NilWord, Words)] = &[
    (
        NilWord::Nil,
        Words {
            en: &["nil", "none", "nothing", "negative"],
            fr: &["néant", "rien", "nul", "nulle", "négatif", "négative"],
            es: &[
                "nada", "nulo", "nula", "ninguno", "ninguna", "negativo", "negativa",
            ],
        },
    ),
    (
        NilWord::Negation,
        Words {
            en: &["no", "zero", "never"],
            fr: &["aucun", "aucune", "pas", "zéro", "jamais"],
            es: &["sin", "ningún", "cero", "nunca"],
        },
    ),
];

/// Nil and negation words of German, Italian, Portuguese and Dutch ("Keine Ausfuhren", "Nessuna
/// esportazione", "Nenhuma importação", "Geen uitvoer"), with no language, as their directions.
const OTHER_NIL_TABLE: &[(NilWord, &[&str])] = &[
    (NilWord::Nil, &["nichts", "niente", "nulla", "niets"]),
    (
        NilWord::Negation,
        &[
            "keine", "kein", "keiner", "nessuna", "nessun", "nessuno", "nenhuma", "nenhum", "sem",
            "geen",
        ],
    ),
];

static NIL_WORDS: LazyLock<HashMap<String, (NilWord, LangSet)>> = LazyLock::new(|| {
    let mut map = vocab::build_map(NIL_TABLE);
    vocab::add_other_languages(&mut map, OTHER_NIL_TABLE);
    map
});

/// Words a nil statement may use around its nil words and direction.
static NIL_FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        // English
        "report",
        "return",
        "declaration",
        "statement",
        "reported",
        "reporting",
        "declare",
        "during",
        "period",
        "year",
        "calendar",
        "conventional",
        "arms",
        "covered",
        "article",
        "there",
        "were",
        "was",
        "made",
        "any",
        "this",
        "that",
        "annex",
        "is",
        "are",
        "have",
        "has",
        "been",
        "under",
        // French
        "rapport",
        "déclaration",
        "signaler",
        "déclarer",
        "cours",
        "période",
        "durant",
        "pendant",
        "année",
        "civile",
        "armes",
        "classiques",
        "il",
        "n",
        "y",
        "eu",
        "ce",
        "cette",
        "annexe",
        "visées",
        "visés",
        "effectuée",
        "effectuées",
        "a",
        "été",
        // Spanish
        "que",
        "declaración",
        "reporte",
        "informar",
        "declarar",
        "durante",
        "periodo",
        "período",
        "año",
        "armas",
        "convencionales",
        "hubo",
        "se",
        "realizaron",
        "registraron",
        "efectuaron",
        "realizó",
        "este",
        "esta",
        "anexo",
        "informe",
        "comprendidas",
        "abarcadas",
        "ha",
        "han",
        "habido",
    ])
});

#[cfg(test)]
mod tests;
