//! A small XML tree for comparing parts in tests.

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// A node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An element.
    Element(Element),
    /// Text (entities resolved).
    Text(String),
}

/// An element with its attributes in document order.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// Qualified name.
    pub name: String,
    /// Attributes, unescaped.
    pub attributes: Vec<(String, String)>,
    /// Children.
    pub children: Vec<Node>,
}

impl Element {
    /// The local name.
    pub fn local(&self) -> &str {
        self.name.rsplit(':').next().unwrap_or(&self.name)
    }

    /// The value of the attribute `key` (qualified name).
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The value of a prefixed attribute with this local name (`r:id`).
    pub fn prefixed_attr(&self, local: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| {
                !k.starts_with("xmlns") && k.split_once(':').is_some_and(|(_, l)| l == local)
            })
            .map(|(_, v)| v.as_str())
    }

    /// The child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The child elements with this local name.
    pub fn named<'a>(&'a self, local: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements()
            .filter(move |element| element.local() == local)
    }

    /// The first child element with this local name.
    pub fn child(&self, local: &str) -> Option<&Element> {
        self.elements().find(|element| element.local() == local)
    }

    /// Every descendant element with this local name, in document order.
    pub fn descendants<'a>(&'a self, local: &str) -> Vec<&'a Element> {
        let mut found = Vec::new();
        for element in self.elements() {
            if element.local() == local {
                found.push(element);
            }
            found.extend(element.descendants(local));
        }
        found
    }

    /// The text of the element and its descendants.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for node in &self.children {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element(element) => out.push_str(&element.text()),
            }
        }
        out
    }

    /// A copy without the attributes named in `keys`.
    pub fn without(&self, keys: &[&str]) -> Element {
        let mut copy = self.clone();
        copy.attributes.retain(|(k, _)| !keys.contains(&k.as_str()));
        copy
    }
}

fn element(start: &BytesStart) -> Element {
    let attributes = start
        .attributes()
        .map(|a| {
            let a = a.expect("an attribute");
            (
                a.key.as_ref().to_owned(),
                a.normalized_value(XmlVersion::Implicit1_0)
                    .expect("an attribute value")
                    .into_owned(),
            )
        })
        .collect();
    Element {
        name: start.name().as_ref().to_owned(),
        attributes,
        children: Vec::new(),
    }
}

/// The root element of `bytes`.
pub fn parse(bytes: &[u8]) -> Element {
    let mut reader = Reader::from_reader(bytes);
    let mut stack: Vec<Element> = vec![Element {
        name: String::new(),
        attributes: Vec::new(),
        children: Vec::new(),
    }];
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(start) => stack.push(element(&start)),
            Event::Empty(start) => {
                let done = element(&start);
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Element(done));
            }
            Event::End(_) => {
                let done = stack.pop().expect("an open element");
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Element(done));
            }
            Event::Text(text) => {
                let text = text.xml10_content().into_owned();
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Text(text));
            }
            Event::CData(data) => {
                let text = data.xml10_content().into_owned();
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Text(text));
            }
            Event::GeneralRef(reference) => {
                let text = match reference.resolve_char_ref().expect("a reference") {
                    Some(c) => c.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&reference)
                        .expect("a predefined entity")
                        .to_owned(),
                };
                stack
                    .last_mut()
                    .expect("a parent")
                    .children
                    .push(Node::Text(text));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let document = stack.pop().expect("the document");
    document.elements().next().cloned().expect("a root element")
}
