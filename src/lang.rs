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
