//! Turns calamine's cell values into the located-cell model, counting cells against the limits
//! and cutting over-long text (with a diagnostic).

use crate::container::error::ReadError;
use crate::container::limits::{LimitExceeded, Limits};
use crate::container::sheet::{Cell, CellText, CellValue, Merge, Sheet};
use crate::rules::TEXT_TRUNCATED;
use att_schema::{Date, Diagnostic, Location};
use calamine::{Data, Sheet as SheetMeta, SheetType, SheetVisible};
use rustc_hash::FxHashSet;

/// A workbook as the format readers deliver it: its sheets in tab order.
#[derive(Debug, Default)]
pub(crate) struct Workbook {
    /// Worksheets in tab order (chart and macro sheets left out: they hold no cells).
    pub sheets: Vec<Sheet>,
    /// What was noticed while reading cells (over-long text).
    pub diagnostics: Vec<Diagnostic>,
}

/// Collects the cells of every sheet under the workbook-wide limits.
pub(crate) struct Collector<'l> {
    limits: &'l Limits,
    cells_so_far: usize,
    merged_cells_so_far: u64,
    diagnostics: Vec<Diagnostic>,
    /// The texts of cells that no shared string holds (every text of an `.xls` or `.ods`
    /// workbook, inline strings of an `.xlsx`), kept once for every cell that shows them.
    texts: FxHashSet<CellText>,
}

impl<'l> Collector<'l> {
    /// A collector for a workbook of `sheet_count` sheets; refuses too many sheets.
    pub(crate) fn new(limits: &'l Limits, sheet_count: usize) -> Result<Self, ReadError> {
        if sheet_count > limits.max_sheets {
            return Err(LimitExceeded::Sheets {
                count: sheet_count,
                limit: limits.max_sheets,
            }
            .into());
        }
        Ok(Collector {
            limits,
            cells_so_far: 0,
            merged_cells_so_far: 0,
            diagnostics: Vec::new(),
            texts: FxHashSet::default(),
        })
    }

    /// Adds a cell of `sheet` unless it is empty; counts it against the limit on cells.
    pub(crate) fn push(
        &mut self,
        sheet: &str,
        cells: &mut Vec<Cell>,
        (row, col): (u32, u32),
        value: CellValue,
        uncached_formula: bool,
    ) -> Result<(), ReadError> {
        let value = match value {
            CellValue::Text(text) if text.trim().is_empty() => CellValue::Empty,
            CellValue::Text(text) => CellValue::Text(self.cut(sheet, (row, col), text)),
            other => other,
        };
        if value == CellValue::Empty && !uncached_formula {
            return Ok(());
        }
        self.count(sheet)?;
        cells.push(Cell { row, col, value });
        Ok(())
    }

    /// Adds a literal cell (see [`att_workbook::literal`]) showing `value`, even when what it shows is
    /// blank (`=""`), so that the cell is there to read in the toolkit's own workbooks; counts
    /// it against the limit on cells.
    pub(crate) fn push_literal(
        &mut self,
        sheet: &str,
        cells: &mut Vec<Cell>,
        (row, col): (u32, u32),
        value: CellValue,
    ) -> Result<(), ReadError> {
        let value = match value {
            CellValue::Text(text) => CellValue::Text(self.cut(sheet, (row, col), text)),
            CellValue::Empty => CellValue::Text(CellText::default()),
            other => other,
        };
        self.count(sheet)?;
        cells.push(Cell { row, col, value });
        Ok(())
    }

    fn count(&mut self, sheet: &str) -> Result<(), ReadError> {
        self.cells_so_far += 1;
        if self.cells_so_far > self.limits.max_cells {
            return Err(LimitExceeded::Cells {
                sheet: sheet.into(),
                limit: self.limits.max_cells,
            }
            .into());
        }
        Ok(())
    }

    /// Gives a sheet its merged areas, counting the cells they cover against the limit.
    pub(crate) fn merges(
        &mut self,
        sheet: &mut Sheet,
        merges: Vec<Merge>,
    ) -> Result<(), ReadError> {
        let budget = self
            .limits
            .max_merged_cells
            .saturating_sub(self.merged_cells_so_far);
        match sheet.set_merges(merges, budget) {
            Some(spent) => {
                self.merged_cells_so_far += spent;
                Ok(())
            }
            None => Err(LimitExceeded::MergedCells {
                sheet: sheet.name.to_string().into(),
                limit: self.limits.max_merged_cells,
            }
            .into()),
        }
    }

    /// The diagnostics collected so far.
    pub(crate) fn finish(self, sheets: Vec<Sheet>) -> Workbook {
        Workbook {
            sheets,
            diagnostics: self.diagnostics,
        }
    }

    fn cut(&mut self, sheet: &str, (row, col): (u32, u32), text: CellText) -> CellText {
        let limit = self.limits.max_cell_chars;
        // A text has no more characters than bytes.
        if text.len() <= limit {
            return self.kept_once(text);
        }
        let Some((cut_at, _)) = text.char_indices().nth(limit) else {
            return self.kept_once(text);
        };
        let length = text.chars().count();
        self.diagnostics.push(
            Diagnostic::new(&TEXT_TRUNCATED)
                .arg("length", length.to_string())
                .arg("limit", limit.to_string())
                .located(Location::cell(sheet, row, col)),
        );
        self.kept_once(CellText::from(&text[..cut_at]))
    }

    /// `text`, or the same text another cell already shows.
    fn kept_once(&mut self, text: CellText) -> CellText {
        if text.is_shared() {
            return text;
        }
        if let Some(kept) = self.texts.get(&*text) {
            return kept.clone();
        }
        self.texts.insert(text.clone());
        text
    }
}

/// Whether a sheet of this kind holds cells to read (worksheets do; chart sheets, dialog
/// sheets and modules do not).
/// The sheet of a workbook whose cells calamine decodes into grids (`.xls`, `.ods`): its values,
/// then its formulas — literal cells of the toolkit's own workbooks, code lookups, and formulas
/// without a saved result (which `has_saved_result` may know of when the grid does not show it).
pub(crate) fn sheet_from_grids(
    collector: &mut Collector,
    meta: &SheetMeta,
    values: &calamine::Range<Data>,
    formulas: &calamine::Range<String>,
    dialect: att_workbook::literal::Dialect,
    has_saved_result: impl Fn((u32, u32)) -> bool,
) -> Result<Sheet, ReadError> {
    let mut cells = Vec::new();
    let (row0, col0) = values.start().unwrap_or_default();
    for (row, col, data) in values.used_cells() {
        let position = (row0 + row as u32, col0 + col as u32);
        collector.push(
            &meta.name,
            &mut cells,
            position,
            convert(data.clone()),
            false,
        )?;
    }
    let (frow0, fcol0) = formulas.start().unwrap_or_default();
    let mut literals = Vec::new();
    let mut lookups = Vec::new();
    for (row, col, formula) in formulas.used_cells() {
        let position = (frow0 + row as u32, fcol0 + col as u32);
        let has_value = values
            .get_value(position)
            .is_some_and(|data| *data != Data::Empty);
        if let Some(value) = att_workbook::literal::parse_in(formula, dialect) {
            if !has_value {
                collector.push_literal(&meta.name, &mut cells, position, CellValue::Empty)?;
            }
            literals.push((position, value));
            continue;
        }
        if att_workbook::is_code_lookup(formula) {
            lookups.push(position);
        }
        if !formula.is_empty() && !has_value && !has_saved_result(position) {
            collector.push(&meta.name, &mut cells, position, CellValue::Empty, true)?;
        }
    }
    let mut sheet = Sheet::new(meta.name.clone(), cells);
    sheet.hidden = is_hidden(meta);
    for ((row, col), value) in literals {
        sheet.set_literal(row, col, value);
    }
    for (row, col) in lookups {
        sheet.set_lookup(row, col);
    }
    Ok(sheet)
}

pub(crate) fn holds_cells(meta: &SheetMeta) -> bool {
    matches!(meta.typ, SheetType::WorkSheet)
}

/// Whether the sheet is hidden from the tabs.
pub(crate) fn is_hidden(meta: &SheetMeta) -> bool {
    !matches!(meta.visible, SheetVisible::Visible)
}

/// The located-cell value of a calamine value.
pub(crate) fn convert(data: Data) -> CellValue {
    match data {
        Data::Int(number) => CellValue::Number(number as f64),
        Data::Float(number) => CellValue::Number(number),
        Data::String(text) => CellValue::Text(text.into()),
        Data::Bool(flag) => CellValue::Bool(flag),
        Data::DateTime(datetime) if datetime.is_duration() => CellValue::Number(datetime.as_f64()),
        Data::DateTime(datetime) => {
            let (year, month, day, ..) = datetime.to_ymd_hms_milli();
            let in_range = (1.0..2_958_466.0).contains(&datetime.as_f64());
            match Date::new(i32::from(year), month, day) {
                Some(date) if in_range => CellValue::Date(date),
                _ => CellValue::Number(datetime.as_f64()),
            }
        }
        Data::DateTimeIso(text) => text
            .get(..10)
            .and_then(Date::parse_iso)
            .map_or_else(|| CellValue::Text(text.into()), CellValue::Date),
        Data::DurationIso(text) => CellValue::Text(text.into()),
        Data::Error(error) => CellValue::Error(error.to_string().into()),
        Data::Empty => CellValue::Empty,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{ExcelDateTime, ExcelDateTimeType};

    #[test]
    fn converts_dates_in_both_epochs() {
        let date = |serial, is_1904| {
            convert(Data::DateTime(ExcelDateTime::new(
                serial,
                ExcelDateTimeType::DateTime,
                is_1904,
            )))
        };
        assert_eq!(date(45_440.0, false).display(), "2024-05-28");
        assert_eq!(date(43_978.0, true).display(), "2024-05-28");
        assert_eq!(
            convert(Data::DateTimeIso("2024-05-28T00:00:00".into())).display(),
            "2024-05-28"
        );
        assert_eq!(
            convert(Data::DateTimeIso("garbage".into())),
            CellValue::Text("garbage".into())
        );
    }

    #[test]
    fn cuts_long_text_and_counts_cells() {
        let limits = Limits {
            max_cell_chars: 3,
            max_cells: 2,
            ..Limits::default()
        };
        let mut collector = Collector::new(&limits, 1).expect("one sheet");
        let mut cells = Vec::new();
        collector
            .push(
                "S",
                &mut cells,
                (0, 0),
                CellValue::Text("éèêë".into()),
                false,
            )
            .expect("first");
        collector
            .push("S", &mut cells, (0, 1), CellValue::Text("  ".into()), false)
            .expect("blank is not counted");
        collector
            .push("S", &mut cells, (0, 2), CellValue::Empty, true)
            .expect("uncached formula is kept");
        assert_eq!(cells[0].value, CellValue::Text("éèê".into()));
        assert_eq!(cells.len(), 2);
        // Three characters in six bytes are within a limit of three.
        let mut within = Collector::new(&limits, 1).expect("one sheet");
        let mut kept = Vec::new();
        within
            .push("S", &mut kept, (0, 0), CellValue::Text("éèê".into()), false)
            .expect("within the limits");
        assert_eq!(kept[0].value, CellValue::Text("éèê".into()));
        assert!(within.finish(Vec::new()).diagnostics.is_empty());
        let error = collector
            .push("S", &mut cells, (1, 0), CellValue::Number(1.0), false)
            .expect_err("over the limit");
        assert!(matches!(
            error,
            ReadError::Limit(LimitExceeded::Cells { .. })
        ));
        let workbook = collector.finish(Vec::new());
        assert_eq!(workbook.diagnostics[0].code(), "ATT0132");
    }

    #[test]
    fn cells_showing_the_same_text_share_it() {
        let limits = Limits::default();
        let mut collector = Collector::new(&limits, 1).expect("one sheet");
        let mut cells = Vec::new();
        for (row, text) in [(0, "Sweden"), (1, "Sweden"), (2, "Norway")] {
            let value = CellValue::Text(String::from(text).into());
            collector
                .push("S", &mut cells, (row, 0), value, false)
                .expect("within the limits");
        }
        let texts: Vec<&str> = cells
            .iter()
            .filter_map(|cell| match &cell.value {
                CellValue::Text(text) => Some(&**text),
                _ => None,
            })
            .collect();
        assert!(std::ptr::eq(texts[0], texts[1]));
        assert!(!std::ptr::eq(texts[0], texts[2]));
        assert_eq!(texts, ["Sweden", "Sweden", "Norway"]);
    }
}
