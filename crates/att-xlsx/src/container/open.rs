//! Opens a workbook of any supported kind into the located-cell model.

use crate::container::collect::Workbook;
use crate::container::error::{OtherFile, ReadError};
use crate::container::limits::Limits;
use crate::container::zip_check::{self, ZipKind};
use crate::container::{ods, xls, xlsx};
use att_schema::say::Detail;
use std::panic::{AssertUnwindSafe, catch_unwind};

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Reads the cells of every sheet of the workbook in `bytes`, recognising its kind from its
/// content: a zip container (`.xlsx`, `.xlsm`, `.ods`) or an OLE compound file (`.xls`, or an
/// encrypted Office file).
pub(crate) fn open(bytes: &[u8], limits: &Limits) -> Result<Workbook, ReadError> {
    let read: fn(&[u8], &Limits) -> Result<Workbook, ReadError> = if bytes.starts_with(ZIP_MAGIC) {
        match zip_check::inspect(bytes, limits)? {
            ZipKind::Xlsx => xlsx::read,
            ZipKind::Ods => ods::read,
        }
    } else if bytes.starts_with(OLE_MAGIC) {
        xls::read
    } else {
        return Err(ReadError::NotAWorkbook(OtherFile::NeitherZipNorOle));
    };
    // The format checks above bound what calamine reads; this turns any panic left in the
    // third-party parsers on a malformed file into an error rather than a crash.
    catch_unwind(AssertUnwindSafe(|| read(bytes, limits))).unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| Detail::of(s))
            .or_else(|| panic.downcast_ref::<String>().map(|s| Detail::of(s)));
        Err(ReadError::Malformed(detail))
    })
}
