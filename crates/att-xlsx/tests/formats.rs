//! The same reports saved as .xlsx, .ods and .xls (converted by LibreOffice, see
//! `fixtures/xlsx/convert.sh`) read the same; the committed .xlsx fixtures are those the
//! builders make.

mod support;

use support::builders;

#[test]
fn ods_and_xls_files_read_exactly_as_the_xlsx_they_were_converted_from() {
    for name in [
        "sample-att-2017-en",
        "sample-att-2017-fr",
        "hidden-rows-columns-and-sheets",
        "merged-cells-in-table",
    ] {
        let xlsx = support::read(&support::fixture(&format!("{name}.xlsx")));
        for format in ["ods", "xls"] {
            let other = support::read(&support::fixture(&format!("{name}.{format}")));
            assert_eq!(
                support::everything(&other),
                support::everything(&xlsx),
                "{name}.{format}"
            );
        }
    }
}

#[test]
fn a_macro_enabled_workbook_reads_as_the_workbook_it_is() {
    let xlsx = support::read(&support::fixture("sample-att-2017-en.xlsx"));
    let xlsm_bytes = support::fixture("sample-att-2017-en.xlsm");
    let content_types = {
        use std::io::Read;
        let mut archive =
            zip::ZipArchive::new(std::io::Cursor::new(xlsm_bytes.as_slice())).expect("zip");
        let mut text = String::new();
        archive
            .by_name("[Content_Types].xml")
            .expect("content types")
            .read_to_string(&mut text)
            .expect("read");
        text
    };
    assert!(content_types.contains("macroEnabled"));
    let xlsm = support::read(&xlsm_bytes);
    assert_eq!(support::everything(&xlsm), support::everything(&xlsx));
}

#[test]
fn hidden_rows_columns_and_sheets_are_reported_in_every_format() {
    for format in ["xlsx", "ods", "xls"] {
        let read = support::read(&support::fixture(&format!(
            "hidden-rows-columns-and-sheets.{format}"
        )));
        let findings = support::findings(&read);
        for expected in [
            "ATT0121 Exports!A3: Hidden rows (3–4) hold data, which was read; check that it belongs in the report.",
            "ATT0122 Exports!D1: Hidden columns (D) hold data, which was read; check that it belongs in the report.",
            "ATT0120 Imports!A1: Sheet “Imports” is hidden but holds data, which was read; check that it belongs in the report.",
        ] {
            assert!(
                findings.contains(&expected.to_owned()),
                "{format}: {findings:#?}"
            );
        }
    }
}

#[test]
fn committed_xlsx_fixtures_are_those_the_builders_make() {
    for (name, build) in builders::ALL {
        let built = support::read(&build());
        let committed = support::read(&support::fixture(name));
        assert_eq!(
            support::everything(&committed),
            support::everything(&built),
            "{name} differs from its builder: run `cargo run -p att-xlsx --example make_fixtures`"
        );
    }
}

#[test]
fn an_ods_money_cell_gives_its_currency_as_a_number_format_would() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/layouts/side-by-side-en-new-zealand.ods"
    );
    let read = support::read(&std::fs::read(path).expect("the fixture"));
    let document = read.document();
    for direction in ["exports", "imports"] {
        let entries = document[direction]["entries"].as_array().expect("entries");
        assert!(!entries.is_empty());
        for entry in entries {
            assert_eq!(entry["value"]["currency"], "NZD", "{entry}");
        }
    }
}
