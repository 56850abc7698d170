//! Section titles and sheet names ("EXPORTS", "Exportations effectives", "Annex 2", "Portada"),
//! and nil statements ("Nil", "No exports", "Néant", "Sin exportaciones"; read in `nil.rs`).

use crate::key::{fold_key, is_number_word, strip_enumerator, words};
use crate::langset::LangSet;
use crate::vocab::{self, BasisWord, Words};

pub use crate::nil::match_nil_statement;
pub(crate) use crate::nil::{nil_statement_folded, nil_statement_with_langs};
use att_schema::{Basis, DirectionKind, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A part of a report, as a section title or a sheet name announces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    /// The exports table.
    Exports,
    /// The imports table.
    Imports,
    /// Annex 2: national definitions of categories.
    NationalDefinitions,
    /// The title page (cover).
    TitlePage,
    /// Instructions and reference material, including Annex 1 (the UN Register's category
    /// definitions): nothing to read.
    Instructions,
}

/// A recognised section title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionMatch {
    /// The part of the report.
    pub section: Section,
    /// The basis of the figures, when the title says it ("Actual exports",
    /// "Importations effectives").
    pub basis: Option<Basis>,
}

/// Longest title considered; longer cells are notes.
const MAX_TITLE_WORDS: usize = 14;

/// Reads a section title or sheet name.
///
/// Exports and imports titles are read word by word: one direction ("exports", "exportations",
/// "importaciones"), optional basis words ("actual", "autorisées"), and words that titles use
/// around them ("report on", "of conventional arms", "Article 2(1)", "table 1", a year). Any
/// other word makes it something else ("No exports" is a nil statement, not a title).
///
/// ```
/// use att_lexicon::section::{match_section, Section};
/// use att_schema::Basis;
/// let title = match_section("Exports of conventional arms (Article 2(1))").unwrap();
/// assert_eq!(title.section, Section::Exports);
/// assert_eq!(match_section("Importations effectives").unwrap().basis, Some(Basis::Actual));
/// assert_eq!(match_section("Annex 2").unwrap().section, Section::NationalDefinitions);
/// assert_eq!(match_section("No exports"), None);
/// ```
pub fn match_section(text: &str) -> Option<SectionMatch> {
    match_section_with_langs(text).map(|(found, _)| found)
}

/// [`match_section`], with the languages of the words that made the match.
pub(crate) fn match_section_with_langs(text: &str) -> Option<(SectionMatch, LangSet)> {
    let folded = fold_key(strip_enumerator(text));
    if folded.is_empty() || words(&folded).count() > MAX_TITLE_WORDS {
        return None;
    }
    let without_year = strip_trailing_numbers(&folded);
    if let Some(&(section, langs)) = TITLES.get(without_year) {
        return Some((
            SectionMatch {
                section,
                basis: None,
            },
            langs,
        ));
    }
    if let Some(found) = annex(&folded) {
        return Some(found);
    }
    direction_title(&folded)
}

/// Titles of the sections other than exports and imports, folded, with their languages.
static TITLES: LazyLock<HashMap<String, (Section, LangSet)>> = LazyLock::new(|| {
    vocab::build_map(&[
        (
            Section::TitlePage,
            Words {
                en: &[
                    "Title page",
                    "Title",
                    "Cover",
                    "Cover page",
                    "Cover sheet",
                    "Front page",
                    "General information",
                    "Title sheet",
                    "Reporting State information",
                    "Annual report",
                    "ATT annual report",
                    "Arms Trade Treaty annual report",
                    "Arms Trade Treaty – Annual report",
                    "Contact details",
                    "Contents of the report",
                    "Voluntary declaration",
                    "Voluntary declaration under Article",
                    "About this workbook",
                ],
                fr: &[
                    "Page de titre",
                    "Page de garde",
                    "Couverture",
                    "Informations générales",
                    "Page titre",
                    "Rapport annuel",
                    "Traité sur le commerce des armes – Rapport annuel",
                    "Coordonnées",
                    "Contenu du rapport",
                    "Déclaration facultative",
                    "Déclaration facultative au titre de l'article",
                    "À propos de ce classeur",
                ],
                es: &[
                    "Portada",
                    "Página de título",
                    "Carátula",
                    "Información general",
                    "Hoja de portada",
                    "Página de portada",
                    "Informe anual",
                    "Tratado sobre el Comercio de Armas – Informe anual",
                    "Datos de contacto",
                    "Contenido del informe",
                    "Declaración voluntaria",
                    "Declaración voluntaria en virtud del artículo",
                    "Acerca de este libro",
                ],
            },
        ),
        (
            Section::Instructions,
            Words {
                en: &[
                    "Instructions",
                    "Guidance",
                    "Guidance notes",
                    "Guidelines",
                    "Read me",
                    "Readme",
                    "How to complete",
                    "How to fill in",
                    "Explanatory notes",
                    "Category definitions",
                    "Definitions of categories",
                    "UN Register categories",
                    "Categories",
                    "Definitions",
                ],
                fr: &[
                    "Instructions",
                    "Mode d'emploi",
                    "Guide",
                    "Notes explicatives",
                    "Lisez-moi",
                    "Définitions des catégories",
                    "Catégories",
                    "Définitions",
                ],
                es: &[
                    "Instrucciones",
                    "Guía",
                    "Notas explicativas",
                    "Léame",
                    "Definiciones de las categorías",
                    "Categorías",
                    "Definiciones",
                ],
            },
        ),
        (
            Section::NationalDefinitions,
            Words {
                en: &[
                    "National definitions",
                    "National definitions of categories",
                    "National category definitions",
                    "Definitions of national categories",
                ],
                fr: &[
                    "Définitions nationales",
                    "Définitions nationales des catégories",
                    "Définitions des catégories nationales",
                ],
                es: &[
                    "Definiciones nacionales",
                    "Definiciones nacionales de las categorías",
                    "Definiciones de las categorías nacionales",
                ],
            },
        ),
    ])
});

/// "Annex 1" (reference: instructions) and "Annex 2" (national definitions), alone or with
/// their titles; "Annex 3" is the nil-report annex and is left to [`match_nil_statement`].
fn annex(folded: &str) -> Option<(SectionMatch, LangSet)> {
    let mut parts = folded.splitn(3, ' ');
    let (word, number) = (parts.next()?, parts.next()?);
    let rest = parts.next().unwrap_or("");
    let langs = match word {
        "annex" => LangSet::of(Lang::En),
        "annexe" => LangSet::of(Lang::Fr),
        "anexo" => LangSet::of(Lang::Es),
        _ => return None,
    };
    let section = match number {
        "1" | "i" => Section::Instructions,
        "2" | "ii" => Section::NationalDefinitions,
        _ => return None,
    };
    let rest_fits = rest.is_empty()
        || TITLES
            .get(strip_trailing_numbers(rest))
            .is_some_and(|(s, _)| *s == section);
    rest_fits.then_some((
        SectionMatch {
            section,
            basis: None,
        },
        langs,
    ))
}

/// Words that exports and imports titles use around the direction.
static TITLE_FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "report",
        "reports",
        "annual",
        "table",
        "conventional",
        "arms",
        "article",
        "articles",
        "part",
        "section",
        "calendar",
        "year",
        "data",
        "list",
        "covered",
        "under",
        "treaty",
        "att",
        "rapport",
        "annuel",
        "tableau",
        "armes",
        "classiques",
        "partie",
        "année",
        "civile",
        "données",
        "liste",
        "visées",
        "traité",
        "tca",
        "informe",
        "anual",
        "cuadro",
        "tabla",
        "armas",
        "convencionales",
        "parte",
        "sección",
        "año",
        "datos",
        "lista",
        "comprendidas",
        "tratado",
        "sheet",
        "feuille",
        "hoja",
        // The UN Register's standardized forms and published tables: "UN Register of
        // Conventional Arms – Exports", "Standardized form for reporting international
        // transfers: exports", "Exports of small arms and light weapons".
        "un",
        "united",
        "nations",
        "register",
        "standardized",
        "standardised",
        "form",
        "reporting",
        "international",
        "transfers",
        "small",
        "light",
        "weapons",
        "onu",
        "unies",
        "registre",
        "formulaire",
        "normalisé",
        "internationaux",
        "transferts",
        "petit",
        "calibre",
        "légères",
        "naciones",
        "unidas",
        "registro",
        "formulario",
        "normalizado",
        "internacionales",
        "transferencias",
        "pequeñas",
        "ligeras",
    ])
});

/// An exports or imports title: one direction, basis words, fillers.
fn direction_title(folded: &str) -> Option<(SectionMatch, LangSet)> {
    let mut direction: Option<DirectionKind> = None;
    let mut langs = LangSet::NONE;
    let (mut authorized, mut actual) = (false, false);
    for word in words(folded) {
        if let Some((found, word_langs)) = vocab::direction_word(word) {
            if direction.is_some_and(|d| d != found) {
                return None;
            }
            direction = Some(found);
            langs = langs.union(word_langs);
        } else if let Some((basis, word_langs)) = vocab::basis_word(word) {
            langs = langs.union(word_langs);
            match basis {
                BasisWord::Authorized => authorized = true,
                BasisWord::Actual => actual = true,
                BasisWord::Both => (authorized, actual) = (true, true),
            }
        } else if !(TITLE_FILLERS.contains(word)
            || vocab::is_connector(word)
            || is_number_word(word))
        {
            return None;
        }
    }
    let section = match direction? {
        DirectionKind::Exports => Section::Exports,
        DirectionKind::Imports => Section::Imports,
    };
    let basis = match (authorized, actual) {
        (true, true) => Some(Basis::Both),
        (true, false) => Some(Basis::Authorized),
        (false, true) => Some(Basis::Actual),
        (false, false) => None,
    };
    Some((SectionMatch { section, basis }, langs))
}

/// The folded text without numbers at its end ("exports 2023" → "exports").
fn strip_trailing_numbers(folded: &str) -> &str {
    let mut text = folded;
    while let Some((head, last)) = text.rsplit_once(' ') {
        if !is_number_word(last) {
            break;
        }
        text = head;
    }
    text
}

#[cfg(test)]
mod tests;
