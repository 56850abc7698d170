//! The partner State of each entry (codes `ATT0220`–`ATT0225`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// An entry does not name the State it went to or came from.
pub static PARTNER_MISSING: Rule = Rule {
    code: "ATT0220",
    name: "partner-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "An entry does not name the importing or exporting State (a warning when the report declares withheld information).",
        fr: "Une ligne n’indique pas l’État importateur ou exportateur (avertissement si le rapport déclare des informations non communiquées).",
        es: "Una fila no indica el Estado importador o exportador (advertencia si el informe declara información no divulgada).",
    },
    message: Text {
        en: "{field} is missing{?withheld:; the report declares withheld information, so say in the comments that this partner was withheld}.",
        fr: "{field} : information manquante{?withheld: ; le rapport déclare des informations non communiquées, indiquez donc dans les observations que ce partenaire n’est pas communiqué}.",
        es: "Falta {field}{?withheld:; el informe declara información no divulgada, así que indique en las observaciones que este socio no se divulga}.",
    },
};
