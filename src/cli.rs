//! The command line, as clap parses it.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Convert, validate and template Arms Trade Treaty annual reports.
///
/// Reads reports as workbooks (.xlsx, .xlsm, .xls, .ods), XML or JSON, recognised from their
/// content. Exit status: 0 no errors (warnings allowed), 1 a report has errors, 2 att could not
/// do its job (unreadable file, bad arguments).
#[derive(Debug, Parser)]
#[command(name = "att", version, arg_required_else_help = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// When to colour the output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate reports and print their diagnostics.
    Validate(ValidateArgs),
    /// Convert a report to another format (default: the canonical JSON document).
    Convert(ConvertArgs),
    /// Print the JSON Schema of the canonical report (or of the diagnostics report).
    Schema(SchemaArgs),
    /// List the rules att checks: code, severity and what each flags (or one rule in full).
    Rules(RulesArgs),
    /// Write a report workbook: the blank template, or a report pre-filled in it.
    Template(TemplateArgs),
    /// Write a copy of a report workbook with a note on every flagged cell and a first sheet
    /// listing every finding.
    Annotate(AnnotateArgs),
    /// Print the completion script of a shell (bash, zsh, fish, powershell).
    Completions(CompletionsArgs),
    /// Print the manual page of att (roff, for `man`).
    Man(ManArgs),
    /// What changed between two reports of one State: a resubmission, or last year's report.
    Compare(CompareArgs),
    /// Every flow of a set of reports, the exporter's figures beside the importer's.
    Mirror(MirrorArgs),
    /// Every entry of every report as one flat row, for analysts (CSV or a workbook).
    Export(ExportArgs),
}

/// Output formats of `att compare` and `att mirror`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Text for people.
    Human,
    /// JSON, for programs.
    Json,
    /// CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to keep accents).
    Csv,
    /// A standalone HTML page.
    Html,
}

/// Arguments of `att compare`.
#[derive(Debug, clap::Args)]
pub struct CompareArgs {
    /// The earlier report (the first submission, or last year's).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The later report.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Human)]
    pub format: TableFormat,
    /// Language of the text (default: from ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Settings: limits and severities (default: att.toml in the working directory, when
    /// there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `att mirror`.
#[derive(Debug, clap::Args)]
pub struct MirrorArgs {
    /// Report files, or folders of reports (any format, mixed).
    #[arg(required = true, value_name = "REPORT")]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Human)]
    pub format: TableFormat,
    /// Language of the text (default: from ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Settings: limits (default: att.toml in the working directory, when there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Formats `att export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// CSV, UTF-8 with a byte-order mark so that Excel and LibreOffice keep accents.
    Csv,
    /// A workbook with a header row, filters and frozen panes.
    Xlsx,
}

/// Arguments of `att export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Report files, or folders of reports (any format, mixed).
    #[arg(required = true, value_name = "REPORT")]
    pub inputs: Vec<PathBuf>,
    /// The format to write.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub to: ExportFormat,
    /// The file to write; standard output when it is not a terminal (or for CSV).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Settings: limits (default: att.toml in the working directory, when there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `att completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete att in.
    #[arg(value_enum)]
    pub shell: Shell,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Shells `att completions` writes scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell.
    Powershell,
}

/// Arguments of `att man`.
#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Language of the page (default: from ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Write to this file (att.1) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Arguments of `att annotate`.
#[derive(Debug, clap::Args)]
pub struct AnnotateArgs {
    /// The workbook to annotate (.xlsx or .xlsm; `-` reads standard input). An .xls or .ods
    /// workbook is refused: save it as .xlsx first.
    #[arg(value_name = "REPORT")]
    pub input: PathBuf,
    /// The annotated copy to write: .xlsx, or .xlsm for a macro-enabled workbook.
    #[arg(short, long, value_name = "FILE", required = true)]
    pub output: PathBuf,
    /// Language of the notes and the findings sheet (default: the report's language, else
    /// ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Show the notes always, as for printing the copy, instead of when the pointer is over
    /// the cell.
    #[arg(long)]
    pub show_notes: bool,
    /// Severity configuration (default: att.toml in the working directory, when there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `att template`.
#[derive(Debug, clap::Args)]
pub struct TemplateArgs {
    /// Language of the workbook (default: the --from report's language, else ATT_LANG or the
    /// locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Fill the workbook with this report: JSON, XML or any workbook, such as last year's
    /// report or a national layout (`-` reads standard input).
    #[arg(long, value_name = "REPORT")]
    pub from: Option<PathBuf>,
    /// The workbook to write (.xlsx); standard output when it is not a terminal.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Settings: limits on the --from report (default: att.toml in the working directory, when
    /// there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `att rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Show this rule in full, by code or name (ATT0232, items-zero).
    #[arg(value_name = "RULE")]
    pub rule: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Human)]
    pub format: RulesFormat,
    /// Language of the descriptions (default: from ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Severity configuration to show the severities of (default: att.toml in the working
    /// directory, when there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `att rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One line per rule, for people.
    Human,
    /// The catalogue as JSON.
    Json,
    /// The catalogue as Markdown: `docs/rules.md`.
    Markdown,
}

/// Arguments of `att validate`.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// Report files, or folders of reports, to validate (folders are searched for .xlsx, .xlsm,
    /// .xls, .ods, .xml and .json files; `-` reads standard input). Files are validated in
    /// parallel, with a progress bar on a terminal.
    #[arg(required = true, value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// Output format of the diagnostics.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Language of the messages (default: from ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Write the diagnostics to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Severity configuration (default: att.toml in the working directory, when there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Show only errors, unreadable files and the summaries of files with errors.
    #[arg(short, long)]
    pub quiet: bool,
    /// Show only the findings of this severity or more severe (the summaries count them all).
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = MinSeverity::Info)]
    pub min_severity: MinSeverity,
    /// Instead of a line per finding, show how many findings each rule reported.
    #[arg(long)]
    pub statistics: bool,
    /// In folders, validate only the files whose path matches this glob (`*.xlsx`,
    /// `2023/**`); may be given several times.
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// In folders, leave out the files whose path matches this glob (`**/drafts/**`); may be
    /// given several times.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Do not compare the reports with each other (the mirror, duplicate and year-on-year
    /// checks that run when several reports are given).
    #[arg(long)]
    pub no_corpus: bool,
}

/// The least severity `att validate` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinSeverity {
    /// Errors only.
    Error,
    /// Errors and warnings.
    Warning,
    /// Every finding.
    Info,
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// When writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always, even into a file or a pipe.
    Always,
    /// Never.
    Never,
}

/// Arguments of `att convert`.
#[derive(Debug, clap::Args)]
pub struct ConvertArgs {
    /// The report to convert (`-` reads standard input).
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// The format to write.
    #[arg(long, value_enum, default_value_t = Target::Json)]
    pub to: Target,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Language of the diagnostics printed on standard error, and of the workbook written with
    /// --to xlsx (default: the report's language, else ATT_LANG or the locale, else English).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Severity configuration (default: att.toml in the working directory, when there is one).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// Arguments of `att schema`.
#[derive(Debug, clap::Args)]
pub struct SchemaArgs {
    /// Print the schema of `att validate --format json` output instead of the report's.
    #[arg(long)]
    pub diagnostics: bool,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Output formats of `att validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Compiler-style lines for people.
    Human,
    /// The diagnostics report as JSON.
    Json,
    /// SARIF 2.1.0, for CI systems and code scanning.
    Sarif,
    /// A static HTML page to share: each report's summary and its findings by severity and
    /// rule, readable without scripts.
    Html,
}

/// Formats `att convert` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// The canonical JSON document.
    Json,
    /// The XML encoding of the report (docs/xml.md).
    Xml,
    /// A report workbook (docs/templates.md), in the language of --lang, else the report's.
    Xlsx,
}

/// Message languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
}
