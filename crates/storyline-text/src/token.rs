//! Word tokens for similarity: lower-cased alphanumeric runs with their spans. (Stub.)

use crate::Span;

/// Iterates over the alphanumeric word spans of `text[span]`.
pub fn words(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let s = span.slice(text);
    let base = span.start;
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(Span::new(base + st, base + i));
        }
    }
    if let Some(st) = start {
        out.push(Span::new(base + st, base + s.len()));
    }
    out.into_iter()
}

/// True for common English function words that carry no topic.
pub fn is_stopword(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "of" | "to" | "in" | "and" | "on" | "for" | "is" | "was"
    )
}
