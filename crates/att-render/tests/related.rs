//! Findings about several reports name the other report's place: in the human line ("… (see
//! NOR-2023.xlsx:Imports!B14)"), in SARIF `relatedLocations`, and in the diagnostics report.

use att_render::sarif::{SarifOptions, log};
use att_render::{FileResult, RenderOptions};
use att_schema::{Diagnostic, Lang, Location, RelatedPlace, Rule, RuleGroup, Severity, Text};
use serde_json::Value;

static MISSING: Rule = Rule {
    code: "ATT0300",
    name: "mirror-missing",
    severity: Severity::Warning,
    group: RuleGroup::Corpus,
    summary: Text {
        en: "Not in the partner’s report.",
        fr: "Absent du rapport du partenaire.",
        es: "Ausente del informe del socio.",
    },
    message: Text {
        en: "This export is not in the partner’s report.",
        fr: "Cette exportation est absente du rapport du partenaire.",
        es: "Esta exportación no figura en el informe del socio.",
    },
    implements: &[],
    details: "",
    example: None,
};

fn files() -> Vec<FileResult> {
    vec![FileResult {
        path: "SWE-2023.json".into(),
        sha256: Some("0".repeat(64)),
        failure: None,
        diagnostics: vec![
            Diagnostic::new(&MISSING)
                .at("/exports/entries/2")
                .located(Location::text(40, 7))
                .related(RelatedPlace::new(
                    "NOR-2023.xlsx",
                    "/imports",
                    Some(Location::cell("Imports", 13, 1)),
                ))
                .related(RelatedPlace::new(
                    "NOR 2022.xml",
                    "/imports/entries/0",
                    Some(Location::text(12, 5)),
                )),
        ],
    }]
}

#[test]
fn the_human_line_names_every_related_place() {
    let text = att_render::human::render(
        &files(),
        RenderOptions {
            lang: Lang::En,
            color: false,
        },
    );
    assert!(
        text.contains(
            "This export is not in the partner’s report. (see NOR-2023.xlsx:Imports!B14; NOR 2022.xml:12:5)"
        ),
        "{text}"
    );
    let french = att_render::human::render(
        &files(),
        RenderOptions {
            lang: Lang::Fr,
            color: false,
        },
    );
    assert!(
        french.contains("(voir NOR-2023.xlsx:Imports!B14;"),
        "{french}"
    );
}

#[test]
fn sarif_has_related_locations_and_stays_valid() {
    let rules = [&MISSING];
    let sarif = log(
        &files(),
        &SarifOptions {
            lang: Lang::En,
            tool_version: "0.1.0",
            rules: &rules,
            overrides: &[],
            source_root: None,
        },
    );
    let related = &sarif["runs"][0]["results"][0]["relatedLocations"];
    assert_eq!(related[0]["id"], 0);
    assert_eq!(
        related[0]["physicalLocation"]["artifactLocation"]["uri"],
        "NOR-2023.xlsx"
    );
    assert_eq!(
        related[0]["logicalLocations"][0]["fullyQualifiedName"],
        "Imports!B14"
    );
    assert_eq!(related[0]["properties"]["pointer"], "/imports");
    assert_eq!(
        related[1]["physicalLocation"]["artifactLocation"]["uri"],
        "NOR%202022.xml"
    );
    assert_eq!(related[1]["physicalLocation"]["region"]["startLine"], 12);
    let schema: Value = serde_json::from_str(include_str!("sarif-schema-2.1.0.json"))
        .expect("the SARIF schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_diagnostics_report_lists_related_places_only_where_there_are_some() {
    let report = att_render::json::report(&files(), Lang::En, "0.1.0");
    let json = serde_json::to_value(&report).expect("serialisable");
    let record = &json["files"][0]["diagnostics"][0];
    assert_eq!(record["related"][0]["path"], "NOR-2023.xlsx");
    assert_eq!(record["related"][0]["pointer"], "/imports");
    assert_eq!(record["related"][0]["location"]["sheet"], "Imports");
    assert_eq!(record["related"][0]["location"]["cell"], "B14");
    let mut plain = files();
    plain[0].diagnostics[0].related.clear();
    let json = serde_json::to_value(att_render::json::report(&plain, Lang::En, "0.1.0"))
        .expect("serialisable");
    assert!(json["files"][0]["diagnostics"][0].get("related").is_none());
}
