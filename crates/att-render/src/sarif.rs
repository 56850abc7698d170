//! SARIF 2.1.0 output for continuous-integration systems (code scanning, review bots).
//!
//! One run for the whole invocation. `tool.driver.rules` lists every rule of the catalogue (so
//! that `ruleIndex` is stable from one run to the next) with its default severity; settings of
//! a deployment's `att.toml` are written as `invocations[0].ruleConfigurationOverrides`.
//!
//! Places (docs/sarif.md describes them for users of code-scanning viewers):
//!
//! - Every result has a `physicalLocation` with a `region`, so that viewers place it.
//! - In a text file (JSON, XML) the region is the finding's `startLine` and `startColumn`;
//!   columns count Unicode code points (`run.columnKind` is `unicodeCodePoints`), as the readers
//!   do.
//! - In a workbook the region is the cell's row as `startLine` and its column number (A = 1) as
//!   `startColumn`, and the sheet and cell are `logicalLocations` (the sheet, kind `sheet`; the
//!   cell, kind `cell`, `fullyQualifiedName` `Exports!D17`), with the location's property bag
//!   repeating `sheet` and `cell` for programs. A finding repeated down a range ends the region
//!   at the range's last cell (`endLine`, `endColumn`).
//! - A finding about the whole report (no place) is placed at line 1 of the file, with
//!   `properties.place` `report`.
//! - Paths under the source root (the working directory) are relative URIs with `uriBaseId`
//!   `%SRCROOT%`, which `run.originalUriBaseIds` defines; other absolute paths are `file://`
//!   URIs.
//! - The JSON pointer into the canonical document is in the result's property bag
//!   (`properties.pointer`).
//!
//! Rules carry `shortDescription` (the summary), `fullDescription` (the details, else the
//! summary), `help` (text and Markdown: summary, details, the checks of the specification it
//! implements and an example message) and `helpUri` into `docs/rules.md`.
//!
//! An input that could not be read is a `toolExecutionNotification` of level `error`, and the
//! invocation is then not `executionSuccessful`.

use crate::FileResult;
use att_schema::{Diagnostic, Lang, Location, RelatedPlace, Rule, RuleGroup, Severity};
use serde_json::{Map, Value, json};
use std::path::Path;

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
    /// The folder relative URIs are relative to (`%SRCROOT%`), absolute: the working
    /// directory; `None` writes paths as given.
    pub source_root: Option<&'a Path>,
}

/// The base of relative artifact URIs.
pub const SOURCE_ROOT: &str = "%SRCROOT%";

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
    let summary = rule.summary.get(lang);
    let full = if rule.details.is_empty() {
        summary
    } else {
        rule.details
    };
    let (text, markdown) = help(rule, lang);
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": summary },
        "fullDescription": { "text": full },
        "help": { "text": text, "markdown": markdown },
        "helpUri": help_uri(rule),
        "defaultConfiguration": { "level": level(Some(rule.severity)) },
        "properties": { "group": group_name(rule.group) }
    })
}

/// The rule's documentation as plain text and as Markdown: what it flags, the details, the
/// checks of the specification it implements, and an example of its message.
fn help(rule: &Rule, lang: Lang) -> (String, String) {
    let summary = rule.summary.get(lang);
    let (implements_label, example_label) = match lang {
        Lang::En => ("Implements", "Example"),
        Lang::Fr => ("Met en œuvre", "Exemple"),
        Lang::Es => ("Aplica", "Ejemplo"),
    };
    let mut text = summary.to_owned();
    let mut markdown = format!("**{}** `{}`\n\n{summary}", rule.code, rule.name);
    if !rule.details.is_empty() {
        text.push_str(&format!("\n\n{}", rule.details));
        markdown.push_str(&format!("\n\n{}", rule.details));
    }
    for check in rule.implements {
        text.push_str(&format!("\n\n{implements_label}: {}", check.citation()));
        markdown.push_str(&format!("\n\n*{implements_label}:* {}", check.citation()));
    }
    if let Some(example) = rule.example {
        let message = example().message(lang);
        text.push_str(&format!("\n\n{example_label}: {message}"));
        markdown.push_str(&format!("\n\n*{example_label}:*\n\n> {message}"));
    }
    markdown.push_str(&format!("\n\n[docs/rules.md]({})", help_uri(rule)));
    (text, markdown)
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

/// The artifact's URI: relative to `%SRCROOT%` when under the source root, else as
/// [`path_uri`] writes it.
fn artifact_uri(path: &str, options: &SarifOptions<'_>) -> Value {
    let given = Path::new(path);
    if path != "-" {
        if given.is_relative() && options.source_root.is_some() {
            return json!({ "uri": path_uri(path), "uriBaseId": SOURCE_ROOT });
        }
        if let Some(relative) = options
            .source_root
            .and_then(|root| given.strip_prefix(root).ok())
        {
            let relative = relative.to_string_lossy();
            return json!({ "uri": path_uri(&relative), "uriBaseId": SOURCE_ROOT });
        }
    }
    json!({ "uri": path_uri(path) })
}

fn artifact_location(file: &FileResult, index: usize, options: &SarifOptions<'_>) -> Value {
    let mut location = artifact_uri(&file.path, options);
    location["index"] = json!(index);
    location
}

/// The region of a place: the line and column of a text file, the row and column number of a
/// cell; to the last place of a repeated finding.
fn region(place: &Location, until: Option<&Location>) -> Value {
    let line_column = |place: &Location| match place {
        Location::Text { line, column } => (*line, *column),
        Location::Cell { row, column, .. } => (row + 1, column + 1),
    };
    let (line, column) = line_column(place);
    let mut region = json!({ "startLine": line, "startColumn": column });
    let same_sheet = match (place, until) {
        (Location::Cell { sheet, .. }, Some(Location::Cell { sheet: last, .. })) => sheet == last,
        (Location::Text { .. }, Some(Location::Text { .. })) => true,
        _ => false,
    };
    if let Some(until) = until.filter(|_| same_sheet) {
        let (end_line, end_column) = line_column(until);
        if (end_line, end_column) > (line, column) {
            region["endLine"] = json!(end_line);
            // SARIF's end column is exclusive.
            region["endColumn"] = json!(end_column.max(column) + 1);
        }
    }
    region
}

fn location(
    file: &FileResult,
    index: usize,
    diagnostic: &Diagnostic,
    options: &SarifOptions<'_>,
) -> Value {
    let artifact = artifact_location(file, index, options);
    let until = diagnostic.repeated.as_ref().and_then(|r| r.until.as_ref());
    match diagnostic.location.as_ref() {
        Some(place @ Location::Text { .. }) => json!({
            "physicalLocation": {
                "artifactLocation": artifact,
                "region": region(place, until)
            }
        }),
        Some(cell @ Location::Cell { sheet, .. }) => {
            let name = cell.cell_name().unwrap_or_default();
            json!({
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": region(cell, until)
                },
                "logicalLocations": [
                    { "name": sheet.to_string(), "kind": "sheet" },
                    {
                        "name": name,
                        "fullyQualifiedName": cell.to_string(),
                        "kind": "cell"
                    }
                ],
                "properties": { "sheet": sheet.to_string(), "cell": name }
            })
        }
        None => json!({
            "physicalLocation": {
                "artifactLocation": artifact,
                "region": { "startLine": 1 }
            },
            "properties": { "place": "report" }
        }),
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
        json!([location(file, index, diagnostic, options)]),
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
            let mut artifact = json!({ "location": artifact_uri(&file.path, options) });
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
                "locations": [{ "physicalLocation": { "artifactLocation": artifact_location(file, index, options) } }]
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
            "originalUriBaseIds": original_uri_base_ids(options),
            "language": options.lang.code(),
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results
        }]
    })
}

/// `%SRCROOT%` as the `file://` URI of the source root, ending in `/`, when there is one.
fn original_uri_base_ids(options: &SarifOptions<'_>) -> Value {
    match options.source_root {
        Some(root) => {
            let mut uri = path_uri(&root.to_string_lossy());
            if !uri.ends_with('/') {
                uri.push('/');
            }
            json!({ SOURCE_ROOT: { "uri": uri } })
        }
        None => json!({}),
    }
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
