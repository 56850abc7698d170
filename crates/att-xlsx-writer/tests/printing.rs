//! Every text of the written workbooks fits its cell, in each language: a wrapped cell's row is
//! tall enough for the lines its text takes at the column's width (the merged width for merged
//! cells), and a text that does not wrap is no wider than its column, unless it is a title with
//! empty cells beside it to run into. Read back from the workbook's XML (what a spreadsheet
//! program and a printer see) and measured with the writer's text-fit model
//! (`att_xlsx_writer::fit`), which `tools/templates/render.sh` checks against LibreOffice.

mod common;

use att_schema::{Lang, Report};
use att_xlsx_writer::fit::{self, Font};
use serde::Deserialize;
use std::collections::HashMap;

/// The row height a sheet gives rows without their own.
const DEFAULT_ROW_HEIGHT: f64 = 15.0;
/// The width of columns without their own, in characters.
const DEFAULT_COLUMN_WIDTH: f64 = 8.43;

/// The value of attribute `name` in the start tag `tag`.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// `text` with the XML escapes undone.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#10;", "\n")
        .replace("&#xA;", "\n")
        .replace("&amp;", "&")
}

/// The text inside every `<t>` element of `xml`, one after the other.
fn text_runs(xml: &str) -> String {
    xml.split("<t")
        .skip(1)
        .filter(|rest| rest.starts_with('>') || rest.starts_with(' '))
        .filter_map(|rest| {
            let open = rest.find('>')?;
            let close = rest.find("</t>")?;
            (open < close).then(|| unescape(&rest[open + 1..close]))
        })
        .collect()
}

/// The 0-based column and row of a cell reference such as `AB12`.
fn cell_place(reference: &str) -> (u16, u32) {
    let letters = reference.trim_end_matches(|c: char| c.is_ascii_digit());
    let col = letters
        .bytes()
        .fold(0u16, |col, b| col * 26 + u16::from(b - b'A' + 1))
        - 1;
    let row: u32 = reference[letters.len()..].parse().expect("a row number");
    (col, row - 1)
}

/// How a cell's text is drawn: its font and whether it wraps.
#[derive(Clone, Copy)]
struct Look {
    font: Font,
    wrap: bool,
}

/// The looks of the workbook's cell formats, by index.
fn looks(bytes: &[u8]) -> Vec<Look> {
    let styles = common::part(bytes, "xl/styles.xml");
    let section = |name: &str| {
        let start = styles
            .find(&format!("<{name} "))
            .unwrap_or_else(|| panic!("{name}"));
        let end = styles[start..].find(&format!("</{name}>")).expect("closed") + start;
        styles[start..end].to_owned()
    };
    let fonts: Vec<Font> = section("fonts")
        .split("<font>")
        .skip(1)
        .map(|font| {
            let size = font
                .split("<sz ")
                .nth(1)
                .and_then(|sz| attribute(&format!(" {sz}"), "val").map(str::to_owned))
                .and_then(|val| val.parse().ok())
                .unwrap_or(11.0);
            Font {
                size,
                bold: font.contains("<b/>"),
            }
        })
        .collect();
    section("cellXfs")
        .split("<xf ")
        .skip(1)
        .map(|xf| {
            let tag = format!(" {}", &xf[..xf.find('>').unwrap_or(xf.len())]);
            let font = attribute(&tag, "fontId")
                .and_then(|id| id.parse::<usize>().ok())
                .and_then(|id| fonts.get(id).copied())
                .unwrap_or(Font::BODY);
            Look {
                font,
                wrap: xf.contains("wrapText=\"1\""),
            }
        })
        .collect()
}

/// What a printed sheet shows, as far as the fit of texts goes.
struct Layout {
    widths: HashMap<u16, f64>,
    heights: HashMap<u32, f64>,
    default_height: f64,
    /// The cells merged with their top-left cell: last column and last row.
    merged: HashMap<(u16, u32), (u16, u32)>,
    /// The text each cell shows, its look, by column and row.
    texts: HashMap<(u16, u32), (String, Look)>,
    /// Cells that show something (text or a number).
    filled: std::collections::HashSet<(u16, u32)>,
}

impl Layout {
    fn read(bytes: &[u8], sheet: &str, looks: &[Look]) -> Layout {
        let xml = common::sheet_xml(bytes, sheet);
        let shared: Vec<String> = common::part(bytes, "xl/sharedStrings.xml")
            .split("<si>")
            .skip(1)
            .map(|si| text_runs(&si[..si.find("</si>").unwrap_or(si.len())]))
            .collect();
        let mut widths = HashMap::new();
        for col in common::elements(&xml, "col") {
            let col = format!(" {col}");
            let number = |name| attribute(&col, name).and_then(|v| v.parse::<u16>().ok());
            let stored: f64 = attribute(&col, "width")
                .and_then(|w| w.parse().ok())
                .expect("a width");
            // The file's width counts the cell's padding: 5 pixels, at 7 to a character.
            let pixels = ((256.0 * stored + (128.0f64 / 7.0).trunc()) / 256.0 * 7.0).trunc();
            let characters = (pixels - 5.0) / 7.0;
            for index in number("min").expect("min")..=number("max").expect("max") {
                widths.insert(index - 1, characters);
            }
        }
        let default_height = common::elements(&xml, "sheetFormatPr")
            .first()
            .and_then(|tag| attribute(&format!(" {tag}"), "defaultRowHeight").map(str::to_owned))
            .and_then(|h| h.parse().ok())
            .unwrap_or(DEFAULT_ROW_HEIGHT);
        let mut heights = HashMap::new();
        for row in common::elements(&xml, "row") {
            let row = format!(" {row}");
            if let (Some(r), Some(ht)) = (attribute(&row, "r"), attribute(&row, "ht")) {
                let r: u32 = r.parse().expect("a row number");
                heights.insert(r - 1, ht.parse().expect("a height"));
            }
        }
        let mut merged = HashMap::new();
        for merge in common::elements(&xml, "mergeCell") {
            let merge = format!(" {merge}");
            let range = attribute(&merge, "ref").expect("a range");
            let (first, last) = range.split_once(':').expect("a range of cells");
            merged.insert(cell_place(first), cell_place(last));
        }
        let mut texts = HashMap::new();
        let mut filled = std::collections::HashSet::new();
        for cell in xml.split("<c ").skip(1) {
            let tag_end = cell.find('>').expect("a cell tag");
            let tag = format!(" {}", &cell[..tag_end]);
            if cell[..tag_end].ends_with('/') {
                continue;
            }
            let body = &cell[tag_end + 1..cell.find("</c>").expect("a closed cell")];
            let place = cell_place(attribute(&tag, "r").expect("a reference"));
            let look = attribute(&tag, "s")
                .and_then(|s| s.parse::<usize>().ok())
                .map_or(
                    Look {
                        font: Font::BODY,
                        wrap: false,
                    },
                    |s| looks[s],
                );
            let value = body
                .split("<v>")
                .nth(1)
                .and_then(|v| v.split("</v>").next())
                .map(unescape);
            let text = match attribute(&tag, "t") {
                Some("s") => value
                    .and_then(|v| v.parse::<usize>().ok())
                    .map(|i| shared[i].clone()),
                Some("str") => value,
                Some("inlineStr") => Some(text_runs(body)),
                _ => {
                    if value.is_some() {
                        filled.insert(place);
                    }
                    None
                }
            };
            if let Some(text) = text.filter(|text| !text.is_empty()) {
                filled.insert(place);
                texts.insert(place, (text, look));
            }
        }
        Layout {
            widths,
            heights,
            default_height,
            merged,
            texts,
            filled,
        }
    }

    fn width(&self, col: u16) -> f64 {
        self.widths
            .get(&col)
            .copied()
            .unwrap_or(DEFAULT_COLUMN_WIDTH)
    }

    fn height(&self, row: u32) -> f64 {
        self.heights
            .get(&row)
            .copied()
            .unwrap_or(self.default_height)
    }

    /// The cells whose text does not fit, each with what is wrong.
    fn misfits(&self, sheet: &str) -> Vec<String> {
        let mut misfits = Vec::new();
        let mut places: Vec<&(u16, u32)> = self.texts.keys().collect();
        places.sort_by_key(|(col, row)| (*row, *col));
        for &(col, row) in places {
            let (text, look) = &self.texts[&(col, row)];
            let (last_col, last_row) = self.merged.get(&(col, row)).copied().unwrap_or((col, row));
            let width: f64 = (col..=last_col).map(|c| self.width(c)).sum();
            let height: f64 = (row..=last_row).map(|r| self.height(r)).sum();
            let at = format!(
                "{sheet}!{}",
                rust_xlsxwriter::utility::row_col_to_cell(row, col)
            );
            if look.font.line_height() > height + 0.01 {
                misfits.push(format!(
                    "{at}: {text:?} is {} pt type, {} pt a line, the row is {height} pt",
                    look.font.size,
                    look.font.line_height()
                ));
                continue;
            }
            if look.wrap {
                let needed = fit::height(text, width, look.font);
                if needed > height + 0.01 {
                    misfits.push(format!(
                        "{at}: {text:?} takes {} lines ({needed} pt) at width {width:.1}, the row is {height} pt",
                        fit::lines(text, width, look.font)
                    ));
                }
                continue;
            }
            if fit::fits(text, width, look.font) {
                continue;
            }
            // A title may run into the empty cells to its right.
            let is_title = look.font.size > Font::BODY.size && !text.contains('\n');
            let mut room = width;
            let mut next = last_col + 1;
            while is_title && !fit::fits(text, room, look.font) && next < 16_384 {
                if self.filled.contains(&(next, row)) {
                    break;
                }
                room += self.width(next);
                next += 1;
            }
            if !(is_title && fit::fits(text, room, look.font)) {
                misfits.push(format!(
                    "{at}: {text:?} does not wrap and is {:.1} wide in a column of {width:.1}",
                    fit::text_width(text, look.font)
                ));
            }
        }
        misfits
    }
}

/// The texts that do not fit in any visible sheet of the workbook.
fn misfits(bytes: &[u8]) -> Vec<String> {
    let looks = looks(bytes);
    let mut checked = 0;
    let mut misfits = Vec::new();
    for (name, ..) in common::sheets(bytes)
        .into_iter()
        .filter(|(.., hidden)| !hidden)
    {
        let layout = Layout::read(bytes, &name, &looks);
        checked += layout.texts.len();
        misfits.extend(layout.misfits(&name));
    }
    assert!(checked > 0, "no text found to check");
    misfits
}

fn long_texts() -> Report {
    let path = common::fixtures().join("templates/long-texts-fr.json");
    let text = std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let value: serde_json::Value = serde_json::from_slice(&text).expect("JSON");
    Report::deserialize(&value).expect("a report")
}

#[test]
fn every_text_of_the_blank_template_fits_its_cell_in_each_language() {
    let misfits: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            let bytes = att_xlsx_writer::template(lang).expect("writes");
            misfits(&bytes)
                .into_iter()
                .map(move |m| format!("{lang}: {m}"))
        })
        .collect();
    assert!(misfits.is_empty(), "{}", misfits.join("\n"));
}

#[test]
fn long_descriptions_names_and_notes_fit_their_cells_in_each_language() {
    let report = long_texts();
    let misfits: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            let bytes = att_xlsx_writer::write(&report, &att_xlsx_writer::Options { lang })
                .expect("writes");
            misfits(&bytes)
                .into_iter()
                .map(move |m| format!("{lang}: {m}"))
        })
        .collect();
    assert!(misfits.is_empty(), "{}", misfits.join("\n"));
}

#[test]
fn every_fixture_report_fits_its_cells() {
    let misfits: Vec<String> = common::reports()
        .into_iter()
        .flat_map(|(name, report)| {
            let lang = att_xlsx_writer::report_language(&report).unwrap_or(Lang::En);
            let bytes = att_xlsx_writer::write(&report, &att_xlsx_writer::Options { lang })
                .expect("writes");
            misfits(&bytes)
                .into_iter()
                .map(move |m| format!("{name}: {m}"))
        })
        .collect();
    assert!(misfits.is_empty(), "{}", misfits.join("\n"));
}

#[test]
fn every_sheet_prints_its_area_one_page_wide_with_its_header_on_each_page() {
    for lang in Lang::ALL {
        let bytes = att_xlsx_writer::template(lang).expect("writes");
        let workbook = common::part(&bytes, "xl/workbook.xml");
        let defined = |name: &str, index: usize| {
            workbook.contains(&format!(
                "<definedName name=\"{name}\" localSheetId=\"{index}\">"
            ))
        };
        let sheets = common::sheets(&bytes);
        for (index, (name, _, hidden)) in sheets.iter().enumerate() {
            if *hidden {
                continue;
            }
            let xml = common::sheet_xml(&bytes, name);
            let setup = common::elements(&xml, "pageSetup");
            assert!(defined("_xlnm.Print_Area", index), "{lang} {name}");
            assert!(
                xml.contains("<pageSetUpPr fitToPage=\"1\"/>")
                    && setup[0].contains("fitToHeight=\"0\"")
                    && !setup[0].contains("fitToWidth"),
                "{lang} {name}: one page wide, as many pages down as it takes"
            );
            assert!(setup[0].contains("paperSize=\"9\""), "{lang} {name}: A4");
            // The title page is a form in two columns; every other sheet is a table whose
            // header repeats on each page, printed landscape.
            let table = index > 0;
            assert_eq!(defined("_xlnm.Print_Titles", index), table, "{lang} {name}");
            let orientation = if table { "landscape" } else { "portrait" };
            assert!(
                setup[0].contains(&format!("orientation=\"{orientation}\"")),
                "{lang} {name}"
            );
        }
    }
}

#[test]
fn the_check_finds_a_label_that_overflows_its_row() {
    // The check itself: a wrapped text taller than its row, and a long unwrapped text, are
    // found.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_column_width(0, 20).expect("width");
    let wrapped = rust_xlsxwriter::Format::new().set_text_wrap();
    sheet
        .write_string_with_format(0, 0, "word ".repeat(20), &wrapped)
        .expect("writes");
    sheet
        .write_string(1, 0, "a text much wider than its column")
        .expect("writes");
    sheet.write_string(1, 1, "next").expect("writes");
    let bytes = workbook.save_to_buffer().expect("saves");
    let found = misfits(&bytes);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("Sheet1!A1:"), "{found:?}");
    assert!(found[1].starts_with("Sheet1!A2:"), "{found:?}");
}
