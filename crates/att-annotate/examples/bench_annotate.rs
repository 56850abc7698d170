//! Measures how long annotating a large workbook takes (a measurement, not a test):
//!
//!     cargo run --release -p att-annotate --example bench_annotate -- [ROWS] [EVERY]
//!
//! It writes an export table of ROWS rows (default 10,000) with rust_xlsxwriter, flags one
//! cell in EVERY rows (default 10) plus an empty cell past the table, and prints the median
//! time of several runs with the sizes in and out.

use att_annotate::{CellRef, Finding, Options, annotate};
use att_schema::Severity;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use std::time::{Duration, Instant};

fn workbook(rows: u32) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("Exports").expect("a name");
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let amount = Format::new().set_num_format("#,##0.00");
    let headings = [
        "Category",
        "Sub-category",
        "Final importer State",
        "Number of items",
        "Value",
        "Currency",
        "Date of export",
        "Comments",
    ];
    for (column, heading) in headings.iter().enumerate() {
        sheet
            .write_string(0, column as u16, *heading)
            .expect("a heading");
    }
    let categories = [
        "I. Battle tanks",
        "II. Armoured combat vehicles",
        "VIII. Small arms",
        "IX. Light weapons",
    ];
    let partners = [
        "Ruritania",
        "Grand Fenwick",
        "Latveria",
        "Sokovia",
        "Genovia",
    ];
    for row in 1..=rows {
        let i = row as usize;
        sheet
            .write_string(row, 0, categories[i % categories.len()])
            .expect("a cell");
        sheet
            .write_string(row, 1, format!("Model {}", i % 37))
            .expect("a cell");
        sheet
            .write_string(row, 2, partners[i % partners.len()])
            .expect("a cell");
        sheet
            .write_number(row, 3, (i % 500) as f64)
            .expect("a cell");
        sheet
            .write_number_with_format(row, 4, (i * 1371 % 9_000_000) as f64, &amount)
            .expect("a cell");
        sheet.write_string(row, 5, "USD").expect("a cell");
        let when =
            ExcelDateTime::from_ymd(2023, (i % 12 + 1) as u8, (i % 28 + 1) as u8).expect("a date");
        sheet
            .write_datetime_with_format(row, 6, &when, &date)
            .expect("a cell");
    }
    workbook.save_to_buffer().expect("a workbook")
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rows: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let every: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    let bytes = workbook(rows);
    let mut findings: Vec<Finding> = (1..=rows)
        .step_by(every as usize)
        .map(|row| {
            Finding::new(
                Severity::Warning,
                "ATT0240",
                "value-unusually-large",
                format!(
                    "The value of row {} is much larger than the others.",
                    row + 1
                ),
            )
            .at("Exports", CellRef::new(row, 4))
        })
        .collect();
    findings.push(
        Finding::new(
            Severity::Info,
            "ATT0101",
            "blank",
            "An empty cell past the table.",
        )
        .at("Exports", CellRef::new(rows + 5, 9)),
    );
    findings.push(Finding::new(
        Severity::Error,
        "ATT0201",
        "reporting-year-missing",
        "No year.",
    ));
    let mut times: Vec<Duration> = Vec::new();
    let mut out_len = 0;
    for _ in 0..7 {
        let started = Instant::now();
        let annotated = annotate(&bytes, &findings, &Options::default()).expect("annotates");
        times.push(started.elapsed());
        out_len = annotated.bytes.len();
    }
    times.sort();
    println!(
        "{rows} rows, {} findings: {} bytes in, {out_len} bytes out; median {:.1} ms (min {:.1} ms, max {:.1} ms over {} runs)",
        findings.len(),
        bytes.len(),
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}
