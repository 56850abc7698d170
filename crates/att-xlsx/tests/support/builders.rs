//! The fixture workbooks, each named for what it shows.

use super::V::{self, D, E, N, S};
use super::{rows, save, sheet};
use rust_xlsxwriter::Workbook;

/// A title page in the words of the 2017 template, in English.
fn title_page_en(workbook: &mut Workbook, state: &'static str) {
    let page = sheet(workbook, "Title page");
    rows(
        page,
        0,
        &[
            &[S("Title page")],
            &[],
            &[S("Reporting State:"), S(state)],
            &[S("Calendar year:"), N(2023.0)],
            &[S("Date of submission:"), D(2024, 5, 20)],
            &[],
            &[S("National point of contact:"), S("Anna Lindqvist")],
            &[S("Position:"), S("Head of Export Control")],
            &[S("Organisation:"), S("Inspectorate of Strategic Products")],
            &[S("Address:"), S("Box 70252, 107 22 Stockholm")],
            &[S("Telephone:"), S("+46 8 406 31 00")],
            &[S("E-mail:"), S("registrator@isp.se")],
            &[],
            &[S("May the report be made public?"), S("Yes")],
            &[],
            &[S("Exports table"), S("☒")],
            &[S("Imports table"), S("☒")],
            &[S("Nil report – exports"), S("☐")],
            &[S("Nil report – imports"), S("☐")],
            &[S("Commercially sensitive information withheld"), S("☐")],
            &[S("National security information withheld"), S("☐")],
        ],
    );
}

const EXPORT_HEADINGS_EN: &[V] = &[
    S("Category / sub-category (I–VIII)"),
    S("Final importing State"),
    S("Number of items"),
    S("Value"),
    S("Currency"),
    S("State of origin (if not exporter)"),
    S("Intermediate location(s) (if any)"),
    S("Description of item"),
    S("Comments on the transfer"),
];

const IMPORT_HEADINGS_EN: &[V] = &[
    S("Category / sub-category (I–VIII)"),
    S("Exporting State"),
    S("Number of items"),
    S("Value"),
    S("Currency"),
    S("State of origin (if not exporter)"),
    S("Intermediate location(s) (if any)"),
    S("Description of item"),
    S("Comments on the transfer"),
];

/// The 2017 template in English, filled in correctly: the README's sample.
pub fn sample_att_2017_en() -> Vec<u8> {
    let mut workbook = Workbook::new();
    title_page_en(&mut workbook, "Sweden");
    let exports = sheet(&mut workbook, "Exports");
    rows(
        exports,
        0,
        &[
            &[S("Exports")],
            &[S("Authorized exports"), S("☐"), S("Actual exports"), S("☒")],
            &[],
            EXPORT_HEADINGS_EN,
            &[
                S("II"),
                S("Norway"),
                N(12.0),
                N(45_000_000.0),
                S("SEK"),
                E,
                E,
                S("CV90 infantry fighting vehicles"),
                S("Sale to the armed forces"),
            ],
            &[
                S("III"),
                S("Denmark"),
                N(4.0),
                N(120_000_000.0),
                S("SEK"),
                E,
                E,
                S("Archer 155 mm self-propelled howitzers"),
                S("Sale to the armed forces"),
            ],
            &[
                S("VII.a"),
                S("Finland"),
                N(20.0),
                N(30_000_000.0),
                S("SEK"),
                E,
                S("Germany"),
                S("RBS 15 anti-ship missiles"),
                S("Sale to the navy"),
            ],
            &[S("VIII. Small arms and light weapons")],
            &[S("a) Small arms")],
            &[S("2. Rifles and carbines")],
            &[
                E,
                S("Estonia"),
                N(150.0),
                N(2_250_000.0),
                S("SEK"),
                S("Germany"),
                E,
                S("5.56 mm rifles"),
                S("Re-export to the defence forces"),
            ],
            &[
                E,
                S("Latvia"),
                N(80.0),
                N(1_200_000.0),
                S("SEK"),
                E,
                E,
                S("7.62 mm sniper rifles"),
                S("Sale to the armed forces"),
            ],
        ],
    );
    let imports = sheet(&mut workbook, "Imports");
    rows(
        imports,
        0,
        &[
            &[S("Imports")],
            &[S("Authorized imports"), S("☐"), S("Actual imports"), S("☒")],
            &[],
            IMPORT_HEADINGS_EN,
            &[
                S("VIII.SA.1"),
                S("Austria"),
                N(300.0),
                N(1_800_000.0),
                S("SEK"),
                E,
                E,
                S("9 mm self-loading pistols"),
                S("Purchase for the police"),
            ],
            &[
                S("II"),
                S("Finland"),
                N(8.0),
                N(64_000_000.0),
                S("SEK"),
                E,
                E,
                S("Patria AMV armoured vehicles"),
                S("Purchase for the armed forces"),
            ],
        ],
    );
    save(workbook)
}

/// A function that builds a fixture workbook.
pub type Builder = fn() -> Vec<u8>;

/// Every fixture workbook, by file name.
pub const ALL: &[(&str, Builder)] = &[("sample-att-2017-en.xlsx", sample_att_2017_en)];
