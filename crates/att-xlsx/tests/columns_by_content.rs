//! Columns known by their content: headings in a language the vocabulary does not have, no
//! heading at all, two headings claiming one field — each column read as what its cells hold,
//! and each such decision reported once, with its evidence.

mod support;

use serde_json::json;
use support::builders;

/// The findings of the rules about columns and headings, in the reader's order.
fn column_findings(read: &att_schema::ReadReport) -> Vec<String> {
    support::findings(read)
        .into_iter()
        .filter(|f| {
            [
                "ATT0101", "ATT0131", "ATT0140", "ATT0142", "ATT0143", "ATT0144", "ATT0145",
            ]
            .iter()
            .any(|code| f.starts_with(code))
        })
        .collect()
}

#[test]
fn reads_a_licence_list_with_headings_in_another_language_by_its_content() {
    let read = support::read(&builders::columns_known_by_content_hu());
    assert_eq!(
        read.document()["exports"]["entries"][2],
        json!({
            "category": "VIII.SA.2",
            "partner": { "code": "DEU", "name": "Germany" },
            "items": 150,
            "value": { "amount": 412000, "currency": "CHF" },
            "description": "SSG 3000 sniper rifles, 7.62 mm"
        })
    );
    assert_eq!(
        read.document()["exports"]["entries"]
            .as_array()
            .map(Vec::len),
        Some(4)
    );
    assert_eq!(
        column_findings(&read),
        [
            "ATT0101 Kivitel!A3: “Ügyiratszám” is not part of the report format and was not read.",
            "ATT0142 Kivitel!B3: The column “Rendeltetési ország” at B3 was read as “Final importing State”: 4 of its 4 cells are State names or codes.",
            "ATT0142 Kivitel!C3: The column “Fajta” at C3 was read as “Category / sub-category (I–VIII)”: 4 of its 4 cells are categories of the Treaty.",
            "ATT0142 Kivitel!D3: The column “Darabszám” at D3 was read as “Number of items”: 4 of its 4 cells are whole numbers.",
            "ATT0142 Kivitel!E3: The column “Érték [CHF]” at E3 was read as “Value”: 4 of its 4 cells are amounts.",
            "ATT0142 Kivitel!F3: The column “Az áru megnevezése” at F3 was read as “Description of item”: 4 of its 4 cells are free text.",
        ]
    );
    assert_eq!(
        read.source_map
            .get("/exports/entries/0/value/currency")
            .map(|l| l.to_string()),
        Some("Kivitel!E3".to_owned()),
        "the currency is placed at the heading that gives it"
    );
}

#[test]
fn takes_the_treaty_category_column_and_sets_control_list_codes_aside() {
    let read = support::read(&builders::categories_and_control_codes());
    assert_eq!(
        read.document()["exports"]["entries"][1],
        json!({ "category": "VIII.SA.2", "partner": { "code": "EST", "name": "Estonia" }, "items": 200 })
    );
    assert_eq!(
        read.document()["imports"]["entries"],
        json!([
            { "category": "national", "national_category": "ML10.c2", "partner": { "code": "FRA", "name": "France" }, "items": 1 },
            { "category": "national", "national_category": "0A501", "partner": { "code": "ITA", "name": "Italy" }, "items": 30 },
        ])
    );
    assert_eq!(
        column_findings(&read),
        [
            "ATT0143 Exports!A1: The column “Category” at A1 holds national control-list codes (“ML6”), not Treaty categories; the categories were read from “Category” at B1, so this column was not read. Give its codes in Annex 2 or in the comments if they matter.",
            "ATT0142 Imports!A1: The column “Category” at A1 was read as “National category”: 2 of its 2 cells are national control-list codes.",
        ]
    );
}

#[test]
fn tells_the_reporting_states_own_column_from_the_partner_column() {
    let read = support::read(&builders::reporter_and_partner_columns());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "CHE", "name": "Switzerland" })
    );
    assert_eq!(
        read.document()["exports"]["entries"][1],
        json!({ "category": "III", "partner": { "code": "BRA", "name": "Brazil" }, "items": 2 })
    );
    assert_eq!(
        column_findings(&read)[0],
        "ATT0145 Exports!A1: The column “Von” at A1 names Switzerland on every row: it was read as the reporting State, and “Nach” at B1 as the partner."
    );
    assert_eq!(
        read.source_map
            .get("/reporting_state")
            .map(|l| l.to_string()),
        Some("Exports!A2".to_owned())
    );
}

#[test]
fn reads_partners_named_twice_once_and_a_category_column_without_heading() {
    let read = support::read(&builders::partners_named_twice_and_a_column_without_heading());
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "II", "partner": { "code": "DEU", "name": "Allemagne" }, "items": 4 },
            { "category": "III", "partner": { "code": "BEL", "name": "Belgique" }, "items": 8 },
            { "category": "II", "partner": { "code": "ESP", "name": "Espagne" }, "items": 1 },
        ])
    );
    assert_eq!(
        column_findings(&read),
        [
            "ATT0142 Exports!A2: The column A, which has no heading, at A2 was read as “Category / sub-category (I–VIII)”: 3 of its 3 cells are categories of the Treaty.",
            "ATT0144 Exports!C1: The column “Country” at C1 names the same States as the column “Pays de destination” at B1, row by row; the States were read from the latter.",
        ]
    );
    assert_eq!(
        read.source_map
            .get("/exports/entries/0/category")
            .map(|l| l.to_string()),
        Some("Exports!A2".to_owned())
    );
}

#[test]
fn reads_the_state_and_year_of_a_title_line_and_currencies_of_number_formats() {
    let read = support::read(&builders::title_line_and_currency_formats_es());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "CHL", "name": "Chile" })
    );
    assert_eq!(read.document()["year"], 2019);
    assert_eq!(
        read.document()["exports"]["entries"][0]["value"],
        json!({ "amount": 1200000, "currency": "EUR" })
    );
    assert_eq!(
        read.document()["exports"]["entries"][1]["value"],
        json!({ "amount": 950000000, "currency": "CLP" })
    );
    let place = |pointer: &str| read.source_map.get(pointer).map(|l| l.to_string());
    assert_eq!(place("/year").as_deref(), Some("Exportaciones!A1"));
    assert_eq!(
        read.source_map
            .locate("/exports/entries/1/value/currency")
            .map(|l| l.to_string())
            .as_deref(),
        Some("Exportaciones!D6"),
        "a currency the cell's format gives is found at the value cell"
    );
    assert_eq!(
        place("/exports/entries/1/value").as_deref(),
        Some("Exportaciones!D6")
    );
    assert!(
        support::findings(&read).contains(
            &"ATT0150 Exportaciones!A1: The title “Informe de Chile — año 2019” was read as giving the reporting State (Chile) and the year (2019).".to_owned()
        ),
        "{:#?}",
        support::findings(&read)
    );
}

#[test]
fn reads_each_row_of_an_exporter_and_importer_table_by_where_the_reporting_state_is() {
    let read = support::read(&builders::exporter_and_importer_on_every_row());
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "II", "partner": { "code": "UKR", "name": "Ukraine" }, "items": 20, "description": "BMP-1" },
            { "category": "III", "partner": { "code": "CZE", "name": "Czech Republic" }, "items": 2, "description": "DANA howitzers" },
        ])
    );
    assert_eq!(
        read.document()["imports"]["entries"],
        json!([
            { "category": "I", "partner": { "code": "DEU", "name": "Germany" }, "items": 14, "description": "Leopard 2A5" },
        ])
    );
    assert_eq!(read.document()["imports"]["basis"], "actual");
    assert_eq!(
        read.source_map
            .get("/imports/entries/0/partner")
            .map(|l| l.to_string())
            .as_deref(),
        Some("'Register 2016'!A5")
    );
    let findings = support::findings(&read);
    assert!(
        findings.contains(&"ATT0152 'Register 2016'!A3: The table at A3 names an exporter (“Exporter”) and an importer (“Importer”) on every row, and Poland on every row: its rows were read as exports where Poland exports and as imports where it imports.".to_owned()),
        "{findings:#?}"
    );
    assert!(
        !findings.iter().any(|f| f.starts_with("ATT0131")),
        "{findings:#?}"
    );
}
