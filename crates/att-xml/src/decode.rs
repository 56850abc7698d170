//! From bytes to text: byte order marks, UTF-16, and the encoding the XML declaration names.
//!
//! The reader reads UTF-8 (with or without a byte order mark) and UTF-16 (with a byte order
//! mark, or recognised from its first character as XML 1.0 Appendix F describes). A file that
//! declares another encoding is read only when all its bytes are ASCII, which every such
//! encoding shares with UTF-8; otherwise it is refused with a clear message rather than read
//! with wrong accents.

use crate::error::ReadError;
use std::borrow::Cow;

/// The text of `bytes`, without its byte order mark.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, ReadError> {
    match bytes {
        [0x00, 0x00, 0xFE, 0xFF, ..]
        | [0xFF, 0xFE, 0x00, 0x00, ..]
        | [0x00, 0x00, 0x00, b'<', ..]
        | [b'<', 0x00, 0x00, 0x00, ..] => Err(ReadError::UnsupportedEncoding {
            encoding: "UTF-32".to_owned(),
        }),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes).map(Cow::Owned),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes).map(Cow::Owned),
        [0x00, b'<', ..] => utf16(bytes, u16::from_be_bytes).map(Cow::Owned),
        [b'<', 0x00, ..] => utf16(bytes, u16::from_le_bytes).map(Cow::Owned),
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest).map(Cow::Borrowed),
        _ => utf8(bytes).map(Cow::Borrowed),
    }
}

fn utf8(bytes: &[u8]) -> Result<&str, ReadError> {
    let head = &bytes[..bytes.len().min(1024)];
    let ascii_head = &head[..head
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(head.len())];
    let declared = std::str::from_utf8(ascii_head)
        .ok()
        .and_then(declared_encoding);
    if let Some(encoding) = declared
        && !is_utf8_compatible(encoding)
        && !is_utf16(encoding)
        && !bytes.is_ascii()
    {
        return Err(ReadError::UnsupportedEncoding {
            encoding: encoding.to_owned(),
        });
    }
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
        let (line, column) = end_position(&valid);
        ReadError::InvalidText {
            encoding: "UTF-8",
            line,
            column,
        }
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ReadError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok(c) => text.push(c),
            Err(_) => return Err(invalid_utf16(&text)),
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(invalid_utf16(&text));
    }
    Ok(text)
}

fn invalid_utf16(decoded: &str) -> ReadError {
    let (line, column) = end_position(decoded);
    ReadError::InvalidText {
        encoding: "UTF-16",
        line,
        column,
    }
}

/// Line and column just after `text`.
fn end_position(text: &str) -> (u32, u32) {
    let line = text.matches('\n').count() + 1;
    let last_line = text.rsplit('\n').next().unwrap_or_default();
    let column = last_line.chars().count() + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// The encoding an XML declaration at the start of `text` names.
pub(crate) fn declared_encoding(text: &str) -> Option<&str> {
    let declaration = text.strip_prefix("<?xml")?;
    if !declaration.starts_with(is_xml_space) {
        return None;
    }
    let declaration = &declaration[..declaration.find("?>")?];
    let after = declaration.split_once("encoding")?.1;
    let value = after.trim_start_matches(is_xml_space).strip_prefix('=')?;
    let value = value.trim_start_matches(is_xml_space);
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &value[1..];
    Some(&value[..value.find(quote)?])
}

fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

fn is_utf8_compatible(encoding: &str) -> bool {
    ["utf-8", "utf8", "us-ascii", "ascii"]
        .iter()
        .any(|name| encoding.eq_ignore_ascii_case(name))
}

fn is_utf16(encoding: &str) -> bool {
    ["utf-16", "utf-16le", "utf-16be", "utf16"]
        .iter()
        .any(|name| encoding.eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut bytes = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    fn utf16be(text: &str) -> Vec<u8> {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        bytes
    }

    #[test]
    fn reads_utf8_with_and_without_a_byte_order_mark() {
        assert_eq!(decode(b"<r>\xC3\xA9</r>").ok().as_deref(), Some("<r>é</r>"));
        assert_eq!(decode(b"\xEF\xBB\xBF<r/>").ok().as_deref(), Some("<r/>"));
    }

    #[test]
    fn reads_utf16_in_both_byte_orders() {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>Côte d’Ivoire 😀</r>";
        assert_eq!(decode(&utf16le(text, true)).ok().as_deref(), Some(text));
        assert_eq!(decode(&utf16le(text, false)).ok().as_deref(), Some(text));
        assert_eq!(decode(&utf16be(text)).ok().as_deref(), Some(text));
    }

    #[test]
    fn places_invalid_bytes() {
        assert_eq!(
            decode(b"<r>\n  <a>\xFF</a></r>")
                .err()
                .map(|e| e.to_string()),
            Some("not valid UTF-8 text: invalid bytes at line 2, column 6".to_owned())
        );
        let mut cut = utf16le("<r>\nab", true);
        cut.push(b'x');
        assert_eq!(
            decode(&cut).err().map(|e| e.to_string()),
            Some("not valid UTF-16 text: invalid bytes at line 2, column 3".to_owned())
        );
        let mut lone_surrogate = utf16le("<r>", true);
        lone_surrogate.extend([0x00, 0xD8, b'a', 0x00]);
        assert!(matches!(
            decode(&lone_surrogate),
            Err(ReadError::InvalidText {
                encoding: "UTF-16",
                line: 1,
                column: 4
            })
        ));
    }

    #[test]
    fn refuses_other_encodings_unless_the_text_is_ascii() {
        let latin1 = b"<?xml version='1.0' encoding='ISO-8859-1'?><r>C\xF4te</r>";
        assert_eq!(
            decode(latin1).err(),
            Some(ReadError::UnsupportedEncoding {
                encoding: "ISO-8859-1".to_owned()
            })
        );
        let ascii = b"<?xml version='1.0' encoding='ISO-8859-1'?><r>Cote</r>";
        assert!(decode(ascii).is_ok());
        assert_eq!(
            decode(b"\x00\x00\xFE\xFF\x00\x00\x00<").err(),
            Some(ReadError::UnsupportedEncoding {
                encoding: "UTF-32".to_owned()
            })
        );
    }

    #[test]
    fn finds_the_declared_encoding() {
        assert_eq!(
            declared_encoding("<?xml version=\"1.0\" encoding = 'windows-1252' ?><r/>"),
            Some("windows-1252")
        );
        assert_eq!(declared_encoding("<?xml version=\"1.0\"?><r/>"), None);
        assert_eq!(declared_encoding("<r encoding='x'/>"), None);
        assert_eq!(declared_encoding("<?xml-stylesheet encoding='x'?>"), None);
    }
}
