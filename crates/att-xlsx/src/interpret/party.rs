//! Parties read from a name cell and, where the layout has one, a code cell beside it: the
//! code as written when it is given, else the code of the State the name resolves to.

use crate::interpret::field::{Field, literal_text};
use crate::interpret::names::Names;
use att_schema::Party;
use att_schema::codes::state_by_code;
use serde_json::Value;

/// A party as its cells give it, before its code is settled.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct PartyParts {
    /// Whether a cell of the party is filled (a literal counts, even `null`).
    pub filled: bool,
    /// The name as written.
    pub name: Option<String>,
    /// The code, when a code cell gives it: `Some(None)` when the cell says there is none.
    pub code: Option<Option<String>>,
    /// Whether the code cell looks the name up in the toolkit's list of States.
    pub looked_up: bool,
}

impl PartyParts {
    /// Takes the name from its cell.
    pub(crate) fn set_name(&mut self, field: Field<'_>) {
        self.filled |= field.is_filled();
        self.name = field.text();
    }

    /// Takes the code from its cell; an empty cell leaves the code to the name.
    pub(crate) fn set_code(&mut self, field: Field<'_>) {
        if matches!(field, Field::Lookup) {
            self.looked_up = true;
            return;
        }
        if !field.is_filled() {
            return;
        }
        self.filled = true;
        self.code = Some(match field {
            Field::Literal(value) => literal_text(value),
            _ => field.text().map(|text| code_as_written(&text)),
        });
    }

    /// The party: `None` when none of its cells is filled.
    pub(crate) fn settle(self, names: &mut Names) -> Option<Party> {
        if !self.filled {
            return None;
        }
        let code = match self.code {
            Some(code) => code,
            None => self.name.as_deref().and_then(|name| {
                let listed = self.looked_up.then(|| names.listed_code(name)).flatten();
                listed.or_else(|| names.state_code(name).map(str::to_owned))
            }),
        };
        Some(Party {
            code,
            name: self.name,
        })
    }
}

/// A code typed in a cell: the State's alpha-3 code when it is one of its codes in any case
/// ("se", "swe"), as written otherwise (the schema stage reports it).
fn code_as_written(text: &str) -> String {
    state_by_code(text).map_or_else(|| text.to_owned(), |state| state.alpha3.to_owned())
}

/// Reads a list of parties: the names from their cell (see [`Names::read_parties`]) and the
/// codes, in the same order, from the code cell beside it. An empty place in the codes
/// ("DNK; ; DEU") says that the party at that place has no code; an empty code cell leaves
/// every code to its name. A literal list is taken as it is.
pub(crate) fn read_list(
    names: &mut Names,
    name_field: Field<'_>,
    code_field: Field<'_>,
) -> Option<Vec<Party>> {
    if let Field::Literal(value) = name_field {
        return match value {
            Value::Null => None,
            other => serde_json::from_value::<Vec<Party>>(other.clone())
                .ok()
                .or_else(|| literal_text(other).map(|text| vec![names.party(&text)])),
        };
    }
    let mut parties = names.read_parties(name_field.cell()).unwrap_or_default();
    let codes: Option<Vec<Option<String>>> = match code_field {
        Field::Literal(value) => literal_text(value).map(|text| split_codes(&text)),
        Field::Cell(_) => code_field.text().map(|text| split_codes(&text)),
        Field::Empty | Field::Lookup => None,
    };
    if let Some(codes) = codes {
        for (index, code) in codes.into_iter().enumerate() {
            match parties.get_mut(index) {
                Some(party) => party.code = code,
                None => parties.push(Party { code, name: None }),
            }
        }
    }
    (!parties.is_empty() || name_field.is_filled() || code_field.is_filled()).then_some(parties)
}

/// The codes of a code cell, one per party, separated by semicolons or lines.
fn split_codes(text: &str) -> Vec<Option<String>> {
    text.split([';', '\n'])
        .map(str::trim)
        .map(|code| (!code.is_empty()).then(|| code_as_written(code)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::container::sheet::{Cell, CellValue};
    use serde_json::json;

    fn text(t: &str) -> Cell {
        Cell {
            row: 0,
            col: 0,
            value: CellValue::Text(t.into()),
        }
    }

    #[test]
    fn a_code_cell_wins_over_the_name_and_an_empty_one_leaves_it_to_the_name() {
        let mut names = Names::default();
        let mut parts = PartyParts::default();
        parts.set_name(Field::Cell(&text("Norway")));
        assert_eq!(
            parts.clone().settle(&mut names),
            Some(Party::state("NOR", "Norway"))
        );
        parts.set_code(Field::Cell(&text("swe")));
        assert_eq!(
            parts.clone().settle(&mut names),
            Some(Party::state("SWE", "Norway"))
        );
        parts.set_code(Field::Literal(&json!(null)));
        assert_eq!(parts.settle(&mut names), Some(Party::named("Norway")));
        let mut nothing = PartyParts::default();
        nothing.set_code(Field::Empty);
        assert_eq!(nothing.settle(&mut names), None);
    }

    #[test]
    fn codes_pair_with_names_in_order() {
        let mut names = Names::default();
        let names_cell = text("Denmark; somewhere; Germany");
        let codes_cell = text("DNK; ; deu");
        let list = read_list(
            &mut names,
            Field::Cell(&names_cell),
            Field::Cell(&codes_cell),
        );
        assert_eq!(
            list,
            Some(vec![
                Party::state("DNK", "Denmark"),
                Party::named("somewhere"),
                Party::state("DEU", "Germany"),
            ])
        );
        let literal = json!([{ "name": "Denmark" }]);
        assert_eq!(
            read_list(&mut names, Field::Literal(&literal), Field::Empty),
            Some(vec![Party::named("Denmark")])
        );
        assert_eq!(
            read_list(&mut names, Field::Literal(&json!([])), Field::Empty),
            Some(vec![])
        );
    }
}
