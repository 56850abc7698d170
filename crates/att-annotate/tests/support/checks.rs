//! The checks every annotated copy must pass, against its original and its findings.

use super::dom::{Element, Node};
use super::{Book, SheetInfo};
use att_annotate::{CellRef, Finding};
use att_schema::{Lang, Severity};
use calamine::{Data, Reader, Xlsx};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Cursor;

/// The findings sheet's name in each language.
pub fn findings_sheet_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Findings",
        Lang::Fr => "Constats",
        Lang::Es => "Observaciones",
    }
}

/// The fill colour of each severity, as calamine reads it.
pub fn severity_colour(severity: Severity) -> calamine::Color {
    let (red, green, blue) = match severity {
        Severity::Error => (0xFF, 0xC7, 0xCE),
        Severity::Warning => (0xFF, 0xEB, 0x9C),
        Severity::Info => (0xDD, 0xEB, 0xF7),
    };
    calamine::Color::new(0xFF, red, green, blue)
}

/// The flagged cells of each sheet (named as the workbook spells it), with their findings.
pub fn flagged<'f>(
    book: &Book,
    findings: &'f [Finding],
) -> BTreeMap<String, BTreeMap<CellRef, Vec<&'f Finding>>> {
    let names: Vec<String> = book.sheets().into_iter().map(|sheet| sheet.name).collect();
    let mut out: BTreeMap<String, BTreeMap<CellRef, Vec<&Finding>>> = BTreeMap::new();
    for finding in findings {
        let Some(place) = &finding.place else {
            continue;
        };
        let name = names
            .iter()
            .find(|name| name.to_lowercase() == place.sheet.to_lowercase())
            .expect("the finding's sheet")
            .clone();
        out.entry(name)
            .or_default()
            .entry(place.cell)
            .or_default()
            .push(finding);
    }
    out
}

/// Runs every check of an annotated copy.
pub fn check_annotation(original: &[u8], annotated: &[u8], findings: &[Finding], lang: Lang) {
    let before = Book::open(original);
    let after = Book::open(annotated);
    let flagged = flagged(&before, findings);
    values_and_formulas_are_kept(original, annotated);
    styles_are_kept_and_flagged_cells_filled(original, annotated, &flagged);
    untouched_parts_are_identical(&before, &after, &flagged);
    changed_sheets_keep_their_structure(&before, &after, &flagged);
    defined_names_follow_their_sheets(&before, &after);
    every_flagged_cell_has_its_note(&before, &after, &flagged, lang);
    findings_sheet_lists_every_finding(annotated, &after, findings, lang);
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<&[u8]>> {
    Xlsx::new(Cursor::new(bytes)).expect("calamine opens the workbook")
}

/// Every cell of every original sheet has the same value and formula in the copy, the sheets
/// keep their order after the findings sheet, their visibility and their merged cells.
pub fn values_and_formulas_are_kept(original: &[u8], annotated: &[u8]) {
    let mut before = open(original);
    let mut after = open(annotated);
    let names = before.sheet_names();
    let after_names = after.sheet_names();
    assert_eq!(
        &after_names[1..],
        &names[..],
        "the sheets after the findings sheet"
    );
    let visibility = |book: &Xlsx<Cursor<&[u8]>>| {
        book.sheets_metadata()
            .iter()
            .map(|sheet| (sheet.name.clone(), sheet.visible))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        &visibility(&after)[1..],
        &visibility(&before)[..],
        "sheet visibility"
    );
    assert_eq!(
        after.defined_names(),
        before.defined_names(),
        "defined names"
    );
    for name in &names {
        let values = (
            before.worksheet_range(name).expect("original values"),
            after.worksheet_range(name).expect("annotated values"),
        );
        let formulas = (
            before.worksheet_formula(name).expect("original formulas"),
            after.worksheet_formula(name).expect("annotated formulas"),
        );
        let mut cells = 0;
        for (r, c) in positions(&[
            values.0.start(),
            values.0.end(),
            values.1.start(),
            values.1.end(),
        ]) {
            let was = values.0.get_value((r, c)).unwrap_or(&Data::Empty);
            let is = values.1.get_value((r, c)).unwrap_or(&Data::Empty);
            assert_eq!(is, was, "{name} row {r} column {c}: value");
            if *was != Data::Empty {
                cells += 1;
            }
        }
        for (r, c) in positions(&[
            formulas.0.start(),
            formulas.0.end(),
            formulas.1.start(),
            formulas.1.end(),
        ]) {
            let empty = String::new();
            let was = formulas.0.get_value((r, c)).unwrap_or(&empty);
            let is = formulas.1.get_value((r, c)).unwrap_or(&empty);
            assert_eq!(is, was, "{name} row {r} column {c}: formula");
        }
        assert!(cells > 0 || values.0.is_empty(), "{name}: compared no cell");
        let merged = (
            before
                .merge_cells_by_sheet_name(name)
                .expect("original merged cells"),
            after
                .merge_cells_by_sheet_name(name)
                .expect("annotated merged cells"),
        );
        assert_eq!(merged.1, merged.0, "{name}: merged cells");
    }
}

/// Every (row, column) in the union of the bounds given.
fn positions(bounds: &[Option<(u32, u32)>]) -> Vec<(u32, u32)> {
    let starts: Vec<(u32, u32)> = bounds.iter().step_by(2).flatten().copied().collect();
    let ends: Vec<(u32, u32)> = bounds
        .iter()
        .skip(1)
        .step_by(2)
        .flatten()
        .copied()
        .collect();
    let (Some(top), Some(left), Some(bottom), Some(right)) = (
        starts.iter().map(|s| s.0).min(),
        starts.iter().map(|s| s.1).min(),
        ends.iter().map(|e| e.0).max(),
        ends.iter().map(|e| e.1).max(),
    ) else {
        return Vec::new();
    };
    (top..=bottom)
        .flat_map(|r| (left..=right).map(move |c| (r, c)))
        .collect()
}

/// Flagged cells take the fill of their most serious finding and keep their number format,
/// font, borders, alignment and protection; every other cell keeps its whole style.
pub fn styles_are_kept_and_flagged_cells_filled(
    original: &[u8],
    annotated: &[u8],
    flagged: &BTreeMap<String, BTreeMap<CellRef, Vec<&Finding>>>,
) {
    let before_book = &Book::open(original);
    let after_book = &Book::open(annotated);
    let mut before = open(original);
    let mut after = open(annotated);
    for name in before.sheet_names() {
        let (was, is) = match (before.worksheet_style(&name), after.worksheet_style(&name)) {
            (Ok(was), Ok(is)) => (was, is),
            (
                Err(calamine::XlsxError::NotAWorksheet(_)),
                Err(calamine::XlsxError::NotAWorksheet(_)),
            ) => {
                continue;
            }
            (was, is) => panic!("{name}: styles {was:?} / {is:?}"),
        };
        let cells = flagged.get(&name);
        for (r, c) in positions(&[was.start(), was.end()]) {
            let cell = CellRef::new(r, c);
            if cells.is_some_and(|cells| cells.contains_key(&cell)) {
                continue;
            }
            assert_eq!(
                is.get((r, c)),
                was.get((r, c)),
                "{name}!{cell}: style of a cell without findings"
            );
        }
        let Some(cells) = cells else { continue };
        for (cell, findings) in cells {
            let worst = findings
                .iter()
                .map(|f| f.severity)
                .max()
                .expect("a finding");
            let style = is
                .get((cell.row, cell.column))
                .unwrap_or_else(|| panic!("{name}!{cell} has no style"));
            let fill = style
                .fill
                .as_ref()
                .unwrap_or_else(|| panic!("{name}!{cell} has no fill"));
            assert!(fill.is_visible(), "{name}!{cell}: the fill is not visible");
            assert_eq!(
                fill.get_color(),
                Some(severity_colour(worst)),
                "{name}!{cell}: fill colour"
            );
            match was.get((cell.row, cell.column)) {
                Some(old) => {
                    assert_eq!(
                        style.number_format, old.number_format,
                        "{name}!{cell}: number format"
                    );
                    assert_eq!(style.font, old.font, "{name}!{cell}: font");
                    assert_eq!(style.borders, old.borders, "{name}!{cell}: borders");
                    assert_eq!(style.alignment, old.alignment, "{name}!{cell}: alignment");
                    assert_eq!(
                        style.protection, old.protection,
                        "{name}!{cell}: protection"
                    );
                }
                None => {
                    let part = before_book.sheet_part(&name);
                    let expected =
                        number_format(before_book, empty_cell_format(before_book, &part, *cell));
                    let actual = number_format(after_book, cell_format(after_book, &part, *cell));
                    assert_eq!(
                        actual, expected,
                        "{name}!{cell}: an empty cell keeps the format of its row or column"
                    );
                }
            }
        }
    }
}

/// The `numFmtId` of the cell format `index` (the default, 0, without a styles part).
fn number_format(book: &Book, index: usize) -> String {
    let Some(part) = book.related(&book.workbook_part(), "styles") else {
        return "0".to_owned();
    };
    let styles = book.xml(&part);
    let formats = styles.child("cellXfs").expect("cell formats");
    let xf = formats.named("xf").nth(index).expect("the cell format");
    xf.attr("numFmtId").unwrap_or("0").to_owned()
}

/// The format a cell the sheet does not store shows: its row's, else its column's.
fn empty_cell_format(book: &Book, part: &str, cell: CellRef) -> usize {
    let sheet = book.xml(part);
    let data = sheet.child("sheetData").expect("sheetData");
    if let Some((row, _)) = grid(data).get(&cell.row)
        && is_true(row.attr("customFormat"))
        && let Some(style) = row.attr("s")
    {
        return style.parse().expect("a format index");
    }
    sheet
        .child("cols")
        .and_then(|cols| {
            cols.named("col").find_map(|col| {
                let min: u32 = col.attr("min")?.parse().ok()?;
                let max: u32 = col.attr("max")?.parse().ok()?;
                (min <= cell.column + 1 && cell.column < max).then(|| col.attr("style"))?
            })
        })
        .map_or(0, |style| style.parse().expect("a format index"))
}

/// The format of a cell the sheet stores.
fn cell_format(book: &Book, part: &str, cell: CellRef) -> usize {
    let sheet = book.xml(part);
    let data = sheet.child("sheetData").expect("sheetData");
    let rows = grid(data);
    let stored = rows
        .get(&cell.row)
        .and_then(|(_, cells)| cells.get(&cell.column))
        .unwrap_or_else(|| panic!("{part}: {cell} is not stored"));
    stored
        .attr("s")
        .map_or(0, |s| s.parse().expect("a format index"))
}

/// The parts that may change: the package's lists, the workbook, its styles, and the flagged
/// or selected sheets with their relationships, comments and drawings. Every other part is
/// identical.
pub fn untouched_parts_are_identical(
    before: &Book,
    after: &Book,
    flagged: &BTreeMap<String, BTreeMap<CellRef, Vec<&Finding>>>,
) {
    let workbook = before.workbook_part();
    let mut may_change: HashSet<String> = HashSet::from([
        "[Content_Types].xml".to_owned(),
        workbook.clone(),
        rels_of(&workbook),
        "docProps/app.xml".to_owned(),
    ]);
    may_change.extend(before.related(&workbook, "styles"));
    for sheet in before.sheets() {
        let selected = before.has(&sheet.part) && is_selected(&before.xml(&sheet.part));
        if flagged.contains_key(&sheet.name) {
            may_change.insert(rels_of(&sheet.part));
            may_change.extend(before.related(&sheet.part, "comments"));
            may_change.extend(before.related(&sheet.part, "vmlDrawing"));
        }
        if flagged.contains_key(&sheet.name) || selected {
            may_change.insert(sheet.part.clone());
        }
    }
    let calculation_chain = before.related(&workbook, "calcChain");
    for (name, content) in &before.parts {
        if calculation_chain.as_ref() == Some(name) {
            assert!(!after.has(name), "the calculation chain {name} is left out");
            continue;
        }
        let kept = after
            .parts
            .get(name)
            .unwrap_or_else(|| panic!("the part {name} is gone"));
        if kept != content {
            assert!(may_change.contains(name), "the part {name} changed");
        }
    }
}

fn rels_of(part: &str) -> String {
    let (dir, file) = part.rsplit_once('/').unwrap_or(("", part));
    if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    }
}

fn is_true(value: Option<&str>) -> bool {
    matches!(value, Some("1" | "true"))
}

fn is_selected(sheet: &Element) -> bool {
    sheet
        .descendants("sheetView")
        .iter()
        .any(|view| is_true(view.attr("tabSelected")))
}

/// The cells of a `sheetData` by position, with their row's element.
fn grid(sheet_data: &Element) -> BTreeMap<u32, (&Element, BTreeMap<u32, &Element>)> {
    let mut rows = BTreeMap::new();
    let mut next_row = 0;
    for row in sheet_data.named("row") {
        let index = row
            .attr("r")
            .map_or(next_row, |r| r.parse::<u32>().expect("a row number") - 1);
        next_row = index + 1;
        let mut cells = BTreeMap::new();
        let mut next_column = 0;
        for cell in row.named("c") {
            let column = cell.attr("r").map_or(next_column, |r| {
                CellRef::parse_a1(r).expect("a cell reference").column
            });
            next_column = column + 1;
            cells.insert(column, cell);
        }
        rows.insert(index, (row, cells));
    }
    rows
}

fn without_selection(element: &Element) -> Element {
    let mut copy = element.without(&["tabSelected"]);
    for child in &mut copy.children {
        if let Node::Element(inner) = child {
            *inner = without_selection(inner);
        }
    }
    copy
}

/// A changed sheet keeps every element but `sheetData` and `dimension` as it was (the views
/// apart from their selection), one `legacyDrawing`, every row with its attributes (hidden,
/// height) and every cell with its value and formula; what it gains is flagged empty cells.
pub fn changed_sheets_keep_their_structure(
    before: &Book,
    after: &Book,
    flagged: &BTreeMap<String, BTreeMap<CellRef, Vec<&Finding>>>,
) {
    for sheet in before.sheets() {
        if !before.has(&sheet.part) {
            continue;
        }
        let was = before.xml(&sheet.part);
        let is = after.xml(&sheet.part);
        assert_eq!(
            is.attributes, was.attributes,
            "{}: root attributes",
            sheet.name
        );
        let had_drawing = was.child("legacyDrawing").is_some();
        let keep = |element: &&Element, added_drawing: bool| {
            let added = added_drawing && element.local() == "legacyDrawing";
            !(added || matches!(element.local(), "sheetData" | "dimension"))
        };
        let cells = flagged.get(&sheet.name);
        let old: Vec<Element> = was
            .elements()
            .filter(|e| keep(e, false))
            .map(without_selection)
            .collect();
        let new: Vec<Element> = is
            .elements()
            .filter(|e| keep(e, cells.is_some() && !had_drawing))
            .map(without_selection)
            .collect();
        assert_eq!(new, old, "{}: the elements around the cells", sheet.name);
        if cells.is_some() {
            assert_eq!(
                is.named("legacyDrawing").count(),
                1,
                "{}: one legacyDrawing",
                sheet.name
            );
            let names: Vec<&str> = is.elements().map(Element::local).collect();
            let drawing = names
                .iter()
                .position(|n| *n == "legacyDrawing")
                .expect("a drawing");
            for later in [
                "legacyDrawingHF",
                "drawingHF",
                "picture",
                "oleObjects",
                "controls",
                "tableParts",
                "extLst",
            ] {
                if let Some(at) = names.iter().position(|n| *n == later) {
                    assert!(drawing < at, "{}: legacyDrawing after {later}", sheet.name);
                }
            }
            for earlier in [
                "sheetData",
                "mergeCells",
                "dataValidations",
                "hyperlinks",
                "pageMargins",
                "pageSetup",
                "headerFooter",
                "drawing",
            ] {
                if let Some(at) = names.iter().position(|n| *n == earlier) {
                    assert!(
                        at < drawing,
                        "{}: legacyDrawing before {earlier}",
                        sheet.name
                    );
                }
            }
        }
        let (Some(old_data), Some(new_data)) = (was.child("sheetData"), is.child("sheetData"))
        else {
            assert!(
                cells.is_none(),
                "{}: flagged cells on a sheet without cells",
                sheet.name
            );
            continue;
        };
        let old_grid = grid(old_data);
        let new_grid = grid(new_data);
        let is_flagged = |row: u32, column: u32| {
            cells.is_some_and(|cells| cells.contains_key(&CellRef::new(row, column)))
        };
        for (row, (old_row, old_cells)) in &old_grid {
            let (new_row, new_cells) = new_grid
                .get(row)
                .unwrap_or_else(|| panic!("{}: row {} is gone", sheet.name, row + 1));
            assert_eq!(
                new_row.without(&["spans"]).attributes,
                old_row.without(&["spans"]).attributes,
                "{}: row {} attributes",
                sheet.name,
                row + 1
            );
            for (column, old_cell) in old_cells {
                let new_cell = new_cells
                    .get(column)
                    .unwrap_or_else(|| panic!("{}: a cell of row {} is gone", sheet.name, row + 1));
                let ignored: &[&str] = if is_flagged(*row, *column) {
                    &["s"]
                } else {
                    &[]
                };
                assert_eq!(
                    new_cell.without(ignored),
                    old_cell.without(ignored),
                    "{}: a cell of row {}",
                    sheet.name,
                    row + 1
                );
            }
            for (column, new_cell) in new_cells {
                if !old_cells.contains_key(column) {
                    assert!(
                        is_flagged(*row, *column),
                        "{}: an unflagged cell was added",
                        sheet.name
                    );
                    assert!(
                        new_cell.children.is_empty(),
                        "{}: an added cell has content",
                        sheet.name
                    );
                }
            }
            let order: Vec<u32> = new_cells.keys().copied().collect();
            let written: Vec<u32> = {
                let mut next = 0;
                new_row
                    .named("c")
                    .map(|cell| {
                        let column = cell
                            .attr("r")
                            .map_or(next, |r| CellRef::parse_a1(r).expect("a cell").column);
                        next = column + 1;
                        column
                    })
                    .collect()
            };
            assert_eq!(
                written,
                order,
                "{}: cells of row {} in column order",
                sheet.name,
                row + 1
            );
        }
        for (row, (_, new_cells)) in &new_grid {
            if !old_grid.contains_key(row) {
                assert!(
                    new_cells.keys().all(|column| is_flagged(*row, *column)),
                    "{}: an unflagged row {} was added",
                    sheet.name,
                    row + 1
                );
            }
        }
        let written: Vec<u32> = new_grid.keys().copied().collect();
        let mut sorted = written.clone();
        sorted.sort_unstable();
        assert_eq!(written, sorted, "{}: rows in order", sheet.name);
    }
}

/// Each defined name local to a sheet still names the same sheet after the findings sheet
/// is inserted first, and the copy opens on the findings sheet, the only one selected.
pub fn defined_names_follow_their_sheets(before: &Book, after: &Book) {
    let names = |book: &Book| -> BTreeSet<(String, Option<String>, String)> {
        let sheets: Vec<SheetInfo> = book.sheets();
        let workbook = book.xml(&book.workbook_part());
        workbook
            .child("definedNames")
            .map(|list| {
                list.named("definedName")
                    .map(|name| {
                        let sheet = name.attr("localSheetId").map(|index| {
                            let index: usize = index.parse().expect("a sheet index");
                            sheets[index].name.clone()
                        });
                        (
                            name.attr("name").expect("a name").to_owned(),
                            sheet,
                            name.text(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        names(after),
        names(before),
        "defined names and their sheets"
    );
    let workbook = after.xml(&after.workbook_part());
    for view in workbook.descendants("workbookView") {
        assert!(
            matches!(view.attr("activeTab"), None | Some("0")),
            "the copy opens on the findings sheet"
        );
        assert!(
            matches!(view.attr("firstSheet"), None | Some("0")),
            "the findings tab is in view"
        );
    }
    let selected: Vec<String> = after
        .sheets()
        .into_iter()
        .filter(|sheet| after.has(&sheet.part) && is_selected(&after.xml(&sheet.part)))
        .map(|sheet| sheet.name)
        .collect();
    assert_eq!(selected.len(), 1, "selected sheets: {selected:?}");
}

/// The text of each comment of a sheet, by cell.
fn comments(book: &Book, sheet_part: &str) -> BTreeMap<CellRef, String> {
    let Some(part) = book.related(sheet_part, "comments") else {
        return BTreeMap::new();
    };
    book.xml(&part)
        .child("commentList")
        .expect("a comment list")
        .named("comment")
        .map(|comment| {
            let cell = CellRef::parse_a1(comment.attr("ref").expect("a ref")).expect("a cell");
            (
                cell,
                comment.child("text").map(Element::text).unwrap_or_default(),
            )
        })
        .collect()
}

/// The cells that have a note shape in a sheet's legacy drawing.
fn note_shapes(book: &Book, sheet_part: &str) -> BTreeSet<CellRef> {
    let sheet = book.xml(sheet_part);
    let Some(drawing) = sheet.child("legacyDrawing") else {
        return BTreeSet::new();
    };
    let id = drawing.prefixed_attr("id").expect("r:id");
    let rel = book
        .rels(sheet_part)
        .into_iter()
        .find(|rel| rel.id == id)
        .expect("the drawing's relationship");
    let text = String::from_utf8_lossy(book.bytes(&rel.part)).into_owned();
    let number = |block: &str, tag: &str| -> Option<u32> {
        let open = format!("<x:{tag}>");
        let at = block.find(&open)? + open.len();
        block[at..].split('<').next()?.trim().parse().ok()
    };
    text.split("<x:ClientData")
        .skip(1)
        .filter(|block| block.contains("ObjectType=\"Note\""))
        .filter_map(|block| {
            Some(CellRef::new(
                number(block, "Row")?,
                number(block, "Column")?,
            ))
        })
        .collect()
}

/// Every flagged cell has one note holding each of its findings (severity, code, rule and
/// message, in order) after any comment the cell had, and a shape in the sheet's drawing.
pub fn every_flagged_cell_has_its_note(
    before: &Book,
    after: &Book,
    flagged: &BTreeMap<String, BTreeMap<CellRef, Vec<&Finding>>>,
    lang: Lang,
) {
    for sheet in before.sheets() {
        if !before.has(&sheet.part) {
            continue;
        }
        let old = comments(before, &sheet.part);
        let new = comments(after, &sheet.part);
        let shapes = note_shapes(after, &sheet.part);
        for (cell, text) in &old {
            let kept = new
                .get(cell)
                .unwrap_or_else(|| panic!("{}!{cell}: a comment is gone", sheet.name));
            assert!(
                kept.starts_with(text.as_str()),
                "{}!{cell}: the comment's own text",
                sheet.name
            );
        }
        for cell in note_shapes(before, &sheet.part) {
            assert!(
                shapes.contains(&cell),
                "{}!{cell}: a note shape is gone",
                sheet.name
            );
        }
        let Some(cells) = flagged.get(&sheet.name) else {
            assert_eq!(
                new, old,
                "{}: comments of a sheet without findings",
                sheet.name
            );
            continue;
        };
        for (cell, findings) in cells {
            let text = new
                .get(cell)
                .unwrap_or_else(|| panic!("{}!{cell} has no note", sheet.name));
            let mut from = old.get(cell).map_or(0, String::len);
            for finding in findings {
                let heading = format!(
                    "{} {} ({})",
                    severity_name(finding.severity, lang),
                    finding.code,
                    finding.rule
                );
                for part in [heading.as_str(), finding.message.as_str()] {
                    let at = text[from..].find(part).unwrap_or_else(|| {
                        panic!("{}!{cell}: the note lacks “{part}”: {text}", sheet.name)
                    });
                    from += at + part.len();
                }
            }
            assert!(
                shapes.contains(cell),
                "{}!{cell} has no note shape",
                sheet.name
            );
        }
    }
}

/// The severity as the notes and the findings sheet write it.
pub fn severity_name(severity: Severity, lang: Lang) -> &'static str {
    match (severity, lang) {
        (Severity::Error, Lang::Fr) => "Erreur",
        (Severity::Error, _) => "Error",
        (Severity::Warning, Lang::En) => "Warning",
        (Severity::Warning, Lang::Fr) => "Avertissement",
        (Severity::Warning, Lang::Es) => "Advertencia",
        (Severity::Info, _) => "Info",
    }
}

/// The findings sheet is first, lists every finding in order, and links each placed one to
/// its cell on a sheet of the workbook.
pub fn findings_sheet_lists_every_finding(
    annotated: &[u8],
    after: &Book,
    findings: &[Finding],
    lang: Lang,
) {
    let mut workbook = open(annotated);
    let names = workbook.sheet_names();
    let first = &names[0];
    assert!(
        first.starts_with(findings_sheet_name(lang)),
        "the first sheet is {first}"
    );
    let range = workbook.worksheet_range(first).expect("the findings sheet");
    assert_eq!(
        range.height(),
        findings.len() + 1,
        "one row per finding and the headings"
    );
    let text = |row: usize, column: usize| -> String {
        match range.get((row, column)) {
            Some(Data::String(text)) => text.clone(),
            other => panic!("row {row} column {column} of the findings sheet: {other:?}"),
        }
    };
    let part = after.sheets()[0].part.clone();
    let sheet = after.xml(&part);
    let links: BTreeMap<String, String> = sheet
        .child("hyperlinks")
        .map(|list| {
            list.named("hyperlink")
                .map(|link| {
                    (
                        link.attr("ref").expect("a ref").to_owned(),
                        link.attr("location")
                            .expect("an internal location")
                            .to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert!(
        after.rels(&part).is_empty(),
        "internal links need no relationship"
    );
    for (index, finding) in findings.iter().enumerate() {
        let row = index + 1;
        assert_eq!(text(row, 0), severity_name(finding.severity, lang));
        assert_eq!(text(row, 1), finding.code);
        assert_eq!(text(row, 2), finding.rule);
        assert_eq!(text(row, 5), finding.message);
        let link = links.get(&format!("E{}", row + 1));
        match &finding.place {
            Some(place) => {
                let location = link.unwrap_or_else(|| panic!("finding {index} has no link"));
                let (quoted, cell) = location.rsplit_once('!').expect("sheet!cell");
                let sheet_name = quoted
                    .strip_prefix('\'')
                    .and_then(|s| s.strip_suffix('\''))
                    .expect("a quoted sheet name")
                    .replace("''", "'");
                assert!(
                    names.contains(&sheet_name),
                    "the link names the sheet {sheet_name}"
                );
                assert_eq!(sheet_name.to_lowercase(), place.sheet.to_lowercase());
                assert_eq!(CellRef::parse_a1(cell), Some(place.cell), "the link's cell");
                assert_eq!(text(row, 3), sheet_name);
                assert_eq!(text(row, 4), place.cell.to_string());
            }
            None => assert!(link.is_none(), "a finding without a place has no link"),
        }
    }
}
