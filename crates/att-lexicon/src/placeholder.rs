//! Placeholders written where a number or a name belongs: "-", "N/A", "nil", "classified", "?".
//!
//! Withheld figures are read in more detail, with their kind, by [`crate::withheld`].

use crate::withheld::withheld_folded;
use att_schema::text::fold;

/// What a placeholder says instead of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// A dash or a run of dashes: "-", "–", "—", "--".
    Dash,
    /// Not applicable: "N/A", "NA", "n.a.", "s.o." (sans objet), "s/o", "no aplica".
    NotApplicable,
    /// Nothing: "nil", "néant", "nada", "none", "aucun", "ninguno".
    Nil,
    /// Withheld: "classified", "confidential", "confidentiel", "confidencial", "withheld",
    /// "not disclosed", "non communiqué", "no divulgado", "n.d." — every text that
    /// [`read_withheld`](crate::withheld::read_withheld) reads but "C", which it reads only as a
    /// figure. Read figures with `read_withheld` to know how they were withheld.
    Classified,
    /// Not known or not available: "unknown", "inconnu", "desconocido", "?", "N/D", "n/a" is
    /// not applicable. "n.d." (without a slash) is withheld, not unknown: the UN Register and
    /// statistics write it for "not disclosed".
    Unknown,
}

/// Reads a placeholder. "0" is not one: it is the number zero. An empty text is not one either:
/// it is an empty cell.
///
/// ```
/// use att_lexicon::placeholder::{read_placeholder, Placeholder};
/// assert_eq!(read_placeholder("N/A"), Some(Placeholder::NotApplicable));
/// assert_eq!(read_placeholder("confidentiel"), Some(Placeholder::Classified));
/// assert_eq!(read_placeholder("0"), None);
/// ```
pub fn read_placeholder(text: &str) -> Option<Placeholder> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.chars().count() <= 10 && trimmed.chars().all(is_dash) {
        return Some(Placeholder::Dash);
    }
    if trimmed.chars().all(|c| c == '?') {
        return Some(Placeholder::Unknown);
    }
    let folded = fold(trimmed);
    let is_withheld = || withheld_folded(trimmed, &folded).is_some_and(|_| trimmed != "C");
    let placeholder = match folded.as_str() {
        "n a" | "na" | "not applicable" | "non applicable" | "sans objet" | "s o" | "no aplica"
        | "no aplicable" | "no procede" | "n p" => Placeholder::NotApplicable,
        "nil" | "neant" | "nada" | "none" | "aucun" | "aucune" | "ninguno" | "ninguna"
        | "nothing" | "rien" => Placeholder::Nil,
        "unknown" | "not known" | "inconnu" | "inconnue" | "desconocido" | "desconocida"
        | "n d" | "n k" | "not available" | "non disponible" | "no disponible"
            if !is_withheld() =>
        {
            Placeholder::Unknown
        }
        _ if is_withheld() => Placeholder::Classified,
        _ => return None,
    };
    Some(placeholder)
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_placeholder() {
        use Placeholder::*;
        for (text, expected) in [
            ("-", Dash),
            ("–", Dash),
            ("—", Dash),
            ("--", Dash),
            ("----", Dash),
            (" - ", Dash),
            ("N/A", NotApplicable),
            ("n/a", NotApplicable),
            ("NA", NotApplicable),
            ("n.a.", NotApplicable),
            ("s.o.", NotApplicable),
            ("s/o", NotApplicable),
            ("Sans objet", NotApplicable),
            ("No aplica", NotApplicable),
            ("nil", Nil),
            ("Nil", Nil),
            ("néant", Nil),
            ("Néant", Nil),
            ("nada", Nil),
            ("none", Nil),
            ("aucun", Nil),
            ("ninguno", Nil),
            ("classified", Classified),
            ("Confidential", Classified),
            ("confidentiel", Classified),
            ("confidencial", Classified),
            ("withheld", Classified),
            ("not disclosed", Classified),
            ("non communiqué", Classified),
            ("no divulgado", Classified),
            ("unknown", Unknown),
            ("inconnu", Unknown),
            ("desconocido", Unknown),
            ("?", Unknown),
            ("??", Unknown),
            ("n.d.", Classified),
            ("N/D", Unknown),
            ("n/d", Unknown),
            ("secret défense", Classified),
            ("Datos confidenciales", Classified),
        ] {
            assert_eq!(read_placeholder(text), Some(expected), "{text:?}");
        }
    }

    #[test]
    fn zero_and_values_are_not_placeholders() {
        for text in [
            "0",
            "",
            " ",
            "-3",
            "1,200",
            "-–-x",
            "nil report",
            "Germany",
            "none of them",
            "C",
        ] {
            assert_eq!(read_placeholder(text), None, "{text:?}");
        }
    }
}
