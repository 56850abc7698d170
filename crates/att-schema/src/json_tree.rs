//! A JSON document as a reader parsed it, held in a few flat arrays: a node per value, the
//! members of each object and the items of each array one after another, every string in one
//! buffer.
//!
//! A `serde_json::Value` of a large report is millions of small allocations (a `String` per
//! field name, a hash index per object); this is a handful, about a third of the memory, and is
//! what the typed report, the JSON Schema stage and the digest read a JSON input from. A `Value`
//! is made only when something needs one ([`JsonTree::to_value`]).
//!
//! Objects are held as `serde_json` (with its `preserve_order` feature) holds them: a field
//! given twice keeps the place of its first occurrence and takes its last value.
//!
//! ```
//! use att_schema::json_tree::TreeBuilder;
//!
//! // {"year": 2023, "list": [true, "x"]}
//! let mut builder = TreeBuilder::new(0);
//! let object = builder.begin_object();
//! let year = builder.number(&serde_json::Number::from(2023));
//! let name = builder.name("year");
//! builder.member(name, year);
//! let array = builder.begin_array();
//! let yes = builder.boolean(true);
//! builder.item(yes);
//! let x = builder.text("x");
//! let x = builder.string(x);
//! builder.item(x);
//! let list = builder.end_array(array);
//! let name = builder.name("list");
//! builder.member(name, list);
//! let root = builder.end_object(object);
//! let tree = builder.finish(root);
//!
//! assert_eq!(tree.to_value(), serde_json::json!({"year": 2023, "list": [true, "x"]}));
//! assert_eq!(tree.pointer("/list/1").and_then(|node| node.as_str()), Some("x"));
//! ```

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{Map, Number, Value};
use std::fmt;

/// A parsed JSON document: see the [module documentation](self).
#[derive(Clone, PartialEq, Default)]
pub struct JsonTree {
    nodes: Vec<Slot>,
    /// The items of every array, each array's together, as node numbers.
    items: Vec<u32>,
    /// The members of every object, each object's together.
    members: Vec<Member>,
    /// The field names, each as often as [`TreeBuilder::name`] was given it.
    names: Vec<TextRef>,
    /// Every string and field name, decoded, one after another.
    strings: String,
    root: u32,
}

/// What a node is; its two numbers say where the rest is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Tag {
    Null,
    False,
    True,
    /// A non-negative integer: its 64 bits in `a` (high) and `b` (low).
    PositiveInteger,
    /// A negative integer, as an `i64`'s bits.
    NegativeInteger,
    /// A finite float, as an `f64`'s bits.
    Float,
    /// `a` is where its text starts in `strings`, `b` its length in bytes.
    String,
    /// `a` is where its items start in `items`, `b` how many there are.
    Array,
    /// `a` is where its members start in `members`, `b` how many there are.
    Object,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Slot {
    tag: Tag,
    a: u32,
    b: u32,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Member {
    /// Its name, in `names`.
    name: u32,
    value: u32,
}

/// A string in a tree under construction ([`TreeBuilder::text`]): the text of a string value
/// ([`TreeBuilder::string`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextRef {
    start: u32,
    len: u32,
}

/// A node of a tree under construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeRef(u32);

/// A field name of a tree under construction ([`TreeBuilder::name`]): any number of members
/// may have it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRef(u32);

/// What kind of JSON value a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum JsonKind {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// Positions and counts of a tree are 32-bit: the readers refuse larger inputs.
#[inline]
fn index(at: usize) -> u32 {
    u32::try_from(at).unwrap_or_else(|_| panic!("a JSON tree holds less than 4 GiB"))
}

#[inline]
fn split(bits: u64) -> (u32, u32) {
    ((bits >> 32) as u32, bits as u32)
}

impl JsonTree {
    /// The document's root value.
    #[inline]
    pub fn root(&self) -> JsonNode<'_> {
        JsonNode {
            tree: self,
            index: self.root,
        }
    }

    /// The value at `pointer` (RFC 6901), as `serde_json::Value::pointer` finds it.
    pub fn pointer(&self, pointer: &str) -> Option<JsonNode<'_>> {
        self.root().pointer(pointer)
    }

    /// The document as a `serde_json::Value`, the value its text parses to.
    pub fn to_value(&self) -> Value {
        self.root().to_value()
    }

    /// The tree of a `serde_json::Value`, for the callers that have one: its nodes hold what
    /// the value holds, in the same order.
    pub fn from_value(value: &Value) -> JsonTree {
        fn add(builder: &mut TreeBuilder, value: &Value) -> NodeRef {
            match value {
                Value::Null => builder.null(),
                Value::Bool(boolean) => builder.boolean(*boolean),
                Value::Number(number) => builder.number(number),
                Value::String(text) => {
                    let text = builder.text(text);
                    builder.string(text)
                }
                Value::Array(items) => {
                    let start = builder.begin_array();
                    for item in items {
                        let item = add(builder, item);
                        builder.item(item);
                    }
                    builder.end_array(start)
                }
                Value::Object(fields) => {
                    let start = builder.begin_object();
                    for (name, value) in fields {
                        let value = add(builder, value);
                        let name = builder.name(name);
                        builder.member(name, value);
                    }
                    builder.end_object(start)
                }
            }
        }
        let mut builder = TreeBuilder::new(0);
        let root = add(&mut builder, value);
        builder.finish(root)
    }

    #[inline]
    fn slot(&self, index: u32) -> Slot {
        self.nodes[index as usize]
    }

    #[inline]
    fn str_of(&self, text: TextRef) -> &str {
        &self.strings[text.start as usize..(text.start + text.len) as usize]
    }

    #[inline]
    fn name_of(&self, name: u32) -> &str {
        self.str_of(self.names[name as usize])
    }
}

impl fmt::Debug for JsonTree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JsonTree")
            .field("nodes", &self.nodes.len())
            .field("root", &self.root())
            .finish()
    }
}

/// One value of a [`JsonTree`].
#[derive(Clone, Copy)]
pub struct JsonNode<'a> {
    tree: &'a JsonTree,
    index: u32,
}

impl PartialEq for JsonNode<'_> {
    /// The same node of the same tree.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.tree, other.tree) && self.index == other.index
    }
}

impl Eq for JsonNode<'_> {}

impl fmt::Debug for JsonNode<'_> {
    /// The value as compact JSON.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for JsonNode<'_> {
    /// The value as compact JSON, as `serde_json::Value` displays it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&serde_json::to_string(self).map_err(|_| fmt::Error)?)
    }
}

impl<'a> JsonNode<'a> {
    #[inline]
    fn slot(&self) -> Slot {
        self.tree.slot(self.index)
    }

    #[inline]
    fn at(&self, index: u32) -> JsonNode<'a> {
        JsonNode {
            tree: self.tree,
            index,
        }
    }

    /// The tree the node is part of.
    #[inline]
    pub fn tree(&self) -> &'a JsonTree {
        self.tree
    }

    /// A number that tells this node from the other nodes of its tree.
    #[inline]
    pub fn id(&self) -> u32 {
        self.index
    }

    /// What kind of value it is.
    #[inline]
    pub fn kind(&self) -> JsonKind {
        match self.slot().tag {
            Tag::Null => JsonKind::Null,
            Tag::False | Tag::True => JsonKind::Bool,
            Tag::PositiveInteger | Tag::NegativeInteger | Tag::Float => JsonKind::Number,
            Tag::String => JsonKind::String,
            Tag::Array => JsonKind::Array,
            Tag::Object => JsonKind::Object,
        }
    }

    /// Whether it is `null`.
    #[inline]
    pub fn is_null(&self) -> bool {
        self.slot().tag == Tag::Null
    }

    /// The boolean, if it is one.
    #[inline]
    pub fn as_bool(&self) -> Option<bool> {
        match self.slot().tag {
            Tag::True => Some(true),
            Tag::False => Some(false),
            _ => None,
        }
    }

    /// The text, if it is a string.
    #[inline]
    pub fn as_str(&self) -> Option<&'a str> {
        let slot = self.slot();
        (slot.tag == Tag::String).then(|| {
            self.tree.str_of(TextRef {
                start: slot.a,
                len: slot.b,
            })
        })
    }

    /// The number, if it is one, as `serde_json` holds it.
    #[inline]
    pub fn as_number(&self) -> Option<Number> {
        let slot = self.slot();
        let bits = (u64::from(slot.a) << 32) | u64::from(slot.b);
        match slot.tag {
            Tag::PositiveInteger => Some(Number::from(bits)),
            Tag::NegativeInteger => Some(Number::from(bits as i64)),
            Tag::Float => Number::from_f64(f64::from_bits(bits)),
            _ => None,
        }
    }

    /// The members, if it is an object, in the order of their first occurrence.
    #[inline]
    pub fn members(&self) -> Option<Members<'a>> {
        let slot = self.slot();
        (slot.tag == Tag::Object).then(|| Members {
            tree: self.tree,
            members: self.tree.members[slot.a as usize..(slot.a + slot.b) as usize].iter(),
        })
    }

    /// The items, if it is an array.
    #[inline]
    pub fn items(&self) -> Option<Items<'a>> {
        let slot = self.slot();
        (slot.tag == Tag::Array).then(|| Items {
            tree: self.tree,
            items: self.tree.items[slot.a as usize..(slot.a + slot.b) as usize].iter(),
        })
    }

    /// How many members an object has, or items an array has; 0 for anything else.
    #[inline]
    pub fn len(&self) -> usize {
        match self.slot() {
            Slot {
                tag: Tag::Object | Tag::Array,
                b,
                ..
            } => b as usize,
            _ => 0,
        }
    }

    /// Whether it is no object or array, or an empty one.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The field `name`, if it is an object that has it.
    #[inline]
    pub fn get(&self, name: &str) -> Option<JsonNode<'a>> {
        self.members()?
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value)
    }

    /// The item `index`, if it is an array that long.
    #[inline]
    pub fn item(&self, index: usize) -> Option<JsonNode<'a>> {
        let slot = self.slot();
        if slot.tag != Tag::Array || index >= slot.b as usize {
            return None;
        }
        Some(self.at(self.tree.items[slot.a as usize + index]))
    }

    /// The value at `pointer` below this one, as `serde_json::Value::pointer` finds it.
    pub fn pointer(&self, pointer: &str) -> Option<JsonNode<'a>> {
        if pointer.is_empty() {
            return Some(*self);
        }
        if !pointer.starts_with('/') {
            return None;
        }
        let mut node = *self;
        for token in pointer.split('/').skip(1) {
            let token: std::borrow::Cow<'_, str> = if token.contains('~') {
                token.replace("~1", "/").replace("~0", "~").into()
            } else {
                token.into()
            };
            node = match node.kind() {
                JsonKind::Object => node.get(&token)?,
                JsonKind::Array => node.item(array_index(&token)?)?,
                _ => return None,
            };
        }
        Some(node)
    }

    /// The value as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        let slot = self.slot();
        match slot.tag {
            Tag::Null => Value::Null,
            Tag::False => Value::Bool(false),
            Tag::True => Value::Bool(true),
            Tag::PositiveInteger | Tag::NegativeInteger | Tag::Float => {
                self.as_number().map_or(Value::Null, Value::Number)
            }
            Tag::String => Value::String(self.as_str().unwrap_or_default().to_owned()),
            Tag::Array => Value::Array(
                self.items()
                    .into_iter()
                    .flatten()
                    .map(|item| item.to_value())
                    .collect(),
            ),
            Tag::Object => {
                let mut map = Map::with_capacity(slot.b as usize);
                for (name, value) in self.members().into_iter().flatten() {
                    map.insert(name.to_owned(), value.to_value());
                }
                Value::Object(map)
            }
        }
    }
}

/// The index an array token names, as `serde_json::Value::pointer` reads it.
fn array_index(token: &str) -> Option<usize> {
    if token.starts_with('+') || (token.starts_with('0') && token.len() != 1) {
        return None;
    }
    token.parse().ok()
}

impl Serialize for JsonNode<'_> {
    /// As the `serde_json::Value` it stands for serialises.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let slot = self.slot();
        match slot.tag {
            Tag::Null => serializer.serialize_unit(),
            Tag::False => serializer.serialize_bool(false),
            Tag::True => serializer.serialize_bool(true),
            Tag::PositiveInteger | Tag::NegativeInteger | Tag::Float => match self.as_number() {
                Some(number) => number.serialize(serializer),
                None => serializer.serialize_unit(),
            },
            Tag::String => serializer.serialize_str(self.as_str().unwrap_or_default()),
            Tag::Array => {
                let mut seq = serializer.serialize_seq(Some(slot.b as usize))?;
                for item in self.items().into_iter().flatten() {
                    seq.serialize_element(&item)?;
                }
                seq.end()
            }
            Tag::Object => {
                let mut map = serializer.serialize_map(Some(slot.b as usize))?;
                for (name, value) in self.members().into_iter().flatten() {
                    map.serialize_entry(name, &value)?;
                }
                map.end()
            }
        }
    }
}

impl Serialize for JsonTree {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.root().serialize(serializer)
    }
}

/// The members of an object: name and value, in the order of their first occurrence.
#[derive(Clone)]
pub struct Members<'a> {
    tree: &'a JsonTree,
    members: std::slice::Iter<'a, Member>,
}

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, JsonNode<'a>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let member = self.members.next()?;
        Some((
            self.tree.name_of(member.name),
            JsonNode {
                tree: self.tree,
                index: member.value,
            },
        ))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.members.size_hint()
    }
}

impl ExactSizeIterator for Members<'_> {}

/// The items of an array.
#[derive(Clone)]
pub struct Items<'a> {
    tree: &'a JsonTree,
    items: std::slice::Iter<'a, u32>,
}

impl<'a> Iterator for Items<'a> {
    type Item = JsonNode<'a>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let index = *self.items.next()?;
        Some(JsonNode {
            tree: self.tree,
            index,
        })
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.items.size_hint()
    }
}

impl ExactSizeIterator for Items<'_> {}

/// Builds a [`JsonTree`] value by value, as a parser reads them: scalars as they come, an
/// array or an object when it closes (its items or members gathered since it opened).
///
/// A tree holds less than 4 GiB of text and fewer than 2³² values; a reader refuses larger
/// inputs before it builds one.
#[derive(Debug, Default)]
pub struct TreeBuilder {
    tree: JsonTree,
    /// The items of the arrays being read, innermost last.
    open_items: Vec<u32>,
    /// The members of the objects being read, innermost last.
    open_members: Vec<Member>,
}

/// Where the items or members of an open array or object start ([`TreeBuilder::begin_array`],
/// [`TreeBuilder::begin_object`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Open(usize);

impl TreeBuilder {
    /// A builder for a document of about `text_bytes` bytes of JSON text: its strings take no
    /// more than that.
    pub fn new(text_bytes: usize) -> TreeBuilder {
        let mut builder = TreeBuilder::default();
        // Only reserved, not touched: the pages the strings do not fill cost nothing.
        builder.tree.strings.reserve(text_bytes);
        builder
    }

    /// Makes room for about `values` values, `members` of them members of objects.
    pub fn reserve(&mut self, values: usize, members: usize) {
        self.tree.nodes.reserve(values);
        self.tree.members.reserve(members);
        self.tree.items.reserve(values.saturating_sub(members));
    }

    #[inline]
    fn push(&mut self, tag: Tag, a: u32, b: u32) -> NodeRef {
        let node = index(self.tree.nodes.len());
        self.tree.nodes.push(Slot { tag, a, b });
        NodeRef(node)
    }

    /// A `null`.
    #[inline]
    pub fn null(&mut self) -> NodeRef {
        self.push(Tag::Null, 0, 0)
    }

    /// `true` or `false`.
    #[inline]
    pub fn boolean(&mut self, value: bool) -> NodeRef {
        self.push(if value { Tag::True } else { Tag::False }, 0, 0)
    }

    /// A number.
    #[inline]
    pub fn number(&mut self, number: &Number) -> NodeRef {
        let (tag, bits) = if let Some(n) = number.as_u64() {
            (Tag::PositiveInteger, n)
        } else if let Some(n) = number.as_i64() {
            (Tag::NegativeInteger, n as u64)
        } else {
            (Tag::Float, number.as_f64().unwrap_or(0.0).to_bits())
        };
        let (a, b) = split(bits);
        self.push(tag, a, b)
    }

    /// Adds `text` to the strings, for a string value.
    #[inline]
    pub fn text(&mut self, text: &str) -> TextRef {
        let start = self.begin_text();
        self.push_text(text);
        self.end_text(start)
    }

    /// Starts a string that is added part by part ([`Self::push_text`], [`Self::push_char`]).
    #[inline]
    pub fn begin_text(&self) -> usize {
        self.tree.strings.len()
    }

    /// Adds to the string being made.
    #[inline]
    pub fn push_text(&mut self, text: &str) {
        self.tree.strings.push_str(text);
    }

    /// Adds a character to the string being made.
    #[inline]
    pub fn push_char(&mut self, c: char) {
        self.tree.strings.push(c);
    }

    /// The string made since [`Self::begin_text`] returned `start`.
    #[inline]
    pub fn end_text(&mut self, start: usize) -> TextRef {
        TextRef {
            start: index(start),
            len: index(self.tree.strings.len() - start),
        }
    }

    /// The text of `text`.
    #[inline]
    pub fn str(&self, text: TextRef) -> &str {
        self.tree.str_of(text)
    }

    /// A string value.
    #[inline]
    pub fn string(&mut self, text: TextRef) -> NodeRef {
        self.push(Tag::String, text.start, text.len)
    }

    /// A field name, for [`Self::member`]: a reader that meets one name many times makes it
    /// once.
    #[inline]
    pub fn name(&mut self, name: &str) -> NameRef {
        let text = self.text(name);
        let number = index(self.tree.names.len());
        self.tree.names.push(text);
        NameRef(number)
    }

    /// The text of `name`.
    #[inline]
    pub fn name_str(&self, name: NameRef) -> &str {
        self.tree.name_of(name.0)
    }

    /// Opens an array: its items are those added with [`Self::item`] until
    /// [`Self::end_array`].
    #[inline]
    pub fn begin_array(&self) -> Open {
        Open(self.open_items.len())
    }

    /// Adds an item to the innermost open array.
    #[inline]
    pub fn item(&mut self, item: NodeRef) {
        self.open_items.push(item.0);
    }

    /// Closes the array opened at `open`.
    #[inline]
    pub fn end_array(&mut self, Open(open): Open) -> NodeRef {
        let start = index(self.tree.items.len());
        let count = index(self.open_items.len() - open);
        self.tree.items.extend(self.open_items.drain(open..));
        self.push(Tag::Array, start, count)
    }

    /// Opens an object: its members are those added with [`Self::member`] until
    /// [`Self::end_object`].
    #[inline]
    pub fn begin_object(&self) -> Open {
        Open(self.open_members.len())
    }

    /// Adds a member to the innermost open object, and says where among its members it is (for
    /// [`Self::replace`]).
    #[inline]
    pub fn member(&mut self, name: NameRef, value: NodeRef) -> usize {
        self.open_members.push(Member {
            name: name.0,
            value: value.0,
        });
        self.open_members.len() - 1
    }

    /// Gives the member at `position` (as [`Self::member`] said) the value `value` instead:
    /// the last value of a field given twice, at the place of the first.
    #[inline]
    pub fn replace(&mut self, position: usize, value: NodeRef) {
        if let Some(member) = self.open_members.get_mut(position) {
            member.value = value.0;
        }
    }

    /// Closes the object opened at `open`.
    #[inline]
    pub fn end_object(&mut self, Open(open): Open) -> NodeRef {
        let start = index(self.tree.members.len());
        let count = index(self.open_members.len() - open);
        self.tree.members.extend(self.open_members.drain(open..));
        self.push(Tag::Object, start, count)
    }

    /// The tree whose root is `root`.
    pub fn finish(mut self, root: NodeRef) -> JsonTree {
        self.tree.root = root.0;
        self.tree
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> Value {
        json!({
            "a": [1, -2, 1.5, 1e300, 18446744073709551615u64, true, false, null],
            "b/c": {"d~e": "x\"y\u{e9}", "": {}},
            "empty": [],
        })
    }

    #[test]
    fn a_value_goes_through_a_tree_unchanged() {
        let value = sample();
        let tree = JsonTree::from_value(&value);
        assert_eq!(tree.to_value(), value);
        assert_eq!(
            serde_json::to_string(&tree).ok(),
            serde_json::to_string(&value).ok()
        );
        assert_eq!(
            serde_json::to_string_pretty(&tree).ok(),
            serde_json::to_string_pretty(&value).ok()
        );
        assert_eq!(tree.root().to_string(), value.to_string());
    }

    #[test]
    fn pointers_find_what_serde_json_finds() {
        let value = sample();
        let tree = JsonTree::from_value(&value);
        for pointer in [
            "",
            "/a",
            "/a/0",
            "/a/7",
            "/a/8",
            "/a/01",
            "/a/-1",
            "/a/+1",
            "/b~1c",
            "/b~1c/d~0e",
            "/b~1c/",
            "/b~1c//x",
            "/x",
            "a",
            "/a/0/x",
            "/empty/0",
        ] {
            assert_eq!(
                tree.pointer(pointer).map(|node| node.to_value()),
                value.pointer(pointer).cloned(),
                "{pointer}"
            );
        }
    }

    #[test]
    fn a_replaced_member_keeps_its_place() {
        let mut builder = TreeBuilder::new(0);
        let object = builder.begin_object();
        let mut first = 0;
        for (name, number) in [("x", 1), ("y", 2), ("x", 3)] {
            let value = builder.number(&Number::from(number));
            let text = builder.name(name);
            if name == "x" && number == 3 {
                builder.replace(first, value);
            } else {
                let position = builder.member(text, value);
                if name == "x" {
                    first = position;
                }
            }
        }
        let root = builder.end_object(object);
        let tree = builder.finish(root);
        assert_eq!(
            serde_json::to_string(&tree).ok().as_deref(),
            Some(r#"{"x":3,"y":2}"#)
        );
    }
}
