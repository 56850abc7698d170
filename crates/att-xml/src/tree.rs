//! The XML layer: well-formed, namespace-aware XML read into a small tree that keeps the
//! position of every element, attribute and piece of text.
//!
//! Everything that makes a file unreadable is decided here, before any report field is looked
//! at: syntax, document type declarations (refused), entities other than the five predefined
//! ones (refused), characters XML does not allow, nesting depth and number of elements (limited),
//! undeclared prefixes, and a root element that is not the report of this version.

use crate::error::{ReadError, SyntaxProblem};
use crate::position::{Position, Positions, offset_in};
use crate::{Limits, NAMESPACE, NAMESPACE_STEM, VERSION};
use quick_xml::NsReader;
use quick_xml::XmlVersion;
use quick_xml::errors::{Error as XmlError, IllFormedError, SyntaxError};
use quick_xml::escape::{EscapeError, ParseCharRefError, resolve_predefined_entity};
use quick_xml::events::attributes::AttrError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::{NamespaceError, ResolveResult};
use std::borrow::Cow;

/// The namespace of an element or attribute name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Namespace {
    /// The report's namespace.
    Report,
    /// Another namespace.
    Other(String),
    /// No namespace (an unprefixed name with no default namespace, or any unprefixed attribute).
    None,
}

/// An element: its name, place and attributes, its child elements in document order, and its
/// text.
#[derive(Debug)]
pub(crate) struct Element<'a> {
    /// The name as written, with its prefix.
    pub qname: Cow<'a, str>,
    /// The name without its prefix.
    pub local: Cow<'a, str>,
    pub namespace: Namespace,
    /// Where its start tag opens (`<`).
    pub at: Position,
    pub attributes: Vec<Attribute<'a>>,
    pub children: Vec<Element<'a>>,
    /// Its character data: text, references and CDATA sections run together, line ends
    /// normalised, comments and processing instructions left out. In an element that has
    /// child elements, blank text (the layout between them) is left out too.
    pub text: Option<Text<'a>>,
    /// For a list of entries handed to an [`EntrySink`] as they were read, and for the other
    /// children of such a list, what [`EntrySink`] describes.
    pub streamed: Option<usize>,
}

/// What takes the entries of the report's directions as soon as each is read, so that the
/// tree does not keep them: they are most of a report.
///
/// A list element (`<entries>`) whose entries went to the sink keeps none of them: its
/// [`Element::streamed`] is the number the tree gave the list (lists are numbered from 0 in
/// document order), and each child it keeps (one that is not an entry) has in
/// [`Element::streamed`] how many entries came before it.
pub(crate) trait EntrySink<'a> {
    /// Takes `element`, the `<entry>` at `index` among the entries of the list numbered `list`,
    /// a list of `direction` (`exports` or `imports`).
    fn entry(&mut self, direction: &str, list: usize, index: usize, element: Element<'a>);
}

/// An attribute other than a namespace declaration, its value normalised as XML requires.
#[derive(Debug)]
pub(crate) struct Attribute<'a> {
    pub qname: Cow<'a, str>,
    pub local: Cow<'a, str>,
    pub namespace: Namespace,
    pub value: Cow<'a, str>,
    /// Where its name starts.
    pub at: Position,
}

/// The character data of an element.
#[derive(Debug)]
pub(crate) struct Text<'a> {
    pub content: Cow<'a, str>,
    /// Where its first character other than white space is (where it starts, if it is blank).
    pub at: Position,
    /// Whether it is only white space.
    pub blank: bool,
}

/// XML's white space (production `S`).
pub(crate) fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// The byte index of the first character of `text` that is not XML white space. White space
/// is ASCII, so the first byte that is not white space starts that character.
fn first_visible(text: &str) -> Option<usize> {
    text.bytes()
        .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
}

/// How deep the tree keeps elements. The report's deepest elements are at depth 6
/// (`report/exports/entries/entry/value/amount`); their children are kept so that they can be
/// reported as unknown, and everything below is checked for well-formedness and limits but not
/// kept, so the tree stays shallow (and cheap to drop) whatever the depth limit.
const KEPT_DEPTH: usize = 7;

/// Parses `text` (already decoded) into the tree under its root element.
#[cfg(test)]
pub(crate) fn parse<'a>(text: &'a str, limits: &Limits) -> Result<Element<'a>, ReadError> {
    parse_with(text, limits, None)
}

/// Parses `text` (already decoded) into the tree under its root element, handing each entry
/// of a direction (`<report><exports><entries><entry>` in the report's namespace) to `sink`
/// when there is one.
pub(crate) fn parse_with<'a>(
    text: &'a str,
    limits: &Limits,
    sink: Option<&mut dyn EntrySink<'a>>,
) -> Result<Element<'a>, ReadError> {
    check_characters(text)?;
    let mut builder = Builder {
        input: text,
        reader: NsReader::from_str(text),
        positions: Positions::new(text),
        limits,
        open: Vec::new(),
        lists: 0,
        children: Vec::new(),
        hidden: Vec::new(),
        root: None,
        elements: 0,
        sink,
    };
    builder.reader.config_mut().enable_all_checks(true);
    builder.run()
}

/// Refuses the characters XML 1.0 does not allow anywhere (most C0 controls, U+FFFE, U+FFFF).
fn check_characters(text: &str) -> Result<(), ReadError> {
    let bytes = text.as_bytes();
    // Blocks without a control character or the lead byte of U+F000–U+FFFF, nearly all of a
    // file, are passed over with a test that needs no branch per byte.
    const BLOCK: usize = 64;
    let suspect =
        |byte: u8| (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r')) || byte == 0xEF;
    let first_suspect_block = bytes
        .chunks(BLOCK)
        .position(|block| block.iter().fold(false, |any, &byte| any | suspect(byte)))
        .unwrap_or(bytes.len() / BLOCK + 1);
    let start = (first_suspect_block * BLOCK).min(bytes.len());
    let illegal = bytes
        .iter()
        .enumerate()
        .skip(start)
        .find_map(|(index, &byte)| {
            let control = byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r');
            let nonchar = byte == 0xEF
                && bytes.get(index + 1) == Some(&0xBF)
                && matches!(bytes.get(index + 2), Some(0xBE | 0xBF));
            (control || nonchar).then_some(index)
        });
    match illegal {
        None => Ok(()),
        Some(offset) => {
            let code = text[offset..].chars().next().map_or(0, u32::from);
            let at = Positions::new(text).at(offset);
            Err(syntax(at, SyntaxProblem::IllegalCharacter { code }))
        }
    }
}

fn syntax(at: Position, problem: SyntaxProblem) -> ReadError {
    ReadError::Syntax {
        line: at.line,
        column: at.column,
        problem,
    }
}

struct Builder<'a, 'l, 's> {
    input: &'a str,
    reader: NsReader<&'a [u8]>,
    positions: Positions<'a>,
    limits: &'l Limits,
    /// Open elements down to [`KEPT_DEPTH`], each with where its children start in
    /// `children` and how many of them were handed to the sink.
    open: Vec<(Element<'a>, usize, usize)>,
    /// How many lists of entries have been handed to the sink.
    lists: usize,
    /// The children of the open elements, innermost last: an element takes its own off the end
    /// when it closes, so that its list of children is allocated once at its size.
    children: Vec<Element<'a>>,
    /// Open elements below [`KEPT_DEPTH`]: their names and places only.
    hidden: Vec<(Cow<'a, str>, Position)>,
    root: Option<Element<'a>>,
    elements: usize,
    sink: Option<&'s mut dyn EntrySink<'a>>,
}

impl<'a> Builder<'a, '_, '_> {
    fn run(mut self) -> Result<Element<'a>, ReadError> {
        loop {
            let offset = offset_usize(self.reader.buffer_position());
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(error) => return Err(self.reader_error(&error, offset)),
            };
            match event {
                Event::Decl(declaration) => {
                    let at = self.positions.at(offset);
                    if offset != 0 {
                        return Err(syntax(at, SyntaxProblem::MisplacedDeclaration));
                    }
                    let version = declaration
                        .version()
                        .map_err(|error| syntax(at, problem_of(&error)))?;
                    if !version.starts_with("1.") {
                        return Err(syntax(
                            at,
                            SyntaxProblem::UnsupportedVersion {
                                version: version.into_owned(),
                            },
                        ));
                    }
                }
                Event::DocType(_) => {
                    let at = self.positions.at(offset);
                    return Err(ReadError::Doctype {
                        line: at.line,
                        column: at.column,
                    });
                }
                Event::Start(start) => self.start(&start, offset, false)?,
                Event::Empty(start) => self.start(&start, offset, true)?,
                Event::End(_) => self.end()?,
                Event::Text(text) => {
                    let raw: &str = &text;
                    let visible = first_visible(raw);
                    let raw_offset = offset_in(self.input, raw).unwrap_or(offset);
                    self.text(
                        || text.xml10_content(),
                        offset,
                        visible.map(|i| raw_offset + i),
                    )?;
                }
                Event::CData(data) => {
                    let content = data.xml10_content();
                    let visible = first_visible(&content);
                    let content_offset = offset + "<![CDATA[".len();
                    self.text(|| content, offset, visible.map(|i| content_offset + i))?;
                }
                Event::GeneralRef(reference) => {
                    let resolved = self.resolve_reference(&reference, offset)?;
                    let visible = first_visible(&resolved).is_some();
                    self.text(|| resolved, offset, visible.then_some(offset))?;
                }
                Event::Comment(_) | Event::PI(_) => {}
                Event::Eof => return self.finish(),
            }
        }
    }

    fn start(&mut self, start: &BytesStart, offset: usize, empty: bool) -> Result<(), ReadError> {
        let at = self.positions.at(offset);
        if self.root.is_some() {
            return Err(syntax(at, SyntaxProblem::SecondRoot));
        }
        self.elements += 1;
        if self.elements > self.limits.max_elements {
            return Err(ReadError::TooManyElements {
                line: at.line,
                column: at.column,
                limit: self.limits.max_elements,
            });
        }
        if self.open.len() + self.hidden.len() >= self.limits.max_depth {
            return Err(ReadError::TooDeep {
                line: at.line,
                column: at.column,
                limit: self.limits.max_depth,
            });
        }
        if let Some((parent, ..)) = self.open.last_mut()
            && parent.text.as_ref().is_some_and(|text| text.blank)
        {
            parent.text = None;
        }
        let qname = self.borrow(start.name().into_inner());
        if self.open.len() >= KEPT_DEPTH {
            let (resolved, _) = self.reader.resolver().resolve_element(start.name());
            namespace_of(resolved, &qname, at)?;
            self.attributes(start, at)?;
            if !empty {
                self.hidden.push((qname, at));
            }
            return Ok(());
        }
        let (resolved, local) = self.reader.resolver().resolve_element(start.name());
        let namespace = namespace_of(resolved, &qname, at)?;
        let local = self.borrow(local.into_inner());
        let attributes = self.attributes(start, at)?;
        let element = Element {
            qname,
            local,
            namespace,
            at,
            attributes,
            children: Vec::new(),
            text: None,
            streamed: None,
        };
        if self.open.is_empty() {
            check_root(&element)?;
        }
        if empty {
            self.close(element);
        } else {
            self.open.push((element, self.children.len(), 0));
        }
        Ok(())
    }

    /// The innermost open element's name and place.
    fn innermost(&self) -> Option<(&str, Position)> {
        match self.hidden.last() {
            Some((name, at)) => Some((name, *at)),
            None => self
                .open
                .last()
                .map(|(element, ..)| (element.qname.as_ref(), element.at)),
        }
    }

    fn attributes(
        &mut self,
        start: &BytesStart,
        element_at: Position,
    ) -> Result<Vec<Attribute<'a>>, ReadError> {
        let mut attributes = Vec::new();
        for attribute in start.attributes() {
            let attribute = attribute.map_err(|error| self.attribute_error(&error, start))?;
            if attribute.key.as_namespace_binding().is_some() {
                continue;
            }
            let key = attribute.key.into_inner();
            let at = offset_in(self.input, key).map_or(element_at, |o| self.positions.at(o));
            let raw: &str = &attribute.value;
            if raw.contains('<') {
                return Err(syntax(at, SyntaxProblem::LessThanInAttribute));
            }
            let value = match attribute.normalized_value(XmlVersion::Implicit1_0) {
                Ok(Cow::Borrowed(value)) => self.borrow(value),
                Ok(Cow::Owned(value)) => {
                    if let Some(c) = value.chars().find(|c| !is_xml_char(*c)) {
                        return Err(syntax(
                            at,
                            SyntaxProblem::IllegalCharacter { code: u32::from(c) },
                        ));
                    }
                    Cow::Owned(value)
                }
                Err(XmlError::Escape(error)) => {
                    let place = match (&error, offset_in(self.input, raw)) {
                        (EscapeError::UnrecognizedEntity(range, _), Some(value_offset)) => self
                            .positions
                            .at(value_offset + range.start.saturating_sub(1)),
                        _ => at,
                    };
                    return Err(syntax(place, escape_problem(&error)));
                }
                Err(error) => return Err(syntax(at, problem_of(&error))),
            };
            let (resolved, local) = self.reader.resolver().resolve_attribute(attribute.key);
            let qname = self.borrow(key);
            let namespace = namespace_of(resolved, &qname, at)?;
            let local = self.borrow(local.into_inner());
            attributes.push(Attribute {
                qname,
                local,
                namespace,
                value,
                at,
            });
        }
        Ok(attributes)
    }

    fn end(&mut self) -> Result<(), ReadError> {
        // quick-xml has matched the end tag with the innermost open element.
        if self.hidden.pop().is_none()
            && let Some((mut element, start, _)) = self.open.pop()
        {
            element.children = self.children.drain(start..).collect();
            self.close(element);
        }
        Ok(())
    }

    fn close(&mut self, mut element: Element<'a>) {
        if self.open.is_empty() {
            self.root = Some(element);
            return;
        }
        let is = |element: &Element, names: &[&str]| {
            element.namespace == Namespace::Report && names.contains(&element.local.as_ref())
        };
        if let Some(sink) = self.sink.as_deref_mut()
            && let [_, (direction, ..), (list, _, streamed)] = self.open.as_mut_slice()
            && is(direction, &["exports", "imports"])
            && is(list, &["entries"])
        {
            if is(&element, &["entry"]) {
                let number = *list.streamed.get_or_insert_with(|| {
                    self.lists += 1;
                    self.lists - 1
                });
                sink.entry(&direction.local, number, *streamed, element);
                *streamed += 1;
                return;
            }
            element.streamed = Some(*streamed);
        }
        self.children.push(element);
    }

    /// Adds the character data `content` (made only when it is kept), which starts at `offset`
    /// and has its first character other than white space at `visible`, to the innermost open
    /// element.
    fn text(
        &mut self,
        content: impl FnOnce() -> Cow<'a, str>,
        offset: usize,
        visible: Option<usize>,
    ) -> Result<(), ReadError> {
        if self.open.is_empty() {
            return match visible {
                Some(visible) => {
                    let at = self.positions.at(visible);
                    let problem = if self.root.is_some() {
                        SyntaxProblem::TextAfterRoot
                    } else {
                        SyntaxProblem::TextBeforeRoot
                    };
                    Err(syntax(at, problem))
                }
                None => Ok(()),
            };
        }
        if !self.hidden.is_empty() {
            return Ok(());
        }
        let Some((parent, start, streamed)) = self.open.last_mut() else {
            return Ok(());
        };
        if visible.is_none() && (self.children.len() > *start || *streamed > 0) {
            return Ok(());
        }
        let first_visible = visible.map(|v| self.positions.at(v));
        let content = content();
        match &mut parent.text {
            Some(text) => {
                text.content.to_mut().push_str(&content);
                if let (true, Some(at)) = (text.blank, first_visible) {
                    text.at = at;
                    text.blank = false;
                }
            }
            None => {
                parent.text = Some(Text {
                    content,
                    at: first_visible.unwrap_or_else(|| self.positions.at(offset)),
                    blank: first_visible.is_none(),
                });
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Element<'a>, ReadError> {
        if let Some((name, opened)) = self.innermost() {
            let name = name.to_owned();
            let at = self.positions.at(self.input.len());
            return Err(syntax(
                at,
                SyntaxProblem::CutShort {
                    element: name,
                    opened_line: opened.line,
                    opened_column: opened.column,
                },
            ));
        }
        match self.root {
            Some(root) => Ok(root),
            None if self.input.chars().all(is_xml_space) => Err(ReadError::Empty),
            None => {
                let at = self.positions.at(self.input.len());
                Err(syntax(at, SyntaxProblem::NoElement))
            }
        }
    }

    fn resolve_reference(
        &mut self,
        reference: &quick_xml::events::BytesRef,
        offset: usize,
    ) -> Result<Cow<'a, str>, ReadError> {
        let at = self.positions.at(offset);
        let name: &str = reference;
        if reference.is_char_ref() {
            return match reference.resolve_char_ref() {
                Ok(Some(c)) if is_xml_char(c) => Ok(Cow::Owned(c.to_string())),
                Ok(Some(c)) => Err(syntax(
                    at,
                    SyntaxProblem::IllegalCharacter { code: u32::from(c) },
                )),
                Ok(None) | Err(_) => Err(syntax(
                    at,
                    SyntaxProblem::InvalidCharacterReference {
                        written: Some(name.to_owned()),
                    },
                )),
            };
        }
        match resolve_predefined_entity(name) {
            Some(text) => Ok(Cow::Borrowed(text)),
            None => Err(syntax(
                at,
                SyntaxProblem::UndefinedEntity {
                    name: name.to_owned(),
                },
            )),
        }
    }

    /// A slice of the input with the input's lifetime, from a slice quick-xml lent.
    fn borrow(&self, part: &str) -> Cow<'a, str> {
        match offset_in(self.input, part) {
            Some(offset) => Cow::Borrowed(&self.input[offset..offset + part.len()]),
            None => Cow::Owned(part.to_owned()),
        }
    }

    fn reader_error(&mut self, error: &XmlError, event_offset: usize) -> ReadError {
        let error_offset = offset_usize(self.reader.error_position());
        let offset = if error_offset >= event_offset {
            error_offset
        } else {
            event_offset
        };
        let at = self.positions.at(offset);
        let problem = match error {
            XmlError::Syntax(SyntaxError::UnclosedDoctype)
            | XmlError::IllFormed(IllFormedError::MissingDoctypeName) => {
                return ReadError::Doctype {
                    line: at.line,
                    column: at.column,
                };
            }
            XmlError::Namespace(NamespaceError::TooDeeplyNested(limit)) => {
                return ReadError::TooDeep {
                    line: at.line,
                    column: at.column,
                    limit: *limit,
                };
            }
            XmlError::IllFormed(IllFormedError::MismatchedEndTag { expected, found }) => {
                SyntaxProblem::MismatchedEndTag {
                    found: found.clone(),
                    expected: expected.clone(),
                    opened: self.innermost().map(|(_, at)| (at.line, at.column)),
                }
            }
            other => problem_of(other),
        };
        syntax(at, problem)
    }

    fn attribute_error(&mut self, error: &AttrError, start: &BytesStart) -> ReadError {
        let position = match error {
            AttrError::ExpectedEq(p)
            | AttrError::ExpectedValue(p)
            | AttrError::UnquotedValue(p)
            | AttrError::ExpectedQuote(p, _)
            | AttrError::Duplicated(p, _) => *p,
        };
        let tag: &str = start;
        let offset = offset_in(self.input, tag).map_or(0, |o| o + position);
        syntax(self.positions.at(offset), attribute_problem(error))
    }
}

fn offset_usize(offset: u64) -> usize {
    usize::try_from(offset).unwrap_or(usize::MAX)
}

fn namespace_of(
    resolved: ResolveResult,
    qname: &str,
    at: Position,
) -> Result<Namespace, ReadError> {
    match resolved {
        ResolveResult::Bound(namespace) if namespace.0 == NAMESPACE => Ok(Namespace::Report),
        ResolveResult::Bound(namespace) => Ok(Namespace::Other(namespace.0.to_owned())),
        ResolveResult::Unbound => Ok(Namespace::None),
        ResolveResult::Unknown(prefix) => Err(syntax(
            at,
            SyntaxProblem::UndeclaredPrefix {
                prefix,
                name: Some(qname.to_owned()),
            },
        )),
    }
}

/// The root must be `<report>` in the namespace of this version.
fn check_root(root: &Element) -> Result<(), ReadError> {
    let (line, column) = (root.at.line, root.at.column);
    if let Namespace::Other(namespace) = &root.namespace
        && let Some(version) = namespace.strip_prefix(NAMESPACE_STEM)
        && root.local == "report"
    {
        return Err(ReadError::UnsupportedVersion {
            line,
            column,
            found: version.to_owned(),
            namespace: namespace.clone(),
            supported: VERSION,
            expected: NAMESPACE,
        });
    }
    if root.namespace == Namespace::Report && root.local == "report" {
        return Ok(());
    }
    Err(ReadError::NotAReport {
        line,
        column,
        element: root.qname.to_string(),
        namespace: match &root.namespace {
            Namespace::Report => Some(NAMESPACE.to_owned()),
            Namespace::Other(namespace) => Some(namespace.clone()),
            Namespace::None => None,
        },
        expected: NAMESPACE,
    })
}

/// Whether XML 1.0 allows `c` (production `Char`).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The problem quick-xml found, in att's words.
fn problem_of(error: &XmlError) -> SyntaxProblem {
    match error {
        XmlError::Syntax(error) => syntax_problem(*error),
        XmlError::IllFormed(error) => ill_formed_problem(error),
        XmlError::InvalidAttr(error) => attribute_problem(error),
        XmlError::Escape(error) => escape_problem(error),
        XmlError::Namespace(error) => namespace_problem(error),
        XmlError::Io(_) | XmlError::Encoding(_) => SyntaxProblem::Unreadable,
    }
}

fn ill_formed_problem(error: &IllFormedError) -> SyntaxProblem {
    match error {
        IllFormedError::MissingDeclVersion(_) => SyntaxProblem::DeclarationWithoutVersion,
        IllFormedError::UnknownVersion => SyntaxProblem::UnknownVersion,
        IllFormedError::MissingDoctypeName => SyntaxProblem::UnclosedDoctype,
        IllFormedError::MissingEndTag(name) => SyntaxProblem::MissingEndTag { name: name.clone() },
        IllFormedError::UnmatchedEndTag(name) => {
            SyntaxProblem::UnmatchedEndTag { name: name.clone() }
        }
        IllFormedError::MismatchedEndTag { expected, found } => SyntaxProblem::MismatchedEndTag {
            found: found.clone(),
            expected: expected.clone(),
            opened: None,
        },
        IllFormedError::DoubleHyphenInComment => SyntaxProblem::DoubleHyphenInComment,
        IllFormedError::UnclosedReference => SyntaxProblem::UnterminatedReference,
    }
}

fn escape_problem(error: &EscapeError) -> SyntaxProblem {
    match error {
        EscapeError::UnrecognizedEntity(_, name) => {
            SyntaxProblem::UndefinedEntity { name: name.clone() }
        }
        EscapeError::UnterminatedEntity(_) => SyntaxProblem::UnterminatedReference,
        EscapeError::InvalidCharRef(ParseCharRefError::IllegalCharacter(code)) => {
            SyntaxProblem::IllegalCharacter { code: *code }
        }
        EscapeError::InvalidCharRef(_) => {
            SyntaxProblem::InvalidCharacterReference { written: None }
        }
        EscapeError::TooManyNestedEntities => SyntaxProblem::TooManyEntities,
    }
}

fn namespace_problem(error: &NamespaceError) -> SyntaxProblem {
    const XML_NAMESPACE: &str = "http://www.w3.org/XML/1998/namespace";
    const XMLNS_NAMESPACE: &str = "http://www.w3.org/2000/xmlns/";
    let reserved = |prefix: &str, namespace: &str| SyntaxProblem::ReservedPrefix {
        prefix: prefix.to_owned(),
        namespace: namespace.to_owned(),
    };
    match error {
        NamespaceError::UnknownPrefix(prefix) => SyntaxProblem::UndeclaredPrefix {
            prefix: prefix.clone(),
            name: None,
        },
        NamespaceError::InvalidXmlPrefixBind(namespace) => reserved("xml", namespace),
        NamespaceError::InvalidXmlnsPrefixBind(namespace) => reserved("xmlns", namespace),
        NamespaceError::InvalidPrefixForXml(prefix) => reserved(prefix, XML_NAMESPACE),
        NamespaceError::InvalidPrefixForXmlns(prefix) => reserved(prefix, XMLNS_NAMESPACE),
        NamespaceError::TooManyBindings(limit) => {
            SyntaxProblem::TooManyNamespaceDeclarations { limit: *limit }
        }
        NamespaceError::TooDeeplyNested(_) => SyntaxProblem::Unreadable,
    }
}

fn syntax_problem(error: SyntaxError) -> SyntaxProblem {
    match error {
        SyntaxError::InvalidBangMarkup => SyntaxProblem::InvalidBangMarkup,
        SyntaxError::UnclosedPI => SyntaxProblem::UnclosedProcessingInstruction,
        SyntaxError::UnclosedXmlDecl => SyntaxProblem::UnclosedDeclaration,
        SyntaxError::UnclosedComment => SyntaxProblem::UnclosedComment,
        SyntaxError::UnclosedDoctype => SyntaxProblem::UnclosedDoctype,
        SyntaxError::UnclosedCData => SyntaxProblem::UnclosedCData,
        SyntaxError::UnclosedTag => SyntaxProblem::UnclosedTag,
        SyntaxError::UnclosedSingleQuotedAttributeValue
        | SyntaxError::UnclosedDoubleQuotedAttributeValue => SyntaxProblem::UnclosedAttributeValue,
    }
}

fn attribute_problem(error: &AttrError) -> SyntaxProblem {
    match error {
        AttrError::ExpectedEq(_) => SyntaxProblem::AttributeWithoutEquals,
        AttrError::ExpectedValue(_) => SyntaxProblem::AttributeWithoutValue,
        AttrError::UnquotedValue(_) => SyntaxProblem::UnquotedAttributeValue,
        AttrError::ExpectedQuote(..) => SyntaxProblem::UnclosedAttributeValue,
        AttrError::Duplicated(..) => SyntaxProblem::DuplicateAttribute,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPEN: &str =
        "<report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\">";

    fn parse_text(text: &str) -> Result<Element<'_>, ReadError> {
        parse(text, &Limits::default())
    }

    fn error(text: &str) -> String {
        match parse_text(text) {
            Err(error) => error.to_string(),
            Ok(root) => panic!("{text:?} should not parse: {root:?}"),
        }
    }

    fn text_of<'e>(element: &'e Element) -> Option<(&'e str, String)> {
        element
            .text
            .as_ref()
            .map(|text| (text.content.as_ref(), text.at.to_string()))
    }

    #[test]
    fn keeps_positions_of_elements_attributes_and_text() {
        let text = format!(
            "<?xml version=\"1.0\"?>\n{OPEN}\n  <partner code=\"NOR\"\n    name='Norv&#232;ge'/>\n  <items> 12 </items></report>"
        );
        let root = parse_text(&text).expect("well-formed");
        assert_eq!(root.at.to_string(), "2:1");
        assert!(
            root.text.is_none(),
            "the layout between elements is left out"
        );
        let [partner, items] = root.children.as_slice() else {
            panic!("two children expected: {root:?}");
        };
        assert_eq!(partner.at.to_string(), "3:3");
        let attributes: Vec<(&str, &str, String)> = partner
            .attributes
            .iter()
            .map(|a| (a.local.as_ref(), a.value.as_ref(), a.at.to_string()))
            .collect();
        assert_eq!(
            attributes,
            [
                ("code", "NOR", "3:12".to_owned()),
                ("name", "Norvège", "4:5".to_owned())
            ]
        );
        assert_eq!(text_of(items), Some((" 12 ", "5:11".to_owned())));
    }

    #[test]
    fn joins_text_references_and_cdata_and_normalises_line_ends() {
        let text = format!(
            "{OPEN}<d>a\r\nb &amp; <!-- note --><![CDATA[<c>]]>&#13;&#x1F600;</d></report>"
        );
        let root = parse_text(&text).expect("well-formed");
        let Some(d) = root.children.first() else {
            panic!("<d> expected");
        };
        let column = OPEN.chars().count() + 4;
        assert_eq!(text_of(d), Some(("a\nb & <c>\r😀", format!("1:{column}"))));
    }

    #[test]
    fn keeps_blank_text_only_where_it_can_be_a_value() {
        let text =
            format!("{OPEN}\n  <d>  </d>\n  <e>\n    <f/>\n  </e>\n  <g> x <h/> y </g></report>");
        let root = parse_text(&text).expect("well-formed");
        let [d, e, g] = root.children.as_slice() else {
            panic!("three children expected: {root:?}");
        };
        assert_eq!(text_of(d), Some(("  ", "2:6".to_owned())));
        assert_eq!(text_of(e), None);
        assert_eq!(text_of(g), Some((" x  y ", "6:7".to_owned())));
    }

    #[test]
    fn refuses_a_document_type_declaration() {
        assert_eq!(
            error(&format!(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE report [<!ENTITY a \"b\">]>\n{OPEN}&a;</report>"
            )),
            "line 2, column 1: the file has a document type declaration (<!DOCTYPE …>); att does not read DTDs, which can define entities and fetch other files: remove the declaration"
        );
        assert!(
            error("<!DOCTYPE report [<!ENTITY a")
                .starts_with("line 1, column 1: the file has a document type declaration")
        );
    }

    #[test]
    fn refuses_undefined_entities_in_text_and_attributes() {
        assert_eq!(
            error(&format!("{OPEN}\n<d>&nbsp;</d></report>")),
            "not well-formed XML: line 2, column 4: the entity &nbsp; is not defined: only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are allowed"
        );
        assert_eq!(
            error(&format!("{OPEN}\n<d a='x&eacute;'/></report>")),
            "not well-formed XML: line 2, column 8: the entity &eacute; is not defined: only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are allowed"
        );
    }

    #[test]
    fn refuses_characters_xml_does_not_allow() {
        assert_eq!(
            error(&format!("{OPEN}\n<d>a\u{1}</d></report>")),
            "not well-formed XML: line 2, column 5: the character U+0001 is not allowed in XML"
        );
        assert_eq!(
            error(&format!("{OPEN}<d>&#1;</d></report>")),
            format!(
                "not well-formed XML: line 1, column {}: the character U+0001 is not allowed in XML",
                OPEN.chars().count() + 4
            )
        );
        assert_eq!(
            error(&format!("{OPEN}<d a='&#xFFFE;'/></report>")),
            format!(
                "not well-formed XML: line 1, column {}: the character U+FFFE is not allowed in XML",
                OPEN.chars().count() + 4
            )
        );
        assert!(
            error(&format!("{OPEN}\u{FFFF}</report>"))
                .ends_with("the character U+FFFF is not allowed in XML")
        );
    }

    #[test]
    fn says_where_the_file_is_cut_short() {
        assert_eq!(
            error(&format!("{OPEN}\n  <exports>\n    <status>rep")),
            "not well-formed XML: line 3, column 16: the file ends before <status> (opened at line 3, column 5) is closed: the XML is cut short"
        );
        assert_eq!(
            error(&format!("{OPEN}\n  <exports sta")),
            "not well-formed XML: line 2, column 3: a tag is not closed (a “>” is missing): the XML is cut short"
        );
    }

    #[test]
    fn says_which_end_tag_does_not_match() {
        assert_eq!(
            error(&format!("{OPEN}\n<a>\n<b></a>")),
            "not well-formed XML: line 3, column 4: the end tag </a> does not close <b> (opened at line 3, column 1)"
        );
    }

    #[test]
    fn refuses_text_and_elements_outside_the_root() {
        assert_eq!(
            error(&format!("hello {OPEN}</report>")),
            "not well-formed XML: line 1, column 1: text before the root element: everything in an XML file is inside one root element"
        );
        assert_eq!(
            error(&format!("{OPEN}</report>\n  oops")),
            "not well-formed XML: line 2, column 3: text after the root element: everything in an XML file is inside one root element"
        );
        assert_eq!(
            error(&format!("{OPEN}</report>\n<report/>")),
            "not well-formed XML: line 2, column 1: a second root element: everything in an XML file is inside one root element"
        );
        assert!(parse_text(&format!("\n<!-- c -->\n{OPEN}</report>\n<!-- end -->\n")).is_ok());
    }

    #[test]
    fn refuses_a_declaration_that_is_not_first() {
        assert_eq!(
            error(&format!("\n<?xml version=\"1.0\"?>{OPEN}</report>")),
            "not well-formed XML: line 2, column 1: the XML declaration (<?xml …?>) must be at the very start of the file"
        );
    }

    #[test]
    fn refuses_duplicate_attributes_and_lt_in_values() {
        assert_eq!(
            error(&format!("{OPEN}\n<p code='A' code='B'/></report>")),
            "not well-formed XML: line 2, column 13: the same attribute is given twice in one tag"
        );
        assert_eq!(
            error(&format!("{OPEN}\n<p name='a<b'/></report>")),
            "not well-formed XML: line 2, column 4: an attribute value may not contain '<' (write it as &lt;)"
        );
    }

    #[test]
    fn refuses_floods_of_namespace_declarations() {
        let many: String = (0..200).map(|i| format!(" xmlns:p{i}='urn:{i}'")).collect();
        assert_eq!(
            error(&format!("<report{many}/>")),
            "not well-formed XML: line 1, column 1: more than 128 namespace declarations (xmlns) are in effect at once; a report needs one"
        );
    }

    #[test]
    fn refuses_undeclared_prefixes() {
        assert_eq!(
            error(&format!("{OPEN}\n<x:p/></report>")),
            "not well-formed XML: line 2, column 1: the prefix “x” of <x:p> is not declared (declare it with xmlns:x=\"…\")"
        );
    }

    #[test]
    fn applies_the_depth_and_element_limits() {
        let deep = format!("{OPEN}{}", "<a>".repeat(100));
        assert_eq!(
            error(&deep),
            format!(
                "line 1, column {}: elements are nested more than 32 deep; a report is never this deep",
                OPEN.chars().count() + 31 * 3 + 1
            )
        );
        let limits = Limits {
            max_elements: 3,
            ..Limits::default()
        };
        let many = format!("{OPEN}<a/><b/><c/></report>");
        assert!(matches!(
            parse(&many, &limits),
            Err(ReadError::TooManyElements { limit: 3, .. })
        ));
    }

    #[test]
    fn names_the_root_it_expected() {
        assert_eq!(
            error("<report/>"),
            "line 1, column 1: the root element <report> has no namespace; an ATT annual report in XML is <report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\">"
        );
        assert_eq!(
            error("<r:report xmlns:r='urn:x'/>"),
            "line 1, column 1: the root element <r:report> is in the namespace “urn:x”; an ATT annual report in XML is <report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\">"
        );
        assert_eq!(
            error("<html/>"),
            "line 1, column 1: the root element is <html>; an ATT annual report in XML is <report xmlns=\"https://att-toolkit.github.io/schemas/att-annual-report-1.0\">"
        );
        assert_eq!(
            error("<report xmlns='https://att-toolkit.github.io/schemas/att-annual-report-2.0'/>"),
            "line 1, column 1: the report is in version 2.0 of the XML encoding (https://att-toolkit.github.io/schemas/att-annual-report-2.0); this att reads version 1.0 (https://att-toolkit.github.io/schemas/att-annual-report-1.0)"
        );
    }

    #[test]
    fn names_each_problem_the_parser_finds_in_att_words() {
        let problem = |text: &str| match parse_text(text) {
            Err(ReadError::Syntax { problem, .. }) => problem,
            other => panic!("{text:?}: {other:?}"),
        };
        assert_eq!(
            problem(&format!("<?xml encoding='UTF-8'?>{OPEN}</report>")),
            SyntaxProblem::DeclarationWithoutVersion
        );
        assert_eq!(
            problem(&format!("{OPEN}<d xmlns:xml='urn:x'/></report>")),
            SyntaxProblem::ReservedPrefix {
                prefix: "xml".to_owned(),
                namespace: "urn:x".to_owned()
            }
        );
        assert_eq!(
            problem(&format!("{OPEN}<d a='&#xZZ;'/></report>")),
            SyntaxProblem::InvalidCharacterReference { written: None }
        );
        assert_eq!(
            problem(&format!("{OPEN}<d>&#xZZ;</d></report>")),
            SyntaxProblem::InvalidCharacterReference {
                written: Some("#xZZ".to_owned())
            }
        );
        assert_eq!(
            problem(&format!("{OPEN}<!x></report>")),
            SyntaxProblem::InvalidBangMarkup
        );
    }

    #[test]
    fn says_when_there_is_nothing_to_read() {
        assert_eq!(parse_text("").err(), Some(ReadError::Empty));
        assert_eq!(parse_text(" \n ").err(), Some(ReadError::Empty));
        assert_eq!(
            error("<!-- nothing -->\n"),
            "not well-formed XML: line 2, column 1: the file has no element: an XML report has at least a <report> element"
        );
    }
}
