//! The findings `att` itself reports on the workbook fixtures of the reader, annotated: the
//! places of real diagnostics (sheet names as the reader spells them, cells of tables found
//! anywhere) land on their cells, and every check of the annotated copy holds.

mod support;

use att_annotate::{Finding, Options, annotate};
use att_schema::Lang;
use support::checks::check_annotation;

fn reader_fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/xlsx")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn annotates_what_att_finds_in_the_reader_fixtures() {
    let validator = att_validate::Validator::new();
    let mut placed = 0;
    for (name, lang) in [
        ("sample-att-2017-en.xlsx", Lang::En),
        ("sample-att-2017-fr.xlsx", Lang::Fr),
        ("date-ambiguous-es.xlsx", Lang::Es),
        ("direction-conflict-and-unknown.xlsx", Lang::Fr),
        ("sample-att-2017-en.xlsm", Lang::En),
        ("hidden-rows-columns-and-sheets.xlsx", Lang::Fr),
        ("merged-cells-in-table.xlsx", Lang::En),
        ("numbers-written-as-text.xlsx", Lang::Es),
        ("table-missing-columns.xlsx", Lang::En),
        ("unknown-and-duplicate-columns.xlsx", Lang::Fr),
        ("formulas-cached-and-uncached.xlsx", Lang::En),
    ] {
        let bytes = reader_fixture(name);
        let loaded = att_core::load(&bytes, &att_core::Limits::default())
            .unwrap_or_else(|error| panic!("{name}: {error}"));
        let diagnostics = att_core::check(&loaded, &validator);
        let findings: Vec<Finding> = diagnostics
            .iter()
            .map(|diagnostic| Finding::from_diagnostic(diagnostic, lang))
            .collect();
        placed += findings
            .iter()
            .filter(|finding| finding.place.is_some())
            .count();
        let options = Options {
            lang,
            ..Options::default()
        };
        let annotated =
            annotate(&bytes, &findings, &options).unwrap_or_else(|error| panic!("{name}: {error}"));
        check_annotation(&bytes, &annotated.bytes, &findings, lang);
    }
    assert!(
        placed > 20,
        "the fixtures gave only {placed} placed findings"
    );
}
