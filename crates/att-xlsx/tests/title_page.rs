//! Title-page fields, tick boxes, nil reports in their three forms, the basis in each of its
//! forms, and dates.

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
fn reads_tick_boxes_in_their_many_spellings() {
    let read = support::read(&builders::title_page_ticks_es());
    assert_eq!(support::findings(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "CHL", "name": "Chile" })
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(
        read.document()["submission"],
        json!({
            "public": false,
            "language": "es",
            "template": "att-2017",
            "withheld": { "commercially_sensitive": true, "national_security": false }
        })
    );
    assert_eq!(
        read.document()["imports"],
        json!({ "status": "nil", "entries": [] })
    );
    assert_eq!(read.document()["exports"]["status"], "reported");
    assert_eq!(support::place(&read, "/imports/status"), "Portada!B6");
    assert_eq!(support::place(&read, "/submission/public"), "Portada!B3");
    assert_eq!(
        support::place(&read, "/submission/withheld/national_security"),
        "Portada!B8"
    );
    assert_eq!(support::place(&read, "/year"), "Portada!A2");
}

#[test]
fn reads_values_after_the_colon_and_ticks_left_of_their_label() {
    let read = support::read(&builders::title_page_inline_values_fr());
    assert_eq!(
        support::findings(&read),
        [
            "ATT0153 'Page de titre'!A3: “31 mai 2024” was read as 2024-05-31 (a date not written YYYY-MM-DD). To be sure, write the date as YYYY-MM-DD."
        ]
    );
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "CHE", "name": "Suisse" })
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(read.document()["submission"]["date"], "2024-05-31");
    assert_eq!(
        read.document()["submission"]["contact"],
        json!({ "email": "export@seco.admin.ch" })
    );
    assert_eq!(read.document()["exports"]["status"], "nil");
    assert_eq!(read.document()["imports"]["status"], "nil");
    assert_eq!(
        support::place(&read, "/exports/status"),
        "'Page de titre'!A5"
    );
    assert_eq!(
        support::place(&read, "/reporting_state"),
        "'Page de titre'!A1"
    );
}

#[test]
fn reads_a_nil_report_on_a_sheet_of_its_own() {
    let read = support::read(&builders::nil_report_separate_sheet_fr());
    assert_eq!(support::findings(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["exports"],
        json!({ "status": "nil", "entries": [] })
    );
    assert_eq!(
        read.document()["imports"],
        json!({ "status": "nil", "entries": [] })
    );
    assert_eq!(support::place(&read, "/exports/status"), "'Annexe 3'!A1");
    assert_eq!(support::place(&read, "/imports/status"), "'Annexe 3'!A2");
}

#[test]
fn reads_a_nil_statement_in_the_table_area() {
    let read = support::read(&builders::nil_report_statement_in_table_es());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(
        read.document()["imports"],
        json!({ "status": "nil", "entries": [] })
    );
    assert_eq!(support::place(&read, "/imports/status"), "Importaciones!A2");
    assert_eq!(
        read.document()["exports"]["entries"][0]["partner"]["code"],
        "PRY"
    );
}

#[test]
fn reads_the_basis_from_ticked_boxes_labels_and_titles() {
    let ticks = support::read(&builders::sample_att_2017_en());
    assert_eq!(ticks.document()["exports"]["basis"], "actual");
    assert_eq!(support::place(&ticks, "/exports/basis"), "Exports!D2");
    let label = support::read(&builders::sample_att_2017_fr());
    assert_eq!(label.document()["exports"]["basis"], "actual");
    assert_eq!(support::place(&label, "/exports/basis"), "Exportations!A2");
    let title = support::read(&builders::basis_in_title_es());
    assert_eq!(findings_besides_layout(&title), Vec::<String>::new());
    assert_eq!(title.document()["exports"]["basis"], "actual");
    assert_eq!(support::place(&title, "/exports/basis"), "'Cuadro 1'!A1");
    assert_eq!(
        title.document()["exports"]["entries"],
        json!([{
            "category": "IV.a",
            "partner": { "code": "CHL", "name": "Chile" },
            "items": 2,
            "value": { "amount": 24_000_000, "currency": "USD" }
        }])
    );
}

#[test]
fn reads_a_per_row_basis_column_and_keeps_what_it_cannot_read() {
    let read = support::read(&builders::basis_per_row_column());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    let imports = &read.document()["imports"];
    assert_eq!(imports["basis"], "both");
    assert_eq!(
        imports["entries"],
        json!([
            { "category": "VIII.SA.4", "partner": { "code": "BEL", "name": "Belgium" }, "items": 400, "basis": "authorized" },
            { "category": "VIII.SA.4", "partner": { "code": "BEL", "name": "Belgium" }, "items": 380, "basis": "actual" },
            { "category": "VIII.SA.5", "partner": { "code": "DEU", "name": "Germany" }, "items": 30, "basis": "pending" }
        ])
    );
    assert_eq!(
        support::place(&read, "/imports/entries/2/basis"),
        "Imports!D4"
    );
}

#[test]
fn reads_a_date_stored_as_a_number_and_a_year_in_words() {
    let read = support::read(&builders::dates_as_number_and_text());
    assert_eq!(
        support::findings(&read),
        [
            "ATT0153 'Title page'!B2: “1 January – 31 December 2023” was read as 2023 (a year with words around it). To be sure, write the year alone, such as 2023.",
            "ATT0134 'Title page'!B3: The number 45440 was read as the date 2024-05-28; format the cell as a date to be sure."
        ]
    );
    assert_eq!(read.document()["year"], 2023);
    assert_eq!(read.document()["submission"]["date"], "2024-05-28");
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "IRL", "name": "Ireland" })
    );
}

#[test]
fn reports_a_date_whose_day_and_month_could_be_swapped() {
    let read = support::read(&builders::date_ambiguous_es());
    assert_eq!(
        support::findings(&read),
        [
            "ATT0138 Portada!B3: “05/06/2024” was read day first, as 2024-06-05; write the date as YYYY-MM-DD or with the month in words to be sure."
        ]
    );
    assert_eq!(read.document()["submission"]["date"], "2024-06-05");
    assert_eq!(read.document()["exports"]["status"], "nil");
    assert_eq!(read.document()["imports"]["status"], "nil");
}

#[test]
fn reports_a_title_field_given_twice_with_different_values() {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Title page");
    support::rows(
        page,
        0,
        &[
            &[support::V::S("Reporting State:"), support::V::S("Austria")],
            &[
                support::V::S("Reporting State:"),
                support::V::S("Australia"),
            ],
            &[support::V::S("Reporting State:"), support::V::S("austria")],
        ],
    );
    let read = support::read(&support::save(workbook));
    assert_eq!(
        read.document()["reporting_state"],
        json!({ "code": "AUT", "name": "Austria" })
    );
    assert!(support::findings(&read).contains(
        &"ATT0136 'Title page'!B2: “Reporting State” is given again here as “Australia”; the value at 'Title page'!B1 (“Austria”) was kept."
            .to_owned()
    ));
}

#[test]
fn gives_each_entry_the_basis_of_its_table_when_a_direction_has_both() {
    let read = support::read(&builders::basis_two_tables());
    assert_eq!(findings_besides_layout(&read), Vec::<String>::new());
    assert_eq!(read.document()["exports"]["basis"], "both");
    assert_eq!(
        read.document()["exports"]["entries"],
        json!([
            { "category": "VIII.SA.2", "partner": { "code": "CHL", "name": "Chile" }, "items": 10, "basis": "authorized" },
            { "category": "VIII.SA.2", "partner": { "code": "CHL", "name": "Chile" }, "items": 7, "basis": "actual" }
        ])
    );
}

#[test]
fn shows_a_missing_nil_report_and_basis_at_their_empty_boxes() {
    use support::V::{N, S};
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let page = support::sheet(&mut workbook, "Title page");
    support::rows(
        page,
        0,
        &[
            &[S("Reporting State:"), S("Malta")],
            &[S("Nil report – exports"), S("☐")],
            &[S("Nil report – imports"), S("☐")],
        ],
    );
    let exports = support::sheet(&mut workbook, "Exports");
    support::rows(
        exports,
        0,
        &[
            &[S("Authorized exports"), S("☐"), S("Actual exports"), S("☐")],
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
            ],
            &[S("I"), S("Italy"), N(2.0)],
        ],
    );
    let read = support::read(&support::save(workbook));
    assert_eq!(read.document()["imports"]["status"], "not_reported");
    assert!(read.document()["exports"].get("basis").is_none());
    assert_eq!(
        support::located(&read, "/imports/status"),
        "'Title page'!B3"
    );
    assert_eq!(support::located(&read, "/exports/basis"), "Exports!B1");
    assert_eq!(support::located(&read, "/exports/status"), "Exports!A2");
}

#[test]
fn reads_tick_groups_with_empty_boxes_and_yes_no_options() {
    let read = support::read(&support::builders::tick_groups_and_yes_no_options_en());
    // "Nil report — imports" stands in a group that has boxes: its box is empty, so it is not
    // ticked, and the imports table is reported.
    assert_eq!(read.document()["exports"]["status"], "nil");
    assert_eq!(read.document()["imports"]["status"], "reported");
    // The publication question is answered by the option ticked below it.
    assert_eq!(read.document()["submission"]["public"], false);
    assert_eq!(
        support::place(&read, "/submission/public"),
        "'Cover page'!C6"
    );
    assert_eq!(
        read.document()["submission"]["withheld"]["commercially_sensitive"],
        false
    );
    assert!(
        support::findings(&read).is_empty(),
        "{:#?}",
        support::findings(&read)
    );
}

#[test]
fn reads_a_cover_of_lines_the_state_the_year_each_basis_and_a_nil_title() {
    let read = support::read(&builders::cover_lines_and_a_nil_title_en());
    let document = read.document();
    assert_eq!(document["reporting_state"]["code"], "GHA");
    assert_eq!(document["year"], 2021);
    assert_eq!(document["submission"]["public"], true);
    assert_eq!(document["exports"]["status"], "reported");
    assert_eq!(document["exports"]["basis"], "actual");
    assert_eq!(document["imports"]["status"], "nil");
    assert_eq!(
        read.source_map.get("/year").map(|l| l.to_string()),
        Some("Cover!A3".to_owned())
    );
    let findings = support::findings(&read);
    let besides_notes: Vec<&String> = findings
        .iter()
        .filter(|f| !f.starts_with("ATT0150") && !f.starts_with("ATT0109"))
        .collect();
    assert!(
        besides_notes.is_empty(),
        "every line is read, none left unread: {besides_notes:#?}"
    );
    assert!(findings.contains(
        &"ATT0150 Cover!A2: The title “Republic of Ghana — Ministry of Defence” was read as giving the reporting State (Republic of Ghana).".to_owned()
    ), "{findings:#?}");
}

#[test]
fn reads_the_reporting_state_from_its_name_alone_on_a_cover() {
    let read = support::read(&builders::cover_with_a_bare_state_name_es(&[]));
    let document = read.document();
    assert_eq!(document["reporting_state"]["code"], "MEX");
    assert_eq!(document["year"], 2023);
    assert_eq!(support::place(&read, "/reporting_state"), "Portada!A2");
    // "pesos" is settled by the reporting State.
    assert_eq!(
        document["imports"]["entries"][0]["value"]["currency"],
        "MXN"
    );
    let findings = support::findings(&read);
    assert!(
        findings.contains(
            &"ATT0150 Portada!A2: The title “Estados Unidos Mexicanos” was read as giving the reporting State (Estados Unidos Mexicanos).".to_owned()
        ),
        "{findings:#?}"
    );
    assert!(
        !findings.iter().any(|f| f.starts_with("ATT0126")),
        "the name is read, not left unread: {findings:#?}"
    );
}

#[test]
fn a_line_that_says_it_names_the_state_wins_over_a_bare_name() {
    let read = support::read(&builders::cover_with_a_bare_state_name_es(&[
        "Gobierno de la República de Chile",
    ]));
    assert_eq!(read.document()["reporting_state"]["code"], "CHL");
    assert_eq!(support::place(&read, "/reporting_state"), "Portada!A3");
    let findings = support::findings(&read);
    assert!(
        findings.contains(&"ATT0136 Portada!A2: “Reporting State” is given again here as “Estados Unidos Mexicanos”; the value at Portada!A3 (“República de Chile”) was kept.".to_owned()),
        "the name passed over is another State: {findings:#?}"
    );
}

#[test]
fn a_label_wins_over_a_bare_name_and_a_different_state_is_reported() {
    let read = support::read(&builders::cover_with_a_bare_state_name_es(&[
        "Estado informante: Chile",
    ]));
    assert_eq!(read.document()["reporting_state"]["code"], "CHL");
    let findings = support::findings(&read);
    let repeated: Vec<&String> = findings
        .iter()
        .filter(|f| f.starts_with("ATT0136"))
        .collect();
    assert_eq!(repeated.len(), 1, "{findings:#?}");
    assert!(
        repeated[0].starts_with("ATT0136 Portada!A2: “Reporting State” is given again here as “Estados Unidos Mexicanos”; the value at Portada!"),
        "{findings:#?}"
    );
}

#[test]
fn a_bare_name_of_the_state_a_label_gives_is_read_without_a_word() {
    let read = support::read(&builders::cover_with_a_bare_state_name_es(&[
        "Estado informante: México",
    ]));
    assert_eq!(read.document()["reporting_state"]["code"], "MEX");
    let findings = support::findings(&read);
    assert!(
        !findings
            .iter()
            .any(|f| f.starts_with("ATT0136") || f.starts_with("ATT0126")),
        "{findings:#?}"
    );
}

#[test]
fn a_bare_state_name_below_a_table_is_not_the_reporting_state() {
    let read = support::read(&builders::bare_state_name_below_a_table_en());
    let document = read.document();
    assert_eq!(
        document["exports"]["entries"].as_array().map(Vec::len),
        Some(1)
    );
    assert!(
        document
            .get("reporting_state")
            .is_none_or(|state| state.get("code").is_none()),
        "{:#}",
        document["reporting_state"]
    );
}

#[test]
fn reads_a_bare_state_name_above_the_table_of_a_sheet_named_for_its_direction() {
    let read = support::read(&builders::bare_state_name_above_a_table_es());
    let document = read.document();
    assert_eq!(document["reporting_state"]["code"], "URY");
    assert_eq!(
        support::place(&read, "/reporting_state"),
        "Importaciones!A1"
    );
    assert_eq!(
        document["imports"]["entries"][0]["value"]["currency"],
        "UYU"
    );
}
