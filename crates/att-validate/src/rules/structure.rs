//! The document's structure against the JSON Schema, where no more specific rule applies
//! (codes `ATT0001`–`ATT0099`).

use super::{Check, Family};
use crate::fields;
use att_schema::{Arg, Diagnostic, Rule, RuleGroup, Severity, Text, spec};

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
    implements: &[&spec::A_LAYOUT],
    details: "`schema_version` is absent or is not `\"1.0\"`: the document is not of the version att reads, so its fields may mean something else.",
    example: Some(|| {
        Diagnostic::new(&SCHEMA_VERSION)
            .arg("found", Arg::Quoted("2.0".into()))
            .at("/schema_version")
    }),
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
        en: "{field} is missing{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "{field} : information manquante{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Falta {field}{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_CATEGORY, &spec::B_CURRENCY],
    details: "A field the format requires is absent and no more specific rule applies: the `national_category` of a national category, the `amount` of a value, the `status` or `entries` of a direction, the `definition` of a national definition. A near-misspelled unknown field beside it (`amuont`) is named in the message instead of being reported on its own.",
    example: Some(|| {
        Diagnostic::new(&FIELD_MISSING)
            .arg(
                "field",
                fields::label("/exports/entries/0/national_category"),
            )
            .at("/exports/entries/0/national_category")
    }),
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
    implements: &[&spec::B_REPORTING_STATE, &spec::B_PUBLIC],
    details: "A value is not of the kind its field needs and no more specific rule applies: a date not written YYYY-MM-DD, a State code not in capitals, yes/no written as text, a list where one value belongs.",
    example: Some(|| {
        Diagnostic::new(&INVALID_VALUE)
            .arg("field", fields::label("/submission/date"))
            .arg(
                "expected",
                Text {
                    en: "a date written YYYY-MM-DD",
                    fr: "une date au format AAAA-MM-JJ",
                    es: "una fecha con el formato AAAA-MM-DD",
                },
            )
            .arg("found", Arg::Quoted("28 May 2024".into()))
            .at("/submission/date")
    }),
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
    implements: &[&spec::B_BASIS, &spec::B_DIRECTION_NOT_REPORTED],
    details: "A value is not one of those its field allows: a direction’s `status` (reported, nil, not_reported) or `basis` (authorized, actual, both), an entry’s `basis` (authorized, actual).",
    example: Some(|| {
        Diagnostic::new(&VALUE_NOT_ALLOWED)
            .arg("field", fields::label("/imports/status"))
            .arg("allowed", "reported, nil, not_reported")
            .arg("found", Arg::Quoted("none".into()))
            .at("/imports/status")
    }),
};

/// The structure family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "structure",
    rules: &[
        &SCHEMA_VERSION,
        &FIELD_MISSING,
        &INVALID_VALUE,
        &VALUE_NOT_ALLOWED,
    ],
    check: Check::Schema,
};
