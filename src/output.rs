//! Writing output whole or not at all.

use crate::error::OutputError;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Where output goes: a file, or standard output.
pub fn write(output: Option<&Path>, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), OutputError> {
    match output {
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
                // The reader of a pipe stopped early (`att validate … | head`): nothing is lost
                // that anyone reads, so this is not a failure.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                result => result.map_err(OutputError::Stdout),
            }
        }
        Some(path) => write_file(path, bytes, inputs),
    }
}

/// The permissions of the file written at `path`: those of the file it replaces, else those of
/// any new file (read and write for all, less the process's umask) — not the owner-only mode of
/// temporary files.
#[cfg(unix)]
fn permissions_for(path: &Path) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|existing| existing.permissions())
        .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o666))
}

/// Writes `bytes` to a temporary file beside `path` and renames it into place, so that `path`
/// holds either its old content or the whole new content, never part of it. Refuses to write
/// over one of the inputs.
fn write_file(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), OutputError> {
    if path.as_os_str() != "-" {
        let target = std::fs::canonicalize(path).ok();
        let overwrites_input = inputs.iter().any(|input| {
            input == path || (target.is_some() && std::fs::canonicalize(input).ok() == target)
        });
        if overwrites_input {
            return Err(OutputError::OverwritesInput(path.to_path_buf()));
        }
    }
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".att-").suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(permissions_for(path));
    let mut temporary = builder
        .tempfile_in(directory)
        .map_err(|source| OutputError::Place {
            path: path.to_path_buf(),
            source,
        })?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(|source| OutputError::Write {
            path: path.to_path_buf(),
            source,
        })?;
    temporary
        .persist(path)
        .map_err(|error| OutputError::Write {
            path: path.to_path_buf(),
            source: error.error,
        })?;
    Ok(())
}
