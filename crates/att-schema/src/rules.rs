//! Reading rules that every reader shares (codes `ATT0100`–`ATT0119`).
//!
//! Each reader may add rules of its own in its range: workbooks `ATT0120`–`ATT0159`, XML
//! `ATT0160`–`ATT0179`, JSON `ATT0180`–`ATT0199`. Rules about one report are `ATT02xx`, about
//! several reports `ATT03xx`, and about the document's structure against the schema `ATT00xx`.

use crate::diagnostic::{Arg, Diagnostic, Rule, RuleGroup, Severity};
use crate::lang::Text;
use crate::spec;

/// A field, element or attribute the report format does not have.
pub static UNKNOWN_FIELD: Rule = Rule {
    code: "ATT0101",
    name: "unknown-field",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A field, element or attribute that is not part of the report format was not read.",
        fr: "Un champ, élément ou attribut qui ne fait pas partie du format du rapport n’a pas été lu.",
        es: "No se leyó un campo, elemento o atributo que no forma parte del formato del informe.",
    },
    message: Text {
        en: "“{field}” is not part of the report format and was not read{?closest: (did you mean “{closest}”?)}.",
        fr: "« {field} » ne fait pas partie du format du rapport et n’a pas été lu{?closest: (vouliez-vous dire « {closest} » ?)}.",
        es: "«{field}» no forma parte del formato del informe y no se leyó{?closest: (¿quiso decir «{closest}»?)}.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "A JSON field, XML element or attribute that the report format does not have, with the known field nearest in spelling. Raised for JSON by the schema stage; a near-misspelling of a missing required field is named in that field’s finding instead.",
    example: Some(|| {
        Diagnostic::new(&UNKNOWN_FIELD)
            .arg("field", "coments")
            .arg("closest", "comments")
            .at("/exports/entries/0/coments")
    }),
};

/// The same field given twice in one object or element; the last one was kept.
pub static DUPLICATE_FIELD: Rule = Rule {
    code: "ATT0102",
    name: "duplicate-field",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "The same field is given twice in one place; only the last one was kept.",
        fr: "Le même champ figure deux fois au même endroit ; seul le dernier a été retenu.",
        es: "El mismo campo figura dos veces en el mismo lugar; solo se conservó el último.",
    },
    message: Text {
        en: "“{field}” is given more than once here; the value at {first} was replaced by this one.",
        fr: "« {field} » figure plus d’une fois ici ; la valeur en {first} a été remplacée par celle-ci.",
        es: "«{field}» figura más de una vez aquí; el valor en {first} se sustituyó por este.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "The same JSON field (or XML element that may occur once) given twice in one object; the last one is kept and the first is reported, so that nothing is dropped silently.",
    example: Some(|| {
        Diagnostic::new(&DUPLICATE_FIELD)
            .arg("field", "items")
            .arg("first", "14:18")
            .at("/exports/entries/0/items")
    }),
};

/// A number written as text, read as a number.
pub static NUMBER_AS_TEXT: Rule = Rule {
    code: "ATT0103",
    name: "number-as-text",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A number was written as text; it was read as a number.",
        fr: "Un nombre était écrit sous forme de texte ; il a été lu comme un nombre.",
        es: "Un número estaba escrito como texto; se leyó como número.",
    },
    message: Text {
        en: "The number “{text}” is written as text; it was read as {value}.",
        fr: "Le nombre « {text} » est écrit sous forme de texte ; il a été lu comme {value}.",
        es: "El número «{text}» está escrito como texto; se leyó como {value}.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "A number cell or value written as text (`\"40\"`) that the reader read as a number.",
    example: Some(|| {
        Diagnostic::new(&NUMBER_AS_TEXT)
            .arg("text", "40")
            .arg("value", "40")
            .at("/exports/entries/0/items")
    }),
};

/// A number with thousands or decimal separators whose reading depends on the locale.
pub static LOCALE_SEPARATORS: Rule = Rule {
    code: "ATT0104",
    name: "locale-separators",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A number uses separators whose meaning depends on the language; check how it was read.",
        fr: "Un nombre utilise des séparateurs dont le sens dépend de la langue ; vérifiez sa lecture.",
        es: "Un número usa separadores cuyo sentido depende del idioma; compruebe cómo se leyó.",
    },
    message: Text {
        en: "“{text}” was read as {value}{?alternative:, not {alternative}}; write the number without separators to be sure.",
        fr: "« {text} » a été lu comme {value}{?alternative:, et non {alternative}} ; écrivez le nombre sans séparateurs pour lever le doute.",
        es: "«{text}» se leyó como {value}{?alternative:, no como {alternative}}; escriba el número sin separadores para evitar dudas.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "A number with thousands or decimal separators whose reading depends on the language (“1.200”, “1,200”, “1 200”); the message says how it was read and how else it could be.",
    example: Some(|| {
        Diagnostic::new(&LOCALE_SEPARATORS)
            .arg("text", "1.200")
            .arg("value", "1200")
            .arg("alternative", "1.2")
            .at("/exports/entries/0/items")
    }),
};

/// A placeholder such as "-", "N/A" or "classified" where a number belongs.
pub static PLACEHOLDER_VALUE: Rule = Rule {
    code: "ATT0105",
    name: "placeholder-value",
    severity: Severity::Info,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A placeholder (“-”, “N/A”, “nil”, “classified”) stands where a number belongs; it was read as no value.",
        fr: "Un signe de remplacement (« - », « N/A », « néant », « confidentiel ») tient lieu de nombre ; il a été lu comme une absence de valeur.",
        es: "Un marcador («-», «N/A», «nada», «confidencial») ocupa el lugar de un número; se leyó como sin valor.",
    },
    message: Text {
        en: "“{text}” in {field} was read as no value.",
        fr: "« {text} » dans {field} a été lu comme une absence de valeur.",
        es: "«{text}» en {field} se leyó como sin valor.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "A placeholder (“-”, “N/A”, “nil”, “classified”) in a number cell, read as no value.",
    example: Some(|| {
        Diagnostic::new(&PLACEHOLDER_VALUE)
            .arg("text", "N/A")
            .arg(
                "field",
                text(
                    "Number of items",
                    "Nombre d’articles",
                    "Número de artículos",
                ),
            )
            .at("/exports/entries/0/items")
    }),
};

/// A currency written as a symbol or a generic name that several currencies share.
pub static CURRENCY_ASSUMED: Rule = Rule {
    code: "ATT0106",
    name: "currency-assumed",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A currency symbol or name that several currencies share was read as one of them.",
        fr: "Un symbole ou un nom de monnaie commun à plusieurs monnaies a été lu comme l’une d’elles.",
        es: "Un símbolo o nombre de moneda común a varias monedas se leyó como una de ellas.",
    },
    message: Text {
        en: "“{text}” was read as {currency}{?candidates: (it could also be {candidates})}; write the ISO 4217 code to be sure.",
        fr: "« {text} » a été lu comme {currency}{?candidates: (il pourrait aussi s’agir de {candidates})} ; indiquez le code ISO 4217 pour lever le doute.",
        es: "«{text}» se leyó como {currency}{?candidates: (también podría ser {candidates})}; indique el código ISO 4217 para evitar dudas.",
    },
    implements: &[&spec::A_WRITTEN_FORM, &spec::B_CURRENCY],
    details: "A currency written as a sign or name that several currencies share (“$”, “kr”, “dollars”), read as the reporting State’s currency or the usual one; the candidates are listed.",
    example: Some(|| {
        Diagnostic::new(&CURRENCY_ASSUMED)
            .arg("text", "$")
            .arg("currency", "USD")
            .arg("candidates", "AUD, CAD, NZD, USD…")
            .at("/exports/entries/0/value/currency")
    }),
};

/// Neither an exports nor an imports table (nor a nil report) was found.
pub static NO_TABLE: Rule = Rule {
    code: "ATT0107",
    name: "no-table",
    severity: Severity::Error,
    group: RuleGroup::Reading,
    summary: Text {
        en: "No exports or imports table, and no nil report, was found.",
        fr: "Aucun tableau des exportations ou des importations, ni aucun rapport « néant », n’a été trouvé.",
        es: "No se encontró ningún cuadro de exportaciones o importaciones ni ningún informe nulo.",
    },
    message: Text {
        en: "No exports or imports table was found{?closest:; the closest was “{closest}”}. Tables are found by their column headings (“Final importing State”, “Number of items”…).",
        fr: "Aucun tableau des exportations ou des importations n’a été trouvé{?closest: ; le plus proche était « {closest} »}. Les tableaux sont repérés par leurs en-têtes de colonnes (« État importateur final », « Nombre d’articles »…).",
        es: "No se encontró ningún cuadro de exportaciones o importaciones{?closest:; el más cercano era «{closest}»}. Los cuadros se identifican por sus encabezados de columna («Estado importador final», «Número de artículos»…).",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "No exports or imports table and no nil report anywhere in the input; the closest candidate table is named.",
    example: Some(|| Diagnostic::new(&NO_TABLE).arg("closest", "Transfers 2023")),
};

/// A column the template requires is missing from a table.
pub static COLUMN_MISSING: Rule = Rule {
    code: "ATT0108",
    name: "column-missing",
    severity: Severity::Error,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A required column was not found in a table.",
        fr: "Une colonne obligatoire est introuvable dans un tableau.",
        es: "No se encontró una columna obligatoria en un cuadro.",
    },
    message: Text {
        en: "The {table} table has no “{column}” column{?closest:; the closest heading is “{closest}”}.",
        fr: "Le tableau des {table} n’a pas de colonne « {column} »{?closest: ; l’en-tête le plus proche est « {closest} »}.",
        es: "El cuadro de {table} no tiene la columna «{column}»{?closest:; el encabezado más cercano es «{closest}»}.",
    },
    implements: &[&spec::A_NO_TABLE_OR_COLUMN],
    details: "A table lacks a required column (category, partner): one finding per table, naming the column and the heading nearest in spelling, not one per row.",
    example: Some(|| {
        Diagnostic::new(&COLUMN_MISSING)
            .arg("table", text("exports", "exportations", "exportaciones"))
            .arg("column", "Final importing State")
            .arg("closest", "Final importer")
            .at("/exports")
    }),
};

/// The template or layout of the input was not recognised.
pub static LAYOUT_NOT_RECOGNISED: Rule = Rule {
    code: "ATT0109",
    name: "layout-not-recognised",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "The template version or layout was not recognised; the report was read by its headings.",
        fr: "La version du modèle ou la présentation n’a pas été reconnue ; le rapport a été lu d’après ses en-têtes.",
        es: "No se reconoció la versión de la plantilla ni el formato; el informe se leyó por sus encabezados.",
    },
    message: Text {
        en: "The layout “{layout}” is not one the toolkit knows; the report was read by its headings, so check the result.",
        fr: "La présentation « {layout} » n’est pas connue de l’outil ; le rapport a été lu d’après ses en-têtes, vérifiez le résultat.",
        es: "El formato «{layout}» no es uno que la herramienta conozca; el informe se leyó por sus encabezados, compruebe el resultado.",
    },
    implements: &[&spec::A_LAYOUT],
    details: "The template version or layout named or recognised in the input is not one att knows; the report is read by its headings.",
    example: Some(|| {
        Diagnostic::new(&LAYOUT_NOT_RECOGNISED).arg("layout", Arg::Text("ATT 2025 draft".into()))
    }),
};

/// Every rule of this module.
pub static READING_RULES: &[&Rule] = &[
    &UNKNOWN_FIELD,
    &DUPLICATE_FIELD,
    &NUMBER_AS_TEXT,
    &LOCALE_SEPARATORS,
    &PLACEHOLDER_VALUE,
    &CURRENCY_ASSUMED,
    &NO_TABLE,
    &COLUMN_MISSING,
    &LAYOUT_NOT_RECOGNISED,
];

const fn text(en: &'static str, fr: &'static str, es: &'static str) -> Text {
    Text { en, fr, es }
}
