//! Table rows mapped without a node per field.
//!
//! A workbook's table gives each entry's fields from the same sheet, mostly from the entry's
//! row and always the same column, so a block of consecutive rows keeps one list of members
//! (pointer suffixes) with the column each is found in and, per row, its row number, which
//! members it has and the cells of those found elsewhere: 24 bytes a row instead of a node
//! per field. A row whose places are not all cells of one sheet, or that places a member
//! twice, is mapped node by node, and so is a row that a reader later extends through the node
//! API (it is turned into nodes first), so that every pointer has one place.

use std::sync::Arc;

use super::{INDEX_TOKEN, Location, PointerNode, SourceMap, Stored, pointer_push};

/// Consecutive elements of one array, each a row of one sheet.
#[derive(Debug, Clone)]
pub(super) struct RowBlock {
    /// The array's node.
    array: u32,
    /// The index of the block's first element.
    first_index: u32,
    /// The sheet's number in [`SourceMap::sheets`].
    sheet: u32,
    /// The members any row of the block has; the first is the element itself.
    members: Vec<Member>,
    /// One per element.
    rows: Vec<RowPlaces>,
    /// The cells of the rows' members found elsewhere than in their row and column, row by
    /// row, each row's in the order of `members`.
    cells: Vec<(u32, u32)>,
}

/// A member of the rows of a block: a pointer below the element.
#[derive(Debug, Clone)]
struct Member {
    /// As the reader gave it (`value/currency`; empty for the element itself).
    suffix: Box<str>,
    /// The same as tokens.
    tokens: Box<[u32]>,
    /// The column it is found in, in its element's row (as in the first row that had it).
    column: u32,
}

#[derive(Debug, Clone, Copy)]
struct RowPlaces {
    /// Bit `i` set: the row has `members[i]`.
    has: u64,
    /// Bit `i` set: `members[i]` is not in the element's row at the member's column, and its
    /// cell is in [`RowBlock::cells`].
    elsewhere: u64,
    /// The element's row.
    row: u32,
    /// Where its cells found elsewhere start in [`RowBlock::cells`].
    first: u32,
}

impl RowPlaces {
    /// A row mapped node by node, kept so that the block goes on.
    fn empty(first: u32) -> RowPlaces {
        RowPlaces {
            has: 0,
            elsewhere: 0,
            row: 0,
            first,
        }
    }
}

/// The element's place and its members' as `(suffix, row, column)`, the element's first with
/// an empty suffix, when all are cells of the element's sheet.
fn cells_of_one_sheet<'m, S: AsRef<str>>(
    at: &Location,
    members: &'m [(S, Location)],
) -> Option<Vec<(&'m str, u32, u32)>> {
    let Location::Cell {
        sheet: at_sheet, ..
    } = at
    else {
        return None;
    };
    std::iter::once(("", at))
        .chain(
            members
                .iter()
                .map(|(suffix, place)| (suffix.as_ref(), place)),
        )
        .map(|(suffix, place)| match place {
            Location::Cell { sheet, row, column }
                if Arc::ptr_eq(sheet, at_sheet) || sheet == at_sheet =>
            {
                Some((suffix, *row, *column))
            }
            _ => None,
        })
        .collect()
}

/// The most members a block's rows may have.
const MAX_MEMBERS: usize = 64;

impl RowBlock {
    fn covers(&self, array: u32, index: u32) -> Option<usize> {
        let offset = index.checked_sub(self.first_index)? as usize;
        (self.array == array && offset < self.rows.len()).then_some(offset)
    }

    /// The place of `member` in `row`, which has it.
    fn place(&self, row: RowPlaces, member: usize) -> Option<Stored> {
        let bit = 1u64 << member;
        let (first, second) = if row.elsewhere & bit == 0 {
            (row.row, self.members.get(member)?.column)
        } else {
            let rank = (row.elsewhere & (bit - 1)).count_ones();
            *self.cells.get((row.first + rank) as usize)?
        };
        Some(Stored {
            sheet: self.sheet,
            first,
            second,
        })
    }

    /// The members `row` has, with their places.
    fn places(&self, row: RowPlaces) -> impl Iterator<Item = (&Member, Stored)> + '_ {
        self.members
            .iter()
            .enumerate()
            .filter(move |(bit, _)| row.has & (1 << bit) != 0)
            .filter_map(move |(bit, member)| Some((member, self.place(row, bit)?)))
    }
}

impl SourceMap {
    /// Makes room for a table of `rows` rows that the next calls of [`Self::set_row`] will
    /// map, so that its block is sized once rather than grown by doubling.
    pub fn reserve_rows(&mut self, rows: usize) {
        self.expected_rows = rows;
    }

    /// Records an element of the array at `array` that stands for a row of a table: the
    /// element at `at`, and each member (a pointer suffix below the element, escaped as in a
    /// pointer: `items`, `value/currency`) at its place. The same as [`Self::element`],
    /// [`Self::descend`] and [`Self::set`] for each, in far less memory when the places are
    /// cells of one sheet.
    pub fn set_row<S: AsRef<str>>(
        &mut self,
        array: PointerNode,
        index: usize,
        at: Location,
        members: &[(S, Location)],
    ) {
        if !self.set_row_in_block(array.0, index, &at, members) {
            let element = self.element(array, index);
            self.set(element, at);
            for (suffix, place) in members {
                let member = self.descend(element, suffix.as_ref());
                self.set(member, place.clone());
            }
        }
    }

    fn set_row_in_block<S: AsRef<str>>(
        &mut self,
        array: u32,
        index: usize,
        at: &Location,
        members: &[(S, Location)],
    ) -> bool {
        let Ok(index) = u32::try_from(index) else {
            return false;
        };
        if index >= INDEX_TOKEN
            || self.indexed.contains_key(&(array, INDEX_TOKEN + index))
            || self.row_of(array, index).is_some()
        {
            return false;
        }
        let Some(wanted) = cells_of_one_sheet(at, members) else {
            self.skip_row(array, index);
            return false;
        };
        let sheet = self.store(at.clone()).sheet;
        let extends_last = self.row_blocks.last().is_some_and(|block| {
            block.array == array
                && block.sheet == sheet
                && block.first_index as usize + block.rows.len() == index as usize
        });
        let expected = std::mem::take(&mut self.expected_rows);
        let mut block = match self.row_blocks.pop() {
            Some(block) if extends_last => block,
            other => {
                self.row_blocks.extend(other);
                RowBlock {
                    array,
                    first_index: index,
                    sheet,
                    members: Vec::new(),
                    rows: Vec::new(),
                    cells: Vec::new(),
                }
            }
        };
        block.rows.reserve(expected);
        let element_row = wanted.first().map_or(0, |&(_, row, _)| row);
        let mut placed: Vec<(usize, (u32, u32))> = Vec::with_capacity(wanted.len());
        let (mut has, mut elsewhere) = (0u64, 0u64);
        let mut fits = u32::try_from(block.cells.len() + wanted.len()).is_ok();
        // Rows of a table name their members in the same order: the member after the last
        // one found is tried before the others.
        let mut next = 0;
        for (suffix, row, column) in wanted {
            let known = match block.members.get(next) {
                Some(member) if *member.suffix == *suffix => Some(next),
                _ => block.members.iter().position(|m| *m.suffix == *suffix),
            };
            let bit = match known {
                Some(bit) => bit,
                None if block.members.len() < MAX_MEMBERS => {
                    let tokens: Vec<u32> = match suffix {
                        "" => Vec::new(),
                        _ => suffix.split('/').map(|t| self.intern_token(t)).collect(),
                    };
                    block.members.push(Member {
                        suffix: suffix.into(),
                        tokens: tokens.into(),
                        column,
                    });
                    block.members.len() - 1
                }
                None => {
                    fits = false;
                    break;
                }
            };
            if has & (1 << bit) != 0 {
                fits = false;
                break;
            }
            has |= 1 << bit;
            next = bit + 1;
            if row != element_row || column != block.members[bit].column {
                elsewhere |= 1 << bit;
                placed.push((bit, (row, column)));
            }
        }
        let first = u32::try_from(block.cells.len()).unwrap_or(u32::MAX);
        if fits {
            placed.sort_unstable_by_key(|&(bit, _)| bit);
            block.cells.extend(placed.into_iter().map(|(_, cell)| cell));
            block.rows.push(RowPlaces {
                has,
                elsewhere,
                row: element_row,
                first,
            });
            self.mapped += has.count_ones() as usize;
        } else if extends_last {
            // Mapped node by node, but kept in the block so that the rows after it extend it.
            block.rows.push(RowPlaces::empty(first));
        }
        if !block.rows.is_empty() {
            self.row_blocks.push(block);
        }
        fits
    }

    /// Keeps the last block of `array` going past element `index`, which is mapped node by
    /// node: without it, a table whose every other row does not fit would make a block per row,
    /// and finding a row would take as long as there are rows.
    fn skip_row(&mut self, array: u32, index: u32) {
        if let Some(block) = self.row_blocks.last_mut()
            && block.array == array
            && block.first_index as usize + block.rows.len() == index as usize
        {
            let first = u32::try_from(block.cells.len()).unwrap_or(u32::MAX);
            block.rows.push(RowPlaces::empty(first));
        }
    }

    /// The block and offset of the row mapped as element `index` of the array at `array`.
    fn row_of(&self, array: u32, index: u32) -> Option<(usize, usize)> {
        self.row_blocks
            .iter()
            .enumerate()
            .rev()
            .find_map(|(block, rows)| Some((block, rows.covers(array, index)?)))
    }

    /// Turns the row mapped as element `index` of `array` into nodes below `element`, before
    /// a node is made below it.
    pub(super) fn make_row_nodes(&mut self, array: u32, index: u32, element: u32) {
        let Some((block, offset)) = self.row_of(array, index) else {
            return;
        };
        let rows = &mut self.row_blocks[block];
        let row = rows.rows[offset];
        rows.rows[offset] = RowPlaces::empty(row.first);
        let places: Vec<(Box<[u32]>, Stored)> = rows
            .places(row)
            .map(|(member, place)| (member.tokens.clone(), place))
            .collect();
        self.mapped -= row.has.count_ones() as usize;
        for (tokens, place) in places {
            let node = tokens.iter().fold(element, |node, &token| {
                self.child_node(PointerNode(node), token).0
            });
            self.set_stored(node, place);
        }
    }

    /// The place of the pointer whose tokens from `node` on are `rest` (escaped), when `node`
    /// is an array and the element is a row of a block; with `nearest`, of its nearest mapped
    /// ancestor within the row.
    pub(super) fn row_place(&self, node: u32, rest: &[&str], nearest: bool) -> Option<Stored> {
        let (&index, below) = rest.split_first()?;
        let index = super::index_of(index)?;
        let (block, offset) = self.row_of(node, index)?;
        let block = &self.row_blocks[block];
        let row = block.rows[offset];
        let mut tokens = Vec::with_capacity(below.len());
        for token in below {
            match self.known_token(token) {
                Some(token) => tokens.push(token),
                None if nearest => break,
                None => return None,
            }
        }
        block
            .places(row)
            .filter(|(member, _)| {
                if nearest {
                    tokens.starts_with(&member.tokens)
                } else {
                    *member.tokens == *tokens
                }
            })
            .max_by_key(|(member, _)| member.tokens.len())
            .map(|(_, place)| place)
    }

    /// Every pointer the blocks map, with its place.
    pub(super) fn row_places(&self) -> impl Iterator<Item = (String, Stored)> + '_ {
        self.row_blocks.iter().flat_map(move |block| {
            let array = self.pointer_of(block.array);
            block
                .rows
                .iter()
                .enumerate()
                .flat_map(move |(offset, &row)| {
                    let element = pointer_push(&array, block.first_index as usize + offset);
                    block.places(row).map(move |(member, place)| {
                        let pointer = member
                            .tokens
                            .iter()
                            .fold(element.clone(), |p, &t| self.push_token(&p, t));
                        (pointer, place)
                    })
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(row: u32, column: u32) -> Location {
        Location::cell("Exports", row, column)
    }

    /// The rows of a table, mapped through `set_row` or node by node.
    fn table(by_rows: bool) -> SourceMap {
        let mut map = SourceMap::new();
        let exports = map.member(SourceMap::ROOT, "exports");
        map.set(exports, cell(0, 0));
        let entries = map.member(exports, "entries");
        for index in 0..40u32 {
            let row = 5 + index;
            let mut members = vec![
                ("category", cell(row, 0)),
                ("items", cell(row, 3)),
                ("value/amount", cell(row, 4)),
            ];
            if index % 3 == 0 {
                members.push(("comments", cell(row, 7)));
            }
            if index == 7 {
                // A currency from the heading: not the entry's row.
                members.push(("value/currency", cell(4, 5)));
            }
            if index == 9 {
                members.push(("intermediate_locations/0/name", cell(row, 6)));
            }
            if index == 11 {
                // A value one column to the right of the others'.
                members[2] = ("value/amount", cell(row, 5));
            }
            if by_rows {
                map.set_row(entries, index as usize, cell(row, 0), &members);
            } else {
                let element = map.element(entries, index as usize);
                map.set(element, cell(row, 0));
                for (suffix, place) in members {
                    let member = map.descend(element, suffix);
                    map.set(member, place);
                }
            }
        }
        map
    }

    #[test]
    fn rows_map_exactly_as_nodes_do() {
        let (rows, nodes) = (table(true), table(false));
        assert_eq!(rows, nodes);
        assert_eq!(rows.len(), nodes.len());
        assert!(
            rows.nodes.len() < nodes.nodes.len() / 10,
            "rows take no node per field"
        );
        for pointer in [
            "/exports/entries/3/comments",
            "/exports/entries/4/comments",
            "/exports/entries/7/value/currency",
            "/exports/entries/9/intermediate_locations/0/name",
            "/exports/entries/12",
            "/exports/entries/12/value",
            "/exports/entries/40",
            "/exports/entries/x",
            "/exports/entries/2/unknown",
        ] {
            assert_eq!(rows.get(pointer), nodes.get(pointer), "get {pointer}");
        }
        for pointer in [
            "/exports/entries/4/comments",
            "/exports/entries/12/value/amount/deeper",
            "/exports/entries/12/value/currency",
            "/exports/entries/12/never_seen/x",
            "/exports/entries/99/items",
            "/exports/entries/9/intermediate_locations/0/code",
        ] {
            assert_eq!(
                rows.locate(pointer),
                nodes.locate(pointer),
                "locate {pointer}"
            );
        }
        assert_eq!(
            rows.get("/exports/entries/12/items"),
            Some(Location::cell("Exports", 17, 3))
        );
    }

    #[test]
    fn a_row_extended_later_keeps_its_places() {
        let mut rows = table(true);
        let mut nodes = table(false);
        for map in [&mut rows, &mut nodes] {
            map.insert("/exports/entries/12/value/currency", cell(2, 2));
            map.insert("/exports/entries/13/items", cell(30, 3));
        }
        assert_eq!(rows, nodes);
        assert_eq!(rows.get("/exports/entries/13/items"), Some(cell(30, 3)));
        assert_eq!(
            rows.get("/exports/entries/12/value/amount"),
            Some(cell(17, 4))
        );
        assert_eq!(rows.len(), nodes.len());
    }

    #[test]
    fn rows_that_do_not_fit_keep_the_block_going() {
        let mut map = SourceMap::new();
        let entries = map.descend(SourceMap::ROOT, "exports/entries");
        for index in 0..1000u32 {
            let place = match index % 2 {
                0 => cell(index, 3),
                _ => Location::cell("Elsewhere", index, 3),
            };
            map.set_row(entries, index as usize, cell(index, 0), &[("items", place)]);
        }
        assert_eq!(map.row_blocks.len(), 1);
        assert_eq!(map.len(), 2000);
        assert_eq!(map.get("/exports/entries/998/items"), Some(cell(998, 3)));
        assert_eq!(
            map.get("/exports/entries/999/items"),
            Some(Location::cell("Elsewhere", 999, 3))
        );
        assert_eq!(map.get("/exports/entries/999"), Some(cell(999, 0)));
    }

    #[test]
    fn a_reserved_table_is_sized_once() {
        let mut map = SourceMap::new();
        let entries = map.descend(SourceMap::ROOT, "exports/entries");
        map.reserve_rows(1000);
        for index in 0..1000u32 {
            let members = [("category", cell(index, 1)), ("items", cell(index, 3))];
            map.set_row(entries, index as usize, cell(index, 0), &members);
        }
        let block = &map.row_blocks[0];
        assert_eq!(block.rows.capacity(), 1000);
        // Every place is in its row, at its member's column: none is kept cell by cell.
        assert!(block.cells.is_empty());
        assert_eq!(map.get("/exports/entries/999/items"), Some(cell(999, 3)));
    }

    #[test]
    fn rows_of_several_sheets_and_arrays_stay_apart() {
        let mut map = SourceMap::new();
        let exports = map.member(SourceMap::ROOT, "exports");
        let imports = map.member(SourceMap::ROOT, "imports");
        let exported = map.member(exports, "entries");
        let imported = map.member(imports, "entries");
        map.set_row(exported, 0, cell(5, 0), &[("items", cell(5, 2))]);
        map.set_row(
            imported,
            0,
            Location::cell("Imports", 5, 0),
            &[("items", Location::cell("Imports", 5, 9))],
        );
        map.set_row(
            exported,
            1,
            Location::cell("More", 1, 0),
            &[("items", Location::cell("More", 1, 1))],
        );
        map.set_row(exported, 2, cell(6, 0), &[("items", Location::text(1, 1))]);
        assert_eq!(map.get("/exports/entries/0/items"), Some(cell(5, 2)));
        assert_eq!(
            map.get("/imports/entries/0/items"),
            Some(Location::cell("Imports", 5, 9))
        );
        assert_eq!(
            map.get("/exports/entries/1/items"),
            Some(Location::cell("More", 1, 1))
        );
        assert_eq!(
            map.get("/exports/entries/2/items"),
            Some(Location::text(1, 1))
        );
        assert_eq!(map.len(), 8);
        let pointers: Vec<String> = map.iter().map(|(pointer, _)| pointer).collect();
        assert_eq!(pointers.len(), 8);
        assert!(pointers.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
