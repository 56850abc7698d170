use super::*;

fn label(text: &str) -> Option<Label> {
    match_label(text).map(|m| m.label)
}

#[test]
fn title_page_labels_in_three_languages() {
    use Label::*;
    for (text, expected) in [
        ("Reporting State:", ReportingState),
        ("Reporting State", ReportingState),
        ("État partie :", ReportingState),
        ("Estado informante:", ReportingState),
        ("1. Reporting State:", ReportingState),
        ("Reporting State (name):", ReportingState),
        ("State:", ReportingState),
        ("Calendar year", Year),
        ("Année civile :", Year),
        ("Año civil:", Year),
        ("Reporting period", Year),
        ("Date of submission", SubmissionDate),
        ("Date of submission (dd/mm/yyyy):", SubmissionDate),
        ("Date de soumission", SubmissionDate),
        ("Fecha de presentación:", SubmissionDate),
        ("Name:", ContactName),
        ("Nom :", ContactName),
        ("Nombre:", ContactName),
        ("National point of contact", ContactName),
        ("Position:", Position),
        ("Fonction :", Position),
        ("Cargo:", Position),
        ("Title:", Position),
        ("Organisation:", Organisation),
        ("Organization", Organisation),
        ("Ministry/Department:", Organisation),
        ("Organisme", Organisation),
        ("Organismo:", Organisation),
        ("Address:", Address),
        ("Adresse", Address),
        ("Dirección:", Address),
        ("Telephone:", Telephone),
        ("Tel.:", Telephone),
        ("Téléphone :", Telephone),
        ("Teléfono:", Telephone),
        ("E-mail:", Email),
        ("Email", Email),
        ("Courriel :", Email),
        ("Correo electrónico:", Email),
        ("May the report be made public?", Public),
        ("Le rapport peut-il être rendu public ?", Public),
        ("¿Puede hacerse público el informe?", Public),
        ("Nil report – exports", NilExports),
        ("Nil report – imports", NilImports),
        ("Rapport « néant » – exportations", NilExports),
        ("Rapport « néant » – importations", NilImports),
        ("Informe nulo – exportaciones", NilExports),
        ("Informe nulo – importaciones", NilImports),
        ("No exports during the reporting period", NilExports),
        ("No imports", NilImports),
        ("Exports table", ExportsIncluded),
        ("Exports:", ExportsIncluded),
        ("Table 1 – Exports", ExportsIncluded),
        ("Report on imports", ImportsIncluded),
        ("Tableau des importations", ImportsIncluded),
        ("Cuadro de exportaciones", ExportsIncluded),
        ("Importaciones:", ImportsIncluded),
        (
            "National definitions (Annex 2)",
            NationalDefinitionsIncluded,
        ),
        ("Annex 2", NationalDefinitionsIncluded),
        ("Définitions nationales", NationalDefinitionsIncluded),
        ("Definiciones nacionales", NationalDefinitionsIncluded),
        (
            "Commercially sensitive information withheld",
            WithheldCommerciallySensitive,
        ),
        (
            "Commercially sensitive information",
            WithheldCommerciallySensitive,
        ),
        (
            "Informations commercialement sensibles non communiquées",
            WithheldCommerciallySensitive,
        ),
        (
            "Información comercial sensible omitida",
            WithheldCommerciallySensitive,
        ),
        (
            "National security information withheld",
            WithheldNationalSecurity,
        ),
        (
            "Information withheld for reasons of national security",
            WithheldNationalSecurity,
        ),
        (
            "Informations relatives à la sécurité nationale non communiquées",
            WithheldNationalSecurity,
        ),
        (
            "Información de seguridad nacional omitida",
            WithheldNationalSecurity,
        ),
        ("Information withheld", WithheldNote),
        ("Informations non communiquées :", WithheldNote),
        ("Información omitida:", WithheldNote),
        ("Basis of data", Basis),
        ("Basis of data:", Basis),
        ("Type de données :", Basis),
        ("Tipo de datos:", Basis),
        ("Currency", Currency),
        ("Monnaie", Currency),
        ("Moneda:", Currency),
        ("Language:", Language),
        ("Langue", Language),
        ("Idioma", Language),
        ("Template version:", TemplateVersion),
        ("Version du modèle", TemplateVersion),
        ("Schema version", SchemaVersion),
        ("Reporting State¹:", ReportingState),
        ("Reporting State (1)", ReportingState),
        ("REPORTING STATE", ReportingState),
    ] {
        assert_eq!(label(text), Some(expected), "{text:?}");
    }
}

#[test]
fn inline_values_after_the_colon() {
    for (text, expected, value) in [
        ("Calendar year: 2023", Label::Year, Some("2023")),
        (
            "Reporting State: Sweden",
            Label::ReportingState,
            Some("Sweden"),
        ),
        (
            "État partie : France",
            Label::ReportingState,
            Some("France"),
        ),
        (
            "Date of submission:   28/05/2024 ",
            Label::SubmissionDate,
            Some("28/05/2024"),
        ),
        (
            "E-mail: contact@example.org",
            Label::Email,
            Some("contact@example.org"),
        ),
        ("Basis of data: Actual", Label::Basis, Some("Actual")),
        (
            "Type de données : Exportations effectives",
            Label::Basis,
            Some("Exportations effectives"),
        ),
        (
            "Date: 28.05.2024 10:30",
            Label::SubmissionDate,
            Some("28.05.2024 10:30"),
        ),
        ("Nil report – exports: X", Label::NilExports, Some("X")),
        ("Reporting State:", Label::ReportingState, None),
        ("Reporting State :   ", Label::ReportingState, None),
        ("Año civil：2023", Label::Year, Some("2023")),
    ] {
        let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(
            (found.label, found.inline_value),
            (expected, value),
            "{text:?}"
        );
        assert!(!found.negated, "{text:?}");
    }
}

#[test]
fn negated_public_labels() {
    for text in [
        "Private",
        "The report may not be made public",
        "Non public",
        "No público",
    ] {
        let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.label, Label::Public, "{text:?}");
        assert!(found.negated, "{text:?}");
    }
    assert!(!match_label("Public").is_some_and(|m| m.negated));
}

#[test]
fn words_that_need_a_colon_to_be_labels() {
    for text in [
        "Exports",
        "Imports",
        "State",
        "Country",
        "Title",
        "Exportations",
    ] {
        assert_eq!(label(text), None, "{text:?}");
    }
}

#[test]
fn sentences_are_not_labels() {
    for text in [
        "",
        "The name of the ministry changed in 2023",
        "Please give the name of the State",
        "Germany",
        "2023",
        "Value",
        "Nil",
        "Commercially sensitive information and national security information withheld",
        "Note: figures are provisional",
        "The reporting State has no comment",
        "Name of the contact person who prepared the report for the ministry of foreign affairs last year",
    ] {
        assert_eq!(label(text), None, "{text:?}");
    }
    assert_eq!(label(&"Reporting State ".repeat(40)), None);
}

#[test]
fn canonical_labels_match_back_in_every_language() {
    for lang in Lang::ALL {
        for expected in Label::ALL {
            let text = canonical_label(expected, lang);
            let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(found.label, expected, "{text:?}");
            assert!(!found.negated && found.inline_value.is_none(), "{text:?}");
            let with_value = format!("{text}: x");
            let found = match_label(&with_value).unwrap_or_else(|| panic!("{with_value:?}"));
            assert_eq!(
                (found.label, found.inline_value),
                (expected, Some("x")),
                "{with_value:?}"
            );
        }
    }
}

#[test]
fn every_listed_phrase_matches_its_label() {
    for (expected, form, phrases) in LABELS {
        for (_, phrase) in phrases.each() {
            let text = if *form == Form::ColonOnly {
                format!("{phrase}:")
            } else {
                phrase.to_string()
            };
            let found = match_label(&text).unwrap_or_else(|| panic!("{text:?}"));
            assert_eq!(found.label, *expected, "{text:?}");
            assert_eq!(found.negated, *form == Form::Negated, "{text:?}");
        }
    }
}

#[test]
fn labels_carry_their_languages() {
    let (_, langs) = match_label_with_langs("Estado informante:").expect("matches");
    assert!(langs.contains(Lang::Es) && langs.len() == 1);
    let (_, langs) = match_label_with_langs("Tableau des exportations").expect("matches");
    assert!(langs.contains(Lang::Fr) && langs.len() == 1);
}

#[test]
fn nil_report_labels_with_the_direction_after_the_colon() {
    for (text, expected) in [
        ("Nil report: imports", Label::NilImports),
        ("Nil report: exports", Label::NilExports),
        ("Exports: nil", Label::NilExports),
        ("Exportations : néant", Label::NilExports),
        ("Importaciones: ninguna", Label::NilImports),
    ] {
        let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(
            (found.label, found.inline_value),
            (expected, None),
            "{text:?}"
        );
    }
    // A tick after the colon is the label's value.
    let ticked = match_label("Nil report – exports: ☒").expect("matches");
    assert_eq!(
        (ticked.label, ticked.inline_value),
        (Label::NilExports, Some("☒"))
    );
    let table = match_label("Exports: X").expect("matches");
    assert_eq!(table.label, Label::ExportsIncluded);
}

#[test]
fn consent_to_publish_in_its_many_wordings() {
    for (text, negated) in [
        ("Publication authorised", false),
        ("Publication authorized:", false),
        ("May be made public", false),
        ("The report can be published on the ATT website", false),
        ("The report may be published", false),
        ("Consent to publish the report", false),
        ("Rapport public", false),
        ("Le rapport peut être rendu public", false),
        ("Le rapport peut être publié sur le site du TCA", false),
        ("Autorisation de publication", false),
        ("Publication autorisée", false),
        ("Se autoriza su publicación", false),
        ("El informe puede publicarse en el sitio web del TCA", false),
        ("Informe público", false),
        ("Publicación autorizada", false),
        ("Publication not authorised", true),
        ("The report may not be published", true),
        ("Le rapport ne peut pas être publié", true),
        ("No se autoriza su publicación", true),
    ] {
        let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(
            (found.label, found.negated),
            (Label::Public, negated),
            "{text:?}"
        );
    }
    for text in [
        "Publication date",
        "Public holidays are not counted",
        "Published figures",
    ] {
        assert_ne!(label(text), Some(Label::Public), "{text:?}");
    }
}

#[test]
fn consent_with_an_inline_answer() {
    use crate::tick::YesNoAnswer::*;
    for (text, value, answer) in [
        (
            "The report can be published on the ATT website: yes / no",
            "yes / no",
            Unanswered,
        ),
        ("Rapport public : oui / non", "oui / non", Unanswered),
        ("Informe público: sí / no", "sí / no", Unanswered),
        ("Publication authorised: yes ☒ / no ☐", "yes ☒ / no ☐", Yes),
        ("Rapport public : Oui [X]  Non [ ]", "Oui [X]  Non [ ]", Yes),
        ("Informe público: Sí ☐ No ☒", "Sí ☐ No ☒", No),
        ("Rapport public oui ☐ non ☒", "oui ☐ non ☒", No),
        (
            "May the report be made public? Yes [X] No [ ]",
            "Yes [X] No [ ]",
            Yes,
        ),
    ] {
        let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(found.label, Label::Public, "{text:?}");
        assert!(!found.negated, "{text:?}");
        assert_eq!(found.inline_value, Some(value), "{text:?}");
        assert_eq!(found.inline_answer, Some(answer), "{text:?}");
    }
    let plain = match_label("Public: yes").expect("matches");
    assert_eq!(
        (plain.inline_value, plain.inline_answer),
        (Some("yes"), None)
    );
}

#[test]
fn the_year_label_in_its_family_of_wordings() {
    for (text, value) in [
        ("Année couverte par le rapport :", None),
        ("Année couverte par le rapport : 2022", Some("2022")),
        ("Année civile couverte par le rapport :", None),
        ("Year covered by the report: 2021", Some("2021")),
        ("Año al que se refiere el informe:", None),
        ("Período cubierto por el informe: 2020", Some("2020")),
    ] {
        let found = match_label(text).unwrap_or_else(|| panic!("{text:?}"));
        assert_eq!(
            (found.label, found.inline_value),
            (Label::Year, value),
            "{text:?}"
        );
    }
    assert_eq!(label("The year was difficult"), None);
}
