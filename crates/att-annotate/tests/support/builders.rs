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
        (
            "formulas-with-calculation-chain-fr.xlsx",
            formulas_with_calculation_chain(),
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

/// Zips `parts` in order, deflated, with a fixed date.
fn zip_parts(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    for (name, content) in parts {
        writer.start_file(*name, options).expect("start a part");
        writer.write_all(content.as_bytes()).expect("write a part");
    }
    writer.finish().expect("finish the zip").into_inner()
}

/// A French workbook as Excel writes one: shared strings, a calculation chain (which lists
/// formula cells by sheet), sheet ids that are not positions, print titles local to the first
/// sheet, the second sheet active, and document properties whose headings Excel wrote in
/// French (`Feuilles de calcul`, `Plages nommées`).
pub fn formulas_with_calculation_chain() -> Vec<u8> {
    zip_parts(&[
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#,
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        ),
        (
            "xl/workbook.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="1"/></bookViews><sheets><sheet name="Exportations" sheetId="1" r:id="rId1"/><sheet name="Totaux" sheetId="3" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Exportations!$1:$1</definedName></definedNames><calcPr calcId="191029"/></workbook>"#,
        ),
        (
            "xl/_rels/workbook.xml.rels",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="30.7109375" customWidth="1"/><col min="3" max="3" width="12" style="2" customWidth="1"/></cols><sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row><row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="2"><v>1250.5</v></c></row><row r="3" spans="1:3" x14ac:dyDescent="0.25"><c r="A3" t="s"><v>5</v></c><c r="B3" t="s"><v>6</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="portrait"/></worksheet>"#,
        ),
        (
            "xl/worksheets/sheet2.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:B3"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B3" sqref="B3"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>7</v></c></row><row r="2" spans="1:2"><c r="A2" t="s"><v>8</v></c><c r="B2" s="2"><f>SUM(Exportations!C2:C3)</f><v>1250.5</v></c></row><row r="3" spans="1:2"><c r="A3" t="s"><v>9</v></c><c r="B3"><f>COUNTA(Exportations!A2:A3)</f><v>2</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#,
        ),
        (
            "xl/calcChain.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B2" i="2"/><c r="B3"/></calcChain>"#,
        ),
        (
            "xl/sharedStrings.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="10" uniqueCount="10"><si><t>Catégorie</t></si><si><t>État importateur final</t></si><si><t>Valeur</t></si><si><t>VIII. Armes légères et de petit calibre</t></si><si><t>Ruritanie</t></si><si><t>IX. Armes légères</t></si><si><t>Lettonie</t></si><si><t>Totaux</t></si><si><t>Valeur totale</t></si><si><t>Nombre de lignes</t></si></sst>"#,
        ),
        (
            "xl/styles.xml",
            r##"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00\ &quot;€&quot;"/></numFmts><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>"##,
        ),
        (
            "docProps/core.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Ministère</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T00:00:00Z</dcterms:created></cp:coreProperties>"#,
        ),
        (
            "docProps/app.xml",
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Feuilles de calcul</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Plages nommées</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Exportations</vt:lpstr><vt:lpstr>Totaux</vt:lpstr><vt:lpstr>Exportations!Impression_des_titres</vt:lpstr></vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>"#,
        ),
    ])
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
    zip_parts(&parts)
}
