//! Reading input files (or standard input) whole, within the size limit.

use std::io::Read;
use std::path::Path;

/// Reads `path` (or standard input for `-`), refusing more than `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| format!("cannot read standard input: {error}"))?;
        if bytes.len() as u64 > limit {
            return Err(format!(
                "standard input is larger than the limit of {limit} bytes"
            ));
        }
        return Ok(bytes);
    }
    let metadata = std::fs::metadata(path).map_err(|error| describe_io(&error))?;
    if metadata.is_dir() {
        return Err("is a folder, not a file".to_owned());
    }
    if metadata.len() > limit {
        return Err(format!(
            "the file is {} bytes, more than the limit of {limit} bytes",
            metadata.len()
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    std::fs::File::open(path)
        .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|error| describe_io(&error))?;
    Ok(bytes)
}

/// An I/O error in plain words.
pub fn describe_io(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied: the file cannot be read".to_owned()
        }
        std::io::ErrorKind::IsADirectory => "is a folder, not a file".to_owned(),
        _ => format!("the file cannot be read: {error}"),
    }
}
