//! Sets of the Treaty's languages: which languages a recognised word or phrase belongs to.

use att_schema::Lang;

/// A set of [`Lang`]s, as a bit set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct LangSet(u8);

impl LangSet {
    /// No language.
    pub(crate) const NONE: LangSet = LangSet(0);

    /// The set holding only `lang`.
    pub(crate) fn of(lang: Lang) -> LangSet {
        LangSet(1 << Self::bit(lang))
    }

    fn bit(lang: Lang) -> u8 {
        match lang {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
        }
    }

    /// The languages in either set.
    pub(crate) fn union(self, other: LangSet) -> LangSet {
        LangSet(self.0 | other.0)
    }

    /// Whether `lang` is in the set.
    pub(crate) fn contains(self, lang: Lang) -> bool {
        self.0 & (1 << Self::bit(lang)) != 0
    }

    /// How many languages the set holds.
    pub(crate) fn len(self) -> u32 {
        self.0.count_ones()
    }

    /// Whether the set is empty.
    pub(crate) fn is_empty(self) -> bool {
        self.0 == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_hold_what_was_put_in() {
        let set = LangSet::of(Lang::Fr).union(LangSet::of(Lang::Es));
        assert!(set.contains(Lang::Fr) && set.contains(Lang::Es));
        assert!(!set.contains(Lang::En));
        assert_eq!(set.len(), 2);
        assert!(LangSet::NONE.is_empty());
        assert!(!set.is_empty());
    }
}
