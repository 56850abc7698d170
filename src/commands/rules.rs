//! `att rules`: the rule catalogue, or one rule in full.

use super::Status;
use crate::cli::{RulesArgs, RulesFormat};
use crate::error::CliError;
use att_core::catalogue::{self, Entry, severity_name};
use att_schema::{Lang, Severity};
use att_validate::Config;
use serde_json::{Value, json};
use std::fmt::Write;

pub fn run(args: &RulesArgs) -> Result<Status, CliError> {
    let lang = crate::lang::choose(args.lang);
    let config = super::config::load(args.config.as_deref())?.rules;
    let entries = match &args.rule {
        Some(key) => vec![catalogue::find(key).ok_or_else(|| CliError::UnknownRule(key.clone()))?],
        None => catalogue::entries(),
    };
    let text = match args.format {
        RulesFormat::Markdown => catalogue::markdown(),
        RulesFormat::Json => {
            let records: Vec<Value> = entries.iter().map(|e| record(e, &config, lang)).collect();
            let value = match (&args.rule, records.as_slice()) {
                (Some(_), [one]) => one.clone(),
                _ => Value::Array(records),
            };
            let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
            text.push('\n');
            text
        }
        RulesFormat::Human if args.rule.is_some() => entries
            .iter()
            .map(|entry| detail(entry, &config, lang))
            .collect(),
        RulesFormat::Human => table(&entries, &config, lang),
    };
    crate::output::write(args.output.as_deref(), text.as_bytes(), &[])?;
    Ok(Status::Clean)
}

/// The severity in force and, when configured otherwise, the default.
fn severity(entry: &Entry, config: &Config) -> (Option<Severity>, bool) {
    let configured = config.setting(entry.rule.code).is_some();
    (config.severity(entry.rule), configured)
}

fn table(entries: &[Entry], config: &Config, lang: Lang) -> String {
    let name_width = entries.iter().map(|e| e.rule.name.len()).max().unwrap_or(0);
    let mut out = String::new();
    for entry in entries {
        let (severity, configured) = severity(entry, config);
        let mut shown = severity_name(severity, lang).to_owned();
        if configured {
            shown.push('*');
        }
        let _ = writeln!(
            out,
            "{}  {:<14} {:<name_width$}  {}",
            entry.rule.code,
            shown,
            entry.rule.name,
            entry.rule.summary.get(lang)
        );
    }
    if !config.is_empty() {
        let note = match lang {
            Lang::En => "* set by the configuration",
            Lang::Fr => "* fixée par la configuration",
            Lang::Es => "* fijada por la configuración",
        };
        let _ = writeln!(out, "{note}");
    }
    out
}

fn detail(entry: &Entry, config: &Config, lang: Lang) -> String {
    let rule = entry.rule;
    let (severity, configured) = severity(entry, config);
    let (severity_label, default_label, example_label, checks_label) = match lang {
        Lang::En => ("severity", "default", "example", "implements"),
        Lang::Fr => ("gravité", "par défaut", "exemple", "met en œuvre"),
        Lang::Es => ("gravedad", "por defecto", "ejemplo", "aplica"),
    };
    let colon = if lang == Lang::Fr { "\u{a0}:" } else { ":" };
    let mut out = format!("{} {}\n", rule.code, rule.name);
    let _ = write!(
        out,
        "{severity_label}{colon} {}",
        severity_name(severity, lang)
    );
    if configured {
        let _ = write!(
            out,
            " ({default_label}{colon} {})",
            severity_name(Some(rule.severity), lang)
        );
    }
    let _ = writeln!(out, " · {} · {}", stage_name(entry, lang), entry.source);
    let _ = writeln!(out, "\n{}", rule.summary.get(lang));
    if !entry.rule.details.is_empty() {
        let _ = writeln!(out, "\n{}", entry.rule.details);
    }
    for check in entry.rule.implements {
        let _ = writeln!(out, "\n{checks_label}{colon} {}", check.citation());
    }
    let _ = writeln!(
        out,
        "\n{example_label}{colon} {}",
        entry.example_message(lang)
    );
    out
}

/// The stage that raises the rule, in `lang` (the JSON catalogue keeps [`Entry::stage`]).
fn stage_name(entry: &Entry, lang: Lang) -> &'static str {
    match (entry.stage(), lang) {
        ("reading", Lang::Fr) => "lecture",
        ("reading", Lang::Es) => "lectura",
        ("schema", Lang::Fr) => "schéma",
        ("schema", Lang::Es) => "esquema",
        ("report", Lang::Fr) => "rapport",
        ("report", Lang::Es) => "informe",
        ("several reports", Lang::Fr) => "plusieurs rapports",
        ("several reports", Lang::Es) => "varios informes",
        (stage, _) => stage,
    }
}

fn record(entry: &Entry, config: &Config, lang: Lang) -> Value {
    let rule = entry.rule;
    json!({
        "code": rule.code,
        "name": rule.name,
        "severity": config.severity(rule).map_or("off", Severity::as_str),
        "default_severity": rule.severity.as_str(),
        "stage": entry.stage(),
        "source": entry.source,
        "summary": rule.summary.get(lang),
        "message": rule.message.get(lang),
        "example": entry.example_message(lang),
        "details": entry.rule.details,
        "implements": entry.rule.implements.iter().map(|c| c.citation()).collect::<Vec<_>>(),
    })
}
