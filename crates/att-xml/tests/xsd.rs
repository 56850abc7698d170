//! The XSD in `schemas/` describes exactly what the writer writes: xmllint (libxml2) validates
//! the writer's output for every JSON fixture against it, and refuses what the writer never
//! writes.
//!
//! Without xmllint the tests that need it print a notice and pass, unless
//! `ATT_REQUIRE_XMLLINT=1` is set (as in CI), where a missing xmllint fails them.

mod common;

use att_schema::{Basis, Category, EntryBasis, Status};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn xsd_path() -> PathBuf {
    common::fixtures()
        .join("../schemas")
        .join(att_xml::XSD_FILE)
}

fn xsd_text() -> String {
    std::fs::read_to_string(xsd_path()).expect("the XSD is committed under schemas/")
}

/// Whether xmllint can run; a notice when it cannot, or a failure when it is required.
fn xmllint_available() -> bool {
    let found = Command::new("xmllint")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found {
        let required = std::env::var("ATT_REQUIRE_XMLLINT").is_ok_and(|value| value == "1");
        assert!(
            !required,
            "ATT_REQUIRE_XMLLINT=1 but xmllint was not found: install it (Debian: apt-get install libxml2-utils)"
        );
        // Written past the test harness's capture, so that the notice shows in every run.
        let _ = writeln!(
            std::io::stderr(),
            "notice: xmllint not found, so the XSD was not checked (install libxml2-utils; set ATT_REQUIRE_XMLLINT=1 to make this a failure)"
        );
    }
    found
}

/// Validates `xml` against the XSD at `schema`; the error output when it does not validate.
fn validate(xml: &str, schema: &std::path::Path) -> Result<(), String> {
    let mut child = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(schema)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("xmllint starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(xml.as_bytes())
        .expect("xmllint reads the document");
    let output = child.wait_with_output().expect("xmllint ends");
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

/// The XSD with typed values only (no raw text), to check that the typed member of each
/// union describes what the writer writes for typed values.
fn typed_only_xsd() -> tempfile::NamedTempFile {
    let strict = xsd_text().replace(" att:RawText\"/>", "\"/>");
    let mut file = tempfile::Builder::new()
        .suffix(".xsd")
        .tempfile()
        .expect("a temporary file");
    file.write_all(strict.as_bytes()).expect("written");
    file
}

fn every_field_xml() -> String {
    String::from_utf8(common::xml_fixture("valid-every-field.xml")).expect("UTF-8")
}

#[test]
fn the_writers_output_for_every_fixture_validates() {
    if !xmllint_available() {
        return;
    }
    let reports = common::json_reports();
    for (name, report) in &reports {
        let xml = att_xml::write(report).expect("writes");
        if let Err(errors) = validate(&xml, &xsd_path()) {
            panic!(
                "{name}: the writer's output does not validate against the XSD:\n{errors}\n{xml}"
            );
        }
    }
}

#[test]
fn typed_values_validate_against_their_typed_form() {
    if !xmllint_available() {
        return;
    }
    let typed_only = typed_only_xsd();
    let mut checked = 0;
    for (name, report) in common::json_reports() {
        let xml = att_xml::write(&report).expect("writes");
        if xml.contains(" raw=\"") {
            continue;
        }
        if let Err(errors) = validate(&xml, typed_only.path()) {
            panic!("{name}: typed values do not match the XSD's typed forms:\n{errors}");
        }
        checked += 1;
    }
    assert!(
        checked >= 2,
        "too few fixtures without raw values: {checked}"
    );
    let raw = every_field_xml().replace("<items>120</items>", "<items>approx. 40</items>");
    assert!(validate(&raw, typed_only.path()).is_err());
}

#[test]
fn what_the_writer_never_writes_does_not_validate() {
    if !xmllint_available() {
        return;
    }
    let xml = every_field_xml();
    assert_eq!(validate(&xml, &xsd_path()), Ok(()));
    let changes: [(&str, &[(&str, &str)]); 9] = [
        (
            "an unknown element",
            &[(
                "<items>120</items>",
                "<items>120</items><quantity>1</quantity>",
            )],
        ),
        (
            "fields out of order",
            &[
                ("<year>2023</year>\n", ""),
                ("</submission>\n", "</submission>\n<year>2023</year>\n"),
            ],
        ),
        (
            "a party with text",
            &[(
                "<partner code=\"NOR\" name=\"Norway\"/>",
                "<partner>Norway</partner>",
            )],
        ),
        ("an unknown attribute", &[("<entry>", "<entry id=\"1\">")]),
        (
            "an unknown raw kind",
            &[("<items>120</items>", "<items raw=\"guess\">120</items>")],
        ),
        (
            "a missing list",
            &[
                ("<national_definitions>", "<definitions>"),
                ("</national_definitions>", "</definitions>"),
            ],
        ),
        (
            "another namespace",
            &[(
                "att-annual-report-1.0\" xmlns:xsi",
                "att-annual-report-2.0\" xmlns:xsi",
            )],
        ),
        ("no schema_version", &[(" schema_version=\"1.0\"", "")]),
        (
            "a repeated field",
            &[("<year>2023</year>", "<year>2023</year><year>2024</year>")],
        ),
    ];
    for (what, replacements) in changes {
        let mut changed = xml.clone();
        for (from, to) in replacements {
            assert!(
                changed.contains(from),
                "{what}: {from:?} is not in the fixture"
            );
            changed = changed.replacen(from, to, 1);
        }
        assert!(
            validate(&changed, &xsd_path()).is_err(),
            "the XSD accepts {what}, which the writer never writes"
        );
    }
}

/// The values of the enumeration of the simple type `name` in the XSD.
fn enumeration(xsd: &str, name: &str) -> Vec<String> {
    let start = xsd
        .find(&format!("<xs:simpleType name=\"{name}\">"))
        .unwrap_or_else(|| panic!("the XSD has no simple type {name}"));
    let body = &xsd[start..];
    let body = &body[..body.find("</xs:simpleType>").expect("closed")];
    body.split("<xs:enumeration value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

fn codes<T: serde::Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|value| match serde_json::to_value(value) {
            Ok(serde_json::Value::String(code)) => code,
            other => panic!("{other:?} is not a code"),
        })
        .collect()
}

#[test]
fn the_xsd_enumerations_are_the_models() {
    let xsd = xsd_text();
    assert_eq!(enumeration(&xsd, "CategoryCode"), codes(&Category::ALL));
    assert_eq!(
        enumeration(&xsd, "StatusValue"),
        codes(&[Status::Reported, Status::Nil, Status::NotReported])
    );
    assert_eq!(
        enumeration(&xsd, "BasisValue"),
        codes(&[Basis::Authorized, Basis::Actual, Basis::Both])
    );
    assert_eq!(
        enumeration(&xsd, "EntryBasisValue"),
        codes(&[EntryBasis::Authorized, EntryBasis::Actual])
    );
    assert_eq!(
        enumeration(&xsd, "RawKind"),
        ["text", "number", "boolean", "json"]
    );
    assert!(xsd.contains(&format!("targetNamespace=\"{}\"", att_xml::NAMESPACE)));
}

#[test]
fn withheld_figures_validate_where_the_writer_writes_them() {
    if !xmllint_available() {
        return;
    }
    let read = att_xml::read(
        &common::xml_fixture("withheld-figures.xml"),
        &att_xml::Limits::default(),
    )
    .expect("reads");
    let xml = att_xml::write(&read.report).expect("writes");
    assert_eq!(validate(&xml, &xsd_path()), Ok(()), "{xml}");
    let misplaced = xml.replacen("<withheld>\n", "<withheld>\n          <note>x</note>\n", 2);
    assert!(validate(&misplaced, &xsd_path()).is_err());
}
