//! The command line as users see it: clap's definitions from [`crate::cli`], in the language
//! of the messages (help texts, headings, value names, defaults and possible values), with the
//! version naming the schema version it reads and writes.

mod texts;

use crate::cli::Cli;
use att_schema::{Lang, SCHEMA_VERSION};
use clap::{Arg, Command, CommandFactory};

/// `0.1.0 (report schema 1.0)`, in `lang`.
pub fn version(lang: Lang) -> String {
    let version = env!("CARGO_PKG_VERSION");
    match lang {
        Lang::En => format!("{version} (report schema {SCHEMA_VERSION})"),
        Lang::Fr => format!("{version} (schéma du rapport {SCHEMA_VERSION})"),
        Lang::Es => format!("{version} (esquema del informe {SCHEMA_VERSION})"),
    }
}

/// The whole command line of att, in `lang`, built (with its help flags and subcommand).
pub fn command(lang: Lang) -> Command {
    let mut command = Cli::command().version(version(lang));
    // `att` alone (the short help) and `att --help` begin with the same sentence.
    if let Some(long) = command.get_long_about().map(ToString::to_string) {
        let first = long.split("\n\n").next().unwrap_or_default().to_owned();
        command = command.about(first);
    }
    command.build();
    match lang {
        Lang::En => command,
        Lang::Fr | Lang::Es => translate(command, lang),
    }
}

/// `english` in `lang`: from the table, else as it is (which a test forbids).
fn from_table(table: &[[&'static str; 3]], english: &str, lang: Lang) -> String {
    let column = match lang {
        Lang::En => 0,
        Lang::Fr => 1,
        Lang::Es => 2,
    };
    table
        .iter()
        .find(|row| row[0] == english)
        .map_or_else(|| english.to_owned(), |row| row[column].to_owned())
}

/// A help text in `lang`.
pub fn text(english: &str, lang: Lang) -> String {
    from_table(texts::TEXTS, english, lang)
}

/// One of the words clap writes around the help texts (`Usage:`), in `lang`.
pub fn frame(english: &str, lang: Lang) -> String {
    from_table(texts::FRAME, english, lang)
}

/// A help text's English original has its translation.
#[cfg(test)]
fn is_translated(english: &str) -> bool {
    texts::TEXTS.iter().any(|row| row[0] == english)
}

fn translate(mut command: Command, lang: Lang) -> Command {
    if let Some(about) = command.get_about().map(ToString::to_string) {
        command = command.about(text(&about, lang));
    }
    if let Some(long) = command.get_long_about().map(ToString::to_string) {
        command = command.long_about(text(&long, lang));
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        frame("Usage:", lang)
    );
    command = command
        .help_template(template)
        .subcommand_help_heading(frame("Commands", lang))
        .subcommand_value_name(from_table(texts::VALUE_NAMES, "COMMAND", lang))
        .mut_args(|arg| translate_arg(arg, lang))
        .mut_subcommands(|sub| translate(sub, lang));
    let usage = command.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", &frame("[OPTIONS]", lang));
    command.override_usage(usage)
}

fn translate_arg(arg: Arg, lang: Lang) -> Arg {
    let heading = if arg.is_positional() {
        "Arguments"
    } else {
        "Options"
    };
    let mut arg = arg.help_heading(frame(heading, lang));
    let help = arg.get_help().map(|h| text(&h.to_string(), lang));
    let long_help = arg.get_long_help().map(|h| text(&h.to_string(), lang));
    if let Some(names) = arg.get_value_names() {
        let names: Vec<String> = names
            .iter()
            .map(|name| from_table(texts::VALUE_NAMES, name.as_str(), lang))
            .collect();
        arg = arg.value_names(names);
    }
    let takes_values = arg.get_action().takes_values();
    let values: Vec<clap::builder::PossibleValue> = if takes_values {
        arg.get_possible_values()
            .into_iter()
            .filter(|value| !value.is_hide_set())
            .collect()
    } else {
        Vec::new()
    };
    let defaults: Vec<String> = if takes_values && !arg.is_hide_default_value_set() {
        arg.get_default_values()
            .iter()
            .map(|value| value.to_string_lossy().into_owned())
            .collect()
    } else {
        Vec::new()
    };
    let Some(help) = help else {
        return arg;
    };
    let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
    let mut short = help.clone();
    let mut long = long_help.unwrap_or_else(|| help.clone());
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|value| value.get_name()).collect();
        short.push_str(&format!(
            " [{}{colon} {}]",
            frame("possible values", lang),
            names.join(", ")
        ));
        long.push_str(&format!("\n\n{}{colon}", frame("Possible values", lang)));
        for value in &values {
            long.push_str(&format!("\n- {}", value.get_name()));
            if let Some(help) = value.get_help() {
                long.push_str(&format!("{colon} {}", text(&help.to_string(), lang)));
            }
        }
    }
    if !defaults.is_empty() {
        let default = format!(
            "[{}{colon} {}]",
            frame("default", lang),
            defaults.join(", ")
        );
        short.push(' ');
        short.push_str(&default);
        long.push_str(if values.is_empty() { " " } else { "\n\n" });
        long.push_str(&default);
    }
    arg.help(short)
        .long_help(long)
        .hide_possible_values(true)
        .hide_default_value(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every help text of a command, its arguments and their values, in English.
    fn english_texts(command: &Command, out: &mut Vec<String>) {
        out.extend(command.get_about().map(ToString::to_string));
        out.extend(command.get_long_about().map(ToString::to_string));
        for arg in command.get_arguments() {
            out.extend(arg.get_help().map(ToString::to_string));
            out.extend(arg.get_long_help().map(ToString::to_string));
            for value in arg.get_possible_values() {
                out.extend(value.get_help().map(ToString::to_string));
            }
        }
        for sub in command.get_subcommands() {
            english_texts(sub, out);
        }
    }

    #[test]
    fn every_help_text_is_translated() {
        let mut all = Vec::new();
        english_texts(&command(Lang::En), &mut all);
        assert!(all.len() > 50, "{all:?}");
        let missing: Vec<&String> = all.iter().filter(|text| !is_translated(text)).collect();
        assert!(
            missing.is_empty(),
            "help texts without translation: {missing:#?}"
        );
    }

    #[test]
    fn every_value_name_is_translated() {
        fn walk(command: &Command, missing: &mut Vec<String>) {
            for arg in command
                .get_arguments()
                .filter(|a| a.get_action().takes_values())
            {
                for name in arg.get_value_names().unwrap_or_default() {
                    if !texts::VALUE_NAMES.iter().any(|row| row[0] == name.as_str()) {
                        missing.push(name.to_string());
                    }
                }
            }
            command.get_subcommands().for_each(|sub| walk(sub, missing));
        }
        let mut missing = Vec::new();
        walk(&command(Lang::En), &mut missing);
        assert!(
            missing.is_empty(),
            "value names without translation: {missing:?}"
        );
    }

    #[test]
    fn french_typography_has_its_no_break_spaces() {
        for row in texts::TEXTS {
            let french = row[1];
            for (index, _) in french.match_indices([':', ';', '?', '»']) {
                let before = french[..index].chars().next_back();
                let after_code =
                    french[..index].ends_with('`') || french[index..].starts_with(":/");
                assert!(after_code || before == Some('\u{a0}'), "{french}");
            }
        }
    }
}
