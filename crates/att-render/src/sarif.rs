//! SARIF 2.1.0 output for continuous-integration systems (code scanning, review bots).
//!
//! One run for the whole invocation. `tool.driver.rules` lists every rule of the catalogue (so
//! that `ruleIndex` is stable from one run to the next) with its default severity; settings of
//! a deployment's `att.toml` are written as `invocations[0].ruleConfigurationOverrides`.
//!
//! Places:
//!
//! - In a text file (JSON, XML), a result has a `physicalLocation` with the file's
//!   `artifactLocation` and a `region` with `startLine` and `startColumn`; columns count Unicode
//!   code points (`run.columnKind` is `unicodeCodePoints`), as the readers do.
//! - A workbook cell has no line and column: a workbook is a zip archive, and a text region in
//!   it would point at compressed bytes. The result's `physicalLocation` names the workbook
//!   file only, and the cell is a `logicalLocation` (`name` `D17`, `fullyQualifiedName`
//!   `Exports!D17`, kind `cell`) — SARIF's way to name a place that is not a text region —
//!   with the location's property bag repeating `sheet` and `cell` for programs. Viewers that
//!   only understand regions still show the finding on the right file, with the cell in the
//!   message’s place.
//! - The JSON pointer into the canonical document is in the result's property bag
//!   (`properties.pointer`).
//!
//! An input that could not be read is a `toolExecutionNotification` of level `error`, and the
//! invocation is then not `executionSuccessful`.

use crate::FileResult;
use att_schema::{Diagnostic, Lang, Location, RelatedPlace, Rule, RuleGroup, Severity};
use serde_json::{Map, Value, json};

/// The schema URI written in `$schema`.
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// What the SARIF log needs besides the results.
#[derive(Debug, Clone, Copy)]
pub struct SarifOptions<'a> {
    /// The language of the messages and rule descriptions.
    pub lang: Lang,
    /// The toolkit's version.
    pub tool_version: &'a str,
    /// Every rule of the catalogue, in code order.
    pub rules: &'a [&'static Rule],
    /// The rules whose severity a deployment set: `None` is turned off.
    pub overrides: &'a [(&'static Rule, Option<Severity>)],
}

/// The SARIF level of a severity.
pub fn level(severity: Option<Severity>) -> &'static str {
    match severity {
        Some(Severity::Error) => "error",
        Some(Severity::Warning) => "warning",
        Some(Severity::Info) => "note",
        None => "none",
    }
}

/// The address of a rule's documentation in `docs/rules.md`.
fn help_uri(rule: &Rule) -> String {
    format!(
        "{}/blob/main/docs/rules.md#{}-{}",
        env!("CARGO_PKG_REPOSITORY"),
        rule.code.to_ascii_lowercase(),
        rule.name
    )
}

fn group_name(group: RuleGroup) -> &'static str {
    match group {
        RuleGroup::Reading => "reading",
        RuleGroup::Report => "report",
        RuleGroup::Corpus => "corpus",
    }
}

fn descriptor(rule: &Rule, lang: Lang) -> Value {
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": rule.summary.get(lang) },
        "fullDescription": { "text": rule.summary.get(lang) },
        "helpUri": help_uri(rule),
        "defaultConfiguration": { "level": level(Some(rule.severity)) },
        "properties": { "group": group_name(rule.group) }
    })
}

/// A path as a URI reference: absolute paths as `file://` URIs, others relative, with `/` as
/// separator and every byte outside the unreserved characters percent-encoded.
pub fn path_uri(path: &str) -> String {
    let slashed = path.replace('\\', "/");
    let windows_drive = slashed.len() >= 2
        && slashed.as_bytes()[1] == b':'
        && slashed.as_bytes()[0].is_ascii_alphabetic();
    let mut out = String::with_capacity(slashed.len() + 8);
    if slashed.starts_with('/') {
        out.push_str("file://");
    } else if windows_drive {
        out.push_str("file:///");
    }
    for (index, byte) in slashed.bytes().enumerate() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/')
            || (windows_drive && index == 1 && byte == b':');
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn artifact_location(file: &FileResult, index: usize) -> Value {
    json!({ "uri": path_uri(&file.path), "index": index })
}

fn location(file: &FileResult, index: usize, place: Option<&Location>) -> Value {
    let artifact = artifact_location(file, index);
    match place {
        Some(Location::Text { line, column }) => json!({
            "physicalLocation": {
                "artifactLocation": artifact,
                "region": { "startLine": line, "startColumn": column }
            }
        }),
        Some(cell @ Location::Cell { sheet, .. }) => {
            let name = cell.cell_name().unwrap_or_default();
            json!({
                "physicalLocation": { "artifactLocation": artifact },
                "logicalLocations": [{
                    "name": name,
                    "fullyQualifiedName": cell.to_string(),
                    "kind": "cell"
                }],
                "properties": { "sheet": sheet.to_string(), "cell": name }
            })
        }
        None => json!({ "physicalLocation": { "artifactLocation": artifact } }),
    }
}

fn result(
    diagnostic: &Diagnostic,
    file: &FileResult,
    index: usize,
    options: &SarifOptions<'_>,
) -> Value {
    let mut result = Map::new();
    result.insert("ruleId".into(), json!(diagnostic.code()));
    if let Some(rule_index) = options
        .rules
        .iter()
        .position(|rule| rule.code == diagnostic.code())
    {
        result.insert("ruleIndex".into(), json!(rule_index));
    }
    result.insert("level".into(), json!(level(Some(diagnostic.severity))));
    result.insert(
        "message".into(),
        json!({ "text": diagnostic.message(options.lang) }),
    );
    result.insert(
        "locations".into(),
        json!([location(file, index, diagnostic.location.as_ref())]),
    );
    if !diagnostic.related.is_empty() {
        result.insert(
            "relatedLocations".into(),
            related_locations(&diagnostic.related),
        );
    }
    if let Some(pointer) = &diagnostic.pointer {
        result.insert("properties".into(), json!({ "pointer": pointer }));
    }
    Value::Object(result)
}

/// The places in other reports that a finding about several reports concerns, as SARIF
/// `relatedLocations`: each with its id, its file, its line or cell, and its pointer.
fn related_locations(related: &[RelatedPlace]) -> Value {
    let places: Vec<Value> = related
        .iter()
        .enumerate()
        .map(|(id, place)| {
            let artifact = json!({ "uri": path_uri(&place.path) });
            let mut location = match &place.location {
                Some(Location::Text { line, column }) => json!({
                    "physicalLocation": {
                        "artifactLocation": artifact,
                        "region": { "startLine": line, "startColumn": column }
                    }
                }),
                Some(cell @ Location::Cell { sheet, .. }) => {
                    let name = cell.cell_name().unwrap_or_default();
                    json!({
                        "physicalLocation": { "artifactLocation": artifact },
                        "logicalLocations": [{
                            "name": name,
                            "fullyQualifiedName": cell.to_string(),
                            "kind": "cell"
                        }],
                        "properties": { "sheet": sheet.to_string(), "cell": name }
                    })
                }
                None => json!({ "physicalLocation": { "artifactLocation": artifact } }),
            };
            location["id"] = json!(id);
            location["message"] = json!({ "text": place.to_string() });
            if let Some(pointer) = &place.pointer {
                location["properties"]["pointer"] = json!(pointer);
            }
            location
        })
        .collect();
    Value::Array(places)
}

/// The SARIF log of a run over `files`.
pub fn log(files: &[FileResult], options: &SarifOptions<'_>) -> Value {
    let artifacts: Vec<Value> = files
        .iter()
        .map(|file| {
            let mut artifact = json!({ "location": { "uri": path_uri(&file.path) } });
            if let Some(sha256) = &file.sha256 {
                artifact["hashes"] = json!({ "sha-256": sha256 });
            }
            artifact
        })
        .collect();
    let results: Vec<Value> = files
        .iter()
        .enumerate()
        .flat_map(|(index, file)| {
            file.diagnostics
                .iter()
                .map(move |diagnostic| result(diagnostic, file, index, options))
        })
        .collect();
    let notifications: Vec<Value> = files
        .iter()
        .enumerate()
        .filter_map(|(index, file)| {
            let failure = file.failure.as_ref()?;
            Some(json!({
                "level": "error",
                "message": { "text": format!("{}: {failure}", file.path) },
                "locations": [{ "physicalLocation": { "artifactLocation": artifact_location(file, index) } }]
            }))
        })
        .collect();
    let overrides: Vec<Value> = options
        .overrides
        .iter()
        .map(|(rule, severity)| {
            let mut descriptor = json!({ "id": rule.code });
            if let Some(index) = options.rules.iter().position(|r| r.code == rule.code) {
                descriptor["index"] = json!(index);
            }
            json!({
                "descriptor": descriptor,
                "configuration": { "enabled": severity.is_some(), "level": level(*severity) }
            })
        })
        .collect();
    let mut invocation = json!({ "executionSuccessful": notifications.is_empty() });
    if !notifications.is_empty() {
        invocation["toolExecutionNotifications"] = Value::Array(notifications);
    }
    if !overrides.is_empty() {
        invocation["ruleConfigurationOverrides"] = Value::Array(overrides);
    }
    json!({
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "att",
                    "fullName": "att — Arms Trade Treaty annual report toolkit",
                    "version": options.tool_version,
                    "semanticVersion": options.tool_version,
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "language": options.lang.code(),
                    "rules": options.rules.iter().map(|rule| descriptor(rule, options.lang)).collect::<Vec<_>>()
                }
            },
            "invocations": [invocation],
            "language": options.lang.code(),
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results
        }]
    })
}

/// The SARIF log as pretty-printed JSON with a final newline.
pub fn render(files: &[FileResult], options: &SarifOptions<'_>) -> String {
    let mut text = serde_json::to_string_pretty(&log(files, options))
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            path_uri("reports/2023 report.xlsx"),
            "reports/2023%20report.xlsx"
        );
        assert_eq!(path_uri("/data/Côte.json"), "file:///data/C%C3%B4te.json");
        assert_eq!(
            path_uri(r"C:\Reports\a#1.json"),
            "file:///C:/Reports/a%231.json"
        );
        assert_eq!(path_uri("notes:2023.json"), "notes%3A2023.json");
        assert_eq!(path_uri("-"), "-");
    }

    #[test]
    fn severities_become_levels() {
        assert_eq!(level(Some(Severity::Info)), "note");
        assert_eq!(level(None), "none");
    }
}
