//! What the reader makes of XML that is well-formed but not exactly the encoding: every
//! element, attribute or text it does not read is reported at its line and column.

mod common;

use att_schema::{Diagnostic, Lang};
use serde_json::{Value, json};

fn read(fixture: &str) -> att_schema::ReadReport {
    att_xml::read(&common::xml_fixture(fixture), &att_xml::Limits::default())
        .unwrap_or_else(|error| panic!("{fixture}: {error}"))
}

/// Code, place and pointer of each diagnostic, in the reader's order.
fn found(diagnostics: &[Diagnostic]) -> Vec<(&'static str, String, String)> {
    diagnostics
        .iter()
        .map(|d| {
            (
                d.code(),
                d.location
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                d.pointer.clone().unwrap_or_default(),
            )
        })
        .collect()
}

fn expected(list: &[(&'static str, &str, &str)]) -> Vec<(&'static str, String, String)> {
    list.iter()
        .map(|(code, place, pointer)| (*code, (*place).to_owned(), (*pointer).to_owned()))
        .collect()
}

#[test]
fn reports_unknown_elements_attributes_and_stray_text_where_they_are() {
    let read = read("unknown-elements.xml");
    assert_eq!(
        found(&read.diagnostics),
        expected(&[
            ("ATT0101", "5:30", ""),
            ("ATT0101", "5:44", ""),
            ("ATT0101", "8:3", ""),
            ("ATT0160", "10:5", "/exports"),
            ("ATT0101", "14:14", "/exports/entries/0"),
            ("ATT0160", "16:18", "/exports/entries/0/partner"),
            ("ATT0101", "17:9", "/exports/entries/0"),
            ("ATT0101", "20:21", "/exports/entries/0/value/currency"),
            ("ATT0101", "22:9", "/exports/entries/0"),
            ("ATT0101", "29:5", "/imports"),
            ("ATT0101", "35:18", "/imports/entries/0/partner"),
        ])
    );
    let messages: Vec<String> = read
        .diagnostics
        .iter()
        .map(|d| d.message(Lang::En))
        .collect();
    assert_eq!(
        messages[0],
        "“@xml:lang” is not part of the report format and was not read."
    );
    assert_eq!(
        messages[2],
        "“ls:exported_at” is not part of the report format and was not read."
    );
    assert_eq!(
        messages[3],
        "The text “Exports of 2023” inside <exports> is not part of the report format and was not read."
    );
    assert_eq!(
        messages[5],
        "The text “Norway” inside <partner> is not part of the report format and was not read (write it as the attribute name=\"…\")."
    );
    assert_eq!(
        messages[6],
        "“itmes” is not part of the report format and was not read (did you mean “items”?)."
    );
    assert_eq!(
        messages[9],
        "“entry” is not part of the report format and was not read (did you mean “entries”?)."
    );
    assert_eq!(
        messages[10],
        "“code” is not part of the report format and was not read (did you mean “@code”?)."
    );
    assert_eq!(
        read.diagnostics[5].message(Lang::Fr),
        "Le texte « Norway » dans <partner> ne fait pas partie du format du rapport et n’a pas été lu (écrivez-le dans l’attribut name=\"…\")."
    );
}

#[test]
fn reads_what_it_knows_around_what_it_does_not() {
    let read = read("unknown-elements.xml");
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(
        read.document()["exports"]["entries"][0]["category"],
        "VIII.SA.2"
    );
    assert_eq!(
        read.document()["exports"]["entries"][0]["partner"],
        json!({})
    );
    assert_eq!(
        read.document()["exports"]["entries"][0]["value"],
        json!({ "amount": 1500000, "currency": "SEK" })
    );
    assert_eq!(read.document()["imports"]["entries"][0]["items"], 12);
    assert!(
        read.document()["exports"]["entries"][0]
            .get("items")
            .is_none()
    );
}

#[test]
fn keeps_raw_values_as_written_so_that_validation_reports_them() {
    let read = read("raw-values.xml");
    let entries = &read.document()["exports"]["entries"];
    assert_eq!(read.document()["submission"]["date"], "28 May 2024");
    assert_eq!(read.document()["submission"]["public"], "yes");
    assert_eq!(entries[0]["items"], "approx. 40");
    assert_eq!(entries[0]["value"]["amount"], "1.500.000");
    assert_eq!(entries[1]["category"], "Tanks");
    assert_eq!(
        entries[1]["items"], "12",
        "raw=\"text\" keeps text that looks typed"
    );
    assert_eq!(entries[1]["value"]["amount"], json!(-250.5));
    assert_eq!(entries[2]["items"], "several");
    assert_eq!(
        entries[2]["basis"], "actual",
        "an unknown raw kind is ignored"
    );
    assert_eq!(
        entries[3]["category"], "VIII.LW.1",
        "blanks around typed values are ignored"
    );
    assert_eq!(entries[3]["items"], 8);
    assert_eq!(
        entries[3]["value"],
        json!({ "currency": "SEK" }),
        "an empty element is no value"
    );
    assert_eq!(
        read.source_map
            .get("/exports/entries/3/value/amount")
            .map(|place| place.to_string()),
        Some("44:11".to_owned()),
        "an empty element is still a place, where “missing” is reported"
    );
    assert_eq!(
        found(&read.diagnostics),
        expected(&[
            ("ATT0163", "34:9", "/exports/entries/2/items"),
            ("ATT0162", "35:16", "/exports/entries/2/basis"),
        ])
    );
    assert_eq!(
        read.diagnostics[0].message(Lang::En),
        "“several” is marked raw=\"number\" but is not a number value; it was kept as text."
    );
    assert_eq!(
        read.diagnostics[1].message(Lang::Es),
        "raw=«guess» no es ninguno de text, number, boolean o json; se ignoró el atributo y el valor se leyó como si no estuviera."
    );
}

#[test]
fn keeps_the_last_of_repeated_fields_and_says_so() {
    let read = read("duplicate-fields.xml");
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(read.document()["imports"]["status"], "reported");
    assert_eq!(
        found(&read.diagnostics),
        expected(&[
            ("ATT0102", "5:3", "/year"),
            ("ATT0102", "12:5", "/imports/status")
        ])
    );
    assert_eq!(
        read.diagnostics[0].message(Lang::En),
        "“year” is given more than once here; the value at 4:3 was replaced by this one."
    );
    assert_eq!(
        read.source_map.get("/year").map(|l| l.to_string()),
        Some("5:3".to_owned())
    );
}

#[test]
fn says_when_a_report_element_is_outside_the_namespace() {
    let read = read("unqualified-children.xml");
    assert!(read.document().get("year").is_none());
    assert!(read.document()["imports"].get("status").is_none());
    assert_eq!(
        found(&read.diagnostics),
        expected(&[("ATT0161", "4:3", ""), ("ATT0161", "10:5", "/imports")])
    );
    assert_eq!(
        read.diagnostics[0].message(Lang::En),
        "<year> is in no namespace, not in the report’s, so it was not read; put it in the namespace of its parent <att:report> (https://att-toolkit.github.io/schemas/att-annual-report-1.0)."
    );
    assert_eq!(
        read.diagnostics[1].message(Lang::Fr),
        "<other:status> est dans l’espace de noms urn:example:other, et non dans celui du rapport ; il n’a donc pas été lu. Placez-le dans l’espace de noms de son parent <att:imports> (https://att-toolkit.github.io/schemas/att-annual-report-1.0)."
    );
}

#[test]
fn reads_prefixes_any_order_cdata_and_references_as_the_same_report() {
    let read = read("prefixed-any-order.xml");
    assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics);
    let canonical = att_xml::read(
        &common::xml_fixture("valid-every-field.xml"),
        &att_xml::Limits::default(),
    )
    .expect("reads");
    assert_eq!(*read.document(), *canonical.document());
    assert_eq!(
        read.source_map.get("/year").map(|l| l.to_string()),
        Some("87:3".to_owned())
    );
    assert_eq!(
        read.source_map
            .get("/imports/entries/0/partner/code")
            .map(|place| place.to_string()),
        Some("19:54".to_owned())
    );
}

#[test]
fn a_missing_schema_version_is_the_namespaces() {
    let xml = format!("<report xmlns=\"{}\"/>", att_xml::NAMESPACE);
    let read = att_xml::read(xml.as_bytes(), &att_xml::Limits::default()).expect("reads");
    assert_eq!(read.document()["schema_version"], "1.0");
    assert_eq!(
        read.source_map
            .get("/schema_version")
            .map(|place| place.to_string()),
        Some("1:1".to_owned())
    );
    let other = format!(
        "<report xmlns=\"{}\" schema_version=\"0.9\"/>",
        att_xml::NAMESPACE
    );
    let read = att_xml::read(other.as_bytes(), &att_xml::Limits::default()).expect("reads");
    assert_eq!(
        read.document()["schema_version"],
        Value::from("0.9"),
        "kept for the validator to report"
    );
}

#[test]
fn reports_what_an_entry_holds_in_document_order_among_the_rest_of_its_list() {
    let xml = "<report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\" schema_version=\"1.0\">\n\
               <exports><status>reported</status><entries>\n\
               <entry><itmes>1</itmes></entry>\n\
               <foo/>\n\
               <entry><x/></entry>\n\
               stray\n\
               <entry><y/></entry>\n\
               </entries></exports></report>\n";
    let read = att_xml::read(xml.as_bytes(), &att_xml::Limits::default()).expect("readable");
    assert_eq!(
        found(&read.diagnostics),
        expected(&[
            ("ATT0160", "6:1", "/exports/entries"),
            ("ATT0101", "3:8", "/exports/entries/0"),
            ("ATT0101", "4:1", "/exports/entries"),
            ("ATT0101", "5:8", "/exports/entries/1"),
            ("ATT0101", "7:8", "/exports/entries/2"),
        ])
    );
    assert_eq!(read.report.exports.entries.len(), 3);
    let place = |pointer: &str| read.source_map.get(pointer).map(|l| l.to_string());
    assert_eq!(place("/exports/entries/2").as_deref(), Some("7:1"));
    assert_eq!(place("/exports/entries").as_deref(), Some("2:35"));
}
