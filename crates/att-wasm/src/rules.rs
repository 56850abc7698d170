//! The rule catalogue as the page shows it beside each finding: every rule's code, name,
//! severity in force, summary, message template, example and details.

use att_core::catalogue::{self, Entry};
use att_schema::{Lang, Severity};
use att_validate::Config;
use serde_json::{Value, json};

/// Every rule of the catalogue in `lang`, in the shape of `att rules --format json`.
pub fn catalogue(config: &Config, lang: Lang) -> Vec<Value> {
    catalogue::entries()
        .iter()
        .map(|entry| record(entry, config, lang))
        .collect()
}

fn record(entry: &Entry, config: &Config, lang: Lang) -> Value {
    let rule = entry.rule;
    json!({
        "code": rule.code,
        "name": rule.name,
        "severity": config.severity(rule).map_or("off", Severity::as_str),
        "default_severity": rule.severity.as_str(),
        "stage": entry.stage(),
        "source": entry.source,
        "summary": rule.summary.get(lang),
        "message": rule.message.get(lang),
        "example": entry.example_message(lang),
        "details": entry.rule.details,
        "implements": entry.rule.implements.iter().map(|c| c.citation()).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_rule_once_with_its_texts_in_the_language() {
        let rules = catalogue(&Config::new(), Lang::Fr);
        assert_eq!(rules.len(), catalogue::entries().len());
        let first = &rules[0];
        let rule = catalogue::entries()[0].rule;
        assert_eq!(first["code"], rule.code);
        assert_eq!(first["summary"], rule.summary.fr);
        assert_eq!(first["severity"], rule.severity.as_str());
    }
}
