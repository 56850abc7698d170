//! One report checked by the page: the pipeline's result kept with the file's bytes, and every
//! view and download the page offers of it. This is the one module that runs the pipeline
//! (att-core's `load` and `check`) and the writers; the rest of the crate only shapes what it
//! returns.

use crate::grid::{self, GridError, SheetCells, SheetWindow, Window};
use crate::summary::{self, Summary};
use att_core::{Format, Limits, LoadError, Loaded, Panicked};
use att_render::FileResult;
use att_schema::Say;
use att_schema::{Counts, Diagnostic, FileReport, Lang, Report};
use att_validate::Validator;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::cell::OnceCell;

/// Why a file could not be checked: its reader's refusal, or att's own failure on it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    /// The file could not be read.
    Load(#[from] LoadError),
    /// att itself failed on the file (a panic, which in WebAssembly ends the instance).
    Internal(#[from] Panicked),
}

/// Why a view or a download of a report cannot be given (said in every language in
/// [`crate::messages`]).
#[derive(Debug, thiserror::Error)]
pub enum ViewError {
    /// The file could not be read at all, so there is no document.
    NotRead {
        /// The file's name.
        name: String,
        /// Why it could not be read.
        failure: Failure,
    },
    /// The document's structure is too far from a report's to be written in another format.
    NotAReport {
        /// The file's name.
        name: String,
        /// What it was to be written as.
        target: Target,
        /// The first place whose value is not of the kind its field needs.
        pointer: String,
    },
    /// A writer refused the report.
    Writer {
        /// The file's name.
        name: String,
        /// The writer's error.
        source: WriterError,
    },
    /// The report is not a workbook, so it has no sheets to show.
    NoSheets {
        /// The file's name.
        name: String,
    },
    /// The workbook has no sheet of that name.
    NoSuchSheet {
        /// The file's name.
        name: String,
        /// The sheet asked for.
        sheet: String,
    },
    /// The report cannot be annotated.
    Annotate {
        /// The file's name.
        name: String,
        /// Why.
        refusal: Refusal,
    },
    /// The workbook's cells could not be read again for display.
    Grid {
        /// The file's name.
        name: String,
        /// The grid reader's error.
        source: GridError,
    },
}

/// What a report is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The canonical JSON document.
    Json,
    /// The XML encoding.
    Xml,
    /// A workbook (the pre-filled template).
    Workbook,
}

/// A writer's refusal.
#[derive(Debug, thiserror::Error)]
pub enum WriterError {
    /// serde_json could not write the document.
    Json(#[source] serde_json::Error),
    /// The XML writer refused the report.
    Xml(#[from] att_xml::WriteError),
    /// The workbook writer refused the report.
    Workbook(#[from] att_xlsx_writer::WriteError),
}

impl WriterError {
    /// What the report was to be written as.
    pub fn target(&self) -> Target {
        match self {
            WriterError::Json(_) => Target::Json,
            WriterError::Xml(_) => Target::Xml,
            WriterError::Workbook(_) => Target::Workbook,
        }
    }
}

/// Why a report cannot be annotated.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// It is a text file (JSON, XML), which has no cells.
    TextFile(Format),
    /// att-annotate refused the workbook, as `att annotate` does.
    Refused(#[from] att_annotate::AnnotateError),
}

/// What the pipeline made of a file that could be read.
#[derive(Debug)]
struct Outcome {
    loaded: Loaded,
    diagnostics: Vec<Diagnostic>,
}

/// One checked report: its name, digest and bytes, and the pipeline's outcome.
#[derive(Debug)]
pub struct Checked {
    name: String,
    sha256: Option<String>,
    bytes: Vec<u8>,
    outcome: Result<Outcome, Failure>,
    grids: OnceCell<Result<Vec<SheetCells>, GridError>>,
}

/// What the page shows of a report: its diagnostics as the diagnostics report writes them
/// (`contract.md` §3), the format it was read as, its summary and its sheets.
#[derive(Debug, Serialize, Deserialize)]
pub struct CheckResult {
    /// The file's entry of the diagnostics report, messages in the language asked for.
    pub file: FileReport,
    /// The format the content was recognised as (`xlsx`, `xls`, `ods`, `xml`, `json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// State, year, directions and totals; absent when the file could not be read or its
    /// structure is not a report's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Summary>,
    /// The workbook's sheets in tab order (empty for XML and JSON).
    pub sheets: Vec<String>,
}

impl Checked {
    /// Reads and validates `bytes`, named `name`, as the command line's `att validate` does.
    pub fn new(bytes: Vec<u8>, name: &str, limits: &Limits, validator: &Validator) -> Checked {
        let sha256 = Some(
            Sha256::digest(&bytes)
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect(),
        );
        let outcome = att_core::load(&bytes, limits)
            .map(|loaded| Outcome {
                diagnostics: att_core::check(&loaded, validator),
                loaded,
            })
            .map_err(Failure::Load);
        Checked {
            name: name.to_owned(),
            sha256,
            bytes,
            outcome,
            grids: OnceCell::new(),
        }
    }

    /// A file on which att itself failed (a panic, which in WebAssembly ends the instance):
    /// kept with its failure, and no digest, as the command line reports it.
    pub fn failed(name: &str, failure: Panicked) -> Checked {
        Checked {
            name: name.to_owned(),
            sha256: None,
            bytes: Vec::new(),
            outcome: Err(Failure::Internal(failure)),
            grids: OnceCell::new(),
        }
    }

    /// The file's name as given.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The report's diagnostics, or why the file could not be read.
    pub fn diagnostics(&self) -> Result<&[Diagnostic], &Failure> {
        match &self.outcome {
            Ok(outcome) => Ok(&outcome.diagnostics),
            Err(failure) => Err(failure),
        }
    }

    /// The result in the shape the renderers take, a failure said in `lang`.
    pub fn file_result(&self, lang: Lang) -> FileResult {
        FileResult {
            path: self.name.clone(),
            sha256: self.sha256.clone(),
            failure: self.outcome.as_ref().err().map(|failure| failure.say(lang)),
            diagnostics: self
                .outcome
                .as_ref()
                .map(|outcome| outcome.diagnostics.clone())
                .unwrap_or_default(),
        }
    }

    /// What the page shows of the report, in `lang`.
    pub fn result(&self, lang: Lang) -> CheckResult {
        let file = self.file_result(lang);
        let outcome = self.outcome.as_ref().ok();
        CheckResult {
            file: FileReport {
                valid: file.is_valid(),
                counts: Counts::of(file.diagnostics.iter().map(|d| d.severity)),
                diagnostics: file.diagnostics.iter().map(|d| d.to_record(lang)).collect(),
                path: file.path,
                sha256: file.sha256,
                failure: file.failure,
            },
            format: outcome.map(|outcome| format_name(outcome.loaded.format).to_owned()),
            summary: self.summary(lang),
            sheets: outcome
                .map(|outcome| outcome.loaded.sheet_order.clone())
                .unwrap_or_default(),
        }
    }

    fn outcome(&self) -> Result<&Outcome, ViewError> {
        self.outcome.as_ref().map_err(|failure| ViewError::NotRead {
            name: self.name.clone(),
            failure: failure.clone(),
        })
    }

    /// The typed report the document holds, when its structure is a report's.
    fn report(&self) -> Option<Report> {
        let loaded = &self.outcome.as_ref().ok()?.loaded;
        loaded.untyped().is_empty().then(|| loaded.report.clone())
    }

    /// The typed report, to be written as `target`.
    fn typed_report(&self, target: Target) -> Result<Report, ViewError> {
        let loaded = &self.outcome()?.loaded;
        match loaded.untyped().first() {
            None => Ok(loaded.report.clone()),
            Some(pointer) => Err(ViewError::NotAReport {
                name: self.name.clone(),
                target,
                pointer: pointer.clone(),
            }),
        }
    }

    fn writer_error(&self, source: impl Into<WriterError>) -> ViewError {
        ViewError::Writer {
            name: self.name.clone(),
            source: source.into(),
        }
    }

    /// The canonical JSON document, as `att convert --to json` writes it: in the canonical field
    /// order when its structure is a report's, else as read.
    pub fn canonical_json(&self) -> Result<Vec<u8>, ViewError> {
        let loaded = &self.outcome()?.loaded;
        let written = match loaded.tree() {
            _ if loaded.untyped().is_empty() => serde_json::to_vec_pretty(&loaded.report),
            Some(tree) => serde_json::to_vec_pretty(tree),
            None => serde_json::to_vec_pretty(&*loaded.document()),
        };
        let mut bytes = written.map_err(|error| self.writer_error(WriterError::Json(error)))?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// The report in its XML encoding, as `att convert --to xml` writes it.
    pub fn xml(&self) -> Result<Vec<u8>, ViewError> {
        let report = self.typed_report(Target::Xml)?;
        att_xml::write(&report)
            .map(String::into_bytes)
            .map_err(|error| self.writer_error(error))
    }

    /// The standard template pre-filled from the report, as `att template --from` writes it:
    /// in the report's own language when it is English, French or Spanish, else in `fallback`.
    pub fn prefilled_template(&self, fallback: Lang) -> Result<Vec<u8>, ViewError> {
        let report = self.typed_report(Target::Workbook)?;
        let lang = att_xlsx_writer::report_language(&report).unwrap_or(fallback);
        att_xlsx_writer::write(&report, &att_xlsx_writer::Options { lang })
            .map_err(|error| self.writer_error(error))
    }

    /// The summary of the report in `lang`, when its document is a report's.
    pub fn summary(&self, lang: Lang) -> Option<Summary> {
        self.report()
            .map(|report| summary::summarise(&report, lang))
    }

    /// The annotated copy of the workbook, as `att annotate --lang` writes it: a note on every
    /// flagged cell, in `lang`, and a first sheet listing every finding.
    pub fn annotated(&self, lang: Lang) -> Result<att_annotate::Annotated, ViewError> {
        let outcome = self.outcome()?;
        let refused = |refusal: Refusal| ViewError::Annotate {
            name: self.name.clone(),
            refusal,
        };
        if matches!(outcome.loaded.format, Format::Json | Format::Xml) {
            return Err(refused(Refusal::TextFile(outcome.loaded.format)));
        }
        let findings: Vec<att_annotate::Finding> = outcome
            .diagnostics
            .iter()
            .map(|diagnostic| att_annotate::Finding::from_diagnostic(diagnostic, lang))
            .collect();
        let options = att_annotate::Options {
            lang,
            ..att_annotate::Options::default()
        };
        att_annotate::annotate(&self.bytes, &findings, &options)
            .map_err(|error| refused(error.into()))
    }

    /// The cells of part of a sheet, for showing it as a grid.
    pub fn sheet(&self, sheet: &str, window: Window) -> Result<SheetWindow, ViewError> {
        let outcome = self.outcome()?;
        if !matches!(
            outcome.loaded.format,
            Format::Xlsx | Format::Xls | Format::Ods
        ) {
            return Err(ViewError::NoSheets {
                name: self.name.clone(),
            });
        }
        let sheets = self
            .grids
            .get_or_init(|| grid::read_sheets(&self.bytes, outcome.loaded.format))
            .as_ref()
            .map_err(|source| ViewError::Grid {
                name: self.name.clone(),
                source: source.clone(),
            })?;
        let cells = sheets
            .iter()
            .find(|cells| cells.name == sheet)
            .ok_or_else(|| ViewError::NoSuchSheet {
                name: self.name.clone(),
                sheet: sheet.to_owned(),
            })?;
        Ok(cells.window(window))
    }
}

/// The name of a format as the page shows it.
fn format_name(format: Format) -> &'static str {
    match format {
        Format::Json => "json",
        Format::Xml => "xml",
        Format::Xlsx => "xlsx",
        Format::Xls => "xls",
        Format::Ods => "ods",
    }
}
