//! What a report says at a glance: the reporting State, the year, each direction's status and
//! basis, its entries by category, by partner and by basis, and its totals per currency. The
//! offline page draws these as small charts; the HTML report ([`crate::html`]) as tables.

use att_schema::codes::{currency_by_code, state_by_code};
use att_schema::{Basis, Category, Direction, EntryBasis, Lang, Lenient, Party, Report};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// A report's summary, with names in the language asked for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The reporting State, when the report names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reporting_state: Option<PartySummary>,
    /// The reporting year: a number, or the text as written when it is not one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<Value>,
    /// The report's language (`en`, `fr`, `es`, …) as the report or its reader says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The layout it was written in (`att-2017`, `national`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// Exports.
    pub exports: DirectionSummary,
    /// Imports.
    pub imports: DirectionSummary,
}

/// A party: its code, the name as reported, and the name to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartySummary {
    /// ISO 3166-1 alpha-3 code, when the name resolved to a State.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The name as reported.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The State's short name in the language asked for, else the name as reported, else the
    /// code.
    pub label: String,
}

/// One direction (exports or imports) at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectionSummary {
    /// `reported`, `nil`, `not_reported`, or the text as written; absent when not stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Value>,
    /// `authorized`, `actual`, `both`, or the text as written; absent when not stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<Value>,
    /// Number of entries.
    pub entries: usize,
    /// Sum of the entries' numbers of items, where they are whole numbers.
    pub items: u64,
    /// Entries by category, in the order of the categories.
    pub by_category: Vec<CategoryCount>,
    /// Entries by partner, most entries first.
    pub by_partner: Vec<PartnerCount>,
    /// Entries by their own basis, or the direction's where they give none.
    pub by_basis: BasisCount,
    /// Declared values summed per currency, largest first.
    pub totals: Vec<CurrencyTotal>,
}

/// The entries of one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryCount {
    /// The category's code (`VIII.SA.2`, `national`), or the text as written.
    pub category: String,
    /// The national category's name, for `national`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub national_category: Option<String>,
    /// The category's name in the language asked for (the national name, or the text as
    /// written, where it has none).
    pub label: String,
    /// Number of entries.
    pub entries: usize,
    /// Sum of their numbers of items.
    pub items: u64,
}

/// The entries with one partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerCount {
    /// The partner.
    pub partner: PartySummary,
    /// Number of entries.
    pub entries: usize,
    /// Sum of their numbers of items.
    pub items: u64,
}

/// Entries by basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct BasisCount {
    /// Authorizations.
    pub authorized: usize,
    /// Actual transfers.
    pub actual: usize,
    /// Entries whose basis is not known (none stated, or not readable).
    pub unstated: usize,
}

/// The declared values in one currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CurrencyTotal {
    /// ISO 4217 code as written; empty when the entries give none.
    pub currency: String,
    /// The currency's name in the language asked for, when the code is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Sum of the amounts that are numbers.
    pub amount: f64,
    /// Number of entries with an amount in this currency.
    pub entries: usize,
}

/// The summary of `report`, with names in `lang`.
pub fn summarise(report: &Report, lang: Lang) -> Summary {
    let submission = report.submission.as_ref();
    Summary {
        reporting_state: report.reporting_state.as_ref().map(|p| party(p, lang)),
        year: report.year.as_ref().map(lenient_value),
        language: submission.and_then(|s| s.language.clone()),
        template: submission.and_then(|s| s.template.clone()),
        exports: direction(&report.exports, lang),
        imports: direction(&report.imports, lang),
    }
}

fn lenient_value<T: Serialize>(value: &Lenient<T>) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn party(party: &Party, lang: Lang) -> PartySummary {
    let state = party.code.as_deref().and_then(state_by_code);
    let label = state
        .map(|state| state.short_name(lang).to_owned())
        .or_else(|| party.name.clone())
        .or_else(|| party.code.clone())
        .unwrap_or_default();
    PartySummary {
        code: party.code.clone(),
        name: party.name.clone(),
        label,
    }
}

fn direction(direction: &Direction, lang: Lang) -> DirectionSummary {
    let mut by_category: BTreeMap<(u8, usize, String), CategoryCount> = BTreeMap::new();
    let mut by_partner: BTreeMap<String, PartnerCount> = BTreeMap::new();
    let mut totals: BTreeMap<String, CurrencyTotal> = BTreeMap::new();
    let mut by_basis = BasisCount::default();
    let mut items_total = 0u64;
    let direction_basis = direction.basis.as_ref().and_then(Lenient::typed);
    for entry in &direction.entries {
        let items = entry
            .items
            .as_ref()
            .and_then(Lenient::typed)
            .copied()
            .unwrap_or(0);
        items_total = items_total.saturating_add(items);
        let (key, count) = category(entry, lang);
        let slot = by_category.entry(key).or_insert(count);
        slot.entries += 1;
        slot.items = slot.items.saturating_add(items);
        if let Some(partner) = &entry.partner {
            let summary = party(partner, lang);
            let key = summary
                .code
                .clone()
                .unwrap_or_else(|| format!("~{}", summary.label));
            let slot = by_partner.entry(key).or_insert(PartnerCount {
                partner: summary,
                entries: 0,
                items: 0,
            });
            slot.entries += 1;
            slot.items = slot.items.saturating_add(items);
        }
        match (entry.basis.as_ref().map(Lenient::typed), direction_basis) {
            (Some(Some(EntryBasis::Authorized)), _) | (None, Some(Basis::Authorized)) => {
                by_basis.authorized += 1;
            }
            (Some(Some(EntryBasis::Actual)), _) | (None, Some(Basis::Actual)) => {
                by_basis.actual += 1;
            }
            _ => by_basis.unstated += 1,
        }
        if let Some(money) = &entry.value {
            let amount = money
                .amount
                .as_ref()
                .and_then(Lenient::typed)
                .and_then(serde_json::Number::as_f64);
            if let Some(amount) = amount {
                let currency = money.currency.clone().unwrap_or_default();
                let slot = totals.entry(currency.clone()).or_insert(CurrencyTotal {
                    label: currency_by_code(&currency).map(|c| c.name(lang).to_owned()),
                    currency,
                    amount: 0.0,
                    entries: 0,
                });
                slot.amount += amount;
                slot.entries += 1;
            }
        }
    }
    let mut by_partner: Vec<PartnerCount> = by_partner.into_values().collect();
    by_partner.sort_by(|a, b| {
        b.entries
            .cmp(&a.entries)
            .then_with(|| a.partner.label.cmp(&b.partner.label))
    });
    let mut totals: Vec<CurrencyTotal> = totals.into_values().collect();
    totals.sort_by(|a, b| b.amount.total_cmp(&a.amount));
    DirectionSummary {
        status: direction.status.as_ref().map(lenient_value),
        basis: direction.basis.as_ref().map(lenient_value),
        entries: direction.entries.len(),
        items: items_total,
        by_category: by_category.into_values().collect(),
        by_partner,
        by_basis,
        totals,
    }
}

/// The key that orders an entry's category (the categories' own order, then national
/// categories by name, then text as written, then none) and its empty count.
fn category(entry: &att_schema::Entry, lang: Lang) -> ((u8, usize, String), CategoryCount) {
    let count = |category: String, national: Option<String>, label: String| CategoryCount {
        category,
        national_category: national,
        label,
        entries: 0,
        items: 0,
    };
    match entry.category.as_ref() {
        Some(Lenient::Typed(Category::National)) => {
            let name = entry.national_category.clone().unwrap_or_default();
            let label = if name.is_empty() {
                Category::National.name(lang).to_owned()
            } else {
                name.clone()
            };
            (
                (1, 0, name.clone()),
                count("national".to_owned(), Some(name), label),
            )
        }
        Some(Lenient::Typed(category)) => {
            let order = Category::ALL
                .iter()
                .position(|c| c == category)
                .unwrap_or(usize::MAX);
            (
                (0, order, String::new()),
                count(
                    category.code().to_owned(),
                    None,
                    category.name(lang).to_owned(),
                ),
            )
        }
        Some(Lenient::Raw(raw)) => {
            let text = match &**raw {
                Value::String(text) => text.clone(),
                other => other.to_string(),
            };
            ((2, 0, text.clone()), count(text.clone(), None, text))
        }
        None => (
            (3, 0, String::new()),
            count(String::new(), None, String::new()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    fn report(value: Value) -> Report {
        Report::deserialize(value).expect("a report")
    }

    #[test]
    fn counts_entries_by_category_partner_basis_and_currency() {
        let report = report(json!({
            "schema_version": "1.0",
            "reporting_state": { "code": "SWE", "name": "Sverige" },
            "year": 2023,
            "exports": {
                "status": "reported",
                "basis": "both",
                "entries": [
                    { "category": "VIII.SA.2", "partner": { "code": "NOR", "name": "Norway" },
                      "items": 10, "value": { "amount": 100, "currency": "SEK" },
                      "basis": "actual" },
                    { "category": "II", "partner": { "code": "NOR", "name": "Norvège" },
                      "items": 2, "value": { "amount": 50.5, "currency": "SEK" },
                      "basis": "authorized" },
                    { "category": "national", "national_category": "Drones",
                      "partner": { "name": "Atlantis" }, "items": "approx. 40",
                      "value": { "amount": 7, "currency": "EUR" } },
                    { "category": "tanks?", "partner": { "code": "FIN" } }
                ]
            },
            "imports": { "status": "nil", "entries": [] }
        }));
        let summary = summarise(&report, Lang::Fr);
        assert_eq!(summary.reporting_state.expect("state").label, "Suède");
        assert_eq!(summary.year, Some(json!(2023)));
        let exports = summary.exports;
        assert_eq!(exports.entries, 4);
        assert_eq!(exports.items, 12);
        let categories: Vec<_> = exports
            .by_category
            .iter()
            .map(|c| (c.category.as_str(), c.entries))
            .collect();
        assert_eq!(
            categories,
            [("II", 1), ("VIII.SA.2", 1), ("national", 1), ("tanks?", 1)]
        );
        assert_eq!(exports.by_category[2].label, "Drones");
        assert_eq!(exports.by_partner[0].partner.label, "Norvège");
        assert_eq!(exports.by_partner[0].entries, 2);
        assert_eq!(exports.by_partner[0].items, 12);
        assert_eq!(
            exports.by_basis,
            BasisCount {
                authorized: 1,
                actual: 1,
                unstated: 2
            }
        );
        assert_eq!(exports.totals[0].currency, "SEK");
        assert_eq!(exports.totals[0].amount, 150.5);
        assert_eq!(exports.totals[0].entries, 2);
        assert_eq!(exports.totals[1].currency, "EUR");
        assert_eq!(summary.imports.status, Some(json!("nil")));
        assert_eq!(summary.imports.entries, 0);
    }

    #[test]
    fn keeps_raw_status_and_year_as_written() {
        let report = report(json!({
            "schema_version": "1.0",
            "year": "twenty-three",
            "exports": { "status": "maybe", "basis": "actual", "entries": [
                { "category": "I", "partner": { "name": "Norway" }, "items": 1 }
            ] },
            "imports": { "status": "not_reported", "entries": [] }
        }));
        let summary = summarise(&report, Lang::En);
        assert_eq!(summary.year, Some(json!("twenty-three")));
        assert_eq!(summary.exports.status, Some(json!("maybe")));
        assert_eq!(summary.exports.by_basis.actual, 1);
        assert_eq!(summary.exports.by_partner[0].partner.label, "Norway");
        assert!(summary.reporting_state.is_none());
    }
}
