//! Why a file could not be read as JSON, and how each reason is said in English, French and
//! Spanish.

use att_schema::say::{Say, line_column, quote};
use att_schema::{Lang, display_in_english, say};

/// Why a file could not be read as JSON.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// The bytes are not UTF-8 text.
    NotUtf8 {
        /// Line of the first invalid byte, from 1.
        line: u32,
        /// Column of the first invalid byte, from 1.
        column: u32,
    },
    /// The text is not valid JSON.
    Syntax(#[from] SyntaxError),
    /// The text is larger than the reader's document can hold (4 GiB).
    TooLarge {
        /// Size of the text in bytes.
        bytes: u64,
    },
}

/// Why a text is not JSON the reader can use, with the place of the problem.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxError {
    /// The text breaks the JSON grammar.
    Grammar {
        /// Line, from 1.
        line: u32,
        /// Column, from 1, in characters.
        column: u32,
        /// What is wrong.
        problem: GrammarProblem,
    },
    /// Arrays and objects are nested deeper than the limit.
    TooDeep {
        /// Line, from 1.
        line: u32,
        /// Column, from 1, in characters.
        column: u32,
        /// The depth limit.
        limit: usize,
    },
}

/// How a text breaks the JSON grammar (RFC 8259).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrammarProblem {
    /// Something other than what the grammar allows at this place.
    Expected {
        /// What the grammar allows.
        expected: Expected,
        /// What the text has instead.
        found: Found,
    },
    /// Text follows the end of the document.
    TrailingText,
    /// A number that is not written as JSON writes numbers (`01`, `1.`, `-`).
    InvalidNumber {
        /// The number as written, up to the problem.
        written: String,
    },
    /// A number too large for a 64-bit float.
    NumberTooLarge {
        /// The number as written.
        written: String,
    },
    /// A character that must be escaped inside a string (a control character).
    Unescaped {
        /// The character.
        found: Found,
    },
    /// The file ends inside a string.
    UnclosedString,
    /// A backslash followed by a character that starts no escape.
    InvalidEscape {
        /// What follows the backslash.
        found: Found,
    },
    /// A `\u` escape with fewer than four hexadecimal digits.
    ShortUnicodeEscape,
    /// A `\u` escape of a high surrogate not followed by a `\u` escape.
    MissingLowSurrogate,
    /// A high surrogate followed by a `\u` escape that is not a low surrogate.
    InvalidLowSurrogate,
    /// A `\u` escape of a low surrogate alone.
    LoneSurrogate,
}

/// What the JSON grammar allows at a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A value (object, array, string, number, `true`, `false`, `null`).
    Value,
    /// A field name in double quotes.
    FieldName,
    /// `:` after a field name.
    Colon,
    /// `,` or `}` after a field.
    CommaOrBrace,
    /// `,` or `]` after an array item.
    CommaOrBracket,
}

/// What the text has where the grammar allows something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The end of the file.
    End,
    /// A control character (U+0000–U+001F and the like).
    Control(char),
    /// Any other character.
    Char(char),
}

display_in_english!(ReadError, SyntaxError, GrammarProblem, Expected, Found);

impl Say for ReadError {
    fn say(&self, lang: Lang) -> String {
        match self {
            ReadError::NotUtf8 { line, column } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "not UTF-8 text: invalid byte at {at}",
                    "ce n’est pas du texte UTF-8\u{a0}: octet non valable à la {at}",
                    "no es texto UTF-8: byte no válido en la {at}",
                )
            }
            ReadError::TooLarge { bytes } => say!(
                lang,
                "a JSON text of {bytes} bytes is larger than the 4 GiB the reader reads",
                "un texte JSON de {bytes}\u{a0}octets dépasse les 4\u{a0}Gio que le lecteur lit",
                "un texto JSON de {bytes} bytes supera los 4 GiB que lee el lector",
            ),
            ReadError::Syntax(error @ SyntaxError::Grammar { .. }) => {
                let error = error.say(lang);
                say!(
                    lang,
                    "not valid JSON: {error}",
                    "ce n’est pas du JSON valable\u{a0}: {error}",
                    "no es JSON válido: {error}",
                )
            }
            ReadError::Syntax(error @ SyntaxError::TooDeep { .. }) => {
                let error = error.say(lang);
                say!(
                    lang,
                    "not valid JSON: {error}",
                    "JSON refusé\u{a0}: {error}",
                    "JSON rechazado: {error}",
                )
            }
        }
    }
}

impl Say for SyntaxError {
    fn say(&self, lang: Lang) -> String {
        match self {
            SyntaxError::Grammar {
                line,
                column,
                problem,
            } => {
                let at = line_column(*line, *column, lang);
                let problem = problem.say(lang);
                say!(
                    lang,
                    "{at}: {problem}",
                    "{at}\u{a0}: {problem}",
                    "{at}: {problem}",
                )
            }
            SyntaxError::TooDeep {
                line,
                column,
                limit,
            } => {
                let at = line_column(*line, *column, lang);
                say!(
                    lang,
                    "{at}: arrays and objects are nested more than {limit} deep; a report is never this deep",
                    "{at}\u{a0}: les tableaux et objets sont imbriqués sur plus de {limit}\u{a0}niveaux\u{a0}; un rapport n’est jamais aussi profond",
                    "{at}: las matrices y objetos están anidados en más de {limit} niveles; un informe nunca es tan profundo",
                )
            }
        }
    }
}

impl Say for GrammarProblem {
    fn say(&self, lang: Lang) -> String {
        use GrammarProblem as G;
        match self {
            G::Expected { expected, found } => {
                let (expected, found) = (expected.say(lang), found.say(lang));
                say!(
                    lang,
                    "expected {expected}, found {found}",
                    "on attendait {expected}, et non {found}",
                    "se esperaba {expected}, se encontró {found}",
                )
            }
            G::TrailingText => say!(
                lang,
                "unexpected text after the end of the JSON document",
                "du texte suit la fin du document JSON",
                "hay texto después del final del documento JSON",
            ),
            G::InvalidNumber { written } => match lang {
                Lang::En => format!("invalid number {written:?}"),
                Lang::Fr => format!("nombre non valable {}", quote(written, lang)),
                Lang::Es => format!("número no válido {}", quote(written, lang)),
            },
            G::NumberTooLarge { written } => say!(
                lang,
                "the number {written} is too large",
                "le nombre {written} est trop grand",
                "el número {written} es demasiado grande",
            ),
            G::Unescaped { found } => {
                let found = found.say(lang);
                say!(
                    lang,
                    "{found} inside a string must be escaped",
                    "{found} doit être échappé dans une chaîne",
                    "{found} debe escaparse dentro de una cadena",
                )
            }
            G::UnclosedString => say!(
                lang,
                "the file ends inside a string (a closing quote is missing)",
                "le fichier se termine au milieu d’une chaîne (il manque le guillemet fermant)",
                "el archivo termina dentro de una cadena (falta la comilla de cierre)",
            ),
            G::InvalidEscape { found } => {
                let found = found.say(lang);
                say!(
                    lang,
                    "invalid escape sequence: backslash followed by {found}",
                    "séquence d’échappement non valable\u{a0}: barre oblique inverse suivie de {found}",
                    "secuencia de escape no válida: barra invertida seguida de {found}",
                )
            }
            G::ShortUnicodeEscape => say!(
                lang,
                "a \\u escape needs four hexadecimal digits",
                "un échappement \\u demande quatre chiffres hexadécimaux",
                "un escape \\u necesita cuatro dígitos hexadecimales",
            ),
            G::MissingLowSurrogate => say!(
                lang,
                "a \\u escape of a high surrogate must be followed by its low surrogate",
                "un échappement \\u d’un demi-codet haut doit être suivi de son demi-codet bas",
                "un escape \\u de un sustituto alto debe ir seguido de su sustituto bajo",
            ),
            G::InvalidLowSurrogate => say!(
                lang,
                "invalid low surrogate in a \\u escape",
                "demi-codet bas non valable dans un échappement \\u",
                "sustituto bajo no válido en un escape \\u",
            ),
            G::LoneSurrogate => say!(
                lang,
                "a \\u escape names a lone surrogate, which is not a character",
                "un échappement \\u désigne un demi-codet isolé, qui n’est pas un caractère",
                "un escape \\u designa un sustituto aislado, que no es un carácter",
            ),
        }
    }
}

impl Say for Expected {
    fn say(&self, lang: Lang) -> String {
        match self {
            Expected::Value => say!(lang, "a value", "une valeur", "un valor"),
            Expected::FieldName => say!(
                lang,
                "a field name in double quotes",
                "un nom de champ entre guillemets droits doubles",
                "un nombre de campo entre comillas dobles",
            ),
            Expected::Colon => say!(
                lang,
                "':' after the field name",
                "un «\u{a0}:\u{a0}» après le nom du champ",
                "«:» después del nombre del campo",
            ),
            Expected::CommaOrBrace => say!(
                lang,
                "',' or '}}' after a field",
                "«\u{a0},\u{a0}» ou «\u{a0}}}\u{a0}» après un champ",
                "«,» o «}}» después de un campo",
            ),
            Expected::CommaOrBracket => say!(
                lang,
                "',' or ']' after an array item",
                "«\u{a0},\u{a0}» ou «\u{a0}]\u{a0}» après un élément de tableau",
                "«,» o «]» después de un elemento de matriz",
            ),
        }
    }
}

impl Say for Found {
    fn say(&self, lang: Lang) -> String {
        match self {
            Found::End => say!(
                lang,
                "the end of the file (the JSON is cut short)",
                "la fin du fichier (le JSON est tronqué)",
                "el final del archivo (el JSON está cortado)",
            ),
            Found::Control(c) => {
                let code = format!("U+{:04X}", u32::from(*c));
                say!(
                    lang,
                    "the control character {code}",
                    "le caractère de contrôle {code}",
                    "el carácter de control {code}",
                )
            }
            Found::Char(c) => match lang {
                Lang::En => format!("'{c}'"),
                Lang::Fr | Lang::Es => quote(&c.to_string(), lang),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use att_schema::say::untranslated;

    /// Every variant, with payloads that are no English words.
    fn samples() -> Vec<ReadError> {
        use GrammarProblem as G;
        let grammar = |problem| {
            ReadError::Syntax(SyntaxError::Grammar {
                line: 2,
                column: 3,
                problem,
            })
        };
        let mut all = vec![
            ReadError::NotUtf8 { line: 1, column: 2 },
            ReadError::TooLarge { bytes: 1 << 33 },
            ReadError::Syntax(SyntaxError::TooDeep {
                line: 1,
                column: 2,
                limit: 64,
            }),
        ];
        for expected in [
            Expected::Value,
            Expected::FieldName,
            Expected::Colon,
            Expected::CommaOrBrace,
            Expected::CommaOrBracket,
        ] {
            for found in [Found::End, Found::Control('\u{1}'), Found::Char('x')] {
                all.push(grammar(G::Expected { expected, found }));
            }
        }
        all.extend(
            [
                G::TrailingText,
                G::InvalidNumber {
                    written: "01".into(),
                },
                G::NumberTooLarge {
                    written: "1e999".into(),
                },
                G::Unescaped {
                    found: Found::Control('\n'),
                },
                G::UnclosedString,
                G::InvalidEscape {
                    found: Found::Char('q'),
                },
                G::ShortUnicodeEscape,
                G::MissingLowSurrogate,
                G::InvalidLowSurrogate,
                G::LoneSurrogate,
            ]
            .into_iter()
            .map(grammar),
        );
        all
    }

    #[test]
    fn every_error_is_said_in_french_and_spanish() {
        let problems: Vec<String> = samples()
            .iter()
            .flat_map(|error| untranslated(error, &[]))
            .collect();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_english_message_is_the_display() {
        for error in samples() {
            assert_eq!(error.to_string(), error.say(Lang::En));
        }
    }
}
