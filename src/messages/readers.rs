//! The readers' refusals in the language of the messages: why a file is none of the formats,
//! or why its reader could not read it.

use super::Say;
use att_schema::Lang;

impl Say for att_core::LoadError {
    fn say(&self, lang: Lang) -> String {
        att_schema::Say::say(self, lang)
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
