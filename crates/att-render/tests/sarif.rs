//! The SARIF output validates against the SARIF 2.1.0 JSON schema and places findings as the
//! module documentation says.
//!
//! `sarif-schema-2.1.0.json` is the SARIF 2.1.0 schema shipped in the npm package
//! `@microsoft/sarif-multitool-linux` 5.7.0 (file `sarif-2.1.0.json`, MIT licence).

use att_render::FileResult;
use att_render::sarif::{SarifOptions, log};
use att_schema::{Diagnostic, Lang, Location, Rule, RuleGroup, Severity, Text};
use serde_json::Value;

static ITEMS: Rule = Rule {
    code: "ATT0231",
    name: "items-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The number of items is not a whole number.",
        fr: "Le nombre d’articles n’est pas un nombre entier.",
        es: "El número de artículos no es un número entero.",
    },
    message: Text {
        en: "Number of items must be a whole number; found {found}.",
        fr: "Le nombre d’articles doit être un nombre entier ; trouvé : {found}.",
        es: "El número de artículos debe ser un número entero; se encontró {found}.",
    },
    implements: &[],
    details: "",
    example: None,
};

static PUBLIC: Rule = Rule {
    code: "ATT0261",
    name: "public-not-stated",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "Public or not is not stated.",
        fr: "Public ou non : non indiqué.",
        es: "Público o no: no indicado.",
    },
    message: Text {
        en: "Say whether the report may be made public.",
        fr: "Indiquez si le rapport peut être rendu public.",
        es: "Indique si el informe puede hacerse público.",
    },
    implements: &[],
    details: "",
    example: None,
};

static RULES: [&Rule; 2] = [&ITEMS, &PUBLIC];

fn files() -> Vec<FileResult> {
    vec![
        FileResult {
            path: "reports/sweden 2023.json".into(),
            sha256: Some("0".repeat(64)),
            failure: None,
            diagnostics: vec![
                Diagnostic::new(&ITEMS)
                    .arg("found", "-3")
                    .at("/exports/entries/0/items")
                    .located(Location::text(17, 18)),
                Diagnostic::new(&PUBLIC).at("/submission/public"),
            ],
        },
        FileResult {
            path: "report.xlsx".into(),
            sha256: Some("1".repeat(64)),
            failure: None,
            diagnostics: vec![
                Diagnostic::new(&ITEMS)
                    .arg("found", "approx. 40")
                    .at("/exports/entries/3/items")
                    .located(Location::cell("Exports", 16, 3)),
            ],
        },
        FileResult {
            path: "broken.json".into(),
            sha256: None,
            failure: Some("not valid JSON: expected `,` at line 5, column 5".into()),
            diagnostics: Vec::new(),
        },
    ]
}

fn sarif(lang: Lang) -> Value {
    let overrides = [(&PUBLIC, None)];
    log(
        &files(),
        &SarifOptions {
            lang,
            tool_version: "0.1.0",
            rules: &RULES,
            overrides: &overrides,
            source_root: None,
        },
    )
}

#[test]
fn the_log_is_valid_sarif_2_1_0() {
    let schema: Value = serde_json::from_str(include_str!("sarif-schema-2.1.0.json"))
        .expect("the SARIF schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    for lang in Lang::ALL {
        let log = sarif(lang);
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{lang}: {errors:#?}");
    }
}

#[test]
fn the_schema_catches_a_broken_log() {
    let schema: Value = serde_json::from_str(include_str!("sarif-schema-2.1.0.json"))
        .expect("the SARIF schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let mut log = sarif(Lang::En);
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(!validator.is_valid(&log));
}

#[test]
fn rules_results_and_places() {
    let log = sarif(Lang::Fr);
    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules[0]["id"], "ATT0231");
    assert_eq!(rules[0]["name"], "items-invalid");
    assert_eq!(rules[0]["defaultConfiguration"]["level"], "error");
    assert_eq!(rules[1]["defaultConfiguration"]["level"], "note");
    assert_eq!(
        rules[0]["shortDescription"]["text"],
        "Le nombre d’articles n’est pas un nombre entier."
    );

    let results = run["results"].as_array().expect("results");
    assert_eq!(results.len(), 3);
    let text = &results[0];
    assert_eq!(text["ruleId"], "ATT0231");
    assert_eq!(text["ruleIndex"], 0);
    assert_eq!(text["level"], "error");
    assert_eq!(
        text["message"]["text"],
        "Le nombre d’articles doit être un nombre entier ; trouvé : -3."
    );
    let physical = &text["locations"][0]["physicalLocation"];
    assert_eq!(
        physical["artifactLocation"]["uri"],
        "reports/sweden%202023.json"
    );
    assert_eq!(physical["region"]["startLine"], 17);
    assert_eq!(physical["region"]["startColumn"], 18);
    assert_eq!(text["properties"]["pointer"], "/exports/entries/0/items");
    assert_eq!(run["columnKind"], "unicodeCodePoints");

    let unplaced = &results[1];
    assert_eq!(unplaced["level"], "note");
    assert_eq!(
        unplaced["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    assert_eq!(unplaced["locations"][0]["properties"]["place"], "report");

    let cell = &results[2]["locations"][0];
    assert_eq!(
        cell["physicalLocation"]["artifactLocation"]["uri"],
        "report.xlsx"
    );
    assert_eq!(cell["physicalLocation"]["artifactLocation"]["index"], 1);
    assert_eq!(cell["physicalLocation"]["region"]["startLine"], 17);
    assert_eq!(cell["physicalLocation"]["region"]["startColumn"], 4);
    assert_eq!(cell["logicalLocations"][0]["name"], "Exports");
    assert_eq!(cell["logicalLocations"][0]["kind"], "sheet");
    assert_eq!(cell["logicalLocations"][1]["name"], "D17");
    assert_eq!(
        cell["logicalLocations"][1]["fullyQualifiedName"],
        "Exports!D17"
    );
    assert_eq!(cell["properties"]["sheet"], "Exports");
    assert_eq!(cell["properties"]["cell"], "D17");

    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    assert_eq!(
        invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
            ["uri"],
        "broken.json"
    );
    let overrides = &invocation["ruleConfigurationOverrides"][0];
    assert_eq!(overrides["descriptor"]["id"], "ATT0261");
    assert_eq!(overrides["configuration"]["enabled"], false);
    assert_eq!(run["artifacts"][0]["hashes"]["sha-256"], "0".repeat(64));
}

#[test]
fn rules_carry_their_documentation() {
    let log = sarif(Lang::Es);
    let rule = &log["runs"][0]["tool"]["driver"]["rules"][0];
    assert_eq!(
        rule["fullDescription"]["text"],
        "El número de artículos no es un número entero."
    );
    let markdown = rule["help"]["markdown"].as_str().expect("markdown help");
    assert!(
        markdown.starts_with("**ATT0231** `items-invalid`"),
        "{markdown}"
    );
    assert!(markdown.contains("docs/rules.md#att0231-items-invalid"));
    assert!(rule["help"]["text"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(
        rule["helpUri"]
            .as_str()
            .is_some_and(|uri| uri.ends_with("docs/rules.md#att0231-items-invalid"))
    );
}

#[test]
fn paths_under_the_source_root_are_relative_to_srcroot() {
    let root = std::path::Path::new("/srv/reports");
    let files = vec![
        FileResult {
            path: "/srv/reports/2023/sweden.json".into(),
            sha256: None,
            failure: None,
            diagnostics: vec![Diagnostic::new(&PUBLIC)],
        },
        FileResult {
            path: "/elsewhere/norway.json".into(),
            sha256: None,
            failure: None,
            diagnostics: Vec::new(),
        },
    ];
    let log = log(
        &files,
        &SarifOptions {
            lang: Lang::En,
            tool_version: "0.1.0",
            rules: &RULES,
            overrides: &[],
            source_root: Some(root),
        },
    );
    let run = &log["runs"][0];
    assert_eq!(
        run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
        "file:///srv/reports/"
    );
    let location = &run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    assert_eq!(location["uri"], "2023/sweden.json");
    assert_eq!(location["uriBaseId"], "%SRCROOT%");
    assert_eq!(
        run["artifacts"][1]["location"]["uri"],
        "file:///elsewhere/norway.json"
    );
    assert!(run["artifacts"][1]["location"]["uriBaseId"].is_null());
}
