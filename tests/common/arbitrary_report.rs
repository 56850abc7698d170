//! Arbitrary typed reports for property tests: every field of [`Report`] and of each type inside
//! it, raw values of every JSON kind where a typed value belongs, texts of every sort (Unicode,
//! white space around them, words that look like numbers, formulas or markup, control
//! characters, long texts), absent, empty and huge lists.
//!
//! Shared by the contract check (`crates/att-validate/tests/contract.rs`) and the round trips
//! (`tests/round_trip.rs`), which include this file with `#[path]`, so that both are proven on
//! the same reports. When a field is added to the model, it is added here too: the round trips
//! then prove every reader and writer carries it.
#![allow(dead_code)]

use att_schema::{
    Basis, Category, Contact, Date, Direction, Entry, EntryBasis, Lenient, Money,
    NationalDefinition, Party, Report, Status, Submission, Withheld, WithheldFigures,
};
use proptest::prelude::*;
use serde_json::{Value, json};

/// Words reports really use, codes of the right and the wrong shape.
const WORDS: &[&str] = &[
    "SWE",
    "swe",
    "XYZ",
    "EUR",
    "en",
    "EN",
    "fr",
    "national",
    "att-2017",
    "Congo",
    "Various",
    "Norway",
    "Côte d'Ivoire",
    "Korea, Rep.",
    "Etats-Unis",
    "classified",
    "n.d.",
    "confidentiel",
    "Authorized",
    "Actual",
    "Yes",
    "Non",
    "VIII.SA.2",
    "National category",
];

/// Texts a cell, an XML element or a JSON string could take for something else: numbers,
/// dates, booleans, formulas, error values, markup, escapes, separators.
const LOOKALIKES: &[&str] = &[
    "2023",
    "007",
    "1,200",
    "1 200",
    "1e5",
    "-3",
    "inf",
    "NaN",
    "50%",
    "€ 3",
    "2024-05-28",
    "28/05/2024",
    "TRUE",
    "false",
    "#N/A",
    "#REF!",
    "=1+1",
    "=NA()",
    "'quoted",
    "\"",
    "\"\"",
    "_x0041_",
    "_x000D_",
    "_x005F_x0041_",
    "<b>&amp;</b>",
    "]]>",
    "&#13;",
    "a; b",
    "DNK; ; DEU",
    ";",
    "null",
    "[\"I\"]",
    "{}",
];

/// Texts with white space that a reader could trim, fold or change: around, inside, line ends
/// of every kind, tabs, no-break and other spaces.
const SPACES: &[&str] = &[
    " ", "  ", "\t", "\n", "\r", "\r\n", "\u{a0}", "\u{2028}", "\u{3000}", "\u{feff}", "\u{200b}",
];

/// Characters XML 1.0 cannot hold at all, not even as a character reference.
pub const NOT_XML: &[char] = &[
    '\u{0}', '\u{1}', '\u{8}', '\u{b}', '\u{c}', '\u{e}', '\u{1b}', '\u{1f}', '\u{fffe}',
    '\u{ffff}',
];

/// A text longer than a formula holds (8,192 characters) that a cell would not give back as
/// itself: with a space before it, or longer than a cell (32,767 characters).
fn too_long_for_a_formula() -> BoxedStrategy<String> {
    prop_oneof![
        (8200usize..9000).prop_map(|length| format!(" {}", "x".repeat(length))),
        (32_768usize..33_000).prop_map(|length| "y".repeat(length)),
    ]
    .boxed()
}

/// Printable text of any script: letters with combining marks, right-to-left text, characters
/// beyond the Basic Multilingual Plane.
fn unicode() -> BoxedStrategy<String> {
    prop_oneof![
        "\\PC{0,12}",
        Just("e\u{301}te\u{301}".to_owned()),
        Just("مرحبا بالعالم".to_owned()),
        Just("Ελλάδα".to_owned()),
        Just("日本国".to_owned()),
        Just("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👩‍👩‍👧".to_owned()),
        Just("\u{202e}reversed\u{202c}".to_owned()),
    ]
    .boxed()
}

/// A text of any kind.
pub fn text() -> BoxedStrategy<String> {
    let spaced = (
        prop::sample::select(SPACES),
        prop::sample::select(WORDS),
        prop::sample::select(SPACES),
        any::<(bool, bool, bool)>(),
    )
        .prop_map(|(space, word, other, (before, inside, after))| {
            let mut text = String::new();
            if before {
                text.push_str(space);
            }
            let middle = (0..=word.len() / 2)
                .rev()
                .find(|&at| word.is_char_boundary(at))
                .unwrap_or(0);
            let (head, tail) = word.split_at(middle);
            text.push_str(head);
            if inside {
                text.push_str(other);
            }
            text.push_str(tail);
            if after || text.is_empty() {
                text.push_str(other);
            }
            text
        });
    let not_xml = (
        prop::sample::select(WORDS),
        prop::sample::select(NOT_XML),
        any::<bool>(),
    )
        .prop_map(|(word, c, first)| {
            if first {
                format!("{c}{word}")
            } else {
                format!("{word}{c}")
            }
        });
    prop_oneof![
        400 => Just(String::new()),
        1200 => prop::sample::select(WORDS).prop_map(str::to_owned),
        400 => "[A-Za-z .,-]{1,16}",
        600 => unicode(),
        400 => prop::sample::select(LOOKALIKES).prop_map(str::to_owned),
        400 => spaced,
        30 => "\\PC{256,1200}",
        10 => not_xml,
        1 => too_long_for_a_formula(),
    ]
    .boxed()
}

/// A key of a JSON object: any text, or a name the readers and writers give a meaning to.
fn key() -> BoxedStrategy<String> {
    prop_oneof![
        1 => prop::sample::select(vec!["raw", "withheld", "figure", "name", "code", "amount"])
            .prop_map(str::to_owned),
        2 => text(),
    ]
    .boxed()
}

/// Any JSON value, of every kind and nested a little.
fn json_value() -> BoxedStrategy<Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number().prop_map(Value::Number),
        text().prop_map(Value::String),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..4)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
    .boxed()
}

/// A raw value, kept where a typed value could not be read: of every JSON kind.
fn raw() -> BoxedStrategy<Value> {
    prop_oneof![
        1 => Just(Value::Null),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<u64>().prop_map(Value::from),
        1 => (-1e9f64..1e9).prop_map(|f| json!(f)),
        4 => text().prop_map(Value::String),
        1 => Just(json!(["I", "II"])),
        1 => Just(json!({ "a": 1 })),
        1 => Just(json!([])),
        1 => Just(json!({})),
        1 => json_value(),
    ]
    .boxed()
}

/// A field that may hold a raw value: absent, typed, or raw.
fn lenient<T: std::fmt::Debug + Clone + 'static>(
    typed: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<Lenient<T>>> {
    prop::option::of(prop_oneof![
        3 => typed.prop_map(Lenient::Typed),
        1 => raw().prop_map(Lenient::raw_value),
    ])
    .boxed()
}

/// A party: a code, a name, both or neither.
pub fn party() -> BoxedStrategy<Party> {
    let code = prop_oneof![
        3 => prop::sample::select(vec!["SWE", "NOR", "DEU", "FRA", "USA", "KOR", "COD", "CIV"])
            .prop_map(str::to_owned),
        2 => text(),
    ];
    let name = prop_oneof![
        3 => prop::sample::select(vec![
            "Sweden", "Norway", "Germany", "France", "Allemagne", "Alemania",
            "United States of America", "Korea, Rep.", "Congo", "Côte d'Ivoire", "Suède",
        ])
        .prop_map(str::to_owned),
        2 => text(),
    ];
    (prop::option::of(code), prop::option::of(name))
        .prop_map(|(code, name)| Party { code, name })
        .boxed()
}

/// A real day of the years 1–9999.
fn date() -> BoxedStrategy<Date> {
    (prop_oneof![1i32..=9999, 1990i32..2030], 1u8..=12, 1u8..=31)
        .prop_filter_map("a real day", |(y, m, d)| Date::new(y, m, d))
        .boxed()
}

fn category() -> BoxedStrategy<Category> {
    prop::sample::select(Category::ALL.to_vec()).boxed()
}

/// A JSON number: whole numbers of the whole range, fractions, and numbers of every magnitude.
fn number() -> BoxedStrategy<serde_json::Number> {
    prop_oneof![
        any::<i64>().prop_map(serde_json::Number::from),
        any::<u64>().prop_map(serde_json::Number::from),
        (0u64..10_000_000).prop_map(serde_json::Number::from),
        (-1e12f64..1e12).prop_filter_map("finite", serde_json::Number::from_f64),
        any::<f64>().prop_filter_map("finite", serde_json::Number::from_f64),
        prop::sample::select(vec![
            0.5,
            250_000.5,
            1e20,
            1e300,
            5e-324,
            1e15 + 0.5,
            9.0e15
        ])
        .prop_filter_map("finite", serde_json::Number::from_f64),
    ]
    .boxed()
}

/// How many of something a list holds: usually a few, at times none, rarely a great many.
fn list<S: Strategy>(
    item: impl Fn() -> S,
    few: usize,
    many: std::ops::Range<usize>,
) -> impl Strategy<Value = Vec<S::Value>> {
    prop_oneof![
        400 => prop::collection::vec(item(), 0..few),
        1 => prop::collection::vec(item(), many),
    ]
}

fn withheld_figures() -> BoxedStrategy<WithheldFigures> {
    let word = prop_oneof![
        prop::sample::select(vec!["classified", "n.d.", "confidentiel", "reservado", "C"])
            .prop_map(str::to_owned),
        text(),
    ];
    (prop::option::of(word.clone()), prop::option::of(word))
        .prop_map(|(items, value)| WithheldFigures { items, value })
        .boxed()
}

fn money() -> BoxedStrategy<Money> {
    let currency = prop_oneof![
        prop::sample::select(vec!["SEK", "EUR", "USD", "usd", "€", "kronor"])
            .prop_map(str::to_owned),
        text(),
    ];
    (lenient(number()), prop::option::of(currency))
        .prop_map(|(amount, currency)| Money { amount, currency })
        .boxed()
}

/// An entry: every field, each absent, typed or odd.
pub fn entry() -> BoxedStrategy<Entry> {
    (
        (
            lenient(category()),
            prop::option::of(text()),
            prop::option::of(party()),
            lenient(prop_oneof![0u64..10_000, any::<u64>()]),
            prop::option::of(money()),
            prop::option::of(withheld_figures()),
        ),
        (
            lenient(prop::sample::select(vec![
                EntryBasis::Authorized,
                EntryBasis::Actual,
            ])),
            prop::option::of(party()),
            prop::option::of(list(party, 4, 20..80)),
            prop::option::of(text()),
            prop::option::of(text()),
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
        .boxed()
}

/// Exports or imports: any status and basis, and a few entries, none, or thousands.
pub fn direction() -> BoxedStrategy<Direction> {
    (
        lenient(prop::sample::select(vec![
            Status::Reported,
            Status::Nil,
            Status::NotReported,
        ])),
        lenient(prop::sample::select(vec![
            Basis::Authorized,
            Basis::Actual,
            Basis::Both,
        ])),
        list(entry, 4, 1000..3000),
    )
        .prop_map(|(status, basis, entries)| Direction {
            status,
            basis,
            entries,
        })
        .boxed()
}

fn contact() -> BoxedStrategy<Contact> {
    let field = || prop::option::of(text());
    (field(), field(), field(), field(), field(), field())
        .prop_map(
            |(name, position, organisation, address, telephone, email)| Contact {
                name,
                position,
                organisation,
                address,
                telephone,
                email,
            },
        )
        .boxed()
}

fn withheld() -> BoxedStrategy<Withheld> {
    (
        lenient(any::<bool>()),
        lenient(any::<bool>()),
        prop::option::of(text()),
    )
        .prop_map(
            |(commercially_sensitive, national_security, note)| Withheld {
                commercially_sensitive,
                national_security,
                note,
            },
        )
        .boxed()
}

fn submission() -> BoxedStrategy<Submission> {
    let language = prop_oneof![
        3 => prop::sample::select(vec!["en", "fr", "es", "de", "EN", "english"])
            .prop_map(str::to_owned),
        1 => text(),
    ];
    let template = prop_oneof![
        3 => prop::sample::select(vec!["att-2017", "att-provisional", "unroca", "national"])
            .prop_map(str::to_owned),
        1 => text(),
    ];
    (
        lenient(date()),
        lenient(any::<bool>()),
        prop::option::of(language),
        prop::option::of(template),
        prop::option::of(contact()),
        prop::option::of(withheld()),
    )
        .prop_map(
            |(date, public, language, template, contact, withheld)| Submission {
                date,
                public,
                language,
                template,
                contact,
                withheld,
            },
        )
        .boxed()
}

fn national_definition() -> BoxedStrategy<NationalDefinition> {
    (
        lenient(category()),
        prop::option::of(text()),
        prop::option::of(text()),
    )
        .prop_map(
            |(category, national_category, definition)| NationalDefinition {
                category,
                national_category,
                definition,
            },
        )
        .boxed()
}

/// A report: every field, each absent, typed or odd.
pub fn report() -> BoxedStrategy<Report> {
    (
        prop_oneof![Just(String::new()), Just("1.0".to_owned()), text()],
        prop::option::of(party()),
        lenient(prop_oneof![2000i64..2100, any::<i64>()]),
        prop::option::of(submission()),
        direction(),
        direction(),
        list(national_definition, 3, 300..1000),
    )
        .prop_map(
            |(schema_version, reporting_state, year, submission, exports, imports, definitions)| {
                Report {
                    schema_version,
                    reporting_state,
                    year,
                    submission,
                    exports,
                    imports,
                    national_definitions: definitions,
                }
            },
        )
        .boxed()
}
