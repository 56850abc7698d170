//! The value of each entry and its currency (codes `ATT0240`–`ATT0243`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// A value is not an amount of 0 or more.
pub static VALUE_INVALID: Rule = Rule {
    code: "ATT0240",
    name: "value-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A value is not an amount of 0 or more.",
        fr: "Une valeur n’est pas un montant positif ou nul.",
        es: "Un valor no es un importe igual o mayor que 0.",
    },
    message: Text {
        en: "The value must be an amount of 0 or more, in units of the currency; found {found}.",
        fr: "La valeur doit être un montant positif ou nul, en unités de la monnaie ; trouvé : {found}.",
        es: "El valor debe ser un importe igual o mayor que 0, en unidades de la moneda; se encontró {found}.",
    },
};

/// A value has no currency.
pub static CURRENCY_MISSING: Rule = Rule {
    code: "ATT0241",
    name: "currency-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A value is given without its currency.",
        fr: "Une valeur est indiquée sans sa monnaie.",
        es: "Un valor se indica sin su moneda.",
    },
    message: Text {
        en: "The value has no currency: give its ISO 4217 code (USD, EUR, …) in a currency column, in the heading or beside the amount.",
        fr: "La valeur n’a pas de monnaie : indiquez son code ISO 4217 (USD, EUR…) dans une colonne, dans l’en-tête ou à côté du montant.",
        es: "El valor no tiene moneda: indique su código ISO 4217 (USD, EUR…) en una columna, en el encabezado o junto al importe.",
    },
};

/// A currency is not an ISO 4217 code.
pub static CURRENCY_INVALID: Rule = Rule {
    code: "ATT0242",
    name: "currency-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A currency is not an ISO 4217 code.",
        fr: "Une monnaie n’est pas un code ISO 4217.",
        es: "Una moneda no es un código ISO 4217.",
    },
    message: Text {
        en: "{found} is not an ISO 4217 currency code{?closest: (did you mean {closest}?)}.",
        fr: "{found} n’est pas un code de monnaie ISO 4217{?closest: (vouliez-vous dire {closest} ?)}.",
        es: "{found} no es un código de moneda ISO 4217{?closest: (¿quiso decir {closest}?)}.",
    },
};
