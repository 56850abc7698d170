//! States, categories, total labels and column profiles' classes resolved once per text: a table names the same States and
//! categories on many rows, and resolving one folds its text and looks it up in several tables.

use crate::container::sheet::Cell;
use crate::interpret::fields::text_of;
use crate::interpret::profile::TextClass;
use crate::interpret::totals::{Level, total_label};
use att_lexicon::category::{CategoryReading, read_category};
use att_schema::Party;
use att_schema::codes::find_state;
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// States and categories already resolved, by the text that names them.
#[derive(Debug, Default)]
pub(crate) struct Names {
    states: FxHashMap<String, Option<&'static str>>,
    categories: FxHashMap<String, CategoryReading>,
    totals: FxHashMap<String, Option<Level>>,
    text_classes: FxHashMap<String, TextClass>,
    /// The toolkit's own list of States, lower-cased name → code, that code cells look up.
    listed: HashMap<String, String>,
}

impl Names {
    /// Gives the toolkit's own list of States (see [`crate::own::state_list`]).
    pub(crate) fn set_list(&mut self, listed: HashMap<String, String>) {
        self.listed = listed;
    }

    /// The code the toolkit's lookup gives for `name`: that of the list's entry of the same
    /// name, ignoring case, as a spreadsheet's exact lookup compares text.
    pub(crate) fn listed_code(&self, name: &str) -> Option<String> {
        if self.listed.is_empty() {
            return None;
        }
        self.listed.get(&name.to_lowercase()).cloned()
    }

    /// The ISO code of the State `name` names, when it names exactly one.
    pub(crate) fn state_code(&mut self, name: &str) -> Option<&'static str> {
        if let Some(code) = self.states.get(name) {
            return *code;
        }
        let code = find_state(name).map(|state| state.alpha3);
        self.states.insert(name.to_owned(), code);
        code
    }

    /// The party of a name as written.
    pub(crate) fn party(&mut self, name: &str) -> Party {
        match self.state_code(name) {
            Some(code) => Party::state(code, name),
            None => Party::named(name),
        }
    }

    /// The level of a total label, when `text` is one ([`total_label`]).
    pub(crate) fn total_label(&mut self, text: &str) -> Option<Level> {
        if let Some(level) = self.totals.get(text) {
            return *level;
        }
        let level = total_label(text);
        self.totals.insert(text.to_owned(), level);
        level
    }

    /// What a text cell says of its column's role, classified by `classify` the first time.
    pub(crate) fn text_class(
        &mut self,
        text: &str,
        classify: impl FnOnce(&str, &mut Names) -> TextClass,
    ) -> TextClass {
        if let Some(class) = self.text_classes.get(text) {
            return *class;
        }
        let class = classify(text, self);
        self.text_classes.insert(text.to_owned(), class);
        class
    }

    /// What a category cell says.
    pub(crate) fn category(&mut self, text: &str) -> CategoryReading {
        if let Some(reading) = self.categories.get(text) {
            return *reading;
        }
        let reading = read_category(text);
        self.categories.insert(text.to_owned(), reading);
        reading
    }

    /// Reads a list of parties from one cell: one per line or separated by semicolons, or
    /// separated by commas, slashes or "and" when every part names a State ("Denmark,
    /// Germany", "Denmark and Germany"). A name that is itself a State ("Korea, Rep.",
    /// "Trinidad and Tobago") is not split.
    pub(crate) fn read_parties(&mut self, cell: Option<&Cell>) -> Option<Vec<Party>> {
        let text = text_of(cell)?;
        let mut parties = Vec::new();
        for part in text
            .split(['\n', ';'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            if self.state_code(part).is_some() {
                parties.push(self.party(part));
                continue;
            }
            let pieces: Vec<&str> = part
                .split([',', '/'])
                .flat_map(|piece| piece.split(" and ").flat_map(|p| p.split(" et ")))
                .flat_map(|piece| piece.split(" y "))
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            if pieces.len() > 1 && pieces.iter().all(|p| self.state_code(p).is_some()) {
                for piece in pieces {
                    parties.push(self.party(piece));
                }
            } else {
                parties.push(self.party(part));
            }
        }
        Some(parties)
    }
}
