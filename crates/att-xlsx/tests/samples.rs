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
        read.document()["reporting_state"],
        json!({ "code": "SWE", "name": "Sweden" })
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(
        read.document()["submission"],
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
    let exports = &read.document()["exports"];
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
    assert_eq!(read.document()["imports"]["basis"], "actual");
    assert_eq!(
        read.document()["imports"]["entries"][0],
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
        ("/exports/entries/4/partner/name", "Exports!B12"),
        ("/exports/entries/2/intermediate_locations/0", "Exports!G7"),
        ("/exports/entries/0/value/amount", "Exports!D5"),
        ("/reporting_state/code", "'Title page'!B3"),
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
        ("/exports/entries/2/intermediate_locations", "Exports!G7"),
        ("/exports/entries/3/category", "Exports!A10"),
        ("/exports/entries/4/partner", "Exports!B12"),
        ("/imports/entries/1/comments", "Imports!I6"),
    ] {
        assert_eq!(support::located(&read, pointer), cell, "{pointer}");
    }
}

#[test]
fn the_french_template_sample_reads_french_numbers_dates_and_a_nil_report() {
    let read = support::read(&builders::sample_att_2017_fr());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "FRA", "name": "France" })
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(read.document()["submission"]["date"], "2024-05-28");
    assert_eq!(read.document()["submission"]["language"], "fr");
    assert_eq!(read.document()["submission"]["template"], "att-2017");
    assert_eq!(read.document()["submission"]["public"], true);
    assert_eq!(
        read.document()["imports"],
        json!({ "status": "nil", "entries": [] })
    );
    assert_eq!(
        support::place(&read, "/imports/status"),
        "'Page de titre'!B17"
    );
    let exports = &read.document()["exports"];
    assert_eq!(exports["basis"], "actual");
    assert_eq!(support::place(&read, "/exports/basis"), "Exportations!A2");
    assert_eq!(
        exports["entries"][1],
        json!({
            "category": "IV.a",
            "partner": { "code": "GRC", "name": "Grèce" },
            "items": 6,
            "value": { "amount": 1_250_000_000.5, "currency": "EUR" },
            "description": "Avions Rafale",
            "comments": "Vente"
        })
    );
    assert_eq!(
        exports["entries"][2],
        json!({
            "category": "VI",
            "partner": { "code": "BRA", "name": "Brésil" },
            "items": 1,
            "value": { "amount": 415_000_000, "currency": "EUR" },
            "intermediate_locations": [ { "code": "PRT", "name": "Portugal" } ],
            "description": "Sous-marin Scorpène",
            "comments": "Vente à la marine"
        })
    );
    assert_eq!(exports["entries"][3]["category"], "VIII.LW.6");
    assert_eq!(
        support::findings(&read),
        [
            "ATT0153 'Page de titre'!B5: “28 mai 2024” was read as 2024-05-28 (a date not written YYYY-MM-DD). To be sure, write the date as YYYY-MM-DD.",
            "ATT0103 Exportations!D5: The number “1 250 000 000” is written as text; it was read as 1250000000.",
            "ATT0103 Exportations!D6: The number “1.250.000.000,50” is written as text; it was read as 1250000000.5.",
            "ATT0103 Exportations!D7: The number “415 000 000” is written as text; it was read as 415000000.",
            "ATT0103 Exportations!D8: The number “2 400 000” is written as text; it was read as 2400000.",
        ]
    );
}

#[test]
fn the_spanish_template_sample_reads_headings_currencies_and_annex_2() {
    let read = support::read(&builders::sample_att_2017_es());
    assert_eq!(support::findings(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "ESP", "name": "España" })
    );
    assert_eq!(read.document()["submission"]["language"], "es");
    assert_eq!(read.document()["submission"]["template"], "att-2017");
    assert_eq!(
        read.document()["submission"]["withheld"],
        json!({
            "commercially_sensitive": true,
            "note": "Valores de los contratos con cláusula de confidencialidad"
        })
    );
    assert_eq!(read.document()["exports"]["basis"], "authorized");
    assert_eq!(read.document()["imports"]["basis"], "actual");
    assert_eq!(
        read.document()["exports"]["entries"][2],
        json!({
            "category": "VIII.SA.2",
            "partner": { "code": "PER", "name": "Perú" },
            "items": 500,
            "value": { "amount": 1_750_000, "currency": "EUR" },
            "intermediate_locations": [ { "code": "PAN", "name": "Panamá" } ],
            "description": "Fusiles de 5,56 mm",
            "comments": "Venta a la policía"
        })
    );
    assert_eq!(
        read.document()["exports"]["entries"][3]["category"],
        "national"
    );
    assert_eq!(
        read.document()["exports"]["entries"][3]["national_category"],
        "Munición de artillería"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/0/value/currency"),
        "Exportaciones!D4"
    );
    assert_eq!(
        read.document()["imports"]["entries"][0]["partner"],
        json!({ "code": "USA", "name": "Estados Unidos de América" })
    );
    assert_eq!(
        read.document()["national_definitions"],
        json!([{
            "category": "national",
            "national_category": "Munición de artillería",
            "definition": "Proyectiles de calibre igual o superior a 75 mm"
        }])
    );
    assert_eq!(
        support::place(&read, "/national_definitions/0/definition"),
        "'Anexo 2'!B3"
    );
}

#[test]
fn the_national_stacked_sample_reads_both_tables_and_reports_its_defects() {
    let read = support::read(&builders::sample_national_stacked());
    assert_eq!(read.document()["submission"]["template"], "national");
    let exports = &read.document()["exports"]["entries"];
    assert_eq!(exports.as_array().map(Vec::len), Some(5));
    assert_eq!(
        exports[0],
        json!({
            "category": "I",
            "partner": { "code": "DEU", "name": "Germany" },
            "items": 5,
            "value": { "amount": 12_000_000, "currency": "NOK" },
            "description": "Leopard 2 tanks, overhauled",
            "comments": "Return after repair"
        })
    );
    assert_eq!(exports[1]["items"], "approx. 40");
    assert_eq!(exports[2]["partner"], json!({ "name": "Atlantis" }));
    assert_eq!(exports[3]["category"], "VII.b");
    assert_eq!(exports[4]["category"], "IV.a");
    assert!(exports[4].get("value").is_none());
    let imports = &read.document()["imports"]["entries"];
    assert_eq!(
        imports[0]["value"],
        json!({ "amount": 1_200_000, "currency": "NOK" })
    );
    assert_eq!(imports[1]["partner"], json!({ "name": "Congo" }));
    assert_eq!(read.document()["exports"]["basis"], "actual");
    assert_eq!(read.document()["imports"]["basis"], "actual");
    assert_eq!(
        support::findings(&read),
        [
            "ATT0103 'Report 2023'!D9: The number “12\u{a0}000\u{a0}000” is written as text; it was read as 12000000.",
            "ATT0125 'Report 2023'!A12: The header row of the exports table is repeated here; the row was skipped.",
            "ATT0105 'Report 2023'!D14: “N/A” in Value was read as no value.",
            "ATT0103 'Report 2023'!D18: The number “1.200.000” is written as text; it was read as 1200000.",
            "ATT0109 -: The layout “Report 2023” is not one the toolkit knows; the report was read by its headings, so check the result.",
            "ATT0121 'Report 2023'!A11: Hidden rows (11) hold data, which was read; check that it belongs in the report.",
            "ATT0126 'Report 2023'!A1: Text above the exports table was not read: “Arms Trade Treaty – national report”.",
            "ATT0126 'Report 2023'!H13: Text beside the exports table was not read: “check with customs”.",
            "ATT0126 'Report 2023'!A21: Text below the imports table was not read: “* Provisional figures, to be confirmed by customs”.",
        ]
    );
}
