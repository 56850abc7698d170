//! Figures deliberately withheld: "classified", "confidential", "not disclosed", "n.d.", "C",
//! "confidentiel", "non communiqué", "secret défense", "reservado", "no declarado".
//!
//! A withheld figure is not a missing one: the State says it has the figure and does not give it
//! (Article 13(3) allows it for commercially sensitive or national security information). A
//! reader records it as withheld rather than as "neither items nor value".
//!
//! # Policy
//!
//! - Words of the three languages, alone or with words about the information ("Confidential
//!   information", "Données confidentielles", "Información reservada por razones de seguridad
//!   nacional"), and a remark in brackets ("classified (see note 2)").
//! - "n.d." is read as *not disclosed*, the UN Register's and statistics' use, and flagged
//!   [`Withheld::lenient`]: it may also mean "no data". Written with a slash ("N/D", "n/d") it
//!   is "non disponible" / "no disponible", not available, and is not withheld (see
//!   [`read_placeholder`](crate::placeholder::read_placeholder)). "n.c." (non communiqué) is
//!   read the same way.
//! - "C", a capital alone, is statistics' mark of a confidential figure: read here, for figures
//!   only, and flagged lenient. [`read_placeholder`](crate::placeholder::read_placeholder), which
//!   also reads names, does not read it.
//! - Every text this reads, except "C", is a
//!   [`Placeholder::Classified`](crate::placeholder::Placeholder::Classified) for
//!   `read_placeholder`, so that a reader that only knows placeholders does not take it for a
//!   number or a name either.

use crate::key::words;
use crate::langset::LangSet;
use crate::vocab::{self, Words};
use att_schema::text::fold;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Why a figure was withheld, as its wording says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WithheldKind {
    /// Under a security classification: "classified", "secret", "restricted", "classifié",
    /// "secret défense", "clasificado", "reservado".
    Classified,
    /// Confidential, commercially or otherwise: "confidential", "C", "confidentiel",
    /// "confidencial".
    Confidential,
    /// Not given, without saying why: "not disclosed", "withheld", "not declared", "n.d.",
    /// "non divulgué", "non communiqué", "no divulgado", "no declarado".
    NotDisclosed,
}

/// A figure read as withheld.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Withheld<'a> {
    /// What the wording says.
    pub kind: WithheldKind,
    /// The text as written, trimmed.
    pub text: &'a str,
    /// Whether the reading is not certain: "n.d." (may mean "no data"), "n.c.", "C".
    pub lenient: bool,
}

/// Reads a figure (a number of items or a value) that was withheld.
///
/// ```
/// use att_lexicon::withheld::{read_withheld, WithheldKind};
/// let found = read_withheld("Confidentiel").unwrap();
/// assert_eq!((found.kind, found.text, found.lenient), (WithheldKind::Confidential, "Confidentiel", false));
/// assert_eq!(read_withheld("n.d.").map(|w| (w.kind, w.lenient)), Some((WithheldKind::NotDisclosed, true)));
/// assert_eq!(read_withheld("secret défense").map(|w| w.kind), Some(WithheldKind::Classified));
/// assert_eq!(read_withheld("N/D"), None);
/// assert_eq!(read_withheld("1 200"), None);
/// ```
pub fn read_withheld(text: &str) -> Option<Withheld<'_>> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.len() > MAX_WITHHELD_BYTES {
        return None;
    }
    let (kind, lenient) = withheld_folded(trimmed, &fold(trimmed))?;
    Some(Withheld {
        kind,
        text: trimmed,
        lenient,
    })
}

/// [`read_withheld`] of a trimmed text and its [`fold`]: the kind, and whether the reading is
/// lenient.
pub(crate) fn withheld_folded(trimmed: &str, folded: &str) -> Option<(WithheldKind, bool)> {
    if trimmed == "C" {
        return Some((WithheldKind::Confidential, true));
    }
    if matches!(folded, "n d" | "nd" | "n c") && !trimmed.contains('/') {
        return Some((WithheldKind::NotDisclosed, true));
    }
    // Most texts are not withheld: their first word says so.
    if !WITHHELD_WORDS.contains_key(folded.split(' ').next()?) {
        return None;
    }
    let kind = match trimmed.find(['(', '[']) {
        Some(at) => withheld_words(&fold(&trimmed[..at]))?,
        None => withheld_words(folded)?,
    };
    Some((kind, false))
}

/// Longest text read as a withheld figure.
const MAX_WITHHELD_BYTES: usize = 120;

/// The kind of a folded text made only of withheld words and words about information.
fn withheld_words(folded: &str) -> Option<WithheldKind> {
    let mut kind: Option<WithheldKind> = None;
    let mut negation = false;
    let mut revealed = false;
    let mut count = 0;
    for word in words(folded) {
        count += 1;
        if count > MAX_WITHHELD_WORDS {
            return None;
        }
        match WITHHELD_WORDS.get(word).map(|&(w, _)| w) {
            Some(Word::Kind(found)) => kind = Some(strongest(kind, found)),
            Some(Word::Negation) => negation = true,
            Some(Word::Revealed) => revealed = true,
            Some(Word::Filler) => {}
            None if vocab::is_connector(word) => {}
            None => return None,
        }
    }
    match (kind, negation && revealed) {
        (Some(kind), _) => Some(kind),
        (None, true) => Some(WithheldKind::NotDisclosed),
        (None, false) => None,
    }
}

/// Most words of a withheld figure's wording.
const MAX_WITHHELD_WORDS: usize = 10;

/// The more specific of two kinds: a classification over confidentiality over "not disclosed".
fn strongest(current: Option<WithheldKind>, found: WithheldKind) -> WithheldKind {
    let rank = |kind| match kind {
        WithheldKind::Classified => 0,
        WithheldKind::Confidential => 1,
        WithheldKind::NotDisclosed => 2,
    };
    match current {
        Some(current) if rank(current) <= rank(found) => current,
        _ => found,
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    /// A word that says the figure is withheld, and how.
    Kind(WithheldKind),
    /// "not", "non", "no": with a [`Word::Revealed`] word, "not disclosed".
    Negation,
    /// "disclosed", "declared", "communiqué", "divulgado": withheld only when negated.
    Revealed,
    /// Words about the information: "information", "data", "commercially", "national security".
    Filler,
}

static WITHHELD_WORDS: LazyLock<HashMap<String, (Word, LangSet)>> = LazyLock::new(|| {
    use WithheldKind::*;
    vocab::build_map(&[
        (
            Word::Kind(Classified),
            Words {
                en: &["classified", "secret", "restricted"],
                fr: &[
                    "classifié",
                    "classifiée",
                    "classifiés",
                    "classifiées",
                    "classé",
                    "classée",
                    "restreint",
                    "restreinte",
                ],
                es: &[
                    "clasificado",
                    "clasificada",
                    "clasificados",
                    "clasificadas",
                    "secreto",
                    "secreta",
                    "reservado",
                    "reservada",
                    "reservados",
                    "reservadas",
                    "restringido",
                    "restringida",
                ],
            },
        ),
        (
            Word::Kind(Confidential),
            Words {
                en: &["confidential", "confidence"],
                fr: &[
                    "confidentiel",
                    "confidentielle",
                    "confidentiels",
                    "confidentielles",
                ],
                es: &["confidencial", "confidenciales"],
            },
        ),
        (
            Word::Kind(NotDisclosed),
            Words {
                en: &[
                    "withheld",
                    "undisclosed",
                    "undeclared",
                    "unpublished",
                    "omitted",
                ],
                fr: &["retenu", "retenue", "retenus", "retenues", "omis", "omise"],
                es: &[
                    "omitido", "omitida", "omitidos", "omitidas", "retenido", "retenida",
                ],
            },
        ),
        (
            Word::Negation,
            Words {
                en: &["not", "cannot"],
                fr: &["non", "pas", "ne", "n"],
                es: &["no"],
            },
        ),
        (
            Word::Revealed,
            Words {
                en: &[
                    "disclosed",
                    "declared",
                    "released",
                    "published",
                    "communicated",
                    "revealed",
                    "provided",
                    "given",
                    // The verb and its noun: "not to be disclosed", "not for publication".
                    "disclose",
                    "disclosure",
                    "disclosable",
                    "release",
                    "publish",
                    "publication",
                    "reveal",
                    "provide",
                ],
                fr: &[
                    "divulgué",
                    "divulguée",
                    "divulgués",
                    "divulguées",
                    "communiqué",
                    "communiquée",
                    "communiqués",
                    "communiquées",
                    "déclaré",
                    "déclarée",
                    "déclarés",
                    "déclarées",
                    "publié",
                    "publiée",
                    "révélé",
                    "fourni",
                    "fournie",
                    "divulguer",
                    "divulgation",
                    "communiquer",
                    "communicable",
                    "publier",
                    "publiable",
                ],
                es: &[
                    "divulgado",
                    "divulgada",
                    "divulgados",
                    "divulgadas",
                    "declarado",
                    "declarada",
                    "declarados",
                    "declaradas",
                    "revelado",
                    "revelada",
                    "comunicado",
                    "comunicada",
                    "publicado",
                    "publicada",
                    "facilitado",
                    "facilitada",
                    // "No se divulga", "No se puede divulgar", "No publicable".
                    "divulga",
                    "divulgan",
                    "divulgar",
                    "divulgación",
                    "divulgable",
                    "comunica",
                    "comunicar",
                    "publica",
                    "publicar",
                    "publicación",
                    "publicable",
                    "revela",
                    "revelar",
                ],
            },
        ),
        (
            Word::Filler,
            Words {
                en: &[
                    "information",
                    "data",
                    "figure",
                    "figures",
                    "value",
                    "values",
                    "amount",
                    "number",
                    "commercially",
                    "commercial",
                    "sensitive",
                    "national",
                    "security",
                    "reasons",
                    "reason",
                    "due",
                    "under",
                    "article",
                    "art",
                    "is",
                    "top",
                    "be",
                    "may",
                    "can",
                    "must",
                ],
                fr: &[
                    "information",
                    "informations",
                    "données",
                    "chiffre",
                    "chiffres",
                    "valeur",
                    "montant",
                    "nombre",
                    "commercialement",
                    "commerciale",
                    "commerciales",
                    "sensible",
                    "sensibles",
                    "nationale",
                    "sécurité",
                    "raisons",
                    "raison",
                    "motifs",
                    "très",
                    "défense",
                    "diffusion",
                    "peut",
                    "peuvent",
                    "être",
                    "est",
                    "sont",
                ],
                es: &[
                    "información",
                    "datos",
                    "cifra",
                    "cifras",
                    "valor",
                    "importe",
                    "número",
                    "comercialmente",
                    "comerciales",
                    "sensible",
                    "sensibles",
                    "nacional",
                    "seguridad",
                    "razones",
                    "motivos",
                    "defensa",
                    "se",
                    "puede",
                    "pueden",
                    "ser",
                    "es",
                ],
            },
        ),
    ])
});

#[cfg(test)]
mod tests {
    use super::*;
    use WithheldKind::*;

    #[test]
    fn withheld_in_three_languages() {
        for (text, kind) in [
            ("classified", Classified),
            ("Classified", Classified),
            ("CLASSIFIED", Classified),
            ("secret", Classified),
            ("restricted", Classified),
            ("Top secret", Classified),
            ("classifié", Classified),
            ("Classifiée", Classified),
            ("secret défense", Classified),
            ("Secret-Défense", Classified),
            ("Diffusion restreinte", Classified),
            ("clasificado", Classified),
            ("Reservado", Classified),
            ("Información reservada", Classified),
            ("confidential", Confidential),
            ("Confidential information", Confidential),
            ("Commercially confidential", Confidential),
            ("Commercial in confidence", Confidential),
            ("confidentiel", Confidential),
            ("Données confidentielles", Confidential),
            ("confidencial", Confidential),
            ("Datos confidenciales", Confidential),
            ("Confidential (national security)", Confidential),
            ("not disclosed", NotDisclosed),
            ("Not declared", NotDisclosed),
            ("undisclosed", NotDisclosed),
            ("withheld", NotDisclosed),
            ("Information withheld", NotDisclosed),
            ("Withheld (Art. 13.3)", NotDisclosed),
            ("Figure not provided", NotDisclosed),
            ("non divulgué", NotDisclosed),
            ("Non communiqué", NotDisclosed),
            ("non déclaré", NotDisclosed),
            (
                "Chiffre non communiqué pour raisons de sécurité nationale",
                NotDisclosed,
            ),
            ("no divulgado", NotDisclosed),
            ("No declarado", NotDisclosed),
            ("No revelado", NotDisclosed),
            ("no se divulga", NotDisclosed),
            ("No se puede divulgar", NotDisclosed),
            ("No publicable", NotDisclosed),
            ("Not to be disclosed", NotDisclosed),
            ("Cannot be disclosed", NotDisclosed),
            ("Not for publication", NotDisclosed),
            ("Ne peut être divulgué", NotDisclosed),
            ("N'est pas communiqué", NotDisclosed),
            ("Non publiable", NotDisclosed),
        ] {
            let found = read_withheld(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(found.kind, kind, "{text:?}");
            assert_eq!(found.text, text.trim(), "{text:?}");
            assert!(!found.lenient, "{text:?}");
        }
    }

    #[test]
    fn marks_are_read_leniently() {
        for (text, kind) in [
            ("n.d.", NotDisclosed),
            ("N.D.", NotDisclosed),
            ("n. d.", NotDisclosed),
            ("nd", NotDisclosed),
            ("n.c.", NotDisclosed),
            ("C", Confidential),
            (" C ", Confidential),
        ] {
            let found = read_withheld(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!((found.kind, found.lenient), (kind, true), "{text:?}");
        }
    }

    #[test]
    fn other_texts_are_not_withheld() {
        for text in [
            "",
            "1 200",
            "N/D",
            "n/d",
            "c",
            "Cat. II",
            "not",
            "disclosed",
            "declared value",
            "unknown",
            "N/A",
            "Germany",
            "The value is confidential because the contract says so",
            "See note",
            "Top",
            "Défense",
            "publication",
            "Se divulga",
            "No se",
            "The figure may be disclosed",
        ] {
            assert_eq!(read_withheld(text), None, "{text:?}");
        }
    }
}
