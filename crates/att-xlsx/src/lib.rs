//! Reads ATT annual report workbooks of any layout — the 2017 template in English, French or
//! Spanish, and the national layouts States really use — into the typed report, with a source
//! map from every JSON pointer to the `sheet!cell` it came from.
//!
//! Tables are found by their headings, not by fixed cells: header rows may stand anywhere, be
//! repeated, span two rows, and be worded in any of the three languages or with national
//! synonyms; exports and imports may be on separate sheets or stacked on one sheet under section
//! titles. Title-page fields are read from label/value pairs and tick boxes. Every non-empty cell
//! either lands in the document (typed, or as written where it could not be typed) or is
//! reported as a diagnostic at its cell. See the crate's `README.md` for the limits that bound
//! memory and time on hostile files.
//!
//! ```
//! use rust_xlsxwriter::Workbook;
//!
//! let mut workbook = Workbook::new();
//! let sheet = workbook.add_worksheet();
//! sheet.set_name("Exports")?;
//! for (col, heading) in ["Category", "Final importing State", "Number of items"].iter().enumerate() {
//!     sheet.write_string(2, col as u16, *heading)?;
//! }
//! sheet.write_string(3, 0, "II")?;
//! sheet.write_string(3, 1, "Norway")?;
//! sheet.write_number(3, 2, 12)?;
//! let bytes = workbook.save_to_buffer()?;
//!
//! let read = att_xlsx::read(&bytes, &att_xlsx::Limits::default())?;
//! let partner = read.report.exports.entries[0].partner.as_ref();
//! assert_eq!(partner.and_then(|p| p.code.as_deref()), Some("NOR"));
//! assert_eq!(
//!     read.source_map.get("/exports/entries/0/items").map(|l| l.to_string()),
//!     Some("Exports!C4".to_owned())
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod container;
mod interpret;
pub mod own;
pub mod rules;

pub use container::error::{
    Encryption, OleProblem, OtherFile, PartProblem, ReadError, SheetName, SheetProblem,
    UnsupportedWorkbook, ZipProblem,
};
pub use container::limits::{LimitExceeded, Limits};

use att_schema::rules::LAYOUT_NOT_RECOGNISED;
use att_schema::{Diagnostic, Format, Lang, ReadReport, Reader, Rule, Submission, Written};
use container::sheet;
use interpret::reading::Reading;
use interpret::{sheet_reader, title};

/// The workbook reader, as the pipeline uses every reader.
#[derive(Debug, Clone, Copy, Default)]
pub struct WorkbookReader;

impl Reader for WorkbookReader {
    type Limits = Limits;
    type Error = ReadError;
    const NAME: &'static str = "att-xlsx";

    fn detect(bytes: &[u8]) -> Option<Format> {
        detect(bytes)
    }

    fn read(bytes: &[u8], limits: &Limits) -> Result<ReadReport, ReadError> {
        read(bytes, limits)
    }

    fn rules() -> &'static [&'static Rule] {
        rules::RULES
    }
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
const ODS_MIMETYPE: &[u8] = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

/// The workbook format of `bytes`, judged from their content: a zip archive is an OpenDocument
/// spreadsheet when its first entry is the `mimetype` that says so, and is otherwise taken for
/// an xlsx workbook (reading says if it is not one); an OLE compound file is an `.xls`.
pub fn detect(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(ZIP_MAGIC) {
        let is_ods = bytes
            .get(30..30 + ODS_MIMETYPE.len())
            .is_some_and(|entry| entry == ODS_MIMETYPE);
        return Some(if is_ods { Format::Ods } else { Format::Xlsx });
    }
    bytes.starts_with(OLE_MAGIC).then_some(Format::Xls)
}

/// Most text cells of each sheet used to guess the report's language.
const LANGUAGE_SAMPLE: usize = 400;

/// Reads a report workbook (`.xlsx`, `.xlsm`, `.xls` or `.ods`) from its bytes: the report
/// (values that could not be typed kept as written), the cell each value came from (empty cells
/// of table rows included, so that a missing value is found at the cell to fill), and what the
/// reader noticed, each at its cell.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<ReadReport, ReadError> {
    let mut workbook = container::open::open(bytes, limits)?;
    let own_sheet = own::detect(&workbook.sheets);
    if own_sheet.is_none() {
        for sheet in &mut workbook.sheets {
            sheet.forget_literals();
        }
    }
    let sheets = &workbook.sheets;
    let lang = guess_language(sheets);
    let mut reading = Reading::new(sheets, lang);
    reading.own = own_sheet.is_some();
    if let Some(index) = own_sheet {
        reading.names.set_list(own::state_list(&sheets[index]));
    }
    reading
        .draft
        .diagnostics
        .extend(workbook.diagnostics.iter().cloned());
    let mut seen = title::SeenLabels::default();
    for index in 0..sheets.len() {
        if Some(index) == own_sheet {
            reading.coverage.ignore(index);
            continue;
        }
        sheet_reader::read_sheet(&mut reading, index, &mut seen);
    }
    reading.report_uncached_formulas();
    reading.settle_reporting_state();
    if reading.own {
        reading.resolve_currencies();
        let boxes = std::mem::take(&mut reading.status_boxes);
        own::settle_directions(&mut reading.draft, &boxes);
    } else {
        reading.resolve_national_categories();
        reading.resolve_currencies();
        reading.draft.settle_directions();
    }
    describe_submission(&mut reading, lang);
    let unread = reading.coverage.report(sheets, &reading.draft.tables);
    let mut draft = reading.draft;
    draft.diagnostics.extend(unread);
    let sheet_order = sheets.iter().map(|s| s.name.to_string()).collect();
    drop(workbook);
    Ok(ReadReport {
        format: detect(bytes).unwrap_or(Format::Xlsx),
        report: draft.report,
        source_map: draft.map,
        diagnostics: draft.diagnostics,
        written: Written::Layout,
        sheet_order,
    })
}

/// Guesses the report's language from its sheet names and the text of its cells.
fn guess_language(sheets: &[sheet::Sheet]) -> Option<Lang> {
    let mut texts: Vec<&str> = sheets.iter().map(|s| &*s.name).collect();
    for sheet in sheets {
        texts.extend(
            sheet
                .cells
                .iter()
                .filter_map(|cell| cell.value.text())
                .filter(|text| text.len() <= 120)
                .take(LANGUAGE_SAMPLE),
        );
    }
    att_lexicon::lang::guess_language(&texts)
}

/// Sets the report's language and template, and reports a layout that is not the template;
/// the toolkit's own workbooks say theirs on their title page.
fn describe_submission(reading: &mut Reading<'_>, lang: Option<Lang>) {
    if reading.own {
        return;
    }
    let (canonical, other) = reading.template_headings;
    let has_tables = canonical + other > 0;
    let table_sheets: Vec<usize> = reading.draft.tables.iter().map(|t| t.sheet).collect();
    let one_table_a_sheet = table_sheets
        .iter()
        .enumerate()
        .all(|(i, sheet)| !table_sheets[..i].contains(sheet));
    let title_page_apart = reading
        .label_sheets
        .iter()
        .any(|sheet| !table_sheets.contains(sheet));
    let is_template = reading.template_declared
        || (has_tables && other == 0 && one_table_a_sheet && title_page_apart);
    let language = reading.declared_lang.or(lang);
    if !has_tables && language.is_none() && reading.draft.report.submission.is_none() {
        return;
    }
    let submission = reading
        .draft
        .report
        .submission
        .get_or_insert_with(Submission::default);
    submission.language = language.map(|l| l.code().to_owned());
    if has_tables || reading.template_declared {
        submission.template = Some(if is_template { "att-2017" } else { "national" }.to_owned());
    }
    if has_tables && !is_template {
        let layout = reading
            .sheets
            .iter()
            .map(|s| &*s.name)
            .collect::<Vec<_>>()
            .join(", ");
        reading
            .draft
            .diagnostics
            .push(Diagnostic::new(&LAYOUT_NOT_RECOGNISED).arg("layout", layout));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_workbooks_by_content() {
        assert_eq!(detect(b"PK\x03\x04rest"), Some(Format::Xlsx));
        assert_eq!(detect(OLE_MAGIC), Some(Format::Xls));
        let mut ods = b"PK\x03\x04".to_vec();
        ods.resize(30, 0);
        ods.extend_from_slice(ODS_MIMETYPE);
        assert_eq!(detect(&ods), Some(Format::Ods));
        assert_eq!(detect(b"{\"year\": 2023}"), None);
        assert_eq!(detect(b""), None);
    }
}
