//! The greedy extractive oracle: an upper bound for whole-sentence extraction.
//!
//! Starting from an empty summary, it repeatedly adds the sentence that raises ROUGE-1 F1 +
//! ROUGE-2 F1 against the reference the most, among the sentences that still fit the word
//! budget, and stops when no sentence raises the sum (ties go to the earlier sentence in
//! document order). The summary is the concatenation of the chosen sentences in the order they
//! were chosen, which is also how it is scored (so bigrams across a sentence boundary count, as
//! they do in `rouge-score` on the joined text).
//!
//! The scores are exact `rouge-score` numbers (same tokenizer and stemmer as
//! [`crate::rouge`]), computed incrementally: clipped unigram and bigram matches of the current
//! summary are kept, and a candidate sentence only adds its own tokens plus the one bigram that
//! joins it to the summary, so each trial costs O(sentence length).

use rustc_hash::FxHashMap;

use super::{ClusterView, Summarizer};
use crate::rouge::{RougeConfig, Score, Tokenizer};

/// Greedy ROUGE-1+2 oracle.
#[derive(Clone, Copy, Debug, Default)]
pub struct Oracle;

fn key(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Counts of the current summary and the reference.
struct State {
    ref_uni: Vec<u32>,
    ref_bi: FxHashMap<u64, u32>,
    ref_len: usize,
    sel_uni: Vec<u32>,
    sel_bi: FxHashMap<u64, u32>,
    sel_len: usize,
    last: Option<u32>,
    hits1: usize,
    hits2: usize,
}

impl State {
    fn f(&self, hits1: usize, hits2: usize, len: usize) -> f64 {
        let bi = |n: usize| n.saturating_sub(1);
        Score::from_counts(hits1, len, self.ref_len).f1
            + Score::from_counts(hits2, bi(len), bi(self.ref_len)).f1
    }

    /// Hits after appending `s`, without changing the state.
    fn trial(
        &self,
        s: &[u32],
        extra_uni: &mut FxHashMap<u32, u32>,
        extra_bi: &mut FxHashMap<u64, u32>,
    ) -> (usize, usize) {
        extra_uni.clear();
        extra_bi.clear();
        let (mut h1, mut h2) = (self.hits1, self.hits2);
        for &t in s {
            let e = extra_uni.entry(t).or_insert(0);
            if self.sel_uni[t as usize] + *e < self.ref_uni[t as usize] {
                h1 += 1;
            }
            *e += 1;
        }
        let mut prev = self.last;
        for &t in s {
            if let Some(p) = prev {
                let k = key(p, t);
                if let Some(&r) = self.ref_bi.get(&k) {
                    let e = extra_bi.entry(k).or_insert(0);
                    if self.sel_bi.get(&k).copied().unwrap_or(0) + *e < r {
                        h2 += 1;
                    }
                    *e += 1;
                }
            }
            prev = Some(t);
        }
        (h1, h2)
    }

    fn add(&mut self, s: &[u32], hits: (usize, usize)) {
        for &t in s {
            self.sel_uni[t as usize] += 1;
            if let Some(p) = self.last {
                *self.sel_bi.entry(key(p, t)).or_insert(0) += 1;
            }
            self.last = Some(t);
        }
        self.sel_len += s.len();
        (self.hits1, self.hits2) = hits;
    }
}

impl Oracle {
    /// Indices of the chosen sentences, in the order chosen.
    pub fn choose(&self, view: &ClusterView<'_>) -> Vec<usize> {
        self.choose_scored(view).0
    }

    /// The chosen sentences and their ROUGE-1 F1 + ROUGE-2 F1.
    pub fn choose_scored(&self, view: &ClusterView<'_>) -> (Vec<usize>, f64) {
        let mut tok = Tokenizer::new(RougeConfig { stem: true });
        let reference = tok.tokenize(&view.cluster.summary).ids;
        let sents: Vec<Vec<u32>> = view
            .sentences
            .iter()
            .map(|s| tok.tokenize(s.text).ids)
            .collect();
        let vocab = tok.vocab_len();
        let mut st = State {
            ref_uni: vec![0; vocab],
            ref_bi: FxHashMap::default(),
            ref_len: reference.len(),
            sel_uni: vec![0; vocab],
            sel_bi: FxHashMap::default(),
            sel_len: 0,
            last: None,
            hits1: 0,
            hits2: 0,
        };
        for &t in &reference {
            st.ref_uni[t as usize] += 1;
        }
        for w in reference.windows(2) {
            *st.ref_bi.entry(key(w[0], w[1])).or_insert(0) += 1;
        }
        let (mut eu, mut eb) = (FxHashMap::default(), FxHashMap::default());
        let mut chosen = Vec::new();
        let mut used = vec![false; sents.len()];
        let mut words = 0usize;
        let mut current = 0.0;
        loop {
            let mut best: Option<(usize, f64, (usize, usize))> = None;
            for (i, s) in sents.iter().enumerate() {
                let w = view.sentences[i].words as usize;
                if used[i] || words + w > view.budget {
                    continue;
                }
                let hits = st.trial(s, &mut eu, &mut eb);
                let f = st.f(hits.0, hits.1, st.sel_len + s.len());
                if f > current && best.is_none_or(|(_, bf, _)| f > bf) {
                    best = Some((i, f, hits));
                }
            }
            let Some((i, f, hits)) = best else { break };
            st.add(&sents[i], hits);
            used[i] = true;
            words += view.sentences[i].words as usize;
            current = f;
            chosen.push(i);
        }
        (chosen, current)
    }
}

impl Summarizer for Oracle {
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String> {
        view.texts(&self.choose(view))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Cluster;
    use crate::rouge::{Rouge, RougeConfig};

    #[test]
    fn incremental_scores_equal_full_rouge() {
        let c = Cluster {
            documents: vec![
                "The storm hit the coast on Monday. Cats like milk. Officials counted the damage."
                    .into(),
                "Rain fell. The storm hit hard and the coast flooded.".into(),
            ],
            summary: "A storm hit the coast on Monday and officials counted damage.".into(),
            ..Cluster::default()
        };
        let v = ClusterView::new(0, &c, 232);
        let (chosen, score) = Oracle.choose_scored(&v);
        assert!(!chosen.is_empty());
        assert!(!chosen.contains(&1), "cats sentence is useless");
        // Every prefix of the greedy choice improves the full-text ROUGE-1+2 F1.
        let rouge = Rouge::new(RougeConfig::default());
        let mut prev = 0.0;
        for k in 1..=chosen.len() {
            let text = v.texts(&chosen[..k]).join("\n");
            let s = rouge.score(&text, &c.summary);
            let f = s.r1.f1 + s.r2.f1;
            assert!(f > prev, "prefix {k}: {f} <= {prev}");
            prev = f;
        }
        // The incremental counts give exactly the full-text score.
        assert!((prev - score).abs() < 1e-12, "{prev} vs {score}");
    }

    #[test]
    fn respects_budget() {
        let c = Cluster {
            documents: vec!["One two three four. Five six.".into()],
            summary: "one two three four five six".into(),
            ..Cluster::default()
        };
        let v = ClusterView::new(0, &c, 3);
        assert_eq!(Oracle.summarize(&v), ["Five six."]);
    }
}
