//! Complete sample reports: the 2017 template in English, French and Spanish, and a national
//! layout with everything on one sheet.

use crate::support::V::{self, D, E, N, S};
use crate::support::{rows, save, sheet};
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

/// The 2017 template in French: values written with French separators, a date in words, the
/// basis as a "Type de données" label, no imports (a ticked nil report).
pub fn sample_att_2017_fr() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Page de titre");
    rows(
        page,
        0,
        &[
            &[S("Page de titre")],
            &[],
            &[S("État partie :"), S("France")],
            &[S("Année civile : 2023")],
            &[S("Date de soumission :"), S("28 mai 2024")],
            &[],
            &[S("Nom :"), S("Claire Dubois")],
            &[S("Fonction :"), S("Cheffe du bureau des exportations")],
            &[
                S("Organisme :"),
                S("Secrétariat général de la défense et de la sécurité nationale"),
            ],
            &[S("Courriel :"), S("att@sgdsn.gouv.fr")],
            &[],
            &[S("Le rapport peut-il être rendu public ?"), S("Oui")],
            &[],
            &[S("Tableau des exportations"), S("X")],
            &[S("Tableau des importations"), S("")],
            &[S("Rapport « néant » – exportations"), S("☐")],
            &[S("Rapport « néant » – importations"), S("☒")],
        ],
    );
    let exports = sheet(&mut workbook, "Exportations");
    rows(
        exports,
        0,
        &[
            &[S("Exportations")],
            &[S("Type de données : Exportations effectives")],
            &[],
            &[
                S("Catégorie / sous-catégorie (I–VIII)"),
                S("État importateur final"),
                S("Nombre d'articles"),
                S("Valeur"),
                S("Monnaie"),
                S("État d'origine (si autre que l'exportateur)"),
                S("Lieu(x) intermédiaire(s) (le cas échéant)"),
                S("Description de l'article"),
                S("Observations sur le transfert"),
            ],
            &[
                S("I"),
                S("Inde"),
                N(18.0),
                S("1 250 000 000"),
                S("EUR"),
                E,
                E,
                S("Chars Leclerc"),
                S("Vente aux forces armées"),
            ],
            &[
                S("IV a)"),
                S("Grèce"),
                N(6.0),
                S("1.250.000.000,50"),
                S("EUR"),
                E,
                E,
                S("Avions Rafale"),
                S("Vente"),
            ],
            &[
                S("VI"),
                S("Brésil"),
                N(1.0),
                S("415 000 000"),
                S("euros"),
                E,
                S("Portugal"),
                S("Sous-marin Scorpène"),
                S("Vente à la marine"),
            ],
            &[
                S("VIII b) 6"),
                S("Belgique"),
                N(40.0),
                S("2 400 000"),
                S("EUR"),
                E,
                E,
                S("Mortiers de 60 mm"),
                E,
            ],
        ],
    );
    save(workbook)
}

/// The 2017 template in Spanish: the basis as authorized exports, currency in the value
/// heading, a national category defined in Annex 2.
pub fn sample_att_2017_es() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let page = sheet(&mut workbook, "Portada");
    rows(
        page,
        0,
        &[
            &[S("Portada")],
            &[],
            &[S("Estado informante:"), S("España")],
            &[S("Año civil:"), N(2023.0)],
            &[S("Fecha de presentación:"), D(2024, 5, 30)],
            &[],
            &[S("Nombre:"), S("Luis Martínez")],
            &[
                S("Cargo:"),
                S("Subdirector de Comercio Exterior de Material de Defensa"),
            ],
            &[S("Correo electrónico:"), S("sgcomex@comercio.gob.es")],
            &[],
            &[S("¿Puede hacerse público el informe?"), S("Sí")],
            &[S("Información comercial sensible omitida"), S("X")],
            &[
                S("Información omitida:"),
                S("Valores de los contratos con cláusula de confidencialidad"),
            ],
        ],
    );
    let exports = sheet(&mut workbook, "Exportaciones");
    rows(
        exports,
        0,
        &[
            &[S("Exportaciones")],
            &[S("Tipo de datos: Exportaciones autorizadas")],
            &[],
            &[
                S("Categoría / subcategoría (I–VIII)"),
                S("Estado importador final"),
                S("Número de artículos"),
                S("Valor en EUR"),
                S("Estado de origen (si no es el exportador)"),
                S("Lugar(es) intermedio(s) (si procede)"),
                S("Descripción del artículo"),
                S("Observaciones sobre la transferencia"),
            ],
            &[
                S("II"),
                S("Marruecos"),
                N(24.0),
                N(36_000_000.0),
                E,
                E,
                S("Vehículos blindados"),
                S("Venta a las fuerzas armadas"),
            ],
            &[
                S("III"),
                S("Colombia"),
                N(6.0),
                N(18_500_000.0),
                E,
                E,
                S("Obuses de 155 mm"),
                E,
            ],
            &[
                S("Armas pequeñas – fusiles y carabinas"),
                S("Perú"),
                N(500.0),
                N(1_750_000.0),
                E,
                S("Panamá"),
                S("Fusiles de 5,56 mm"),
                S("Venta a la policía"),
            ],
            &[
                S("Munición de artillería"),
                S("Arabia Saudita"),
                N(2000.0),
                N(9_000_000.0),
                E,
                E,
                S("Proyectiles de 155 mm"),
                S("Categoría nacional"),
            ],
        ],
    );
    let imports = sheet(&mut workbook, "Importaciones");
    rows(
        imports,
        0,
        &[
            &[S("Importaciones")],
            &[S("Tipo de datos: Importaciones efectivas")],
            &[],
            &[
                S("Categoría / subcategoría (I–VIII)"),
                S("Estado exportador"),
                S("Número de artículos"),
                S("Valor en EUR"),
                S("Descripción del artículo"),
                S("Observaciones sobre la transferencia"),
            ],
            &[
                S("IV b)"),
                S("Estados Unidos de América"),
                N(4.0),
                N(64_000_000.0),
                S("Aeronaves no tripuladas MQ-9"),
                S("Compra para el Ejército del Aire"),
            ],
        ],
    );
    let annex = sheet(&mut workbook, "Anexo 2");
    rows(
        annex,
        0,
        &[
            &[S("Anexo 2")],
            &[S("Categoría"), S("Definición nacional")],
            &[
                S("Munición de artillería"),
                S("Proyectiles de calibre igual o superior a 75 mm"),
            ],
        ],
    );
    save(workbook)
}

/// A national layout with everything on one sheet — title fields, then the exports and the
/// imports tables under their section titles — and defects planted for the validator to find.
pub fn sample_national_stacked() -> Vec<u8> {
    let mut workbook = Workbook::new();
    let report = sheet(&mut workbook, "Report 2023");
    rows(
        report,
        0,
        &[
            &[S("Arms Trade Treaty – national report")],
            &[],
            &[S("Reporting State:"), S("Norway")],
            &[S("Year: 2023")],
            &[S("Basis of data:"), S("Actual")],
            &[],
            &[S("EXPORTS")],
            &[
                S("Cat."),
                S("Destination"),
                S("Qty"),
                S("Value (NOK)"),
                S("Type"),
                S("Remarks"),
            ],
            &[
                S("I"),
                S("Germany"),
                N(5.0),
                S("12\u{a0}000\u{a0}000"),
                S("Leopard 2 tanks, overhauled"),
                S("Return after repair"),
            ],
            &[
                S("II"),
                S("Sweden"),
                S("approx. 40"),
                N(3_500_000.0),
                S("Armoured personnel carriers"),
                E,
            ],
            &[
                S("VIII a) 2"),
                S("Atlantis"),
                N(100.0),
                N(250_000.0),
                S("Hunting rifles"),
                E,
            ],
            &[
                S("Cat."),
                S("Destination"),
                S("Qty"),
                S("Value (NOK)"),
                S("Type"),
                S("Remarks"),
            ],
            &[
                S("VII.b"),
                S("Finland"),
                N(10.0),
                E,
                S("MANPADS"),
                E,
                E,
                S("check with customs"),
            ],
            &[
                S("IV(a)"),
                S("Sweden"),
                N(2.0),
                S("N/A"),
                S("F-16 aircraft"),
                S("Loan"),
            ],
            &[],
            &[S("IMPORTS")],
            &[
                S("Category"),
                S("Supplier"),
                S("Quantity"),
                S("Value (NOK)"),
                S("Description"),
                S("Remarks"),
            ],
            &[
                S("III"),
                S("United States"),
                N(2.0),
                S("1.200.000"),
                S("M270 rocket launchers"),
                E,
            ],
            &[
                S("VIII.LW.6"),
                S("Congo"),
                N(12.0),
                N(96_000.0),
                S("60 mm mortars"),
                E,
            ],
            &[],
            &[S("* Provisional figures, to be confirmed by customs")],
        ],
    );
    report.set_row_hidden(10).expect("hide a row");
    save(workbook)
}

/// The English sample saved as a macro-enabled workbook (.xlsm).
pub fn sample_att_2017_en_xlsm() -> Vec<u8> {
    crate::support::edit_part(&sample_att_2017_en(), "[Content_Types].xml", |xml| {
        xml.replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
    })
}
