//! Section titles and sheet names ("EXPORTS", "Exportations effectives", "Annex 2", "Portada"),
//! and nil statements ("Nil", "No exports", "Néant", "Sin exportaciones"; read in `nil.rs`).

use crate::key::{fold_key, is_number_word, strip_enumerator, words};
use crate::langset::LangSet;
use crate::units::{UnitStatement, split_unit_statement};
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

/// A section title, with what a qualifier after it says of the table's figures: "EXPORTS
/// (number of items)", "IMPORTS (values in EUR)", "Exportations (en milliers d'euros)",
/// "Importaciones – número de unidades".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionReading {
    /// The part of the report.
    pub section: Section,
    /// The basis of the figures, when the title says it.
    pub basis: Option<Basis>,
    /// What the qualifier says: the figures are counts or values, in which currency and
    /// multiplier. `None` when the title has no qualifier.
    pub units: Option<UnitStatement>,
}

impl SectionReading {
    /// The title without its qualifier, as [`match_section`] gives it.
    pub fn as_match(&self) -> SectionMatch {
        SectionMatch {
            section: self.section,
            basis: self.basis,
        }
    }
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

/// Reads a section title with the qualifier that an exports or imports title may carry at its
/// end, in brackets or after a dash, colon or comma: what the figures are and their units (see
/// [`crate::units`]). [`match_section`] reads the same titles and leaves the qualifier out.
///
/// ```
/// use att_lexicon::section::{match_section_detailed, Section};
/// use att_lexicon::units::Figures;
/// let title = match_section_detailed("EXPORTS (number of items)").unwrap();
/// assert_eq!(title.section, Section::Exports);
/// assert_eq!(title.units.unwrap().figures, Some(Figures::Counts));
/// let title = match_section_detailed("Exportations (en milliers d'euros)").unwrap();
/// assert_eq!(title.units.unwrap().currency.as_deref(), Some("EUR"));
/// assert_eq!(match_section_detailed("Exports").unwrap().units, None);
/// ```
pub fn match_section_detailed(text: &str) -> Option<SectionReading> {
    let folded = fold_key(strip_enumerator(text));
    if let Some((found, _)) = match_folded(&folded) {
        return Some(SectionReading {
            section: found.section,
            basis: found.basis,
            units: None,
        });
    }
    let (found, _, units) = match_qualified(text, &folded)?;
    Some(SectionReading {
        section: found.section,
        basis: found.basis,
        units: Some(units),
    })
}

/// [`match_section`], with the languages of the words that made the match.
pub(crate) fn match_section_with_langs(text: &str) -> Option<(SectionMatch, LangSet)> {
    let folded = fold_key(strip_enumerator(text));
    match_folded(&folded).or_else(|| {
        let (found, langs, _) = match_qualified(text, &folded)?;
        Some((found, langs))
    })
}

/// An exports or imports title followed by a unit statement (a qualifier); `folded` is the
/// whole text folded.
fn match_qualified(text: &str, folded: &str) -> Option<(SectionMatch, LangSet, UnitStatement)> {
    if !text.contains(QUALIFIER_SEPARATORS) || !may_be_a_qualified_title(folded) {
        return None;
    }
    let (head, units) = split_unit_statement(text)?;
    let (found, langs) = match_folded(&fold_key(strip_enumerator(head)))?;
    matches!(found.section, Section::Exports | Section::Imports).then_some((found, langs, units))
}

/// Whether a folded text may be an exports or imports title with a qualifier: it begins as
/// titles begin and names a direction. Most texts that are not one show it at once, and need
/// no search for a qualifier.
fn may_be_a_qualified_title(folded: &str) -> bool {
    let mut all = words(folded);
    let begins = all.next().is_some_and(|word| {
        vocab::direction_word(word).is_some()
            || vocab::basis_word(word).is_some()
            || vocab::is_connector(word)
            || TITLE_FILLERS.contains(word)
            || OTHER_TITLE_FILLERS.contains(word)
    });
    begins && words(folded).any(|word| vocab::direction_word(word).is_some())
}

/// Characters that may set a qualifier apart from a title.
const QUALIFIER_SEPARATORS: &[char] = &['(', '-', '–', '—', ':', ';', ','];

/// A section title without a qualifier, folded with [`fold_key`] after its numbering is
/// stripped.
fn match_folded(folded: &str) -> Option<(SectionMatch, LangSet)> {
    if folded.is_empty() || words(folded).count() > MAX_TITLE_WORDS {
        return None;
    }
    let without_year = strip_trailing_numbers(folded);
    if let Some(&(section, langs)) = TITLES.get(without_year) {
        return Some((
            SectionMatch {
                section,
                basis: None,
            },
            langs,
        ));
    }
    if let Some(found) = annex(folded) {
        return Some(found);
    }
    direction_title(folded)
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
        // What is exported, as national reports name it: "Exports of military goods",
        // "Exportations de matériels de guerre", "Exports authorized (licences issued) —
        // special military goods".
        "military",
        "goods",
        "equipment",
        "defence",
        "defense",
        "strategic",
        "special",
        "war",
        "material",
        "materiel",
        "issued",
        "granted",
        "matériel",
        "matériels",
        "guerre",
        "militaire",
        "militaires",
        "biens",
        "équipement",
        "équipements",
        "défense",
        "délivrées",
        "délivrés",
        "accordées",
        "materiales",
        "bélico",
        "militar",
        "militares",
        "bienes",
        "equipo",
        "equipos",
        "defensa",
        "concedidas",
        "concedidos",
        "otorgadas",
        "expedidas",
    ])
});

/// Words that titles in German, Italian, Portuguese and Dutch use around the direction
/// ("Ausfuhren von Kriegsmaterial", "Esportazioni di armi convenzionali", "Uitvoer van
/// militaire goederen"); like the directions of those languages, they carry no language.
static OTHER_TITLE_FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        // German
        "von",
        "der",
        "die",
        "das",
        "des",
        "und",
        "im",
        "nach",
        "kriegsmaterial",
        "kriegsmaterials",
        "besondere",
        "besonderer",
        "besonderen",
        "militärische",
        "militärischer",
        "militärischen",
        "güter",
        "gütern",
        "rüstungsgüter",
        "rüstungsgütern",
        "waffen",
        "konventionelle",
        "konventioneller",
        "bericht",
        "jahresbericht",
        "tabelle",
        "teil",
        "daten",
        "jahr",
        // Italian
        "di",
        "delle",
        "dei",
        "degli",
        "della",
        "armi",
        "convenzionali",
        "materiali",
        "materiale",
        "armamento",
        "armamenti",
        "relazione",
        "rapporto",
        "annuale",
        "tabella",
        "anno",
        "dati",
        "militari",
        // Portuguese
        "da",
        "do",
        "das",
        "dos",
        "convencionais",
        "relatório",
        "tabela",
        "quadro",
        "ano",
        "dados",
        // Dutch
        "van",
        "het",
        "conventionele",
        "wapens",
        "militaire",
        "goederen",
        "strategische",
        "jaarverslag",
        "verslag",
        "tabel",
        "jaar",
        "gegevens",
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
            || is_number_word(word)
            || OTHER_TITLE_FILLERS.contains(word))
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
