//! Words shared by several matchers: directions ("exports"), the basis of figures ("actual",
//! "autorisées") and connectors ("of", "de", "y"), in English, French and Spanish; and the
//! directions and bases of German, Italian, Portuguese and Dutch layouts ("Ausfuhren",
//! "Importazioni", "Exportações", "Invoer", "bewilligt"), which carry no language of the Treaty.
//!
//! Tables are written as people spell the words and folded once, on first use.

use crate::langset::LangSet;
use att_schema::text::fold;
use att_schema::{DirectionKind, Lang};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Words in each of the three languages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words {
    pub(crate) en: &'static [&'static str],
    pub(crate) fr: &'static [&'static str],
    pub(crate) es: &'static [&'static str],
}

impl Words {
    /// Each word with its language.
    pub(crate) fn each(&self) -> impl Iterator<Item = (Lang, &'static str)> {
        let tag = |lang: Lang, list: &'static [&'static str]| list.iter().map(move |w| (lang, *w));
        tag(Lang::En, self.en)
            .chain(tag(Lang::Fr, self.fr))
            .chain(tag(Lang::Es, self.es))
    }
}

/// Folds every word of `table` into a map from folded word to its meaning and languages.
///
/// Panics if one folded word has two meanings: the tables are compiled in, and a test builds them.
pub(crate) fn build_map<T: Copy + PartialEq + std::fmt::Debug>(
    table: &[(T, Words)],
) -> HashMap<String, (T, LangSet)> {
    let mut map: HashMap<String, (T, LangSet)> = HashMap::default();
    for (meaning, words) in table {
        for (lang, word) in words.each() {
            let entry = map.entry(fold(word)).or_insert((*meaning, LangSet::NONE));
            assert!(
                entry.0 == *meaning,
                "vocabulary: {word:?} means both {:?} and {meaning:?}",
                entry.0
            );
            entry.1 = entry.1.union(LangSet::of(lang));
        }
    }
    map
}

/// Adds words of languages other than the Treaty's to a map built by [`build_map`], with no
/// language, so that they never vote when a report's language is guessed. A word the map
/// already has keeps its languages.
///
/// Panics if a word has another meaning in the map: the tables are compiled in, and a test
/// builds them.
pub(crate) fn add_other_languages<T: Copy + PartialEq + std::fmt::Debug>(
    map: &mut HashMap<String, (T, LangSet)>,
    table: &[(T, &[&str])],
) {
    for (meaning, words) in table {
        for word in *words {
            let entry = map.entry(fold(word)).or_insert((*meaning, LangSet::NONE));
            assert!(
                entry.0 == *meaning,
                "vocabulary: {word:?} means both {:?} and {meaning:?}",
                entry.0
            );
        }
    }
}

/// What a basis word says about the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BasisWord {
    /// Licences or authorizations issued.
    Authorized,
    /// Deliveries that took place.
    Actual,
    /// Both kinds ("both", "les deux", "ambas").
    Both,
}

const DIRECTION_WORDS: &[(DirectionKind, Words)] = &[
    (
        DirectionKind::Exports,
        Words {
            en: &["export", "exports", "exported"],
            fr: &[
                "exportation",
                "exportations",
                "exporté",
                "exportés",
                "exportée",
                "exportées",
            ],
            es: &[
                "exportación",
                "exportaciones",
                "exportado",
                "exportados",
                "exportada",
                "exportadas",
            ],
        },
    ),
    (
        DirectionKind::Imports,
        Words {
            en: &["import", "imports", "imported"],
            fr: &[
                "importation",
                "importations",
                "importé",
                "importés",
                "importée",
                "importées",
            ],
            es: &[
                "importación",
                "importaciones",
                "importado",
                "importados",
                "importada",
                "importadas",
            ],
        },
    ),
];

/// Directions in German, Italian, Portuguese and Dutch, as the sheet names and titles of national
/// layouts write them ("Ausfuhren 2019", "Esportazioni", "Importações", "Invoer 2023"). German
/// "Exporte" / "Importe" fold to French "exporté" / "importé", already there.
const OTHER_DIRECTION_WORDS: &[(DirectionKind, &[&str])] = &[
    (
        DirectionKind::Exports,
        &[
            // German
            "Ausfuhr",
            "Ausfuhren",
            "ausgeführt",
            "ausgeführte",
            // Italian
            "esportazione",
            "esportazioni",
            "esportato",
            "esportati",
            "esportata",
            "esportate",
            // Portuguese
            "exportação",
            "exportações",
            // Dutch
            "uitvoer",
            "uitgevoerd",
            "uitgevoerde",
        ],
    ),
    (
        DirectionKind::Imports,
        &[
            "Einfuhr",
            "Einfuhren",
            "eingeführt",
            "eingeführte",
            "importazione",
            "importazioni",
            "importato",
            "importati",
            "importata",
            "importate",
            "importação",
            "importações",
            "invoer",
            "ingevoerd",
            "ingevoerde",
        ],
    ),
];

const BASIS_WORDS: &[(BasisWord, Words)] = &[
    (
        BasisWord::Authorized,
        Words {
            en: &[
                "authorized",
                "authorised",
                "authorization",
                "authorizations",
                "authorisation",
                "authorisations",
                "auth",
                "licence",
                "licences",
                "license",
                "licenses",
                "licensed",
                "licenced",
                "licensing",
                "permit",
                "permits",
                "approved",
                "approvals",
            ],
            fr: &[
                "autorisé",
                "autorisés",
                "autorisée",
                "autorisées",
                "autorisation",
                "autorisations",
                "licence",
                "licences",
            ],
            es: &[
                "autorizado",
                "autorizados",
                "autorizada",
                "autorizadas",
                "autorización",
                "autorizaciones",
                "licencia",
                "licencias",
                "permiso",
                "permisos",
            ],
        },
    ),
    (
        BasisWord::Actual,
        Words {
            en: &[
                "actual",
                "actuals",
                "delivered",
                "delivery",
                "deliveries",
                "realised",
                "realized",
                "shipped",
                "shipments",
                "real",
            ],
            fr: &[
                "effectif",
                "effectifs",
                "effective",
                "effectives",
                "réel",
                "réels",
                "réelle",
                "réelles",
                "livraison",
                "livraisons",
                "livrées",
                "réalisé",
                "réalisés",
                "réalisée",
                "réalisées",
            ],
            es: &[
                "efectivo",
                "efectivos",
                "efectiva",
                "efectivas",
                "real",
                "reales",
                "entrega",
                "entregas",
                "entregado",
                "entregados",
                "entregada",
                "entregadas",
                "realizado",
                "realizados",
                "realizada",
                "realizadas",
            ],
        },
    ),
    (
        BasisWord::Both,
        Words {
            en: &["both"],
            fr: &["deux"],
            es: &["ambos", "ambas"],
        },
    ),
];

const CONNECTORS: Words = Words {
    en: &[
        "and", "or", "of", "the", "in", "on", "for", "by", "a", "an", "to", "per",
    ],
    fr: &[
        "et", "ou", "de", "des", "du", "d", "l", "le", "la", "les", "en", "sur", "pour", "par",
        "au", "aux", "à",
    ],
    es: &[
        "y", "e", "o", "u", "de", "del", "el", "la", "los", "las", "en", "sobre", "para", "por",
        "al", "a",
    ],
};

/// The basis of figures in German, Italian, Portuguese and Dutch ("bewilligte Ausfuhren",
/// "esportazioni effettive", "exportações efetivas", "verleende vergunningen").
const OTHER_BASIS_WORDS: &[(BasisWord, &[&str])] = &[
    (
        BasisWord::Authorized,
        &[
            "bewilligt",
            "bewilligte",
            "bewilligten",
            "bewilligung",
            "bewilligungen",
            "genehmigt",
            "genehmigte",
            "genehmigten",
            "genehmigung",
            "genehmigungen",
            "autorizzato",
            "autorizzati",
            "autorizzata",
            "autorizzate",
            "autorizzazione",
            "autorizzazioni",
            "licenza",
            "licenze",
            "autorizações",
            "licença",
            "licenças",
            "vergund",
            "vergunde",
            "vergunning",
            "vergunningen",
        ],
    ),
    (
        BasisWord::Actual,
        &[
            "tatsächlich",
            "tatsächliche",
            "tatsächlichen",
            "effektiv",
            "effektive",
            "lieferungen",
            "effettivo",
            "effettivi",
            "effettiva",
            "effettive",
            "consegne",
            "efetivo",
            "efetivos",
            "efetiva",
            "efetivas",
            "werkelijk",
            "werkelijke",
            "feitelijke",
            "daadwerkelijke",
            "leveringen",
        ],
    ),
];

static DIRECTIONS: LazyLock<HashMap<String, (DirectionKind, LangSet)>> = LazyLock::new(|| {
    let mut map = build_map(DIRECTION_WORDS);
    add_other_languages(&mut map, OTHER_DIRECTION_WORDS);
    map
});

static BASES: LazyLock<HashMap<String, (BasisWord, LangSet)>> = LazyLock::new(|| {
    let mut map = build_map(BASIS_WORDS);
    add_other_languages(&mut map, OTHER_BASIS_WORDS);
    map
});

static CONNECTOR_SET: LazyLock<HashMap<String, ((), LangSet)>> =
    LazyLock::new(|| build_map(&[((), CONNECTORS)]));

/// The direction a folded word names ("exports", "exportées", "importaciones").
pub(crate) fn direction_word(word: &str) -> Option<(DirectionKind, LangSet)> {
    DIRECTIONS.get(word).copied()
}

/// The basis a folded word names ("actual", "autorisees", "ambas").
pub(crate) fn basis_word(word: &str) -> Option<(BasisWord, LangSet)> {
    BASES.get(word).copied()
}

/// Basis words that are nouns ("licences", "deliveries", "autorisations"): they say what is
/// counted rather than qualify a count, so "Licence number" or "Number of licences" is not a
/// number of items.
const BASIS_NOUNS: &[&str] = &[
    "authorization",
    "authorizations",
    "authorisation",
    "authorisations",
    "auth",
    "licence",
    "licences",
    "license",
    "licenses",
    "licensing",
    "permit",
    "permits",
    "approvals",
    "delivery",
    "deliveries",
    "shipments",
    "autorisation",
    "autorisations",
    "livraison",
    "livraisons",
    "autorizacion",
    "autorizaciones",
    "licencia",
    "licencias",
    "permiso",
    "permisos",
    "entrega",
    "entregas",
    "bewilligung",
    "bewilligungen",
    "genehmigung",
    "genehmigungen",
    "lieferungen",
    "autorizzazione",
    "autorizzazioni",
    "licenza",
    "licenze",
    "consegne",
    "autorizacoes",
    "licenca",
    "licencas",
    "vergunning",
    "vergunningen",
    "leveringen",
];

/// Whether a folded basis word is a noun (see [`BASIS_NOUNS`]).
pub(crate) fn is_basis_noun(word: &str) -> bool {
    BASIS_NOUNS.contains(&word)
}

/// Whether a folded word is a connector: an article, a preposition or a conjunction.
pub(crate) fn is_connector(word: &str) -> bool {
    CONNECTOR_SET.contains_key(word)
}

/// Folds a list of words into a set, for the small filler lists of the matchers.
pub(crate) fn word_set(words: &[&str]) -> rustc_hash::FxHashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_build_without_conflicts() {
        assert_eq!(
            direction_word("exportees").map(|d| d.0),
            Some(DirectionKind::Exports)
        );
        assert_eq!(
            direction_word("importaciones").map(|d| d.0),
            Some(DirectionKind::Imports)
        );
        assert!(direction_word("exportations").is_some_and(|d| d.1.contains(Lang::Fr)));
        assert_eq!(
            basis_word("autorisees").map(|b| b.0),
            Some(BasisWord::Authorized)
        );
        assert_eq!(
            basis_word("efectivas").map(|b| b.0),
            Some(BasisWord::Actual)
        );
        assert_eq!(basis_word("ambas").map(|b| b.0), Some(BasisWord::Both));
        assert!(basis_word("real").is_some_and(|b| b.1.len() == 2));
        assert!(is_connector("del") && is_connector("a") && !is_connector("value"));
        assert!(is_basis_noun("licences") && !is_basis_noun("actual"));
        for noun in [
            "bewilligungen",
            "genehmigungen",
            "autorizzazioni",
            "licenze",
            "licencas",
            "vergunningen",
            "lieferungen",
            "consegne",
            "leveringen",
        ] {
            assert!(is_basis_noun(noun), "{noun} is a noun");
        }
        for noun in BASIS_NOUNS {
            assert!(basis_word(noun).is_some(), "{noun} is a basis word");
        }
    }

    #[test]
    fn other_languages_name_directions_and_bases_without_a_language() {
        for (word, direction) in [
            ("ausfuhren", DirectionKind::Exports),
            ("einfuhr", DirectionKind::Imports),
            ("esportazioni", DirectionKind::Exports),
            ("importazioni", DirectionKind::Imports),
            ("exportacoes", DirectionKind::Exports),
            ("importacoes", DirectionKind::Imports),
            ("uitvoer", DirectionKind::Exports),
            ("invoer", DirectionKind::Imports),
        ] {
            let (found, langs) = direction_word(word).unwrap_or_else(|| panic!("{word}"));
            assert_eq!(found, direction, "{word}");
            assert!(langs.is_empty(), "{word} votes for no language");
        }
        assert_eq!(
            basis_word("bewilligte").map(|b| b.0),
            Some(BasisWord::Authorized)
        );
        assert_eq!(basis_word("efetivas").map(|b| b.0), Some(BasisWord::Actual));
        assert!(basis_word("efetivas").is_some_and(|b| b.1.is_empty()));
        assert!(
            basis_word("efectivas").is_some_and(|b| b.1.contains(Lang::Es)),
            "a Spanish word keeps its language"
        );
    }

    #[test]
    #[should_panic(expected = "means both")]
    fn conflicting_other_language_words_are_caught() {
        let mut map = build_map(&[(
            1,
            Words {
                en: &["word"],
                fr: &[],
                es: &[],
            },
        )]);
        add_other_languages(&mut map, &[(2, &["Word"])]);
    }

    #[test]
    #[should_panic(expected = "means both")]
    fn conflicting_meanings_are_caught() {
        build_map(&[
            (
                1,
                Words {
                    en: &["word"],
                    fr: &[],
                    es: &[],
                },
            ),
            (
                2,
                Words {
                    en: &[],
                    fr: &["Word"],
                    es: &[],
                },
            ),
        ]);
    }
}
