//! What the words and numbers of ATT report spreadsheets mean.

pub mod heading;
pub mod multiplier;

mod currency;
mod heading_phrases;
mod key;
mod langset;
mod vocab;
