//! Values of table rows: categories in every spelling and from group rows, numbers written as
//! text in any locale, placeholders, and the currency in a column, a heading or the cell.

mod support;

use serde_json::{Value, json};
use support::builders;

fn findings_besides_layout(read: &att_schema::ReadReport) -> Vec<String> {
    support::findings(read)
        .into_iter()
        .filter(|f| !f.starts_with("ATT0109 "))
        .collect()
}

fn categories(read: &att_schema::ReadReport) -> Vec<Value> {
    read.document()["exports"]["entries"]
        .as_array()
        .map(|entries| entries.iter().map(|e| e["category"].clone()).collect())
        .unwrap_or_default()
}

#[test]
fn group_and_sub_group_rows_give_their_category_to_the_rows_below() {
    let read = support::read(&builders::category_group_rows_en());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        categories(&read),
        [
            json!("II"),
            json!("II"),
            json!("IV.a"),
            json!("IV.b"),
            json!("VIII.LW.6")
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"][1],
        json!({
            "category": "II",
            "partner": { "code": "EST", "name": "Estonia" },
            "items": 6,
            "value": { "amount": 1_500_000, "currency": "EUR" }
        })
    );
    assert_eq!(
        support::place(&read, "/exports/entries/1/category"),
        "Exports!A3"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/2/category"),
        "Exports!A6"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/4/category"),
        "Exports!A12"
    );
    assert_eq!(support::place(&read, "/exports/entries/4"), "Exports!A13");
}

#[test]
fn reads_french_category_spellings() {
    let read = support::read(&builders::category_spellings_fr());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        categories(&read),
        [
            json!("I"),
            json!("I"),
            json!("IV.a"),
            json!("IV.a"),
            json!("VIII.SA.2"),
            json!("VIII.LW.3"),
            json!("VIII.LW"),
            json!("VIII"),
            json!("I"),
            json!("IV.b"),
            json!("I–VII"),
        ]
    );
}

#[test]
fn reads_spanish_and_english_category_spellings() {
    let read = support::read(&builders::category_spellings_es_en());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        categories(&read),
        [
            json!("I"),
            json!("VIII"),
            json!("VIII.LW"),
            json!("VIII.SA.4"),
            json!("V.a"),
            json!("I"),
            json!("VIII.SA.2"),
            json!("VIII"),
            json!("VII.b"),
            json!("Total"),
        ]
    );
}

#[test]
fn reads_a_national_category_defined_in_annex_2() {
    let read = support::read(&builders::sample_att_2017_es());
    assert_eq!(
        read.document()["exports"]["entries"][3],
        json!({
            "category": "national",
            "national_category": "Munición de artillería",
            "partner": { "code": "SAU", "name": "Arabia Saudita" },
            "items": 2000,
            "value": { "amount": 9_000_000, "currency": "EUR" },
            "description": "Proyectiles de 155 mm",
            "comments": "Categoría nacional"
        })
    );
}

#[test]
fn reads_numbers_written_as_text_and_keeps_what_is_not_a_number() {
    let read = support::read(&builders::numbers_written_as_text());
    let entries = &read.document()["exports"]["entries"];
    let quantities: Vec<(Value, Value)> = entries
        .as_array()
        .map(|entries| {
            entries
                .iter()
                .map(|e| (e["items"].clone(), e["value"].clone()))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        quantities,
        [
            (
                json!(1200),
                json!({ "amount": 1_250_000.5, "currency": "EUR" })
            ),
            (json!(1200), json!({ "amount": 1.2, "currency": "EUR" })),
            (Value::Null, Value::Null),
            (Value::Null, Value::Null),
            (json!(0), json!({ "amount": "10–20", "currency": "EUR" })),
            (
                json!("approx. 40"),
                json!({ "amount": 2.5, "currency": "EUR" })
            ),
            (json!(2.5), json!({ "amount": -100, "currency": "EUR" })),
        ]
    );
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0104 Exports!C2: “1,200” was read as 1200; write the number without separators to be sure.",
            "ATT0103 Exports!D2: The number “1.250.000,50” is written as text; it was read as 1250000.5.",
            "ATT0103 Exports!C3: The number “1\u{a0}200” is written as text; it was read as 1200.",
            "ATT0104 Exports!D3: “1.200” was read as 1.2, not 1200; write the number without separators to be sure.",
            "ATT0105 Exports!C4: “-” in Number of items was read as no value.",
            "ATT0105 Exports!D4: “N/A” in Value was read as no value.",
            "ATT0105 Exports!C5: “nil” in Number of items was read as no value.",
        ]
    );
    assert_eq!(
        support::place(&read, "/exports/entries/2/items"),
        "Exports!C4"
    );
    // A withheld figure is not a missing one: it is kept as what the report says instead.
    assert_eq!(entries[3]["withheld"], json!({ "value": "classified" }));
    assert_eq!(
        support::place(&read, "/exports/entries/3/withheld/value"),
        "Exports!D5"
    );
}

#[test]
fn reads_an_ambiguous_separator_the_way_the_report_language_does() {
    let read = support::read(&builders::numbers_locale_ambiguous_fr());
    assert_eq!(
        read.document()["exports"]["entries"][0]["value"],
        json!({ "amount": 12.345, "currency": "EUR" })
    );
    assert_eq!(read.document()["exports"]["entries"][0]["items"], 1200);
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0104 Exportations!C2: “1.200” was read as 1200; write the number without separators to be sure.",
            "ATT0104 Exportations!D2: “12,345” was read as 12.345, not 12345; write the number without separators to be sure.",
        ]
    );
}

#[test]
fn reads_the_currency_written_in_the_cell() {
    let read = support::read(&builders::currency_in_cell());
    let values: Vec<Value> = read.document()["exports"]["entries"]
        .as_array()
        .map(|entries| entries.iter().map(|e| e["value"].clone()).collect())
        .unwrap_or_default();
    assert_eq!(
        values,
        [
            json!({ "amount": 1_200_000, "currency": "USD" }),
            json!({ "amount": 500_000, "currency": "EUR" }),
            json!({ "amount": 1_200_000, "currency": "USD" }),
            json!({ "amount": 1_200_000, "currency": "EUR" }),
            json!({ "amount": 300_000, "currency": "CAD" }),
            json!({ "amount": 45_000 }),
        ]
    );
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0153 Exports!D6: “US$ 1.2 million” was read as 1200000 (an amount with a multiplier word). To be sure, write the amount in full, in figures.",
            "ATT0104 Exports!D8: “300,000” was read as 300000, not 300; write the number without separators to be sure.",
            "ATT0103 Exports!D9: The number “45000” is written as text; it was read as 45000.",
            "ATT0106 Exports!D8: “$” was read as CAD (it could also be ARS, AUD, BBD, BMD, BND, BSD… (28 in all)); write the ISO 4217 code to be sure.",
        ]
    );
    assert_eq!(
        support::located(&read, "/exports/entries/1/value/currency"),
        "Exports!D5"
    );
    assert_eq!(
        support::located(&read, "/exports/entries/5/value/currency"),
        "Exports!D9"
    );
}

#[test]
fn reads_the_currency_from_a_column_or_a_heading() {
    let column = support::read(&builders::sample_att_2017_en());
    assert_eq!(
        support::place(&column, "/exports/entries/0/value/currency"),
        "Exports!E5"
    );
    let heading = support::read(&builders::headings_national_synonyms_es());
    assert_eq!(
        heading.document()["imports"]["entries"][0]["value"]["currency"],
        "USD"
    );
    assert_eq!(
        support::place(&heading, "/imports/entries/0/value/currency"),
        "Importaciones!D1"
    );
}

#[test]
fn applies_the_multiplier_a_value_heading_gives_and_says_so() {
    let read = support::read(&builders::formulas_cached_and_uncached());
    assert_eq!(
        read.document()["exports"]["entries"][0]["value"],
        json!({ "amount": 1_000_000, "currency": "EUR" })
    );
    assert!(support::findings(&read).contains(
        &"ATT0135 Exports!D1: The heading “Value (EUR thousands)” gives the values in units of 1000; each amount of the column was multiplied by 1000."
            .to_owned()
    ));
}

#[test]
fn reads_the_currency_from_a_field_above_the_table() {
    let read = support::read(&builders::currency_label_above_table());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["exports"]["entries"][0]["value"],
        json!({ "amount": 4_500_000, "currency": "SEK" })
    );
    assert_eq!(
        support::place(&read, "/exports/entries/0/value/currency"),
        "Exports!B1"
    );
}

#[test]
fn says_at_its_cell_each_value_read_beyond_its_strict_form() {
    let read = support::read(&builders::lenient_readings_en());
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(read.document()["submission"]["date"], "2024-05-28");
    assert_eq!(read.document()["submission"]["public"], true);
    assert_eq!(
        read.document()["exports"]["entries"][0]["value"],
        json!({ "amount": 1500000, "currency": "EUR" })
    );
    let lenient: Vec<String> = support::findings(&read)
        .into_iter()
        .filter(|f| f.starts_with("ATT0153"))
        .collect();
    assert_eq!(
        lenient,
        [
            "ATT0153 Report!B2: “1 January – 31 December 2023” was read as 2023 (a year with words around it). To be sure, write the year alone, such as 2023.",
            "ATT0153 Report!B3: “28 May 2024” was read as 2024-05-28 (a date not written YYYY-MM-DD). To be sure, write the date as YYYY-MM-DD.",
            "ATT0153 Report!B4: “Y” was read as ticked (a tick written another way). To be sure, write X to tick the box, or leave it empty.",
            "ATT0153 Report!D8: “1,5 million” was read as 1500000 (an amount with a multiplier word). To be sure, write the amount in full, in figures.",
        ]
    );
}
