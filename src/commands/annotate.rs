//! `att annotate`: a copy of the official's own workbook with a note on every flagged cell,
//! the cell filled by severity, and a first sheet listing every finding (att-annotate).

use super::Status;
use crate::cli::AnnotateArgs;
use crate::error::{AnnotateProblem, CliError};
use att_annotate::{Finding, Options};
use att_schema::{Counts, Format, Lang, Severity};
use att_validate::Validator;
use std::path::Path;

pub fn run(args: &AnnotateArgs) -> Result<Status, CliError> {
    let settings = super::config::load(args.config.as_deref())?;
    let limits = settings.limits;
    let shown = args.input.display().to_string();
    let annotate_error = |problem: AnnotateProblem| CliError::Annotate {
        path: shown.clone(),
        problem,
    };
    let input = crate::input::read(&args.input, limits.max_input_bytes).map_err(|source| {
        CliError::Input {
            path: shown.clone(),
            source,
        }
    })?;
    let loaded = att_core::load(&input, &limits).map_err(|source| CliError::Load {
        path: shown.clone(),
        source,
    })?;
    if matches!(loaded.format, Format::Json | Format::Xml) {
        return Err(annotate_error(AnnotateProblem::NotAWorkbook(loaded.format)));
    }
    let lang = notes_language(args, &loaded);
    let diagnostics = att_core::check(&loaded, &Validator::with_config(settings.rules));
    let findings: Vec<Finding> = diagnostics
        .iter()
        .map(|diagnostic| Finding::from_diagnostic(diagnostic, lang))
        .collect();
    let options = Options {
        lang,
        show_notes: args.show_notes,
        ..Options::default()
    };
    let annotated = att_annotate::annotate(&input, &findings, &options)
        .map_err(|source| annotate_error(AnnotateProblem::Refused(source)))?;
    check_extension(&shown, &args.output, annotated.extension)?;
    crate::output::write(
        Some(&args.output),
        &annotated.bytes,
        std::slice::from_ref(&args.input),
    )?;
    let counts = Counts::of(diagnostics.iter().map(|d| d.severity));
    eprintln!(
        "{}: {}",
        args.output.display(),
        noted(annotated.noted_cells, counts, lang)
    );
    Ok(
        if diagnostics.iter().any(|d| d.severity == Severity::Error) {
            Status::ReportErrors
        } else {
            Status::Clean
        },
    )
}

/// The language of the notes and the findings sheet: `--lang`, else the report's own (the
/// copy is the official's workbook), else that of `ATT_LANG` or the locale.
fn notes_language(args: &AnnotateArgs, loaded: &att_core::Loaded) -> Lang {
    if args.lang.is_none()
        && loaded.untyped().is_empty()
        && let Some(lang) = att_xlsx_writer::report_language(&loaded.report)
    {
        return lang;
    }
    crate::lang::choose(args.lang)
}

/// Refuses an output whose extension is not the one the copy's type needs: Excel refuses to
/// open a macro-enabled workbook named `.xlsx`, or an ordinary one named `.xlsm`.
fn check_extension(path: &str, output: &Path, needed: &'static str) -> Result<(), CliError> {
    let given = output
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    if given.as_deref() == Some(needed) {
        return Ok(());
    }
    Err(CliError::AnnotatedExtension {
        path: path.to_owned(),
        output: output.to_path_buf(),
        needed,
    })
}

/// "12 cells noted (3 errors, 1 warning, 0 info)" in `lang`.
fn noted(cells: usize, counts: Counts, lang: Lang) -> String {
    let words = match (cells == 1, lang) {
        (true, Lang::En) => "cell noted",
        (false, Lang::En) => "cells noted",
        (true, Lang::Fr) => "cellule annotée",
        (false, Lang::Fr) => "cellules annotées",
        (true, Lang::Es) => "celda anotada",
        (false, Lang::Es) => "celdas anotadas",
    };
    format!(
        "{cells} {words} ({})",
        att_render::human::summarise(counts, lang)
    )
}
