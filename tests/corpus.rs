//! The checks of several reports (`checks.md` §C) on the corpora of `fixtures/corpus/`: each
//! folder is a set of reports (JSON, XML and workbooks mixed) named for what it shows — a rule,
//! or `<rule>-near-miss`, a set close to it that must not raise it. Every finding is kept as a
//! snapshot with its place and its related places; the assertions say what each corpus must
//! and must not raise.

use serde_json::Value;
use std::path::PathBuf;

mod common;

use common::{att, workspace};

/// The corpus folders, by name, in order.
fn corpora() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(workspace().join("fixtures/corpus"))
        .expect("fixtures/corpus")
        .filter_map(|entry| {
            let path: PathBuf = entry.expect("entry").path();
            path.is_dir()
                .then(|| path.file_name()?.to_str().map(str::to_owned))
                .flatten()
        })
        .collect();
    names.sort();
    names
}

/// One finding of a run, as the diagnostics report gives it, with the file it is in.
#[derive(Debug, Clone)]
struct Finding {
    path: String,
    record: Value,
}

impl Finding {
    fn code(&self) -> &str {
        self.record["code"].as_str().unwrap_or_default()
    }

    fn is_corpus(&self) -> bool {
        ("ATT0300".."ATT0400").contains(&self.code())
    }

    fn related(&self) -> Vec<Value> {
        self.record["related"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

fn validate(args: &[&str]) -> (Option<i32>, Vec<Finding>) {
    let output = att(args);
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {}", common::stderr(&output)));
    let mut findings = Vec::new();
    for file in report["files"].as_array().expect("files") {
        let path = file["path"].as_str().expect("path").to_owned();
        for record in file["diagnostics"].as_array().expect("diagnostics") {
            findings.push(Finding {
                path: path.clone(),
                record: record.clone(),
            });
        }
    }
    (output.status.code(), findings)
}

fn corpus_findings(corpus: &str, lang: &str) -> Vec<Finding> {
    let folder = format!("fixtures/corpus/{corpus}");
    let (status, findings) = validate(&["validate", "--format", "json", "--lang", lang, &folder]);
    assert!(matches!(status, Some(0 | 1)), "{corpus}: exit {status:?}");
    findings.into_iter().filter(Finding::is_corpus).collect()
}

fn place(value: &Value) -> String {
    match (value.get("sheet"), value.get("cell"), value.get("line")) {
        (Some(sheet), Some(cell), _) => format!(
            "{}!{}",
            sheet.as_str().unwrap_or_default(),
            cell.as_str().unwrap_or_default()
        ),
        (_, _, Some(line)) => format!("{line}:{}", value["column"]),
        _ => "-".to_owned(),
    }
}

/// The findings as a snapshot keeps them: file, place, pointer, code and severity, message,
/// and each related place.
fn render(findings: &[Finding]) -> String {
    let mut out = String::new();
    for finding in findings {
        let record = &finding.record;
        out.push_str(&format!(
            "{} {} {} {}[{}]\n    {}\n",
            finding.path.trim_start_matches("fixtures/corpus/"),
            place(&record["location"]),
            record["pointer"].as_str().unwrap_or("-"),
            record["severity"].as_str().unwrap_or_default(),
            finding.code(),
            record["message"].as_str().unwrap_or_default()
        ));
        for related in finding.related() {
            out.push_str(&format!(
                "    related: {} {} {}\n",
                related["path"]
                    .as_str()
                    .unwrap_or_default()
                    .trim_start_matches("fixtures/corpus/"),
                place(&related["location"]),
                related["pointer"].as_str().unwrap_or("-")
            ));
        }
    }
    out
}

#[test]
fn every_corpus_finding_with_its_place_and_related_places() {
    for corpus in corpora() {
        let findings = corpus_findings(&corpus, "en");
        insta::assert_snapshot!(corpus.clone(), render(&findings));
    }
}

#[test]
fn messages_of_the_corpus_rules_in_french_and_spanish() {
    for lang in ["fr", "es"] {
        let findings: Vec<Finding> = ["mirror-missing", "mirror-mismatch", "mirror-explained"]
            .into_iter()
            .flat_map(|corpus| corpus_findings(corpus, lang))
            .collect();
        insta::assert_snapshot!(format!("mirror_{lang}"), render(&findings));
    }
}

/// The corpus rules as `att rules` lists them: code and name.
fn corpus_rules() -> Vec<(String, String)> {
    let output = att(&["rules", "--format", "json"]);
    let rules: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    rules
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|rule| {
            let code = rule["code"].as_str()?;
            let name = rule["name"].as_str()?;
            ("ATT0300".."ATT0400")
                .contains(&code)
                .then(|| (code.to_owned(), name.to_owned()))
        })
        .collect()
}

#[test]
fn every_corpus_rule_has_a_corpus_raising_it_at_places_and_a_near_miss_that_does_not() {
    let rules = corpus_rules();
    assert!(rules.len() >= 6, "{rules:?}");
    let corpora = corpora();
    for (code, name) in &rules {
        assert!(corpora.contains(name), "fixtures/corpus/{name} missing");
        let near_miss = format!("{name}-near-miss");
        assert!(
            corpora.contains(&near_miss),
            "fixtures/corpus/{near_miss} missing"
        );

        let raised: Vec<Finding> = corpus_findings(name, "en")
            .into_iter()
            .filter(|f| f.code() == code)
            .collect();
        assert!(!raised.is_empty(), "{name}: {code} not raised");
        for finding in &raised {
            assert!(
                finding.record.get("location").is_some(),
                "{name}: {code} without a place in {}",
                finding.path
            );
            // Every finding but the count of flows not compared names the other side.
            if name != "mirror-partner-absent" {
                let related = finding.related();
                assert!(!related.is_empty(), "{name}: {code} names no other report");
                for place in related {
                    assert_ne!(place["path"], finding.path.as_str(), "{name}: itself");
                    assert!(place.get("location").is_some(), "{name}: {place}");
                    assert!(place.get("pointer").is_some(), "{name}: {place}");
                }
            }
        }

        let near = corpus_findings(&near_miss, "en");
        assert!(
            near.iter().all(|f| f.code() != code),
            "{near_miss} raises {code}:\n{}",
            render(&near)
        );
    }
}

#[test]
fn near_misses_raise_no_warning_of_any_corpus_rule() {
    for corpus in corpora().iter().filter(|c| c.ends_with("-near-miss")) {
        let warnings: Vec<Finding> = corpus_findings(corpus, "en")
            .into_iter()
            .filter(|f| f.record["severity"] != "info")
            .collect();
        assert!(warnings.is_empty(), "{corpus}:\n{}", render(&warnings));
    }
}

#[test]
fn a_mirror_matches_across_spellings_of_the_main_category() {
    // Sweden's JSON has VIII.SA.2 and IV.a; Norway's workbook writes "Small arms – assault
    // rifles" and "Combat aircraft": the same main categories, so every flow is matched.
    let findings = corpus_findings("mirror-missing-near-miss", "en");
    assert!(findings.is_empty(), "{}", render(&findings));
}

#[test]
fn a_flow_missing_from_the_partner_is_explained_by_its_previous_year() {
    let findings = corpus_findings("mirror-explained", "en");
    let rifles = findings
        .iter()
        .find(|f| f.code() == "ATT0300" && f.path.ends_with("SWE-2024.json"))
        .expect("the rifles missing from Norway's 2024 imports");
    assert!(
        rifles.record["message"]
            .as_str()
            .is_some_and(|m| m.contains("Norway reports one for 2023")),
        "{}",
        rifles.record
    );
    let related = rifles.related();
    assert_eq!(related.len(), 2, "{related:?}");
    assert!(
        related[0]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("NOR-2024.xlsx"))
    );
    assert!(
        related[1]["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("NOR-2023.xml"))
    );
    assert_eq!(related[1]["pointer"], "/imports/entries/0");
}

#[test]
fn no_corpus_turns_the_checks_of_several_reports_off() {
    let (_, with) = validate(&[
        "validate",
        "--format",
        "json",
        "fixtures/corpus/mirror-missing",
    ]);
    assert!(with.iter().any(Finding::is_corpus));
    let (_, without) = validate(&[
        "validate",
        "--format",
        "json",
        "--no-corpus",
        "fixtures/corpus/mirror-missing",
    ]);
    assert!(!without.iter().any(Finding::is_corpus));
    assert_eq!(with.len() - without.len(), 3);
}

#[test]
fn one_report_alone_is_not_compared() {
    let (_, findings) = validate(&[
        "validate",
        "--format",
        "json",
        "fixtures/corpus/mirror-missing/SWE-2023.json",
    ]);
    assert!(!findings.iter().any(Finding::is_corpus));
}

#[test]
fn files_and_folders_given_together_are_one_corpus() {
    let (_, findings) = validate(&[
        "validate",
        "--format",
        "json",
        "fixtures/corpus/mirror-missing/SWE-2023.json",
        "fixtures/corpus/mirror-missing-near-miss",
    ]);
    // Sweden's report given twice (two different documents for 2023) is a duplicate.
    assert!(
        findings
            .iter()
            .any(|f| f.code() == "ATT0310" && f.record["severity"] == "warning")
    );
}

#[test]
fn human_output_names_the_other_side() {
    let output = att(&["validate", "fixtures/corpus/mirror-mismatch"]);
    let text = common::stdout(&output);
    assert!(
        text.contains("(see fixtures/corpus/mirror-mismatch/NOR-2023.json:21:7)"),
        "{text}"
    );
}

#[test]
fn the_diagnostics_report_with_related_places_follows_its_committed_schema() {
    let output = att(&[
        "validate",
        "--format",
        "json",
        "fixtures/corpus/mirror-explained",
    ]);
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(workspace().join("schemas/att-diagnostics-1.0.schema.json"))
            .expect("committed schema"),
    )
    .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(report.to_string().contains("\"related\""));
}
