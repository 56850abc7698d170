//! Matrix tables, as national statistics publish them: partners as rows, categories as
//! columns ("KM 1", "KM 2", … or "I", "II", …), one figure per partner and category. Each filled
//! cell is one entry. The figures are values when a heading or the title above the table names
//! a currency or speaks of value, or when they have fractions or run into hundreds of
//! thousands; numbers of items otherwise.

use crate::container::sheet::Sheet;
use crate::interpret::header::{Header, MatrixColumn, MatrixFigures, Slot};
use crate::interpret::profile::{Kind, Profile, is_control_list_code};
use crate::interpret::totals::{Level, total_label};
use att_lexicon::category::{CategoryReading, read_category, read_group_row_category};
use att_lexicon::heading::{Column, HeadingMatch};
use att_schema::Category;
use att_schema::codes::{CurrencyMatch, currency_by_code, resolve_currency};
use att_schema::text::fold;

/// Fewest category columns that make a matrix.
const MIN_COLUMNS: usize = 2;

/// How many rows above a table are read for what its figures are.
const TITLE_ROWS: u32 = 4;

/// The category a matrix column's heading names: a Treaty category in any spelling ("II",
/// "Cat. III", "VII. Missiles"), or a national one ("KM 4", "ML10", "KM 9 / KM 11-15").
pub(crate) fn category_of_heading(text: &str) -> Option<(Category, Option<String>)> {
    let trimmed = text.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 80 {
        return None;
    }
    match read_category(trimmed) {
        CategoryReading::Category(Category::National) => {}
        CategoryReading::Category(category) => return Some((category, None)),
        _ => {}
    }
    if let Some(category) = read_group_row_category(trimmed) {
        return Some((category, None));
    }
    let codes = is_control_list_code(trimmed);
    codes.then(|| {
        (
            Category::National,
            Some(trimmed.split_whitespace().collect::<Vec<_>>().join(" ")),
        )
    })
}

/// Settles a matrix table: when at least [`MIN_COLUMNS`] columns whose headings the
/// vocabulary does not know name categories and hold figures, they become the matrix's
/// columns, a "Total" column beside them the row total, and the figures' kind is decided.
/// Returns the number of matrix columns, when the table is a matrix.
pub(crate) fn settle<'p>(
    sheet: &Sheet,
    header: &mut Header,
    profile_of: &dyn Fn(u32) -> Option<&'p Profile>,
) -> Option<usize> {
    let fits = |col: u32| {
        profile_of(col).is_none_or(|p| {
            p.filled == 0 || p.fitting(&[Kind::Count, Kind::Amount]) + 1 >= p.telling()
        })
    };
    let mut columns: Vec<MatrixColumn> = Vec::new();
    let mut row_total = None;
    for unknown in &header.unknown {
        let text = heading_text(sheet, header, unknown.col, &unknown.text);
        if let Some((category, national)) = category_of_heading(&text)
            && fits(unknown.col)
        {
            columns.push(MatrixColumn {
                col: unknown.col,
                category,
                national,
                heading: text,
                heading_at: unknown.at,
            });
        } else if total_label(&unknown.text) == Some(Level::Grand) && fits(unknown.col) {
            row_total = Some(unknown.clone());
        }
    }
    if columns.len() < MIN_COLUMNS || header.slot(Column::Items).is_some() {
        return None;
    }
    let figures = figures_of(sheet, header, &columns, profile_of);
    header.unknown.retain(|u| {
        !columns.iter().any(|m| m.col == u.col) && row_total.as_ref().is_none_or(|t| t.col != u.col)
    });
    if let Some(total) = row_total {
        header.row_total = Some(Slot {
            column: figures.column,
            col: total.col,
            heading: total.text.clone(),
            heading_at: total.at,
            found: HeadingMatch {
                column: figures.column,
                direction: None,
                currency: figures.currency.clone(),
                currency_text: figures.currency_text.clone(),
                multiplier: figures.multiplier,
                basis: None,
                exact: false,
            },
        });
    }
    let count = columns.len();
    header.matrix = columns;
    header.matrix_figures = Some(figures);
    Some(count)
}

/// The heading of a matrix column with the heading of the row below the header when that row
/// continues it ("KM 9 / KM 11-15 /" over "KM 17 - 22").
fn heading_text(sheet: &Sheet, header: &Header, col: u32, text: &str) -> String {
    if header.last_row > header.first_row
        && let Some(below) = sheet.get(header.last_row, col).and_then(|c| c.value.text())
        && below.trim() != text.trim()
    {
        let upper = text.trim();
        return match upper.strip_suffix('/') {
            Some(open) => format!("{} / {}", open.trim(), below.trim()),
            None => format!("{upper} {}", below.trim()),
        };
    }
    text.trim().to_owned()
}

/// What the figures of a matrix are: values when a heading of the table or a title above it
/// names a currency or value, or when the figures have fractions or reach 100,000; numbers of
/// items otherwise.
fn figures_of<'p>(
    sheet: &Sheet,
    header: &Header,
    columns: &[MatrixColumn],
    profile_of: &dyn Fn(u32) -> Option<&'p Profile>,
) -> MatrixFigures {
    let mut figures = MatrixFigures {
        column: Column::Items,
        currency: None,
        currency_text: None,
        multiplier: None,
        said_at: None,
    };
    let first_row = header.first_row.saturating_sub(TITLE_ROWS);
    let mut speaks_of_value = false;
    for cell in sheet
        .cells
        .iter()
        .filter(|c| c.row >= first_row && c.row <= header.last_row)
    {
        let Some(text) = cell.value.text() else {
            continue;
        };
        if let Some(found) =
            att_lexicon::heading::match_heading(text).filter(|found| found.column == Column::Value)
        {
            speaks_of_value = true;
            figures.multiplier = figures.multiplier.or(found.multiplier);
            if figures.currency.is_none()
                && (found.currency.is_some() || found.currency_text.is_some())
            {
                figures.currency = found.currency;
                figures.currency_text = found.currency_text;
                figures.said_at = Some((cell.row, cell.col));
            }
            continue;
        }
        if figures.currency.is_none()
            && figures.currency_text.is_none()
            && let Some(code) = currency_named_in(text)
        {
            figures.currency = Some(code);
            figures.said_at = Some((cell.row, cell.col));
        }
        if speaks_of_money(text) {
            speaks_of_value = true;
        }
    }
    let profiles: Vec<&Profile> = columns.iter().filter_map(|m| profile_of(m.col)).collect();
    let large = profiles.iter().any(|p| p.max_number >= 100_000.0);
    let fractions = profiles.iter().any(|p| p.fractions);
    if speaks_of_value
        || figures.currency.is_some()
        || figures.currency_text.is_some()
        || large
        || fractions
    {
        figures.column = Column::Value;
    }
    figures
}

/// The ISO code of a currency a text names by its code in capitals ("CHF", "in EUR") or by
/// an unambiguous sign or name ("€", "euros").
fn currency_named_in(text: &str) -> Option<String> {
    for word in text.split(|c: char| !(c.is_alphanumeric() || "€£¥$".contains(c))) {
        if word.len() == 3
            && word.chars().all(|c| c.is_ascii_uppercase())
            && currency_by_code(word).is_some()
        {
            return Some(word.to_owned());
        }
        if (word.chars().any(|c| "€£¥".contains(c)) || word.chars().count() >= 4)
            && let CurrencyMatch::Found(currency) = resolve_currency(word, None)
        {
            return Some(currency.code.to_owned());
        }
    }
    None
}

/// Whether a text speaks of values rather than counts ("Ausfuhren … in Franken", "Valeur").
fn speaks_of_money(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "value", "values", "valeur", "valeurs", "valor", "valores", "wert", "werte", "amount",
        "montant", "montants", "importe", "betrag", "francs", "franken", "dollars", "euros",
    ];
    fold(text).split(' ').any(|word| WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_categories_matrix_headings_name() {
        assert_eq!(category_of_heading("II"), Some((Category::II, None)));
        assert_eq!(category_of_heading("Cat. III"), Some((Category::III, None)));
        assert_eq!(
            category_of_heading("KM 4"),
            Some((Category::National, Some("KM 4".to_owned())))
        );
        assert_eq!(
            category_of_heading("KM 9 / KM 11-15 / KM 17 - 22"),
            Some((
                Category::National,
                Some("KM 9 / KM 11-15 / KM 17 - 22".to_owned())
            ))
        );
        assert_eq!(category_of_heading("Total"), None);
        assert_eq!(category_of_heading("Norway"), None);
    }

    #[test]
    fn finds_the_currency_a_title_names() {
        assert_eq!(
            currency_named_in("Exports 2014 (in CHF)").as_deref(),
            Some("CHF")
        );
        assert_eq!(currency_named_in("Valeur en euros").as_deref(), Some("EUR"));
        assert_eq!(currency_named_in("Exports by category 2014"), None);
    }
}
