//! What the contract stage and the schema stage share: their findings, with what each is about
//! so that findings of one cause can be merged, and the words of their messages.
//!
//! The contract stage checks every constraint of the JSON Schema on the typed report (the
//! checks of [`crate::rules::structure`]); the schema stage runs the JSON Schema itself on
//! documents, for what the typed report cannot hold. Both give their findings as
//! [`ContractFinding`]s; together they are what the later checks must not report again.

use crate::fields::{self, Shape};
use att_schema::source_map::{pointer_parent, pointer_push};
use att_schema::{Arg, Diagnostic, Text};

/// A finding of the contract or schema stage, and what it is about.
#[derive(Debug, Clone)]
pub struct ContractFinding {
    /// The finding.
    pub diagnostic: Diagnostic,
    /// What it is about.
    pub kind: Kind,
}

/// What a finding of the contract or schema stage is about, so that findings of one cause can
/// be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A required field is missing: the parent's pointer and the field's name.
    Missing {
        /// The pointer of the object that misses the field.
        parent: String,
        /// The field's name.
        field: String,
    },
    /// An entry has neither items, nor value, nor withheld figures: the entry's pointer.
    NoQuantity {
        /// The entry's pointer.
        entry: String,
    },
    /// An unknown field: the parent's pointer, its name and the known field it is closest to.
    Unknown {
        /// The pointer of the object that has the field.
        parent: String,
        /// The field's name as written.
        name: String,
        /// The known field nearest in spelling, when near.
        closest: Option<&'static str>,
    },
    /// Anything else.
    Other,
}

impl ContractFinding {
    /// A finding about something other than a missing or unknown field.
    pub fn other(diagnostic: Diagnostic) -> Self {
        ContractFinding {
            diagnostic,
            kind: Kind::Other,
        }
    }

    /// The finding's pointer (`""` for the whole report).
    pub fn pointer(&self) -> &str {
        self.diagnostic.pointer.as_deref().unwrap_or_default()
    }
}

/// Names a misspelled field in the finding of the field it misses (“itmes” beside a missing
/// number of items), instead of reporting the unknown field on its own: one cause, one finding.
pub(crate) fn merge_misspellings(findings: &mut Vec<ContractFinding>) {
    let mut absorbed: Vec<usize> = Vec::new();
    for index in 0..findings.len() {
        let (wanted, at): (&[&str], String) = match &findings[index].kind {
            Kind::Missing { parent, field } => (
                match field.as_str() {
                    "items" => &["items"],
                    "value" => &["value"],
                    _ => &[],
                },
                parent.clone(),
            ),
            Kind::NoQuantity { entry } => (&["items", "value", "withheld"], entry.clone()),
            _ => continue,
        };
        let field = match &findings[index].kind {
            Kind::Missing { field, .. } => Some(field.clone()),
            _ => None,
        };
        let typo = findings.iter().position(|finding| match &finding.kind {
            Kind::Unknown {
                parent,
                closest: Some(closest),
                ..
            } => *parent == at && (wanted.contains(closest) || field.as_deref() == Some(*closest)),
            _ => false,
        });
        let Some(typo) = typo else { continue };
        let names_it = findings[index]
            .diagnostic
            .rule
            .message
            .en
            .contains("{?misspelled:");
        if absorbed.contains(&typo) || !names_it {
            continue;
        }
        let (name, closest) = match &findings[typo].kind {
            Kind::Unknown { name, closest, .. } => (name.clone(), *closest),
            _ => continue,
        };
        findings[index]
            .diagnostic
            .args
            .push(("misspelled", Arg::Text(crate::shorten(&name))));
        if let (Kind::NoQuantity { entry }, Some(closest)) = (&findings[index].kind, closest) {
            let label = fields::label(&pointer_push(entry, closest));
            findings[index]
                .diagnostic
                .args
                .push(("field", Arg::Translated(label)));
        }
        absorbed.push(typo);
    }
    absorbed.sort_unstable();
    for index in absorbed.into_iter().rev() {
        findings.remove(index);
    }
}

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// What a field needs, in words, for the messages of `invalid-value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A date written YYYY-MM-DD.
    Date,
    /// An ISO 3166-1 alpha-3 code in capitals.
    StateCode,
    /// A two-letter language code.
    Language,
    /// Text that is not empty.
    NotEmpty,
    /// A group of fields (a JSON object).
    Object,
    /// A list (a JSON array).
    List,
    /// Text (a JSON string).
    Text,
    /// A whole number.
    Integer,
    /// A number.
    Number,
    /// Yes or no (a JSON boolean).
    Boolean,
    /// Empty (JSON null).
    Null,
    /// Anything else the format allows.
    Allowed,
}

impl Expected {
    /// The words, in three languages.
    pub fn text(self) -> Text {
        match self {
            Expected::Date => text(
                "a date written YYYY-MM-DD",
                "une date au format AAAA-MM-JJ",
                "una fecha con el formato AAAA-MM-DD",
            ),
            Expected::StateCode => text(
                "an ISO 3166-1 alpha-3 code in capitals, such as NOR",
                "un code ISO 3166-1 alpha-3 en majuscules, comme NOR",
                "un código ISO 3166-1 alfa-3 en mayúsculas, como NOR",
            ),
            Expected::Language => text(
                "a two-letter language code such as en, fr or es",
                "un code de langue à deux lettres comme en, fr ou es",
                "un código de idioma de dos letras como en, fr o es",
            ),
            Expected::NotEmpty => text(
                "text that is not empty",
                "un texte non vide",
                "un texto no vacío",
            ),
            Expected::Object => text(
                "a group of fields ({ … })",
                "un groupe de champs ({ … })",
                "un grupo de campos ({ … })",
            ),
            Expected::List => text("a list ([ … ])", "une liste ([ … ])", "una lista ([ … ])"),
            Expected::Text => text("text", "un texte", "un texto"),
            Expected::Integer => text("a whole number", "un nombre entier", "un número entero"),
            Expected::Number => text("a number", "un nombre", "un número"),
            Expected::Boolean => text(
                "yes or no (true or false)",
                "oui ou non (true ou false)",
                "sí o no (true o false)",
            ),
            Expected::Null => text("empty", "vide", "vacío"),
            Expected::Allowed => text(
                "a value the format allows",
                "une valeur admise par le format",
                "un valor admitido por el formato",
            ),
        }
    }
}

/// The values a field with a fixed list of values allows, as its message lists them.
pub fn allowed(pointer: &str) -> Arg {
    let field = fields::tokens(pointer).pop().unwrap_or_default();
    let values = match (
        fields::shape_of(pointer_parent(pointer).unwrap_or_default()),
        field.as_str(),
    ) {
        (Shape::Direction, "status") => "reported, nil, not_reported",
        (Shape::Direction, "basis") => "authorized, actual, both",
        (Shape::Entry, "basis") => "authorized, actual",
        _ => "the values the format allows",
    };
    Arg::Text(values.to_owned())
}

/// Whether `code` is written as an ISO 3166-1 alpha-3 or ISO 4217 code is: three capital
/// letters (the pattern `^[A-Z]{3}$` of the schema).
pub fn is_three_capitals(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `code` is written as a language code is: two small letters (`^[a-z]{2}$`).
pub fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}
