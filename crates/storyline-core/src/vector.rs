//! Sparse term vectors for sentence and document similarity.
//!
//! A story-local [`Vocab`] interns lower-cased, Porter-stemmed, non-stopword tokens as `u32` ids;
//! a [`TermVec`] is a sorted list of `(id, weight)` with its norm precomputed, so cosine similarity is
//! a merge of two sorted lists. Weights are tf·idf with idf computed over the story's sentences (or
//! documents), which is what LexRank-style centrality and near-duplicate detection need.
//!
//! Building the term lists is on the hot path of every story, so [`Vocab`] remembers, for each
//! lower-cased word it has seen, the id of its stem (or that it is a stopword): a word that recurs in
//! the story is stemmed once. Ids are still handed out in order of the first occurrence of each
//! stem, so the cache changes nothing but the time.

use rustc_hash::FxHashMap;

use storyline_text::Span;
use storyline_text::stem::stem;
use storyline_text::token::{is_stopword, lowercase_into, words};

/// Interns terms of one story.
#[derive(Debug, Default, Clone)]
pub struct Vocab {
    /// Stem → id.
    ids: FxHashMap<String, u32>,
    /// Lower-cased word → id of its stem, or [`STOPWORD`].
    words: FxHashMap<String, u32>,
}

/// Marks a stopword in [`Vocab`]'s word cache.
const STOPWORD: u32 = u32::MAX;

impl Vocab {
    /// The id of `term`, adding it when new.
    pub fn intern(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(term.to_string(), id);
        id
    }

    /// Number of distinct terms.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when no term was interned.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The interned terms, indexed by id.
    pub fn into_terms(self) -> Vec<String> {
        let mut terms = vec![String::new(); self.ids.len()];
        for (term, id) in self.ids {
            terms[id as usize] = term;
        }
        terms
    }

    /// Content-term ids of `text[span]` in order (lower-cased, stopwords dropped, stemmed).
    pub fn terms(&mut self, text: &str, span: Span) -> Vec<u32> {
        let mut out = Vec::new();
        let mut lower = String::new();
        for w in words(text, span) {
            lower.clear();
            lowercase_into(w.slice(text), &mut lower);
            let id = if let Some(&id) = self.words.get(lower.as_str()) {
                id
            } else {
                let id = if is_stopword(&lower) {
                    STOPWORD
                } else {
                    self.intern(&stem(&lower))
                };
                self.words.insert(lower.clone(), id);
                id
            };
            if id != STOPWORD {
                out.push(id);
            }
        }
        out
    }
}

/// A sparse vector: `(term id, weight)` sorted by id, with its Euclidean norm.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TermVec {
    entries: Vec<(u32, f32)>,
    norm: f32,
}

impl TermVec {
    /// Term frequencies of `terms` weighted by `idf` (indexed by term id; missing ids weigh 1).
    pub fn from_terms(terms: &[u32], idf: &[f32]) -> Self {
        let mut sorted = terms.to_vec();
        sorted.sort_unstable();
        let mut entries: Vec<(u32, f32)> = Vec::new();
        for t in sorted {
            match entries.last_mut() {
                Some((id, tf)) if *id == t => *tf += 1.0,
                _ => entries.push((t, 1.0)),
            }
        }
        for (id, w) in &mut entries {
            *w *= idf.get(*id as usize).copied().unwrap_or(1.0);
        }
        Self::from_entries(entries)
    }

    /// A vector from sorted, de-duplicated entries.
    pub fn from_entries(entries: Vec<(u32, f32)>) -> Self {
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        Self { entries, norm }
    }

    /// The entries, sorted by term id.
    pub fn entries(&self) -> &[(u32, f32)] {
        &self.entries
    }

    /// True when the vector has no terms.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Dot product.
    pub fn dot(&self, other: &Self) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// Cosine similarity in 0..=1 (0 for an empty vector).
    pub fn cosine(&self, other: &Self) -> f32 {
        if self.norm == 0.0 || other.norm == 0.0 {
            return 0.0;
        }
        (self.dot(other) / (self.norm * other.norm)).clamp(0.0, 1.0)
    }

    /// Adds `other * scale` into this vector.
    #[must_use]
    pub fn add(&self, other: &Self, scale: f32) -> Self {
        let (a, b) = (&self.entries, &other.entries);
        let mut out = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
                out.push(a[i]);
                i += 1;
            } else if i == a.len() || b[j].0 < a[i].0 {
                out.push((b[j].0, b[j].1 * scale));
                j += 1;
            } else {
                out.push((a[i].0, a[i].1 + b[j].1 * scale));
                i += 1;
                j += 1;
            }
        }
        Self::from_entries(out)
    }
}

/// Smoothed inverse document frequency over `units` (each a list of term ids): `ln(1 + N / df)`.
pub fn idf(units: &[Vec<u32>], vocab_len: usize) -> Vec<f32> {
    let mut df = vec![0u32; vocab_len];
    let mut seen = Vec::new();
    for u in units {
        seen.clear();
        seen.extend_from_slice(u);
        seen.sort_unstable();
        seen.dedup();
        for &t in &seen {
            df[t as usize] += 1;
        }
    }
    let n = units.len().max(1) as f32;
    df.iter()
        .map(|&d| (1.0 + n / d.max(1) as f32).ln())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_identical_is_one_and_disjoint_is_zero() {
        let a = TermVec::from_terms(&[1, 2, 2, 5], &[]);
        let b = TermVec::from_terms(&[5, 2, 1, 2], &[]);
        let c = TermVec::from_terms(&[3, 4], &[]);
        assert!((a.cosine(&b) - 1.0).abs() < 1e-6);
        assert!(a.cosine(&c).abs() < 1e-6);
    }

    #[test]
    fn add_merges_sorted_entries() {
        let a = TermVec::from_terms(&[1, 3], &[]);
        let b = TermVec::from_terms(&[2, 3], &[]);
        let s = a.add(&b, 2.0);
        assert_eq!(s.entries(), &[(1, 1.0), (2, 2.0), (3, 3.0)]);
    }

    #[test]
    fn vocab_stems_and_drops_stopwords() {
        let mut v = Vocab::default();
        let text = "The talks in New York";
        let t = v.terms(text, Span::new(0, text.len()));
        assert_eq!(t.len(), 3, "talks, new, york");
    }
}

/// Term lists and vectors of every sentence and document of a story, built once and shared by the
/// off-topic, dedupe and scoring stages.
#[derive(Debug, Default, Clone)]
pub struct StoryIndex {
    /// `terms[doc][sent]`: content-term ids of each sentence.
    pub terms: Vec<Vec<Vec<u32>>>,
    /// `sentences[doc][sent]`: tf·idf vector of each sentence (idf over all sentences of the story).
    pub sentences: Vec<Vec<TermVec>>,
    /// Per document: tf·idf vector of its whole content (idf over documents).
    pub documents: Vec<TermVec>,
    /// Number of distinct terms.
    pub vocab_len: usize,
    /// The stemmed term of each id (`vocab[id]`), for lookups in learned term priors.
    pub vocab: Vec<String>,
}

impl StoryIndex {
    /// Builds the index of `docs`.
    pub fn build(docs: &[crate::model::Document]) -> Self {
        let mut vocab = Vocab::default();
        let terms: Vec<Vec<Vec<u32>>> = docs
            .iter()
            .map(|d| {
                d.sentences
                    .iter()
                    .map(|s| vocab.terms(&d.article.text, s.span))
                    .collect()
            })
            .collect();
        let all: Vec<Vec<u32>> = terms.iter().flatten().cloned().collect();
        let sent_idf = idf(&all, vocab.len());
        let sentences = terms
            .iter()
            .map(|doc| {
                doc.iter()
                    .map(|t| TermVec::from_terms(t, &sent_idf))
                    .collect()
            })
            .collect();
        let doc_terms: Vec<Vec<u32>> = terms.iter().map(|d| d.concat()).collect();
        let doc_idf = idf(&doc_terms, vocab.len());
        let documents = doc_terms
            .iter()
            .map(|t| TermVec::from_terms(t, &doc_idf))
            .collect();
        Self {
            terms,
            sentences,
            documents,
            vocab_len: vocab.len(),
            vocab: vocab.into_terms(),
        }
    }

    /// The vector of one sentence.
    pub fn sentence(&self, r: crate::model::SentenceRef) -> &TermVec {
        &self.sentences[r.doc as usize][r.sent as usize]
    }
}
