//! The state of reading one workbook: its sheets, which cells were used, the report being
//! assembled, and what must wait until every sheet was read (currencies, which depend on the
//! reporting State; national categories, which Annex 2 may define later).

use crate::container::sheet::{Cell, CellValue, Sheet};
use crate::interpret::coverage::Coverage;
use crate::interpret::draft::Draft;
use crate::interpret::fields::{self, At, FieldPointer};
use crate::interpret::party::PartyParts;
use crate::own::StatusBoxes;
use crate::rules::{
    FIELD_REPEATED, FORMULA_ERROR, FORMULA_WITHOUT_RESULT, TITLE_LINE, YEAR_FROM_SHEET_NAME,
};
use att_lexicon::label::Label;
use att_lexicon::number::DecimalMark;
use att_schema::text::fold;
use att_schema::{Category, Diagnostic, DirectionKind, Lang, Lenient, Location};
use rustc_hash::FxHashSet;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// A currency written in a cell or heading, resolved once the reporting State is known.
#[derive(Debug, Clone)]
pub(crate) struct PendingCurrency {
    /// The direction of the entry.
    pub direction: DirectionKind,
    /// The entry's index.
    pub entry: usize,
    /// The currency as written.
    pub text: String,
    /// Where it is written.
    pub location: Location,
}

/// Reading one workbook.
pub(crate) struct Reading<'w> {
    /// The sheets.
    pub sheets: &'w [Sheet],
    /// The cells used so far.
    pub coverage: Coverage,
    /// The report.
    pub draft: Draft,
    /// The workbook's language, for ambiguous separators.
    pub lang: Option<Lang>,
    /// The decimal separator the workbook's numbers written as text show, which settles
    /// ambiguous separators before the language.
    pub decimal: Option<DecimalMark>,
    /// Merged areas already reported, by sheet and top-left cell.
    pub merges_reported: HashSet<(usize, u32, u32)>,
    /// The diagnostic that reports the merged cells of a table column (by sheet, header row
    /// and column), which counts the others.
    pub merge_columns: HashMap<(usize, u32, u32), usize>,
    /// Currencies to resolve at the end.
    pub pending_currencies: Vec<PendingCurrency>,
    /// Table headings worded as in the 2017 template, and worded otherwise.
    pub template_headings: (usize, usize),
    /// The language a "Language:" field names.
    pub declared_lang: Option<Lang>,
    /// Whether a "Template version" field names the 2017 template.
    pub template_declared: bool,
    /// Sheets on which title-page fields were read.
    pub label_sheets: HashSet<usize>,
    /// States and categories already resolved.
    pub names: crate::interpret::names::Names,
    /// Whether the workbook is the toolkit's own (see [`crate::own`]).
    pub own: bool,
    /// The reporting State's name and code, as the title page gives them.
    pub reporting_state: PartyParts,
    /// The title page's status boxes of each direction, in the toolkit's own workbooks.
    pub status_boxes: [StatusBoxes; 2],
    /// The title lines that give the reporting State, the year or both, top to bottom: the
    /// first to give each is kept for when no label gives it.
    pub title_lines: Vec<TitleLineRead>,
    /// The first year a sheet's name carries ("Exportations 2021"), with the sheet's name.
    pub sheet_year: Option<(i32, String, Location)>,
}

/// A title line that gives the reporting State, the year or both, as read.
#[derive(Debug, Clone)]
pub(crate) struct TitleLineRead {
    /// The title as written.
    pub text: String,
    /// The State as written in it.
    pub state: Option<String>,
    /// The year it gives.
    pub year: Option<i32>,
    /// Its cell.
    pub at: Location,
    /// Whether the line is a State's name alone, on a cover: its State is taken only when no
    /// other title line gives one.
    pub bare: bool,
}

impl<'w> Reading<'w> {
    /// Starts reading `sheets`.
    pub(crate) fn new(sheets: &'w [Sheet], lang: Option<Lang>) -> Self {
        Reading {
            sheets,
            coverage: Coverage::new(sheets),
            draft: Draft::default(),
            lang,
            decimal: crate::interpret::decimal::workbook_decimal_mark(sheets),
            merges_reported: HashSet::new(),
            merge_columns: HashMap::new(),
            pending_currencies: Vec::new(),
            template_headings: (0, 0),
            declared_lang: None,
            template_declared: false,
            label_sheets: HashSet::new(),
            names: crate::interpret::names::Names::default(),
            own: false,
            reporting_state: PartyParts::default(),
            status_boxes: Default::default(),
            title_lines: Vec::new(),
            sheet_year: None,
        }
    }

    /// Settles the reporting State from its name and code cells.
    pub(crate) fn settle_reporting_state(&mut self) {
        let titled_state = self
            .title_lines
            .iter()
            .any(|line| line.state.is_some() && !line.bare);
        let mut passed_over: Vec<(String, String, Location)> = Vec::new();
        for title in std::mem::take(&mut self.title_lines) {
            let given_elsewhere = self.reporting_state.filled || (title.bare && titled_state);
            if given_elsewhere && let Some(state) = &title.state {
                passed_over.push((title.text.clone(), state.clone(), title.at.clone()));
            }
            let state = title.state.filter(|_| !given_elsewhere);
            if let Some(state) = &state {
                self.draft.place("/reporting_state", title.at.clone());
                self.reporting_state.name = Some(state.clone());
                self.reporting_state.filled = true;
            }
            let year = title.year.filter(|_| self.draft.report.year.is_none());
            if let Some(year) = year {
                self.draft.place("/year", title.at.clone());
                self.draft.report.year = Some(Lenient::Typed(i64::from(year)));
            }
            if state.is_none() && year.is_none() {
                continue;
            }
            let mut diagnostic = Diagnostic::new(&TITLE_LINE).arg("text", title.text.as_str());
            if let Some(state) = &state {
                diagnostic = diagnostic.arg("state", state.as_str());
            }
            if let Some(year) = year {
                diagnostic = diagnostic.arg("year", year.to_string());
            }
            if state.is_some() && year.is_some() {
                diagnostic = diagnostic.arg("both", "yes");
            }
            self.draft.diagnostics.push(diagnostic.located(title.at));
        }
        if self.draft.report.year.is_none()
            && let Some((year, sheet, at)) = self.sheet_year.clone()
        {
            self.draft.place("/year", at.clone());
            self.draft.report.year = Some(Lenient::Typed(i64::from(year)));
            self.draft.diagnostics.push(
                Diagnostic::new(&YEAR_FROM_SHEET_NAME)
                    .arg("sheet", sheet.as_str())
                    .arg("year", year.to_string())
                    .located(at),
            );
        }
        let parts = std::mem::take(&mut self.reporting_state);
        self.draft.report.reporting_state = parts.settle(&mut self.names);
        self.report_other_states(passed_over);
    }

    /// Reports each title line passed over for the reporting State that names another State
    /// than the one kept: read, it would otherwise be dropped without a word.
    fn report_other_states(&mut self, passed_over: Vec<(String, String, Location)>) {
        let Some(kept) = self.draft.report.reporting_state.clone() else {
            return;
        };
        let Some(kept_code) = kept.code.clone() else {
            return;
        };
        let first = self
            .draft
            .map
            .get("/reporting_state")
            .map(|place| place.to_string())
            .unwrap_or_default();
        let kept_text = kept.name.unwrap_or_else(|| kept_code.clone());
        for (text, state, at) in passed_over {
            if self
                .names
                .state_code(&state)
                .is_some_and(|code| code != kept_code)
            {
                self.draft.diagnostics.push(
                    Diagnostic::new(&FIELD_REPEATED)
                        .arg(
                            "label",
                            att_lexicon::label::canonical_label(Label::ReportingState, Lang::En),
                        )
                        .arg("text", text.as_str())
                        .arg("first", first.as_str())
                        .arg("kept", kept_text.as_str())
                        .located(at),
                );
            }
        }
    }

    /// Marks the cell at `row`, `col` of sheet `sheet` as used.
    pub(crate) fn consume(&mut self, sheet: usize, row: u32, col: u32) {
        self.coverage.mark_at(sheet, self.sheets, row, col);
    }

    /// A place to read a value at, reporting into the draft's diagnostics.
    pub(crate) fn at(&mut self, location: Location, pointer: impl Into<FieldPointer>) -> At<'_> {
        At {
            location,
            pointer: pointer.into(),
            lang: self.lang,
            decimal: self.decimal,
            diagnostics: &mut self.draft.diagnostics,
        }
    }

    /// A cell's text for a free-text field; an error value is reported.
    pub(crate) fn text_field(
        &mut self,
        cell: Option<&Cell>,
        location: &Location,
    ) -> Option<String> {
        if let Some(Cell {
            value: CellValue::Error(error),
            ..
        }) = cell
        {
            self.draft.diagnostics.push(
                Diagnostic::new(&FORMULA_ERROR)
                    .arg("error", &**error)
                    .located(location.clone()),
            );
        }
        fields::text_of(cell)
    }

    /// Reports formulas without a saved result, wherever they are.
    pub(crate) fn report_uncached_formulas(&mut self) {
        for (index, sheet) in self.sheets.iter().enumerate() {
            for (cell_index, cell) in sheet.cells.iter().enumerate() {
                if cell.is_uncached_formula() {
                    self.coverage.mark(index, cell_index);
                    // The toolkit's own code lookups are computed by the reader itself: a
                    // program that saved the workbook without calculating them (openpyxl,
                    // many scripts) lost nothing.
                    if self.own && sheet.is_lookup(cell.row, cell.col) {
                        continue;
                    }
                    self.draft.diagnostics.push(
                        Diagnostic::new(&FORMULA_WITHOUT_RESULT)
                            .located(sheet.location(cell.row, cell.col)),
                    );
                }
            }
        }
    }

    /// Resolves the currencies written in cells and headings, now that the reporting State (the
    /// home of "$" or "kr") is known.
    pub(crate) fn resolve_currencies(&mut self) {
        let home = self
            .draft
            .report
            .reporting_state
            .as_ref()
            .and_then(|party| party.code.clone());
        let mut pending_list = std::mem::take(&mut self.pending_currencies);
        let mut waiting: FxHashSet<(DirectionKind, usize)> = pending_list
            .iter()
            .map(|pending| (pending.direction, pending.entry))
            .collect();
        for kind in DirectionKind::ALL {
            let Some((text, location)) = self.draft.evidence_mut(kind).currency.clone() else {
                continue;
            };
            let missing: Vec<usize> = self
                .draft
                .report
                .direction(kind)
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| e.value.as_ref().is_some_and(|v| v.currency.is_none()))
                .map(|(index, _)| index)
                .collect();
            for entry in missing {
                if waiting.insert((kind, entry)) {
                    pending_list.push(PendingCurrency {
                        direction: kind,
                        entry,
                        text: text.clone(),
                        location: location.clone(),
                    });
                    self.draft.place(
                        format!("/{}/entries/{entry}/value/currency", kind.field()),
                        location.clone(),
                    );
                }
            }
        }
        drop(waiting);
        // A currency written once for many entries (in a heading, a label or a title) is
        // reported once, at its place.
        let mut reported: FxHashSet<(&Location, &str)> = FxHashSet::default();
        for pending in &pending_list {
            let pointer = FieldPointer::OfEntry {
                direction: pending.direction,
                index: pending.entry,
                member: "/value/currency",
            };
            let first = reported.insert((&pending.location, &pending.text));
            let code = {
                let mut discarded = Vec::new();
                let mut at = if first {
                    self.at(pending.location.clone(), pointer)
                } else {
                    At {
                        location: pending.location.clone(),
                        pointer,
                        lang: self.lang,
                        decimal: self.decimal,
                        diagnostics: &mut discarded,
                    }
                };
                if pending.text.is_empty() {
                    fields::home_currency(home.as_deref(), &mut at)
                } else {
                    Some(fields::resolve_currency_text(
                        &pending.text,
                        home.as_deref(),
                        &mut at,
                    ))
                }
            };
            let Some(code) = code else { continue };
            let entry = self
                .draft
                .report
                .direction_mut(pending.direction)
                .entries
                .get_mut(pending.entry);
            if let Some(value) = entry.and_then(|e| e.value.as_mut()) {
                value.currency = Some(code);
            }
        }
    }

    /// Turns category texts that Annex 2 defines as national categories into `national`
    /// categories with their name.
    pub(crate) fn resolve_national_categories(&mut self) {
        let defined: HashSet<String> = self
            .draft
            .report
            .national_definitions
            .iter()
            .filter_map(|d| d.national_category.as_deref())
            .map(fold)
            .collect();
        if defined.is_empty() {
            return;
        }
        for kind in DirectionKind::ALL {
            for entry in &mut self.draft.report.direction_mut(kind).entries {
                let Some(Value::String(text)) = entry.category.as_ref().and_then(Lenient::raw)
                else {
                    continue;
                };
                if defined.contains(&fold(text)) {
                    entry.national_category = Some(text.clone());
                    entry.category = Some(Lenient::Typed(Category::National));
                }
            }
        }
    }
}
