//! What a configuration error says, in English, French and Spanish; the English is its
//! `Display`. The TOML parser's own words are quoted as a technical detail.

use super::{ConfigError, ConfigProblem};
use att_schema::say::{Say, colon, quote};
use att_schema::{Lang, display_in_english, say};

display_in_english!(ConfigError, ConfigProblem);

impl Say for ConfigError {
    fn say(&self, lang: Lang) -> String {
        let place = format!("{}:{}:{}", self.origin, self.line, self.column);
        format!("{place}{}{}", colon(lang), self.problem.say(lang))
    }
}

impl Say for ConfigProblem {
    fn say(&self, lang: Lang) -> String {
        use ConfigProblem as P;
        match self {
            P::Syntax(error) => {
                let detail = error.message().trim();
                say!(
                    lang,
                    "not valid TOML: {detail}",
                    "ce n’est pas du TOML valable\u{a0}: {detail}",
                    "no es TOML válido: {detail}",
                )
            }
            P::UnknownSection(section) => {
                let section = quote(section, lang);
                say!(
                    lang,
                    "unknown section {section}; the configuration has only [rules] and [limits]",
                    "section inconnue {section}\u{a0}; la configuration n’a que [rules] et [limits]",
                    "sección desconocida {section}; la configuración solo tiene [rules] y [limits]",
                )
            }
            P::LimitsNotATable => say!(
                lang,
                "“limits” must be a table: [limits] followed by lines such as max_file_size = 268435456",
                "«\u{a0}limits\u{a0}» doit être une table\u{a0}: [limits] suivi de lignes comme max_file_size = 268435456",
                "«limits» debe ser una tabla: [limits] seguido de líneas como max_file_size = 268435456",
            ),
            P::UnknownLimit { key, closest } => {
                let key = quote(key, lang);
                let mut text = say!(
                    lang,
                    "no limit is called {key}",
                    "aucune limite ne s’appelle {key}",
                    "ningún límite se llama {key}",
                );
                text.push_str(&did_you_mean(closest.as_deref(), lang));
                text
            }
            P::BadLimit { key, found } => {
                let found = quote(found, lang);
                say!(
                    lang,
                    "{found} is not a value for {key}; use a whole number greater than 0",
                    "{found} n’est pas une valeur pour {key}\u{a0}; indiquez un nombre entier supérieur à 0",
                    "{found} no es un valor para {key}; indique un número entero mayor que 0",
                )
            }
            P::RulesNotATable => say!(
                lang,
                "“rules” must be a table: [rules] followed by lines such as ATT0232 = \"off\"",
                "«\u{a0}rules\u{a0}» doit être une table\u{a0}: [rules] suivi de lignes comme ATT0232 = \"off\"",
                "«rules» debe ser una tabla: [rules] seguido de líneas como ATT0232 = \"off\"",
            ),
            P::UnknownRule { key, closest } => {
                let key = quote(key, lang);
                let mut text = say!(
                    lang,
                    "no rule has the code or name {key}",
                    "aucune règle n’a le code ou le nom {key}",
                    "ninguna regla tiene el código o el nombre {key}",
                );
                text.push_str(&did_you_mean(closest.as_deref(), lang));
                text
            }
            P::BadSetting { key, found } => {
                let found = quote(found, lang);
                say!(
                    lang,
                    "{found} is not a setting for {key}; use \"error\", \"warning\", \"info\" or \"off\"",
                    "{found} n’est pas un réglage pour {key}\u{a0}; indiquez \"error\", \"warning\", \"info\" ou \"off\"",
                    "{found} no es un ajuste para {key}; indique \"error\", \"warning\", \"info\" u \"off\"",
                )
            }
            P::SetTwice {
                key,
                code,
                first_line,
            } => say!(
                lang,
                "{key} sets {code} again; it was already set on line {first_line}",
                "{key} règle de nouveau {code}\u{a0}; la règle était déjà fixée à la ligne {first_line}",
                "{key} vuelve a fijar {code}; ya se fijó en la línea {first_line}",
            ),
        }
    }
}

/// ` (did you mean “closest”?)`, or nothing when no name is near.
fn did_you_mean(closest: Option<&str>, lang: Lang) -> String {
    let Some(closest) = closest else {
        return String::new();
    };
    let closest = quote(closest, lang);
    say!(
        lang,
        " (did you mean {closest}?)",
        " (vouliez-vous dire {closest}\u{a0}?)",
        " (¿quiso decir {closest}?)",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::untranslated;

    /// Every problem, with keys that are no English words; the TOML parser's words are left
    /// out of the check.
    fn samples() -> Vec<(ConfigProblem, String)> {
        let syntax = toml::de::DeTable::parse("a = ").expect_err("not TOML");
        let toml_words = syntax.message().trim().to_owned();
        let key = || "clef".to_owned();
        let plain = |problem| (problem, String::new());
        vec![
            (ConfigProblem::Syntax(Box::new(syntax)), toml_words),
            plain(ConfigProblem::UnknownSection("regles".into())),
            plain(ConfigProblem::LimitsNotATable),
            plain(ConfigProblem::UnknownLimit {
                key: key(),
                closest: Some("max_file_size".into()),
            }),
            plain(ConfigProblem::UnknownLimit {
                key: key(),
                closest: None,
            }),
            plain(ConfigProblem::BadLimit {
                key: key(),
                found: "-1".into(),
            }),
            plain(ConfigProblem::RulesNotATable),
            plain(ConfigProblem::UnknownRule {
                key: key(),
                closest: Some("items-zero".into()),
            }),
            plain(ConfigProblem::UnknownRule {
                key: key(),
                closest: None,
            }),
            plain(ConfigProblem::BadSetting {
                key: key(),
                found: "muet".into(),
            }),
            plain(ConfigProblem::SetTwice {
                key: key(),
                code: "ATT0232",
                first_line: 2,
            }),
        ]
    }

    #[test]
    fn every_problem_is_said_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .into_iter()
            .flat_map(|(problem, quoted)| {
                let error = ConfigError {
                    origin: "att.toml".into(),
                    line: 1,
                    column: 2,
                    problem,
                };
                untranslated(
                    &error,
                    &[quoted.as_str(), "\"error\", \"warning\", \"info\""],
                )
            })
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_english_message_is_the_display() {
        for (problem, _) in samples() {
            assert_eq!(problem.to_string(), problem.say(Lang::En));
        }
    }
}
