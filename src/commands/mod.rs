//! One module per subcommand.

mod annotate;
mod compare;
mod completions;
mod config;
mod convert;
mod export;
mod man;
mod mirror;
mod reports;
mod rules;
mod schema;
mod table;
mod template;
mod validate;

use crate::cli::{Cli, Command};
use crate::error::CliError;
use std::process::ExitCode;

/// How a run ended, as the exit status says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// 0: no errors (warnings allowed).
    Clean,
    /// 1: a report has errors.
    ReportErrors,
    /// 2: att could not do its job.
    Failure,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(match status {
            Status::Clean => 0,
            Status::ReportErrors => 1,
            Status::Failure => 2,
        })
    }
}

/// Runs the subcommand; an `Err` is for standard error and exit status 2.
pub fn run(cli: Cli, lang: att_schema::Lang) -> Result<Status, CliError> {
    crate::color::choose(cli.color);
    match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Convert(args) => {
            crate::guard::guarded(|| convert::run(&args)).unwrap_or_else(|failure| {
                Err(CliError::Panicked {
                    path: Some(args.input.display().to_string()),
                    failure,
                })
            })
        }
        Command::Compare(args) => compare::run(&args),
        Command::Mirror(args) => mirror::run(&args),
        Command::Export(args) => export::run(&args, lang),
        Command::Schema(args) => schema::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Annotate(args) => {
            crate::guard::guarded(|| annotate::run(&args)).unwrap_or_else(|failure| {
                Err(CliError::Panicked {
                    path: Some(args.input.display().to_string()),
                    failure,
                })
            })
        }
        Command::Template(args) => {
            crate::guard::guarded(|| template::run(&args)).unwrap_or_else(|failure| {
                Err(CliError::Panicked {
                    path: None,
                    failure,
                })
            })
        }
        Command::Completions(args) => completions::run(&args, crate::help::command(lang)),
        Command::Man(args) => man::run(&args, crate::help::command(crate::lang::choose(args.lang))),
    }
}

/// Reads and loads the input `path`, within the size limit of `limits`.
pub(crate) fn load(
    path: &std::path::Path,
    limits: &att_core::Limits,
) -> Result<att_core::Loaded, CliError> {
    let shown = path.display().to_string();
    let input =
        crate::input::read(path, limits.max_input_bytes).map_err(|source| CliError::Input {
            path: shown.clone(),
            source,
        })?;
    att_core::load(&input, limits).map_err(|source| CliError::Load {
        path: shown,
        source,
    })
}

/// The typed report of `loaded`, to write as `format` (`XML`, `a workbook`); refused when a
/// part of its document could not be typed, which the format could not carry.
pub(crate) fn report_to_write<'l>(
    loaded: &'l att_core::Loaded,
    path: &std::path::Path,
    format: &'static str,
) -> Result<&'l att_schema::Report, CliError> {
    match loaded.untyped().first() {
        None => Ok(&loaded.report),
        Some(pointer) => Err(CliError::Convert {
            path: path.display().to_string(),
            format,
            problem: crate::error::ConvertProblem::NotAReport(pointer.clone()),
        }),
    }
}
