//! Exports and imports as a whole: reported, nil, or missing (codes `ATT0206`–`ATT0209`).

use att_schema::{Rule, RuleGroup, Severity, Text};

/// A direction is neither reported nor declared nil.
pub static DIRECTION_NOT_REPORTED: Rule = Rule {
    code: "ATT0206",
    name: "direction-not-reported",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "Exports or imports are neither reported nor declared nil.",
        fr: "Les exportations ou les importations ne sont ni déclarées ni signalées « néant ».",
        es: "Las exportaciones o las importaciones no se declaran ni se indican como informe nulo.",
    },
    message: Text {
        en: "The report says nothing about {direction}: fill in the table, or make a nil report if there were none.",
        fr: "Le rapport ne dit rien des {direction} : remplissez le tableau, ou faites un rapport « néant » s’il n’y en a pas eu.",
        es: "El informe no dice nada de las {direction}: complete el cuadro o presente un informe nulo si no las hubo.",
    },
};
