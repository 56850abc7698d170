//! `att man`: the manual page, generated from the parser's own definitions: the command, then
//! a section per subcommand with its synopsis and options.

use super::Status;
use crate::cli::ManArgs;
use crate::error::{CliError, OutputError};
use std::io::Write;

pub fn run(args: &ManArgs, command: clap::Command) -> Result<Status, CliError> {
    let mut page = Vec::new();
    render(command, &mut page).map_err(OutputError::Stdout)?;
    let inputs = [];
    crate::output::write(args.output.as_deref(), &page, &inputs)?;
    Ok(Status::Clean)
}

/// The page of `command` in roff.
fn render(mut command: clap::Command, out: &mut Vec<u8>) -> std::io::Result<()> {
    command.build();
    let man = clap_mangen::Man::new(command.clone());
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    man.render_subcommands_section(out)?;
    for sub in command
        .get_subcommands()
        .filter(|sub| sub.get_name() != "help")
    {
        let name = format!("att {}", sub.get_name());
        writeln!(out, ".SH \"{}\"", name.to_uppercase())?;
        let sub = sub
            .clone()
            .name(name)
            .bin_name(format!("att {}", sub.get_name()));
        let man = clap_mangen::Man::new(sub);
        man.render_description_section(out)?;
        man.render_synopsis_section(out)?;
        man.render_options_section(out)?;
    }
    man.render_version_section(out)?;
    Ok(())
}
