//! `att template`: write a report workbook — the blank template, or a report pre-filled in it.

use super::Status;
use crate::cli::{LangArg, TemplateArgs};
use crate::error::{CliError, ConvertProblem};
use att_render::{FileResult, RenderOptions};
use att_schema::{Lang, Report};
use std::io::IsTerminal;
use std::path::Path;

pub fn run(args: &TemplateArgs) -> Result<Status, CliError> {
    refuse_terminal(args.output.as_deref())?;
    let settings = super::config::load(args.config.as_deref())?;
    let (bytes, inputs) = match &args.from {
        None => {
            let lang = crate::lang::choose(args.lang);
            let bytes = att_xlsx_writer::template(lang).map_err(CliError::Template)?;
            (bytes, Vec::new())
        }
        Some(from) => {
            let loaded = super::load(from, &settings.limits)?;
            let report = super::report_to_write(&loaded, from, "a workbook")?;
            let lang = workbook_language(args.lang, report);
            let bytes = write(report, lang).map_err(|problem| CliError::Convert {
                path: from.display().to_string(),
                format: "a workbook",
                problem,
            })?;
            let validator = att_validate::Validator::with_config(settings.rules);
            let diagnostics = att_core::check(&loaded, &validator);
            let name = from.display().to_string();
            print_findings(name, diagnostics, crate::lang::choose(args.lang));
            (bytes, vec![from.clone()])
        }
    };
    crate::output::write(args.output.as_deref(), &bytes, &inputs)?;
    Ok(Status::Clean)
}

/// Refuses to write a workbook to standard output when it is a terminal, where its bytes would
/// be garbage on the screen.
pub(super) fn refuse_terminal(output: Option<&Path>) -> Result<(), CliError> {
    if output.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal);
    }
    Ok(())
}

/// The language of a report's workbook: the one asked for with `--lang`, else the report's own
/// (when it is English, French or Spanish), else that of `ATT_LANG` or the locale.
pub(super) fn workbook_language(flag: Option<LangArg>, report: &Report) -> Lang {
    match (flag, att_xlsx_writer::report_language(report)) {
        (None, Some(lang)) => lang,
        _ => crate::lang::choose(flag),
    }
}

/// The workbook of `report` in `lang`.
pub(super) fn write(report: &Report, lang: Lang) -> Result<Vec<u8>, ConvertProblem> {
    Ok(att_xlsx_writer::write(
        report,
        &att_xlsx_writer::Options { lang },
    )?)
}

/// Prints on standard error what `att validate` says of the report the workbook is filled
/// from — the same findings and the same summary: cells the reader did not read are not in the
/// workbook either, and what the report lacks it lacks in the workbook too.
fn print_findings(path: String, diagnostics: Vec<att_schema::Diagnostic>, lang: Lang) {
    let color = crate::color::stderr();
    let result = FileResult {
        path,
        sha256: None,
        failure: None,
        diagnostics,
    };
    eprint!(
        "{}",
        att_render::human::render(&[result], RenderOptions { lang, color })
    );
}
