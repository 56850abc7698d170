//! The workbook part (`xl/workbook.xml`): which sheets there are, and the edits that put the
//! findings sheet first. Sheets are referred to by position in defined names
//! (`localSheetId`) and in the workbook views (`activeTab`, `firstSheet`), so inserting a sheet
//! at the front shifts the former and opens the copy on the findings sheet.

use crate::error::{AnnotateError, PartKind, PartProblem};
use crate::xml::{
    Scan, Splice, attribute, declared_prefix, escape_attribute, local_name, malformed, prefix_of,
    prefixed_attribute, rewrite_start,
};
use quick_xml::events::Event;

/// One sheet the workbook lists, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SheetEntry {
    /// Its name, as shown on its tab.
    pub name: String,
    /// The id of its relationship from the workbook part.
    pub rel_id: String,
}

/// What the workbook part says about its sheets and namespaces.
#[derive(Debug, Clone)]
pub(crate) struct WorkbookPart {
    /// The sheets in tab order.
    pub sheets: Vec<SheetEntry>,
    /// The namespace URI of the root element (transitional or strict SpreadsheetML).
    pub namespace: String,
    /// The largest `sheetId`.
    max_sheet_id: u64,
}

/// The relationships namespace of transitional OOXML, used for `r:id` attributes.
#[cfg(test)]
pub(crate) const TRANSITIONAL_RELATIONSHIPS: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

impl WorkbookPart {
    /// Reads the sheets of the workbook part `part`.
    pub(crate) fn parse(source: &[u8], part: &str) -> Result<WorkbookPart, AnnotateError> {
        let mut scan = Scan::new(source, part)?;
        let mut sheets = Vec::new();
        let mut namespace = None;
        let mut max_sheet_id = 0;
        while let Some(item) = scan.next()? {
            let (Event::Start(start) | Event::Empty(start)) = &item.event else {
                continue;
            };
            if item.depth == 0 {
                let prefix = prefix_of(start);
                let key = match prefix.strip_suffix(':') {
                    Some(name) => format!("xmlns:{name}"),
                    None => "xmlns".to_owned(),
                };
                namespace = attribute(start, key.as_bytes(), part)?;
                if local_name(start.name().0) != b"workbook" {
                    return Err(malformed(part, PartProblem::WrongRoot(PartKind::Workbook)));
                }
                continue;
            }
            if local_name(start.name().0) != b"sheet" || item.depth != 2 {
                continue;
            }
            let name = attribute(start, b"name", part)?
                .ok_or_else(|| malformed(part, PartProblem::SheetWithoutName))?;
            let rel_id = prefixed_attribute(start, b"id", part)?.ok_or_else(|| {
                malformed(
                    part,
                    PartProblem::SheetWithoutRelationship {
                        sheet: name.clone(),
                    },
                )
            })?;
            if let Some(id) = attribute(start, b"sheetId", part)?
                && let Ok(id) = id.trim().parse::<u64>()
            {
                max_sheet_id = max_sheet_id.max(id);
            }
            sheets.push(SheetEntry { name, rel_id });
        }
        if sheets.is_empty() {
            return Err(malformed(part, PartProblem::NoSheets));
        }
        Ok(WorkbookPart {
            sheets,
            namespace: namespace.unwrap_or_default(),
            max_sheet_id,
        })
    }

    /// The workbook part with the sheet `name` (relationship `rel_id`) inserted first,
    /// `localSheetId` of defined names shifted by one, and the views opening on it.
    pub(crate) fn insert_first_sheet(
        &self,
        source: &[u8],
        part: &str,
        name: &str,
        rel_id: &str,
        relationships_namespace: &str,
    ) -> Result<Vec<u8>, AnnotateError> {
        let mut scan = Scan::new(source, part)?;
        let mut splice = Splice::new(source);
        let mut prefix = String::new();
        let mut id_attribute = String::new();
        let mut inserted = false;
        while let Some(item) = scan.next()? {
            let (start, empty) = match &item.event {
                Event::Start(start) => (start, false),
                Event::Empty(start) => (start, true),
                _ => continue,
            };
            if item.depth == 0 {
                prefix = prefix_of(start);
                id_attribute = match declared_prefix(start, relationships_namespace, part)? {
                    Some(r) if !r.is_empty() => format!("{r}id=\"{}\"", escape_attribute(rel_id)),
                    _ => format!(
                        "xmlns:r=\"{relationships_namespace}\" r:id=\"{}\"",
                        escape_attribute(rel_id)
                    ),
                };
                continue;
            }
            match local_name(start.name().0) {
                b"sheets" if item.depth == 1 && !empty => {
                    let element = format!(
                        "<{prefix}sheet name=\"{}\" sheetId=\"{}\" {id_attribute}/>",
                        escape_attribute(name),
                        self.max_sheet_id + 1
                    );
                    splice.insert(item.end, element.into_bytes());
                    inserted = true;
                }
                b"definedName" => {
                    if let Some(index) = attribute(start, b"localSheetId", part)? {
                        let index: u64 = index.trim().parse().map_err(|_| {
                            malformed(
                                part,
                                PartProblem::DefinedNameSheet {
                                    written: index.clone(),
                                },
                            )
                        })?;
                        let shifted = (index + 1).to_string();
                        let tag =
                            rewrite_start(start, empty, &[("localSheetId", Some(&shifted))], part)?;
                        splice.replace(item.start, item.end, tag);
                    }
                }
                b"workbookView" => {
                    let mut changes = Vec::new();
                    for key in ["activeTab", "firstSheet"] {
                        if attribute(start, key.as_bytes(), part)?.is_some() {
                            changes.push((key, None));
                        }
                    }
                    if !changes.is_empty() {
                        let tag = rewrite_start(start, empty, &changes, part)?;
                        splice.replace(item.start, item.end, tag);
                    }
                }
                _ => {}
            }
        }
        if !inserted {
            return Err(malformed(
                part,
                PartProblem::MissingElement { element: "sheets" },
            ));
        }
        Ok(splice.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORKBOOK: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView xWindow="0" activeTab="2" firstSheet="1"/></bookViews><sheets><sheet name="Exports" sheetId="4" r:id="rId1"/><sheet name="R&amp;D" sheetId="2" state="hidden" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">'R&amp;D'!$A$1:$B$2</definedName><definedName name="All">Exports!$A:$A</definedName></definedNames></workbook>"#;

    #[test]
    fn reads_the_sheets_in_order() {
        let workbook = WorkbookPart::parse(WORKBOOK.as_bytes(), "xl/workbook.xml").expect("parses");
        let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Exports", "R&D"]);
        assert_eq!(workbook.sheets[1].rel_id, "rId2");
        assert_eq!(workbook.max_sheet_id, 4);
        assert_eq!(
            workbook.namespace,
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        );
    }

    #[test]
    fn inserts_the_first_sheet_and_shifts_indices() {
        let workbook = WorkbookPart::parse(WORKBOOK.as_bytes(), "xl/workbook.xml").expect("parses");
        let out = workbook
            .insert_first_sheet(
                WORKBOOK.as_bytes(),
                "xl/workbook.xml",
                "Findings & notes",
                "rId9",
                TRANSITIONAL_RELATIONSHIPS,
            )
            .expect("rewrites");
        let out = String::from_utf8(out).expect("utf-8");
        assert!(out.contains(
            "<sheets><sheet name=\"Findings &amp; notes\" sheetId=\"5\" r:id=\"rId9\"/><sheet name=\"Exports\""
        ));
        assert!(out.contains("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"2\">"));
        assert!(out.contains("<definedName name=\"All\">"));
        assert!(out.contains("<workbookView xWindow=\"0\"/>"));
    }

    #[test]
    fn writes_prefixed_workbooks_with_their_prefixes() {
        let source = r#"<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>"#;
        let workbook = WorkbookPart::parse(source.as_bytes(), "w").expect("parses");
        assert_eq!(workbook.sheets[0].rel_id, "rId1");
        let out = workbook
            .insert_first_sheet(
                source.as_bytes(),
                "w",
                "F",
                "rId2",
                TRANSITIONAL_RELATIONSHIPS,
            )
            .expect("rewrites");
        assert!(
            String::from_utf8(out)
                .expect("utf-8")
                .contains("<x:sheets><x:sheet name=\"F\" sheetId=\"2\" rel:id=\"rId2\"/>")
        );
    }

    #[test]
    fn refuses_a_workbook_without_sheets() {
        let source = br#"<workbook xmlns="x"><sheets/></workbook>"#;
        assert!(matches!(
            WorkbookPart::parse(source, "xl/workbook.xml"),
            Err(AnnotateError::MalformedPart { .. })
        ));
    }
}
