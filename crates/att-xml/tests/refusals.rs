//! Hostile and broken XML is refused at once, with a message that says what is wrong and
//! where; nothing is expanded, fetched or read past the limits.

mod common;

use att_xml::{Limits, ReadError, read};

fn refusal(fixture: &str) -> ReadError {
    match read(&common::xml_fixture(fixture), &Limits::default()) {
        Err(error) => error,
        Ok(read) => panic!(
            "{fixture} should be refused, but reads as {}",
            read.document()
        ),
    }
}

fn message(fixture: &str) -> String {
    refusal(fixture).to_string()
}

const DOCTYPE_REFUSED: &str = "line 2, column 1: the file has a document type declaration (<!DOCTYPE …>); att does not read DTDs, which can define entities and fetch other files: remove the declaration";

#[test]
fn refuses_the_billion_laughs_without_expanding_anything() {
    assert_eq!(message("billion-laughs.xml"), DOCTYPE_REFUSED);
    assert!(matches!(
        refusal("billion-laughs.xml"),
        ReadError::Doctype { line: 2, column: 1 }
    ));
}

#[test]
fn refuses_external_entities_and_dtds_without_fetching_them() {
    assert_eq!(message("doctype-external-entity.xml"), DOCTYPE_REFUSED);
    assert_eq!(message("doctype-external-dtd.xml"), DOCTYPE_REFUSED);
}

#[test]
fn refuses_entities_other_than_the_predefined_five() {
    assert_eq!(
        message("undefined-entity.xml"),
        "not well-formed XML: line 3, column 38: the entity &ocirc; is not defined: only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are allowed"
    );
}

#[test]
fn refuses_nesting_deeper_than_the_limit() {
    assert_eq!(
        message("deeply-nested.xml"),
        "line 34, column 65: elements are nested more than 32 deep; a report is never this deep"
    );
    let generous = Limits {
        max_depth: 64,
        ..Limits::default()
    };
    let read = read(&common::xml_fixture("deeply-nested.xml"), &generous)
        .expect("within a higher limit the file reads");
    let codes: Vec<&str> = read.diagnostics.iter().map(|d| d.code()).collect();
    assert_eq!(
        codes,
        ["ATT0101"],
        "the unknown <extension> is reported once"
    );
}

#[test]
fn refuses_a_huge_nesting_without_exhausting_the_stack() {
    let mut xml = format!("<report xmlns=\"{}\">", att_xml::NAMESPACE);
    xml.push_str(&"<a>".repeat(1_000_000));
    let limits = Limits {
        max_depth: usize::MAX,
        ..Limits::default()
    };
    assert!(matches!(
        read(xml.as_bytes(), &limits),
        Err(ReadError::TooDeep { limit: 65_535, .. })
    ));
    assert!(matches!(
        read(xml.as_bytes(), &Limits::default()),
        Err(ReadError::TooDeep { limit: 32, .. })
    ));
}

#[test]
fn reads_a_huge_nesting_within_a_raised_limit_without_exhausting_the_stack() {
    let depth = 60_000;
    let xml = format!(
        "<report xmlns=\"{}\"><exports>{}{}</exports></report>",
        att_xml::NAMESPACE,
        "<a>".repeat(depth),
        "</a>".repeat(depth)
    );
    let limits = Limits {
        max_depth: usize::MAX,
        ..Limits::default()
    };
    let read = read(xml.as_bytes(), &limits).expect("well-formed, within the limits");
    let codes: Vec<&str> = read.diagnostics.iter().map(|d| d.code()).collect();
    assert_eq!(codes, ["ATT0101"], "only the outermost <a> is reported");
}

#[test]
fn says_where_a_truncated_file_ends() {
    assert_eq!(
        message("truncated.xml"),
        "not well-formed XML: line 41, column 33: the file ends before <description> (opened at line 41, column 9) is closed: the XML is cut short"
    );
}

#[test]
fn says_which_end_tag_is_wrong() {
    assert_eq!(
        message("mismatched-tags.xml"),
        "not well-formed XML: line 10, column 17: the end tag </entry> does not close <items> (opened at line 10, column 9)"
    );
}

#[test]
fn refuses_text_outside_the_root_element() {
    assert_eq!(
        message("text-outside-root.xml"),
        "not well-formed XML: line 8, column 1: text after the root element: everything in an XML file is inside one root element"
    );
}

#[test]
fn says_an_empty_file_is_empty() {
    assert_eq!(refusal("empty.xml"), ReadError::Empty);
    assert_eq!(
        message("empty.xml"),
        "the file is empty: an XML report has at least a <report> element"
    );
}

#[test]
fn names_the_namespace_a_report_must_have() {
    assert_eq!(
        message("wrong-namespace.xml"),
        "line 2, column 1: the root element <report> is in the namespace “urn:att-toolkit:annual-report:1.0”; an ATT annual report in XML is <report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\">"
    );
    assert_eq!(
        message("no-namespace.xml"),
        "line 2, column 1: the root element <report> has no namespace; an ATT annual report in XML is <report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\">"
    );
}

#[test]
fn names_the_version_it_reads() {
    assert_eq!(
        message("wrong-version.xml"),
        "line 2, column 1: the report is in version 2.0 of the XML encoding (https://att-toolkit.github.io/schemas/att-annual-report-2.0); this att reads version 1.0 (https://att-toolkit.github.io/schemas/att-annual-report-1.0)"
    );
    assert_eq!(
        refusal("wrong-version.xml")
            .location()
            .map(|l| l.to_string()),
        Some("2:1".to_owned())
    );
}

#[test]
fn reads_utf16_with_a_byte_order_mark() {
    let read = read(
        &common::xml_fixture("utf16-with-bom.xml"),
        &Limits::default(),
    )
    .expect("UTF-16 reads");
    assert_eq!(read.document()["reporting_state"]["name"], "Côte d’Ivoire");
    assert_eq!(
        read.source_map
            .get("/reporting_state/name")
            .map(|place| place.to_string()),
        Some("3:31".to_owned())
    );
    assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics);
}

#[test]
fn refuses_other_encodings_clearly() {
    assert_eq!(
        message("latin1-declared.xml"),
        "the file is in the ISO-8859-1 encoding; att reads XML in UTF-8 or UTF-16 only: save the file as UTF-8"
    );
    assert_eq!(
        message("invalid-utf8.xml"),
        "not valid UTF-8 text: invalid bytes at line 3, column 38"
    );
}

#[test]
fn every_refusal_of_a_place_names_it() {
    for fixture in [
        "billion-laughs.xml",
        "deeply-nested.xml",
        "undefined-entity.xml",
        "truncated.xml",
        "mismatched-tags.xml",
        "text-outside-root.xml",
        "wrong-namespace.xml",
        "wrong-version.xml",
        "invalid-utf8.xml",
    ] {
        assert!(refusal(fixture).location().is_some(), "{fixture}");
    }
}
