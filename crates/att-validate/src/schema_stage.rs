//! Runs the generated JSON Schema and turns each of its errors into one diagnostic with a
//! plain-language message, choosing the most specific rule for the field it concerns.

use crate::fields::{self, Shape};
use crate::found::found;
use crate::rules::{
    category, directions, partner, quantity, reporting_state, structure, value, year,
};
use att_schema::codes::{StateMatch, resolve_state};
use att_schema::rules::UNKNOWN_FIELD;
use att_schema::source_map::{pointer_parent, pointer_push};
use att_schema::{Arg, Diagnostic, DirectionKind, Rule, Severity, Text};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{JsonType, ValidationError};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The report schema, compiled once for the whole process.
static COMPILED: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&att_schema::schema::report_schema())
        .unwrap_or_else(|error| panic!("the generated report schema does not compile: {error}"))
});

/// Compiles the schema now rather than at the first validation.
pub(crate) fn warm_up() {
    LazyLock::force(&COMPILED);
}

/// What a schema finding is about, so that findings of one cause can be merged.
enum Kind {
    /// A required field is missing: the parent's pointer and the field's name.
    Missing { parent: String, field: String },
    /// An entry has neither items nor value: the entry's pointer.
    NoQuantity { entry: String },
    /// An unknown field: the parent's pointer, its name and the known field it is closest to.
    Unknown {
        parent: String,
        name: String,
        closest: Option<&'static str>,
    },
    /// Anything else.
    Other,
}

/// Checks `document` against the report schema.
pub(crate) fn check(document: &Value) -> Vec<Diagnostic> {
    let mut findings: Vec<(Diagnostic, Kind)> = Vec::new();
    let mut seen: HashSet<(&'static str, String)> = HashSet::new();
    for error in COMPILED.iter_errors(document) {
        for (diagnostic, kind) in diagnose(&error, document) {
            let key = (
                diagnostic.rule.code,
                diagnostic.pointer.clone().unwrap_or_default(),
            );
            if seen.insert(key) {
                findings.push((diagnostic, kind));
            }
        }
    }
    merge_misspellings(&mut findings);
    findings
        .into_iter()
        .map(|(diagnostic, _)| diagnostic)
        .collect()
}

/// Names a misspelled field in the finding of the field it misses (“itmes” beside a missing
/// number of items), instead of reporting the unknown field on its own: one cause, one finding.
fn merge_misspellings(findings: &mut Vec<(Diagnostic, Kind)>) {
    let mut absorbed: Vec<usize> = Vec::new();
    for index in 0..findings.len() {
        let (wanted, at): (&[&str], String) = match &findings[index].1 {
            Kind::Missing { parent, field } => (
                match field.as_str() {
                    "items" => &["items"],
                    "value" => &["value"],
                    _ => &[],
                },
                parent.clone(),
            ),
            Kind::NoQuantity { entry } => (&["items", "value"], entry.clone()),
            _ => continue,
        };
        let field = match &findings[index].1 {
            Kind::Missing { field, .. } => Some(field.clone()),
            _ => None,
        };
        let typo = findings.iter().position(|(_, kind)| match kind {
            Kind::Unknown {
                parent,
                closest: Some(closest),
                ..
            } => *parent == at && (wanted.contains(closest) || field.as_deref() == Some(*closest)),
            _ => false,
        });
        let Some(typo) = typo else { continue };
        let names_it = findings[index].0.rule.message.en.contains("{?misspelled:");
        if absorbed.contains(&typo) || !names_it {
            continue;
        }
        let (name, closest) = match &findings[typo].1 {
            Kind::Unknown { name, closest, .. } => (name.clone(), *closest),
            _ => continue,
        };
        let diagnostic = &mut findings[index].0;
        diagnostic
            .args
            .push(("misspelled", Arg::Text(crate::shorten(&name))));
        if let (Kind::NoQuantity { entry }, Some(closest)) = (&findings[index].1, closest) {
            let label = fields::label(&pointer_push(entry, closest));
            findings[index]
                .0
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

fn diagnose(error: &ValidationError<'_>, document: &Value) -> Vec<(Diagnostic, Kind)> {
    let pointer = error.instance_path().as_str();
    let instance = error.instance();
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            vec![(
                missing(&pointer_push(pointer, name), document),
                Kind::Missing {
                    parent: pointer.to_owned(),
                    field: name.to_owned(),
                },
            )]
        }
        ValidationErrorKind::MinProperties { .. } if fields::shape_of(pointer) == Shape::Party => {
            vec![(missing(pointer, document), Kind::Other)]
        }
        ValidationErrorKind::MinLength { .. } if empty_party_name(pointer, document).is_some() => {
            let party = empty_party_name(pointer, document).unwrap_or_default();
            vec![(missing(party, document), Kind::Other)]
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|name| {
                let (diagnostic, closest) = unknown_field(pointer, name);
                (
                    diagnostic,
                    Kind::Unknown {
                        parent: pointer.to_owned(),
                        name: name.clone(),
                        closest,
                    },
                )
            })
            .collect(),
        ValidationErrorKind::AnyOf { .. } if fields::shape_of(pointer) == Shape::Entry => {
            vec![(
                Diagnostic::new(&quantity::NO_QUANTITY).at(pointer),
                Kind::NoQuantity {
                    entry: pointer.to_owned(),
                },
            )]
        }
        kind => vec![(invalid(pointer, instance, kind, document), Kind::Other)],
    }
}

/// The pointer of the party whose name at `pointer` is empty, when the party has no code: such
/// a party names nobody, and is reported as missing.
fn empty_party_name<'p>(pointer: &'p str, document: &Value) -> Option<&'p str> {
    let party = pointer.strip_suffix("/name")?;
    let is_party = fields::shape_of(party) == Shape::Party;
    let has_code = document
        .pointer(party)
        .and_then(|party| party.get("code"))
        .is_some();
    (is_party
        && !has_code
        && !party.contains("/intermediate_locations/")
        && !party.ends_with("/state_of_origin"))
    .then_some(party)
}

/// A required field is absent (or, for a party, empty).
fn missing(pointer: &str, document: &Value) -> Diagnostic {
    let parent = pointer_parent(pointer).unwrap_or_default();
    let field = fields::tokens(pointer).pop().unwrap_or_default();
    let rule: &'static Rule = match (fields::shape_of(parent), field.as_str()) {
        (Shape::Report, "schema_version") => &structure::SCHEMA_VERSION,
        (Shape::Report, "reporting_state") => &reporting_state::REPORTING_STATE_MISSING,
        (Shape::Report, "year") => &year::YEAR_MISSING,
        (Shape::Report, "exports") => {
            return directions::absent(DirectionKind::Exports, document);
        }
        (Shape::Report, "imports") => {
            return directions::absent(DirectionKind::Imports, document);
        }
        (Shape::Entry, "category") => &category::CATEGORY_MISSING,
        (Shape::Entry, "partner") => {
            let mut diagnostic = Diagnostic::new(&partner::PARTNER_MISSING)
                .arg("field", fields::label(pointer))
                .at(pointer);
            if declares_withheld(document) {
                diagnostic.severity = Severity::Warning;
                diagnostic = diagnostic.arg("withheld", "yes");
            }
            return diagnostic;
        }
        (Shape::Money, "currency") => &value::CURRENCY_MISSING,
        _ => &structure::FIELD_MISSING,
    };
    Diagnostic::new(rule)
        .arg("field", fields::label(pointer))
        .at(pointer)
}

/// Whether the report declares that commercially sensitive or national security information
/// was withheld.
fn declares_withheld(document: &Value) -> bool {
    let withheld = &document["submission"]["withheld"];
    withheld["commercially_sensitive"] == Value::Bool(true)
        || withheld["national_security"] == Value::Bool(true)
}

fn unknown_field(pointer: &str, name: &str) -> (Diagnostic, Option<&'static str>) {
    let known = fields::shape_of(pointer).fields();
    let closest = known
        .iter()
        .map(|field| (strsim::osa_distance(name, field), field.as_str()))
        .filter(|(distance, field)| *distance <= (field.len() / 3).max(1))
        .min()
        .map(|(_, field)| field);
    let mut diagnostic = Diagnostic::new(&UNKNOWN_FIELD)
        .arg("field", name)
        .at(pointer_push(pointer, name));
    if let Some(closest) = closest {
        diagnostic = diagnostic.arg("closest", closest);
    }
    (diagnostic, closest)
}

/// A value is present but not what its field needs.
fn invalid(
    pointer: &str,
    instance: &Value,
    kind: &ValidationErrorKind,
    document: &Value,
) -> Diagnostic {
    let parent = pointer_parent(pointer).unwrap_or_default();
    let field = fields::tokens(pointer).pop().unwrap_or_default();
    let specific: Option<&'static Rule> = match (fields::shape_of(parent), field.as_str()) {
        (Shape::Report, "schema_version") => Some(&structure::SCHEMA_VERSION),
        (Shape::Report, "year") => Some(&year::YEAR_INVALID),
        (Shape::Entry, "items") => Some(&quantity::ITEMS_INVALID),
        (Shape::Money, "amount") => Some(&value::VALUE_INVALID),
        (Shape::Money, "currency") => Some(&value::CURRENCY_INVALID),
        (Shape::Entry | Shape::NationalDefinition, "category") => {
            if instance.as_str().is_some_and(is_aggregate) {
                Some(&category::CATEGORY_AGGREGATE)
            } else {
                Some(&category::CATEGORY_UNKNOWN)
            }
        }
        _ => None,
    };
    if let Some(rule) = specific {
        let mut diagnostic = Diagnostic::new(rule)
            .arg("found", found(instance))
            .at(pointer);
        if let Some(text) = instance.as_str() {
            if std::ptr::eq(rule, &category::CATEGORY_UNKNOWN)
                && let Some(closest) = category::closest_category(text)
            {
                diagnostic = diagnostic
                    .arg("closest", closest.code())
                    .arg("closest_name", category::category_name(closest));
            }
            if std::ptr::eq(rule, &value::CURRENCY_INVALID) {
                diagnostic = value::with_closest_currency(diagnostic, text, home_state(document));
            }
        }
        return diagnostic;
    }
    let diagnostic = match kind {
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::Enum { .. } => {
            Diagnostic::new(&structure::VALUE_NOT_ALLOWED).arg("allowed", allowed(pointer))
        }
        kind => Diagnostic::new(&structure::INVALID_VALUE).arg("expected", expected(&field, kind)),
    };
    diagnostic
        .arg("field", fields::label(pointer))
        .arg("found", found(instance))
        .at(pointer)
}

/// The reporting State, when its code or name resolves to one State: its currency is how a
/// shared currency sign of the report (“kr”, “$”) is most likely meant.
fn home_state(document: &Value) -> Option<&'static att_schema::codes::State> {
    let party = document.get("reporting_state")?;
    if let Some(code) = party.get("code").and_then(Value::as_str) {
        return att_schema::codes::state_by_code(code);
    }
    match resolve_state(party.get("name").and_then(Value::as_str)?) {
        StateMatch::Found(state) => Some(state),
        _ => None,
    }
}

/// Category cells that sum several categories rather than naming one.
fn is_aggregate(text: &str) -> bool {
    let folded = att_schema::text::fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    let roman = |w: &str| !w.is_empty() && w.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let is_range =
        text.contains(['–', '-', '—']) && words.len() == 2 && words.iter().all(|w| roman(w));
    let totals = [
        "total",
        "totals",
        "all",
        "all categories",
        "sum",
        "grand total",
        "i vii",
        "i viii",
        "todas",
        "toutes",
        "toutes categories",
        "todas las categorias",
        "tous",
        "salw",
        "alpc",
        "apal",
        "small arms and light weapons",
        "armes legeres et de petit calibre",
        "armas pequenas y armas ligeras",
    ];
    is_range || totals.contains(&folded.as_str())
}

fn allowed(pointer: &str) -> Arg {
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

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// What the field needs, in words.
fn expected(field: &str, kind: &ValidationErrorKind) -> Text {
    match kind {
        ValidationErrorKind::Format { format } if format == "date" => text(
            "a date written YYYY-MM-DD",
            "une date au format AAAA-MM-JJ",
            "una fecha con el formato AAAA-MM-DD",
        ),
        ValidationErrorKind::Pattern { .. } if field == "code" => text(
            "an ISO 3166-1 alpha-3 code in capitals, such as NOR",
            "un code ISO 3166-1 alpha-3 en majuscules, comme NOR",
            "un código ISO 3166-1 alfa-3 en mayúsculas, como NOR",
        ),
        ValidationErrorKind::Pattern { .. } if field == "language" => text(
            "a two-letter language code such as en, fr or es",
            "un code de langue à deux lettres comme en, fr ou es",
            "un código de idioma de dos letras como en, fr o es",
        ),
        ValidationErrorKind::MinLength { .. } => text(
            "text that is not empty",
            "un texte non vide",
            "un texto no vacío",
        ),
        ValidationErrorKind::Type { kind } => expected_type(kind),
        _ => text(
            "a value the format allows",
            "une valeur admise par le format",
            "un valor admitido por el formato",
        ),
    }
}

fn expected_type(kind: &TypeKind) -> Text {
    let json_type = match kind {
        TypeKind::Single(json_type) => *json_type,
        TypeKind::Multiple(types) => types.iter().next().unwrap_or(JsonType::Object),
    };
    match json_type {
        JsonType::Object => text(
            "a group of fields ({ … })",
            "un groupe de champs ({ … })",
            "un grupo de campos ({ … })",
        ),
        JsonType::Array => text("a list ([ … ])", "une liste ([ … ])", "una lista ([ … ])"),
        JsonType::String => text("text", "un texte", "un texto"),
        JsonType::Integer => text("a whole number", "un nombre entier", "un número entero"),
        JsonType::Number => text("a number", "un nombre", "un número"),
        JsonType::Boolean => text(
            "yes or no (true or false)",
            "oui ou non (true ou false)",
            "sí o no (true o false)",
        ),
        JsonType::Null => text("empty", "vide", "vacío"),
    }
}
