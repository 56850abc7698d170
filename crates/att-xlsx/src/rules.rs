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
        en: "A value column, or a whole table as a line above it says, is in thousands or millions; its amounts were multiplied out.",
        fr: "Une colonne de valeurs, ou tout un tableau comme le dit une ligne au-dessus, est exprimé en milliers ou en millions ; ses montants ont été multipliés en conséquence.",
        es: "Una columna de valores, o toda una tabla según una línea encima de ella, está en miles o millones; sus importes se multiplicaron en consecuencia.",
    },
    message: Text {
        en: "“{heading}” gives the values in units of {multiplier}; each amount it applies to was multiplied by {multiplier}.",
        fr: "« {heading} » donne les valeurs par unités de {multiplier} ; chaque montant concerné a été multiplié par {multiplier}.",
        es: "«{heading}» da los valores en unidades de {multiplier}; cada importe afectado se multiplicó por {multiplier}.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "Raised at a value column's heading that gives a multiplier (`Value (in thousands of EUR)`, `Valor (miles de USD)`), or at a line above a table, or a section title's qualifier, that states the units of the whole table (`Montants en milliers d'euros`, `EXPORTS (values in EUR million)`) where its headings give none; the line's currency is the table's too.",
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

/// A column's role was decided from its content: its heading is unknown or absent, or competes
/// with another column's.
pub static COLUMN_READ_FROM_CONTENT: Rule = Rule {
    code: "ATT0142",
    name: "column-read-from-content",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A column was read as a field of the report because of what its cells hold, not its heading.",
        fr: "Une colonne a été lue comme un champ du rapport d’après le contenu de ses cellules, et non d’après son en-tête.",
        es: "Una columna se leyó como un campo del informe por el contenido de sus celdas, no por su encabezado.",
    },
    message: Text {
        en: "The column {?heading:“{heading}” }{?unheaded:{column}, which has no heading, }at {cell} was read as “{field}”: {fitting} of its {telling} cells {evidence}.",
        fr: "La colonne {?heading:« {heading} » }{?unheaded:{column}, qui n’a pas d’en-tête, }en {cell} a été lue comme « {field} » : {fitting} de ses {telling} cellules {evidence}.",
        es: "La columna {?heading:«{heading}» }{?unheaded:{column}, que no tiene encabezado, }en {cell} se leyó como «{field}»: {fitting} de sus {telling} celdas {evidence}.",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "A column whose heading the vocabulary does not know, that has no heading, or whose heading claims a field another column's cells fit better, was given the role its cells show plainly: State names or codes (a party), categories, national control-list codes, whole numbers (items), amounts (a value), currencies, authorized/actual, worded free text (the description, only under a heading). Raised once per column, with the count of its cells of that kind; never for a column whose heading names a field outside the report (a licence number, a date, an end user) nor for codes or identifiers.",
    example: None,
};

/// A column of national control-list codes beside a column of Treaty categories.
pub static CONTROL_CODES_SET_ASIDE: Rule = Rule {
    code: "ATT0143",
    name: "control-codes-set-aside",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A column of national control-list codes stands beside the column of Treaty categories; it was not read.",
        fr: "Une colonne de codes d’une liste de contrôle nationale se trouve à côté de la colonne des catégories du Traité ; elle n’a pas été lue.",
        es: "Una columna de códigos de una lista de control nacional está junto a la columna de categorías del Tratado; no se leyó.",
    },
    message: Text {
        en: "The column “{heading}” at {cell} holds national control-list codes (“{example}”), not Treaty categories; the categories were read from “{category}” at {category_cell}, so this column was not read. Give its codes in Annex 2 or in the comments if they matter.",
        fr: "La colonne « {heading} » en {cell} contient des codes d’une liste de contrôle nationale (« {example} »), et non des catégories du Traité ; les catégories ont été lues dans « {category} » en {category_cell}, et cette colonne n’a donc pas été lue. Indiquez ces codes à l’annexe 2 ou dans les observations s’ils importent.",
        es: "La columna «{heading}» en {cell} contiene códigos de una lista de control nacional («{example}»), no categorías del Tratado; las categorías se leyeron de «{category}» en {category_cell}, por lo que esta columna no se leyó. Indique esos códigos en el anexo 2 o en las observaciones si importan.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "A column of national or multilateral control-list codes (`ML10.c2`, `KM 4`, `0A501`) claims the category beside a column of Treaty categories: the Treaty categories are read and this column is not (where no Treaty category column exists, the codes become the national category instead, reported by ATT0142).",
    example: None,
};

/// A second column names the same States as the partner column, another way.
pub static PARTNERS_NAMED_TWICE: Rule = Rule {
    code: "ATT0144",
    name: "partners-named-twice",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A second column names, row by row, the same States as the partner column (in another language); the partner column was read.",
        fr: "Une seconde colonne nomme, ligne par ligne, les mêmes États que la colonne du partenaire (dans une autre langue) ; la colonne du partenaire a été lue.",
        es: "Una segunda columna nombra, fila por fila, los mismos Estados que la columna del socio (en otro idioma); se leyó la columna del socio.",
    },
    message: Text {
        en: "The column {?heading:“{heading}” }at {cell} names the same States as the column “{partner}” at {partner_cell}, row by row; the States were read from the latter.",
        fr: "La colonne {?heading:« {heading} » }en {cell} nomme les mêmes États que la colonne « {partner} » en {partner_cell}, ligne par ligne ; les États ont été lus dans cette dernière.",
        es: "La columna {?heading:«{heading}» }en {cell} nombra los mismos Estados que la columna «{partner}» en {partner_cell}, fila por fila; los Estados se leyeron de esta última.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "A second party column names, row by row, the same States as the partner column (a table in two languages: `Land` and `Pays`); the partner column is read and the second is not, so nothing is lost.",
    example: None,
};

/// A column names the reporting State itself on every row.
pub static REPORTER_COLUMN: Rule = Rule {
    code: "ATT0145",
    name: "reporter-column",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A party column names the same State on every row while another names the partners: it was read as the reporting State's own column.",
        fr: "Une colonne de parties nomme le même État sur chaque ligne tandis qu’une autre nomme les partenaires : elle a été lue comme la colonne de l’État déclarant lui-même.",
        es: "Una columna de partes nombra el mismo Estado en cada fila mientras otra nombra a los socios: se leyó como la columna del propio Estado informante.",
    },
    message: Text {
        en: "The column “{heading}” at {cell} names {state} on every row: it was read as the reporting State, and “{partner}” at {partner_cell} as the partner.",
        fr: "La colonne « {heading} » en {cell} nomme {state} sur chaque ligne : elle a été lue comme l’État déclarant, et « {partner} » en {partner_cell} comme le partenaire.",
        es: "La columna «{heading}» en {cell} nombra a {state} en cada fila: se leyó como el Estado informante, y «{partner}» en {partner_cell} como el socio.",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "Of two party columns, one names the same State on every row while the other names several: the first is the reporting State's own column (`Exporter` in a table of exports) and gives the report its reporting State where the title page does not.",
    example: None,
};

/// A row of a table is a total or a sub-total.
pub static TOTAL_ROW: Rule = Rule {
    code: "ATT0146",
    name: "total-row",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A total or sub-total row of a table was read as a total, not as an entry.",
        fr: "Une ligne de total ou de sous-total d’un tableau a été lue comme un total, et non comme une ligne de transfert.",
        es: "Una fila de total o subtotal de un cuadro se leyó como un total, no como una fila de transferencia.",
    },
    message: Text {
        en: "Row {row}{?text: (“{text}”)} is a total; it was checked against the rows it totals and not read as an entry.",
        fr: "La ligne {row}{?text: (« {text} »)} est un total ; elle a été comparée aux lignes qu’elle totalise et n’a pas été lue comme une ligne de transfert.",
        es: "La fila {row}{?text: («{text}»)} es un total; se comparó con las filas que totaliza y no se leyó como una fila de transferencia.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "A row labelled as a total or sub-total (`Total`, `Grand total`, `Subtotal (cat. III)`, `Total général`, a matrix row of figures without a partner) is not an entry: it is reported once and its figures are checked (ATT0147).",
    example: None,
};

/// A total is not the sum of the rows it totals.
pub static TOTAL_MISMATCH: Rule = Rule {
    code: "ATT0147",
    name: "total-mismatch",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A total or sub-total is not the sum of the rows it totals.",
        fr: "Un total ou un sous-total n’est pas la somme des lignes qu’il totalise.",
        es: "Un total o subtotal no es la suma de las filas que totaliza.",
    },
    message: Text {
        en: "The total{?text: “{text}”} at {cell} is {total}, but the {count} entries it totals add up to {sum}; check their figures or the total.",
        fr: "Le total{?text: « {text} »} en {cell} vaut {total}, mais les {count} lignes de transfert qu’il totalise font {sum} ; vérifiez leurs chiffres ou le total.",
        es: "El total{?text: «{text}»} en {cell} es {total}, pero las {count} filas de transferencia que totaliza suman {sum}; compruebe sus cifras o el total.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "A total's figure differs from the sum of the entries it totals: a grand total against every entry of its table (above it, or below it when it stands above the rows), a sub-total against the entries since the previous sub-total or category group row, a matrix row total against the row's cells. Placed at the total's cell.",
    example: None,
};

/// A table was read as a matrix: partners as rows, categories as columns.
pub static MATRIX_TABLE: Rule = Rule {
    code: "ATT0148",
    name: "matrix-table",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table with partners as rows and categories as columns was read as a matrix: one entry per filled cell.",
        fr: "Un tableau qui présente les partenaires en lignes et les catégories en colonnes a été lu comme une matrice : une ligne de transfert par cellule remplie.",
        es: "Un cuadro con los socios en filas y las categorías en columnas se leyó como una matriz: una fila de transferencia por celda llena.",
    },
    message: Text {
        en: "The table whose category columns start at {cell} (“{first}”) was read as a matrix: each filled cell of its {count} category columns is one entry for the partner of its row, its figures read as {?items:numbers of items}{?value:values{?currency: in {currency}}}.",
        fr: "Le tableau dont les colonnes de catégories commencent en {cell} (« {first} ») a été lu comme une matrice : chaque cellule remplie de ses {count} colonnes de catégories est une ligne de transfert pour le partenaire de sa ligne, ses chiffres étant lus comme {?items:des nombres d’articles}{?value:des valeurs{?currency: en {currency}}}.",
        es: "El cuadro cuyas columnas de categorías empiezan en {cell} («{first}») se leyó como una matriz: cada celda llena de sus {count} columnas de categorías es una fila de transferencia para el socio de su fila, y sus cifras se leyeron como {?items:números de artículos}{?value:valores{?currency: en {currency}}}.",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "A table whose columns, under headings the vocabulary does not know as columns, name categories (`KM 1`, `II`, `Battle tanks`) and hold figures, with partners as rows, is read as a matrix: one entry per filled cell. Its figures are values where a heading or the title above the table names a currency or speaks of value, or where they have fractions or reach 100,000; numbers of items otherwise.",
    example: None,
};

/// Values that give no currency were read in the reporting State's currency.
pub static CURRENCY_FROM_REPORTING_STATE: Rule = Rule {
    code: "ATT0149",
    name: "currency-from-reporting-state",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "The values of a table give no currency anywhere; they were read in the reporting State's currency.",
        fr: "Les valeurs d’un tableau n’indiquent de monnaie nulle part ; elles ont été lues dans la monnaie de l’État déclarant.",
        es: "Los valores de un cuadro no indican moneda en ninguna parte; se leyeron en la moneda del Estado informante.",
    },
    message: Text {
        en: "The values of this table give no currency, neither in their cells, nor in a heading, nor in the title; they were read in {currency}, the currency of {state}. Write the currency in the value heading to be sure.",
        fr: "Les valeurs de ce tableau n’indiquent aucune monnaie, ni dans leurs cellules, ni dans un en-tête, ni dans le titre ; elles ont été lues en {currency}, la monnaie de l’État déclarant ({state}). Indiquez la monnaie dans l’en-tête de la valeur pour lever le doute.",
        es: "Los valores de este cuadro no indican ninguna moneda, ni en sus celdas, ni en un encabezado, ni en el título; se leyeron en {currency}, la moneda del Estado informante ({state}). Indique la moneda en el encabezado del valor para evitar dudas.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "Values of a table (a national statistics matrix) give no currency anywhere — not in their cells, their number formats, a heading or the title — and the reporting State is known: they are read in its currency, reported once at the table.",
    example: None,
};

/// The reporting State or the year was read from a title line.
pub static TITLE_LINE: Rule = Rule {
    code: "ATT0150",
    name: "title-line",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "No label gives the reporting State or the year; they were read from a title line that gives them, together (“Annual report of Norway, 2021”) or apart (“Republic of South Africa — National Conventional Arms Control Committee”, “… for the calendar year 2019”).",
        fr: "Aucune étiquette n’indique l’État déclarant ou l’année ; ils ont été lus dans une ligne de titre qui les donne, ensemble (« Rapport annuel de la France, 2021 ») ou séparément (« Rapport annuel de la France », « … pour l’année civile 2019 »).",
        es: "Ninguna etiqueta indica el Estado informante o el año; se leyeron de una línea de título que los da, juntos («Informe de Chile — año 2019») o por separado («Informe anual de Chile», «… para el año civil 2019»).",
    },
    message: Text {
        en: "The title “{text}” was read as giving {?state:the reporting State ({state})}{?both: and }{?year:the year ({year})}.",
        fr: "Le titre « {text} » a été lu comme indiquant {?state:l’État déclarant ({state})}{?both: et }{?year:l’année ({year})}.",
        es: "El título «{text}» se leyó como indicación de {?state:el Estado informante ({state})}{?both: y }{?year:el año ({year})}.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "No label gives the reporting State or the year, and a line of its own gives them together (`Annual report of Norway, 2021`, `Informe de Chile — año 2019`) or apart (`Republic of South Africa — National Conventional Arms Control Committee`, `Government of Canada`, `… for the calendar year 2019`): they are read from it. Above the first table of a sheet, before any entry is read, a line that is a State's name alone (`Estados Unidos Mexicanos`) gives the reporting State when no other line does. A sentence that merely mentions a year is not a title line.",
    example: None,
};

/// The year was read from a sheet's name.
pub static YEAR_FROM_SHEET_NAME: Rule = Rule {
    code: "ATT0151",
    name: "year-from-sheet-name",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "No label or title gives the year; it was read from a sheet's name.",
        fr: "Aucune étiquette ni aucun titre n’indique l’année ; elle a été lue dans le nom d’une feuille.",
        es: "Ninguna etiqueta ni ningún título indica el año; se leyó del nombre de una hoja.",
    },
    message: Text {
        en: "The year {year} was read from the name of the sheet “{sheet}”; give it on the title page (“Calendar year: {year}”) to be sure.",
        fr: "L’année {year} a été lue dans le nom de la feuille « {sheet} » ; indiquez-la sur la page de titre (« Année civile : {year} ») pour lever le doute.",
        es: "El año {year} se leyó del nombre de la hoja «{sheet}»; indíquelo en la portada («Año civil: {year}») para evitar dudas.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "No label or title gives the year, and a sheet's name carries one (`Exportations 2021`, `Exports_2019`): the year is read from the first such name.",
    example: None,
};

/// A table lists an exporter and an importer on every row, the reporting State on one side.
pub static EXPORTER_IMPORTER_TABLE: Rule = Rule {
    code: "ATT0152",
    name: "exporter-importer-table",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A table names an exporter and an importer on every row, one of them the same State throughout: each row was read as an export or an import of that State.",
        fr: "Un tableau nomme un exportateur et un importateur sur chaque ligne, l’un d’eux étant partout le même État : chaque ligne a été lue comme une exportation ou une importation de cet État.",
        es: "Un cuadro nombra un exportador y un importador en cada fila, uno de ellos siempre el mismo Estado: cada fila se leyó como una exportación o una importación de ese Estado.",
    },
    message: Text {
        en: "The table at {cell} names an exporter (“{exporter}”) and an importer (“{importer}”) on every row, and {state} on every row: its rows were read as exports where {state} exports and as imports where it imports.",
        fr: "Le tableau en {cell} nomme un exportateur (« {exporter} ») et un importateur (« {importer} ») sur chaque ligne, et l’État {state} sur chaque ligne : ses lignes ont été lues comme des exportations là où cet État exporte, et comme des importations là où il importe.",
        es: "El cuadro en {cell} nombra un exportador («{exporter}») y un importador («{importer}») en cada fila, y el Estado {state} en cada fila: sus filas se leyeron como exportaciones donde ese Estado exporta y como importaciones donde importa.",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "A table has an exporter and an importer column, and one State stands on every row in one of them (the UN Register's published tables): each row is an export of that State where it is the exporter and an import where it is the importer, and the other column is the partner.",
    example: None,
};

/// A value was read beyond its strict form.
pub static READ_LENIENTLY: Rule = Rule {
    code: "ATT0153",
    name: "read-leniently",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A value was read beyond its strict form (a year or date written with words, “Y” for yes, an amount with a multiplier word); what it was read as is said at its cell.",
        fr: "Une valeur a été lue au-delà de sa forme stricte (une année ou une date écrite en toutes lettres, « O » pour oui, un montant avec un multiplicateur en lettres) ; ce qui a été lu est indiqué à sa cellule.",
        es: "Un valor se leyó más allá de su forma estricta (un año o una fecha escritos con palabras, «S» por sí, un importe con un multiplicador en palabras); lo que se leyó se indica en su celda.",
    },
    message: Text {
        en: "“{text}” was read as {value} ({how}). To be sure, write {expected}.",
        fr: "« {text} » a été lu comme {value} ({how}). Pour lever le doute, écrivez {expected}.",
        es: "«{text}» se leyó como {value} ({how}). Para evitar dudas, escriba {expected}.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "Raised once at the cell where a value was read leniently: a year given with words around it (`Calendar year 2023`), a date written other than `YYYY-MM-DD` (`27 May 2024`, `27/05/2024`; an ambiguous one is ATT0138 instead), a tick written as an abbreviation or with a remark (`Y`, `S`, `oui (1)`), an amount written with a multiplier word (`1,5 million`).",
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
    &COLUMN_READ_FROM_CONTENT,
    &CONTROL_CODES_SET_ASIDE,
    &PARTNERS_NAMED_TWICE,
    &REPORTER_COLUMN,
    &TOTAL_ROW,
    &TOTAL_MISMATCH,
    &MATRIX_TABLE,
    &CURRENCY_FROM_REPORTING_STATE,
    &TITLE_LINE,
    &YEAR_FROM_SHEET_NAME,
    &EXPORTER_IMPORTER_TABLE,
    &READ_LENIENTLY,
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
