//! Codes of national and multilateral control lists, which are not ATT categories: "ML10.c2",
//! "ML 1", "KM 4", "KM 9 / KM 11-15", "0A501", "2B001.b2", "6A002.c1", "9A610.a", "PL5001".
//!
//! National layouts often classify transfers by their own control list rather than by the UN
//! Register's categories; a reader tells an ATT category column from a control-list column by
//! its cells, with [`read_category_cell`].
//!
//! # Decision rule
//!
//! A cell is a control-list code only when every code in it has a list's shape: a list prefix
//! followed by a number (`ML` of the Wassenaar Arrangement's and the EU's military lists, `KM`
//! of the Swiss war-material categories, `PL` of the UK's national list, `USML` of the US
//! Munitions List), or the dual-use shape — a digit, a letter A–E and three digits ("2B001",
//! "9A610"), with its sub-items. Bare numbers, roman numerals and numbers with a letter ("2",
//! "4a", "IV", "VIII a) 2") are always ATT categories: they are how reports write I–VIII.

use crate::category::{CategoryReading, read_category};

/// A control list a code belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ControlList {
    /// The Wassenaar Arrangement's Munitions List and the EU Common Military List, as national
    /// military lists use them: "ML1", "ML 10.c2", "ML04", "ML22.a".
    MilitaryList,
    /// Swiss war-material categories (Kriegsmaterial): "KM 4", "KM 11-15".
    SwissWarMaterial,
    /// Dual-use lists (Wassenaar, EU Annex I, US Commerce Control List): "0A501", "2B001.b2",
    /// "6A002.c1", "9A610.a".
    DualUse,
    /// The US Munitions List: "USML XII", "USML Cat. IV".
    UsMunitionsList,
    /// The UK's national control list: "PL5001".
    UkNational,
}

/// A control-list code as written in a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ControlListCode<'a> {
    /// The list it belongs to.
    pub list: ControlList,
    /// The code as written, trimmed ("KM 11-15", "2B001.b2").
    pub code: &'a str,
}

/// Reads a cell of control-list codes: one or several ("KM 9 / KM 11-15", "2B001.b2\n2B201.a1"),
/// separated by slashes, commas, semicolons, "+", "&", "and", line breaks. `None` unless every
/// part is a control-list code (see the [decision rule](self)).
///
/// ```
/// use att_lexicon::control_list::{read_control_list_codes, ControlList};
/// let codes = read_control_list_codes("KM 9 / KM 11-15").unwrap();
/// assert_eq!(codes.len(), 2);
/// assert_eq!((codes[1].list, codes[1].code), (ControlList::SwissWarMaterial, "KM 11-15"));
/// assert_eq!(read_control_list_codes("2B001.b2").unwrap()[0].list, ControlList::DualUse);
/// assert_eq!(read_control_list_codes("4a"), None);
/// ```
pub fn read_control_list_codes(text: &str) -> Option<Vec<ControlListCode<'_>>> {
    let text = text.trim();
    if text.is_empty() || text.len() > MAX_CODES_BYTES {
        return None;
    }
    let mut codes = Vec::new();
    for part in split_codes(text) {
        let list = list_of(part)?;
        codes.push(ControlListCode { list, code: part });
    }
    (!codes.is_empty()).then_some(codes)
}

/// Longest cell read as control-list codes.
const MAX_CODES_BYTES: usize = 200;

/// What a cell of a category column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoryCell {
    /// An ATT category, an aggregate or the national category (see
    /// [`read_category`]).
    Att(CategoryReading),
    /// Control-list codes, of the list of the first code.
    ControlList(ControlList),
    /// Neither: a description, a name, free text.
    Other,
}

/// Tells what a category-like cell holds, so that a reader can tell an ATT category column from
/// a control-list column by counting its cells: ATT categories first (so "4a" and "2" stay
/// categories), then control-list codes.
///
/// ```
/// use att_lexicon::control_list::{read_category_cell, CategoryCell, ControlList};
/// use att_lexicon::category::CategoryReading;
/// use att_schema::Category;
/// assert_eq!(read_category_cell("IV (b)"), CategoryCell::Att(CategoryReading::Category(Category::IVb)));
/// assert_eq!(read_category_cell("ML10.c2"), CategoryCell::ControlList(ControlList::MilitaryList));
/// assert_eq!(read_category_cell("Leopard 2A7"), CategoryCell::Other);
/// ```
pub fn read_category_cell(text: &str) -> CategoryCell {
    match read_category(text) {
        CategoryReading::Unknown => match read_control_list_codes(text) {
            Some(codes) => CategoryCell::ControlList(codes[0].list),
            None => CategoryCell::Other,
        },
        reading => CategoryCell::Att(reading),
    }
}

/// The parts of a cell that lists codes.
fn split_codes(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for piece in text.split(['/', ',', ';', '+', '&', '\n', '\r']) {
        let mut rest = piece;
        loop {
            let lower = rest.to_ascii_lowercase();
            let cut = [" and ", " et ", " y ", " und "]
                .iter()
                .filter_map(|word| lower.find(word).map(|at| (at, word.len())))
                .min();
            match cut {
                Some((at, len)) => {
                    parts.push(rest[..at].trim());
                    rest = &rest[at + len..];
                }
                None => {
                    parts.push(rest.trim());
                    break;
                }
            }
        }
    }
    parts.retain(|p| !p.is_empty());
    parts
}

/// The list of one code, or `None` when it is not a control-list code.
fn list_of(code: &str) -> Option<ControlList> {
    let upper = code.trim().to_ascii_uppercase();
    let code = upper.as_str();
    for prefix in ["WA-ML", "EU-ML", "WA ML", "EU ML", "ML"] {
        if let Some(rest) = code.strip_prefix(prefix) {
            return numbered(rest.trim_start(), "ML").then_some(ControlList::MilitaryList);
        }
    }
    if let Some(rest) = code.strip_prefix("KM") {
        return numbered(rest.trim_start(), "KM").then_some(ControlList::SwissWarMaterial);
    }
    if let Some(rest) = code.strip_prefix("USML") {
        let rest = rest.trim_start();
        let rest = rest
            .strip_prefix("CATEGORY")
            .or_else(|| rest.strip_prefix("CAT."))
            .or_else(|| rest.strip_prefix("CAT"))
            .unwrap_or(rest)
            .trim_start();
        let roman = !rest.is_empty() && rest.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
        return (roman || numbered(rest, "")).then_some(ControlList::UsMunitionsList);
    }
    if let Some(rest) = code.strip_prefix("PL") {
        let rest = rest.trim_start();
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        return (digits == 4 && sub_items(&rest[digits..])).then_some(ControlList::UkNational);
    }
    dual_use(code).then_some(ControlList::DualUse)
}

/// "10.c2", "04", "1", "22.a.1", "11-15", "17 - 22", "1-ML4": a number of one or two digits,
/// its sub-items, or a range to another number (with the prefix repeated or not).
fn numbered(rest: &str, prefix: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return false;
    }
    let after = &rest[digits..];
    if let Some(range) = after.trim_start().strip_prefix(['-', '–']) {
        let range = range.trim_start();
        let range = range.strip_prefix(prefix).unwrap_or(range).trim_start();
        let end = range.bytes().take_while(u8::is_ascii_digit).count();
        return (1..=2).contains(&end) && sub_items(&range[end..]);
    }
    sub_items(after)
}

/// Sub-items after a code: nothing, or letters and digits after dots ("", ".c2", ".a.1",
/// "c2", "A").
fn sub_items(text: &str) -> bool {
    text.len() <= 12
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '.')
        && !text.contains("..")
}

/// "0A501", "2B001.b2", "6A002.c1", "9A610.a": a digit, a letter A–E, three digits, sub-items.
fn dual_use(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() >= 5
        && bytes[0].is_ascii_digit()
        && matches!(bytes[1], b'A'..=b'E')
        && bytes[2..5].iter().all(u8::is_ascii_digit)
        && (bytes.len() == 5 || (bytes[5] == b'.' && sub_items(&code[6..])))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ControlList::*;

    fn lists(text: &str) -> Option<Vec<ControlList>> {
        read_control_list_codes(text).map(|codes| codes.iter().map(|c| c.list).collect())
    }

    #[test]
    fn codes_of_every_list() {
        for (text, expected) in [
            ("KM 4", vec![SwissWarMaterial]),
            ("KM 9 / KM 11-15", vec![SwissWarMaterial, SwissWarMaterial]),
            ("KM 17 - 22", vec![SwissWarMaterial]),
            ("ML10.c2", vec![MilitaryList]),
            ("ML 1", vec![MilitaryList]),
            ("ML04", vec![MilitaryList]),
            ("ml8.a.1", vec![MilitaryList]),
            ("ML22.a", vec![MilitaryList]),
            ("WA-ML3", vec![MilitaryList]),
            ("ML1, ML3 and ML4", vec![MilitaryList; 3]),
            ("ML1-ML4", vec![MilitaryList]),
            ("0A501", vec![DualUse]),
            ("2B001.b2", vec![DualUse]),
            ("2B001.B2\n2B201.A1", vec![DualUse, DualUse]),
            ("6A002.c1", vec![DualUse]),
            ("9A610.a", vec![DualUse]),
            ("5A002.a.1", vec![DualUse]),
            ("PL5001", vec![UkNational]),
            ("USML XII", vec![UsMunitionsList]),
            ("USML Cat. IV", vec![UsMunitionsList]),
            ("ML3 / 0A501", vec![MilitaryList, DualUse]),
        ] {
            assert_eq!(lists(text), Some(expected), "{text:?}");
        }
        let codes = read_control_list_codes("KM 9 / KM 11-15").expect("reads");
        assert_eq!(
            codes.iter().map(|c| c.code).collect::<Vec<_>>(),
            ["KM 9", "KM 11-15"]
        );
    }

    #[test]
    fn att_categories_and_text_are_not_control_list_codes() {
        for text in [
            "4a",
            "2",
            "IV",
            "VIII a) 2",
            "Cat. 2",
            "VIII.SA.2",
            "8a2",
            "ML",
            "KM",
            "MLRS",
            "Leopard 2A7",
            "2B",
            "2B00",
            "0F501",
            "Milan",
            "KM4 rifles",
            "ML123",
            "",
        ] {
            assert_eq!(read_control_list_codes(text), None, "{text:?}");
        }
    }

    #[test]
    fn category_cells_by_content() {
        use att_schema::Category;
        assert_eq!(
            read_category_cell("4a"),
            CategoryCell::Att(CategoryReading::Category(Category::IVa))
        );
        assert_eq!(
            read_category_cell("2"),
            CategoryCell::Att(CategoryReading::Category(Category::II))
        );
        assert_eq!(
            read_category_cell("KM 4"),
            CategoryCell::ControlList(SwissWarMaterial)
        );
        assert_eq!(
            read_category_cell("0A501"),
            CategoryCell::ControlList(DualUse)
        );
        assert_eq!(
            read_category_cell("Total"),
            CategoryCell::Att(CategoryReading::Aggregate)
        );
        assert_eq!(read_category_cell("Rifles, assorted"), CategoryCell::Other);
    }
}
