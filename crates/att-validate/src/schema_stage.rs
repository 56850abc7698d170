//! Runs the generated JSON Schema on a document and turns each of its errors into one
//! diagnostic with a plain-language message.
//!
//! The contract check finds on the typed report everything the schema constrains; this stage
//! is for what the typed report cannot hold — fields the format does not have (with the known
//! field nearest in spelling) and values of the wrong JSON type — and a safety net: each of its
//! findings is kept only where the contract check found nothing at the same place.

use crate::contract::{ContractFinding, Expected, Kind, allowed};
use crate::entry_json::{EntryJson, EntryNode};
use crate::fields::{self, Shape};
use crate::found::found;
use crate::rules::structure;
use crate::tree_json::{Tree, TreeNode};
use att_schema::rules::UNKNOWN_FIELD;
use att_schema::source_map::{pointer_parent, pointer_push};
use att_schema::{Diagnostic, Direction, JsonTree, Report};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::json::Json;
use jsonschema::{Draft, JsonType, ValidationError};
use serde_json::Value;
use std::collections::HashSet;
use std::sync::LazyLock;

/// The report schema, compiled once for the whole process, for documents held as
/// `serde_json::Value`s.
static COMPILED: LazyLock<jsonschema::Validator> = LazyLock::new(compile);

/// The report schema, for the documents JSON readers parse ([`JsonTree`]s).
static COMPILED_TREE: LazyLock<jsonschema::Validator<Tree>> = LazyLock::new(compile);

fn compile<F: Json>() -> jsonschema::Validator<F> {
    jsonschema::options_for::<F>()
        .with_draft(Draft::Draft202012)
        .should_validate_formats(true)
        .build(&att_schema::schema::report_schema())
        .unwrap_or_else(|error| panic!("the generated report schema does not compile: {error}"))
}

/// The report schema's `Entry`, with the schema's definitions: what each entry of a direction
/// must be. The report schema holds a direction's entries to nothing else
/// (`{"type": "array", "items": {"$ref": "#/$defs/Entry"}}`, which a test checks), so a report
/// is valid exactly when it is valid without its entries and each entry is valid against this.
/// It reads each typed entry in place ([`crate::entry_json`]).
static ENTRY: LazyLock<jsonschema::Validator<EntryJson>> = LazyLock::new(|| {
    let report = att_schema::schema::report_schema();
    let entry = serde_json::json!({
        "$schema": report["$schema"],
        "$defs": report["$defs"],
        "$ref": "#/$defs/Entry",
    });
    jsonschema::options_for::<EntryJson>()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&entry)
        .unwrap_or_else(|error| panic!("the generated entry schema does not compile: {error}"))
});

/// Compiles the schema now rather than at the first validation.
pub(crate) fn warm_up() {
    LazyLock::force(&COMPILED);
    LazyLock::force(&COMPILED_TREE);
    LazyLock::force(&ENTRY);
}

/// What the schema stage checks: a document as written, or a report whose own JSON form
/// stands for its document (an XML encoding).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Instance<'a> {
    /// The document as written, as a `serde_json::Value`.
    Document(&'a Value),
    /// The document as written, as a JSON reader parsed it.
    Tree(&'a JsonTree),
    /// The report, for its JSON form.
    Report(&'a Report),
}

/// Checks `instance` against the report schema, as [`check`] checks a document. A report's
/// JSON form is written out whole only when it is not valid: a valid report is checked part
/// by part (the report without its entries, then each entry), so that its whole document is
/// never held in memory at once.
pub(crate) fn check_instance(
    instance: Instance<'_>,
    typed: &HashSet<&str>,
    absent: &[String],
) -> Vec<ContractFinding> {
    match instance {
        Instance::Document(document) => check(document, typed, absent),
        Instance::Tree(tree) => check_with(
            &COMPILED_TREE,
            TreeNode::At(tree.root()),
            &|party| {
                tree.pointer(party)
                    .and_then(|party| party.get("code"))
                    .is_some()
            },
            typed,
            absent,
        ),
        Instance::Report(report) if report_is_valid(report) => Vec::new(),
        Instance::Report(report) => {
            let document = serde_json::to_value(report).unwrap_or(Value::Null);
            check(&document, typed, absent)
        }
    }
}

/// Whether the JSON form of `report` is valid against the report schema, decided without
/// writing it out whole: the report with its directions' entries left out against the report
/// schema, then each entry against [`ENTRY`]. A part that cannot be written out is not valid
/// (nor is then the whole, which the caller writes out to find why).
fn report_is_valid(report: &Report) -> bool {
    // Every field is named, so that a field added to the model is not left out of the check.
    let without_entries = |direction: &Direction| Direction {
        status: direction.status.clone(),
        basis: direction.basis.clone(),
        entries: Vec::new(),
    };
    let Report {
        schema_version,
        reporting_state,
        year,
        submission,
        exports,
        imports,
        national_definitions,
    } = report;
    let outline = Report {
        schema_version: schema_version.clone(),
        reporting_state: reporting_state.clone(),
        year: year.clone(),
        submission: submission.clone(),
        exports: without_entries(exports),
        imports: without_entries(imports),
        national_definitions: national_definitions.clone(),
    };
    let valid = |validator: &jsonschema::Validator, part: Result<Value, serde_json::Error>| {
        part.is_ok_and(|part| validator.is_valid(&part))
    };
    valid(&COMPILED, serde_json::to_value(&outline))
        && [exports, imports]
            .into_iter()
            .flat_map(|direction| &direction.entries)
            .all(|entry| ENTRY.is_valid(EntryNode::Entry(entry)))
}

/// Checks `document` against the report schema. A finding is kept only where `typed` (the
/// pointers of the contract check's findings) holds nothing at its place, and, unless it is of
/// an unknown field, where it is not inside a direction of `absent` (those the report holds as
/// absent, which the contract check reported as a whole).
pub(crate) fn check(
    document: &Value,
    typed: &HashSet<&str>,
    absent: &[String],
) -> Vec<ContractFinding> {
    check_with(
        &COMPILED,
        document,
        &|party| has_code(document, party),
        typed,
        absent,
    )
}

/// Whether the party at `party` in `document` has a code.
fn has_code(document: &Value, party: &str) -> bool {
    document
        .pointer(party)
        .and_then(|party| party.get("code"))
        .is_some()
}

/// [`check`] with `validator`, on the document `root` of its representation; `has_code` says
/// whether the party at a pointer has a code.
fn check_with<'i, F: Json>(
    validator: &'i jsonschema::Validator<F>,
    root: F::Node<'i>,
    has_code: &dyn Fn(&str) -> bool,
    typed: &HashSet<&str>,
    absent: &[String],
) -> Vec<ContractFinding> {
    let mut findings: Vec<ContractFinding> = Vec::new();
    if validator.is_valid(root.clone()) {
        return findings;
    }
    let mut seen: HashSet<(&'static str, String)> = HashSet::new();
    for error in validator.iter_errors(root) {
        for finding in diagnose(&error, has_code) {
            let pointer = finding.pointer();
            let in_absent = absent.iter().any(|direction| {
                pointer
                    .strip_prefix(direction.as_str())
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
            });
            if typed.contains(pointer)
                || (in_absent && !matches!(finding.kind, Kind::Unknown { .. }))
            {
                continue;
            }
            let key = (finding.diagnostic.rule.code, finding.pointer().to_owned());
            if seen.insert(key) {
                findings.push(finding);
            }
        }
    }
    findings
}

/// Every finding of the JSON Schema on `document`, each at the place of what it concerns (the
/// missing field, for a required one), before any is left out for the contract check's.
pub(crate) fn all(document: &Value) -> Vec<Diagnostic> {
    COMPILED
        .iter_errors(document)
        .flat_map(|error| diagnose(&error, &|party| has_code(document, party)))
        .map(|finding| finding.diagnostic)
        .collect()
}

fn diagnose(error: &ValidationError<'_>, has_code: &dyn Fn(&str) -> bool) -> Vec<ContractFinding> {
    let pointer = error.instance_path().as_str();
    let instance = error.instance();
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let missing = pointer_push(pointer, name);
            vec![ContractFinding {
                diagnostic: Diagnostic::new(&structure::FIELD_MISSING)
                    .arg("field", fields::label(&missing))
                    .at(missing),
                kind: Kind::Missing {
                    parent: pointer.to_owned(),
                    field: name.to_owned(),
                },
            }]
        }
        ValidationErrorKind::MinProperties { .. } if fields::shape_of(pointer) == Shape::Party => {
            vec![ContractFinding::other(missing(pointer))]
        }
        ValidationErrorKind::MinLength { .. } if empty_party_name(pointer, has_code).is_some() => {
            let party = empty_party_name(pointer, has_code).unwrap_or_default();
            vec![ContractFinding::other(missing(party))]
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|name| unknown_field(pointer, name))
            .collect(),
        _ if pointer == "/schema_version" => vec![ContractFinding::other(
            Diagnostic::new(&structure::SCHEMA_VERSION)
                .arg("found", found(instance))
                .at(pointer),
        )],
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::Enum { .. } => {
            vec![ContractFinding::other(
                Diagnostic::new(&structure::VALUE_NOT_ALLOWED)
                    .arg("allowed", allowed(pointer))
                    .arg("field", fields::subject(pointer))
                    .arg("found", found(instance))
                    .at(pointer),
            )]
        }
        kind => vec![ContractFinding::other(
            Diagnostic::new(&structure::INVALID_VALUE)
                .arg("expected", expected(pointer, kind).text())
                .arg("field", fields::subject(pointer))
                .arg("found", found(instance))
                .at(pointer),
        )],
    }
}

/// A required object that names nothing.
fn missing(pointer: &str) -> Diagnostic {
    Diagnostic::new(&structure::FIELD_MISSING)
        .arg("field", fields::label(pointer))
        .at(pointer)
}

/// The pointer of the party whose name at `pointer` is empty, when the party has no code: such
/// a party names nobody, and is reported as missing.
fn empty_party_name<'p>(pointer: &'p str, has_code: &dyn Fn(&str) -> bool) -> Option<&'p str> {
    let party = pointer.strip_suffix("/name")?;
    let is_party = fields::shape_of(party) == Shape::Party;
    let has_code = has_code(party);
    (is_party
        && !has_code
        && !party.contains("/intermediate_locations/")
        && !party.ends_with("/state_of_origin"))
    .then_some(party)
}

fn unknown_field(pointer: &str, name: &str) -> ContractFinding {
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
    ContractFinding {
        diagnostic,
        kind: Kind::Unknown {
            parent: pointer.to_owned(),
            name: name.to_owned(),
            closest,
        },
    }
}

/// What the field at `pointer` needs, for the error `kind`.
fn expected(pointer: &str, kind: &ValidationErrorKind) -> Expected {
    let field = fields::tokens(pointer).pop().unwrap_or_default();
    let parent = fields::shape_of(pointer_parent(pointer).unwrap_or_default());
    match kind {
        ValidationErrorKind::Format { format } if format == "date" => Expected::Date,
        ValidationErrorKind::Pattern { .. } if parent == Shape::Party && field == "code" => {
            Expected::StateCode
        }
        ValidationErrorKind::Pattern { .. } if field == "language" => Expected::Language,
        ValidationErrorKind::MinLength { .. } => Expected::NotEmpty,
        ValidationErrorKind::Type { kind } => {
            let json_type = match kind {
                TypeKind::Single(json_type) => *json_type,
                TypeKind::Multiple(types) => types.iter().next().unwrap_or(JsonType::Object),
            };
            match json_type {
                JsonType::Object => Expected::Object,
                JsonType::Array => Expected::List,
                JsonType::String => Expected::Text,
                JsonType::Integer => Expected::Integer,
                JsonType::Number => Expected::Number,
                JsonType::Boolean => Expected::Boolean,
                JsonType::Null => Expected::Null,
            }
        }
        _ => Expected::Allowed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::arbitrary_report;

    /// The findings of the schema stage on the JSON document `text`, nothing left out, through
    /// its `serde_json::Value` and through the tree the JSON reader parsed; `None` when the
    /// reader refuses it.
    fn both_ways(text: &str) -> Option<(String, String)> {
        let read = att_json::read(text.as_bytes(), &att_json::Limits::default()).ok()?;
        let tree = read.tree()?;
        let value = tree.to_value();
        let none = HashSet::new();
        let by_value = format!("{:#?}", check(&value, &none, &[]));
        let by_tree = format!("{:#?}", check_instance(Instance::Tree(tree), &none, &[]));
        assert_eq!(
            COMPILED.is_valid(&value),
            COMPILED_TREE.is_valid(TreeNode::At(tree.root())),
            "{text}"
        );
        Some((by_value, by_tree))
    }

    fn fixtures(folder: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                fixtures(&path, out);
            } else if path
                .extension()
                .is_some_and(|extension| extension == "json")
            {
                out.push(path);
            }
        }
    }

    #[test]
    fn a_tree_is_validated_as_its_value_on_every_fixture() {
        let mut paths = Vec::new();
        fixtures(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures"),
            &mut paths,
        );
        assert!(paths.len() > 50, "{}", paths.len());
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            if let Some((by_value, by_tree)) = both_ways(&text) {
                assert_eq!(by_value, by_tree, "{}", path.display());
            }
        }
    }

    #[test]
    fn a_tree_is_validated_as_its_value_on_odd_documents() {
        let documents = [
            r#"[1, 2]"#,
            r#""text""#,
            r#"null"#,
            r#"{}"#,
            r#"{"schema_version": "1.0", "schema_version": 1, "year": 2023.0, "year": "x"}"#,
            r#"{"schema_version": "1.0", "reporting_state": {"name": ""}, "year": -0,
                "exports": {"status": "reported", "status": "nil", "entries": {}},
                "imports": {"status": "reported", "basis": 5, "entries": [
                    5, null, [], {"category": "I", "category": "national"},
                    {"category": {"I": null}, "partner": {}, "items": 1e2, "items2": 1},
                    {"category": "II", "partner": {"name": ""}, "value": {"amount": 1.5e300,
                        "currency": "EURO"}, "intermediate_locations": [{"code": "sw"}, 3]},
                    {"category": "III", "partner": {"code": "SWE", "code": "NOR", "x\u00e9": 1},
                        "items": 18446744073709551616, "withheld": {"items": 3}},
                    {"category": "national", "partner": {"code": "NOR"}, "items": -9223372036854775808}
                ]},
                "submission": {"date": "2024-02-30", "language": "EN", "public": "yes",
                    "contact": {"email": 3}, "withheld": {"note": []}},
                "national_definitions": [{"category": "VIII", "definition": ""}, "x"],
                "unknown": {"deep": [1, {"a": "b"}]}, "\"odd\u0000name\"": true}"#,
        ];
        let mut findings = 0;
        for text in documents {
            let (by_value, by_tree) = both_ways(text).unwrap_or_else(|| panic!("reads: {text}"));
            assert_eq!(by_value, by_tree, "{text}");
            findings += by_value.matches("diagnostic:").count();
        }
        assert!(findings > 30, "{findings}");
    }

    /// Any JSON value, small.
    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            prop_oneof![
                Just(String::new()),
                Just("I".to_owned()),
                Just("national".to_owned()),
                Just("SWE".to_owned()),
                Just("2024-05-20".to_owned()),
                "\\PC{0,6}",
            ]
            .prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 12, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec((field_name(), inner), 0..5)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    /// Field names of the format, and a few others.
    fn field_name() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::sample::select(vec![
                "category",
                "partner",
                "items",
                "value",
                "withheld",
                "basis",
                "code",
                "name",
                "amount",
                "currency",
                "description",
                "status",
                "entries",
                "cathegory",
                "x",
            ])
            .prop_map(str::to_owned),
            "\\PC{0,4}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("ATT_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(200)
        ))]

        #[test]
        fn a_tree_is_validated_as_its_value(
            report in arbitrary_report::report(),
            entries in prop::collection::vec(any_json(), 0..4),
            extra in prop::collection::vec((field_name(), any_json()), 0..3),
        ) {
            let mut document = serde_json::to_value(&report).unwrap_or(Value::Null);
            if let Some(fields) = document.as_object_mut() {
                fields.extend(extra);
                if let Some(exports) = fields.get_mut("exports").and_then(Value::as_object_mut) {
                    exports.insert("entries".to_owned(), Value::Array(entries));
                }
            }
            let text = serde_json::to_string_pretty(&document).unwrap_or_default();
            let (by_value, by_tree) = both_ways(&text).unwrap_or_default();
            prop_assert_eq!(by_value, by_tree);
        }
    }

    /// The schema without its words for people: what it constrains.
    fn constraints(schema: &Value) -> Value {
        match schema {
            Value::Object(fields) => Value::Object(
                fields
                    .iter()
                    .filter(|(key, _)| !matches!(key.as_str(), "title" | "description" | "default"))
                    .map(|(key, value)| (key.clone(), constraints(value)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    #[test]
    fn the_schema_holds_entries_to_the_entry_schema_alone() {
        let schema = constraints(&att_schema::schema::report_schema());
        assert_eq!(
            schema["$defs"]["Direction"]["properties"]["entries"],
            serde_json::json!({ "type": "array", "items": { "$ref": "#/$defs/Entry" } })
        );
        let keywords = |schema: &Value| -> Vec<String> {
            schema
                .as_object()
                .map(|fields| fields.keys().cloned().collect())
                .unwrap_or_default()
        };
        let mut direction = keywords(&schema["$defs"]["Direction"]);
        direction.sort();
        assert_eq!(
            direction,
            ["additionalProperties", "properties", "required", "type"]
        );
        let mut root: Vec<String> = keywords(&schema)
            .into_iter()
            .filter(|keyword| !matches!(keyword.as_str(), "$schema" | "$id" | "$defs"))
            .collect();
        root.sort();
        assert_eq!(
            root,
            ["additionalProperties", "properties", "required", "type"]
        );
    }

    #[test]
    fn a_report_is_valid_part_by_part_exactly_when_it_is_valid_whole() {
        let valid: Report = serde_json::from_value(serde_json::json!({
            "schema_version": "1.0",
            "reporting_state": { "code": "SWE", "name": "Sweden" },
            "year": 2023,
            "exports": { "status": "reported", "basis": "actual", "entries": [
                { "category": "I", "partner": { "code": "NOR", "name": "Norway" }, "items": 3 }
            ] },
            "imports": { "status": "nil", "entries": [] }
        }))
        .expect("a report");
        let mut wrong_entry = valid.clone();
        wrong_entry.exports.entries[0].items = Some(att_schema::Lenient::raw_text("3"));
        let mut wrong_outline = valid.clone();
        wrong_outline.year = Some(2000.into());
        for report in [valid, wrong_entry, wrong_outline] {
            let whole = serde_json::to_value(&report).expect("a document");
            assert_eq!(report_is_valid(&report), COMPILED.is_valid(&whole));
            let none = HashSet::new();
            assert_eq!(
                format!(
                    "{:?}",
                    check_instance(Instance::Report(&report), &none, &[])
                ),
                format!("{:?}", check(&whole, &none, &[]))
            );
        }
    }
}
