//! Sentence segmentation over byte spans. (Stub: replaced by the real segmenter.)

use crate::Span;

/// Settings of the [`Segmenter`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct SegmentConfig {}

/// Splits text into sentences. Build once, reuse (`Send + Sync`).
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    #[allow(dead_code)]
    config: SegmentConfig,
}

impl Segmenter {
    /// A segmenter with the given settings.
    pub fn new(config: SegmentConfig) -> Self {
        Self { config }
    }

    /// Splits `text[span]` into sentence spans (trimmed, in order, inside `span`).
    pub fn split(&self, text: &str, span: Span) -> Vec<Span> {
        let mut out = Vec::new();
        let s = span.slice(text);
        let mut start = 0;
        for (i, _) in s.match_indices(". ") {
            out.push(Span::new(span.start + start, span.start + i + 1).trim(text));
            start = i + 2;
        }
        out.push(Span::new(span.start + start, span.end).trim(text));
        out.retain(|s| !s.is_empty());
        out
    }
}
