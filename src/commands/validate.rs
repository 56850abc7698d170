//! `att validate`: read each input, validate it, print the diagnostics.

use super::Status;
use crate::cli::{MinSeverity, OutputFormat, ValidateArgs};
use crate::error::CliError;
use crate::inputs::{Filter, Input, expand};
use crate::messages::Say;
use att_render::human::HumanOptions;
use att_render::summary::Summary;
use att_render::{FileResult, RenderOptions};
use att_schema::Severity;
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
    let filter = Filter::new(&args.include, &args.exclude)?;
    let expansion = expand(&args.inputs, &filter);
    if !args.quiet
        && let Some(line) = crate::skipped::line(&expansion.skipped, lang)
    {
        eprintln!("att: {line}");
    }
    let inputs = expansion.inputs;
    let progress = progress_bar(inputs.len(), lang);
    // Only the HTML report shows each report's summary.
    let summary_lang = (args.format == OutputFormat::Html).then_some(lang);
    // Only the checks across reports need each report's digest.
    let compare = !args.no_corpus && inputs.len() > 1;
    let validated: Vec<(FileResult, Option<Summary>, Option<Compared>)> = inputs
        .par_iter()
        .map(|input| {
            let result = match input {
                Input::File(path) => crate::guard::guarded(|| {
                    validate_one(path, &limits, &validator, lang, summary_lang, compare)
                })
                .unwrap_or_else(|failure| {
                    let result = FileResult {
                        path: path.display().to_string(),
                        sha256: None,
                        failure: Some(failure.say(lang)),
                        diagnostics: Vec::new(),
                    };
                    (result, None, None)
                }),
                Input::EmptyFolder(path) => {
                    let result = FileResult {
                        path: path.display().to_string(),
                        sha256: None,
                        failure: Some(empty_folder(lang)),
                        diagnostics: Vec::new(),
                    };
                    (result, None, None)
                }
            };
            progress.inc(1);
            result
        })
        .collect();
    progress.finish_and_clear();
    let (validated, summaries): (Vec<_>, Vec<_>) = validated
        .into_iter()
        .map(|(result, summary, compared)| ((result, compared), summary))
        .unzip();
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
            let color = crate::color::stdout(args.output.is_some());
            let options = HumanOptions {
                render: RenderOptions { lang, color },
                min_severity: match args.min_severity {
                    MinSeverity::Error => Severity::Error,
                    MinSeverity::Warning => Severity::Warning,
                    MinSeverity::Info => Severity::Info,
                },
                quiet: args.quiet,
                statistics: args.statistics,
            };
            att_render::human::render_with(&results, &options)
        }
        OutputFormat::Json => att_render::json::render(&results, lang, env!("CARGO_PKG_VERSION")),
        OutputFormat::Sarif => sarif(&results, &validator, lang),
        OutputFormat::Html => html(&results, &summaries, lang),
    };
    crate::output::write(args.output.as_deref(), text.as_bytes(), &args.inputs)?;
    Ok(status)
}

/// A progress bar on standard error when it is a terminal and there are several inputs;
/// otherwise one that draws nothing.
fn progress_bar(inputs: usize, lang: att_schema::Lang) -> ProgressBar {
    if inputs < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(inputs as u64), ProgressDrawTarget::stderr());
    let template = match lang {
        att_schema::Lang::En => "{bar:40} {pos}/{len} reports ({eta} left)",
        att_schema::Lang::Fr => "{bar:40} {pos}/{len} rapports (encore {eta})",
        att_schema::Lang::Es => "{bar:40} {pos}/{len} informes (faltan {eta})",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
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

/// Validates one file; with `summary_lang`, also summarises its report in that language when
/// its document is a report's; with `compare`, keeps what the checks across reports need.
fn validate_one(
    path: &std::path::Path,
    limits: &att_core::Limits,
    validator: &Validator,
    lang: att_schema::Lang,
    summary_lang: Option<att_schema::Lang>,
    compare: bool,
) -> (FileResult, Option<Summary>, Option<Compared>) {
    let mut result = FileResult {
        path: path.display().to_string(),
        sha256: None,
        failure: None,
        diagnostics: Vec::new(),
    };
    let input = match crate::input::read(path, limits.max_input_bytes) {
        Ok(input) => input,
        Err(failure) => {
            result.failure = Some(failure.say(lang));
            return (result, None, None);
        }
    };
    result.sha256 = Some(hex(&Sha256::digest(&input)));
    match att_core::load(&input, limits) {
        Ok(loaded) => {
            result.diagnostics = att_core::check(&loaded, validator);
            let summary = summary_lang
                .filter(|_| loaded.untyped().is_empty())
                .map(|lang| att_render::summary::summarise(&loaded.report, lang));
            let compared = compare.then(|| Compared {
                digest: att_validate::Digest::of_read(&loaded),
                sheet_order: loaded.sheet_order,
            });
            (result, summary, compared)
        }
        Err(error) => {
            result.failure = Some(error.say(lang));
            (result, None, None)
        }
    }
}

/// The run as one static HTML page.
fn html(results: &[FileResult], summaries: &[Option<Summary>], lang: att_schema::Lang) -> String {
    let reports: Vec<_> = results
        .iter()
        .zip(summaries)
        .map(|(file, summary)| att_render::html::HtmlReport {
            file,
            summary: summary.as_ref(),
        })
        .collect();
    att_render::html::render(
        &reports,
        &att_render::html::HtmlOptions {
            lang,
            tool_version: env!("CARGO_PKG_VERSION"),
        },
    )
}

/// Why a folder given holds nothing to validate, naming the files looked for.
fn empty_folder(lang: att_schema::Lang) -> String {
    crate::messages::empty_folder(lang)
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
    let root = std::env::current_dir().ok();
    att_render::sarif::render(
        results,
        &att_render::sarif::SarifOptions {
            lang,
            tool_version: env!("CARGO_PKG_VERSION"),
            rules: &rules,
            overrides: &overrides,
            source_root: root.as_deref(),
        },
    )
}
