//! The att pipeline for the offline page: the same reading, checks and outputs as the command
//! line, compiled to WebAssembly and called from JavaScript. Nothing leaves the browser.
//!
//! [`Engine`] keeps the reports checked in a session under numbers; results and texts cross
//! to JavaScript as JSON strings, files as bytes. The page (`web/`) is built around it by
//! `web/build.sh`; `docs/page.md` says how.
//!
//! The modules below the bindings are plain Rust and are tested natively: [`engine`] (the
//! session), [`checked`] (one report and its views, the one caller of the pipeline), [`grid`]
//! (sheet cells for display), [`csv`] and [`rules`]; the [`summary`] is att-render's, which
//! the HTML report shares.

pub mod checked;
pub mod csv;
pub mod engine;
pub mod grid;
pub mod rules;
/// The summary of a report, shared with the command line's HTML report.
pub use att_render::summary;

use att_schema::Lang;
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
    /// error names `origin` with the line and column of a bad setting.
    pub fn with_settings(text: &str, origin: &str) -> Result<Engine, JsError> {
        engine::Engine::with_settings_text(text, origin)
            .map(|inner| Engine { inner })
            .map_err(js_error)
    }

    /// Reads and validates a report; returns its number in this session. A file that cannot
    /// be read is still kept, with its failure.
    pub fn check(&mut self, bytes: Vec<u8>, name: &str) -> u32 {
        self.inner.check(bytes, name)
    }

    /// Keeps a file on which att itself failed (the page caught the exception of a panic and
    /// started a fresh instance); returns its number.
    pub fn record_failure(&mut self, name: &str, failure: &str) -> u32 {
        self.inner.record_failure(name, failure.to_owned())
    }

    /// Forgets a report.
    pub fn remove(&mut self, id: u32) {
        self.inner.remove(id);
    }

    /// What the page shows of a report, as JSON: `file` (its entry of the diagnostics report),
    /// `format`, `summary` and `sheets`.
    pub fn result(&self, id: u32, lang: &str) -> Result<String, JsError> {
        let lang = language(lang)?;
        let result = self.inner.report(id).map_err(js_error)?.result(lang);
        serde_json::to_string(&result).map_err(js_error)
    }

    /// The diagnostics report of the reports `ids`, as `att validate --format json` prints it.
    pub fn diagnostics_json(&self, ids: Vec<u32>, lang: &str) -> Result<String, JsError> {
        self.inner
            .diagnostics_json(&ids, language(lang)?)
            .map_err(js_error)
    }

    /// The findings of the reports `ids` as CSV.
    pub fn diagnostics_csv(&self, ids: Vec<u32>, lang: &str) -> Result<String, JsError> {
        self.inner
            .diagnostics_csv(&ids, language(lang)?)
            .map_err(js_error)
    }

    /// The canonical JSON document, as `att convert --to json` writes it.
    pub fn canonical_json(&self, id: u32) -> Result<Vec<u8>, JsError> {
        self.inner
            .report(id)
            .map_err(js_error)?
            .canonical_json()
            .map_err(js_error)
    }

    /// The report's XML encoding, as `att convert --to xml` writes it.
    pub fn xml(&self, id: u32) -> Result<Vec<u8>, JsError> {
        self.inner
            .report(id)
            .map_err(js_error)?
            .xml()
            .map_err(js_error)
    }

    /// The standard template pre-filled from the report (an `.xlsx` workbook), in the
    /// report's language, else in `lang`.
    pub fn template(&self, id: u32, lang: &str) -> Result<Vec<u8>, JsError> {
        let lang = language(lang)?;
        self.inner
            .report(id)
            .map_err(js_error)?
            .prefilled_template(lang)
            .map_err(js_error)
    }

    /// The HTML report of the reports `ids`: the static page `att validate --format html`
    /// writes, in `lang`.
    pub fn html_report(&self, ids: Vec<u32>, lang: &str) -> Result<String, JsError> {
        self.inner
            .html_report(&ids, language(lang)?)
            .map_err(js_error)
    }

    /// The workbook with a note on every flagged cell and a first sheet of the findings, in
    /// `lang`, as `att annotate` writes it.
    pub fn annotate(&self, id: u32, lang: &str) -> Result<AnnotatedWorkbook, JsError> {
        let lang = language(lang)?;
        let annotated = self
            .inner
            .report(id)
            .map_err(js_error)?
            .annotated(lang)
            .map_err(js_error)?;
        Ok(AnnotatedWorkbook {
            bytes: annotated.bytes,
            extension: annotated.extension.to_owned(),
        })
    }

    /// The non-empty cells of a window onto one sheet of a workbook report, as JSON.
    pub fn sheet(
        &self,
        id: u32,
        sheet: &str,
        first_row: u32,
        rows: u32,
        first_column: u32,
        columns: u32,
    ) -> Result<String, JsError> {
        let window = Window {
            first_row,
            rows,
            first_column,
            columns,
        };
        let cells = self
            .inner
            .report(id)
            .map_err(js_error)?
            .sheet(sheet, window)
            .map_err(js_error)?;
        serde_json::to_string(&cells).map_err(js_error)
    }

    /// The rule catalogue with the severities in force, in `lang`, as JSON (the records of
    /// `att rules --format json`).
    pub fn rules(&self, lang: &str) -> Result<String, JsError> {
        serde_json::to_string(&self.inner.rules(language(lang)?)).map_err(js_error)
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
    att_xlsx_writer::template(language(lang)?).map_err(js_error)
}

/// The toolkit's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Installs the panic hook when the module starts: a panic (a bug of att or of a library it
/// uses) becomes a JavaScript exception whose message says that att failed on the file, as
/// the command line says; the page then starts a fresh instance.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let cause = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown cause".to_owned());
        wasm_bindgen::throw_str(&internal_failure(&cause));
    }));
}

/// The failure of a file on which att itself failed, worded as the command line words it; the
/// page words a trap without a panic (a stack overflow) with it too.
#[wasm_bindgen]
pub fn internal_failure(cause: &str) -> String {
    format!(
        "{INTERNAL_FAILURE_OPENING}{cause}); please report it, with the file if you can share it"
    )
}

/// The opening words of [`internal_failure`].
const INTERNAL_FAILURE_OPENING: &str = "att failed on this file (an internal error: ";

/// Whether `message` is the failure of a file on which att itself failed.
#[wasm_bindgen]
pub fn is_internal_failure(message: &str) -> bool {
    message.starts_with(INTERNAL_FAILURE_OPENING)
}

fn language(code: &str) -> Result<Lang, JsError> {
    Lang::from_code(code)
        .ok_or_else(|| JsError::new(&format!("no language “{code}”: use en, fr or es")))
}

fn js_error(error: impl std::fmt::Display) -> JsError {
    JsError::new(&error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_internal_failure_is_recognised_by_its_wording() {
        let failure = internal_failure("index out of range");
        assert!(is_internal_failure(&failure));
        assert!(failure.contains("index out of range"));
        assert!(!is_internal_failure("the file is empty"));
    }
}
