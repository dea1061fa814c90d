//! Near-duplicate sentences and articles.
//!
//! Wire copy and rephrased leads make the same sentence appear in several outlets. Two sentences are
//! near-duplicates when their content-term sets overlap strongly: the share of the *smaller* set found
//! in the larger one (containment) is at least [`DedupeConfig::containment`] and the tf·idf cosine is
//! at least [`DedupeConfig::cosine`]. Containment catches a lead that was trimmed or extended; the
//! cosine guard stops a short sentence from being swallowed by a long one that merely mentions the
//! same names. Sentences are visited in (document, position) order and each joins the best matching
//! earlier candidate, so the representative is the first occurrence (unless that one is cut off where
//! its source's text ends, [`crate::select::cut_off`]: then the first whole member) and the result
//! is deterministic.
//!
//! Two sentences from articles published far apart (more than [`DedupeConfig::max_days_apart`]) are
//! never merged: the same wording a year later ("Lavrov is holding talks with Kerry in New York") is a
//! new event, and citing the old article for it would be false.
//!
//! A whole article is a near-duplicate of an earlier one when most of its sentences were merged into
//! candidates that the earlier article also carries; it stays in the story (its sentences are cited
//! alongside the original), and the source list says which article it repeats.

use crate::model::{Candidate, Document, SentenceRef};
use crate::vector::{StoryIndex, TermVec};

/// Thresholds of near-duplicate detection.
#[derive(Clone, Debug, PartialEq)]
pub struct DedupeConfig {
    /// Minimum share of the smaller sentence's terms found in the other. Default 0.75.
    pub containment: f32,
    /// Minimum tf·idf cosine. Default 0.5.
    pub cosine: f32,
    /// Sentences with fewer content terms are never merged (too little evidence). Default 4.
    pub min_terms: usize,
    /// Share of an article's sentences that must repeat an earlier article. Default 0.8.
    pub article_share: f32,
    /// Sentences of articles whose publication dates are further apart than this are never merged.
    /// Default 45 days.
    pub max_days_apart: i64,
}

impl Default for DedupeConfig {
    fn default() -> Self {
        Self {
            containment: 0.75,
            cosine: 0.5,
            min_terms: 4,
            article_share: 0.8,
            max_days_apart: 45,
        }
    }
}

/// The sorted, de-duplicated term ids of a sentence, read from its vector: a [`TermVec`] has one
/// entry per distinct term of the sentence, sorted by id (the index sorted them once when it
/// built the vectors), so this is the set sorting and de-duplicating its term list gives.
fn term_set(v: &TermVec) -> impl ExactSizeIterator<Item = u32> + Clone + '_ {
    v.entries().iter().map(|&(t, _)| t)
}

/// True when both documents have a publication date and they are too far apart to report one event.
/// One term set marked in a dense array, so that its intersection with each of many sets costs
/// one look-up per term of the other set instead of a merge of both sorted lists (the count is
/// the same because both sets are de-duplicated).
#[derive(Default)]
struct Marks {
    /// Whether each term id is in the marked set.
    marked: Vec<bool>,
}

impl Marks {
    /// Marks the terms of `set` (the array only grows).
    fn mark(&mut self, set: impl Iterator<Item = u32> + Clone) {
        if let Some(max) = set.clone().max()
            && max as usize >= self.marked.len()
        {
            self.marked.resize(max as usize + 1, false);
        }
        for t in set {
            self.marked[t as usize] = true;
        }
    }

    /// Unmarks the terms of `set`, last passed to [`Marks::mark`].
    fn clear(&mut self, set: impl Iterator<Item = u32>) {
        for t in set {
            self.marked[t as usize] = false;
        }
    }

    /// How many terms of the de-duplicated `set` are marked.
    fn count_in(&self, set: impl Iterator<Item = u32>) -> usize {
        set.filter(|&t| self.marked.get(t as usize).copied().unwrap_or(false))
            .count()
    }
}

fn far_apart(docs: &[Document], a: usize, b: usize, config: &DedupeConfig) -> bool {
    match (docs[a].anchor, docs[b].anchor) {
        (Some(x), Some(y)) => (x.date.days() - y.date.days()).abs() > config.max_days_apart,
        _ => false,
    }
}

/// Groups the sentences of the kept documents into candidates, merging near-duplicates.
pub fn candidates(
    docs: &[Document],
    kept: &[bool],
    index: &StoryIndex,
    config: &DedupeConfig,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let mut marks = Marks::default();
    for (d, doc) in docs.iter().enumerate() {
        if !kept[d] {
            continue;
        }
        for s in 0..doc.sentences.len() {
            let r = SentenceRef {
                doc: d as u32,
                sent: s as u32,
            };
            let v = index.sentence(r);
            let set = term_set(v);
            let mut best: Option<(usize, f32)> = None;
            if set.len() >= config.min_terms {
                marks.mark(set.clone());
                // Until the loop ends each candidate's representative is the sentence that
                // opened it, so its set is read from that sentence's vector.
                for (c, cand) in out.iter().enumerate() {
                    let rep_set = term_set(index.sentence(cand.rep));
                    if rep_set.len() < config.min_terms
                        || far_apart(docs, d, out[c].rep.doc as usize, config)
                    {
                        continue;
                    }
                    let smaller = set.len().min(rep_set.len()) as f32;
                    let contain = marks.count_in(rep_set) as f32 / smaller;
                    if contain < config.containment {
                        continue;
                    }
                    let cos = v.cosine(index.sentence(cand.rep));
                    if cos >= config.cosine && best.is_none_or(|(_, b)| cos > b) {
                        best = Some((c, cos));
                    }
                }
                marks.clear(set);
            }
            if let Some((c, _)) = best {
                out[c].members.push(r);
            } else {
                out.push(Candidate {
                    rep: r,
                    members: vec![r],
                });
            }
        }
    }
    // A representative cut off where its source's text ends (`… was disguised as a`) gives way to
    // the first whole member, so the candidate stays selectable and reads as a sentence.
    for c in &mut out {
        if c.members.len() > 1
            && crate::select::cut_off(docs, c.rep)
            && let Some(k) = c
                .members
                .iter()
                .position(|&m| !crate::select::cut_off(docs, m))
        {
            let whole = c.members.remove(k);
            c.members.insert(0, whole);
            c.rep = whole;
        }
    }
    out
}

/// For each document, the earlier document it nearly duplicates (by index), judged from the merged
/// candidates: most of its sentences share a candidate with that one earlier document.
pub fn duplicate_articles(
    docs: &[Document],
    candidates: &[Candidate],
    config: &DedupeConfig,
) -> Vec<Option<usize>> {
    let n = docs.len();
    // shared[j][i]: sentences of j that share a candidate with document i (i < j).
    let mut shared = vec![vec![0usize; n]; n];
    for c in candidates {
        let mut docs_in: Vec<usize> = c.members.iter().map(|m| m.doc as usize).collect();
        docs_in.sort_unstable();
        docs_in.dedup();
        for m in &c.members {
            let j = m.doc as usize;
            for &i in &docs_in {
                if i < j {
                    shared[j][i] += 1;
                }
            }
        }
    }
    (0..n)
        .map(|j| {
            let len = docs[j].sentences.len();
            if len == 0 {
                return None;
            }
            (0..j)
                .filter(|&i| shared[j][i] as f32 >= config.article_share * len as f32)
                .max_by_key(|&i| (shared[j][i], std::cmp::Reverse(i)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_count_equals_merged_intersection() {
        let sets: [&[u32]; 5] = [&[], &[0], &[1, 3, 5, 7], &[0, 1, 2, 3, 90], &[5, 7, 200]];
        let mut marks = Marks::default();
        for a in sets {
            marks.mark(a.iter().copied());
            for b in sets {
                assert_eq!(
                    marks.count_in(b.iter().copied()),
                    storyline_text::token::sorted_intersection(a, b),
                    "{a:?} and {b:?}"
                );
            }
            marks.clear(a.iter().copied());
        }
    }

    /// The term set as first written: the sentence's term list sorted and de-duplicated.
    fn term_set_by_sort(terms: &[u32]) -> Vec<u32> {
        let mut s = terms.to_vec();
        s.sort_unstable();
        s.dedup();
        s
    }

    #[test]
    fn term_sets_read_from_the_vectors_are_the_sorted_term_lists() {
        let docs = crate::vector::tests::fixture_documents();
        let index = StoryIndex::build(&docs);
        let mut n = 0;
        for (d, doc) in docs.iter().enumerate() {
            for s in 0..doc.sentences.len() {
                let r = SentenceRef {
                    doc: d as u32,
                    sent: s as u32,
                };
                let fast: Vec<u32> = term_set(index.sentence(r)).collect();
                assert_eq!(fast, term_set_by_sort(&index.terms[d][s]));
                n += 1;
            }
            // The same holds of a document's vector and all its sentences' terms, which the
            // features' document frequencies read.
            let ids: Vec<u32> = term_set(&index.documents[d]).collect();
            assert_eq!(ids, term_set_by_sort(&index.terms[d].concat()));
        }
        assert!(n > 50, "{n} sentences");
    }
}
