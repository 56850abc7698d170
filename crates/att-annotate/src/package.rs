//! The zip container of the workbook: recognising what the bytes are, reading the parts that
//! must change (bounded by [`Limits`]), and writing the annotated copy, where every part that
//! does not change is copied compressed, byte for byte.

use crate::error::{
    AnnotateError, Encryption, LimitExceeded, OtherFile, PartProblem, WorkbookFormat, ZipProblem,
};
use crate::limits::Limits;
use att_schema::say::Detail;
use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Write};
use zip::ZipArchive;
use zip::write::SimpleFileOptions;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The deflate level of rewritten parts: on sheet XML, level 4 compresses within a few per
/// cent of the default 6 and takes about two thirds of the time.
const COMPRESSION_LEVEL: i64 = 4;
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// An opened OOXML package.
pub(crate) struct Package<'a> {
    archive: ZipArchive<Cursor<&'a [u8]>>,
    /// Entry names in the container's order.
    names: Vec<String>,
    /// Lower-cased entry name → index (part names are case-insensitive in OPC).
    by_folded_name: HashMap<String, usize>,
    limits: Limits,
    /// Bytes inflated so far.
    inflated: u64,
    input_len: usize,
}

impl<'a> Package<'a> {
    /// Opens `bytes` as an OOXML workbook package, refusing everything else with the reason.
    pub(crate) fn open(bytes: &'a [u8], limits: &Limits) -> Result<Package<'a>, AnnotateError> {
        if bytes.starts_with(OLE_MAGIC) {
            return Err(describe_ole(bytes));
        }
        if !bytes.starts_with(ZIP_MAGIC) {
            return Err(AnnotateError::NotAWorkbook(OtherFile::NeitherZipNorOle));
        }
        let archive = ZipArchive::new(Cursor::new(bytes))
            .map_err(|error| AnnotateError::Zip(ZipProblem::Unreadable(Detail::of(&error))))?;
        if archive.has_duplicate_names() {
            return Err(AnnotateError::Zip(ZipProblem::DuplicateNames));
        }
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
        for index in 0..metadata.len() {
            let entry = metadata
                .entry(index)
                .map_err(|error| AnnotateError::Zip(ZipProblem::Unreadable(Detail::of(&error))))?;
            let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
            if entry.encrypted() {
                return Err(AnnotateError::Encrypted(Encryption::ZipPart { part: name }));
            }
            names.push(name);
        }
        let by_folded_name = names
            .iter()
            .enumerate()
            .map(|(index, name)| (name.to_lowercase(), index))
            .collect();
        let package = Package {
            archive,
            names,
            by_folded_name,
            limits: limits.clone(),
            inflated: 0,
            input_len: bytes.len(),
        };
        package.check_kind()?;
        Ok(package)
    }

    /// Refuses containers that hold another kind of document than an OOXML workbook.
    fn check_kind(&self) -> Result<(), AnnotateError> {
        if self.contains("mimetype") && self.contains("content.xml") {
            return Err(AnnotateError::UnsupportedFormat {
                format: WorkbookFormat::Ods,
            });
        }
        if self.contains("xl/workbook.bin") {
            return Err(AnnotateError::UnsupportedFormat {
                format: WorkbookFormat::Xlsb,
            });
        }
        if self.contains("word/document.xml") {
            return Err(AnnotateError::NotAWorkbook(OtherFile::WordDocument));
        }
        if self.contains("ppt/presentation.xml") {
            return Err(AnnotateError::NotAWorkbook(
                OtherFile::PowerPointPresentation,
            ));
        }
        if !self.contains("[Content_Types].xml") {
            return Err(AnnotateError::NotAWorkbook(OtherFile::NotAnOfficeDocument));
        }
        Ok(())
    }

    /// The name of the entry `name` names, ignoring case, as the container spells it.
    pub(crate) fn find(&self, name: &str) -> Option<&str> {
        self.by_folded_name
            .get(&name.to_lowercase())
            .map(|&index| self.names[index].as_str())
    }

    /// Whether the container has an entry of this name, ignoring case.
    pub(crate) fn contains(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// Every entry name, in the container's order.
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    /// The inflated content of the part `name`, or `None` if there is no such part.
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, AnnotateError> {
        let Some(&index) = self.by_folded_name.get(&name.to_lowercase()) else {
            return Ok(None);
        };
        let part = self.names[index].clone();
        let max = self.limits.max_part_bytes;
        let zip_error = |error: &dyn std::fmt::Display| AnnotateError::MalformedPart {
            part: part.clone(),
            problem: PartProblem::Compressed(Detail::of(error)),
        };
        let mut file = self
            .archive
            .by_index(index)
            .map_err(|error| zip_error(&error))?;
        let declared = file.size();
        if declared > max {
            return Err(LimitExceeded::PartSize {
                part,
                size: declared,
                limit: max,
            }
            .into());
        }
        let budget = self.limits.max_total_bytes.saturating_sub(self.inflated);
        if declared > budget {
            return Err(LimitExceeded::TotalSize {
                limit: self.limits.max_total_bytes,
            }
            .into());
        }
        let mut content = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
        let bound = max.min(budget);
        (&mut file)
            .take(bound.saturating_add(1))
            .read_to_end(&mut content)
            .map_err(|error| zip_error(&error))?;
        let size = content.len() as u64;
        if size > bound {
            drop(file);
            return Err(if size > max {
                LimitExceeded::PartSize {
                    part,
                    size,
                    limit: max,
                }
            } else {
                LimitExceeded::TotalSize {
                    limit: self.limits.max_total_bytes,
                }
            }
            .into());
        }
        self.inflated += size;
        Ok(Some(content))
    }

    /// The content of the part `name`, which every workbook has.
    pub(crate) fn read_required(&mut self, name: &str) -> Result<Vec<u8>, AnnotateError> {
        self.read(name)?.ok_or_else(|| AnnotateError::MissingPart {
            part: name.to_owned(),
        })
    }

    /// Writes the annotated package: every entry in its original order but the `removed`
    /// ones, `replaced` ones with their new content and the others copied compressed as they
    /// were, then the `added` parts.
    pub(crate) fn write(
        mut self,
        mut replaced: HashMap<String, Vec<u8>>,
        added: Vec<(String, Vec<u8>)>,
        removed: &HashSet<String>,
    ) -> Result<Vec<u8>, AnnotateError> {
        let extra: usize = replaced
            .values()
            .chain(added.iter().map(|(_, c)| c))
            .map(Vec::len)
            .sum();
        let mut writer =
            zip::ZipWriter::new(Cursor::new(Vec::with_capacity(self.input_len + extra / 4)));
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .compression_level(Some(COMPRESSION_LEVEL));
        let write_error = |error: &dyn std::fmt::Display| {
            AnnotateError::Zip(ZipProblem::Write(Detail::of(error)))
        };
        let mut written = HashSet::new();
        for index in 0..self.names.len() {
            let name = self.names[index].clone();
            if removed.contains(&name) {
                continue;
            }
            if let Some(content) = replaced.remove(&name) {
                writer
                    .start_file(name.as_str(), options)
                    .map_err(|error| write_error(&error))?;
                writer
                    .write_all(&content)
                    .map_err(|error| write_error(&error))?;
            } else {
                let file = self.archive.by_index_raw(index).map_err(|error| {
                    AnnotateError::Zip(ZipProblem::Entry {
                        entry: name.clone(),
                        detail: Detail::of(&error),
                    })
                })?;
                writer
                    .raw_copy_file(file)
                    .map_err(|error| write_error(&error))?;
            }
            written.insert(name.to_lowercase());
        }
        for (name, content) in added {
            if !written.insert(name.to_lowercase()) {
                return Err(AnnotateError::Zip(ZipProblem::WrittenTwice { part: name }));
            }
            writer
                .start_file(name.as_str(), options)
                .map_err(|error| write_error(&error))?;
            writer
                .write_all(&content)
                .map_err(|error| write_error(&error))?;
        }
        let cursor = writer.finish().map_err(|error| write_error(&error))?;
        Ok(cursor.into_inner())
    }
}

/// What an OLE compound file is: an encrypted Office file, an `.xls` workbook, or neither.
fn describe_ole(bytes: &[u8]) -> AnnotateError {
    let Ok(file) = cfb::CompoundFile::open(Cursor::new(bytes)) else {
        return AnnotateError::NotAWorkbook(OtherFile::DamagedOle);
    };
    if file.is_stream("EncryptedPackage") {
        return AnnotateError::Encrypted(Encryption::EncryptedPackage);
    }
    if file.is_stream("Workbook") || file.is_stream("Book") {
        return AnnotateError::UnsupportedFormat {
            format: WorkbookFormat::Xls,
        };
    }
    AnnotateError::NotAWorkbook(OtherFile::OleWithoutWorkbook)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn archive(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in entries {
            writer
                .start_file(*name, SimpleFileOptions::default())
                .expect("start entry");
            writer.write_all(content).expect("write entry");
        }
        writer.finish().expect("finish zip").into_inner()
    }

    fn open_error(bytes: &[u8], limits: &Limits) -> AnnotateError {
        match Package::open(bytes, limits) {
            Ok(_) => panic!("opened"),
            Err(error) => error,
        }
    }

    #[test]
    fn tells_other_documents_from_workbooks() {
        let ods = archive(&[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.spreadsheet",
            ),
            ("content.xml", b"<x/>"),
        ]);
        assert_eq!(
            open_error(&ods, &Limits::default()),
            AnnotateError::UnsupportedFormat {
                format: WorkbookFormat::Ods
            }
        );
        let xlsb = archive(&[("[Content_Types].xml", b"<x/>"), ("xl/workbook.bin", b"")]);
        assert_eq!(
            open_error(&xlsb, &Limits::default()),
            AnnotateError::UnsupportedFormat {
                format: WorkbookFormat::Xlsb
            }
        );
        let docx = archive(&[("[Content_Types].xml", b"<x/>"), ("word/document.xml", b"")]);
        assert!(matches!(
            open_error(&docx, &Limits::default()),
            AnnotateError::NotAWorkbook(OtherFile::WordDocument)
        ));
        let plain = archive(&[("notes.txt", b"hello")]);
        assert!(matches!(
            open_error(&plain, &Limits::default()),
            AnnotateError::NotAWorkbook(_)
        ));
        assert!(matches!(
            open_error(b"hello", &Limits::default()),
            AnnotateError::NotAWorkbook(_)
        ));
        assert!(matches!(
            open_error(b"PK\x03\x04 broken", &Limits::default()),
            AnnotateError::Zip(_)
        ));
    }

    #[test]
    fn refuses_too_many_entries() {
        let bytes = archive(&[("[Content_Types].xml", b"<x/>"), ("a", b"1"), ("b", b"2")]);
        let limits = Limits {
            max_zip_entries: 2,
            ..Limits::default()
        };
        assert_eq!(
            open_error(&bytes, &limits),
            AnnotateError::Limit(LimitExceeded::ZipEntries { count: 3, limit: 2 })
        );
    }

    #[test]
    fn bounds_what_it_inflates() {
        let big = vec![b'a'; 5000];
        let bytes = archive(&[("[Content_Types].xml", b"<x/>"), ("xl/big.xml", &big)]);
        let limits = Limits {
            max_part_bytes: 4000,
            ..Limits::default()
        };
        let mut package = Package::open(&bytes, &limits).expect("opens");
        assert!(matches!(
            package.read("xl/big.xml"),
            Err(AnnotateError::Limit(LimitExceeded::PartSize {
                size: 5000,
                ..
            }))
        ));
        let limits = Limits {
            max_total_bytes: 4000,
            ..Limits::default()
        };
        let mut package = Package::open(&bytes, &limits).expect("opens");
        assert!(matches!(
            package.read("XL/BIG.xml"),
            Err(AnnotateError::Limit(LimitExceeded::TotalSize { .. }))
        ));
        assert_eq!(package.read("xl/absent.xml"), Ok(None));
    }

    #[test]
    fn copies_unchanged_parts_and_replaces_the_others() {
        let bytes = archive(&[
            ("[Content_Types].xml", b"<x/>"),
            ("a.xml", b"old"),
            ("b.bin", b"\0\x01"),
            ("cache.xml", b"<stale/>"),
        ]);
        let package = Package::open(&bytes, &Limits::default()).expect("opens");
        let replaced = HashMap::from([("a.xml".to_owned(), b"new".to_vec())]);
        let out = package
            .write(
                replaced,
                vec![("c.xml".to_owned(), b"added".to_vec())],
                &HashSet::from(["cache.xml".to_owned()]),
            )
            .expect("writes");
        let mut copy = Package::open(&out, &Limits::default()).expect("reopens");
        assert_eq!(
            copy.names(),
            ["[Content_Types].xml", "a.xml", "b.bin", "c.xml"]
        );
        assert_eq!(copy.read("a.xml"), Ok(Some(b"new".to_vec())));
        assert_eq!(copy.read("b.bin"), Ok(Some(b"\0\x01".to_vec())));
        assert_eq!(copy.read("c.xml"), Ok(Some(b"added".to_vec())));
    }
}
