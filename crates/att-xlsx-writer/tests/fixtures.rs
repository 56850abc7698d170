//! The workbooks under `fixtures/templates/`: the committed templates and pre-filled reports are
//! what the writer writes, byte for byte; the same workbooks saved again by LibreOffice, and the
//! English template filled in with LibreOffice as an official would
//! (`fixtures/templates/fill-in-libreoffice.py`), read back as their reports.

mod common;

use att_schema::{Lang, Location, Report};
use serde::Deserialize;
use serde_json::Value;

fn fixture(name: &str) -> Vec<u8> {
    let path = common::fixtures().join("templates").join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn json_report(name: &str) -> Report {
    let path = common::fixtures().join(name);
    let text = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let value: Value = serde_json::from_slice(&text).expect("JSON");
    Report::deserialize(&value).expect("a report")
}

#[test]
fn the_committed_workbooks_are_what_the_writer_writes() {
    for lang in Lang::ALL {
        let name = format!("template-{lang}.xlsx");
        assert!(
            fixture(&name) == att_xlsx_writer::template(lang).expect("writes"),
            "fixtures/templates/{name} is out of date: write the fixtures again with fixtures/templates/make.sh"
        );
    }
    for (name, json, lang) in [
        (
            "valid-every-field-fr.xlsx",
            "json/valid-every-field.json",
            Lang::Fr,
        ),
        (
            "invalid-raw-values-kept-es.xlsx",
            "json/invalid-raw-values-kept.json",
            Lang::Es,
        ),
    ] {
        let written =
            att_xlsx_writer::write(&json_report(json), &att_xlsx_writer::Options { lang })
                .expect("writes");
        assert!(
            fixture(name) == written,
            "fixtures/templates/{name} is out of date: write the fixtures again with fixtures/templates/make.sh"
        );
    }
}

#[test]
fn workbooks_saved_again_by_libreoffice_as_xlsx_or_ods_read_back_as_their_reports() {
    for (name, json) in [
        (
            "valid-every-field-fr-saved-by-libreoffice.xlsx",
            "json/valid-every-field.json",
        ),
        (
            "invalid-raw-values-kept-es-saved-by-libreoffice.xlsx",
            "json/invalid-raw-values-kept.json",
        ),
        (
            "invalid-raw-values-kept-es-saved-as-ods.ods",
            "json/invalid-raw-values-kept.json",
        ),
    ] {
        let read = common::read(&fixture(name));
        let expected = serde_json::to_value(json_report(json)).expect("serialises");
        assert_eq!(*read.document(), expected, "{name}");
        assert!(
            read.diagnostics.is_empty(),
            "{name}: {:?}",
            read.diagnostics
        );
    }
}

#[test]
fn the_template_filled_in_with_libreoffice_reads_as_the_official_meant_it() {
    let bytes = fixture("filled-in-libreoffice-en.xlsx");
    check_filled_in(&bytes);
    // Norway and Sweden were picked from the drop-down: LibreOffice calculated their codes.
    let exports = common::sheet_xml(&bytes, "Exports");
    assert!(
        exports.contains("<v>NOR</v>"),
        "the lookup gave Norway's code"
    );
    // "Korea, Rep." is not in the list: the lookup gave nothing, the reader found the code.
    let read = common::read(&bytes);
    assert_eq!(
        read.document()["exports"]["entries"][1]["partner"]["code"],
        "KOR"
    );
}

#[test]
fn the_filled_in_template_saved_as_ods_reads_the_same() {
    // LibreOffice writes a code lookup that found nothing as a formula with an empty paragraph:
    // a saved empty result, not a formula without one.
    check_filled_in(&fixture("filled-in-libreoffice-en.ods"));
}

/// The filled-in template reads as its JSON, and `att validate` says only that "1 200" was
/// typed as text.
fn check_filled_in(bytes: &[u8]) {
    let read = common::read(bytes);
    let expected = serde_json::to_value(json_report("templates/filled-in-libreoffice-en.json"))
        .expect("serialises");
    assert_eq!(*read.document(), expected);
    let loaded = att_core::load(bytes, &att_core::Limits::default()).expect("loads");
    let found: Vec<(&str, String)> = att_core::check(&loaded, &att_validate::Validator::new())
        .iter()
        .map(|d| {
            let at = d.location.as_ref().map(Location::to_string);
            (d.code(), at.unwrap_or_default())
        })
        .collect();
    assert_eq!(found, [("ATT0103", "Exports!E6".to_owned())]);
}
