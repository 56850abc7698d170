//! Categories as category cells and group rows write them: "I", "1", "Cat. I", "IV(a)", "4a",
//! "VIII a) 2", "VIII(b)(3)", "VIII.SA.2", "8a2", "I - Battle tanks", "Battle Tanks",
//! "Small arms – rifles and carbines", "SALW", "ALPC", "APAL", "MANPADS", "I–VII", "Total".
//!
//! # Policy
//!
//! - A code and a name in one cell must agree: "I - Battle tanks" is I, "VIII - Small arms" is
//!   VIII.SA (the name is more precise), "I - Armoured combat vehicles" is unknown.
//! - A list number in front of a name counts as the last part of its code: "1. Revolvers and
//!   self-loading pistols" is VIII.SA.1, "a) Small arms" is VIII.SA.
//! - A code followed by other words is read when it is set off by punctuation ("I - Tanks",
//!   "IV a) Manned") or introduced by "Category"/"Cat."/"Kat."; "I think" is not category I.
//! - Sub-categories of VIII are numbered in arabic or roman figures: "VIII(a)(ii)", "VIII a) 2",
//!   "VIII.SA.2" and "Cat. VIII.a.2" are all VIII.SA.2.
//! - "Mortars" alone is unknown: mortars of 75 mm and more are III, smaller ones VIII.LW.6.
//! - In French "armes légères" alone are light weapons (VIII.LW); "armes légères et de petit
//!   calibre" (ALPC) are VIII. In Spanish "armas ligeras" are VIII.LW and "armas pequeñas y armas
//!   ligeras" (APAL) VIII.
//! - Ranges and lists of categories ("I–VII", "I, II and III"), totals and "all categories" are
//!   aggregates.
//! - "national", "National category", "Catégorie nationale" and "Categoría nacional" name the
//!   voluntary national category itself (its own name is given beside it).

use crate::category_names::{is_descendant, name_words, qualified, resolve_name};
use att_schema::Category;
use att_schema::text::fold;

/// What a category cell says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CategoryReading {
    /// One category.
    Category(Category),
    /// Several categories together: "I–VII", "Total", "All categories", "Toutes catégories".
    Aggregate,
    /// Not a category of the UN Register: free text ("ML3 ammunition"), a contradiction, or
    /// nothing readable. The reader keeps the text (a national category, or an error).
    Unknown,
}

/// Reads a category cell.
///
/// ```
/// use att_lexicon::category::{read_category, CategoryReading};
/// use att_schema::Category;
/// assert_eq!(read_category("VIII a) 2"), CategoryReading::Category(Category::VIIISa2));
/// assert_eq!(read_category("ALPC"), CategoryReading::Category(Category::VIII));
/// assert_eq!(read_category("I–VII"), CategoryReading::Aggregate);
/// assert_eq!(read_category("ML3 ammunition"), CategoryReading::Unknown);
/// assert_eq!(read_category("Catégorie nationale"), CategoryReading::Category(Category::National));
/// ```
pub fn read_category(text: &str) -> CategoryReading {
    let folded = fold(text);
    if folded.is_empty() {
        return CategoryReading::Unknown;
    }
    if is_national(&folded) {
        return CategoryReading::Category(Category::National);
    }
    if is_aggregate(&folded, text) {
        return CategoryReading::Aggregate;
    }
    let (body, introduced) = strip_category_word(&folded);
    match read_body(body, introduced, text) {
        Some(category) => CategoryReading::Category(category),
        None => CategoryReading::Unknown,
    }
}

/// Whether the folded text names the voluntary national category itself, by its code
/// (`national`) or its name in any language ("National category", "Catégorie nationale").
fn is_national(folded: &str) -> bool {
    folded == Category::National.code()
        || att_schema::Lang::ALL
            .iter()
            .any(|&lang| fold(Category::National.name(lang)) == folded)
}

/// Reads the title of a group row, which stands above the rows of its category: "I. Battle
/// tanks", "IV a) Manned", "VIII. Small arms and light weapons", "Category II", or a sub-group
/// title whose name alone says the category ("a) Small arms"). A bare number ("1") is not read:
/// in a row of its own it is more likely a row number. Sub-group titles that need their parent
/// ("a) Manned", "2.") are read with [`read_subgroup`].
///
/// ```
/// use att_lexicon::category::read_group_row_category;
/// use att_schema::Category;
/// assert_eq!(read_group_row_category("IV a) Manned"), Some(Category::IVa));
/// assert_eq!(read_group_row_category("a) Manned"), None);
/// ```
pub fn read_group_row_category(text: &str) -> Option<Category> {
    let folded = fold(text);
    if folded.is_empty()
        || folded.bytes().all(|b| b.is_ascii_digit())
        || is_aggregate(&folded, text)
    {
        return None;
    }
    let (body, introduced) = strip_category_word(&folded);
    read_body(body, introduced, text)
}

/// Reads a sub-group title under the group of `parent`: "a) Small arms" under VIII,
/// "1. Revolvers and self-loading pistols" or "2" under VIII.SA, "a) Manned" or "Unmanned"
/// under IV, "b) MANPADS" under VII. The result refines `parent`; `None` when the title names
/// nothing under it ("a) Small arms" under IV) or is ambiguous ("1." under VIII).
///
/// ```
/// use att_lexicon::category::read_subgroup;
/// use att_schema::Category;
/// assert_eq!(read_subgroup("a) Manned", Category::IV), Some(Category::IVa));
/// assert_eq!(read_subgroup("2", Category::VIIISa), Some(Category::VIIISa2));
/// assert_eq!(read_subgroup("a) Small arms", Category::IV), None);
/// ```
pub fn read_subgroup(text: &str, parent: Category) -> Option<Category> {
    let folded = fold(text);
    let (body, introduced) = strip_category_word(&folded);
    if body.is_empty() {
        return None;
    }
    if let Some(code) = parse_code(body)
        && code.marker.is_none()
    {
        return read_body(body, introduced, text).filter(|c| is_descendant(*c, parent));
    }
    let (marker, rest) = split_marker(body);
    let by_marker = marker.and_then(|m| child_by_marker(parent, m));
    let rest_words = name_words(rest);
    let by_rest = resolve_name(&rest_words).or_else(|| qualified(parent, &rest_words));
    match (by_marker, by_rest) {
        (_, Some(named)) => {
            let fits_marker = match (marker, by_marker) {
                (None, _) => true,
                (Some(m), by_marker) => {
                    marker_matches(m, named)
                        || by_marker.is_some_and(|b| b == named || is_descendant(named, b))
                }
            };
            (is_descendant(named, parent) && fits_marker).then_some(named)
        }
        (Some(child), None) => Some(child),
        (None, None) => None,
    }
}

/// Reads what follows an optional "Category": a code (with or without a name) or a name.
fn read_body(body: &str, introduced: bool, original: &str) -> Option<Category> {
    if body.is_empty() {
        return None;
    }
    if let Some(code) = parse_code(body) {
        if code.rest.is_empty() {
            return Some(code.category);
        }
        if code.rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let rest_words = name_words(code.rest);
        if let Some(named) = resolve_name(&rest_words) {
            return reconcile(&code, named);
        }
        if let Some(child) = qualified(code.category, &rest_words) {
            return Some(child);
        }
        return (introduced || set_off_by_punctuation(original)).then_some(code.category);
    }
    if let Some(named) = resolve_name(&name_words(body)) {
        return Some(named);
    }
    let (marker, rest) = split_marker(body);
    let named = resolve_name(&name_words(rest))?;
    marker
        .filter(|m| matches!(m, Marker::Letter(_)))
        .is_some_and(|m| marker_matches(m, named))
        .then_some(named)
}

/// A code and a name in the same cell: the more precise one when they agree.
fn reconcile(code: &Code, named: Category) -> Option<Category> {
    if named == code.category || is_descendant(named, code.category) {
        return Some(named);
    }
    if is_descendant(code.category, named) {
        return Some(code.category);
    }
    code.marker
        .is_some_and(|n| marker_matches(Marker::Number(n), named))
        .then_some(named)
}

fn set_off_by_punctuation(original: &str) -> bool {
    original.contains(['.', '-', '–', '—', ')', ':', '/'])
}

/// A code read from the start of a folded text.
struct Code<'a> {
    category: Category,
    /// The words after the code.
    rest: &'a str,
    /// The number, when the code is a top-level numeral only ("1", "IV"): it may instead be a
    /// list number ("1. Revolvers…").
    marker: Option<u8>,
}

/// Top-level numerals, longest first so that "viii" is not read as "v" + "iii".
const TOPS: &[(&str, u8)] = &[
    ("viii", 8),
    ("vii", 7),
    ("iii", 3),
    ("vi", 6),
    ("iv", 4),
    ("ii", 2),
    ("v", 5),
    ("i", 1),
    ("1", 1),
    ("2", 2),
    ("3", 3),
    ("4", 4),
    ("5", 5),
    ("6", 6),
    ("7", 7),
    ("8", 8),
];

fn top_category(number: u8) -> Option<Category> {
    Some(match number {
        1 => Category::I,
        2 => Category::II,
        3 => Category::III,
        4 => Category::IV,
        5 => Category::V,
        6 => Category::VI,
        7 => Category::VII,
        8 => Category::VIII,
        _ => return None,
    })
}

/// Reads a code at the start of `text`: a top-level numeral, then optionally a letter ("a",
/// "b", "sa", "lw") and, under VIII, a number; glued ("8a2", "IVa") or spaced ("VIII sa 2").
fn parse_code(text: &str) -> Option<Code<'_>> {
    for &(top_text, number) in TOPS {
        let Some(after) = text.strip_prefix(top_text) else {
            continue;
        };
        if after.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let top = top_category(number)?;
        if let Some((category, rest)) = parse_sub(top, after) {
            return Some(Code {
                category,
                rest,
                marker: None,
            });
        }
        if at_boundary(after) {
            return Some(Code {
                category: top,
                rest: after.trim_start(),
                marker: Some(number),
            });
        }
    }
    None
}

fn parse_sub(top: Category, text: &str) -> Option<(Category, &str)> {
    let text = text.strip_prefix(' ').unwrap_or(text);
    let letters: &[(&str, &str)] = match top {
        Category::VIII => &[("sa", "SA"), ("lw", "LW"), ("a", "SA"), ("b", "LW")],
        Category::IV | Category::V | Category::VII => &[("a", "a"), ("b", "b")],
        _ => &[],
    };
    for &(written, segment) in letters {
        let Some(after) = text.strip_prefix(written) else {
            continue;
        };
        let Some(sub) = child_with_segment(top, segment) else {
            continue;
        };
        if top == Category::VIII {
            let numbered = after.strip_prefix(' ').unwrap_or(after);
            let mut chars = numbered.chars();
            if let Some(digit) = chars.next().and_then(|c| c.to_digit(10))
                && at_boundary(chars.as_str())
                && let Some(child) = child_with_segment(sub, &digit.to_string())
            {
                return Some((child, chars.as_str().trim_start()));
            }
            // Roman sub-numbers: "VIII(a)(ii)", "VIII.SA.ii".
            if let Some((number, rest)) = roman_sub_number(numbered)
                && let Some(child) = child_with_segment(sub, &number.to_string())
            {
                return Some((child, rest.trim_start()));
            }
        }
        if at_boundary(after) {
            return Some((sub, after.trim_start()));
        }
    }
    None
}

/// A roman numeral i–vii at the start of a folded text, ending at a word boundary.
fn roman_sub_number(text: &str) -> Option<(u8, &str)> {
    const ROMANS: &[(&str, u8)] = &[
        ("vii", 7),
        ("vi", 6),
        ("iv", 4),
        ("v", 5),
        ("iii", 3),
        ("ii", 2),
        ("i", 1),
    ];
    ROMANS.iter().find_map(|&(roman, number)| {
        text.strip_prefix(roman)
            .filter(|rest| at_boundary(rest))
            .map(|rest| (number, rest))
    })
}

fn at_boundary(text: &str) -> bool {
    text.is_empty() || text.starts_with(' ')
}

/// The child of `parent` whose code ends with `.segment`.
fn child_with_segment(parent: Category, segment: &str) -> Option<Category> {
    parent
        .children()
        .find(|child| last_segment(*child) == segment)
}

fn last_segment(category: Category) -> &'static str {
    let code = category.code();
    code.rsplit('.').next().unwrap_or(code)
}

/// A list marker in front of a sub-group title.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// "a", "b" (also "sa", "lw").
    Letter(char),
    /// "1" … "7", also as roman numerals "i" … "vii".
    Number(u8),
}

/// The list marker at the start of a folded text, and the words after it.
fn split_marker(text: &str) -> (Option<Marker>, &str) {
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    let marker = match first {
        "a" | "sa" => Some(Marker::Letter('a')),
        "b" | "lw" => Some(Marker::Letter('b')),
        _ => TOPS
            .iter()
            .find(|(written, number)| *written == first && *number <= 7)
            .map(|&(_, number)| Marker::Number(number)),
    };
    match marker {
        Some(marker) => (Some(marker), rest),
        None => (None, text),
    }
}

/// Whether a list marker is the last part of the category's code.
fn marker_matches(marker: Marker, category: Category) -> bool {
    let segment = last_segment(category);
    match marker {
        Marker::Letter('a') => matches!(segment, "a" | "SA"),
        Marker::Letter('b') => matches!(segment, "b" | "LW"),
        Marker::Letter(_) => false,
        Marker::Number(n) => segment == n.to_string(),
    }
}

fn child_by_marker(parent: Category, marker: Marker) -> Option<Category> {
    parent
        .children()
        .find(|child| marker_matches(marker, *child))
}

/// Words that introduce a category: "Category", "Cat.", "Catégorie", "Categoría",
/// "Sub-category".
fn strip_category_word(folded: &str) -> (&str, bool) {
    fn is_category_word(word: &str) -> bool {
        matches!(
            word,
            "category"
                | "categories"
                | "cat"
                | "categ"
                | "categorie"
                | "categoria"
                | "categorias"
                | "subcategory"
                | "subcategoria"
                | "souscategorie"
                | "kat"
                | "kategorie"
                | "kategorien"
        )
    }
    let mut text = folded;
    let mut introduced = false;
    loop {
        let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
        let sub_prefix =
            matches!(first, "sub" | "sous") && rest.split(' ').next().is_some_and(is_category_word);
        if !(is_category_word(first) || sub_prefix) {
            return (text, introduced);
        }
        text = rest;
        introduced = true;
    }
}

/// "Total", "Grand total", "All categories", "I–VII", "I-VIII", "I to VII", "I, II and III".
fn is_aggregate(folded: &str, original: &str) -> bool {
    const WHOLE: &[&str] = &[
        "all",
        "all categories",
        "toutes categories",
        "toutes les categories",
        "todas",
        "todas las categorias",
        "todas categorias",
        "overall",
        "sum",
        "somme",
        "suma",
    ];
    const FIRST: &[&str] = &["total", "totals", "subtotal", "totaux", "totales", "grand"];
    if WHOLE.contains(&folded) {
        return true;
    }
    let first = folded.split(' ').next().unwrap_or_default();
    if FIRST.contains(&first) || folded.starts_with("sous total") || folded.starts_with("sub total")
    {
        return true;
    }
    let (body, _) = strip_category_word(folded);
    let mut numerals: Vec<u8> = Vec::new();
    let mut connector = false;
    for word in body.split(' ') {
        if let Some(&(_, number)) = TOPS.iter().find(|(written, _)| *written == word) {
            numerals.push(number);
        } else if matches!(
            word,
            "to" | "a" | "au" | "al" | "hasta" | "and" | "et" | "y"
        ) {
            connector = true;
        } else if FIRST.contains(&word) || matches!(word, "total" | "general" | "generale") {
            continue;
        } else {
            return false;
        }
    }
    let ascending = numerals.windows(2).all(|pair| pair[0] < pair[1]);
    numerals.len() >= 2
        && ascending
        && (connector || original.contains(['-', '–', '—', ',', '/', '+', '&']))
}

#[cfg(test)]
mod tests;
