//! Validation of ATT annual reports: the generated JSON Schema first, then the rules of the
//! Treaty and the template, as diagnostics placed at a JSON pointer and, through the reader's
//! source map, at the place in the user's file.
//!
//! ```
//! let document = serde_json::json!({
//!     "schema_version": "1.0",
//!     "reporting_state": { "code": "SWE", "name": "Sweden" },
//!     "year": 2023,
//!     "exports": { "status": "reported", "basis": "actual", "entries": [
//!         { "category": "I", "partner": { "code": "NOR", "name": "Norway" }, "items": -3 }
//!     ] },
//!     "imports": { "status": "nil", "entries": [] }
//! });
//! let diagnostics = att_validate::Validator::new().validate(&document, None);
//! let items = diagnostics.iter().find(|d| d.code() == "ATT0231").expect("items flagged");
//! assert_eq!(items.pointer.as_deref(), Some("/exports/entries/0/items"));
//! assert_eq!(
//!     items.message(att_schema::Lang::En),
//!     "Number of items must be a whole number of 0 or more; found -3."
//! );
//! ```

pub mod fields;
mod found;
pub mod rules;
mod schema_stage;

use att_schema::{Diagnostic, Rule, SourceMap};
use serde_json::Value;

pub use found::{found, shorten};

/// Validates canonical report documents. The compiled schema is shared by every validator in
/// the process, so creating one is cheap and one can validate many documents, from many
/// threads.
#[derive(Debug, Clone, Default)]
pub struct Validator {
    _private: (),
}

impl Validator {
    /// A validator with every rule at its default severity.
    pub fn new() -> Self {
        schema_stage::warm_up();
        Validator { _private: () }
    }

    /// Validates `document` and returns its diagnostics, each placed through `source_map`
    /// (when given) at the nearest mapped place of its pointer.
    pub fn validate(&self, document: &Value, source_map: Option<&SourceMap>) -> Vec<Diagnostic> {
        let mut diagnostics = schema_stage::check(document);
        if let Some(source_map) = source_map {
            locate(&mut diagnostics, source_map);
        }
        diagnostics
    }
}

/// Places every diagnostic that has a pointer but no location at the nearest mapped place.
pub fn locate(diagnostics: &mut [Diagnostic], source_map: &SourceMap) {
    for diagnostic in diagnostics {
        if diagnostic.location.is_none()
            && let Some(pointer) = &diagnostic.pointer
        {
            diagnostic.location = source_map.locate(pointer).cloned();
        }
    }
}

/// Every rule this crate can raise.
pub fn all_rules() -> Vec<&'static Rule> {
    rules::all()
}
