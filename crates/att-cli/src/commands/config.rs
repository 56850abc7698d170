//! Finding and reading a deployment's severity configuration (`att.toml`).

use att_validate::{Config, Validator};
use std::path::Path;

/// The configuration file looked for in the working directory.
pub const DEFAULT_FILE: &str = "att.toml";

/// The configuration named by `--config`, else `att.toml` in the working directory when there
/// is one, else none; an error names the file (and the line, for a bad setting).
pub fn load(flag: Option<&Path>) -> Result<Config, String> {
    let path = match flag {
        Some(path) => path,
        None if Path::new(DEFAULT_FILE).is_file() => Path::new(DEFAULT_FILE),
        None => return Ok(Config::new()),
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("{shown}: {}", crate::input::describe_io(&error)))?;
    att_core::catalogue::parse_config(&text, &shown).map_err(|error| error.to_string())
}

/// A validator with the configuration of [`load`].
pub fn validator(flag: Option<&Path>) -> Result<Validator, String> {
    load(flag).map(Validator::with_config)
}
