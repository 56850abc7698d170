//! `att mirror REPORTS…`: the side-by-side table the UN Register publishes, for a set of
//! reports — one row per flow (exporter, importer, year, main category) with the exporter's and
//! the importer's figures, where each is in its file, and the verdict. The rows are those the
//! mirror checks of `att validate` judge ([`att_validate::mirror::rows`]), so both say the same.
//!
//! Only each report's digest is kept while the others are read.

use super::Status;
use super::reports::{read_all, report_failures};
use super::table::{Table, escape, page, pick};
use crate::cli::{MirrorArgs, TableFormat};
use crate::error::CliError;
use att_schema::codes::State;
use att_schema::{DirectionKind, EntryBasis, Lang, Location};
use att_validate::Digest;
use att_validate::mirror::{Cause, MirrorRow, Side, Verdict, rows};
use att_validate::rules::corpus::{Corpus, CorpusMember};
use serde::Serialize;
use std::collections::BTreeMap;

pub fn run(args: &MirrorArgs) -> Result<Status, CliError> {
    let lang = crate::lang::choose(args.lang);
    let settings = super::config::load(args.config.as_deref())?;
    let read = read_all(&args.inputs, &settings.limits, |_, loaded| {
        Digest::of_read(&loaded)
    });
    let status = report_failures(&read.failures, lang);
    let members: Vec<CorpusMember<'_>> = read
        .reports
        .iter()
        .map(|(path, digest)| CorpusMember { path, digest })
        .collect();
    let corpus = Corpus::new(members);
    let flows: Vec<FlowRecord> = rows(&corpus)
        .iter()
        .map(|row| FlowRecord::of(&corpus, row))
        .collect();
    let table = MirrorTable {
        states: summary(&flows),
        flows,
    };
    let bytes = match args.format {
        TableFormat::Human => table.text_table(lang).human().into_bytes(),
        TableFormat::Json => {
            let mut text = serde_json::to_string_pretty(&table).unwrap_or_default();
            text.push('\n');
            text.into_bytes()
        }
        TableFormat::Csv => table
            .text_table(lang)
            .csv()
            .map_err(|error| CliError::Table(error.into()))?,
        TableFormat::Html => table.html(lang).into_bytes(),
    };
    crate::output::write(args.output.as_deref(), &bytes, &args.inputs)?;
    Ok(status)
}

/// The whole table: the flows, and how each State's flows fared.
#[derive(Debug, Serialize)]
pub struct MirrorTable {
    /// One row per flow.
    pub flows: Vec<FlowRecord>,
    /// Per State, how many of its flows had each verdict.
    pub states: Vec<StateSummary>,
}

/// A State, by code and name.
#[derive(Debug, Clone, Serialize)]
pub struct StateRecord {
    /// ISO 3166-1 alpha-3.
    pub code: &'static str,
    /// Its short English name.
    pub name: &'static str,
}

impl StateRecord {
    fn of(state: &'static State) -> Self {
        StateRecord {
            code: state.alpha3,
            name: state.short_name(Lang::En),
        }
    }
}

/// What one side's report says of a flow.
#[derive(Debug, Clone, Serialize)]
pub struct SideRecord {
    /// `flow` (the report has it), `without` (the report states the direction without it),
    /// `not_reported` (the report does not report the direction), `absent` (no report of the
    /// State for the year is in the set).
    pub status: &'static str,
    /// The report, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<String>,
    /// The flow's number of items, when the report gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<u64>,
    /// How many entries the flow sums.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entries: Option<usize>,
    /// `authorized` or `actual`, when every entry of the flow has the same.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<EntryBasis>,
    /// The flow's first entry (or the direction, for `without`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Where that is in the report's file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// What may explain a missing flow or a mismatch.
#[derive(Debug, Clone, Serialize)]
pub struct ExplanationRecord {
    /// `other_year` or `other_category`.
    pub cause: &'static str,
    /// The year of the explaining flow.
    pub year: i64,
    /// Its main category.
    pub category: &'static str,
    /// Its report.
    pub report: String,
    /// Its first entry.
    pub pointer: String,
    /// Where that is in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

/// One flow, the exporter's report beside the importer's.
#[derive(Debug, Clone, Serialize)]
pub struct FlowRecord {
    /// The year.
    pub year: i64,
    /// The exporter.
    pub exporter: StateRecord,
    /// The importer.
    pub importer: StateRecord,
    /// The main category (`I` … `VIII`).
    pub category: &'static str,
    /// `matched`, `mismatch`, `missing` (one side's report states the direction without the
    /// flow), `explained` (a mismatch or missing flow with an explanation), or `not_compared`.
    pub verdict: &'static str,
    /// For `missing` and `explained`: the side whose report does not have the flow
    /// (`exporter` or `importer`), when it is missing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub missing_from: Option<&'static str>,
    /// For `mismatch` and `explained`: how many items apart the two sides are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub difference: Option<u64>,
    /// Whether one side's figures are authorizations and the other's actual transfers.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub bases_differ: bool,
    /// The exporter's report: its exports.
    pub exporter_side: SideRecord,
    /// The importer's report: its imports.
    pub importer_side: SideRecord,
    /// What may explain the gap.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<ExplanationRecord>,
}

impl FlowRecord {
    fn of(corpus: &Corpus<'_>, row: &MirrorRow) -> Self {
        let side = |kind: DirectionKind| {
            let side = row.side(kind);
            let report = side.member().map(|m| corpus.members[m].path.to_owned());
            let mut record = SideRecord {
                status: match side {
                    Side::Flow { .. } => "flow",
                    Side::Without { .. } => "without",
                    Side::NotReported { .. } => "not_reported",
                    Side::Absent => "absent",
                },
                report,
                items: None,
                entries: None,
                basis: None,
                pointer: None,
                location: None,
            };
            if let Some(flow) = corpus.flow_of(side, kind) {
                record.items = flow.items;
                record.entries = Some(flow.entries);
                record.basis = flow.basis;
                record.pointer = Some(flow.place.pointer.clone());
                record.location = flow.place.location.clone();
            } else if let Side::Without { member } = side {
                let place = &corpus.digest(member).direction(kind).place;
                record.pointer = Some(place.pointer.clone());
                record.location = place.location.clone();
            }
            record
        };
        let (mut verdict, difference, bases_differ) = match row.verdict {
            Verdict::Matched => ("matched", None, false),
            Verdict::Mismatch {
                difference,
                bases_differ,
            } => ("mismatch", Some(difference), bases_differ),
            Verdict::Missing => ("missing", None, false),
            Verdict::NotCompared => ("not_compared", None, false),
        };
        let missing_from = match (row.verdict, row.exporter_side, row.importer_side) {
            (Verdict::Missing, Side::Without { .. }, _) => Some("exporter"),
            (Verdict::Missing, _, Side::Without { .. }) => Some("importer"),
            _ => None,
        };
        let explanation = row.explanation.and_then(|explanation| {
            let member = corpus.members[explanation.member];
            let flow = member
                .digest
                .direction(explanation.direction)
                .flows
                .get(explanation.flow)?;
            Some(ExplanationRecord {
                cause: match explanation.cause {
                    Cause::OtherYear => "other_year",
                    Cause::OtherCategory => "other_category",
                },
                year: explanation.year,
                category: explanation.category.code(),
                report: member.path.to_owned(),
                pointer: flow.place.pointer.clone(),
                location: flow.place.location.clone(),
            })
        });
        if explanation.is_some() {
            verdict = "explained";
        }
        FlowRecord {
            year: row.year,
            exporter: StateRecord::of(row.exporter),
            importer: StateRecord::of(row.importer),
            category: row.category.code(),
            verdict,
            missing_from,
            difference,
            bases_differ,
            exporter_side: side(DirectionKind::Exports),
            importer_side: side(DirectionKind::Imports),
            explanation,
        }
    }
}

/// How one State's flows fared, as exporter or importer.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StateSummary {
    /// The State.
    pub code: &'static str,
    /// Its short English name.
    pub name: &'static str,
    /// Its flows in all.
    pub flows: usize,
    /// Matched by the other side.
    pub matched: usize,
    /// Reported by both sides with figures apart.
    pub mismatch: usize,
    /// Missing from one side's report.
    pub missing: usize,
    /// Missing or apart, with an explanation.
    pub explained: usize,
    /// Not compared: the other side's report is not in the set or does not report the
    /// direction.
    pub not_compared: usize,
}

fn summary(flows: &[FlowRecord]) -> Vec<StateSummary> {
    let mut states: BTreeMap<&'static str, StateSummary> = BTreeMap::new();
    for flow in flows {
        for state in [&flow.exporter, &flow.importer] {
            let entry = states.entry(state.code).or_insert_with(|| StateSummary {
                code: state.code,
                name: state.name,
                ..StateSummary::default()
            });
            entry.flows += 1;
            match flow.verdict {
                "matched" => entry.matched += 1,
                "mismatch" => entry.mismatch += 1,
                "missing" => entry.missing += 1,
                "explained" => entry.explained += 1,
                _ => entry.not_compared += 1,
            }
        }
    }
    states.into_values().collect()
}

fn side_text(side: &SideRecord, lang: Lang) -> String {
    match side.status {
        "flow" => side.items.map_or_else(
            || {
                pick(
                    lang,
                    "reported, no count",
                    "déclaré, sans nombre",
                    "declarado, sin número",
                )
                .to_owned()
            },
            |items| items.to_string(),
        ),
        "without" => pick(lang, "not in report", "absent du rapport", "no figura").to_owned(),
        "not_reported" => pick(
            lang,
            "direction not reported",
            "sens non déclaré",
            "sentido no declarado",
        )
        .to_owned(),
        _ => pick(lang, "no report", "pas de rapport", "sin informe").to_owned(),
    }
}

fn place_text(side: &SideRecord) -> String {
    match (&side.report, &side.location) {
        (Some(report), Some(location)) => format!("{report}:{location}"),
        (Some(report), None) => report.clone(),
        _ => String::new(),
    }
}

fn verdict_text(flow: &FlowRecord, lang: Lang) -> String {
    let base = match flow.verdict {
        "matched" => pick(lang, "matched", "concordant", "coincide"),
        "mismatch" => pick(lang, "mismatch", "écart", "discrepancia"),
        "missing" if flow.missing_from == Some("exporter") => pick(
            lang,
            "missing from the exporter's report",
            "absent du rapport de l'exportateur",
            "ausente del informe del exportador",
        ),
        "missing" => pick(
            lang,
            "missing from the importer's report",
            "absent du rapport de l'importateur",
            "ausente del informe del importador",
        ),
        "explained" => pick(lang, "explained", "expliqué", "explicado"),
        _ => pick(lang, "not compared", "non rapproché", "no cotejado"),
    };
    let mut text = base.to_owned();
    if let Some(explanation) = &flow.explanation {
        let by = match explanation.cause {
            "other_year" => format!("{} {}", pick(lang, "by", "par", "por"), explanation.year),
            _ => format!(
                "{} {}",
                pick(lang, "by category", "par la catégorie", "por la categoría"),
                explanation.category
            ),
        };
        let place = match &explanation.location {
            Some(location) => format!("{}:{location}", explanation.report),
            None => explanation.report.clone(),
        };
        text.push_str(&format!(" {by} ({place})"));
    }
    text
}

impl MirrorTable {
    /// The flows as a table of text, in `lang`.
    fn text_table(&self, lang: Lang) -> Table {
        let mut table = Table::new([
            pick(lang, "Year", "Année", "Año"),
            pick(lang, "Exporter", "Exportateur", "Exportador"),
            pick(lang, "Importer", "Importateur", "Importador"),
            pick(lang, "Category", "Catégorie", "Categoría"),
            pick(
                lang,
                "Exporter's items",
                "Articles (exportateur)",
                "Artículos (exportador)",
            ),
            pick(
                lang,
                "Exporter's place",
                "Emplacement (exportateur)",
                "Ubicación (exportador)",
            ),
            pick(
                lang,
                "Importer's items",
                "Articles (importateur)",
                "Artículos (importador)",
            ),
            pick(
                lang,
                "Importer's place",
                "Emplacement (importateur)",
                "Ubicación (importador)",
            ),
            pick(lang, "Verdict", "Verdict", "Resultado"),
        ]);
        for flow in &self.flows {
            table.rows.push(vec![
                flow.year.to_string(),
                flow.exporter.code.to_owned(),
                flow.importer.code.to_owned(),
                flow.category.to_owned(),
                side_text(&flow.exporter_side, lang),
                place_text(&flow.exporter_side),
                side_text(&flow.importer_side, lang),
                place_text(&flow.importer_side),
                verdict_text(flow, lang),
            ]);
        }
        table
    }

    fn summary_table(&self, lang: Lang) -> Table {
        let mut table = Table::new([
            pick(lang, "State", "État", "Estado"),
            pick(lang, "Flows", "Flux", "Flujos"),
            pick(lang, "Matched", "Concordants", "Coinciden"),
            pick(lang, "Mismatch", "Écarts", "Discrepancias"),
            pick(lang, "Missing", "Absents", "Ausentes"),
            pick(lang, "Explained", "Expliqués", "Explicados"),
            pick(lang, "Not compared", "Non rapprochés", "No cotejados"),
        ]);
        for state in &self.states {
            table.rows.push(vec![
                format!("{} ({})", state.name, state.code),
                state.flows.to_string(),
                state.matched.to_string(),
                state.mismatch.to_string(),
                state.missing.to_string(),
                state.explained.to_string(),
                state.not_compared.to_string(),
            ]);
        }
        table
    }

    /// A standalone page: the per-State summary, then every flow.
    fn html(&self, lang: Lang) -> String {
        let body = format!(
            "<h2>{}</h2>\n{}<h2>{}</h2>\n{}",
            escape(pick(
                lang,
                "Summary by State",
                "Synthèse par État",
                "Resumen por Estado"
            )),
            self.summary_table(lang).html(),
            escape(pick(lang, "Flows", "Flux", "Flujos")),
            self.text_table(lang).html()
        );
        page(
            pick(
                lang,
                "Mirror of exports and imports",
                "Rapprochement des exportations et des importations",
                "Cotejo de exportaciones e importaciones",
            ),
            lang,
            &body,
        )
    }
}
