//! `att convert`: read a report and write it in another format.

use super::Status;
use crate::cli::{ConvertArgs, Target};
use crate::error::{CliError, ConvertProblem};
use att_render::{FileResult, RenderOptions};
use att_schema::Severity;

pub fn run(args: &ConvertArgs) -> Result<Status, CliError> {
    let lang = crate::lang::choose(args.lang);
    let settings = super::config::load(args.config.as_deref())?;
    let loaded = super::load(&args.input, &settings.limits)?;
    let diagnostics = att_core::check(
        &loaded,
        &att_validate::Validator::with_config(settings.rules),
    );
    let name = args.input.display().to_string();
    let failed = |format: &'static str| {
        let name = name.clone();
        move |problem: ConvertProblem| CliError::Convert {
            path: name,
            format,
            problem,
        }
    };
    let bytes = match args.to {
        Target::Json => normalised_json(&loaded),
        Target::Xml => {
            let report = super::report_to_write(&loaded, &args.input, "XML")?;
            att_xml::write(report)
                .map(String::into_bytes)
                .map_err(|error| failed("XML")(error.into()))?
        }
        Target::Xlsx => {
            super::template::refuse_terminal(args.output.as_deref())?;
            let report = super::report_to_write(&loaded, &args.input, "a workbook")?;
            let lang = super::template::workbook_language(args.lang, report);
            super::template::write(report, lang).map_err(failed("a workbook"))?
        }
    };
    crate::output::write(
        args.output.as_deref(),
        &bytes,
        std::slice::from_ref(&args.input),
    )?;
    let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    if !diagnostics.is_empty() {
        let color = crate::color::stderr();
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

/// The report in the canonical field order, without fields the format does not have; the
/// document as written when a part of it could not be typed.
fn normalised_json(loaded: &att_core::Loaded) -> Vec<u8> {
    let mut bytes = match loaded.tree() {
        _ if loaded.untyped().is_empty() => serde_json::to_vec_pretty(&loaded.report),
        // Written out as it is held, without making a `serde_json::Value` of it.
        Some(tree) => serde_json::to_vec_pretty(tree),
        None => serde_json::to_vec_pretty(&*loaded.document()),
    }
    .unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
