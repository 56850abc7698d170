//! The HTML report's own words in English, French and Spanish (the findings' messages and the
//! names of States, categories and currencies come in the same language from elsewhere). They
//! follow the offline page's wording (`web/src/i18n.js`).

use att_schema::{Lang, Severity};

/// A word with its singular and plural forms, `{n}` standing for the number.
pub(super) struct Counted {
    one: &'static str,
    other: &'static str,
}

impl Counted {
    /// The form for `count`, with the number written as `written`.
    pub(super) fn of(&self, count: usize, written: &str) -> String {
        let form = if count == 1 { self.one } else { self.other };
        form.replace("{n}", written)
    }
}

/// Every text of the report in one language.
pub(super) struct Words {
    pub title: &'static str,
    pub written_by: &'static str,
    pub overview: &'static str,
    pub file: &'static str,
    pub result: &'static str,
    pub valid: &'static str,
    pub invalid: &'static str,
    pub unreadable: &'static str,
    pub failure: &'static str,
    pub summary: &'static str,
    pub reporting_state: &'static str,
    pub year: &'static str,
    pub language: &'static str,
    pub layout: &'static str,
    pub layout_template: &'static str,
    pub layout_national: &'static str,
    pub not_stated: &'static str,
    pub exports: &'static str,
    pub imports: &'static str,
    pub direction: &'static str,
    pub status: &'static str,
    pub basis: &'static str,
    pub status_reported: &'static str,
    pub status_nil: &'static str,
    pub status_not_reported: &'static str,
    pub basis_authorized: &'static str,
    pub basis_actual: &'static str,
    pub basis_both: &'static str,
    pub as_written: &'static str,
    pub entries_column: &'static str,
    pub items_column: &'static str,
    pub by_category: &'static str,
    pub by_partner: &'static str,
    pub by_basis: &'static str,
    pub totals: &'static str,
    pub category: &'static str,
    pub partner: &'static str,
    pub currency: &'static str,
    pub amount: &'static str,
    pub unstated: &'static str,
    pub no_currency: &'static str,
    pub others: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub place: &'static str,
    pub message: &'static str,
    pub no_place: &'static str,
    pub in_document: &'static str,
    pub entries: Counted,
    pub findings_count: Counted,
    pub errors: Counted,
    pub warnings: Counted,
    pub notes: Counted,
    pub reports: Counted,
    severity_heading: [&'static str; 3],
    severity_one: [&'static str; 3],
}

impl Words {
    /// The heading of the findings of `severity` ("Errors").
    pub(super) fn severity_heading(&self, severity: Severity) -> &'static str {
        self.severity_heading[severity_index(severity)]
    }

    /// The name of one finding of `severity` ("error").
    pub(super) fn severity_one(&self, severity: Severity) -> &'static str {
        self.severity_one[severity_index(severity)]
    }

    /// "2 errors, 1 warning, 0 notes".
    pub(super) fn counts(
        &self,
        counts: att_schema::Counts,
        number: impl Fn(usize) -> String,
    ) -> String {
        format!(
            "{}, {}, {}",
            self.errors.of(counts.error, &number(counts.error)),
            self.warnings.of(counts.warning, &number(counts.warning)),
            self.notes.of(counts.info, &number(counts.info)),
        )
    }
}

fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The words of `lang`.
pub(super) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
        Lang::Es => &ES,
    }
}

static EN: Words = Words {
    title: "ATT annual report check",
    written_by: "Written by att {version}. This page is static: it runs no script and makes no request.",
    overview: "Reports checked",
    file: "File",
    result: "Result",
    valid: "No errors",
    invalid: "Has errors",
    unreadable: "Could not be read",
    failure: "This file could not be read:",
    summary: "Summary",
    reporting_state: "Reporting State",
    year: "Year",
    language: "Language of the report",
    layout: "Layout",
    layout_template: "ATT template (2017)",
    layout_national: "National layout",
    not_stated: "not stated",
    exports: "Exports",
    imports: "Imports",
    direction: "Direction",
    status: "Status",
    basis: "Basis",
    status_reported: "reported",
    status_nil: "nil report",
    status_not_reported: "not reported",
    basis_authorized: "authorized",
    basis_actual: "actual",
    basis_both: "authorized and actual",
    as_written: "“{text}” (as written)",
    entries_column: "Entries",
    items_column: "Items",
    by_category: "Entries by category",
    by_partner: "Entries by partner",
    by_basis: "Entries by basis",
    totals: "Declared value by currency",
    category: "Category",
    partner: "Partner",
    currency: "Currency",
    amount: "Amount",
    unstated: "not stated",
    no_currency: "no currency",
    others: "{n} others",
    findings: "Findings",
    no_findings: "No findings: the report passes every check.",
    place: "Place",
    message: "Message",
    no_place: "whole report",
    in_document: "in the document: {pointer}",
    entries: Counted {
        one: "{n} entry",
        other: "{n} entries",
    },
    findings_count: Counted {
        one: "{n} finding",
        other: "{n} findings",
    },
    errors: Counted {
        one: "{n} error",
        other: "{n} errors",
    },
    warnings: Counted {
        one: "{n} warning",
        other: "{n} warnings",
    },
    notes: Counted {
        one: "{n} note",
        other: "{n} notes",
    },
    reports: Counted {
        one: "{n} report",
        other: "{n} reports",
    },
    severity_heading: ["Errors", "Warnings", "Notes"],
    severity_one: ["error", "warning", "note"],
};

static FR: Words = Words {
    title: "Vérification des rapports annuels TCA",
    written_by: "Écrit par att {version}. Cette page est statique : elle n’exécute aucun script et ne fait aucune requête.",
    overview: "Rapports vérifiés",
    file: "Fichier",
    result: "Résultat",
    valid: "Aucune erreur",
    invalid: "Comporte des erreurs",
    unreadable: "Illisible",
    failure: "Ce fichier n’a pas pu être lu :",
    summary: "Résumé",
    reporting_state: "État déclarant",
    year: "Année",
    language: "Langue du rapport",
    layout: "Présentation",
    layout_template: "Modèle du TCA (2017)",
    layout_national: "Présentation nationale",
    not_stated: "non indiqué",
    exports: "Exportations",
    imports: "Importations",
    direction: "Sens",
    status: "État",
    basis: "Base",
    status_reported: "déclarées",
    status_nil: "rapport « néant »",
    status_not_reported: "non déclarées",
    basis_authorized: "autorisées",
    basis_actual: "effectives",
    basis_both: "autorisées et effectives",
    as_written: "« {text} » (tel qu’écrit)",
    entries_column: "Lignes",
    items_column: "Articles",
    by_category: "Lignes par catégorie",
    by_partner: "Lignes par partenaire",
    by_basis: "Lignes par base",
    totals: "Valeur déclarée par monnaie",
    category: "Catégorie",
    partner: "Partenaire",
    currency: "Monnaie",
    amount: "Montant",
    unstated: "non indiquée",
    no_currency: "sans monnaie",
    others: "{n} autres",
    findings: "Constats",
    no_findings: "Aucun constat : le rapport passe toutes les vérifications.",
    place: "Emplacement",
    message: "Message",
    no_place: "rapport entier",
    in_document: "dans le document : {pointer}",
    entries: Counted {
        one: "{n} ligne",
        other: "{n} lignes",
    },
    findings_count: Counted {
        one: "{n} constat",
        other: "{n} constats",
    },
    errors: Counted {
        one: "{n} erreur",
        other: "{n} erreurs",
    },
    warnings: Counted {
        one: "{n} avertissement",
        other: "{n} avertissements",
    },
    notes: Counted {
        one: "{n} remarque",
        other: "{n} remarques",
    },
    reports: Counted {
        one: "{n} rapport",
        other: "{n} rapports",
    },
    severity_heading: ["Erreurs", "Avertissements", "Remarques"],
    severity_one: ["erreur", "avertissement", "remarque"],
};

static ES: Words = Words {
    title: "Verificación de informes anuales del TCA",
    written_by: "Escrito por att {version}. Esta página es estática: no ejecuta ningún script ni hace ninguna solicitud.",
    overview: "Informes verificados",
    file: "Archivo",
    result: "Resultado",
    valid: "Sin errores",
    invalid: "Tiene errores",
    unreadable: "No se pudo leer",
    failure: "No se pudo leer este archivo:",
    summary: "Resumen",
    reporting_state: "Estado informante",
    year: "Año",
    language: "Idioma del informe",
    layout: "Formato",
    layout_template: "Plantilla del TCA (2017)",
    layout_national: "Formato nacional",
    not_stated: "no indicado",
    exports: "Exportaciones",
    imports: "Importaciones",
    direction: "Sentido",
    status: "Estado",
    basis: "Base",
    status_reported: "informadas",
    status_nil: "informe nulo",
    status_not_reported: "no informadas",
    basis_authorized: "autorizadas",
    basis_actual: "efectivas",
    basis_both: "autorizadas y efectivas",
    as_written: "«{text}» (tal como está escrito)",
    entries_column: "Filas",
    items_column: "Artículos",
    by_category: "Filas por categoría",
    by_partner: "Filas por socio",
    by_basis: "Filas por base",
    totals: "Valor declarado por moneda",
    category: "Categoría",
    partner: "Socio",
    currency: "Moneda",
    amount: "Importe",
    unstated: "no indicada",
    no_currency: "sin moneda",
    others: "{n} más",
    findings: "Observaciones",
    no_findings: "Ninguna observación: el informe pasa todas las verificaciones.",
    place: "Lugar",
    message: "Mensaje",
    no_place: "informe completo",
    in_document: "en el documento: {pointer}",
    entries: Counted {
        one: "{n} fila",
        other: "{n} filas",
    },
    findings_count: Counted {
        one: "{n} observación",
        other: "{n} observaciones",
    },
    errors: Counted {
        one: "{n} error",
        other: "{n} errores",
    },
    warnings: Counted {
        one: "{n} advertencia",
        other: "{n} advertencias",
    },
    notes: Counted {
        one: "{n} nota",
        other: "{n} notas",
    },
    reports: Counted {
        one: "{n} informe",
        other: "{n} informes",
    },
    severity_heading: ["Errores", "Advertencias", "Notas"],
    severity_one: ["error", "advertencia", "nota"],
};
