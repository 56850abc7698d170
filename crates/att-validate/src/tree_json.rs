//! The JSON Schema validator on a [`JsonTree`], the document a JSON reader parsed: the
//! validator is generic over the representation of JSON, and reads the tree in place rather
//! than a `serde_json::Value` made of it.
//!
//! Every answer is the one the `serde_json::Value` of the same document gives (its objects
//! in insertion order, as `serde_json`'s `preserve_order` keeps them), so that the validator
//! finds the same errors in the same order.

use att_schema::json_tree::{self, JsonKind, JsonNode};
use jsonschema::json::{Array, Json, Node, NodeIdentity, Object};
use jsonschema::types::JsonType;
use serde_json::{Number, Value};
use std::borrow::Cow;

/// The representation: nodes of a [`att_schema::JsonTree`].
pub(crate) struct Tree;

/// A node of a tree, or a field name the validator checks as a string (`propertyNames`).
#[derive(Clone, Copy)]
pub(crate) enum TreeNode<'a> {
    /// A value of the document.
    At(JsonNode<'a>),
    /// A string that is not part of the document.
    Name(&'a str),
}

impl Json for Tree {
    type Node<'a> = TreeNode<'a>;
    type PreparedKey = Box<str>;
    type StringBuffer = ();

    // An object's `get` walks its members (as `serde_json`'s does for small objects), so a
    // pass over the members is never dearer than the lookups it replaces.
    const KEYS_PER_LOOKUP: usize = 64;
    const ACYCLIC: bool = true;

    #[inline]
    fn prepare_key(key: &str) -> Box<str> {
        key.into()
    }

    #[inline]
    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(TreeNode<'_>) -> T) -> T {
        f(TreeNode::Name(string))
    }
}

impl<'a> TreeNode<'a> {
    #[inline]
    fn text(&self) -> Option<&'a str> {
        match self {
            TreeNode::At(node) => node.as_str(),
            TreeNode::Name(name) => Some(name),
        }
    }

    #[inline]
    fn kind(&self) -> JsonKind {
        match self {
            TreeNode::At(node) => node.kind(),
            TreeNode::Name(_) => JsonKind::String,
        }
    }

    #[inline]
    fn node(&self) -> Option<JsonNode<'a>> {
        match self {
            TreeNode::At(node) => Some(*node),
            TreeNode::Name(_) => None,
        }
    }
}

impl<'a> Node<'a, Tree> for TreeNode<'a> {
    type Object = TreeObject<'a>;
    type Array = TreeArray<'a>;
    type Number = Number;

    #[inline]
    fn as_object(&self) -> Option<TreeObject<'a>> {
        let node = self.node()?;
        node.members().map(|members| TreeObject { node, members })
    }

    #[inline]
    fn as_array(&self) -> Option<TreeArray<'a>> {
        self.node()?.items().map(TreeArray)
    }

    #[inline]
    fn as_string(&self) -> Option<Cow<'a, str>> {
        self.text().map(Cow::Borrowed)
    }

    #[inline]
    fn as_number(&self) -> Option<Number> {
        self.node()?.as_number()
    }

    #[inline]
    fn as_boolean(&self) -> Option<bool> {
        self.node()?.as_bool()
    }

    #[inline]
    fn is_null(&self) -> bool {
        self.kind() == JsonKind::Null
    }

    #[inline]
    fn is_number(&self) -> bool {
        self.kind() == JsonKind::Number
    }

    #[inline]
    fn is_string(&self) -> bool {
        self.kind() == JsonKind::String
    }

    #[inline]
    fn json_type(&self) -> JsonType {
        match self.kind() {
            JsonKind::Null => JsonType::Null,
            JsonKind::Bool => JsonType::Boolean,
            JsonKind::Number => JsonType::Number,
            JsonKind::String => JsonType::String,
            JsonKind::Array => JsonType::Array,
            JsonKind::Object => JsonType::Object,
        }
    }

    #[inline]
    fn string_length(&self) -> Option<u64> {
        self.text().map(|text| text.chars().count() as u64)
    }

    #[inline]
    fn string_length_within(&self, min: u64, max: u64) -> Option<bool> {
        Some(length_within(self.text()?, min, max))
    }

    #[inline]
    fn equals_value(&self, expected: &Value) -> bool {
        // The scalars the schema's `const` and `enum` compare, without making a value.
        match (self.kind(), expected) {
            (JsonKind::String, Value::String(expected)) => self.text() == Some(expected.as_str()),
            (JsonKind::String, _) => false,
            (JsonKind::Bool, Value::Bool(expected)) => self.as_boolean() == Some(*expected),
            (JsonKind::Null, Value::Null) => true,
            (JsonKind::Bool | JsonKind::Null, _) => false,
            _ => jsonschema::json::cmp::equal(&self.to_value(), expected),
        }
    }

    #[inline]
    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(match self {
            TreeNode::At(node) => node.to_value(),
            TreeNode::Name(name) => Value::String((*name).to_owned()),
        })
    }

    #[inline]
    fn identity(&self) -> Option<NodeIdentity> {
        match self {
            // Nodes are slots of one array: the tree and the slot's number tell them apart.
            TreeNode::At(node) => Some(NodeIdentity::tagged(
                std::ptr::from_ref(node.tree()) as usize,
                node.id(),
            )),
            TreeNode::Name(_) => None,
        }
    }
}

/// An object of a tree.
pub(crate) struct TreeObject<'a> {
    node: JsonNode<'a>,
    members: json_tree::Members<'a>,
}

/// Its members, as the validator iterates them.
pub(crate) struct TreeMembers<'a>(json_tree::Members<'a>);

impl<'a> Iterator for TreeMembers<'a> {
    type Item = (&'a str, TreeNode<'a>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(name, node)| (name, TreeNode::At(node)))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<'a> Object<'a, Tree> for TreeObject<'a> {
    type Node = TreeNode<'a>;
    type MemberName = &'a str;
    type MembersIter = TreeMembers<'a>;

    #[inline]
    fn len(&self) -> usize {
        self.members.len()
    }

    #[inline]
    fn get(&self, key: &Box<str>) -> Option<TreeNode<'a>> {
        self.node.get(key).map(TreeNode::At)
    }

    #[inline]
    fn members(&self) -> TreeMembers<'a> {
        TreeMembers(self.members.clone())
    }
}

/// An array of a tree.
pub(crate) struct TreeArray<'a>(json_tree::Items<'a>);

/// Its items, as the validator iterates them.
pub(crate) struct TreeItems<'a>(json_tree::Items<'a>);

impl<'a> Iterator for TreeItems<'a> {
    type Item = TreeNode<'a>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(TreeNode::At)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<'a> Array<'a, Tree> for TreeArray<'a> {
    type Node = TreeNode<'a>;
    type ElementsIter = TreeItems<'a>;

    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }

    #[inline]
    fn elements(&self) -> TreeItems<'a> {
        TreeItems(self.0.clone())
    }
}

/// Whether `text` has between `min` and `max` characters, counted only when its length in
/// bytes does not settle it: a character takes one to four bytes, so the count lies in
/// `ceil(bytes / 4)..=bytes`.
pub(crate) fn length_within(text: &str, min: u64, max: u64) -> bool {
    let bytes = text.len() as u64;
    let fewest = bytes.div_ceil(4);
    if bytes < min || fewest > max {
        return false;
    }
    if min <= fewest && bytes <= max {
        return true;
    }
    (min..=max).contains(&(text.chars().count() as u64))
}
