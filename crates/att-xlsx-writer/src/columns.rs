//! The columns of the exports and imports tables, in the order the workbook gives them: the
//! 2017 template's columns, each State followed by its ISO code, the national category after
//! the category, the currency after the value and the row's basis after them.

use crate::fit::{self, Font};
use crate::styles::Styles;
use att_lexicon::heading::{Column, canonical_heading};
use att_schema::{DirectionKind, Lang};
use rust_xlsxwriter::Format;

/// A column of an exports or imports table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableColumn {
    /// Category / sub-category (I–VIII).
    Category,
    /// National category.
    NationalCategory,
    /// Final importing State (exports) or exporting State (imports).
    Partner,
    /// The partner's ISO code.
    PartnerCode,
    /// Number of items.
    Items,
    /// Value.
    Value,
    /// Currency of the value.
    Currency,
    /// Authorized / actual, for this row.
    Basis,
    /// State of origin (if not exporter).
    Origin,
    /// The State of origin's ISO code.
    OriginCode,
    /// Intermediate location(s) (if any).
    Places,
    /// The intermediate locations' ISO codes.
    PlaceCodes,
    /// Description of item.
    Description,
    /// Comments on the transfer.
    Comments,
}

impl TableColumn {
    /// Every column, left to right.
    pub(crate) const ALL: [TableColumn; 14] = [
        TableColumn::Category,
        TableColumn::NationalCategory,
        TableColumn::Partner,
        TableColumn::PartnerCode,
        TableColumn::Items,
        TableColumn::Value,
        TableColumn::Currency,
        TableColumn::Basis,
        TableColumn::Origin,
        TableColumn::OriginCode,
        TableColumn::Places,
        TableColumn::PlaceCodes,
        TableColumn::Description,
        TableColumn::Comments,
    ];

    /// The column's index on the sheet.
    pub(crate) fn index(self) -> u16 {
        self as u16
    }

    /// The field the reader reads from the column, whose heading the column has.
    pub(crate) fn heading(self) -> Column {
        match self {
            TableColumn::Category => Column::Category,
            TableColumn::NationalCategory => Column::NationalCategory,
            TableColumn::Partner => Column::Partner,
            TableColumn::PartnerCode => Column::PartnerCode,
            TableColumn::Items => Column::Items,
            TableColumn::Value => Column::Value,
            TableColumn::Currency => Column::Currency,
            TableColumn::Basis => Column::Basis,
            TableColumn::Origin => Column::StateOfOrigin,
            TableColumn::OriginCode => Column::StateOfOriginCode,
            TableColumn::Places => Column::IntermediateLocations,
            TableColumn::PlaceCodes => Column::IntermediateLocationCodes,
            TableColumn::Description => Column::Description,
            TableColumn::Comments => Column::Comments,
        }
    }

    /// The column's width, in characters: its usual width, or wider where a word of its heading
    /// in `lang` would not fit otherwise, so that headings wrap between words.
    pub(crate) fn width(self, kind: DirectionKind, lang: Lang) -> f64 {
        let heading = canonical_heading(self.heading(), kind, lang);
        self.usual_width()
            .max(fit::width_for_words(heading, Font::BOLD))
    }

    /// The column's width before its heading is seen, in characters: the category column is
    /// wide enough for every category's name in two lines.
    fn usual_width(self) -> f64 {
        match self {
            TableColumn::Category => 36.0,
            TableColumn::NationalCategory => 18.0,
            TableColumn::Partner | TableColumn::Origin | TableColumn::Places => 24.0,
            TableColumn::PartnerCode | TableColumn::OriginCode => 11.0,
            TableColumn::PlaceCodes => 13.0,
            TableColumn::Items => 11.0,
            TableColumn::Value => 16.0,
            TableColumn::Currency => 10.0,
            TableColumn::Basis => 13.0,
            TableColumn::Description | TableColumn::Comments => 34.0,
        }
    }

    /// The format of the column's cells.
    pub(crate) fn format(self, styles: &Styles) -> &Format {
        match self {
            TableColumn::Items => &styles.count,
            TableColumn::Value => &styles.amount,
            TableColumn::PartnerCode | TableColumn::OriginCode => &styles.automatic,
            _ => &styles.input,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lists::category_label;
    use att_schema::Category;

    #[test]
    fn every_category_name_takes_two_lines_at_most_and_headings_wrap_between_words() {
        for lang in Lang::ALL {
            for kind in DirectionKind::ALL {
                let width = TableColumn::Category.width(kind, lang);
                for category in Category::ALL {
                    let label = category_label(category, lang);
                    assert!(fit::lines(&label, width, Font::BODY) <= 2, "{lang} {label}");
                }
                for column in TableColumn::ALL {
                    let heading = canonical_heading(column.heading(), kind, lang);
                    let width = column.width(kind, lang);
                    for word in heading.split(' ') {
                        assert!(fit::fits(word, width, Font::BOLD), "{lang} {heading}");
                    }
                }
            }
        }
    }
}
