//! The conventions of the workbooks the toolkit writes (`att template`, `att convert --to xlsx`)
//! and reads back exactly: what marks a workbook as the toolkit's own, where its lists are, and
//! how a value a cell cannot say plainly is written as a literal formula.
//!
//! The workbook writer (`att-xlsx-writer`) and the workbook reader (`att-xlsx`) both depend on
//! this crate and on nothing of each other.

pub mod literal;

use serde_json::Value;
use std::borrow::Cow;

/// The name of the sheet that marks a workbook as the toolkit's own and holds its lists.
pub const SHEET: &str = "att";

/// The text of the first cell of [`SHEET`].
pub const SIGNATURE: &str = "att-workbook";

/// The version of the workbook's layout, in the second cell of [`SHEET`].
pub const FORMAT_VERSION: &str = "1";

/// The defined name of the table of States' names and codes (columns A and B of [`SHEET`]) that
/// the code cells look a State's name up in.
pub const CODE_LOOKUP_TABLE: &str = "att_state_codes";

/// The first row of the lists of [`SHEET`] (below the signature and the lists' headings).
pub const FIRST_LIST_ROW: u32 = 2;

/// The key of a withheld figure's word in the literal object of a figure cell
/// (`{"withheld": "classified", "figure": 12}`): a word the reader would not take for a
/// withheld figure, or a figure withheld and given at once, is written so.
pub const WITHHELD_KEY: &str = "withheld";

/// The key of the figure itself in the literal object of a figure cell that also withholds it.
pub const FIGURE_KEY: &str = "figure";

/// The key of the literal object `{"raw": value}` that a literal cell of a typed field holds
/// where the raw value itself would be read as something else: JSON `null` (a literal `null`
/// is a field left empty, `=NA()`) and an object with a key `raw` or [`WITHHELD_KEY`] (which
/// would read as this wrapper, or as a withheld figure).
pub const RAW_KEY: &str = "raw";

/// What a literal cell of a typed field holds for the raw value `value` (kept where a typed
/// value could not be read): `value` itself, or `{"raw": value}` where `value` would be read as
/// something else (see [`RAW_KEY`]).
///
/// ```
/// use serde_json::json;
/// assert_eq!(att_workbook::wrap_raw(&json!("approx. 40")).into_owned(), json!("approx. 40"));
/// assert_eq!(att_workbook::wrap_raw(&json!(null)).into_owned(), json!({ "raw": null }));
/// let object = json!({ "withheld": "C" });
/// let wrapped = att_workbook::wrap_raw(&object);
/// assert_eq!(att_workbook::unwrap_raw(&wrapped), Some(&object));
/// ```
pub fn wrap_raw(value: &Value) -> Cow<'_, Value> {
    let ambiguous = match value {
        Value::Null => true,
        Value::Object(fields) => fields.contains_key(RAW_KEY) || fields.contains_key(WITHHELD_KEY),
        _ => false,
    };
    if ambiguous {
        let mut wrapper = serde_json::Map::new();
        wrapper.insert(RAW_KEY.to_owned(), value.clone());
        Cow::Owned(Value::Object(wrapper))
    } else {
        Cow::Borrowed(value)
    }
}

/// The raw value a literal cell of a typed field holds wrapped as `{"raw": value}` (see
/// [`wrap_raw`]), if it is one.
pub fn unwrap_raw(literal: &Value) -> Option<&Value> {
    match literal {
        Value::Object(fields) if fields.len() == 1 => fields.get(RAW_KEY),
        _ => None,
    }
}

/// Whether a formula looks a State's code up in [`CODE_LOOKUP_TABLE`]. In the toolkit's own
/// workbooks the reader does the lookup itself rather than trust the saved result, which a
/// program that does not calculate, or a copy saved as `.xls`, may have left stale.
pub fn is_code_lookup(formula: &str) -> bool {
    formula
        .to_ascii_lowercase()
        .contains(&CODE_LOOKUP_TABLE.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_raw_value_comes_back_and_none_reads_as_empty_or_withheld() {
        for value in [
            json!(null),
            json!("approx. 40"),
            json!(-3),
            json!(true),
            json!([null]),
            json!({}),
            json!({ "min": 1 }),
            json!({ "raw": 5 }),
            json!({ "raw": null, "other": 1 }),
            json!({ "withheld": "classified" }),
            json!({ "withheld": "classified", "figure": 4 }),
        ] {
            let written = wrap_raw(&value);
            assert_eq!(unwrap_raw(&written).unwrap_or(&written), &value, "{value}");
            assert!(!written.is_null(), "{value}");
            assert!(written.get(WITHHELD_KEY).is_none(), "{value}");
        }
        assert_eq!(unwrap_raw(&json!({ "min": 1 })), None);
        assert_eq!(unwrap_raw(&json!({ "raw": 1, "min": 1 })), None);
    }
}
