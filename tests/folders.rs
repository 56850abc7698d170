//! `att validate FOLDER`: one line names the files left out and why; `--include` and
//! `--exclude` choose among the report files.

mod common;

use common::{att, stderr, stdout, workspace};

/// A folder with reports, a lock file, a hidden file, a folder of drafts and files of other
/// formats.
fn folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temporary folder");
    let root = folder.path();
    std::fs::create_dir_all(root.join("2023/drafts")).expect("folders");
    for (name, fixture) in [
        ("2023/sweden.json", "fixtures/json/valid-minimal.json"),
        (
            "2023/drafts/norway.json",
            "fixtures/json/valid-minimal.json",
        ),
        ("2023/~$sweden.xlsx", "fixtures/json/valid-minimal.json"),
        ("2023/.sweden.json", "fixtures/json/valid-minimal.json"),
        ("iceland.xml", "fixtures/xml/valid-every-field.xml"),
    ] {
        std::fs::copy(workspace().join(fixture), root.join(name)).expect("copy");
    }
    std::fs::write(root.join("notes.txt"), "not a report").expect("write");
    std::fs::write(root.join("2023/letter.pdf"), "%PDF-1.4").expect("write");
    folder
}

#[test]
fn the_files_left_out_are_named_with_why() {
    let folder = folder();
    let root = folder.path().display().to_string();
    let output = att(&["validate", "--no-corpus", &root]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "att: skipped 4 files: {root}/2023/letter.pdf, {root}/notes.txt (not a report format); \
             {root}/2023/~$sweden.xlsx (lock file); {root}/2023/.sweden.json (hidden)\n"
        )
    );
    assert!(stdout(&output).ends_with("3 files: 0 errors, 0 warnings, 0 info\n"));
    let french = att(&["validate", "--no-corpus", "--lang", "fr", &root]);
    assert!(
        stderr(&french).starts_with("att: 4 fichiers ignorés\u{a0}: "),
        "{}",
        stderr(&french)
    );
    assert!(stderr(&french).contains("(fichier de verrouillage)"));
    let quiet = att(&["validate", "--no-corpus", "--quiet", &root]);
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn include_and_exclude_choose_among_the_reports() {
    let folder = folder();
    let root = folder.path().display().to_string();
    let output = att(&[
        "validate",
        "--format",
        "json",
        "--include",
        "2023/**",
        "--exclude",
        "**/drafts/**",
        &root,
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let paths: Vec<&str> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|file| file["path"].as_str())
        .collect();
    assert_eq!(paths, [format!("{root}/2023/sweden.json")]);
    let skipped = stderr(&output);
    assert!(
        skipped.contains(&format!(
            "{root}/2023/drafts/norway.json (excluded by --exclude)"
        )),
        "{skipped}"
    );
    assert!(skipped.contains(&format!("{root}/iceland.xml (not matched by --include)")));
}

#[test]
fn a_bad_glob_is_a_clear_failure() {
    let output = att(&["validate", "--include", "2023/[", "fixtures"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("att: not a valid glob: 2023/["),
        "{}",
        stderr(&output)
    );
}
