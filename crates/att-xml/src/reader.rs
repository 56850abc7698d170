//! From the element tree to the canonical report: one method per part of the report, each
//! recording where its fields are in the file and reporting what it could not read.
//!
//! Elements may come in any order. Every element and attribute that is read is placed in the
//! source map under the pointer of the field it fills; everything else (unknown elements and
//! attributes, report elements outside the report's namespace, stray text, repeated fields) is
//! reported where it stands, never dropped silently.

use crate::error::ReadError;
use crate::lexical::{Lexical, RawKind};
use crate::rules::{OUTSIDE_NAMESPACE, RAW_KIND_UNKNOWN, RAW_VALUE_UNREADABLE, STRAY_TEXT};
use crate::tree::{self, Attribute, Element, EntrySink, Namespace, is_xml_space};
use crate::{NAMESPACE, VERSION};
use att_schema::rules::{DUPLICATE_FIELD, UNKNOWN_FIELD};
use att_schema::{
    Arg, Contact, Diagnostic, Direction, Entry, Lenient, Money, NationalDefinition, Party,
    PointerNode, Report, SourceMap, Submission, Withheld, WithheldFigures,
};
use std::collections::HashMap;

/// The XML Schema instance namespace, whose location hints the reader accepts silently.
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Longest excerpt of the user's text shown in a message, in characters.
const MAX_SHOWN: usize = 80;

/// The element of each item of a list, and the list element that holds it.
const LIST_ITEMS: &[(&str, &str)] = &[
    ("entry", "entries"),
    ("location", "intermediate_locations"),
    ("national_definition", "national_definitions"),
];

/// The most fields an element of the report has (an entry's).
const MOST_FIELDS: usize = 16;

/// A report as read from its tree.
pub(crate) struct Mapped {
    pub report: Report,
    pub source_map: SourceMap,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the report in `text` (decoded): the tree hands each entry of a direction to the
/// mapper as soon as it is read, and the mapper reads the rest from the tree under its root,
/// which the tree has checked is `<report>` of this version.
pub(crate) fn read_report(text: &str, limits: &crate::Limits) -> Result<Mapped, ReadError> {
    let (places, entries) = estimated_sizes(text, limits);
    let mut mapper = Mapper {
        source_map: SourceMap::new(),
        diagnostics: Vec::new(),
        lists: Vec::new(),
        findings: HashMap::new(),
        entries_estimate: entries,
    };
    mapper.source_map.reserve(places);
    let root = tree::parse_with(text, limits, Some(&mut mapper))?;
    let report = mapper.report(&root);
    Ok(Mapped {
        report,
        source_map: mapper.source_map,
        diagnostics: mapper.diagnostics,
    })
}

/// About how many places the source map of `text` gets, to size it once (one an element, one
/// an attribute), and about how many entries it has (start tags named `entry`), to size the
/// lists of entries once.
fn estimated_sizes(text: &str, limits: &crate::Limits) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut elements, mut attributes, mut entries) = (0usize, 0usize, 0usize);
    for index in memchr::memchr2_iter(b'<', b'=', bytes) {
        if bytes[index] == b'=' {
            attributes += 1;
            continue;
        }
        let name = bytes.get(index + 1..).unwrap_or_default();
        elements += usize::from(!matches!(name.first(), Some(b'/' | b'!' | b'?')));
        entries += usize::from(
            name.starts_with(b"entry")
                && matches!(
                    name.get(5),
                    Some(b'>' | b' ' | b'/' | b'\t' | b'\n' | b'\r')
                ),
        );
    }
    // A file of many tiny `<entry/>` tags (which the element limit then refuses) must not
    // have its lists reserved at many times its own size.
    let most_entries = 2 * bytes.len() / std::mem::size_of::<Entry>().max(1);
    let elements = elements.min(limits.max_elements);
    (elements + attributes + 1, entries.min(most_entries))
}

struct Mapper {
    source_map: SourceMap,
    diagnostics: Vec<Diagnostic>,
    /// The entries of each list of entries (numbered by the tree), read as the tree was built,
    /// until the walk of the tree reaches the list and takes them.
    lists: Vec<Vec<Entry>>,
    /// The findings on each entry read as the tree was built that has any, by list and index,
    /// until the walk reaches the entry: they take their place in the order of the walk.
    findings: HashMap<(usize, usize), Vec<Diagnostic>>,
    /// About how many entries the file has, to size the first list once.
    entries_estimate: usize,
}

impl<'a> EntrySink<'a> for Mapper {
    fn entry(&mut self, direction: &str, list: usize, index: usize, element: Element<'a>) {
        let directions = self.source_map.member(SourceMap::ROOT, direction);
        let entries = self.source_map.member(directions, "entries");
        let node = self.source_map.element(entries, index);
        let before = self.diagnostics.len();
        let entry = self.read_entry(&element, node);
        self.source_map.set(node, element.at.location());
        if self.diagnostics.len() > before {
            let own = self.diagnostics.split_off(before);
            self.findings.insert((list, index), own);
        }
        while self.lists.len() <= list {
            let read: usize = self.lists.iter().map(Vec::len).sum();
            let estimate = self.entries_estimate.saturating_sub(read);
            self.lists.push(Vec::with_capacity(estimate.max(1)));
        }
        if let Some(entries) = self.lists.get_mut(list) {
            entries.push(entry);
        }
    }
}

impl Mapper {
    fn report(&mut self, root: &Element) -> Report {
        let mut report = Report {
            schema_version: VERSION.to_owned(),
            ..Report::default()
        };
        let root_node = SourceMap::ROOT;
        self.place(root_node, root);
        let version = self.source_map.member(root_node, "schema_version");
        self.place(version, root);
        self.attributes(
            root,
            root_node,
            &["schema_version"],
            |mapper, _, attribute, pointer| {
                report.schema_version = attribute.value.to_string();
                mapper.place_attribute(pointer, attribute);
            },
        );
        let known = [
            "reporting_state",
            "year",
            "submission",
            "exports",
            "imports",
            "national_definitions",
        ];
        self.fields(
            root,
            root_node,
            &known,
            |mapper, name, child, pointer| match name {
                "reporting_state" => report.reporting_state = Some(mapper.party(child, pointer)),
                "year" => report.year = mapper.lenient(child, pointer),
                "submission" => report.submission = Some(mapper.submission(child, pointer)),
                "exports" => report.exports = mapper.direction(child, pointer),
                "imports" => report.imports = mapper.direction(child, pointer),
                _ => {
                    report.national_definitions = mapper.list(
                        child,
                        pointer,
                        "national_definition",
                        Self::national_definition,
                    );
                }
            },
        );
        report
    }

    fn submission(&mut self, element: &Element, pointer: PointerNode) -> Submission {
        let mut submission = Submission::default();
        self.no_attributes(element, pointer);
        let known = [
            "date", "public", "language", "template", "contact", "withheld",
        ];
        self.fields(
            element,
            pointer,
            &known,
            |mapper, name, child, pointer| match name {
                "date" => submission.date = mapper.lenient(child, pointer),
                "public" => submission.public = mapper.lenient(child, pointer),
                "language" => submission.language = Some(mapper.string(child, pointer)),
                "template" => submission.template = Some(mapper.string(child, pointer)),
                "contact" => submission.contact = Some(mapper.contact(child, pointer)),
                _ => submission.withheld = Some(mapper.withheld(child, pointer)),
            },
        );
        submission
    }

    fn contact(&mut self, element: &Element, pointer: PointerNode) -> Contact {
        let mut contact = Contact::default();
        self.no_attributes(element, pointer);
        let known = [
            "name",
            "position",
            "organisation",
            "address",
            "telephone",
            "email",
        ];
        self.fields(element, pointer, &known, |mapper, name, child, pointer| {
            let value = Some(mapper.string(child, pointer));
            match name {
                "name" => contact.name = value,
                "position" => contact.position = value,
                "organisation" => contact.organisation = value,
                "address" => contact.address = value,
                "telephone" => contact.telephone = value,
                _ => contact.email = value,
            }
        });
        contact
    }

    fn withheld(&mut self, element: &Element, pointer: PointerNode) -> Withheld {
        let mut withheld = Withheld::default();
        self.no_attributes(element, pointer);
        let known = ["commercially_sensitive", "national_security", "note"];
        self.fields(
            element,
            pointer,
            &known,
            |mapper, name, child, pointer| match name {
                "commercially_sensitive" => {
                    withheld.commercially_sensitive = mapper.lenient(child, pointer);
                }
                "national_security" => withheld.national_security = mapper.lenient(child, pointer),
                _ => withheld.note = Some(mapper.string(child, pointer)),
            },
        );
        withheld
    }

    fn direction(&mut self, element: &Element, pointer: PointerNode) -> Direction {
        let mut direction = Direction::default();
        self.no_attributes(element, pointer);
        let known = ["status", "basis", "entries"];
        self.fields(
            element,
            pointer,
            &known,
            |mapper, name, child, pointer| match name {
                "status" => direction.status = mapper.lenient(child, pointer),
                "basis" => direction.basis = mapper.lenient(child, pointer),
                _ => direction.entries = mapper.entries(child, pointer),
            },
        );
        direction
    }

    /// The entries of the list `element`: read as the tree was built (their findings then
    /// take their place now, in the order of the walk, among those of the list's other
    /// children), or read now.
    fn entries(&mut self, element: &Element, pointer: PointerNode) -> Vec<Entry> {
        let Some(list) = element.streamed else {
            return self.list(element, pointer, "entry", Self::read_entry);
        };
        let entries = self
            .lists
            .get_mut(list)
            .map(std::mem::take)
            .unwrap_or_default();
        self.no_attributes(element, pointer);
        self.stray_text(element, pointer);
        let mut taken = 0;
        for child in &element.children {
            let before = child.streamed.unwrap_or(0).min(entries.len());
            self.entry_findings(list, taken..before);
            taken = taken.max(before);
            self.unknown_element(child, element, pointer, &["entry"], &[]);
        }
        self.entry_findings(list, taken..entries.len());
        entries
    }

    /// Puts in their place the findings on the entries `indices` of the list `list`.
    fn entry_findings(&mut self, list: usize, indices: std::ops::Range<usize>) {
        if self.findings.is_empty() {
            return;
        }
        for index in indices {
            if let Some(findings) = self.findings.remove(&(list, index)) {
                self.diagnostics.extend(findings);
            }
        }
    }

    fn read_entry(&mut self, element: &Element, pointer: PointerNode) -> Entry {
        let mut entry = Entry::default();
        self.no_attributes(element, pointer);
        self.fields(
            element,
            pointer,
            Entry::FIELDS,
            |mapper, name, child, pointer| match name {
                "category" => entry.category = mapper.lenient(child, pointer),
                "national_category" => {
                    entry.national_category = Some(mapper.string(child, pointer))
                }
                "partner" => entry.partner = Some(mapper.party(child, pointer)),
                "items" => entry.items = mapper.lenient(child, pointer),
                "value" => entry.value = Some(mapper.money(child, pointer)),
                "withheld" => entry.withheld = Some(mapper.withheld_figures(child, pointer)),
                "basis" => entry.basis = mapper.lenient(child, pointer),
                "state_of_origin" => entry.state_of_origin = Some(mapper.party(child, pointer)),
                "intermediate_locations" => {
                    entry.intermediate_locations =
                        Some(mapper.list(child, pointer, "location", Self::party));
                }
                "description" => entry.description = Some(mapper.string(child, pointer)),
                _ => entry.comments = Some(mapper.string(child, pointer)),
            },
        );
        entry
    }

    fn money(&mut self, element: &Element, pointer: PointerNode) -> Money {
        let mut money = Money::default();
        self.no_attributes(element, pointer);
        self.fields(
            element,
            pointer,
            &["amount", "currency"],
            |mapper, name, child, pointer| match name {
                "amount" => money.amount = mapper.lenient(child, pointer),
                _ => money.currency = Some(mapper.string(child, pointer)),
            },
        );
        money
    }

    /// The figures an entry withholds, each with the word the report gives instead.
    fn withheld_figures(&mut self, element: &Element, pointer: PointerNode) -> WithheldFigures {
        let mut figures = WithheldFigures::default();
        self.no_attributes(element, pointer);
        self.fields(
            element,
            pointer,
            &["items", "value"],
            |mapper, name, child, pointer| {
                let word = Some(mapper.string(child, pointer));
                match name {
                    "items" => figures.items = word,
                    _ => figures.value = word,
                }
            },
        );
        figures
    }

    fn national_definition(
        &mut self,
        element: &Element,
        pointer: PointerNode,
    ) -> NationalDefinition {
        let mut definition = NationalDefinition::default();
        self.no_attributes(element, pointer);
        let known = ["category", "national_category", "definition"];
        self.fields(
            element,
            pointer,
            &known,
            |mapper, name, child, pointer| match name {
                "category" => definition.category = mapper.lenient(child, pointer),
                "national_category" => {
                    definition.national_category = Some(mapper.string(child, pointer));
                }
                _ => definition.definition = Some(mapper.string(child, pointer)),
            },
        );
        definition
    }

    /// A party: its code and name are attributes; the element has no content.
    fn party(&mut self, element: &Element, pointer: PointerNode) -> Party {
        let mut party = Party::default();
        self.attributes(
            element,
            pointer,
            &["code", "name"],
            |mapper, name, attribute, pointer| {
                mapper.place_attribute(pointer, attribute);
                let value = Some(attribute.value.to_string());
                match name {
                    "code" => party.code = value,
                    _ => party.name = value,
                }
            },
        );
        if let Some(text) = element.text.as_ref().filter(|text| !text.blank) {
            let diagnostic = Diagnostic::new(&STRAY_TEXT)
                .arg("text", Arg::Quoted(shorten(text.content.trim())))
                .arg("element", element.qname.as_ref())
                .arg("attribute", "name")
                .at(self.source_map.pointer(pointer))
                .located(text.at.location());
            self.diagnostics.push(diagnostic);
        }
        for child in &element.children {
            self.unknown_element(child, element, pointer, &[], &["code", "name"]);
        }
        party
    }

    /// The items of a list element, each `item` child an item.
    fn list<T>(
        &mut self,
        element: &Element,
        pointer: PointerNode,
        item: &'static str,
        mut read: impl FnMut(&mut Self, &Element, PointerNode) -> T,
    ) -> Vec<T> {
        let mut items = Vec::new();
        self.no_attributes(element, pointer);
        self.stray_text(element, pointer);
        for child in &element.children {
            if child.namespace == Namespace::Report && child.local == item {
                let child_pointer = self.source_map.element(pointer, items.len());
                items.push(read(self, child, child_pointer));
                self.source_map.set(child_pointer, child.at.location());
            } else {
                self.unknown_element(child, element, pointer, &[item], &[]);
            }
        }
        items
    }

    /// Calls `field` for each child element of `element` named in `known`, in document order;
    /// reports every other child.
    fn fields<'e, 'a: 'e>(
        &mut self,
        element: &'e Element<'a>,
        pointer: PointerNode,
        known: &[&'static str],
        mut field: impl FnMut(&mut Self, &'static str, &'e Element<'a>, PointerNode),
    ) {
        // Where the field of each name in `known` was last seen.
        let mut seen: [Option<crate::position::Position>; MOST_FIELDS] = [None; MOST_FIELDS];
        self.stray_text(element, pointer);
        for child in &element.children {
            let found = known.iter().position(|name| *name == child.local);
            let Some(index) = found.filter(|_| child.namespace == Namespace::Report) else {
                self.unknown_element(child, element, pointer, known, &[]);
                continue;
            };
            let name = known[index];
            let child_pointer = self.source_map.member(pointer, name);
            let mut fresh = None;
            let last = seen.get_mut(index).unwrap_or(&mut fresh);
            match last {
                Some(first) => {
                    self.diagnostics.push(
                        Diagnostic::new(&DUPLICATE_FIELD)
                            .arg("field", name)
                            .arg("first", first.to_string())
                            .at(self.source_map.pointer(child_pointer))
                            .located(child.at.location()),
                    );
                    *first = child.at;
                }
                None => *last = Some(child.at),
            }
            field(self, name, child, child_pointer);
            self.source_map.set(child_pointer, child.at.location());
        }
    }

    /// Calls `attribute` for each attribute of `element` named in `known`; reports the others.
    fn attributes<'e, 'a: 'e>(
        &mut self,
        element: &'e Element<'a>,
        pointer: PointerNode,
        known: &[&'static str],
        mut attribute: impl FnMut(&mut Self, &'static str, &'e Attribute<'a>, PointerNode),
    ) {
        for each in &element.attributes {
            let name = known.iter().find(|name| **name == each.local).copied();
            match name.filter(|_| each.namespace == Namespace::None) {
                Some(name) => {
                    let node = self.source_map.member(pointer, name);
                    attribute(self, name, each, node);
                }
                None if is_schema_location(each) => {}
                None => self.unknown_attribute(each, pointer, known),
            }
        }
    }

    fn no_attributes(&mut self, element: &Element, pointer: PointerNode) {
        self.attributes(element, pointer, &[], |_, _, _, _| {});
    }

    /// The text of an element that holds text only, exactly as written.
    fn text_content<'e>(&mut self, element: &'e Element, pointer: PointerNode) -> &'e str {
        for child in &element.children {
            self.unknown_element(child, element, pointer, &[], &[]);
        }
        element
            .text
            .as_ref()
            .map_or("", |text| text.content.as_ref())
    }

    fn string(&mut self, element: &Element, pointer: PointerNode) -> String {
        self.no_attributes(element, pointer);
        self.text_content(element, pointer).to_owned()
    }

    /// A typed value, or the raw value when the text is not one (see [`crate::lexical`]).
    /// Unmarked blank text is no value at all, as an empty cell is.
    fn lenient<T: Lexical>(
        &mut self,
        element: &Element,
        pointer: PointerNode,
    ) -> Option<Lenient<T>> {
        let mut marked: Option<&Attribute> = None;
        self.attributes(element, pointer, &["raw"], |_, _, attribute, _| {
            marked = Some(attribute)
        });
        let text = self.text_content(element, pointer);
        let kind = match marked {
            None => None,
            Some(attribute) => match RawKind::from_name(&attribute.value) {
                Some(kind) => Some(kind),
                None => {
                    self.diagnostics.push(
                        Diagnostic::new(&RAW_KIND_UNKNOWN)
                            .arg("found", Arg::Quoted(shorten(&attribute.value)))
                            .at(self.source_map.pointer(pointer))
                            .located(attribute.at.location()),
                    );
                    None
                }
            },
        };
        if let Some(kind) = kind {
            return Some(Lenient::raw_value(match kind.read(text) {
                Some(value) => value,
                None => {
                    self.diagnostics.push(
                        Diagnostic::new(&RAW_VALUE_UNREADABLE)
                            .arg("text", Arg::Quoted(shorten(text)))
                            .arg("kind", kind.name())
                            .at(self.source_map.pointer(pointer))
                            .located(element.at.location()),
                    );
                    serde_json::Value::String(text.to_owned())
                }
            }));
        }
        let trimmed = text.trim_matches(is_xml_space);
        if trimmed.is_empty() {
            return None;
        }
        Some(match T::parse(trimmed) {
            Some(value) => Lenient::Typed(value),
            None => Lenient::raw_text(trimmed),
        })
    }

    fn place(&mut self, pointer: PointerNode, element: &Element) {
        self.source_map.set(pointer, element.at.location());
    }

    fn place_attribute(&mut self, pointer: PointerNode, attribute: &Attribute) {
        self.source_map.set(pointer, attribute.at.location());
    }

    /// Reports the text of a container element, which has only elements.
    fn stray_text(&mut self, element: &Element, pointer: PointerNode) {
        let Some(text) = element.text.as_ref().filter(|text| !text.blank) else {
            return;
        };
        self.diagnostics.push(
            Diagnostic::new(&STRAY_TEXT)
                .arg("text", Arg::Quoted(shorten(text.content.trim())))
                .arg("element", element.qname.as_ref())
                .at(self.source_map.pointer(pointer))
                .located(text.at.location()),
        );
    }

    /// An element that is not a field here: outside the namespace if its name is one, unknown
    /// otherwise, with the closest field or attribute name as a suggestion. It is placed at the
    /// pointer of its parent, the part of the document it stands in.
    fn unknown_element(
        &mut self,
        child: &Element,
        parent: &Element,
        pointer: PointerNode,
        known: &[&str],
        attributes: &[&str],
    ) {
        if child.namespace != Namespace::Report && known.contains(&child.local.as_ref()) {
            let mut diagnostic = Diagnostic::new(&OUTSIDE_NAMESPACE)
                .arg("element", child.qname.as_ref())
                .arg("parent", parent.qname.as_ref())
                .arg("expected", NAMESPACE);
            diagnostic = match &child.namespace {
                Namespace::Other(namespace) => diagnostic.arg("namespace", namespace.as_str()),
                _ => diagnostic.arg("unqualified", "yes"),
            };
            self.diagnostics.push(
                diagnostic
                    .at(self.source_map.pointer(pointer))
                    .located(child.at.location()),
            );
            return;
        }
        let name = child.local.as_ref();
        let list = LIST_ITEMS
            .iter()
            .find(|(item, list)| *item == name && known.contains(list))
            .map(|(_, list)| (*list).to_owned());
        let attribute = attributes.contains(&name).then(|| format!("@{name}"));
        let closest = list
            .or(attribute)
            .or_else(|| closest(name, known).map(str::to_owned));
        let mut diagnostic = Diagnostic::new(&UNKNOWN_FIELD).arg("field", shorten(&child.qname));
        if let Some(closest) = closest {
            diagnostic = diagnostic.arg("closest", closest);
        }
        self.diagnostics.push(
            diagnostic
                .at(self.source_map.pointer(pointer))
                .located(child.at.location()),
        );
    }

    fn unknown_attribute(&mut self, attribute: &Attribute, pointer: PointerNode, known: &[&str]) {
        let mut diagnostic =
            Diagnostic::new(&UNKNOWN_FIELD).arg("field", format!("@{}", shorten(&attribute.qname)));
        if let Some(closest) = closest(&attribute.local, known) {
            diagnostic = diagnostic.arg("closest", format!("@{closest}"));
        }
        self.diagnostics.push(
            diagnostic
                .at(self.source_map.pointer(pointer))
                .located(attribute.at.location()),
        );
    }
}

fn is_schema_location(attribute: &Attribute) -> bool {
    matches!(&attribute.namespace, Namespace::Other(namespace) if namespace == XSI)
        && matches!(
            attribute.local.as_ref(),
            "schemaLocation" | "noNamespaceSchemaLocation"
        )
}

/// The known name closest to `name`, if one is near enough to be a likely misspelling.
fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    if name.chars().count() > 64 {
        return None;
    }
    let lower = name.to_lowercase();
    known
        .iter()
        .map(|field| (strsim::osa_distance(&lower, field), *field))
        .filter(|(distance, field)| *distance <= (field.len() / 3).max(1))
        .min()
        .map(|(_, field)| field)
}

/// At most [`MAX_SHOWN`] characters of `text`, with an ellipsis when cut.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
