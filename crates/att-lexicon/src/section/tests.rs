use super::*;
use att_schema::DirectionKind::{Exports, Imports};

#[test]
fn exports_and_imports_titles() {
    for (text, section, basis) in [
        ("EXPORTS", Section::Exports, None),
        ("IMPORTS", Section::Imports, None),
        ("Exports", Section::Exports, None),
        ("Exports:", Section::Exports, None),
        (
            "Exports of conventional arms (Article 2(1))",
            Section::Exports,
            None,
        ),
        (
            "Imports of conventional arms (Article 2 (1))",
            Section::Imports,
            None,
        ),
        ("Report on exports", Section::Exports, None),
        ("Exportations", Section::Exports, None),
        ("Importations", Section::Imports, None),
        ("Exportaciones", Section::Exports, None),
        ("Importaciones", Section::Imports, None),
        ("Exports 2023", Section::Exports, None),
        ("Table 1 – Exports", Section::Exports, None),
        ("1. Exports", Section::Exports, None),
        (
            "Rapport sur les exportations d'armes classiques",
            Section::Exports,
            None,
        ),
        (
            "Informe sobre las importaciones de armas convencionales",
            Section::Imports,
            None,
        ),
        ("Actual exports", Section::Exports, Some(Basis::Actual)),
        (
            "Authorised exports",
            Section::Exports,
            Some(Basis::Authorized),
        ),
        (
            "Importations effectives",
            Section::Imports,
            Some(Basis::Actual),
        ),
        (
            "Exportations autorisées",
            Section::Exports,
            Some(Basis::Authorized),
        ),
        (
            "Exportaciones efectivas",
            Section::Exports,
            Some(Basis::Actual),
        ),
        (
            "Importaciones autorizadas",
            Section::Imports,
            Some(Basis::Authorized),
        ),
        (
            "Authorized and actual exports",
            Section::Exports,
            Some(Basis::Both),
        ),
    ] {
        assert_eq!(
            match_section(text),
            Some(SectionMatch { section, basis }),
            "{text:?}"
        );
    }
}

#[test]
fn other_sections_and_sheet_names() {
    for (text, section) in [
        ("National definitions", Section::NationalDefinitions),
        ("Définitions nationales", Section::NationalDefinitions),
        ("Definiciones nacionales", Section::NationalDefinitions),
        ("Annex 2", Section::NationalDefinitions),
        ("Annexe 2", Section::NationalDefinitions),
        ("Anexo 2", Section::NationalDefinitions),
        (
            "Annex 2 – National definitions",
            Section::NationalDefinitions,
        ),
        (
            "Annex 2: National definitions of categories",
            Section::NationalDefinitions,
        ),
        ("Annex 1", Section::Instructions),
        (
            "Annexe 1 - Définitions des catégories",
            Section::Instructions,
        ),
        ("Instructions", Section::Instructions),
        ("Instrucciones", Section::Instructions),
        ("Read me", Section::Instructions),
        ("Cover", Section::TitlePage),
        ("Title page", Section::TitlePage),
        ("Page de titre", Section::TitlePage),
        ("Portada", Section::TitlePage),
        ("Cover 2023", Section::TitlePage),
    ] {
        assert_eq!(
            match_section(text).map(|m| m.section),
            Some(section),
            "{text:?}"
        );
    }
}

#[test]
fn not_sections() {
    for text in [
        "",
        "No exports",
        "Exports and imports",
        "Exports of tanks were delayed",
        "Number of items exported",
        "Annex 3",
        "Annex 2 – Exports",
        "Value",
        "Germany",
        "Nil report",
    ] {
        assert_eq!(match_section(text), None, "{text:?}");
    }
}

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
fn titles_carry_their_languages() {
    let (_, langs) = match_section_with_langs("Exportations effectives").expect("matches");
    assert!(langs.contains(Lang::Fr) && !langs.contains(Lang::En));
    let (_, langs) = nil_statement_with_langs("Sin exportaciones").expect("matches");
    assert!(langs.contains(Lang::Es) && langs.len() == 1);
}
