//! Tick boxes: "X", "✓", "☒", "Yes", "Oui", "Sí" are ticked; empty, "No", "☐" are not; and
//! yes/no pairs with one side marked: "yes ☒ / no ☐", "Oui \[X\]  Non \[ \]".

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

/// Longest tick-box text read leniently ("Sí (véase la nota 3)").
const MAX_LENIENT_TICK_BYTES: usize = 40;

/// A tick box as read, with whether the reading went beyond what the cell says plainly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TickReading {
    /// Whether the box is ticked.
    pub ticked: bool,
    /// Whether the text was read leniently: an abbreviation ("Y", "N"), or an answer with more
    /// around it (punctuation, a footnote, a bracketed remark: "yes.", "oui (1)", "Yes*"). A
    /// reader says so at the cell.
    pub lenient: bool,
}

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
    read_tick_detailed(text).map(|reading| reading.ticked)
}

/// [`read_tick`], saying whether the reading was lenient ("Y", "N", "yes.", "oui (1)").
///
/// ```
/// use att_lexicon::tick::{read_tick_detailed, TickReading};
/// assert_eq!(read_tick_detailed("X"), Some(TickReading { ticked: true, lenient: false }));
/// assert_eq!(read_tick_detailed("Y"), Some(TickReading { ticked: true, lenient: true }));
/// assert_eq!(read_tick_detailed("oui (1)"), Some(TickReading { ticked: true, lenient: true }));
/// assert_eq!(read_tick_detailed("N"), Some(TickReading { ticked: false, lenient: true }));
/// ```
pub fn read_tick_detailed(text: &str) -> Option<TickReading> {
    let trimmed = text.trim();
    let plain = |ticked| {
        Some(TickReading {
            ticked,
            lenient: false,
        })
    };
    if trimmed.is_empty() || EMPTY_MARKS.contains(&trimmed) || DASHES.contains(&trimmed) {
        return plain(false);
    }
    if TICKED_MARKS.contains(&trimmed) {
        return plain(true);
    }
    if !trimmed.starts_with(char::is_alphanumeric) {
        return None;
    }
    let folded = fold(trimmed);
    if let Some(ticked) = word_tick(&folded) {
        // A case or accent difference is plain ("YES", "Si"); anything folding removed (a full
        // stop, an asterisk) was read past.
        let exact = trimmed.chars().all(char::is_alphanumeric) || folded == "not ticked";
        return Some(TickReading {
            ticked,
            lenient: !exact,
        });
    }
    if folded.len() > MAX_LENIENT_TICK_BYTES {
        return None;
    }
    // Abbreviations of the answers, read leniently: "Y" and "S" (sí) tick, "N" does not.
    let abbreviated = match folded.as_str() {
        "y" | "s" => Some(true),
        "n" => Some(false),
        _ => None,
    };
    if let Some(ticked) = abbreviated {
        return Some(TickReading {
            ticked,
            lenient: true,
        });
    }
    // "oui (1)", "Yes (see note)", "No – nil": an answer followed by a remark in brackets or
    // after a dash.
    word_tick(folded.split(' ').next()?)?;
    let head = trimmed[..trimmed.find(['(', '[', '–', '—', ';'])?].trim();
    word_tick(&fold(head)).map(|ticked| TickReading {
        ticked,
        lenient: true,
    })
}

fn word_tick(folded: &str) -> Option<bool> {
    match folded {
        "x" | "yes" | "oui" | "si" | "true" | "vrai" | "verdadero" | "1" | "ticked" | "checked"
        | "coche" | "cochee" | "marcado" | "marcada" => Some(true),
        "no" | "non" | "false" | "faux" | "falso" | "0" | "not ticked" | "unchecked" => Some(false),
        _ => None,
    }
}

/// The answer a yes/no pair gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum YesNoAnswer {
    /// The "yes" side is marked: "yes ☒ / no ☐".
    Yes,
    /// The "no" side is marked: "Oui \[ \]  Non \[X\]".
    No,
    /// Neither side is marked: "yes / no", "Sí ☐ No ☐" (not answered).
    Unanswered,
    /// Both sides are marked: a contradiction the reader reports.
    Both,
}

/// Reads a yes/no pair written in one cell, each side with its box before or after it: "yes ☒ /
/// no ☐", "☐ Yes ☒ No", "Oui \[X\]  Non \[ \]", "Sí (X) No ( )", "YES X NO", "yes / no". `None`
/// when the text is not one such pair (a single answer is read with [`read_tick`]).
///
/// ```
/// use att_lexicon::tick::{read_yes_no, YesNoAnswer};
/// assert_eq!(read_yes_no("yes ☒ / no ☐"), Some(YesNoAnswer::Yes));
/// assert_eq!(read_yes_no("Oui [ ]  Non [X]"), Some(YesNoAnswer::No));
/// assert_eq!(read_yes_no("Sí / No"), Some(YesNoAnswer::Unanswered));
/// assert_eq!(read_yes_no("Yes"), None);
/// ```
pub fn read_yes_no(text: &str) -> Option<YesNoAnswer> {
    if !has_yes_and_no(text) {
        return None;
    }
    let tokens = pair_tokens(text)?;
    let words: Vec<(usize, bool)> = tokens
        .iter()
        .enumerate()
        .filter_map(|(i, t)| match t {
            PairToken::Answer(yes) => Some((i, *yes)),
            PairToken::Mark(_) => None,
        })
        .collect();
    let [(first_at, first_yes), (second_at, second_yes)] = words.as_slice() else {
        return None;
    };
    if first_yes == second_yes {
        return None;
    }
    let mark = |at: usize| match tokens.get(at) {
        Some(PairToken::Mark(ticked)) => Some(*ticked),
        _ => None,
    };
    // Boxes come after their answers ("yes ☒ / no ☐") unless the text starts with a box.
    let before = matches!(tokens.first(), Some(PairToken::Mark(_)));
    let marks_of = |at: usize| {
        if before {
            at.checked_sub(1).and_then(mark)
        } else {
            mark(at + 1)
        }
    };
    let marks: usize = tokens
        .iter()
        .filter(|t| matches!(t, PairToken::Mark(_)))
        .count();
    let first_mark = marks_of(*first_at);
    let second_mark = marks_of(*second_at);
    let attributed = usize::from(first_mark.is_some()) + usize::from(second_mark.is_some());
    if marks != attributed {
        return None;
    }
    let (yes, no) = if *first_yes {
        (first_mark, second_mark)
    } else {
        (second_mark, first_mark)
    };
    Some(match (yes.unwrap_or(false), no.unwrap_or(false)) {
        (true, true) => YesNoAnswer::Both,
        (true, false) => YesNoAnswer::Yes,
        (false, true) => YesNoAnswer::No,
        (false, false) => YesNoAnswer::Unanswered,
    })
}

/// Whether `text` has a "yes" word and a "no" word (cheap: no allocation), before it is read
/// as a pair.
pub(crate) fn has_yes_and_no(text: &str) -> bool {
    let (mut yes, mut no) = (false, false);
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        yes |= ["yes", "oui", "si", "sí"]
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
            || word == "Sí"
            || word == "SÍ";
        no |= word.eq_ignore_ascii_case("no") || word.eq_ignore_ascii_case("non");
    }
    yes && no
}

/// A part of a yes/no pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PairToken {
    /// "yes", "oui", "sí" (`true`) or "no", "non" (`false`).
    Answer(bool),
    /// A box, ticked or not.
    Mark(bool),
}

/// The answers and boxes of a yes/no pair, or `None` when the text holds anything else than
/// them and separators ("/", ",", ":", dashes, spaces).
fn pair_tokens(text: &str) -> Option<Vec<PairToken>> {
    const MAX_PAIR_BYTES: usize = 60;
    if text.len() > MAX_PAIR_BYTES {
        return None;
    }
    let mut tokens = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let c = rest.chars().next()?;
        if c.is_whitespace() || matches!(c, '/' | ',' | ':' | ';' | '|' | '-' | '–' | '—') {
            rest = &rest[c.len_utf8()..];
            continue;
        }
        if let Some((ticked, len)) = box_at(rest) {
            tokens.push(PairToken::Mark(ticked));
            rest = &rest[len..];
            continue;
        }
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        if end == 0 {
            return None;
        }
        let word = fold(&rest[..end]);
        let token = match word.as_str() {
            "yes" | "oui" | "si" => PairToken::Answer(true),
            "no" | "non" => PairToken::Answer(false),
            "x" => PairToken::Mark(true),
            _ => return None,
        };
        tokens.push(token);
        rest = &rest[end..];
    }
    Some(tokens)
}

/// A box written at the start of `text`: whether it is ticked, and its length in bytes.
fn box_at(text: &str) -> Option<(bool, usize)> {
    for bracketed in ["[x]", "[X]", "(x)", "(X)"] {
        if text.starts_with(bracketed) {
            return Some((true, bracketed.len()));
        }
    }
    for empty in ["[ ]", "( )", "[]", "()"] {
        if text.starts_with(empty) {
            return Some((false, empty.len()));
        }
    }
    let c = text.chars().next()?;
    let mark = c.to_string();
    if TICKED_MARKS.contains(&mark.as_str()) && c != 'þ' && c != 'ý' {
        return Some((true, c.len_utf8()));
    }
    if EMPTY_MARKS.contains(&mark.as_str()) && c != '¨' {
        return Some((false, c.len_utf8()));
    }
    None
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

    #[test]
    fn lenient_readings_are_flagged() {
        for (text, ticked) in [
            ("Y", true),
            ("y", true),
            ("N", false),
            ("S", true),
            ("yes.", true),
            ("Yes*", true),
            ("oui (1)", true),
            ("Sí (véase nota)", true),
            ("No – nil", false),
            ("Non [2]", false),
        ] {
            assert_eq!(
                read_tick_detailed(text),
                Some(TickReading {
                    ticked,
                    lenient: true
                }),
                "{text:?}"
            );
        }
        for (text, ticked) in [
            ("X", true),
            ("x", true),
            ("✓", true),
            ("✔", true),
            ("☒", true),
            ("☑", true),
            ("Yes", true),
            ("OUI", true),
            ("Sí", true),
            ("Si", true),
            ("☐", false),
            ("No", false),
            ("Non", false),
            ("", false),
        ] {
            assert_eq!(
                read_tick_detailed(text),
                Some(TickReading {
                    ticked,
                    lenient: false
                }),
                "{text:?}"
            );
        }
        assert_eq!(read_tick_detailed("Yes and no"), None);
        assert_eq!(read_tick_detailed("(1)"), None);
    }

    #[test]
    fn yes_no_pairs() {
        use YesNoAnswer::*;
        for (text, answer) in [
            ("yes ☒ / no ☐", Yes),
            ("Yes ☐ / No ☒", No),
            ("☒ Yes ☐ No", Yes),
            ("☐ Oui ☒ Non", No),
            ("Oui [X]  Non [ ]", Yes),
            ("Oui [ ]  Non [X]", No),
            ("Sí (X) No ( )", Yes),
            ("[X] Sí [ ] No", Yes),
            ("YES X NO", Yes),
            ("X yes no", Yes),
            ("yes / no", Unanswered),
            ("Oui / Non", Unanswered),
            ("Sí ☐ No ☐", Unanswered),
            ("No ☐ Yes ☒", Yes),
            ("yes ☒ no ☒", Both),
            ("sí: ☑ – no: ☐", Yes),
        ] {
            assert_eq!(read_yes_no(text), Some(answer), "{text:?}");
        }
        for text in [
            "Yes",
            "No",
            "yes / yes",
            "yes ☒ / maybe ☐",
            "Yes, see note / No",
            "☒ ☒ yes no",
            "",
        ] {
            assert_eq!(read_yes_no(text), None, "{text:?}");
        }
    }
}
