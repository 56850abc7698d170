//! JSON → workbook → JSON gives back the same document, for every report fixture and in every
//! language, and the reader finds nothing to say about the writer's workbook.

mod common;

use att_schema::Lang;
use att_xlsx_writer::Options;

#[test]
fn every_fixture_comes_back_identical_in_every_language() {
    let mut failures = Vec::new();
    for (name, report) in common::reports() {
        let expected = serde_json::to_value(&report).expect("a report serialises");
        for lang in Lang::ALL {
            let bytes = att_xlsx_writer::write(&report, &Options { lang })
                .unwrap_or_else(|error| panic!("{name} ({lang}): {error}"));
            let read = common::read(&bytes);
            if read.document != expected {
                failures.push(format!(
                    "{name} ({lang}):\n  expected {expected}\n  read     {}",
                    read.document
                ));
            }
            let said: Vec<String> = read
                .diagnostics
                .iter()
                .map(|d| format!("{} {}", d.code(), d.message(Lang::En)))
                .collect();
            if !said.is_empty() {
                failures.push(format!("{name} ({lang}): the reader said {said:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
