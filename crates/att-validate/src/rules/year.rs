//! The reporting year (codes `ATT0203`–`ATT0205`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// The report does not say which year it covers.
pub static YEAR_MISSING: Rule = Rule {
    code: "ATT0203",
    name: "year-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report does not give the calendar year it covers.",
        fr: "Le rapport n’indique pas l’année civile qu’il couvre.",
        es: "El informe no indica el año civil que abarca.",
    },
    message: Text {
        en: "The reporting year is missing: give the calendar year the report covers (for example 2023).",
        fr: "L’année du rapport n’est pas indiquée : donnez l’année civile couverte (par exemple 2023).",
        es: "Falta el año del informe: indique el año civil que abarca (por ejemplo, 2023).",
    },
};

/// The reporting year is not a whole year from 2014 on.
pub static YEAR_INVALID: Rule = Rule {
    code: "ATT0204",
    name: "year-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The reporting year is not a calendar year from 2014 on.",
        fr: "L’année du rapport n’est pas une année civile à partir de 2014.",
        es: "El año del informe no es un año civil a partir de 2014.",
    },
    message: Text {
        en: "The reporting year must be a calendar year from 2014 on (the Treaty entered into force in December 2014); found {found}.",
        fr: "L’année du rapport doit être une année civile à partir de 2014 (le Traité est entré en vigueur en décembre 2014) ; trouvé : {found}.",
        es: "El año del informe debe ser un año civil a partir de 2014 (el Tratado entró en vigor en diciembre de 2014); se encontró {found}.",
    },
};
