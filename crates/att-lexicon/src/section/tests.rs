use super::*;

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
fn titles_carry_their_languages() {
    let (_, langs) = match_section_with_langs("Exportations effectives").expect("matches");
    assert!(langs.contains(Lang::Fr) && !langs.contains(Lang::En));
}

#[test]
fn the_workbook_writers_titles_are_title_page_sections() {
    for text in [
        "Arms Trade Treaty – Annual report",
        "Traité sur le commerce des armes – Rapport annuel",
        "Tratado sobre el Comercio de Armas – Informe anual",
        "Contact details",
        "Coordonnées",
        "Datos de contacto",
        "Contents of the report",
        "Contenu du rapport",
        "Contenido del informe",
        "Voluntary declaration under Article 13(3)",
        "Déclaration facultative au titre de l'article 13(3)",
        "Declaración voluntaria en virtud del artículo 13(3)",
        "About this workbook",
        "À propos de ce classeur",
        "Acerca de este libro",
    ] {
        assert_eq!(
            match_section(text).map(|m| m.section),
            Some(Section::TitlePage),
            "{text:?}"
        );
        assert_eq!(crate::label::match_label(text), None, "{text:?}");
    }
}

#[test]
fn titles_of_the_un_register_forms() {
    for (text, section) in [
        (
            "UN Register of Conventional Arms – Exports",
            Section::Exports,
        ),
        (
            "Standardized form for reporting international transfers: exports",
            Section::Exports,
        ),
        ("Exports of small arms and light weapons", Section::Exports),
        (
            "Registre des armes classiques de l'ONU – Importations",
            Section::Imports,
        ),
        (
            "Formulaire normalisé – transferts internationaux : exportations",
            Section::Exports,
        ),
        (
            "Registro de Armas Convencionales de las Naciones Unidas – Importaciones",
            Section::Imports,
        ),
        (
            "Exportaciones de armas pequeñas y armas ligeras",
            Section::Exports,
        ),
    ] {
        assert_eq!(
            match_section(text).map(|found| found.section),
            Some(section),
            "{text:?}"
        );
    }
    assert_eq!(match_section("International transfers"), None);
}

#[test]
fn titles_with_a_qualifier_read_as_the_section() {
    use crate::units::Figures;
    for (text, section, figures, code) in [
        (
            "EXPORTS (number of items)",
            Section::Exports,
            Some(Figures::Counts),
            None,
        ),
        (
            "IMPORTS (values in EUR)",
            Section::Imports,
            Some(Figures::Values),
            Some("EUR"),
        ),
        (
            "Exportations (en milliers d'euros)",
            Section::Exports,
            Some(Figures::Values),
            Some("EUR"),
        ),
        (
            "Importaciones – número de unidades",
            Section::Imports,
            Some(Figures::Counts),
            None,
        ),
        (
            "Actual exports — amounts in USD thousands",
            Section::Exports,
            Some(Figures::Values),
            Some("USD"),
        ),
        (
            "Importations (en nombre d'articles)",
            Section::Imports,
            Some(Figures::Counts),
            None,
        ),
    ] {
        let found = match_section_detailed(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.section, section, "{text:?}");
        let units = found
            .units
            .clone()
            .unwrap_or_else(|| panic!("{text:?} has a qualifier"));
        assert_eq!(units.figures, figures, "{text:?}");
        assert_eq!(units.currency.as_deref(), code, "{text:?}");
        assert_eq!(match_section(text), Some(found.as_match()), "{text:?}");
    }
    let found = match_section_detailed("Actual exports (values in EUR)").expect("a title");
    assert_eq!(found.basis, Some(Basis::Actual));
    // A qualifier belongs to a table's title only.
    assert_eq!(match_section("Annex 2 (values in EUR)"), None);
    assert_eq!(match_section("Exports and imports (values in EUR)"), None);
    assert_eq!(match_section("Number of items (values in EUR)"), None);
    // The qualifier does not vote for a language.
    let (_, langs) = match_section_with_langs("Exports (valeurs en euros)").expect("a title");
    assert!(langs.contains(Lang::En) && !langs.contains(Lang::Fr));
}

#[test]
fn titles_in_german_italian_portuguese_and_dutch() {
    for (text, section) in [
        ("Ausfuhren", Section::Exports),
        ("Ausfuhr", Section::Exports),
        ("Einfuhren", Section::Imports),
        ("Ausfuhren von Kriegsmaterial", Section::Exports),
        ("Einfuhr von Kriegsmaterial", Section::Imports),
        ("Esportazioni", Section::Exports),
        ("Importazioni", Section::Imports),
        ("Esportazioni di armi convenzionali", Section::Exports),
        ("Exportações", Section::Exports),
        ("Importações de armas convencionais", Section::Imports),
        ("Uitvoer", Section::Exports),
        ("Invoer", Section::Imports),
        ("Uitvoer van militaire goederen", Section::Exports),
        ("Esportazioni / Exports", Section::Exports),
    ] {
        let (found, langs) = match_section_with_langs(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.section, section, "{text:?}");
        if !text.contains("Exports") && !text.contains("armas") {
            assert!(langs.is_empty(), "{text:?} votes for no language");
        }
    }
    assert_eq!(
        match_section("Einfuhren (tatsächlich)").map(|m| m.basis),
        Some(Some(Basis::Actual))
    );
    assert_eq!(
        match_section("Bewilligte Ausfuhren").map(|m| m.basis),
        Some(Some(Basis::Authorized))
    );
}

#[test]
fn titles_that_name_what_is_exported() {
    for (text, section, basis) in [
        (
            "Exports authorized (licences issued) — special military goods",
            Section::Exports,
            Some(Basis::Authorized),
        ),
        (
            "Imports (actual) — special military goods",
            Section::Imports,
            Some(Basis::Actual),
        ),
        ("Exports of military equipment", Section::Exports, None),
        (
            "Exportations de matériels de guerre",
            Section::Exports,
            None,
        ),
        ("Importaciones de material bélico", Section::Imports, None),
    ] {
        assert_eq!(
            match_section(text),
            Some(SectionMatch { section, basis }),
            "{text:?}"
        );
    }
}
