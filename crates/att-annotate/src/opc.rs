//! The Open Packaging Conventions around the parts: relationships (which part a sheet's
//! comments are in), part names, and the content types of new parts.

use crate::error::{AnnotateError, PartProblem};
use crate::xml::{Scan, Splice, attribute, escape_attribute, local_name, malformed};
use quick_xml::events::Event;
use std::collections::HashMap;

/// One relationship of a part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Relationship {
    /// Its id (`rId3`), unique within the relationships part.
    pub id: String,
    /// Its type URI.
    pub kind: String,
    /// The part it points to, resolved to a part name; `None` for an external target.
    pub part: Option<String>,
}

impl Relationship {
    /// Whether its type is `…/name` (transitional and strict type URIs end alike).
    pub(crate) fn is(&self, name: &str) -> bool {
        self.kind
            .rsplit('/')
            .next()
            .is_some_and(|last| last.eq_ignore_ascii_case(name))
    }
}

/// The relationships of one part.
#[derive(Debug, Clone, Default)]
pub(crate) struct Relationships {
    /// In the order written.
    pub list: Vec<Relationship>,
}

impl Relationships {
    /// Reads the relationships part `rels_part` of the part `source` (`""` for the package).
    pub(crate) fn parse(
        bytes: &[u8],
        rels_part: &str,
        source: &str,
    ) -> Result<Relationships, AnnotateError> {
        let mut scan = Scan::new(bytes, rels_part)?;
        let mut list = Vec::new();
        while let Some(item) = scan.next()? {
            let (Event::Start(start) | Event::Empty(start)) = &item.event else {
                continue;
            };
            if local_name(start.name().0) != b"Relationship" {
                continue;
            }
            let id = attribute(start, b"Id", rels_part)?.unwrap_or_default();
            let kind = attribute(start, b"Type", rels_part)?.unwrap_or_default();
            let target = attribute(start, b"Target", rels_part)?.unwrap_or_default();
            let external = attribute(start, b"TargetMode", rels_part)?
                .is_some_and(|mode| mode.eq_ignore_ascii_case("External"));
            let part = (!external).then(|| resolve_target(source, &target));
            list.push(Relationship { id, kind, part });
        }
        Ok(Relationships { list })
    }

    /// The relationship with this id.
    pub(crate) fn by_id(&self, id: &str) -> Option<&Relationship> {
        self.list.iter().find(|rel| rel.id == id)
    }

    /// The first relationship of type `…/name`.
    pub(crate) fn of_type(&self, name: &str) -> Option<&Relationship> {
        self.list.iter().find(|rel| rel.is(name))
    }

    /// An id no relationship of this part has, and records it as taken.
    pub(crate) fn fresh_id(&mut self) -> String {
        let mut number = self
            .list
            .iter()
            .filter_map(|rel| rel.id.strip_prefix("rId")?.parse::<u64>().ok())
            .max()
            .unwrap_or(0)
            + 1;
        loop {
            let id = format!("rId{number}");
            if self.by_id(&id).is_none() {
                self.list.push(Relationship {
                    id: id.clone(),
                    kind: String::new(),
                    part: None,
                });
                return id;
            }
            number += 1;
        }
    }
}

/// The name of the relationships part of `part` (`xl/workbook.xml` →
/// `xl/_rels/workbook.xml.rels`; the package's own is `_rels/.rels`).
pub(crate) fn rels_part_of(part: &str) -> String {
    let (dir, file) = split_dir(part);
    format!("{dir}_rels/{file}.rels")
}

/// The folder of a part name with its slash (`xl/worksheets/`), and the file name.
pub(crate) fn split_dir(part: &str) -> (&str, &str) {
    match part.rfind('/') {
        Some(slash) => (&part[..=slash], &part[slash + 1..]),
        None => ("", part),
    }
}

/// The part name a relationship target of `source` points to (relative to the source's
/// folder unless it starts with `/`), with `.` and `..` resolved and `%XX` decoded.
pub(crate) fn resolve_target(source: &str, target: &str) -> String {
    let target = percent_decode(target);
    let joined = match target.strip_prefix('/') {
        Some(absolute) => absolute.to_owned(),
        None => format!("{}{}", split_dir(source).0, target),
    };
    let mut segments: Vec<&str> = Vec::new();
    for segment in joined.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            segment => segments.push(segment),
        }
    }
    segments.join("/")
}

/// The relative target from `source` to the part `target` (`xl/worksheets/sheet1.xml` →
/// `xl/comments1.xml` is `../comments1.xml`).
pub(crate) fn relative_target(source: &str, target: &str) -> String {
    let from: Vec<&str> = split_dir(source)
        .0
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    let to: Vec<&str> = target.split('/').collect();
    let common = from
        .iter()
        .zip(&to)
        .take_while(|(a, b)| a == b)
        .count()
        .min(to.len().saturating_sub(1));
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to[common..].join("/"));
    out
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_owned();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(hex) = bytes.get(i + 1..i + 3)
            && let Ok(hex) = std::str::from_utf8(hex)
            && let Ok(byte) = u8::from_str_radix(hex, 16)
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A relationship to add to a relationships part.
pub(crate) struct NewRelationship {
    /// Its id, from [`Relationships::fresh_id`].
    pub id: String,
    /// Its type URI.
    pub kind: String,
    /// Its target, relative to the source part.
    pub target: String,
}

/// The namespace of relationships parts.
const RELATIONSHIPS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";

/// The relationships part with the relationships `removed` (by id) taken out and `added`
/// appended: the existing part edited in place, or a new part when there was none.
pub(crate) fn edit_relationships(
    existing: Option<&[u8]>,
    rels_part: &str,
    added: &[NewRelationship],
    removed: &[String],
) -> Result<Vec<u8>, AnnotateError> {
    let mut elements = String::new();
    let Some(existing) = existing else {
        for rel in added {
            elements.push_str(&relationship_element(rel, ""));
        }
        return Ok(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"{RELATIONSHIPS_NS}\">{elements}</Relationships>"
        )
        .into_bytes());
    };
    let mut scan = Scan::new(existing, rels_part)?;
    let mut splice = Splice::new(existing);
    let mut removing: Option<usize> = None;
    while let Some(item) = scan.next()? {
        match &item.event {
            Event::Start(start) | Event::Empty(start) if item.depth == 1 => {
                let id = attribute(start, b"Id", rels_part)?.unwrap_or_default();
                if removed.contains(&id) {
                    if matches!(item.event, Event::Empty(_)) {
                        splice.replace(item.start, item.end, Vec::new());
                    } else {
                        removing = Some(item.start);
                    }
                }
            }
            Event::End(_) if item.depth == 1 => {
                if let Some(start) = removing.take() {
                    splice.replace(start, item.end, Vec::new());
                }
            }
            Event::End(end) if item.depth == 0 => {
                let prefix = qname_prefix(end.name().0);
                for rel in added {
                    elements.push_str(&relationship_element(rel, &prefix));
                }
                splice.insert(item.start, elements.into_bytes());
                return Ok(splice.finish());
            }
            Event::Empty(start) if item.depth == 0 => {
                let prefix = qname_prefix(start.name().0);
                let open = String::from_utf8_lossy(&existing[item.start..item.end - 2]);
                let name = start.name().as_ref().to_owned();
                for rel in added {
                    elements.push_str(&relationship_element(rel, &prefix));
                }
                splice.replace(
                    item.start,
                    item.end,
                    format!("{}>{elements}</{name}>", open.trim_end()).into_bytes(),
                );
                return Ok(splice.finish());
            }
            _ => {}
        }
    }
    Err(malformed(
        rels_part,
        PartProblem::MissingElement {
            element: "Relationships",
        },
    ))
}

fn qname_prefix<N: AsRef<[u8]> + ?Sized>(name: &N) -> String {
    let name = name.as_ref();
    match name.iter().position(|&b| b == b':') {
        Some(colon) => String::from_utf8_lossy(&name[..=colon]).into_owned(),
        None => String::new(),
    }
}

fn relationship_element(rel: &NewRelationship, prefix: &str) -> String {
    format!(
        "<{prefix}Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"/>",
        escape_attribute(&rel.id),
        escape_attribute(&rel.kind),
        escape_attribute(&rel.target)
    )
}

/// The content types a package declares: by extension, and by part name.
#[derive(Debug, Default)]
pub(crate) struct ContentTypes {
    /// Lower-cased extension → content type.
    defaults: HashMap<String, String>,
    /// Lower-cased part name without its leading slash → content type.
    overrides: HashMap<String, String>,
}

impl ContentTypes {
    /// Reads `[Content_Types].xml`.
    pub(crate) fn parse(bytes: &[u8], part: &str) -> Result<ContentTypes, AnnotateError> {
        let mut scan = Scan::new(bytes, part)?;
        let mut types = ContentTypes::default();
        while let Some(item) = scan.next()? {
            let (Event::Start(start) | Event::Empty(start)) = &item.event else {
                continue;
            };
            match local_name(start.name().0) {
                b"Default" => {
                    if let (Some(extension), Some(kind)) = (
                        attribute(start, b"Extension", part)?,
                        attribute(start, b"ContentType", part)?,
                    ) {
                        types.defaults.insert(extension.to_lowercase(), kind);
                    }
                }
                b"Override" => {
                    if let (Some(name), Some(kind)) = (
                        attribute(start, b"PartName", part)?,
                        attribute(start, b"ContentType", part)?,
                    ) {
                        let name = name.trim_start_matches('/').to_lowercase();
                        types.overrides.insert(name, kind);
                    }
                }
                _ => {}
            }
        }
        Ok(types)
    }

    /// Whether the package declares a default content type for this extension.
    pub(crate) fn has_default(&self, extension: &str) -> bool {
        self.defaults.contains_key(&extension.to_lowercase())
    }

    /// The content type of a part, from its override or its extension's default.
    pub(crate) fn type_of(&self, part: &str) -> Option<&str> {
        let folded = part.to_lowercase();
        if let Some(kind) = self.overrides.get(&folded) {
            return Some(kind);
        }
        let extension = folded.rsplit_once('.')?.1;
        self.defaults.get(extension).map(String::as_str)
    }
}

/// `[Content_Types].xml` with `defaults` (extension, type) and `overrides` (part name, type)
/// added, and the overrides of the parts `removed` taken out.
pub(crate) fn edit_content_types(
    existing: &[u8],
    part: &str,
    defaults: &[(&str, &str)],
    overrides: &[(String, &str)],
    removed: &[String],
) -> Result<Vec<u8>, AnnotateError> {
    let removed: Vec<String> = removed.iter().map(|name| name.to_lowercase()).collect();
    let mut scan = Scan::new(existing, part)?;
    let mut splice = Splice::new(existing);
    let mut prefix = String::new();
    while let Some(item) = scan.next()? {
        match &item.event {
            Event::Start(start) if item.depth == 0 => {
                prefix = qname_prefix(start.name().0);
                let mut elements = String::new();
                for (extension, kind) in defaults {
                    elements.push_str(&format!(
                        "<{prefix}Default Extension=\"{}\" ContentType=\"{}\"/>",
                        escape_attribute(extension),
                        escape_attribute(kind)
                    ));
                }
                splice.insert(item.end, elements.into_bytes());
            }
            Event::Empty(start) if item.depth == 1 && local_name(start.name().0) == b"Override" => {
                let name = attribute(start, b"PartName", part)?.unwrap_or_default();
                if removed.contains(&name.trim_start_matches('/').to_lowercase()) {
                    splice.replace(item.start, item.end, Vec::new());
                }
            }
            Event::End(_) if item.depth == 0 => {
                let mut elements = String::new();
                for (name, kind) in overrides {
                    elements.push_str(&format!(
                        "<{prefix}Override PartName=\"/{}\" ContentType=\"{}\"/>",
                        escape_attribute(name),
                        escape_attribute(kind)
                    ));
                }
                splice.insert(item.start, elements.into_bytes());
                return Ok(splice.finish());
            }
            Event::Empty(_) if item.depth == 0 => {
                return Err(malformed(part, PartProblem::NoContentTypes));
            }
            _ => {}
        }
    }
    Err(malformed(
        part,
        PartProblem::MissingElement { element: "Types" },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_and_relativises_targets() {
        assert_eq!(
            resolve_target("xl/workbook.xml", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml"
        );
        assert_eq!(
            resolve_target("xl/worksheets/sheet1.xml", "../comments1.xml"),
            "xl/comments1.xml"
        );
        assert_eq!(
            resolve_target("xl/workbook.xml", "/xl/worksheets/sheet%201.xml"),
            "xl/worksheets/sheet 1.xml"
        );
        assert_eq!(resolve_target("", "xl/workbook.xml"), "xl/workbook.xml");
        assert_eq!(
            relative_target("xl/worksheets/sheet1.xml", "xl/comments1.xml"),
            "../comments1.xml"
        );
        assert_eq!(
            relative_target("xl/worksheets/sheet1.xml", "xl/drawings/vmlDrawing1.vml"),
            "../drawings/vmlDrawing1.vml"
        );
        assert_eq!(
            relative_target("xl/workbook.xml", "xl/worksheets/sheet9.xml"),
            "worksheets/sheet9.xml"
        );
        assert_eq!(
            rels_part_of("xl/workbook.xml"),
            "xl/_rels/workbook.xml.rels"
        );
        assert_eq!(rels_part_of(""), "_rels/.rels");
    }

    #[test]
    fn reads_and_extends_relationships() {
        let rels = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId7" Type="x/hyperlink" Target="http://example.org" TargetMode="External"/></Relationships>"#;
        let mut parsed =
            Relationships::parse(rels, "xl/_rels/workbook.xml.rels", "xl/workbook.xml")
                .expect("parses");
        assert_eq!(
            parsed.by_id("rId1").and_then(|rel| rel.part.clone()),
            Some("xl/worksheets/sheet1.xml".to_owned())
        );
        assert!(parsed.by_id("rId1").is_some_and(|rel| rel.is("worksheet")));
        assert_eq!(parsed.by_id("rId7").and_then(|rel| rel.part.clone()), None);
        let id = parsed.fresh_id();
        assert_eq!(id, "rId8");
        assert_eq!(parsed.fresh_id(), "rId9");
        let added = edit_relationships(
            Some(rels),
            "r",
            &[NewRelationship {
                id,
                kind: "k".to_owned(),
                target: "t&u".to_owned(),
            }],
            &["rId1".to_owned()],
        )
        .expect("adds");
        let added = String::from_utf8(added).expect("utf-8");
        assert!(added.ends_with(
            "relationships\"><Relationship Id=\"rId7\" Type=\"x/hyperlink\" Target=\"http://example.org\" TargetMode=\"External\"/><Relationship Id=\"rId8\" Type=\"k\" Target=\"t&amp;u\"/></Relationships>"
        ), "{added}");
        let empty = edit_relationships(
            Some(b"<Relationships xmlns=\"x\" />"),
            "r",
            &[NewRelationship {
                id: "rId1".to_owned(),
                kind: "k".to_owned(),
                target: "t".to_owned(),
            }],
            &[],
        )
        .expect("adds");
        assert_eq!(
            String::from_utf8(empty).expect("utf-8"),
            "<Relationships xmlns=\"x\"><Relationship Id=\"rId1\" Type=\"k\" Target=\"t\"/></Relationships>"
        );
    }

    #[test]
    fn reads_and_extends_content_types() {
        let types = br#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="XML" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="main"/></Types>"#;
        let parsed = ContentTypes::parse(types, "[Content_Types].xml").expect("parses");
        assert_eq!(parsed.type_of("xl/Workbook.xml"), Some("main"));
        assert_eq!(parsed.type_of("xl/styles.xml"), Some("application/xml"));
        assert!(parsed.has_default("xml"));
        assert!(!parsed.has_default("vml"));
        let added = edit_content_types(
            types,
            "[Content_Types].xml",
            &[("vml", "v")],
            &[("xl/comments1.xml".to_owned(), "c")],
            &["XL/workbook.xml".to_owned()],
        )
        .expect("adds");
        let added = String::from_utf8(added).expect("utf-8");
        assert!(added.contains("content-types\"><Default Extension=\"vml\" ContentType=\"v\"/>"));
        assert!(
            added.ends_with(
                "ContentType=\"application/xml\"/><Override PartName=\"/xl/comments1.xml\" ContentType=\"c\"/></Types>"
            ),
            "{added}"
        );
    }
}
