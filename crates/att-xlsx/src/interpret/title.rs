//! Title-page fields and the lines above a table: label/value pairs ("Reporting State:" with
//! the value in the next cell to its right, or "Calendar year: 2023" in one cell), tick boxes
//! next to their label, and "Authorized"/"Actual" boxes.

use crate::container::sheet::{Cell, CellValue};
use crate::interpret::field::Field;
use crate::interpret::fields;
use crate::interpret::reading::Reading;
use crate::own::title as own_title;
use crate::rules::FIELD_REPEATED;
use att_lexicon::basis::read_basis;
use att_lexicon::label::{Label, LabelMatch, match_label};
use att_lexicon::section::match_section;
use att_lexicon::tick::read_tick;
use att_schema::text::fold;
use att_schema::{
    Basis, Contact, Diagnostic, DirectionKind, Lang, Lenient, Location, Submission, Withheld,
};
use serde_json::Value;
use std::collections::HashMap;

/// The first value read for each label, to report a field given again differently.
#[derive(Debug, Default)]
pub(crate) struct SeenLabels {
    first: HashMap<String, (Location, String)>,
}

/// Which directions a basis or currency label applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// One direction: the table below the label, or the sheet's.
    One(DirectionKind),
    /// Both: a label on the title page.
    Both,
}

impl Scope {
    /// The directions the label speaks for.
    pub(crate) fn directions(self) -> Vec<DirectionKind> {
        match self {
            Scope::One(direction) => vec![direction],
            Scope::Both => DirectionKind::ALL.to_vec(),
        }
    }
}

/// The value of a label: the text after its colon, or the next non-empty cell to its right.
struct LabelValue<'c> {
    cell: Option<&'c Cell>,
    /// The value of the cell, when it is a literal cell of the toolkit's own workbook.
    literal: Option<&'c Value>,
    /// Whether the value's cell looks a State's code up in the toolkit's own list.
    lookup: bool,
    inline: Option<String>,
    location: Location,
}

/// Reads the labels of one row outside the tables; returns whether any cell was read.
pub(crate) fn read_row(
    reading: &mut Reading<'_>,
    sheet_index: usize,
    row: u32,
    scope: Scope,
    seen: &mut SeenLabels,
) -> bool {
    let sheet = &reading.sheets[sheet_index];
    let span = sheet.row_span(row);
    let cells: Vec<&Cell> = sheet.cells[span].iter().collect();
    let mut used_any = false;
    let mut skip_until_col = 0u32;
    for (position, cell) in cells.iter().enumerate() {
        if cell.col < skip_until_col {
            continue;
        }
        let Some(text) = cell.value.text() else {
            continue;
        };
        if let Some(mut found) = match_label(text) {
            if is_tick_label(found.label)
                && let Some(answer) = yes_no_answer(reading, sheet_index, &found, cell)
            {
                skip_until_col = answer.last_col + 1;
                reading.consume(sheet_index, row, cell.col);
                for &(r, c) in &answer.used {
                    reading.consume(sheet_index, r, c);
                }
                found.inline_value = Some(answer.answer);
                found.inline_answer = None;
                let value = LabelValue {
                    cell: None,
                    literal: None,
                    lookup: false,
                    inline: Some(answer.answer.to_owned()),
                    location: answer.at,
                };
                let label_at = sheet.location(row, cell.col);
                apply(reading, found, value, label_at, scope, seen);
                used_any = true;
                continue;
            }
            if found.inline_answer == Some(att_lexicon::tick::YesNoAnswer::Unanswered) {
                // The label lists the options ("Rapport public : oui / non"): the answer is in
                // the cell after it.
                found.inline_value = None;
                found.inline_answer = None;
            }
            let value = value_of(reading, sheet_index, &cells, position, &found);
            skip_until_col = value
                .cell
                .map_or(cell.col + 1, |value_cell| value_cell.col + 1);
            reading.consume(sheet_index, row, cell.col);
            if let Some(value_cell) = value.cell {
                reading.consume(sheet_index, value_cell.row, value_cell.col);
            }
            let label_at = sheet.location(row, cell.col);
            apply(reading, found, value, label_at, scope, seen);
            used_any = true;
            continue;
        }
        if let Some(basis) = read_basis(text).filter(|b| *b != Basis::Both)
            && let Some(tick_cell) = tick_beside(&cells, position)
        {
            reading.consume(sheet_index, row, cell.col);
            reading.consume(sheet_index, tick_cell.row, tick_cell.col);
            let at = sheet.location(tick_cell.row, tick_cell.col);
            let directions = match match_section(text)
                .and_then(|s| crate::interpret::layout::section_direction(s.section))
            {
                Some(direction) => vec![direction],
                None => scope.directions(),
            };
            let ticked = fields::read_tick_cell(Some(tick_cell)) == Ok(true);
            for direction in directions {
                let evidence = reading.draft.evidence_mut(direction);
                if ticked {
                    evidence.bases.push((basis, at.clone()));
                } else if evidence.basis_blank.is_none() {
                    evidence.basis_blank = Some(at.clone());
                }
            }
            skip_until_col = tick_cell.col.max(cell.col) + 1;
            used_any = true;
        }
    }
    used_any
}

/// The answer of a yes/no question read from its options: the label's own "yes ☒ / no ☐",
/// or options written in the cells after it or in the rows just below it, each a word
/// ("Yes", "Oui", "No", "Non"…) with its box beside it ("Oui | ☒ | Non | ☐"; "yes | ✓" over
/// "no"). The ticked option is the answer; where the options have boxes and none is ticked,
/// the question is unanswered.
struct YesNoRead {
    /// "Yes", "No", or "" when unanswered.
    answer: &'static str,
    /// The box that answers, or the label when none does.
    at: Location,
    /// The cells of the options and their boxes.
    used: Vec<(u32, u32)>,
    /// The last column of the options on the label's row.
    last_col: u32,
}

fn yes_no_answer(
    reading: &Reading<'_>,
    sheet_index: usize,
    found: &LabelMatch<'_>,
    label: &Cell,
) -> Option<YesNoRead> {
    use att_lexicon::tick::YesNoAnswer;
    let sheet = &reading.sheets[sheet_index];
    let label_at = sheet.location(label.row, label.col);
    match found.inline_answer {
        Some(YesNoAnswer::Yes) => {
            return Some(YesNoRead {
                answer: "Yes",
                at: label_at,
                used: Vec::new(),
                last_col: label.col,
            });
        }
        Some(YesNoAnswer::No) => {
            return Some(YesNoRead {
                answer: "No",
                at: label_at,
                used: Vec::new(),
                last_col: label.col,
            });
        }
        _ => {}
    }
    // Options after the label on its row, then in the two rows below it.
    let same_row: Vec<&Cell> = sheet.cells[sheet.row_span(label.row)]
        .iter()
        .filter(|c| c.col > label.col)
        .collect();
    let mut candidates: Vec<Vec<&Cell>> = vec![same_row.clone()];
    if same_row.is_empty() {
        for below in label.row + 1..=label.row + 2 {
            candidates.push(sheet.cells[sheet.row_span(below)].iter().collect());
        }
    }
    let mut options: Vec<(bool, Option<&Cell>, &Cell)> = Vec::new();
    for cells in &candidates {
        for (i, cell) in cells.iter().enumerate() {
            let Some(yes) = cell.value.text().and_then(option_word) else {
                continue;
            };
            let next = cells.get(i + 1).filter(|n| n.col == cell.col + 1);
            let boxed = next.filter(|n| {
                n.value
                    .text()
                    .is_some_and(|t| option_word(t).is_none() && read_tick(t).is_some())
            });
            options.push((yes, boxed.copied(), cell));
        }
        if !options.is_empty() && candidates.len() == 1 {
            break;
        }
    }
    let yes_option = options.iter().find(|(yes, _, _)| *yes);
    let no_option = options.iter().find(|(yes, _, _)| !*yes);
    let (Some(yes_option), Some(no_option)) = (yes_option, no_option) else {
        return None;
    };
    if yes_option.1.is_none() && no_option.1.is_none() && found.inline_answer.is_none() {
        return None;
    }
    let ticked = |option: &(bool, Option<&Cell>, &Cell)| {
        option
            .1
            .and_then(|b| b.value.text())
            .and_then(read_tick)
            .unwrap_or(false)
    };
    let mut used = Vec::new();
    let mut last_col = label.col;
    for option in [yes_option, no_option] {
        used.push((option.2.row, option.2.col));
        if let Some(b) = option.1 {
            used.push((b.row, b.col));
        }
        if option.2.row == label.row {
            last_col = last_col.max(option.1.map_or(option.2.col, |b| b.col));
        }
    }
    let (answer, at) = match (ticked(yes_option), ticked(no_option)) {
        (true, false) => ("Yes", yes_option.1.unwrap_or(yes_option.2)),
        (false, true) => ("No", no_option.1.unwrap_or(no_option.2)),
        _ => ("", label),
    };
    Some(YesNoRead {
        answer,
        at: sheet.location(at.row, at.col),
        used,
        last_col,
    })
}

/// Whether a text is a yes or a no word ("Yes", "Oui", "Sí", "No", "Non"): `Some(true)` for
/// yes.
fn option_word(text: &str) -> Option<bool> {
    match fold(text.trim()).as_str() {
        "yes" | "oui" | "si" | "ja" => Some(true),
        "no" | "non" | "nein" => Some(false),
        _ => None,
    }
}

/// The tick cell right of `position`, or left of it, when it reads as a tick box.
fn tick_beside<'c>(cells: &[&'c Cell], position: usize) -> Option<&'c Cell> {
    let cell = cells[position];
    let is_tick = |c: &&Cell| match &c.value {
        CellValue::Text(text) => read_tick(text).is_some() && match_label(text).is_none(),
        CellValue::Bool(_) => true,
        _ => false,
    };
    cells
        .get(position + 1)
        .filter(|c| c.col == cell.col + 1 && is_tick(c))
        .or_else(|| {
            position
                .checked_sub(1)
                .and_then(|p| cells.get(p))
                .filter(|c| c.col + 1 == cell.col && is_tick(c))
        })
        .copied()
}

/// Finds the value of a label.
fn value_of<'c>(
    reading: &Reading<'c>,
    sheet_index: usize,
    cells: &[&'c Cell],
    position: usize,
    found: &LabelMatch<'_>,
) -> LabelValue<'c> {
    let sheet = &reading.sheets[sheet_index];
    let cell = cells[position];
    let label_end = sheet
        .merge_at(cell.row, cell.col)
        .map_or(cell.col, |m| m.last_col);
    if let Some(inline) = found.inline_value {
        return LabelValue {
            cell: None,
            literal: None,
            lookup: false,
            inline: Some(inline.to_owned()),
            location: sheet.location(cell.row, cell.col),
        };
    }
    let next = cells[position + 1..]
        .iter()
        .find(|c| c.value != CellValue::Empty && c.col > label_end);
    match next {
        Some(next) if reading.own || next.value.text().is_none_or(|t| match_label(t).is_none()) => {
            LabelValue {
                cell: Some(next),
                literal: sheet.literal(next.row, next.col),
                lookup: sheet.is_lookup(next.row, next.col),
                inline: None,
                location: sheet.location(next.row, next.col),
            }
        }
        _ if is_tick_label(found.label) => {
            let left = position
                .checked_sub(1)
                .map(|p| cells[p])
                .filter(|c| c.col + 1 == cell.col)
                .filter(|c| match &c.value {
                    CellValue::Text(t) => read_tick(t).is_some() && match_label(t).is_none(),
                    CellValue::Bool(_) => true,
                    _ => false,
                });
            match left {
                Some(left) => LabelValue {
                    cell: Some(left),
                    literal: None,
                    lookup: false,
                    inline: None,
                    location: sheet.location(left.row, left.col),
                },
                None => LabelValue {
                    cell: None,
                    literal: None,
                    lookup: false,
                    inline: None,
                    location: sheet.location(cell.row, label_end + 1),
                },
            }
        }
        _ => LabelValue {
            cell: None,
            literal: None,
            lookup: sheet.is_lookup(cell.row, label_end + 1),
            inline: None,
            location: sheet.location(cell.row, label_end + 1),
        },
    }
}

/// Whether the label's value is a tick box (or a yes/no answer).
pub(crate) fn is_tick_label(label: Label) -> bool {
    matches!(
        label,
        Label::Public
            | Label::NilExports
            | Label::NilImports
            | Label::ExportsIncluded
            | Label::ImportsIncluded
            | Label::NationalDefinitionsIncluded
            | Label::WithheldCommerciallySensitive
            | Label::WithheldNationalSecurity
    )
}

/// A stand-in cell for a value written after the label's colon.
fn inline_cell(value: &LabelValue<'_>) -> Option<Cell> {
    value.inline.as_ref().map(|text| Cell {
        row: 0,
        col: 0,
        value: CellValue::Text(text.as_str().into()),
    })
}

/// What the label's value means for the document.
fn apply(
    reading: &mut Reading<'_>,
    found: LabelMatch<'_>,
    value: LabelValue<'_>,
    label_at: Location,
    scope: Scope,
    seen: &mut SeenLabels,
) {
    let inline = inline_cell(&value);
    let cell: Option<&Cell> = inline.as_ref().or(value.cell);
    let field = match value.literal {
        Some(literal) => Field::Literal(literal),
        None if value.lookup => Field::Lookup,
        None => Field::of(cell),
    };
    let at = value.location.clone();
    let shown = field.text().unwrap_or_default();
    let key = match (found.label, scope) {
        (Label::Basis | Label::Currency, Scope::One(direction)) => {
            format!("{} ({})", label_key(found.label), direction.field())
        }
        _ => label_key(found.label).to_owned(),
    };
    if let Some((first_at, first_text)) = seen.first.get(&key) {
        if !shown.is_empty() && fold(first_text) != fold(&shown) && !first_text.is_empty() {
            reading.draft.diagnostics.push(
                Diagnostic::new(&FIELD_REPEATED)
                    .arg(
                        "label",
                        att_lexicon::label::canonical_label(found.label, Lang::En),
                    )
                    .arg("text", shown.as_str())
                    .arg("first", first_at.to_string())
                    .arg("kept", first_text.as_str())
                    .located(at.clone()),
            );
        }
        return;
    }
    if !shown.is_empty() || is_tick_label(found.label) {
        seen.first.insert(key, (at.clone(), shown.clone()));
    }
    if reading.own && own_title::apply(reading, found, field, at.clone(), scope) {
        return;
    }
    if is_tick_label(found.label)
        && let Some(text) = cell.and_then(|c| c.value.text())
        && let Some(tick) = att_lexicon::tick::read_tick_detailed(text)
        && tick.lenient
    {
        let value = if tick.ticked {
            att_schema::Text {
                en: "ticked",
                fr: "cochée",
                es: "marcada",
            }
        } else {
            att_schema::Text {
                en: "not ticked",
                fr: "non cochée",
                es: "sin marcar",
            }
        };
        reading
            .draft
            .diagnostics
            .push(fields::lenient(text, value, fields::Leniency::Tick).located(at.clone()));
    }
    match found.label {
        Label::ReportingState => {
            reading.draft.place("/reporting_state", at.clone());
            reading.reporting_state.set_name(field);
        }
        Label::ReportingStateCode => {
            reading.draft.place("/reporting_state/code", at.clone());
            reading.reporting_state.set_code(field);
        }
        Label::Year => {
            reading.draft.place("/year", at.clone());
            let year = {
                let mut field_at = reading.at(at.clone(), "/year");
                fields::read_year_cell(cell, &mut field_at)
            };
            reading.draft.report.year = year;
        }
        Label::SubmissionDate => {
            reading.draft.place("/submission/date", at.clone());
            let date = {
                let mut field_at = reading.at(at.clone(), "/submission/date");
                fields::read_date_cell(cell, &mut field_at)
            };
            submission(reading).date = date;
        }
        Label::ContactName
        | Label::Position
        | Label::Organisation
        | Label::Address
        | Label::Telephone
        | Label::Email => {
            let field = match found.label {
                Label::ContactName => "name",
                Label::Position => "position",
                Label::Organisation => "organisation",
                Label::Address => "address",
                Label::Telephone => "telephone",
                _ => "email",
            };
            reading
                .draft
                .place(format!("/submission/contact/{field}"), at.clone());
            let text = reading.text_field(cell, &at);
            let contact = submission(reading)
                .contact
                .get_or_insert_with(Contact::default);
            let slot = match field {
                "name" => &mut contact.name,
                "position" => &mut contact.position,
                "organisation" => &mut contact.organisation,
                "address" => &mut contact.address,
                "telephone" => &mut contact.telephone,
                _ => &mut contact.email,
            };
            *slot = text;
        }
        Label::Public => {
            reading.draft.place("/submission/public", at.clone());
            let public = tick_value(cell).map(|v| match v {
                Lenient::Typed(flag) => Lenient::Typed(flag != found.negated),
                raw => raw,
            });
            if cell.is_some() {
                submission(reading).public = public;
            }
        }
        Label::NilExports | Label::NilImports => {
            let direction = if found.label == Label::NilExports {
                DirectionKind::Exports
            } else {
                DirectionKind::Imports
            };
            let evidence = reading.draft.evidence_mut(direction);
            if matches!(tick_value(cell), Some(Lenient::Typed(true))) {
                if evidence.nil_at.is_none() {
                    evidence.nil_at = Some(if cell.is_some() { at.clone() } else { label_at });
                }
            } else if evidence.nil_blank.is_none() {
                evidence.nil_blank = Some(at.clone());
            }
        }
        Label::WithheldCommerciallySensitive | Label::WithheldNationalSecurity => {
            let field = if found.label == Label::WithheldNationalSecurity {
                "national_security"
            } else {
                "commercially_sensitive"
            };
            reading
                .draft
                .place(format!("/submission/withheld/{field}"), at.clone());
            let flag = tick_value(cell).or(Some(Lenient::Typed(false)));
            let withheld = submission(reading)
                .withheld
                .get_or_insert_with(Withheld::default);
            if field == "national_security" {
                withheld.national_security = flag;
            } else {
                withheld.commercially_sensitive = flag;
            }
        }
        Label::WithheldNote => {
            reading.draft.place("/submission/withheld/note", at.clone());
            let text = reading.text_field(cell, &at);
            submission(reading)
                .withheld
                .get_or_insert_with(Withheld::default)
                .note = text;
        }
        Label::Basis => {
            let Some(text) = fields::text_of(cell) else {
                for direction in scope.directions() {
                    let evidence = reading.draft.evidence_mut(direction);
                    if evidence.basis_blank.is_none() {
                        evidence.basis_blank = Some(at.clone());
                    }
                }
                return;
            };
            let named = match_section(&text)
                .and_then(|s| crate::interpret::layout::section_direction(s.section));
            let directions = named.map_or_else(|| scope.directions(), |d| vec![d]);
            for direction in directions {
                let pointer = format!("/{}/basis", direction.field());
                match read_basis(&text) {
                    Some(basis) => reading
                        .draft
                        .evidence_mut(direction)
                        .bases
                        .push((basis, at.clone())),
                    None => {
                        reading.draft.place(pointer, at.clone());
                        reading.draft.report.direction_mut(direction).basis =
                            Some(Lenient::raw_text(text.clone()));
                    }
                }
            }
        }
        Label::Currency => {
            if let Some(text) = fields::text_of(cell) {
                for direction in scope.directions() {
                    reading.draft.evidence_mut(direction).currency =
                        Some((text.clone(), at.clone()));
                }
            }
        }
        Label::Language => {
            let text = fields::text_of(cell).unwrap_or_default();
            if let Some(lang) = language_named(&text) {
                reading.declared_lang = Some(lang);
            }
        }
        Label::TemplateVersion => {
            if fields::text_of(cell).is_some_and(|t| t.contains("2017")) {
                reading.template_declared = true;
            }
        }
        Label::ExportsIncluded
        | Label::ImportsIncluded
        | Label::NationalDefinitionsIncluded
        | Label::SchemaVersion => {}
    }
}

/// A tick box or yes/no value: typed when it reads as one, kept as written otherwise.
pub(crate) fn tick_value(cell: Option<&Cell>) -> Option<Lenient<bool>> {
    let cell = cell?;
    Some(match fields::read_tick_cell(Some(cell)) {
        Ok(flag) => Lenient::Typed(flag),
        Err(Value::String(text)) => Lenient::raw_text(text),
        Err(other) => Lenient::raw_value(other),
    })
}

/// The report's submission, created when it is not there yet.
pub(crate) fn submission<'r>(reading: &'r mut Reading<'_>) -> &'r mut Submission {
    reading
        .draft
        .report
        .submission
        .get_or_insert_with(Submission::default)
}

fn label_key(label: Label) -> &'static str {
    att_lexicon::label::canonical_label(label, Lang::En)
}

/// The language a "Language:" value names ("English", "Français", "es").
pub(crate) fn language_named(text: &str) -> Option<Lang> {
    if let Some(lang) = Lang::from_code(text.trim()) {
        return Some(lang);
    }
    match fold(text).as_str() {
        "english" | "anglais" | "ingles" => Some(Lang::En),
        "french" | "francais" | "frances" => Some(Lang::Fr),
        "spanish" | "espagnol" | "espanol" | "castellano" => Some(Lang::Es),
        _ => None,
    }
}
