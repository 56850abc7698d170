//! Reading a set of reports for the commands that work on several (`att mirror`, `att
//! export`): files and folders expanded, read in parallel, each report handed to the command
//! as soon as it is read and dropped after, so that only what the command keeps of it stays
//! in memory.

use crate::error::CliError;
use crate::inputs::{Filter, Input, expand};
use crate::messages::Say;
use att_core::{Limits, Loaded};
use att_schema::Lang;
use rayon::prelude::*;
use std::path::PathBuf;

/// What a command kept of each report it could read, in the order of the inputs, and why the
/// others could not be read (each error names its input).
#[derive(Debug)]
pub struct ReadAll<T> {
    /// Each readable report's path as given, with what the command kept of it.
    pub reports: Vec<(String, T)>,
    /// One error per input that could not be read.
    pub failures: Vec<CliError>,
}

/// Reads every report of `paths` (folders expanded), keeping `keep(path, report)` of each.
pub fn read_all<T, F>(paths: &[PathBuf], limits: &Limits, keep: F) -> ReadAll<T>
where
    T: Send,
    F: Fn(&str, Loaded) -> T + Sync,
{
    read_inputs(&expand(paths, &Filter::default()).inputs, limits, keep)
}

/// Reads the reports of `inputs` (folders already expanded), keeping `keep(path, report)` of
/// each.
pub fn read_inputs<T, F>(inputs: &[Input], limits: &Limits, keep: F) -> ReadAll<T>
where
    T: Send,
    F: Fn(&str, Loaded) -> T + Sync,
{
    let results: Vec<Result<(String, T), CliError>> = inputs
        .par_iter()
        .map(|input| match input {
            Input::File(path) => {
                let shown = path.display().to_string();
                crate::guard::guarded(|| {
                    super::load(path, limits).map(|loaded| (shown.clone(), keep(&shown, loaded)))
                })
                .unwrap_or_else(|failure| {
                    Err(CliError::Panicked {
                        path: Some(shown.clone()),
                        failure,
                    })
                })
            }
            Input::EmptyFolder(path) => Err(CliError::EmptyFolder {
                path: path.display().to_string(),
            }),
        })
        .collect();
    let mut read = ReadAll {
        reports: Vec::with_capacity(results.len()),
        failures: Vec::new(),
    };
    for result in results {
        match result {
            Ok(report) => read.reports.push(report),
            Err(failure) => read.failures.push(failure),
        }
    }
    read
}

/// Prints each failure on standard error in `lang`; the status a command ends with when there
/// were any.
pub fn report_failures(failures: &[CliError], lang: Lang) -> super::Status {
    for failure in failures {
        anstream::eprintln!("att: {}", failure.say(lang));
    }
    if failures.is_empty() {
        super::Status::Clean
    } else {
        super::Status::Failure
    }
}
