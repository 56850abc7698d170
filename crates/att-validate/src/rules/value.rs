//! The value of each entry and its currency (codes `ATT0240`–`ATT0243`).

use super::{Check, Family};
use crate::context::ReportContext;
use att_schema::codes::{CurrencyMatch, State, currency_by_code, resolve_currency};
use att_schema::{Arg, Diagnostic, DirectionKind, Rule, RuleGroup, Severity, Text, spec};

use super::directions::direction_name;

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
    implements: &[&spec::B_CURRENCY],
    details: "Raised by the contract check when `value.amount` is negative or is text the reader could not read as a number.",
    example: Some(|| {
        Diagnostic::new(&VALUE_INVALID)
            .arg("found", Arg::Quoted("lots".into()))
            .at("/exports/entries/0/value/amount")
    }),
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
        en: "The value has no currency: give its ISO 4217 code (USD, EUR, …) in a currency column, in the heading or beside the amount{?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "La valeur n’a pas de monnaie : indiquez son code ISO 4217 (USD, EUR…) dans une colonne, dans l’en-tête ou à côté du montant{?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "El valor no tiene moneda: indique su código ISO 4217 (USD, EUR…) en una columna, en el encabezado o junto al importe{?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_CURRENCY],
    details: "Raised by the contract check when a value has an amount and no currency.",
    example: Some(|| Diagnostic::new(&CURRENCY_MISSING).at("/exports/entries/0/value/currency")),
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
        en: "{found} is not an ISO 4217 currency code{?closest: (did you mean {closest}, {closest_name}?)}.",
        fr: "{found} n’est pas un code de monnaie ISO 4217{?closest: (vouliez-vous dire {closest}, {closest_name} ?)}.",
        es: "{found} no es un código de moneda ISO 4217{?closest: (¿quiso decir {closest}, {closest_name}?)}.",
    },
    implements: &[&spec::B_CURRENCY],
    details: "A currency that is not an active ISO 4217 code: text such as “kronor” or “€” (raised by the contract check), or three capital letters that are no code (`XYZ`). When the text names one currency (a symbol, a name in one of the three languages, the reporting State’s currency for a shared sign such as “kr”), the message suggests its code.",
    example: Some(|| {
        Diagnostic::new(&CURRENCY_INVALID)
            .arg("found", Arg::Quoted("euros".into()))
            .arg("closest", "EUR")
            .arg(
                "closest_name",
                Text {
                    en: "Euro",
                    fr: "Euro",
                    es: "Euro",
                },
            )
            .at("/exports/entries/0/value/currency")
    }),
};

/// One direction uses several currencies.
pub static CURRENCIES_MIXED: Rule = Rule {
    code: "ATT0243",
    name: "currencies-mixed",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "The values of one direction are in more than one currency.",
        fr: "Les valeurs d’un même sens de transfert sont exprimées en plusieurs monnaies.",
        es: "Los valores de un mismo sentido de transferencia están en más de una moneda.",
    },
    message: Text {
        en: "The {direction} values are in several currencies ({currencies}); totals and comparisons need one currency, so convert them if you can, or check each currency is right.",
        fr: "Les valeurs des {direction} sont exprimées en plusieurs monnaies ({currencies}) ; les totaux et les comparaisons demandent une seule monnaie : convertissez-les si possible, ou vérifiez chaque monnaie.",
        es: "Los valores de {direction} están en varias monedas ({currencies}); los totales y las comparaciones requieren una sola moneda, así que conviértalos si es posible o compruebe cada moneda.",
    },
    implements: &[&spec::B_CURRENCIES_MIXED],
    details: "The valid currencies of one direction’s values are not all the same; once per direction, at the first entry whose currency differs from the first one, listing every currency with the number of values in it.",
    example: Some(|| {
        Diagnostic::new(&CURRENCIES_MIXED)
            .arg("direction", direction_name(DirectionKind::Exports))
            .arg("currencies", "SEK ×3, EUR ×1")
            .at("/exports/entries/3/value/currency")
    }),
};

/// Adds the currency that `text` most likely means to a [`CURRENCY_INVALID`] finding.
pub fn with_closest_currency(
    diagnostic: Diagnostic,
    text: &str,
    home_state: Option<&State>,
) -> Diagnostic {
    let currency = match resolve_currency(text, home_state) {
        CurrencyMatch::Found(currency) => currency,
        CurrencyMatch::Assumed { currency, .. } => currency,
        CurrencyMatch::Unknown => return diagnostic,
    };
    diagnostic.arg("closest", currency.code).arg(
        "closest_name",
        Text {
            en: currency.name(att_schema::Lang::En),
            fr: currency.name(att_schema::Lang::Fr),
            es: currency.name(att_schema::Lang::Es),
        },
    )
}

/// The value family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "value",
    rules: &[
        &VALUE_INVALID,
        &CURRENCY_MISSING,
        &CURRENCY_INVALID,
        &CURRENCIES_MIXED,
    ],
    check: Check::Report(check),
};

/// Reports currencies that are not ISO 4217 codes and directions with several currencies.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    for kind in DirectionKind::ALL {
        let mut seen: Vec<(&str, usize)> = Vec::new();
        let mut first_other: Option<String> = None;
        for entry in cx.entries().filter(|entry| entry.direction == kind) {
            let pointer = || format!("{}/currency", entry.field("value"));
            let Some(code) = entry
                .entry
                .value
                .as_ref()
                .and_then(|value| value.currency.as_deref())
            else {
                continue;
            };
            if !cx.is_clear_at(pointer) {
                continue;
            }
            if currency_by_code(code).is_none() {
                out.push(with_closest_currency(
                    Diagnostic::new(&CURRENCY_INVALID)
                        .arg("found", Arg::Quoted(crate::shorten(code)))
                        .at(pointer()),
                    code,
                    cx.reporting_state,
                ));
                continue;
            }
            match seen.iter_mut().find(|(seen, _)| *seen == code) {
                Some((_, count)) => *count += 1,
                None => {
                    if !seen.is_empty() && first_other.is_none() {
                        first_other = Some(pointer());
                    }
                    seen.push((code, 1));
                }
            }
        }
        if let Some(pointer) = first_other {
            let currencies: Vec<String> = seen
                .iter()
                .map(|(code, count)| format!("{code} ×{count}"))
                .collect();
            out.push(
                Diagnostic::new(&CURRENCIES_MIXED)
                    .arg("direction", direction_name(kind))
                    .arg("currencies", currencies.join(", "))
                    .at(pointer),
            );
        }
    }
}
