//! End-to-end tests of the `att` binary: exit codes, diagnostics at their line and column,
//! whole-or-nothing output files, and clear failures on unreadable input.

use std::process::{Command, Output, Stdio};

mod common;

use common::{att, stderr, stdout, workspace};

fn att_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    common::att_in(&workspace(), args, stdin)
}

#[test]
fn schema_prints_exactly_the_committed_schema() {
    let output = att(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let committed =
        std::fs::read_to_string(workspace().join("schemas/att-annual-report-1.0.schema.json"))
            .expect("committed schema");
    assert_eq!(stdout(&output), committed);
}

#[test]
fn schema_of_the_diagnostics_report_is_committed_too() {
    let output = att(&["schema", "--diagnostics"]);
    assert_eq!(output.status.code(), Some(0));
    let committed =
        std::fs::read_to_string(workspace().join("schemas/att-diagnostics-1.0.schema.json"))
            .expect("committed schema");
    assert_eq!(stdout(&output), committed);
}

#[test]
fn a_report_written_to_the_contract_validates_clean() {
    for fixture in [
        "fixtures/json/valid-every-field.json",
        "fixtures/json/valid-minimal.json",
        "fixtures/json/valid-nil-report.json",
        "fixtures/json/valid-french.json",
    ] {
        let output = att(&["validate", fixture]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{fixture}: {}",
            stdout(&output)
        );
        assert_eq!(
            stdout(&output),
            format!("{fixture}: valid (0 errors, 0 warnings, 0 info)\n")
        );
    }
}

#[test]
fn each_schema_violation_is_reported_at_its_line_and_column() {
    let output = att(&["validate", "fixtures/json/invalid-schema-violations.json"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("invalid_schema_violations_en", stdout(&output));
}

#[test]
fn messages_come_in_french_and_spanish() {
    let french = att(&[
        "validate",
        "--lang",
        "fr",
        "fixtures/json/invalid-schema-violations.json",
    ]);
    assert_eq!(french.status.code(), Some(1));
    insta::assert_snapshot!("invalid_schema_violations_fr", stdout(&french));
    let spanish = att(&[
        "validate",
        "--lang",
        "es",
        "fixtures/json/invalid-schema-violations.json",
    ]);
    insta::assert_snapshot!("invalid_schema_violations_es", stdout(&spanish));
}

#[test]
fn the_language_follows_the_environment_when_not_given() {
    let output = Command::new(env!("CARGO_BIN_EXE_att"))
        .args(["validate", "fixtures/json/invalid-schema-violations.json"])
        .current_dir(workspace())
        .env_remove("ATT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "es_ES.UTF-8")
        .output()
        .expect("att runs");
    assert!(stdout(&output).contains("no válido"), "{}", stdout(&output));
}

#[test]
fn json_output_follows_the_diagnostics_contract() {
    let output = att(&[
        "validate",
        "--format",
        "json",
        "--no-corpus",
        "fixtures/json/invalid-schema-violations.json",
        "fixtures/json/valid-minimal.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the output is JSON");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace().join("schemas/att-diagnostics-1.0.schema.json"))
            .expect("committed schema"),
    )
    .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    assert_eq!(report["tool"]["name"], "att");
    assert_eq!(report["tool"]["schema_version"], "1.0");
    let invalid = &report["files"][0];
    assert_eq!(
        invalid["path"],
        "fixtures/json/invalid-schema-violations.json"
    );
    assert_eq!(invalid["valid"], false);
    assert_eq!(
        invalid["sha256"].as_str().map(str::len),
        Some(64),
        "sha256 of the file"
    );
    let items = invalid["diagnostics"]
        .as_array()
        .and_then(|d| {
            d.iter()
                .find(|d| d["pointer"] == "/exports/entries/0/items")
        })
        .expect("items diagnostic");
    assert_eq!(items["code"], "ATT0231");
    assert_eq!(items["severity"], "error");
    assert_eq!(
        items["message"],
        "Number of items must be a whole number of 0 or more; found -3."
    );
    assert_eq!(
        items["location"],
        serde_json::json!({ "line": 17, "column": 18 })
    );
    assert_eq!(report["files"][1]["valid"], true);
    assert_eq!(
        report["files"][1]["counts"],
        serde_json::json!({ "error": 0, "warning": 0, "info": 0 })
    );
}

#[test]
fn broken_json_exits_2_naming_the_file_line_and_column() {
    let output = att(&["validate", "fixtures/json/broken-missing-comma.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        "fixtures/json/broken-missing-comma.json: cannot read: not valid JSON: line 6, column 5: expected ',' or '}' after a field, found '\"'\n"
    );
    let truncated = att(&["validate", "fixtures/json/broken-truncated.json"]);
    assert_eq!(truncated.status.code(), Some(2));
    assert!(
        stdout(&truncated).contains("line 4, column 13: expected ',' or '}' after a field, found the end of the file (the JSON is cut short)"),
        "{}",
        stdout(&truncated)
    );
}

#[test]
fn unreadable_inputs_exit_2_with_a_clear_message() {
    let missing = att(&["validate", "fixtures/json/no-such-report.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert_eq!(
        stdout(&missing),
        "fixtures/json/no-such-report.json: cannot read: no such file\n"
    );
    let folder = att(&["convert", "fixtures/json"]);
    assert_eq!(folder.status.code(), Some(2));
    assert_eq!(
        stderr(&folder),
        "att: fixtures/json: is a folder, not a file\n"
    );
    let empty = att_with_stdin(&["validate", "-"], Some(b""));
    assert_eq!(empty.status.code(), Some(2));
    assert_eq!(stdout(&empty), "-: cannot read: the file is empty\n");
}

#[test]
fn one_unreadable_file_among_several_still_reports_the_others() {
    let output = att(&[
        "validate",
        "fixtures/json/valid-minimal.json",
        "fixtures/json/no-such-report.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        "fixtures/json/valid-minimal.json: valid (0 errors, 0 warnings, 0 info)\n\
         fixtures/json/no-such-report.json: cannot read: no such file\n\
         2 files: 0 errors, 0 warnings, 0 info; 1 could not be read\n"
    );
}

#[test]
fn a_folder_is_validated_report_by_report_in_path_order() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let reports = folder.path().join("2023");
    std::fs::create_dir_all(&reports).expect("folder");
    for (name, fixture) in [
        ("sweden.json", "fixtures/json/valid-every-field.json"),
        ("norway.xlsx", "fixtures/xlsx/sample-att-2017-en.xlsx"),
        ("~$norway.xlsx", "fixtures/json/broken-truncated.json"),
        (
            "iceland.json",
            "fixtures/json/invalid-schema-violations.json",
        ),
    ] {
        std::fs::copy(workspace().join(fixture), reports.join(name)).expect("copy");
    }
    std::fs::write(folder.path().join("notes.txt"), "not a report").expect("write");
    let root = folder.path().to_string_lossy().into_owned();
    let output = att(&["validate", "--format", "json", &root]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let files: Vec<(String, bool)> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|file| {
            let path = file["path"].as_str().unwrap_or_default();
            let name = path.strip_prefix(&root).unwrap_or(path).to_owned();
            (name, file["valid"] == true)
        })
        .collect();
    assert_eq!(
        files,
        [
            ("/2023/iceland.json".to_owned(), false),
            ("/2023/norway.xlsx".to_owned(), true),
            ("/2023/sweden.json".to_owned(), true),
        ]
    );
}

#[test]
fn a_folder_without_reports_exits_2() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let root = folder.path().to_string_lossy().into_owned();
    let output = att(&["validate", &root]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stdout(&output),
        format!(
            "{root}: cannot read: is a folder with no report files in it (looked for *.xlsx, *.xlsm, *.xls, *.ods, *.xml, *.json)\n"
        )
    );
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let bytes =
        std::fs::read(workspace().join("fixtures/json/valid-minimal.json")).expect("fixture");
    let output = att_with_stdin(&["validate", "-"], Some(&bytes));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "-: valid (0 errors, 0 warnings, 0 info)\n");
}

#[test]
fn a_reader_that_stops_early_is_not_a_failure() {
    let mut document: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace().join("fixtures/json/valid-minimal.json"))
            .expect("fixture"),
    )
    .expect("JSON");
    let entry = document["exports"]["entries"][0].clone();
    let entries: Vec<serde_json::Value> = (0..3000)
        .map(|i| {
            let mut entry = entry.clone();
            entry["items"] = serde_json::json!(-1 - i);
            entry
        })
        .collect();
    document["exports"]["entries"] = entries.into();
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("many-errors.json");
    std::fs::write(&path, serde_json::to_vec(&document).expect("JSON")).expect("write");
    let mut child = Command::new(env!("CARGO_BIN_EXE_att"))
        .args(["validate", &path.to_string_lossy()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("att starts");
    // More than a pipe holds is written, and nobody reads it: like `att validate … | head -0`.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("att ends");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

#[test]
fn bad_arguments_exit_2() {
    let output = att(&["validate"]);
    assert_eq!(output.status.code(), Some(2));
    let output = att(&["validate", "--format", "yaml", "x.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with(
            "att: “yaml” is not a value of --format <FORMAT>: give one of human, json, sarif, html\n"
        ),
        "{}",
        stderr(&output)
    );
}

#[test]
fn convert_writes_normalised_json() {
    let output = att(&["convert", "fixtures/json/valid-every-field.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let original: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(workspace().join("fixtures/json/valid-every-field.json"))
            .expect("fixture"),
    )
    .expect("JSON");
    let converted: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the output is JSON");
    assert_eq!(converted, original);
    assert!(stdout(&output).starts_with("{\n  \"schema_version\": \"1.0\",\n"));
}

#[test]
fn convert_keeps_raw_values_and_reports_errors_on_stderr() {
    let output = att(&["convert", "fixtures/json/invalid-schema-violations.json"]);
    assert_eq!(output.status.code(), Some(1));
    let converted: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("the output is JSON");
    assert_eq!(converted["exports"]["entries"][1]["items"], "approx. 40");
    assert_eq!(converted["year"], "2023");
    assert!(
        converted["exports"]["entries"][3].get("itmes").is_none(),
        "unknown fields are dropped from the normalised document"
    );
    assert!(stderr(&output).contains("“itmes” looks like a misspelling of Number of items"));
}

#[test]
fn output_files_are_written_whole_and_never_over_an_input() {
    let directory = tempfile::tempdir().expect("temporary directory");
    let target = directory.path().join("report.json");
    let target_text = target.to_string_lossy().into_owned();
    let output = att(&[
        "convert",
        "fixtures/json/valid-minimal.json",
        "-o",
        &target_text,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
    let written = std::fs::read_to_string(&target).expect("output file");
    assert!(written.ends_with("}\n"));

    let input_copy = directory.path().join("input.json");
    std::fs::copy(
        workspace().join("fixtures/json/valid-minimal.json"),
        &input_copy,
    )
    .expect("copy");
    let before = std::fs::read(&input_copy).expect("read");
    let input_text = input_copy.to_string_lossy().into_owned();
    let output = att(&["convert", &input_text, "-o", &input_text]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("refusing to write over an input file"));
    assert_eq!(std::fs::read(&input_copy).expect("read"), before);

    let output = att(&[
        "convert",
        "fixtures/json/broken-truncated.json",
        "-o",
        &target_text,
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&target).expect("still there"),
        written,
        "a failed conversion leaves the old output untouched"
    );
    let leftovers: Vec<_> = std::fs::read_dir(directory.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with(".att-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left behind");
}

#[cfg(unix)]
#[test]
fn output_files_get_the_permissions_of_an_ordinary_new_file() {
    use std::os::unix::fs::PermissionsExt;
    let directory = tempfile::tempdir().expect("temporary directory");
    let target = directory.path().join("report.json");
    let output = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 022 && exec '{}' convert fixtures/json/valid-minimal.json -o '{}'",
            env!("CARGO_BIN_EXE_att"),
            target.display()
        ))
        .current_dir(workspace())
        .output()
        .expect("att runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let mode = std::fs::metadata(&target)
        .expect("written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644);
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let again = att(&[
        "convert",
        "fixtures/json/valid-minimal.json",
        "-o",
        &target.to_string_lossy(),
    ]);
    assert_eq!(again.status.code(), Some(0));
    let mode = std::fs::metadata(&target)
        .expect("written")
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o600, "a replaced file keeps its permissions");
}

#[test]
fn writing_into_a_missing_folder_fails_cleanly() {
    let output = att(&[
        "convert",
        "fixtures/json/valid-minimal.json",
        "-o",
        "/nonexistent-folder/out.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "att: /nonexistent-folder/out.json: cannot write: the folder /nonexistent-folder does not exist\n"
    );
}
