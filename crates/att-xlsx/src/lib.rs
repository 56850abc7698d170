//! Reads ATT annual report workbooks of any layout.

mod collect;
mod error;
mod limits;
mod ods;
mod ods_scan;
mod ole;
mod open;
pub mod rules;
mod sheet;
mod xls;
mod xlsx;
mod xlsx_layout;
mod zip_check;

pub use error::ReadError;
pub use limits::{LimitExceeded, Limits};
