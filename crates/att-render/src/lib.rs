//! Renders the diagnostics of a validation run: as compiler-style text for people, as the
//! diagnostics report of `contract.md` §3 for programs, as SARIF 2.1.0 for CI systems, and as
//! a static HTML page to share.

pub mod html;
pub mod human;
pub mod json;
pub mod sarif;
pub mod summary;

use att_schema::{Diagnostic, Lang};

/// The result of validating one input, ready to render.
#[derive(Debug, Clone)]
pub struct FileResult {
    /// The path as the user gave it (`-` for standard input).
    pub path: String,
    /// SHA-256 of the input's bytes, lowercase hex; absent when the input could not be read.
    pub sha256: Option<String>,
    /// Why the input could not be read, when it could not.
    pub failure: Option<String>,
    /// The diagnostics, in the order of their place.
    pub diagnostics: Vec<Diagnostic>,
}

impl FileResult {
    /// Whether the input was read and has no diagnostic of severity error.
    pub fn is_valid(&self) -> bool {
        self.failure.is_none()
            && !self
                .diagnostics
                .iter()
                .any(|d| d.severity == att_schema::Severity::Error)
    }
}

/// How to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RenderOptions {
    /// The language of the messages.
    pub lang: Lang,
    /// Whether to colour the text output (only on a terminal).
    pub color: bool,
}
