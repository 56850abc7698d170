//! `att`: convert, validate and template Arms Trade Treaty annual reports.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cli;
mod color;
mod commands;
mod error;
mod guard;
mod input;
mod inputs;
mod lang;
mod output;
mod skipped;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    guard::install();
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(status) => status.into(),
        Err(error) => {
            anstream::eprintln!("att: {error}");
            commands::Status::Failure.into()
        }
    }
}
