//! What a check of one report sees: the typed report, where things are, and which places
//! earlier stages already reported or the report could not hold.
//!
//! The report is typed part by part by its reader, so that one malformed part — left out of
//! the report, its pointer recorded as untyped, and reported by the schema stage — does not
//! hide the rest of the report from the checks.

use att_schema::codes::{State, StateMatch, resolve_state, state_by_code};
use att_schema::source_map::{pointer_parent, pointer_push};
use att_schema::{DirectionKind, Entry, Party, Report, SourceMap};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::BTreeSet;

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
        PartyState::resolving(party, resolve_state)
    }

    /// Resolves `party`, its name (when it has no code) with `resolve`.
    fn resolving<'p>(party: &'p Party, resolve: impl FnOnce(&'p str) -> StateMatch) -> PartyState {
        if let Some(code) = party.code.as_deref() {
            return match state_by_code(code) {
                Some(state) if code.len() == 3 => PartyState::State(state),
                _ => PartyState::UnknownCode(code.to_owned()),
            };
        }
        match party.name.as_deref().map(str::trim) {
            None | Some("") => PartyState::Empty,
            Some(name) => match resolve(name) {
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

    /// The places the arms came from or went through, with where each is: the State of origin,
    /// then each intermediate location.
    pub fn places(self) -> impl Iterator<Item = (Place, &'a Party)> + 'a {
        let origin = self
            .entry
            .state_of_origin
            .as_ref()
            .map(|origin| (Place::Origin, origin));
        let through = self
            .entry
            .intermediate_locations
            .iter()
            .flatten()
            .enumerate()
            .map(|(index, place)| (Place::Through(index), place));
        origin.into_iter().chain(through)
    }
}

/// Where a place of an entry is: its State of origin, or one of its intermediate locations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The State of origin.
    Origin,
    /// The intermediate location of this index.
    Through(usize),
}

impl Place {
    /// The pointer of the place in `entry`.
    pub fn pointer(self, entry: &EntryRef<'_>) -> String {
        match self {
            Place::Origin => entry.field("state_of_origin"),
            Place::Through(index) => pointer_push(&entry.field("intermediate_locations"), index),
        }
    }
}

/// Everything a check of one report sees.
#[derive(Debug)]
pub struct ReportContext<'a> {
    /// The report, as its reader typed it.
    pub report: &'a Report,
    /// Where each part of the report is in the user's file, when known.
    pub source_map: Option<&'a SourceMap>,
    /// The reporting State, when it resolves to one State and nothing reported it already.
    pub reporting_state: Option<&'static State>,
    untyped: BTreeSet<String>,
    reported: BTreeSet<String>,
    reader_reported: BTreeSet<String>,
    /// What each name resolves to, resolved once: a report names the same States again and again.
    names: RefCell<FxHashMap<&'a str, StateMatch>>,
}

/// Whether `set` holds `pointer` or one of its ancestors.
fn holds_at_or_above(set: &BTreeSet<String>, pointer: &str) -> bool {
    let mut ancestor = Some(pointer);
    while let Some(current) = ancestor {
        if set.contains(current) {
            return true;
        }
        ancestor = pointer_parent(current);
    }
    false
}

/// Whether `set` holds a pointer below `pointer`.
fn holds_below(set: &BTreeSet<String>, pointer: &str) -> bool {
    let below = format!("{pointer}/");
    set.range(below.clone()..)
        .next()
        .is_some_and(|held| held.starts_with(&below))
}

impl<'a> ReportContext<'a> {
    /// The context of `report`: `untyped` are the pointers of values the report could not hold
    /// (see [`att_schema::from_json`]), `reported` the places the contract and schema stages
    /// reported, and `reader_reported` the places where the reader reported a warning or an
    /// error.
    pub fn new(
        report: &'a Report,
        source_map: Option<&'a SourceMap>,
        untyped: BTreeSet<String>,
        reported: BTreeSet<String>,
        reader_reported: BTreeSet<String>,
    ) -> Self {
        let mut context = ReportContext {
            report,
            source_map,
            reporting_state: None,
            untyped,
            reported,
            reader_reported,
            names: RefCell::new(FxHashMap::default()),
        };
        if context.is_clear("/reporting_state") {
            context.reporting_state = report
                .reporting_state
                .as_ref()
                .and_then(|party| context.party_state(party).state());
        }
        context
    }

    /// Whether a check may report at `pointer`: nothing untyped and nothing an earlier stage
    /// reported is at, above or below it (its value is typed as the checks expect), and the
    /// reader reported no warning or error at or above it (the same cause is not reported
    /// twice).
    pub fn is_clear(&self, pointer: &str) -> bool {
        if self.untyped.is_empty() && self.reported.is_empty() && self.reader_reported.is_empty() {
            return true;
        }
        !(holds_at_or_above(&self.untyped, pointer)
            || holds_at_or_above(&self.reported, pointer)
            || holds_at_or_above(&self.reader_reported, pointer)
            || holds_below(&self.untyped, pointer)
            || holds_below(&self.reported, pointer))
    }

    /// Like [`ReportContext::is_clear`], for the pointer `pointer` builds, which is built only
    /// when a place was reported or left out at all (most reports have few such places).
    pub fn is_clear_at(&self, pointer: impl FnOnce() -> String) -> bool {
        (self.untyped.is_empty() && self.reported.is_empty() && self.reader_reported.is_empty())
            || self.is_clear(&pointer())
    }

    /// What `name`, as written in this report, resolves to (see
    /// [`att_schema::codes::resolve_state`]); each name is resolved once.
    pub fn resolve_state(&self, name: &'a str) -> StateMatch {
        if let Some(found) = self.names.borrow().get(name) {
            return found.clone();
        }
        let found = resolve_state(name);
        self.names.borrow_mut().insert(name, found.clone());
        found
    }

    /// Which State `party`, a party of this report, is (see [`PartyState::of`]).
    pub fn party_state(&self, party: &'a Party) -> PartyState {
        PartyState::resolving(party, |name| self.resolve_state(name))
    }

    /// Whether the value at `pointer`, or a part of it, was left out of the report because the
    /// report could not hold it: it is there as written, but not for the checks.
    pub fn is_untyped(&self, pointer: &str) -> bool {
        !self.untyped.is_empty()
            && (holds_at_or_above(&self.untyped, pointer) || holds_below(&self.untyped, pointer))
    }

    /// Whether the value at `pointer` was left out of the report, itself or with a part of the
    /// report that holds it.
    pub fn is_left_out(&self, pointer: &str) -> bool {
        !self.untyped.is_empty() && holds_at_or_above(&self.untyped, pointer)
    }

    /// Whether the direction of `kind` is absent: it says nothing at all (no status, no basis,
    /// no entries) and nothing of it was left out of the report.
    pub fn is_absent(&self, kind: DirectionKind) -> bool {
        self.report.direction(kind).is_empty() && !self.is_untyped(&format!("/{}", kind.field()))
    }

    /// Every entry, exports first, in order.
    pub fn entries(&self) -> impl Iterator<Item = EntryRef<'a>> + 'a {
        let report = self.report;
        DirectionKind::ALL.into_iter().flat_map(move |direction| {
            report
                .direction(direction)
                .entries
                .iter()
                .enumerate()
                .map(move |(index, entry)| EntryRef {
                    direction,
                    index,
                    entry,
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
