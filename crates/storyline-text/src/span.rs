use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into an article's original text.
///
/// Spans always lie on UTF-8 character boundaries of the text they were made from; every stage keeps
/// that invariant so `&text[span.range()]` never panics.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte (inclusive).
    pub start: usize,
    /// One past the last byte (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The span as a `Range` for slicing.
    pub const fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `text`.
    pub fn slice(self, text: &str) -> &str {
        &text[self.range()]
    }

    /// Shrinks the span so it neither starts nor ends with whitespace (Unicode aware).
    #[must_use]
    pub fn trim(self, text: &str) -> Self {
        let s = &text[self.range()];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Self::new(self.start, self.start);
        }
        Self::new(self.start + lead, self.end - trail)
    }

    /// True when `other` lies entirely inside this span.
    pub const fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// The byte offset of `part` in `whole`, where `part` is a sub-slice of `whole` (a word from
/// `whole.split_whitespace()`, a suffix from `trim_start`, ...).
///
/// The cleaner walks words as sub-slices and needs their offsets back; this names the pointer
/// subtraction once. Debug builds check that `part` lies inside `whole`.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    let at = (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize);
    debug_assert!(at + part.len() <= whole.len(), "offset_in: not a sub-slice");
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_keeps_char_boundaries() {
        let text = "\u{a0} héllo \u{a0}";
        let s = Span::new(0, text.len()).trim(text);
        assert_eq!(s.slice(text), "héllo");
    }

    #[test]
    fn trim_all_whitespace_is_empty() {
        let text = "   ";
        assert!(Span::new(0, 3).trim(text).is_empty());
    }
}
