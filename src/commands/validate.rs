//! `att validate`: read each input, validate it, print the diagnostics.

use super::Status;
use crate::cli::{OutputFormat, ValidateArgs};
use crate::error::CliError;
use crate::inputs::{Input, expand};
use att_render::{FileResult, RenderOptions};
use att_validate::Validator;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::io::IsTerminal;

pub fn run(args: &ValidateArgs) -> Result<Status, CliError> {
    let lang = crate::lang::choose(args.lang);
    let settings = super::config::load(args.config.as_deref())?;
    let limits = settings.limits;
    let validator = Validator::with_config(settings.rules);
    let inputs = expand(&args.inputs);
    let progress = progress_bar(inputs.len());
    let validated: Vec<(FileResult, Option<Compared>)> = inputs
        .par_iter()
        .map(|input| {
            let result = match input {
                Input::File(path) => {
                    crate::guard::guarded(|| validate_one(path, &limits, &validator))
                        .unwrap_or_else(|failure| {
                            let result = FileResult {
                                path: path.display().to_string(),
                                sha256: None,
                                failure: Some(failure.to_string()),
                                diagnostics: Vec::new(),
                            };
                            (result, None)
                        })
                }
                Input::EmptyFolder(path) => {
                    let result = FileResult {
                        path: path.display().to_string(),
                        sha256: None,
                        failure: Some(format!(
                            "is a folder with no report files in it (looked for {})",
                            "*.xlsx, *.xlsm, *.xls, *.ods, *.xml, *.json"
                        )),
                        diagnostics: Vec::new(),
                    };
                    (result, None)
                }
            };
            progress.inc(1);
            result
        })
        .collect();
    progress.finish_and_clear();
    let results = if args.no_corpus {
        validated.into_iter().map(|(result, _)| result).collect()
    } else {
        compare_reports(validated, &validator)
    };
    let status = results
        .iter()
        .map(|result| {
            if result.failure.is_some() {
                Status::Failure
            } else if result.is_valid() {
                Status::Clean
            } else {
                Status::ReportErrors
            }
        })
        .max()
        .unwrap_or(Status::Clean);
    let text = match args.format {
        OutputFormat::Human => {
            let color = args.output.is_none()
                && std::io::stdout().is_terminal()
                && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
            att_render::human::render(&results, RenderOptions { lang, color })
        }
        OutputFormat::Json => att_render::json::render(&results, lang, env!("CARGO_PKG_VERSION")),
        OutputFormat::Sarif => sarif(&results, &validator, lang),
    };
    crate::output::write(args.output.as_deref(), text.as_bytes(), &args.inputs)?;
    Ok(status)
}

/// A progress bar on standard error when it is a terminal and there are several inputs;
/// otherwise one that draws nothing.
fn progress_bar(inputs: usize) -> ProgressBar {
    if inputs < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(inputs as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} reports ({eta} left)") {
        bar.set_style(style);
    }
    bar
}

/// What the checks of several reports keep of one report once it is validated: its digest
/// (not the report), and its sheet order to sort their findings among its own.
struct Compared {
    digest: att_validate::Digest,
    sheet_order: Vec<String>,
}

/// Adds the findings of the checks that compare the reports with each other (`checks.md`
/// §C) to each report's own, in the order of their places, when more than one report could be
/// read.
fn compare_reports(
    validated: Vec<(FileResult, Option<Compared>)>,
    validator: &Validator,
) -> Vec<FileResult> {
    let readable = validated.iter().filter(|(_, c)| c.is_some()).count();
    if readable < 2 {
        return validated.into_iter().map(|(result, _)| result).collect();
    }
    let members: Vec<att_validate::CorpusMember<'_>> = validated
        .iter()
        .filter_map(|(result, compared)| {
            compared
                .as_ref()
                .map(|compared| att_validate::CorpusMember {
                    path: &result.path,
                    digest: &compared.digest,
                })
        })
        .collect();
    let mut findings = validator.validate_corpus(&members).into_iter();
    validated
        .into_iter()
        .map(|(mut result, compared)| {
            if let Some(compared) = compared {
                let found = findings.next().unwrap_or_default();
                if !found.is_empty() {
                    result.diagnostics.extend(found);
                    att_core::sort_by_place(&mut result.diagnostics, &compared.sheet_order);
                }
            }
            result
        })
        .collect()
}

fn validate_one(
    path: &std::path::Path,
    limits: &att_core::Limits,
    validator: &Validator,
) -> (FileResult, Option<Compared>) {
    let mut result = FileResult {
        path: path.display().to_string(),
        sha256: None,
        failure: None,
        diagnostics: Vec::new(),
    };
    let input = match crate::input::read(path, limits.max_input_bytes) {
        Ok(input) => input,
        Err(failure) => {
            result.failure = Some(failure.to_string());
            return (result, None);
        }
    };
    result.sha256 = Some(hex(&Sha256::digest(&input)));
    match att_core::load(&input, limits) {
        Ok(loaded) => {
            result.diagnostics = att_core::check(&loaded, validator);
            let compared = Compared {
                digest: att_validate::Digest::of_read(&loaded),
                sheet_order: loaded.sheet_order,
            };
            (result, Some(compared))
        }
        Err(error) => {
            result.failure = Some(error.to_string());
            (result, None)
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The run as a SARIF log, with every rule of the catalogue and the configured severities.
fn sarif(results: &[FileResult], validator: &Validator, lang: att_schema::Lang) -> String {
    let rules = att_core::catalogue::rules();
    let overrides: Vec<_> = validator
        .config()
        .iter()
        .filter_map(|(code, _)| rules.iter().find(|rule| rule.code == code))
        .map(|rule| (*rule, validator.config().severity(rule)))
        .collect();
    att_render::sarif::render(
        results,
        &att_render::sarif::SarifOptions {
            lang,
            tool_version: env!("CARGO_PKG_VERSION"),
            rules: &rules,
            overrides: &overrides,
        },
    )
}
