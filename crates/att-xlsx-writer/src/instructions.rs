//! The instructions sheet: how to fill in the workbook and check it, and the categories of the
//! UN Register with their definitions (Annex 1 of the 2017 template). Reference text: the
//! reader does not read it.

use crate::definitions::definition;
use crate::error::WriteError;
use crate::fit::Font;
use crate::lists::category_label;
use crate::styles::{self, Styles};
use crate::texts;
use att_schema::{Category, Lang, Text};
use rust_xlsxwriter::Workbook;

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// How to fill in the workbook, a paragraph each.
const STEPS: [Text; 8] = [
    text(
        "This workbook is the annual report under Article 13(3) of the Arms Trade Treaty on exports and imports of conventional arms during one calendar year. Fill in the white cells; the grey ones fill themselves in. The headings are protected: Review › Unprotect Sheet lifts the protection (there is no password).",
        "Ce classeur est le rapport annuel prévu à l'article 13(3) du Traité sur le commerce des armes sur les exportations et importations d'armes classiques pendant une année civile. Remplissez les cellules blanches ; les grises se remplissent toutes seules. Les intitulés sont protégés : Révision › Ôter la protection de la feuille lève la protection (il n'y a pas de mot de passe).",
        "Este libro es el informe anual previsto en el artículo 13(3) del Tratado sobre el Comercio de Armas sobre las exportaciones e importaciones de armas convencionales durante un año civil. Rellene las celdas blancas; las grises se rellenan solas. Los encabezados están protegidos: Revisar › Desproteger hoja levanta la protección (no hay contraseña).",
    ),
    text(
        "Title page: the reporting State, the calendar year, the date of submission, whether the report may be made public, and the national point of contact. Under “Contents of the report”, say for exports and for imports whether the report includes a table or a nil report (nothing to report).",
        "Page de titre : l'État partie, l'année civile, la date de soumission, si le rapport peut être rendu public, et le point de contact national. Sous « Contenu du rapport », indiquez pour les exportations et pour les importations si le rapport comprend un tableau ou un rapport « néant » (rien à déclarer).",
        "Portada: el Estado informante, el año civil, la fecha de presentación, si el informe puede hacerse público y el punto de contacto nacional. En «Contenido del informe», indique para las exportaciones y para las importaciones si el informe incluye un cuadro o un informe nulo (nada que informar).",
    ),
    text(
        "Exports and Imports: one row per transfer. Choose the category and the State from the lists; the State's ISO code fills itself in. A State that is not in the list may be typed: att finds its code from the name. Give the number of items, the value or both; a value needs its currency.",
        "Exportations et Importations : une ligne par transfert. Choisissez la catégorie et l'État dans les listes ; le code ISO de l'État se remplit tout seul. Un État absent de la liste peut être tapé : att trouve son code d'après le nom. Indiquez le nombre d'articles, la valeur ou les deux ; une valeur demande sa monnaie.",
        "Exportaciones e Importaciones: una fila por transferencia. Elija la categoría y el Estado de las listas; el código ISO del Estado se rellena solo. Un Estado que no figure en la lista puede escribirse: att encuentra su código a partir del nombre. Indique el número de artículos, el valor o ambos; un valor necesita su moneda.",
    ),
    text(
        "“Basis of data” says whether the figures of a table are authorizations issued or actual transfers. Choose “Both” when some rows are each, and then say which in each row's “Authorized / actual” cell.",
        "« Type de données » indique si les chiffres d'un tableau sont des autorisations délivrées ou des transferts effectifs. Choisissez « Les deux » quand il y a des lignes de chaque sorte, et précisez-le alors dans la cellule « Autorisées / effectives » de chaque ligne.",
        "«Tipo de datos» indica si las cifras de un cuadro son autorizaciones concedidas o transferencias efectivas. Elija «Ambas» cuando haya filas de cada tipo e indíquelo entonces en la celda «Autorizadas / efectivas» de cada fila.",
    ),
    text(
        "National definitions (Annex 2): the State's own definitions of the categories it used, and of each national category named in the tables.",
        "Définitions nationales (annexe 2) : les définitions propres à l'État des catégories qu'il a utilisées, et de chaque catégorie nationale nommée dans les tableaux.",
        "Definiciones nacionales (anexo 2): las definiciones propias del Estado de las categorías que utilizó y de cada categoría nacional nombrada en los cuadros.",
    ),
    text(
        "Commercially sensitive or national security information may be left out of the report (Article 13(3)); say so under “Voluntary declaration”. This is not a nil report.",
        "Les informations commercialement sensibles ou relatives à la sécurité nationale peuvent être exclues du rapport (article 13(3)) ; indiquez-le sous « Déclaration facultative ». Ce n'est pas un rapport « néant ».",
        "La información comercial sensible o relativa a la seguridad nacional puede excluirse del informe (artículo 13(3)); indíquelo en «Declaración voluntaria». No es un informe nulo.",
    ),
    text(
        "A cell whose formula is a value, such as =\"2023\" or =NA(), holds that value exactly as the report held it: text where a number belongs, a code left out on purpose. Type over it to correct it.",
        "Une cellule dont la formule est une valeur, comme =\"2023\" ou =NA(), contient cette valeur exactement comme le rapport la donnait : du texte à la place d'un nombre, un code laissé de côté exprès. Tapez par-dessus pour la corriger.",
        "Una celda cuya fórmula es un valor, como =\"2023\" o =NA(), contiene ese valor exactamente como lo daba el informe: texto donde corresponde un número, un código omitido a propósito. Escriba encima para corregirlo.",
    ),
    text(
        "Before you submit the report, check it: att validate report.xlsx lists what is missing or inconsistent, cell by cell (att validate --lang fr, --lang es for French or Spanish).",
        "Avant de soumettre le rapport, vérifiez-le : att validate rapport.xlsx indique ce qui manque ou est incohérent, cellule par cellule (att validate --lang fr pour le français).",
        "Antes de presentar el informe, compruébelo: att validate informe.xlsx indica lo que falta o es incoherente, celda por celda (att validate --lang es para el español).",
    ),
];

/// The heading of the categories' table.
const CATEGORIES: Text = text(
    "Categories of conventional arms (UN Register of Conventional Arms; Annex 1)",
    "Catégories d'armes classiques (Registre des armes classiques des Nations Unies ; annexe 1)",
    "Categorías de armas convencionales (Registro de Armas Convencionales de las Naciones Unidas; anexo 1)",
);

/// The headings of the categories' table.
const COLUMNS: [Text; 2] = [
    text("Category", "Catégorie", "Categoría"),
    text("Definition", "Définition", "Definición"),
];

/// The widths of the category and definition columns: every category's name fits in two lines.
const WIDTHS: [f64; 2] = [42.0, 100.0];
/// Space in points below each paragraph of the instructions.
const PARAGRAPH_SPACE: f64 = 6.0;

/// Adds the instructions sheet.
pub(crate) fn add(workbook: &mut Workbook, lang: Lang, styles: &Styles) -> Result<(), WriteError> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(texts::sheet::INSTRUCTIONS.get(lang))?;
    let [category_width, definition_width] = WIDTHS;
    sheet.set_column_width(0, category_width)?;
    sheet.set_column_width(1, definition_width)?;
    sheet.write_string_with_format(0, 0, texts::sheet::INSTRUCTIONS.get(lang), &styles.title)?;
    sheet.set_row_height(0, styles::TITLE_HEIGHT)?;
    let mut row = 2;
    for step in STEPS {
        let step = step.get(lang);
        sheet.merge_range(row, 0, row, 1, step, &styles.note)?;
        let height = styles::fitted_height([(step, category_width + definition_width, Font::BODY)]);
        sheet.set_row_height(row, height + PARAGRAPH_SPACE)?;
        row += 1;
    }
    row += 1;
    sheet.write_string_with_format(row, 0, CATEGORIES.get(lang), &styles.part)?;
    sheet.write_blank(row, 1, &styles.part)?;
    sheet.set_row_height(row, styles::line_row_height(styles::PART_FONT))?;
    row += 1;
    for (col, heading) in (0u16..).zip(COLUMNS) {
        sheet.write_string_with_format(row, col, heading.get(lang), &styles.heading)?;
    }
    sheet.set_row_height(
        row,
        styles::fitted_height(
            COLUMNS
                .into_iter()
                .zip(WIDTHS)
                .map(|(heading, width)| (heading.get(lang), width, Font::BOLD)),
        ),
    )?;
    sheet.set_repeat_rows(row, row)?;
    row += 1;
    for category in Category::ALL {
        let bold = category.parent().is_none();
        let format = if bold {
            &styles.note_bold
        } else {
            &styles.note
        };
        let label = category_label(category, lang);
        let text = definition(category).get(lang);
        sheet.write_string_with_format(row, 0, &label, format)?;
        sheet.write_string_with_format(row, 1, text, &styles.note)?;
        let label_font = if bold { Font::BOLD } else { Font::BODY };
        let height = styles::fitted_height([
            (label.as_str(), category_width, label_font),
            (text, definition_width, Font::BODY),
        ]);
        sheet.set_row_height(row, height)?;
        row += 1;
    }
    sheet.set_print_area(0, 0, row - 1, 1)?;
    sheet.protect();
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_footer("&L&A&R&P / &N");
    Ok(())
}
