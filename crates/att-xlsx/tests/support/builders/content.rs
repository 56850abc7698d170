//! Workbooks whose columns are known by their content rather than their headings: headings in
//! a language the vocabulary does not have, no heading at all, or two headings that claim the
//! same field.

use super::super::V::{E, N, S};
use super::super::{rows, save, sheet};
use rust_xlsxwriter::Workbook;

/// A licence list with German headings: destination, kind (a Treaty category), quantity, value
/// in francs (the currency in the heading), description; a licence number and a date of issue
/// that are not fields of the report.
pub fn columns_known_by_content_de() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Ausfuhren");
    rows(
        page,
        0,
        &[
            &[S("Ausfuhren von Kriegsmaterial 2023")],
            &[],
            &[
                S("Geschäftsnummer"),
                S("Bestimmungsland"),
                S("Art"),
                S("Stückzahl"),
                S("Wert [CHF]"),
                S("Bezeichnung der Güter"),
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
