//! Typed values that may instead hold what the user wrote.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::borrow::Cow;

/// A value that is either of its proper type or, when a reader could not type it, the raw JSON
/// value (usually the text of a cell) exactly as reported.
///
/// The contract keeps raw text where a typed value belongs (`"items": "approx. 40"`) so that
/// validation reports it at its place. The JSON Schema describes only the typed form: a raw value
/// never validates.
#[derive(Debug, Clone, PartialEq)]
pub enum Lenient<T> {
    /// The value, of its proper type.
    Typed(T),
    /// What was reported instead, unchanged (boxed: a report holds many lenient values and
    /// few raw ones, so each costs a pointer, not a whole JSON value).
    Raw(Box<Value>),
}

impl<T> Lenient<T> {
    /// The typed value, if it is one.
    pub fn typed(&self) -> Option<&T> {
        match self {
            Lenient::Typed(value) => Some(value),
            Lenient::Raw(_) => None,
        }
    }

    /// The raw value, if the value could not be typed.
    pub fn raw(&self) -> Option<&Value> {
        match self {
            Lenient::Typed(_) => None,
            Lenient::Raw(value) => Some(value),
        }
    }

    /// Raw text kept in place of a typed value.
    pub fn raw_text(text: impl Into<String>) -> Self {
        Lenient::Raw(Box::new(Value::String(text.into())))
    }

    /// A raw value kept in place of a typed one.
    pub fn raw_value(value: Value) -> Self {
        Lenient::Raw(Box::new(value))
    }
}

impl<T> From<T> for Lenient<T> {
    fn from(value: T) -> Self {
        Lenient::Typed(value)
    }
}

impl<T: Serialize> Serialize for Lenient<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Lenient::Typed(value) => value.serialize(serializer),
            Lenient::Raw(value) => value.serialize(serializer),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(match T::deserialize(&value) {
            Ok(typed) => Lenient::Typed(typed),
            Err(_) => Lenient::raw_value(value),
        })
    }
}

impl<T: JsonSchema> JsonSchema for Lenient<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}
