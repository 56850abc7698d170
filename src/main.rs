//! `att`: convert, validate and template Arms Trade Treaty annual reports.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args_error;
mod cli;
mod color;
mod commands;
mod error;
mod guard;
mod help;
mod input;
mod inputs;
mod lang;
mod messages;
mod output;
mod skipped;

use clap::FromArgMatches;
use std::process::ExitCode;

fn main() -> ExitCode {
    guard::install();
    let arguments: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = lang::from_arguments(&arguments);
    let parsed = help::command(lang)
        .try_get_matches_from(&arguments)
        .and_then(|matches| cli::Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) if args_error::is_help_or_version(&error) => error.exit(),
        Err(error) => {
            let subcommand = arguments
                .iter()
                .skip(1)
                .filter_map(|word| word.to_str())
                .find(|word| !word.starts_with('-'));
            let known = subcommand.filter(|name| {
                help::command(lang)
                    .get_subcommands()
                    .any(|sub| sub.get_name() == *name)
            });
            anstream::eprint!("{}", args_error::message(&error, lang, known));
            return commands::Status::Failure.into();
        }
    };
    match commands::run(cli, lang) {
        Ok(status) => status.into(),
        Err(error) => {
            anstream::eprintln!("att: {}", messages::Say::say(&error, lang));
            commands::Status::Failure.into()
        }
    }
}
