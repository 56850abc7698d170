//! Reading input files (or standard input) whole, within the size limit.

use crate::error::InputError;
use std::io::Read;
use std::path::Path;

/// Reads `path` (or standard input for `-`), refusing more than `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, InputError> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(InputError::Stdin)?;
        if bytes.len() as u64 > limit {
            return Err(InputError::StdinTooLarge { limit });
        }
        return Ok(bytes);
    }
    let metadata = std::fs::metadata(path).map_err(InputError::Io)?;
    if metadata.is_dir() {
        return Err(InputError::Folder);
    }
    if metadata.len() > limit {
        return Err(InputError::TooLarge {
            size: metadata.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    std::fs::File::open(path)
        .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
        .map_err(InputError::Io)?;
    Ok(bytes)
}
