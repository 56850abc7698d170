//! Types, code lists and JSON Schema for Arms Trade Treaty annual reports.
//!
//! `att-schema` is the part of the [att] toolkit that other programs reuse: the canonical report
//! document of schema version 1 as Rust types ([`Report`] and its parts), the categories of arms
//! ([`Category`]) with their names in English, French and Spanish, code lists for States,
//! currencies and non-State partners ([`codes`]), the generated JSON Schema ([`schema`]), and the
//! data types of diagnostics ([`Diagnostic`], [`DiagnosticsReport`]). It does no I/O.
//!
//! # Example
//!
//! Build a report in code, serialise it, validate it with `att-validate`, and read the
//! diagnostics:
//!
//! ```
//! use att_schema::{Category, Direction, Entry, Lang, Money, Party, Report, Status, Basis};
//!
//! let mut report = Report::default();
//! report.reporting_state = Some(Party::state("SWE", "Sweden"));
//! report.year = Some(2023.into());
//! report.exports = Direction {
//!     status: Some(Status::Reported.into()),
//!     basis: Some(Basis::Actual.into()),
//!     entries: vec![Entry {
//!         category: Some(Category::VIIISa2.into()),
//!         partner: Some(Party::state("NOR", "Norway")),
//!         items: Some(120.into()),
//!         value: Some(Money::new(1_500_000, "SEK")),
//!         ..Entry::default()
//!     }],
//! };
//! report.imports.status = Some(Status::Nil.into());
//!
//! let json = serde_json::to_value(&report)?;
//! assert_eq!(json["exports"]["entries"][0]["category"], "VIII.SA.2");
//!
//! let validator = att_validate::Validator::new();
//! let diagnostics = validator.validate(&json, None);
//! let errors: Vec<String> = diagnostics
//!     .iter()
//!     .filter(|d| d.severity == att_schema::Severity::Error)
//!     .map(|d| format!("{}: {}", d.code(), d.message(Lang::En)))
//!     .collect();
//! assert!(errors.is_empty(), "{errors:?}");
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! [att]: https://github.com/att-toolkit/att

pub mod category;
pub mod codes;
pub mod date;
pub mod diagnostic;
pub mod from_json;
pub mod json_tree;
pub mod lang;
pub mod lenient;
pub mod model;
pub mod read;
pub mod rules;
pub mod say;
pub mod schema;
pub mod source_map;
pub mod spec;
pub mod text;

pub use category::Category;
pub use date::Date;
pub use diagnostic::{
    Arg, Counts, Diagnostic, DiagnosticRecord, DiagnosticsReport, FileReport, RelatedPlace,
    Repeated, Rule, RuleGroup, Severity, ToolInfo,
};
pub use json_tree::{JsonNode, JsonTree};
pub use lang::{Lang, Text};
pub use lenient::Lenient;
pub use model::{
    Basis, Contact, Direction, DirectionKind, Entry, EntryBasis, Money, NationalDefinition, Party,
    Report, SCHEMA_VERSION, Status, Submission, Withheld, WithheldFigures,
};
pub use read::{Format, ReadReport, Reader, Written};
pub use say::Say;
pub use source_map::{Location, PointerNode, SourceMap};
pub use spec::SpecCheck;
