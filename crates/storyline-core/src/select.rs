//! Budgeted selection and reading order. (Stub.)

use crate::model::Story;

/// Picks candidate indices under a word budget, in reading order.
pub fn select(story: &Story, scores: &[f32], words: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut used = 0;
    let mut out = Vec::new();
    for i in order {
        let n = story
            .sentence_text(story.candidates[i].rep)
            .split_whitespace()
            .count();
        if used + n > words {
            break;
        }
        used += n;
        out.push(i);
    }
    out.sort_unstable();
    out
}
