//! The words the annotated copy adds, in English, French and Spanish.

use att_schema::{Lang, Severity, Text};

/// The findings sheet's name (made unique if the workbook already has a sheet of that name).
pub(crate) const SHEET_NAME: Text = Text {
    en: "Findings",
    fr: "Constats",
    es: "Observaciones",
};

/// The column headings of the findings sheet, in column order.
pub(crate) const HEADINGS: [Text; 6] = [
    Text {
        en: "Severity",
        fr: "Gravité",
        es: "Gravedad",
    },
    Text {
        en: "Code",
        fr: "Code",
        es: "Código",
    },
    Text {
        en: "Rule",
        fr: "Règle",
        es: "Regla",
    },
    Text {
        en: "Sheet",
        fr: "Feuille",
        es: "Hoja",
    },
    Text {
        en: "Cell",
        fr: "Cellule",
        es: "Celda",
    },
    Text {
        en: "Message",
        fr: "Message",
        es: "Mensaje",
    },
];

/// What the sheet column says for a finding that has no cell in the workbook.
pub(crate) const NO_PLACE: Text = Text {
    en: "(no cell)",
    fr: "(aucune cellule)",
    es: "(ninguna celda)",
};

/// A severity as a word, capitalised, in `lang` (the words `att` prints elsewhere).
pub(crate) fn severity_word(severity: Severity, lang: Lang) -> &'static str {
    let text = match severity {
        Severity::Error => Text {
            en: "Error",
            fr: "Erreur",
            es: "Error",
        },
        Severity::Warning => Text {
            en: "Warning",
            fr: "Avertissement",
            es: "Advertencia",
        },
        Severity::Info => Text {
            en: "Info",
            fr: "Info",
            es: "Info",
        },
    };
    text.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_given_in_every_language() {
        let mut texts = vec![SHEET_NAME, NO_PLACE];
        texts.extend(HEADINGS);
        for text in texts {
            for lang in Lang::ALL {
                assert!(!text.get(lang).is_empty(), "{text:?} in {lang}");
            }
        }
        for lang in Lang::ALL {
            let name = SHEET_NAME.get(lang);
            assert!(
                name.chars().count() <= 31,
                "a sheet name has at most 31 characters"
            );
            assert!(!name.contains(['[', ']', ':', '*', '?', '/', '\\']));
        }
        assert_eq!(severity_word(Severity::Warning, Lang::Es), "Advertencia");
    }
}
