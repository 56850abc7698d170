//! The readers' refusals in the language of the messages: why a file is none of the formats,
//! or why its reader could not read it.

use super::{Say, too_large};
use crate::say;
use att_schema::Lang;

impl Say for att_core::LoadError {
    fn say(&self, lang: Lang) -> String {
        use att_core::LoadError as L;
        match self {
            L::UnknownFormat => say!(
                lang,
                "not a report format att reads: expected a workbook (.xlsx, .xlsm, .xls, .ods), XML or JSON",
                "ce n’est pas un format de rapport que lit att\u{a0}: un classeur (.xlsx, .xlsm, .xls, .ods), du XML ou du JSON est attendu",
                "no es un formato de informe que att lea: se espera un libro de cálculo (.xlsx, .xlsm, .xls, .ods), XML o JSON",
            ),
            L::Empty => say!(
                lang,
                "the file is empty",
                "le fichier est vide",
                "el archivo está vacío",
            ),
            L::TooLarge { size, limit } => too_large(*size, *limit, lang),
            L::Json(error) => error.say(lang),
            L::Xml(error) => error.say(lang),
            L::Workbook(error) => error.say(lang),
        }
    }
}

impl Say for att_json::ReadError {
    fn say(&self, lang: Lang) -> String {
        att_schema::Say::say(self, lang)
    }
}

impl Say for att_xml::ReadError {
    fn say(&self, lang: Lang) -> String {
        att_schema::Say::say(self, lang)
    }
}

impl Say for att_xlsx::ReadError {
    fn say(&self, lang: Lang) -> String {
        att_schema::Say::say(self, lang)
    }
}
