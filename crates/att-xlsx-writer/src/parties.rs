//! How a party is written: its name in one cell and its ISO code in the cell beside it.
//!
//! The code cell holds a formula that looks the name up in the list of States
//! (`IFERROR(VLOOKUP(name, att_state_codes, 2, FALSE), "")`), saved with its result, so that an
//! official who picks another State from the drop-down gets its code at once, and one who types
//! a name that is not in the list gets an empty code, which the reader fills from the name.
//! Where the formula would not give the document's code back (the code and the name disagree,
//! the name does not resolve to the code, or the party has no code although its name names a
//! State), the code is written as it is: plainly when it is a State's code, as a literal
//! otherwise, and as the literal `=NA()` when there is none.

use crate::cells::{self, Content};
use crate::error::WriteError;
use att_schema::codes::{StateMatch, all_states, resolve_state, state_by_code};
use att_schema::text::fold;
use att_schema::{Lang, Party};
use serde_json::Value;

/// The defined name of the States' names (the State drop-down's list).
pub(crate) const STATE_NAMES: &str = "att_state_names";
/// The defined name of the States' names and codes (the code lookup's table).
pub(crate) const STATE_CODES: &str = att_workbook::CODE_LOOKUP_TABLE;

/// The States as the drop-down lists them: short names in the workbook's language, sorted
/// as a person looks them up, each with its ISO 3166-1 alpha-3 code.
pub(crate) struct StateList {
    entries: Vec<(&'static str, &'static str)>,
}

impl StateList {
    /// The list in `lang`.
    pub(crate) fn new(lang: Lang) -> StateList {
        let mut entries: Vec<(&'static str, &'static str)> = all_states()
            .iter()
            .map(|state| (state.short_name(lang), state.alpha3))
            .collect();
        entries.sort_by_cached_key(|(name, code)| (fold(name), *name, *code));
        StateList { entries }
    }

    /// The names and codes, in the list's order.
    pub(crate) fn entries(&self) -> &[(&'static str, &'static str)] {
        &self.entries
    }

    /// The code the lookup formula gives for `name`: that of the first entry whose name is
    /// `name` ignoring case, as a spreadsheet's exact lookup compares text; none for a name
    /// with wildcards, which a spreadsheet would match otherwise.
    pub(crate) fn lookup(&self, name: &str) -> Option<&'static str> {
        if name.contains(['*', '?', '~']) {
            return None;
        }
        let wanted = name.to_lowercase();
        self.entries
            .iter()
            .find(|(listed, _)| listed.to_lowercase() == wanted)
            .map(|(_, code)| *code)
    }
}

/// The code of the State a name resolves to, as the reader resolves it.
pub(crate) fn resolved_code(name: &str) -> Option<&'static str> {
    match resolve_state(name) {
        StateMatch::Found(state) => Some(state.alpha3),
        _ => None,
    }
}

/// Whether `code` is a State's alpha-3 code as the document writes it.
pub(crate) fn is_state_code(code: &str) -> bool {
    state_by_code(code).is_some_and(|state| state.alpha3 == code)
}

/// The lookup formula of the code of the name in cell `name_cell` (`C5`).
pub(crate) fn lookup_formula(name_cell: &str) -> String {
    format!("=IFERROR(VLOOKUP({name_cell},{STATE_CODES},2,FALSE),\"\")")
}

/// The name cell's content.
pub(crate) fn name(party: Option<&Party>, pointer: &str) -> Result<Content, WriteError> {
    match party {
        None => Ok(Content::Empty),
        Some(Party { name: None, .. }) => cells::literal(&Value::Null, pointer),
        Some(Party {
            name: Some(name), ..
        }) => cells::text(Some(name), pointer),
    }
}

/// The code cell's content, beside the name in cell `name_cell`.
pub(crate) fn code(
    party: Option<&Party>,
    name_cell: &str,
    list: &StateList,
    pointer: &str,
) -> Result<Content, WriteError> {
    let formula = |result: &str| Content::Formula {
        formula: lookup_formula(name_cell),
        result: result.to_owned(),
    };
    let Some(party) = party else {
        return Ok(formula(""));
    };
    if let Some(name) = party.name.as_deref() {
        match list.lookup(name) {
            Some(looked_up) if party.code.as_deref() == Some(looked_up) => {
                return Ok(formula(looked_up));
            }
            None if party.code.as_deref() == resolved_code(name)
                && !name.contains(['*', '?', '~']) =>
            {
                return Ok(formula(""));
            }
            _ => {}
        }
    }
    match party.code.as_deref() {
        Some(code) if is_state_code(code) => Ok(Content::Text(code.to_owned())),
        Some(code) => cells::literal(&Value::String(code.to_owned()), pointer),
        None => cells::literal(&Value::Null, pointer),
    }
}

/// The names and codes cells of a list of parties (intermediate locations).
///
/// Plainly, the names are separated by semicolons and the codes cell is left to the reader,
/// which finds each code from its name; when a code differs from what its name gives, every
/// code is written, in the names' order, an empty place meaning "no code". A list the reader
/// would not split the same way (a name with a separator, a name that is not a State's but
/// whose parts are) is written whole as a literal.
pub(crate) fn list(
    parties: Option<&Vec<Party>>,
    pointer: &str,
) -> Result<(Content, Content), WriteError> {
    let Some(parties) = parties else {
        return Ok((Content::Empty, Content::Empty));
    };
    match plain_list(parties) {
        Some(cells) => Ok(cells),
        None => Ok((
            cells::literal(&cells::json(parties, pointer)?, pointer)?,
            Content::Empty,
        )),
    }
}

fn plain_list(parties: &[Party]) -> Option<(Content, Content)> {
    if parties.is_empty() {
        return None;
    }
    let mut names = Vec::with_capacity(parties.len());
    let mut codes = Vec::with_capacity(parties.len());
    let mut codes_needed = false;
    for party in parties {
        let name = party.name.as_deref()?;
        let one_name = cells::is_plain_text(name)
            && !name.contains([';', '\n'])
            && (resolved_code(name).is_some() || !splits(name));
        if !one_name {
            return None;
        }
        names.push(name);
        let code = party.code.as_deref();
        if code != resolved_code(name) {
            codes_needed = true;
        }
        match code {
            Some(code) if is_state_code(code) => codes.push(code),
            Some(_) => return None,
            None => codes.push(""),
        }
    }
    let names = Content::Text(names.join("; "));
    if !codes_needed {
        return Some((names, Content::Empty));
    }
    let joined = codes.join("; ");
    if joined.trim().is_empty() {
        return None;
    }
    Some((names, Content::Text(joined)))
}

/// Whether the reader would split `name` into several States: it does when each of its parts
/// separated by commas, slashes, "and", "et" or "y" is a State.
fn splits(name: &str) -> bool {
    let pieces: Vec<&str> = name
        .split([',', '/'])
        .flat_map(|piece| piece.split(" and ").flat_map(|p| p.split(" et ")))
        .flat_map(|piece| piece.split(" y "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    pieces.len() > 1 && pieces.iter().all(|piece| resolved_code(piece).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formula_result(content: &Content) -> Option<&str> {
        match content {
            Content::Formula { formula, result } if formula.contains("VLOOKUP") => Some(result),
            _ => None,
        }
    }

    #[test]
    fn the_code_follows_the_name_where_the_lookup_gives_it() {
        let list = StateList::new(Lang::En);
        let code = |party: &Party| code(Some(party), "C5", &list, "/p").expect("short");
        assert_eq!(
            formula_result(&code(&Party::state("NOR", "Norway"))),
            Some("NOR")
        );
        assert_eq!(
            formula_result(&code(&Party::state("NOR", "norway"))),
            Some("NOR")
        );
        assert_eq!(
            formula_result(&code(&Party::state("KOR", "Korea, Rep."))),
            Some("")
        );
        assert_eq!(formula_result(&code(&Party::named("various"))), Some(""));
        assert_eq!(
            code(&Party::state("SWE", "Norway")),
            Content::Text("SWE".to_owned())
        );
        assert!(
            matches!(code(&Party::named("Finland")), Content::Literal { formula, .. } if formula == "=NA()")
        );
        assert!(
            matches!(code(&Party::state("swe", "Sweden")), Content::Literal { formula, .. } if formula == "=\"swe\"")
        );
    }

    #[test]
    fn lists_are_plain_when_the_reader_reads_them_back_the_same() {
        let plain = |parties: Vec<Party>| plain_list(&parties);
        assert_eq!(
            plain(vec![
                Party::state("DNK", "Denmark"),
                Party::state("TTO", "Trinidad and Tobago")
            ]),
            Some((
                Content::Text("Denmark; Trinidad and Tobago".to_owned()),
                Content::Empty
            ))
        );
        assert_eq!(
            plain(vec![
                Party::state("DNK", "Denmark"),
                Party::named("Germany")
            ]),
            Some((
                Content::Text("Denmark; Germany".to_owned()),
                Content::Text("DNK; ".to_owned())
            ))
        );
        assert_eq!(plain(vec![Party::named("Denmark")]), None);
        assert_eq!(plain(vec![Party::named("Denmark, Germany")]), None);
        assert_eq!(plain(vec![]), None);
    }

    #[test]
    fn names_are_unique_in_each_language() {
        for lang in Lang::ALL {
            let list = StateList::new(lang);
            for (name, code) in list.entries() {
                assert_eq!(list.lookup(name), Some(*code), "{lang:?} {name}");
            }
        }
    }
}
