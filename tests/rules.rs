//! `att rules` lists the catalogue, and `docs/rules.md` is exactly what it generates.

use serde_json::Value;
use std::path::Path;
use std::process::Output;

mod common;

use common::{att, workspace};

fn att_in(dir: &Path, args: &[&str]) -> Output {
    common::att_in(dir, args, None)
}

fn text(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn catalogue() -> Vec<Value> {
    let output = att(&["rules", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    value.as_array().expect("a list").clone()
}

#[test]
fn the_catalogue_lists_every_rule_once_with_its_severity() {
    let rules = catalogue();
    assert!(rules.len() > 60, "{} rules", rules.len());
    let mut codes: Vec<&str> = rules.iter().filter_map(|r| r["code"].as_str()).collect();
    let listed = codes.len();
    codes.dedup();
    assert_eq!(codes.len(), listed, "a code is listed twice");
    for code in ["ATT0101", "ATT0201", "ATT0208", "ATT0251", "ATT0263"] {
        assert!(codes.contains(&code), "{code} missing");
    }
    for rule in &rules {
        for field in [
            "code", "name", "severity", "summary", "example", "stage", "source",
        ] {
            assert!(
                rule[field].as_str().is_some_and(|s| !s.is_empty()),
                "{field} of {rule}"
            );
        }
    }
    let human = text(&att(&["rules"]));
    assert_eq!(human.lines().count(), rules.len());
    assert!(human.contains("ATT0232  warning        items-zero"));
}

#[test]
fn the_catalogue_speaks_french_and_spanish() {
    let french = text(&att(&["rules", "--lang", "fr"]));
    assert!(french.contains("ATT0232  avertissement  items-zero"));
    assert!(french.contains("Le nombre d’articles est 0."));
    let spanish = text(&att(&["rules", "--lang", "es", "--format", "json"]));
    assert!(spanish.contains("El número de artículos es 0."));
}

#[test]
fn one_rule_in_full_by_code_or_name() {
    let by_code = text(&att(&["rules", "ATT0208"]));
    assert!(by_code.starts_with("ATT0208 one-direction-only\nseverity: warning"));
    assert!(by_code.contains("only one direction present at all"));
    assert!(by_code.contains("example: This input holds only exports"));
    assert_eq!(by_code, text(&att(&["rules", "one-direction-only"])));
    let json: Value =
        serde_json::from_slice(&att(&["rules", "items-zero", "--format", "json"]).stdout)
            .expect("JSON");
    assert_eq!(json["code"], "ATT0232");

    let unknown = att(&["rules", "ATT9999"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no rule has the code or name"));
}

#[test]
fn the_catalogue_shows_a_deployment_s_severities() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(dir.path().join("att.toml"), "[rules]\nATT0232 = \"off\"\n")
        .expect("write att.toml");
    let listed = text(&att_in(dir.path(), &["rules"]));
    assert!(listed.contains("ATT0232  off*"), "{listed}");
    assert!(listed.ends_with("* set by the configuration\n"));
    let detail = text(&att_in(dir.path(), &["rules", "ATT0232"]));
    assert!(detail.contains("severity: off (default: warning)"));
}

#[test]
fn docs_rules_md_is_generated_from_the_code() {
    let output = att(&["rules", "--format", "markdown"]);
    assert_eq!(output.status.code(), Some(0));
    let generated = text(&output);
    let path = workspace().join("docs/rules.md");
    if std::env::var_os("ATT_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write docs/rules.md");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/rules.md differs from the rule catalogue in the code.\n\
         Regenerate it with: cargo run -- rules --format markdown -o docs/rules.md\n\
         (or ATT_UPDATE_DOCS=1 cargo test --test rules) and review it with git diff."
    );
    for code in ["ATT0101", "ATT0208", "ATT0252"] {
        assert!(generated.contains(&format!("### {code} ")), "{code}");
    }
}

#[test]
fn a_rule_in_full_is_framed_in_the_language_asked_for() {
    let french = text(&att(&["rules", "--lang", "fr", "ATT0231"]));
    assert!(
        french.contains("gravité\u{a0}: erreur · rapport · att-validate"),
        "{french}"
    );
    assert!(french.contains("\nexemple\u{a0}: "), "{french}");
    let spanish = text(&att(&["rules", "--lang", "es", "ATT0231"]));
    assert!(
        spanish.contains("gravedad: error · informe · "),
        "{spanish}"
    );
}
