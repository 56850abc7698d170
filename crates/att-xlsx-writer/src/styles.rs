//! The formats of the workbook: headings locked and shaded, input cells unlocked and white,
//! cells that fill themselves in grey; every bordered cell wraps its text (a code or a number
//! cell may hold a literal text), and the writer sizes the rows (`crate::fit`).

use crate::fit::{self, Font};
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
                .set_text_wrap()
        };
        let input = bordered().set_unlocked();
        Styles {
            title: Format::new().set_bold().set_font_size(TITLE_FONT.size),
            part: Format::new()
                .set_bold()
                .set_font_size(PART_FONT.size)
                .set_border_bottom(FormatBorder::Thin),
            label: bordered().set_background_color(Color::RGB(HEADING_FILL)),
            heading: bordered()
                .set_bold()
                .set_background_color(Color::RGB(HEADING_FILL))
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

/// The font of sheet titles.
pub(crate) const TITLE_FONT: Font = Font {
    size: 16.0,
    bold: true,
};
/// The font of the headings of the title page's parts and of the instructions' table.
pub(crate) const PART_FONT: Font = Font {
    size: 12.0,
    bold: true,
};
/// The height of a sheet's title row.
pub(crate) const TITLE_HEIGHT: f64 = 24.0;

/// The height of a row of wrapped cells: the tallest of `cells`, each a text, the width of its
/// column (or merged cells) and its font; one line of body text at least.
pub(crate) fn fitted_height<'t>(cells: impl IntoIterator<Item = (&'t str, f64, Font)>) -> f64 {
    cells
        .into_iter()
        .map(|(text, width, font)| fit::height(text, width, font))
        .fold(fit::row_height(1, Font::BODY), f64::max)
}

/// The height of a row of one line in `font` (a part's heading), or of the default row, which
/// ever is taller.
pub(crate) fn line_row_height(font: Font) -> f64 {
    fit::row_height(1, font).max(fit::row_height(1, Font::BODY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_is_as_tall_as_its_tallest_cell() {
        let body = fit::row_height(1, Font::BODY);
        assert_eq!(fitted_height([]), body);
        assert_eq!(fitted_height([("short", 10.0, Font::BODY)]), body);
        let long = "a text that wraps into a few lines at this width";
        assert_eq!(
            fitted_height([("short", 10.0, Font::BODY), (long, 10.0, Font::BODY)]),
            fit::height(long, 10.0, Font::BODY)
        );
        assert!(line_row_height(PART_FONT) > body);
        assert!(TITLE_HEIGHT >= fit::row_height(1, TITLE_FONT));
    }
}
