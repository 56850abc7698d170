//! Validation of ATT annual reports, on the typed report: the constraints of the JSON Schema
//! first (and, for a report that arrived as a document, the JSON Schema itself, for what the
//! typed report cannot hold), then the rules of the Treaty and the template, as diagnostics
//! placed at a JSON pointer and, through the reader's source map, at the place in the user's
//! file.
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

pub mod compare;
pub mod config;
pub mod context;
pub mod contract;
pub mod digest;
mod entry_json;
pub mod fields;
mod found;
pub mod mirror;
pub mod rules;
mod schema_stage;
mod tree_json;

/// Arbitrary typed reports for the property tests, shared with the other crates' tests.
#[cfg(test)]
#[path = "../../../tests/common/arbitrary_report.rs"]
mod arbitrary_report;

pub use att_schema::spec;

use att_schema::{
    Diagnostic, DirectionKind, JsonTree, ReadReport, Report, Rule, Severity, SourceMap, Written,
};
use context::ReportContext;
use contract::ContractFinding;
use rules::corpus::{Corpus, CorpusCheck, CorpusFinding};
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};

pub use config::{Config, ConfigError, Setting};
pub use digest::Digest;
pub use found::{found, shorten};
pub use rules::corpus::CorpusMember;

/// Validates reports. The compiled schema is shared by every validator in the process, so
/// creating one is cheap and one can validate many reports, from many threads.
#[derive(Debug, Clone, Default)]
pub struct Validator {
    config: Config,
}

/// The document a report was read from, for the schema stage.
#[derive(Debug, Clone, Copy)]
enum Document<'a> {
    /// A document as written, and the pointers of the values its report could not hold.
    AsWritten(&'a Value, &'a [String]),
    /// A document as a JSON reader parsed it, and the same pointers.
    Parsed(&'a JsonTree, &'a [String]),
    /// The report's own JSON form stands for its document (an XML encoding).
    OfReport,
    /// There is no document (a workbook): the schema stage does not run.
    None,
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

    /// Validates a canonical JSON document and returns its diagnostics, each placed through
    /// `source_map` (when given) at the nearest mapped place of its pointer, with the configured
    /// severities. The document is typed part by part first ([`att_schema::from_json`]); what
    /// the typed report cannot hold is reported by the schema stage.
    pub fn validate(&self, document: &Value, source_map: Option<&SourceMap>) -> Vec<Diagnostic> {
        let typed = att_schema::from_json::report(document);
        self.run(
            &typed.report,
            source_map,
            &[],
            Document::AsWritten(document, &typed.untyped),
        )
    }

    /// Validates a typed report that came from no document (built in code, or read from a
    /// workbook): the checks alone, without the schema stage.
    pub fn validate_report(
        &self,
        report: &Report,
        source_map: Option<&SourceMap>,
    ) -> Vec<Diagnostic> {
        self.run(report, source_map, &[], Document::None)
    }

    /// Validates what a reader read: the checks on its report, and the schema stage on the
    /// document it was written as (the document as written for JSON, the report's JSON form for
    /// XML, none for a workbook). The checks do not report again a place where the reader
    /// reported a warning or an error. The reader's findings are not part of the result; apply
    /// the configuration to them with [`Validator::configure`].
    pub fn validate_read(&self, read: &ReadReport) -> Vec<Diagnostic> {
        let document = match &read.written {
            Written::Document { document, untyped } => Document::Parsed(document, untyped),
            Written::Encoding => Document::OfReport,
            Written::Layout => Document::None,
        };
        self.run(
            &read.report,
            Some(&read.source_map),
            &read.diagnostics,
            document,
        )
    }

    fn run(
        &self,
        report: &Report,
        source_map: Option<&SourceMap>,
        reader: &[Diagnostic],
        document: Document<'_>,
    ) -> Vec<Diagnostic> {
        let untyped: BTreeSet<String> = match document {
            Document::AsWritten(_, untyped) | Document::Parsed(_, untyped) => {
                untyped.iter().cloned().collect()
            }
            _ => BTreeSet::new(),
        };
        let contract = ReportContext::new(
            report,
            source_map,
            untyped.clone(),
            BTreeSet::new(),
            BTreeSet::new(),
        );
        let mut findings: Vec<ContractFinding> = Vec::new();
        for check in rules::contract_checks() {
            check(&contract, &mut findings);
        }
        let document = match document {
            Document::AsWritten(document, _) => Some(schema_stage::Instance::Document(document)),
            Document::Parsed(tree, _) => Some(schema_stage::Instance::Tree(tree)),
            Document::OfReport => Some(schema_stage::Instance::Report(report)),
            Document::None => None,
        };
        if let Some(document) = document {
            let typed: HashSet<&str> = findings.iter().map(ContractFinding::pointer).collect();
            let absent: Vec<String> = DirectionKind::ALL
                .into_iter()
                .filter(|kind| contract.is_absent(*kind))
                .map(|kind| format!("/{}", kind.field()))
                .collect();
            let schema = schema_stage::check_instance(document, &typed, &absent);
            findings.extend(schema);
        }
        contract::merge_misspellings(&mut findings);
        let mut diagnostics: Vec<Diagnostic> = findings
            .into_iter()
            .map(|finding| finding.diagnostic)
            .collect();
        let reported = diagnostics
            .iter()
            .filter_map(|d| d.pointer.clone())
            .collect();
        let reader_reported = reader
            .iter()
            .filter(|d| d.severity >= Severity::Warning)
            .filter_map(|d| d.pointer.clone())
            .filter(|pointer| !is_a_container(pointer))
            .collect();
        let context = ReportContext::new(report, source_map, untyped, reported, reader_reported);
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

    /// Runs the checks that compare several reports (`checks.md` §C), each report given by its
    /// path and its [`Digest`]; the result has one list of findings per report, in the order
    /// given, placed and configured, each naming the other report in its related places. The
    /// checks of each report alone are not run: use [`Validator::validate_read`] for them.
    pub fn validate_corpus(&self, members: &[CorpusMember<'_>]) -> Vec<Vec<Diagnostic>> {
        self.run_corpus(&rules::corpus_checks(), members)
    }

    fn run_corpus(
        &self,
        checks: &[CorpusCheck],
        members: &[CorpusMember<'_>],
    ) -> Vec<Vec<Diagnostic>> {
        let corpus = Corpus::new(members.to_vec());
        let mut findings: Vec<CorpusFinding> = Vec::new();
        for check in checks {
            check(&corpus, &mut findings);
        }
        let mut per_member: Vec<Vec<Diagnostic>> = vec![Vec::new(); members.len()];
        for finding in findings {
            if let Some(list) = per_member.get_mut(finding.member) {
                list.push(finding.diagnostic);
            }
        }
        for list in &mut per_member {
            self.config.apply(list);
        }
        per_member
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

/// The findings of the JSON Schema alone on `document`, each at the place of what it concerns
/// (the missing field, for a required one; the party, for a party whose name is empty), before
/// any is left out for the contract check's: for tools and tests that compare the two.
pub fn schema_findings(document: &Value) -> Vec<Diagnostic> {
    schema_stage::all(document)
}

/// Whether `pointer` names a part of the report that holds others (the document, a direction,
/// its entries, Annex 2, the submission): a reader's finding there (a heading of the exports
/// table not read) is no cause of the findings below it, which are still checked.
fn is_a_container(pointer: &str) -> bool {
    matches!(
        pointer,
        "" | "/exports"
            | "/imports"
            | "/exports/entries"
            | "/imports/entries"
            | "/national_definitions"
            | "/submission"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Location, RuleGroup, Severity, Text};
    use digest::Place;

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

    /// A corpus check that flags the reporting State of every report naming each later one.
    fn mirror(corpus: &Corpus<'_>, out: &mut Vec<CorpusFinding>) {
        for (index, member) in corpus.members.iter().enumerate() {
            for (other_index, other) in corpus.members.iter().enumerate() {
                if other_index > index {
                    out.push(CorpusFinding::at(
                        index,
                        Diagnostic::new(&MIRROR)
                            .arg("other", other.path)
                            .related(other.related(&other.digest.state_place)),
                        &member.digest.state_place,
                    ));
                }
            }
        }
    }

    #[test]
    fn corpus_findings_reach_their_report_placed_and_configured() {
        let mut report = Report::default();
        report.exports.entries.push(att_schema::Entry::default());
        let mut first_map = SourceMap::new();
        first_map.insert("/reporting_state", Location::text(7, 3));
        let first = Digest::of(&report, Some(&first_map));
        let second = Digest::of(&report, None);
        assert_eq!(
            first.state_place,
            Place {
                pointer: "/reporting_state".into(),
                location: Some(Location::text(7, 3))
            }
        );
        let members = [
            CorpusMember {
                path: "a.json",
                digest: &first,
            },
            CorpusMember {
                path: "b.json",
                digest: &second,
            },
        ];
        let checks: [CorpusCheck; 1] = [mirror];
        let findings = Validator::new().run_corpus(&checks, &members);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[0].len(), 1);
        assert_eq!(
            findings[0][0].message(att_schema::Lang::En),
            "b.json reports no import from this State"
        );
        assert_eq!(findings[0][0].location, Some(Location::text(7, 3)));
        assert_eq!(findings[0][0].related[0].path, "b.json");
        assert!(findings[1].is_empty());

        let mut config = Config::new();
        config.set(&MIRROR, Setting::Off);
        let silenced = Validator::with_config(config).run_corpus(&checks, &members);
        assert!(silenced.iter().all(Vec::is_empty));
    }
}
