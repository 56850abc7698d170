//! Fixtures and helpers shared by the integration tests.

#![allow(dead_code)]

use att_schema::Report;
use serde::Deserialize;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The repository's `fixtures/` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures")
}

/// The `.json` files under `folder`, in name order; with `recursive`, those of its sub-folders
/// too.
fn json_files(folder: &Path, recursive: bool, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(folder).unwrap_or_else(|error| panic!("{}: {error}", folder.display()));
    for path in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
        if path.is_dir() && recursive {
            json_files(&path, recursive, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    out.sort();
}

/// Every report fixture the round trip covers, with its path under `fixtures/`:
/// `fixtures/json/*.json` that deserialise into a [`Report`] (broken JSON is left out), and the
/// clean fixtures of the checks, `fixtures/checks/**/clean-*.json`.
pub fn reports() -> Vec<(String, Report)> {
    let mut paths = Vec::new();
    json_files(&fixtures().join("json"), false, &mut paths);
    let mut checks = Vec::new();
    json_files(&fixtures().join("checks"), true, &mut checks);
    paths.extend(checks.into_iter().filter(|path| {
        path.file_name()
            .is_some_and(|name| name.to_string_lossy().starts_with("clean-"))
    }));
    let reports: Vec<(String, Report)> = paths
        .into_iter()
        .filter_map(|path| {
            let bytes = std::fs::read(&path).ok()?;
            let value: Value = serde_json::from_slice(&bytes).ok()?;
            let report = Report::deserialize(&value).ok()?;
            let name = path
                .strip_prefix(fixtures())
                .unwrap_or(&path)
                .to_string_lossy()
                .into_owned();
            Some((name, report))
        })
        .collect();
    let names: Vec<&str> = reports.iter().map(|(name, _)| name.as_str()).collect();
    for expected in [
        "json/valid-every-field.json",
        "json/invalid-raw-values-kept.json",
        "json/invalid-schema-violations.json",
        "json/valid-special-characters.json",
        "checks/partner-unresolved/clean-names-without-codes.json",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} should be among the fixtures read: {names:?}"
        );
    }
    assert!(names.len() > 40, "{names:?}");
    reports
}

/// Reads a workbook the writer wrote.
pub fn read(bytes: &[u8]) -> att_schema::ReadReport {
    att_xlsx::read(bytes, &att_xlsx::Limits::default())
        .unwrap_or_else(|error| panic!("the writer's workbook should read back: {error}"))
}

/// The text of the part `name` of the workbook's zip container.
pub fn part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip container");
    let mut text = String::new();
    archive
        .by_name(name)
        .unwrap_or_else(|error| panic!("{name}: {error}"))
        .read_to_string(&mut text)
        .expect("UTF-8 XML");
    text
}

/// The sheets of the workbook in tab order: name, part, and whether the sheet is hidden.
pub fn sheets(bytes: &[u8]) -> Vec<(String, String, bool)> {
    let workbook = part(bytes, "xl/workbook.xml");
    let rels = part(bytes, "xl/_rels/workbook.xml.rels");
    let attribute = |element: &str, name: &str| {
        let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = element[start..].find('"')? + start;
        Some(element[start..end].to_owned())
    };
    workbook
        .split("<sheet ")
        .skip(1)
        .map(|element| {
            let element = format!(
                " {}",
                &element[..element.find("/>").unwrap_or(element.len())]
            );
            let element = element.as_str();
            let name = attribute(element, "name").expect("a sheet name");
            let id = attribute(element, "r:id").expect("a relationship");
            let target = rels
                .split("<Relationship ")
                .find(|rel| rel.contains(&format!("Id=\"{id}\"")))
                .and_then(|rel| attribute(&format!(" {rel}"), "Target"))
                .expect("a target");
            let hidden = attribute(element, "state").is_some_and(|state| state == "hidden");
            (name, format!("xl/{target}"), hidden)
        })
        .collect()
}

/// The XML of the sheet named `name`.
pub fn sheet_xml(bytes: &[u8], name: &str) -> String {
    let (_, part_name, _) = sheets(bytes)
        .into_iter()
        .find(|(sheet, ..)| sheet == name)
        .unwrap_or_else(|| panic!("no sheet {name}"));
    part(bytes, &part_name)
}

/// The start tags of the elements named `element` in `xml`.
pub fn elements<'x>(xml: &'x str, element: &str) -> Vec<&'x str> {
    xml.split(&format!("<{element} "))
        .skip(1)
        .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
        .collect()
}
