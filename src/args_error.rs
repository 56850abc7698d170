//! Argument errors in the language of the messages: clap finds what is wrong with the command
//! line, and this module says it (clap's own words are English only).

use att_schema::Lang;
use clap::error::{ContextKind, ContextValue, ErrorKind};

/// What is wrong with the command line, in `lang`, then the usage line and where to read more:
/// the lines att prints on standard error before exiting with status 2.
pub fn message(error: &clap::Error, lang: Lang, subcommand: Option<&str>) -> String {
    let context = |kind: ContextKind| error.get(kind).map(value_text);
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    let suggestion = context(ContextKind::SuggestedArg)
        .or_else(|| context(ContextKind::SuggestedSubcommand))
        .or_else(|| context(ContextKind::SuggestedValue));
    let quote = |text: &str| match lang {
        Lang::En => format!("“{text}”"),
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::Es => format!("«{text}»"),
    };
    let mut line = match (error.kind(), lang) {
        (ErrorKind::UnknownArgument, Lang::En) => format!("unexpected argument {}", quote(&arg)),
        (ErrorKind::UnknownArgument, Lang::Fr) => format!("argument inattendu {}", quote(&arg)),
        (ErrorKind::UnknownArgument, Lang::Es) => format!("argumento inesperado {}", quote(&arg)),
        (ErrorKind::InvalidValue, _) if value.is_empty() => match lang {
            Lang::En => format!("{arg} needs a value"),
            Lang::Fr => format!("{arg} demande une valeur"),
            Lang::Es => format!("{arg} necesita un valor"),
        },
        (ErrorKind::InvalidValue, _) => {
            let valid = context(ContextKind::ValidValue).unwrap_or_default();
            match lang {
                Lang::En => format!(
                    "{} is not a value of {arg}: give one of {valid}",
                    quote(&value)
                ),
                Lang::Fr => format!(
                    "{} n’est pas une valeur de {arg}\u{a0}: indiquez l’une des valeurs {valid}",
                    quote(&value)
                ),
                Lang::Es => format!(
                    "{} no es un valor de {arg}: indique uno de estos valores: {valid}",
                    quote(&value)
                ),
            }
        }
        (ErrorKind::InvalidSubcommand, _) => {
            let command = context(ContextKind::InvalidSubcommand).unwrap_or_default();
            match lang {
                Lang::En => format!("{} is not a command of att", quote(&command)),
                Lang::Fr => format!("{} n’est pas une commande d’att", quote(&command)),
                Lang::Es => format!("{} no es un comando de att", quote(&command)),
            }
        }
        (ErrorKind::MissingRequiredArgument, Lang::En) => format!("missing: {arg}"),
        (ErrorKind::MissingRequiredArgument, Lang::Fr) => {
            format!("argument obligatoire manquant\u{a0}: {arg}")
        }
        (ErrorKind::MissingRequiredArgument, Lang::Es) => {
            format!("falta un argumento obligatorio: {arg}")
        }
        (ErrorKind::MissingSubcommand, Lang::En) => "name a command".to_owned(),
        (ErrorKind::MissingSubcommand, Lang::Fr) => "indiquez une commande".to_owned(),
        (ErrorKind::MissingSubcommand, Lang::Es) => "indique un comando".to_owned(),
        (ErrorKind::ArgumentConflict, _) => {
            let prior = context(ContextKind::PriorArg).unwrap_or_default();
            match lang {
                _ if prior == arg || prior.is_empty() => match lang {
                    Lang::En => format!("{arg} is given more than once"),
                    Lang::Fr => format!("{arg} est donné plus d’une fois"),
                    Lang::Es => format!("{arg} se indicó más de una vez"),
                },
                Lang::En => format!("{arg} cannot be used with {prior}"),
                Lang::Fr => format!("{arg} ne peut pas être utilisé avec {prior}"),
                Lang::Es => format!("{arg} no puede usarse con {prior}"),
            }
        }
        (ErrorKind::TooManyValues, Lang::En) => format!("unexpected value {}", quote(&value)),
        (ErrorKind::TooManyValues, Lang::Fr) => format!("valeur inattendue {}", quote(&value)),
        (ErrorKind::TooManyValues, Lang::Es) => format!("valor inesperado {}", quote(&value)),
        (ErrorKind::ValueValidation, Lang::En) => {
            format!("{} is not valid for {arg}", quote(&value))
        }
        (ErrorKind::ValueValidation, Lang::Fr) => {
            format!("{} n’est pas valable pour {arg}", quote(&value))
        }
        (ErrorKind::ValueValidation, Lang::Es) => {
            format!("{} no es válido para {arg}", quote(&value))
        }
        (ErrorKind::InvalidUtf8, Lang::En) => "an argument is not valid UTF-8 text".to_owned(),
        (ErrorKind::InvalidUtf8, Lang::Fr) => {
            "un argument n’est pas du texte UTF-8 valable".to_owned()
        }
        (ErrorKind::InvalidUtf8, Lang::Es) => "un argumento no es texto UTF-8 válido".to_owned(),
        (_, Lang::En) if !arg.is_empty() => format!("the arguments of {arg} are not valid"),
        (_, Lang::Fr) if !arg.is_empty() => format!("les arguments de {arg} ne sont pas valables"),
        (_, Lang::Es) if !arg.is_empty() => format!("los argumentos de {arg} no son válidos"),
        (_, Lang::En) => "the arguments are not valid".to_owned(),
        (_, Lang::Fr) => "les arguments ne sont pas valables".to_owned(),
        (_, Lang::Es) => "los argumentos no son válidos".to_owned(),
    };
    if let Some(suggestion) = suggestion {
        line.push_str(&match lang {
            Lang::En => format!(" (did you mean {}?)", quote(&suggestion)),
            Lang::Fr => format!(" (vouliez-vous dire {}\u{a0}?)", quote(&suggestion)),
            Lang::Es => format!(" (¿quiso decir {}?)", quote(&suggestion)),
        });
    }
    let mut out = format!("att: {line}\n");
    if let Some(usage) = context(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim();
        out.push_str(&format!(
            "\n{} {usage}\n",
            crate::help::frame("Usage:", lang)
        ));
    }
    let help = match subcommand {
        Some(name) => format!("att {name} --help"),
        None => "att --help".to_owned(),
    };
    out.push_str(&match lang {
        Lang::En => format!("\nFor more, see {}.\n", quote(&help)),
        Lang::Fr => format!("\nPour en savoir plus, voyez {}.\n", quote(&help)),
        Lang::Es => format!("\nPara más información, vea {}.\n", quote(&help)),
    });
    out
}

/// Whether clap's "error" is the help or the version asked for, which clap prints itself.
pub fn is_help_or_version(error: &clap::Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

fn value_text(value: &ContextValue) -> String {
    match value {
        ContextValue::String(text) => text.clone(),
        ContextValue::Strings(texts) => texts.join(", "),
        ContextValue::StyledStr(text) => text.to_string(),
        ContextValue::StyledStrs(texts) => texts
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(number) => number.to_string(),
        ContextValue::Bool(flag) => flag.to_string(),
        _ => String::new(),
    }
}
