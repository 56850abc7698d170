//! What the rule catalogue says about each rule beyond its code, severity and summary.

use crate::spec::SpecCheck;
use att_schema::{Diagnostic, Rule};

/// The documentation of one rule: which check of `checks.md` it implements, what exactly it
/// flags and what it deliberately leaves alone, and an example of its message.
#[derive(Debug)]
pub struct RuleDoc {
    /// The rule.
    pub rule: &'static Rule,
    /// The checks of `checks.md` it implements (usually one).
    pub implements: &'static [&'static SpecCheck],
    /// Its precise meaning, in English (Markdown): when it fires, when it does not, and how it
    /// avoids reporting one cause twice.
    pub details: &'static str,
    /// A finding as the rule reports it, to show its message; `None` where the rule's crate
    /// gives no example (the catalogue then shows the template).
    pub example: Option<fn() -> Diagnostic>,
}
