//! An annotated copy of an official's own workbook: a note on every flagged cell (the code,
//! rule and message of each finding, in the chosen language), the cell filled by severity,
//! and a first sheet listing every finding with a link to its cell. Everything else stays as
//! it was.
//!
//! Bytes in, bytes out, no file I/O: the same code serves the command line and the browser.
//!
//! ```no_run
//! use att_annotate::{CellRef, Finding, Options, annotate};
//! use att_schema::{Lang, Severity};
//!
//! # fn run(workbook: &[u8]) -> Result<(), att_annotate::AnnotateError> {
//! let findings = [Finding::new(Severity::Error, "ATT0231", "items-not-whole-number", "…")
//!     .at("Exports", CellRef::new(9, 2))];
//! let options = Options { lang: Lang::Fr, ..Options::default() };
//! let annotated = annotate(workbook, &findings, &options)?;
//! # let _ = annotated.bytes; Ok(()) }
//! ```
//!
//! # Why the package is edited directly
//!
//! The workbook is an OOXML package (a zip of XML parts). The annotation changes only a few
//! of them — the flagged sheets, `styles.xml`, the workbook part and its relationships,
//! `[Content_Types].xml`, `docProps/app.xml` — and adds comments, VML drawings and the
//! findings sheet. Every other part is copied compressed, byte for byte, and the parts that
//! change are edited by splicing new bytes into a streaming scan (`quick-xml`), so that what
//! the edit does not touch keeps the bytes the official's program wrote: charts, pivot
//! tables, images, macros (`vbaProject.bin`), `x14`/`x15` extensions, conditional formats,
//! data validations, printer settings, custom XML, threaded comments.
//!
//! The crates that could do it were weighed (`cargo info`, 2026): `rust_xlsxwriter` writes new
//! workbooks only. `umya-spreadsheet` (3.1) reads a workbook into its own model and writes every
//! part anew, so whatever its model lacks is lost or damaged — its tracker has reports of charts
//! corrupted by a read-and-save round trip (issues 102 and 281), the maintainer's answer being
//! that those structures are not implemented — and it has 21 direct dependencies (encryption,
//! regular expressions, an HTML parser, and its own older `zip` and `quick-xml`). `edit-xlsx`
//! (0.4) is young, extracts the package into a folder and edits the parts there, which a
//! browser does not have, and depends on `zip` 0.6. None promises to write back untouched the
//! parts it does not understand, which is the whole point here. Editing the package directly
//! needs only the `zip` and `quick-xml` crates the workspace already has, both of which build
//! for WebAssembly.
//!
//! # Other formats
//!
//! `.xls` (BIFF) and `.ods` workbooks are refused with
//! [`AnnotateError::UnsupportedFormat`], whose message tells the official to save the
//! workbook as `.xlsx` and annotate that copy: a new `.xlsx` written from the values read
//! would lose the formats, formulas, layout and everything else that must stay as it was.

mod app_properties;
mod comments;
mod error;
mod finding;
mod findings_sheet;
mod limits;
mod messages;
mod notes;
mod opc;
mod package;
mod styles;
mod texts;
mod vml;
mod workbook;
mod worksheet;
mod xml;

pub use error::{
    AnnotateError, Encryption, LimitExceeded, OtherFile, PartKind, PartProblem, SheetKind,
    WorkbookFormat, ZipProblem,
};
pub use finding::{CellRef, Finding, Place};
pub use limits::Limits;

use att_schema::Lang;
use notes::NoteCell;
use opc::{ContentTypes, NewRelationship, Relationships};
use package::Package;
use std::collections::{HashMap, HashSet};
use styles::Styles;
use workbook::WorkbookPart;
use worksheet::SheetEdit;

/// How to annotate.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The language of the findings sheet and of the notes' headings (the messages come
    /// already in it).
    pub lang: Lang,
    /// Bounds on what is inflated.
    pub limits: Limits,
    /// Whether the new notes are always shown, as for printing the copy with its notes;
    /// otherwise (the default) they show when the pointer is over the cell, and a red
    /// triangle marks the cell.
    pub show_notes: bool,
}

/// The annotated copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotated {
    /// The `.xlsx` (or `.xlsm`, when the input has macros) bytes.
    pub bytes: Vec<u8>,
    /// The name of the findings sheet, the first of the copy.
    pub findings_sheet: String,
    /// How many cells got a note.
    pub noted_cells: usize,
    /// The file extension the copy needs, from the workbook's content type: `xlsm` for a
    /// macro-enabled workbook (Excel refuses to open one named `.xlsx`), `xltx` or `xltm` for
    /// a template, else `xlsx`.
    pub extension: &'static str,
}

const TRANSITIONAL_RELATIONSHIP_TYPES: &str =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const TRANSITIONAL_MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const COMMENTS_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const STYLES_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const VML_TYPE: &str = "application/vnd.openxmlformats-officedocument.vmlDrawing";

/// Writes the annotated copy of `workbook` (the bytes of an `.xlsx` or `.xlsm` file) with
/// `findings`, whose messages are already in `options.lang`.
pub fn annotate(
    workbook: &[u8],
    findings: &[Finding],
    options: &Options,
) -> Result<Annotated, AnnotateError> {
    let package = Package::open(workbook, &options.limits)?;
    Annotation::new(package, findings, options)?.run()
}

/// The file extension of a workbook whose main part has this content type.
fn extension_of(content_type: Option<&str>) -> &'static str {
    match content_type.map(str::to_ascii_lowercase).as_deref() {
        Some("application/vnd.ms-excel.sheet.macroenabled.main+xml") => "xlsm",
        Some("application/vnd.ms-excel.template.macroenabled.main+xml") => "xltm",
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml") => {
            "xltx"
        }
        _ => "xlsx",
    }
}

/// What a sheet of the workbook is, from its relationship's type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SheetType {
    Worksheet,
    Other(SheetKind),
}

struct Sheet {
    name: String,
    /// Its part, as the container spells it.
    part: String,
    kind: SheetType,
}

/// The state of one annotation: the package, what is read of it, and what is written.
struct Annotation<'a, 'f> {
    package: Package<'a>,
    findings: &'f [Finding],
    lang: Lang,
    show_notes: bool,
    relationship_types: String,
    content_types: ContentTypes,
    replaced: HashMap<String, Vec<u8>>,
    added: Vec<(String, Vec<u8>)>,
    taken_names: HashSet<String>,
    overrides: Vec<(String, &'static str)>,
    /// Parts left out of the copy.
    removed: HashSet<String>,
    vml_default: bool,
    vml_blocks: Option<Vec<u64>>,
}

impl<'a, 'f> Annotation<'a, 'f> {
    fn new(
        mut package: Package<'a>,
        findings: &'f [Finding],
        options: &Options,
    ) -> Result<Annotation<'a, 'f>, AnnotateError> {
        let types_part = package
            .find("[Content_Types].xml")
            .unwrap_or("[Content_Types].xml")
            .to_owned();
        let types_bytes = package.read_required(&types_part)?;
        let content_types = ContentTypes::parse(&types_bytes, &types_part)?;
        let taken_names = package
            .names()
            .iter()
            .map(|name| name.to_lowercase())
            .collect();
        Ok(Annotation {
            package,
            findings,
            lang: options.lang,
            show_notes: options.show_notes,
            relationship_types: TRANSITIONAL_RELATIONSHIP_TYPES.to_owned(),
            content_types,
            replaced: HashMap::from([(types_part, types_bytes)]),
            added: Vec::new(),
            taken_names,
            overrides: Vec::new(),
            removed: HashSet::new(),
            vml_default: false,
            vml_blocks: None,
        })
    }

    fn run(mut self) -> Result<Annotated, AnnotateError> {
        let root_rels = match self.package.read("_rels/.rels")? {
            Some(bytes) => Relationships::parse(&bytes, "_rels/.rels", "")?,
            None => Relationships::default(),
        };
        let office = root_rels.of_type("officeDocument");
        if let Some(rel) = office
            && let Some(base) = rel.kind.strip_suffix("officeDocument")
        {
            self.relationship_types = base.to_owned();
        }
        let workbook_part = office
            .and_then(|rel| rel.part.clone())
            .unwrap_or_else(|| "xl/workbook.xml".to_owned());
        let workbook_part = self.actual_name(&workbook_part)?;
        let extension = extension_of(self.content_types.type_of(&workbook_part));
        let workbook_bytes = self.package.read_required(&workbook_part)?;
        let workbook = WorkbookPart::parse(&workbook_bytes, &workbook_part)?;
        let workbook_rels_part = self.actual_name(&opc::rels_part_of(&workbook_part))?;
        let workbook_rels_bytes = self.package.read_required(&workbook_rels_part)?;
        let mut workbook_rels =
            Relationships::parse(&workbook_rels_bytes, &workbook_rels_part, &workbook_part)?;
        let sheets = self.sheets(&workbook, &workbook_rels, &workbook_part)?;
        let names: Vec<&str> = sheets.iter().map(|sheet| sheet.name.as_str()).collect();
        let grouped = notes::group_by_sheet(self.findings, &names)?;
        for (&index, _) in grouped.iter() {
            if let SheetType::Other(kind) = sheets[index].kind {
                return Err(AnnotateError::NotAWorksheet {
                    sheet: sheets[index].name.clone(),
                    kind,
                });
            }
        }
        let relationships_namespace = self.relationships_namespace();
        let (styles_part, styles_existed) = match workbook_rels
            .of_type("styles")
            .and_then(|rel| rel.part.clone())
            .and_then(|part| self.package.find(&part).map(str::to_owned))
        {
            Some(part) => (part, true),
            None => {
                let dir = opc::split_dir(&workbook_part).0.to_owned();
                (
                    self.preferred_name(
                        &format!("{dir}styles.xml"),
                        &format!("{dir}styles"),
                        "xml",
                    ),
                    false,
                )
            }
        };
        let styles_bytes = match styles_existed {
            true => self.package.read_required(&styles_part)?,
            false => styles::MINIMAL_STYLES.as_bytes().to_vec(),
        };
        let mut styles = Styles::parse(styles_bytes, &styles_part)?;
        let mut noted_cells = 0;
        for (index, sheet) in sheets.iter().enumerate() {
            match grouped.get(&index) {
                Some(cells) => {
                    noted_cells += cells.len();
                    self.annotate_sheet(
                        sheet,
                        cells,
                        &mut styles,
                        &relationships_namespace,
                        &workbook_part,
                    )?;
                }
                None => self.unselect(sheet, &mut styles, &relationships_namespace)?,
            }
        }
        let findings_styles = styles.findings_styles()?;
        let findings_sheet = findings_sheet::sheet_name(self.lang, &names);
        let placed_on: Vec<Option<&str>> = self
            .findings
            .iter()
            .map(|finding| {
                let place = finding.place.as_ref()?;
                notes::find_sheet(&names, &place.sheet).map(|index| names[index])
            })
            .collect();
        let namespace = if workbook.namespace.is_empty() {
            TRANSITIONAL_MAIN.to_owned()
        } else {
            workbook.namespace.clone()
        };
        let findings_part = self.fresh_name(
            &format!("{}worksheets/sheet", opc::split_dir(&workbook_part).0),
            "xml",
        );
        let findings_bytes = findings_sheet::write(
            self.findings,
            &placed_on,
            self.lang,
            &findings_styles,
            &namespace,
            &relationships_namespace,
        );
        self.added.push((findings_part.clone(), findings_bytes));
        self.overrides.push((findings_part.clone(), WORKSHEET_TYPE));
        let findings_rel = workbook_rels.fresh_id();
        let mut new_workbook_rels = vec![NewRelationship {
            id: findings_rel.clone(),
            kind: format!("{}worksheet", self.relationship_types),
            target: opc::relative_target(&workbook_part, &findings_part),
        }];
        let styles_bytes = styles.finish()?;
        if styles_existed {
            self.replaced.insert(styles_part, styles_bytes);
        } else {
            new_workbook_rels.push(NewRelationship {
                id: workbook_rels.fresh_id(),
                kind: format!("{}styles", self.relationship_types),
                target: opc::relative_target(&workbook_part, &styles_part),
            });
            self.overrides.push((styles_part.clone(), STYLES_TYPE));
            self.added.push((styles_part, styles_bytes));
        }
        let dropped_rels = self.drop_calculation_chain(&workbook_rels);
        let rels = opc::edit_relationships(
            Some(&workbook_rels_bytes),
            &workbook_rels_part,
            &new_workbook_rels,
            &dropped_rels,
        )?;
        self.replaced.insert(workbook_rels_part, rels);
        let rewritten = workbook.insert_first_sheet(
            &workbook_bytes,
            &workbook_part,
            &findings_sheet,
            &findings_rel,
            &relationships_namespace,
        )?;
        self.replaced.insert(workbook_part, rewritten);
        self.add_app_title(&root_rels, &sheets, &findings_sheet)?;
        self.write_content_types()?;
        let bytes = self
            .package
            .write(self.replaced, self.added, &self.removed)?;
        Ok(Annotated {
            bytes,
            findings_sheet,
            noted_cells,
            extension,
        })
    }

    /// The sheets in tab order with their parts and kinds.
    fn sheets(
        &self,
        workbook: &WorkbookPart,
        rels: &Relationships,
        workbook_part: &str,
    ) -> Result<Vec<Sheet>, AnnotateError> {
        workbook
            .sheets
            .iter()
            .map(|entry| {
                let rel =
                    rels.by_id(&entry.rel_id)
                        .ok_or_else(|| AnnotateError::MalformedPart {
                            part: workbook_part.to_owned(),
                            problem: PartProblem::MissingRelationship {
                                sheet: entry.name.clone(),
                                id: entry.rel_id.clone(),
                            },
                        })?;
                let part = rel
                    .part
                    .clone()
                    .ok_or_else(|| AnnotateError::MalformedPart {
                        part: workbook_part.to_owned(),
                        problem: PartProblem::SheetOutsidePackage {
                            sheet: entry.name.clone(),
                        },
                    })?;
                let kind = if rel.is("worksheet") {
                    SheetType::Worksheet
                } else if rel.is("chartsheet") {
                    SheetType::Other(SheetKind::Chart)
                } else if rel.is("dialogsheet") {
                    SheetType::Other(SheetKind::Dialog)
                } else if rel.is("xlMacrosheet") || rel.is("xlIntlMacrosheet") {
                    SheetType::Other(SheetKind::Macro)
                } else {
                    SheetType::Other(SheetKind::Unknown)
                };
                Ok(Sheet {
                    name: entry.name.clone(),
                    part: self.actual_name(&part)?,
                    kind,
                })
            })
            .collect()
    }

    /// The namespace of `r:id` attributes matching the package's relationship types.
    fn relationships_namespace(&self) -> String {
        self.relationship_types.trim_end_matches('/').to_owned()
    }

    /// The container's spelling of the part `name`, which must exist.
    fn actual_name(&self, name: &str) -> Result<String, AnnotateError> {
        self.package
            .find(name)
            .map(str::to_owned)
            .ok_or_else(|| AnnotateError::MissingPart {
                part: name.to_owned(),
            })
    }

    /// A part name `{stem}{n}.{extension}` no part has, reserved.
    fn fresh_name(&mut self, stem: &str, extension: &str) -> String {
        let mut number = 1;
        loop {
            let name = format!("{stem}{number}.{extension}");
            if self.taken_names.insert(name.to_lowercase()) {
                return name;
            }
            number += 1;
        }
    }

    /// The part name `name` if no part has it (readers such as calamine look for
    /// `xl/styles.xml` by name), else a fresh `{stem}{n}.{extension}`; reserved.
    fn preferred_name(&mut self, name: &str, stem: &str, extension: &str) -> String {
        if self.taken_names.insert(name.to_lowercase()) {
            return name.to_owned();
        }
        self.fresh_name(stem, extension)
    }

    /// Clears the tab selection of a sheet without notes, so that only the findings sheet is
    /// selected when the copy opens.
    fn unselect(
        &mut self,
        sheet: &Sheet,
        styles: &mut Styles,
        relationships_namespace: &str,
    ) -> Result<(), AnnotateError> {
        let Some(source) = self.package.read(&sheet.part)? else {
            return Ok(());
        };
        if !worksheet::mentions_tab_selected(&source) {
            return Ok(());
        }
        let edit = SheetEdit {
            cells: &[],
            new_drawing: None,
            relationships_namespace,
            unselect: true,
        };
        let rewritten = worksheet::rewrite(&source, &sheet.part, &edit, styles)?;
        if rewritten.bytes != source {
            self.replaced.insert(sheet.part.clone(), rewritten.bytes);
        }
        Ok(())
    }

    /// Flags the cells of one worksheet and writes their notes.
    fn annotate_sheet(
        &mut self,
        sheet: &Sheet,
        cells: &[NoteCell],
        styles: &mut Styles,
        relationships_namespace: &str,
        workbook_part: &str,
    ) -> Result<(), AnnotateError> {
        let source = self.package.read_required(&sheet.part)?;
        let rels_part = opc::rels_part_of(&sheet.part);
        let rels_part = self
            .package
            .find(&rels_part)
            .map_or(rels_part, str::to_owned);
        let rels_bytes = self.package.read(&rels_part)?;
        let mut rels = match &rels_bytes {
            Some(bytes) => Relationships::parse(bytes, &rels_part, &sheet.part)?,
            None => Relationships::default(),
        };
        let drawing_id = rels.fresh_id();
        let edit = SheetEdit {
            cells,
            new_drawing: Some(drawing_id.clone()),
            relationships_namespace,
            unselect: true,
        };
        let rewritten = worksheet::rewrite(&source, &sheet.part, &edit, styles)?;
        self.replaced.insert(sheet.part.clone(), rewritten.bytes);
        let mut new_rels = Vec::new();
        let workbook_dir = opc::split_dir(workbook_part).0.to_owned();
        let existing_comments = rels
            .of_type("comments")
            .and_then(|rel| rel.part.clone())
            .and_then(|part| self.package.find(&part).map(str::to_owned));
        let commented = match existing_comments {
            Some(part) => {
                let bytes = self.package.read_required(&part)?;
                let (merged, commented) =
                    comments::merge(&bytes, &part, cells, self.findings, self.lang)?;
                self.replaced.insert(part, merged);
                commented
            }
            None => {
                let part = self.fresh_name(&format!("{workbook_dir}comments"), "xml");
                let namespace = self.sheet_namespace(&source);
                let bytes = comments::new_part(cells, self.findings, self.lang, &namespace);
                new_rels.push(NewRelationship {
                    id: rels.fresh_id(),
                    kind: format!("{}comments", self.relationship_types),
                    target: opc::relative_target(&sheet.part, &part),
                });
                self.overrides.push((part.clone(), COMMENTS_TYPE));
                self.added.push((part, bytes));
                HashSet::new()
            }
        };
        let to_draw: Vec<&NoteCell> = cells
            .iter()
            .filter(|note| !commented.contains(&note.cell))
            .collect();
        match rewritten.existing_drawing {
            Some(id) => {
                let part = rels
                    .by_id(&id)
                    .and_then(|rel| rel.part.clone())
                    .and_then(|part| self.package.find(&part).map(str::to_owned))
                    .ok_or_else(|| AnnotateError::MalformedPart {
                        part: sheet.part.clone(),
                        problem: PartProblem::DrawingMissing { id: id.clone() },
                    })?;
                if !to_draw.is_empty() {
                    let bytes = self.package.read_required(&part)?;
                    let merged =
                        vml::merge(&bytes, &part, &to_draw, self.findings, self.show_notes)?;
                    self.replaced.insert(part, merged);
                }
            }
            None => {
                let part = self.fresh_name(&format!("{workbook_dir}drawings/vmlDrawing"), "vml");
                let block = self.free_vml_block(to_draw.len())?;
                self.added.push((
                    part.clone(),
                    vml::new_drawing(&to_draw, self.findings, block, self.show_notes),
                ));
                if !self.content_types.has_default("vml") {
                    self.vml_default = true;
                }
                new_rels.push(NewRelationship {
                    id: drawing_id,
                    kind: format!("{}vmlDrawing", self.relationship_types),
                    target: opc::relative_target(&sheet.part, &part),
                });
            }
        }
        if !new_rels.is_empty() {
            let bytes = opc::edit_relationships(rels_bytes.as_deref(), &rels_part, &new_rels, &[])?;
            match rels_bytes {
                Some(_) => {
                    self.replaced.insert(rels_part, bytes);
                }
                None => {
                    self.taken_names.insert(rels_part.to_lowercase());
                    self.added.push((rels_part, bytes));
                }
            }
        }
        Ok(())
    }

    /// The SpreadsheetML namespace a sheet's root declares (transitional unless strict).
    fn sheet_namespace(&self, source: &[u8]) -> String {
        const STRICT_MAIN: &str = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        let head = &source[..source.len().min(2048)];
        let strict = head
            .windows(STRICT_MAIN.len())
            .any(|window| window == STRICT_MAIN.as_bytes());
        if strict {
            STRICT_MAIN
        } else {
            TRANSITIONAL_MAIN
        }
        .to_owned()
    }

    /// The first block of shape ids no drawing of the package uses, reserving as many blocks
    /// as `shapes` shapes need.
    fn free_vml_block(&mut self, shapes: usize) -> Result<u64, AnnotateError> {
        if self.vml_blocks.is_none() {
            let drawings: Vec<String> = self
                .package
                .names()
                .iter()
                .filter(|name| name.to_lowercase().ends_with(".vml"))
                .cloned()
                .collect();
            let mut blocks = Vec::new();
            for name in drawings {
                if let Some(bytes) = self.package.read(&name)? {
                    blocks.extend(vml::used_blocks(&bytes));
                }
            }
            self.vml_blocks = Some(blocks);
        }
        let blocks = self.vml_blocks.get_or_insert_with(Vec::new);
        let first = blocks.iter().max().map_or(1, |last| last + 1);
        let needed = shapes as u64 / 1024 + 1;
        blocks.extend(first..first + needed);
        Ok(first)
    }

    /// Leaves the calculation chain out of the copy, returning the ids of the relationships
    /// to it. The chain is a cache of the order in which Excel last calculated the formulas,
    /// which Excel rebuilds when it is missing; it lists cells by sheet (`i`), which readers
    /// take for a sheet's id or its position, and a sheet inserted first would make a stale
    /// chain a reason for Excel to offer to repair the file.
    fn drop_calculation_chain(&mut self, workbook_rels: &Relationships) -> Vec<String> {
        let mut ids = Vec::new();
        for rel in workbook_rels.list.iter().filter(|rel| rel.is("calcChain")) {
            ids.push(rel.id.clone());
            if let Some(part) = rel.part.as_ref().and_then(|part| self.package.find(part)) {
                self.removed.insert(part.to_owned());
            }
        }
        ids
    }

    /// Adds the findings sheet's title to `docProps/app.xml`, when the package has one whose
    /// lists match the workbook.
    fn add_app_title(
        &mut self,
        root_rels: &Relationships,
        sheets: &[Sheet],
        title: &str,
    ) -> Result<(), AnnotateError> {
        let part = root_rels
            .list
            .iter()
            .find(|rel| rel.is("extended-properties") || rel.is("extendedProperties"))
            .and_then(|rel| rel.part.clone())
            .and_then(|part| self.package.find(&part).map(str::to_owned));
        let Some(part) = part else { return Ok(()) };
        let Some(first_worksheet) = sheets
            .iter()
            .find(|sheet| sheet.kind == SheetType::Worksheet)
        else {
            return Ok(());
        };
        let bytes = self.package.read_required(&part)?;
        if let Some(updated) =
            app_properties::add_title(&bytes, &part, title, &first_worksheet.name)?
        {
            self.replaced.insert(part, updated);
        }
        Ok(())
    }

    /// Declares the content types of the new parts.
    fn write_content_types(&mut self) -> Result<(), AnnotateError> {
        let part = self
            .package
            .find("[Content_Types].xml")
            .unwrap_or("[Content_Types].xml")
            .to_owned();
        let Some(existing) = self.replaced.get(&part) else {
            return Err(AnnotateError::MissingPart { part });
        };
        let defaults: &[(&str, &str)] = if self.vml_default {
            &[("vml", VML_TYPE)]
        } else {
            &[]
        };
        let overrides: Vec<(String, &str)> = self
            .overrides
            .iter()
            .filter(|(name, kind)| self.content_types.type_of(name) != Some(kind))
            .map(|(name, kind)| (name.clone(), *kind))
            .collect();
        let removed: Vec<String> = self.removed.iter().cloned().collect();
        let updated = opc::edit_content_types(existing, &part, defaults, &overrides, &removed)?;
        self.replaced.insert(part, updated);
        Ok(())
    }
}
