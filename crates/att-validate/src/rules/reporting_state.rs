//! The reporting State (codes `ATT0201`–`ATT0202`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// The report does not say which State submits it.
pub static REPORTING_STATE_MISSING: Rule = Rule {
    code: "ATT0201",
    name: "reporting-state-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report does not name the reporting State.",
        fr: "Le rapport n’indique pas l’État déclarant.",
        es: "El informe no indica el Estado informante.",
    },
    message: Text {
        en: "The reporting State is missing: name the State Party that submits the report.",
        fr: "L’État déclarant n’est pas indiqué : nommez l’État partie qui soumet le rapport.",
        es: "Falta el Estado informante: indique el Estado parte que presenta el informe.",
    },
};
