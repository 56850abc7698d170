//! Validation of ATT annual reports: the generated JSON Schema first, then the rules of the
//! Treaty and the template, as diagnostics placed at a JSON pointer and, through the reader's
//! source map, at the place in the user's file.
//!
//! ```
//! let document = serde_json::json!({
//!     "schema_version": "1.0",
//!     "reporting_state": { "code": "SWE", "name": "Sweden" },
//!     "year": 2023,
//!     "submission": { "date": "2024-05-20", "public": true },
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
//!
//! Each rule is a `static` [`Rule`] in the module of its family under [`rules`], with the check
//! of the specification it implements and an example; each family registers its rules and its
//! check once ([`rules::FAMILIES`]). A deployment changes the severity of rules with a
//! [`Config`].

pub mod config;
pub mod context;
pub mod fields;
mod found;
pub mod rules;
mod schema_stage;

pub use att_schema::spec;

use att_schema::{Diagnostic, Rule, SourceMap};
use context::{ReportContext, ReportView};
use rules::corpus::{Corpus, CorpusCheck, CorpusFinding, CorpusMember};
use serde_json::Value;

pub use config::{Config, ConfigError, Setting};
pub use found::{found, shorten};

/// Validates canonical report documents. The compiled schema is shared by every validator in
/// the process, so creating one is cheap and one can validate many documents, from many
/// threads.
#[derive(Debug, Clone, Default)]
pub struct Validator {
    config: Config,
}

/// One report given to [`Validator::validate_corpus`].
#[derive(Debug, Clone, Copy)]
pub struct CorpusInput<'a> {
    /// The path of the report as the user gave it.
    pub path: &'a str,
    /// The canonical document.
    pub document: &'a Value,
    /// Where each part of the document is in the user's file, when known.
    pub source_map: Option<&'a SourceMap>,
}

impl Validator {
    /// A validator with every rule at its default severity.
    pub fn new() -> Self {
        schema_stage::warm_up();
        Validator::default()
    }

    /// A validator that applies a deployment's severity settings.
    pub fn with_config(config: Config) -> Self {
        schema_stage::warm_up();
        Validator { config }
    }

    /// The severity settings in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Validates `document` and returns its diagnostics, each placed through `source_map`
    /// (when given) at the nearest mapped place of its pointer, with the configured severities.
    pub fn validate(&self, document: &Value, source_map: Option<&SourceMap>) -> Vec<Diagnostic> {
        self.validate_after(document, source_map, &[])
    }

    /// Like [`Validator::validate`], for a document whose reader already reported `reader`:
    /// the checks do not report again a place where the reader reported a warning or an error.
    /// The reader's findings are not part of the result; apply the configuration to them with
    /// [`Validator::configure`].
    pub fn validate_after(
        &self,
        document: &Value,
        source_map: Option<&SourceMap>,
        reader: &[Diagnostic],
    ) -> Vec<Diagnostic> {
        let mut diagnostics = schema_stage::check(document);
        let context = ReportContext::new(document, source_map, &diagnostics, reader);
        for check in rules::report_checks() {
            check(&context, &mut diagnostics);
        }
        if let Some(source_map) = source_map {
            locate(&mut diagnostics, source_map);
        }
        self.config.apply(&mut diagnostics);
        diagnostics
    }

    /// Applies the configured severities to findings made elsewhere (a reader's): drops those
    /// of rules turned off, and sets the severity of the others.
    pub fn configure(&self, diagnostics: &mut Vec<Diagnostic>) {
        self.config.apply(diagnostics);
    }

    /// Runs the checks that compare several reports; the result has one list of findings per
    /// input, in the order given, located and configured. The checks of each report alone are
    /// not run: use [`Validator::validate`] for them.
    pub fn validate_corpus(&self, inputs: &[CorpusInput<'_>]) -> Vec<Vec<Diagnostic>> {
        self.run_corpus(&rules::corpus_checks(), inputs)
    }

    fn run_corpus(
        &self,
        checks: &[CorpusCheck],
        inputs: &[CorpusInput<'_>],
    ) -> Vec<Vec<Diagnostic>> {
        let corpus = Corpus {
            members: inputs
                .iter()
                .map(|input| CorpusMember {
                    path: input.path,
                    document: input.document,
                    source_map: input.source_map,
                    report: ReportView::of(input.document),
                })
                .collect(),
        };
        let mut findings: Vec<CorpusFinding> = Vec::new();
        for check in checks {
            check(&corpus, &mut findings);
        }
        let mut per_input: Vec<Vec<Diagnostic>> = vec![Vec::new(); inputs.len()];
        for finding in findings {
            if let Some(list) = per_input.get_mut(finding.member) {
                list.push(finding.diagnostic);
            }
        }
        for (list, input) in per_input.iter_mut().zip(inputs) {
            if let Some(source_map) = input.source_map {
                locate(list, source_map);
            }
            self.config.apply(list);
        }
        per_input
    }
}

/// Places every diagnostic that has a pointer but no location at the nearest mapped place.
pub fn locate(diagnostics: &mut [Diagnostic], source_map: &SourceMap) {
    for diagnostic in diagnostics {
        if diagnostic.location.is_none()
            && let Some(pointer) = &diagnostic.pointer
        {
            diagnostic.location = source_map.locate(pointer);
        }
    }
}

/// Every rule this crate can raise, in code order.
pub fn all_rules() -> Vec<&'static Rule> {
    rules::all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Location, RuleGroup, Severity, Text};

    static MIRROR: Rule = Rule {
        code: "ATT0399",
        name: "test-mirror",
        severity: Severity::Warning,
        group: RuleGroup::Corpus,
        summary: Text {
            en: "test",
            fr: "test",
            es: "test",
        },
        message: Text {
            en: "{other} reports no import from this State",
            fr: "test",
            es: "test",
        },
        implements: &[],
        details: "",
        example: None,
    };

    /// A corpus check that flags the exports of every report naming a later report's State.
    fn mirror(corpus: &Corpus<'_>, out: &mut Vec<CorpusFinding>) {
        for (index, member) in corpus.members.iter().enumerate() {
            for (other_index, other) in corpus.members.iter().enumerate() {
                if other_index > index {
                    out.push(CorpusFinding {
                        member: index,
                        diagnostic: Diagnostic::new(&MIRROR)
                            .arg("other", other.path)
                            .at("/exports/entries/0"),
                    });
                }
            }
            assert!(member.report.exports.present);
        }
    }

    #[test]
    fn corpus_findings_reach_their_report_located_and_configured() {
        let document = serde_json::json!({ "exports": { "entries": [ {} ] } });
        let mut first_map = SourceMap::new();
        first_map.insert("/exports/entries/0", Location::text(7, 3));
        let inputs = [
            CorpusInput {
                path: "a.json",
                document: &document,
                source_map: Some(&first_map),
            },
            CorpusInput {
                path: "b.json",
                document: &document,
                source_map: None,
            },
        ];
        let checks: [CorpusCheck; 1] = [mirror];
        let findings = Validator::new().run_corpus(&checks, &inputs);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].len(), 1);
        assert_eq!(
            findings[0][0].message(att_schema::Lang::En),
            "b.json reports no import from this State"
        );
        assert_eq!(findings[0][0].location, Some(Location::text(7, 3)));
        assert!(findings[1].is_empty());

        let mut config = Config::new();
        config.set(&MIRROR, Setting::Off);
        let silenced = Validator::with_config(config).run_corpus(&checks, &inputs);
        assert!(silenced.iter().all(Vec::is_empty));
    }
}
