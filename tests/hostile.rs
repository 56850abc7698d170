//! Hostile and broken inputs through the `att` binary: each is refused or read with a clear
//! message naming the file and the problem, with exit status 2 (or 1 for a report with errors),
//! never a panic, a hang or an exhausted machine.
//!
//! Inputs are built here rather than committed where they are large; a watchdog kills a run
//! that does not finish, so that a hang fails the test instead of stalling the suite.

use std::io::{Cursor, Write};
use std::path::Path;
use std::process::Output;
use zip::write::SimpleFileOptions;

mod common;

use common::{stdout, workspace};

/// Runs `att` in `directory`, failing the test on a crash as well as on a hang.
fn att_in(directory: &Path, args: &[&str]) -> Output {
    let output = common::att_in(directory, args, None);
    let stderr = common::stderr(&output);
    assert!(
        !stderr.contains("panicked"),
        "att {args:?} panicked: {stderr}"
    );
    output
}

/// A folder holding one file `name` with `bytes`.
fn folder_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temporary folder");
    std::fs::write(folder.path().join(name), bytes).expect("write the input");
    folder
}

/// Validates the one file of `folder` and returns the exit status and the first line of the
/// output.
fn validate(folder: &Path, name: &str) -> (Option<i32>, String) {
    let output = att_in(folder, &["validate", name]);
    (output.status.code(), stdout(&output))
}

/// A minimal .xlsx workbook with one sheet, "Exports", built part by part so that its parts
/// can be hostile.
fn workbook(sheet: &[u8], shared_strings: Option<&[u8]>, compress: bool) -> Vec<u8> {
    const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#;
    const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Exports" sheetId="1" r:id="rId1"/></sheets></workbook>"#;
    const WORKBOOK_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let method = if compress {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let options = SimpleFileOptions::default().compression_method(method);
    let mut parts = vec![
        ("[Content_Types].xml", CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", ROOT_RELS.as_bytes()),
        ("xl/workbook.xml", WORKBOOK.as_bytes()),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.as_bytes()),
        ("xl/worksheets/sheet1.xml", sheet),
    ];
    if let Some(shared_strings) = shared_strings {
        parts.push(("xl/sharedStrings.xml", shared_strings));
    }
    for (name, bytes) in parts {
        zip.start_file(name, options).expect("part");
        zip.write_all(bytes).expect("write part");
    }
    zip.finish().expect("finish").into_inner()
}

/// A sheet whose rows are `rows` (each a `<row>` element).
fn sheet(rows: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    )
    .into_bytes()
}

/// A row of inline-string cells.
fn text_row(row: u32, cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .enumerate()
        .map(|(column, text)| {
            let letter = char::from(b'A' + column as u8);
            format!(r#"<c r="{letter}{row}" t="inlineStr"><is><t>{text}</t></is></c>"#)
        })
        .collect();
    format!(r#"<row r="{row}">{cells}</row>"#)
}

const HEADINGS: [&str; 4] = [
    "Category",
    "Final importing State",
    "Number of items",
    "Description of item",
];

#[test]
fn a_zip_bomb_is_refused_before_it_is_inflated() {
    let filler = " ".repeat(64 * 1024 * 1024);
    let bomb = workbook(
        &sheet(&format!("{}{filler}", text_row(1, &HEADINGS))),
        None,
        true,
    );
    assert!(bomb.len() < 1024 * 1024, "the bomb is small on disk");
    let folder = folder_with("bomb.xlsx", &bomb);
    let (status, output) = validate(folder.path(), "bomb.xlsx");
    assert_eq!(status, Some(2), "{output}");
    assert!(
        output.starts_with("bomb.xlsx: cannot read: the workbook is too large to read safely: the part xl/worksheets/sheet1.xml is compressed"),
        "{output}"
    );
}

#[test]
fn a_million_blank_rows_are_read_without_a_grid() {
    let rows = format!(
        r#"{}{}<row r="1000000"><c r="XFD1000000" s="1"/></row>"#,
        text_row(1, &HEADINGS),
        text_row(2, &["VIII.SA.2", "Norway", "12", "Rifles"])
    );
    let folder = folder_with("blank-rows.xlsx", &workbook(&sheet(&rows), None, true));
    let output = att_in(
        folder.path(),
        &["validate", "--format", "json", "blank-rows.xlsx"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let codes: Vec<&str> = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert!(codes.contains(&"ATT0201"), "the report is read: {codes:?}");
}

#[test]
fn a_50_mb_cell_is_cut_and_reported() {
    let huge = "x".repeat(50 * 1024 * 1024);
    let rows = format!(
        "{}{}",
        text_row(1, &HEADINGS),
        text_row(2, &["VIII.SA.2", "Norway", "12", &huge])
    );
    let folder = folder_with("huge-cell.xlsx", &workbook(&sheet(&rows), None, false));
    let output = att_in(
        folder.path(),
        &["validate", "--format", "json", "huge-cell.xlsx"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let cut = report["files"][0]["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["location"]["cell"] == "D2")
        .expect("a finding at the long cell");
    assert!(
        cut["message"]
            .as_str()
            .unwrap_or_default()
            .contains("32767"),
        "{cut}"
    );
    assert!(
        output.stdout.len() < 1024 * 1024,
        "the text is not echoed whole"
    );
}

#[test]
fn a_50_mb_json_string_is_read_and_shown_shortened() {
    let mut document: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace().join("fixtures/json/valid-minimal.json"))
            .expect("fixture"),
    )
    .expect("JSON");
    document["exports"]["entries"][0]["items"] = "y".repeat(50 * 1024 * 1024).into();
    let folder = folder_with(
        "huge-string.json",
        &serde_json::to_vec(&document).expect("JSON"),
    );
    let (status, output) = validate(folder.path(), "huge-string.json");
    assert_eq!(status, Some(1));
    assert!(
        output.len() < 10_000,
        "the value is shortened in the message"
    );
    assert!(output.contains("yyyy…"), "{output}");
}

#[test]
fn a_huge_shared_strings_part_is_refused() {
    let shared = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>{}</t></si></sst>"#,
        "Norway ".repeat(12 * 1024 * 1024)
    );
    let folder = folder_with(
        "strings.xlsx",
        &workbook(
            &sheet(&text_row(1, &HEADINGS)),
            Some(shared.as_bytes()),
            false,
        ),
    );
    let (status, output) = validate(folder.path(), "strings.xlsx");
    assert_eq!(status, Some(2), "{output}");
    assert!(
        output.starts_with("strings.xlsx: cannot read: the workbook is too large to read safely: the shared strings (xl/sharedStrings.xml) inflate to 88080515 bytes, more than the limit of 67108864 bytes"),
        "{output}"
    );
}

#[test]
fn limits_are_set_in_att_toml() {
    let folder = folder_with(
        "report.json",
        &std::fs::read(workspace().join("fixtures/json/valid-minimal.json")).expect("fixture"),
    );
    std::fs::write(
        folder.path().join("att.toml"),
        "[limits]\nmax_file_size = 100\n",
    )
    .expect("settings");
    let (status, output) = validate(folder.path(), "report.json");
    assert_eq!(status, Some(2));
    assert!(
        output.starts_with("report.json: cannot read: the file is ")
            && output.contains("more than the limit of 100 bytes"),
        "{output}"
    );
    std::fs::write(
        folder.path().join("att.toml"),
        "[limits]\nmax_file_sise = 100\n",
    )
    .expect("settings");
    let output = att_in(folder.path(), &["validate", "report.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "att: att.toml:2:1: no limit is called “max_file_sise” (did you mean “max_file_size”?)\n"
    );
}

#[test]
fn billion_laughs_and_truncated_xml_are_refused() {
    for (fixture, problem) in [("billion-laughs.xml", "DOCTYPE"), ("truncated.xml", "line")] {
        let bytes = std::fs::read(workspace().join("fixtures/xml").join(fixture)).expect("fixture");
        let folder = folder_with(fixture, &bytes);
        let (status, output) = validate(folder.path(), fixture);
        assert_eq!(status, Some(2), "{output}");
        assert!(
            output.starts_with(&format!("{fixture}: cannot read: ")) && output.contains(problem),
            "{output}"
        );
    }
}

#[test]
fn json_nested_100000_deep_is_refused() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let folder = folder_with("deep.json", deep.as_bytes());
    let (status, output) = validate(folder.path(), "deep.json");
    assert_eq!(status, Some(2));
    assert_eq!(
        output,
        "deep.json: cannot read: not valid JSON: line 1, column 65: arrays and objects are nested more than 64 deep; a report is never this deep\n"
    );
}

#[test]
fn an_empty_file_is_refused() {
    for bytes in [&b""[..], b"  \n\t "] {
        let folder = folder_with("empty.xlsx", bytes);
        let (status, output) = validate(folder.path(), "empty.xlsx");
        assert_eq!(status, Some(2));
        assert_eq!(output, "empty.xlsx: cannot read: the file is empty\n");
    }
}

#[test]
fn a_password_protected_workbook_is_refused_with_what_to_do() {
    let bytes = std::fs::read(workspace().join("fixtures/hostile/password-protected.xlsx"))
        .expect("fixture");
    let folder = folder_with("protected.xlsx", &bytes);
    let (status, output) = validate(folder.path(), "protected.xlsx");
    assert_eq!(status, Some(2));
    assert!(
        output
            .starts_with("protected.xlsx: cannot read: the workbook is protected with a password")
            && output.contains("remove the password"),
        "{output}"
    );
}

#[test]
fn the_content_decides_the_format_not_the_extension() {
    let json = std::fs::read(workspace().join("fixtures/json/valid-minimal.json")).expect("json");
    let folder = folder_with("report.xlsx", &json);
    assert_eq!(
        validate(folder.path(), "report.xlsx"),
        (
            Some(0),
            "report.xlsx: valid (0 errors, 0 warnings, 0 info)\n".to_owned()
        )
    );
    let xlsx =
        std::fs::read(workspace().join("fixtures/xlsx/sample-att-2017-en.xlsx")).expect("xlsx");
    let folder = folder_with("report.json", &xlsx);
    assert_eq!(
        validate(folder.path(), "report.json"),
        (
            Some(0),
            "report.json: valid (0 errors, 0 warnings, 0 info)\n".to_owned()
        )
    );
    let folder = folder_with("report.json", b"Reporting State;Sweden\nYear;2023\n");
    let (status, output) = validate(folder.path(), "report.json");
    assert_eq!(status, Some(2));
    assert_eq!(
        output,
        "report.json: cannot read: not a report format att reads: expected a workbook (.xlsx, .xlsm, .xls, .ods), XML or JSON\n"
    );
}

#[test]
fn a_folder_missing_or_unreadable_file_is_named() {
    let folder = tempfile::tempdir().expect("temporary folder");
    std::fs::create_dir(folder.path().join("reports.xlsx")).expect("folder");
    let output = att_in(folder.path(), &["convert", "reports.xlsx"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "att: reports.xlsx: is a folder, not a file\n"
    );
    let (status, output) = validate(folder.path(), "missing.xlsx");
    assert_eq!(status, Some(2));
    assert_eq!(output, "missing.xlsx: cannot read: no such file\n");
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let folder = folder_with(
        "locked.json",
        &std::fs::read(workspace().join("fixtures/json/valid-minimal.json")).expect("fixture"),
    );
    let locked = folder.path().join("locked.json");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads files whatever their permissions; the kernel's view of a process's own memory
    // from address 0 is unreadable to everyone.
    let target = if std::fs::read(&locked).is_ok() {
        "/proc/self/mem"
    } else {
        "locked.json"
    };
    let (status, output) = validate(folder.path(), target);
    assert_eq!(status, Some(2), "{output}");
    assert!(
        output.starts_with(&format!("{target}: cannot read: "))
            && (output.contains("permission denied") || output.contains("the file cannot be read")),
        "{output}"
    );
}

/// Inputs the fuzzers found that once made a library panic, each kept under `fixtures/fuzz/`
/// and named for what is wrong with it, with the start of the message it must get.
const FOUND_BY_FUZZING: &[(&str, &str)] = &[
    (
        "xls-sheet-offset-past-the-end.xls",
        "the workbook is damaged",
    ),
    (
        "xls-sheet-without-bof-and-a-cell-far-away.xls",
        "the workbook is too large to read safely: sheet “Imports” spans A1:AMWX26999",
    ),
];

/// Each input the fuzzers found is refused with a message, never a crash or a backtrace.
#[test]
fn inputs_found_by_fuzzing_are_refused_cleanly() {
    for (fixture, problem) in FOUND_BY_FUZZING {
        let bytes =
            std::fs::read(workspace().join("fixtures/fuzz").join(fixture)).expect("fixture");
        let folder = folder_with(fixture, &bytes);
        let output = att_in(folder.path(), &["validate", fixture]);
        assert_eq!(output.status.code(), Some(2), "{fixture}");
        assert!(
            stdout(&output).starts_with(&format!("{fixture}: cannot read: {problem}")),
            "{}",
            stdout(&output)
        );
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{fixture}");
    }
}
