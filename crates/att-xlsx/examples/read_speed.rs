//! Generates an exports table of N rows (default 100,000) in the words of the 2017 template and
//! times `att_xlsx::read` on it — the reader alone, without validation (`att-bench` measures the
//! whole pipeline).
//!
//! ```text
//! cargo run --release -p att-xlsx --example read_speed -- 100000
//! ```

use rust_xlsxwriter::Workbook;
use std::error::Error;
use std::time::Instant;

const HEADINGS: [&str; 9] = [
    "Category / sub-category (I–VIII)",
    "Final importing State",
    "Number of items",
    "Value",
    "Currency",
    "State of origin (if not exporter)",
    "Intermediate location(s) (if any)",
    "Description of item",
    "Comments on the transfer",
];
const PARTNERS: [&str; 8] = [
    "Norway", "Denmark", "Finland", "Germany", "France", "Italy", "Spain", "Poland",
];
const CATEGORIES: [&str; 7] = ["I", "II", "III", "IV.a", "VII.a", "VIII.SA.2", "VIII.LW.6"];

fn main() -> Result<(), Box<dyn Error>> {
    let rows: u32 = match std::env::args().nth(1) {
        Some(arg) => arg.parse()?,
        None => 100_000,
    };
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Exports")?;
    for (col, heading) in (0u16..).zip(HEADINGS) {
        sheet.write_string(0, col, heading)?;
    }
    for row in 1..=rows {
        let i = row as usize;
        sheet.write_string(row, 0, CATEGORIES[i % CATEGORIES.len()])?;
        sheet.write_string(row, 1, PARTNERS[i % PARTNERS.len()])?;
        sheet.write_number(row, 2, f64::from(row % 50 + 1))?;
        sheet.write_number(row, 3, f64::from(row) * 1000.0)?;
        sheet.write_string(row, 4, "EUR")?;
        sheet.write_string(row, 7, format!("Item model {}", row % 300))?;
        sheet.write_string(row, 8, "Sale to the armed forces")?;
    }
    let bytes = workbook.save_to_buffer()?;
    drop(workbook);
    let start = Instant::now();
    let read = att_xlsx::read(&bytes, &att_xlsx::Limits::default())?;
    let seconds = start.elapsed().as_secs_f64();
    let entries = read.document()["exports"]["entries"]
        .as_array()
        .map_or(0, Vec::len);
    println!(
        "{rows} rows ({} KB): read in {seconds:.3} s, {:.0} rows/s; {entries} entries, {} places mapped",
        bytes.len() / 1024,
        f64::from(rows) / seconds,
        read.source_map.len()
    );
    Ok(())
}
