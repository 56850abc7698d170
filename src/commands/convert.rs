//! `att convert`: read a report and write it in another format.

use super::Status;
use crate::cli::{ConvertArgs, Target};
use att_render::{FileResult, RenderOptions};
use att_schema::{Report, Severity};
use serde::Deserialize;
use serde_json::Value;
use std::io::IsTerminal;

pub fn run(args: &ConvertArgs) -> Result<Status, String> {
    let lang = crate::lang::choose(args.lang);
    let settings = super::config::load(args.config.as_deref())?;
    let limits = settings.limits;
    let name = args.input.display().to_string();
    let input = crate::input::read(&args.input, limits.max_input_bytes)
        .map_err(|failure| format!("{name}: {failure}"))?;
    let loaded = att_core::load(&input, &limits).map_err(|error| format!("{name}: {error}"))?;
    let diagnostics = att_core::check(
        &loaded,
        &att_validate::Validator::with_config(settings.rules),
    );
    let bytes = match args.to {
        Target::Json => normalised_json(&loaded.document),
        Target::Xml => xml(&loaded.document).map_err(|failure| format!("{name}: {failure}"))?,
        Target::Xlsx => {
            super::template::refuse_terminal(args.output.as_deref())?;
            let report = super::template::report(&loaded.document)
                .map_err(|failure| format!("{name}: {failure}"))?;
            let lang = super::template::workbook_language(args.lang, &report);
            super::template::write(&report, lang).map_err(|failure| format!("{name}: {failure}"))?
        }
    };
    crate::output::write(
        args.output.as_deref(),
        &bytes,
        std::slice::from_ref(&args.input),
    )?;
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    if !diagnostics.is_empty() {
        let color = std::io::stderr().is_terminal()
            && anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never;
        let result = FileResult {
            path: name,
            sha256: None,
            failure: None,
            diagnostics,
        };
        let text = att_render::human::render(&[result], RenderOptions { lang, color });
        eprint!("{text}");
    }
    Ok(if has_errors {
        Status::ReportErrors
    } else {
        Status::Clean
    })
}

/// The document in the canonical field order, without fields the format does not have;
/// as written when its structure is too far from the format to be typed.
fn normalised_json(document: &Value) -> Vec<u8> {
    let normalised = Report::deserialize(document)
        .ok()
        .and_then(|report| serde_json::to_value(report).ok())
        .unwrap_or_else(|| document.clone());
    let mut bytes = serde_json::to_vec_pretty(&normalised).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The report in its XML encoding; it needs a document whose structure is the report's.
fn xml(document: &Value) -> Result<Vec<u8>, String> {
    let report = Report::deserialize(document).map_err(|error| {
        format!("cannot be written as XML: its structure is not a report's ({error})")
    })?;
    att_xml::write(&report)
        .map(String::into_bytes)
        .map_err(|error| format!("cannot be written as XML: {error}"))
}
