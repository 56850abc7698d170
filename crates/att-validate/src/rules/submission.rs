//! How the report was submitted: public or not, and when (codes `ATT0261`–`ATT0263`).

use super::{Check, Family};
use crate::context::ReportContext;
use att_schema::{Date, Diagnostic, Rule, RuleGroup, Severity, Text, spec};

/// The report does not say whether it may be made public.
pub static PUBLIC_NOT_STATED: Rule = Rule {
    code: "ATT0261",
    name: "public-not-stated",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report does not say whether it may be made public.",
        fr: "Le rapport n’indique pas s’il peut être rendu public.",
        es: "El informe no indica si puede hacerse público.",
    },
    message: Text {
        en: "The report does not say whether it may be made public on the Treaty’s website; say yes or no, so that the Secretariat does not have to ask.",
        fr: "Le rapport n’indique pas s’il peut être rendu public sur le site web du Traité ; répondez oui ou non, afin que le Secrétariat n’ait pas à le demander.",
        es: "El informe no indica si puede hacerse público en el sitio web del Tratado; responda sí o no, para que la Secretaría no tenga que preguntarlo.",
    },
    implements: &[&spec::B_PUBLIC],
    details: "`submission.public` is absent (or the report has no `submission` at all). A value that could not be read as yes or no is reported by the contract check instead.",
    example: Some(|| Diagnostic::new(&PUBLIC_NOT_STATED).at("/submission/public")),
};

/// The report was submitted after 31 May of the following year.
pub static SUBMISSION_LATE: Rule = Rule {
    code: "ATT0262",
    name: "submission-late",
    severity: Severity::Info,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report was submitted after 31 May of the year after the one it covers, within the grace week.",
        fr: "Le rapport a été soumis après le 31 mai de l’année suivant celle qu’il couvre, dans la semaine de grâce.",
        es: "El informe se presentó después del 31 de mayo del año siguiente al que abarca, dentro de la semana de gracia.",
    },
    message: Text {
        en: "The report is dated {date}, after the deadline of 31 May {deadline_year} (Article 13(3)); the Secretariat accepts reports until 7 June.",
        fr: "Le rapport est daté du {date}, après l’échéance du 31 mai {deadline_year} (article 13, paragraphe 3) ; le Secrétariat accepte les rapports jusqu’au 7 juin.",
        es: "El informe está fechado el {date}, después del plazo del 31 de mayo de {deadline_year} (artículo 13, párrafo 3); la Secretaría acepta informes hasta el 7 de junio.",
    },
    implements: &[&spec::B_LATE],
    details: "The date of submission is from 1 to 7 June of the year after the reporting year. Not raised when the year or the date could not be read, or when the date is not after the year (ATT0205).",
    example: Some(|| {
        Diagnostic::new(&SUBMISSION_LATE)
            .arg("date", "2024-06-03")
            .arg("deadline_year", "2024")
            .at("/submission/date")
    }),
};

/// The report was submitted after 7 June of the following year.
pub static SUBMISSION_AFTER_GRACE: Rule = Rule {
    code: "ATT0263",
    name: "submission-after-grace",
    severity: Severity::Warning,
    group: RuleGroup::Report,
    summary: Text {
        en: "The report was submitted after 7 June of the year after the one it covers, past the grace week.",
        fr: "Le rapport a été soumis après le 7 juin de l’année suivant celle qu’il couvre, au-delà de la semaine de grâce.",
        es: "El informe se presentó después del 7 de junio del año siguiente al que abarca, pasada la semana de gracia.",
    },
    message: Text {
        en: "The report is dated {date}, after the deadline of 31 May {deadline_year} (Article 13(3)) and after the grace week that ends on 7 June; check the date, or expect the report to be listed as late.",
        fr: "Le rapport est daté du {date}, après l’échéance du 31 mai {deadline_year} (article 13, paragraphe 3) et après la semaine de grâce qui se termine le 7 juin ; vérifiez la date, ou attendez-vous à ce que le rapport soit considéré comme tardif.",
        es: "El informe está fechado el {date}, después del plazo del 31 de mayo de {deadline_year} (artículo 13, párrafo 3) y de la semana de gracia que termina el 7 de junio; compruebe la fecha o cuente con que el informe figure como tardío.",
    },
    implements: &[&spec::B_LATE],
    details: "The date of submission is after 7 June of the year after the reporting year (reports submitted in a later year included). Replaces ATT0262, which is not raised as well.",
    example: Some(|| {
        Diagnostic::new(&SUBMISSION_AFTER_GRACE)
            .arg("date", "2024-09-15")
            .arg("deadline_year", "2024")
            .at("/submission/date")
    }),
};

/// The submission family: its rules, and the check that raises them.
pub static FAMILY: Family = Family {
    name: "submission",
    rules: &[
        &PUBLIC_NOT_STATED,
        &SUBMISSION_LATE,
        &SUBMISSION_AFTER_GRACE,
    ],
    check: Check::Report(check),
};

/// Reports a missing public/private choice and late submissions.
pub fn check(cx: &ReportContext<'_>, out: &mut Vec<Diagnostic>) {
    let public = cx
        .report
        .submission
        .as_ref()
        .and_then(|submission| submission.public.as_ref());
    if public.is_none() && cx.is_clear("/submission/public") {
        out.push(Diagnostic::new(&PUBLIC_NOT_STATED).at("/submission/public"));
    }
    let (Some(year), Some(date)) = (cx.report.year(), cx.report.submission_date()) else {
        return;
    };
    if !cx.is_clear("/year") || !cx.is_clear("/submission/date") {
        return;
    }
    let Ok(deadline_year) = i32::try_from(year + 1) else {
        return;
    };
    let (Some(deadline), Some(grace)) = (
        Date::new(deadline_year, 5, 31),
        Date::new(deadline_year, 6, 7),
    ) else {
        return;
    };
    let rule = if date > grace {
        &SUBMISSION_AFTER_GRACE
    } else if date > deadline {
        &SUBMISSION_LATE
    } else {
        return;
    };
    out.push(
        Diagnostic::new(rule)
            .arg("date", date.to_string())
            .arg("deadline_year", deadline_year.to_string())
            .at("/submission/date"),
    );
}
