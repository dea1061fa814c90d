//! Budgeted selection with redundancy control, then reading order.
//!
//! Greedy by score: take the best remaining candidate unless it is too similar (cosine above
//! [`SelectConfig::redundancy`]) to one already taken, or it would overflow the word budget. On
//! overflow the default is to skip it and keep looking for a shorter one; the benchmark protocol's
//! rule (stop at the first sentence that does not fit) is [`Overflow::Stop`]. The chosen sentences
//! A sentence that opens with a pronoun ("He said it was …") is skipped unless the sentence before it
//! in its article is already in the summary: out of context the reader cannot tell who "he" is. The
//! chosen sentences are then put in reading order: by their article's publication date, then by
//! earliest position in any source (leads first), then by source, so the summary reads like a news
//! story rather than a ranked list.

use serde::{Deserialize, Serialize};

use crate::model::Story;
use crate::score::word_count;

/// What to do when the next-best sentence does not fit the budget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Overflow {
    /// Skip it and try shorter ones (fills the budget; default for briefs).
    #[default]
    Skip,
    /// Stop selecting (the Multi-News benchmark protocol).
    Stop,
}

/// Settings of [`select`].
#[derive(Clone, Debug, PartialEq)]
pub struct SelectConfig {
    /// Word budget (whitespace words).
    pub words: usize,
    /// Overflow rule.
    pub overflow: Overflow,
    /// Maximum cosine to an already chosen sentence. Default 0.5.
    pub redundancy: f32,
    /// Skip sentences opening with a pronoun whose antecedent sentence is not chosen. Default true.
    pub skip_dangling: bool,
}

impl Default for SelectConfig {
    fn default() -> Self {
        Self {
            words: 200,
            overflow: Overflow::Skip,
            redundancy: 0.5,
            skip_dangling: true,
        }
    }
}

/// Picks candidate indices under the word budget, returned in reading order.
pub fn select(story: &Story, scores: &[f32], config: &SelectConfig) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).filter(|&i| scores[i] > 0.0).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut used = 0;
    let mut chosen: Vec<usize> = Vec::new();
    for i in order {
        let n = word_count(story, i);
        if used + n > config.words {
            match config.overflow {
                Overflow::Stop => break,
                Overflow::Skip => continue,
            }
        }
        if config.skip_dangling && dangling(story, i, &chosen) {
            continue;
        }
        let v = story.index.sentence(story.candidates[i].rep);
        if chosen
            .iter()
            .any(|&j| v.cosine(story.index.sentence(story.candidates[j].rep)) > config.redundancy)
        {
            continue;
        }
        used += n;
        chosen.push(i);
    }
    reading_order(story, &mut chosen);
    chosen
}

/// Pronouns that need the previous sentence to be understood.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those",
];

/// True when candidate `i` opens with a pronoun and the sentence before it is not chosen.
fn dangling(story: &Story, i: usize, chosen: &[usize]) -> bool {
    let rep = story.candidates[i].rep;
    let first = story
        .sentence_text(rep)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    if !PRONOUNS.iter().any(|p| first.eq_ignore_ascii_case(p)) {
        return false;
    }
    if rep.sent == 0 {
        return true;
    }
    let prev = crate::model::SentenceRef {
        doc: rep.doc,
        sent: rep.sent - 1,
    };
    !chosen
        .iter()
        .any(|&j| story.candidates[j].members.contains(&prev))
}

/// Sorts candidate indices for reading: by the publication date of the sentence's article (older
/// reports first; undated articles after dated ones), then earliest position in any source (leads
/// first), then source and sentence.
pub fn reading_order(story: &Story, chosen: &mut [usize]) {
    chosen.sort_by_key(|&i| {
        let c = &story.candidates[i];
        let date = story.documents[c.rep.doc as usize]
            .anchor
            .map_or(i64::MAX, |a| a.date.days());
        let pos = c
            .members
            .iter()
            .map(|m| story.sentence(*m).position)
            .min()
            .unwrap_or(0);
        (date, pos, c.rep.doc, c.rep.sent)
    });
}
