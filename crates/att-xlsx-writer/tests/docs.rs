//! `docs/templates.md` says what the writer does: the blank template's document and findings,
//! the sheets, and the lists' names.

mod common;

use att_schema::{Lang, Location};

fn docs() -> String {
    std::fs::read_to_string(common::fixtures().join("../docs/templates.md"))
        .expect("docs/templates.md exists")
}

#[test]
fn the_blank_templates_document_is_the_one_shown() {
    let docs = docs();
    let start = docs.find("```json\n").expect("a JSON example") + "```json\n".len();
    let end = start + docs[start..].find("```").expect("its end");
    let shown: serde_json::Value = serde_json::from_str(&docs[start..end]).expect("JSON");
    let read = common::read(&att_xlsx_writer::template(Lang::En).expect("writes"));
    assert_eq!(shown, *read.document());
}

#[test]
fn the_blank_templates_findings_are_the_ones_shown() {
    let docs = docs();
    let bytes = att_xlsx_writer::template(Lang::En).expect("writes");
    let loaded = att_core::load(&bytes, &att_core::Limits::default()).expect("loads");
    for diagnostic in att_core::check(&loaded, &att_validate::Validator::new()) {
        let at = diagnostic
            .location
            .as_ref()
            .map(Location::to_string)
            .unwrap_or_default();
        let line = format!(
            "{at}: {}[{}]",
            format!("{:?}", diagnostic.severity).to_lowercase(),
            diagnostic.code()
        );
        assert!(
            docs.contains(&line),
            "docs/templates.md does not show {line}"
        );
    }
}

#[test]
fn every_sheet_and_list_is_described() {
    let docs = docs();
    let bytes = att_xlsx_writer::template(Lang::Es).expect("writes");
    for (name, ..) in common::sheets(&bytes) {
        assert!(docs.contains(&name), "sheet {name}");
    }
    let workbook = common::part(&bytes, "xl/workbook.xml");
    for name in common::elements(&workbook, "definedName")
        .iter()
        .filter_map(|element| element.split('"').nth(1))
        .filter(|name| name.starts_with("att_"))
    {
        assert!(docs.contains(&format!("`{name}`")), "list {name}");
    }
}
