//! Sentence scorers: one small trait, swappable implementations.
//!
//! [`Centrality`] is the unsupervised scorer: continuous LexRank (PageRank over the cosine-similarity
//! graph of candidates) multiplied by a lead prior (news puts what matters first) and by support (a
//! sentence carried by several outlets is more likely to matter). Candidates too short to stand alone
//! or too long to read are scored zero so selection skips them.

use crate::model::Story;

/// Scores every candidate of a story; higher is more summary-worthy.
pub trait Scorer: Send + Sync {
    /// One score per `story.candidates` entry.
    fn score(&self, story: &Story) -> Vec<f32>;

    /// One score per `story.candidates` entry, of which only those `wanted` marks need be right:
    /// selection reads no other ([`crate::select::selectable`] says which it may take), so a
    /// scorer may skip the work for the rest and give them any score. The default scores all.
    fn score_wanted(&self, story: &Story, wanted: &[bool]) -> Vec<f32> {
        let _ = wanted;
        self.score(story)
    }

    /// The word budget to use for this story when the length is adaptive, at most `max_words`.
    /// Scorers that do not learn a length use the whole budget.
    fn budget(&self, _story: &Story, max_words: usize) -> usize {
        max_words
    }

    /// The wording weights the scorer reads, if any: the story's index then keeps each word's
    /// weight as it reads the word ([`crate::vector::StoryIndex::build_for`]) instead of the
    /// scorer looking every word up again. The default reads none.
    fn wording(&self) -> Option<&crate::wording::WordWeights> {
        None
    }
}

/// Settings of the [`Centrality`] scorer.
#[derive(Clone, Debug, PartialEq)]
pub struct CentralityConfig {
    /// PageRank damping (probability of following an edge). Default 0.85.
    pub damping: f32,
    /// Power-iteration rounds. Default 30.
    pub iterations: usize,
    /// Lead prior strength: weight `1 / (1 + lead * position)`. Default 0.15.
    pub lead: f32,
    /// Support bonus per extra source (log-scaled). Default 0.5.
    pub support: f32,
    /// Candidates with fewer words are not eligible. Default 6.
    pub min_words: usize,
    /// Candidates with more words are not eligible. Default 80.
    pub max_words: usize,
}

impl Default for CentralityConfig {
    fn default() -> Self {
        Self {
            damping: 0.85,
            iterations: 30,
            lead: 0.15,
            support: 0.5,
            min_words: 6,
            max_words: 80,
        }
    }
}

/// Unsupervised centrality scorer (LexRank × lead prior × support).
#[derive(Clone, Debug, Default)]
pub struct Centrality {
    config: CentralityConfig,
}

impl Centrality {
    /// A scorer with the given settings.
    pub fn new(config: CentralityConfig) -> Self {
        Self { config }
    }
}

/// Continuous LexRank scores of the candidates (mean 1).
pub fn lexrank(story: &Story, damping: f32, iterations: usize) -> Vec<f32> {
    let n = story.candidates.len();
    if n == 0 {
        return Vec::new();
    }
    let vecs: Vec<_> = story
        .candidates
        .iter()
        .map(|c| story.index.sentence(c.rep))
        .collect();
    let mut sim = vec![0.0f32; n * n];
    for i in 0..n {
        for j in i + 1..n {
            let s = vecs[i].cosine(vecs[j]);
            sim[i * n + j] = s;
            sim[j * n + i] = s;
        }
    }
    let row_sums: Vec<f32> = (0..n)
        .map(|i| sim[i * n..(i + 1) * n].iter().sum())
        .collect();
    let mut p = vec![1.0f32 / n as f32; n];
    let mut next = vec![0.0f32; n];
    for _ in 0..iterations {
        next.fill((1.0 - damping) / n as f32);
        for i in 0..n {
            if row_sums[i] == 0.0 {
                // A dangling node spreads evenly.
                let share = damping * p[i] / n as f32;
                for x in &mut next {
                    *x += share;
                }
                continue;
            }
            let w = damping * p[i] / row_sums[i];
            for j in 0..n {
                next[j] += w * sim[i * n + j];
            }
        }
        std::mem::swap(&mut p, &mut next);
    }
    p.iter().map(|x| x * n as f32).collect()
}

/// Number of distinct sources carrying candidate `i`.
pub fn support(story: &Story, i: usize) -> usize {
    let mut docs: Vec<u32> = story.candidates[i].members.iter().map(|m| m.doc).collect();
    docs.sort_unstable();
    docs.dedup();
    docs.len()
}

/// Whitespace word count of a candidate's representative sentence (counted once, by the index).
pub fn word_count(story: &Story, i: usize) -> usize {
    story.index.word_count(story.candidates[i].rep)
}

impl Scorer for Centrality {
    fn score(&self, story: &Story) -> Vec<f32> {
        let c = &self.config;
        let lr = lexrank(story, c.damping, c.iterations);
        (0..story.candidates.len())
            .map(|i| {
                let words = word_count(story, i);
                if words < c.min_words || words > c.max_words {
                    return 0.0;
                }
                let pos = story.candidates[i]
                    .members
                    .iter()
                    .map(|m| story.sentence(*m).position)
                    .min()
                    .unwrap_or(0) as f32;
                let lead = 1.0 / (1.0 + c.lead * pos);
                let support = 1.0 + c.support * (support(story, i) as f32).ln();
                lr[i] * lead * support
            })
            .collect()
    }
}
