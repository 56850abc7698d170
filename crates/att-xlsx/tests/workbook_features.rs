//! What spreadsheets add to a table: hidden rows, columns and sheets, merged cells, formulas
//! with and without saved results, error values; and odd workbooks that must not break the
//! reader.

mod support;

use serde_json::json;
use support::builders;

fn findings_besides_layout(read: &att_schema::ReadReport) -> Vec<String> {
    support::findings(read)
        .into_iter()
        .filter(|f| !f.starts_with("ATT0109 "))
        .collect()
}

#[test]
fn reads_hidden_rows_columns_and_sheets_and_says_so() {
    let read = support::read(&builders::hidden_rows_columns_and_sheets());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0121 Exports!A3: Hidden rows (3–4) hold data, which was read; check that it belongs in the report.",
            "ATT0122 Exports!D1: Hidden columns (D) hold data, which was read; check that it belongs in the report.",
            "ATT0120 Imports!A1: Sheet “Imports” is hidden but holds data, which was read; check that it belongs in the report.",
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"][2],
        json!({
            "category": "III",
            "partner": { "code": "LVA", "name": "Latvia" },
            "items": 2,
            "description": "Howitzers"
        })
    );
    assert_eq!(
        read.document()["imports"]["entries"],
        json!([{ "category": "VII.b", "partner": { "code": "FRA", "name": "France" }, "items": 12 }])
    );
    assert_eq!(read.sheet_order, ["Exports", "Imports", "Spare"]);
}

#[test]
fn gives_a_merged_cell_to_every_row_it_spans() {
    let read = support::read(&builders::merged_cells_in_table());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0129 Exports!A2: The merged cell A2:A3 was read as “II” for each of the 2 rows it spans.",
            "ATT0129 Exports!B2: The merged cell B2:B4 was read as “Germany” for each of the 3 rows it spans.",
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "II", "partner": { "code": "DEU", "name": "Germany" }, "items": 10, "description": "Boxer armoured vehicles" },
            { "category": "II", "partner": { "code": "DEU", "name": "Germany" }, "items": 5, "description": "Spare parts kits" },
            { "category": "III", "partner": { "code": "DEU", "name": "Germany" }, "items": 2, "comments": "Loan" }
        ])
    );
    assert_eq!(
        support::place(&read, "/exports/entries/2/partner"),
        "Exports!B2"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/1/category"),
        "Exports!A2"
    );
    assert_eq!(
        support::place(&read, "/exports/entries/0/comments"),
        "Exports!F2"
    );
}

#[test]
fn uses_saved_formula_results_and_reports_formulas_without_one() {
    let read = support::read(&builders::formulas_cached_and_uncached());
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0135 Exports!D1: “Value (EUR thousands)” gives the values in units of 1000; each amount it applies to was multiplied by 1000.",
            "ATT0124 Exports!E4: The cell shows the error #REF! instead of a value; correct its formula or type the value.",
            "ATT0123 Exports!C3: This cell holds a formula whose result was never saved, so it was read as empty; open the workbook in a spreadsheet program, let it calculate and save it again, or type the value.",
        ]
    );
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "II", "partner": { "code": "AUT", "name": "Austria" }, "items": 4, "value": { "amount": 1_000_000, "currency": "EUR" }, "description": "Pandur" },
            { "category": "II", "partner": { "code": "AUT", "name": "Austria" }, "value": { "amount": 1_250_000, "currency": "EUR" }, "description": "Pandur" },
            { "category": "III", "partner": { "code": "HRV", "name": "Croatia" }, "items": "#DIV/0!", "value": { "amount": 900_000, "currency": "EUR" }, "description": "#REF!" }
        ])
    );
    assert_eq!(
        support::place(&read, "/exports/entries/1/items"),
        "Exports!C3"
    );
}

#[test]
fn an_empty_workbook_has_no_table() {
    let read = support::read(&builders::odd_empty_workbook());
    assert_eq!(
        support::findings(&read),
        [
            "ATT0107 -: No exports or imports table was found. Tables are found by their column headings (“Final importing State”, “Number of items”…)."
        ]
    );
    assert_eq!(
        *read.document(),
        json!({
            "schema_version": "1.0",
            "exports": { "status": "not_reported", "entries": [] },
            "imports": { "status": "not_reported", "entries": [] },
            "national_definitions": []
        })
    );
}

#[test]
fn a_title_page_alone_is_read_and_has_no_table() {
    let read = support::read(&builders::odd_title_page_only());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "MLT", "name": "Malta" })
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(
        support::findings(&read),
        [
            "ATT0107 -: No exports or imports table was found. Tables are found by their column headings (“Final importing State”, “Number of items”…)."
        ]
    );
}

#[test]
fn a_table_with_headings_only_is_reported_and_not_a_nil_report() {
    let read = support::read(&builders::odd_table_headers_only());
    assert_eq!(
        read.document()["exports"],
        json!({ "status": "reported", "entries": [] })
    );
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0133 Exports!A1: The exports table has no rows; if there were none during the year, tick the nil report for exports instead."
        ]
    );
}

#[test]
fn a_chart_sheet_is_passed_over() {
    let read = support::read(&builders::odd_chart_sheet());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["exports"]["entries"]
            .as_array()
            .map(Vec::len),
        Some(2)
    );
    assert_eq!(read.sheet_order, ["Exports"]);
}

#[test]
fn an_annex_1_sheet_of_reference_text_is_passed_over_and_said_so() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let annex = support::sheet(&mut workbook, "Annex 1");
    support::rows(
        annex,
        0,
        &[
            &[
                support::V::S("I. Battle tanks"),
                support::V::S("Tracked or wheeled self-propelled armoured fighting vehicles…"),
            ],
            &[
                support::V::S("II. Armoured combat vehicles"),
                support::V::S("Tracked, semi-tracked or wheeled self-propelled vehicles…"),
            ],
        ],
    );
    let read = support::read(&support::save(workbook));
    assert_eq!(
        support::findings(&read),
        [
            "ATT0137 'Annex 1'!A1: Sheet “Annex 1” holds the UN Register category definitions (Annex 1), which are reference text; it was not read.",
            "ATT0107 -: No exports or imports table was found. Tables are found by their column headings (“Final importing State”, “Number of items”…).",
        ]
    );
}

#[test]
fn a_sheet_with_nothing_recognisable_is_reported_once() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Title page");
    support::rows(
        page,
        0,
        &[&[support::V::S("Reporting State:"), support::V::S("Malta")]],
    );
    let notes = support::sheet(&mut workbook, "Notes");
    support::rows(
        notes,
        0,
        &[
            &[support::V::S("Internal notes"), support::V::S("draft 3")],
            &[support::V::N(17.0)],
        ],
    );
    let read = support::read(&support::save(workbook));
    assert!(support::findings(&read).contains(
        &"ATT0127 Notes!A1: Sheet “Notes” has no table, nil report or title-page field that att recognises; its 3 non-empty cells (from A1: “Internal notes”) were not read."
            .to_owned()
    ));
}

#[test]
fn reports_the_merged_cells_of_one_column_once() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Exports");
    let plain = rust_xlsxwriter::Format::new();
    support::rows(
        page,
        0,
        &[&[
            support::V::S("Category"),
            support::V::S("Final importing State"),
            support::V::S("Number of items"),
        ]],
    );
    for (first, partner) in [(1u32, "Chile"), (3, "Peru"), (5, "Bolivia")] {
        page.merge_range(first, 1, first + 1, 1, partner, &plain)
            .expect("merge");
        for row in [first, first + 1] {
            support::put(page, row, 0, support::V::S("II"));
            support::put(page, row, 2, support::V::N(1.0));
        }
    }
    let read = support::read(&support::save(workbook));
    assert_eq!(
        findings_besides_layout(&read),
        [
            "ATT0129 Exports!B2: The merged cell B2:B3 was read as “Chile” for each of the 2 rows it spans, and so were 2 more merged cells of this column."
        ]
    );
    let document = read.document();
    let partners: Vec<&str> = document["exports"]["entries"]
        .as_array()
        .map(|e| {
            e.iter()
                .filter_map(|e| e["partner"]["name"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        partners,
        ["Chile", "Chile", "Peru", "Peru", "Bolivia", "Bolivia"]
    );
}

#[test]
fn a_hidden_sheet_of_drop_down_lists_is_mentioned_not_warned_about() {
    use support::V::{N, S};
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let exports = support::sheet(&mut workbook, "Exports");
    support::rows(
        exports,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
            ],
            &[S("I"), S("Italy"), N(2.0)],
        ],
    );
    let lists = support::sheet(&mut workbook, "Lists");
    support::rows(
        lists,
        0,
        &[&[S("Afghanistan")], &[S("Albania")], &[S("Algeria")]],
    );
    lists.set_hidden(true);
    let read = support::read(&support::save(workbook));
    let findings: Vec<String> = support::findings(&read)
        .into_iter()
        .filter(|f| !f.starts_with("ATT0109 "))
        .collect();
    assert_eq!(
        findings,
        [
            "ATT0141 Lists!A1: Sheet “Lists” is hidden and holds no table, nil report or title-page field, only 3 cells such as “Afghanistan” (lists behind drop-down menus?); it was not read."
        ]
    );
    assert_eq!(
        read.diagnostics
            .iter()
            .find(|d| d.code() == "ATT0141")
            .map(|d| d.severity),
        Some(att_schema::Severity::Info)
    );
}
