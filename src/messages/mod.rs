//! What att says when it cannot do its job, in the language of the messages: each typed error
//! of the command line mapped to its words in English, French and Spanish. The errors of the
//! readers, writers, settings and annotation it calls say themselves ([`att_schema::say`]),
//! beside their types in their crates, so that the offline page says them alike.

use crate::error::{
    AnnotateProblem, CliError, ConvertProblem, InputError, OutputError, SettingsError, TableProblem,
};
use crate::inputs::GlobError;
use att_schema::Lang;
use std::path::Path;

use att_schema::say;
pub use att_schema::say::{Say, colon, quote};

impl Say for CliError {
    fn say(&self, lang: Lang) -> String {
        let c = colon(lang);
        match self {
            CliError::Input { path, source } => format!("{path}{c}{}", source.say(lang)),
            CliError::Load { path, source } => format!("{path}{c}{}", source.say(lang)),
            CliError::Convert {
                path,
                format,
                problem,
            } => {
                let problem = problem.say(lang);
                match (*format, lang) {
                    ("XML", _) => say!(
                        lang,
                        "{path}: cannot be written as XML: {problem}",
                        "{path}\u{a0}: ne peut pas être écrit en XML\u{a0}: {problem}",
                        "{path}: no se puede escribir en XML: {problem}",
                    ),
                    _ => say!(
                        lang,
                        "{path}: cannot be written as a workbook: {problem}",
                        "{path}\u{a0}: ne peut pas être écrit en classeur\u{a0}: {problem}",
                        "{path}: no se puede escribir como libro de cálculo: {problem}",
                    ),
                }
            }
            CliError::Template(error) => error.say(lang),
            CliError::BinaryToTerminal => say!(
                lang,
                "a workbook is a binary file and standard output is a terminal: name the file to write with -o (att template -o report.xlsx), or redirect standard output to a file",
                "un classeur est un fichier binaire et la sortie standard est un terminal\u{a0}: nommez le fichier à écrire avec -o (att template -o rapport.xlsx), ou redirigez la sortie standard vers un fichier",
                "un libro de cálculo es un archivo binario y la salida estándar es una terminal: indique el archivo que escribir con -o (att template -o informe.xlsx) o redirija la salida estándar a un archivo",
            ),
            CliError::UnknownRule(rule) => {
                let rule = quote(rule, lang);
                say!(
                    lang,
                    "no rule has the code or name {rule}; `att rules` lists them all",
                    "aucune règle n’a le code ou le nom {rule}\u{a0}; `att rules` les liste toutes",
                    "ninguna regla tiene el código o el nombre {rule}; `att rules` las enumera todas",
                )
            }
            CliError::Annotate { path, problem } => {
                let problem = match problem {
                    AnnotateProblem::NotAWorkbook(format) => {
                        let what = match (format, lang) {
                            (att_schema::Format::Xml, Lang::En) => "an XML file",
                            (att_schema::Format::Xml, Lang::Fr) => "un fichier XML",
                            (att_schema::Format::Xml, Lang::Es) => "un archivo XML",
                            (_, Lang::En) => "a JSON file",
                            (_, Lang::Fr) => "un fichier JSON",
                            (_, Lang::Es) => "un archivo JSON",
                        };
                        say!(
                            lang,
                            "it is {what} and has no cells to note; `att validate` gives its findings by line and column",
                            "c’est {what}, sans cellules à annoter\u{a0}; `att validate` donne ses constats par ligne et colonne",
                            "es {what} y no tiene celdas que anotar; `att validate` da sus hallazgos por línea y columna",
                        )
                    }
                    AnnotateProblem::Refused(error) => error.say(lang),
                };
                say!(
                    lang,
                    "{path}: cannot be annotated: {problem}",
                    "{path}\u{a0}: ne peut pas être annoté\u{a0}: {problem}",
                    "{path}: no se puede anotar: {problem}",
                )
            }
            CliError::AnnotatedExtension {
                path,
                output,
                needed,
            } => {
                let output = output.display();
                say!(
                    lang,
                    "{path}: its annotated copy is an .{needed} workbook, which Excel opens only under that extension: name the output .{needed} (not {output})",
                    "{path}\u{a0}: sa copie annotée est un classeur .{needed}, qu’Excel n’ouvre que sous cette extension\u{a0}: nommez la sortie .{needed} (et non {output})",
                    "{path}: su copia anotada es un libro .{needed}, que Excel solo abre con esa extensión: nombre la salida .{needed} (no {output})",
                )
            }
            CliError::EmptyFolder { path } => format!("{path}{c}{}", empty_folder(lang)),
            CliError::Table(problem) => {
                let problem = match problem {
                    TableProblem::TooManyRows => say!(
                        lang,
                        "more than 1,048,575 rows, the most a worksheet holds: export to CSV instead",
                        "plus de 1\u{a0}048\u{a0}575\u{a0}lignes, le plus qu’une feuille puisse contenir\u{a0}: exportez plutôt en CSV",
                        "más de 1.048.575 filas, lo máximo que admite una hoja: exporte a CSV en su lugar",
                    ),
                    TableProblem::Csv(error) => error.to_string(),
                    TableProblem::Workbook(error) => error.to_string(),
                };
                say!(
                    lang,
                    "the table could not be written: {problem}",
                    "le tableau n’a pas pu être écrit\u{a0}: {problem}",
                    "no se pudo escribir la tabla: {problem}",
                )
            }
            CliError::Glob(error) => error.say(lang),
            CliError::Settings(error) => error.say(lang),
            CliError::Output(error) => error.say(lang),
            CliError::Panicked { path, failure } => match path {
                Some(path) => format!("{path}{c}{}", failure.say(lang)),
                None => failure.say(lang),
            },
        }
    }
}

impl Say for InputError {
    fn say(&self, lang: Lang) -> String {
        match self {
            InputError::Stdin(error) => {
                let error = error.to_string();
                say!(
                    lang,
                    "cannot read standard input: {error}",
                    "impossible de lire l’entrée standard\u{a0}: {error}",
                    "no se puede leer la entrada estándar: {error}",
                )
            }
            InputError::StdinTooLarge { limit } => say!(
                lang,
                "standard input is larger than the limit of {limit} bytes",
                "l’entrée standard dépasse la limite de {limit}\u{a0}octets",
                "la entrada estándar supera el límite de {limit} bytes",
            ),
            InputError::Folder => say!(
                lang,
                "is a folder, not a file",
                "est un dossier, pas un fichier",
                "es una carpeta, no un archivo",
            ),
            InputError::TooLarge { size, limit } => too_large(*size, *limit, lang),
            InputError::Io(error) => read_failure(error, lang),
        }
    }
}

/// Why a folder given holds nothing to read, naming the files looked for.
pub(crate) fn empty_folder(lang: Lang) -> String {
    let looked_for = crate::inputs::looked_for();
    say!(
        lang,
        "is a folder with no report files in it (looked for {looked_for})",
        "est un dossier sans fichier de rapport (fichiers cherchés\u{a0}: {looked_for})",
        "es una carpeta sin archivos de informe (se buscaron {looked_for})",
    )
}

fn too_large(size: u64, limit: u64, lang: Lang) -> String {
    att_core::messages::too_large(size, limit, lang)
}

/// Why a file could not be read, in plain words.
pub(crate) fn read_failure(error: &std::io::Error, lang: Lang) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => say!(
            lang,
            "no such file",
            "ce fichier n’existe pas",
            "este archivo no existe",
        ),
        std::io::ErrorKind::PermissionDenied => say!(
            lang,
            "permission denied: the file cannot be read",
            "permission refusée\u{a0}: le fichier ne peut pas être lu",
            "permiso denegado: el archivo no se puede leer",
        ),
        std::io::ErrorKind::IsADirectory => InputError::Folder.say(lang),
        _ => {
            let error = error.to_string();
            say!(
                lang,
                "the file cannot be read: {error}",
                "le fichier ne peut pas être lu\u{a0}: {error}",
                "el archivo no se puede leer: {error}",
            )
        }
    }
}

impl Say for OutputError {
    fn say(&self, lang: Lang) -> String {
        match self {
            OutputError::Stdout(error) => {
                let error = error.to_string();
                say!(
                    lang,
                    "cannot write to standard output: {error}",
                    "impossible d’écrire sur la sortie standard\u{a0}: {error}",
                    "no se puede escribir en la salida estándar: {error}",
                )
            }
            OutputError::OverwritesInput(path) => {
                let path = path.display();
                say!(
                    lang,
                    "{path}: refusing to write over an input file",
                    "{path}\u{a0}: refus d’écrire par-dessus un fichier d’entrée",
                    "{path}: se rechaza escribir sobre un archivo de entrada",
                )
            }
            OutputError::Place { path, source } => {
                let shown = path.display();
                match source.kind() {
                    std::io::ErrorKind::NotFound => {
                        let folder = folder_of(path);
                        say!(
                            lang,
                            "{shown}: cannot write: the folder {folder} does not exist",
                            "{shown}\u{a0}: écriture impossible\u{a0}: le dossier {folder} n’existe pas",
                            "{shown}: no se puede escribir: la carpeta {folder} no existe",
                        )
                    }
                    std::io::ErrorKind::PermissionDenied => {
                        let folder = folder_of(path);
                        say!(
                            lang,
                            "{shown}: cannot write: permission denied in the folder {folder}",
                            "{shown}\u{a0}: écriture impossible\u{a0}: permission refusée dans le dossier {folder}",
                            "{shown}: no se puede escribir: permiso denegado en la carpeta {folder}",
                        )
                    }
                    _ => write_failure(path, source, lang),
                }
            }
            OutputError::Write { path, source } => write_failure(path, source, lang),
        }
    }
}

/// The folder an output goes into, as the user named it (`.` for the working directory).
fn folder_of(path: &Path) -> String {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.display().to_string(),
        _ => ".".to_owned(),
    }
}

fn write_failure(path: &Path, error: &std::io::Error, lang: Lang) -> String {
    let path = path.display();
    let error = error.to_string();
    say!(
        lang,
        "{path}: cannot write: {error}",
        "{path}\u{a0}: écriture impossible\u{a0}: {error}",
        "{path}: no se puede escribir: {error}",
    )
}

impl Say for ConvertProblem {
    fn say(&self, lang: Lang) -> String {
        match self {
            ConvertProblem::NotAReport(pointer) if pointer.is_empty() => say!(
                lang,
                "its structure is not a report's (the document is not a group of fields)",
                "sa structure n’est pas celle d’un rapport (le document n’est pas un ensemble de champs)",
                "su estructura no es la de un informe (el documento no es un conjunto de campos)",
            ),
            ConvertProblem::NotAReport(pointer) => say!(
                lang,
                "its structure is not a report's (the value at {pointer} is not of the kind the format has there)",
                "sa structure n’est pas celle d’un rapport (la valeur en {pointer} n’est pas du type que le format prévoit à cet endroit)",
                "su estructura no es la de un informe (el valor en {pointer} no es del tipo que el formato prevé en ese lugar)",
            ),
            ConvertProblem::Xml(error) => error.say(lang),
            ConvertProblem::Workbook(error) => error.say(lang),
        }
    }
}

impl Say for SettingsError {
    fn say(&self, lang: Lang) -> String {
        match self {
            SettingsError::Read { path, source } => {
                format!("{path}{}{}", colon(lang), read_failure(source, lang))
            }
            SettingsError::Invalid(error) => error.say(lang),
        }
    }
}

impl Say for GlobError {
    fn say(&self, lang: Lang) -> String {
        let glob = &self.glob;
        let source = self.source.kind().to_string();
        say!(
            lang,
            "not a valid glob: {glob}: {source}",
            "motif non valable\u{a0}: {glob}\u{a0}: {source}",
            "patrón no válido: {glob}: {source}",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Error, ErrorKind};
    use std::path::PathBuf;

    /// One error of each kind the command line reports, with payloads that are not English.
    fn samples() -> Vec<Box<dyn Say>> {
        let io = |kind: ErrorKind| Error::new(kind, "x");
        vec![
            Box::new(CliError::Input {
                path: "a.json".into(),
                source: InputError::Io(io(ErrorKind::NotFound)),
            }),
            Box::new(InputError::Io(io(ErrorKind::PermissionDenied))),
            Box::new(InputError::Folder),
            Box::new(InputError::TooLarge { size: 9, limit: 1 }),
            Box::new(InputError::StdinTooLarge { limit: 1 }),
            Box::new(CliError::BinaryToTerminal),
            Box::new(CliError::UnknownRule("x".into())),
            Box::new(ConvertProblem::NotAReport(String::new())),
            Box::new(ConvertProblem::NotAReport("/year".into())),
            Box::new(OutputError::OverwritesInput(PathBuf::from("a.json"))),
            Box::new(OutputError::Place {
                path: PathBuf::from("d/a.json"),
                source: io(ErrorKind::NotFound),
            }),
            Box::new(OutputError::Place {
                path: PathBuf::from("d/a.json"),
                source: io(ErrorKind::PermissionDenied),
            }),
            Box::new(crate::error::Panicked {
                cause: Some(att_schema::say::Detail::of(&"x")),
            }),
            Box::new(att_core::LoadError::UnknownFormat),
            Box::new(att_core::LoadError::Empty),
            Box::new(att_xml::ReadError::Empty),
            Box::new(att_xml::ReadError::Doctype { line: 1, column: 1 }),
            Box::new(att_xml::ReadError::NotAReport {
                line: 1,
                column: 1,
                element: "x".into(),
                namespace: None,
                expected: "urn:x",
            }),
            Box::new(att_xlsx::ReadError::Limit(
                att_xlsx::LimitExceeded::Sheets { count: 9, limit: 1 },
            )),
            Box::new(att_xlsx::ReadError::Malformed(Some(
                att_schema::say::Detail::of(&"x"),
            ))),
            Box::new(att_xlsx_writer::WriteError::TooManyRows {
                table: att_xlsx_writer::Table::Entries(att_schema::DirectionKind::Exports),
                rows: 9,
                max: 1,
            }),
            Box::new(CliError::EmptyFolder { path: "d".into() }),
            Box::new(CliError::Table(TableProblem::TooManyRows)),
            Box::new(CliError::Annotate {
                path: "a.xls".into(),
                problem: AnnotateProblem::Refused(att_annotate::AnnotateError::UnsupportedFormat {
                    format: att_annotate::WorkbookFormat::Xls,
                }),
            }),
            Box::new(CliError::Annotate {
                path: "a.json".into(),
                problem: AnnotateProblem::NotAWorkbook(att_schema::Format::Json),
            }),
        ]
    }

    #[test]
    fn no_english_is_left_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|sample| {
                att_schema::say::untranslated(sample.as_ref(), &["Excel", "LibreOffice"])
            })
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn every_message_is_said_in_french_and_spanish() {
        for sample in samples() {
            let english = sample.say(Lang::En);
            for lang in [Lang::Fr, Lang::Es] {
                let said = sample.say(lang);
                assert_ne!(said, english);
                for word in [" the ", "cannot", " is ", " not ", "file", "folder", "such"] {
                    assert!(!said.contains(word), "{lang}: “{word}” in {said}");
                }
            }
        }
    }

    #[test]
    fn the_libraries_english_is_kept_word_for_word() {
        let limit = att_xlsx::LimitExceeded::DenseGrid {
            sheet: "Imports".into(),
            range: "A1:B2".into(),
            cells: 4,
            far_cell: "B2".into(),
            limit: 1,
        };
        let errors: Vec<(String, String)> = vec![
            (
                att_xlsx::ReadError::Limit(limit.clone()).say(Lang::En),
                att_xlsx::ReadError::Limit(limit).to_string(),
            ),
            (
                att_core::LoadError::UnknownFormat.say(Lang::En),
                att_core::LoadError::UnknownFormat.to_string(),
            ),
            (
                att_xml::ReadError::Doctype { line: 2, column: 3 }.say(Lang::En),
                att_xml::ReadError::Doctype { line: 2, column: 3 }.to_string(),
            ),
            (
                att_xlsx::ReadError::Sheet {
                    sheet: "S".into(),
                    problem: att_xlsx::SheetProblem::Parser(att_schema::say::Detail::of(&"r")),
                }
                .say(Lang::En),
                att_xlsx::ReadError::Sheet {
                    sheet: "S".into(),
                    problem: att_xlsx::SheetProblem::Parser(att_schema::say::Detail::of(&"r")),
                }
                .to_string(),
            ),
            (
                att_json::ReadError::NotUtf8 { line: 1, column: 2 }.say(Lang::En),
                att_json::ReadError::NotUtf8 { line: 1, column: 2 }.to_string(),
            ),
        ];
        for (said, displayed) in errors {
            assert_eq!(said, displayed);
        }
    }

    #[test]
    fn french_puts_a_no_break_space_before_colons_and_inside_quotes() {
        let said = CliError::UnknownRule("x".into()).say(Lang::Fr);
        assert!(
            said.contains("«\u{a0}x\u{a0}»") && said.contains("\u{a0};"),
            "{said}"
        );
        assert_eq!(quote("x", Lang::Es), "«x»");
    }
}
