//! Measures how fast `att_xml::read` reads a generated report of 10,000 entries (or as many as
//! the first argument says), and how fast `att_xml::write` writes it.
//!
//! ```sh
//! cargo run --release -p att-xml --example read_throughput [ENTRIES]
//! ```

use att_schema::{
    Basis, Category, Contact, Direction, Entry, EntryBasis, Money, Party, Report, Status,
    Submission,
};
use std::time::{Duration, Instant};

const PARTNERS: &[(&str, &str)] = &[
    ("NOR", "Norway"),
    ("FIN", "Finland"),
    ("DEU", "Germany"),
    ("CIV", "Côte d’Ivoire"),
    ("USA", "United States of America"),
    ("BRA", "Brasil"),
    ("IND", "India"),
];

fn entry(index: usize) -> Entry {
    let (code, name) = PARTNERS[index % PARTNERS.len()];
    let category = Category::ALL[index % (Category::ALL.len() - 1)];
    Entry {
        category: Some(category.into()),
        partner: Some(Party::state(code, name)),
        items: Some(((index % 500) as u64 + 1).into()),
        value: (!index.is_multiple_of(3)).then(|| Money::new(index as u64 * 1250 + 99, "SEK")),
        basis: Some(
            if index.is_multiple_of(2) {
                EntryBasis::Actual
            } else {
                EntryBasis::Authorized
            }
            .into(),
        ),
        state_of_origin: index
            .is_multiple_of(7)
            .then(|| Party::state("DEU", "Germany")),
        intermediate_locations: index
            .is_multiple_of(11)
            .then(|| vec![Party::state("DNK", "Denmark")]),
        description: Some(format!(
            "{} — model {index}, 5.56 mm",
            category.name(att_schema::Lang::En)
        )),
        comments: index
            .is_multiple_of(4)
            .then(|| "Sale to armed forces & police".to_owned()),
        ..Entry::default()
    }
}

fn report(entries: usize) -> Report {
    let direction = |offset: usize| Direction {
        status: Some(Status::Reported.into()),
        basis: Some(Basis::Both.into()),
        entries: (0..entries / 2).map(|i| entry(i + offset)).collect(),
    };
    Report {
        reporting_state: Some(Party::state("SWE", "Sweden")),
        year: Some(2023.into()),
        submission: Some(Submission {
            public: Some(true.into()),
            language: Some("en".to_owned()),
            contact: Some(Contact {
                organisation: Some("Inspectorate of Strategic Products".to_owned()),
                ..Contact::default()
            }),
            ..Submission::default()
        }),
        exports: direction(0),
        imports: direction(entries / 2),
        ..Report::default()
    }
}

/// Runs `work` for about two seconds (at least 5 times) and gives the fastest run.
fn fastest(mut work: impl FnMut()) -> Duration {
    let started = Instant::now();
    let mut best = Duration::MAX;
    let mut runs = 0;
    while runs < 5 || started.elapsed() < Duration::from_secs(2) {
        let run = Instant::now();
        work();
        best = best.min(run.elapsed());
        runs += 1;
    }
    best
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let entries: usize = match std::env::args().nth(1) {
        Some(count) => count.parse()?,
        None => 10_000,
    };
    let report = report(entries);
    let xml = att_xml::write(&report)?;
    let megabytes = xml.len() as f64 / 1_000_000.0;
    let limits = att_xml::Limits::default();
    let read = att_xml::read(xml.as_bytes(), &limits)?;
    assert_eq!(read.report, report, "the generated report reads back");
    let reading = fastest(|| {
        let read = att_xml::read(xml.as_bytes(), &limits);
        std::hint::black_box(read.is_ok());
    });
    let writing = fastest(|| {
        std::hint::black_box(att_xml::write(&report).map(|xml| xml.len()).ok());
    });
    println!(
        "report: {entries} entries, {:.2} MB of XML, {} source map entries",
        megabytes,
        read.source_map.len()
    );
    println!(
        "read:  {:>7.1} ms  {:>6.1} MB/s  (document, report and source map)",
        reading.as_secs_f64() * 1000.0,
        megabytes / reading.as_secs_f64()
    );
    println!(
        "write: {:>7.1} ms  {:>6.1} MB/s",
        writing.as_secs_f64() * 1000.0,
        megabytes / writing.as_secs_f64()
    );
    Ok(())
}
