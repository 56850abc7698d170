//! What changed between two reports of one State — a resubmission against the first
//! submission, or this year against last year — for `att compare`.
//!
//! Entries are matched within each direction: first those equal field by field (partners
//! that resolve to one State count as that State), then those with the same category, partner
//! and description, pairing the nearest figures where several share them. A matched pair that
//! differs is **changed**, with each field that changed (old → new); the rest are **added**
//! or **removed**. Besides the entries, every other part of the document is compared field by
//! field: the title page (State, year, submission, contact), the withheld-data declaration,
//! each direction's status and basis, and the national definitions.

use crate::digest::{entry_print, party_state};
use att_schema::{Entry, Location, Report, SourceMap};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

/// One report of the comparison: the report and where its parts are in its file.
#[derive(Debug, Clone, Copy)]
pub struct Compared<'a> {
    /// The report.
    pub report: &'a Report,
    /// Where each part of it is in the user's file, when known.
    pub source_map: Option<&'a SourceMap>,
}

impl Compared<'_> {
    fn locate(&self, pointer: &str) -> Option<Location> {
        self.source_map.and_then(|map| map.locate(pointer))
    }
}

/// One field whose value changed: its pointer and both values as text (absent where the
/// field is).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// The field, as a JSON pointer relative to what is compared (`/submission/date`,
    /// `/items`).
    pub field: String,
    /// Its value in the old report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    /// Its value in the new report.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// Where the field is in the old report's file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_location: Option<Location>,
    /// Where the field is in the new report's file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_location: Option<Location>,
}

/// An entry of one of the two reports: its index, pointer, place and a one-line summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryRef {
    /// Its index in its direction's entries.
    pub index: usize,
    /// Its pointer in its report's canonical document.
    pub pointer: String,
    /// Where it is in its report's file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Category, partner, items, value and description, for people.
    pub summary: String,
}

/// An entry in both reports that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryChange {
    /// The entry in the old report.
    pub old: EntryRef,
    /// The entry in the new report.
    pub new: EntryRef,
    /// The fields that changed, each relative to the entry (`/items`, `/partner/name`).
    pub changes: Vec<FieldChange>,
}

/// What changed in one direction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectionChanges {
    /// `exports` or `imports`.
    pub direction: &'static str,
    /// Entries only in the new report, in its order.
    pub added: Vec<EntryRef>,
    /// Entries only in the old report, in its order.
    pub removed: Vec<EntryRef>,
    /// Entries in both that differ, in the new report's order.
    pub changed: Vec<EntryChange>,
    /// How many entries are the same in both.
    pub unchanged: usize,
}

impl DirectionChanges {
    /// Whether nothing changed among the entries.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Everything that changed between two reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The title page: reporting State, year, submission, contact, public or not.
    pub title_page: Vec<FieldChange>,
    /// The withheld-data declaration (`/submission/withheld/…`).
    pub withheld: Vec<FieldChange>,
    /// The status and basis of each direction (`/exports/status`, `/imports/basis`).
    pub status_and_basis: Vec<FieldChange>,
    /// The national definitions (Annex 2).
    pub national_definitions: Vec<FieldChange>,
    /// The entries of each direction, exports first.
    pub entries: Vec<DirectionChanges>,
}

impl Comparison {
    /// Whether the two reports say the same thing.
    pub fn is_identical(&self) -> bool {
        self.title_page.is_empty()
            && self.withheld.is_empty()
            && self.status_and_basis.is_empty()
            && self.national_definitions.is_empty()
            && self.entries.iter().all(DirectionChanges::is_empty)
    }
}

/// Compares the report `old` with the report `new`.
pub fn compare(old: Compared<'_>, new: Compared<'_>) -> Comparison {
    let old_doc = serde_json::to_value(old.report).unwrap_or(Value::Null);
    let new_doc = serde_json::to_value(new.report).unwrap_or(Value::Null);
    let fields = |doc: &Value| {
        let mut fields = Vec::new();
        flatten(doc, String::new(), &mut fields);
        fields
    };
    let (old_fields, new_fields) = (fields(&old_doc), fields(&new_doc));
    let all = diff(&old_fields, &new_fields, "", old, new);
    let mut comparison = Comparison {
        title_page: Vec::new(),
        withheld: Vec::new(),
        status_and_basis: Vec::new(),
        national_definitions: Vec::new(),
        entries: Vec::new(),
    };
    for change in all {
        let field = change.field.as_str();
        if field.contains("/entries/") {
            continue;
        } else if field.starts_with("/submission/withheld") {
            comparison.withheld.push(change);
        } else if field.starts_with("/exports/") || field.starts_with("/imports/") {
            comparison.status_and_basis.push(change);
        } else if field.starts_with("/national_definitions") {
            comparison.national_definitions.push(change);
        } else {
            comparison.title_page.push(change);
        }
    }
    for kind in att_schema::DirectionKind::ALL {
        comparison.entries.push(entries(kind, old, new));
    }
    comparison
}

/// Every scalar of `value` with its pointer, in document order; an empty array or object
/// counts as a value of its own, so that "no entries" differs from absent.
fn flatten(value: &Value, pointer: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (key, value) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                flatten(value, format!("{pointer}/{key}"), out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (index, value) in items.iter().enumerate() {
                flatten(value, format!("{pointer}/{index}"), out);
            }
        }
        Value::Array(_) | Value::Object(_) => {}
        Value::String(text) => out.push((pointer, text.clone())),
        other => out.push((pointer, other.to_string())),
    }
}

/// The fields that differ between two flattened values, in the order of the new one (then
/// the old one's fields that are gone); pointers are placed under `prefix` in each report.
fn diff(
    old_fields: &[(String, String)],
    new_fields: &[(String, String)],
    prefix: &str,
    old: Compared<'_>,
    new: Compared<'_>,
) -> Vec<FieldChange> {
    let old_map: HashMap<&str, &str> = old_fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let new_map: HashMap<&str, &str> = new_fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let change = |field: &str, old_value: Option<&str>, new_value: Option<&str>| FieldChange {
        field: field.to_owned(),
        old: old_value.map(str::to_owned),
        new: new_value.map(str::to_owned),
        old_location: old_value.and_then(|_| old.locate(&format!("{prefix}{field}"))),
        new_location: new_value.and_then(|_| new.locate(&format!("{prefix}{field}"))),
    };
    let mut changes = Vec::new();
    for (field, value) in new_fields {
        match old_map.get(field.as_str()) {
            Some(old_value) if old_value == value => {}
            old_value => changes.push(change(field, old_value.copied(), Some(value))),
        }
    }
    for (field, value) in old_fields {
        if !new_map.contains_key(field.as_str()) {
            changes.push(change(field, Some(value), None));
        }
    }
    changes
}

/// What entries are matched on before their figures: category, partner (its State when it
/// resolves to one) and description, folded.
fn key(entry: &Entry) -> (String, String, String) {
    let category = serde_json::to_string(&entry.category).unwrap_or_default()
        + entry.national_category.as_deref().unwrap_or_default();
    let partner = match party_state(entry.partner.as_ref()) {
        Some(state) => state.alpha3.to_owned(),
        None => entry
            .partner
            .as_ref()
            .and_then(|party| party.name.as_deref())
            .map(att_schema::text::fold)
            .unwrap_or_default(),
    };
    let description = entry
        .description
        .as_deref()
        .map(att_schema::text::fold)
        .unwrap_or_default();
    (category, partner, description)
}

fn items(entry: &Entry) -> Option<f64> {
    #[allow(clippy::cast_precision_loss)]
    entry
        .items
        .as_ref()
        .and_then(|items| items.typed())
        .map(|&n| n as f64)
}

fn amount(entry: &Entry) -> Option<(f64, &str)> {
    let value = entry.value.as_ref()?;
    let amount = value.amount.as_ref()?.typed()?.as_f64()?;
    Some((amount, value.currency.as_deref().unwrap_or_default()))
}

/// How far apart two entries' figures are: the relative difference of their items plus that
/// of their values (1 for a figure one has and the other not).
fn distance(old: &Entry, new: &Entry) -> f64 {
    let relative = |a: f64, b: f64| {
        let larger = a.abs().max(b.abs());
        if larger == 0.0 {
            0.0
        } else {
            (a - b).abs() / larger
        }
    };
    let items = match (items(old), items(new)) {
        (Some(a), Some(b)) => relative(a, b),
        (None, None) => 0.0,
        _ => 1.0,
    };
    let value = match (amount(old), amount(new)) {
        (Some((a, ca)), Some((b, cb))) if ca == cb => relative(a, b),
        (None, None) => 0.0,
        _ => 1.0,
    };
    items + value
}

fn summary(entry: &Entry) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(category) = &entry.category {
        parts.push(
            serde_json::to_value(category)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_else(|| "?".to_owned()),
        );
    }
    if let Some(national) = &entry.national_category {
        parts.push(national.clone());
    }
    if let Some(name) = entry
        .partner
        .as_ref()
        .and_then(|partner| partner.name.as_ref().or(partner.code.as_ref()))
    {
        parts.push(name.clone());
    }
    if let Some(items) = &entry.items {
        let text = serde_json::to_value(items).map(|v| match v {
            Value::String(text) => text,
            other => other.to_string(),
        });
        parts.push(format!("{} items", text.unwrap_or_default()));
    }
    if let Some(value) = &entry.value {
        let amount = value
            .amount
            .as_ref()
            .and_then(|a| serde_json::to_value(a).ok())
            .map(|v| match v {
                Value::String(text) => text,
                other => other.to_string(),
            })
            .unwrap_or_default();
        parts.push(
            format!("{amount} {}", value.currency.as_deref().unwrap_or_default())
                .trim()
                .to_owned(),
        );
    }
    if let Some(description) = &entry.description {
        parts.push(format!("“{description}”"));
    }
    parts.join(", ")
}

fn entries(
    kind: att_schema::DirectionKind,
    old: Compared<'_>,
    new: Compared<'_>,
) -> DirectionChanges {
    let field = kind.field();
    let old_entries = &old.report.direction(kind).entries;
    let new_entries = &new.report.direction(kind).entries;
    let entry_ref = |side: Compared<'_>, entries: &[Entry], index: usize| {
        let pointer = format!("/{field}/entries/{index}");
        EntryRef {
            index,
            location: side.locate(&pointer),
            pointer,
            summary: summary(&entries[index]),
        }
    };
    let mut old_used = vec![false; old_entries.len()];
    let mut new_used = vec![false; new_entries.len()];
    let mut unchanged = 0;

    // Entries equal field by field.
    let mut by_print: HashMap<u64, Vec<usize>> = HashMap::new();
    for (index, entry) in new_entries.iter().enumerate().rev() {
        by_print.entry(entry_print(entry)).or_default().push(index);
    }
    for (index, entry) in old_entries.iter().enumerate() {
        if let Some(new_index) = by_print.get_mut(&entry_print(entry)).and_then(Vec::pop) {
            old_used[index] = true;
            new_used[new_index] = true;
            unchanged += 1;
        }
    }

    // Entries of the same category, partner and description: the nearest figures first.
    let mut by_key: HashMap<(String, String, String), Vec<usize>> = HashMap::new();
    for (index, entry) in new_entries.iter().enumerate() {
        if !new_used[index] {
            by_key.entry(key(entry)).or_default().push(index);
        }
    }
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (index, entry) in old_entries.iter().enumerate() {
        if old_used[index] {
            continue;
        }
        for &new_index in by_key.get(&key(entry)).map_or(&[][..], Vec::as_slice) {
            candidates.push((distance(entry, &new_entries[new_index]), index, new_index));
        }
    }
    candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut changed = Vec::new();
    for (_, old_index, new_index) in candidates {
        if old_used[old_index] || new_used[new_index] {
            continue;
        }
        old_used[old_index] = true;
        new_used[new_index] = true;
        let fields = |entry: &Entry| {
            let mut fields = Vec::new();
            flatten(
                &serde_json::to_value(entry).unwrap_or(Value::Null),
                String::new(),
                &mut fields,
            );
            fields
        };
        let old_prefix = format!("/{field}/entries/{old_index}");
        let new_prefix = format!("/{field}/entries/{new_index}");
        let mut changes = diff(
            &fields(&old_entries[old_index]),
            &fields(&new_entries[new_index]),
            "",
            old,
            new,
        );
        for change in &mut changes {
            change.old_location = change
                .old
                .as_ref()
                .and_then(|_| old.locate(&format!("{old_prefix}{}", change.field)));
            change.new_location = change
                .new
                .as_ref()
                .and_then(|_| new.locate(&format!("{new_prefix}{}", change.field)));
        }
        if changes.is_empty() {
            unchanged += 1;
            continue;
        }
        changed.push(EntryChange {
            old: entry_ref(old, old_entries, old_index),
            new: entry_ref(new, new_entries, new_index),
            changes,
        });
    }
    changed.sort_by_key(|change| change.new.index);
    DirectionChanges {
        direction: field,
        added: (0..new_entries.len())
            .filter(|&i| !new_used[i])
            .map(|i| entry_ref(new, new_entries, i))
            .collect(),
        removed: (0..old_entries.len())
            .filter(|&i| !old_used[i])
            .map(|i| entry_ref(old, old_entries, i))
            .collect(),
        changed,
        unchanged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Category, Direction, Money, Party, Status};

    fn entry(category: Category, partner: &str, items: u64, description: &str) -> Entry {
        Entry {
            category: Some(category.into()),
            partner: Some(Party::state(partner, partner)),
            items: Some(items.into()),
            value: Some(Money::new(items * 100, "EUR")),
            description: Some(description.into()),
            ..Entry::default()
        }
    }

    fn report(entries: Vec<Entry>) -> Report {
        Report {
            reporting_state: Some(Party::state("SWE", "Sweden")),
            year: Some(2023.into()),
            exports: Direction {
                status: Some(Status::Reported.into()),
                basis: Some(att_schema::Basis::Actual.into()),
                entries,
            },
            imports: Direction {
                status: Some(Status::Nil.into()),
                ..Direction::default()
            },
            ..Report::default()
        }
    }

    fn side(report: &Report) -> Compared<'_> {
        Compared {
            report,
            source_map: None,
        }
    }

    #[test]
    fn identical_reports_in_any_order_have_no_change() {
        let one = report(vec![
            entry(Category::I, "NOR", 2, "Tanks"),
            entry(Category::II, "FIN", 4, "CV90"),
        ]);
        let mut other = one.clone();
        other.exports.entries.reverse();
        let comparison = compare(side(&one), side(&other));
        assert!(comparison.is_identical(), "{comparison:#?}");
        assert_eq!(comparison.entries[0].unchanged, 2);
    }

    #[test]
    fn entries_pair_by_category_partner_description_then_nearest_figures() {
        let old = report(vec![
            entry(Category::II, "NOR", 4, "CV90"),
            entry(Category::II, "NOR", 40, "CV90"),
            entry(Category::I, "FIN", 3, "Leopard 2"),
        ]);
        let new = report(vec![
            entry(Category::II, "NOR", 42, "CV90"),
            entry(Category::II, "NOR", 5, "cv90"),
            entry(Category::VIIISa2, "EST", 100, "Rifles"),
        ]);
        let comparison = compare(side(&old), side(&new));
        let exports = &comparison.entries[0];
        assert_eq!(exports.changed.len(), 2, "{exports:#?}");
        assert_eq!(
            (exports.changed[0].old.index, exports.changed[0].new.index),
            (1, 0)
        );
        assert_eq!(
            (exports.changed[1].old.index, exports.changed[1].new.index),
            (0, 1)
        );
        let items = exports.changed[0]
            .changes
            .iter()
            .find(|c| c.field == "/items")
            .expect("items changed");
        assert_eq!(
            (items.old.as_deref(), items.new.as_deref()),
            (Some("40"), Some("42"))
        );
        assert_eq!(exports.added.len(), 1);
        assert_eq!(exports.added[0].pointer, "/exports/entries/2");
        assert_eq!(exports.removed.len(), 1);
        assert!(exports.removed[0].summary.contains("Leopard 2"));
        assert!(!comparison.is_identical());
    }

    #[test]
    fn status_basis_withheld_and_title_page_changes_are_apart() {
        let old = report(vec![entry(Category::I, "NOR", 2, "Tanks")]);
        let mut new = old.clone();
        new.exports.basis = Some(att_schema::Basis::Authorized.into());
        new.imports.status = Some(Status::NotReported.into());
        new.submission = Some(att_schema::Submission {
            date: Some(att_schema::Date::new(2024, 6, 2).expect("a date").into()),
            withheld: Some(att_schema::Withheld {
                commercially_sensitive: Some(true.into()),
                ..att_schema::Withheld::default()
            }),
            ..att_schema::Submission::default()
        });
        let comparison = compare(side(&old), side(&new));
        let fields = |changes: &[FieldChange]| -> Vec<String> {
            changes.iter().map(|c| c.field.clone()).collect()
        };
        assert_eq!(fields(&comparison.title_page), ["/submission/date"]);
        assert_eq!(
            fields(&comparison.withheld),
            ["/submission/withheld/commercially_sensitive"]
        );
        assert_eq!(
            fields(&comparison.status_and_basis),
            ["/exports/basis", "/imports/status"]
        );
        assert_eq!(
            comparison.status_and_basis[0].old.as_deref(),
            Some("actual")
        );
        assert_eq!(
            comparison.status_and_basis[0].new.as_deref(),
            Some("authorized")
        );
        assert!(comparison.entries.iter().all(DirectionChanges::is_empty));
    }
}
