//! The words of the workbook in English, French and Spanish: sheet names, titles, headings of
//! the title page, answers of the drop-down lists, and the help shown beside the cells.
//!
//! Labels and column headings are not here: the writer takes them from `att-lexicon`
//! (`canonical_label`, `canonical_heading`), the vocabulary the reader understands, so that
//! what is written is what is read.

use att_schema::{Basis, DirectionKind, EntryBasis, Text};

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}

/// Sheet names.
pub(crate) mod sheet {
    use super::{Text, text};

    /// The title page.
    pub(crate) const TITLE_PAGE: Text = text("Title page", "Page de titre", "Portada");
    /// The exports table.
    pub(crate) const EXPORTS: Text = text("Exports", "Exportations", "Exportaciones");
    /// The imports table.
    pub(crate) const IMPORTS: Text = text("Imports", "Importations", "Importaciones");
    /// Annex 2.
    pub(crate) const NATIONAL_DEFINITIONS: Text = text(
        "National definitions",
        "Définitions nationales",
        "Definiciones nacionales",
    );
    /// How to fill in the workbook, and the categories.
    pub(crate) const INSTRUCTIONS: Text = text("Instructions", "Instructions", "Instrucciones");
}

/// Titles and the headings of the title page's parts.
pub(crate) mod title {
    use super::{Text, text};

    /// The title page's title.
    pub(crate) const REPORT: Text = text(
        "Arms Trade Treaty – Annual report",
        "Traité sur le commerce des armes – Rapport annuel",
        "Tratado sobre el Comercio de Armas – Informe anual",
    );
    /// The national point of contact.
    pub(crate) const CONTACT: Text = text("Contact details", "Coordonnées", "Datos de contacto");
    /// The tick-box table of contents.
    pub(crate) const CONTENTS: Text = text(
        "Contents of the report",
        "Contenu du rapport",
        "Contenido del informe",
    );
    /// The voluntary declaration of withheld information.
    pub(crate) const WITHHELD: Text = text(
        "Voluntary declaration under Article 13(3)",
        "Déclaration facultative au titre de l'article 13(3)",
        "Declaración voluntaria en virtud del artículo 13(3)",
    );
    /// The language, template and schema version.
    pub(crate) const ABOUT: Text = text(
        "About this workbook",
        "À propos de ce classeur",
        "Acerca de este libro",
    );
    /// The exports sheet's title.
    pub(crate) const EXPORTS: Text = text(
        "Exports of conventional arms",
        "Exportations d'armes classiques",
        "Exportaciones de armas convencionales",
    );
    /// The imports sheet's title.
    pub(crate) const IMPORTS: Text = text(
        "Imports of conventional arms",
        "Importations d'armes classiques",
        "Importaciones de armas convencionales",
    );
    /// Annex 2's title.
    pub(crate) const NATIONAL_DEFINITIONS: Text = text(
        "Annex 2 – National definitions",
        "Annexe 2 – Définitions nationales",
        "Anexo 2 – Definiciones nacionales",
    );
    /// The heading of the definition column of Annex 2.
    pub(crate) const DEFINITION: Text = text("Definition", "Définition", "Definición");
}

/// The title of a direction's sheet.
pub(crate) fn direction_title(kind: DirectionKind) -> Text {
    match kind {
        DirectionKind::Exports => title::EXPORTS,
        DirectionKind::Imports => title::IMPORTS,
    }
}

/// The name of a direction's sheet.
pub(crate) fn direction_sheet(kind: DirectionKind) -> Text {
    match kind {
        DirectionKind::Exports => sheet::EXPORTS,
        DirectionKind::Imports => sheet::IMPORTS,
    }
}

/// "Yes" in a yes/no drop-down.
pub(crate) const YES: Text = text("Yes", "Oui", "Sí");
/// "No" in a yes/no drop-down.
pub(crate) const NO: Text = text("No", "Non", "No");

/// The answer for `flag`.
pub(crate) fn yes_no(flag: bool) -> Text {
    if flag { YES } else { NO }
}

/// A direction's basis as its drop-down says it.
pub(crate) fn basis(basis: Basis) -> Text {
    match basis {
        Basis::Authorized => text("Authorized", "Autorisées", "Autorizadas"),
        Basis::Actual => text("Actual", "Effectives", "Efectivas"),
        Basis::Both => text("Both", "Les deux", "Ambas"),
    }
}

/// An entry's basis as its drop-down says it.
pub(crate) fn entry_basis(basis: EntryBasis) -> Text {
    match basis {
        EntryBasis::Authorized => self::basis(Basis::Authorized),
        EntryBasis::Actual => self::basis(Basis::Actual),
    }
}

/// Help shown when a cell is selected (at most 255 characters; titles at most 32).
pub(crate) mod help {
    use super::{Text, text};

    /// Title of the help of a State cell.
    pub(crate) const STATE_TITLE: Text = text("State", "État", "Estado");
    /// A State cell of a table or the title page.
    pub(crate) const STATE: Text = text(
        "Choose the State from the list, or type its name. Its ISO code fills itself in.",
        "Choisissez l'État dans la liste ou tapez son nom. Son code ISO se remplit tout seul.",
        "Elija el Estado de la lista o escriba su nombre. Su código ISO se rellena solo.",
    );
    /// Title of the help of a code cell.
    pub(crate) const CODE_TITLE: Text = text("ISO code", "Code ISO", "Código ISO");
    /// A code cell beside a State.
    pub(crate) const CODE: Text = text(
        "Filled in from the State's name. Type an ISO 3166-1 alpha-3 code (SWE) only for a State that is not in the list.",
        "Rempli d'après le nom de l'État. Tapez un code ISO 3166-1 alpha-3 (SWE) seulement pour un État absent de la liste.",
        "Se rellena a partir del nombre del Estado. Escriba un código ISO 3166-1 alfa-3 (SWE) solo para un Estado que no figure en la lista.",
    );
    /// The codes of the intermediate locations.
    pub(crate) const CODES: Text = text(
        "ISO codes of the places to the left, in the same order, separated by semicolons. Leave empty: att finds them from the names.",
        "Codes ISO des lieux à gauche, dans le même ordre, séparés par des points-virgules. Laissez vide : att les trouve d'après les noms.",
        "Códigos ISO de los lugares a la izquierda, en el mismo orden, separados por punto y coma. Déjelo vacío: att los encuentra a partir de los nombres.",
    );
    /// Title of the help of the year.
    pub(crate) const YEAR_TITLE: Text = text("Calendar year", "Année civile", "Año civil");
    /// The year.
    pub(crate) const YEAR: Text = text(
        "The calendar year the report covers (1 January to 31 December), 2014 or later.",
        "L'année civile sur laquelle porte le rapport (1er janvier au 31 décembre), 2014 ou après.",
        "El año civil que abarca el informe (1 de enero a 31 de diciembre), 2014 o posterior.",
    );
    /// Title of the help of a date.
    pub(crate) const DATE_TITLE: Text = text("Date", "Date", "Fecha");
    /// The date of submission.
    pub(crate) const DATE: Text = text(
        "The date the report is submitted to the ATT Secretariat (YYYY-MM-DD).",
        "La date à laquelle le rapport est soumis au Secrétariat du TCA (AAAA-MM-JJ).",
        "La fecha en que el informe se presenta a la Secretaría del TCA (AAAA-MM-DD).",
    );
    /// Title of the help of a yes/no cell.
    pub(crate) const YES_NO_TITLE: Text = text("Yes or no", "Oui ou non", "Sí o no");
    /// A yes/no cell.
    pub(crate) const YES_NO: Text = text(
        "Choose Yes or No. Leave empty if it does not apply.",
        "Choisissez Oui ou Non. Laissez vide si la question ne s'applique pas.",
        "Elija Sí o No. Déjelo vacío si no procede.",
    );
    /// Title of the help of a category cell.
    pub(crate) const CATEGORY_TITLE: Text = text("Category", "Catégorie", "Categoría");
    /// A category cell.
    pub(crate) const CATEGORY: Text = text(
        "Choose the category (I–VIII), or “National category” and name it in the next column. The Instructions sheet defines them.",
        "Choisissez la catégorie (I–VIII), ou « Catégorie nationale » et nommez-la dans la colonne suivante. La feuille Instructions les définit.",
        "Elija la categoría (I–VIII), o «Categoría nacional» y nómbrela en la columna siguiente. La hoja Instrucciones las define.",
    );
    /// Title of the help of a national category cell.
    pub(crate) const NATIONAL_TITLE: Text = text(
        "National category",
        "Catégorie nationale",
        "Categoría nacional",
    );
    /// A national category cell.
    pub(crate) const NATIONAL: Text = text(
        "The name of a voluntary national category (for example “ML3 ammunition”). Define it on the National definitions sheet.",
        "Le nom d'une catégorie nationale facultative (par exemple « ML3 munitions »). Définissez-la sur la feuille Définitions nationales.",
        "El nombre de una categoría nacional voluntaria (por ejemplo «ML3 municiones»). Defínala en la hoja Definiciones nacionales.",
    );
    /// Title of the help of a number of items.
    pub(crate) const ITEMS_TITLE: Text = text(
        "Number of items",
        "Nombre d'articles",
        "Número de artículos",
    );
    /// A number of items.
    pub(crate) const ITEMS: Text = text(
        "How many items: a whole number. Give the number of items, the value, or both.",
        "Combien d'articles : un nombre entier. Indiquez le nombre d'articles, la valeur, ou les deux.",
        "Cuántos artículos: un número entero. Indique el número de artículos, el valor o ambos.",
    );
    /// Title of the help of a value.
    pub(crate) const VALUE_TITLE: Text = text("Value", "Valeur", "Valor");
    /// A value.
    pub(crate) const VALUE: Text = text(
        "The value in units of the currency (not thousands). Give its currency in the next column.",
        "La valeur en unités de la monnaie (pas en milliers). Indiquez sa monnaie dans la colonne suivante.",
        "El valor en unidades de la moneda (no en miles). Indique su moneda en la columna siguiente.",
    );
    /// Title of the help of a currency.
    pub(crate) const CURRENCY_TITLE: Text = text("Currency", "Monnaie", "Moneda");
    /// A currency.
    pub(crate) const CURRENCY: Text = text(
        "ISO 4217 code of the currency of the value (EUR, USD, SEK…).",
        "Code ISO 4217 de la monnaie de la valeur (EUR, USD, SEK…).",
        "Código ISO 4217 de la moneda del valor (EUR, USD, SEK…).",
    );
    /// Title of the help of a basis.
    pub(crate) const BASIS_TITLE: Text = text(
        "Authorized or actual",
        "Autorisées ou effectives",
        "Autorizadas o efectivas",
    );
    /// A row's basis.
    pub(crate) const ENTRY_BASIS: Text = text(
        "Whether this row is an authorization or an actual transfer. Needed when the table's basis is “Both”.",
        "Si cette ligne est une autorisation ou un transfert effectif. Nécessaire quand le type de données du tableau est « Les deux ».",
        "Si esta fila es una autorización o una transferencia efectiva. Necesario cuando el tipo de datos del cuadro es «Ambas».",
    );
    /// A table's basis.
    pub(crate) const BASIS: Text = text(
        "Authorized: licences or authorizations issued. Actual: transfers that took place. Both: say which in each row.",
        "Autorisées : licences ou autorisations délivrées. Effectives : transferts qui ont eu lieu. Les deux : précisez-le à chaque ligne.",
        "Autorizadas: licencias o autorizaciones concedidas. Efectivas: transferencias realizadas. Ambas: indíquelo en cada fila.",
    );
    /// Title of the help of a list of places.
    pub(crate) const PLACES_TITLE: Text = text(
        "Intermediate locations",
        "Lieux intermédiaires",
        "Lugares intermedios",
    );
    /// A list of places.
    pub(crate) const PLACES: Text = text(
        "The States the arms passed through, if any, separated by semicolons (Denmark; Germany).",
        "Les États par lesquels les armes ont transité, le cas échéant, séparés par des points-virgules (Danemark; Allemagne).",
        "Los Estados por los que pasaron las armas, si procede, separados por punto y coma (Dinamarca; Alemania).",
    );
    /// Title of the help of the language.
    pub(crate) const LANGUAGE_TITLE: Text = text("Language", "Langue", "Idioma");
    /// The language.
    pub(crate) const LANGUAGE: Text = text(
        "The language of the report: en, fr, es, or another ISO 639-1 code.",
        "La langue du rapport : en, fr, es ou un autre code ISO 639-1.",
        "El idioma del informe: en, fr, es u otro código ISO 639-1.",
    );
    /// Title of the help of the cells att fills in.
    pub(crate) const ATT_TITLE: Text = text("Written by att", "Écrit par att", "Escrito por att");
    /// The template and schema version.
    pub(crate) const ATT: Text = text(
        "Written by att so that it reads this workbook as its own. Leave it as it is.",
        "Écrit par att pour qu'il lise ce classeur comme le sien. Laissez-le tel quel.",
        "Escrito por att para que lea este libro como suyo. Déjelo como está.",
    );
    /// Title of the warning for a value not in a list.
    pub(crate) const NOT_LISTED_TITLE: Text = text(
        "Not in the list",
        "Absent de la liste",
        "No figura en la lista",
    );
    /// The warning for a value not in a list.
    pub(crate) const NOT_LISTED: Text = text(
        "This value is not in the list. Keep it anyway? att will read it and report what it cannot recognise.",
        "Cette valeur n'est pas dans la liste. La garder quand même ? att la lira et signalera ce qu'il ne reconnaît pas.",
        "Este valor no figura en la lista. ¿Conservarlo de todos modos? att lo leerá e indicará lo que no reconozca.",
    );
    /// The warning for a year out of range.
    pub(crate) const YEAR_RANGE: Text = text(
        "The reporting year is a calendar year from 2014 on. Keep this value anyway?",
        "L'année du rapport est une année civile à partir de 2014. Garder cette valeur quand même ?",
        "El año del informe es un año civil a partir de 2014. ¿Conservar este valor de todos modos?",
    );
    /// The warning for a number that is not a whole number of 0 or more.
    pub(crate) const WHOLE_NUMBER: Text = text(
        "The number of items is a whole number of 0 or more. Keep this value anyway?",
        "Le nombre d'articles est un nombre entier positif ou nul. Garder cette valeur quand même ?",
        "El número de artículos es un número entero de 0 o más. ¿Conservar este valor de todos modos?",
    );
    /// Title of the warnings about numbers.
    pub(crate) const NUMBER_TITLE: Text = text(
        "Check the number",
        "Vérifiez le nombre",
        "Compruebe el número",
    );
}
