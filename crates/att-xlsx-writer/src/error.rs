//! Why a report could not be written as a workbook, and how each reason is said in English,
//! French and Spanish (the English is the error's `Display`).

use att_schema::say::Say;
use att_schema::{DirectionKind, Lang, display_in_english, say};

/// Why a report could not be written as a workbook. Nothing is written when this happens.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A value is too long for a cell or, where it must be written as a formula to read back
    /// exactly, for a formula.
    TooLong {
        /// JSON pointer of the value.
        pointer: String,
        /// Length of the formula it would take.
        length: usize,
    },
    /// A table has more rows than a worksheet.
    TooManyRows {
        /// The table.
        table: Table,
        /// How many rows it needs.
        rows: usize,
        /// How many a worksheet holds below the table's header.
        max: usize,
    },
    /// A value could not be turned into JSON.
    Value {
        /// JSON pointer of the value.
        pointer: String,
        /// serde_json's error.
        #[source]
        source: serde_json::Error,
    },
    /// The workbook library refused something.
    Workbook(#[from] rust_xlsxwriter::XlsxError),
}

/// A table of the workbook, one per sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// The entries of exports or of imports.
    Entries(DirectionKind),
    /// The national definitions of categories.
    NationalDefinitions,
}

display_in_english!(WriteError, Table);

impl Say for WriteError {
    fn say(&self, lang: Lang) -> String {
        match self {
            WriteError::TooLong { pointer, length } => {
                let max = att_workbook::literal::MAX_FORMULA_CHARS;
                say!(
                    lang,
                    "the value at {pointer} cannot be written in a cell exactly: it would take a formula of {length} characters, and a formula holds at most {max}",
                    "la valeur en {pointer} ne peut pas être écrite exactement dans une cellule\u{a0}: il faudrait une formule de {length}\u{a0}caractères, et une formule en contient au plus {max}",
                    "el valor en {pointer} no se puede escribir exactamente en una celda: haría falta una fórmula de {length} caracteres, y una fórmula admite como máximo {max}",
                )
            }
            WriteError::TooManyRows { table, rows, max } => {
                let table = table.say(lang);
                say!(
                    lang,
                    "the {table} table has {rows} entries; a worksheet holds at most {max} rows",
                    "le tableau des {table} a {rows}\u{a0}lignes\u{a0}; une feuille en contient au plus {max}",
                    "la tabla de {table} tiene {rows} filas; una hoja admite como máximo {max}",
                )
            }
            WriteError::Value { pointer, source } => say!(
                lang,
                "the value at {pointer} cannot be written: {source}",
                "la valeur en {pointer} ne peut pas être écrite\u{a0}: {source}",
                "el valor en {pointer} no se puede escribir: {source}",
            ),
            WriteError::Workbook(error) => say!(
                lang,
                "the workbook cannot be written: {error}",
                "le classeur ne peut pas être écrit\u{a0}: {error}",
                "el libro de cálculo no se puede escribir: {error}",
            ),
        }
    }
}

impl Say for Table {
    fn say(&self, lang: Lang) -> String {
        match (self, lang) {
            (Table::Entries(DirectionKind::Exports), Lang::En) => "exports",
            (Table::Entries(DirectionKind::Exports), Lang::Fr) => "exportations",
            (Table::Entries(DirectionKind::Exports), Lang::Es) => "exportaciones",
            (Table::Entries(DirectionKind::Imports), Lang::En) => "imports",
            (Table::Entries(DirectionKind::Imports), Lang::Fr) => "importations",
            (Table::Entries(DirectionKind::Imports), Lang::Es) => "importaciones",
            (Table::NationalDefinitions, Lang::En) => "national definitions",
            (Table::NationalDefinitions, Lang::Fr) => "définitions nationales",
            (Table::NationalDefinitions, Lang::Es) => "definiciones nacionales",
        }
        .to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::untranslated;

    /// Every error, each with the words of the library it quotes.
    fn samples() -> Vec<(WriteError, String)> {
        let json_error = serde_json::from_str::<u8>("x").expect_err("not JSON");
        let json_words = json_error.to_string();
        let xlsx_error = rust_xlsxwriter::XlsxError::SheetnameCannotBeBlank("x".into());
        let xlsx_words = xlsx_error.to_string();
        let mut all = vec![
            (
                WriteError::TooLong {
                    pointer: "/x".into(),
                    length: 9000,
                },
                String::new(),
            ),
            (
                WriteError::Value {
                    pointer: "/x".into(),
                    source: json_error,
                },
                json_words,
            ),
            (WriteError::Workbook(xlsx_error), xlsx_words),
        ];
        for table in [
            Table::Entries(DirectionKind::Exports),
            Table::Entries(DirectionKind::Imports),
            Table::NationalDefinitions,
        ] {
            let error = WriteError::TooManyRows {
                table,
                rows: 9,
                max: 1,
            };
            all.push((error, String::new()));
        }
        all
    }

    #[test]
    fn every_error_is_said_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|(error, quoted)| untranslated(error, &[quoted.as_str()]))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_english_message_is_the_display() {
        for (error, _) in samples() {
            assert_eq!(error.to_string(), error.say(Lang::En));
        }
    }
}
