//! The document's structure against the JSON Schema, where no more specific rule applies
//! (codes `ATT0001`–`ATT0099`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// The document is not of schema version 1.0.
pub static SCHEMA_VERSION: Rule = Rule {
    code: "ATT0001",
    name: "schema-version",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The document does not say it is of schema version 1.0.",
        fr: "Le document n’indique pas qu’il suit la version 1.0 du schéma.",
        es: "El documento no indica que siga la versión 1.0 del esquema.",
    },
    message: Text {
        en: "The schema version must be “1.0”{?found:; found {found}}.",
        fr: "La version du schéma doit être « 1.0 »{?found: ; trouvé : {found}}.",
        es: "La versión del esquema debe ser «1.0»{?found:; se encontró {found}}.",
    },
};

/// A field the report format requires is missing.
pub static FIELD_MISSING: Rule = Rule {
    code: "ATT0002",
    name: "field-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A field the report format requires is missing.",
        fr: "Un champ exigé par le format du rapport est absent.",
        es: "Falta un campo que exige el formato del informe.",
    },
    message: Text {
        en: "{field} is missing.",
        fr: "{field} : information manquante.",
        es: "Falta {field}.",
    },
};

/// A value is not of the kind its field needs.
pub static INVALID_VALUE: Rule = Rule {
    code: "ATT0003",
    name: "invalid-value",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A value is not of the kind its field needs (a number, a date, a code…).",
        fr: "Une valeur n’est pas du type attendu pour son champ (nombre, date, code…).",
        es: "Un valor no es del tipo que requiere su campo (número, fecha, código…).",
    },
    message: Text {
        en: "{field} must be {expected}; found {found}.",
        fr: "{field} doit être {expected} ; trouvé : {found}.",
        es: "{field} debe ser {expected}; se encontró {found}.",
    },
};

/// A value is not one of those its field allows.
pub static VALUE_NOT_ALLOWED: Rule = Rule {
    code: "ATT0004",
    name: "value-not-allowed",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "A value is not one of the values its field allows.",
        fr: "Une valeur ne fait pas partie des valeurs admises pour son champ.",
        es: "Un valor no es uno de los admitidos para su campo.",
    },
    message: Text {
        en: "{field} must be one of {allowed}; found {found}.",
        fr: "{field} doit être l’une des valeurs suivantes : {allowed} ; trouvé : {found}.",
        es: "{field} debe ser uno de estos valores: {allowed}; se encontró {found}.",
    },
};
