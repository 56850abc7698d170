//! The canonical report document (schema version 1): one report of one State for one year.
//!
//! The types describe what a report *can* say, so that a reader can represent an incomplete or
//! partly wrong report faithfully; the generated JSON Schema describes what a *valid* report must
//! say (required fields, enumerations, formats). Where a reader could not type a value it keeps the
//! raw value in a [`Lenient`] field, which the schema then rejects at its place.

use crate::category::Category;
use crate::date::Date;
use crate::lenient::Lenient;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the canonical document that these types describe.
pub const SCHEMA_VERSION: &str = "1.0";

/// ATT annual report
///
/// A State Party's report under Article 13(3) of the Arms Trade Treaty on its exports and imports
/// of conventional arms during one calendar year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, extend("required" = ["schema_version", "reporting_state", "year", "exports", "imports"]))]
pub struct Report {
    /// Schema version
    ///
    /// The version of this document format; `1.0` for documents described by this schema.
    // An empty version stands for none: it is left out of the document.
    #[serde(skip_serializing_if = "String::is_empty")]
    #[schemars(extend("const" = "1.0"))]
    pub schema_version: String,
    /// Reporting State
    ///
    /// The State Party submitting the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_state: Option<Party>,
    /// Reporting year
    ///
    /// The calendar year (1 January to 31 December) the report covers; 2014 or later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u16", range(min = 2014))]
    pub year: Option<Lenient<i64>>,
    /// Submission
    ///
    /// How and when the report was submitted, and by whom.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission: Option<Submission>,
    /// Exports
    ///
    /// Authorized or actual exports during the year.
    #[serde(default)]
    pub exports: Direction,
    /// Imports
    ///
    /// Authorized or actual imports during the year.
    #[serde(default)]
    pub imports: Direction,
    /// National definitions (Annex 2)
    ///
    /// The State's own definitions of the categories it used, where they differ from the UN
    /// Register's.
    #[serde(default)]
    pub national_definitions: Vec<NationalDefinition>,
}

impl Default for Report {
    fn default() -> Self {
        Report {
            schema_version: SCHEMA_VERSION.to_owned(),
            reporting_state: None,
            year: None,
            submission: None,
            exports: Direction::default(),
            imports: Direction::default(),
            national_definitions: Vec::new(),
        }
    }
}

impl Report {
    /// The direction of `kind`.
    pub fn direction(&self, kind: DirectionKind) -> &Direction {
        match kind {
            DirectionKind::Exports => &self.exports,
            DirectionKind::Imports => &self.imports,
        }
    }

    /// The direction of `kind`, to change it.
    pub fn direction_mut(&mut self, kind: DirectionKind) -> &mut Direction {
        match kind {
            DirectionKind::Exports => &mut self.exports,
            DirectionKind::Imports => &mut self.imports,
        }
    }

    /// The reporting year, when it is a whole number.
    pub fn year(&self) -> Option<i64> {
        self.year.as_ref().and_then(Lenient::typed).copied()
    }

    /// The date of submission, when it is a valid date.
    pub fn submission_date(&self) -> Option<Date> {
        self.submission
            .as_ref()
            .and_then(|submission| submission.date.as_ref())
            .and_then(Lenient::typed)
            .copied()
    }

    /// Whether the report declares that commercially sensitive or national security
    /// information was withheld.
    pub fn declares_withheld(&self) -> bool {
        self.submission
            .as_ref()
            .and_then(|submission| submission.withheld.as_ref())
            .is_some_and(|withheld| {
                [
                    &withheld.commercially_sensitive,
                    &withheld.national_security,
                ]
                .into_iter()
                .any(|flag| matches!(flag, Some(Lenient::Typed(true))))
            })
    }
}

/// A State, organisation or placeholder named in a report
///
/// `code` is the ISO 3166-1 alpha-3 code when the name resolves to a State; `name` is the text
/// as reported. At least one of the two is present.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, extend("minProperties" = 1))]
pub struct Party {
    /// State code
    ///
    /// ISO 3166-1 alpha-3 code of the State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub code: Option<String>,
    /// Name as reported
    ///
    /// The name exactly as the report gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub name: Option<String>,
}

impl Party {
    /// A party resolved to a State: its alpha-3 code and the name as reported.
    pub fn state(code: impl Into<String>, name: impl Into<String>) -> Self {
        Party {
            code: Some(code.into()),
            name: Some(name.into()),
        }
    }

    /// A party known only by the name reported.
    pub fn named(name: impl Into<String>) -> Self {
        Party {
            code: None,
            name: Some(name.into()),
        }
    }
}

/// Submission
///
/// How and when the report was submitted, and by whom.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Submission {
    /// Date of submission
    ///
    /// The date the report was submitted to the ATT Secretariat (ISO 8601, YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Date")]
    pub date: Option<Lenient<Date>>,
    /// May be made public
    ///
    /// Whether the State agrees that the report is published on the Treaty's website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub public: Option<Lenient<bool>>,
    /// Language
    ///
    /// The language of the report: ISO 639-1 code (`en`, `fr`, `es`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[a-z]{2}$"))]
    pub language: Option<String>,
    /// Template
    ///
    /// The form the report was prepared in: `att-2017` (the 2017 reporting template),
    /// `att-provisional` (the layout used for 2015 and 2016 reports), `unroca` (UN Register
    /// forms), `national` (a national layout), or another name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub template: Option<String>,
    /// National point of contact
    ///
    /// The submitting authority and the person to contact about the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Withheld information
    ///
    /// The voluntary declaration under Article 13(3) that commercially sensitive or national
    /// security information was left out of the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<Withheld>,
}

/// National point of contact
///
/// The submitting authority and the person to contact about the report.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Contact {
    /// Name
    ///
    /// Name of the contact person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Position
    ///
    /// The contact person's position or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Organisation
    ///
    /// The submitting authority: ministry, department or agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Address
    ///
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Telephone
    ///
    /// Telephone number, with the international prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    /// E-mail
    ///
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Withheld information
///
/// The voluntary declaration under Article 13(3) that commercially sensitive or national security
/// information was left out. It is not a nil report.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Withheld {
    /// Commercially sensitive information withheld
    ///
    /// Whether commercially sensitive information was left out of the report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub commercially_sensitive: Option<Lenient<bool>>,
    /// National security information withheld
    ///
    /// Whether information was left out for reasons of national security.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "bool")]
    pub national_security: Option<Lenient<bool>>,
    /// Note
    ///
    /// What was withheld, in the State's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Which way arms moved: the two tables of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DirectionKind {
    /// Transfers out of the reporting State.
    Exports,
    /// Transfers into the reporting State.
    Imports,
}

impl DirectionKind {
    /// Both directions, exports first.
    pub const ALL: [DirectionKind; 2] = [DirectionKind::Exports, DirectionKind::Imports];

    /// The field name in the canonical document: `exports` or `imports`.
    pub fn field(self) -> &'static str {
        match self {
            DirectionKind::Exports => "exports",
            DirectionKind::Imports => "imports",
        }
    }
}

/// Exports or imports
///
/// One direction of transfers: whether it was reported, on what basis, and its entries.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, extend("required" = ["status", "entries"]))]
pub struct Direction {
    /// Status
    ///
    /// `reported` (a table with entries follows), `nil` (a nil report: nothing to report) or
    /// `not_reported` (the direction is absent from the report).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Status")]
    pub status: Option<Lenient<Status>>,
    /// Basis of the figures
    ///
    /// Whether the figures are of authorizations issued (`authorized`), of deliveries that took
    /// place (`actual`), or of both.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Basis")]
    pub basis: Option<Lenient<Basis>>,
    /// Entries
    ///
    /// One entry per reported transfer (a row of the table).
    #[serde(default)]
    pub entries: Vec<Entry>,
}

impl Direction {
    /// The status, when it is one of the allowed values.
    pub fn status(&self) -> Option<Status> {
        self.status.as_ref().and_then(Lenient::typed).copied()
    }

    /// The basis, when it is one of the allowed values.
    pub fn basis(&self) -> Option<Basis> {
        self.basis.as_ref().and_then(Lenient::typed).copied()
    }

    /// Whether the direction says nothing at all: no status, no basis, no entries — as a
    /// direction the report leaves out.
    pub fn is_empty(&self) -> bool {
        self.status.is_none() && self.basis.is_none() && self.entries.is_empty()
    }
}

/// Status of a direction
///
/// Whether a direction was reported, reported as nil, or left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Reported
    ///
    /// A table with entries follows.
    Reported,
    /// Nil report
    ///
    /// The State declares there were no transfers in this direction during the year.
    Nil,
    /// Not reported
    ///
    /// The report says nothing about this direction.
    NotReported,
}

/// Basis of a direction's figures
///
/// Authorizations issued, deliveries that took place, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Authorized
    ///
    /// Licences or authorizations issued during the year.
    Authorized,
    /// Actual
    ///
    /// Transfers that took place during the year.
    Actual,
    /// Both
    ///
    /// Some figures are authorizations and some actual transfers; each entry says which.
    Both,
}

/// Basis of one entry
///
/// Overrides the direction's basis for this entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntryBasis {
    /// Authorized
    ///
    /// A licence or authorization issued during the year.
    Authorized,
    /// Actual
    ///
    /// A transfer that took place during the year.
    Actual,
}

/// Entry
///
/// One reported transfer: a row of the exports or imports table.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(
    deny_unknown_fields,
    extend("required" = ["category", "partner"]),
    extend("anyOf" = [{ "required": ["items"] }, { "required": ["value"] }, { "required": ["withheld"] }]),
    extend("if" = { "properties": { "category": { "const": "national" } }, "required": ["category"] }),
    extend("then" = { "required": ["national_category"] })
)]
pub struct Entry {
    /// Category
    ///
    /// The category of the arms (`I` … `VIII.LW.7`), or `national` for a voluntary national
    /// category named in `national_category`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Category")]
    pub category: Option<Lenient<Category>>,
    /// National category
    ///
    /// The name of the voluntary national category, when `category` is `national`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub national_category: Option<String>,
    /// Partner State
    ///
    /// For exports the final importing State; for imports the exporting State.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner: Option<Party>,
    /// Number of items
    ///
    /// How many items were transferred (a whole number of 0 or more).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "u64")]
    pub items: Option<Lenient<u64>>,
    /// Value
    ///
    /// The value of the transfer, with its currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Money>,
    /// Figures withheld
    ///
    /// The figures of this entry that the State deliberately did not give — Article 13(3) lets a
    /// report leave out commercially sensitive or national security information — each with the
    /// word the report used instead ("classified", "confidentiel", "n.d."). A withheld figure is
    /// not a missing one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withheld: Option<WithheldFigures>,
    /// Basis
    ///
    /// Whether this entry is an authorization or an actual transfer, where it differs from the
    /// direction's basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "EntryBasis")]
    pub basis: Option<Lenient<EntryBasis>>,
    /// State of origin
    ///
    /// The State where the arms were made, if not the exporter (re-exports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_of_origin: Option<Party>,
    /// Intermediate locations
    ///
    /// States the arms passed through on the way (transit, trans-shipment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intermediate_locations: Option<Vec<Party>>,
    /// Description of items
    ///
    /// Model, type, calibre or other description of the arms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Comments on the transfer
    ///
    /// The nature of the transfer (sale, gift, loan, lease, re-export, temporary export for
    /// repair or demonstration), the end user, or other remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments: Option<String>,
}

impl Entry {
    /// The names of an entry's fields in the canonical document, in the order they serialise:
    /// what the XML reader accepts and the schema stage's view of an entry presents.
    pub const FIELDS: &'static [&'static str] = &[
        "category",
        "national_category",
        "partner",
        "items",
        "value",
        "withheld",
        "basis",
        "state_of_origin",
        "intermediate_locations",
        "description",
        "comments",
    ];
}

/// Figures withheld
///
/// Which figures of an entry were deliberately left out, each with the word the report used in
/// its place, exactly as written.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, extend("minProperties" = 1))]
pub struct WithheldFigures {
    /// Number of items withheld
    ///
    /// What the report gives instead of the number of items ("classified", "not declared").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub items: Option<String>,
    /// Value withheld
    ///
    /// What the report gives instead of the value ("confidential", "C").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub value: Option<String>,
}

impl WithheldFigures {
    /// Whether nothing is withheld.
    pub fn is_empty(&self) -> bool {
        self.items.is_none() && self.value.is_none()
    }
}

/// Value
///
/// An amount of money and its currency.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(deny_unknown_fields, extend("required" = ["amount", "currency"]))]
pub struct Money {
    /// Amount
    ///
    /// The value, in units of the currency (not thousands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "f64", range(min = 0))]
    pub amount: Option<Lenient<serde_json::Number>>,
    /// Currency
    ///
    /// ISO 4217 code of the currency (`USD`, `EUR`, `SEK`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: Option<String>,
}

/// National definition (Annex 2)
///
/// The State's own definition of a category it used.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[schemars(
    deny_unknown_fields,
    extend("required" = ["category", "definition"]),
    extend("if" = { "properties": { "category": { "const": "national" } }, "required": ["category"] }),
    extend("then" = { "required": ["national_category"] })
)]
pub struct NationalDefinition {
    /// Category
    ///
    /// The category defined (`I` … `VIII.LW.7`), or `national` with `national_category`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Category")]
    pub category: Option<Lenient<Category>>,
    /// National category
    ///
    /// The name of the national category, when `category` is `national`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub national_category: Option<String>,
    /// Definition
    ///
    /// The definition, in the State's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub definition: Option<String>,
}

impl Money {
    /// An amount in the currency with ISO 4217 code `currency`.
    pub fn new(amount: impl Into<serde_json::Number>, currency: impl Into<String>) -> Self {
        Money {
            amount: Some(Lenient::Typed(amount.into())),
            currency: Some(currency.into()),
        }
    }
}

#[cfg(test)]
mod field_names {
    use super::*;

    #[test]
    fn entry_fields_are_the_keys_of_a_full_entry_in_their_order() {
        let party = Party {
            code: Some("SWE".into()),
            name: Some("Sweden".into()),
        };
        let entry = Entry {
            category: Some(Lenient::Raw(Box::new("II".into()))),
            national_category: Some("ML6".into()),
            partner: Some(party.clone()),
            items: Some(Lenient::Typed(1)),
            value: Some(Money::default()),
            withheld: Some(WithheldFigures::default()),
            basis: Some(Lenient::Raw(Box::new("actual".into()))),
            state_of_origin: Some(party.clone()),
            intermediate_locations: Some(vec![party]),
            description: Some("d".into()),
            comments: Some("c".into()),
        };
        let value = serde_json::to_value(&entry).expect("an entry serialises");
        let keys: Vec<&str> = value
            .as_object()
            .map(|object| object.keys().map(String::as_str).collect())
            .unwrap_or_default();
        assert_eq!(keys, Entry::FIELDS);
    }
}
