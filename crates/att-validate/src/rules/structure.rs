//! The contract: every constraint of the JSON Schema, checked on the typed report — the rules
//! of the report's structure where no more specific rule applies (codes `ATT0001`–`ATT0099`),
//! and the more specific rules of the other families for the constraints they concern (a
//! missing year, an unknown category, a number of items that is not one…).
//!
//! Its findings are those of the schema, placed at the same pointers, so that the checks after
//! it do not report a place again; the schema stage then adds, for documents, what the typed
//! report cannot hold (unknown fields, values of the wrong JSON type).

use super::{Check, Family};
use super::{category, directions, partner, quantity, reporting_state, value, year};
use crate::context::ReportContext;
use crate::contract::{
    ContractFinding, Expected, Kind, allowed, is_language_code, is_three_capitals,
};
use crate::fields;
use crate::found::found;
use att_schema::codes::{State, StateMatch, resolve_state, state_by_code};
use att_schema::from_json::{FromJson, as_written};
use att_schema::source_map::pointer_push;
use att_schema::{
    Arg, Category, Diagnostic, DirectionKind, Entry, Lenient, Money, NationalDefinition, Party,
    Rule, RuleGroup, Severity, Status, Submission, Text, spec,
};
use serde_json::Value;

/// The document is not of schema version 1.0.
pub static SCHEMA_VERSION: Rule = Rule {
    code: "ATT0001",
    name: "schema-version",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The document does not say it is of schema version 1.0.",
        fr: "Le document n’indique pas qu’il suit la version 1.0 du schéma.",
        es: "El documento no indica que siga la versión 1.0 del esquema.",
    },
    message: Text {
        en: "The schema version must be “1.0”{?found:; found {found}}.",
        fr: "La version du schéma doit être « 1.0 »{?found: ; trouvé : {found}}.",
        es: "La versión del esquema debe ser «1.0»{?found:; se encontró {found}}.",
    },
    implements: &[&spec::A_LAYOUT],
    details: "`schema_version` is absent or is not `\"1.0\"`: the document is not of the version att reads, so its fields may mean something else.",
    example: Some(|| {
        Diagnostic::new(&SCHEMA_VERSION)
            .arg("found", Arg::Quoted("2.0".into()))
            .at("/schema_version")
    }),
};

/// A field the report format requires is missing.
pub static FIELD_MISSING: Rule = Rule {
    code: "ATT0002",
    name: "field-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A field the report format requires is missing.",
        fr: "Un champ exigé par le format du rapport est absent.",
        es: "Falta un campo que exige el formato del informe.",
    },
    message: Text {
        en: "{field} is missing{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "{field} : information manquante{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Falta {field}{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_CATEGORY, &spec::B_CURRENCY],
    details: "A field the format requires is absent and no more specific rule applies: the `national_category` of a national category, the `amount` of a value, the `status` or `entries` of a direction, the `definition` of a national definition. A near-misspelled unknown field beside it (`amuont`) is named in the message instead of being reported on its own.",
    example: Some(|| {
        Diagnostic::new(&FIELD_MISSING)
            .arg(
                "field",
                fields::label("/exports/entries/0/national_category"),
            )
            .at("/exports/entries/0/national_category")
    }),
};

/// A value is not of the kind its field needs.
pub static INVALID_VALUE: Rule = Rule {
    code: "ATT0003",
    name: "invalid-value",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A value is not of the kind its field needs (a number, a date, a code…).",
        fr: "Une valeur n’est pas du type attendu pour son champ (nombre, date, code…).",
        es: "Un valor no es del tipo que requiere su campo (número, fecha, código…).",
    },
    message: Text {
        en: "{field} must be {expected}; found {found}.",
        fr: "{field} doit être {expected} ; trouvé : {found}.",
        es: "{field} debe ser {expected}; se encontró {found}.",
    },
    implements: &[&spec::B_REPORTING_STATE, &spec::B_PUBLIC],
    details: "A value is not of the kind its field needs and no more specific rule applies: a date not written YYYY-MM-DD, a State code not in capitals, yes/no written as text, a list where one value belongs.",
    example: Some(|| {
        Diagnostic::new(&INVALID_VALUE)
            .arg("field", fields::subject("/submission/date"))
            .arg(
                "expected",
                Text {
                    en: "a date written YYYY-MM-DD",
                    fr: "une date au format AAAA-MM-JJ",
                    es: "una fecha con el formato AAAA-MM-DD",
                },
            )
            .arg("found", Arg::Quoted("28 May 2024".into()))
            .at("/submission/date")
    }),
};

/// A value is not one of those its field allows.
pub static VALUE_NOT_ALLOWED: Rule = Rule {
    code: "ATT0004",
    name: "value-not-allowed",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A value is not one of the values its field allows.",
        fr: "Une valeur ne fait pas partie des valeurs admises pour son champ.",
        es: "Un valor no es uno de los admitidos para su campo.",
    },
    message: Text {
        en: "{field} must be one of {allowed}; found {found}.",
        fr: "{field} doit être l’une des valeurs suivantes : {allowed} ; trouvé : {found}.",
        es: "{field} debe ser uno de estos valores: {allowed}; se encontró {found}.",
    },
    implements: &[&spec::B_BASIS, &spec::B_DIRECTION_NOT_REPORTED],
    details: "A value is not one of those its field allows: a direction’s `status` (reported, nil, not_reported) or `basis` (authorized, actual, both), an entry’s `basis` (authorized, actual).",
    example: Some(|| {
        Diagnostic::new(&VALUE_NOT_ALLOWED)
            .arg("field", fields::subject("/imports/status"))
            .arg("allowed", "reported, nil, not_reported")
            .arg("found", Arg::Quoted("none".into()))
            .at("/imports/status")
    }),
};

/// The structure family: its rules, and the contract check, which raises them and the more
/// specific rules of the other families.
pub static FAMILY: Family = Family {
    name: "structure",
    rules: &[
        &SCHEMA_VERSION,
        &FIELD_MISSING,
        &INVALID_VALUE,
        &VALUE_NOT_ALLOWED,
    ],
    check: Check::Contract(check),
};

/// Checks every constraint of the JSON Schema on the typed report. A finding is not made where
/// the report left out, as untyped, the value it concerns or a part of it (the schema stage
/// reports those from the document).
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<ContractFinding>) {
    let mut walk = Walk {
        cx,
        out,
        withheld: cx.report.declares_withheld(),
    };
    walk.report();
}

/// What a party is, for what its absence is called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    ReportingState,
    Partner,
    Place,
}

struct Walk<'w, 'a> {
    cx: &'w ReportContext<'a>,
    out: &'w mut Vec<ContractFinding>,
    withheld: bool,
}

impl Walk<'_, '_> {
    fn push(&mut self, diagnostic: Diagnostic, kind: Kind) {
        let pointer = diagnostic.pointer.as_deref().unwrap_or_default();
        if !self.cx.is_untyped(pointer) {
            self.out.push(ContractFinding { diagnostic, kind });
        }
    }

    /// `field` of the object at `parent` is missing: `rule` says so, naming the field.
    fn missing(&mut self, parent: &str, field: &str, rule: &'static Rule) {
        let pointer = pointer_push(parent, field);
        let diagnostic = Diagnostic::new(rule)
            .arg("field", fields::label(&pointer))
            .at(pointer);
        self.push(
            diagnostic,
            Kind::Missing {
                parent: parent.to_owned(),
                field: field.to_owned(),
            },
        );
    }

    /// The value at `pointer` is not what its field needs.
    fn invalid(&mut self, pointer: String, expected: Expected, found: Arg) {
        let diagnostic = Diagnostic::new(&INVALID_VALUE)
            .arg("expected", expected.text())
            .arg("field", fields::subject(&pointer))
            .arg("found", found)
            .at(pointer);
        self.push(diagnostic, Kind::Other);
    }

    /// The value of a field with a fixed list of values is none of them.
    fn not_allowed(&mut self, pointer: String, raw: &Value) {
        let diagnostic = Diagnostic::new(&VALUE_NOT_ALLOWED)
            .arg("allowed", allowed(&pointer))
            .arg("field", fields::subject(&pointer))
            .arg("found", found(raw))
            .at(pointer);
        self.push(diagnostic, Kind::Other);
    }

    /// A raw value where `rule` needs a typed one.
    fn raw(&mut self, rule: &'static Rule, pointer: String, raw: &Value) {
        let diagnostic = Diagnostic::new(rule).arg("found", found(raw)).at(pointer);
        self.push(diagnostic, Kind::Other);
    }

    /// A text field, `field` of the object at `parent`, that must not be empty.
    fn not_empty(&mut self, parent: &str, field: &str, text: Option<&str>) {
        if text == Some("") {
            self.invalid(pointer_push(parent, field), Expected::NotEmpty, written(""));
        }
    }

    /// A yes/no field.
    fn boolean(&mut self, pointer: String, value: Option<&Lenient<bool>>) {
        if let Some(raw) = not_of_its_type(value) {
            self.invalid(pointer, Expected::Boolean, found(raw));
        }
    }

    fn report(&mut self) {
        let report = self.cx.report;
        match report.schema_version.as_str() {
            "" => self.missing("", "schema_version", &SCHEMA_VERSION),
            att_schema::SCHEMA_VERSION => {}
            other => {
                let diagnostic = Diagnostic::new(&SCHEMA_VERSION)
                    .arg("found", written(other))
                    .at("/schema_version");
                self.push(diagnostic, Kind::Other);
            }
        }
        match &report.reporting_state {
            None => self.missing(
                "",
                "reporting_state",
                &reporting_state::REPORTING_STATE_MISSING,
            ),
            Some(party) => {
                self.party(
                    party,
                    || "/reporting_state".to_owned(),
                    Role::ReportingState,
                );
            }
        }
        match &report.year {
            None => self.missing("", "year", &year::YEAR_MISSING),
            Some(written) => match (as_written(written), written) {
                (Some(year), _) if (2014..=65535).contains(&year) => {}
                (Some(year), _) => {
                    self.raw(&year::YEAR_INVALID, "/year".to_owned(), &Value::from(year));
                }
                (None, written) => {
                    let raw = written.raw().cloned().unwrap_or_default();
                    self.raw(&year::YEAR_INVALID, "/year".to_owned(), &raw);
                }
            },
        }
        if let Some(submission) = &report.submission {
            self.submission(submission);
        }
        for kind in DirectionKind::ALL {
            self.direction(kind);
        }
        for (index, definition) in report.national_definitions.iter().enumerate() {
            self.national_definition(definition, pointer_push("/national_definitions", index));
        }
    }

    fn submission(&mut self, submission: &Submission) {
        let at = |field: &str| pointer_push("/submission", field);
        if let Some(raw) = not_of_its_type(submission.date.as_ref()) {
            let expected = if raw.is_string() {
                Expected::Date
            } else {
                Expected::Text
            };
            self.invalid(at("date"), expected, found(raw));
        }
        self.boolean(at("public"), submission.public.as_ref());
        if let Some(language) = &submission.language
            && !is_language_code(language)
        {
            self.invalid(at("language"), Expected::Language, written(language));
        }
        self.not_empty("/submission", "template", submission.template.as_deref());
        if let Some(withheld) = &submission.withheld {
            let at = |field: &str| pointer_push("/submission/withheld", field);
            self.boolean(
                at("commercially_sensitive"),
                withheld.commercially_sensitive.as_ref(),
            );
            self.boolean(at("national_security"), withheld.national_security.as_ref());
        }
    }

    fn direction(&mut self, kind: DirectionKind) {
        let pointer = format!("/{}", kind.field());
        if self.cx.is_absent(kind) {
            let other = match kind {
                DirectionKind::Exports => DirectionKind::Imports,
                DirectionKind::Imports => DirectionKind::Exports,
            };
            let other_status = self.cx.report.direction(other).status();
            let diagnostic = if matches!(other_status, Some(Status::Reported | Status::Nil)) {
                Diagnostic::new(&directions::ONE_DIRECTION_ONLY)
                    .arg("present", directions::direction_name(other))
                    .arg("direction", directions::direction_name(kind))
            } else {
                Diagnostic::new(&directions::DIRECTION_NOT_REPORTED)
                    .arg("direction", directions::direction_name(kind))
            };
            self.push(
                diagnostic.at(pointer),
                Kind::Missing {
                    parent: String::new(),
                    field: kind.field().to_owned(),
                },
            );
            return;
        }
        let direction = self.cx.report.direction(kind);
        if direction.status.is_none() {
            self.missing(&pointer, "status", &FIELD_MISSING);
        }
        if let Some(raw) = not_of_its_type(direction.status.as_ref()) {
            self.not_allowed(pointer_push(&pointer, "status"), raw);
        }
        if let Some(raw) = not_of_its_type(direction.basis.as_ref()) {
            self.not_allowed(pointer_push(&pointer, "basis"), raw);
        }
        let entries = pointer_push(&pointer, "entries");
        for (index, entry) in direction.entries.iter().enumerate() {
            self.entry(entry, || pointer_push(&entries, index));
        }
    }

    /// An entry, at the pointer `pointer` gives (built only for what is reported: most entries
    /// have nothing to report).
    fn entry(&mut self, entry: &Entry, pointer: impl Fn() -> String + Copy) {
        let at = |field: &str| pointer_push(&pointer(), field);
        if entry.category.is_none() {
            self.missing(&pointer(), "category", &category::CATEGORY_MISSING);
        }
        if let Some(raw) = not_of_its_type(entry.category.as_ref()) {
            self.category(at("category"), raw);
        }
        self.national_category(
            pointer,
            entry.category.as_ref(),
            entry.national_category.as_deref(),
        );
        match &entry.partner {
            None => {
                let diagnostic = self.partner_missing(at("partner"));
                self.push(
                    diagnostic,
                    Kind::Missing {
                        parent: pointer(),
                        field: "partner".to_owned(),
                    },
                );
            }
            Some(party) => self.party(party, || at("partner"), Role::Partner),
        }
        if let Some(raw) = not_of_its_type(entry.items.as_ref()) {
            self.raw(&quantity::ITEMS_INVALID, at("items"), raw);
        }
        if let Some(money) = &entry.value {
            self.money(money, || at("value"));
        }
        if let Some(withheld) = &entry.withheld {
            let figures = at("withheld");
            if withheld.is_empty() {
                self.invalid(
                    figures.clone(),
                    Expected::Allowed,
                    Arg::Text("{}".to_owned()),
                );
            }
            self.not_empty(&figures, "items", withheld.items.as_deref());
            self.not_empty(&figures, "value", withheld.value.as_deref());
        }
        let has_quantity =
            entry.items.is_some() || entry.value.is_some() || entry.withheld.is_some();
        if !has_quantity
            && !["items", "value", "withheld"]
                .into_iter()
                .any(|field| self.cx.is_untyped(&at(field)))
            && !self.cx.is_left_out(&pointer())
        {
            self.out.push(ContractFinding {
                diagnostic: Diagnostic::new(&quantity::NO_QUANTITY).at(pointer()),
                kind: Kind::NoQuantity { entry: pointer() },
            });
        }
        if let Some(raw) = not_of_its_type(entry.basis.as_ref()) {
            self.not_allowed(at("basis"), raw);
        }
        if let Some(origin) = &entry.state_of_origin {
            self.party(origin, || at("state_of_origin"), Role::Place);
        }
        for (index, place) in entry.intermediate_locations.iter().flatten().enumerate() {
            let place_at = || pointer_push(&at("intermediate_locations"), index);
            self.party(place, place_at, Role::Place);
        }
    }

    /// A category that is not one: an aggregate of several, or unknown (with the code it most
    /// likely means).
    fn category(&mut self, pointer: String, raw: &Value) {
        let text = raw.as_str();
        if text.is_some_and(category::is_aggregate) {
            self.raw(&category::CATEGORY_AGGREGATE, pointer, raw);
            return;
        }
        let mut diagnostic = Diagnostic::new(&category::CATEGORY_UNKNOWN)
            .arg("found", found(raw))
            .at(pointer);
        if let Some(closest) = text.and_then(category::closest_category) {
            diagnostic = diagnostic
                .arg("closest", closest.code())
                .arg("closest_name", category::category_name(closest));
        }
        self.push(diagnostic, Kind::Other);
    }

    /// The national category an entry or definition of category `national` must name.
    fn national_category(
        &mut self,
        pointer: impl Fn() -> String,
        category: Option<&Lenient<Category>>,
        national: Option<&str>,
    ) {
        let is_national = category.and_then(as_written) == Some(Category::National);
        if is_national && national.is_none() {
            self.missing(&pointer(), "national_category", &FIELD_MISSING);
        }
        if national == Some("") {
            self.not_empty(&pointer(), "national_category", national);
        }
    }

    fn money(&mut self, money: &Money, pointer: impl Fn() -> String) {
        let at = |field: &str| pointer_push(&pointer(), field);
        match &money.amount {
            None => self.missing(&pointer(), "amount", &FIELD_MISSING),
            Some(written) => match as_written(written) {
                Some(amount) if amount.as_f64().is_some_and(|a| a < 0.0) => {
                    self.raw(&value::VALUE_INVALID, at("amount"), &Value::Number(amount));
                }
                Some(_) => {}
                None => {
                    let raw = written.raw().cloned().unwrap_or_default();
                    self.raw(&value::VALUE_INVALID, at("amount"), &raw);
                }
            },
        }
        match &money.currency {
            None => self.missing(&pointer(), "currency", &value::CURRENCY_MISSING),
            Some(currency) if !is_three_capitals(currency) => {
                let diagnostic = Diagnostic::new(&value::CURRENCY_INVALID)
                    .arg("found", written(currency))
                    .at(at("currency"));
                let home = home_state(self.cx.report.reporting_state.as_ref());
                let diagnostic = value::with_closest_currency(diagnostic, currency, home);
                self.push(diagnostic, Kind::Other);
            }
            Some(_) => {}
        }
    }

    fn national_definition(&mut self, definition: &NationalDefinition, pointer: String) {
        if definition.category.is_none() {
            self.missing(&pointer, "category", &FIELD_MISSING);
        }
        if let Some(raw) = not_of_its_type(definition.category.as_ref()) {
            self.category(pointer_push(&pointer, "category"), raw);
        }
        self.national_category(
            || pointer.clone(),
            definition.category.as_ref(),
            definition.national_category.as_deref(),
        );
        match definition.definition.as_deref() {
            None => self.missing(&pointer, "definition", &FIELD_MISSING),
            text => self.not_empty(&pointer, "definition", text),
        }
    }

    /// A party, at the pointer `at` gives: a code written as one, and a code or a name that is
    /// not empty.
    fn party(&mut self, party: &Party, at: impl Fn() -> String, role: Role) {
        if let Some(code) = &party.code
            && !is_three_capitals(code)
        {
            self.invalid(
                pointer_push(&at(), "code"),
                Expected::StateCode,
                written(code),
            );
        }
        let names_nobody = match (&party.code, party.name.as_deref()) {
            (None, None) => true,
            (None, Some("")) => role != Role::Place,
            _ => false,
        };
        if names_nobody {
            let pointer = at();
            let diagnostic = match role {
                Role::ReportingState => Diagnostic::new(&reporting_state::REPORTING_STATE_MISSING)
                    .arg("field", fields::label(&pointer))
                    .at(pointer),
                Role::Partner => self.partner_missing(pointer),
                Role::Place => Diagnostic::new(&FIELD_MISSING)
                    .arg("field", fields::label(&pointer))
                    .at(pointer),
            };
            self.push(diagnostic, Kind::Other);
            return;
        }
        if party.name.as_deref() == Some("") {
            self.not_empty(&at(), "name", party.name.as_deref());
        }
    }

    /// An entry names no partner; a warning when the report declares withheld information.
    fn partner_missing(&self, pointer: String) -> Diagnostic {
        let mut diagnostic = Diagnostic::new(&partner::PARTNER_MISSING)
            .arg("field", fields::label(&pointer))
            .at(pointer);
        if self.withheld {
            diagnostic.severity = Severity::Warning;
            diagnostic = diagnostic.arg("withheld", "yes");
        }
        diagnostic
    }
}

/// The raw value of `field` when it is not of the field's type: a raw value that is of the type
/// after all (text that reads as a code) is the typed value, as the JSON document means it.
fn not_of_its_type<T: FromJson>(field: Option<&Lenient<T>>) -> Option<&Value> {
    field
        .and_then(Lenient::raw)
        .filter(|raw| T::from_json(raw).is_none())
}

/// What the user wrote, as a message shows it.
fn written(text: &str) -> Arg {
    Arg::Quoted(crate::shorten(text))
}

/// The reporting State, when its code or name resolves to one State: its currency is how a
/// shared currency sign of the report (“kr”, “$”) is most likely meant.
fn home_state(party: Option<&Party>) -> Option<&'static State> {
    let party = party?;
    if let Some(code) = &party.code {
        return state_by_code(code);
    }
    match resolve_state(party.name.as_deref()?) {
        StateMatch::Found(state) => Some(state),
        _ => None,
    }
}
