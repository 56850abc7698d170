//! The basis of figures as a value: "Actual", "Licences issued", "Autorisées", "Ambas".

use crate::key::{fold_key, words};
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
    let folded = fold_key(text);
    let mut authorized = false;
    let mut actual = false;
    for word in words(&folded) {
        match vocab::basis_word(word) {
            Some((BasisWord::Authorized, _)) => authorized = true,
            Some((BasisWord::Actual, _)) => actual = true,
            Some((BasisWord::Both, _)) => (authorized, actual) = (true, true),
            None if vocab::direction_word(word).is_some()
                || vocab::is_connector(word)
                || FILLERS.contains(word) => {}
            None => return None,
        }
    }
    match (authorized, actual) {
        (true, true) => Some(Basis::Both),
        (true, false) => Some(Basis::Authorized),
        (false, true) => Some(Basis::Actual),
        (false, false) => None,
    }
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
