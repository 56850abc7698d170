//! `att template` and `att convert --to xlsx` end to end: blank templates in each language,
//! workbooks pre-filled from JSON, XML and workbooks that read back as the report, refusals that
//! write nothing, and no binary written to a terminal.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

mod common;

use common::{att, stderr, workspace};

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// The canonical JSON `att convert` prints for `path`.
fn converted(path: &Path) -> serde_json::Value {
    let output = att(&["convert", &path.to_string_lossy()]);
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}: {}",
        path.display(),
        stderr(&output)
    );
    serde_json::from_slice(&output.stdout).expect("convert prints JSON")
}

/// The sheet names of a workbook, in tab order.
fn sheet_names(path: &Path) -> Vec<String> {
    let file = std::fs::File::open(path).expect("the workbook exists");
    let mut archive = zip::ZipArchive::new(file).expect("a zip container");
    let mut workbook = String::new();
    archive
        .by_name("xl/workbook.xml")
        .expect("a workbook part")
        .read_to_string(&mut workbook)
        .expect("UTF-8");
    workbook
        .split("<sheet name=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn writes_the_blank_template_in_each_language() {
    let dir = temp();
    for (lang, title_page, exports) in [
        ("en", "Title page", "Exports"),
        ("fr", "Page de titre", "Exportations"),
        ("es", "Portada", "Exportaciones"),
    ] {
        let path = dir.path().join(format!("template-{lang}.xlsx"));
        let output = att(&["template", "--lang", lang, "-o", &path.to_string_lossy()]);
        assert_eq!(output.status.code(), Some(0), "{lang}: {}", stderr(&output));
        assert!(output.stdout.is_empty() && output.stderr.is_empty());
        let names = sheet_names(&path);
        assert_eq!(names[0], title_page, "{lang}");
        assert_eq!(names[1], exports, "{lang}");
        let document = converted(&path);
        assert_eq!(document["submission"]["language"], lang);
        assert_eq!(document["submission"]["template"], "att-2017");
        assert_eq!(document["exports"]["status"], "not_reported");
        assert_eq!(document["exports"]["entries"], serde_json::json!([]));
        assert!(document.get("reporting_state").is_none());
    }
}

#[test]
fn the_template_language_defaults_to_att_lang() {
    let dir = temp();
    let path = dir.path().join("template.xlsx");
    let output = Command::new(env!("CARGO_BIN_EXE_att"))
        .args(["template", "-o", &path.to_string_lossy()])
        .env("ATT_LANG", "es")
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sheet_names(&path)[0], "Portada");
}

#[test]
fn a_template_filled_from_json_xml_or_a_workbook_reads_back_as_the_report() {
    let dir = temp();
    for source in [
        "fixtures/json/valid-every-field.json",
        "fixtures/json/invalid-raw-values-kept.json",
        "fixtures/xml/valid-every-field.xml",
        "fixtures/xml/raw-values.xml",
        "fixtures/xlsx/sample-att-2017-fr.xlsx",
        "fixtures/xlsx/headings-national-synonyms-es.xlsx",
    ] {
        let out = dir.path().join("filled.xlsx");
        let output = att(&["template", "--from", source, "-o", &out.to_string_lossy()]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{source}: {}",
            stderr(&output)
        );
        assert_eq!(
            converted(&out),
            converted(&workspace().join(source)),
            "{source}: the workbook does not read back as the report"
        );
    }
}

#[test]
fn a_filled_template_is_in_the_reports_language_unless_asked_otherwise() {
    let dir = temp();
    let out = dir.path().join("filled.xlsx");
    let from = "fixtures/json/valid-french.json";
    let output = att(&["template", "--from", from, "-o", &out.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sheet_names(&out)[0], "Page de titre");
    let output = att(&[
        "template",
        "--from",
        from,
        "--lang",
        "es",
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(sheet_names(&out)[0], "Portada");
}

#[test]
fn what_the_reader_could_not_read_from_the_source_is_said() {
    let dir = temp();
    let out = dir.path().join("filled.xlsx");
    let source = "fixtures/xlsx/extra-columns-and-a-column-without-heading.xlsx";
    let output = att(&["template", "--from", source, "-o", &out.to_string_lossy()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("warning[ATT0140]"),
        "{}",
        stderr(&output)
    );
    assert!(out.is_file());
}

#[test]
fn a_source_that_cannot_be_read_fails_with_status_2_and_writes_nothing() {
    let dir = temp();
    let not_a_report = dir.path().join("list.json");
    std::fs::write(&not_a_report, "[1, 2, 3]").expect("write");
    for (source, says) in [
        (
            workspace().join("fixtures/json/broken-truncated.json"),
            "not valid JSON",
        ),
        (dir.path().join("missing.json"), "no such file"),
        (not_a_report, "its structure is not a report's"),
    ] {
        let out = dir.path().join("out.xlsx");
        let output = att(&[
            "template",
            "--from",
            &source.to_string_lossy(),
            "-o",
            &out.to_string_lossy(),
        ]);
        assert_eq!(output.status.code(), Some(2), "{}", source.display());
        assert!(stderr(&output).contains(says), "{}", stderr(&output));
        assert!(!out.exists(), "{}: a file was written", source.display());
    }
}

#[test]
fn the_workbook_never_overwrites_its_source() {
    let dir = temp();
    let source = dir.path().join("report.xlsx");
    std::fs::copy(
        workspace().join("fixtures/xlsx/sample-att-2017-en.xlsx"),
        &source,
    )
    .expect("copy");
    let before = std::fs::read(&source).expect("read");
    let path = source.to_string_lossy().into_owned();
    let output = att(&["template", "--from", &path, "-o", &path]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("refusing to write over an input file"));
    assert_eq!(std::fs::read(&source).expect("read"), before);
}

#[test]
fn convert_to_xlsx_writes_the_same_workbook() {
    let dir = temp();
    let out = dir.path().join("converted.xlsx");
    let source = "fixtures/json/valid-every-field.json";
    let output = att(&[
        "convert",
        source,
        "--to",
        "xlsx",
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let templated = dir.path().join("templated.xlsx");
    let output = att(&[
        "template",
        "--from",
        source,
        "-o",
        &templated.to_string_lossy(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        std::fs::read(&out).expect("read"),
        std::fs::read(&templated).expect("read")
    );
    assert_eq!(converted(&out), converted(&workspace().join(source)));
}

#[test]
fn a_workbook_goes_to_standard_output_when_it_is_not_a_terminal() {
    for args in [
        vec!["template", "--lang", "fr"],
        vec![
            "convert",
            "fixtures/json/valid-minimal.json",
            "--to",
            "xlsx",
        ],
    ] {
        let output = att(&args);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.starts_with(b"PK\x03\x04"), "{args:?}");
    }
}

#[test]
fn a_workbook_is_not_written_to_a_terminal() {
    // `script` (util-linux) runs att with a terminal as its standard output.
    for command in [
        format!("{} template", env!("CARGO_BIN_EXE_att")),
        format!(
            "{} convert fixtures/json/valid-minimal.json --to xlsx",
            env!("CARGO_BIN_EXE_att")
        ),
    ] {
        let output = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .current_dir(workspace())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .output()
            .expect("`script` (util-linux) runs att on a terminal");
        let shown = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(2), "{command}: {shown}");
        assert!(shown.contains("standard output is a terminal"), "{shown}");
        assert!(shown.contains("-o"), "{shown}");
        assert!(
            !shown.contains("PK"),
            "{command} wrote the workbook: {shown}"
        );
    }
}
