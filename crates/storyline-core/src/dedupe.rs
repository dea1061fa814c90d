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

/// For each term id, the candidates (so far) whose representative holds it: one linked list per
/// term in three flat arrays, so that adding a candidate costs a push per term and no allocation
/// per term.
///
/// Why: [`candidates`] measures a sentence against every earlier candidate, and most of them share
/// none or a few of its terms. Walking the lists of the sentence's own terms counts the shared
/// terms of every candidate at once, in about one step per shared term; counting them candidate
/// by candidate read every term of every earlier representative (callgrind: about 0.02 M
/// instructions a Multi-News cluster, most of `candidates`).
#[derive(Default)]
struct Postings {
    /// Per term id, its latest posting ([`NO_POSTING`] when none).
    head: Vec<u32>,
    /// Per posting, the term's posting before it.
    next: Vec<u32>,
    /// Per posting, the candidate.
    candidate: Vec<u32>,
    /// Per candidate, how many terms of the sentence being matched it holds (zero between
    /// sentences).
    shared: Vec<u32>,
    /// The candidates with a nonzero `shared` count.
    touched: Vec<u32>,
}

/// The end of a term's list in [`Postings`].
const NO_POSTING: u32 = u32::MAX;

impl Postings {
    /// Empty lists with room for every term of every kept sentence of the story (an upper bound
    /// of the postings), so adding never grows an array.
    fn for_story(docs: &[Document], kept: &[bool], index: &StoryIndex) -> Self {
        let (mut sentences, mut terms) = (0, 0);
        for (d, doc) in docs.iter().enumerate().filter(|&(d, _)| kept[d]) {
            sentences += doc.sentences.len();
            terms += (index.sentences[d].iter())
                .map(|v| v.entries().len())
                .sum::<usize>();
        }
        Postings {
            head: vec![NO_POSTING; index.vocab_len],
            next: Vec::with_capacity(terms),
            candidate: Vec::with_capacity(terms),
            shared: vec![0; sentences],
            touched: Vec::with_capacity(sentences),
        }
    }

    /// Records that candidate `c`'s representative holds the terms of `set`.
    fn add(&mut self, c: usize, set: impl Iterator<Item = u32>) {
        if self.shared.len() <= c {
            self.shared.resize(c + 1, 0);
        }
        for t in set {
            let t = t as usize;
            if t >= self.head.len() {
                self.head.resize(t + 1, NO_POSTING);
            }
            self.next.push(self.head[t]);
            self.head[t] = self.candidate.len() as u32;
            self.candidate.push(c as u32);
        }
    }

    /// Counts, for every candidate holding some term of the de-duplicated `set`, how many of its
    /// terms it holds: the candidates in increasing order, with their counts (the intersection
    /// of the two sets, as a merge of the sorted lists counts it). Call [`Postings::reset`] after.
    fn count_shared(&mut self, set: impl Iterator<Item = u32>) -> &[u32] {
        for t in set {
            let mut p = self.head.get(t as usize).copied().unwrap_or(NO_POSTING);
            while p != NO_POSTING {
                let c = self.candidate[p as usize];
                let n = &mut self.shared[c as usize];
                if *n == 0 {
                    self.touched.push(c);
                }
                *n += 1;
                p = self.next[p as usize];
            }
        }
        self.touched.sort_unstable();
        &self.touched
    }

    /// The count [`Postings::count_shared`] gave candidate `c` (0 for one it did not visit).
    fn shared(&self, c: usize) -> u32 {
        self.shared.get(c).copied().unwrap_or(0)
    }

    /// Clears the counts of the last [`Postings::count_shared`].
    fn reset(&mut self) {
        for &c in &self.touched {
            self.shared[c as usize] = 0;
        }
        self.touched.clear();
    }
}

/// True when both documents have a publication date and they are too far apart to report one event.
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
    let mut postings = Postings::for_story(docs, kept, index);
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
                // Only candidates sharing a term can pass the containment test, and only those
                // whose representative has enough terms are in the lists. Until the loop ends each
                // candidate's representative is the sentence that opened it. They are visited in
                // order, so the first of equally close ones wins as before.
                // A sentence sharing no term has containment 0 (or 0 / 0 for an empty set, which
                // no test turns away): with a threshold of zero or less, or empty sets allowed,
                // every candidate is visited, as it always was.
                let sharing = postings.count_shared(set.clone()).len();
                let only_sharing = config.containment > 0.0 && config.min_terms > 0;
                let visit = if only_sharing { sharing } else { out.len() };
                for k in 0..visit {
                    let c = if only_sharing {
                        postings.touched[k] as usize
                    } else {
                        k
                    };
                    let cand = &out[c];
                    let rep_len = term_set(index.sentence(cand.rep)).len();
                    if rep_len < config.min_terms
                        || far_apart(docs, d, cand.rep.doc as usize, config)
                    {
                        continue;
                    }
                    let smaller = set.len().min(rep_len) as f32;
                    let contain = postings.shared(c) as f32 / smaller;
                    if contain < config.containment {
                        continue;
                    }
                    let cos = v.cosine(index.sentence(cand.rep));
                    if cos >= config.cosine && best.is_none_or(|(_, b)| cos > b) {
                        best = Some((c, cos));
                    }
                }
                postings.reset();
            }
            if let Some((c, _)) = best {
                out[c].members.push(r);
            } else {
                if set.len() >= config.min_terms {
                    postings.add(out.len(), set);
                }
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
    fn posted_counts_equal_merged_intersections() {
        let sets: [&[u32]; 5] = [&[], &[0], &[1, 3, 5, 7], &[0, 1, 2, 3, 90], &[5, 7, 200]];
        let mut postings = Postings::default();
        for (c, set) in sets.iter().enumerate() {
            postings.add(c, set.iter().copied());
        }
        for a in sets {
            let touched = postings.count_shared(a.iter().copied()).to_vec();
            assert!(touched.is_sorted(), "{touched:?}");
            for (c, b) in sets.iter().enumerate() {
                let n = storyline_text::token::sorted_intersection(a, b);
                assert_eq!(postings.shared(c) as usize, n, "{a:?} and {b:?}");
                assert_eq!(touched.contains(&(c as u32)), n > 0);
            }
            postings.reset();
            assert!((0..sets.len()).all(|c| postings.shared(c) == 0));
        }
    }

    /// [`candidates`]' merging loop as first written: every earlier candidate is measured, its
    /// shared terms counted one by one against the sentence's terms marked in a dense array.
    fn candidates_one_by_one(
        docs: &[Document],
        kept: &[bool],
        index: &StoryIndex,
        config: &DedupeConfig,
    ) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        let mut marked = vec![false; index.vocab_len];
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
                    set.clone().for_each(|t| marked[t as usize] = true);
                    for (c, cand) in out.iter().enumerate() {
                        let rep_set = term_set(index.sentence(cand.rep));
                        if rep_set.len() < config.min_terms
                            || far_apart(docs, d, out[c].rep.doc as usize, config)
                        {
                            continue;
                        }
                        let smaller = set.len().min(rep_set.len()) as f32;
                        let count = rep_set.filter(|&t| marked[t as usize]).count();
                        if (count as f32 / smaller) < config.containment {
                            continue;
                        }
                        let cos = v.cosine(index.sentence(cand.rep));
                        if cos >= config.cosine && best.is_none_or(|(_, b)| cos > b) {
                            best = Some((c, cos));
                        }
                    }
                    set.for_each(|t| marked[t as usize] = false);
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
        out
    }

    #[test]
    fn candidates_from_postings_are_the_one_by_one_candidates() {
        let mut docs = crate::vector::tests::fixture_documents();
        // The seed articles again, so that whole sentences repeat across documents.
        docs.extend(crate::vector::tests::fixture_documents());
        let index = StoryIndex::build(&docs);
        let mut kept = vec![true; docs.len()];
        kept[1] = false;
        let base = DedupeConfig::default();
        let configs = [
            base.clone(),
            DedupeConfig {
                containment: 0.3,
                cosine: 0.2,
                ..base.clone()
            },
            DedupeConfig {
                containment: 0.0,
                cosine: 0.0,
                ..base.clone()
            },
            DedupeConfig {
                min_terms: 0,
                cosine: 0.0,
                ..base.clone()
            },
            DedupeConfig {
                min_terms: 1,
                containment: 0.1,
                cosine: 0.05,
                ..base
            },
        ];
        for config in &configs {
            let fast = candidates(&docs, &kept, &index, config);
            let mut slow = candidates_one_by_one(&docs, &kept, &index, config);
            // The same cut-off rule after the loop.
            for c in &mut slow {
                if c.members.len() > 1
                    && crate::select::cut_off(&docs, c.rep)
                    && let Some(k) = c
                        .members
                        .iter()
                        .position(|&m| !crate::select::cut_off(&docs, m))
                {
                    let whole = c.members.remove(k);
                    c.members.insert(0, whole);
                    c.rep = whole;
                }
            }
            assert_eq!(fast, slow, "{config:?}");
            assert!(fast.len() < docs.iter().map(|d| d.sentences.len()).sum::<usize>());
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
