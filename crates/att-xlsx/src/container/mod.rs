//! The container layer: a workbook file (`.xlsx`/`.xlsm` zip, `.xls` OLE, `.ods` zip) opened
//! within its limits into the located-cell model — every sheet's non-empty cells at their row
//! and column, with hidden rows, columns and sheets and merged areas. Nothing here knows what a
//! report is; the interpretation layer ([`crate::interpret`]) reads the cells.

pub(crate) mod collect;
pub(crate) mod error;
pub(crate) mod limits;
mod messages;
pub(crate) mod ods;
pub(crate) mod ods_scan;
pub(crate) mod ole;
pub(crate) mod open;
pub(crate) mod sheet;
pub(crate) mod xls;
pub(crate) mod xlsx;
pub(crate) mod xlsx_layout;
pub(crate) mod xlsx_sheet_xml;
#[cfg(test)]
mod xlsx_tests;
pub(crate) mod xlsx_text;
pub(crate) mod xlsx_workbook;
pub(crate) mod zip_check;
