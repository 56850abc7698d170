//! Habits of the ecosystem: shell completions and a man page from the parser's definitions,
//! the version with the schema version, standard input read once, `template --from` saying what
//! `validate` says, `att` alone beginning as `att --help` does, and the help and argument errors
//! in the language of the messages.

mod common;

use common::{att, att_in, stderr, stdout, workspace};

#[test]
fn completions_are_written_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let output = att(&["completions", shell]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{shell}: {}",
            stderr(&output)
        );
        let script = stdout(&output);
        for word in ["validate", "template", "min-severity", "statistics"] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
    assert_eq!(att(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_man_page_has_every_command_and_option() {
    let output = att(&["man"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = stdout(&output);
    assert!(page.contains(".TH att 1"), "{page}");
    for section in [
        "ATT VALIDATE",
        "ATT CONVERT",
        "ATT TEMPLATE",
        "ATT RULES",
        "ATT SCHEMA",
    ] {
        assert!(page.contains(&format!(".SH \"{section}\"")), "no {section}");
    }
    assert!(page.contains(r"\-\-min\-severity"));
    let french = stdout(&att(&["man", "--lang", "fr"]));
    assert!(french.contains("Valider des rapports et afficher leurs diagnostics"));
}

#[test]
fn the_version_names_the_schema_version() {
    let output = att(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!(
            "att {} (report schema {})\n",
            env!("CARGO_PKG_VERSION"),
            att_schema::SCHEMA_VERSION
        )
    );
}

#[test]
fn standard_input_is_read_once_however_often_it_is_named() {
    let bytes =
        std::fs::read(workspace().join("fixtures/json/valid-minimal.json")).expect("fixture");
    let output = att_in(&workspace(), &["validate", "-", "-", "-"], Some(&bytes));
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(stdout(&output), "-: valid (0 errors, 0 warnings, 0 info)\n");
}

#[test]
fn template_from_a_report_says_what_validate_says() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let workbook = folder.path().join("filled.xlsx").display().to_string();
    for report in [
        "fixtures/xlsx/currency-in-cell.xlsx",
        "fixtures/json/valid-minimal.json",
        "fixtures/json/invalid-raw-values-kept.json",
    ] {
        let validated = att(&["validate", "--lang", "es", report]);
        let templated = att(&[
            "template", "--lang", "es", "--from", report, "-o", &workbook,
        ]);
        assert_eq!(templated.status.code(), Some(0), "{}", stderr(&templated));
        assert_eq!(stderr(&templated), stdout(&validated), "{report}");
    }
}

#[test]
fn att_alone_begins_as_att_help_does() {
    let alone = att(&[]);
    assert_eq!(alone.status.code(), Some(2));
    let help = att(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let first = |text: String| text.lines().next().unwrap_or_default().to_owned();
    let alone = first(stderr(&alone) + &stdout(&alone));
    assert!(!alone.is_empty());
    assert_eq!(alone, first(stdout(&help)));
}

/// The lines of prose in a help text: neither option syntax nor blank.
fn prose(help: &str) -> Vec<String> {
    help.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('-') && !line.starts_with('<'))
        .filter(|line| line.split_whitespace().count() >= 3)
        .map(str::to_owned)
        .collect()
}

#[test]
fn help_is_in_the_language_of_the_messages() {
    for command in [
        vec![],
        vec!["validate"],
        vec!["convert"],
        vec!["schema"],
        vec!["rules"],
        vec!["template"],
        vec!["completions"],
        vec!["man"],
    ] {
        for flag in ["-h", "--help"] {
            let mut args = command.clone();
            args.push(flag);
            let english = stdout(&att(&args));
            let english_prose = prose(&english);
            assert!(!english_prose.is_empty(), "{args:?}");
            for lang in ["fr", "es"] {
                let directory = workspace();
                let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_att"));
                child
                    .args(&args)
                    .current_dir(&directory)
                    .env("ATT_LANG", lang)
                    .env("NO_COLOR", "1");
                let translated =
                    String::from_utf8_lossy(&child.output().expect("att runs").stdout).into_owned();
                for line in &english_prose {
                    assert!(
                        !translated.contains(line.as_str()),
                        "{args:?} in {lang}: “{line}” is in English\n{translated}"
                    );
                }
                assert!(!translated.contains("Usage:") && !translated.contains("[default:"));
            }
        }
    }
}

#[test]
fn argument_errors_are_in_the_language_of_the_messages() {
    let french = att(&["validate", "--lang", "fr", "--bogus", "x.json"]);
    assert_eq!(french.status.code(), Some(2));
    assert_eq!(
        stderr(&french),
        "att: argument inattendu «\u{a0}--bogus\u{a0}»\n\n\
         Utilisation\u{a0}: att validate [OPTIONS] <FICHIER>...\n\n\
         Pour en savoir plus, voyez «\u{a0}att validate --help\u{a0}».\n"
    );
    let spanish = att(&["validate", "--lang", "es", "--format", "yaml", "x.json"]);
    assert_eq!(spanish.status.code(), Some(2));
    assert!(
        stderr(&spanish).starts_with(
            "att: «yaml» no es un valor de --format <FORMATO>: indique uno de estos valores: human, json, sarif, html\n"
        ),
        "{}",
        stderr(&spanish)
    );
    let suggestion = std::process::Command::new(env!("CARGO_BIN_EXE_att"))
        .arg("valdate")
        .env("ATT_LANG", "es")
        .output()
        .expect("att runs");
    assert!(
        stderr(&suggestion)
            .contains("«valdate» no es un comando de att (¿quiso decir «validate»?)"),
        "{}",
        stderr(&suggestion)
    );
}
