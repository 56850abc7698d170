//! Fixtures shared by the integration tests.

#![allow(dead_code)]

use att_schema::Report;
use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The repository's `fixtures/` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// The bytes of `fixtures/xml/<name>`.
pub fn xml_fixture(name: &str) -> Vec<u8> {
    let path = fixtures().join("xml").join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Files of `folder` with the extension `extension`, in name order.
pub fn files(folder: &Path, extension: &str) -> Vec<PathBuf> {
    let entries =
        std::fs::read_dir(folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display()));
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    paths.sort();
    paths
}

/// Every `fixtures/json/*.json` that deserialises into a [`Report`], with its file name;
/// broken JSON and documents too far from the model are left out.
pub fn json_reports() -> Vec<(String, Report)> {
    let reports: Vec<(String, Report)> = files(&fixtures().join("json"), "json")
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let value: Value = serde_json::from_slice(&bytes).ok()?;
            let report = Report::deserialize(&value).ok()?;
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, report))
        })
        .collect();
    let names: Vec<&str> = reports.iter().map(|(name, _)| name.as_str()).collect();
    for expected in [
        "valid-every-field.json",
        "invalid-raw-values-kept.json",
        "valid-special-characters.json",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} should be among the JSON fixtures read: {names:?}"
        );
    }
    reports
}
