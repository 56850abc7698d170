//! The basis of figures as a value: "Actual", "Licences issued", "Autorisées", "Ambas", and
//! with the units that may follow it ("exportations effectives — valeurs en CHF").

use crate::key::{fold_key, words};
use crate::units::{UnitStatement, split_unit_statement};
use crate::vocab::{self, BasisWord};
use att_schema::Basis;
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Words that may stand beside a basis word without changing it ("Licences *issued*",
/// "*Exportations* effectives", "*Type of data*: actual").
static FILLERS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    vocab::word_set(&[
        "issued",
        "granted",
        "délivrées",
        "délivrés",
        "accordées",
        "accordés",
        "concedidas",
        "concedidos",
        "otorgadas",
        "otorgados",
        "expedidas",
        "transfers",
        "transferts",
        "transferencias",
        "data",
        "données",
        "datos",
        "figures",
        "chiffres",
        "cifras",
        "only",
        "seulement",
        "uniquement",
        "solo",
        "sólo",
        "solamente",
        "basis",
        "base",
        "type",
        "tipo",
        "values",
        "valeurs",
        "valores",
        "numbers",
    ])
});

/// Reads a basis written as a value: in a basis column, after a "Basis of data" label, or as a
/// per-table statement.
///
/// Every word must be a basis word ("actual", "authorised", "licences", "effectives",
/// "autorizadas", "deliveries", "both", "les deux", "ambas"), a direction ("exports"), a
/// connector or a filler ("issued", "data"). Words of both kinds, or "both", give
/// [`Basis::Both`]: "Authorised/Actual" is a heading, but as a value it says both. Entry-level
/// callers, for which only authorized or actual make sense, report `Both` themselves.
///
/// ```
/// use att_lexicon::basis::read_basis;
/// use att_schema::Basis;
/// assert_eq!(read_basis("Exportations effectives"), Some(Basis::Actual));
/// assert_eq!(read_basis("Licences issued"), Some(Basis::Authorized));
/// assert_eq!(read_basis("Authorised/Actual"), Some(Basis::Both));
/// assert_eq!(read_basis("Exports"), None);
/// ```
pub fn read_basis(text: &str) -> Option<Basis> {
    read_basis_detailed(text).map(|found| found.basis)
}

/// A basis read with the unit statement that may follow it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BasisReading {
    /// Authorized, actual or both.
    pub basis: Basis,
    /// What a statement after the basis says of the figures ("exportations effectives —
    /// valeurs en CHF": values in CHF); `None` when there is none.
    pub units: Option<UnitStatement>,
}

/// Reads a basis as [`read_basis`] does, with a unit statement after it, set off by a dash, a
/// colon, a comma or brackets: "Type de données : exportations effectives — valeurs en CHF",
/// "Actual (values in thousands of EUR)". [`read_basis`] reads the same texts and leaves the
/// statement out.
///
/// ```
/// use att_lexicon::basis::read_basis_detailed;
/// use att_schema::Basis;
/// let found = read_basis_detailed("exportations effectives — valeurs en CHF").unwrap();
/// assert_eq!(found.basis, Basis::Actual);
/// assert_eq!(found.units.unwrap().currency.as_deref(), Some("CHF"));
/// assert_eq!(read_basis_detailed("Actual").unwrap().units, None);
/// ```
pub fn read_basis_detailed(text: &str) -> Option<BasisReading> {
    let (basis, named) = basis_words(&fold_key(text));
    if let Some(basis) = basis {
        return Some(BasisReading { basis, units: None });
    }
    // Without a basis word, no unit statement can leave a basis behind.
    if !named {
        return None;
    }
    let (head, units) = split_unit_statement(text)?;
    let basis = basis_words(&fold_key(head)).0?;
    Some(BasisReading {
        basis,
        units: Some(units),
    })
}

/// The basis that every word of a folded text is part of, and whether a basis word was met
/// before the text turned out to be something else.
fn basis_words(folded: &str) -> (Option<Basis>, bool) {
    let mut authorized = false;
    let mut actual = false;
    for word in words(folded) {
        match vocab::basis_word(word) {
            Some((BasisWord::Authorized, _)) => authorized = true,
            Some((BasisWord::Actual, _)) => actual = true,
            Some((BasisWord::Both, _)) => (authorized, actual) = (true, true),
            None if vocab::direction_word(word).is_some()
                || vocab::is_connector(word)
                || FILLERS.contains(word) => {}
            None => return (None, authorized || actual),
        }
    }
    let basis = match (authorized, actual) {
        (true, true) => Some(Basis::Both),
        (true, false) => Some(Basis::Authorized),
        (false, true) => Some(Basis::Actual),
        (false, false) => None,
    };
    (basis, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_spelling() {
        use Basis::{Actual, Authorized, Both};
        for (text, expected) in [
            ("Actual", Actual),
            ("actual", Actual),
            ("ACTUAL EXPORTS", Actual),
            ("Actual imports", Actual),
            ("Effectives", Actual),
            ("Exportations effectives", Actual),
            ("Importations effectives", Actual),
            ("Efectivas", Actual),
            ("Exportaciones efectivas", Actual),
            ("Deliveries", Actual),
            ("Delivered", Actual),
            ("Livraisons", Actual),
            ("Entregas", Actual),
            ("Réelles", Actual),
            ("Authorized", Authorized),
            ("Authorised", Authorized),
            ("Authorizations", Authorized),
            ("Authorisations", Authorized),
            ("Licences issued", Authorized),
            ("Licenses granted", Authorized),
            ("Licensed", Authorized),
            ("Autorisées", Authorized),
            ("Exportations autorisées", Authorized),
            ("Licences délivrées", Authorized),
            ("Autorizadas", Authorized),
            ("Autorizaciones concedidas", Authorized),
            ("Both", Both),
            ("Authorized and actual", Both),
            ("Actual and authorised", Both),
            ("Authorised/Actual", Both),
            ("Les deux", Both),
            ("Autorisées et effectives", Both),
            ("Ambas", Both),
            ("Ambos", Both),
            ("Autorizadas y efectivas", Both),
        ] {
            assert_eq!(read_basis(text), Some(expected), "{text:?}");
        }
    }

    #[test]
    fn a_unit_statement_after_the_basis_is_read_apart() {
        use crate::multiplier::Multiplier;
        use crate::units::Figures;
        for (text, basis, code, multiplier) in [
            (
                "Type de données : exportations effectives — valeurs en CHF",
                Basis::Actual,
                Some("CHF"),
                None,
            ),
            (
                "Actual (values in thousands of EUR)",
                Basis::Actual,
                Some("EUR"),
                Some(Multiplier::Thousand),
            ),
            (
                "Licences issued, amounts in USD",
                Basis::Authorized,
                Some("USD"),
                None,
            ),
            (
                "Exportaciones autorizadas – valores en miles de dólares",
                Basis::Authorized,
                None,
                Some(Multiplier::Thousand),
            ),
        ] {
            assert_eq!(read_basis(text), Some(basis), "{text:?}");
            let found = read_basis_detailed(text).unwrap_or_else(|| panic!("{text:?}"));
            let units = found.units.unwrap_or_else(|| panic!("{text:?} has units"));
            assert_eq!(units.figures, Some(Figures::Values), "{text:?}");
            assert_eq!(units.currency.as_deref(), code, "{text:?}");
            assert_eq!(units.multiplier, multiplier, "{text:?}");
        }
        assert_eq!(
            read_basis("Exports — values in EUR"),
            None,
            "a unit statement is no basis"
        );
        assert_eq!(read_basis("Actual — see the note"), None);
    }

    #[test]
    fn other_languages() {
        for (text, expected) in [
            ("tatsächliche Ausfuhren", Basis::Actual),
            ("Bewilligungen", Basis::Authorized),
            ("esportazioni effettive", Basis::Actual),
            ("autorizzazioni", Basis::Authorized),
            ("exportações efetivas", Basis::Actual),
            ("vergunningen", Basis::Authorized),
        ] {
            assert_eq!(read_basis(text), Some(expected), "{text:?}");
        }
    }

    #[test]
    fn other_words_are_not_a_basis() {
        for text in [
            "",
            "Exports",
            "Data",
            "Actual value of the contract",
            "Pending",
            "A",
            "Sale",
        ] {
            assert_eq!(read_basis(text), None, "{text:?}");
        }
    }
}
