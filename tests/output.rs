//! The human output of `att validate` as people read it: per file, errors first, then warnings,
//! then info, each in the order of their places; `--quiet`, `--min-severity`, `--statistics`
//! and `--color`.

mod common;

use common::{att, stdout};

/// A workbook with errors, warnings and info findings on several cells.
const MIXED: &str = "fixtures/xlsx/numbers-written-as-text.xlsx";
/// A report with no finding.
const CLEAN: &str = "fixtures/json/valid-minimal.json";

/// The severity word of each finding line, in order.
fn severities(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|line| {
            ["error[", "warning[", "info["]
                .into_iter()
                .find(|word| line.contains(&format!(": {word}")))
        })
        .collect()
}

#[test]
fn findings_come_errors_first_then_warnings_then_info() {
    let output = att(&["validate", MIXED]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let order = severities(&text);
    assert!(order.contains(&"warning[") && order.contains(&"info["));
    let mut sorted = order.clone();
    sorted.sort_by_key(|word| {
        ["error[", "warning[", "info["]
            .iter()
            .position(|w| w == word)
    });
    assert_eq!(order, sorted, "{text}");
    insta::assert_snapshot!("grouped_human_output", text);
}

#[test]
fn within_a_severity_findings_keep_the_order_of_their_cells() {
    let text = stdout(&att(&["validate", MIXED]));
    let cells: Vec<(u32, &str)> = text
        .lines()
        .filter(|line| line.contains(": warning["))
        .filter_map(|line| {
            let place = line.split("Exports!").nth(1)?.split(':').next()?;
            let (column, row) = place.split_at(1);
            Some((row.parse().ok()?, column))
        })
        .collect();
    assert!(cells.len() >= 2, "{text}");
    assert!(cells.windows(2).all(|pair| pair[0] <= pair[1]), "{cells:?}");
}

#[test]
fn quiet_shows_errors_and_summaries_only() {
    let output = att(&["validate", "--no-corpus", "--quiet", MIXED, CLEAN]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let order = severities(&text);
    assert!(!order.is_empty());
    assert!(order.iter().all(|word| *word == "error["), "{text}");
    assert!(
        !text.contains(CLEAN),
        "a clean file is not mentioned: {text}"
    );
    assert!(text.contains(&format!(
        "{MIXED}: not valid (9 errors, 3 warnings, 8 info; 11 not shown)"
    )));
    assert!(text.ends_with("2 files: 9 errors, 3 warnings, 8 info; 11 not shown\n"));
}

#[test]
fn min_severity_leaves_out_the_less_severe_findings() {
    let warnings = stdout(&att(&["validate", "--min-severity", "warning", MIXED]));
    let order = severities(&warnings);
    assert!(order.contains(&"warning["));
    assert!(!order.contains(&"info["), "{warnings}");
    assert!(warnings.contains("(9 errors, 3 warnings, 8 info; 8 not shown)"));
    let errors = stdout(&att(&["validate", "--min-severity", "error", MIXED]));
    assert!(severities(&errors).iter().all(|word| *word == "error["));
}

#[test]
fn statistics_count_the_findings_of_each_rule() {
    let output = att(&["validate", "--no-corpus", "--statistics", MIXED, MIXED]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(severities(&text).is_empty(), "no finding lines: {text}");
    let line = text
        .lines()
        .find(|line| line.contains("ATT0231"))
        .expect("a line for items-invalid");
    assert!(line.trim_start().starts_with("4  ATT0231  error"), "{line}");
    assert!(line.contains("items-invalid"));
    let lines: Vec<&str> = text.lines().collect();
    let first_info = lines
        .iter()
        .position(|l| l.contains("  info  "))
        .expect("info");
    let last_error = lines
        .iter()
        .rposition(|l| l.contains("  error  "))
        .expect("error");
    assert!(last_error < first_info, "errors first: {text}");
    assert!(text.ends_with("2 files: 18 errors, 6 warnings, 16 info\n"));
}

#[test]
fn colour_follows_the_color_option() {
    let always = att(&["validate", "--color", "always", MIXED]);
    assert!(stdout(&always).contains("\u{1b}["));
    let never = att(&["--color", "never", "validate", MIXED]);
    assert!(!stdout(&never).contains('\u{1b}'));
    // NO_COLOR is set for every test run, and standard output is a pipe.
    let auto = att(&["validate", MIXED]);
    assert!(!stdout(&auto).contains('\u{1b}'));
}

#[test]
fn summaries_agree_in_number_in_french_and_spanish() {
    let french = stdout(&att(&["validate", "--lang", "fr", CLEAN]));
    assert_eq!(
        french,
        format!("{CLEAN}: valide (0 erreur, 0 avertissement, 0 info)\n")
    );
    let spanish = stdout(&att(&["validate", "--lang", "es", CLEAN]));
    assert_eq!(
        spanish,
        format!("{CLEAN}: válido (0 errores, 0 advertencias, 0 infos)\n")
    );
}
