//! Tables found by their headings in any layout: header rows anywhere, loose and national
//! headings in three languages, stacked sections, repeated and two-row headers, and what is
//! reported when a table cannot be read.

mod support;

use serde_json::json;
use support::builders;

const NATIONAL: &str = "ATT0109 -: The layout";

/// The findings without the layout warning every national layout gets.
fn findings_besides_layout(read: &att_schema::ReadReport) -> Vec<String> {
    support::findings(read)
        .into_iter()
        .filter(|f| !f.starts_with(NATIONAL))
        .collect()
}

#[test]
fn finds_a_header_row_anywhere_and_reports_the_notes_around_it() {
    let read = support::read(&builders::table_header_anywhere_with_notes());
    let entries = &read.document()["exports"]["entries"];
    assert_eq!(
        entries,
        &json!([
            {
                "category": "III",
                "partner": { "code": "AUS", "name": "Australia" },
                "items": 6,
                "value": { "amount": 48_000_000, "currency": "USD" },
                "description": "M777 howitzers"
            },
            {
                "category": "VII.a",
                "partner": { "code": "JPN", "name": "Japan" },
                "items": 30,
                "value": { "amount": 12_500_000, "currency": "USD" },
                "description": "Missiles",
                "comments": "Sale"
            },
            {
                "category": "II",
                "partner": { "code": "CAN", "name": "Canada" },
                "items": 14,
                "value": { "amount": 9_800_000, "currency": "USD" },
                "description": "LAV 6.0"
            }
        ])
    );
    assert_eq!(read.document()["exports"]["status"], "reported");
    assert_eq!(read.document()["submission"]["template"], "national");
    assert_eq!(support::place(&read, "/exports"), "'Exports 2023'!C6");
    assert_eq!(
        support::place(&read, "/exports/entries/2"),
        "'Exports 2023'!C11"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/0/value/currency"),
        "'Exports 2023'!F6"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/0/comments"),
        "'Exports 2023'!H7"
    );
    assert_eq!(
        read.document()["year"],
        2023,
        "the year the sheet's name carries"
    );
    assert_eq!(
        support::findings(&read),
        [
            "ATT0151 'Exports 2023'!A1: The year 2023 was read from the name of the sheet “Exports 2023”; give it on the title page (“Calendar year: 2023”) to be sure.",
            "ATT0109 -: The layout “Exports 2023” is not one the toolkit knows; the report was read by its headings, so check the result.",
            "ATT0126 'Exports 2023'!A1: Text above the exports table was not read: “Ministry of Defence”.",
            "ATT0126 'Exports 2023'!C5: Text above the exports table was not read: “All figures as of 31 December”.",
            "ATT0126 'Exports 2023'!J11: Text beside the exports table was not read: “to be checked”.",
            "ATT0126 'Exports 2023'!C13: Text below the exports table was not read: “¹ Delivered in two batches”.",
        ]
    );
}

#[test]
fn matches_french_headings_loosely() {
    let read = support::read(&builders::headings_loose_fr());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(read.document()["submission"]["language"], "fr");
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            {
                "category": "II",
                "partner": { "code": "MAR", "name": "Maroc" },
                "items": 12,
                "value": { "amount": 4_800_000, "currency": "EUR" },
                "description": "Véhicules blindés",
                "comments": "Vente"
            },
            {
                "category": "VIII.SA.1",
                "partner": { "code": "SEN", "name": "Sénégal" },
                "items": 250,
                "value": { "amount": 310_000, "currency": "EUR" },
                "description": "Pistolets 9 mm",
                "comments": "Don à la police"
            }
        ])
    );
}

#[test]
fn matches_spanish_national_synonyms_and_reads_an_imports_table() {
    let read = support::read(&builders::headings_national_synonyms_es());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(read.document()["exports"]["status"], "not_reported");
    assert_eq!(read.document()["imports"]["status"], "reported");
    assert_eq!(
        read.document()["imports"]["entries"],
        json!([
            {
                "category": "V.a",
                "partner": { "code": "ITA", "name": "Italia" },
                "items": 4,
                "value": { "amount": 60_000_000, "currency": "USD" },
                "description": "AW129 Mangusta",
                "comments": "Compra"
            },
            {
                "category": "VIII.LW.5",
                "partner": { "code": "SWE", "name": "Suecia" },
                "items": 20,
                "value": { "amount": 1_500_000, "currency": "USD" },
                "description": "Carl-Gustaf M4"
            }
        ])
    );
}

#[test]
fn reads_exports_and_imports_stacked_on_one_sheet() {
    let read = support::read(&builders::exports_imports_stacked_fr());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "BEL", "name": "Belgique" })
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(read.document()["submission"]["template"], "national");
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            {
                "category": "II",
                "partner": { "code": "LUX", "name": "Luxembourg" },
                "items": 8,
                "value": { "amount": 2_000_000, "currency": "EUR" }
            },
            {
                "category": "III",
                "partner": { "code": "NLD", "name": "Pays-Bas" },
                "items": 2,
                "value": { "amount": 7_500_000, "currency": "EUR" }
            }
        ])
    );
    assert_eq!(
        read.document()["imports"],
        json!({ "status": "nil", "entries": [] })
    );
    assert_eq!(support::place(&read, "/imports/status"), "Rapport!A10");
    assert_eq!(support::place(&read, "/exports"), "Rapport!A5");
}

#[test]
fn reads_two_sets_of_columns_as_authorized_and_actual_entries() {
    let read = support::read(&builders::basis_two_sets_of_columns());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    let exports = &read.document()["exports"];
    assert_eq!(exports["basis"], "both");
    assert_eq!(
        exports["entries"],
        json!([
            {
                "category": "I",
                "partner": { "code": "POL", "name": "Poland" },
                "items": 10,
                "value": { "amount": 20_000_000, "currency": "EUR" },
                "basis": "authorized"
            },
            {
                "category": "I",
                "partner": { "code": "POL", "name": "Poland" },
                "items": 8,
                "value": { "amount": 16_000_000, "currency": "EUR" },
                "basis": "actual"
            },
            {
                "category": "II",
                "partner": { "code": "ITA", "name": "Italy" },
                "items": 5,
                "value": { "amount": 3_000_000, "currency": "EUR" },
                "basis": "authorized"
            }
        ])
    );
    assert_eq!(
        support::place(&read, "/exports/entries/0/items"),
        "Exports!C5"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/1/items"),
        "Exports!D5"
    );
    assert_eq!(
        support::located(&read, "/exports/entries/1/value/amount"),
        "Exports!F5"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/1/value/currency"),
        "Exports!F4"
    );
}

#[test]
fn reports_a_repeated_header_row_once_and_reads_on() {
    let read = support::read(&builders::sample_national_stacked());
    assert!(
        support::findings(&read).contains(
            &"ATT0125 'Report 2023'!A12: The header row of the exports table is repeated here; the row was skipped."
                .to_owned()
        )
    );
    assert_eq!(
        read.document()["exports"]["entries"][3]["category"],
        "VII.b"
    );
}

#[test]
fn names_a_missing_column_once_with_the_closest_heading() {
    let read = support::read(&builders::table_missing_columns());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0101 Exports!C1: “Numbre of itmes” is not part of the report format and was not read (did you mean “Number of items”?).",
            "ATT0108 Exports!A1: The exports table has no “Number of items” or “Value” column; the closest heading is “Numbre of itmes”.",
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([{ "category": "I", "partner": { "code": "ESP", "name": "Spain" }, "description": "Tanks" }])
    );
}

#[test]
fn reads_the_first_of_two_value_columns_and_reports_unknown_columns() {
    let read = support::read(&builders::unknown_and_duplicate_columns());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0101 Exports!E1: “Licence number” is not part of the report format and was not read.",
            "ATT0131 Exports!D1: The column “Value” is a second Value column; only the one at C1 was read, so the values of this one were not.",
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"][1],
        json!({
            "category": "II",
            "partner": { "code": "PRT", "name": "Portugal" },
            "items": 3,
            "value": { "amount": 3000, "currency": "EUR" }
        })
    );
}

#[test]
fn reports_a_table_whose_direction_is_contradicted_or_unknown() {
    let read = support::read(&builders::direction_conflict_and_unknown());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0130 Imports!B1: This table was read as imports (from “Imports”), but the heading “Final importing State” is that of the exports table; check which table it is.",
            "ATT0139 Data!A1: Neither the title, the sheet name nor the headings of this table say whether it lists exports or imports; it was read as exports. Give it a title (“Exports”, “Imports”) or name the partner column “Final importing State” or “Exporting State”.",
        ]
    );
    assert_eq!(
        read.document()["imports"]["entries"][0]["partner"]["code"],
        "GRC"
    );
    assert_eq!(
        read.document()["exports"]["entries"][0]["partner"]["code"],
        "CYP"
    );
}

#[test]
fn reports_rows_under_a_title_without_a_recognisable_header_as_one_error() {
    let read = support::read(&builders::table_not_recognised());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0128 Report!A2: The exports table under “EXPORTS” has no header row att recognises, so its 3 rows were not read. Give its columns their headings (“Category”, “Final importing State” or “Exporting State”, “Number of items”, “Value”…).",
        ]
    );
    assert_eq!(read.document()["exports"]["status"], "not_reported");
    assert_eq!(
        read.document()["imports"]["entries"][0]["partner"]["code"],
        "AUT"
    );
}

#[test]
fn finds_a_table_by_its_content_and_says_how_each_column_was_read() {
    let read = support::read(&builders::table_found_by_content());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0142 Report!A2: The column “Kind” at A2 was read as “Category / sub-category (I–VIII)”: 3 of its 3 cells are categories of the Treaty.",
            "ATT0142 Report!B2: The column “Where to” at B2 was read as “Final importing State”: 3 of its 3 cells are State names or codes.",
            "ATT0142 Report!C2: The column “How many” at C2 was read as “Number of items”: 3 of its 3 cells are whole numbers.",
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "I", "partner": { "code": "ESP", "name": "Spain" }, "items": 2 },
            { "category": "II", "partner": { "code": "ITA", "name": "Italy" }, "items": 4 },
            { "category": "VIII.SA.2", "partner": { "code": "AUT", "name": "Autriche" }, "items": 40 },
        ])
    );
    assert_eq!(
        read.source_map
            .get("/exports/entries/2/partner")
            .map(|l| l.to_string()),
        Some("Report!B5".to_owned())
    );
    assert_eq!(
        read.document()["imports"]["entries"][0]["partner"]["code"],
        "AUT"
    );
}

#[test]
fn finds_a_table_among_more_unknown_columns_and_reports_a_column_without_heading() {
    let read = support::read(&builders::extra_columns_and_a_column_without_heading());
    assert_eq!(
        read.document()["exports"]["entries"][2],
        json!({ "category": "II", "partner": { "code": "FIN", "name": "Finland" }, "items": 2, "comments": "Navy" })
    );
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0101 Exports!A1: “Licence” is not part of the report format and was not read.",
            "ATT0101 Exports!B1: “Date” is not part of the report format and was not read.",
            "ATT0101 Exports!G1: “Customs code” is not part of the report format and was not read.",
            "ATT0101 Exports!H1: “Contract” is not part of the report format and was not read.",
            "ATT0140 Exports!J2: Column J beside the exports table has no heading, so its 3 values (J2:J4, from “1”) were not read; give it a heading or delete it.",
        ]
    );
}

#[test]
fn takes_the_direction_from_a_title_in_the_first_cell() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Data");
    support::rows(
        page,
        0,
        &[
            &[support::V::S("IMPORTS")],
            &[
                support::V::S("Category"),
                support::V::S("Country"),
                support::V::S("Quantity"),
            ],
            &[
                support::V::S("II"),
                support::V::S("Austria"),
                support::V::N(3.0),
            ],
        ],
    );
    let read = support::read(&support::save(workbook));
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(read.document()["exports"]["status"], "not_reported");
    assert_eq!(
        read.document()["imports"]["entries"][0]["partner"]["code"],
        "AUT"
    );
}

#[test]
fn reports_values_in_a_column_without_heading_inside_the_table() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Exports");
    use support::V::{E, N, S};
    support::rows(
        page,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                E,
                S("Number of items"),
            ],
            &[S("II"), S("Austria"), S("ok"), N(3.0)],
            &[E, E, S("checked twice")],
        ],
    );
    let read = support::read(&support::save(workbook));
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([{ "category": "II", "partner": { "code": "AUT", "name": "Austria" }, "items": 3 }])
    );
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0126 Exports!C2: Text beside the exports table was not read: “ok”.",
            "ATT0126 Exports!C3: Text below the exports table was not read: “checked twice”.",
        ]
    );
}
