//! Tick boxes: "X", "✓", "☒", "Yes", "Oui", "Sí" are ticked; empty, "No", "☐" are not.

use att_schema::text::fold;

/// Marks that tick a box, as written (compared after trimming).
const TICKED_MARKS: &[&str] = &[
    "✓", "✔", "☑", "☒", "■", "●", "•", "√", "✕", "✖", "☓", "⨯", "⊠", "[x]", "[X]", "(x)", "(X)",
    // Wingdings check box and ballot box, as they arrive without their font.
    "þ", "ý",
];

/// Marks of an empty box, as written.
const EMPTY_MARKS: &[&str] = &["☐", "□", "▢", "◻", "[ ]", "( )", "[]", "()", "¨"];

/// Dashes that leave a box unticked.
const DASHES: &[&str] = &["-", "–", "—"];

/// Reads a tick-box cell: `Some(true)` when ticked, `Some(false)` when empty or answered no,
/// `None` when the text is neither (the reader then keeps the text and reports it).
///
/// "O" is not read: it could be "oui", an empty circle or a zero. A ballot "✗"/"✘" is not read
/// either: some mean "ticked", some "no".
///
/// ```
/// use att_lexicon::tick::read_tick;
/// assert_eq!(read_tick("☒"), Some(true));
/// assert_eq!(read_tick("Sí"), Some(true));
/// assert_eq!(read_tick(""), Some(false));
/// assert_eq!(read_tick("Non"), Some(false));
/// assert_eq!(read_tick("maybe"), None);
/// ```
pub fn read_tick(text: &str) -> Option<bool> {
    let trimmed = text.trim();
    if trimmed.is_empty() || EMPTY_MARKS.contains(&trimmed) || DASHES.contains(&trimmed) {
        return Some(false);
    }
    if TICKED_MARKS.contains(&trimmed) {
        return Some(true);
    }
    match fold(trimmed).as_str() {
        "x" | "yes" | "y" | "oui" | "si" | "true" | "vrai" | "verdadero" | "1" | "ticked"
        | "checked" | "coche" | "cochee" | "marcado" | "marcada" => Some(true),
        "no" | "n" | "non" | "false" | "faux" | "falso" | "0" | "not ticked" | "unchecked" => {
            Some(false)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticked() {
        for text in [
            "X", "x", " X ", "✓", "✔", "☒", "☑", "■", "Yes", "YES", "yes.", "Y", "Oui", "Sí", "Si",
            "SÍ", "True", "TRUE", "1", "[x]", "√", "þ",
        ] {
            assert_eq!(read_tick(text), Some(true), "{text:?}");
        }
    }

    #[test]
    fn not_ticked() {
        for text in [
            "", "  ", "No", "NO", "N", "Non", "☐", "□", "False", "FALSE", "0", "-", "–", "[ ]",
        ] {
            assert_eq!(read_tick(text), Some(false), "{text:?}");
        }
    }

    #[test]
    fn anything_else_is_reported() {
        for text in [
            "O",
            "o",
            "✗",
            "maybe",
            "Yes and no",
            "2",
            "See note",
            "Oui/Non",
        ] {
            assert_eq!(read_tick(text), None, "{text:?}");
        }
    }
}
