//! `att export REPORTS… --to csv|xlsx -o FILE`: every entry of every report as one flat row,
//! for analysts — the report's State, year, direction, status and basis, the entry's fields,
//! and where the entry is in its file. A direction without entries (nil, not reported, or
//! reported empty) is one row of its own, so that no report vanishes from the table.
//!
//! Reports are read a batch at a time and their rows written before the next batch is read:
//! what is held is the rows of one batch, never the reports.

use super::Status;
use super::reports::{read_inputs, report_failures};
use super::table::BOM;
use crate::cli::{ExportArgs, ExportFormat};
use crate::error::{CliError, TableProblem};
use crate::inputs::{Filter, expand};
use att_schema::{DirectionKind, Entry, Lenient, Party, Report, SourceMap};
use serde::Serialize;

/// The columns, in order: stable names for programs and spreadsheets.
pub const COLUMNS: &[&str] = &[
    "reporting_state_code",
    "reporting_state",
    "year",
    "direction",
    "status",
    "basis",
    "category",
    "main_category",
    "national_category",
    "partner_code",
    "partner",
    "items",
    "value",
    "currency",
    "items_withheld",
    "value_withheld",
    "state_of_origin_code",
    "state_of_origin",
    "intermediate_locations",
    "description",
    "comments",
    "file",
    "place",
];

/// One cell of a row: text, a number (so that a workbook can sum it), or nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// A whole number.
    Integer(i64),
    /// Any other number.
    Number(f64),
    /// Text.
    Text(String),
}

impl Cell {
    fn text(text: Option<&str>) -> Cell {
        match text {
            Some(text) if !text.is_empty() => Cell::Text(text.to_owned()),
            _ => Cell::Empty,
        }
    }

    /// The cell as CSV writes it.
    fn as_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Integer(n) => n.to_string(),
            Cell::Number(n) => n.to_string(),
            Cell::Text(text) => text.clone(),
        }
    }
}

/// The text of a value that may not be typed: the typed value as the canonical document
/// writes it, else the raw value as written.
fn lenient<T: Serialize>(value: Option<&Lenient<T>>) -> Cell {
    match value.map(serde_json::to_value) {
        Some(Ok(serde_json::Value::String(text))) => Cell::text(Some(&text)),
        Some(Ok(serde_json::Value::Number(number))) => number
            .as_i64()
            .map(Cell::Integer)
            .or_else(|| number.as_f64().map(Cell::Number))
            .unwrap_or(Cell::Empty),
        Some(Ok(serde_json::Value::Null)) | None | Some(Err(_)) => Cell::Empty,
        Some(Ok(other)) => Cell::Text(other.to_string()),
    }
}

fn code(party: Option<&Party>) -> Cell {
    Cell::text(party.and_then(|p| p.code.as_deref()))
}

fn name(party: Option<&Party>) -> Cell {
    Cell::text(party.and_then(|p| p.name.as_deref()))
}

/// The rows of one report: one per entry, one per direction without entries.
pub fn rows(path: &str, report: &Report, source_map: &SourceMap) -> Vec<Vec<Cell>> {
    let mut rows = Vec::new();
    for kind in DirectionKind::ALL {
        let direction = report.direction(kind);
        let field = kind.field();
        let head = |basis: Cell| {
            vec![
                code(report.reporting_state.as_ref()),
                name(report.reporting_state.as_ref()),
                lenient(report.year.as_ref()),
                Cell::Text(field.to_owned()),
                match &direction.status {
                    Some(status) => lenient(Some(status)),
                    None if direction.is_empty() => Cell::Text("not_reported".to_owned()),
                    None => Cell::Empty,
                },
                basis,
            ]
        };
        let place = |pointer: &str| {
            source_map
                .locate(pointer)
                .map_or(Cell::Empty, |location| Cell::Text(location.to_string()))
        };
        if direction.entries.is_empty() {
            let mut row = head(lenient(direction.basis.as_ref()));
            row.extend(std::iter::repeat_n(
                Cell::Empty,
                COLUMNS.len() - row.len() - 2,
            ));
            row.push(Cell::Text(path.to_owned()));
            row.push(place(&format!("/{field}")));
            rows.push(row);
            continue;
        }
        for (index, entry) in direction.entries.iter().enumerate() {
            let basis = match &entry.basis {
                Some(basis) => lenient(Some(basis)),
                None => lenient(direction.basis.as_ref()),
            };
            let mut row = head(basis);
            row.extend(entry_cells(entry));
            row.push(Cell::Text(path.to_owned()));
            row.push(place(&format!("/{field}/entries/{index}")));
            rows.push(row);
        }
    }
    rows
}

fn entry_cells(entry: &Entry) -> Vec<Cell> {
    let main_category = entry
        .category
        .as_ref()
        .and_then(Lenient::typed)
        .filter(|category| **category != att_schema::Category::National)
        .map_or(Cell::Empty, |category| {
            Cell::Text(category.top_level().code().to_owned())
        });
    let value = entry.value.as_ref();
    let withheld = entry.withheld.as_ref();
    let intermediate = entry.intermediate_locations.as_ref().map(|places| {
        places
            .iter()
            .map(|party| match (&party.code, &party.name) {
                (Some(code), Some(name)) => format!("{code} {name}"),
                (Some(text), None) | (None, Some(text)) => text.clone(),
                (None, None) => String::new(),
            })
            .collect::<Vec<_>>()
            .join("; ")
    });
    vec![
        lenient(entry.category.as_ref()),
        main_category,
        Cell::text(entry.national_category.as_deref()),
        code(entry.partner.as_ref()),
        name(entry.partner.as_ref()),
        lenient(entry.items.as_ref()),
        lenient(value.and_then(|v| v.amount.as_ref())),
        Cell::text(value.and_then(|v| v.currency.as_deref())),
        Cell::text(withheld.and_then(|w| w.items.as_deref())),
        Cell::text(withheld.and_then(|w| w.value.as_deref())),
        code(entry.state_of_origin.as_ref()),
        name(entry.state_of_origin.as_ref()),
        Cell::text(intermediate.as_deref()),
        Cell::text(entry.description.as_deref()),
        Cell::text(entry.comments.as_deref()),
    ]
}

/// How many reports are read before their rows are written.
const BATCH: usize = 64;

/// Where the rows go.
trait Sink {
    fn write_row(&mut self, row: &[Cell]) -> Result<(), CliError>;
    fn finish(self: Box<Self>) -> Result<Vec<u8>, CliError>;
}

struct CsvSink {
    writer: csv::Writer<Vec<u8>>,
}

impl CsvSink {
    fn new() -> Result<Self, CliError> {
        let mut writer = csv::Writer::from_writer(BOM.to_vec());
        writer.write_record(COLUMNS).map_err(table_error)?;
        Ok(CsvSink { writer })
    }
}

impl Sink for CsvSink {
    fn write_row(&mut self, row: &[Cell]) -> Result<(), CliError> {
        self.writer
            .write_record(row.iter().map(Cell::as_text))
            .map_err(table_error)
    }

    fn finish(self: Box<Self>) -> Result<Vec<u8>, CliError> {
        self.writer
            .into_inner()
            .map_err(|error| TableProblem::Csv(error.into_error().into()).into())
    }
}

struct XlsxSink {
    workbook: rust_xlsxwriter::Workbook,
    row: u32,
}

impl XlsxSink {
    fn new() -> Result<Self, CliError> {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let bold = rust_xlsxwriter::Format::new().set_bold();
        let sheet = workbook
            .add_worksheet_with_constant_memory()
            .map_err(xlsx_error)?
            .set_name("Entries")
            .map_err(xlsx_error)?;
        for (column, heading) in COLUMNS.iter().enumerate() {
            sheet
                .write_string_with_format(0, column_index(column), *heading, &bold)
                .map_err(xlsx_error)?;
        }
        sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        Ok(XlsxSink { workbook, row: 0 })
    }

    fn sheet(&mut self) -> Result<&mut rust_xlsxwriter::Worksheet, CliError> {
        self.workbook.worksheet_from_index(0).map_err(xlsx_error)
    }
}

fn column_index(column: usize) -> u16 {
    u16::try_from(column).unwrap_or(u16::MAX)
}

impl Sink for XlsxSink {
    fn write_row(&mut self, row: &[Cell]) -> Result<(), CliError> {
        self.row += 1;
        let at = self.row;
        if at >= 1_048_576 {
            return Err(TableProblem::TooManyRows.into());
        }
        let sheet = self.sheet()?;
        for (column, cell) in row.iter().enumerate() {
            let column = column_index(column);
            match cell {
                Cell::Empty => {}
                Cell::Integer(n) => {
                    // Precise up to 2^53, far above any count or amount in a report.
                    #[allow(clippy::cast_precision_loss)]
                    let n = *n as f64;
                    sheet.write_number(at, column, n).map_err(xlsx_error)?;
                }
                Cell::Number(n) => {
                    sheet.write_number(at, column, *n).map_err(xlsx_error)?;
                }
                Cell::Text(text) => {
                    sheet
                        .write_string(at, column, text.as_str())
                        .map_err(xlsx_error)?;
                }
            }
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<Vec<u8>, CliError> {
        let last_row = self.row;
        let last_column = column_index(COLUMNS.len() - 1);
        self.sheet()?
            .autofilter(0, 0, last_row, last_column)
            .map_err(xlsx_error)?;
        self.workbook.save_to_buffer().map_err(xlsx_error)
    }
}

fn table_error(error: csv::Error) -> CliError {
    TableProblem::Csv(error).into()
}

fn xlsx_error(error: rust_xlsxwriter::XlsxError) -> CliError {
    TableProblem::Workbook(error).into()
}

pub fn run(args: &ExportArgs, lang: att_schema::Lang) -> Result<Status, CliError> {
    let settings = super::config::load(args.config.as_deref())?;
    if args.to == ExportFormat::Xlsx {
        super::template::refuse_terminal(args.output.as_deref())?;
    }
    let mut sink: Box<dyn Sink> = match args.to {
        ExportFormat::Csv => Box::new(CsvSink::new()?),
        ExportFormat::Xlsx => Box::new(XlsxSink::new()?),
    };
    let inputs = expand(&args.inputs, &Filter::default()).inputs;
    let mut failures = Vec::new();
    for batch in inputs.chunks(BATCH) {
        let read = read_inputs(batch, &settings.limits, |path, loaded| {
            rows(path, &loaded.report, &loaded.source_map)
        });
        failures.extend(read.failures);
        for (_, rows) in read.reports {
            for row in rows {
                sink.write_row(&row)?;
            }
        }
    }
    let status = report_failures(&failures, lang);
    let bytes = sink.finish()?;
    crate::output::write(args.output.as_deref(), &bytes, &args.inputs)?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::{Category, Direction, Money, Status as DirectionStatus};

    #[test]
    fn every_entry_is_a_row_and_an_empty_direction_is_one_too() {
        let report = Report {
            reporting_state: Some(Party::state("SWE", "Sweden")),
            year: Some(2023.into()),
            exports: Direction {
                status: Some(DirectionStatus::Reported.into()),
                basis: Some(att_schema::Basis::Actual.into()),
                entries: vec![
                    Entry {
                        category: Some(Category::VIIISa2.into()),
                        partner: Some(Party::state("NOR", "Norvège")),
                        items: Some(Lenient::raw_text("approx. 40")),
                        value: Some(Money::new(1500, "SEK")),
                        intermediate_locations: Some(vec![
                            Party::state("DNK", "Denmark"),
                            Party::named("Atlantis"),
                        ]),
                        ..Entry::default()
                    },
                    Entry {
                        category: Some(Category::II.into()),
                        items: Some(4.into()),
                        basis: Some(att_schema::EntryBasis::Authorized.into()),
                        ..Entry::default()
                    },
                ],
            },
            imports: Direction {
                status: Some(DirectionStatus::Nil.into()),
                ..Direction::default()
            },
            ..Report::default()
        };
        let mut map = SourceMap::new();
        map.insert(
            "/exports/entries/1",
            att_schema::Location::cell("Exports", 5, 0),
        );
        let rows = rows("SWE.xlsx", &report, &map);
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|row| row.len() == COLUMNS.len()));
        let column = |name: &str| COLUMNS.iter().position(|c| *c == name).expect("column");
        assert_eq!(rows[0][column("items")], Cell::Text("approx. 40".into()));
        assert_eq!(rows[0][column("main_category")], Cell::Text("VIII".into()));
        assert_eq!(rows[0][column("partner")], Cell::Text("Norvège".into()));
        assert_eq!(rows[0][column("value")], Cell::Integer(1500));
        assert_eq!(
            rows[0][column("intermediate_locations")],
            Cell::Text("DNK Denmark; Atlantis".into())
        );
        assert_eq!(rows[0][column("basis")], Cell::Text("actual".into()));
        assert_eq!(rows[1][column("basis")], Cell::Text("authorized".into()));
        assert_eq!(rows[1][column("place")], Cell::Text("Exports!A6".into()));
        assert_eq!(rows[2][column("direction")], Cell::Text("imports".into()));
        assert_eq!(rows[2][column("status")], Cell::Text("nil".into()));
        assert_eq!(rows[2][column("category")], Cell::Empty);
        assert_eq!(rows[2][column("file")], Cell::Text("SWE.xlsx".into()));
    }
}
