//! How typed values and raw values are written as element text, and read back.
//!
//! A typed value is written in its canonical form (`120`, `true`, `2024-05-28`, `VIII.SA.2`).
//! A raw value — what a converter kept because it could not type it — is written with a `raw`
//! attribute naming its JSON kind, so that it reads back exactly: `<items raw="text">approx.
//! 40</items>`, `<year raw="text">2023</year>` (the text "2023", not the number), `<items
//! raw="number">-3</items>`, `<public raw="boolean">true</public>` (for a raw value of another
//! field's type), `<items raw="json">[1,2]</items>`.

use att_schema::{Basis, Category, Date, EntryBasis, Status};
use serde_json::{Number, Value};

/// The kinds a `raw` attribute names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RawKind {
    /// A JSON string: the element's text exactly.
    Text,
    /// A JSON number.
    Number,
    /// A JSON boolean.
    Boolean,
    /// Any other JSON value, written as JSON.
    Json,
}

impl RawKind {
    pub fn from_name(name: &str) -> Option<RawKind> {
        match name {
            "text" => Some(RawKind::Text),
            "number" => Some(RawKind::Number),
            "boolean" => Some(RawKind::Boolean),
            "json" => Some(RawKind::Json),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            RawKind::Text => "text",
            RawKind::Number => "number",
            RawKind::Boolean => "boolean",
            RawKind::Json => "json",
        }
    }

    /// The kind and text of a raw value. The JSON of a list or an object holds only
    /// characters XML can carry: JSON escapes control characters itself, and the writer escapes
    /// the two noncharacters XML excludes (`\ufffe`, `\uffff`), which can only stand in its
    /// strings.
    pub fn of(value: &Value) -> (RawKind, String) {
        match value {
            Value::String(text) => (RawKind::Text, text.clone()),
            Value::Number(number) => (RawKind::Number, number.to_string()),
            Value::Bool(flag) => (RawKind::Boolean, flag.to_string()),
            other => {
                let json = other.to_string();
                let json = if json.contains(['\u{fffe}', '\u{ffff}']) {
                    json.replace('\u{fffe}', "\\ufffe")
                        .replace('\u{ffff}', "\\uffff")
                } else {
                    json
                };
                (RawKind::Json, json)
            }
        }
    }

    /// The raw value of `text` marked with this kind, if the text is of the kind.
    pub fn read(self, text: &str) -> Option<Value> {
        match self {
            RawKind::Text => Some(Value::String(text.to_owned())),
            RawKind::Number => {
                json_number(text.trim_matches(crate::tree::is_xml_space)).map(Value::Number)
            }
            RawKind::Boolean => match text.trim_matches(crate::tree::is_xml_space) {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
            RawKind::Json => serde_json::from_str(text).ok(),
        }
    }
}

/// A JSON number written in JSON's own grammar.
fn json_number(text: &str) -> Option<Number> {
    let starts_right = text.starts_with(|c: char| c == '-' || c.is_ascii_digit());
    starts_right.then(|| serde_json::from_str(text).ok())?
}

/// A value type of the canonical document, with its text form in XML.
pub(crate) trait Lexical: Sized {
    /// The value `text` (already stripped of surrounding white space) stands for, if any.
    fn parse(text: &str) -> Option<Self>;
    /// The canonical text of the value.
    fn write(&self) -> String;
}

impl Lexical for i64 {
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

impl Lexical for u64 {
    fn parse(text: &str) -> Option<Self> {
        text.parse().ok()
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

/// `xs:boolean`: `true`, `false`, `1`, `0`.
impl Lexical for bool {
    fn parse(text: &str) -> Option<Self> {
        match text {
            "true" | "1" => Some(true),
            "false" | "0" => Some(false),
            _ => None,
        }
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

/// A JSON number; the decimal forms XML Schema also allows (`+5`, `.5`, `5.`) are read too.
impl Lexical for Number {
    fn parse(text: &str) -> Option<Self> {
        let unsigned = text.strip_prefix('+').unwrap_or(text);
        if unsigned.len() < text.len() && unsigned.starts_with(['+', '-']) {
            return None;
        }
        let (sign, digits) = match unsigned.strip_prefix('-') {
            Some(digits) => ("-", digits),
            None => ("", unsigned),
        };
        let mut normal = String::with_capacity(digits.len() + 2);
        normal.push_str(sign);
        if digits.starts_with('.') {
            normal.push('0');
        }
        normal.push_str(digits);
        if digits.ends_with('.') {
            normal.push('0');
        }
        json_number(&normal)
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

impl Lexical for Date {
    fn parse(text: &str) -> Option<Self> {
        Date::parse_iso(text)
    }

    fn write(&self) -> String {
        self.to_string()
    }
}

impl Lexical for Category {
    fn parse(text: &str) -> Option<Self> {
        Category::ALL
            .into_iter()
            .find(|category| category.code() == text)
    }

    fn write(&self) -> String {
        self.code().to_owned()
    }
}

/// Enumerations are written as the canonical document writes them; `NAMES` lists every
/// variant with its name (a test checks them against serde's).
trait Named: Sized + Copy + PartialEq + 'static {
    const NAMES: &'static [(Self, &'static str)];
}

impl Named for Status {
    const NAMES: &'static [(Self, &'static str)] = &[
        (Status::Reported, "reported"),
        (Status::Nil, "nil"),
        (Status::NotReported, "not_reported"),
    ];
}

impl Named for Basis {
    const NAMES: &'static [(Self, &'static str)] = &[
        (Basis::Authorized, "authorized"),
        (Basis::Actual, "actual"),
        (Basis::Both, "both"),
    ];
}

impl Named for EntryBasis {
    const NAMES: &'static [(Self, &'static str)] = &[
        (EntryBasis::Authorized, "authorized"),
        (EntryBasis::Actual, "actual"),
    ];
}

impl<T: Named> Lexical for T {
    fn parse(text: &str) -> Option<Self> {
        T::NAMES
            .iter()
            .find(|(_, name)| *name == text)
            .map(|(value, _)| *value)
    }

    fn write(&self) -> String {
        T::NAMES
            .iter()
            .find(|(value, _)| value == self)
            .map(|(_, name)| (*name).to_owned())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(text: &str) -> Option<String> {
        Number::parse(text).map(|n| n.to_string())
    }

    #[test]
    fn the_json_of_a_raw_value_holds_only_characters_xml_carries() {
        let value = serde_json::json!(["\u{fffe}", { "k\u{ffff}": "\u{1}\r" }]);
        let (kind, text) = RawKind::of(&value);
        assert_eq!(kind, RawKind::Json);
        assert!(text.chars().all(crate::tree::is_xml_char), "{text:?}");
        assert!(!text.contains('\r'), "{text:?}");
        assert_eq!(kind.read(&text), Some(value));
    }

    #[test]
    fn reads_numbers_in_json_and_xml_schema_forms() {
        assert_eq!(number("1500000"), Some("1500000".to_owned()));
        assert_eq!(number("250000.5"), Some("250000.5".to_owned()));
        assert_eq!(number("-2"), Some("-2".to_owned()));
        assert_eq!(number("1e20"), Some("1e+20".to_owned()));
        assert_eq!(number("+5"), Some("5".to_owned()));
        assert_eq!(number(".5"), Some("0.5".to_owned()));
        assert_eq!(number("5."), Some("5.0".to_owned()));
        assert_eq!(number("-.5"), Some("-0.5".to_owned()));
        for not_a_number in [
            "", "+-5", "++5", "1,200", "1 200", "INF", "NaN", "0x10", "1e999", "lots",
        ] {
            assert_eq!(number(not_a_number), None, "{not_a_number:?}");
        }
    }

    #[test]
    fn writes_every_number_so_that_it_reads_back_the_same() {
        for text in [
            "0",
            "1500000",
            "-3",
            "0.1",
            "250000.5",
            "1e20",
            "1.5e-7",
            "18446744073709551615",
        ] {
            let value: Number = serde_json::from_str(text).expect("a JSON number");
            assert_eq!(Number::parse(&value.write()), Some(value), "{text}");
        }
    }

    #[test]
    fn reads_xml_schema_booleans() {
        assert_eq!(bool::parse("1"), Some(true));
        assert_eq!(bool::parse("false"), Some(false));
        assert_eq!(bool::parse("True"), None);
        assert_eq!(bool::parse("yes"), None);
    }

    #[test]
    fn reads_and_writes_enumerations_and_dates_as_the_document_does() {
        assert_eq!(Category::parse("VIII.SA.2"), Some(Category::VIIISa2));
        assert_eq!(Category::VIIISa2.write(), "VIII.SA.2");
        assert_eq!(Status::parse("not_reported"), Some(Status::NotReported));
        assert_eq!(Status::NotReported.write(), "not_reported");
        assert_eq!(Basis::parse("Actual"), None);
        assert_eq!(EntryBasis::Authorized.write(), "authorized");
        assert_eq!(
            Date::parse("2024-05-28").map(|d| d.write()),
            Some("2024-05-28".to_owned())
        );
    }

    fn names_match_serde<T: Named + serde::Serialize + std::fmt::Debug>(all: &[T]) {
        assert_eq!(T::NAMES.len(), all.len());
        for value in all {
            let serde_name = serde_json::to_value(value).expect("serialises");
            assert_eq!(Some(value.write()), serde_name.as_str().map(str::to_owned));
            assert_eq!(T::parse(&value.write()), Some(*value));
        }
    }

    #[test]
    fn enumerations_have_the_names_serde_gives_them() {
        names_match_serde(&[Status::Reported, Status::Nil, Status::NotReported]);
        names_match_serde(&[Basis::Authorized, Basis::Actual, Basis::Both]);
        names_match_serde(&[EntryBasis::Authorized, EntryBasis::Actual]);
        for category in Category::ALL {
            let serde_name = serde_json::to_value(category).expect("serialises");
            assert_eq!(serde_name.as_str(), Some(category.write().as_str()));
            assert_eq!(Category::parse(&category.write()), Some(category));
        }
    }

    #[test]
    fn raw_values_read_back_as_they_were() {
        for value in [
            Value::from("approx. 40"),
            Value::from("2023"),
            Value::from(" spaced "),
            Value::from(-3),
            Value::from(2023.0),
            Value::from(true),
            serde_json::json!([1, "a"]),
            serde_json::json!({ "n": null }),
            Value::Null,
        ] {
            let (kind, text) = RawKind::of(&value);
            assert_eq!(RawKind::from_name(kind.name()), Some(kind));
            assert_eq!(kind.read(&text), Some(value));
        }
        assert_eq!(RawKind::Number.read("lots"), None);
        assert_eq!(RawKind::Boolean.read("yes"), None);
        assert_eq!(RawKind::Json.read("[1,"), None);
    }
}
