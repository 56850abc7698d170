//! `att mirror REPORTS…` end to end, on the corpora of `fixtures/corpus/`.

use serde_json::Value;

mod common;

use common::{att, stdout};

fn flows(corpus: &str) -> Vec<Value> {
    let output = att(&["mirror", "--format", "json", corpus]);
    assert_eq!(output.status.code(), Some(0), "{}", common::stderr(&output));
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    json["flows"].as_array().expect("flows").clone()
}

#[test]
fn a_mirror_matches_across_spellings_of_the_main_category() {
    let flows = flows("fixtures/corpus/mirror-missing-near-miss");
    let verdicts: Vec<(&str, &str)> = flows
        .iter()
        .map(|f| {
            (
                f["category"].as_str().unwrap_or_default(),
                f["verdict"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(verdicts, [("IV", "matched"), ("VIII", "matched")]);
    assert_eq!(flows[1]["exporter_side"]["items"], 120);
    assert_eq!(flows[1]["importer_side"]["items"], 118);
    assert_eq!(
        flows[1]["importer_side"]["location"]["sheet"],
        "Report 2023"
    );
}

#[test]
fn every_verdict_with_both_sides_and_their_places() {
    let flows = flows("fixtures/corpus/mirror-mismatch");
    let rifles = flows
        .iter()
        .find(|f| f["category"] == "VIII")
        .expect("VIII");
    assert_eq!(rifles["verdict"], "mismatch");
    assert_eq!(rifles["difference"], 50);
    assert_eq!(rifles["bases_differ"], true);
    assert_eq!(
        rifles["exporter_side"]["report"],
        "fixtures/corpus/mirror-mismatch/SWE-2023.xml"
    );
    assert_eq!(rifles["exporter_side"]["location"]["line"], 25);
    assert_eq!(rifles["importer_side"]["basis"], "authorized");

    let missing = flows_of("fixtures/corpus/mirror-missing");
    let tanks = missing.iter().find(|f| f["category"] == "I").expect("I");
    assert_eq!(tanks["verdict"], "missing");
    assert_eq!(tanks["missing_from"], "importer");
    assert_eq!(tanks["importer_side"]["status"], "without");
    assert_eq!(tanks["importer_side"]["pointer"], "/imports");

    let explained = flows_of("fixtures/corpus/mirror-explained");
    let rifles = explained
        .iter()
        .find(|f| f["year"] == 2024 && f["category"] == "VIII")
        .expect("2024 VIII");
    assert_eq!(rifles["verdict"], "explained");
    assert_eq!(rifles["explanation"]["cause"], "other_year");
    assert_eq!(rifles["explanation"]["year"], 2023);
    assert_eq!(
        rifles["explanation"]["report"],
        "fixtures/corpus/mirror-explained/NOR-2023.xml"
    );
    let absent = explained
        .iter()
        .find(|f| f["year"] == 2023)
        .expect("2023 flow");
    assert_eq!(absent["verdict"], "not_compared");
    assert_eq!(absent["exporter_side"]["status"], "absent");
}

fn flows_of(corpus: &str) -> Vec<Value> {
    flows(corpus)
}

#[test]
fn human_csv_and_html() {
    let output = att(&["mirror", "fixtures/corpus/mirror-mismatch"]);
    insta::assert_snapshot!("mirror_mismatch_human", stdout(&output));

    let output = att(&[
        "mirror",
        "--format",
        "csv",
        "fixtures/corpus/mirror-explained",
    ]);
    assert!(output.stdout.starts_with(b"\xEF\xBB\xBF"));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 1 + 4, "{text}");
    assert!(
        text.contains("explained by 2023 (fixtures/corpus/mirror-explained/NOR-2023.xml:19:7)"),
        "{text}"
    );

    let output = att(&[
        "mirror",
        "--format",
        "html",
        "--lang",
        "es",
        "fixtures/corpus/mirror-explained",
    ]);
    let html = stdout(&output);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Resumen por Estado"));
    assert!(
        html.contains(
            "<td>Norway (NOR)</td><td>4</td><td>0</td><td>0</td><td>0</td><td>3</td><td>1</td>"
        ),
        "{html}"
    );
    assert!(!html.contains("<script"));
}

#[test]
fn an_unreadable_report_is_named_and_the_others_still_mirrored() {
    let output = att(&[
        "mirror",
        "--format",
        "json",
        "fixtures/corpus/mirror-missing",
        "fixtures/json/broken-truncated.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(common::stderr(&output).contains("broken-truncated.json"));
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["flows"].as_array().map(Vec::len), Some(4));
}
