//! How a value the user wrote is shown in a message.

use att_schema::Arg;
use serde_json::Value;

/// Longest excerpt of a value shown in a message, in characters.
const MAX_SHOWN: usize = 80;

/// A value as a message shows it: text between quotation marks, anything else as JSON,
/// shortened when long.
pub fn found(value: &Value) -> Arg {
    match value {
        Value::String(text) => Arg::Quoted(shorten(text)),
        Value::Null => Arg::Text("null".to_owned()),
        other => Arg::Text(shorten(&other.to_string())),
    }
}

/// At most [`MAX_SHOWN`] characters of `text`, with an ellipsis when cut.
pub fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_SHOWN) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
