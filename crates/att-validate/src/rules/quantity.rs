//! Number of items and the presence of a quantity (codes `ATT0230`–`ATT0233`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// An entry has neither a number of items nor a value.
pub static NO_QUANTITY: Rule = Rule {
    code: "ATT0230",
    name: "no-quantity",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry has neither a number of items nor a value.",
        fr: "Une ligne n’a ni nombre d’articles ni valeur.",
        es: "Una fila no tiene ni número de artículos ni valor.",
    },
    message: Text {
        en: "This entry gives neither the number of items nor the value: give at least one of them.",
        fr: "Cette ligne n’indique ni le nombre d’articles ni la valeur : indiquez au moins l’un des deux.",
        es: "Esta fila no indica ni el número de artículos ni el valor: indique al menos uno de ellos.",
    },
};

/// The number of items is not a whole number of 0 or more.
pub static ITEMS_INVALID: Rule = Rule {
    code: "ATT0231",
    name: "items-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The number of items is negative, fractional or text (“several”, “approx. 40”, “10–20”).",
        fr: "Le nombre d’articles est négatif, fractionnaire ou textuel (« plusieurs », « env. 40 », « 10–20 »).",
        es: "El número de artículos es negativo, fraccionario o texto («varios», «aprox. 40», «10–20»).",
    },
    message: Text {
        en: "Number of items must be a whole number of 0 or more; found {found}.",
        fr: "Le nombre d’articles doit être un nombre entier positif ou nul ; trouvé : {found}.",
        es: "El número de artículos debe ser un número entero igual o mayor que 0; se encontró {found}.",
    },
};
