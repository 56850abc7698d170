//! Matrix tables (partners as rows, categories as columns, one entry per filled cell) as
//! national statistics publish them, and total rows: read as totals, not entries, and checked
//! against the rows they sum.

mod support;

use serde_json::json;
use support::builders;

/// The findings of the given codes, in the order of their cells (a one-sheet workbook).
fn findings_of(read: &att_schema::ReadReport, codes: &[&str]) -> Vec<String> {
    let mut sorted = read.clone();
    sorted.diagnostics.sort_by_key(|d| match &d.location {
        Some(att_schema::Location::Cell { row, column, .. }) => (*row, *column),
        _ => (0, 0),
    });
    support::findings(&sorted)
        .into_iter()
        .filter(|f| codes.iter().any(|code| f.starts_with(code)))
        .collect()
}

#[test]
fn reads_national_statistics_as_one_entry_per_filled_cell() {
    let read = support::read(&builders::matrix_national_statistics_de());
    let document = read.document();
    let entries = document["exports"]["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 8, "{entries:#?}");
    assert_eq!(
        entries[5],
        json!({
            "category": "national",
            "national_category": "KM 9 / KM 11-15 / KM 17 - 22",
            "partner": { "code": "DNK", "name": "Dänemark" },
            "value": { "amount": 100000, "currency": "CHF" }
        })
    );
    let place = |pointer: &str| read.source_map.get(pointer).map(|l| l.to_string());
    assert_eq!(place("/exports/entries/5").as_deref(), Some("2022!I8"));
    assert_eq!(
        place("/exports/entries/5/value/amount").as_deref(),
        Some("2022!I8")
    );
    assert_eq!(
        place("/exports/entries/5/category").as_deref(),
        Some("2022!I4")
    );
    assert_eq!(
        place("/exports/entries/5/partner").as_deref(),
        Some("2022!B8")
    );
    assert_eq!(
        findings_of(
            &read,
            &["ATT0144", "ATT0146", "ATT0147", "ATT0148", "ATT0149"]
        ),
        [
            "ATT0144 2022!C4: The column “Pays” at C4 names the same States as the column “Land” at B4, row by row; the States were read from the latter.",
            "ATT0148 2022!E4: The table whose category columns start at E4 (“KM 1”) was read as a matrix: each filled cell of its 5 category columns is one entry for the partner of its row, its figures read as values.",
            "ATT0149 2022!E4: The values of this table give no currency, neither in their cells, nor in a heading, nor in the title; they were read in CHF, the currency of Switzerland. Write the currency in the value heading to be sure.",
            "ATT0146 2022!A6: Row 6 (“Total”) is a total; it was checked against the rows it totals and not read as an entry.",
            "ATT0146 2022!A9: Row 9 is a total; it was checked against the rows it totals and not read as an entry.",
            "ATT0147 2022!D10: The total “Total” at D10 is 260000, but the 2 entries it totals add up to 250000; check their figures or the total.",
            "ATT0146 2022!A11: Row 11 is a total; it was checked against the rows it totals and not read as an entry.",
        ]
    );
}

#[test]
fn reads_a_sparse_matrix_of_counts_with_a_withheld_figure() {
    let read = support::read(&builders::matrix_of_counts_by_category());
    assert_eq!(
        read.document()["imports"]["entries"],
        json!([
            { "category": "I", "partner": { "code": "DEU", "name": "Germany" }, "items": 12 },
            { "category": "II", "partner": { "code": "USA", "name": "United States" }, "items": 40 },
            { "category": "IV", "partner": { "code": "USA", "name": "United States" }, "items": 2 },
            { "category": "VII", "partner": { "code": "USA", "name": "United States" }, "withheld": { "items": "classified" } },
            { "category": "III", "partner": { "code": "SWE", "name": "Sweden" }, "items": 4 },
        ])
    );
    assert_eq!(
        read.source_map
            .get("/imports/entries/3/withheld/items")
            .map(|l| l.to_string())
            .as_deref(),
        Some("Imports!H3")
    );
    assert_eq!(
        findings_of(&read, &["ATT0148"]),
        [
            "ATT0148 Imports!B1: The table whose category columns start at B1 (“I”) was read as a matrix: each filled cell of its 7 category columns is one entry for the partner of its row, its figures read as numbers of items."
        ]
    );
}

#[test]
fn skips_total_rows_and_checks_them_against_the_rows_they_sum() {
    let read = support::read(&builders::totals_in_a_table_en());
    let document = read.document();
    let entries = document["exports"]["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 4);
    assert!(entries.iter().all(|e| e["partner"]["code"].is_string()));
    assert_eq!(
        findings_of(&read, &["ATT0146", "ATT0147"]),
        [
            "ATT0146 Exports!A4: Row 4 (“Subtotal (cat. III)”) is a total; it was checked against the rows it totals and not read as an entry.",
            "ATT0146 Exports!A7: Row 7 (“Sous-total”) is a total; it was checked against the rows it totals and not read as an entry.",
            "ATT0147 Exports!C7: The total “Sous-total” at C7 is 410, but the 2 entries it totals add up to 420; check their figures or the total.",
            "ATT0146 Exports!A8: Row 8 (“Grand total”) is a total; it was checked against the rows it totals and not read as an entry.",
        ]
    );
}

#[test]
fn reads_exports_and_imports_side_by_side_on_the_same_rows() {
    let read = support::read(&builders::side_by_side_es());
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "II", "partner": { "code": "URY", "name": "Uruguay" }, "items": 4 },
            { "category": "VIII.SA.2", "partner": { "code": "PRY", "name": "Paraguay" }, "items": 50 },
        ])
    );
    assert_eq!(
        read.document()["imports"]["entries"],
        json!([
            { "category": "II", "partner": { "code": "BRA", "name": "Brasil" }, "items": 10 },
            { "category": "III", "partner": { "code": "USA", "name": "Estados Unidos" }, "items": 2 },
        ])
    );
    assert_eq!(read.document()["imports"]["status"], "reported");
    let place = |pointer: &str| read.source_map.get(pointer).map(|l| l.to_string());
    assert_eq!(
        place("/imports/entries/1/items").as_deref(),
        Some("Transferencias!E4")
    );
    assert_eq!(
        place("/imports/entries/1/category").as_deref(),
        Some("Transferencias!A4")
    );
    assert!(
        findings_of(&read, &["ATT0126", "ATT0131", "ATT0130", "ATT0140"]).is_empty(),
        "{:#?}",
        support::findings(&read)
    );
}
