//! A strict JSON (RFC 8259) parser that records the line and column of every value.
//!
//! serde_json knows no positions after a successful parse, and the position-aware parsers on
//! crates.io accept JSON5/JSONC and recurse without a depth limit; this one is small, strict,
//! bounded in depth, and builds the `serde_json::Value` and the source map in one pass.

use crate::error::{Expected, Found, GrammarProblem, SyntaxError};
use att_schema::rules::DUPLICATE_FIELD;
use att_schema::{Diagnostic, Location, PointerNode, SourceMap};
use rustc_hash::FxHashMap;
use serde_json::{Map, Number, Value};

/// The parsed value, where each part came from, and the findings of the parse itself.
pub(crate) struct Parsed {
    pub value: Value,
    pub source_map: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

pub(crate) fn parse(text: &str, max_depth: usize) -> Result<Parsed, SyntaxError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        text,
        pos: 0,
        line: 1,
        column: 1,
        max_depth,
        source_map: SourceMap::new(),
        diagnostics: Vec::new(),
        members: Vec::new(),
        items: Vec::new(),
    };
    parser.source_map.reserve(estimated_values(parser.bytes));
    if parser.bytes.starts_with(b"\xEF\xBB\xBF") {
        parser.pos = 3;
    }
    parser.skip_whitespace();
    let value = parser.value(SourceMap::ROOT, 0)?;
    parser.skip_whitespace();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(GrammarProblem::TrailingText));
    }
    Ok(Parsed {
        value,
        source_map: parser.source_map,
        diagnostics: parser.diagnostics,
    })
}

/// Where each field of one object is named, by the field's node, to find a field given twice:
/// a list while the object is small (as a report's are), a map once it is large, so that an
/// object of very many fields is still read in linear time.
#[derive(Default)]
struct FieldPlaces {
    few: Vec<(PointerNode, Location)>,
    many: FxHashMap<PointerNode, Location>,
}

impl FieldPlaces {
    /// Objects with more fields than this keep their places in the map.
    const FEW: usize = 32;

    /// The place of the first field of `node` when there was one; else records `location`.
    fn first_or_insert(&mut self, node: PointerNode, location: &Location) -> Option<Location> {
        if let Some((_, first)) = self.few.iter().find(|(seen, _)| *seen == node) {
            return Some(first.clone());
        }
        if let Some(first) = self.many.get(&node) {
            return Some(first.clone());
        }
        if self.few.len() < Self::FEW {
            self.few.push((node, location.clone()));
        } else {
            self.many.insert(node, location.clone());
        }
        None
    }
}

/// About how many values `bytes` hold, to size the source map once: one a member (a `:`
/// each), one an object (most items of a report's lists are objects), and the root. Colons and
/// braces inside strings make it an overestimate, other items of lists an underestimate; the
/// map grows past it as needed.
fn estimated_values(bytes: &[u8]) -> usize {
    let marks = bytes
        .iter()
        .map(|&byte| usize::from(byte == b':' || byte == b'{'))
        .sum::<usize>();
    marks + 1
}

struct Parser<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
    line: u32,
    column: u32,
    max_depth: usize,
    source_map: SourceMap,
    diagnostics: Vec<Diagnostic>,
    /// The members of the objects being read, innermost last: an object takes its own off the
    /// end when it closes, so that its map is allocated once at its size.
    members: Vec<(String, Value)>,
    /// The items of the arrays being read, the same way.
    items: Vec<Value>,
}

impl Parser<'_> {
    fn location(&self) -> Location {
        Location::text(self.line, self.column)
    }

    fn error(&self, problem: GrammarProblem) -> SyntaxError {
        SyntaxError::Grammar {
            line: self.line,
            column: self.column,
            problem,
        }
    }

    /// `expected` is not what the text has here.
    fn expected(&self, expected: Expected) -> SyntaxError {
        self.error(GrammarProblem::Expected {
            expected,
            found: self.describe_next(),
        })
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Moves past one byte, keeping line and column (columns count characters, so UTF-8
    /// continuation bytes do not advance them).
    fn bump(&mut self) {
        if let Some(&byte) = self.bytes.get(self.pos) {
            self.pos += 1;
            if byte == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if byte & 0xC0 != 0x80 {
                self.column += 1;
            }
        }
    }

    /// Moves past blanks, as [`Self::bump`] would one by one.
    fn skip_whitespace(&mut self) {
        while let Some(&byte) = self.bytes.get(self.pos) {
            match byte {
                b'\n' => {
                    self.line += 1;
                    self.column = 1;
                }
                b' ' | b'\t' | b'\r' => self.column += 1,
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

    fn value(&mut self, node: PointerNode, depth: usize) -> Result<Value, SyntaxError> {
        let location = self.location();
        let value = match self.peek() {
            Some(b'{') => self.object(node, depth + 1)?,
            Some(b'[') => self.array(node, depth + 1)?,
            Some(b'"') => Value::String(self.string()?),
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            _ => return Err(self.expected(Expected::Value)),
        };
        self.source_map.set(node, location);
        Ok(value)
    }

    fn check_depth(&self, depth: usize) -> Result<(), SyntaxError> {
        if depth > self.max_depth {
            return Err(SyntaxError::TooDeep {
                line: self.line,
                column: self.column,
                limit: self.max_depth,
            });
        }
        Ok(())
    }

    fn object(&mut self, node: PointerNode, depth: usize) -> Result<Value, SyntaxError> {
        self.check_depth(depth)?;
        self.bump();
        let start = self.members.len();
        let mut key_places = FieldPlaces::default();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(Value::Object(Map::new()));
        }
        loop {
            self.skip_whitespace();
            if self.peek() != Some(b'"') {
                return Err(self.expected(Expected::FieldName));
            }
            let key_location = self.location();
            let key = self.string()?;
            self.skip_whitespace();
            self.expect(b':', Expected::Colon)?;
            self.skip_whitespace();
            let child = self.source_map.member(node, &key);
            let value = self.value(child, depth)?;
            if let Some(first) = key_places.first_or_insert(child, &key_location) {
                self.diagnostics.push(
                    Diagnostic::new(&DUPLICATE_FIELD)
                        .arg("field", key.as_str())
                        .arg("first", first.to_string())
                        .at(self.source_map.pointer(child))
                        .located(key_location),
                );
            }
            self.members.push((key, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    // As inserting one by one: a field given twice keeps its first place and
                    // takes its last value.
                    let map: Map<String, Value> = self.members.drain(start..).collect();
                    return Ok(Value::Object(map));
                }
                _ => return Err(self.expected(Expected::CommaOrBrace)),
            }
        }
    }

    fn array(&mut self, node: PointerNode, depth: usize) -> Result<Value, SyntaxError> {
        self.check_depth(depth)?;
        self.bump();
        let start = self.items.len();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.bump();
            return Ok(Value::Array(Vec::new()));
        }
        loop {
            self.skip_whitespace();
            let child = self.source_map.element(node, self.items.len() - start);
            let item = self.value(child, depth)?;
            self.items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b']') => {
                    self.bump();
                    let items: Vec<Value> = self.items.drain(start..).collect();
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.expected(Expected::CommaOrBracket)),
            }
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            for _ in 0..word.len() {
                self.bump();
            }
            Ok(value)
        } else {
            Err(self.expected(Expected::Value))
        }
    }

    fn number(&mut self) -> Result<Number, SyntaxError> {
        let start = self.pos;
        let (line, column) = (self.line, self.column);
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

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.bump();
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            self.skip_plain_text();
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.bump();
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.bump();
                    self.escape(&mut out)?;
                }
                Some(_) => {
                    return Err(self.error(GrammarProblem::Unescaped {
                        found: self.describe_next(),
                    }));
                }
                None => return Err(self.error(GrammarProblem::UnclosedString)),
            }
        }
    }

    /// Moves past the characters of a string that need no escape, at once: such a run holds
    /// no line break (control characters end it), so only the column changes.
    fn skip_plain_text(&mut self) {
        let rest = &self.bytes[self.pos..];
        let length = rest
            .iter()
            .position(|&byte| byte == b'"' || byte == b'\\' || byte < 0x20)
            .unwrap_or(rest.len());
        let characters = rest[..length]
            .iter()
            .filter(|&&byte| byte & 0xC0 != 0x80)
            .count();
        self.column = self
            .column
            .saturating_add(u32::try_from(characters).unwrap_or(u32::MAX));
        self.pos += length;
    }

    fn escape(&mut self, out: &mut String) -> Result<(), SyntaxError> {
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
            out.push(c);
            return Ok(());
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
        match char::from_u32(code) {
            Some(c) => {
                out.push(c);
                Ok(())
            }
            None => Err(self.error(GrammarProblem::LoneSurrogate)),
        }
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
