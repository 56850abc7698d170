//! The rules about one report, each family in its own module with its checks.

pub mod category;
pub mod directions;
pub mod partner;
pub mod quantity;
pub mod reporting_state;
pub mod structure;
pub mod value;
pub mod year;

use att_schema::Rule;

/// Every rule this crate raises, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = vec![
        &structure::SCHEMA_VERSION,
        &structure::FIELD_MISSING,
        &structure::INVALID_VALUE,
        &structure::VALUE_NOT_ALLOWED,
        &reporting_state::REPORTING_STATE_MISSING,
        &year::YEAR_MISSING,
        &year::YEAR_INVALID,
        &directions::DIRECTION_NOT_REPORTED,
        &category::CATEGORY_MISSING,
        &category::CATEGORY_UNKNOWN,
        &category::CATEGORY_AGGREGATE,
        &partner::PARTNER_MISSING,
        &quantity::NO_QUANTITY,
        &quantity::ITEMS_INVALID,
        &value::VALUE_INVALID,
        &value::CURRENCY_MISSING,
        &value::CURRENCY_INVALID,
    ];
    rules.sort_by_key(|rule| rule.code);
    rules
}
