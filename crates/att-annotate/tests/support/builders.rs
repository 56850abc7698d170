//! Builders of the fixture workbooks of `fixtures/annotate/`, shared by the `make_fixtures`
//! example that writes them. Each shows features the annotated copy must keep.

use rust_xlsxwriter::{
    Button, ConditionalFormatCell, ConditionalFormatCellRule, DataValidation, DocProperties,
    ExcelDateTime, Format, FormatAlign, Formula, Note, Table, Workbook, Worksheet,
};
use std::io::{Cursor, Write};

/// The fixtures this module builds, by file name.
pub fn all() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (
            "report-with-layout-features.xlsx",
            report_with_layout_features(),
        ),
        ("macros-and-button.xlsm", macros_and_button()),
        (
            "prefixed-namespace-without-references.xlsx",
            prefixed_namespace_without_references(),
        ),
    ]
}

/// One row of the exports table.
struct ExportRow {
    category: &'static str,
    sub_category: &'static str,
    partner: &'static str,
    items: f64,
    value: f64,
    date: (u16, u8, u8),
    comment: &'static str,
}

impl ExportRow {
    fn new(
        category: &'static str,
        sub_category: &'static str,
        partner: &'static str,
        items: f64,
        value: f64,
        date: (u16, u8, u8),
        comment: &'static str,
    ) -> ExportRow {
        ExportRow {
            category,
            sub_category,
            partner,
            items,
            value,
            date,
            comment,
        }
    }
}

fn fixed_properties() -> DocProperties {
    let date = ExcelDateTime::from_ymd(2024, 3, 1).expect("a valid date");
    DocProperties::new()
        .set_author("Ministry of Foreign Affairs")
        .set_creation_datetime(&date)
}

fn put(result: Result<&mut Worksheet, rust_xlsxwriter::XlsxError>) {
    result.expect("write a cell");
}

/// An export and import report of a fictitious State, laid out as officials lay them out:
/// a merged title, formulas and a total, dates and amounts with number formats, hidden rows,
/// a hidden column and a hidden sheet of lists, data validation, an autofilter, a table, a
/// conditional format, frozen panes, existing notes, defined names local to a sheet (print
/// areas, a local name) and global ones, and the second sheet active.
pub fn report_with_layout_features() -> Vec<u8> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&fixed_properties());
    let title = Format::new()
        .set_bold()
        .set_font_size(14)
        .set_align(FormatAlign::Center);
    let heading = Format::new()
        .set_bold()
        .set_background_color("D9E1F2")
        .set_text_wrap();
    let amount = Format::new().set_num_format("#,##0.00");
    let whole = Format::new().set_num_format("0");
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let centred = Format::new()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);

    let exports = workbook.add_worksheet();
    exports.set_name("Exports").expect("name");
    put(exports.merge_range(
        0,
        0,
        0,
        7,
        "Annual report on exports of conventional arms — 2023",
        &title,
    ));
    put(exports.write_string(1, 0, "Reporting State: Freedonia"));
    let headings = [
        "Category",
        "Sub-category",
        "Final importer State",
        "Number of items",
        "Value",
        "Currency",
        "Date of export",
        "Comments",
    ];
    for (column, text) in headings.iter().enumerate() {
        put(exports.write_string_with_format(3, column as u16, *text, &heading));
    }
    let rows = [
        ExportRow::new(
            "II. Armoured combat vehicles",
            "APC",
            "Ruritania",
            12.0,
            4_500_000.0,
            (2023, 2, 14),
            "",
        ),
        ExportRow::new(
            "II. Armoured combat vehicles",
            "",
            "Grand Fenwick",
            4.5,
            1_250_000.5,
            (2023, 3, 2),
            "approx.",
        ),
        ExportRow::new(
            "V. Combat aircraft",
            "Trainer",
            "Ruritania",
            2.0,
            18_000_000.0,
            (2023, 5, 30),
            "",
        ),
        ExportRow::new(
            "VII. Missiles and missile launchers",
            "MANPADS",
            "Latveria",
            40.0,
            2_000_000.0,
            (2023, 6, 1),
            "",
        ),
        ExportRow::new(
            "VIII. Small arms",
            "Rifles",
            "Sokovia",
            500.0,
            450_000.0,
            (2023, 7, 12),
            "hidden row",
        ),
        ExportRow::new(
            "VIII. Small arms",
            "Pistols",
            "Sokovia",
            250.0,
            120_000.0,
            (2023, 7, 13),
            "hidden row",
        ),
        ExportRow::new(
            "VIII. Small arms",
            "Machine guns",
            "Genovia",
            30.0,
            300_000.0,
            (2023, 8, 21),
            "",
        ),
        ExportRow::new(
            "IX. Light weapons",
            "Mortars",
            "Genovia",
            6.0,
            90_000.0,
            (2023, 9, 9),
            "",
        ),
        ExportRow::new(
            "IX. Light weapons",
            "",
            "Elbonia",
            10.0,
            75_000.0,
            (2023, 10, 3),
            "",
        ),
        ExportRow::new(
            "I. Battle tanks",
            "MBT",
            "Ruritania",
            3.0,
            21_000_000.0,
            (2023, 12, 5),
            "",
        ),
    ];
    for (offset, line) in rows.iter().enumerate() {
        let row = 4 + offset as u32;
        put(exports.write_string(row, 0, line.category));
        if !line.sub_category.is_empty() {
            put(exports.write_string(row, 1, line.sub_category));
        }
        put(exports.write_string(row, 2, line.partner));
        put(exports.write_number_with_format(row, 3, line.items, &whole));
        put(exports.write_number_with_format(row, 4, line.value, &amount));
        put(exports.write_string(row, 5, "USD"));
        let (year, month, day) = line.date;
        let when = ExcelDateTime::from_ymd(year, month, day).expect("a valid date");
        put(exports.write_datetime_with_format(row, 6, &when, &date));
        if !line.comment.is_empty() {
            put(exports.write_string(row, 7, line.comment));
        }
    }
    put(exports.merge_range(4, 1, 5, 1, "APC", &centred));
    put(exports.write_string(14, 2, "Total"));
    put(exports.write_formula_with_format(
        14,
        3,
        Formula::new("=SUM(D5:D14)").set_result("807.5"),
        &whole,
    ));
    put(exports.write_formula_with_format(
        14,
        4,
        Formula::new("=SUM(E5:E14)").set_result("67785000.5"),
        &amount,
    ));
    put(exports.set_row_hidden(8));
    put(exports.set_row_hidden(9));
    put(exports.set_column_width(0, 34));
    put(exports.set_column_width(1, 16));
    put(exports.set_column_width(2, 22));
    put(exports.set_column_range_width(3, 6, 14));
    put(exports.set_column_width(7, 24));
    put(exports.set_column_hidden(8));
    put(exports.set_row_height(3, 30));
    put(exports.set_freeze_panes(4, 0));
    put(exports.autofilter(3, 0, 13, 7));
    let categories =
        DataValidation::new().allow_list_formula(rust_xlsxwriter::Formula::new("=Categories"));
    put(exports.add_data_validation(4, 0, 40, 0, &categories));
    put(exports.insert_note(
        5,
        3,
        &Note::new("4.5 as written by the manufacturer").set_author("Ministry"),
    ));
    put(exports.insert_note(
        6,
        6,
        &Note::new("Shipped in two lots").set_author("Ministry"),
    ));
    put(exports.set_print_area(0, 0, 14, 7));

    let imports = workbook.add_worksheet();
    imports.set_name("Imports 2023").expect("name");
    let import_rows: [(&str, &str, f64, &str); 4] = [
        (
            "III. Large-calibre artillery systems",
            "Ruritania",
            8.0,
            "Howitzers",
        ),
        ("VIII. Small arms", "Latveria", 1200.0, "Rifles"),
        ("IX. Light weapons", "Genovia", 24.0, ""),
        ("IV. Combat aircraft", "Sokovia", 1.0, "Helicopter"),
    ];
    put(imports.write_string(0, 0, "Category"));
    put(imports.write_string(0, 1, "Exporter State"));
    put(imports.write_string(0, 2, "Number of items"));
    put(imports.write_string(0, 3, "Description"));
    for (offset, (category, partner, items, description)) in import_rows.iter().enumerate() {
        let row = 1 + offset as u32;
        put(imports.write_string(row, 0, *category));
        put(imports.write_string(row, 1, *partner));
        put(imports.write_number(row, 2, *items));
        if !description.is_empty() {
            put(imports.write_string(row, 3, *description));
        }
    }
    let table = Table::new().set_name("ImportsTable");
    put(imports.add_table(0, 0, 4, 3, &table));
    let many = ConditionalFormatCell::new()
        .set_rule(ConditionalFormatCellRule::GreaterThan(1000))
        .set_format(Format::new().set_background_color("FFC000"));
    put(imports.add_conditional_format(1, 2, 4, 2, &many));
    put(imports.set_column_width(0, 34));
    put(imports.set_print_area(0, 0, 4, 3));
    imports.set_active(true);

    let lists = workbook.add_worksheet();
    lists.set_name("Lists").expect("name");
    let category_names = [
        "I. Battle tanks",
        "II. Armoured combat vehicles",
        "III. Large-calibre artillery systems",
        "IV. Combat aircraft",
        "V. Attack helicopters",
        "VI. Warships",
        "VII. Missiles and missile launchers",
        "VIII. Small arms",
        "IX. Light weapons",
    ];
    for (row, name) in category_names.iter().enumerate() {
        put(lists.write_string(row as u32, 0, *name));
    }
    lists.set_hidden(true);

    let notes = workbook.add_worksheet();
    notes.set_name("Partners' notes").expect("name");
    put(notes.write_string(0, 0, "Partner"));
    put(notes.write_string(0, 1, "Note"));
    put(notes.write_string(1, 0, "Grand Fenwick"));
    put(notes.write_string(1, 1, "Value in euros converted at the yearly average rate"));

    workbook
        .define_name("Categories", "=Lists!$A$1:$A$9")
        .expect("a global name");
    workbook
        .define_name(
            "'Imports 2023'!ImportTotal",
            "=SUM('Imports 2023'!$C$2:$C$5)",
        )
        .expect("a local name");
    workbook.save_to_buffer().expect("save the workbook")
}

/// A macro-enabled workbook: a VBA project and a form button (itself a shape of the sheet's
/// legacy VML drawing) next to report rows.
pub fn macros_and_button() -> Vec<u8> {
    let mut workbook = Workbook::new();
    workbook.set_properties(&fixed_properties());
    let project = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../fixtures/annotate/source/vbaProject.bin"
    );
    workbook.add_vba_project(project).expect("the VBA project");
    let sheet = workbook.add_worksheet();
    sheet.set_name("Report").expect("name");
    put(sheet.write_string(0, 0, "Category"));
    put(sheet.write_string(0, 1, "Final importer State"));
    put(sheet.write_string(0, 2, "Number of items"));
    put(sheet.write_string(1, 0, "VIII. Small arms"));
    put(sheet.write_string(1, 1, "Ruritania"));
    put(sheet.write_number(1, 2, 150.0));
    put(sheet.write_string(2, 0, "IX. Light weapons"));
    put(sheet.write_string(2, 1, "Freedonia"));
    put(sheet.write_string(2, 2, "about forty"));
    put(sheet.set_column_width(0, 24));
    let button = Button::new()
        .set_caption("Check")
        .set_macro("say_hello")
        .set_width(80)
        .set_height(30);
    put(sheet.insert_button(4, 4, &button));
    workbook.save_to_buffer().expect("save the workbook")
}

/// A workbook as some generators write it: SpreadsheetML under a prefix (`x:`), rows and
/// cells without `r` references, inline strings, no styles part, no document properties and
/// no relationships part for its sheet.
pub fn prefixed_namespace_without_references() -> Vec<u8> {
    let parts: [(&str, &str); 5] = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Exportaciones" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Categoría</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Estado importador final</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Número de artículos</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>VIII. Armas pequeñas</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Ruritania</x:t></x:is></x:c><x:c><x:v>12.5</x:v></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:t>IX. Armas ligeras</x:t></x:is></x:c><x:c/><x:c><x:f>C2*2</x:f><x:v>25</x:v></x:c></x:row></x:sheetData></x:worksheet>"#,
        ),
    ];
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, content) in parts {
        writer.start_file(name, options).expect("start a part");
        writer.write_all(content.as_bytes()).expect("write a part");
    }
    writer.finish().expect("finish the zip").into_inner()
}
