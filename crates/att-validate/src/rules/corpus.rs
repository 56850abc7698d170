//! Checks that compare several reports (`checks.md` §C, codes `ATT0300`–`ATT0399`).
//!
//! A corpus check receives every report of a run — a folder or a list of files — with its path,
//! its typed report and its source map, and attaches each finding to the report
//! where the user must look. The mirror checks of §C (A’s exports to B against B’s imports from
//! A), the comparison with last year’s report and the detection of the same State and year
//! reported twice are added here as [`CorpusCheck`]s.

use att_schema::{Diagnostic, Report, SourceMap};

/// One report of a corpus, as a corpus check sees it.
#[derive(Debug)]
pub struct CorpusMember<'a> {
    /// The path of the report as the user gave it.
    pub path: &'a str,
    /// The report, as its reader typed it.
    pub report: &'a Report,
    /// Where each part of the report is in the user's file, when known.
    pub source_map: Option<&'a SourceMap>,
}

/// A finding of a corpus check, attached to one report of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct CorpusFinding {
    /// The index of the report, in [`Corpus::members`], where the finding is placed.
    pub member: usize,
    /// The finding; its pointer is into that report's document.
    pub diagnostic: Diagnostic,
}

/// Every report of a run.
#[derive(Debug)]
pub struct Corpus<'a> {
    /// The reports, in the order given.
    pub members: Vec<CorpusMember<'a>>,
}

/// A check of several reports: reads the corpus, adds its findings. A family of corpus rules
/// registers one as its [`Check::Corpus`](super::Check::Corpus).
pub type CorpusCheck = fn(&Corpus<'_>, &mut Vec<CorpusFinding>);
