//! The interpretation layer: what the cells of a workbook say as a report — the layout of each
//! sheet (header rows, section titles), its tables and their entries, the title page's fields
//! and tick boxes, Annex 2 — assembled into the typed report and its source map, with every
//! cell either read or reported.

pub(crate) mod basis_line;
pub(crate) mod coverage;
pub(crate) mod decimal;
pub(crate) mod definitions;
pub(crate) mod draft;
pub(crate) mod entry;
pub(crate) mod field;
pub(crate) mod fields;
pub(crate) mod header;
pub(crate) mod layout;
pub(crate) mod matrix;
pub(crate) mod names;
pub(crate) mod party;
pub(crate) mod profile;
pub(crate) mod reading;
pub(crate) mod roles;
pub(crate) mod sheet_reader;
pub(crate) mod table;
pub(crate) mod title;
pub(crate) mod totals;
pub(crate) mod units;
