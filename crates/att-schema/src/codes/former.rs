//! States and territories that no longer exist but that reports still name ("Netherlands
//! Antilles", "Serbia and Montenegro", "Soviet Union"), with the entries that took their place.

use std::sync::LazyLock;

use super::parse_tsv;
use super::states::{State, is_listed, state_by_code};
use crate::lang::Lang;

/// A former State or territory (ISO 3166-3: its ISO 3166-1 code was withdrawn).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormerEntity {
    /// The withdrawn ISO 3166-1 alpha-3 code: `ANT`, `SCG`, `SUN`…
    pub code: &'static str,
    successors: Vec<&'static str>,
    sovereign: Option<&'static str>,
    /// All names; the first three are the English, French and Spanish names.
    names: Vec<&'static str>,
}

impl FormerEntity {
    /// The name in `lang`: "Netherlands Antilles", "Antilles néerlandaises", "Antillas
    /// Neerlandesas".
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.names[0],
            Lang::Fr => self.names[1],
            Lang::Es => self.names[2],
        }
    }

    /// Every name and spelling, the English, French and Spanish names first.
    pub fn names(&self) -> &[&'static str] {
        &self.names
    }

    /// The States and territories that took its place, sorted by alpha-3 code: Bonaire, Sint
    /// Eustatius and Saba, Curaçao and Sint Maarten for the Netherlands Antilles.
    pub fn successors(&self) -> Vec<&'static State> {
        self.successors
            .iter()
            .filter_map(|code| state_by_code(code))
            .collect()
    }

    /// The State a former territory belonged to (the Netherlands for the Netherlands Antilles);
    /// `None` for a former State.
    pub fn sovereign(&self) -> Option<&'static State> {
        self.sovereign.and_then(state_by_code)
    }
}

/// Every former entity, in the order of `data/former-entities.tsv`.
pub fn former_entities() -> &'static [FormerEntity] {
    &FORMER
}

static FORMER: LazyLock<Vec<FormerEntity>> = LazyLock::new(|| {
    parse_tsv(
        "former-entities.tsv",
        include_str!("../../data/former-entities.tsv"),
        &["code", "successors", "sovereign", "names"],
        4,
    )
    .into_iter()
    .map(|r| {
        let names: Vec<&'static str> = r[3].split('|').map(str::trim).collect();
        assert!(
            names.len() >= 3 && names.iter().all(|n| !n.is_empty()),
            "former-entities.tsv: {}: needs English, French and Spanish names",
            r[0]
        );
        let successors: Vec<&'static str> = r[1].split('|').collect();
        for code in successors
            .iter()
            .chain(Some(&r[2]).filter(|c| !c.is_empty()))
        {
            assert!(
                is_listed(code),
                "former-entities.tsv: {}: unknown code {code:?}",
                r[0]
            );
        }
        assert!(
            !is_listed(r[0]),
            "former-entities.tsv: {} is a current code",
            r[0]
        );
        FormerEntity {
            code: r[0],
            successors,
            sovereign: (!r[2].is_empty()).then_some(r[2]),
            names,
        }
    })
    .collect()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_parses() {
        let antilles = former_entities()
            .iter()
            .find(|f| f.code == "ANT")
            .expect("the Netherlands Antilles");
        assert_eq!(antilles.name(Lang::Fr), "Antilles néerlandaises");
        let successors: Vec<&str> = antilles.successors().iter().map(|s| s.alpha3).collect();
        assert_eq!(successors, ["BES", "CUW", "SXM"]);
        assert_eq!(antilles.sovereign().map(|s| s.alpha3), Some("NLD"));
        assert!(former_entities().iter().all(|f| !f.successors().is_empty()));
    }
}
