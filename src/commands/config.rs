//! Finding and reading a deployment's settings (`att.toml`): rule severities and limits.

use crate::error::SettingsError;
use att_core::settings::Settings;
use std::path::Path;

/// The configuration file looked for in the working directory.
pub const DEFAULT_FILE: &str = "att.toml";

/// The configuration named by `--config`, else `att.toml` in the working directory when there
/// is one, else none; an error names the file (and the line, for a bad setting).
pub fn load(flag: Option<&Path>) -> Result<Settings, SettingsError> {
    let path = match flag {
        Some(path) => path,
        None if Path::new(DEFAULT_FILE).is_file() => Path::new(DEFAULT_FILE),
        None => return Ok(Settings::default()),
    };
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| SettingsError::Read {
        path: shown.clone(),
        source,
    })?;
    Ok(att_core::settings::parse(&text, &shown)?)
}
