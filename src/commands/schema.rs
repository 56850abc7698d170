//! `att schema`: print the JSON Schema.

use super::Status;
use crate::cli::SchemaArgs;
use crate::error::CliError;
use att_schema::schema::{diagnostics_schema, report_schema, to_pretty_json};

pub fn run(args: &SchemaArgs) -> Result<Status, CliError> {
    let schema = if args.diagnostics {
        diagnostics_schema()
    } else {
        report_schema()
    };
    crate::output::write(
        args.output.as_deref(),
        to_pretty_json(&schema).as_bytes(),
        &[],
    )?;
    Ok(Status::Clean)
}
