//! How much room a text takes in a cell: its width in the workbook's font, the lines it wraps
//! into at a column's width, and the row height those lines need.
//!
//! Spreadsheet programs do not size rows to wrapped text when they open a file (the heights are
//! the file's), so the writer sizes them from this model, and the tests check every cell of the
//! written workbooks against it. Widths come from the advance widths of Carlito, which has the
//! metrics of Calibri, the workbook's font (`widths.rs`, written by
//! `tools/templates/gen_widths.py`); they are measured in the unit of column widths, the width of
//! the digit "0" in Calibri 11. The usable width of a column was calibrated against LibreOffice's
//! rendering (`tools/templates/render.sh`), with a margin for renderers that draw text wider.

mod widths;

/// The width of the digit "0" in 2048ths of an em: the unit of column widths at 11 points.
const DIGIT: f64 = 1038.0;
/// The size in points of the workbook's default font.
const BODY_SIZE: f64 = 11.0;
/// The height in points of one line of 11-point text (Excel's row height for Calibri 11;
/// LibreOffice draws lines 11.1 points apart).
const BODY_LINE_HEIGHT: f64 = 15.0;
/// The share of a column's width that text may fill, and the width in digits kept free besides:
/// LibreOffice fits text up to 0.99 × width + 0.3 digits; the rest is for renderers that draw
/// Calibri wider than its outlines (screen hinting).
const USABLE_SHARE: f64 = 0.93;
const KEPT_FREE: f64 = 0.5;
/// The width of a character the tables do not know (a CJK ideograph is one em wide).
const UNKNOWN: u16 = 2048;

/// The font a cell's text is drawn in: Calibri (or Carlito) at a size, regular or bold.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// The size in points.
    pub size: f64,
    /// Whether the text is bold.
    pub bold: bool,
}

impl Font {
    /// The default font of the workbook: Calibri 11.
    pub const BODY: Font = Font {
        size: BODY_SIZE,
        bold: false,
    };

    /// The default font in bold (headings).
    pub const BOLD: Font = Font {
        size: BODY_SIZE,
        bold: true,
    };

    /// The height in points of one line of text in this font.
    pub fn line_height(self) -> f64 {
        BODY_LINE_HEIGHT * self.size / BODY_SIZE
    }

    /// The width of `c`, in column-width units.
    fn char_width(self, c: char) -> f64 {
        let table: &[u16] = if self.bold {
            &widths::BOLD
        } else {
            &widths::REGULAR
        };
        let code = u32::from(c);
        let mut offset = 0;
        let mut advance = UNKNOWN;
        for (first, last) in widths::RANGES {
            if (first..=last).contains(&code) {
                let width = table[offset + (code - first) as usize];
                if width > 0 {
                    advance = width;
                }
                break;
            }
            offset += (last - first + 1) as usize;
        }
        f64::from(advance) / DIGIT * self.size / BODY_SIZE
    }
}

/// The width of `text` on one line in `font`, in column-width units (digits of Calibri 11).
pub fn text_width(text: &str, font: Font) -> f64 {
    text.chars().map(|c| font.char_width(c)).sum()
}

/// The width text may fill in a column (or merged cells) `width` units wide.
pub fn usable_width(width: f64) -> f64 {
    (width * USABLE_SHARE - KEPT_FREE).max(1.0)
}

/// The narrowest column width, in whole units, in which `text` fits on one line.
pub fn width_for(text: &str, font: Font) -> f64 {
    ((text_width(text, font) + KEPT_FREE) / USABLE_SHARE).ceil()
}

/// The narrowest column width, in whole units, in which `text` wraps without cutting a word.
pub fn width_for_words(text: &str, font: Font) -> f64 {
    text.split([' ', '\n'])
        .map(|word| width_for(word, font))
        .fold(1.0, f64::max)
}

/// Whether `text` fits on one line in a column `width` units wide.
pub fn fits(text: &str, width: f64, font: Font) -> bool {
    text.split('\n').count() == 1 && text_width(text, font) <= usable_width(width)
}

/// How many lines `text` wraps into in a column `width` units wide: each line break starts a
/// line, words move to the next line when they do not fit, and a word longer than the column is
/// cut where the column ends. Lines break at spaces only (not at no-break spaces), so a
/// renderer that also breaks after hyphens needs no more lines than this.
pub fn lines(text: &str, width: f64, font: Font) -> u16 {
    let room = usable_width(width);
    let space = font.char_width(' ');
    let mut lines: u32 = 0;
    for paragraph in text.split('\n') {
        lines += 1;
        let mut used = 0.0;
        for word in paragraph.split(' ') {
            let word_width = text_width(word, font);
            if used > 0.0 && used + space + word_width > room {
                lines += 1;
                used = 0.0;
            } else if used > 0.0 || word.is_empty() {
                used += space;
            }
            if word_width <= room - used {
                used += word_width;
                continue;
            }
            for c in word.chars() {
                let c_width = font.char_width(c);
                if used > 0.0 && used + c_width > room {
                    lines += 1;
                    used = 0.0;
                }
                used += c_width;
            }
        }
    }
    lines.min(u32::from(u16::MAX)) as u16
}

/// The height in points of a row whose tallest cell takes `lines` lines in `font`.
pub fn row_height(lines: u16, font: Font) -> f64 {
    font.line_height() * f64::from(lines.max(1))
}

/// The height in points that `text` needs in a wrapped cell `width` units wide.
pub fn height(text: &str, width: f64, font: Font) -> f64 {
    row_height(lines(text, width, font), font)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_one_unit_wide_and_letters_as_calibri_draws_them() {
        assert!((text_width("0000000000", Font::BODY) - 10.0).abs() < 1e-9);
        assert!(text_width("iiii", Font::BODY) < text_width("mmmm", Font::BODY) / 3.0);
        assert!(text_width("État", Font::BOLD) > text_width("État", Font::BODY));
        let larger = Font {
            size: 22.0,
            bold: false,
        };
        assert!((text_width("0", larger) - 2.0).abs() < 1e-9);
        // A character the tables do not know counts as an em.
        assert!(text_width("漢", Font::BODY) > text_width("M", Font::BODY));
    }

    #[test]
    fn short_labels_take_one_line_and_long_ones_wrap_at_spaces() {
        assert_eq!(lines("Nom", 46.0, Font::BODY), 1);
        // LibreOffice wraps this label of the French title page into two lines at 46 units.
        let label = "Informations commercialement sensibles non communiquées";
        assert_eq!(lines(label, 46.0, Font::BODY), 2);
        assert!(!fits(label, 46.0, Font::BODY));
        assert_eq!(lines("a\nb\nc", 40.0, Font::BODY), 3);
        assert_eq!(lines("", 10.0, Font::BODY), 1);
    }

    #[test]
    fn a_word_longer_than_the_column_is_cut_where_the_column_ends() {
        // LibreOffice puts ten zeros on a line at width 10; the model keeps a margin.
        let zeros = "0".repeat(90);
        let per_line = usable_width(10.0).floor();
        assert_eq!(
            u32::from(lines(&zeros, 10.0, Font::BODY)),
            (90.0 / per_line).ceil() as u32
        );
    }

    #[test]
    fn the_width_for_a_text_is_the_narrowest_it_fits_in() {
        for text in [
            "Nom",
            "Informations commercialement sensibles non communiquées",
        ] {
            let width = width_for(text, Font::BODY);
            assert!(fits(text, width, Font::BODY), "{text}");
            assert!(!fits(text, width - 1.0, Font::BODY), "{text}");
        }
        let heading = "Code de l'État importateur";
        let width = width_for_words(heading, Font::BOLD);
        assert_eq!(width, width_for("importateur", Font::BOLD));
        assert_eq!(lines(heading, width, Font::BOLD), 3);
    }

    #[test]
    fn rows_are_a_line_height_per_line() {
        assert_eq!(row_height(0, Font::BODY), 15.0);
        assert_eq!(row_height(3, Font::BODY), 45.0);
        assert!(
            row_height(
                1,
                Font {
                    size: 16.0,
                    bold: true
                }
            ) > 21.0
        );
        assert_eq!(height("Nom", 46.0, Font::BODY), 15.0);
    }

    #[test]
    fn the_width_tables_cover_their_ranges() {
        let covered: usize = widths::RANGES
            .iter()
            .map(|(first, last)| (last - first + 1) as usize)
            .sum();
        assert_eq!(covered, widths::REGULAR.len());
        assert_eq!(covered, widths::BOLD.len());
        assert_eq!(widths::REGULAR[usize::from(b'0' - b' ')], 1038);
    }
}
