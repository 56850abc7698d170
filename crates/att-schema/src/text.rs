//! Text folding for loose matching of headings, labels and names.
//!
//! Reports are typed by hand in three languages, in spreadsheets that add line breaks, footnote
//! marks, non-breaking spaces and typographic apostrophes. [`fold`] reduces a text to a form in
//! which all of these differences disappear, so that two texts that a reader would call "the
//! same" compare equal:
//!
//! ```
//! # use att_schema::text::fold;
//! assert_eq!(fold("État d’origine\n(si autre…)"), "etat d origine si autre");
//! assert_eq!(fold("  Côte  d'Ivoire "), fold("COTE D’IVOIRE"));
//! ```

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds `text` for loose matching.
///
/// Steps, in order:
///
/// 1. Unicode compatibility decomposition (NFKD): "ﬁ" becomes "fi", full-width letters become
///    ASCII, "é" becomes "e" followed by a combining accent.
/// 2. Combining marks (accents, cedillas, diaereses) are dropped.
/// 3. Letters are lowercased. A few Latin letters that have no decomposition are spelled out:
///    "ø" → "o", "ł" → "l", "đ" → "d", "ı" → "i", "ß" → "ss", "æ" → "ae", "œ" → "oe".
/// 4. Every character that is not a letter or a digit (punctuation, apostrophes ’ ', dashes – —,
///    brackets, dots, symbols, spaces of any kind including U+00A0 and U+202F, line breaks) is a
///    word separator; so are superscript and subscript digits and letters (footnote marks:
///    "France²" folds to "france").
/// 5. Runs of separators become one space; leading and trailing ones are dropped.
///
/// Letters and digits of every script are kept. The result is empty when `text` has no letter
/// or digit.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        fold_ascii(text)
    } else {
        fold_unicode(text)
    }
}

fn fold_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for original in text.chars() {
        if is_super_or_subscript(original) {
            pending_space = true;
            continue;
        }
        for c in std::iter::once(original).nfkd() {
            if is_combining_mark(c) {
                continue;
            }
            if !c.is_alphanumeric() {
                pending_space = true;
                continue;
            }
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            push_lower(&mut out, c);
        }
    }
    out
}

/// [`fold`] of ASCII text, which has nothing to decompose: most cells and names are ASCII, and
/// folding runs on every cell of a workbook.
fn fold_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(char::from(byte.to_ascii_lowercase()));
        } else {
            pending_space = true;
        }
    }
    out
}

/// The words of [`fold`]`(text)`, in order.
///
/// ```
/// # use att_schema::text::fold_words;
/// assert_eq!(fold_words("Korea, Rep."), ["korea", "rep"]);
/// assert!(fold_words(" – ").is_empty());
/// ```
pub fn fold_words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Pushes the lowercase form of `c`, spelling out the Latin letters that NFKD leaves whole.
fn push_lower(out: &mut String, c: char) {
    let spelled = match c {
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ı' => "i",
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => "",
    };
    if !spelled.is_empty() {
        out.push_str(spelled);
        return;
    }
    for l in c.to_lowercase() {
        if !is_combining_mark(l) {
            out.push(l);
        }
    }
}

/// Superscript and subscript digits and letters, used as footnote marks.
fn is_super_or_subscript(c: char) -> bool {
    matches!(
        c,
        '\u{00B2}' | '\u{00B3}' | '\u{00B9}' | '\u{2070}'..='\u{209F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_path_folds_as_the_unicode_path_does() {
        let ascii: Vec<char> = (0u8..128).map(char::from).collect();
        for &a in &ascii {
            for &b in &ascii {
                let text: String = [' ', a, 'X', b, b, '9', a].iter().collect();
                assert_eq!(fold_ascii(&text), fold_unicode(&text), "{text:?}");
            }
        }
    }

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(
            fold("État d’origine\n(si autre…)"),
            "etat d origine si autre"
        );
        assert_eq!(fold("Côte d'Ivoire"), "cote d ivoire");
        assert_eq!(fold("TÜRKİYE"), "turkiye");
        assert_eq!(fold("Korea,\u{00A0}Rep."), "korea rep");
        assert_eq!(fold("1\u{202F}200\u{2009}000"), "1 200 000");
        assert_eq!(fold("Guinea–Bissau — x"), "guinea bissau x");
        assert_eq!(fold("[Lieu(x)]"), "lieu x");
        assert_eq!(fold(""), "");
        assert_eq!(fold(" ... "), "");
    }

    #[test]
    fn keeps_other_scripts_and_spells_out_latin_letters() {
        assert_eq!(fold("Россия"), "россия");
        assert_eq!(fold("中国"), "中国");
        assert_eq!(fold("złoty"), "zloty");
        assert_eq!(fold("Færøerne"), "faeroerne");
        assert_eq!(fold("ﬁnal"), "final");
        assert_eq!(fold("ＵＳＡ"), "usa");
    }

    #[test]
    fn footnote_marks_separate_words() {
        assert_eq!(fold("France²"), "france");
        assert_eq!(fold("Value¹ (EUR)"), "value eur");
    }

    #[test]
    fn words() {
        assert_eq!(
            fold_words("  Bosnia  and\nHerzegovina "),
            ["bosnia", "and", "herzegovina"]
        );
    }
}
