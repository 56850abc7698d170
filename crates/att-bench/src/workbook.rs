//! Writes a synthetic report as a national-layout workbook: a title block, then per direction a
//! sheet whose rows are grouped under category group rows, headings in the report's language.

use att_schema::{Category, Direction, Entry, Lang, Party, Report};
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

const HEADINGS: [[&str; 9]; 3] = [
    [
        "Category",
        "Final importing State",
        "Number of items",
        "Value",
        "Currency",
        "State of origin (if not exporter)",
        "Intermediate location(s)",
        "Description of item",
        "Comments on the transfer",
    ],
    [
        "Catégorie",
        "État importateur final",
        "Nombre d'articles",
        "Valeur",
        "Monnaie",
        "État d'origine (si autre que l'exportateur)",
        "Lieu(x) intermédiaire(s)",
        "Description de l'article",
        "Observations sur le transfert",
    ],
    [
        "Categoría",
        "Estado importador final",
        "Número de artículos",
        "Valor",
        "Moneda",
        "Estado de origen (si no es el exportador)",
        "Lugar(es) intermedio(s)",
        "Descripción del artículo",
        "Observaciones sobre la transferencia",
    ],
];

const IMPORT_PARTNER: [&str; 3] = ["Exporting State", "État exportateur", "Estado exportador"];

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Es => 2,
    }
}

/// The report as the bytes of an .xlsx workbook.
pub fn write(report: &Report, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let (state_label, year_label, exports_sheet, imports_sheet) = match lang {
        Lang::En => ("Reporting State:", "Calendar year:", "Exports", "Imports"),
        Lang::Fr => (
            "État partie :",
            "Année civile :",
            "Exportations",
            "Importations",
        ),
        Lang::Es => (
            "Estado informante:",
            "Año civil:",
            "Exportaciones",
            "Importaciones",
        ),
    };
    sheet.set_name(match lang {
        Lang::En => "Title page",
        Lang::Fr => "Page de titre",
        Lang::Es => "Portada",
    })?;
    sheet.write(0, 0, state_label)?;
    sheet.write(0, 1, name(report.reporting_state.as_ref()))?;
    sheet.write(1, 0, year_label)?;
    sheet.write(1, 1, report.year().unwrap_or(2023) as f64)?;
    let (date_label, public_label, yes) = match lang {
        Lang::En => (
            "Date of submission:",
            "May the report be made public?",
            "Yes",
        ),
        Lang::Fr => (
            "Date de soumission :",
            "Le rapport peut-il être rendu public ?",
            "Oui",
        ),
        Lang::Es => (
            "Fecha de presentación:",
            "¿Puede hacerse público el informe?",
            "Sí",
        ),
    };
    sheet.write(2, 0, date_label)?;
    let date = report
        .submission_date()
        .map_or_else(|| "2024-05-28".to_owned(), |date| date.to_string());
    sheet.write(2, 1, date)?;
    sheet.write(3, 0, public_label)?;
    sheet.write(3, 1, yes)?;
    for (title, direction, imports) in [
        (exports_sheet, &report.exports, false),
        (imports_sheet, &report.imports, true),
    ] {
        let sheet = workbook.add_worksheet();
        sheet.set_name(title)?;
        write_direction(sheet, direction, lang, imports)?;
    }
    if !report.national_definitions.is_empty() {
        let sheet = workbook.add_worksheet();
        sheet.set_name(match lang {
            Lang::En => "National definitions",
            Lang::Fr => "Définitions nationales",
            Lang::Es => "Definiciones nacionales",
        })?;
        sheet.write(0, 0, HEADINGS[lang_index(lang)][0])?;
        sheet.write(
            0,
            1,
            match lang {
                Lang::En => "Definition",
                Lang::Fr => "Définition",
                Lang::Es => "Definición",
            },
        )?;
        for (row, definition) in (1..).zip(&report.national_definitions) {
            sheet.write(
                row,
                0,
                definition.national_category.as_deref().unwrap_or_default(),
            )?;
            sheet.write(row, 1, definition.definition.as_deref().unwrap_or_default())?;
        }
    }
    workbook.save_to_buffer()
}

fn write_direction(
    sheet: &mut Worksheet,
    direction: &Direction,
    lang: Lang,
    imports: bool,
) -> Result<(), XlsxError> {
    let basis = match lang {
        Lang::En => "Basis of data: Actual",
        Lang::Fr => "Type de données : Effectives",
        Lang::Es => "Tipo de datos: Efectivas",
    };
    sheet.write(0, 0, basis)?;
    let mut headings = HEADINGS[lang_index(lang)];
    if imports {
        headings[1] = IMPORT_PARTNER[lang_index(lang)];
    }
    for (column, heading) in headings.iter().enumerate() {
        sheet.write(2, column as u16, *heading)?;
    }
    let mut row = 3;
    let mut current: Option<Category> = None;
    for entry in &direction.entries {
        let category = entry.category.as_ref().and_then(|c| c.typed().copied());
        if category != current && category != Some(Category::National) {
            if let Some(category) = category {
                sheet.write(
                    row,
                    0,
                    format!("{} – {}", category.code(), category.name(lang)),
                )?;
                row += 1;
            }
            current = category;
        }
        write_entry(sheet, row, entry)?;
        row += 1;
    }
    Ok(())
}

fn write_entry(sheet: &mut Worksheet, row: u32, entry: &Entry) -> Result<(), XlsxError> {
    if entry.national_category.is_some() {
        sheet.write(
            row,
            0,
            entry.national_category.as_deref().unwrap_or_default(),
        )?;
    }
    sheet.write(row, 1, name(entry.partner.as_ref()))?;
    if let Some(items) = entry.items.as_ref().and_then(|i| i.typed()) {
        sheet.write(row, 2, *items as f64)?;
    }
    if let Some(value) = &entry.value {
        if let Some(amount) = value.amount.as_ref().and_then(|a| a.typed()) {
            sheet.write(row, 3, amount.as_f64().unwrap_or_default())?;
        }
        sheet.write(row, 4, value.currency.as_deref().unwrap_or_default())?;
    }
    if let Some(origin) = &entry.state_of_origin {
        sheet.write(row, 5, name(Some(origin)))?;
    }
    if let Some(places) = &entry.intermediate_locations {
        let names: Vec<&str> = places.iter().map(|p| name(Some(p))).collect();
        sheet.write(row, 6, names.join(", "))?;
    }
    sheet.write(row, 7, entry.description.as_deref().unwrap_or_default())?;
    sheet.write(row, 8, entry.comments.as_deref().unwrap_or_default())?;
    Ok(())
}

fn name(party: Option<&Party>) -> &str {
    party
        .and_then(|p| p.name.as_deref().or(p.code.as_deref()))
        .unwrap_or_default()
}
