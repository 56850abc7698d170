//! The one line that names the files of the folders given that were not validated, and why.

use crate::inputs::{SkipReason, Skipped};
use att_schema::Lang;
use std::fmt::Write;

/// Names shown for each reason before "and N more".
const NAMES_PER_REASON: usize = 5;

/// `skipped 3 files: notes.txt, report.pdf (not a report format); ~$a.xlsx (lock file)` in
/// `lang`; `None` when nothing was skipped.
pub fn line(skipped: &[Skipped], lang: Lang) -> Option<String> {
    if skipped.is_empty() {
        return None;
    }
    let count = skipped.len();
    let mut out = match (lang, count) {
        (Lang::En, 1) => "skipped 1 file: ".to_owned(),
        (Lang::En, _) => format!("skipped {count} files: "),
        (Lang::Fr, 1) => "1 fichier ignoré\u{a0}: ".to_owned(),
        (Lang::Fr, _) => format!("{count} fichiers ignorés\u{a0}: "),
        (Lang::Es, 1) => "1 archivo omitido: ".to_owned(),
        (Lang::Es, _) => format!("{count} archivos omitidos: "),
    };
    let mut reasons: Vec<SkipReason> = skipped.iter().map(|s| s.reason).collect();
    reasons.sort();
    reasons.dedup();
    for (index, reason) in reasons.iter().enumerate() {
        if index > 0 {
            out.push_str(if lang == Lang::Fr { "\u{a0}; " } else { "; " });
        }
        let paths: Vec<String> = skipped
            .iter()
            .filter(|s| s.reason == *reason)
            .map(|s| s.path.display().to_string())
            .collect();
        out.push_str(&paths[..paths.len().min(NAMES_PER_REASON)].join(", "));
        let more = paths.len().saturating_sub(NAMES_PER_REASON);
        if more > 0 {
            let _ = match lang {
                Lang::En => write!(out, " and {more} more"),
                Lang::Fr => write!(out, " et {more} autres"),
                Lang::Es => write!(out, " y {more} más"),
            };
        }
        let _ = write!(out, " ({})", why(*reason, paths.len() > 1, lang));
    }
    Some(out)
}

/// The reason in words, in the singular or the plural.
fn why(reason: SkipReason, plural: bool, lang: Lang) -> &'static str {
    match (reason, lang, plural) {
        (SkipReason::NotAReportFormat, Lang::En, _) => "not a report format",
        (SkipReason::NotAReportFormat, Lang::Fr, _) => "pas un format de rapport",
        (SkipReason::NotAReportFormat, Lang::Es, _) => "no es un formato de informe",
        (SkipReason::LockFile, Lang::En, false) => "lock file",
        (SkipReason::LockFile, Lang::En, true) => "lock files",
        (SkipReason::LockFile, Lang::Fr, false) => "fichier de verrouillage",
        (SkipReason::LockFile, Lang::Fr, true) => "fichiers de verrouillage",
        (SkipReason::LockFile, Lang::Es, false) => "archivo de bloqueo",
        (SkipReason::LockFile, Lang::Es, true) => "archivos de bloqueo",
        (SkipReason::Hidden, Lang::En, _) => "hidden",
        (SkipReason::Hidden, Lang::Fr, false) => "caché",
        (SkipReason::Hidden, Lang::Fr, true) => "cachés",
        (SkipReason::Hidden, Lang::Es, false) => "oculto",
        (SkipReason::Hidden, Lang::Es, true) => "ocultos",
        (SkipReason::NotIncluded, Lang::En, _) => "not matched by --include",
        (SkipReason::NotIncluded, Lang::Fr, _) => "hors de --include",
        (SkipReason::NotIncluded, Lang::Es, _) => "fuera de --include",
        (SkipReason::Excluded, Lang::En, _) => "excluded by --exclude",
        (SkipReason::Excluded, Lang::Fr, false) => "exclu par --exclude",
        (SkipReason::Excluded, Lang::Fr, true) => "exclus par --exclude",
        (SkipReason::Excluded, Lang::Es, false) => "excluido por --exclude",
        (SkipReason::Excluded, Lang::Es, true) => "excluidos por --exclude",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn skipped(names: &[(&str, SkipReason)]) -> Vec<Skipped> {
        names
            .iter()
            .map(|(name, reason)| Skipped {
                path: PathBuf::from(name),
                reason: *reason,
            })
            .collect()
    }

    #[test]
    fn names_each_file_under_its_reason() {
        let files = skipped(&[
            ("notes.txt", SkipReason::NotAReportFormat),
            ("~$a.xlsx", SkipReason::LockFile),
            ("report.pdf", SkipReason::NotAReportFormat),
        ]);
        assert_eq!(
            line(&files, Lang::En).as_deref(),
            Some(
                "skipped 3 files: notes.txt, report.pdf (not a report format); ~$a.xlsx (lock file)"
            )
        );
        assert_eq!(
            line(&files, Lang::Fr).as_deref(),
            Some(
                "3 fichiers ignorés\u{a0}: notes.txt, report.pdf (pas un format de rapport)\u{a0}; ~$a.xlsx (fichier de verrouillage)"
            )
        );
        assert_eq!(line(&[], Lang::Es), None);
    }

    #[test]
    fn many_files_of_one_reason_are_counted_past_the_first_few() {
        let names: Vec<String> = (0..8).map(|i| format!("{i}.pdf")).collect();
        let files: Vec<Skipped> = names
            .iter()
            .map(|name| Skipped {
                path: PathBuf::from(name),
                reason: SkipReason::NotAReportFormat,
            })
            .collect();
        let text = line(&files, Lang::Es).expect("a line");
        assert!(
            text.ends_with("4.pdf y 3 más (no es un formato de informe)"),
            "{text}"
        );
    }
}
