//! Workbooks whose columns are known by their content rather than their headings: headings in
//! a language the vocabulary does not have, no heading at all, or two headings that claim the
//! same field.

use super::super::V::{E, N, S};
use super::super::{rows, save, sheet};
use rust_xlsxwriter::Workbook;

/// A licence list with Hungarian headings, which the vocabulary does not have: a file
/// number, destination, kind (a Treaty category), quantity, value in francs (the currency in
/// the heading), description.
pub fn columns_known_by_content_hu() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Kivitel");
    rows(
        page,
        0,
        &[
            &[S("Haditechnikai eszközök kivitele 2023")],
            &[],
            &[
                S("Ügyiratszám"),
                S("Rendeltetési ország"),
                S("Fajta"),
                S("Darabszám"),
                S("Érték [CHF]"),
                S("Az áru megnevezése"),
            ],
            &[
                N(8000012.0),
                S("Norway"),
                S("II"),
                N(12.0),
                N(2_450_000.0),
                S("Piranha IIIC armoured personnel carrier"),
            ],
            &[
                N(8000017.0),
                S("Denmark"),
                S("II"),
                N(4.0),
                N(980_500.0),
                S("Piranha V infantry fighting vehicle"),
            ],
            &[
                N(8000031.0),
                S("Germany"),
                S("VIII a) 2"),
                N(150.0),
                N(412_000.0),
                S("SSG 3000 sniper rifles, 7.62 mm"),
            ],
            &[
                N(8000044.0),
                S("Spain"),
                S("III"),
                N(2.0),
                N(3_100_000.0),
                S("120 mm mortar systems, self-propelled"),
            ],
        ],
    );
    save(workbook)
}

/// A Treaty category column beside a column of national control-list codes, both headed
/// "Category"; and on a second sheet a table whose only category column holds such codes.
pub fn categories_and_control_codes() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                S("Category"),
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
            ],
            &[S("ML6"), S("II"), S("Finland"), N(3.0)],
            &[S("ML1"), S("VIII a) 2"), S("Estonia"), N(200.0)],
            &[S("ML4"), S("VII a)"), S("Latvia"), N(12.0)],
        ],
    );
    let page = sheet(&mut workbook, "Imports");
    rows(
        page,
        0,
        &[
            &[S("Category"), S("Exporting State"), S("Number of items")],
            &[S("ML10.c2"), S("France"), N(1.0)],
            &[S("0A501"), S("Italy"), N(30.0)],
        ],
    );
    save(workbook)
}

/// A table of exports with two party columns whose headings the vocabulary does not know:
/// one names the reporting State on every row, the other the partners.
pub fn reporter_and_partner_columns() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[S("Von"), S("Nach"), S("Kategorie"), S("Anzahl")],
            &[S("Switzerland"), S("Austria"), S("II"), N(6.0)],
            &[S("Switzerland"), S("Brazil"), S("III"), N(2.0)],
            &[S("Switzerland"), S("Chile"), S("II"), N(10.0)],
        ],
    );
    save(workbook)
}

/// A table naming each partner twice, in French and in English; and a category column
/// without a heading.
pub fn partners_named_twice_and_a_column_without_heading() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                E,
                S("Pays de destination"),
                S("Country"),
                S("Number of items"),
            ],
            &[S("II"), S("Allemagne"), S("Germany"), N(4.0)],
            &[S("III"), S("Belgique"), S("Belgium"), N(8.0)],
            &[S("II"), S("Espagne"), S("Spain"), N(1.0)],
        ],
    );
    save(workbook)
}

/// National statistics as a matrix: partners (in German and French) as rows, national "KM"
/// categories as columns, values with no currency written, a grand total above the rows,
/// continent sub-totals without a label, and a row total column.
pub fn matrix_national_statistics_de() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "2022");
    rows(
        page,
        0,
        &[
            &[S("Reporting State:"), S("Switzerland")],
            &[S(
                "Ausfuhren von Kriegsmaterial nach Kategorie pro Endempfängerstaat (01.01. - 31.12.2022)",
            )],
            &[],
            &[
                S("Kontinent"),
                S("Land"),
                S("Pays"),
                S("Total"),
                S("KM 1"),
                S("KM 2"),
                S("KM 3"),
                S("KM 4"),
                S("KM 9 / KM 11-15 /"),
            ],
            &[S("Continent"), E, E, E, E, E, E, E, S("KM 17 - 22")],
            &[
                S("Total"),
                E,
                E,
                N(1_880_000.0),
                N(80_000.0),
                N(1_200_000.0),
                N(450_000.0),
                N(0.0),
                N(150_000.0),
            ],
            &[
                S("Europa"),
                S("Deutschland"),
                S("Allemagne"),
                N(1_250_000.0),
                N(50_000.0),
                N(1_000_000.0),
                N(200_000.0),
                E,
                E,
            ],
            &[
                E,
                S("Dänemark"),
                S("Danemark"),
                N(380_000.0),
                N(30_000.0),
                E,
                N(250_000.0),
                E,
                N(100_000.0),
            ],
            &[E, E, E, N(1_630_000.0)],
            &[
                S("Amerika"),
                S("Brasilien"),
                S("Brésil"),
                N(260_000.0),
                E,
                N(200_000.0),
                E,
                E,
                N(50_000.0),
            ],
            &[E, E, E, N(250_000.0)],
        ],
    );
    save(workbook)
}

/// A matrix of counts by Treaty category, in the UN Register's order of columns.
pub fn matrix_of_counts_by_category() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Imports");
    rows(
        page,
        0,
        &[
            &[
                S("Exporting State"),
                S("I"),
                S("II"),
                S("III"),
                S("IV"),
                S("V"),
                S("VI"),
                S("VII"),
            ],
            &[S("Germany"), N(12.0), E, E, E, E, E, E],
            &[
                S("United States"),
                E,
                N(40.0),
                E,
                N(2.0),
                E,
                E,
                S("classified"),
            ],
            &[S("Sweden"), E, E, N(4.0), E, E, E, E],
        ],
    );
    save(workbook)
}

/// A table of exports with a sub-total after each category and a grand total, the second
/// sub-total one short of its rows.
pub fn totals_in_a_table_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
                S("Value (USD)"),
            ],
            &[S("III"), S("Poland"), N(4.0), N(2_000_000.0)],
            &[S("III"), S("Romania"), N(2.0), N(1_000_000.0)],
            &[S("Subtotal (cat. III)"), E, N(6.0), N(3_000_000.0)],
            &[S("VIII a) 2"), S("Canada"), N(300.0), N(450_000.0)],
            &[S("VIII a) 2"), S("Mexico"), N(120.0), N(180_000.0)],
            &[S("Sous-total"), E, N(410.0), N(630_000.0)],
            &[S("Grand total"), E, N(426.0), N(3_630_000.0)],
        ],
    );
    save(workbook)
}

/// Exports and imports side by side on the same rows, under merged group headings in
/// Spanish: one category column shared by both sides.
pub fn side_by_side_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Transferencias");
    rows(
        page,
        0,
        &[
            &[E, S("Exportaciones")],
            &[
                S("Categoría"),
                S("Estado importador final"),
                S("Número de artículos"),
                S("Estado exportador"),
                S("Número de artículos"),
            ],
            &[S("II"), S("Uruguay"), N(4.0), S("Brasil"), N(10.0)],
            &[S("III"), E, E, S("Estados Unidos"), N(2.0)],
            &[S("VIII a) 2"), S("Paraguay"), N(50.0), E, E],
        ],
    );
    let format = rust_xlsxwriter::Format::new();
    page.merge_range(0, 1, 0, 2, "Exportaciones", &format)
        .expect("merge");
    page.merge_range(0, 3, 0, 4, "Importaciones", &format)
        .expect("merge");
    save(workbook)
}

/// A report whose only statement of its State and year is a title line above the table, and
/// whose values carry their currency in their number formats, one currency per row.
pub fn title_line_and_currency_formats_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exportaciones");
    rows(
        page,
        0,
        &[
            &[S("Informe de Chile — año 2019")],
            &[S("Datos: exportaciones efectivas")],
            &[],
            &[
                S("Categoría"),
                S("Estado importador final"),
                S("Número de artículos"),
                S("Valor"),
            ],
            &[S("II"), S("Uruguay"), N(4.0)],
            &[S("III"), S("Bolivia"), N(2.0)],
        ],
    );
    let euro = rust_xlsxwriter::Format::new().set_num_format("[$EUR] #,##0");
    let peso = rust_xlsxwriter::Format::new().set_num_format("#,##0 [$CLP]");
    page.write_number_with_format(4, 3, 1_200_000.0, &euro)
        .expect("write");
    page.write_number_with_format(5, 3, 950_000_000.0, &peso)
        .expect("write");
    save(workbook)
}

/// A table in the way the UN Register publishes reports: an exporter and an importer column
/// on every row, the reporting State on one side of each, exports and imports mixed.
pub fn exporter_and_importer_on_every_row() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Register 2016");
    rows(
        page,
        0,
        &[
            &[S("Reporting State: Poland — Calendar year: 2016")],
            &[S("Basis: actual")],
            &[
                S("Exporter"),
                S("Importer"),
                S("Category"),
                S("No. of items"),
                S("Description of items"),
            ],
            &[
                S("Poland"),
                S("Ukraine"),
                S("II. Armoured combat vehicles"),
                N(20.0),
                S("BMP-1"),
            ],
            &[
                S("Germany"),
                S("Poland"),
                S("I. Battle tanks"),
                N(14.0),
                S("Leopard 2A5"),
            ],
            &[
                S("Poland"),
                S("Czech Republic"),
                S("III. Large calibre artillery systems"),
                N(2.0),
                S("DANA howitzers"),
            ],
        ],
    );
    save(workbook)
}

/// A title page whose table of contents has boxes, some empty (an empty box is not ticked,
/// and a label standing alone in such a group is not a title or a statement), a publication
/// question answered by options in the rows below it, and a withheld-information question
/// answered in its own cell.
pub fn tick_groups_and_yes_no_options_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Cover page");
    rows(
        page,
        0,
        &[
            &[S("Reporting State"), S("Japan")],
            &[S("Reporting year"), N(2021.0)],
            &[],
            &[S(
                "The report can be published on the ATT website: yes / no",
            )],
            &[E, S("yes"), E],
            &[E, S("no"), S("✓")],
            &[],
            &[S("Exports table")],
            &[S("Imports table"), S("✓")],
            &[S("Nil report — exports"), S("✓")],
            &[S("Nil report — imports")],
            &[],
            &[S(
                "Commercially sensitive information withheld: Yes ☐ / No ☒",
            )],
        ],
    );
    let page = sheet(&mut workbook, "Imports");
    rows(
        page,
        0,
        &[
            &[S("Basis: actual")],
            &[S("Category"), S("Exporting State"), S("Number of items")],
            &[S("IV a)"), S("United States"), N(6.0)],
        ],
    );
    save(workbook)
}

/// Values read beyond their strict form, each said at its cell: a year with words around it, a
/// date written with a month name, "Y" for yes, an amount with a multiplier word.
pub fn lenient_readings_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Report");
    rows(
        page,
        0,
        &[
            &[S("Reporting State:"), S("Estonia")],
            &[S("Reporting period:"), S("1 January – 31 December 2023")],
            &[S("Date of submission:"), S("28 May 2024")],
            &[S("May be made public:"), S("Y")],
            &[S("Basis of data:"), S("Actual")],
            &[S("EXPORTS")],
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
                S("Value"),
                S("Currency"),
            ],
            &[
                S("VIII a) 2"),
                S("Latvia"),
                N(20.0),
                S("1,5 million"),
                S("EUR"),
            ],
            &[],
            &[S("IMPORTS")],
            &[S("Nil")],
        ],
    );
    save(workbook)
}

/// Units stated for whole tables: a line "Valores en miles de dólares" above a list whose value
/// heading gives no currency (the dollars are the reporting State's), and a title qualifier
/// "IMPORTACIONES (número de unidades)" over a matrix whose large figures would otherwise be
/// read as values.
pub fn units_stated_above_tables_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Informe");
    rows(
        page,
        0,
        &[
            &[S("Estado informante:"), S("Chile")],
            &[S("Año:"), N(2022.0)],
            &[S("EXPORTACIONES")],
            &[S("Valores en miles de dólares")],
            &[
                S("Categoría"),
                S("Estado importador final"),
                S("Número de artículos"),
                S("Valor"),
            ],
            &[S("VIII a) 2"), S("Perú"), N(200.0), N(350.0)],
            &[S("III"), S("Ecuador"), N(2.0), N(1_200.5)],
            &[],
            &[S("IMPORTACIONES (número de unidades)")],
            &[S("Estado exportador"), S("VIII a) 1"), S("VIII a) 2")],
            &[S("Brasil"), N(150_000.0), E],
            &[S("Argentina"), E, N(120_000.0)],
        ],
    );
    save(workbook)
}

/// Amounts written as text with "." grouping thousands, as German and Austrian writers do:
/// "19.250.000" shows it beyond doubt, so "540.000" in the same workbook is 540,000, not 540.
pub fn thousands_dots_shown_by_neighbours_de() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Ausfuhren 2021");
    rows(
        page,
        0,
        &[
            &[S("Reporting State: Austria")],
            &[
                S("Empfängerland"),
                S("Kategorie"),
                S("Stückzahl"),
                S("Wert in EUR"),
            ],
            &[S("Schweiz"), S("VIII a) 2"), N(40.0), S("19.250.000")],
            &[S("Deutschland"), S("VIII a) 4"), N(150.0), S("540.000")],
            &[S("Schweden"), S("VIII b) 4"), S("1.200"), S("2.500,50")],
        ],
    );
    save(workbook)
}

/// A cover sheet of lines rather than labels: the report's own heading, the State with its
/// authority, the year in a sentence, each direction's basis in turn, the consent label that
/// lists its options with the answer after it; and a nil report's title on a sheet of its own
/// with a sentence under it.
pub fn cover_lines_and_a_nil_title_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let cover = sheet(&mut workbook, "Cover");
    rows(
        cover,
        0,
        &[
            &[S("ANNUAL REPORT — ARMS TRADE TREATY")],
            &[S("Republic of Ghana — Ministry of Defence")],
            &[S(
                "Annual report to the ATT Secretariat for the calendar year 2021",
            )],
            &[S(
                "Exports: actual deliveries; imports: authorizations granted",
            )],
            &[S("The report may be made public: yes / no"), S("yes")],
            &[],
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
            ],
            &[S("VIII a) 2"), S("Togo"), N(25.0)],
        ],
    );
    let nil = sheet(&mut workbook, "Nil report");
    rows(
        nil,
        0,
        &[
            &[S("Nil report – imports")],
            &[],
            &[S(
                "Ghana did not import any conventional arms covered by Article 2 (1) of the Treaty in 2021.",
            )],
        ],
    );
    save(workbook)
}

/// A Spanish cover of lines whose State is its name alone ("Estados Unidos Mexicanos"), the
/// year in a line of its own, and an imports table whose values are in "pesos" — a currency
/// name several States share, which only the reporting State settles. `then` is written on the
/// cover below the State's name.
pub fn cover_with_a_bare_state_name_es(then: &[&'static str]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let cover = sheet(&mut workbook, "Portada");
    let mut lines: Vec<Vec<super::super::V>> = vec![
        vec![S("TRATADO SOBRE EL COMERCIO DE ARMAS")],
        vec![S("Estados Unidos Mexicanos")],
    ];
    lines.extend(then.iter().map(|line| vec![S(line)]));
    lines.push(vec![S("Informe anual correspondiente al año civil 2023")]);
    let lines: Vec<&[super::super::V]> = lines.iter().map(Vec::as_slice).collect();
    rows(cover, 0, &lines);
    let imports = sheet(&mut workbook, "Importaciones");
    rows(
        imports,
        0,
        &[
            &[
                S("Categoría"),
                S("Estado exportador"),
                S("Cantidad"),
                S("Valor (pesos)"),
            ],
            &[S("II"), S("Francia"), N(4.0), N(52_000_000.0)],
            &[S("VIII a) 1"), S("Austria"), N(300.0), N(3_100_000.0)],
        ],
    );
    save(workbook)
}

/// A table of exports with, below it, a line that is a State's name alone: a partner's name
/// or a note, not the reporting State.
pub fn bare_state_name_below_a_table_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let exports = sheet(&mut workbook, "Exports 2023");
    rows(
        exports,
        0,
        &[
            &[S("Category"), S("Importing State"), S("Number of items")],
            &[S("II"), S("Chile"), N(12.0)],
            &[],
            &[S("Kingdom of Norway")],
        ],
    );
    save(workbook)
}

/// A sheet named for its direction whose first line, above its table, is the reporting State's
/// name alone, and whose values are in "pesos".
pub fn bare_state_name_above_a_table_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let imports = sheet(&mut workbook, "Importaciones");
    rows(
        imports,
        0,
        &[
            &[S("República Oriental del Uruguay")],
            &[S("Informe anual 2023")],
            &[],
            &[
                S("Categoría"),
                S("Estado exportador"),
                S("Cantidad"),
                S("Valor (pesos)"),
            ],
            &[S("II"), S("Brasil"), N(6.0), N(88_000_000.0)],
        ],
    );
    save(workbook)
}
