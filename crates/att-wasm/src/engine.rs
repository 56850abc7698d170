//! The page's checking session: one validator built once, the settings in force, and the
//! reports checked so far, each under a number the page keeps.

use crate::checked::Checked;
use att_core::settings::Settings;
use att_render::FileResult;
use att_schema::Lang;
use att_validate::{ConfigError, Validator};

/// The number of a checked report in its engine.
pub type ReportId = u32;

/// Why an engine cannot do what it was asked (said in every language in
/// [`crate::messages`]).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EngineError {
    /// No report has this number (never given, or removed).
    NoSuchReport(ReportId),
    /// The settings file could not be used: it names the file, line and column.
    Settings(#[from] ConfigError),
}

/// A session of checks with the same settings.
#[derive(Debug)]
pub struct Engine {
    settings: Settings,
    validator: Validator,
    reports: Vec<Option<Checked>>,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new(Settings::default())
    }
}

impl Engine {
    /// An engine with `settings` (rule severities and limits).
    pub fn new(settings: Settings) -> Engine {
        Engine {
            validator: Validator::with_config(settings.rules.clone()),
            settings,
            reports: Vec::new(),
        }
    }

    /// An engine with the settings of an `att.toml` file's text, named `origin` in errors.
    pub fn with_settings_text(text: &str, origin: &str) -> Result<Engine, EngineError> {
        att_core::settings::parse(text, origin)
            .map(Engine::new)
            .map_err(EngineError::Settings)
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Checks a report and keeps it; returns its number.
    pub fn check(&mut self, bytes: Vec<u8>, name: &str) -> ReportId {
        let checked = Checked::new(bytes, name, &self.settings.limits, &self.validator);
        self.reports.push(Some(checked));
        (self.reports.len() - 1) as ReportId
    }

    /// Keeps a file on which att itself failed, with the failure the page caught; returns its
    /// number.
    pub fn record_failure(&mut self, name: &str, failure: att_core::Panicked) -> ReportId {
        self.reports.push(Some(Checked::failed(name, failure)));
        (self.reports.len() - 1) as ReportId
    }

    /// Forgets a report (its bytes and results); other numbers stay valid.
    pub fn remove(&mut self, id: ReportId) {
        if let Some(slot) = self.reports.get_mut(id as usize) {
            *slot = None;
        }
    }

    /// The report with number `id`.
    pub fn report(&self, id: ReportId) -> Result<&Checked, EngineError> {
        self.reports
            .get(id as usize)
            .and_then(Option::as_ref)
            .ok_or(EngineError::NoSuchReport(id))
    }

    fn reports_of(&self, ids: &[ReportId]) -> Result<Vec<&Checked>, EngineError> {
        ids.iter().map(|id| self.report(*id)).collect()
    }

    /// The diagnostics report (`contract.md` §3) of the reports `ids`, in that order, as
    /// `att validate --format json` prints it.
    pub fn diagnostics_json(&self, ids: &[ReportId], lang: Lang) -> Result<String, EngineError> {
        let files: Vec<FileResult> = self
            .reports_of(ids)?
            .iter()
            .map(|report| report.file_result(lang))
            .collect();
        Ok(att_render::json::render(
            &files,
            lang,
            env!("CARGO_PKG_VERSION"),
        ))
    }

    /// The HTML report of the reports `ids`, in that order, in `lang`: the page
    /// `att validate --format html` writes.
    pub fn html_report(&self, ids: &[ReportId], lang: Lang) -> Result<String, EngineError> {
        let reports = self.reports_of(ids)?;
        let files: Vec<FileResult> = reports
            .iter()
            .map(|report| report.file_result(lang))
            .collect();
        let summaries: Vec<_> = reports.iter().map(|report| report.summary(lang)).collect();
        let pages: Vec<_> = files
            .iter()
            .zip(&summaries)
            .map(|(file, summary)| att_render::html::HtmlReport {
                file,
                summary: summary.as_ref(),
            })
            .collect();
        Ok(att_render::html::render(
            &pages,
            &att_render::html::HtmlOptions {
                lang,
                tool_version: env!("CARGO_PKG_VERSION"),
            },
        ))
    }

    /// The findings of the reports `ids` as CSV.
    pub fn diagnostics_csv(&self, ids: &[ReportId], lang: Lang) -> Result<String, EngineError> {
        Ok(crate::csv::render(self.reports_of(ids)?, lang))
    }

    /// The rule catalogue with the severities in force, in `lang`.
    pub fn rules(&self, lang: Lang) -> Vec<serde_json::Value> {
        crate::rules::catalogue(&self.settings.rules, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_reports_and_forgets_them() {
        let mut engine = Engine::default();
        let first = engine.check(b"{}".to_vec(), "a.json");
        let second = engine.check(b"not a report".to_vec(), "b.txt");
        assert_eq!(engine.report(first).map(Checked::name), Ok("a.json"));
        engine.remove(first);
        assert_eq!(
            engine.report(first).map(Checked::name),
            Err(EngineError::NoSuchReport(first))
        );
        assert!(engine.report(second).is_ok());
        assert_eq!(
            engine.diagnostics_json(&[first], Lang::En),
            Err(EngineError::NoSuchReport(first))
        );
    }

    #[test]
    fn a_failure_of_att_is_said_in_the_language_of_each_result() {
        let mut engine = Engine::default();
        let cause = att_schema::say::Detail::of(&"index out of range");
        let id = engine.record_failure("rapport.xlsx", att_core::Panicked { cause: Some(cause) });
        let failure = |lang| {
            engine
                .report(id)
                .map(|report| report.result(lang).file.failure)
        };
        let spanish = failure(Lang::Es).ok().flatten().unwrap_or_default();
        assert!(
            spanish.starts_with("att falló con este archivo"),
            "{spanish}"
        );
        assert!(spanish.contains("index out of range"), "{spanish}");
        let english = failure(Lang::En).ok().flatten().unwrap_or_default();
        assert!(english.starts_with("att failed on this file"), "{english}");
    }

    #[test]
    fn settings_set_severities_and_name_their_file_in_errors() {
        let engine = Engine::with_settings_text("[rules]\nitems-zero = \"off\"\n", "att.toml")
            .expect("valid settings");
        let rules = engine.rules(Lang::En);
        let items_zero = rules
            .iter()
            .find(|rule| rule["name"] == "items-zero")
            .expect("the rule is listed");
        assert_eq!(items_zero["severity"], "off");
        let error = Engine::with_settings_text("[rules]\nno-such-rule = \"off\"\n", "att.toml")
            .expect_err("an unknown rule");
        assert!(error.to_string().contains("att.toml"), "{error}");
    }
}
