//! The toolkit's own workbooks, built here by hand: the signature sheet makes the reader read
//! literal cells exactly, look codes up itself, take the status from the title page's boxes and
//! every row below a header as an entry; without the signature the same cells are read as in any
//! workbook.

use att_xlsx::own::{CODE_LOOKUP_TABLE, FORMAT_VERSION, SHEET, SIGNATURE};
use rust_xlsxwriter::{Formula, Workbook};
use serde_json::json;

/// A small workbook laid out as `att template` lays it out; `signed` adds the signature.
fn workbook(signed: bool) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let title = workbook.add_worksheet();
    title.set_name("Title page").expect("name");
    let rows: [(&str, Option<Formula>, Option<&str>); 6] = [
        ("Reporting State", None, Some("Norway")),
        (
            "ISO code of the reporting State",
            // A result left stale by a program that does not calculate.
            Some(
                Formula::new(format!(
                    "=IFERROR(VLOOKUP(B1,{CODE_LOOKUP_TABLE},2,FALSE),\"\")"
                ))
                .set_result("0"),
            ),
            None,
        ),
        (
            "Calendar year",
            Some(Formula::new("=\"2023\"").set_result("2023")),
            None,
        ),
        ("Exports table", None, None),
        ("Nil report – imports", None, Some("Yes")),
        (
            "Information withheld",
            Some(Formula::new("=\"\"").set_result("")),
            None,
        ),
    ];
    for (row, (label, formula, text)) in (0u32..).zip(rows) {
        title.write_string(row, 0, label).expect("label");
        if let Some(formula) = formula {
            title.write_formula(row, 1, formula).expect("formula");
        }
        if let Some(text) = text {
            title.write_string(row, 1, text).expect("value");
        }
    }
    let exports = workbook.add_worksheet();
    exports.set_name("Exports").expect("name");
    exports.write_string(0, 0, "Basis of data").expect("label");
    exports.write_string(0, 1, "Actual").expect("basis");
    for (col, heading) in (0u16..).zip([
        "Category / sub-category (I–VIII)",
        "Final importing State",
        "Importing State code",
        "Number of items",
        "Description of item",
    ]) {
        exports.write_string(2, col, heading).expect("heading");
    }
    exports
        .write_string(3, 0, "II – Armoured combat vehicles")
        .expect("category");
    exports.write_string(3, 1, "Denmark").expect("partner");
    exports
        .write_formula(
            3,
            2,
            Formula::new(format!(
                "=IFERROR(VLOOKUP(B4,{CODE_LOOKUP_TABLE},2,FALSE),\"\")"
            ))
            .set_result("DNK"),
        )
        .expect("code");
    exports
        .write_formula(3, 3, Formula::new("=T(\"[1,2]\")").set_result("[1,2]"))
        .expect("items");
    // A row that reads as a nil statement or a label anywhere else is an entry here.
    exports.write_string(4, 4, "Nil").expect("description");
    if signed {
        let lists = workbook.add_worksheet();
        lists.set_name(SHEET).expect("name");
        lists.write_string(0, 0, SIGNATURE).expect("signature");
        lists.write_string(0, 1, FORMAT_VERSION).expect("version");
        for (row, (name, code)) in (2u32..).zip([("Denmark", "DNK"), ("Norway", "NOR")]) {
            lists.write_string(row, 0, name).expect("name");
            lists.write_string(row, 1, code).expect("code");
        }
        lists.set_hidden(true);
        workbook
            .define_name(CODE_LOOKUP_TABLE, &format!("={SHEET}!$A$3:$B$4"))
            .expect("defined name");
    }
    workbook.save_to_buffer().expect("saves")
}

fn read(signed: bool) -> att_schema::ReadReport {
    att_xlsx::read(&workbook(signed), &att_xlsx::Limits::default()).expect("reads")
}

#[test]
fn the_toolkits_own_workbook_is_read_as_the_form_it_is() {
    let read = read(true);
    let document = &read.document();
    assert_eq!(
        document["reporting_state"],
        json!({ "code": "NOR", "name": "Norway" }),
        "the reader looks the code up itself rather than trust a stale result"
    );
    assert_eq!(document["year"], json!("2023"), "a literal is exact");
    assert_eq!(document["submission"]["withheld"]["note"], json!(""));
    assert_eq!(document["exports"]["status"], "reported");
    assert_eq!(document["imports"]["status"], "nil");
    assert_eq!(document["exports"]["basis"], "actual");
    let entries = document["exports"]["entries"].as_array().expect("entries");
    assert_eq!(entries.len(), 2);
    assert_eq!(
        entries[0]["partner"],
        json!({ "code": "DNK", "name": "Denmark" })
    );
    assert_eq!(entries[0]["items"], json!([1, 2]));
    assert_eq!(entries[1], json!({ "description": "Nil" }));
    let said: Vec<&str> = read.diagnostics.iter().map(|d| d.code()).collect();
    assert!(said.is_empty(), "the lists sheet is not reported: {said:?}");
}

#[test]
fn without_the_signature_the_same_cells_are_read_as_in_any_workbook() {
    let read = read(false);
    let document = &read.document();
    assert_eq!(document["reporting_state"]["code"], json!("0"));
    assert_eq!(document["year"], json!(2023));
    assert_eq!(document["exports"]["entries"][0]["items"], json!("[1,2]"));
    assert_eq!(document["imports"]["status"], "nil");
}

#[test]
fn says_nothing_of_the_code_lookups_a_program_left_without_results() {
    // Filled in with openpyxl (fixtures/templates/fill-in-openpyxl.py), which keeps the
    // template's formulas but none of their results: the reader computes the codes itself.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/templates/filled-in-openpyxl-en.xlsx");
    let bytes = std::fs::read(path).expect("fixture");
    let read = att_xlsx::read(&bytes, &att_xlsx::Limits::default()).expect("reads");
    let codes: Vec<&str> = read.diagnostics.iter().map(|d| d.code()).collect();
    assert!(
        !codes.contains(&"ATT0123"),
        "no finding about the lookups: {codes:?}"
    );
    assert_eq!(
        read.report
            .reporting_state
            .as_ref()
            .and_then(|p| p.code.as_deref()),
        Some("NOR")
    );
    let partners: Vec<Option<&str>> = read
        .report
        .exports
        .entries
        .iter()
        .map(|e| e.partner.as_ref().and_then(|p| p.code.as_deref()))
        .collect();
    assert_eq!(partners, [Some("SWE"), Some("FIN")]);
}
