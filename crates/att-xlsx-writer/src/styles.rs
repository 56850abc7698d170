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
