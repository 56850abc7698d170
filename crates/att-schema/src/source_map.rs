//! Where each part of the canonical document came from in the user's file.

mod rows;

use rustc_hash::FxHashMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// A place in the user's file: a cell of a workbook, or a line and column of a text file.
///
/// Written in the diagnostics report as `{ "sheet": "Exports", "cell": "D17" }` or
/// `{ "line": 14, "column": 22 }`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Location {
    /// A workbook cell.
    Cell {
        /// The sheet's name (shared by every location on the sheet).
        sheet: Arc<str>,
        /// Row, from 0.
        row: u32,
        /// Column, from 0.
        column: u32,
    },
    /// A position in a text file (XML, JSON).
    Text {
        /// Line number, from 1.
        line: u32,
        /// Column number, from 1, counted in characters.
        column: u32,
    },
}

impl Location {
    /// A workbook cell from its 0-based row and column.
    pub fn cell(sheet: impl Into<Arc<str>>, row: u32, column: u32) -> Location {
        Location::Cell {
            sheet: sheet.into(),
            row,
            column,
        }
    }

    /// A line and column, both from 1.
    pub fn text(line: u32, column: u32) -> Location {
        Location::Text { line, column }
    }

    /// The cell's A1 name (`D17`), for a workbook cell.
    pub fn cell_name(&self) -> Option<String> {
        match self {
            Location::Cell { row, column, .. } => Some(cell_name(*row, *column)),
            Location::Text { .. } => None,
        }
    }
}

impl fmt::Display for Location {
    /// `Exports!D17` (quoted `'Sheet 1'!D17` when the sheet name needs it) or `14:22`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Cell { sheet, row, column } => {
                let cell = cell_name(*row, *column);
                if sheet.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    write!(f, "{sheet}!{cell}")
                } else {
                    write!(f, "'{}'!{cell}", sheet.replace('\'', "''"))
                }
            }
            Location::Text { line, column } => write!(f, "{line}:{column}"),
        }
    }
}

/// Where to look in the user's file: a workbook cell, or a line and column of a text file.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
enum LocationRecord {
    /// A workbook cell.
    Cell {
        /// The sheet's name.
        sheet: String,
        /// The cell in A1 notation (`D17`).
        #[schemars(regex(pattern = "^[A-Z]{1,3}[1-9][0-9]*$"))]
        cell: String,
    },
    /// A position in a text file (XML, JSON).
    Text {
        /// Line number, from 1.
        #[schemars(range(min = 1))]
        line: u32,
        /// Column number, from 1, counted in characters.
        #[schemars(range(min = 1))]
        column: u32,
    },
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Location::Cell { sheet, row, column } => LocationRecord::Cell {
                sheet: sheet.to_string(),
                cell: cell_name(*row, *column),
            },
            Location::Text { line, column } => LocationRecord::Text {
                line: *line,
                column: *column,
            },
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match LocationRecord::deserialize(deserializer)? {
            LocationRecord::Cell { sheet, cell } => {
                let (row, column) = parse_cell_name(&cell).ok_or_else(|| {
                    serde::de::Error::custom(format!("not a cell in A1 notation: {cell:?}"))
                })?;
                Ok(Location::cell(sheet, row, column))
            }
            LocationRecord::Text { line, column } => Ok(Location::text(line, column)),
        }
    }
}

impl JsonSchema for Location {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Location".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        LocationRecord::json_schema(generator)
    }
}

/// The 0-based row and column of an A1 cell name (`D17` is `(16, 3)`).
pub fn parse_cell_name(name: &str) -> Option<(u32, u32)> {
    let split = name.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = name.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let column = letters
        .bytes()
        .fold(0u32, |acc, b| acc * 26 + u32::from(b - b'A' + 1))
        - 1;
    let row: u32 = digits.parse().ok()?;
    Some((row.checked_sub(1)?, column))
}

/// The A1 name of a cell from its 0-based row and column (`(16, 3)` is `D17`).
pub fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = column + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    let mut name = String::from_utf8(letters).unwrap_or_default();
    name.push_str(&(row + 1).to_string());
    name
}

/// Appends one reference token to a JSON pointer, escaping `~` and `/` (RFC 6901).
pub fn pointer_push(pointer: &str, token: impl fmt::Display) -> String {
    use fmt::Write as _;
    let mut out = String::with_capacity(pointer.len() + 24);
    out.push_str(pointer);
    out.push('/');
    let start = out.len();
    // Writing to a `String` cannot fail.
    let _ = write!(out, "{token}");
    if out[start..].contains(['~', '/']) {
        let escaped = out[start..].replace('~', "~0").replace('/', "~1");
        out.truncate(start);
        out.push_str(&escaped);
    }
    out
}

/// The pointer one level up (`/exports/entries` for `/exports/entries/3`); `None` for the root.
pub fn pointer_parent(pointer: &str) -> Option<&str> {
    pointer.rfind('/').map(|slash| &pointer[..slash])
}

/// A map from JSON pointers into the canonical document to places in the user's file.
///
/// Readers record a place for every value, so a 100,000-row workbook maps over a million
/// pointers. The map therefore stores pointers as a tree of interned tokens (one node per
/// pointer, 28 bytes) and places as sheet numbers and row/column, instead of a string per
/// pointer and a shared sheet name per place. An object's members hang from it as a list (an
/// object has a few), an array's elements are found through one index (an array may have
/// a hundred thousand), so that mapping an entry's fields touches only the entry's own nodes.
#[derive(Debug, Clone)]
pub struct SourceMap {
    /// Node 0 is the root (the pointer `""`).
    nodes: Vec<Node>,
    /// `(parent, token)` → node, for array elements and for the members of an object beyond
    /// its first [`LISTED_MEMBERS`].
    indexed: FxHashMap<(u32, u32), u32>,
    /// Object member names, interned; a token below [`INDEX_TOKEN`] is an index into `names`.
    names: Vec<Box<str>>,
    name_ids: FxHashMap<Box<str>, u32>,
    /// Sheet names of the places, interned.
    sheets: Vec<Arc<str>>,
    /// Table rows mapped without nodes (see [`SourceMap::set_row`]).
    row_blocks: Vec<rows::RowBlock>,
    /// How many rows the next block of rows will have, as a reader expects
    /// ([`SourceMap::reserve_rows`]).
    expected_rows: usize,
    /// How many pointers have a place.
    mapped: usize,
}

/// A node of a [`SourceMap`]'s tree of pointers: a JSON pointer, built by a reader as it walks
/// the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PointerNode(u32);

/// Tokens at or above this value are array indices (`INDEX_TOKEN + index`).
const INDEX_TOKEN: u32 = 1 << 31;

/// `Stored::sheet` of a line and column of a text file.
const TEXT_PLACE: u32 = u32::MAX - 1;

/// `Stored::sheet` of a node without a place.
const NO_PLACE: u32 = u32::MAX;

/// `Node::first_member` and `Node::next_member` when there is none (the root is nobody's
/// member).
const NO_NODE: u32 = 0;

/// How many members of an object are found by walking its list; the rest through the index,
/// so that an object with a million members costs no more than an array.
const LISTED_MEMBERS: usize = 16;

/// What looking for a child found.
enum Found {
    At(u32),
    /// No such child; the object's list holds `listed` members.
    NotListed {
        listed: usize,
    },
}

#[derive(Debug, Clone, Copy)]
struct Node {
    parent: u32,
    token: u32,
    /// The first of the node's object members, newest first.
    first_member: u32,
    /// The next member of the same parent.
    next_member: u32,
    place: Stored,
}

impl Node {
    fn new(parent: u32, token: u32) -> Node {
        Node {
            parent,
            token,
            first_member: NO_NODE,
            next_member: NO_NODE,
            place: Stored::NONE,
        }
    }
}

/// A place in 12 bytes: a sheet number with row and column, or a line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stored {
    sheet: u32,
    first: u32,
    second: u32,
}

impl Stored {
    const NONE: Stored = Stored {
        sheet: NO_PLACE,
        first: 0,
        second: 0,
    };
}

impl Default for SourceMap {
    fn default() -> Self {
        SourceMap {
            nodes: vec![Node::new(0, 0)],
            indexed: FxHashMap::default(),
            names: Vec::new(),
            name_ids: FxHashMap::default(),
            sheets: Vec::new(),
            row_blocks: Vec::new(),
            expected_rows: 0,
            mapped: 0,
        }
    }
}

impl PartialEq for SourceMap {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for SourceMap {}

/// The reference tokens of a pointer (`""` has none), still escaped.
fn raw_tokens(pointer: &str) -> impl Iterator<Item = &str> {
    pointer.split('/').skip(1)
}

/// The array index a token names, if it names one (`0`, `17`; not `017` or `-1`).
fn index_of(token: &str) -> Option<u32> {
    let canonical = !token.is_empty()
        && token.bytes().all(|b| b.is_ascii_digit())
        && (token == "0" || !token.starts_with('0'));
    canonical
        .then(|| token.parse::<u32>().ok())
        .flatten()
        .filter(|index| *index < INDEX_TOKEN)
}

fn unescape(token: &str) -> std::borrow::Cow<'_, str> {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~").into()
    } else {
        token.into()
    }
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        SourceMap::default()
    }

    /// Makes room for `additional` more pointers, for a reader that knows how many rows it is
    /// about to map.
    pub fn reserve(&mut self, additional: usize) {
        self.nodes.reserve(additional);
    }

    /// Records where the value at `pointer` came from.
    pub fn insert(&mut self, pointer: impl AsRef<str>, location: Location) {
        let node = match pointer.as_ref().strip_prefix('/') {
            Some(relative) => self.descend(SourceMap::ROOT, relative),
            None => SourceMap::ROOT,
        };
        self.set(node, location);
    }

    /// The root of the document (the pointer `""`), to walk down from with [`Self::member`]
    /// and [`Self::element`].
    pub const ROOT: PointerNode = PointerNode(0);

    /// The member `name` of the object at `parent`: a reader that walks the document builds
    /// its pointers this way, without writing them out.
    pub fn member(&mut self, parent: PointerNode, name: &str) -> PointerNode {
        let token = self.intern_name(name);
        self.child_node(parent, token)
    }

    /// The member of the object at `parent` whose name has the number `number` (see
    /// [`Self::name_number`]): [`Self::member`] without looking the name up; `None` when no
    /// name has that number.
    pub fn numbered_member(&mut self, parent: PointerNode, number: usize) -> Option<PointerNode> {
        let token = u32::try_from(number)
            .ok()
            .filter(|_| number < self.names.len())?;
        Some(self.child_node(parent, token))
    }

    /// The number of the name of `node` when it is an object's member: the same for every
    /// member of that name, counted from 0 in the order the names were first seen, so that a
    /// reader can keep one copy of each name.
    pub fn name_number(&self, PointerNode(node): PointerNode) -> Option<usize> {
        let token = self.nodes.get(node as usize)?.token;
        (node != 0 && token < INDEX_TOKEN).then_some(token as usize)
    }

    /// The node `relative` below `from`, where `relative` is a pointer's tokens without the
    /// leading slash (`value/currency`, `intermediate_locations/0/name`), escaped as in a
    /// pointer.
    pub fn descend(&mut self, from: PointerNode, relative: &str) -> PointerNode {
        let mut node = from;
        for token in relative.split('/') {
            let token = self.intern_token(token);
            node = self.child_node(node, token);
        }
        node
    }

    /// The element `index` of the array at `parent`.
    pub fn element(&mut self, parent: PointerNode, index: usize) -> PointerNode {
        let index = u32::try_from(index)
            .ok()
            .filter(|index| *index < INDEX_TOKEN)
            .unwrap_or(INDEX_TOKEN - 1);
        self.child_node(parent, INDEX_TOKEN + index)
    }

    /// Records where the value at `node` came from.
    pub fn set(&mut self, node: PointerNode, location: Location) {
        let place = self.store(location);
        self.set_stored(node.0, place);
    }

    /// Records that the value at `node` came from this line and column of a text file: what
    /// [`Self::set`] does with `Location::text(line, column)`, for a reader that records a
    /// place for every value.
    #[inline]
    pub fn set_text(&mut self, node: PointerNode, line: u32, column: u32) {
        self.set_stored(
            node.0,
            Stored {
                sheet: TEXT_PLACE,
                first: line,
                second: column,
            },
        );
    }

    #[inline]
    fn set_stored(&mut self, node: u32, place: Stored) {
        let Some(slot) = self
            .nodes
            .get_mut(node as usize)
            .map(|node| &mut node.place)
        else {
            return;
        };
        if slot.sheet == NO_PLACE {
            self.mapped += 1;
        }
        *slot = place;
    }

    /// The JSON pointer of `node`.
    pub fn pointer(&self, node: PointerNode) -> String {
        self.pointer_of(node.0)
    }

    fn child_node(&mut self, PointerNode(node): PointerNode, token: u32) -> PointerNode {
        let listed = match self.find_child(node, token) {
            Found::At(known) => return PointerNode(known),
            Found::NotListed { listed } => listed,
        };
        let child = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
        let mut fresh = Node::new(node, token);
        if token >= INDEX_TOKEN || listed >= LISTED_MEMBERS {
            self.indexed.insert((node, token), child);
        } else if let Some(parent) = self.nodes.get_mut(node as usize) {
            fresh.next_member = parent.first_member;
            parent.first_member = child;
        }
        self.nodes.push(fresh);
        if token >= INDEX_TOKEN && !self.row_blocks.is_empty() {
            self.make_row_nodes(node, token - INDEX_TOKEN, child);
        }
        PointerNode(child)
    }

    /// The child of `node` with `token`, if there is one.
    fn child_of(&self, node: u32, token: u32) -> Option<u32> {
        match self.find_child(node, token) {
            Found::At(child) => Some(child),
            Found::NotListed { .. } => None,
        }
    }

    fn find_child(&self, node: u32, token: u32) -> Found {
        let indexed = |map: &SourceMap| map.indexed.get(&(node, token)).copied();
        if token >= INDEX_TOKEN {
            return indexed(self).map_or(Found::NotListed { listed: 0 }, Found::At);
        }
        let mut listed = 0;
        let mut member = self
            .nodes
            .get(node as usize)
            .map_or(NO_NODE, |n| n.first_member);
        while let Some(candidate) = (member != NO_NODE)
            .then(|| self.nodes.get(member as usize))
            .flatten()
        {
            if candidate.token == token {
                return Found::At(member);
            }
            listed += 1;
            member = candidate.next_member;
        }
        match (listed >= LISTED_MEMBERS).then(|| indexed(self)).flatten() {
            Some(child) => Found::At(child),
            None => Found::NotListed { listed },
        }
    }

    /// Where the value at exactly `pointer` came from.
    pub fn get(&self, pointer: &str) -> Option<Location> {
        let tokens: Vec<&str> = raw_tokens(pointer).collect();
        let mut node = 0u32;
        for (depth, token) in tokens.iter().enumerate() {
            node = match self.child(node, token) {
                Some(child) => child,
                None => {
                    let place = self.row_place(node, &tokens[depth..], false)?;
                    return self.location_of(place);
                }
            };
        }
        self.place(node)
    }

    /// The place of `pointer`, or of its nearest ancestor that has one: a missing field is
    /// found at the object (or row) that should hold it.
    pub fn locate(&self, pointer: &str) -> Option<Location> {
        let tokens: Vec<&str> = raw_tokens(pointer).collect();
        let mut node = 0u32;
        let mut nearest = self.place(node);
        for (depth, token) in tokens.iter().enumerate() {
            let Some(child) = self.child(node, token) else {
                if let Some(place) = self.row_place(node, &tokens[depth..], true) {
                    nearest = self.location_of(place);
                }
                break;
            };
            node = child;
            if let Some(place) = self.place(node) {
                nearest = Some(place);
            }
        }
        nearest
    }

    /// Number of pointers mapped.
    pub fn len(&self) -> usize {
        self.mapped
    }

    /// Whether nothing is mapped.
    pub fn is_empty(&self) -> bool {
        self.mapped == 0
    }

    /// Every pointer and its place, in pointer order.
    pub fn iter(&self) -> impl Iterator<Item = (String, Location)> + '_ {
        let mut places: Vec<(String, Location)> = (0..self.nodes.len())
            .filter_map(|node| {
                let node = u32::try_from(node).ok()?;
                Some((self.pointer_of(node), self.place(node)?))
            })
            .chain(
                self.row_places()
                    .filter_map(|(pointer, place)| Some((pointer, self.location_of(place)?))),
            )
            .collect();
        places.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        places.into_iter()
    }

    fn child(&self, node: u32, raw_token: &str) -> Option<u32> {
        self.child_of(node, self.known_token(raw_token)?)
    }

    /// The token a raw (escaped) token stands for, if the map has seen it.
    fn known_token(&self, raw_token: &str) -> Option<u32> {
        match index_of(raw_token) {
            Some(index) => Some(INDEX_TOKEN + index),
            None => self.name_ids.get(&*unescape(raw_token)).copied(),
        }
    }

    fn intern_token(&mut self, raw_token: &str) -> u32 {
        if let Some(index) = index_of(raw_token) {
            return INDEX_TOKEN + index;
        }
        self.intern_name(&unescape(raw_token))
    }

    fn intern_name(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.name_ids.get(name) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(INDEX_TOKEN - 1);
        self.names.push(name.into());
        self.name_ids.insert(name.into(), id);
        id
    }

    fn store(&mut self, location: Location) -> Stored {
        match location {
            Location::Text { line, column } => Stored {
                sheet: TEXT_PLACE,
                first: line,
                second: column,
            },
            Location::Cell { sheet, row, column } => {
                let index = match self
                    .sheets
                    .iter()
                    .rposition(|known| Arc::ptr_eq(known, &sheet))
                    .or_else(|| self.sheets.iter().rposition(|known| **known == *sheet))
                {
                    Some(index) => index,
                    None => {
                        self.sheets.push(sheet);
                        self.sheets.len() - 1
                    }
                };
                Stored {
                    sheet: u32::try_from(index).unwrap_or(NO_PLACE - 2),
                    first: row,
                    second: column,
                }
            }
        }
    }

    fn place(&self, node: u32) -> Option<Location> {
        self.location_of(self.nodes.get(node as usize)?.place)
    }

    fn location_of(&self, stored: Stored) -> Option<Location> {
        match stored.sheet {
            NO_PLACE => None,
            TEXT_PLACE => Some(Location::text(stored.first, stored.second)),
            sheet => Some(Location::Cell {
                sheet: self.sheets.get(sheet as usize)?.clone(),
                row: stored.first,
                column: stored.second,
            }),
        }
    }

    fn pointer_of(&self, mut node: u32) -> String {
        let mut tokens = Vec::new();
        while node != 0 {
            let Node { parent, token, .. } = self.nodes[node as usize];
            tokens.push(token);
            node = parent;
        }
        tokens.iter().rev().fold(String::new(), |pointer, &token| {
            self.push_token(&pointer, token)
        })
    }

    fn push_token(&self, pointer: &str, token: u32) -> String {
        if token >= INDEX_TOKEN {
            pointer_push(pointer, token - INDEX_TOKEN)
        } else {
            pointer_push(pointer, &self.names[token as usize])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cells_in_a1_notation() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(16, 3), "D17");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 701), "ZZ10");
        assert_eq!(cell_name(0, 702), "AAA1");
    }

    #[test]
    fn parses_cell_names_back() {
        assert_eq!(parse_cell_name("D17"), Some((16, 3)));
        assert_eq!(parse_cell_name("AA1"), Some((0, 26)));
        assert_eq!(parse_cell_name("ZZ10"), Some((9, 701)));
        assert_eq!(parse_cell_name("A0"), None);
        assert_eq!(parse_cell_name("17"), None);
        assert_eq!(parse_cell_name("d17"), None);
    }

    #[test]
    fn serialises_cells_in_a1_notation() {
        let location = Location::cell("Exports", 16, 3);
        let json = serde_json::to_value(&location).expect("serialises");
        assert_eq!(
            json,
            serde_json::json!({ "sheet": "Exports", "cell": "D17" })
        );
        let back: Location = serde_json::from_value(json).expect("deserialises");
        assert_eq!(back, location);
        let text: Location =
            serde_json::from_value(serde_json::json!({ "line": 3, "column": 9 })).expect("text");
        assert_eq!(text, Location::text(3, 9));
    }

    #[test]
    fn escapes_pointer_tokens() {
        assert_eq!(pointer_push("/exports", "entries"), "/exports/entries");
        assert_eq!(pointer_push("", "a/b~c"), "/a~1b~0c");
        assert_eq!(
            pointer_parent("/exports/entries/3"),
            Some("/exports/entries")
        );
        assert_eq!(pointer_parent("/exports"), Some(""));
        assert_eq!(pointer_parent(""), None);
    }

    #[test]
    fn locates_missing_fields_at_their_nearest_ancestor() {
        let mut map = SourceMap::new();
        map.insert("/exports/entries/0", Location::cell("Exports", 16, 0));
        map.insert("", Location::text(1, 1));
        assert_eq!(
            map.locate("/exports/entries/0/items")
                .map(|place| place.to_string()),
            Some("Exports!A17".to_owned())
        );
        assert_eq!(
            map.locate("/imports").map(|place| place.to_string()),
            Some("1:1".to_owned())
        );
    }

    #[test]
    fn gets_exactly_and_lists_in_pointer_order() {
        let mut map = SourceMap::new();
        map.insert(
            "/exports/entries/10/items",
            Location::cell("Exports", 16, 3),
        );
        map.insert(
            "/exports/entries/2/partner/name",
            Location::cell("Exports", 8, 1),
        );
        map.insert("/a~1b/~0c", Location::text(2, 5));
        map.insert(
            "/exports/entries/10/items",
            Location::cell("Exports", 17, 3),
        );
        map.insert("/exports/entries/017", Location::text(9, 9));
        assert_eq!(map.len(), 4);
        assert_eq!(
            map.get("/exports/entries/10/items").map(|l| l.to_string()),
            Some("Exports!D18".to_owned())
        );
        assert_eq!(map.get("/exports/entries/10"), None);
        assert_eq!(map.get("/a~1b/~0c"), Some(Location::text(2, 5)));
        assert_eq!(map.get("/exports/entries/17"), None);
        assert_eq!(map.get("/exports/entries/017"), Some(Location::text(9, 9)));
        let pointers: Vec<String> = map.iter().map(|(pointer, _)| pointer).collect();
        assert_eq!(
            pointers,
            [
                "/a~1b/~0c",
                "/exports/entries/017",
                "/exports/entries/10/items",
                "/exports/entries/2/partner/name",
            ]
        );
    }

    #[test]
    fn builds_pointers_node_by_node_as_insert_does() {
        let mut walked = SourceMap::new();
        let exports = walked.member(SourceMap::ROOT, "exports");
        let entries = walked.member(exports, "entries");
        let entry = walked.element(entries, 12);
        walked.set(entry, Location::text(3, 7));
        let odd = walked.member(entry, "a/b~");
        walked.set(odd, Location::text(4, 1));
        assert_eq!(walked.pointer(odd), "/exports/entries/12/a~1b~0");
        let mut inserted = SourceMap::new();
        inserted.insert("/exports/entries/12", Location::text(3, 7));
        inserted.insert("/exports/entries/12/a~1b~0", Location::text(4, 1));
        assert_eq!(walked, inserted);
        let mut descended = SourceMap::new();
        let entry = descended.descend(SourceMap::ROOT, "exports/entries/12");
        descended.set(entry, Location::text(3, 7));
        let odd = descended.descend(entry, "a~1b~0");
        descended.set(odd, Location::text(4, 1));
        assert_eq!(descended, inserted);
        assert_eq!(
            walked.locate("/exports/entries/12/a~1b~0/x"),
            Some(Location::text(4, 1))
        );
    }

    #[test]
    fn keeps_sheets_apart() {
        let mut map = SourceMap::new();
        map.insert("/exports", Location::cell("Exports", 0, 0));
        map.insert("/imports", Location::cell("Imports", 0, 0));
        map.insert("/year", Location::cell(String::from("Exports"), 1, 1));
        assert_eq!(
            map.get("/imports").map(|l| l.to_string()),
            Some("Imports!A1".into())
        );
        assert_eq!(
            map.get("/year").map(|l| l.to_string()),
            Some("Exports!B2".into())
        );
        let mut same = SourceMap::new();
        same.insert("/year", Location::cell("Exports", 1, 1));
        same.insert("/imports", Location::cell("Imports", 0, 0));
        same.insert("/exports", Location::cell("Exports", 0, 0));
        assert_eq!(
            map, same,
            "equality does not depend on the order of insertion"
        );
    }

    #[test]
    fn finds_every_member_of_a_large_object() {
        let mut map = SourceMap::new();
        let names: Vec<String> = (0..200).map(|i| format!("member{i}")).collect();
        for (line, name) in names.iter().enumerate() {
            let node = map.member(SourceMap::ROOT, name);
            map.set(node, Location::text(line as u32 + 1, 1));
        }
        for (line, name) in names.iter().enumerate() {
            let node = map.member(SourceMap::ROOT, name);
            assert_eq!(map.pointer(node), format!("/{name}"));
            assert_eq!(
                map.get(&format!("/{name}")),
                Some(Location::text(line as u32 + 1, 1))
            );
        }
        assert_eq!(map.len(), 200);
        assert_eq!(map.get("/member200"), None);
    }

    #[test]
    fn quotes_sheet_names_that_need_it() {
        let location = Location::cell("National definitions", 1, 1);
        assert_eq!(location.to_string(), "'National definitions'!B2");
    }
}
