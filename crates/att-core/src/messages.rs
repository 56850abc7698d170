//! What the pipeline says when it cannot read an input, in English, French and Spanish: the
//! [`LoadError`] of [`load`](crate::load), whose readers' errors each say themselves (see
//! [`att_schema::say`]). The command line and the offline page both say failures through it.

use crate::LoadError;
use att_schema::say::Say;
use att_schema::{Lang, display_in_english, say};

display_in_english!(LoadError);

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
        let problems: Vec<String> = samples
            .iter()
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
