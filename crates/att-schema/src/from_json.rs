//! The typed report of a JSON document, built part by part and leniently.
//!
//! A document as written may hold values the types cannot: a number where text belongs
//! (`"description": 5`), a list where an object belongs (`"partner": []`), an object where a
//! list belongs (`"entries": {}`). Each such value is left out of the report and its pointer is
//! recorded as *untyped*, so that only that field is missing from the report: the entry's other
//! fields are typed, and a check can tell a value left out from a value never written. Values
//! that a [`Lenient`] field holds are typed when they can be and kept raw otherwise
//! (`"items": "approx. 40"`). Fields the format does not have are not in the report; the schema
//! stage of validation reports them from the document.

use crate::category::Category;
use crate::date::Date;
use crate::json_tree::{self, JsonNode, JsonTree};
use crate::lenient::Lenient;
use crate::model::{
    Basis, Contact, Direction, Entry, EntryBasis, Money, NationalDefinition, Party, Report, Status,
    Submission, Withheld, WithheldFigures,
};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Write;
use std::marker::PhantomData;

/// A report typed from its JSON document, with the places the types could not hold.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Typed {
    /// The report: every part of the document the types can hold.
    pub report: Report,
    /// Pointers of values left out of the report because the types cannot hold them, in
    /// document order.
    pub untyped: Vec<String>,
}

/// Types `document` part by part: see the [module documentation](self).
pub fn report(document: &Value) -> Typed {
    typed(document)
}

/// Types the document `tree` part by part, as [`report`] types its `serde_json::Value`.
pub fn report_of_tree(tree: &JsonTree) -> Typed {
    typed(tree.root())
}

fn typed<'a, N: Part<'a>>(document: N) -> Typed {
    let mut walker = Walker::<N> {
        pointer: String::new(),
        untyped: Vec::new(),
        part: PhantomData,
    };
    let report = match document.members() {
        Some(fields) => walker.report(fields),
        None => {
            walker.untyped.push(String::new());
            Report {
                schema_version: String::new(),
                ..Report::default()
            }
        }
    };
    Typed {
        report,
        untyped: walker.untyped,
    }
}

/// The type of a [`Lenient`] field, as a JSON document writes it.
pub trait FromJson: Sized {
    /// The typed value `value` is, when it is one.
    fn from_json(value: &Value) -> Option<Self>;

    /// The typed value the string `text` is, when it is one: what [`FromJson::from_json`] says
    /// of `Value::String(text)`, without making one.
    fn from_json_text(text: &str) -> Option<Self> {
        Self::from_json(&Value::String(text.to_owned()))
    }
}

/// The value of a [`Lenient`] field as its JSON document means it: the typed value, or the raw
/// one when it is of the field's type after all.
pub fn as_written<T: FromJson + Clone>(field: &Lenient<T>) -> Option<T> {
    match field {
        Lenient::Typed(typed) => Some(typed.clone()),
        Lenient::Raw(raw) => T::from_json(raw),
    }
}

/// Types read as serde reads them (strings of a code, booleans, dates, numbers).
macro_rules! from_json_by_serde {
    ($($type:ty),*) => {
        $(impl FromJson for $type {
            fn from_json(value: &Value) -> Option<Self> {
                by_serde(value)
            }

            fn from_json_text(text: &str) -> Option<Self> {
                // As serde reads `Value::String(text)`: the string itself, borrowed.
                <Self as serde::Deserialize>::deserialize(
                    serde::de::value::BorrowedStrDeserializer::<serde::de::value::Error>::new(text),
                )
                .ok()
            }
        })*
    };
}

from_json_by_serde!(
    bool,
    Date,
    Status,
    Basis,
    EntryBasis,
    Category,
    serde_json::Number
);

/// `value` read as serde reads it, except that an object is none of these types: serde reads a
/// one-member object (`{"II": null}`) as an enum's variant, where the schema asks for a string.
fn by_serde<T: DeserializeOwned>(value: &Value) -> Option<T> {
    if value.is_object() {
        return None;
    }
    T::deserialize(value).ok()
}

/// A number with no fractional part, as JSON Schema's `integer` accepts it (`40`, `40.0`).
fn whole(value: &Value) -> Option<f64> {
    let number = value.as_number()?;
    if number.is_i64() || number.is_u64() {
        return None;
    }
    number.as_f64().filter(|f| f.fract() == 0.0)
}

impl FromJson for u64 {
    fn from_json_text(_: &str) -> Option<Self> {
        None
    }

    fn from_json(value: &Value) -> Option<Self> {
        value.as_u64().or_else(|| {
            whole(value)
                .filter(|f| (0.0..18_446_744_073_709_551_616.0).contains(f))
                .map(|f| f as u64)
        })
    }
}

impl FromJson for i64 {
    fn from_json_text(_: &str) -> Option<Self> {
        None
    }

    fn from_json(value: &Value) -> Option<Self> {
        value.as_i64().or_else(|| {
            whole(value)
                .filter(|f| (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(f))
                .map(|f| f as i64)
        })
    }
}

/// A value of a document as the walker reads it: a `serde_json::Value`, or a node of a
/// [`JsonTree`].
trait Part<'a>: Copy {
    /// The fields of an object, in document order.
    type Members: Iterator<Item = (&'a str, Self)>;
    /// The items of an array.
    type Items: ExactSizeIterator<Item = Self>;
    fn members(self) -> Option<Self::Members>;
    fn items(self) -> Option<Self::Items>;
    fn text(self) -> Option<&'a str>;
    fn to_value(self) -> Value;
    fn typed<T: FromJson>(self) -> Option<T>;
}

type ValueMembers<'a> =
    std::iter::Map<serde_json::map::Iter<'a>, fn((&'a String, &'a Value)) -> (&'a str, &'a Value)>;

impl<'a> Part<'a> for &'a Value {
    type Members = ValueMembers<'a>;
    type Items = std::slice::Iter<'a, Value>;

    fn members(self) -> Option<Self::Members> {
        let as_str: fn((&'a String, &'a Value)) -> (&'a str, &'a Value) =
            |(name, value)| (name.as_str(), value);
        self.as_object().map(|fields| fields.iter().map(as_str))
    }

    fn items(self) -> Option<Self::Items> {
        self.as_array().map(|items| items.iter())
    }

    fn text(self) -> Option<&'a str> {
        self.as_str()
    }

    fn to_value(self) -> Value {
        self.clone()
    }

    fn typed<T: FromJson>(self) -> Option<T> {
        T::from_json(self)
    }
}

impl<'a> Part<'a> for JsonNode<'a> {
    type Members = json_tree::Members<'a>;
    type Items = json_tree::Items<'a>;

    fn members(self) -> Option<Self::Members> {
        JsonNode::members(&self)
    }

    fn items(self) -> Option<Self::Items> {
        JsonNode::items(&self)
    }

    fn text(self) -> Option<&'a str> {
        self.as_str()
    }

    fn to_value(self) -> Value {
        JsonNode::to_value(&self)
    }

    fn typed<T: FromJson>(self) -> Option<T> {
        match self.as_str() {
            Some(text) => T::from_json_text(text),
            // Numbers, booleans and null make a `Value` without allocating.
            None => T::from_json(&JsonNode::to_value(&self)),
        }
    }
}

struct Walker<N> {
    /// The pointer of the object being typed.
    pointer: String,
    untyped: Vec<String>,
    part: PhantomData<N>,
}

impl<'a, N: Part<'a>> Walker<N> {
    /// Types the object `fields`, found at `token` of the current object, with `read`.
    fn within<T>(
        &mut self,
        token: &str,
        fields: N::Members,
        read: impl FnOnce(&mut Self, N::Members) -> T,
    ) -> T {
        let length = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(token);
        let typed = read(self, fields);
        self.pointer.truncate(length);
        typed
    }

    fn mark(&mut self, token: &str) {
        self.untyped.push(format!("{}/{token}", self.pointer));
    }

    /// The object `value` of the field `name`, or `None` (recorded as untyped) when it is no
    /// object.
    fn object<T>(
        &mut self,
        name: &str,
        value: N,
        read: impl FnOnce(&mut Self, N::Members) -> T,
    ) -> Option<T> {
        match value.members() {
            Some(object) => Some(self.within(name, object, read)),
            None => {
                self.mark(name);
                None
            }
        }
    }

    /// The list `value` of the field `name`, each item typed with `read`; an item that is no
    /// object is kept as `placeholder`, so that the items keep their places, and recorded as
    /// untyped. `None` (recorded as untyped) when it is no list.
    fn list<T>(
        &mut self,
        name: &str,
        value: N,
        placeholder: impl Fn() -> T,
        mut read: impl FnMut(&mut Self, N::Members) -> T,
    ) -> Option<Vec<T>> {
        let Some(items) = value.items() else {
            self.mark(name);
            return None;
        };
        let length = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(name);
        let mut typed = Vec::with_capacity(items.len());
        let mut token = String::new();
        for (index, item) in items.enumerate() {
            typed.push(match item.members() {
                Some(object) => {
                    token.clear();
                    let _ = write!(token, "{index}");
                    self.within(&token, object, &mut read)
                }
                None => {
                    self.mark(&index.to_string());
                    placeholder()
                }
            });
        }
        self.pointer.truncate(length);
        Some(typed)
    }

    /// The text `value` of the field `name`, or `None` (recorded as untyped) when it is no
    /// text.
    fn text(&mut self, name: &str, value: N) -> Option<String> {
        match value.text() {
            Some(text) => Some(text.to_owned()),
            None => {
                self.mark(name);
                None
            }
        }
    }

    fn lenient<T: FromJson>(value: N) -> Option<Lenient<T>> {
        Some(match value.typed::<T>() {
            Some(typed) => Lenient::Typed(typed),
            None => Lenient::raw_value(value.to_value()),
        })
    }

    // Each object is read in one pass over its fields, in document order; fields the format
    // does not have are left to the schema stage.

    fn report(&mut self, fields: N::Members) -> Report {
        let mut report = Report {
            schema_version: String::new(),
            ..Report::default()
        };
        for (name, value) in fields {
            match name {
                "schema_version" => {
                    report.schema_version = self.text(name, value).unwrap_or_default();
                }
                "reporting_state" => report.reporting_state = self.object(name, value, Self::party),
                "year" => report.year = Self::lenient(value),
                "submission" => report.submission = self.object(name, value, Self::submission),
                "exports" => report.exports = self.direction(name, value),
                "imports" => report.imports = self.direction(name, value),
                "national_definitions" => {
                    report.national_definitions = self
                        .list(
                            name,
                            value,
                            NationalDefinition::default,
                            Self::national_definition,
                        )
                        .unwrap_or_default();
                }
                _ => {}
            }
        }
        report
    }

    fn party(&mut self, fields: N::Members) -> Party {
        let mut party = Party::default();
        for (name, value) in fields {
            match name {
                "code" => party.code = self.text(name, value),
                "name" => party.name = self.text(name, value),
                _ => {}
            }
        }
        party
    }

    fn submission(&mut self, fields: N::Members) -> Submission {
        let mut submission = Submission::default();
        for (name, value) in fields {
            match name {
                "date" => submission.date = Self::lenient(value),
                "public" => submission.public = Self::lenient(value),
                "language" => submission.language = self.text(name, value),
                "template" => submission.template = self.text(name, value),
                "contact" => submission.contact = self.object(name, value, Self::contact),
                "withheld" => submission.withheld = self.object(name, value, Self::withheld),
                _ => {}
            }
        }
        submission
    }

    fn contact(&mut self, fields: N::Members) -> Contact {
        let mut contact = Contact::default();
        for (name, value) in fields {
            let field = match name {
                "name" => &mut contact.name,
                "position" => &mut contact.position,
                "organisation" => &mut contact.organisation,
                "address" => &mut contact.address,
                "telephone" => &mut contact.telephone,
                "email" => &mut contact.email,
                _ => continue,
            };
            *field = self.text(name, value);
        }
        contact
    }

    fn withheld(&mut self, fields: N::Members) -> Withheld {
        let mut withheld = Withheld::default();
        for (name, value) in fields {
            match name {
                "commercially_sensitive" => withheld.commercially_sensitive = Self::lenient(value),
                "national_security" => withheld.national_security = Self::lenient(value),
                "note" => withheld.note = self.text(name, value),
                _ => {}
            }
        }
        withheld
    }

    /// The direction `value` of the field `name`; when it is no object, the empty direction
    /// (no status, no basis, no entries), as the report holds a direction it does not have.
    fn direction(&mut self, name: &str, value: N) -> Direction {
        self.object(name, value, |walker, fields| {
            let mut direction = Direction::default();
            for (name, value) in fields {
                match name {
                    "status" => direction.status = Self::lenient(value),
                    "basis" => direction.basis = Self::lenient(value),
                    "entries" => {
                        direction.entries = walker
                            .list(name, value, Entry::default, Self::entry)
                            .unwrap_or_default();
                    }
                    _ => {}
                }
            }
            direction
        })
        .unwrap_or_default()
    }

    fn entry(&mut self, fields: N::Members) -> Entry {
        let mut entry = Entry::default();
        for (name, value) in fields {
            match name {
                "category" => entry.category = Self::lenient(value),
                "national_category" => entry.national_category = self.text(name, value),
                "partner" => entry.partner = self.object(name, value, Self::party),
                "items" => entry.items = Self::lenient(value),
                "value" => entry.value = self.object(name, value, Self::money),
                "withheld" => entry.withheld = self.object(name, value, Self::withheld_figures),
                "basis" => entry.basis = Self::lenient(value),
                "state_of_origin" => entry.state_of_origin = self.object(name, value, Self::party),
                "intermediate_locations" => {
                    entry.intermediate_locations =
                        self.list(name, value, Party::default, Self::party);
                }
                "description" => entry.description = self.text(name, value),
                "comments" => entry.comments = self.text(name, value),
                _ => {}
            }
        }
        entry
    }

    fn money(&mut self, fields: N::Members) -> Money {
        let mut money = Money::default();
        for (name, value) in fields {
            match name {
                "amount" => money.amount = Self::lenient(value),
                "currency" => money.currency = self.text(name, value),
                _ => {}
            }
        }
        money
    }

    fn withheld_figures(&mut self, fields: N::Members) -> WithheldFigures {
        let mut figures = WithheldFigures::default();
        for (name, value) in fields {
            match name {
                "items" => figures.items = self.text(name, value),
                "value" => figures.value = self.text(name, value),
                _ => {}
            }
        }
        figures
    }

    fn national_definition(&mut self, fields: N::Members) -> NationalDefinition {
        let mut definition = NationalDefinition::default();
        for (name, value) in fields {
            match name {
                "category" => definition.category = Self::lenient(value),
                "national_category" => definition.national_category = self.text(name, value),
                "definition" => definition.definition = self.text(name, value),
                _ => {}
            }
        }
        definition
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_member_object_is_not_a_code() {
        assert_eq!(Category::from_json(&serde_json::json!({"II": null})), None);
        assert_eq!(Status::from_json(&serde_json::json!({"nil": null})), None);
        assert_eq!(
            Category::from_json(&serde_json::json!("II")),
            Some(Category::II)
        );
    }
    use serde_json::json;

    #[test]
    fn a_badly_typed_field_leaves_only_itself_out() {
        let typed = report(&json!({
            "schema_version": "1.0",
            "exports": { "status": "reported", "entries": [
                { "category": "I", "description": 5, "partner": { "code": "NOR" }, "items": 3 },
                { "category": "II", "partner": 5, "items": "approx. 40" }
            ] }
        }));
        let entries = &typed.report.exports.entries;
        assert_eq!(entries[0].description, None);
        assert_eq!(entries[0].items, Some(Lenient::Typed(3)));
        assert_eq!(
            entries[0].partner,
            Some(Party {
                code: Some("NOR".into()),
                name: None
            })
        );
        assert_eq!(entries[1].partner, None);
        assert_eq!(entries[1].items, Some(Lenient::raw_text("approx. 40")));
        assert_eq!(
            typed.untyped,
            [
                "/exports/entries/0/description",
                "/exports/entries/1/partner"
            ]
        );
    }

    #[test]
    fn items_that_are_no_object_keep_the_places_of_the_others() {
        let typed = report(&json!({
            "exports": { "status": "reported", "entries": [ 5, { "category": "I" } ] },
            "imports": { "status": "nil", "entries": {} }
        }));
        assert_eq!(typed.report.exports.entries.len(), 2);
        assert_eq!(
            typed.report.exports.entries[1].category,
            Some(Lenient::Typed(Category::I))
        );
        assert!(typed.report.imports.entries.is_empty());
        assert_eq!(typed.untyped, ["/exports/entries/0", "/imports/entries"]);
    }

    #[test]
    fn an_absent_direction_is_the_empty_one() {
        let typed = report(&json!({ "imports": { "status": "nil" } }));
        assert_eq!(typed.report.exports, Direction::default());
        assert!(typed.report.imports.entries.is_empty());
        assert!(typed.untyped.is_empty());
        assert_eq!(typed.report.schema_version, "");
    }

    #[test]
    fn whole_numbers_written_with_a_fraction_are_whole_numbers() {
        let typed = report(&json!({
            "year": 2023.0,
            "exports": { "entries": [ { "items": 40.0 }, { "items": 2.5 }, { "items": -1 } ] }
        }));
        assert_eq!(typed.report.year, Some(Lenient::Typed(2023)));
        let items: Vec<_> = typed
            .report
            .exports
            .entries
            .iter()
            .map(|entry| entry.items.clone())
            .collect();
        assert_eq!(
            items,
            [
                Some(Lenient::Typed(40)),
                Some(Lenient::raw_value(json!(2.5))),
                Some(Lenient::raw_value(json!(-1)))
            ]
        );
    }

    #[test]
    fn a_raw_value_of_its_fields_type_is_that_value_as_written() {
        let national: Lenient<Category> = Lenient::raw_text("national");
        assert_eq!(as_written(&national), Some(Category::National));
        let text: Lenient<i64> = Lenient::raw_text("2023");
        assert_eq!(as_written(&text), None);
        assert_eq!(
            as_written(&Lenient::<u64>::raw_value(json!(40.0))),
            Some(40)
        );
    }

    fn text_is_typed_as<T: FromJson + PartialEq + std::fmt::Debug>(texts: &[String]) {
        for text in texts {
            assert_eq!(
                T::from_json_text(text),
                T::from_json(&Value::String(text.clone())),
                "{text:?} as {}",
                std::any::type_name::<T>()
            );
        }
    }

    #[test]
    fn a_text_is_typed_as_its_string_value() {
        let mut texts: Vec<String> = Category::ALL
            .iter()
            .filter_map(|category| serde_json::to_value(category).ok())
            .filter_map(|value| value.as_str().map(str::to_owned))
            .collect();
        texts.extend(
            [
                "",
                " ",
                "I ",
                "i",
                "national",
                "reported",
                "nil",
                "not_reported",
                "Reported",
                "authorized",
                "actual",
                "both",
                "true",
                "false",
                "1",
                "-1",
                "1.5",
                "2023",
                "2024-05-20",
                "2024-02-30",
                "20-05-2024",
                "null",
            ]
            .map(str::to_owned),
        );
        text_is_typed_as::<bool>(&texts);
        text_is_typed_as::<Date>(&texts);
        text_is_typed_as::<Status>(&texts);
        text_is_typed_as::<Basis>(&texts);
        text_is_typed_as::<EntryBasis>(&texts);
        text_is_typed_as::<Category>(&texts);
        text_is_typed_as::<serde_json::Number>(&texts);
        text_is_typed_as::<u64>(&texts);
        text_is_typed_as::<i64>(&texts);
    }

    #[test]
    fn a_tree_is_typed_as_its_value() {
        let documents = [
            json!({
                "schema_version": 1,
                "reporting_state": { "code": "SWE", "name": 3 },
                "year": "2023",
                "submission": { "date": "2024-05-20", "public": "yes", "language": [],
                    "contact": { "name": "A", "email": {} }, "withheld": { "note": 1 } },
                "exports": { "status": "reported", "basis": "both", "entries": [
                    { "category": "I", "description": 5, "partner": { "code": "NOR" }, "items": 3 },
                    { "category": {"II": null}, "partner": 5, "items": "approx. 40", "value":
                        { "amount": 1.5, "currency": 3 }, "withheld": { "items": "n.d." } },
                    7, null,
                    { "intermediate_locations": [ { "code": "DNK" }, 4 ], "basis": "actual",
                        "state_of_origin": [], "items": 40.0, "comments": "x" }
                ] },
                "imports": { "entries": {} },
                "national_definitions": [ { "category": "VIII", "definition": "d" }, "x" ]
            }),
            json!([1, 2]),
            json!({ "exports": [], "imports": "none" }),
        ];
        for document in documents {
            let tree = JsonTree::from_value(&document);
            assert_eq!(report_of_tree(&tree), report(&document), "{document}");
        }
    }

    #[test]
    fn a_document_that_is_no_object_is_untyped_as_a_whole() {
        let typed = report(&json!([1, 2, 3]));
        assert_eq!(typed.untyped, [""]);
    }

    #[test]
    fn the_json_form_of_a_report_types_back_to_the_report() {
        let mut report_in = Report {
            year: Some(2023.into()),
            ..Report::default()
        };
        report_in.exports.status = Some(Status::Reported.into());
        report_in.exports.entries.push(Entry {
            category: Some(Lenient::raw_text("Tanks")),
            withheld: Some(WithheldFigures {
                items: Some("classified".into()),
                value: None,
            }),
            ..Entry::default()
        });
        let document = serde_json::to_value(&report_in).expect("serialises");
        let typed = report(&document);
        assert_eq!(typed.report, report_in);
        assert!(typed.untyped.is_empty());
    }
}
