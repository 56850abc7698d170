//! Inspects the zip container of an `.xlsx` or `.ods` file before anything is inflated: how many
//! entries it declares, how large each part inflates to, how well it is compressed, and whether
//! parts are encrypted. The `zip` crate then refuses to inflate a part beyond the size its
//! directory declares, so these checks bound what calamine and the reader's own passes read.

use crate::container::error::{Encryption, OtherFile, PartProblem, ReadError, UnsupportedWorkbook};
use crate::container::limits::{LimitExceeded, Limits};
use att_schema::say::Detail;
use std::io::Cursor;
use zip::ZipArchive;

/// What kind of workbook a zip container holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ZipKind {
    /// Office Open XML (`.xlsx`, `.xlsm`).
    Xlsx,
    /// OpenDocument spreadsheet (`.ods`).
    Ods,
}

/// Checks the container against `limits` and tells what it holds.
pub(crate) fn inspect(bytes: &[u8], limits: &Limits) -> Result<ZipKind, ReadError> {
    if let Some(count) = declared_entry_count(bytes)
        && count > limits.max_zip_entries
    {
        return Err(LimitExceeded::ZipEntries {
            count,
            limit: limits.max_zip_entries,
        }
        .into());
    }
    let archive = open(bytes)?;
    let metadata = archive.metadata();
    let count = metadata.len() as u64;
    if count > limits.max_zip_entries {
        return Err(LimitExceeded::ZipEntries {
            count,
            limit: limits.max_zip_entries,
        }
        .into());
    }
    let mut names = Vec::with_capacity(metadata.len());
    let mut total: u64 = 0;
    for index in 0..metadata.len() {
        let entry = metadata
            .entry(index)
            .map_err(|error| ReadError::zip(&error))?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        let size = entry.size();
        let compressed = entry.compressed_size();
        if entry.encrypted() {
            return Err(ReadError::Encrypted(Encryption::ZipPart { part: name }));
        }
        if size > limits.max_part_bytes {
            return Err(LimitExceeded::PartSize {
                part: name,
                size,
                limit: limits.max_part_bytes,
            }
            .into());
        }
        if size > limits.ratio_exempt_bytes {
            let ratio = size / compressed.max(1);
            if ratio > limits.max_compression_ratio {
                return Err(LimitExceeded::CompressionRatio {
                    part: name,
                    compressed,
                    size,
                    ratio,
                    limit: limits.max_compression_ratio,
                }
                .into());
            }
        }
        if is_shared_strings(&name) && size > limits.max_shared_strings_bytes {
            return Err(LimitExceeded::SharedStrings {
                part: name,
                size,
                limit: limits.max_shared_strings_bytes,
            }
            .into());
        }
        total = total.saturating_add(size);
        names.push(name);
    }
    if total > limits.max_total_bytes {
        return Err(LimitExceeded::TotalSize {
            size: total,
            limit: limits.max_total_bytes,
        }
        .into());
    }
    let kind = kind_of(&names)?;
    if kind == ZipKind::Ods {
        check_mimetype(bytes)?;
    }
    Ok(kind)
}

/// The media type OpenDocument spreadsheets declare in their `mimetype` entry.
const ODS_MIMETYPES: [&str; 2] = [
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet-template",
];

/// Refuses an OpenDocument file that is not a spreadsheet (a text document, a presentation).
fn check_mimetype(bytes: &[u8]) -> Result<(), ReadError> {
    use std::io::Read;
    let mut archive = open(bytes)?;
    let mut mimetype = String::new();
    archive
        .by_name("mimetype")
        .map_err(|error| ReadError::zip(&error))?
        .take(200)
        .read_to_string(&mut mimetype)
        .map_err(|error| ReadError::Part {
            part: "mimetype".to_owned(),
            problem: PartProblem::Unreadable(Detail::of(&error)),
        })?;
    let mimetype = mimetype.trim();
    if ODS_MIMETYPES.contains(&mimetype) {
        return Ok(());
    }
    Err(ReadError::NotAWorkbook(OtherFile::OpenDocument {
        mimetype: mimetype.to_owned(),
    }))
}

/// Opens the container for reading its parts (after [`inspect`]).
pub(crate) fn open(bytes: &[u8]) -> Result<ZipArchive<Cursor<&[u8]>>, ReadError> {
    ZipArchive::new(Cursor::new(bytes)).map_err(|error| ReadError::zip(&error))
}

fn is_shared_strings(name: &str) -> bool {
    name.rsplit('/')
        .next()
        .is_some_and(|file| file.eq_ignore_ascii_case("sharedStrings.xml"))
}

/// Tells a workbook from the other things a zip file can be.
fn kind_of(names: &[String]) -> Result<ZipKind, ReadError> {
    let has = |wanted: &str| names.iter().any(|name| name.eq_ignore_ascii_case(wanted));
    if has("mimetype") && has("content.xml") {
        return Ok(ZipKind::Ods);
    }
    if has("xl/workbook.bin") {
        return Err(ReadError::Unsupported(UnsupportedWorkbook::Xlsb));
    }
    if has("word/document.xml") {
        return Err(ReadError::NotAWorkbook(OtherFile::WordOpenXml));
    }
    if has("ppt/presentation.xml") {
        return Err(ReadError::NotAWorkbook(OtherFile::PowerPointOpenXml));
    }
    if has("_rels/.rels") || has("[Content_Types].xml") {
        return Ok(ZipKind::Xlsx);
    }
    Err(ReadError::NotAWorkbook(OtherFile::ZipWithoutWorkbook))
}

/// The number of entries the end-of-central-directory record declares, read without parsing
/// the directory itself (which the `zip` crate would hold in memory whole).
fn declared_entry_count(bytes: &[u8]) -> Option<u64> {
    const EOCD: &[u8] = b"PK\x05\x06";
    const ZIP64_LOCATOR: &[u8] = b"PK\x06\x07";
    const ZIP64_EOCD: &[u8] = b"PK\x06\x06";
    let last_start = bytes.len().checked_sub(22)?;
    let first_start = last_start.saturating_sub(u16::MAX as usize);
    let eocd = (first_start..=last_start)
        .rev()
        .find(|&at| bytes.get(at..at + 4) == Some(EOCD))?;
    let count = u16::from_le_bytes(bytes.get(eocd + 10..eocd + 12)?.try_into().ok()?);
    if count != u16::MAX {
        return Some(u64::from(count));
    }
    let locator = eocd.checked_sub(20)?;
    if bytes.get(locator..locator + 4) != Some(ZIP64_LOCATOR) {
        return Some(u64::from(count));
    }
    let offset = u64::from_le_bytes(bytes.get(locator + 8..locator + 16)?.try_into().ok()?);
    let record = usize::try_from(offset).ok()?;
    if bytes.get(record..record + 4) != Some(ZIP64_EOCD) {
        return None;
    }
    Some(u64::from_le_bytes(
        bytes.get(record + 32..record + 40)?.try_into().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in entries {
            writer
                .start_file(*name, SimpleFileOptions::default())
                .expect("start entry");
            writer.write_all(content).expect("write entry");
        }
        writer.finish().expect("finish zip").into_inner()
    }

    #[test]
    fn refuses_a_part_that_inflates_too_much() {
        let bomb = vec![b'a'; 4 * 1024 * 1024];
        let bytes = archive(&[
            ("_rels/.rels", b"<x/>"),
            ("xl/worksheets/sheet1.xml", &bomb),
        ]);
        let error = inspect(&bytes, &Limits::default()).expect_err("a zip bomb");
        assert!(
            matches!(error, ReadError::Limit(LimitExceeded::CompressionRatio { ref part, .. }) if part == "xl/worksheets/sheet1.xml"),
            "{error}"
        );
        assert!(error.to_string().contains("zip bomb"), "{error}");
    }

    #[test]
    fn refuses_parts_and_totals_over_their_limits() {
        let bytes = archive(&[
            ("_rels/.rels", b"<x/>"),
            ("xl/sharedStrings.xml", &[b'x'; 5000]),
        ]);
        let limits = Limits {
            max_shared_strings_bytes: 4000,
            ..Limits::default()
        };
        let error = inspect(&bytes, &limits).expect_err("too many strings");
        assert!(matches!(
            error,
            ReadError::Limit(LimitExceeded::SharedStrings { size: 5000, .. })
        ));
        let limits = Limits {
            max_part_bytes: 100,
            ..Limits::default()
        };
        assert!(matches!(
            inspect(&bytes, &limits),
            Err(ReadError::Limit(LimitExceeded::PartSize { .. }))
        ));
        let limits = Limits {
            max_total_bytes: 1000,
            ..Limits::default()
        };
        assert!(matches!(
            inspect(&bytes, &limits),
            Err(ReadError::Limit(LimitExceeded::TotalSize { .. }))
        ));
    }

    #[test]
    fn counts_entries_from_the_end_record() {
        let bytes = archive(&[("a", b"1"), ("b", b"2"), ("c", b"3")]);
        assert_eq!(declared_entry_count(&bytes), Some(3));
        let limits = Limits {
            max_zip_entries: 2,
            ..Limits::default()
        };
        assert!(matches!(
            inspect(&bytes, &limits),
            Err(ReadError::Limit(LimitExceeded::ZipEntries { count: 3, .. }))
        ));
    }

    #[test]
    fn tells_workbooks_from_other_archives() {
        let word = archive(&[("word/document.xml", b"<w/>"), ("_rels/.rels", b"<r/>")]);
        assert!(matches!(
            inspect(&word, &Limits::default()),
            Err(ReadError::NotAWorkbook(OtherFile::WordOpenXml))
        ));
        let plain = archive(&[("notes.txt", b"hello")]);
        assert!(matches!(
            inspect(&plain, &Limits::default()),
            Err(ReadError::NotAWorkbook(OtherFile::ZipWithoutWorkbook))
        ));
        let xlsb = archive(&[("_rels/.rels", b"<r/>"), ("xl/workbook.bin", b"\0")]);
        assert!(matches!(
            inspect(&xlsb, &Limits::default()),
            Err(ReadError::Unsupported(UnsupportedWorkbook::Xlsb))
        ));
        assert!(matches!(
            inspect(b"PK\x03\x04 broken", &Limits::default()),
            Err(ReadError::Zip(_))
        ));
    }
}
