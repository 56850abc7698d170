//! What the words and numbers of ATT report spreadsheets mean.

pub mod heading;
pub mod multiplier;

pub mod basis;
pub mod category;
mod category_names;
mod currency;
pub mod date;
mod heading_phrases;
mod key;
pub mod label;
mod label_phrases;
mod langset;
pub mod money;
pub mod number;
pub mod placeholder;
pub mod section;
pub mod tick;
mod vocab;
