//! The diagnostics report of `contract.md` §3, one JSON object per run.

use crate::FileResult;
use att_schema::{Counts, DiagnosticsReport, FileReport, Lang, SCHEMA_VERSION, ToolInfo};

/// The diagnostics report of a run over `files`, in `lang`.
pub fn report(files: &[FileResult], lang: Lang, tool_version: &str) -> DiagnosticsReport {
    DiagnosticsReport {
        tool: ToolInfo {
            name: "att".to_owned(),
            version: tool_version.to_owned(),
            schema_version: SCHEMA_VERSION.to_owned(),
        },
        files: files
            .iter()
            .map(|file| FileReport {
                path: file.path.clone(),
                sha256: file.sha256.clone(),
                valid: file.is_valid(),
                counts: Counts::of(file.diagnostics.iter().map(|d| d.severity)),
                failure: file.failure.clone(),
                diagnostics: file.diagnostics.iter().map(|d| d.to_record(lang)).collect(),
            })
            .collect(),
    }
}

/// The report as pretty-printed JSON with a final newline.
pub fn render(files: &[FileResult], lang: Lang, tool_version: &str) -> String {
    let mut text = serde_json::to_string_pretty(&report(files, lang, tool_version))
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}
