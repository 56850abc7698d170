//! OLE compound files (`.xls`, and the container of password-protected Office files): tells an
//! encrypted workbook from an `.xls` one, and pre-scans the `.xls` record stream before calamine
//! reads it. calamine's `.xls` reader builds a dense grid of every sheet's used range and
//! reserves room for the range a sheet declares, so a stray cell at IV65536 or a forged
//! DIMENSIONS record would cost gigabytes; the pre-scan refuses such sheets first. It also
//! collects what calamine does not report: hidden rows (ROW records) and hidden columns
//! (COLINFO records).

use crate::container::error::{
    Encryption, OleProblem, OtherFile, ReadError, SheetName, SheetProblem,
};
use crate::container::limits::{LimitExceeded, Limits};
use crate::container::sheet::Spans;
use att_schema::say::Detail;
use att_schema::source_map::cell_name;
use std::io::{Cursor, Read};

/// What the pre-scan learnt about one sheet of the workbook, in the workbook's sheet order.
#[derive(Debug, Default)]
pub(crate) struct SheetScan {
    /// Rows marked hidden.
    pub hidden_rows: Spans,
    /// Columns marked hidden.
    pub hidden_cols: Spans,
}

/// Checks an OLE file: refuses encrypted Office files and files that hold no workbook, and
/// pre-scans the workbook stream against `limits`.
pub(crate) fn scan(bytes: &[u8], limits: &Limits) -> Result<Vec<SheetScan>, ReadError> {
    let file = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|error| ReadError::Ole(OleProblem::Damaged(Detail::of(&error))))?;
    if file.is_stream("EncryptedPackage") {
        return Err(ReadError::Encrypted(Encryption::EncryptedPackage));
    }
    let stream_name = ["Workbook", "Book"]
        .into_iter()
        .find(|name| file.is_stream(name));
    let Some(stream_name) = stream_name else {
        return Err(ReadError::NotAWorkbook(describe_other_ole(&file)));
    };
    let mut file = file;
    let mut stream = Vec::new();
    file.open_stream(stream_name)
        .and_then(|s| s.take(bytes.len() as u64).read_to_end(&mut stream))
        .map_err(|error| {
            ReadError::Ole(OleProblem::Stream {
                stream: stream_name,
                detail: Detail::of(&error),
            })
        })?;
    scan_stream(&stream, limits)
}

/// What an OLE file without a workbook stream is, for the message.
fn describe_other_ole<F>(file: &cfb::CompoundFile<F>) -> OtherFile {
    if file.is_stream("WordDocument") {
        OtherFile::WordDocument
    } else if file.is_stream("PowerPoint Document") {
        OtherFile::PowerPointPresentation
    } else {
        OtherFile::OleWithoutWorkbook
    }
}

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const FILE_PASS: u16 = 0x002F;
const BOUND_SHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const ROW: u16 = 0x0208;
const COL_INFO: u16 = 0x007D;
const MUL_RK: u16 = 0x00BD;
/// Records that hold one cell, with its row and column in their first four bytes.
const CELL_RECORDS: [u16; 7] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, 0x0006];

/// One BIFF record: its type and data.
struct Record<'a> {
    kind: u16,
    data: &'a [u8],
}

/// The records of `stream` from `offset`, stopping quietly at a damaged end.
fn records(stream: &[u8], offset: usize) -> impl Iterator<Item = Record<'_>> {
    let mut rest = stream.get(offset..).unwrap_or_default();
    std::iter::from_fn(move || {
        let kind = u16_at(rest, 0)?;
        let len = usize::from(u16_at(rest, 2)?);
        let data = rest.get(4..4 + len)?;
        rest = &rest[4 + len..];
        Some(Record { kind, data })
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The used area of a sheet, grown cell by cell.
#[derive(Default)]
struct Bounds {
    area: Option<(u32, u32, u32, u32)>,
}

impl Bounds {
    fn add(&mut self, row: u32, col: u32) {
        self.area = Some(match self.area {
            None => (row, col, row, col),
            Some((r1, c1, r2, c2)) => (r1.min(row), c1.min(col), r2.max(row), c2.max(col)),
        });
    }
}

fn scan_stream(stream: &[u8], limits: &Limits) -> Result<Vec<SheetScan>, ReadError> {
    let mut sheet_offsets = Vec::new();
    for record in records(stream, 0) {
        match record.kind {
            FILE_PASS if u16_at(record.data, 0).is_some_and(|kind| kind != 0) => {
                return Err(ReadError::Encrypted(Encryption::XlsFilePass));
            }
            BOUND_SHEET => {
                let offset = u32_at(record.data, 0).unwrap_or(u32::MAX);
                sheet_offsets.push((offset as usize, bound_sheet_name(record.data)));
            }
            EOF => break,
            _ => {}
        }
    }
    if sheet_offsets.len() > limits.max_sheets {
        return Err(LimitExceeded::Sheets {
            count: sheet_offsets.len(),
            limit: limits.max_sheets,
        }
        .into());
    }
    let mut cells_so_far = 0usize;
    let mut scans = Vec::with_capacity(sheet_offsets.len());
    for (index, (offset, name)) in sheet_offsets.into_iter().enumerate() {
        let name = name.map_or(SheetName::Numbered(index + 1), SheetName::Named);
        scans.push(scan_sheet(
            stream,
            offset,
            &name,
            limits,
            &mut cells_so_far,
        )?);
    }
    Ok(scans)
}

/// The sheet name of a BOUNDSHEET record (BIFF8 short Unicode string; Latin-1 before BIFF8).
fn bound_sheet_name(data: &[u8]) -> Option<String> {
    let count = usize::from(*data.get(6)?);
    let flags = *data.get(7)?;
    let chars = data.get(8..)?;
    if flags & 0x01 != 0 {
        let units: Vec<u16> = chars
            .get(..count * 2)?
            .chunks_exact(2)
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
            .collect();
        String::from_utf16(&units).ok()
    } else if flags == 0 {
        Some(chars.get(..count)?.iter().map(|&b| char::from(b)).collect())
    } else {
        None
    }
}

fn scan_sheet(
    stream: &[u8],
    offset: usize,
    sheet_label: &SheetName,
    limits: &Limits,
    cells_so_far: &mut usize,
) -> Result<SheetScan, ReadError> {
    let sheet_label = sheet_label.clone();
    let mut scan = SheetScan::default();
    let mut bounds = Bounds::default();
    // The records calamine reads as the sheet's: from the sheet's offset to its EOF, whether or
    // not the stream opens with a BOF, leaving out nested substreams (embedded charts).
    let mut seen_sheet_bof = false;
    let mut nested = 0usize;
    for record in records(stream, offset) {
        if nested > 0 {
            match record.kind {
                BOF => nested += 1,
                EOF => nested -= 1,
                _ => {}
            }
            continue;
        }
        match record.kind {
            BOF if seen_sheet_bof => nested += 1,
            BOF => seen_sheet_bof = true,
            EOF => break,
            DIMENSIONS => check_declared_dimensions(record.data, &sheet_label, limits)?,
            ROW => {
                if let (Some(row), Some(flags)) = (u16_at(record.data, 0), u16_at(record.data, 12))
                    && flags & 0x0020 != 0
                {
                    scan.hidden_rows.add(u32::from(row), u32::from(row));
                }
            }
            COL_INFO => {
                if let (Some(first), Some(last), Some(flags)) = (
                    u16_at(record.data, 0),
                    u16_at(record.data, 2),
                    u16_at(record.data, 8),
                ) && flags & 0x0001 != 0
                {
                    scan.hidden_cols
                        .add(u32::from(first), u32::from(last.min(0x3FFF)));
                }
            }
            MUL_RK => {
                if let (Some(row), Some(first), Some(last)) = (
                    u16_at(record.data, 0),
                    u16_at(record.data, 2),
                    record
                        .data
                        .len()
                        .checked_sub(2)
                        .and_then(|at| u16_at(record.data, at)),
                ) {
                    bounds.add(u32::from(row), u32::from(first));
                    bounds.add(u32::from(row), u32::from(last.max(first)));
                    *cells_so_far += usize::from(last.saturating_sub(first)) + 1;
                }
            }
            kind if CELL_RECORDS.contains(&kind) => {
                if let (Some(row), Some(col)) = (u16_at(record.data, 0), u16_at(record.data, 2)) {
                    bounds.add(u32::from(row), u32::from(col));
                    *cells_so_far += 1;
                }
            }
            _ => {}
        }
        if *cells_so_far > limits.max_cells {
            return Err(LimitExceeded::Cells {
                sheet: sheet_label,
                limit: limits.max_cells,
            }
            .into());
        }
    }
    if let Some((r1, c1, r2, c2)) = bounds.area {
        let cells = u64::from(r2 - r1 + 1) * u64::from(c2 - c1 + 1);
        if cells > limits.max_dense_cells {
            return Err(LimitExceeded::DenseGrid {
                sheet: sheet_label,
                range: format!("{}:{}", cell_name(r1, c1), cell_name(r2, c2)),
                cells,
                far_cell: cell_name(r2, c2),
                limit: limits.max_dense_cells,
            }
            .into());
        }
    }
    Ok(scan)
}

/// Refuses a DIMENSIONS record that would make calamine reserve a huge grid, or that it would
/// misread (a last row before the first).
fn check_declared_dimensions(
    data: &[u8],
    sheet_label: &SheetName,
    limits: &Limits,
) -> Result<(), ReadError> {
    let (first_row, end_row, first_col, end_col) = match data.len() {
        10 => (
            u32::from(u16_at(data, 0).unwrap_or(0)),
            u32::from(u16_at(data, 2).unwrap_or(0)),
            u32::from(u16_at(data, 4).unwrap_or(0)),
            u32::from(u16_at(data, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(data, 0).unwrap_or(0),
            u32_at(data, 4).unwrap_or(0),
            u32::from(u16_at(data, 8).unwrap_or(0)),
            u32::from(u16_at(data, 10).unwrap_or(0)),
        ),
        _ => return Ok(()),
    };
    if end_row == 0 || end_col == 0 {
        return Ok(());
    }
    let first_col = if first_col > 0xFF || end_col < first_col {
        0
    } else {
        first_col
    };
    let damaged = || ReadError::Sheet {
        sheet: sheet_label.clone(),
        problem: SheetProblem::Dimensions {
            first_row,
            end_row,
            first_col,
            end_col,
        },
    };
    if end_row <= first_row {
        return Err(damaged());
    }
    let cells = u64::from(end_row - first_row) * u64::from(end_col - first_col);
    if cells > limits.max_dense_cells {
        let (last_row, last_col) = (end_row - 1, end_col - 1);
        return Err(LimitExceeded::DenseGrid {
            sheet: sheet_label.clone(),
            range: format!(
                "{}:{}",
                cell_name(first_row, first_col),
                cell_name(last_row, last_col)
            ),
            cells,
            far_cell: cell_name(last_row, last_col),
            limit: limits.max_dense_cells,
        }
        .into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut bytes = kind.to_le_bytes().to_vec();
        bytes.extend_from_slice(&(data.len() as u16).to_le_bytes());
        bytes.extend_from_slice(data);
        bytes
    }

    fn number_cell(row: u16, col: u16) -> Vec<u8> {
        let mut data = row.to_le_bytes().to_vec();
        data.extend_from_slice(&col.to_le_bytes());
        data.extend_from_slice(&[0; 10]);
        record(0x0203, &data)
    }

    /// A workbook stream with one sheet made of `sheet_records`.
    fn stream(sheet_records: &[Vec<u8>]) -> Vec<u8> {
        let mut globals = record(BOF, &[0; 16]);
        let bound_sheet_at = globals.len();
        globals.extend(record(
            BOUND_SHEET,
            &[0, 0, 0, 0, 0, 0, 4, 0, b'D', b'a', b't', b'a'],
        ));
        globals.extend(record(EOF, &[]));
        let sheet_offset = globals.len() as u32;
        globals[bound_sheet_at + 4..bound_sheet_at + 8]
            .copy_from_slice(&sheet_offset.to_le_bytes());
        globals.extend(record(BOF, &[0; 16]));
        for r in sheet_records {
            globals.extend_from_slice(r);
        }
        globals.extend(record(EOF, &[]));
        globals
    }

    #[test]
    fn refuses_a_stray_cell_that_makes_a_huge_grid() {
        let bytes = stream(&[number_cell(0, 0), number_cell(65_535, 255)]);
        let error = scan_stream(&bytes, &Limits::default()).expect_err("16 million cells");
        assert_eq!(
            error.to_string(),
            "the workbook is too large to read safely: sheet “Data” spans A1:IV65536 (16777216 cells), more than the limit of 1000000 for .xls and .ods sheets; delete the stray content at IV65536, or save the workbook as .xlsx"
        );
    }

    #[test]
    fn names_a_sheet_whose_name_cannot_be_read_by_its_number() {
        let mut bytes = stream(&[number_cell(0, 0), number_cell(65_535, 255)]);
        // The flags of the BOUNDSHEET name (after the globals' BOF, the record header and six
        // bytes of data) say neither Latin-1 nor UTF-16.
        bytes[20 + 4 + 7] = 0x02;
        let error = scan_stream(&bytes, &Limits::default()).expect_err("a huge grid");
        assert!(
            matches!(
                error,
                ReadError::Limit(LimitExceeded::DenseGrid {
                    sheet: SheetName::Numbered(1),
                    ..
                })
            ),
            "{error}"
        );
        assert!(
            error.to_string().contains("sheet number 1 spans"),
            "{error}"
        );
    }

    #[test]
    fn refuses_a_stray_cell_in_a_sheet_whose_bof_is_missing() {
        let mut sheet = stream(&[number_cell(0, 0), number_cell(26_998, 26_985)]);
        // The BOUNDSHEET record follows the 20 bytes of the globals' BOF; its data starts with
        // the offset of the sheet's own BOF, which is overwritten with another record type.
        let sheet_bof = u32_at(&sheet, 24).expect("the sheet's offset") as usize;
        sheet[sheet_bof..sheet_bof + 2].copy_from_slice(&0x3FDu16.to_le_bytes());
        let error = scan_stream(&sheet, &Limits::default()).expect_err("a huge grid");
        assert!(
            matches!(error, ReadError::Limit(LimitExceeded::DenseGrid { .. })),
            "{error}"
        );
    }

    #[test]
    fn refuses_forged_dimensions() {
        let mut huge = Vec::new();
        huge.extend_from_slice(&0u32.to_le_bytes());
        huge.extend_from_slice(&4_000_000_000u32.to_le_bytes());
        huge.extend_from_slice(&0u16.to_le_bytes());
        huge.extend_from_slice(&200u16.to_le_bytes());
        huge.extend_from_slice(&[0, 0]);
        let bytes = stream(&[record(DIMENSIONS, &huge)]);
        assert!(matches!(
            scan_stream(&bytes, &Limits::default()),
            Err(ReadError::Limit(LimitExceeded::DenseGrid { .. }))
        ));
        let mut backwards = Vec::new();
        backwards.extend_from_slice(&10u32.to_le_bytes());
        backwards.extend_from_slice(&5u32.to_le_bytes());
        backwards.extend_from_slice(&0u16.to_le_bytes());
        backwards.extend_from_slice(&3u16.to_le_bytes());
        backwards.extend_from_slice(&[0, 0]);
        let bytes = stream(&[record(DIMENSIONS, &backwards)]);
        assert!(matches!(
            scan_stream(&bytes, &Limits::default()),
            Err(ReadError::Sheet { .. })
        ));
    }

    #[test]
    fn collects_hidden_rows_and_columns() {
        let mut row = vec![0; 16];
        row[0..2].copy_from_slice(&7u16.to_le_bytes());
        row[12..14].copy_from_slice(&0x0020u16.to_le_bytes());
        let mut col = vec![0; 12];
        col[0..2].copy_from_slice(&2u16.to_le_bytes());
        col[2..4].copy_from_slice(&3u16.to_le_bytes());
        col[8..10].copy_from_slice(&1u16.to_le_bytes());
        let bytes = stream(&[record(ROW, &row), record(COL_INFO, &col), number_cell(7, 0)]);
        let scans = scan_stream(&bytes, &Limits::default()).expect("small sheet");
        assert!(scans[0].hidden_rows.contains(7) && !scans[0].hidden_rows.contains(6));
        assert!(scans[0].hidden_cols.contains(3) && !scans[0].hidden_cols.contains(4));
    }

    #[test]
    fn refuses_encrypted_xls_and_damaged_containers() {
        let mut globals = record(BOF, &[0; 16]);
        globals.extend(record(FILE_PASS, &[1, 0, 0, 0]));
        assert!(matches!(
            scan_stream(&globals, &Limits::default()),
            Err(ReadError::Encrypted { .. })
        ));
        let ole_magic = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and then nothing";
        assert!(matches!(
            scan(ole_magic, &Limits::default()),
            Err(ReadError::Ole(OleProblem::Damaged(_)))
        ));
    }

    #[test]
    fn recognises_an_encrypted_office_file() {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("create");
        file.create_stream("EncryptionInfo").expect("info");
        file.create_stream("EncryptedPackage").expect("package");
        let bytes = file.into_inner().into_inner();
        let error = scan(&bytes, &Limits::default()).expect_err("encrypted");
        assert!(error.to_string().contains("EncryptedPackage"), "{error}");
    }
}
