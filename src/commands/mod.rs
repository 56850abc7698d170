//! One module per subcommand.

mod config;
mod convert;
mod rules;
mod schema;
mod template;
mod validate;

use crate::cli::{Cli, Command};
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

/// Runs the subcommand; an `Err` is a message for standard error and exit status 2.
pub fn run(cli: Cli) -> Result<Status, String> {
    match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Convert(args) => crate::guard::guarded(|| convert::run(&args))
            .unwrap_or_else(|failure| Err(format!("{}: {failure}", args.input.display()))),
        Command::Schema(args) => schema::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Template(args) => {
            crate::guard::guarded(|| template::run(&args)).unwrap_or_else(Err)
        }
    }
}
