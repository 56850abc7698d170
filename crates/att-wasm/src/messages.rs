//! What the page's engine says when it cannot give a result, a view or a download, in English,
//! French and Spanish; the English is each error's `Display`. The pipeline's, the readers' and
//! the writers' errors say themselves, as on the command line.

use crate::checked::{Failure, Refusal, Target, ViewError, WriterError};
use crate::engine::EngineError;
use crate::grid::GridError;
use att_core::Format;
use att_schema::say::{Say, colon, quote};
use att_schema::{Lang, display_in_english, say};

display_in_english!(
    Failure,
    ViewError,
    Target,
    WriterError,
    Refusal,
    GridError,
    EngineError,
);

impl Say for Failure {
    fn say(&self, lang: Lang) -> String {
        match self {
            Failure::Load(error) => error.say(lang),
            Failure::Internal(failure) => failure.say(lang),
        }
    }
}

impl Say for ViewError {
    fn say(&self, lang: Lang) -> String {
        let c = colon(lang);
        match self {
            ViewError::NotRead { name, failure } => format!("{name}{c}{}", failure.say(lang)),
            ViewError::NotAReport {
                name,
                target,
                pointer,
            } => {
                let target = target.say(lang);
                say!(
                    lang,
                    "{name}: cannot be written as {target}: its structure is not a report's (the value at {pointer} is not of the kind its field needs)",
                    "{name}\u{a0}: ne peut pas être écrit {target}\u{a0}: sa structure n’est pas celle d’un rapport (la valeur en {pointer} n’est pas du type que son champ demande)",
                    "{name}: no se puede escribir {target}: su estructura no es la de un informe (el valor en {pointer} no es del tipo que su campo requiere)",
                )
            }
            ViewError::Writer { name, source } => {
                let (target, problem) = (source.target().say(lang), source.say(lang));
                say!(
                    lang,
                    "{name}: cannot be written as {target}: {problem}",
                    "{name}\u{a0}: ne peut pas être écrit {target}\u{a0}: {problem}",
                    "{name}: no se puede escribir {target}: {problem}",
                )
            }
            ViewError::NoSheets { name } => say!(
                lang,
                "{name}: is not a workbook and has no sheets",
                "{name}\u{a0}: n’est pas un classeur et n’a pas de feuilles",
                "{name}: no es un libro de cálculo y no tiene hojas",
            ),
            ViewError::NoSuchSheet { name, sheet } => {
                let sheet = quote(sheet, lang);
                say!(
                    lang,
                    "{name}: has no sheet named {sheet}",
                    "{name}\u{a0}: n’a pas de feuille nommée {sheet}",
                    "{name}: no tiene ninguna hoja llamada {sheet}",
                )
            }
            ViewError::Annotate { name, refusal } => {
                let refusal = refusal.say(lang);
                say!(
                    lang,
                    "{name}: cannot be annotated: {refusal}",
                    "{name}\u{a0}: ne peut pas être annoté\u{a0}: {refusal}",
                    "{name}: no se puede anotar: {refusal}",
                )
            }
            ViewError::Grid { name, source } => {
                let problem = source.say(lang);
                say!(
                    lang,
                    "{name}: its cells cannot be shown: {problem}",
                    "{name}\u{a0}: ses cellules ne peuvent pas être affichées\u{a0}: {problem}",
                    "{name}: sus celdas no se pueden mostrar: {problem}",
                )
            }
        }
    }
}

impl Say for Target {
    fn say(&self, lang: Lang) -> String {
        match self {
            Target::Json => say!(lang, "JSON", "en JSON", "en JSON"),
            Target::Xml => say!(lang, "XML", "en XML", "en XML"),
            Target::Workbook => say!(lang, "a workbook", "en classeur", "como libro de cálculo"),
        }
    }
}

impl Say for WriterError {
    fn say(&self, lang: Lang) -> String {
        match self {
            WriterError::Json(error) => error.to_string(),
            WriterError::Xml(error) => error.say(lang),
            WriterError::Workbook(error) => error.say(lang),
        }
    }
}

impl Say for Refusal {
    fn say(&self, lang: Lang) -> String {
        match self {
            Refusal::TextFile(format) => {
                let what = match (format, lang) {
                    (Format::Xml, Lang::En) => "an XML file",
                    (Format::Xml, Lang::Fr) => "un fichier XML",
                    (Format::Xml, Lang::Es) => "un archivo XML",
                    (_, Lang::En) => "a JSON file",
                    (_, Lang::Fr) => "un fichier JSON",
                    (_, Lang::Es) => "un archivo JSON",
                };
                say!(
                    lang,
                    "it is {what} and has no cells to note; its findings give their line and column",
                    "c’est {what}, sans cellules à annoter\u{a0}; ses constats donnent leur ligne et leur colonne",
                    "es {what} y no tiene celdas que anotar; sus hallazgos indican su línea y su columna",
                )
            }
            Refusal::Refused(error) => error.say(lang),
        }
    }
}

impl Say for GridError {
    fn say(&self, lang: Lang) -> String {
        match self {
            GridError::NotAWorkbook => say!(
                lang,
                "it is not a workbook",
                "ce n’est pas un classeur",
                "no es un libro de cálculo",
            ),
            GridError::Calamine(detail) => say!(
                lang,
                "the spreadsheet parser could not read it ({detail})",
                "l’analyseur de tableur n’a pas pu le lire ({detail})",
                "el analizador de hojas de cálculo no pudo leerlo ({detail})",
            ),
        }
    }
}

impl Say for EngineError {
    fn say(&self, lang: Lang) -> String {
        match self {
            EngineError::NoSuchReport(id) => say!(
                lang,
                "no report has the number {id}",
                "aucun rapport n’a le numéro {id}",
                "ningún informe tiene el número {id}",
            ),
            EngineError::Settings(error) => error.say(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::{Detail, untranslated};

    /// What a library says, quoted as it is.
    const DETAIL: &str = "the library says: not found";

    /// Every error of the engine, with names that are no English words, each with the words
    /// of a library it quotes.
    fn samples() -> Vec<(Box<dyn Say>, String)> {
        let name = || "rapport.xlsx".to_owned();
        let json_error = serde_json::from_str::<u8>("x").expect_err("not JSON");
        let json_words = json_error.to_string();
        let plain = |error: Box<dyn Say>| (error, String::new());
        let mut all: Vec<(Box<dyn Say>, String)> = vec![
            plain(Box::new(Failure::Load(att_core::LoadError::Empty))),
            plain(Box::new(Failure::Internal(att_core::Panicked {
                cause: Some(Detail::of(&DETAIL)),
            }))),
            plain(Box::new(ViewError::NotRead {
                name: name(),
                failure: Failure::Load(att_core::LoadError::UnknownFormat),
            })),
            (
                Box::new(ViewError::Writer {
                    name: name(),
                    source: WriterError::Json(json_error),
                }),
                json_words,
            ),
            plain(Box::new(ViewError::Writer {
                name: name(),
                source: WriterError::Xml(att_xml::WriteError::Unrepresentable {
                    pointer: "/x".into(),
                    code: 0xFFFE,
                }),
            })),
            plain(Box::new(ViewError::NoSheets { name: name() })),
            plain(Box::new(ViewError::NoSuchSheet {
                name: name(),
                sheet: "Datos".into(),
            })),
            plain(Box::new(ViewError::Annotate {
                name: name(),
                refusal: Refusal::Refused(att_annotate::AnnotateError::UnsupportedFormat {
                    format: att_annotate::WorkbookFormat::Ods,
                }),
            })),
            plain(Box::new(EngineError::NoSuchReport(9))),
        ];
        for target in [Target::Json, Target::Xml, Target::Workbook] {
            all.push(plain(Box::new(ViewError::NotAReport {
                name: name(),
                target,
                pointer: "/year".into(),
            })));
        }
        for format in [Format::Json, Format::Xml] {
            all.push(plain(Box::new(ViewError::Annotate {
                name: name(),
                refusal: Refusal::TextFile(format),
            })));
        }
        for source in [
            GridError::NotAWorkbook,
            GridError::Calamine(Detail::of(&DETAIL)),
        ] {
            all.push(plain(Box::new(ViewError::Grid {
                name: name(),
                source,
            })));
        }
        let settings = att_core::settings::parse("[rules]\nclef = \"off\"\n", "att.toml")
            .expect_err("no such rule");
        all.push(plain(Box::new(EngineError::Settings(settings))));
        all
    }

    #[test]
    fn every_error_is_said_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|(error, library_words)| {
                let quoted = [DETAIL, library_words.as_str(), "OpenDocument"];
                untranslated(error.as_ref(), &quoted)
            })
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }
}
