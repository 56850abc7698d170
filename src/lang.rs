//! Choosing the language of messages.

use crate::cli::LangArg;
use att_schema::Lang;

/// The language asked for with `--lang`, else `ATT_LANG`, else the locale (`LC_ALL`,
/// `LC_MESSAGES`, `LANG`), else English.
pub fn choose(flag: Option<LangArg>) -> Lang {
    if let Some(flag) = flag {
        return match flag {
            LangArg::En => Lang::En,
            LangArg::Fr => Lang::Fr,
            LangArg::Es => Lang::Es,
        };
    }
    ["ATT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_code(&value))
        .unwrap_or_default()
}

/// The language of the messages of a run, before the arguments are parsed (for the help and
/// the argument errors): the value of the first `--lang X` or `--lang=X` when it names a
/// language, else as [`choose`] without the flag.
pub fn from_arguments(arguments: &[std::ffi::OsString]) -> Lang {
    let mut words = arguments.iter().filter_map(|word| word.to_str());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(Lang::from_code) {
            return lang;
        }
    }
    choose(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<std::ffi::OsString> {
        line.split(' ').map(Into::into).collect()
    }

    #[test]
    fn the_flag_is_found_before_parsing() {
        assert_eq!(
            from_arguments(&words("att validate --lang fr x.json")),
            Lang::Fr
        );
        assert_eq!(from_arguments(&words("att rules --lang=es")), Lang::Es);
        assert_eq!(
            from_arguments(&words("att validate -- --lang fr")),
            choose(None)
        );
    }
}
