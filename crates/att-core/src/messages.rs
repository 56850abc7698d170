//! What the pipeline says when it cannot read an input, in English, French and Spanish: the
//! [`LoadError`] of [`load`](crate::load), whose readers' errors each say themselves (see
//! [`att_schema::say`]), and att's own failure on an input ([`Panicked`]). The command line
//! and the offline page both say failures through it.

use crate::{LoadError, Panicked};
use att_schema::say::Say;
use att_schema::{Lang, display_in_english, say};

display_in_english!(LoadError, Panicked);

impl Say for Panicked {
    fn say(&self, lang: Lang) -> String {
        match &self.cause {
            Some(cause) => say!(
                lang,
                "att failed on this file (an internal error: {cause}); please report it, with the file if you can share it",
                "att a échoué sur ce fichier (une erreur interne\u{a0}: {cause})\u{a0}; merci de la signaler, avec le fichier si vous pouvez le communiquer",
                "att falló con este archivo (un error interno: {cause}); por favor, notifíquelo, con el archivo si puede compartirlo",
            ),
            None => say!(
                lang,
                "att failed on this file (an internal error of unknown cause); please report it, with the file if you can share it",
                "att a échoué sur ce fichier (une erreur interne de cause inconnue)\u{a0}; merci de la signaler, avec le fichier si vous pouvez le communiquer",
                "att falló con este archivo (un error interno de causa desconocida); por favor, notifíquelo, con el archivo si puede compartirlo",
            ),
        }
    }
}

impl Say for LoadError {
    fn say(&self, lang: Lang) -> String {
        match self {
            LoadError::UnknownFormat => say!(
                lang,
                "not a report format att reads: expected a workbook (.xlsx, .xlsm, .xls, .ods), XML or JSON",
                "ce n’est pas un format de rapport que lit att\u{a0}: un classeur (.xlsx, .xlsm, .xls, .ods), du XML ou du JSON est attendu",
                "no es un formato de informe que att lea: se espera un libro de cálculo (.xlsx, .xlsm, .xls, .ods), XML o JSON",
            ),
            LoadError::Empty => say!(
                lang,
                "the file is empty",
                "le fichier est vide",
                "el archivo está vacío",
            ),
            LoadError::TooLarge { size, limit } => too_large(*size, *limit, lang),
            LoadError::Json(error) => error.say(lang),
            LoadError::Xml(error) => error.say(lang),
            LoadError::Workbook(error) => error.say(lang),
        }
    }
}

/// A file larger than the limit on inputs, in `lang`.
pub fn too_large(size: u64, limit: u64, lang: Lang) -> String {
    say!(
        lang,
        "the file is {size} bytes, more than the limit of {limit} bytes",
        "le fichier fait {size}\u{a0}octets, plus que la limite de {limit}\u{a0}octets",
        "el archivo tiene {size} bytes, más que el límite de {limit} bytes",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::untranslated;

    #[test]
    fn every_failure_to_load_is_said_in_french_and_spanish() {
        let samples = [
            LoadError::UnknownFormat,
            LoadError::Empty,
            LoadError::TooLarge { size: 9, limit: 1 },
            LoadError::Json(att_json::ReadError::NotUtf8 { line: 1, column: 2 }),
            LoadError::Xml(att_xml::ReadError::Empty),
            LoadError::Workbook(att_xlsx::ReadError::NotAWorkbook(
                att_xlsx::OtherFile::NeitherZipNorOle,
            )),
        ];
        let panics = [
            Panicked {
                cause: Some(att_schema::say::Detail::of(&"x")),
            },
            Panicked { cause: None },
        ];
        let problems: Vec<String> = samples
            .iter()
            .map(|error| error as &dyn Say)
            .chain(panics.iter().map(|failure| failure as &dyn Say))
            .flat_map(|error| untranslated(error, &[]))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn a_reader_error_is_said_by_its_reader() {
        let error = LoadError::from(att_xml::ReadError::Doctype { line: 2, column: 3 });
        assert_eq!(
            error.say(Lang::Es),
            att_xml::ReadError::Doctype { line: 2, column: 3 }.say(Lang::Es)
        );
        assert_eq!(error.to_string(), error.say(Lang::En));
    }
}
