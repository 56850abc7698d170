//! `att compare OLD NEW` end to end, on the reports of `fixtures/corpus/`.

use serde_json::Value;

mod common;

use common::{att, stdout};

const FIRST: &str = "fixtures/corpus/duplicate-submission/SWE-2023.json";
const RESUBMITTED: &str = "fixtures/corpus/duplicate-submission/SWE-2023-resubmitted.xlsx";

#[test]
fn a_resubmission_shows_its_changed_entries_with_their_places_and_exits_1() {
    let output = att(&["compare", FIRST, RESUBMITTED]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    insta::assert_snapshot!("resubmission_human", text);
    assert!(
        text.contains("/submission/template: att-2017 → national"),
        "{text}"
    );
    assert!(
        text.contains(
            "+ fixtures/corpus/duplicate-submission/SWE-2023-resubmitted.xlsx:'Report 2023'!A12"
        ),
        "{text}"
    );
    assert!(text.contains("warning[ATT0310]"), "{text}");
}

#[test]
fn last_year_against_this_year_as_json() {
    let output = att(&[
        "compare",
        "--format",
        "json",
        "fixtures/corpus/same-as-last-year/SWE-2022.xml",
        "fixtures/corpus/same-as-last-year/SWE-2023.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(json["identical"], false);
    let fields: Vec<&str> = json["title_page"]
        .as_array()
        .expect("title page")
        .iter()
        .filter_map(|c| c["field"].as_str())
        .collect();
    assert_eq!(fields, ["/year", "/submission/date"]);
    let imports = &json["entries"][1];
    assert_eq!(imports["direction"], "imports");
    let changed = &imports["changed"][0];
    assert_eq!(changed["old"]["pointer"], "/imports/entries/0");
    assert_eq!(changed["changes"][0]["field"], "/items");
    assert_eq!(changed["changes"][0]["old"], "2");
    assert_eq!(changed["changes"][0]["new"], "5");
    assert_eq!(changed["changes"][0]["new_location"]["line"], 56);
    // The exports are the same in another order: unchanged, and flagged as last year's.
    assert_eq!(json["entries"][0]["unchanged"], 2);
    let codes: Vec<&str> = json["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["code"].as_str())
        .collect();
    assert_eq!(codes, ["ATT0320"]);
}

#[test]
fn the_same_report_in_two_formats_is_identical_and_exits_0() {
    let output = att(&[
        "compare",
        "fixtures/corpus/duplicate-submission/FIN-2023.json",
        "fixtures/corpus/duplicate-submission/FIN-2023.xml",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).ends_with("The reports are identical.\n"));
}

#[test]
fn csv_and_html_list_every_change() {
    let output = att(&["compare", "--format", "csv", FIRST, RESUBMITTED]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.starts_with(b"\xEF\xBB\xBF"));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0].trim_start_matches('\u{feff}'),
        "part,change,field,old,new,old_place,new_place,entry"
    );
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines.iter().any(|l| l.starts_with("Imports,added,")));
    assert!(lines.iter().any(|l| l.starts_with("Imports,removed,")));

    let output = att(&[
        "compare",
        "--format",
        "html",
        "--lang",
        "fr",
        FIRST,
        RESUBMITTED,
    ]);
    let html = stdout(&output);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"fr\">"));
    assert!(html.contains("Les rapports diffèrent."));
    assert!(html.contains("“Rifles, 5.56 mm”"));
}

#[test]
fn an_unreadable_report_exits_2_naming_it() {
    let output = att(&["compare", FIRST, "fixtures/json/broken-truncated.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(common::stderr(&output).contains("broken-truncated.json"));
}
