use super::*;
use att_schema::DirectionKind::{Exports, Imports};
use att_schema::Lang;

#[test]
fn nil_statements_without_direction() {
    for text in [
        "Nil",
        "nil",
        "Nil report",
        "Nil return",
        "None",
        "Néant",
        "Rapport « néant »",
        "Nada que informar",
        "Informe nulo",
        "Informe «nada que informar»",
        "Nothing to report",
        "Rien à signaler",
        "No transfers",
        "No exports or imports",
        "Annex 3 – Nil report",
    ] {
        assert_eq!(match_nil_statement(text), Some(None), "{text:?}");
    }
}

#[test]
fn nil_statements_with_direction() {
    for (text, direction) in [
        ("No exports", Exports),
        ("No imports", Imports),
        ("No exports during the reporting period", Exports),
        ("There were no imports in 2023", Imports),
        ("Nil report – exports", Exports),
        ("Nil report - imports", Imports),
        ("Rapport « néant » – exportations", Exports),
        ("Aucune exportation", Exports),
        ("Aucune importation au cours de la période", Imports),
        ("Pas d'exportations", Exports),
        ("Il n'y a pas eu d'exportations", Exports),
        ("Sin exportaciones", Exports),
        ("Sin importaciones", Imports),
        ("Informe nulo – importaciones", Imports),
        ("No hubo exportaciones durante el período", Exports),
        ("No se realizaron importaciones", Imports),
        ("Néant – exportations", Exports),
    ] {
        assert_eq!(match_nil_statement(text), Some(Some(direction)), "{text:?}");
    }
}

#[test]
fn not_nil_statements() {
    for text in [
        "",
        "No",
        "Non",
        "Exports",
        "No exports of category I pending",
        "0",
        "Nil value for tanks was recorded because the contract lapsed before any delivery took place in the year",
        "Germany",
    ] {
        assert_eq!(match_nil_statement(text), None, "{text:?}");
    }
}

#[test]
fn statements_carry_their_languages() {
    let (_, langs) = nil_statement_with_langs("Sin exportaciones").expect("matches");
    assert!(langs.contains(Lang::Es) && langs.len() == 1);
}

#[test]
fn nil_section_titles_in_their_many_forms() {
    for (text, direction) in [
        ("Nil return — exports", Some(Exports)),
        ("Nil report: imports", Some(Imports)),
        ("Nil report on exports", Some(Exports)),
        ("Exports: nil", Some(Exports)),
        ("EXPORTS – NIL RETURN", Some(Exports)),
        ("Negative report – exports", Some(Exports)),
        ("Rapport néant (exportations)", Some(Exports)),
        ("Rapport « néant » – importations", Some(Imports)),
        ("Déclaration néant – importations", Some(Imports)),
        ("Rapport nul – exportations", Some(Exports)),
        ("Néant (importations)", Some(Imports)),
        ("Informe nulo – exportaciones", Some(Exports)),
        ("Informe negativo de importaciones", Some(Imports)),
        ("Informe en cero – exportaciones", Some(Exports)),
        ("No se realizaron importaciones", Some(Imports)),
        ("Sin transferencias", None),
        ("Aucun transfert", None),
        ("No transfers to report", None),
        ("None to report", None),
    ] {
        assert_eq!(match_nil_statement(text), Some(direction), "{text:?}");
    }
    for text in [
        "Negative value",
        "Nil values are shown as a dash",
        "Exports",
        "Report",
        "No",
    ] {
        assert_eq!(match_nil_statement(text), None, "{text:?}");
    }
}

#[test]
fn nil_statements_in_german_italian_portuguese_and_dutch() {
    for (text, direction) in [
        ("Keine Ausfuhren", Some(Exports)),
        ("Keine Einfuhr", Some(Imports)),
        ("Nessuna esportazione", Some(Exports)),
        ("Nessuna importazione", Some(Imports)),
        ("Nenhuma exportação", Some(Exports)),
        ("Sem importações", Some(Imports)),
        ("Geen uitvoer", Some(Exports)),
        ("Geen invoer", Some(Imports)),
        ("Nichts", None),
    ] {
        let (found, langs) = nil_statement_with_langs(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found, direction, "{text:?}");
        assert!(langs.is_empty(), "{text:?} votes for no language");
    }
    assert_eq!(match_nil_statement("Keine"), None);
    assert_eq!(match_nil_statement("Ausfuhren"), None);
}
