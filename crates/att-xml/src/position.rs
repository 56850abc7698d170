//! Line and column of byte offsets into the decoded text.

/// A line and column, both from 1; columns count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Position {
    pub line: u32,
    pub column: u32,
}

impl Position {
    pub fn location(self) -> att_schema::Location {
        att_schema::Location::text(self.line, self.column)
    }
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Turns byte offsets into positions. The reader asks for offsets in document order, so the
/// cursor only moves forward and the whole file is scanned once; an earlier offset restarts
/// the scan from the beginning.
pub(crate) struct Positions<'a> {
    text: &'a [u8],
    offset: usize,
    position: Position,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str) -> Self {
        Positions {
            text: text.as_bytes(),
            offset: 0,
            position: Position { line: 1, column: 1 },
        }
    }

    /// The position of the character starting at byte `offset` (clamped to the end).
    pub fn at(&mut self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            self.offset = 0;
            self.position = Position { line: 1, column: 1 };
        }
        let passed = &self.text[self.offset..offset];
        let on_this_line = match memchr::memrchr(b'\n', passed) {
            Some(last) => {
                let lines = passed[..=last]
                    .iter()
                    .filter(|&&byte| byte == b'\n')
                    .count();
                self.position.line = self.position.line.saturating_add(saturating_u32(lines));
                self.position.column = 1;
                &passed[last + 1..]
            }
            None => passed,
        };
        // Every byte but a UTF-8 continuation byte starts a character.
        let characters = on_this_line
            .iter()
            .filter(|&&byte| byte & 0xC0 != 0x80)
            .count();
        self.position.column = self
            .position
            .column
            .saturating_add(saturating_u32(characters));
        self.offset = offset;
        self.position
    }
}

fn saturating_u32(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// The byte offset of `part` in `whole`, when `part` is a slice of it.
pub(crate) fn offset_in(whole: &str, part: &str) -> Option<usize> {
    let start = whole.as_ptr() as usize;
    let at = part.as_ptr() as usize;
    (at >= start && at + part.len() <= start + whole.len()).then(|| at - start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_lines_and_characters() {
        let text = "ab\nÉté\n\nx";
        let mut positions = Positions::new(text);
        assert_eq!(positions.at(0).to_string(), "1:1");
        assert_eq!(positions.at(2).to_string(), "1:3");
        assert_eq!(positions.at(3).to_string(), "2:1");
        // "Été" is 5 bytes: the "é" at byte 7 is the third character of line 2.
        assert_eq!(positions.at(6).to_string(), "2:3");
        assert_eq!(positions.at(text.len() - 1).to_string(), "4:1");
        assert_eq!(positions.at(1).to_string(), "1:2");
        assert_eq!(positions.at(usize::MAX).to_string(), "4:2");
    }

    #[test]
    fn finds_slices_of_the_text() {
        let text = "hello world";
        assert_eq!(offset_in(text, &text[6..]), Some(6));
        let elsewhere = String::from("world");
        assert_eq!(offset_in(text, &elsewhere), None);
    }
}
