//! What a check of one report sees: the document typed as far as it can be, where things are,
//! and which places earlier stages already reported.
//!
//! The document is typed part by part (each direction, entry, party and submission field on its
//! own), so that one malformed part — already reported by the schema stage — does not hide the
//! rest of the report from the checks.

use att_schema::codes::{State, StateMatch, resolve_state, state_by_code};
use att_schema::source_map::{pointer_parent, pointer_push};
use att_schema::{
    Basis, Date, Diagnostic, DirectionKind, Entry, Lenient, NationalDefinition, Party, Severity,
    SourceMap, Status, Withheld,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeSet;

/// One direction of the report, typed.
#[derive(Debug, Clone, Default)]
pub struct DirectionView {
    /// Whether the document has the direction at all (`exports` or `imports` is present).
    pub present: bool,
    /// Its status, as written.
    pub status: Option<Lenient<Status>>,
    /// Its basis, as written.
    pub basis: Option<Lenient<Basis>>,
    /// Its entries; `None` where an entry could not be typed (the schema stage reported why).
    pub entries: Vec<Option<Entry>>,
}

impl DirectionView {
    /// The status, when it is one of the allowed values.
    pub fn status(&self) -> Option<Status> {
        self.status.as_ref().and_then(Lenient::typed).copied()
    }

    /// The basis, when it is one of the allowed values.
    pub fn basis(&self) -> Option<Basis> {
        self.basis.as_ref().and_then(Lenient::typed).copied()
    }
}

/// The report, typed part by part.
#[derive(Debug, Clone, Default)]
pub struct ReportView {
    /// The reporting State.
    pub reporting_state: Option<Party>,
    /// The reporting year.
    pub year: Option<Lenient<i64>>,
    /// Whether the document has a `submission` object.
    pub has_submission: bool,
    /// The date of submission.
    pub submission_date: Option<Lenient<Date>>,
    /// Whether the report may be made public.
    pub public: Option<Lenient<bool>>,
    /// The declaration of withheld information.
    pub withheld: Option<Withheld>,
    /// Exports.
    pub exports: DirectionView,
    /// Imports.
    pub imports: DirectionView,
    /// Annex 2; `None` where a definition could not be typed.
    pub national_definitions: Vec<Option<NationalDefinition>>,
}

impl ReportView {
    /// Types `document` part by part.
    pub fn of(document: &Value) -> ReportView {
        let submission = document.get("submission").filter(|s| s.is_object());
        let field = |name: &str| submission.and_then(|s| s.get(name));
        ReportView {
            reporting_state: typed(document.get("reporting_state")),
            year: typed(document.get("year")),
            has_submission: submission.is_some(),
            submission_date: typed(field("date")),
            public: typed(field("public")),
            withheld: typed(field("withheld")),
            exports: direction(document.get("exports")),
            imports: direction(document.get("imports")),
            national_definitions: document
                .get("national_definitions")
                .and_then(Value::as_array)
                .map(|items| items.iter().map(|item| typed(Some(item))).collect())
                .unwrap_or_default(),
        }
    }

    /// The direction of `kind`.
    pub fn direction(&self, kind: DirectionKind) -> &DirectionView {
        match kind {
            DirectionKind::Exports => &self.exports,
            DirectionKind::Imports => &self.imports,
        }
    }

    /// The reporting year, when it is a whole number.
    pub fn year(&self) -> Option<i64> {
        self.year.as_ref().and_then(Lenient::typed).copied()
    }

    /// The date of submission, when it is a valid date.
    pub fn submission_date(&self) -> Option<Date> {
        self.submission_date
            .as_ref()
            .and_then(Lenient::typed)
            .copied()
    }

    /// Whether the report declares that commercially sensitive or national security
    /// information was withheld.
    pub fn declares_withheld(&self) -> bool {
        self.withheld.as_ref().is_some_and(|withheld| {
            [
                &withheld.commercially_sensitive,
                &withheld.national_security,
            ]
            .into_iter()
            .any(|flag| matches!(flag, Some(Lenient::Typed(true))))
        })
    }
}

fn typed<T: DeserializeOwned>(value: Option<&Value>) -> Option<T> {
    value.and_then(|value| T::deserialize(value).ok())
}

fn direction(value: Option<&Value>) -> DirectionView {
    let Some(value) = value else {
        return DirectionView::default();
    };
    DirectionView {
        present: true,
        status: typed(value.get("status")),
        basis: typed(value.get("basis")),
        entries: value
            .get("entries")
            .and_then(Value::as_array)
            .map(|entries| entries.iter().map(|entry| typed(Some(entry))).collect())
            .unwrap_or_default(),
    }
}

/// What a party's code and name say about which State it is.
#[derive(Debug, Clone, PartialEq)]
pub enum PartyState {
    /// The party is this State: by its code, or by its name when it has no code.
    State(&'static State),
    /// The code is written like an ISO 3166-1 code but is none.
    UnknownCode(String),
    /// The party has no code, and its name does not resolve to one State.
    Unresolved(StateMatch),
    /// The party has neither code nor name.
    Empty,
}

impl PartyState {
    /// Resolves `party`: its code when it has one, else its name.
    pub fn of(party: &Party) -> PartyState {
        if let Some(code) = party.code.as_deref() {
            return match state_by_code(code) {
                Some(state) if code.len() == 3 => PartyState::State(state),
                _ => PartyState::UnknownCode(code.to_owned()),
            };
        }
        match party.name.as_deref().map(str::trim) {
            None | Some("") => PartyState::Empty,
            Some(name) => match resolve_state(name) {
                StateMatch::Found(state) => PartyState::State(state),
                other => PartyState::Unresolved(other),
            },
        }
    }

    /// The State, when the party is one.
    pub fn state(&self) -> Option<&'static State> {
        match self {
            PartyState::State(state) => Some(state),
            _ => None,
        }
    }
}

/// One typed entry of a direction, with its place.
#[derive(Debug, Clone, Copy)]
pub struct EntryRef<'a> {
    /// The direction it belongs to.
    pub direction: DirectionKind,
    /// Its index in the direction's entries, from 0.
    pub index: usize,
    /// The entry.
    pub entry: &'a Entry,
}

impl<'a> EntryRef<'a> {
    /// The pointer of the entry: `/exports/entries/3`.
    pub fn pointer(&self) -> String {
        format!("/{}/entries/{}", self.direction.field(), self.index)
    }

    /// The pointer of one of its fields: `/exports/entries/3/items`.
    pub fn field(&self, name: &str) -> String {
        pointer_push(&self.pointer(), name)
    }

    /// The places the arms came from or went through, with their pointers: the State of origin,
    /// then each intermediate location.
    pub fn places(&self) -> Vec<(String, &'a Party)> {
        let mut places = Vec::new();
        if let Some(origin) = &self.entry.state_of_origin {
            places.push((self.field("state_of_origin"), origin));
        }
        let through = self.field("intermediate_locations");
        for (index, place) in self
            .entry
            .intermediate_locations
            .iter()
            .flatten()
            .enumerate()
        {
            places.push((pointer_push(&through, index), place));
        }
        places
    }
}

/// Everything a check of one report sees.
#[derive(Debug)]
pub struct ReportContext<'a> {
    /// The canonical document, as read.
    pub document: &'a Value,
    /// Where each part of the document is in the user's file, when known.
    pub source_map: Option<&'a SourceMap>,
    /// The document, typed part by part.
    pub report: ReportView,
    /// The reporting State, when it resolves to one State and nothing reported it already.
    pub reporting_state: Option<&'static State>,
    schema_reported: BTreeSet<String>,
    reader_reported: BTreeSet<String>,
}

impl<'a> ReportContext<'a> {
    /// The context of `document`, where `schema` are the schema stage's findings and `reader`
    /// the reader's.
    pub fn new(
        document: &'a Value,
        source_map: Option<&'a SourceMap>,
        schema: &[Diagnostic],
        reader: &[Diagnostic],
    ) -> Self {
        let pointers = |diagnostics: &[Diagnostic], all: bool| {
            diagnostics
                .iter()
                .filter(|d| all || d.severity >= Severity::Warning)
                .filter_map(|d| d.pointer.clone())
                .collect::<BTreeSet<String>>()
        };
        let mut context = ReportContext {
            document,
            source_map,
            report: ReportView::of(document),
            reporting_state: None,
            schema_reported: pointers(schema, true),
            reader_reported: pointers(reader, false),
        };
        if context.is_clear("/reporting_state") {
            context.reporting_state = context
                .report
                .reporting_state
                .as_ref()
                .and_then(|party| PartyState::of(party).state());
        }
        context
    }

    /// Whether a check may report at `pointer`: the schema stage reported nothing at, above or
    /// below it (its value is typed as the checks expect), and the reader reported no warning
    /// or error at or above it (the same cause is not reported twice).
    pub fn is_clear(&self, pointer: &str) -> bool {
        let mut ancestor = Some(pointer);
        while let Some(current) = ancestor {
            if self.schema_reported.contains(current) || self.reader_reported.contains(current) {
                return false;
            }
            ancestor = pointer_parent(current);
        }
        let below = format!("{pointer}/");
        !self
            .schema_reported
            .range(below.clone()..)
            .next()
            .is_some_and(|reported| reported.starts_with(&below))
    }

    /// Every entry that could be typed, exports first, in order.
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'_>> {
        DirectionKind::ALL.into_iter().flat_map(move |direction| {
            self.report
                .direction(direction)
                .entries
                .iter()
                .enumerate()
                .filter_map(move |(index, entry)| {
                    entry.as_ref().map(|entry| EntryRef {
                        direction,
                        index,
                        entry,
                    })
                })
        })
    }

    /// The place of `pointer` in the user's file, as text (`Exports!D17`, `14:22`).
    pub fn place(&self, pointer: &str) -> Option<String> {
        self.source_map
            .and_then(|map| map.locate(pointer))
            .map(|place| place.to_string())
    }
}
