//! `att completions SHELL`: the shell's completion script, generated from the parser's own
//! definitions.

use super::Status;
use crate::cli::{CompletionsArgs, Shell};
use crate::error::CliError;

pub fn run(args: &CompletionsArgs, mut command: clap::Command) -> Result<Status, CliError> {
    let shell = match args.shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "att", &mut script);
    crate::output::write(args.output.as_deref(), &script, &[])?;
    Ok(Status::Clean)
}
