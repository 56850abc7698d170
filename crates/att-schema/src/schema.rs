//! The JSON Schemas of the canonical report and of the diagnostics report, generated from the
//! types so that they cannot drift from them.

use crate::diagnostic::DiagnosticsReport;
use crate::model::Report;
use schemars::generate::SchemaSettings;
use schemars::transform::{RecursiveTransform, Transform};
use schemars::{JsonSchema, Schema};
use serde_json::Value;

/// The stable `$id` of the report schema; it carries the schema version.
pub const REPORT_SCHEMA_ID: &str =
    "https://att-toolkit.github.io/schemas/att-annual-report-1.0.schema.json";

/// The stable `$id` of the diagnostics report schema.
pub const DIAGNOSTICS_SCHEMA_ID: &str =
    "https://att-toolkit.github.io/schemas/att-diagnostics-1.0.schema.json";

/// The file name under `schemas/` of the committed report schema.
pub const REPORT_SCHEMA_FILE: &str = "att-annual-report-1.0.schema.json";

/// The file name under `schemas/` of the committed diagnostics report schema.
pub const DIAGNOSTICS_SCHEMA_FILE: &str = "att-diagnostics-1.0.schema.json";

/// The JSON Schema (draft 2020-12) of the canonical report document.
pub fn report_schema() -> Value {
    schema_of::<Report>(REPORT_SCHEMA_ID)
}

/// The JSON Schema (draft 2020-12) of the report `att validate --format json` prints.
pub fn diagnostics_schema() -> Value {
    schema_of::<DiagnosticsReport>(DIAGNOSTICS_SCHEMA_ID)
}

/// Formats of draft 2020-12 that validators know; schemars' own (`uint64`, `double`, …) are
/// dropped so that a validator checking formats accepts the schema.
const STANDARD_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// The document omits absent optional fields rather than writing `null`, so schemars' nullable
/// `Option<T>` becomes plain `T`.
fn drop_null(schema: &mut Schema) {
    if let Some(Value::Array(types)) = schema.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            schema.insert("type".into(), only);
        }
    }
    let Some(Value::Array(alternatives)) = schema.get_mut("anyOf") else {
        return;
    };
    alternatives.retain(|alt| alt.get("type").and_then(Value::as_str) != Some("null"));
    if alternatives.len() == 1
        && let Value::Object(only) = alternatives.remove(0)
    {
        schema.remove("anyOf");
        for (key, value) in only {
            schema.insert(key, value);
        }
    }
}

/// Doc comments open with a short heading paragraph: it becomes the `title` a form builder
/// shows, and the rest the `description`, with the source's line wrapping undone.
fn title_from_first_paragraph(schema: &mut Schema) {
    let Some(Value::String(doc)) = schema.get("description") else {
        return;
    };
    let paragraphs: Vec<String> = doc
        .split("\n\n")
        .map(|paragraph| {
            paragraph
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    match paragraphs.as_slice() {
        [title, rest @ ..] if !rest.is_empty() => {
            let description = rest.join("\n\n");
            schema.insert("title".into(), Value::String(title.clone()));
            schema.insert("description".into(), Value::String(description));
        }
        _ => {
            schema.insert("description".into(), Value::String(paragraphs.join("\n\n")));
        }
    }
}

/// A required property's serde default is not a default a document may rely on.
fn drop_defaults_of_required(schema: &mut Schema) {
    let required: Vec<String> = match schema.get("required") {
        Some(Value::Array(names)) => names
            .iter()
            .filter_map(|name| name.as_str().map(str::to_owned))
            .collect(),
        _ => return,
    };
    if let Some(Value::Object(properties)) = schema.get_mut("properties") {
        for name in required {
            if let Some(Value::Object(property)) = properties.get_mut(&name) {
                property.remove("default");
            }
        }
    }
}

fn drop_nonstandard_format(schema: &mut Schema) {
    let nonstandard = schema
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|format| !STANDARD_FORMATS.contains(&format));
    if nonstandard {
        schema.remove("format");
    }
}

/// Integers schemars bounds by their Rust type (`maximum: 18446744073709551615`) are bounded
/// only by what the document says.
fn drop_machine_bounds(schema: &mut Schema) {
    for key in ["maximum", "minimum"] {
        let machine_bound = schema
            .get(key)
            .and_then(Value::as_f64)
            .is_some_and(|bound| bound.abs() >= 2f64.powi(31) - 1.0);
        if machine_bound {
            schema.remove(key);
        }
    }
}

fn schema_of<T: JsonSchema>(id: &str) -> Value {
    let mut schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    RecursiveTransform(drop_null).transform(&mut schema);
    RecursiveTransform(title_from_first_paragraph).transform(&mut schema);
    RecursiveTransform(drop_defaults_of_required).transform(&mut schema);
    RecursiveTransform(drop_nonstandard_format).transform(&mut schema);
    RecursiveTransform(drop_machine_bounds).transform(&mut schema);
    let mut value = schema.to_value();
    if let Value::Object(object) = &mut value {
        let mut ordered = serde_json::Map::new();
        if let Some(meta) = object.remove("$schema") {
            ordered.insert("$schema".into(), meta);
        }
        ordered.insert("$id".into(), Value::String(id.to_owned()));
        ordered.append(object);
        return Value::Object(ordered);
    }
    value
}

/// The schema as the committed file holds it: pretty-printed, with a final newline.
pub fn to_pretty_json(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}
