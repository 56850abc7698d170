//! The att pipeline for the offline page: the same reading, checks and outputs as the command
//! line, compiled to WebAssembly and called from JavaScript. Nothing leaves the browser.
//!
//! [`Engine`] keeps the reports checked in a session under numbers; results and texts cross
//! to JavaScript as JSON strings, files as bytes. The page (`web/`) is built around it by
//! `web/build.sh`; `docs/page.md` says how.
//!
//! The modules below the bindings are plain Rust and are tested natively: [`engine`] (the
//! session), [`checked`] (one report and its views, the one caller of the pipeline), [`grid`]
//! (sheet cells for display), [`csv`], [`rules`] and [`messages`] (what the engine's errors
//! say); the [`summary`] is att-render's, which the HTML report shares. Every error crosses to
//! JavaScript said in the language the page asks for, as the command line says it.

pub mod checked;
pub mod csv;
pub mod engine;
pub mod grid;
pub mod messages;
pub mod rules;
/// The summary of a report, shared with the command line's HTML report.
pub use att_render::summary;

use att_core::Panicked;
use att_schema::Lang;
use att_schema::say::{Detail, Say};
use grid::Window;
use wasm_bindgen::prelude::*;

/// A checking session: the settings in force and the reports checked so far.
#[wasm_bindgen]
pub struct Engine {
    inner: engine::Engine,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

#[wasm_bindgen]
impl Engine {
    /// A session with the default settings.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Engine {
        Engine {
            inner: engine::Engine::default(),
        }
    }

    /// A session with the settings of an `att.toml` file (rule severities and limits); the
    /// error, in `lang`, names `origin` with the line and column of a bad setting.
    pub fn with_settings(text: &str, origin: &str, lang: &str) -> Result<Engine, JsError> {
        let lang = language(lang)?;
        engine::Engine::with_settings_text(text, origin)
            .map(|inner| Engine { inner })
            .map_err(|error| js_error(&error, lang))
    }

    /// Reads and validates a report; returns its number in this session. A file that cannot
    /// be read is still kept, with its failure.
    pub fn check(&mut self, bytes: Vec<u8>, name: &str) -> u32 {
        self.inner.check(bytes, name)
    }

    /// Keeps a file on which att itself failed (the page caught the exception of a panic and
    /// started a fresh instance), with the failure's cause ([`failure_cause`]); returns its
    /// number. Its failure is said in the language each result is asked in.
    pub fn record_failure(&mut self, name: &str, cause: &str) -> u32 {
        self.inner.record_failure(name, panicked(cause))
    }

    /// Forgets a report.
    pub fn remove(&mut self, id: u32) {
        self.inner.remove(id);
    }

    /// What the page shows of a report, as JSON: `file` (its entry of the diagnostics report),
    /// `format`, `summary` and `sheets`.
    pub fn result(&self, id: u32, lang: &str) -> Result<String, JsError> {
        let lang = language(lang)?;
        let result = self.report(id, lang)?.result(lang);
        serde_json::to_string(&result).map_err(JsError::from)
    }

    /// The diagnostics report of the reports `ids`, as `att validate --format json` prints it.
    pub fn diagnostics_json(&self, ids: Vec<u32>, lang: &str) -> Result<String, JsError> {
        let lang = language(lang)?;
        self.inner
            .diagnostics_json(&ids, lang)
            .map_err(|error| js_error(&error, lang))
    }

    /// The findings of the reports `ids` as CSV.
    pub fn diagnostics_csv(&self, ids: Vec<u32>, lang: &str) -> Result<String, JsError> {
        let lang = language(lang)?;
        self.inner
            .diagnostics_csv(&ids, lang)
            .map_err(|error| js_error(&error, lang))
    }

    /// The canonical JSON document, as `att convert --to json` writes it; why not, in `lang`.
    pub fn canonical_json(&self, id: u32, lang: &str) -> Result<Vec<u8>, JsError> {
        let lang = language(lang)?;
        self.report(id, lang)?
            .canonical_json()
            .map_err(|error| js_error(&error, lang))
    }

    /// The report's XML encoding, as `att convert --to xml` writes it; why not, in `lang`.
    pub fn xml(&self, id: u32, lang: &str) -> Result<Vec<u8>, JsError> {
        let lang = language(lang)?;
        self.report(id, lang)?
            .xml()
            .map_err(|error| js_error(&error, lang))
    }

    /// The standard template pre-filled from the report (an `.xlsx` workbook), in the
    /// report's language, else in `lang`.
    pub fn template(&self, id: u32, lang: &str) -> Result<Vec<u8>, JsError> {
        let lang = language(lang)?;
        self.report(id, lang)?
            .prefilled_template(lang)
            .map_err(|error| js_error(&error, lang))
    }

    /// The HTML report of the reports `ids`: the static page `att validate --format html`
    /// writes, in `lang`.
    pub fn html_report(&self, ids: Vec<u32>, lang: &str) -> Result<String, JsError> {
        let lang = language(lang)?;
        self.inner
            .html_report(&ids, lang)
            .map_err(|error| js_error(&error, lang))
    }

    /// The workbook with a note on every flagged cell and a first sheet of the findings, in
    /// `lang`, as `att annotate` writes it.
    pub fn annotate(&self, id: u32, lang: &str) -> Result<AnnotatedWorkbook, JsError> {
        let lang = language(lang)?;
        let annotated = self
            .report(id, lang)?
            .annotated(lang)
            .map_err(|error| js_error(&error, lang))?;
        Ok(AnnotatedWorkbook {
            bytes: annotated.bytes,
            extension: annotated.extension.to_owned(),
        })
    }

    /// The non-empty cells of a window onto one sheet of a workbook report, as JSON; why
    /// not, in `lang`.
    #[allow(clippy::too_many_arguments)]
    pub fn sheet(
        &self,
        id: u32,
        sheet: &str,
        first_row: u32,
        rows: u32,
        first_column: u32,
        columns: u32,
        lang: &str,
    ) -> Result<String, JsError> {
        let lang = language(lang)?;
        let window = Window {
            first_row,
            rows,
            first_column,
            columns,
        };
        let cells = self
            .report(id, lang)?
            .sheet(sheet, window)
            .map_err(|error| js_error(&error, lang))?;
        serde_json::to_string(&cells).map_err(JsError::from)
    }

    /// The rule catalogue with the severities in force, in `lang`, as JSON (the records of
    /// `att rules --format json`).
    pub fn rules(&self, lang: &str) -> Result<String, JsError> {
        let lang = language(lang)?;
        serde_json::to_string(&self.inner.rules(lang)).map_err(JsError::from)
    }
}

impl Engine {
    /// The report with number `id`; why not, in `lang`.
    fn report(&self, id: u32, lang: Lang) -> Result<&checked::Checked, JsError> {
        self.inner
            .report(id)
            .map_err(|error| js_error(&error, lang))
    }
}

/// An annotated workbook: its bytes, and the extension its type needs (`xlsx`, or `xlsm` for a
/// macro-enabled workbook, which Excel opens under no other).
#[wasm_bindgen(getter_with_clone)]
pub struct AnnotatedWorkbook {
    /// The workbook's bytes.
    pub bytes: Vec<u8>,
    /// The file extension, without the dot.
    pub extension: String,
}

/// The blank standard template in `lang` (an `.xlsx` workbook), as `att template` writes it.
#[wasm_bindgen]
pub fn blank_template(lang: &str) -> Result<Vec<u8>, JsError> {
    let lang = language(lang)?;
    att_xlsx_writer::template(lang).map_err(|error| js_error(&error, lang))
}

/// The toolkit's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Installs the panic hook when the module starts: a panic (a bug of att or of a library it
/// uses) becomes a JavaScript exception whose message is att's failure on the file in English
/// ([`is_internal_failure`] recognises it, [`failure_cause`] takes its cause out); the page then
/// starts a fresh instance and keeps the failure, said in the page's language.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let failure = Panicked::of_payload(info.payload());
        wasm_bindgen::throw_str(&failure.say(Lang::En));
    }));
}

/// The failure of a file on which att itself failed from `cause`, in `lang`, as the command
/// line words it; the page words a trap without a panic (a stack overflow) with it too.
#[wasm_bindgen]
pub fn internal_failure(cause: &str, lang: &str) -> Result<String, JsError> {
    Ok(panicked(cause).say(language(lang)?))
}

/// Whether `message` is the exception of a panic: att's failure on the file, in English.
#[wasm_bindgen]
pub fn is_internal_failure(message: &str) -> bool {
    let (opening, _) = english_frame();
    message.starts_with(&opening) || message == (Panicked { cause: None }).say(Lang::En)
}

/// The cause of att's failure that a JavaScript exception's `message` tells: the panic's own
/// message when it is the exception of a panic, else the message itself (a trap's).
#[wasm_bindgen]
pub fn failure_cause(message: &str) -> String {
    if message == (Panicked { cause: None }).say(Lang::En) {
        return String::new();
    }
    let (opening, closing) = english_frame();
    message
        .strip_prefix(&opening)
        .and_then(|rest| rest.strip_suffix(&closing))
        .unwrap_or(message)
        .to_owned()
}

/// The failure of a panic whose message is `cause` (none when it is empty).
fn panicked(cause: &str) -> Panicked {
    Panicked {
        cause: (!cause.is_empty()).then(|| Detail::of(&cause)),
    }
}

/// The English words around the cause of att's failure.
fn english_frame() -> (String, String) {
    const CAUSE: &str = "\u{0}";
    let said = panicked(CAUSE).say(Lang::En);
    match said.split_once(CAUSE) {
        Some((opening, closing)) => (opening.to_owned(), closing.to_owned()),
        None => (said, String::new()),
    }
}

fn language(code: &str) -> Result<Lang, JsError> {
    Lang::from_code(code)
        .ok_or_else(|| JsError::new(&format!("no language “{code}”: use en, fr or es")))
}

/// An error for JavaScript, said in `lang`.
fn js_error(error: &impl Say, lang: Lang) -> JsError {
    JsError::new(&error.say(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_internal_failure_is_recognised_by_its_wording() {
        let failure = Panicked {
            cause: Some(Detail::of(&"index out of range")),
        }
        .say(Lang::En);
        assert!(is_internal_failure(&failure));
        assert!(failure.contains("index out of range"));
        assert!(!is_internal_failure("the file is empty"));
        assert_eq!(failure_cause(&failure), "index out of range");
        assert_eq!(
            failure_cause("unreachable executed"),
            "unreachable executed"
        );
        let unknown = Panicked { cause: None }.say(Lang::En);
        assert!(is_internal_failure(&unknown));
        assert_eq!(failure_cause(&unknown), "");
    }

    #[test]
    fn a_failure_is_said_in_the_language_asked() {
        let french = internal_failure("index out of range", "fr").expect("a language");
        assert!(
            french.starts_with("att a échoué sur ce fichier"),
            "{french}"
        );
        assert!(french.contains("index out of range"), "{french}");
        assert!(!is_internal_failure(&french));
    }
}
