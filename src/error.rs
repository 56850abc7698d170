//! Why a command could not do its job: one typed error per cause, which `main` prints after
//! `att: ` and turns into exit status 2.

use std::path::PathBuf;

/// Why a command could not do its job.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// An input file could not be read.
    #[error("{path}: {source}")]
    Input {
        /// The path as given.
        path: String,
        /// Why.
        source: InputError,
    },
    /// An input could be read but is none of the formats, or its reader refused it.
    #[error("{path}: {source}")]
    Load {
        /// The path as given.
        path: String,
        /// Why.
        source: att_core::LoadError,
    },
    /// The report of an input cannot be written in the format asked for.
    #[error("{path}: cannot be written as {format}: {problem}")]
    Convert {
        /// The path of the input, as given.
        path: String,
        /// `XML` or `a workbook`.
        format: &'static str,
        /// Why.
        problem: ConvertProblem,
    },
    /// The blank template could not be written.
    #[error(transparent)]
    Template(att_xlsx_writer::WriteError),
    /// A workbook was to be written to a terminal.
    #[error(
        "a workbook is a binary file and standard output is a terminal: name the file to write with -o (att template -o report.xlsx), or redirect standard output to a file"
    )]
    BinaryToTerminal,
    /// `att rules RULE` names no rule.
    #[error("no rule has the code or name “{0}”; `att rules` lists them all")]
    UnknownRule(String),
    /// A glob of `--include` or `--exclude` is not valid.
    #[error("not a valid glob: {0}")]
    Glob(#[from] crate::inputs::GlobError),
    /// The settings file could not be used.
    #[error(transparent)]
    Settings(#[from] SettingsError),
    /// The output could not be written.
    #[error(transparent)]
    Output(#[from] OutputError),
    /// A report could not be annotated; nothing was written.
    #[error("{path}: cannot be annotated: {problem}")]
    Annotate {
        /// The path of the input, as given.
        path: String,
        /// Why.
        problem: AnnotateProblem,
    },
    /// The annotated copy's type needs another file extension than the output's.
    #[error(
        "{path}: its annotated copy is an .{needed} workbook, which Excel opens only under that extension: name the output .{needed} (not {})",
        output.display()
    )]
    AnnotatedExtension {
        /// The path of the input, as given.
        path: String,
        /// The output as given.
        output: PathBuf,
        /// The extension the copy needs (`xlsx`, `xlsm`…).
        needed: &'static str,
    },
    /// A folder given holds no report files.
    #[error(
        "{path}: is a folder with no report files in it (looked for {})",
        crate::inputs::looked_for()
    )]
    EmptyFolder {
        /// The folder, as given.
        path: String,
    },
    /// A table (CSV, workbook) could not be written.
    #[error("the table could not be written: {0}")]
    Table(#[from] TableProblem),
    /// att failed on an input: a panic, caught.
    #[error("{}{failure}", path.as_ref().map(|path| format!("{path}: ")).unwrap_or_default())]
    Panicked {
        /// The input it failed on, when the command names one in its messages.
        path: Option<String>,
        /// What happened.
        failure: Panicked,
    },
}

/// Why an input file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// Standard input could not be read.
    #[error("cannot read standard input: {0}")]
    Stdin(std::io::Error),
    /// Standard input holds more than the limit.
    #[error("standard input is larger than the limit of {limit} bytes")]
    StdinTooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The path names a folder.
    #[error("is a folder, not a file")]
    Folder,
    /// The file is larger than the limit.
    #[error("the file is {size} bytes, more than the limit of {limit} bytes")]
    TooLarge {
        /// The file's size, in bytes.
        size: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// The file could not be read.
    #[error("{}", describe_io(.0))]
    Io(std::io::Error),
}

/// Why the report of an input cannot be written in another format.
#[derive(Debug, thiserror::Error)]
pub enum ConvertProblem {
    /// The input holds values of a kind the format does not have there (JSON only).
    #[error("its structure is not a report's ({})", describe_untyped(.0))]
    NotAReport(String),
    /// The XML writer refused the report.
    #[error(transparent)]
    Xml(#[from] att_xml::WriteError),
    /// The workbook writer refused the report.
    #[error(transparent)]
    Workbook(#[from] att_xlsx_writer::WriteError),
}

/// Why a table (CSV, workbook) could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TableProblem {
    /// The CSV writer failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// The workbook writer failed.
    #[error(transparent)]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    /// More rows than a worksheet holds.
    #[error("more than 1,048,575 rows, the most a worksheet holds: export to CSV instead")]
    TooManyRows,
}

/// Why a report could not be annotated.
#[derive(Debug, thiserror::Error)]
pub enum AnnotateProblem {
    /// The report is a text file (JSON, XML), which has no cells to annotate.
    #[error(
        "it is {} and has no cells to note; `att validate` gives its findings by line and column",
        describe_text_format(*.0)
    )]
    NotAWorkbook(att_schema::Format),
    /// att-annotate refused the workbook: an .xls or .ods workbook (which cannot be
    /// annotated in place), a damaged or encrypted one.
    #[error(transparent)]
    Refused(att_annotate::AnnotateError),
}

fn describe_text_format(format: att_schema::Format) -> &'static str {
    match format {
        att_schema::Format::Xml => "an XML file",
        att_schema::Format::Json => "a JSON file",
        other => other.describe(),
    }
}

/// Why the settings file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    /// It could not be read.
    #[error("{path}: {}", describe_io(.source))]
    Read {
        /// The path as given.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// It is not valid settings: the error names the file, line and column.
    #[error(transparent)]
    Invalid(#[from] att_validate::ConfigError),
}

/// Why the output could not be written; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// Standard output could not be written.
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    /// The output would replace an input.
    #[error("{}: refusing to write over an input file", .0.display())]
    OverwritesInput(PathBuf),
    /// No temporary file could be made beside the output.
    #[error("{}: cannot write here: {}", path.display(), describe_io(source))]
    Place {
        /// The output's path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The output could not be written or put in place.
    #[error("{}: cannot write: {}", path.display(), describe_io(source))]
    Write {
        /// The output's path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// A panic caught while att worked on an input (the pipeline's, said alike by the page).
pub use att_core::Panicked;

/// An I/O error in plain words.
pub fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied: the file cannot be read".to_owned()
        }
        std::io::ErrorKind::IsADirectory => "is a folder, not a file".to_owned(),
        _ => format!("the file cannot be read: {error}"),
    }
}

/// The first place of an input whose value the report could not hold, in words.
fn describe_untyped(pointer: &str) -> String {
    if pointer.is_empty() {
        "the document is not a group of fields".to_owned()
    } else {
        format!("the value at {pointer} is not of the kind the format has there")
    }
}
