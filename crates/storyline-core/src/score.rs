//! Sentence scorers: one trait, swappable implementations. (Stub.)

use crate::model::Story;

/// Scores every candidate of a story; higher is more summary-worthy.
pub trait Scorer: Send + Sync {
    /// One score per `story.candidates` entry.
    fn score(&self, story: &Story) -> Vec<f32>;
}

/// Position-only scorer (stub).
#[derive(Clone, Debug, Default)]
pub struct Centrality;

impl Scorer for Centrality {
    fn score(&self, story: &Story) -> Vec<f32> {
        story
            .candidates
            .iter()
            .map(|c| 1.0 / (1.0 + story.sentence(c.rep).position as f32))
            .collect()
    }
}
