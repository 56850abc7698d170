//! `att compare OLD NEW`: what changed between two reports of one State — entries added,
//! removed and changed (each changed field old → new), and changes of status, basis,
//! withheld declarations and title page ([`att_validate::compare`]) — followed by what the
//! checks of several reports find in the two (a duplicate submission, entries copied from last
//! year, a basis changed). Exit status 0 when they are identical, 1 when they differ, 2 when
//! one cannot be read.

use super::Status;
use super::table::{Table, escape, page, pick};
use crate::cli::{CompareArgs, TableFormat};
use crate::error::CliError;
use att_schema::{Diagnostic, Lang, Location};
use att_validate::compare::{Compared, Comparison, EntryRef, FieldChange, compare};
use att_validate::{CorpusMember, Digest, Validator};
use serde::Serialize;

pub fn run(args: &CompareArgs) -> Result<Status, CliError> {
    let lang = crate::lang::choose(args.lang);
    let settings = super::config::load(args.config.as_deref())?;
    let old = super::load(&args.old, &settings.limits)?;
    let new = super::load(&args.new, &settings.limits)?;
    let old_path = args.old.display().to_string();
    let new_path = args.new.display().to_string();
    let comparison = compare(
        Compared {
            report: &old.report,
            source_map: Some(&old.source_map),
        },
        Compared {
            report: &new.report,
            source_map: Some(&new.source_map),
        },
    );
    let digests = [Digest::of_read(&old), Digest::of_read(&new)];
    let members = [
        CorpusMember {
            path: &old_path,
            digest: &digests[0],
        },
        CorpusMember {
            path: &new_path,
            digest: &digests[1],
        },
    ];
    let found = Validator::with_config(settings.rules).validate_corpus(&members);
    let findings: Vec<FindingRecord> = found
        .iter()
        .zip([&old_path, &new_path])
        .flat_map(|(list, path)| {
            // Two reports of one State: flows whose partner's report is absent say nothing
            // about the comparison.
            list.iter()
                .filter(|d| d.rule.code != att_validate::rules::mirror::MIRROR_PARTNER_ABSENT.code)
                .map(|d| FindingRecord::of(path, d, lang))
        })
        .collect();
    let output = CompareOutput {
        old: &old_path,
        new: &new_path,
        identical: comparison.is_identical(),
        comparison: &comparison,
        findings,
    };
    let bytes = match args.format {
        TableFormat::Human => output.human(lang).into_bytes(),
        TableFormat::Json => {
            let mut text = serde_json::to_string_pretty(&output).unwrap_or_default();
            text.push('\n');
            text.into_bytes()
        }
        TableFormat::Csv => output
            .table(lang)
            .csv()
            .map_err(|error| CliError::Table(error.into()))?,
        TableFormat::Html => output.html(lang).into_bytes(),
    };
    crate::output::write(
        args.output.as_deref(),
        &bytes,
        &[args.old.clone(), args.new.clone()],
    )?;
    Ok(if comparison.is_identical() {
        Status::Clean
    } else {
        Status::ReportErrors
    })
}

/// A finding of the checks of several reports on one of the two.
#[derive(Debug, Serialize)]
struct FindingRecord {
    path: String,
    #[serde(flatten)]
    record: att_schema::DiagnosticRecord,
}

impl FindingRecord {
    fn of(path: &str, diagnostic: &Diagnostic, lang: Lang) -> Self {
        FindingRecord {
            path: path.to_owned(),
            record: diagnostic.to_record(lang),
        }
    }
}

#[derive(Debug, Serialize)]
struct CompareOutput<'a> {
    old: &'a str,
    new: &'a str,
    identical: bool,
    #[serde(flatten)]
    comparison: &'a Comparison,
    findings: Vec<FindingRecord>,
}

fn place(path: &str, location: Option<&Location>) -> String {
    match location {
        Some(location) => format!("{path}:{location}"),
        None => path.to_owned(),
    }
}

fn value(text: Option<&String>) -> &str {
    text.map_or("—", String::as_str)
}

impl CompareOutput<'_> {
    fn sections(&self, lang: Lang) -> [(&'static str, &[FieldChange]); 4] {
        [
            (
                pick(lang, "Title page", "Page de titre", "Portada"),
                &self.comparison.title_page,
            ),
            (
                pick(
                    lang,
                    "Withheld information",
                    "Informations non communiquées",
                    "Información no divulgada",
                ),
                &self.comparison.withheld,
            ),
            (
                pick(lang, "Status and basis", "Statut et base", "Estado y base"),
                &self.comparison.status_and_basis,
            ),
            (
                pick(
                    lang,
                    "National definitions",
                    "Définitions nationales",
                    "Definiciones nacionales",
                ),
                &self.comparison.national_definitions,
            ),
        ]
    }

    fn direction_name(direction: &str, lang: Lang) -> &'static str {
        match direction {
            "exports" => pick(lang, "Exports", "Exportations", "Exportaciones"),
            _ => pick(lang, "Imports", "Importations", "Importaciones"),
        }
    }

    /// Text for people: each part that changed, then the findings, then a verdict line.
    fn human(&self, lang: Lang) -> String {
        let mut out = format!("{} → {}\n", self.old, self.new);
        for (title, changes) in self.sections(lang) {
            if changes.is_empty() {
                continue;
            }
            out.push_str(&format!("{title}:\n"));
            for change in changes {
                out.push_str(&format!(
                    "  {}: {} → {}\n",
                    change.field,
                    value(change.old.as_ref()),
                    value(change.new.as_ref())
                ));
            }
        }
        for direction in &self.comparison.entries {
            if direction.is_empty() {
                continue;
            }
            out.push_str(&format!(
                "{}:\n",
                Self::direction_name(direction.direction, lang)
            ));
            let at = |path: &str, entry: &EntryRef| place(path, entry.location.as_ref());
            for entry in &direction.added {
                out.push_str(&format!("  + {}  {}\n", at(self.new, entry), entry.summary));
            }
            for entry in &direction.removed {
                out.push_str(&format!("  - {}  {}\n", at(self.old, entry), entry.summary));
            }
            for change in &direction.changed {
                out.push_str(&format!(
                    "  ~ {} → {}  {}\n",
                    at(self.old, &change.old),
                    at(self.new, &change.new),
                    change.new.summary
                ));
                for field in &change.changes {
                    out.push_str(&format!(
                        "      {}: {} → {}\n",
                        field.field,
                        value(field.old.as_ref()),
                        value(field.new.as_ref())
                    ));
                }
            }
            out.push_str(&format!(
                "  {} {}\n",
                direction.unchanged,
                pick(lang, "unchanged", "inchangées", "sin cambios")
            ));
        }
        for finding in &self.findings {
            out.push_str(&format!(
                "{}: {}[{}]: {}{}\n",
                place(&finding.path, finding.record.location.as_ref()),
                finding.record.severity,
                finding.record.code,
                finding.record.message,
                att_render::human::see_related(&finding.record.related, lang)
            ));
        }
        out.push_str(if self.identical {
            pick(
                lang,
                "The reports are identical.\n",
                "Les rapports sont identiques.\n",
                "Los informes son idénticos.\n",
            )
        } else {
            pick(
                lang,
                "The reports differ.\n",
                "Les rapports diffèrent.\n",
                "Los informes difieren.\n",
            )
        });
        out
    }

    /// One row per change: part, kind of change, field, old and new value, both places, and
    /// the entry it is about.
    fn table(&self, lang: Lang) -> Table {
        let mut table = Table::new([
            "part",
            "change",
            "field",
            "old",
            "new",
            "old_place",
            "new_place",
            "entry",
        ]);
        let mut push = |cells: [String; 8]| table.rows.push(cells.to_vec());
        for (title, changes) in self.sections(lang) {
            for change in changes {
                push([
                    title.to_owned(),
                    "changed".to_owned(),
                    change.field.clone(),
                    value(change.old.as_ref()).to_owned(),
                    value(change.new.as_ref()).to_owned(),
                    change
                        .old_location
                        .as_ref()
                        .map(|l| place(self.old, Some(l)))
                        .unwrap_or_default(),
                    change
                        .new_location
                        .as_ref()
                        .map(|l| place(self.new, Some(l)))
                        .unwrap_or_default(),
                    String::new(),
                ]);
            }
        }
        for direction in &self.comparison.entries {
            let part = Self::direction_name(direction.direction, lang).to_owned();
            for entry in &direction.added {
                push([
                    part.clone(),
                    "added".to_owned(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    place(self.new, entry.location.as_ref()),
                    entry.summary.clone(),
                ]);
            }
            for entry in &direction.removed {
                push([
                    part.clone(),
                    "removed".to_owned(),
                    String::new(),
                    String::new(),
                    String::new(),
                    place(self.old, entry.location.as_ref()),
                    String::new(),
                    entry.summary.clone(),
                ]);
            }
            for change in &direction.changed {
                for field in &change.changes {
                    push([
                        part.clone(),
                        "changed".to_owned(),
                        field.field.clone(),
                        value(field.old.as_ref()).to_owned(),
                        value(field.new.as_ref()).to_owned(),
                        place(
                            self.old,
                            field.old_location.as_ref().or(change.old.location.as_ref()),
                        ),
                        place(
                            self.new,
                            field.new_location.as_ref().or(change.new.location.as_ref()),
                        ),
                        change.new.summary.clone(),
                    ]);
                }
            }
        }
        table
    }

    fn html(&self, lang: Lang) -> String {
        let mut body = format!(
            "<p>{} → {}</p>\n{}",
            escape(self.old),
            escape(self.new),
            self.table(lang).html()
        );
        if !self.findings.is_empty() {
            let mut findings = Table::new(["file", "severity", "code", "message"]);
            for finding in &self.findings {
                findings.rows.push(vec![
                    place(&finding.path, finding.record.location.as_ref()),
                    finding.record.severity.to_string(),
                    finding.record.code.clone(),
                    finding.record.message.clone()
                        + &att_render::human::see_related(&finding.record.related, lang),
                ]);
            }
            body.push_str(&findings.html());
        }
        body.push_str(&format!(
            "<p><strong>{}</strong></p>\n",
            escape(if self.identical {
                pick(
                    lang,
                    "The reports are identical.",
                    "Les rapports sont identiques.",
                    "Los informes son idénticos.",
                )
            } else {
                pick(
                    lang,
                    "The reports differ.",
                    "Les rapports diffèrent.",
                    "Los informes difieren.",
                )
            })
        ));
        page(
            pick(
                lang,
                "Comparison of two reports",
                "Comparaison de deux rapports",
                "Comparación de dos informes",
            ),
            lang,
            &body,
        )
    }
}
