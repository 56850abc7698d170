//! Reading workbooks in tests: the fixtures, the parts of a package, and the checks that an
//! annotated copy keeps everything of the original and adds what it should.

#![allow(dead_code)]

pub mod builders;
pub mod checks;
pub mod dom;
pub mod findings;

use dom::Element;
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

/// The bytes of `fixtures/annotate/{name}`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/annotate")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// A relationship, its target resolved to a part name.
#[derive(Debug, Clone)]
pub struct Rel {
    /// Its id.
    pub id: String,
    /// Its type URI.
    pub kind: String,
    /// The part it points to.
    pub part: String,
}

/// A sheet as the workbook part lists it.
#[derive(Debug, Clone)]
pub struct SheetInfo {
    /// Its name.
    pub name: String,
    /// Its part.
    pub part: String,
    /// Its `state` attribute.
    pub state: Option<String>,
}

/// Every part of a package, inflated.
pub struct Book {
    /// Part name → content.
    pub parts: BTreeMap<String, Vec<u8>>,
}

impl Book {
    /// Inflates every part of `bytes`.
    pub fn open(bytes: &[u8]) -> Book {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
        let mut parts = BTreeMap::new();
        for index in 0..archive.len() {
            let mut file = archive.by_index(index).expect("an entry");
            let mut content = Vec::new();
            file.read_to_end(&mut content).expect("inflate an entry");
            let name = String::from_utf8_lossy(file.name_raw()).into_owned();
            parts.insert(name, content);
        }
        Book { parts }
    }

    /// Whether the package has the part.
    pub fn has(&self, part: &str) -> bool {
        self.parts.contains_key(part)
    }

    /// The content of a part.
    pub fn bytes(&self, part: &str) -> &[u8] {
        self.parts
            .get(part)
            .unwrap_or_else(|| panic!("no part {part}"))
    }

    /// The XML tree of a part.
    pub fn xml(&self, part: &str) -> Element {
        dom::parse(self.bytes(part))
    }

    /// The relationships of `part`.
    pub fn rels(&self, part: &str) -> Vec<Rel> {
        let (dir, file) = match part.rfind('/') {
            Some(slash) => (&part[..=slash], &part[slash + 1..]),
            None => ("", part),
        };
        let rels_part = format!("{dir}_rels/{file}.rels");
        if !self.has(&rels_part) {
            return Vec::new();
        }
        self.xml(&rels_part)
            .named("Relationship")
            .filter(|rel| rel.attr("TargetMode") != Some("External"))
            .map(|rel| Rel {
                id: rel.attr("Id").expect("an id").to_owned(),
                kind: rel.attr("Type").expect("a type").to_owned(),
                part: resolve(part, rel.attr("Target").expect("a target")),
            })
            .collect()
    }

    /// The part the relationship of `part` of type `…/suffix` points to.
    pub fn related(&self, part: &str, suffix: &str) -> Option<String> {
        self.rels(part)
            .into_iter()
            .find(|rel| rel.kind.ends_with(&format!("/{suffix}")))
            .map(|rel| rel.part)
    }

    /// The workbook part.
    pub fn workbook_part(&self) -> String {
        self.related("", "officeDocument").expect("a workbook")
    }

    /// The sheets in tab order.
    pub fn sheets(&self) -> Vec<SheetInfo> {
        let workbook = self.workbook_part();
        let rels = self.rels(&workbook);
        let root = self.xml(&workbook);
        root.child("sheets")
            .expect("sheets")
            .named("sheet")
            .map(|sheet| {
                let id = sheet.prefixed_attr("id").expect("r:id");
                let rel = rels
                    .iter()
                    .find(|rel| rel.id == id)
                    .expect("the sheet's relationship");
                SheetInfo {
                    name: sheet.attr("name").expect("a name").to_owned(),
                    part: rel.part.clone(),
                    state: sheet.attr("state").map(str::to_owned),
                }
            })
            .collect()
    }

    /// The part of the sheet called `name`.
    pub fn sheet_part(&self, name: &str) -> String {
        self.sheets()
            .into_iter()
            .find(|sheet| sheet.name == name)
            .unwrap_or_else(|| panic!("no sheet {name}"))
            .part
    }
}

/// The part a target of `source` names.
pub fn resolve(source: &str, target: &str) -> String {
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => {
            let dir = source.rfind('/').map_or("", |slash| &source[..=slash]);
            format!("{dir}{target}")
        }
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}
