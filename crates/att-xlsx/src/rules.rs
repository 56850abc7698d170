//! Reading rules of the workbook reader (codes `ATT0120`–`ATT0159`).
//!
//! Rules every reader shares (unknown field, number written as text, locale separators,
//! placeholders, assumed currency, no table, missing column, layout not recognised) are in
//! [`att_schema::rules`].

use att_schema::{Rule, RuleGroup, Severity, Text, spec};

/// A hidden sheet holds data that was read.
pub static HIDDEN_SHEET: Rule = Rule {
    code: "ATT0120",
    name: "hidden-sheet",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A hidden sheet holds data; it was read.",
        fr: "Une feuille masquée contient des données ; elles ont été lues.",
        es: "Una hoja oculta contiene datos; se leyeron.",
    },
    message: Text {
        en: "Sheet “{sheet}” is hidden but holds data, which was read; check that it belongs in the report.",
        fr: "La feuille « {sheet} » est masquée mais contient des données, qui ont été lues ; vérifiez qu’elles ont leur place dans le rapport.",
        es: "La hoja «{sheet}» está oculta pero contiene datos, que se leyeron; compruebe que forman parte del informe.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// Hidden rows hold data that was read.
pub static HIDDEN_ROWS: Rule = Rule {
    code: "ATT0121",
    name: "hidden-rows",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "Hidden rows hold data; it was read.",
        fr: "Des lignes masquées contiennent des données ; elles ont été lues.",
        es: "Filas ocultas contienen datos; se leyeron.",
    },
    message: Text {
        en: "Hidden rows ({rows}) hold data, which was read; check that it belongs in the report.",
        fr: "Des lignes masquées ({rows}) contiennent des données, qui ont été lues ; vérifiez qu’elles ont leur place dans le rapport.",
        es: "Filas ocultas ({rows}) contienen datos, que se leyeron; compruebe que forman parte del informe.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// Hidden columns hold data that was read.
pub static HIDDEN_COLUMNS: Rule = Rule {
    code: "ATT0122",
    name: "hidden-columns",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "Hidden columns hold data; it was read.",
        fr: "Des colonnes masquées contiennent des données ; elles ont été lues.",
        es: "Columnas ocultas contienen datos; se leyeron.",
    },
    message: Text {
        en: "Hidden columns ({columns}) hold data, which was read; check that it belongs in the report.",
        fr: "Des colonnes masquées ({columns}) contiennent des données, qui ont été lues ; vérifiez qu’elles ont leur place dans le rapport.",
        es: "Columnas ocultas ({columns}) contienen datos, que se leyeron; compruebe que forman parte del informe.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// A formula whose result was never saved in the file.
pub static FORMULA_WITHOUT_RESULT: Rule = Rule {
    code: "ATT0123",
    name: "formula-without-result",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A formula's result was not saved in the file; the cell was read as empty.",
        fr: "Le résultat d’une formule n’est pas enregistré dans le fichier ; la cellule a été lue comme vide.",
        es: "El resultado de una fórmula no está guardado en el archivo; la celda se leyó como vacía.",
    },
    message: Text {
        en: "This cell holds a formula whose result was never saved, so it was read as empty; open the workbook in a spreadsheet program, let it calculate and save it again, or type the value.",
        fr: "Cette cellule contient une formule dont le résultat n’a jamais été enregistré ; elle a donc été lue comme vide. Ouvrez le classeur dans un tableur, laissez-le calculer et enregistrez-le, ou saisissez la valeur.",
        es: "Esta celda contiene una fórmula cuyo resultado nunca se guardó, por lo que se leyó como vacía; abra el libro en una hoja de cálculo, deje que calcule y guárdelo de nuevo, o escriba el valor.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// A cell shows a spreadsheet error value.
pub static FORMULA_ERROR: Rule = Rule {
    code: "ATT0124",
    name: "formula-error",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A cell shows a spreadsheet error (#REF!, #N/A, …) instead of a value.",
        fr: "Une cellule affiche une erreur de tableur (#REF!, #N/A…) au lieu d’une valeur.",
        es: "Una celda muestra un error de hoja de cálculo (#REF!, #N/A…) en lugar de un valor.",
    },
    message: Text {
        en: "The cell shows the error {error} instead of a value; correct its formula or type the value.",
        fr: "La cellule affiche l’erreur {error} au lieu d’une valeur ; corrigez sa formule ou saisissez la valeur.",
        es: "La celda muestra el error {error} en lugar de un valor; corrija su fórmula o escriba el valor.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// The header row of a table appears again among its rows.
pub static REPEATED_HEADER: Rule = Rule {
    code: "ATT0125",
    name: "repeated-header-row",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table's header row is repeated among its rows; it was skipped.",
        fr: "La ligne d’en-tête d’un tableau est répétée parmi ses lignes ; elle a été ignorée.",
        es: "La fila de encabezado de un cuadro se repite entre sus filas; se omitió.",
    },
    message: Text {
        en: "The header row of the {table} table is repeated here; the row was skipped.",
        fr: "La ligne d’en-tête du tableau des {table} est répétée ici ; la ligne a été ignorée.",
        es: "La fila de encabezado del cuadro de {table} se repite aquí; la fila se omitió.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// A non-empty cell that does not belong to any part of the report.
pub static UNREAD_CELL: Rule = Rule {
    code: "ATT0126",
    name: "unread-cell",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A cell's content is not part of any table or title-page field; it was not read.",
        fr: "Le contenu d’une cellule ne fait partie d’aucun tableau ni d’aucun champ de la page de titre ; il n’a pas été lu.",
        es: "El contenido de una celda no forma parte de ningún cuadro ni campo de la portada; no se leyó.",
    },
    message: Text {
        en: "{place} was not read: “{text}”.",
        fr: "{place} n’a pas été lu : « {text} ».",
        es: "{place} no se leyó: «{text}».",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A whole sheet in which nothing was recognised.
pub static UNREAD_SHEET: Rule = Rule {
    code: "ATT0127",
    name: "unread-sheet",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A sheet has no table, nil report or title-page field that att recognises; it was not read.",
        fr: "Une feuille ne contient aucun tableau, rapport « néant » ou champ de page de titre reconnu ; elle n’a pas été lue.",
        es: "Una hoja no contiene ningún cuadro, informe nulo ni campo de portada reconocible; no se leyó.",
    },
    message: Text {
        en: "Sheet “{sheet}” has no table, nil report or title-page field that att recognises; its {count} non-empty cells (from {first}: “{text}”) were not read.",
        fr: "La feuille « {sheet} » ne contient aucun tableau, rapport « néant » ou champ de page de titre reconnu ; ses {count} cellules non vides (à partir de {first} : « {text} ») n’ont pas été lues.",
        es: "La hoja «{sheet}» no contiene ningún cuadro, informe nulo ni campo de portada reconocible; sus {count} celdas no vacías (desde {first}: «{text}») no se leyeron.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A table whose header row could not be recognised.
pub static TABLE_NOT_RECOGNISED: Rule = Rule {
    code: "ATT0128",
    name: "table-not-recognised",
    severity: Severity::Error,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table has no header row with recognisable column headings; its rows were not read.",
        fr: "Un tableau n’a pas de ligne d’en-tête aux intitulés reconnaissables ; ses lignes n’ont pas été lues.",
        es: "Un cuadro no tiene una fila de encabezado con títulos reconocibles; sus filas no se leyeron.",
    },
    message: Text {
        en: "The {table} table under “{title}” has no header row att recognises, so its {count} rows were not read{?closest:; the closest heading is “{closest}”}. Give its columns their headings (“Category”, “Final importing State” or “Exporting State”, “Number of items”, “Value”…).",
        fr: "Le tableau des {table} sous « {title} » n’a pas de ligne d’en-tête reconnue ; ses {count} lignes n’ont donc pas été lues{?closest: ; l’en-tête le plus proche est « {closest} »}. Donnez à ses colonnes leurs intitulés (« Catégorie », « État importateur final » ou « État exportateur », « Nombre d’articles », « Valeur »…).",
        es: "El cuadro de {table} bajo «{title}» no tiene una fila de encabezado reconocible, por lo que sus {count} filas no se leyeron{?closest:; el encabezado más cercano es «{closest}»}. Dé a sus columnas sus títulos («Categoría», «Estado importador final» o «Estado exportador», «Número de artículos», «Valor»…).",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "",
    example: None,
};

/// A merged cell inside a table, whose value was given to every row it spans.
pub static MERGED_CELL_IN_TABLE: Rule = Rule {
    code: "ATT0129",
    name: "merged-cell-in-table",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A merged cell spans several rows of a table; its value was read for each of them.",
        fr: "Une cellule fusionnée couvre plusieurs lignes d’un tableau ; sa valeur a été lue pour chacune d’elles.",
        es: "Una celda combinada abarca varias filas de un cuadro; su valor se leyó para cada una de ellas.",
    },
    message: Text {
        en: "The merged cell {range} was read as “{text}” for each of the {count} rows it spans{?more:, and so were {more} more merged cells of this column}.",
        fr: "La cellule fusionnée {range} a été lue comme « {text} » pour chacune des {count} lignes qu’elle couvre{?more:, de même que {more} autres cellules fusionnées de cette colonne}.",
        es: "La celda combinada {range} se leyó como «{text}» para cada una de las {count} filas que abarca{?more:, al igual que otras {more} celdas combinadas de esta columna}.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// The direction a table was read as disagrees with its headings.
pub static DIRECTION_CONFLICT: Rule = Rule {
    code: "ATT0130",
    name: "direction-conflict",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table's title or sheet says exports and its headings say imports, or the reverse.",
        fr: "Le titre ou la feuille d’un tableau indique des exportations et ses en-têtes des importations, ou l’inverse.",
        es: "El título o la hoja de un cuadro indica exportaciones y sus encabezados importaciones, o al revés.",
    },
    message: Text {
        en: "This table was read as {table} (from “{source}”), but the heading “{heading}” is that of the {other} table; check which table it is.",
        fr: "Ce tableau a été lu comme celui des {table} (d’après « {source} »), mais l’en-tête « {heading} » est celui du tableau des {other} ; vérifiez de quel tableau il s’agit.",
        es: "Este cuadro se leyó como el de {table} (según «{source}»), pero el encabezado «{heading}» es el del cuadro de {other}; compruebe de qué cuadro se trata.",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "",
    example: None,
};

/// Two columns of one table are read as the same field.
pub static DUPLICATE_COLUMN: Rule = Rule {
    code: "ATT0131",
    name: "duplicate-column",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "Two columns of a table have headings for the same field; only the first was read.",
        fr: "Deux colonnes d’un tableau ont un intitulé pour le même champ ; seule la première a été lue.",
        es: "Dos columnas de un cuadro tienen títulos para el mismo campo; solo se leyó la primera.",
    },
    message: Text {
        en: "The column “{heading}” is a second {field} column; only the one at {first} was read, so the values of this one were not.",
        fr: "La colonne « {heading} » est une deuxième colonne {field} ; seule celle en {first} a été lue, les valeurs de celle-ci ne l’ont pas été.",
        es: "La columna «{heading}» es una segunda columna {field}; solo se leyó la de {first}, así que los valores de esta no se leyeron.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A cell's text was longer than the reader keeps.
pub static TEXT_TRUNCATED: Rule = Rule {
    code: "ATT0132",
    name: "text-truncated",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A cell's text is longer than att reads; only its beginning was read.",
        fr: "Le texte d’une cellule est plus long que ce que lit att ; seul son début a été lu.",
        es: "El texto de una celda es más largo de lo que lee att; solo se leyó su comienzo.",
    },
    message: Text {
        en: "The text of this cell is {length} characters long; only the first {limit} were read.",
        fr: "Le texte de cette cellule compte {length} caractères ; seuls les {limit} premiers ont été lus.",
        es: "El texto de esta celda tiene {length} caracteres; solo se leyeron los {limit} primeros.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A table with headings but no rows, and no nil report for its direction.
pub static EMPTY_TABLE: Rule = Rule {
    code: "ATT0133",
    name: "empty-table",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table has headings but no rows, and there is no nil report for it.",
        fr: "Un tableau a des en-têtes mais aucune ligne, et aucun rapport « néant » ne le remplace.",
        es: "Un cuadro tiene encabezados pero ninguna fila, y no hay informe nulo que lo sustituya.",
    },
    message: Text {
        en: "The {table} table has no rows; if there were none during the year, tick the nil report for {table} instead.",
        fr: "Le tableau des {table} n’a aucune ligne ; s’il n’y en a eu aucune pendant l’année, cochez plutôt le rapport « néant » pour les {table}.",
        es: "El cuadro de {table} no tiene filas; si no hubo ninguna durante el año, marque en su lugar el informe nulo de {table}.",
    },
    implements: &[&spec::B_DIRECTION_NOT_REPORTED],
    details: "",
    example: None,
};

/// A plain number in a date field, read as a spreadsheet date serial.
pub static DATE_FROM_NUMBER: Rule = Rule {
    code: "ATT0134",
    name: "date-from-number",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A date was stored as a plain number; it was read as a spreadsheet date.",
        fr: "Une date était enregistrée comme un simple nombre ; elle a été lue comme une date de tableur.",
        es: "Una fecha estaba guardada como un número; se leyó como una fecha de hoja de cálculo.",
    },
    message: Text {
        en: "The number {number} was read as the date {date}; format the cell as a date to be sure.",
        fr: "Le nombre {number} a été lu comme la date du {date} ; appliquez un format de date à la cellule pour lever le doute.",
        es: "El número {number} se leyó como la fecha {date}; aplique un formato de fecha a la celda para evitar dudas.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// Amounts of a column were multiplied by the unit its heading gives.
pub static VALUE_MULTIPLIER: Rule = Rule {
    code: "ATT0135",
    name: "value-multiplier",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A value column is in thousands or millions; its amounts were multiplied out.",
        fr: "Une colonne de valeurs est exprimée en milliers ou en millions ; ses montants ont été multipliés en conséquence.",
        es: "Una columna de valores está en miles o millones; sus importes se multiplicaron en consecuencia.",
    },
    message: Text {
        en: "The heading “{heading}” gives the values in units of {multiplier}; each amount of the column was multiplied by {multiplier}.",
        fr: "L’en-tête « {heading} » donne les valeurs par unités de {multiplier} ; chaque montant de la colonne a été multiplié par {multiplier}.",
        es: "El encabezado «{heading}» da los valores en unidades de {multiplier}; cada importe de la columna se multiplicó por {multiplier}.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// A title-page field given twice with different values.
pub static FIELD_REPEATED: Rule = Rule {
    code: "ATT0136",
    name: "field-repeated",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A title-page field is given twice with different values; the first was kept.",
        fr: "Un champ de la page de titre figure deux fois avec des valeurs différentes ; la première a été retenue.",
        es: "Un campo de la portada figura dos veces con valores distintos; se conservó el primero.",
    },
    message: Text {
        en: "“{label}” is given again here as “{text}”; the value at {first} (“{kept}”) was kept.",
        fr: "« {label} » figure de nouveau ici avec « {text} » ; la valeur en {first} (« {kept} ») a été retenue.",
        es: "«{label}» figura de nuevo aquí como «{text}»; se conservó el valor de {first} («{kept}»).",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A sheet of reference text from the template, not read.
pub static REFERENCE_SHEET: Rule = Rule {
    code: "ATT0137",
    name: "reference-sheet",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A sheet holds the UN Register category definitions (Annex 1), which are reference text; it was not read.",
        fr: "Une feuille contient les définitions des catégories du Registre des Nations Unies (annexe 1), qui sont un texte de référence ; elle n’a pas été lue.",
        es: "Una hoja contiene las definiciones de categorías del Registro de las Naciones Unidas (anexo 1), que son un texto de referencia; no se leyó.",
    },
    message: Text {
        en: "Sheet “{sheet}” holds the UN Register category definitions (Annex 1), which are reference text; it was not read.",
        fr: "La feuille « {sheet} » contient les définitions des catégories du Registre des Nations Unies (annexe 1), qui sont un texte de référence ; elle n’a pas été lue.",
        es: "La hoja «{sheet}» contiene las definiciones de categorías del Registro de las Naciones Unidas (anexo 1), que son un texto de referencia; no se leyó.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A date whose day and month could be swapped, read day first.
pub static DATE_AMBIGUOUS: Rule = Rule {
    code: "ATT0138",
    name: "date-ambiguous",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A date could be read day first or month first; it was read day first.",
        fr: "Une date peut se lire le jour ou le mois en premier ; elle a été lue le jour en premier.",
        es: "Una fecha puede leerse con el día o con el mes primero; se leyó con el día primero.",
    },
    message: Text {
        en: "“{text}” was read day first, as {date}; write the date as YYYY-MM-DD or with the month in words to be sure.",
        fr: "« {text} » a été lu le jour en premier, comme le {date} ; écrivez la date au format AAAA-MM-JJ ou avec le mois en lettres pour lever le doute.",
        es: "«{text}» se leyó con el día primero, como {date}; escriba la fecha como AAAA-MM-DD o con el mes en letras para evitar dudas.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// A table that says neither by its title, its sheet nor its headings which direction it is.
pub static DIRECTION_UNKNOWN: Rule = Rule {
    code: "ATT0139",
    name: "direction-unknown",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table does not say whether it lists exports or imports; it was read as exports.",
        fr: "Un tableau n’indique pas s’il porte sur des exportations ou des importations ; il a été lu comme celui des exportations.",
        es: "Un cuadro no indica si enumera exportaciones o importaciones; se leyó como el de exportaciones.",
    },
    message: Text {
        en: "Neither the title, the sheet name nor the headings of this table say whether it lists exports or imports; it was read as exports. Give it a title (“Exports”, “Imports”) or name the partner column “Final importing State” or “Exporting State”.",
        fr: "Ni le titre, ni le nom de la feuille, ni les en-têtes de ce tableau n’indiquent s’il porte sur des exportations ou des importations ; il a été lu comme celui des exportations. Donnez-lui un titre (« Exportations », « Importations ») ou intitulez la colonne du partenaire « État importateur final » ou « État exportateur ».",
        es: "Ni el título, ni el nombre de la hoja, ni los encabezados de este cuadro indican si enumera exportaciones o importaciones; se leyó como el de exportaciones. Dele un título («Exportaciones», «Importaciones») o titule la columna del socio «Estado importador final» o «Estado exportador».",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "",
    example: None,
};

/// Values in a column beside a table that has no heading.
pub static UNREAD_COLUMN: Rule = Rule {
    code: "ATT0140",
    name: "unread-column",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A column of values beside a table has no heading; it was not read.",
        fr: "Une colonne de valeurs à côté d’un tableau n’a pas d’en-tête ; elle n’a pas été lue.",
        es: "Una columna de valores junto a un cuadro no tiene encabezado; no se leyó.",
    },
    message: Text {
        en: "Column {column} beside the {?table:{table} }table has no heading, so its {count} values ({range}, from “{text}”) were not read; give it a heading or delete it.",
        fr: "La colonne {column} à côté du tableau{?table: des {table}} n’a pas d’en-tête ; ses {count} valeurs ({range}, à partir de « {text} ») n’ont donc pas été lues. Donnez-lui un en-tête ou supprimez-la.",
        es: "La columna {column} junto al cuadro{?table: de {table}} no tiene encabezado, por lo que sus {count} valores ({range}, desde «{text}») no se leyeron; dele un encabezado o elimínela.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A hidden sheet in which nothing was recognised: lists behind drop-down menus, notes.
pub static HIDDEN_SHEET_UNREAD: Rule = Rule {
    code: "ATT0141",
    name: "hidden-sheet-unread",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A hidden sheet holds nothing att recognises (lists behind drop-down menus, notes); it was not read.",
        fr: "Une feuille masquée ne contient rien que att reconnaisse (listes de menus déroulants, notes) ; elle n’a pas été lue.",
        es: "Una hoja oculta no contiene nada que att reconozca (listas de menús desplegables, notas); no se leyó.",
    },
    message: Text {
        en: "Sheet “{sheet}” is hidden and holds no table, nil report or title-page field, only {count} cells such as “{text}” (lists behind drop-down menus?); it was not read.",
        fr: "La feuille « {sheet} » est masquée et ne contient aucun tableau, rapport « néant » ni champ de page de titre, seulement {count} cellules comme « {text} » (listes de menus déroulants ?) ; elle n’a pas été lue.",
        es: "La hoja «{sheet}» está oculta y no contiene ningún cuadro, informe nulo ni campo de portada, solo {count} celdas como «{text}» (¿listas de menús desplegables?); no se leyó.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// Every rule of the workbook reader, in code order.
pub static RULES: &[&Rule] = &[
    &HIDDEN_SHEET,
    &HIDDEN_ROWS,
    &HIDDEN_COLUMNS,
    &FORMULA_WITHOUT_RESULT,
    &FORMULA_ERROR,
    &REPEATED_HEADER,
    &UNREAD_CELL,
    &UNREAD_SHEET,
    &TABLE_NOT_RECOGNISED,
    &MERGED_CELL_IN_TABLE,
    &DIRECTION_CONFLICT,
    &DUPLICATE_COLUMN,
    &TEXT_TRUNCATED,
    &EMPTY_TABLE,
    &DATE_FROM_NUMBER,
    &VALUE_MULTIPLIER,
    &FIELD_REPEATED,
    &REFERENCE_SHEET,
    &DATE_AMBIGUOUS,
    &DIRECTION_UNKNOWN,
    &UNREAD_COLUMN,
    &HIDDEN_SHEET_UNREAD,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_range_unique_and_ordered() {
        let mut previous = "ATT0119";
        for rule in RULES {
            assert!(
                rule.code > previous && rule.code <= "ATT0159",
                "{} out of order or range",
                rule.code
            );
            previous = rule.code;
            for lang in att_schema::Lang::ALL {
                assert!(!rule.message.get(lang).is_empty() && !rule.summary.get(lang).is_empty());
            }
        }
    }
}
