//! Every rule against its fixtures: `fixtures/checks/<rule-name>/flagged-*.json` must raise the
//! rule (the whole run is kept as a snapshot), `clean-*.json` — a correct report close to the
//! flagged ones — must raise neither the rule nor any error or warning. The rules of several
//! reports are tested on the corpora of `fixtures/corpus` by the binary's `tests/corpus.rs`.

use att_schema::{Diagnostic, Lang, Location, Rule, Severity};
use att_validate::Validator;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// Reads a JSON report and validates it as `att validate` does, reader findings included.
fn validate(path: &Path) -> Vec<Diagnostic> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let read = att_json::read(&bytes, &att_json::Limits::default())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut diagnostics = read.diagnostics.clone();
    att_validate::locate(&mut diagnostics, &read.source_map);
    diagnostics.extend(Validator::new().validate_read(&read));
    diagnostics.sort_by_key(|d| {
        let place = match &d.location {
            Some(Location::Text { line, column }) => (*line, *column),
            _ => (0, 0),
        };
        (place, d.pointer.clone(), d.code())
    });
    diagnostics
}

/// One line per finding, as a snapshot keeps it.
fn render(diagnostics: &[Diagnostic], lang: Lang) -> String {
    diagnostics
        .iter()
        .map(|d| {
            let place = d
                .location
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            let pointer = d.pointer.as_deref().unwrap_or("");
            format!(
                "{place} {}[{}] {pointer}\n    {}\n",
                d.severity,
                d.code(),
                d.message(lang)
            )
        })
        .collect()
}

fn rule_named(name: &str) -> Option<&'static Rule> {
    att_validate::all_rules()
        .into_iter()
        .chain(att_schema::rules::READING_RULES.iter().copied())
        .find(|rule| rule.name == name)
}

/// `(rule, file)` for every fixture whose name starts with `prefix`.
fn fixtures_of(prefix: &str) -> Vec<(&'static Rule, PathBuf)> {
    let mut found = Vec::new();
    let root = fixtures().join("checks");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/checks")
        .map(|entry| entry.expect("folder entry").path())
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();
    for folder in folders {
        let name = folder
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let rule = rule_named(name)
            .unwrap_or_else(|| panic!("fixtures/checks/{name}: no rule is named {name}"));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)
            .expect("rule folder")
            .map(|entry| entry.expect("file entry").path())
            .filter(|path| {
                path.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".json"))
            })
            .collect();
        files.sort();
        found.extend(files.into_iter().map(|file| (rule, file)));
    }
    found
}

fn stem(path: &Path) -> &str {
    path.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
}

#[test]
fn every_rule_has_a_flagged_and_a_clean_fixture() {
    let flagged = fixtures_of("flagged-");
    let clean = fixtures_of("clean-");
    let mut missing = Vec::new();
    // The rules of several reports have their corpora in fixtures/corpus (tests/corpus.rs).
    let one_report = att_validate::all_rules()
        .into_iter()
        .filter(|rule| rule.group != att_schema::RuleGroup::Corpus);
    for rule in one_report {
        for (kind, list) in [("flagged", &flagged), ("clean", &clean)] {
            if !list.iter().any(|(r, _)| r.code == rule.code) {
                missing.push(format!("fixtures/checks/{}/{kind}-….json", rule.name));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rules without fixtures:\n{}",
        missing.join("\n")
    );
}

#[test]
fn flagged_fixtures_raise_their_rule_at_a_place() {
    for (rule, file) in fixtures_of("flagged-") {
        let diagnostics = validate(&file);
        let raised: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.rule.code == rule.code)
            .collect();
        assert!(
            !raised.is_empty(),
            "{}: {} not raised; got:\n{}",
            file.display(),
            rule.code,
            render(&diagnostics, Lang::En)
        );
        for diagnostic in raised {
            assert!(
                diagnostic.location.is_some(),
                "{}: {} has no place",
                file.display(),
                rule.code
            );
        }
        insta::assert_snapshot!(
            format!("{}__{}", rule.name, stem(&file)),
            render(&diagnostics, Lang::En)
        );
    }
}

#[test]
fn clean_fixtures_raise_no_error_or_warning() {
    for (rule, file) in fixtures_of("clean-") {
        let diagnostics = validate(&file);
        let wrong: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter(|d| d.rule.code == rule.code || d.severity >= Severity::Warning)
            .collect();
        assert!(
            wrong.is_empty(),
            "{}: false alarms:\n{}",
            file.display(),
            render(&wrong, Lang::En)
        );
    }
}

#[test]
fn valid_json_fixtures_have_no_diagnostics() {
    let mut checked = 0;
    for entry in std::fs::read_dir(fixtures().join("json")).expect("fixtures/json") {
        let path = entry.expect("file entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if !name.starts_with("valid-") {
            continue;
        }
        let diagnostics = validate(&path);
        assert!(
            diagnostics.is_empty(),
            "{}:\n{}",
            path.display(),
            render(&diagnostics, Lang::En)
        );
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} valid fixtures found");
}

#[test]
fn messages_read_in_three_languages() {
    let file = fixtures().join("checks/partner-unresolved/flagged-ambiguous.json");
    let diagnostics = validate(&file);
    let finding = diagnostics
        .iter()
        .find(|d| d.code() == "ATT0222")
        .expect("ambiguous partner");
    insta::assert_snapshot!(
        "partner-unresolved-three-languages",
        Lang::ALL.map(|lang| finding.message(lang)).join("\n")
    );
}
