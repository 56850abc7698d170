//! Reading rules of the XML reader (codes `ATT0160`–`ATT0179`).
//!
//! Unknown elements and attributes are reported with the shared
//! [`UNKNOWN_FIELD`](att_schema::rules::UNKNOWN_FIELD), repeated elements with
//! [`DUPLICATE_FIELD`](att_schema::rules::DUPLICATE_FIELD); the rules below are the problems only
//! XML has.

use att_schema::{Rule, RuleGroup, Severity, Text, spec};

/// Text where the format has only elements (between the fields of an entry, inside a party).
pub static STRAY_TEXT: Rule = Rule {
    code: "ATT0160",
    name: "xml-stray-text",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "Text stands where the XML format has only elements; it was not read.",
        fr: "Du texte figure là où le format XML n’attend que des éléments ; il n’a pas été lu.",
        es: "Hay texto donde el formato XML solo admite elementos; no se leyó.",
    },
    message: Text {
        en: "The text {text} inside <{element}> is not part of the report format and was not read{?attribute: (write it as the attribute {attribute}=\"…\")}.",
        fr: "Le texte {text} dans <{element}> ne fait pas partie du format du rapport et n’a pas été lu{?attribute: (écrivez-le dans l’attribut {attribute}=\"…\")}.",
        es: "El texto {text} dentro de <{element}> no forma parte del formato del informe y no se leyó{?attribute: (escríbalo en el atributo {attribute}=\"…\")}.",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// An element with the name of a report element, but outside the report's namespace.
pub static OUTSIDE_NAMESPACE: Rule = Rule {
    code: "ATT0161",
    name: "xml-element-outside-namespace",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "An element has the name of a report element but is not in the report’s namespace; it was not read.",
        fr: "Un élément porte le nom d’un élément du rapport mais n’est pas dans l’espace de noms du rapport ; il n’a pas été lu.",
        es: "Un elemento tiene el nombre de un elemento del informe pero no está en el espacio de nombres del informe; no se leyó.",
    },
    message: Text {
        en: "<{element}> is {?namespace:in the namespace {namespace}}{?unqualified:in no namespace}, not in the report’s, so it was not read; put it in the namespace of its parent <{parent}> ({expected}).",
        fr: "<{element}> {?namespace:est dans l’espace de noms {namespace}}{?unqualified:n’est dans aucun espace de noms}, et non dans celui du rapport ; il n’a donc pas été lu. Placez-le dans l’espace de noms de son parent <{parent}> ({expected}).",
        es: "<{element}> {?namespace:está en el espacio de nombres {namespace}}{?unqualified:no está en ningún espacio de nombres}, y no en el del informe, por lo que no se leyó; póngalo en el espacio de nombres de su elemento padre <{parent}> ({expected}).",
    },
    implements: &[&spec::A_UNMAPPED],
    details: "",
    example: None,
};

/// A `raw` attribute whose value is not one of the kinds the format knows.
pub static RAW_KIND_UNKNOWN: Rule = Rule {
    code: "ATT0162",
    name: "xml-raw-kind-unknown",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A raw attribute names a kind of value the format does not know; it was ignored.",
        fr: "Un attribut raw désigne un type de valeur que le format ne connaît pas ; il a été ignoré.",
        es: "Un atributo raw indica un tipo de valor que el formato no conoce; se ignoró.",
    },
    message: Text {
        en: "raw={found} is not one of text, number, boolean or json; the attribute was ignored and the value read as if it were absent.",
        fr: "raw={found} n’est pas l’une des valeurs text, number, boolean ou json ; l’attribut a été ignoré et la valeur lue comme en son absence.",
        es: "raw={found} no es ninguno de text, number, boolean o json; se ignoró el atributo y el valor se leyó como si no estuviera.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// A value marked `raw="number"`, `"boolean"` or `"json"` that is not of that kind.
pub static RAW_VALUE_UNREADABLE: Rule = Rule {
    code: "ATT0163",
    name: "xml-raw-value-unreadable",
    severity: Severity::Warning,
    group: RuleGroup::Reading,
    summary: Text {
        en: "A value marked as a raw number, yes/no or JSON value is not one; it was kept as text.",
        fr: "Une valeur marquée comme nombre, oui/non ou valeur JSON bruts n’en est pas un ; elle a été conservée comme texte.",
        es: "Un valor marcado como número, sí/no o valor JSON sin tipar no lo es; se conservó como texto.",
    },
    message: Text {
        en: "{text} is marked raw=\"{kind}\" but is not a {kind} value; it was kept as text.",
        fr: "{text} est marqué raw=\"{kind}\" mais n’est pas une valeur {kind} ; il a été conservé comme texte.",
        es: "{text} está marcado raw=\"{kind}\" pero no es un valor {kind}; se conservó como texto.",
    },
    implements: &[&spec::A_WRITTEN_FORM],
    details: "",
    example: None,
};

/// Every rule of the XML reader.
pub static RULES: &[&Rule] = &[
    &STRAY_TEXT,
    &OUTSIDE_NAMESPACE,
    &RAW_KIND_UNKNOWN,
    &RAW_VALUE_UNREADABLE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_in_the_xml_range_and_unique() {
        let mut codes: Vec<&str> = RULES.iter().map(|rule| rule.code).collect();
        for code in &codes {
            let number: u32 = code
                .strip_prefix("ATT")
                .and_then(|digits| digits.parse().ok())
                .unwrap_or_default();
            assert!(
                (160..=179).contains(&number),
                "{code} is outside ATT0160–ATT0179"
            );
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len(), "a code is used twice");
    }

    #[test]
    fn every_rule_speaks_three_languages() {
        for rule in RULES {
            for text in [rule.summary, rule.message] {
                for lang in att_schema::Lang::ALL {
                    assert!(
                        !text.get(lang).is_empty(),
                        "{} has no {lang} text",
                        rule.code
                    );
                }
            }
            assert!(rule.name.starts_with("xml-"), "{}", rule.name);
        }
    }
}
