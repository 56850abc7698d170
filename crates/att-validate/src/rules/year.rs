//! The reporting year (codes `ATT0203`–`ATT0205`).

use super::{Check, Family};
use crate::context::ReportContext;
use att_schema::{Arg, Diagnostic, Rule, RuleGroup, Severity, Text, spec};

/// The report does not say which year it covers.
pub static YEAR_MISSING: Rule = Rule {
    code: "ATT0203",
    name: "year-missing",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report does not give the calendar year it covers.",
        fr: "Le rapport n’indique pas l’année civile qu’il couvre.",
        es: "El informe no indica el año civil que abarca.",
    },
    message: Text {
        en: "The reporting year is missing: give the calendar year the report covers (for example 2023){?misspelled: (“{misspelled}” looks like a misspelling of this field)}.",
        fr: "L’année du rapport n’est pas indiquée : donnez l’année civile couverte (par exemple 2023){?misspelled: (« {misspelled} » semble être une faute de frappe pour ce champ)}.",
        es: "Falta el año del informe: indique el año civil que abarca (por ejemplo, 2023){?misspelled: («{misspelled}» parece una errata de este campo)}.",
    },
    implements: &[&spec::B_YEAR],
    details: "Raised by the contract check when `year` is absent.",
    example: Some(|| Diagnostic::new(&YEAR_MISSING).at("/year")),
};

/// The reporting year is not a whole year from 2014 on.
pub static YEAR_INVALID: Rule = Rule {
    code: "ATT0204",
    name: "year-invalid",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The reporting year is not a calendar year from 2014 on, written as a whole number.",
        fr: "L’année du rapport n’est pas une année civile à partir de 2014, écrite comme un nombre entier.",
        es: "El año del informe no es un año civil a partir de 2014, escrito como número entero.",
    },
    message: Text {
        en: "The reporting year must be a calendar year written as a whole number, 2014 or later (the Treaty entered into force in December 2014); found {found}.",
        fr: "L’année du rapport doit être une année civile écrite comme un nombre entier, 2014 ou après (le Traité est entré en vigueur en décembre 2014) ; trouvé : {found}.",
        es: "El año del informe debe ser un año civil escrito como número entero, 2014 o posterior (el Tratado entró en vigor en diciembre de 2014); se encontró {found}.",
    },
    implements: &[&spec::B_YEAR],
    details: "Raised by the contract check when `year` is not a whole number (`\"2023\"`, `2023.5`, `\"FY 2023\"`) or is before 2014.",
    example: Some(|| {
        Diagnostic::new(&YEAR_INVALID)
            .arg("found", Arg::Quoted("FY 2023".into()))
            .at("/year")
    }),
};

/// The report was submitted before the end of the year it covers.
pub static YEAR_NOT_BEFORE_SUBMISSION: Rule = Rule {
    code: "ATT0205",
    name: "year-not-before-submission",
    severity: Severity::Error,
    group: RuleGroup::Report,
    summary: Text {
        en: "The reporting year is not before the year of the date of submission.",
        fr: "L’année du rapport n’est pas antérieure à l’année de la date de soumission.",
        es: "El año del informe no es anterior al año de la fecha de presentación.",
    },
    message: Text {
        en: "The report covers {year} but is dated {date}: a report covers the calendar year before its submission, so either the year or the date of submission is wrong.",
        fr: "Le rapport couvre l’année {year} mais est daté du {date} : un rapport couvre l’année civile qui précède sa soumission ; l’année ou la date de soumission est donc erronée.",
        es: "El informe abarca {year} pero está fechado el {date}: un informe abarca el año civil anterior a su presentación, así que el año o la fecha de presentación es erróneo.",
    },
    implements: &[&spec::B_YEAR],
    details: "The year and the date of submission are both valid and the date's year is not after the reporting year (a report for 2023 dated 2023-12-15, or dated 2022). Placed at the year. Not raised when either is missing or could not be read, which other rules report.",
    example: Some(|| {
        Diagnostic::new(&YEAR_NOT_BEFORE_SUBMISSION)
            .arg("year", "2024")
            .arg("date", "2024-05-28")
            .at("/year")
    }),
};

/// The year family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "year",
    rules: &[&YEAR_MISSING, &YEAR_INVALID, &YEAR_NOT_BEFORE_SUBMISSION],
    check: Check::Report(check),
};

/// Reports a reporting year that is not before the date of submission.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let (Some(year), Some(date)) = (cx.report.year(), cx.report.submission_date()) else {
        return;
    };
    if !cx.is_clear("/year") || !cx.is_clear("/submission/date") {
        return;
    }
    if i64::from(date.year()) <= year {
        out.push(
            Diagnostic::new(&YEAR_NOT_BEFORE_SUBMISSION)
                .arg("year", year.to_string())
                .arg("date", date.to_string())
                .at("/year"),
        );
    }
}
