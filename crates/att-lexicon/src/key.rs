//! Preparing cell text for matching: footnote marks, plural markers and list numbering removed,
//! then folded with [`att_schema::text::fold`].

use att_schema::text::fold;
use std::borrow::Cow;

/// Removes bracketed footnote marks ("Value (1)", "Value [a]", "Value (*)", "Value (ii)") and
/// plural markers glued to a word ("location(s)", "Lieu(x)", "Lugar(es)"), keeping everything else.
///
/// Superscript marks ("Value¹") and bare asterisks ("Value*") need no work here: `fold` drops them.
pub(crate) fn strip_marks(text: &str) -> Cow<'_, str> {
    if !text.contains(['(', '[']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['(', '[']) {
        let close = if rest[open..].starts_with('(') {
            ')'
        } else {
            ']'
        };
        let before = &rest[..open];
        let after = &rest[open + 1..];
        let inner = after
            .find(close)
            .filter(|&len| len <= 6)
            .map(|len| (&after[..len], &after[len + 1..]));
        match inner {
            Some((inner, tail))
                if is_plural_marker(inner)
                    && before.chars().next_back().is_some_and(char::is_alphabetic) =>
            {
                out.push_str(before);
                rest = tail;
            }
            Some((inner, tail)) if is_footnote_mark(inner) => {
                out.push_str(before);
                out.push(' ');
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// "(s)", "(x)", "(es)" of plurals and "(e)" of French feminines ("autorisé(e)s").
fn is_plural_marker(inner: &str) -> bool {
    matches!(inner, "s" | "S" | "x" | "X" | "es" | "ES" | "e" | "E")
}

fn is_footnote_mark(inner: &str) -> bool {
    let inner = inner.trim();
    if inner.is_empty() {
        return false;
    }
    let all = |f: fn(char) -> bool| inner.chars().all(f);
    (inner.len() <= 3 && all(|c| c.is_ascii_digit()))
        || (inner.chars().count() == 1 && all(|c| c.is_ascii_alphabetic()))
        || (inner.len() <= 4 && all(|c| matches!(c, 'i' | 'v' | 'x')))
        || all(|c| matches!(c, '*' | '†' | '‡' | '§' | '#'))
}

/// Folds a heading or label for lookup: marks stripped, then folded, then footnote digits glued
/// to the end of a word dropped ("Value1" → "value").
pub(crate) fn fold_key(text: &str) -> String {
    let folded = fold(&strip_marks(text));
    if !folded.split(' ').any(|word| glued_footnote(word).is_some()) {
        return folded;
    }
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(' ') {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(glued_footnote(word).unwrap_or(word));
    }
    out
}

/// The word without its glued footnote digits, when it is a word of at least four letters
/// followed by one or two digits.
fn glued_footnote(word: &str) -> Option<&str> {
    let letters = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = word.len() - letters.len();
    ((1..=2).contains(&digits)
        && letters.chars().count() >= 4
        && letters.chars().all(char::is_alphabetic))
    .then_some(letters)
}

/// The parts of a heading, folded: the text split at brackets, line breaks, colons, semicolons,
/// commas and spaced dashes. The first part is usually the heading proper, the others its
/// explanations ("Final importing State\n(name of the State)").
pub(crate) fn segments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in text.split(['(', ')', '[', ']', '{', '}', '\n', '\r', ':', ';', ',']) {
        for a in piece.split(" – ") {
            for b in a.split(" — ") {
                for part in b.split(" - ") {
                    let folded = fold_key(part);
                    if !folded.is_empty() {
                        out.push(folded);
                    }
                }
            }
        }
    }
    out
}

/// The text without list numbering in front: "1. ", "1.2 ", "(a) ", "a) ", "A. ", "iv) ".
pub(crate) fn strip_enumerator(text: &str) -> &str {
    let trimmed = text.trim_start();
    let body = trimmed.strip_prefix('(').unwrap_or(trimmed);
    let token_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .unwrap_or(body.len());
    let token = &body[..token_len];
    let (mark, closing) = match token.strip_suffix('.') {
        Some(mark) => (mark, true),
        None => (
            token,
            body[token_len..].starts_with(')') || (token.contains('.') && is_numbering(token)),
        ),
    };
    let mark_ok = is_numbering(mark)
        || (mark.len() == 1 && mark.chars().all(|c| c.is_ascii_alphabetic()))
        || (mark.len() <= 4
            && mark
                .chars()
                .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X')));
    if !closing || !mark_ok {
        return text;
    }
    let after_mark = &body[token_len..];
    let after_mark = after_mark.strip_prefix(')').unwrap_or(after_mark);
    if !after_mark.starts_with(char::is_whitespace) {
        return text;
    }
    let rest = after_mark.trim_start();
    if rest.is_empty() { text } else { rest }
}

/// "1", "12", "1.2", "1.2.3": section numbering.
fn is_numbering(mark: &str) -> bool {
    !mark.is_empty()
        && mark
            .split('.')
            .all(|part| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
}

/// The words of a folded text.
pub(crate) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Whether the folded word is made of ASCII digits only.
pub(crate) fn is_number_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_footnote_marks_of_every_kind() {
        for text in [
            "Value¹",
            "Value (1)",
            "Value*",
            "Value [a]",
            "Value (ii)",
            "Value1",
            "Value [12]",
            "Value (†)",
        ] {
            assert_eq!(fold_key(text), "value", "{text}");
        }
        assert_eq!(fold_key("Value (EUR)"), "value eur");
        assert_eq!(fold_key("Annex 2"), "annex 2");
        assert_eq!(fold_key("Category (b)"), "category");
    }

    #[test]
    fn removes_plural_markers_glued_to_words() {
        assert_eq!(
            fold_key("Intermediate location(s)"),
            "intermediate location"
        );
        assert_eq!(fold_key("Lieu(x) intermédiaire(s)"), "lieu intermediaire");
        assert_eq!(fold_key("Lugar(es) intermedio(s)"), "lugar intermedio");
        assert_eq!(fold_key("Value (s)"), "value");
        assert_eq!(fold_key("autorisé(e)s"), "autorises");
    }

    #[test]
    fn splits_headings_into_segments() {
        assert_eq!(
            segments("Final importing State\n(name of the State)"),
            ["final importing state", "name of the state"]
        );
        assert_eq!(
            segments("Description of item (model, type, calibre)"),
            ["description of item", "model", "type", "calibre"]
        );
        assert_eq!(segments("Value – EUR"), ["value", "eur"]);
        assert_eq!(segments("Sub-category"), ["sub category"]);
    }

    #[test]
    fn strips_list_numbering() {
        assert_eq!(strip_enumerator("1. Reporting State:"), "Reporting State:");
        assert_eq!(strip_enumerator("(a) Name"), "Name");
        assert_eq!(strip_enumerator("b) Position"), "Position");
        assert_eq!(strip_enumerator("2.1 Year"), "Year");
        assert_eq!(strip_enumerator("IV. Exports"), "Exports");
        assert_eq!(strip_enumerator("E-mail"), "E-mail");
        assert_eq!(strip_enumerator("Tel. 123"), "Tel. 123");
        assert_eq!(strip_enumerator("1."), "1.");
        assert_eq!(strip_enumerator("1.200"), "1.200");
    }

    #[test]
    fn number_words() {
        assert!(is_number_word("2023"));
        assert!(!is_number_word("2023a"));
        assert!(!is_number_word(""));
        assert_eq!(words("a  b").collect::<Vec<_>>(), ["a", "b"]);
    }
}
