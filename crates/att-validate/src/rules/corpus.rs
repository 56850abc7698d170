//! Checks that compare several reports (`checks.md` §C, codes `ATT0300`–`ATT0399`).
//!
//! A corpus check receives every report of a run — a folder or a list of files — each as its
//! path and its [`Digest`] (what the checks need of a report, taken from it once, so that the
//! reports themselves need not be kept), and attaches each finding to the report where the
//! user must look, naming the other report in a related place. The families are
//! [`mirror`](super::mirror) (A’s exports to B against B’s imports from A),
//! [`duplicate_submission`](super::duplicate_submission) (one State and year reported twice),
//! [`same_as_last_year`](super::same_as_last_year) and [`basis_changed`](super::basis_changed)
//! (this year against last year).

use crate::digest::{Digest, Place};
use att_schema::codes::State;
use att_schema::{Diagnostic, RelatedPlace};
use std::collections::HashMap;

/// One report of a corpus, as a corpus check sees it.
#[derive(Debug, Clone, Copy)]
pub struct CorpusMember<'a> {
    /// The path of the report as the user gave it.
    pub path: &'a str,
    /// What the checks need of the report.
    pub digest: &'a Digest,
}

impl CorpusMember<'_> {
    /// A related place in this report, for a finding in another.
    pub fn related(&self, place: &Place) -> RelatedPlace {
        RelatedPlace::new(self.path, place.pointer.clone(), place.location.clone())
    }
}

/// A finding of a corpus check, attached to one report of the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct CorpusFinding {
    /// The index of the report, in [`Corpus::members`], where the finding is placed.
    pub member: usize,
    /// The finding; its pointer is into that report's document.
    pub diagnostic: Diagnostic,
}

impl CorpusFinding {
    /// A finding of the report `member` at `place`.
    pub fn at(member: usize, diagnostic: Diagnostic, place: &Place) -> CorpusFinding {
        let mut diagnostic = diagnostic.at(place.pointer.clone());
        diagnostic.location = place.location.clone();
        CorpusFinding { member, diagnostic }
    }
}

/// Every report of a run, with the reports of each State and year found by index.
#[derive(Debug)]
pub struct Corpus<'a> {
    /// The reports, in the order given.
    pub members: Vec<CorpusMember<'a>>,
    by_state_year: HashMap<(&'static str, i64), Vec<usize>>,
}

impl<'a> Corpus<'a> {
    /// The corpus of `members`, in the order given.
    pub fn new(members: Vec<CorpusMember<'a>>) -> Self {
        let mut by_state_year: HashMap<(&'static str, i64), Vec<usize>> = HashMap::new();
        for (index, member) in members.iter().enumerate() {
            if let (Some(state), Some(year)) = (member.digest.state, member.digest.year) {
                by_state_year
                    .entry((state.alpha3, year))
                    .or_default()
                    .push(index);
            }
        }
        Corpus {
            members,
            by_state_year,
        }
    }

    /// The reports of `state` for `year`, in the order given.
    pub fn reports_of(&self, state: &'static State, year: i64) -> &[usize] {
        self.by_state_year
            .get(&(state.alpha3, year))
            .map_or(&[], Vec::as_slice)
    }

    /// The digest of the report `member`.
    pub fn digest(&self, member: usize) -> &'a Digest {
        self.members[member].digest
    }

    /// Every State and year with more than one report, each with its reports in the order
    /// given; sorted by State code and year.
    pub fn repeated(&self) -> Vec<&[usize]> {
        let mut repeated: Vec<(&(&'static str, i64), &Vec<usize>)> = self
            .by_state_year
            .iter()
            .filter(|(_, members)| members.len() > 1)
            .collect();
        repeated.sort_by_key(|(key, _)| **key);
        repeated
            .into_iter()
            .map(|(_, members)| members.as_slice())
            .collect()
    }
}

/// A check of several reports: reads the corpus, adds its findings. A family of corpus rules
/// registers one as its [`Check::Corpus`](super::Check::Corpus).
pub type CorpusCheck = fn(&Corpus<'_>, &mut Vec<CorpusFinding>);
