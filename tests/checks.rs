//! End-to-end tests of the checks: a report with planted defects has each flagged at its
//! place, correct reports validate clean, a deployment's `att.toml` changes severities, and the
//! SARIF output is valid SARIF 2.1.0.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::{att, workspace};

/// Runs `att` in `dir` with no language or configuration taken from the environment.
fn att_in(dir: &Path, args: &[&str]) -> Output {
    common::att_in(dir, args, None)
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}):\n{}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// `(code, pointer, place)` of every diagnostic of the first file of a JSON report.
fn findings(report: &Value) -> Vec<(String, String, String)> {
    report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let location = &d["location"];
            let place = match (location["line"].as_u64(), location["cell"].as_str()) {
                (Some(line), _) => format!("{line}:{}", location["column"]),
                (None, Some(cell)) => {
                    format!("{}!{cell}", location["sheet"].as_str().unwrap_or(""))
                }
                _ => String::new(),
            };
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["pointer"].as_str().unwrap_or_default().to_owned(),
                place,
            )
        })
        .collect()
}

const PLANTED: &str = "fixtures/checks/planted-defects.json";

#[test]
fn each_planted_defect_is_flagged_once_at_its_place() {
    let output = att(&["validate", "--format", "json", PLANTED]);
    assert_eq!(output.status.code(), Some(1));
    let found = findings(&json_of(&output));
    let expected = [
        ("ATT0261", "/submission/public", "5:17"),
        ("ATT0263", "/submission/date", "6:13"),
        ("ATT0209", "/exports/basis", "10:14"),
        ("ATT0212", "/exports/entries/0/category", "13:21"),
        ("ATT0221", "/exports/entries/0/partner/name", "13:53"),
        ("ATT0211", "/exports/entries/1/category", "14:21"),
        ("ATT0222", "/exports/entries/1/partner/name", "14:58"),
        ("ATT0223", "/exports/entries/2/partner", "15:37"),
        ("ATT0233", "/exports/entries/2/items", "15:83"),
        ("ATT0251", "/exports/entries/2/description", "15:104"),
        ("ATT0232", "/exports/entries/3/items", "16:91"),
        ("ATT0242", "/exports/entries/3/value/currency", "16:134"),
        ("ATT0252", "/exports/entries/3/description", "16:161"),
        ("ATT0214", "/exports/entries/4/national_category", "17:54"),
        ("ATT0220", "/exports/entries/5/partner", "18:7"),
        ("ATT0243", "/exports/entries/5/value/currency", "18:78"),
        ("ATT0224", "/exports/entries/6/state_of_origin", "23:28"),
        (
            "ATT0225",
            "/exports/entries/6/intermediate_locations/0/name",
            "24:47",
        ),
        ("ATT0250", "/exports/entries/8", "27:7"),
        ("ATT0231", "/exports/entries/9/items", "28:92"),
        ("ATT0213", "/exports/entries/10/category", "29:21"),
        ("ATT0230", "/exports/entries/11", "30:7"),
        ("ATT0226", "/exports/entries/12/partner/name", "31:70"),
        ("ATT0210", "/exports/entries/13/category", "32:7"),
        ("ATT0240", "/exports/entries/14/value/amount", "33:104"),
        ("ATT0241", "/exports/entries/15/value/currency", "34:104"),
        ("ATT0207", "/imports/status", "38:15"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(c, p, l)| ((*c).to_owned(), (*p).to_owned(), (*l).to_owned()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn planted_defects_read_in_three_languages() {
    for lang in ["en", "fr", "es"] {
        let output = att(&["validate", "--lang", lang, PLANTED]);
        insta::assert_snapshot!(
            format!("planted_defects_{lang}"),
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

/// Every `valid-*` file under `fixtures/`, in any format.
fn valid_fixtures() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![workspace().join("fixtures")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("fixture folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("valid-"))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_valid_fixture_validates_with_no_diagnostic_at_all() {
    let fixtures = valid_fixtures();
    assert!(fixtures.len() >= 5, "valid fixtures: {fixtures:?}");
    let mut args = vec![
        "validate".to_owned(),
        "--format".to_owned(),
        "json".to_owned(),
        // Each fixture is a report on its own, not a corpus of reports of each other.
        "--no-corpus".to_owned(),
    ];
    args.extend(fixtures.iter().map(|p| p.display().to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = att(&args);
    let report = json_of(&output);
    let mut problems = Vec::new();
    for file in report["files"].as_array().expect("files") {
        let diagnostics = file["diagnostics"].as_array().expect("diagnostics");
        if file["failure"].is_string() || !diagnostics.is_empty() {
            problems.push(format!(
                "{}: {}",
                file["path"],
                serde_json::to_string_pretty(file).unwrap_or_default()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn att_toml_in_the_working_directory_sets_severities() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("att.toml"),
        "[rules]\nATT0232 = \"off\"\ncategory-parent = \"error\"\nunknown-field = \"off\"\n",
    )
    .expect("write att.toml");
    let planted = workspace().join(PLANTED);
    let output = att_in(
        dir.path(),
        &[
            "validate",
            "--format",
            "json",
            &planted.display().to_string(),
        ],
    );
    let report = json_of(&output);
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    assert!(!diagnostics.iter().any(|d| d["code"] == "ATT0232"));
    let parent = diagnostics
        .iter()
        .find(|d| d["code"] == "ATT0212")
        .expect("category-parent still reported");
    assert_eq!(parent["severity"], "error");

    // The reader's findings follow the configuration too.
    let misspelled =
        workspace().join("fixtures/checks/unknown-field/flagged-misspelled-comments.json");
    let output = att_in(dir.path(), &["validate", &misspelled.display().to_string()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&output.stdout).contains("ATT0101"));

    // Without att.toml, the defaults apply.
    let output = att(&["validate", "--format", "json", PLANTED]);
    let report = json_of(&output);
    let diagnostics = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    assert!(diagnostics.iter().any(|d| d["code"] == "ATT0232"));
}

#[test]
fn config_names_another_file() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let config = dir.path().join("strict.toml");
    std::fs::write(&config, "[rules]\nitems-zero = \"error\"\n").expect("write config");
    let fixture = "fixtures/checks/items-zero/flagged-zero-with-value.json";
    assert_eq!(att(&["validate", fixture]).status.code(), Some(0));
    let output = att(&[
        "validate",
        "--config",
        &config.display().to_string(),
        fixture,
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("error[ATT0232]"));
}

#[test]
fn a_bad_configuration_exits_2_naming_the_file_and_line() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("att.toml"),
        "[rules]\nATT0232 = \"off\"\nATT9999 = \"off\"\n",
    )
    .expect("write att.toml");
    let planted = workspace().join(PLANTED);
    let output = att_in(dir.path(), &["validate", &planted.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "att: att.toml:3:1: no rule has the code or name “ATT9999”\n"
    );
    assert!(output.stdout.is_empty());

    std::fs::write(
        dir.path().join("att.toml"),
        "[rules]\nitems-zero = \"loud\"\n",
    )
    .expect("write att.toml");
    let output = att_in(dir.path(), &["validate", &planted.display().to_string()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .starts_with("att: att.toml:2:14: “loud” is not a setting for items-zero")
    );

    let output = att(&["validate", "--config", "no-such-att.toml", PLANTED]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "att: no-such-att.toml: no such file\n"
    );
}

#[test]
fn sarif_output_is_valid_sarif_with_every_finding_placed() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("att.toml"),
        "[rules]\npublic-not-stated = \"off\"\n",
    )
    .expect("write att.toml");
    let planted = workspace().join(PLANTED);
    let broken = workspace().join("fixtures/json/broken-truncated.json");
    let output = att_in(
        dir.path(),
        &[
            "validate",
            "--format",
            "sarif",
            &planted.display().to_string(),
            &broken.display().to_string(),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let log = json_of(&output);
    let schema: Value = serde_json::from_str(include_str!(
        "../crates/att-render/tests/sarif-schema-2.1.0.json"
    ))
    .expect("SARIF schema");
    let validator = jsonschema::validator_for(&schema).expect("SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &log["runs"][0];
    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 26, "planted defects less the one turned off");
    for result in results {
        let region = &result["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().is_some(), "{result}");
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(
            run["tool"]["driver"]["rules"][index]["id"],
            result["ruleId"]
        );
    }
    let overrides = &run["invocations"][0]["ruleConfigurationOverrides"];
    assert_eq!(overrides[0]["descriptor"]["id"], "ATT0261");
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
}
