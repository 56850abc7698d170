//! One workbook per layout feature, in the three languages.

#![allow(unused_imports)]

use crate::support::V::{self, B, D, E, F, N, S};
use crate::support::{put, rows, save, sheet};
use rust_xlsxwriter::{Format, Workbook};

/// A national exports table whose header row stands at C6, with notes above, beside and below
/// it, blank rows inside it, and the currency in the value heading.
pub fn table_header_anywhere_with_notes() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports 2023");
    rows(
        page,
        0,
        &[
            &[S("Ministry of Defence")],
            &[],
            &[],
            &[],
            &[E, E, S("All figures as of 31 December")],
            &[
                E,
                E,
                S("Category"),
                S("Importing country"),
                S("Quantity"),
                S("Value (USD)"),
                S("Model"),
                S("Notes"),
            ],
            &[
                E,
                E,
                S("III"),
                S("Australia"),
                N(6.0),
                N(48_000_000.0),
                S("M777 howitzers"),
                E,
            ],
            &[
                E,
                E,
                S("VII.a"),
                S("Japan"),
                N(30.0),
                N(12_500_000.0),
                S("Missiles"),
                S("Sale"),
            ],
            &[],
            &[],
            &[
                E,
                E,
                S("II"),
                S("Canada"),
                N(14.0),
                N(9_800_000.0),
                S("LAV 6.0"),
                E,
                E,
                S("to be checked"),
            ],
            &[],
            &[E, E, S("¹ Delivered in two batches")],
        ],
    );
    save(workbook)
}

/// French headings written loosely: capitals, a missing accent, a line break, footnote marks, a
/// double space, the currency in words.
pub fn headings_loose_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exportations");
    rows(
        page,
        0,
        &[
            &[
                S("CATÉGORIE"),
                S("Etat importateur\nfinal¹"),
                S("Nombre d’articles (*)"),
                S("Valeur (en euros)"),
                S("Description  du matériel"),
                S("Observations"),
            ],
            &[
                S("II"),
                S("Maroc"),
                N(12.0),
                N(4_800_000.0),
                S("Véhicules blindés"),
                S("Vente"),
            ],
            &[
                S("VIII a) 1"),
                S("Sénégal"),
                N(250.0),
                N(310_000.0),
                S("Pistolets 9 mm"),
                S("Don à la police"),
            ],
        ],
    );
    save(workbook)
}

/// Spanish national synonyms for the columns of an imports table.
pub fn headings_national_synonyms_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Importaciones");
    rows(
        page,
        0,
        &[
            &[
                S("Categoría"),
                S("País proveedor"),
                S("Cantidad"),
                S("Valor (USD)"),
                S("Modelo"),
                S("Notas"),
            ],
            &[
                S("V.a"),
                S("Italia"),
                N(4.0),
                N(60_000_000.0),
                S("AW129 Mangusta"),
                S("Compra"),
            ],
            &[
                S("VIII b) 5"),
                S("Suecia"),
                N(20.0),
                N(1_500_000.0),
                S("Carl-Gustaf M4"),
                E,
            ],
        ],
    );
    save(workbook)
}

/// Exports and imports stacked on one sheet under their section titles, in French; imports nil
/// by a statement under their title.
pub fn exports_imports_stacked_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Rapport");
    rows(
        page,
        0,
        &[
            &[S("État partie :"), S("Belgique")],
            &[S("Année civile : 2023")],
            &[],
            &[S("EXPORTATIONS")],
            &[
                S("Catégorie"),
                S("État importateur final"),
                S("Nombre d'articles"),
                S("Valeur (EUR)"),
            ],
            &[S("II"), S("Luxembourg"), N(8.0), N(2_000_000.0)],
            &[S("III"), S("Pays-Bas"), N(2.0), N(7_500_000.0)],
            &[],
            &[S("IMPORTATIONS")],
            &[S("Néant")],
        ],
    );
    save(workbook)
}

/// Authorized and actual figures in two sets of columns under merged headings.
pub fn basis_two_sets_of_columns() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    let plain = Format::new();
    page.merge_range(2, 0, 3, 0, "Category", &plain)
        .expect("merge");
    page.merge_range(2, 1, 3, 1, "Final importing State", &plain)
        .expect("merge");
    page.merge_range(2, 2, 2, 3, "Number of items", &plain)
        .expect("merge");
    page.merge_range(2, 4, 2, 5, "Value (EUR)", &plain)
        .expect("merge");
    rows(
        page,
        0,
        &[
            &[S("Exports")],
            &[],
            &[],
            &[
                E,
                E,
                S("Authorized"),
                S("Actual"),
                S("Authorized"),
                S("Actual"),
            ],
            &[
                S("I"),
                S("Poland"),
                N(10.0),
                N(8.0),
                N(20_000_000.0),
                N(16_000_000.0),
            ],
            &[S("II"), S("Italy"), N(5.0), E, N(3_000_000.0), E],
        ],
    );
    save(workbook)
}

/// A per-row basis column ("Authorised/Actual").
pub fn basis_per_row_column() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Imports");
    rows(
        page,
        0,
        &[
            &[
                S("Category"),
                S("Exporting State"),
                S("Number of items"),
                S("Authorised/Actual"),
            ],
            &[S("VIII.SA.4"), S("Belgium"), N(400.0), S("Authorised")],
            &[S("VIII.SA.4"), S("Belgium"), N(380.0), S("Actual")],
            &[S("VIII.SA.5"), S("Germany"), N(30.0), S("pending")],
        ],
    );
    save(workbook)
}

/// The basis in the table's title, in Spanish ("Exportaciones efectivas").
pub fn basis_in_title_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Cuadro 1");
    rows(
        page,
        0,
        &[
            &[S("Exportaciones efectivas")],
            &[
                S("Categoría"),
                S("Estado importador final"),
                S("Número de artículos"),
                S("Valor en USD"),
            ],
            &[S("IV a)"), S("Chile"), N(2.0), N(24_000_000.0)],
        ],
    );
    save(workbook)
}

/// Values with the currency in the cell: codes, symbols and names, before or after, with
/// multipliers; "$" and "kr" are read as the reporting State's own currency and reported.
pub fn currency_in_cell() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[S("Reporting State:"), S("Canada")],
            &[],
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
                S("Value"),
            ],
            &[S("II"), S("Norway"), N(3.0), S("USD 1,200,000")],
            &[S("III"), S("France"), N(1.0), S("€ 500 000")],
            &[S("VI"), S("Chile"), N(1.0), S("US$ 1.2 million")],
            &[S("VII.a"), S("Denmark"), N(4.0), S("1 200 000 EUR")],
            &[S("VIII.SA.2"), S("Mexico"), N(40.0), S("$ 300,000")],
            &[S("VIII.SA.3"), S("Peru"), N(10.0), S("45000")],
        ],
    );
    save(workbook)
}

/// The 2017 template's pre-printed category rows: group rows and sub-group rows whose
/// category applies to the rows below them.
pub fn category_group_rows_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                S("Category / sub-category (I–VIII)"),
                S("Final importing State"),
                S("Number of items"),
                S("Value"),
                S("Currency"),
            ],
            &[S("I. Battle tanks")],
            &[
                S("II. Armoured combat vehicles"),
                S("Finland"),
                N(20.0),
                N(5_000_000.0),
                S("EUR"),
            ],
            &[E, S("Estonia"), N(6.0), N(1_500_000.0), S("EUR")],
            &[S("IV. Combat aircraft")],
            &[S("a) Manned")],
            &[E, S("Hungary"), N(4.0), N(80_000_000.0), S("EUR")],
            &[S("b) Unmanned")],
            &[E, S("Czechia"), N(2.0), N(6_000_000.0), S("EUR")],
            &[S("VIII. Small arms and light weapons")],
            &[S("b) Light weapons")],
            &[S("6. Mortars of calibres less than 75 mm")],
            &[E, S("Slovakia"), N(12.0), N(240_000.0), S("EUR")],
        ],
    );
    save(workbook)
}

/// Categories spelled in every way a French table writes them.
pub fn category_spellings_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exportations");
    let spellings: [&str; 11] = [
        "Cat. I",
        "1",
        "IV(a)",
        "4a",
        "VIII a) 2",
        "VIII(b)(3)",
        "Armes légères",
        "ALPC",
        "Chars de combat",
        "Avions de combat non pilotés",
        "I–VII",
    ];
    rows(
        page,
        0,
        &[&[
            S("Catégorie"),
            S("État importateur final"),
            S("Nombre d'articles"),
        ]],
    );
    for (index, spelling) in spellings.iter().enumerate() {
        let row = index as u32 + 1;
        put(page, row, 0, S(spelling));
        put(page, row, 1, S("Italie"));
        put(page, row, 2, N(1.0));
    }
    save(workbook)
}

/// Categories spelled in Spanish and English.
pub fn category_spellings_es_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exportaciones");
    let spellings: [&str; 10] = [
        "Carros de combate",
        "APAL",
        "Armas ligeras",
        "Fusiles de asalto",
        "Helicópteros de ataque tripulados",
        "I - Battle tanks",
        "Small arms – rifles and carbines",
        "SALW",
        "MANPADS",
        "Total",
    ];
    rows(
        page,
        0,
        &[&[
            S("Categoría"),
            S("Estado importador final"),
            S("Número de artículos"),
        ]],
    );
    for (index, spelling) in spellings.iter().enumerate() {
        let row = index as u32 + 1;
        put(page, row, 0, S(spelling));
        put(page, row, 1, S("Chile"));
        put(page, row, 2, N(1.0));
    }
    save(workbook)
}

/// Numbers written as text in several locales, and placeholders where numbers belong.
pub fn numbers_written_as_text() -> Vec<u8> {
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
                S("Value"),
                S("Currency"),
            ],
            &[
                S("II"),
                S("Norway"),
                S("1,200"),
                S("1.250.000,50"),
                S("EUR"),
            ],
            &[S("II"), S("Norway"), S("1\u{a0}200"), S("1.200"), S("EUR")],
            &[S("II"), S("Norway"), S("-"), S("N/A"), S("EUR")],
            &[S("II"), S("Norway"), S("nil"), S("classified"), S("EUR")],
            &[S("II"), S("Norway"), N(0.0), S("10–20"), S("EUR")],
            &[S("II"), S("Norway"), S("approx. 40"), N(2.5), S("EUR")],
            &[S("II"), S("Norway"), N(2.5), N(-100.0), S("EUR")],
        ],
    );
    save(workbook)
}

/// A French amount whose single comma may be a decimal comma or a thousands separator.
pub fn numbers_locale_ambiguous_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exportations");
    rows(
        page,
        0,
        &[
            &[
                S("Catégorie"),
                S("État importateur final"),
                S("Nombre d'articles"),
                S("Valeur (EUR)"),
            ],
            &[S("III"), S("Italie"), S("1.200"), S("12,345")],
        ],
    );
    save(workbook)
}

/// The date of submission as a plain number and the year as a phrase.
pub fn dates_as_number_and_text() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Title page");
    rows(
        page,
        0,
        &[
            &[S("Reporting State:"), S("Ireland")],
            &[S("Reporting period:"), S("1 January – 31 December 2023")],
            &[S("Date of submission:"), N(45_440.0)],
            &[S("Nil report – exports"), S("X")],
            &[S("Nil report – imports"), S("X")],
        ],
    );
    save(workbook)
}

/// A date whose day and month could be swapped, in Spanish.
pub fn date_ambiguous_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Portada");
    rows(
        page,
        0,
        &[
            &[S("Estado informante:"), S("Uruguay")],
            &[S("Año civil:"), S("2023")],
            &[S("Fecha de presentación:"), S("05/06/2024")],
            &[S("Informe nulo – exportaciones"), S("Sí")],
            &[S("Informe nulo – importaciones"), S("✓")],
        ],
    );
    save(workbook)
}

/// A Spanish title page with tick boxes spelled in several ways, and a nil report for imports
/// ticked on it.
pub fn title_page_ticks_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Portada");
    rows(
        page,
        0,
        &[
            &[S("Estado informante:"), S("Chile")],
            &[S("Año civil: 2023")],
            &[S("¿Puede hacerse público el informe?"), S("No")],
            &[S("Cuadro de exportaciones"), S("x")],
            &[S("Informe nulo – exportaciones"), S("☐")],
            &[S("Informe nulo – importaciones"), S("☒")],
            &[S("Información comercial sensible omitida"), S("Sí")],
            &[S("Información relativa a la seguridad nacional omitida"), E],
        ],
    );
    let exports = sheet(&mut workbook, "Exportaciones");
    rows(
        exports,
        0,
        &[
            &[
                S("Categoría"),
                S("Estado importador final"),
                S("Número de artículos"),
            ],
            &[S("VIII.SA.1"), S("Argentina"), N(60.0)],
        ],
    );
    save(workbook)
}

/// Title-page labels with their value after the colon, in French, and a tick to the left of
/// its label.
pub fn title_page_inline_values_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Page de titre");
    rows(
        page,
        0,
        &[
            &[S("État partie : Suisse")],
            &[S("Année civile : 2023")],
            &[S("Date de soumission : 31 mai 2024")],
            &[S("Courriel : export@seco.admin.ch")],
            &[S("X"), S("Rapport « néant » – exportations")],
            &[S("X"), S("Rapport « néant » – importations")],
        ],
    );
    save(workbook)
}

/// A nil report on a sheet of its own (Annex 3), as statements.
pub fn nil_report_separate_sheet_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Page de titre");
    rows(
        page,
        0,
        &[
            &[S("État partie :"), S("Luxembourg")],
            &[S("Année civile :"), N(2023.0)],
        ],
    );
    let nil = sheet(&mut workbook, "Annexe 3");
    rows(
        nil,
        0,
        &[
            &[S("Aucune exportation au cours de l'année 2023")],
            &[S("Aucune importation au cours de l'année 2023")],
        ],
    );
    save(workbook)
}

/// A nil statement in the table area, under the imports header, in Spanish.
pub fn nil_report_statement_in_table_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let exports = sheet(&mut workbook, "Exportaciones");
    rows(
        exports,
        0,
        &[
            &[
                S("Categoría"),
                S("Estado importador final"),
                S("Número de artículos"),
            ],
            &[S("II"), S("Paraguay"), N(3.0)],
        ],
    );
    let imports = sheet(&mut workbook, "Importaciones");
    rows(
        imports,
        0,
        &[
            &[
                S("Categoría"),
                S("Estado exportador"),
                S("Número de artículos"),
            ],
            &[S("Sin importaciones")],
        ],
    );
    save(workbook)
}

/// Hidden rows, a hidden column and a hidden sheet that hold data, and a hidden empty sheet.
pub fn hidden_rows_columns_and_sheets() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let exports = sheet(&mut workbook, "Exports");
    rows(
        exports,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
                S("Description"),
            ],
            &[S("I"), S("Poland"), N(4.0), S("Tanks")],
            &[S("II"), S("Lithuania"), N(9.0), S("Carriers")],
            &[S("III"), S("Latvia"), N(2.0), S("Howitzers")],
        ],
    );
    exports.set_row_hidden(2).expect("hide");
    exports.set_row_hidden(3).expect("hide");
    exports.set_column_hidden(3).expect("hide");
    let imports = sheet(&mut workbook, "Imports");
    rows(
        imports,
        0,
        &[
            &[S("Category"), S("Exporting State"), S("Number of items")],
            &[S("VII.b"), S("France"), N(12.0)],
        ],
    );
    imports.set_hidden(true);
    let spare = sheet(&mut workbook, "Spare");
    spare.set_hidden(true);
    save(workbook)
}

/// Merged cells in a table: a partner over three rows, a category over two, a description
/// across two columns.
pub fn merged_cells_in_table() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    let plain = Format::new();
    rows(
        page,
        0,
        &[&[
            S("Category"),
            S("Final importing State"),
            S("Number of items"),
            S("Description"),
            E,
            S("Comments"),
        ]],
    );
    page.merge_range(0, 3, 0, 4, "Description", &plain)
        .expect("merge");
    page.merge_range(1, 1, 3, 1, "Germany", &plain)
        .expect("merge");
    page.merge_range(1, 0, 2, 0, "II", &plain).expect("merge");
    page.merge_range(1, 3, 1, 4, "Boxer armoured vehicles", &plain)
        .expect("merge");
    put(page, 1, 2, N(10.0));
    put(page, 2, 2, N(5.0));
    put(page, 2, 3, S("Spare parts kits"));
    put(page, 3, 0, S("III"));
    put(page, 3, 2, N(2.0));
    put(page, 3, 5, S("Loan"));
    save(workbook)
}

/// Formulas with saved results, one without (its result was never saved), and error values.
pub fn formulas_cached_and_uncached() -> Vec<u8> {
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
                S("Value (EUR thousands)"),
                S("Description"),
            ],
            &[
                S("II"),
                S("Austria"),
                N(4.0),
                F("=C2*250", 1000.0),
                S("Pandur"),
            ],
            &[
                S("II"),
                S("Austria"),
                F("=C2+1", 5.0),
                F("=C3*250", 1250.0),
                S("Pandur"),
            ],
            &[
                S("III"),
                S("Croatia"),
                F("=1/0", 0.0),
                N(900.0),
                F("=#REF!", 0.0),
            ],
        ],
    );
    let bytes = save(workbook);
    let bytes = super::super::edit_part(&bytes, "xl/worksheets/sheet1.xml", |xml| {
        xml.replace("<f>C2+1</f><v>5</v>", "<f>C2+1</f>")
            .replace(r#"<f>1/0</f><v>0</v>"#, r#"<f>1/0</f><v>#DIV/0!</v>"#)
            .replace(r#"<f>#REF!</f><v>0</v>"#, r#"<f>#REF!</f><v>#REF!</v>"#)
    });
    super::super::edit_part(&bytes, "xl/worksheets/sheet1.xml", |xml| {
        xml.replace(r#"<c r="C4"><f>1/0</f>"#, r#"<c r="C4" t="e"><f>1/0</f>"#)
            .replace(
                r#"<c r="E4"><f>#REF!</f>"#,
                r#"<c r="E4" t="e"><f>#REF!</f>"#,
            )
    })
}

/// Two "Value" columns and a column the report format does not have.
pub fn unknown_and_duplicate_columns() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                S("Value"),
                S("Value"),
                S("Licence number"),
                S("Number of items"),
                S("Currency"),
            ],
            &[
                S("I"),
                S("Spain"),
                N(1_000.0),
                N(2_000.0),
                S("L-2023-117"),
                N(2.0),
                S("EUR"),
            ],
            &[
                S("II"),
                S("Portugal"),
                N(3_000.0),
                N(4_000.0),
                S("L-2023-118"),
                N(3.0),
                S("EUR"),
            ],
        ],
    );
    save(workbook)
}

/// A table without a quantity column, with a misspelt heading that suggests it.
pub fn table_missing_columns() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                S("Numbre of itmes"),
                S("Description"),
            ],
            &[S("I"), S("Spain"), N(2.0), S("Tanks")],
        ],
    );
    save(workbook)
}

/// A table on a sheet named "Imports" whose partner heading is that of an exports table, and a
/// table that says neither.
pub fn direction_conflict_and_unknown() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let imports = sheet(&mut workbook, "Imports");
    rows(
        imports,
        0,
        &[
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
            ],
            &[S("I"), S("Greece"), N(3.0)],
        ],
    );
    let data = sheet(&mut workbook, "Data");
    rows(
        data,
        0,
        &[
            &[S("Category"), S("Country"), S("Quantity")],
            &[S("II"), S("Cyprus"), N(7.0)],
        ],
    );
    save(workbook)
}

/// A section title followed by rows without a recognisable header row.
pub fn table_not_recognised() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Report");
    rows(
        page,
        0,
        &[
            &[S("EXPORTS")],
            &[S("Kind"), S("Where to"), S("How many")],
            &[S("the big ones"), S("up north"), S("a few")],
            &[S("the small ones"), S("down south"), S("many")],
            &[],
            &[S("IMPORTS")],
            &[S("Category"), S("Exporting State"), S("Number of items")],
            &[S("III"), S("Austria"), N(1.0)],
        ],
    );
    save(workbook)
}

/// A table whose headings the vocabulary does not know, found and read by its content: a
/// column of categories, one of State names and one of whole numbers.
pub fn table_found_by_content() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Report");
    rows(
        page,
        0,
        &[
            &[S("EXPORTS")],
            &[S("Kind"), S("Where to"), S("How many")],
            &[S("I"), S("Spain"), N(2.0)],
            &[S("II"), S("Italy"), N(4.0)],
            &[S("VIII a) 2"), S("Autriche"), N(40.0)],
            &[],
            &[S("IMPORTS")],
            &[S("Category"), S("Exporting State"), S("Number of items")],
            &[S("III"), S("Austria"), N(1.0)],
        ],
    );
    save(workbook)
}

/// A workbook with one empty sheet.
pub fn odd_empty_workbook() -> Vec<u8> {
    let mut workbook = Workbook::new();
    sheet(&mut workbook, "Sheet1");
    save(workbook)
}

/// A title page and nothing else.
pub fn odd_title_page_only() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Title page");
    rows(
        page,
        0,
        &[
            &[S("Reporting State:"), S("Malta")],
            &[S("Calendar year:"), N(2023.0)],
        ],
    );
    save(workbook)
}

/// An exports table with its headings and no rows.
pub fn odd_table_headers_only() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[&[
            S("Category"),
            S("Final importing State"),
            S("Number of items"),
            S("Value"),
        ]],
    );
    save(workbook)
}

/// A workbook with a chart sheet beside its exports table.
pub fn odd_chart_sheet() -> Vec<u8> {
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
            ],
            &[S("I"), S("Spain"), N(2.0)],
            &[S("II"), S("Italy"), N(4.0)],
        ],
    );
    let mut chart = rust_xlsxwriter::Chart::new(rust_xlsxwriter::ChartType::Column);
    chart.add_series().set_values("Exports!$C$2:$C$3");
    let chartsheet = workbook.add_chartsheet();
    chartsheet.set_name("Chart").expect("name");
    chartsheet.insert_chart(0, 0, &chart).expect("chart");
    save(workbook)
}

/// Authorized and actual exports in two tables on two sheets: each entry says which it is.
pub fn basis_two_tables() -> Vec<u8> {
    let mut workbook = Workbook::new();
    for (name, partner, items) in [
        ("Authorized exports", "Chile", 10.0),
        ("Actual exports", "Chile", 7.0),
    ] {
        let page = sheet(&mut workbook, name);
        rows(
            page,
            0,
            &[
                &[
                    S("Category"),
                    S("Final importing State"),
                    S("Number of items"),
                ],
                &[S("VIII.SA.2"), S(partner), N(items)],
            ],
        );
    }
    save(workbook)
}

/// A "Currency:" field above a table whose values have no currency of their own.
pub fn currency_label_above_table() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[S("Currency:"), S("SEK")],
            &[],
            &[
                S("Category"),
                S("Final importing State"),
                S("Number of items"),
                S("Value"),
            ],
            &[S("II"), S("Norway"), N(3.0), N(4_500_000.0)],
        ],
    );
    save(workbook)
}

/// A national table with more columns the report does not have than columns it has, and a
/// column of values without a heading beside it.
pub fn extra_columns_and_a_column_without_heading() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Exports");
    rows(
        page,
        0,
        &[
            &[
                S("Licence"),
                S("Date"),
                S("Category"),
                S("Country"),
                S("Quantity"),
                S("End user"),
                S("Customs code"),
                S("Contract"),
            ],
            &[
                S("L-1"),
                S("2023-02-01"),
                S("II"),
                S("Norway"),
                N(3.0),
                S("Army"),
                S("8710"),
                S("C-9"),
                E,
                N(1.0),
            ],
            &[
                S("L-2"),
                S("2023-03-01"),
                S("III"),
                S("Denmark"),
                N(1.0),
                S("Army"),
                S("9305"),
                S("C-10"),
                E,
                N(2.0),
            ],
            &[
                S("L-3"),
                S("2023-04-01"),
                S("II"),
                S("Finland"),
                N(2.0),
                S("Navy"),
                S("8710"),
                S("C-11"),
                E,
                N(3.0),
            ],
        ],
    );
    save(workbook)
}
