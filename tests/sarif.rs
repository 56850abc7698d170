//! `att validate --format sarif` as code-scanning viewers read it: valid SARIF 2.1.0, a region
//! for every result (a cell's row and column number; a text file's line and column), the sheet
//! as a logical location, relative URIs under `%SRCROOT%`, rules with their help.

mod common;

use common::{att, stderr};
use serde_json::Value;

const INPUTS: [&str; 4] = [
    "fixtures/xlsx/numbers-written-as-text.xlsx",
    "fixtures/json/invalid-schema-violations.json",
    "fixtures/xml/raw-values.xml",
    "fixtures/json/broken-truncated.json",
];

fn sarif_log() -> Value {
    let mut args = vec!["validate", "--format", "sarif"];
    args.extend(INPUTS);
    let output = att(&args);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("SARIF is JSON")
}

#[test]
fn the_log_is_valid_sarif_2_1_0() {
    let schema: Value = serde_json::from_str(include_str!(
        "../crates/att-render/tests/sarif-schema-2.1.0.json"
    ))
    .expect("the SARIF schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let log = sarif_log();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn every_result_has_a_region_and_cells_name_their_sheet() {
    let log = sarif_log();
    let run = &log["runs"][0];
    let results = run["results"].as_array().expect("results");
    assert!(results.len() > 20);
    for result in results {
        let location = &result["locations"][0];
        let region = &location["physicalLocation"]["region"];
        assert!(
            region["startLine"].as_u64().is_some_and(|line| line >= 1),
            "{result}"
        );
        let artifact = &location["physicalLocation"]["artifactLocation"];
        assert_eq!(artifact["uriBaseId"], "%SRCROOT%", "{result}");
        assert!(!artifact["uri"].as_str().unwrap_or("/").starts_with('/'));
    }
    // Exports!C7 of the workbook: row 7, column C = 3.
    let cell = results
        .iter()
        .find(|r| r["locations"][0]["properties"]["cell"] == "C7")
        .expect("a finding at C7");
    let location = &cell["locations"][0];
    assert_eq!(location["physicalLocation"]["region"]["startLine"], 7);
    assert_eq!(location["physicalLocation"]["region"]["startColumn"], 3);
    assert_eq!(location["logicalLocations"][0]["name"], "Exports");
    assert_eq!(location["logicalLocations"][0]["kind"], "sheet");
    assert_eq!(
        location["logicalLocations"][1]["fullyQualifiedName"],
        "Exports!C7"
    );
    let root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        .as_str()
        .expect("%SRCROOT%");
    assert!(
        root.starts_with("file:///") && root.ends_with('/'),
        "{root}"
    );
}

#[test]
fn rules_have_descriptions_help_and_a_link_to_their_docs() {
    let log = sarif_log();
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let docs = std::fs::read_to_string(common::workspace().join("docs/rules.md")).expect("docs");
    for rule in rules {
        for field in ["text", "markdown"] {
            assert!(
                rule["help"][field].as_str().is_some_and(|t| !t.is_empty()),
                "{rule}"
            );
        }
        assert!(rule["fullDescription"]["text"].as_str().is_some());
        let uri = rule["helpUri"].as_str().expect("helpUri");
        let anchor = uri.split('#').nth(1).expect("an anchor");
        let heading = format!(
            "### {} {}",
            rule["id"].as_str().unwrap_or_default(),
            rule["name"].as_str().unwrap_or_default()
        );
        assert!(docs.contains(&heading), "{heading} for #{anchor}");
        assert_eq!(anchor, heading[4..].to_lowercase().replace(' ', "-"));
    }
}
