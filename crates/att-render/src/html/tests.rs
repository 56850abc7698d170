use super::*;
use crate::summary::summarise;
use att_schema::{Location, Report, Rule, RuleGroup, Text};
use serde::Deserialize;
use serde_json::json;

static ITEMS: Rule = Rule {
    code: "ATT0231",
    name: "items-not-whole-number",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "Number of items not a whole number",
        fr: "Nombre d’articles non entier",
        es: "Número de artículos no entero",
    },
    message: Text {
        en: "The number of items {found} is not a whole number",
        fr: "Le nombre d’articles {found} n’est pas un nombre entier",
        es: "El número de artículos {found} no es un número entero",
    },
    implements: &[],
    details: "",
    example: None,
};

static PARTNER: Rule = Rule {
    code: "ATT0120",
    name: "partner-unknown",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "Partner not recognised",
        fr: "Partenaire non reconnu",
        es: "Socio no reconocido",
    },
    message: Text {
        en: "No State is named {found}",
        fr: "Aucun État ne s’appelle {found}",
        es: "Ningún Estado se llama {found}",
    },
    implements: &[],
    details: "",
    example: None,
};

static YEAR: Rule = Rule {
    code: "ATT0301",
    name: "year-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "No year",
        fr: "Pas d’année",
        es: "Sin año",
    },
    message: Text {
        en: "The report gives no year",
        fr: "Le rapport ne donne pas d’année",
        es: "El informe no da el año",
    },
    implements: &[],
    details: "",
    example: None,
};

fn result(path: &str, diagnostics: Vec<Diagnostic>) -> FileResult {
    FileResult {
        path: path.to_owned(),
        sha256: Some("ab".repeat(32)),
        failure: None,
        diagnostics,
    }
}

fn page(reports: &[HtmlReport<'_>], lang: Lang) -> String {
    render(
        reports,
        &HtmlOptions {
            lang,
            tool_version: "9.9.9",
        },
    )
}

fn findings() -> Vec<Diagnostic> {
    vec![
        Diagnostic::new(&PARTNER)
            .arg("found", "Atlantis")
            .located(Location::cell("Exports", 5, 3)),
        Diagnostic::new(&YEAR).at("/year"),
        Diagnostic::new(&ITEMS)
            .arg("found", "12.5")
            .located(Location::cell("Exports", 9, 4)),
        Diagnostic::new(&ITEMS)
            .arg("found", "3,5")
            .located(Location::cell("Exports", 11, 4)),
    ]
}

#[test]
fn groups_findings_by_severity_then_rule_keeping_the_order_of_places() {
    let file = result("report.xlsx", findings());
    let html = page(
        &[HtmlReport {
            file: &file,
            summary: None,
        }],
        Lang::En,
    );
    let errors = html.find("<h4 class=\"severity error\">Errors (3)</h4>");
    let warnings = html.find("<h4 class=\"severity warning\">Warnings (1)</h4>");
    assert!(errors.is_some() && warnings.is_some(), "{html}");
    assert!(errors < warnings, "errors come before warnings");
    let items_rule = html
        .find("id=\"report-1-error-ATT0231\"")
        .expect("items group");
    let year_rule = html
        .find("id=\"report-1-error-ATT0301\"")
        .expect("year group");
    assert!(items_rule < year_rule, "rules in the order of their codes");
    let first = html.find("Exports!E10").expect("first items place");
    let second = html.find("Exports!E12").expect("second items place");
    assert!(first < second && second < year_rule);
    assert!(html.contains("Number of items not a whole number"));
    assert!(html.contains("(2 findings)"));
    assert!(html.contains("in the document: /year"));
    assert!(html.contains("3 errors, 1 warning, 0 notes"));
}

#[test]
fn writes_what_the_report_holds_as_text_never_as_markup() {
    let file = result(
        "<img src=x>.xlsx",
        vec![
            Diagnostic::new(&PARTNER)
                .arg("found", "<script>alert(1)</script> & \"co\"")
                .located(Location::cell("Ex'ports", 0, 0)),
        ],
    );
    let html = page(
        &[HtmlReport {
            file: &file,
            summary: None,
        }],
        Lang::En,
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"));
    assert!(html.contains("&#39;Ex&#39;&#39;ports&#39;!A1"));
    assert!(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
}

#[test]
fn speaks_the_language_asked_for_with_its_numbers() {
    let mut diagnostics = Vec::new();
    for row in 0..1234 {
        diagnostics.push(
            Diagnostic::new(&ITEMS)
                .arg("found", "0,5")
                .located(Location::cell("Exportations", row, 4)),
        );
    }
    let file = result("rapport.xlsx", diagnostics);
    let html = page(
        &[HtmlReport {
            file: &file,
            summary: None,
        }],
        Lang::Fr,
    );
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("<h4 class=\"severity error\">Erreurs (1\u{202f}234)</h4>"));
    assert!(html.contains("Le nombre d’articles 0,5 n’est pas un nombre entier"));
    assert!(html.contains("Nombre d’articles non entier"));
    assert!(html.contains("Écrit par att 9.9.9"));
    assert!(!html.contains("Errors"));
    let spanish = page(
        &[HtmlReport {
            file: &file,
            summary: None,
        }],
        Lang::Es,
    );
    assert!(spanish.contains("Errores (1234)"));
    assert!(spanish.contains("1234 errores"));
}

#[test]
fn an_unreadable_file_says_why_and_has_no_findings() {
    let file = FileResult {
        path: "broken.xlsx".to_owned(),
        sha256: None,
        failure: Some("the workbook is damaged (bad zip)".to_owned()),
        diagnostics: Vec::new(),
    };
    let clean = result("clean.json", Vec::new());
    let html = page(
        &[
            HtmlReport {
                file: &file,
                summary: None,
            },
            HtmlReport {
                file: &clean,
                summary: None,
            },
        ],
        Lang::En,
    );
    assert!(
        html.contains("This file could not be read:</strong> the workbook is damaged (bad zip)")
    );
    assert!(html.contains("<span class=\"verdict unreadable\">Could not be read</span>"));
    assert!(!html.contains("id=\"report-1-findings\""));
    assert!(html.contains("No findings: the report passes every check."));
    // Several reports: an overview linking to each.
    assert!(html.contains("<a href=\"#report-1\">broken.xlsx</a>"));
    assert!(html.contains("<a href=\"#report-2\">clean.json</a>"));
    assert!(html.contains("2 reports"));
}

#[test]
fn summarises_the_report_by_category_partner_basis_and_currency() {
    let mut partners: Vec<_> = (0..25)
        .map(|index| {
            json!({ "category": "II", "partner": { "name": format!("Land {index:02}") },
                    "items": 1, "value": { "amount": 1000.25, "currency": "EUR" } })
        })
        .collect();
    partners.push(json!({ "category": "II", "partner": { "name": " " }, "items": 1 }));
    let report = Report::deserialize(json!({
        "schema_version": "1.0",
        "reporting_state": { "code": "SWE", "name": "Sverige" },
        "year": 2023,
        "submission": { "template": "att-2017" },
        "exports": { "status": "reported", "basis": "actual", "entries": partners },
        "imports": { "status": 2, "basis": "yearly", "entries": [] }
    }))
    .expect("a report");
    let summary = summarise(&report, Lang::En);
    let file = result("sweden.json", Vec::new());
    let html = page(
        &[HtmlReport {
            file: &file,
            summary: Some(&summary),
        }],
        Lang::En,
    );
    assert!(
        html.contains("<dt>Reporting State</dt><dd>Sweden (SWE)</dd>"),
        "{html}"
    );
    assert!(html.contains("<dt>Year</dt><dd>2023</dd>"));
    assert!(html.contains("<dt>Layout</dt><dd>ATT template (2017)</dd>"));
    assert!(html.contains(
        "<th scope=\"row\">Imports</th><td>“2” (as written)</td><td>“yearly” (as written)</td>"
    ));
    assert!(html.contains("<h4>Exports — 26 entries</h4>"));
    assert!(html.contains("<th scope=\"row\">II — "));
    // A partner without a name is "not stated", listed first of those with one entry.
    assert!(html.contains("<th scope=\"row\">not stated</th><td class=\"number\">1</td>"));
    assert!(html.contains("Land 18"));
    assert!(
        !html.contains("Land 19"),
        "only the first partners are listed"
    );
    assert!(html.contains("<th scope=\"row\">6 others</th><td class=\"number\">6</td>"));
    assert!(html.contains("<th scope=\"row\">actual</th><td class=\"number\">26</td>"));
    assert!(html.contains("(EUR)</th><td class=\"number\">25,006.25</td>"));
}

#[test]
fn groups_digits_and_writes_amounts_in_each_language() {
    assert_eq!(number_u64(1_234_567, Lang::En), "1,234,567");
    assert_eq!(number_u64(999, Lang::En), "999");
    assert_eq!(number_u64(12_345, Lang::Es), "12.345");
    assert_eq!(number_u64(1234, Lang::Es), "1234");
    assert_eq!(number_u64(1234, Lang::Fr), "1\u{202f}234");
    assert_eq!(amount(1234.5, Lang::Fr), "1\u{202f}234,50");
    assert_eq!(amount(-7.0, Lang::En), "-7");
    assert_eq!(amount(0.004, Lang::En), "0");
    assert_eq!(amount(1e100, Lang::En), "1e100");
}
