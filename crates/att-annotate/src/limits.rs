//! Bounds on what annotating inflates, so that a hostile package is refused rather than
//! exhausting memory. The caller bounds the input's size; these bound what it inflates to.

/// Bounds on the zip container and on the parts that are inflated and rewritten. Parts that
/// are copied unchanged are never inflated, so they are not bounded here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Most entries in the zip container (default 2,000; a workbook has a few dozen).
    pub max_zip_entries: u64,
    /// Largest inflated size of one part that is read (default 256 MiB).
    pub max_part_bytes: u64,
    /// Largest inflated size of all the parts read together (default 1 GiB).
    pub max_total_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_zip_entries: 2_000,
            max_part_bytes: 256 * 1024 * 1024,
            max_total_bytes: 1024 * 1024 * 1024,
        }
    }
}
