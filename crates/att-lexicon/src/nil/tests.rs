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
