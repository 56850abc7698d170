//! The complete sample reports under `fixtures/xlsx/`: what they read as, and what is found in
//! them.

mod support;

use serde_json::json;
use support::builders;

#[test]
fn the_english_template_sample_reads_completely_and_cleanly() {
    let read = support::read(&builders::sample_att_2017_en());
    assert_eq!(support::validated(&read), Vec::<String>::new());
    assert_eq!(
        read.document["reporting_state"],
        json!({ "code": "SWE", "name": "Sweden" })
    );
    assert_eq!(read.document["year"], 2023);
    assert_eq!(
        read.document["submission"],
        json!({
            "date": "2024-05-20",
            "public": true,
            "language": "en",
            "template": "att-2017",
            "contact": {
                "name": "Anna Lindqvist",
                "position": "Head of Export Control",
                "organisation": "Inspectorate of Strategic Products",
                "address": "Box 70252, 107 22 Stockholm",
                "telephone": "+46 8 406 31 00",
                "email": "registrator@isp.se"
            },
            "withheld": { "commercially_sensitive": false, "national_security": false }
        })
    );
    let exports = &read.document["exports"];
    assert_eq!(exports["status"], "reported");
    assert_eq!(exports["basis"], "actual");
    assert_eq!(exports["entries"].as_array().map(Vec::len), Some(5));
    assert_eq!(
        exports["entries"][2],
        json!({
            "category": "VII.a",
            "partner": { "code": "FIN", "name": "Finland" },
            "items": 20,
            "value": { "amount": 30_000_000, "currency": "SEK" },
            "intermediate_locations": [ { "code": "DEU", "name": "Germany" } ],
            "description": "RBS 15 anti-ship missiles",
            "comments": "Sale to the navy"
        })
    );
    assert_eq!(
        exports["entries"][3],
        json!({
            "category": "VIII.SA.2",
            "partner": { "code": "EST", "name": "Estonia" },
            "items": 150,
            "value": { "amount": 2_250_000, "currency": "SEK" },
            "state_of_origin": { "code": "DEU", "name": "Germany" },
            "description": "5.56 mm rifles",
            "comments": "Re-export to the defence forces"
        })
    );
    assert_eq!(read.document["imports"]["basis"], "actual");
    assert_eq!(
        read.document["imports"]["entries"][0],
        json!({
            "category": "VIII.SA.1",
            "partner": { "code": "AUT", "name": "Austria" },
            "items": 300,
            "value": { "amount": 1_800_000, "currency": "SEK" },
            "description": "9 mm self-loading pistols",
            "comments": "Purchase for the police"
        })
    );
    assert_eq!(read.sheet_order, ["Title page", "Exports", "Imports"]);
}

#[test]
fn the_english_template_sample_maps_every_value_to_its_cell() {
    let read = support::read(&builders::sample_att_2017_en());
    for (pointer, cell) in [
        ("/reporting_state", "'Title page'!B3"),
        ("/year", "'Title page'!B4"),
        ("/submission/date", "'Title page'!B5"),
        ("/submission/public", "'Title page'!B14"),
        ("/exports", "Exports!A4"),
        ("/exports/basis", "Exports!D2"),
        ("/exports/entries/0", "Exports!A5"),
        ("/exports/entries/0/items", "Exports!C5"),
        ("/exports/entries/0/value/currency", "Exports!E5"),
        ("/exports/entries/0/state_of_origin", "Exports!F5"),
        ("/exports/entries/2/intermediate_locations/0", "Exports!G7"),
        ("/exports/entries/3/category", "Exports!A10"),
        ("/exports/entries/4/partner/name", "Exports!B12"),
        ("/imports/entries/1/comments", "Imports!I6"),
    ] {
        assert_eq!(support::place(&read, pointer), cell, "{pointer}");
    }
}
