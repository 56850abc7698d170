//! Labels of the title page and of the lines above a table: "Reporting State:", "État partie :",
//! "Calendar year: 2023", "Nil report – exports", "May the report be made public?".
//!
//! A label is a label: either a known phrase filling its cell (list numbering, footnote marks,
//! bracketed hints and a trailing colon allowed), or a known phrase followed by a colon and the
//! value ("Calendar year: 2023"). A sentence that merely contains a label word is not one.

use crate::key::{fold_key, is_number_word, strip_enumerator, words};
use crate::label_phrases::{self, Form, LABELS};
use crate::langset::LangSet;
use crate::section;
use crate::tick::{YesNoAnswer, has_yes_and_no, read_tick, read_yes_no};
use crate::vocab;
use att_schema::{DirectionKind, Lang};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// A field of the title page or of the lines above a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// The State Party submitting the report.
    ReportingState,
    /// The ISO 3166-1 code of the reporting State, beside its name.
    ReportingStateCode,
    /// The calendar year the report covers.
    Year,
    /// The date the report was submitted.
    SubmissionDate,
    /// Name of the national point of contact.
    ContactName,
    /// Position of the contact person.
    Position,
    /// Submitting authority: ministry, department or agency.
    Organisation,
    /// Postal address.
    Address,
    /// Telephone number.
    Telephone,
    /// E-mail address.
    Email,
    /// Whether the report may be made public.
    Public,
    /// Tick box: nil report for exports.
    NilExports,
    /// Tick box: nil report for imports.
    NilImports,
    /// Tick box: the report includes an exports table.
    ExportsIncluded,
    /// Tick box: the report includes an imports table.
    ImportsIncluded,
    /// Tick box: the report includes national definitions (Annex 2).
    NationalDefinitionsIncluded,
    /// Tick box: commercially sensitive information was withheld (Article 13(3)).
    WithheldCommerciallySensitive,
    /// Tick box: national security information was withheld (Article 13(3)).
    WithheldNationalSecurity,
    /// What was withheld, in the State's words.
    WithheldNote,
    /// Basis of the figures: authorized, actual or both.
    Basis,
    /// Currency of the values.
    Currency,
    /// Language of the report.
    Language,
    /// Version of the reporting template.
    TemplateVersion,
    /// Version of the canonical document's schema (written by att's own workbooks).
    SchemaVersion,
}

impl Label {
    /// Every label, in title-page order.
    pub const ALL: [Label; 24] = [
        Label::ReportingState,
        Label::ReportingStateCode,
        Label::Year,
        Label::SubmissionDate,
        Label::ContactName,
        Label::Position,
        Label::Organisation,
        Label::Address,
        Label::Telephone,
        Label::Email,
        Label::Public,
        Label::NilExports,
        Label::NilImports,
        Label::ExportsIncluded,
        Label::ImportsIncluded,
        Label::NationalDefinitionsIncluded,
        Label::WithheldCommerciallySensitive,
        Label::WithheldNationalSecurity,
        Label::WithheldNote,
        Label::Basis,
        Label::Currency,
        Label::Language,
        Label::TemplateVersion,
        Label::SchemaVersion,
    ];
}

/// A recognised label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LabelMatch<'a> {
    /// The field the label introduces.
    pub label: Label,
    /// The value written after the colon in the same cell ("Calendar year: 2023" → "2023"),
    /// trimmed; `None` when the value must be looked for in the next cells.
    pub inline_value: Option<&'a str>,
    /// Whether the label says the opposite of its field: "Private" or "The report may not be
    /// made public" are [`Label::Public`] labels whose tick means "not public".
    pub negated: bool,
    /// The answer of a yes/no pair written after the label in the same cell ("Rapport public :
    /// oui ☒ / non ☐", "May the report be made public? Yes \[X\] No \[ \]"): `Unanswered` when
    /// neither side is marked. `None` when the inline value is not such a pair (read a single
    /// answer with [`read_tick`]).
    pub inline_answer: Option<YesNoAnswer>,
}

/// Longest cell considered a label (with its inline value).
const MAX_LABEL_BYTES: usize = 400;
/// Most words of a label (without its inline value).
const MAX_LABEL_WORDS: usize = 16;

/// Reads a label cell.
///
/// ```
/// use att_lexicon::label::{match_label, Label};
/// let found = match_label("Calendar year: 2023").unwrap();
/// assert_eq!((found.label, found.inline_value), (Label::Year, Some("2023")));
/// assert_eq!(match_label("État partie :").unwrap().label, Label::ReportingState);
/// assert_eq!(match_label("Informe nulo – importaciones").unwrap().label, Label::NilImports);
/// assert_eq!(match_label("The name of the ministry changed in 2023"), None);
/// ```
pub fn match_label(text: &str) -> Option<LabelMatch<'_>> {
    match_label_with_langs(text).map(|(found, _)| found)
}

/// The label as the workbook writer writes it in `lang`, without a colon.
///
/// ```
/// use att_lexicon::label::{canonical_label, Label};
/// use att_schema::Lang;
/// assert_eq!(canonical_label(Label::ReportingState, Lang::Es), "Estado informante");
/// ```
pub fn canonical_label(label: Label, lang: Lang) -> &'static str {
    let [en, fr, es] = label_phrases::canonical(label);
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
        Lang::Es => es,
    }
}

/// [`match_label`], with the languages of the words that made the match.
pub(crate) fn match_label_with_langs(text: &str) -> Option<(LabelMatch<'_>, LangSet)> {
    if text.len() > MAX_LABEL_BYTES {
        return None;
    }
    let trimmed = text.trim();
    let (label_part, inline_value, colon) = match trimmed.find([':', '：']) {
        Some(at) => {
            let colon_len = trimmed[at..].chars().next().map_or(1, char::len_utf8);
            let value = trimmed[at + colon_len..].trim();
            (&trimmed[..at], (!value.is_empty()).then_some(value), true)
        }
        // "Rapport public oui / non": a yes/no pair after the label, without a colon.
        None => match split_trailing_pair(trimmed) {
            Some((label, pair)) => (label, Some(pair), false),
            None => (trimmed, None, false),
        },
    };
    let label_part = strip_enumerator(label_part);
    let key = fold_key(label_part);
    if key.is_empty() || words(&key).count() > MAX_LABEL_WORDS {
        return None;
    }
    if let Some(found) = nil_with_inline_direction(label_part, inline_value) {
        return Some(found);
    }
    let (label, negated, langs) = known_label(&key, colon)
        .or_else(|| {
            if !label_part.contains(['(', '[']) {
                return None;
            }
            known_label(&fold_key(&without_brackets(label_part)), colon)
        })
        .or_else(|| rule_label(&key))?;
    Some((
        LabelMatch {
            label,
            inline_value,
            negated,
            inline_answer: inline_value.and_then(read_yes_no),
        },
        langs,
    ))
}

/// A yes/no pair at the end of `text` ("… oui / non", "… Yes ☒ No ☐"): the text before it and
/// the pair.
fn split_trailing_pair(text: &str) -> Option<(&str, &str)> {
    const MAX_PAIR_BYTES: usize = 60;
    if !has_yes_and_no(text) {
        return None;
    }
    let from = text.len().saturating_sub(MAX_PAIR_BYTES);
    text.char_indices()
        .filter(|&(at, _)| at >= from && at > 0)
        .filter(|&(at, c)| {
            !c.is_whitespace() && text[..at].ends_with(|p: char| p.is_whitespace() || p == '?')
        })
        .map(|(at, _)| (text[..at].trim_end(), &text[at..]))
        .find(|(head, pair)| head.chars().any(char::is_alphabetic) && read_yes_no(pair).is_some())
}

/// "Nil report: imports", "Exports: nil", "Exportations : néant": a nil report whose direction
/// or nil word is written after the colon (not a tick, which is the label's value).
fn nil_with_inline_direction<'a>(
    label_part: &str,
    inline_value: Option<&'a str>,
) -> Option<(LabelMatch<'a>, LangSet)> {
    let value = inline_value?;
    if read_tick(value).is_some() || read_yes_no(value).is_some() {
        return None;
    }
    let whole = fold_key(&format!("{label_part} {value}"));
    let (Some(direction), langs) = section::nil_statement_folded(&whole)? else {
        return None;
    };
    let label = match direction {
        DirectionKind::Exports => Label::NilExports,
        DirectionKind::Imports => Label::NilImports,
    };
    Some((
        LabelMatch {
            label,
            inline_value: None,
            negated: false,
            inline_answer: None,
        },
        langs,
    ))
}

/// A label with the form it must be written in.
type LabelForm = (Label, Form);

static LABEL_MAP: LazyLock<HashMap<String, (LabelForm, LangSet)>> = LazyLock::new(|| {
    let table: Vec<(LabelForm, vocab::Words)> = LABELS
        .iter()
        .map(|(label, form, words)| ((*label, *form), *words))
        .collect();
    vocab::build_map(&table)
});

/// A label phrase of the table.
fn known_label(key: &str, colon: bool) -> Option<(Label, bool, LangSet)> {
    let &((label, form), langs) = LABEL_MAP.get(key)?;
    match form {
        Form::ColonOnly if !colon => None,
        Form::Negated => Some((label, true, langs)),
        _ => Some((label, false, langs)),
    }
}

/// The text without its bracketed parts ("Date of submission (dd/mm/yyyy)" → "Date of submission").
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0_usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Labels read word by word: nil reports, consent to publish, tables included, withheld
/// information, the year ("Année couverte par le rapport"); with whether the label is negated
/// and its languages.
fn rule_label(key: &str) -> Option<(Label, bool, LangSet)> {
    if let Some((Some(direction), langs)) = section::nil_statement_folded(key) {
        let label = match direction {
            DirectionKind::Exports => Label::NilExports,
            DirectionKind::Imports => Label::NilImports,
        };
        return Some((label, false, langs));
    }
    if let Some((negated, langs)) = public_consent(key) {
        return Some((Label::Public, negated, langs));
    }
    included(key)
        .or_else(|| withheld(key))
        .or_else(|| year::year_label(key).map(|langs| (Label::Year, langs)))
        .map(|(label, langs)| (label, false, langs))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum PublicWord {
    /// "public", "publish", "publication", "publier", "publicación".
    Public,
    /// "not", "ne", "pas", "no".
    Negation,
    /// Words a consent-to-publish label uses around them: "report", "may", "website",
    /// "authorised", "rendu", "autoriza".
    Filler,
}

static PUBLIC_WORDS: LazyLock<HashMap<String, (PublicWord, LangSet)>> = LazyLock::new(|| {
    use PublicWord::*;
    vocab::build_map(&[
        (
            Public,
            vocab::Words {
                en: &[
                    "public",
                    "publicly",
                    "publish",
                    "published",
                    "publishing",
                    "publication",
                ],
                fr: &[
                    "public",
                    "publique",
                    "publier",
                    "publié",
                    "publiée",
                    "publication",
                    "publiable",
                ],
                es: &[
                    "público",
                    "pública",
                    "publicar",
                    "publicarse",
                    "publicado",
                    "publicada",
                    "publicación",
                    "publicable",
                ],
            },
        ),
        (
            Negation,
            vocab::Words {
                en: &["not", "no", "cannot", "never"],
                fr: &["ne", "pas", "non", "n"],
                es: &["no", "nunca"],
            },
        ),
        (
            Filler,
            vocab::Words {
                en: &[
                    "report",
                    "this",
                    "may",
                    "can",
                    "could",
                    "be",
                    "is",
                    "made",
                    "make",
                    "att",
                    "website",
                    "web",
                    "site",
                    "secretariat",
                    "treaty",
                    "arms",
                    "trade",
                    "available",
                    "consent",
                    "consents",
                    "agree",
                    "agrees",
                    "permission",
                    "authorised",
                    "authorized",
                    "authorisation",
                    "authorization",
                    "approved",
                    "will",
                    "should",
                    "its",
                    "state",
                    "party",
                    "data",
                    "information",
                    "yes",
                ],
                fr: &[
                    "rapport",
                    "ce",
                    "peut",
                    "il",
                    "elle",
                    "être",
                    "rendu",
                    "rendue",
                    "rendre",
                    "site",
                    "internet",
                    "web",
                    "tca",
                    "traité",
                    "secrétariat",
                    "accord",
                    "autorisation",
                    "autorisée",
                    "autorisé",
                    "consentement",
                    "disponible",
                    "est",
                    "sera",
                    "son",
                    "données",
                    "oui",
                ],
                es: &[
                    "informe",
                    "este",
                    "puede",
                    "se",
                    "hacerse",
                    "hacer",
                    "ser",
                    "sitio",
                    "web",
                    "internet",
                    "tca",
                    "tratado",
                    "secretaría",
                    "autoriza",
                    "autorizada",
                    "autorizado",
                    "autorización",
                    "su",
                    "consentimiento",
                    "disponible",
                    "es",
                    "será",
                    "datos",
                    "sí",
                ],
            },
        ),
    ])
});

/// "Publication authorised", "The report can be published on the ATT website", "Le rapport
/// peut être publié", "Se autoriza su publicación", "Publication not authorised": the consent
/// to publish, read word by word; `true` when negated.
fn public_consent(key: &str) -> Option<(bool, LangSet)> {
    let mut public = false;
    let mut negated = false;
    let mut langs = LangSet::NONE;
    for word in words(key) {
        match PUBLIC_WORDS.get(word) {
            Some(&(PublicWord::Public, word_langs)) => {
                public = true;
                langs = langs.union(word_langs);
            }
            Some(&(PublicWord::Negation, _)) => negated = true,
            Some(&(PublicWord::Filler, _)) => {}
            None if vocab::is_connector(word) => {}
            None => return None,
        }
    }
    public.then_some((negated, langs))
}

/// Words that name a table or report, for "Exports table", "Tableau des importations".
static TABLE_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "table",
        "report",
        "included",
        "tableau",
        "rapport",
        "inclus",
        "joint",
        "cuadro",
        "tabla",
        "informe",
        "incluido",
        "incluidas",
        "adjunto",
    ])
});

/// Words allowed around a table word and a direction.
static TABLE_FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "annual", "annuel", "anual", "n", "no", "is", "est", "se", "incluye",
    ])
});

/// "Exports table", "Table 1 – Exports", "Report on imports", "Cuadro de exportaciones".
fn included(key: &str) -> Option<(Label, LangSet)> {
    let mut direction = None;
    let mut langs = LangSet::NONE;
    let mut table = false;
    for word in words(key) {
        if let Some((found, word_langs)) = vocab::direction_word(word) {
            if direction.is_some_and(|d| d != found) {
                return None;
            }
            direction = Some(found);
            langs = langs.union(word_langs);
        } else if TABLE_WORDS.contains(word) {
            table = true;
        } else if !(TABLE_FILLERS.contains(word)
            || vocab::is_connector(word)
            || is_number_word(word))
        {
            return None;
        }
    }
    let label = match direction? {
        DirectionKind::Exports => Label::ExportsIncluded,
        DirectionKind::Imports => Label::ImportsIncluded,
    };
    table.then_some((label, langs))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum WithheldWord {
    Commercial,
    Sensitive,
    National,
    Security,
    Withheld,
    Filler,
}

static WITHHELD_WORDS: LazyLock<HashMap<String, (WithheldWord, LangSet)>> = LazyLock::new(|| {
    use WithheldWord::*;
    vocab::build_map(&[
        (
            Commercial,
            vocab::Words {
                en: &["commercially", "commercial", "business"],
                fr: &["commercialement", "commerciales", "commerciale"],
                es: &["comercial", "comercialmente", "comerciales"],
            },
        ),
        (
            Sensitive,
            vocab::Words {
                en: &["sensitive"],
                fr: &["sensibles", "sensible"],
                es: &["sensible", "sensibles", "delicada", "delicadas"],
            },
        ),
        (
            National,
            vocab::Words {
                en: &["national"],
                fr: &["nationale"],
                es: &["nacional"],
            },
        ),
        (
            Security,
            vocab::Words {
                en: &["security"],
                fr: &["sécurité"],
                es: &["seguridad"],
            },
        ),
        (
            Withheld,
            vocab::Words {
                en: &["withheld", "excluded", "omitted", "removed", "withholding"],
                fr: &[
                    "communiquées",
                    "communiqués",
                    "communiquée",
                    "communiqué",
                    "retenues",
                    "exclues",
                    "omises",
                    "retirées",
                ],
                es: &[
                    "omitida",
                    "omitidas",
                    "excluida",
                    "excluidas",
                    "reservada",
                    "reservadas",
                    "comunicada",
                    "comunicadas",
                    "retenida",
                    "retenidas",
                ],
            },
        ),
        (
            Filler,
            vocab::Words {
                en: &[
                    "information",
                    "data",
                    "details",
                    "has",
                    "been",
                    "have",
                    "was",
                    "were",
                    "is",
                    "reasons",
                    "under",
                    "article",
                    "art",
                    "pursuant",
                    "some",
                    "certain",
                    "related",
                    "relating",
                    "not",
                    "note",
                    "explanation",
                    "description",
                    "what",
                ],
                fr: &[
                    "information",
                    "informations",
                    "données",
                    "détails",
                    "raisons",
                    "vertu",
                    "certaines",
                    "certains",
                    "relatives",
                    "relative",
                    "ont",
                    "été",
                    "non",
                    "précisions",
                    "explication",
                    "motifs",
                ],
                es: &[
                    "información",
                    "datos",
                    "detalles",
                    "motivos",
                    "razones",
                    "conformidad",
                    "con",
                    "virtud",
                    "cierta",
                    "ciertas",
                    "algunos",
                    "algunas",
                    "relativa",
                    "relativas",
                    "ha",
                    "han",
                    "sido",
                    "no",
                    "se",
                    "nota",
                    "explicación",
                ],
            },
        ),
    ])
});

/// "Commercially sensitive information withheld", "Informations relatives à la sécurité
/// nationale non communiquées", "Información omitida".
fn withheld(key: &str) -> Option<(Label, LangSet)> {
    let mut seen = [false; 5];
    let mut langs = LangSet::NONE;
    for word in words(key) {
        if let Some(&(kind, word_langs)) = WITHHELD_WORDS.get(word) {
            if kind != WithheldWord::Filler {
                seen[kind as usize] = true;
                langs = langs.union(word_langs);
            }
        } else if !(vocab::is_connector(word) || is_number_word(word)) {
            return None;
        }
    }
    let [commercial, sensitive, national, security, withheld] = seen;
    let commercially_sensitive = commercial && sensitive;
    let national_security = national && security;
    let label = match (commercially_sensitive, national_security) {
        (true, false) => Label::WithheldCommerciallySensitive,
        (false, true) => Label::WithheldNationalSecurity,
        (false, false) if withheld && !(commercial || sensitive || national || security) => {
            Label::WithheldNote
        }
        _ => return None,
    };
    Some((label, langs))
}

mod year;

#[cfg(test)]
mod tests;
