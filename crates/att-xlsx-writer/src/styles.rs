//! The formats of the workbook: headings locked and shaded, input cells unlocked and white,
//! cells that fill themselves in grey.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder};

const HEADING_FILL: u32 = 0xDCE6F1;
const AUTOMATIC_FILL: u32 = 0xF2F2F2;
const BORDER: u32 = 0xA6A6A6;

/// Every format the sheets use.
pub(crate) struct Styles {
    /// The title of a sheet.
    pub title: Format,
    /// A heading of a part of the title page.
    pub part: Format,
    /// A label of the title page.
    pub label: Format,
    /// A column heading of a table.
    pub heading: Format,
    /// An input cell for text.
    pub input: Format,
    /// An input cell for a whole number without separators (a year).
    pub year: Format,
    /// An input cell for a number of items.
    pub count: Format,
    /// An input cell for an amount.
    pub amount: Format,
    /// An input cell for a date.
    pub date: Format,
    /// A cell that fills itself in (a code looked up from a name), which may be typed over.
    pub automatic: Format,
    /// Reference text of the instructions sheet.
    pub note: Format,
    /// Reference text in bold.
    pub note_bold: Format,
}

impl Styles {
    /// The formats.
    pub(crate) fn new() -> Styles {
        let bordered = || {
            Format::new()
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(BORDER))
                .set_align(FormatAlign::Top)
        };
        let input = bordered().set_unlocked().set_text_wrap();
        Styles {
            title: Format::new().set_bold().set_font_size(16),
            part: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_border_bottom(FormatBorder::Thin),
            label: bordered()
                .set_background_color(Color::RGB(HEADING_FILL))
                .set_text_wrap(),
            heading: bordered()
                .set_bold()
                .set_background_color(Color::RGB(HEADING_FILL))
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter),
            year: bordered().set_unlocked().set_num_format("0"),
            count: bordered().set_unlocked().set_num_format("#,##0"),
            amount: bordered().set_unlocked().set_num_format("#,##0.00"),
            date: bordered().set_unlocked().set_num_format("yyyy-mm-dd"),
            automatic: bordered()
                .set_unlocked()
                .set_background_color(Color::RGB(AUTOMATIC_FILL)),
            note: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            note_bold: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            input,
        }
    }
}

/// Height in points of one line of text in the workbook's font.
pub(crate) const LINE_HEIGHT: f64 = 15.0;

/// How many lines `text` takes in a wrapped cell `width` characters wide (spreadsheets do not
/// size rows to wrapped text when they open a file, so the writer does).
pub(crate) fn lines(text: &str, width: f64) -> u16 {
    let per_line = (width * 1.2).max(1.0);
    let lines: f64 = text
        .split('\n')
        .map(|line| (line.chars().count() as f64 / per_line).ceil().max(1.0))
        .sum();
    lines.min(f64::from(u16::MAX)) as u16
}

/// The height of a row whose tallest cell takes `lines` lines.
pub(crate) fn row_height(lines: u16) -> f64 {
    LINE_HEIGHT * f64::from(lines.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_wrapped_lines() {
        assert_eq!(lines("short", 10.0), 1);
        assert_eq!(lines(&"x".repeat(25), 10.0), 3);
        assert_eq!(lines("a\nb\nc", 40.0), 3);
    }
}
