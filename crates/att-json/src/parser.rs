//! A strict JSON (RFC 8259) parser that records the line and column of every value.
//!
//! serde_json knows no positions after a successful parse, and the position-aware parsers on
//! crates.io accept JSON5/JSONC and recurse without a depth limit; this one is small, strict,
//! bounded in depth, and builds the document (a [`JsonTree`]) and the source map in one pass.

use crate::error::{Expected, Found, GrammarProblem, SyntaxError};
use att_schema::json_tree::{NameRef, NodeRef, TextRef, TreeBuilder};
use att_schema::rules::DUPLICATE_FIELD;
use att_schema::{Diagnostic, JsonTree, Location, PointerNode, SourceMap};
use rustc_hash::FxHashMap;
use serde_json::Number;

/// The parsed document, where each part came from, and the findings of the parse itself.
pub(crate) struct Parsed {
    pub tree: JsonTree,
    pub source_map: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) fn parse(text: &str, max_depth: usize) -> Result<Parsed, SyntaxError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        line: 1,
        line_start: 0,
        continuation: 0,
        max_depth,
        source_map: SourceMap::new(),
        diagnostics: Vec::new(),
        tree: TreeBuilder::new(text.len()),
        names: Vec::new(),
        scratch: String::new(),
        first_fields: Vec::new(),
        recent_names: [u32::MAX; NAME_SLOTS],
    };
    let (values, members) = estimated_values(parser.bytes);
    parser.source_map.reserve(values);
    parser.tree.reserve(values, members);
    if parser.bytes.starts_with(b"\xEF\xBB\xBF") {
        parser.pos = 3;
        parser.line_start = 3;
    }
    parser.skip_whitespace();
    let root = parser.value(SourceMap::ROOT, 0)?;
    parser.skip_whitespace();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(GrammarProblem::TrailingText));
    }
    Ok(Parsed {
        tree: parser.tree.finish(root),
        source_map: parser.source_map,
        diagnostics: parser.diagnostics,
    })
}

/// Where each field of one object is named, by the field's node, to find a field given twice:
/// a list while the object is small (as a report's are), a map once it is large, so that an
/// object of very many fields is still read in linear time. With each place, where the field
/// is among the members the tree builder holds (see [`TreeBuilder::member`]).
///
/// The lists of the objects being read are one stack ([`Parser::first_fields`]), each object's
/// from `start` on, so that reading an object allocates nothing.
struct FieldPlaces {
    start: usize,
    many: FxHashMap<PointerNode, FirstField>,
}

/// The first occurrence of a field: its node, the line and column where it is named, and
/// where its member is (as [`TreeBuilder::member`] said).
#[derive(Clone, Copy)]
struct FirstField {
    node: PointerNode,
    line: u32,
    column: u32,
    member: u32,
}

impl FieldPlaces {
    /// Objects with more fields than this keep their places in the map.
    const FEW: usize = 32;

    /// The places of an object whose list starts at the top of `stack`.
    fn new(stack: &[FirstField]) -> FieldPlaces {
        FieldPlaces {
            start: stack.len(),
            many: FxHashMap::default(),
        }
    }

    /// The first field of `node` when there was one.
    fn first(&self, stack: &[FirstField], node: PointerNode) -> Option<FirstField> {
        let few = stack.get(self.start..).unwrap_or_default();
        if let Some(first) = few.iter().find(|first| first.node == node) {
            return Some(*first);
        }
        self.many.get(&node).copied()
    }

    /// Records the first field of its node.
    fn insert(&mut self, stack: &mut Vec<FirstField>, first: FirstField) {
        if stack.len() - self.start < Self::FEW {
            stack.push(first);
        } else {
            self.many.insert(first.node, first);
        }
    }

    /// The object is read: its list leaves the stack.
    fn close(self, stack: &mut Vec<FirstField>) {
        stack.truncate(self.start);
    }
}

/// About how many values `bytes` hold, and how many of them are members of objects, to size
/// the source map and the tree once: one a member (a `:` each), one an object (most items of a
/// report's lists are objects), and the root. Colons and braces inside strings make it an
/// overestimate, other items of lists an underestimate; both grow past it as needed.
fn estimated_values(bytes: &[u8]) -> (usize, usize) {
    // Counted in byte-wide lanes, which the compiler vectorises, a block at a time so that no
    // lane overflows.
    const LANES: usize = 32;
    let (mut colons, mut braces) = (0, 0);
    let mut blocks = bytes.chunks_exact(LANES * usize::from(u8::MAX));
    for block in &mut blocks {
        let (mut colon, mut brace) = ([0u8; LANES], [0u8; LANES]);
        for group in block.chunks_exact(LANES) {
            for lane in 0..LANES {
                colon[lane] += u8::from(group[lane] == b':');
                brace[lane] += u8::from(group[lane] == b'{');
            }
        }
        colons += colon.iter().map(|&n| usize::from(n)).sum::<usize>();
        braces += brace.iter().map(|&n| usize::from(n)).sum::<usize>();
    }
    for &byte in blocks.remainder() {
        colons += usize::from(byte == b':');
        braces += usize::from(byte == b'{');
    }
    (colons + braces + 1, colons)
}

/// How many bytes at the start of `bytes` a string holds as they are (up to a `"`, a `\\` or a
/// control character), and whether one of them is not ASCII.
///
/// Eight bytes at a time: a byte equal to one of the two, or below 0x20, sets the high bit of
/// its place in the word (the usual "has a zero byte" test); a place above the first such byte
/// may be set too, by a borrow, never one below it.
fn plain_run(bytes: &[u8]) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |word: u64| word.wrapping_sub(ONES) & !word & HIGH;
    let mut at = 0;
    let mut high = 0;
    while let Some(&chunk) = bytes.get(at..).and_then(|rest| rest.first_chunk::<8>()) {
        let word = u64::from_le_bytes(chunk);
        let stops = zero_bytes(word ^ (ONES * u64::from(b'"')))
            | zero_bytes(word ^ (ONES * u64::from(b'\\')))
            | (word.wrapping_sub(ONES * 0x20) & !word & HIGH);
        if stops != 0 {
            let before = stops.trailing_zeros() / 8;
            let kept = (1u64 << (before * 8)).wrapping_sub(1);
            high |= word & HIGH & kept;
            return (at + before as usize, high != 0);
        }
        high |= word & HIGH;
        at += 8;
    }
    for (offset, &byte) in bytes[at..].iter().enumerate() {
        if byte == b'"' || byte == b'\\' || byte < 0x20 {
            return (at + offset, high != 0);
        }
        high |= u64::from(byte & 0x80);
    }
    (bytes.len(), high != 0)
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
    /// The line of `pos`, from 1.
    line: u32,
    /// Where that line starts.
    line_start: usize,
    /// How many UTF-8 continuation bytes the line has before `pos`: the column counts
    /// characters, the other bytes.
    continuation: usize,
    max_depth: usize,
    source_map: SourceMap,
    diagnostics: Vec<Diagnostic>,
    /// The document read so far.
    tree: TreeBuilder,
    /// The field names in the tree, by their number in the source map
    /// ([`SourceMap::name_number`]): each name is held once.
    names: Vec<Option<NameRef>>,
    /// The text of the last field name that has escapes, decoded.
    scratch: String,
    /// The fields of the objects being read, innermost last (see [`FieldPlaces`]).
    first_fields: Vec<FirstField>,
    /// The number of the field name last met in each slot of [`name_slot`] (see
    /// [`Parser::field`]).
    recent_names: [u32; NAME_SLOTS],
}

/// Slots of [`Parser::recent_names`].
const NAME_SLOTS: usize = 256;

/// The slot of a field name in [`Parser::recent_names`]: of its length and its first and
/// last bytes, which tell a report's field names apart.
fn name_slot(name: &str) -> usize {
    let bytes = name.as_bytes();
    let first = bytes.first().copied().unwrap_or_default();
    let last = bytes.last().copied().unwrap_or_default();
    (bytes.len().wrapping_mul(31) ^ usize::from(first).wrapping_mul(7) ^ usize::from(last))
        % NAME_SLOTS
}

/// A field name as [`Parser::key`] read it.
#[derive(Clone, Copy)]
enum Key {
    /// Written without escapes: its text is the input's between these offsets.
    Plain(usize, usize),
    /// Decoded into [`Parser::scratch`].
    Decoded,
}

impl Parser<'_> {
    #[cold]
    #[inline(never)]
    fn error(&self, problem: GrammarProblem) -> SyntaxError {
        SyntaxError::Grammar {
            line: self.line,
            column: self.column(),
            problem,
        }
    }

    /// `expected` is not what the text has here.
    #[cold]
    #[inline(never)]
    fn expected(&self, expected: Expected) -> SyntaxError {
        self.error(GrammarProblem::Expected {
            expected,
            found: self.describe_next(),
        })
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The column of `pos`, from 1, in characters.
    fn column(&self) -> u32 {
        let characters = self.pos - self.line_start - self.continuation;
        u32::try_from(characters + 1).unwrap_or(u32::MAX)
    }

    /// Moves past one byte, keeping the line and what the column is counted from.
    fn bump(&mut self) {
        if let Some(&byte) = self.bytes.get(self.pos) {
            self.pos += 1;
            if byte == b'\n' {
                self.new_line();
            } else if byte & 0xC0 == 0x80 {
                self.continuation += 1;
            }
        }
    }

    /// `pos` is just past a line break.
    fn new_line(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
        self.continuation = 0;
    }

    /// Moves past blanks, as [`Self::bump`] would one by one.
    fn skip_whitespace(&mut self) {
        while let Some(&byte) = self.bytes.get(self.pos) {
            match byte {
                b'\n' => {
                    self.pos += 1;
                    self.new_line();
                    continue;
                }
                b' ' | b'\t' | b'\r' => {}
                _ => return,
            }
            self.pos += 1;
        }
    }

    fn describe_next(&self) -> Found {
        match self.text[self.pos..].chars().next() {
            None => Found::End,
            Some(c) if c.is_control() => Found::Control(c),
            Some(c) => Found::Char(c),
        }
    }

    fn expect(&mut self, byte: u8, what: Expected) -> Result<(), SyntaxError> {
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(self.expected(what))
        }
    }

    fn value(&mut self, node: PointerNode, depth: usize) -> Result<NodeRef, SyntaxError> {
        let (line, column) = (self.line, self.column());
        let value = match self.peek() {
            Some(b'{') => self.object(node, depth + 1)?,
            Some(b'[') => self.array(node, depth + 1)?,
            Some(b'"') => {
                let text = self.string()?;
                self.tree.string(text)
            }
            Some(b'-' | b'0'..=b'9') => {
                let number = self.number()?;
                self.tree.number(&number)
            }
            Some(b't') => {
                self.literal("true")?;
                self.tree.boolean(true)
            }
            Some(b'f') => {
                self.literal("false")?;
                self.tree.boolean(false)
            }
            Some(b'n') => {
                self.literal("null")?;
                self.tree.null()
            }
            _ => return Err(self.expected(Expected::Value)),
        };
        self.source_map.set_text(node, line, column);
        Ok(value)
    }

    fn check_depth(&self, depth: usize) -> Result<(), SyntaxError> {
        if depth > self.max_depth {
            return Err(SyntaxError::TooDeep {
                line: self.line,
                column: self.column(),
                limit: self.max_depth,
            });
        }
        Ok(())
    }

    fn object(&mut self, node: PointerNode, depth: usize) -> Result<NodeRef, SyntaxError> {
        self.check_depth(depth)?;
        self.bump();
        let open = self.tree.begin_object();
        let mut key_places = FieldPlaces::new(&self.first_fields);
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(self.tree.end_object(open));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.expected(Expected::FieldName));
            }
            let (key_line, key_column) = (self.line, self.column());
            let key = self.key()?;
            let (child, key) = self.field(node, key);
            self.skip_whitespace();
            self.expect(b':', Expected::Colon)?;
            self.skip_whitespace();
            let value = self.value(child, depth)?;
            if let Some(first) = key_places.first(&self.first_fields, child) {
                // As `serde_json` inserting one by one: a field given twice keeps its first
                // place and takes its last value.
                self.tree.replace(first.member as usize, value);
                self.diagnostics.push(
                    Diagnostic::new(&DUPLICATE_FIELD)
                        .arg("field", self.tree.name_str(key))
                        .arg(
                            "first",
                            Location::text(first.line, first.column).to_string(),
                        )
                        .at(self.source_map.pointer(child))
                        .located(Location::text(key_line, key_column)),
                );
            } else {
                let member = self.tree.member(key, value);
                key_places.insert(
                    &mut self.first_fields,
                    FirstField {
                        node: child,
                        line: key_line,
                        column: key_column,
                        // Fewer members than bytes of text, which are fewer than 2³².
                        member: u32::try_from(member).unwrap_or(u32::MAX),
                    },
                );
            }
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    key_places.close(&mut self.first_fields);
                    return Ok(self.tree.end_object(open));
                }
                _ => return Err(self.expected(Expected::CommaOrBrace)),
            }
        }
    }

    /// The node of the field named `key` of the object at `node`, and its name in the tree.
    ///
    /// A report has a few dozen field names, each met thousands of times: the name last met
    /// of the same length and first and last bytes is tried first, which finds the node
    /// without looking the name up.
    fn field(&mut self, node: PointerNode, key: Key) -> (PointerNode, NameRef) {
        let text = self.text;
        let name: &str = match key {
            Key::Plain(start, end) => &text[start..end],
            Key::Decoded => &self.scratch,
        };
        let slot = name_slot(name);
        let recent = self.recent_names[slot];
        if let Some(&Some(known)) = self.names.get(recent as usize)
            && self.tree.name_str(known) == name
            && let Some(child) = self.source_map.numbered_member(node, recent as usize)
        {
            return (child, known);
        }
        let child = self.source_map.member(node, name);
        let Some(number) = self.source_map.name_number(child) else {
            return (child, self.tree.name(name));
        };
        if self.names.len() <= number {
            self.names.resize(number + 1, None);
        }
        let known = *self.names[number].get_or_insert_with(|| self.tree.name(name));
        if let Ok(number) = u32::try_from(number) {
            self.recent_names[slot] = number;
        }
        (child, known)
    }

    fn array(&mut self, node: PointerNode, depth: usize) -> Result<NodeRef, SyntaxError> {
        self.check_depth(depth)?;
        self.bump();
        let open = self.tree.begin_array();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(self.tree.end_array(open));
        }
        let mut count = 0;
        loop {
            self.skip_whitespace();
            let child = self.source_map.element(node, count);
            let item = self.value(child, depth)?;
            self.tree.item(item);
            count += 1;
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    return Ok(self.tree.end_array(open));
                }
                _ => return Err(self.expected(Expected::CommaOrBracket)),
            }
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), SyntaxError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(())
        } else {
            Err(self.expected(Expected::Value))
        }
    }

    fn number(&mut self) -> Result<Number, SyntaxError> {
        let start = self.pos;
        let (line, column) = (self.line, self.column());
        let invalid = |parser: &Self| SyntaxError::Grammar {
            line,
            column,
            problem: GrammarProblem::InvalidNumber {
                written: parser.text[start..parser.pos.max(start + 1).min(parser.text.len())]
                    .to_owned(),
            },
        };
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => self.bump(),
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(invalid(self)),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            integer = false;
            self.bump();
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(invalid(self));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            integer = false;
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(invalid(self));
            }
            self.digits();
        }
        let token = &self.text[start..self.pos];
        if integer {
            if let Ok(n) = token.parse::<u64>() {
                return Ok(Number::from(n));
            }
            if let Ok(n) = token.parse::<i64>() {
                return Ok(Number::from(n));
            }
        }
        token
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .ok_or_else(|| SyntaxError::Grammar {
                line,
                column,
                problem: GrammarProblem::NumberTooLarge {
                    written: token.to_owned(),
                },
            })
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
    }

    /// Reads a string into the tree's strings.
    fn string(&mut self) -> Result<TextRef, SyntaxError> {
        self.bump();
        let start = self.tree.begin_text();
        loop {
            let run_start = self.pos;
            self.skip_plain_text();
            self.tree.push_text(&self.text[run_start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(self.tree.end_text(start));
                }
                Some(b'\\') => {
                    self.bump();
                    let c = self.escape()?;
                    self.tree.push_char(c);
                }
                Some(_) => return Err(self.inside_string()),
                None => return Err(self.error(GrammarProblem::UnclosedString)),
            }
        }
    }

    /// Reads a field name, as [`Self::string`] reads a string: without copying it when it
    /// has no escape, else decoded into `scratch`.
    fn key(&mut self) -> Result<Key, SyntaxError> {
        self.bump();
        let start = self.pos;
        self.skip_plain_text();
        if self.peek() == Some(b'"') {
            let end = self.pos;
            self.bump();
            return Ok(Key::Plain(start, end));
        }
        self.scratch.clear();
        self.scratch.push_str(&self.text[start..self.pos]);
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(Key::Decoded);
                }
                Some(b'\\') => {
                    self.bump();
                    let c = self.escape()?;
                    self.scratch.push(c);
                }
                Some(_) => return Err(self.inside_string()),
                None => return Err(self.error(GrammarProblem::UnclosedString)),
            }
            let run_start = self.pos;
            self.skip_plain_text();
            self.scratch.push_str(&self.text[run_start..self.pos]);
        }
    }

    /// A character that cannot be inside a string as it is (after a run of those that can).
    #[cold]
    #[inline(never)]
    fn inside_string(&self) -> SyntaxError {
        self.error(GrammarProblem::Unescaped {
            found: self.describe_next(),
        })
    }

    /// Moves past the characters of a string that need no escape, at once: such a run holds
    /// no line break (control characters end it), so only the continuation bytes count.
    #[inline]
    fn skip_plain_text(&mut self) {
        let rest = &self.bytes[self.pos..];
        let (length, non_ascii) = plain_run(rest);
        if non_ascii {
            self.continuation += rest[..length]
                .iter()
                .filter(|&&byte| byte & 0xC0 == 0x80)
                .count();
        }
        self.pos += length;
    }

    /// The character an escape (after its backslash) stands for.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let simple = match self.peek() {
            Some(b'"') => Some('"'),
            Some(b'\\') => Some('\\'),
            Some(b'/') => Some('/'),
            Some(b'b') => Some('\u{8}'),
            Some(b'f') => Some('\u{c}'),
            Some(b'n') => Some('\n'),
            Some(b'r') => Some('\r'),
            Some(b't') => Some('\t'),
            Some(b'u') => None,
            _ => {
                return Err(self.error(GrammarProblem::InvalidEscape {
                    found: self.describe_next(),
                }));
            }
        };
        self.bump();
        if let Some(c) = simple {
            return Ok(c);
        }
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.pos..].starts_with(b"\\u") {
                return Err(self.error(GrammarProblem::MissingLowSurrogate));
            }
            self.bump();
            self.bump();
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(GrammarProblem::InvalidLowSurrogate));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error(GrammarProblem::LoneSurrogate))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error(GrammarProblem::ShortUnicodeEscape))?;
            code = code * 16 + digit;
            self.bump();
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`plain_run`] one byte at a time.
    fn plain_run_bytewise(bytes: &[u8]) -> (usize, bool) {
        let length = bytes
            .iter()
            .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
            .unwrap_or(bytes.len());
        (length, bytes[..length].iter().any(|&byte| byte >= 0x80))
    }

    #[test]
    fn a_plain_run_ends_where_a_byte_by_byte_scan_ends_it() {
        // Every byte value at every place of a run, with every byte value before it.
        let mut texts: Vec<Vec<u8>> = Vec::new();
        for stop in 0..=255u8 {
            for place in 0..20 {
                for before in [
                    b'a', 0x19, 0x20, b'!', b'#', b'[', b']', 0x7F, 0x80, 0xC3, 0xFF,
                ] {
                    let mut text = vec![before; place];
                    text.push(stop);
                    text.extend(b"tail\"");
                    texts.push(text);
                }
            }
        }
        texts.push(Vec::new());
        texts.push("Côte d’Ivoire, 😀 and more text".into());
        for text in &texts {
            for start in 0..text.len().min(3) {
                assert_eq!(
                    plain_run(&text[start..]),
                    plain_run_bytewise(&text[start..]),
                    "{text:?} from {start}"
                );
            }
        }
    }
}
