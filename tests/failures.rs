//! When att cannot do its job it says so in the language of the messages: unreadable inputs,
//! refusals of the readers, a missing output folder, bad settings, unknown rules.

mod common;

use common::{att, stderr, stdout, workspace};

/// English words that a French or Spanish message never holds.
const ENGLISH: [&str; 8] = [
    " the ", "cannot", "such", " not ", "file", "folder", " is ", "read",
];

fn assert_not_english(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "“{word}” in: {text}");
    }
}

#[test]
fn a_missing_input_is_said_in_each_language() {
    for (lang, expected) in [
        ("en", "missing.json: cannot read: no such file\n"),
        (
            "fr",
            "missing.json: lecture impossible\u{a0}: ce fichier n’existe pas\n",
        ),
        (
            "es",
            "missing.json: no se puede leer: este archivo no existe\n",
        ),
    ] {
        let output = att(&["validate", "--lang", lang, "missing.json"]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(stdout(&output), expected);
    }
}

#[test]
fn a_missing_output_folder_is_named() {
    let report = "fixtures/json/valid-minimal.json";
    for (lang, expected) in [
        (
            "en",
            "att: no-such-folder/out.json: cannot write: the folder no-such-folder does not exist\n",
        ),
        (
            "fr",
            "att: no-such-folder/out.json\u{a0}: écriture impossible\u{a0}: le dossier no-such-folder n’existe pas\n",
        ),
        (
            "es",
            "att: no-such-folder/out.json: no se puede escribir: la carpeta no-such-folder no existe\n",
        ),
    ] {
        let output = att(&[
            "convert",
            "--lang",
            lang,
            report,
            "-o",
            "no-such-folder/out.json",
        ]);
        assert_eq!(output.status.code(), Some(2));
        assert_eq!(stderr(&output), expected);
    }
}

#[test]
fn refusals_of_the_readers_are_translated() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let notes = folder.path().join("notes.txt");
    std::fs::write(&notes, "Just some notes.").expect("write");
    let empty = folder.path().join("empty.json");
    std::fs::write(&empty, "  \n").expect("write");
    let inputs = [
        notes.display().to_string(),
        empty.display().to_string(),
        workspace()
            .join("fixtures/json/broken-truncated.json")
            .display()
            .to_string(),
        workspace()
            .join("fixtures/hostile/password-protected.xlsx")
            .display()
            .to_string(),
    ];
    for lang in ["fr", "es"] {
        for input in &inputs {
            let output = att(&["validate", "--lang", lang, input]);
            assert_eq!(output.status.code(), Some(2), "{input}");
            let text = stdout(&output);
            let message = text.strip_prefix(input.as_str()).unwrap_or(&text);
            // What a library writes in English is quoted in parentheses or after the
            // place; the words around it are the language's.
            let own: String = message.split('(').next().unwrap_or_default().to_owned();
            let own = own.split("\u{a0}: ligne").next().unwrap_or(&own).to_owned();
            let own = own.split(": línea").next().unwrap_or(&own).to_owned();
            assert_not_english(&own);
        }
    }
}

#[test]
fn bad_settings_and_unknown_rules_are_translated() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let config = folder.path().join("att.toml");
    std::fs::write(&config, "[rules]\nATT9999 = \"off\"\n").expect("write");
    let config = config.display().to_string();
    let output = att(&[
        "validate",
        "--lang",
        "es",
        "--config",
        &config,
        "fixtures/json/valid-minimal.json",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        format!("att: {config}:2:1: ninguna regla tiene el código o el nombre «ATT9999»\n")
    );
    let rule = att(&["rules", "--lang", "fr", "no-such-rule"]);
    assert_eq!(rule.status.code(), Some(2));
    assert_eq!(
        stderr(&rule),
        "att: aucune règle n’a le code ou le nom «\u{a0}no-such-rule\u{a0}»\u{a0}; `att rules` les liste toutes\n"
    );
}
