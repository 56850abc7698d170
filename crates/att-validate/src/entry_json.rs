//! The JSON Schema validator on a typed [`Entry`], read in place as the JSON form it
//! serialises to, rather than on a `serde_json::Value` made of it for each entry of a report.
//!
//! Every answer is the one the entry's `serde_json::to_value` gives: fields in the model's
//! order, absent options left out, typed values as they serialise (a category as its code, a
//! basis as its word), raw values as kept — so that the validator decides the same.

use crate::tree_json::length_within;
use att_schema::{Category, Entry, EntryBasis, Lenient, Money, Party, WithheldFigures};
use jsonschema::json::{Array, Json, Node, NodeIdentity, Object};
use jsonschema::types::JsonType;
use serde_json::{Map, Number, Value};
use std::borrow::Cow;

/// The representation: an entry and the values inside it.
pub(crate) struct EntryJson;

/// A value of an entry's JSON form.
#[derive(Clone, Copy)]
pub(crate) enum EntryNode<'a> {
    /// The entry itself.
    Entry(&'a Entry),
    /// A partner, state of origin or intermediate location.
    Party(&'a Party),
    /// A value with its currency.
    Money(&'a Money),
    /// The words given for withheld figures.
    Withheld(&'a WithheldFigures),
    /// The intermediate locations.
    Parties(&'a [Party]),
    /// A string: a text field, a category's code, a basis, or a field name.
    Text(&'a str),
    /// A typed number of items.
    Count(u64),
    /// A typed amount.
    Amount(&'a Number),
    /// A raw value, kept as reported.
    Raw(&'a Value),
}

/// A field name the schema looks up, with its place among the fields of each struct of the
/// model, found once when the schema is compiled.
pub(crate) struct FieldKey {
    name: Box<str>,
    /// Its index in the [`Fields::names`] of each kind of struct ([`Fields::kind`]).
    places: [Option<usize>; 4],
}

impl Json for EntryJson {
    type Node<'a> = EntryNode<'a>;
    type PreparedKey = FieldKey;
    type StringBuffer = ();

    // An object's `get` walks its dozen fields at most, so a pass over the members is never
    // dearer than the lookups it replaces.
    const KEYS_PER_LOOKUP: usize = 64;
    const ACYCLIC: bool = true;

    #[inline]
    fn prepare_key(key: &str) -> FieldKey {
        let place = |names: &[&str]| names.iter().position(|name| *name == key);
        FieldKey {
            name: key.into(),
            places: [
                place(Entry::FIELDS),
                place(PARTY_FIELDS),
                place(MONEY_FIELDS),
                place(WITHHELD_FIELDS),
            ],
        }
    }

    #[inline]
    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(EntryNode<'_>) -> T) -> T {
        f(EntryNode::Text(string))
    }
}

/// The code of a category, as it serialises.
fn category_code(category: Category) -> &'static str {
    category.code()
}

/// The word of an entry's basis, as it serialises.
fn basis_word(basis: EntryBasis) -> &'static str {
    match basis {
        EntryBasis::Authorized => "authorized",
        EntryBasis::Actual => "actual",
    }
}

/// The node of a lenient value: `typed` for a typed one, the raw value otherwise.
fn lenient<'a, T>(
    value: &'a Lenient<T>,
    typed: impl FnOnce(&'a T) -> EntryNode<'a>,
) -> EntryNode<'a> {
    match value {
        Lenient::Typed(value) => typed(value),
        Lenient::Raw(raw) => EntryNode::Raw(raw),
    }
}

/// An object of an entry's JSON form.
#[derive(Clone, Copy)]
pub(crate) enum EntryObject<'a> {
    /// One of the model's structs, with its fields in their order.
    Typed(Fields<'a>),
    /// An object among raw values.
    Raw(&'a Map<String, Value>),
}

/// A struct of the model, as an object whose members are its present fields.
#[derive(Clone, Copy)]
pub(crate) enum Fields<'a> {
    Entry(&'a Entry),
    Party(&'a Party),
    Money(&'a Money),
    Withheld(&'a WithheldFigures),
}

const PARTY_FIELDS: &[&str] = &["code", "name"];
const MONEY_FIELDS: &[&str] = &["amount", "currency"];
const WITHHELD_FIELDS: &[&str] = &["items", "value"];

impl<'a> Fields<'a> {
    /// Which kind of struct it is, as [`FieldKey::places`] numbers them.
    fn kind(self) -> usize {
        match self {
            Fields::Entry(_) => 0,
            Fields::Party(_) => 1,
            Fields::Money(_) => 2,
            Fields::Withheld(_) => 3,
        }
    }

    /// The names of the struct's fields, in the order they serialise.
    fn names(self) -> &'static [&'static str] {
        match self {
            Fields::Entry(_) => Entry::FIELDS,
            Fields::Party(_) => PARTY_FIELDS,
            Fields::Money(_) => MONEY_FIELDS,
            Fields::Withheld(_) => WITHHELD_FIELDS,
        }
    }

    /// The value of the field at `index` of [`Fields::names`], when it is present.
    fn field(self, index: usize) -> Option<EntryNode<'a>> {
        let text = |text: &'a Option<String>| text.as_deref().map(EntryNode::Text);
        match self {
            Fields::Entry(entry) => match index {
                0 => entry
                    .category
                    .as_ref()
                    .map(|c| lenient(c, |c| EntryNode::Text(category_code(*c)))),
                1 => text(&entry.national_category),
                2 => entry.partner.as_ref().map(EntryNode::Party),
                3 => entry
                    .items
                    .as_ref()
                    .map(|items| lenient(items, |items| EntryNode::Count(*items))),
                4 => entry.value.as_ref().map(EntryNode::Money),
                5 => entry.withheld.as_ref().map(EntryNode::Withheld),
                6 => entry
                    .basis
                    .as_ref()
                    .map(|b| lenient(b, |b| EntryNode::Text(basis_word(*b)))),
                7 => entry.state_of_origin.as_ref().map(EntryNode::Party),
                8 => entry
                    .intermediate_locations
                    .as_deref()
                    .map(EntryNode::Parties),
                9 => text(&entry.description),
                10 => text(&entry.comments),
                _ => None,
            },
            Fields::Party(party) => match index {
                0 => text(&party.code),
                1 => text(&party.name),
                _ => None,
            },
            Fields::Money(money) => match index {
                0 => money
                    .amount
                    .as_ref()
                    .map(|amount| lenient(amount, EntryNode::Amount)),
                1 => text(&money.currency),
                _ => None,
            },
            Fields::Withheld(withheld) => match index {
                0 => text(&withheld.items),
                1 => text(&withheld.value),
                _ => None,
            },
        }
    }

    /// The JSON form of the struct, for the validator's cold paths.
    fn to_value(self) -> Value {
        let value = match self {
            Fields::Entry(entry) => serde_json::to_value(entry),
            Fields::Party(party) => serde_json::to_value(party),
            Fields::Money(money) => serde_json::to_value(money),
            Fields::Withheld(withheld) => serde_json::to_value(withheld),
        };
        value.unwrap_or(Value::Null)
    }

    fn address(self) -> usize {
        match self {
            Fields::Entry(entry) => std::ptr::from_ref(entry) as usize,
            Fields::Party(party) => std::ptr::from_ref(party) as usize,
            Fields::Money(money) => std::ptr::from_ref(money) as usize,
            Fields::Withheld(withheld) => std::ptr::from_ref(withheld) as usize,
        }
    }
}

impl<'a> EntryNode<'a> {
    #[inline]
    fn fields(self) -> Option<Fields<'a>> {
        match self {
            EntryNode::Entry(entry) => Some(Fields::Entry(entry)),
            EntryNode::Party(party) => Some(Fields::Party(party)),
            EntryNode::Money(money) => Some(Fields::Money(money)),
            EntryNode::Withheld(withheld) => Some(Fields::Withheld(withheld)),
            _ => None,
        }
    }

    #[inline]
    fn text(self) -> Option<&'a str> {
        match self {
            EntryNode::Text(text) => Some(text),
            EntryNode::Raw(Value::String(text)) => Some(text),
            _ => None,
        }
    }

    /// A tag per kind of node, so that nodes at one address (a struct and its first field)
    /// are told apart.
    fn tag(self) -> u32 {
        match self {
            EntryNode::Entry(_) => 1,
            EntryNode::Party(_) => 2,
            EntryNode::Money(_) => 3,
            EntryNode::Withheld(_) => 4,
            EntryNode::Parties(_) => 5,
            EntryNode::Text(_) => 6,
            EntryNode::Count(_) => 7,
            EntryNode::Amount(_) => 8,
            EntryNode::Raw(_) => 9,
        }
    }
}

impl<'a> Node<'a, EntryJson> for EntryNode<'a> {
    type Object = EntryObject<'a>;
    type Array = EntryArray<'a>;
    type Number = Number;

    #[inline]
    fn as_object(&self) -> Option<EntryObject<'a>> {
        match self {
            EntryNode::Raw(Value::Object(members)) => Some(EntryObject::Raw(members)),
            node => node.fields().map(EntryObject::Typed),
        }
    }

    #[inline]
    fn as_array(&self) -> Option<EntryArray<'a>> {
        match self {
            EntryNode::Parties(parties) => Some(EntryArray::Parties(parties)),
            EntryNode::Raw(Value::Array(items)) => Some(EntryArray::Raw(items)),
            _ => None,
        }
    }

    #[inline]
    fn as_string(&self) -> Option<Cow<'a, str>> {
        self.text().map(Cow::Borrowed)
    }

    #[inline]
    fn as_number(&self) -> Option<Number> {
        match *self {
            EntryNode::Count(count) => Some(Number::from(count)),
            EntryNode::Amount(amount) | EntryNode::Raw(Value::Number(amount)) => {
                Some(amount.clone())
            }
            _ => None,
        }
    }

    #[inline]
    fn as_boolean(&self) -> Option<bool> {
        match self {
            EntryNode::Raw(Value::Bool(boolean)) => Some(*boolean),
            _ => None,
        }
    }

    #[inline]
    fn is_null(&self) -> bool {
        matches!(self, EntryNode::Raw(Value::Null))
    }

    #[inline]
    fn is_number(&self) -> bool {
        self.json_type() == JsonType::Number
    }

    #[inline]
    fn is_string(&self) -> bool {
        self.json_type() == JsonType::String
    }

    #[inline]
    fn json_type(&self) -> JsonType {
        match self {
            EntryNode::Entry(_)
            | EntryNode::Party(_)
            | EntryNode::Money(_)
            | EntryNode::Withheld(_)
            | EntryNode::Raw(Value::Object(_)) => JsonType::Object,
            EntryNode::Parties(_) | EntryNode::Raw(Value::Array(_)) => JsonType::Array,
            EntryNode::Text(_) | EntryNode::Raw(Value::String(_)) => JsonType::String,
            EntryNode::Count(_) | EntryNode::Amount(_) | EntryNode::Raw(Value::Number(_)) => {
                JsonType::Number
            }
            EntryNode::Raw(Value::Bool(_)) => JsonType::Boolean,
            EntryNode::Raw(Value::Null) => JsonType::Null,
        }
    }

    #[inline]
    fn string_length_within(&self, min: u64, max: u64) -> Option<bool> {
        Some(length_within(self.text()?, min, max))
    }

    #[inline]
    fn equals_value(&self, expected: &Value) -> bool {
        // The strings the schema's `const` and `enum` compare, without making a value.
        match (self.text(), expected) {
            (Some(text), Value::String(expected)) => text == expected,
            (Some(_), _) => false,
            (None, _) => jsonschema::json::cmp::equal(&self.to_value(), expected),
        }
    }

    #[inline]
    fn to_value(&self) -> Cow<'a, Value> {
        match self {
            EntryNode::Raw(raw) => Cow::Borrowed(raw),
            EntryNode::Text(text) => Cow::Owned(Value::String((*text).to_owned())),
            EntryNode::Count(count) => Cow::Owned(Value::Number(Number::from(*count))),
            EntryNode::Amount(amount) => Cow::Owned(Value::Number((*amount).clone())),
            EntryNode::Parties(parties) => {
                Cow::Owned(serde_json::to_value(parties).unwrap_or(Value::Null))
            }
            node => Cow::Owned(node.fields().map_or(Value::Null, Fields::to_value)),
        }
    }

    #[inline]
    fn identity(&self) -> Option<NodeIdentity> {
        let address = match self {
            EntryNode::Parties(parties) => parties.as_ptr() as usize,
            EntryNode::Text(text) => text.as_ptr() as usize,
            EntryNode::Count(_) => return None,
            EntryNode::Amount(amount) => std::ptr::from_ref(*amount) as usize,
            EntryNode::Raw(raw) => std::ptr::from_ref(*raw) as usize,
            node => node.fields().map_or(0, Fields::address),
        };
        Some(NodeIdentity::tagged(address, self.tag()))
    }
}

/// The members of an object, as the validator iterates them.
pub(crate) enum EntryMembers<'a> {
    /// The present fields of a struct from `next` on.
    Typed { fields: Fields<'a>, next: usize },
    /// The members of a raw object.
    Raw(serde_json::map::Iter<'a>),
}

impl<'a> Iterator for EntryMembers<'a> {
    type Item = (&'a str, EntryNode<'a>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            EntryMembers::Typed { fields, next } => {
                let names = fields.names();
                while let Some(name) = names.get(*next) {
                    let index = *next;
                    *next += 1;
                    if let Some(value) = fields.field(index) {
                        return Some((name, value));
                    }
                }
                None
            }
            EntryMembers::Raw(members) => members
                .next()
                .map(|(name, value)| (name.as_str(), EntryNode::Raw(value))),
        }
    }
}

impl<'a> Object<'a, EntryJson> for EntryObject<'a> {
    type Node = EntryNode<'a>;
    type MemberName = &'a str;
    type MembersIter = EntryMembers<'a>;

    #[inline]
    fn len(&self) -> usize {
        match self {
            EntryObject::Typed(fields) => (0..fields.names().len())
                .filter(|index| fields.field(*index).is_some())
                .count(),
            EntryObject::Raw(members) => members.len(),
        }
    }

    #[inline]
    fn get(&self, key: &FieldKey) -> Option<EntryNode<'a>> {
        match self {
            EntryObject::Typed(fields) => {
                let index = key.places.get(fields.kind()).copied().flatten()?;
                fields.field(index)
            }
            EntryObject::Raw(members) => Map::get(members, &*key.name).map(EntryNode::Raw),
        }
    }

    #[inline]
    fn members(&self) -> EntryMembers<'a> {
        match self {
            EntryObject::Typed(fields) => EntryMembers::Typed {
                fields: *fields,
                next: 0,
            },
            EntryObject::Raw(members) => EntryMembers::Raw(members.iter()),
        }
    }
}

/// An array of an entry's JSON form.
#[derive(Clone, Copy)]
pub(crate) enum EntryArray<'a> {
    /// Intermediate locations.
    Parties(&'a [Party]),
    /// An array among raw values.
    Raw(&'a [Value]),
}

/// The items of an array, as the validator iterates them.
pub(crate) enum EntryItems<'a> {
    Parties(std::slice::Iter<'a, Party>),
    Raw(std::slice::Iter<'a, Value>),
}

impl<'a> Iterator for EntryItems<'a> {
    type Item = EntryNode<'a>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self {
            EntryItems::Parties(parties) => parties.next().map(EntryNode::Party),
            EntryItems::Raw(items) => items.next().map(EntryNode::Raw),
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            EntryItems::Parties(parties) => parties.size_hint(),
            EntryItems::Raw(items) => items.size_hint(),
        }
    }
}

impl<'a> Array<'a, EntryJson> for EntryArray<'a> {
    type Node = EntryNode<'a>;
    type ElementsIter = EntryItems<'a>;

    #[inline]
    fn len(&self) -> usize {
        match self {
            EntryArray::Parties(parties) => parties.len(),
            EntryArray::Raw(items) => items.len(),
        }
    }

    #[inline]
    fn elements(&self) -> EntryItems<'a> {
        match self {
            EntryArray::Parties(parties) => EntryItems::Parties(parties.iter()),
            EntryArray::Raw(items) => EntryItems::Raw(items.iter()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The JSON form the view stands for, as the validator walks it: members in order,
    /// values of their JSON type.
    fn walk(node: EntryNode<'_>) -> Value {
        if let Some(object) = node.as_object() {
            return Value::Object(
                object
                    .members()
                    .map(|(name, value)| (name.to_owned(), walk(value)))
                    .collect(),
            );
        }
        if let Some(array) = node.as_array() {
            return Value::Array(array.elements().map(walk).collect());
        }
        match node.json_type() {
            JsonType::String => Value::String(node.as_string().unwrap_or_default().into_owned()),
            JsonType::Number => node.as_number().map_or(Value::Null, Value::Number),
            JsonType::Boolean => node.as_boolean().map_or(Value::Null, Value::Bool),
            _ => Value::Null,
        }
    }

    #[test]
    fn enumerations_serialise_as_the_view_writes_them() {
        for category in Category::ALL {
            assert_eq!(
                serde_json::to_value(category).ok(),
                Some(Value::String(category_code(category).to_owned()))
            );
        }
        for basis in [EntryBasis::Authorized, EntryBasis::Actual] {
            assert_eq!(
                serde_json::to_value(basis).ok(),
                Some(Value::String(basis_word(basis).to_owned()))
            );
        }
    }

    fn text() -> impl Strategy<Value = Option<String>> {
        prop::option::of(prop_oneof![
            Just(String::new()),
            "[A-Z]{3}",
            "[a-zA-Z é]{0,6}",
        ])
    }

    fn raw() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (-1.0e6f64..1.0e6).prop_map(Value::from),
            "[a-z0-9 .]{0,5}".prop_map(Value::String),
            Just(serde_json::json!({ "code": "FRA", "extra": [1, "x"] })),
            Just(serde_json::json!([])),
        ]
    }

    fn lenient_of<T: std::fmt::Debug + Clone + 'static>(
        typed: impl Strategy<Value = T> + 'static,
    ) -> impl Strategy<Value = Option<Lenient<T>>> {
        prop::option::of(prop_oneof![
            typed.prop_map(Lenient::Typed),
            raw().prop_map(Lenient::raw_value),
        ])
    }

    fn party() -> impl Strategy<Value = Party> {
        (text(), text()).prop_map(|(code, name)| Party { code, name })
    }

    fn entry() -> impl Strategy<Value = Entry> {
        let amount = prop_oneof![
            any::<u32>().prop_map(Number::from),
            any::<i32>().prop_map(Number::from),
            (-10.0f64..1.0e9).prop_map(|f| Number::from_f64(f).unwrap_or_else(|| Number::from(0))),
        ];
        let money =
            (lenient_of(amount), text()).prop_map(|(amount, currency)| Money { amount, currency });
        let withheld = (text(), text()).prop_map(|(items, value)| WithheldFigures { items, value });
        let basis = prop_oneof![Just(EntryBasis::Authorized), Just(EntryBasis::Actual)];
        (
            (
                lenient_of(prop::sample::select(Category::ALL.to_vec())),
                text(),
                prop::option::of(party()),
                lenient_of(any::<u64>()),
                prop::option::of(money),
                prop::option::of(withheld),
            ),
            (
                lenient_of(basis),
                prop::option::of(party()),
                prop::option::of(prop::collection::vec(party(), 0..3)),
                text(),
                text(),
            ),
        )
            .prop_map(
                |(
                    (category, national_category, partner, items, value, withheld),
                    (basis, state_of_origin, intermediate_locations, description, comments),
                )| Entry {
                    category,
                    national_category,
                    partner,
                    items,
                    value,
                    withheld,
                    basis,
                    state_of_origin,
                    intermediate_locations,
                    description,
                    comments,
                },
            )
    }

    /// The report schema's `Entry`, compiled for `F`.
    fn entry_validator<F: Json>() -> jsonschema::Validator<F> {
        let report = att_schema::schema::report_schema();
        let entry = serde_json::json!({
            "$schema": report["$schema"],
            "$defs": report["$defs"],
            "$ref": "#/$defs/Entry",
        });
        jsonschema::options_for::<F>()
            .with_draft(jsonschema::Draft::Draft202012)
            .should_validate_formats(true)
            .build(&entry)
            .expect("the entry schema compiles")
    }

    static ON_VALUES: std::sync::LazyLock<jsonschema::Validator> =
        std::sync::LazyLock::new(entry_validator);
    static ON_ENTRIES: std::sync::LazyLock<jsonschema::Validator<EntryJson>> =
        std::sync::LazyLock::new(entry_validator);

    #[test]
    fn a_valid_entry_is_valid_in_place() {
        let entry = Entry {
            category: Some(Lenient::Typed(Category::I)),
            partner: Some(Party::state("NOR", "Norway")),
            items: Some(Lenient::Typed(3)),
            value: Some(Money::new(1200, "EUR")),
            intermediate_locations: Some(vec![Party::named("Denmark")]),
            ..Entry::default()
        };
        assert!(ON_ENTRIES.is_valid(EntryNode::Entry(&entry)));
        let mut raw = entry.clone();
        raw.items = Some(Lenient::raw_text("3"));
        assert!(!ON_ENTRIES.is_valid(EntryNode::Entry(&raw)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn the_validator_decides_in_place_as_on_the_json_form(entry in entry()) {
            let document = serde_json::to_value(&entry).expect("an entry serialises");
            prop_assert_eq!(
                ON_ENTRIES.is_valid(EntryNode::Entry(&entry)),
                ON_VALUES.is_valid(&document)
            );
        }

        #[test]
        fn the_view_is_the_entry_json_form(entry in entry()) {
            let document = serde_json::to_value(&entry).expect("an entry serialises");
            prop_assert_eq!(walk(EntryNode::Entry(&entry)), document.clone());
            let objects = [
                (EntryNode::Entry(&entry), Some(&document)),
                (EntryNode::Money(&entry.value.clone().unwrap_or_default()), None),
            ];
            for (node, whole) in objects {
                let object = node.as_object().expect("an object");
                let whole = whole.cloned().unwrap_or_else(|| walk(node));
                for name in Entry::FIELDS.iter().chain(MONEY_FIELDS).chain(&["code", "unknown"]) {
                    let found = object.get(&EntryJson::prepare_key(name)).map(walk);
                    prop_assert_eq!(found.as_ref(), whole.get(*name), "{}", name);
                }
            }
            prop_assert_eq!(EntryNode::Entry(&entry).to_value().into_owned(), document);
        }
    }
}
