//! Multiplier words written with amounts and in value headings: "thousand", "k", "'000",
//! "million", "m", "mn", "millions", "millones", "billion", "bn", "milliard(s)", "mil millones".

/// A power of ten that an amount is written in ("USD 1.2 million", "Value (EUR thousands)").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Multiplier {
    /// × 1,000 ("thousand", "k", "'000", "milliers", "mil").
    Thousand,
    /// × 1,000,000 ("million", "m", "mn", "Mio", "millones").
    Million,
    /// × 1,000,000,000 ("billion", "bn", "milliard", "mil millones").
    Billion,
}

impl Multiplier {
    /// The factor to multiply the amount by.
    pub fn factor(self) -> u64 {
        match self {
            Multiplier::Thousand => 1_000,
            Multiplier::Million => 1_000_000,
            Multiplier::Billion => 1_000_000_000,
        }
    }
}

/// The multiplier a folded word names, if any.
///
/// Spanish "billón" is 10¹² and French "billion" 10¹² too, while English "billion" is 10⁹:
/// "billón"/"billones" are not read here (see [`is_ambiguous_multiplier`]); "billion" is read the
/// English way, since reports in French write "milliard".
pub(crate) fn multiplier_word(word: &str) -> Option<Multiplier> {
    match word {
        "thousand" | "thousands" | "k" | "000" | "000s" | "1000" | "thsd" | "thous" | "millier"
        | "milliers" | "mille" | "mil" | "miles" | "tsd" | "tausend" | "milhares" | "duizend"
        | "duizenden" | "migliaia" => Some(Multiplier::Thousand),
        "million" | "millions" | "m" | "mn" | "mln" | "mio" | "mill" | "mm" | "millon"
        | "millones" | "1000000" | "000000" | "milhoes" | "miljoen" | "miljoenen" | "millionen"
        | "milioni" | "milione" => Some(Multiplier::Million),
        "billion" | "billions" | "bn" | "bln" | "milliard" | "milliards" | "mrd" | "md"
        | "milliarden" | "miliardi" | "miljard" | "miljarden" => Some(Multiplier::Billion),
        _ => None,
    }
}

/// A multiplier glued to an ISO 4217 code in a folded word: "keur", "teur" (German "TEUR",
/// thousands of euros), "musd", "mchf". The code is returned in capitals.
pub(crate) fn glued_code(word: &str) -> Option<(Multiplier, String)> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let (first, code) = word.split_at(1);
    let multiplier = match first {
        "k" | "t" => Multiplier::Thousand,
        "m" => Multiplier::Million,
        _ => return None,
    };
    let code = code.to_ascii_uppercase();
    att_schema::codes::currency_by_code(&code).map(|_| (multiplier, code))
}

/// Whether a folded word is a multiplier whose value differs between languages ("billón").
pub(crate) fn is_ambiguous_multiplier(word: &str) -> bool {
    matches!(word, "billon" | "billones")
}

/// Combines a multiplier with the one that follows it: Spanish "mil millones" is a billion.
pub(crate) fn combine(first: Option<Multiplier>, next: Multiplier) -> Option<Multiplier> {
    match (first, next) {
        (None, next) => Some(next),
        (Some(Multiplier::Thousand), Multiplier::Million) => Some(Multiplier::Billion),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_multiplier_words() {
        for (word, expected) in [
            ("thousand", Multiplier::Thousand),
            ("k", Multiplier::Thousand),
            ("000", Multiplier::Thousand),
            ("milliers", Multiplier::Thousand),
            ("mil", Multiplier::Thousand),
            ("million", Multiplier::Million),
            ("m", Multiplier::Million),
            ("mn", Multiplier::Million),
            ("millones", Multiplier::Million),
            ("billion", Multiplier::Billion),
            ("bn", Multiplier::Billion),
            ("milliards", Multiplier::Billion),
        ] {
            assert_eq!(multiplier_word(word), Some(expected), "{word}");
        }
        assert_eq!(multiplier_word("units"), None);
        assert_eq!(multiplier_word("000s"), Some(Multiplier::Thousand));
        assert_eq!(multiplier_word("tsd"), Some(Multiplier::Thousand));
        for (word, expected) in [
            ("migliaia", Multiplier::Thousand),
            ("duizenden", Multiplier::Thousand),
            ("milioni", Multiplier::Million),
            ("millionen", Multiplier::Million),
            ("miljoenen", Multiplier::Million),
            ("milliarden", Multiplier::Billion),
            ("miljard", Multiplier::Billion),
        ] {
            assert_eq!(multiplier_word(word), Some(expected), "{word}");
        }
        assert_eq!(
            glued_code("teur"),
            Some((Multiplier::Thousand, "EUR".to_owned()))
        );
        assert_eq!(
            glued_code("musd"),
            Some((Multiplier::Million, "USD".to_owned()))
        );
        assert_eq!(glued_code("term"), None);
        assert_eq!(glued_code("value"), None);
        assert!(is_ambiguous_multiplier("billones"));
        assert_eq!(Multiplier::Billion.factor(), 1_000_000_000);
        assert_eq!(Multiplier::Thousand.factor(), 1_000);
        assert_eq!(Multiplier::Million.factor(), 1_000_000);
    }

    #[test]
    fn mil_millones_is_a_billion() {
        assert_eq!(
            combine(Some(Multiplier::Thousand), Multiplier::Million),
            Some(Multiplier::Billion)
        );
        assert_eq!(
            combine(None, Multiplier::Million),
            Some(Multiplier::Million)
        );
        assert_eq!(
            combine(Some(Multiplier::Million), Multiplier::Million),
            None
        );
    }
}
