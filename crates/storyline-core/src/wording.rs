//! Learned wording weights: which words make a sentence read like something a summary writer keeps.
//!
//! The term priors ([`crate::prior`]) rate a sentence's *content* terms. Much of what separates the
//! sentences a human summary draws on from the rest is in the words the priors leave out: function
//! words and the way a sentence is built. Multi-News summaries lean on attributed, reported
//! sentences (`says`, `tells`, `according`, `wrote`, `tweeted`, `study`, `reported`), and they skip
//! datelines, updates, photo credits and the scaffolding of a page (`updated`, `file`, `photos`,
//! `breaking`, `email`, month names and years). [`WordWeights`] is a logistic regression over a
//! sentence's lower-cased words, counted and scaled to unit length, fitted by `storyline train` to
//! greedy-oracle membership on training stories the trees never see; its output is one feature
//! column ([`crate::features::Family::Wording`]) that the trees combine with the rest.
//!
//! Words are maximal runs of alphanumeric characters, lower-cased, so the weights mean the same on
//! lower-cased Multi-News and on real, capitalised articles. Only words with a weight worth keeping
//! are stored; every other word still counts in the sentence's length (the unit scaling), as it did
//! in training.
//!
//! Why our own: the feature needs a sparse, deterministic, L2-regularised logistic regression over
//! some 30,000 words. The Rust learners we looked at for this (`linfa-logistic`, `smartcore`) take
//! dense matrices, which at this size would not fit in memory; the fit itself lives in
//! `storyline-eval` and uses `argmin`'s L-BFGS, and this module only evaluates the result.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// A fitted wording model: per-word weights over unit-length word counts, plus a bias.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct WordWeights {
    /// Intercept (log-odds of a sentence with no known word).
    pub bias: f32,
    /// `(lower-cased word, weight)`, sorted by word, unique.
    pub words: Vec<(String, f32)>,
    /// Weights keyed by [`word_hash`], built on first use: scoring hashes words as it reads them
    /// instead of building a string per word. Shared by the model's clones, which have the same
    /// weights.
    #[serde(skip)]
    lookup: OnceLock<Arc<Lookup>>,
}

/// The weights of a [`WordWeights`] keyed by [`word_hash`], with a number no other lookup has:
/// the thread's word cache keeps each word's weight beside its term
/// ([`crate::vector::StoryIndex::build_for`]) and knows by this number which model the weights
/// are of, so two models in one process never read each other's.
#[derive(Debug)]
pub(crate) struct Lookup {
    generation: u64,
    map: FxHashMap<u64, f32>,
}

/// The last [`Lookup::generation`] handed out.
static GENERATIONS: AtomicU64 = AtomicU64::new(0);

impl Lookup {
    /// What tells this lookup's weights from any other's (never 0).
    pub(crate) fn generation(&self) -> u64 {
        self.generation
    }

    /// The weight of the word whose [`word_hash`] is `hash`, zero when unknown.
    #[inline]
    pub(crate) fn get(&self, hash: u64) -> f32 {
        self.map.get(&hash).copied().unwrap_or(0.0)
    }
}

impl PartialEq for WordWeights {
    fn eq(&self, other: &Self) -> bool {
        self.bias.to_bits() == other.bias.to_bits() && self.words == other.words
    }
}

impl WordWeights {
    /// A model from its parts (sorted, unique words).
    pub fn new(bias: f32, words: Vec<(String, f32)>) -> Self {
        Self {
            bias,
            words,
            lookup: OnceLock::new(),
        }
    }

    /// The weights keyed by [`word_hash`] (built on the first call).
    pub(crate) fn lookup(&self) -> &Arc<Lookup> {
        self.lookup.get_or_init(|| {
            Arc::new(Lookup {
                generation: GENERATIONS.fetch_add(1, Ordering::Relaxed) + 1,
                map: self.words.iter().map(|(w, x)| (word_hash(w), *x)).collect(),
            })
        })
    }

    /// The weight of `word` (lower-cased), zero when unknown.
    pub fn get(&self, word: &str) -> f32 {
        self.lookup().get(word_hash(word))
    }

    /// True when the words are sorted, unique and every number is finite.
    pub fn is_valid(&self) -> bool {
        self.words.windows(2).all(|w| w[0].0 < w[1].0)
            && self.bias.is_finite()
            && self.words.iter().all(|(_, x)| x.is_finite())
    }

    /// Log-odds of `text`: bias plus the weights of its words, each counted as often as it occurs,
    /// divided by the length of the count vector. `scratch` holds word hashes (reused across calls).
    pub fn score(&self, text: &str, scratch: &mut Vec<u64>) -> f32 {
        word_hashes(text, scratch);
        self.score_scratch(scratch)
    }

    /// [`WordWeights::score`] of the text whose [`word_hashes`] are `hashes` (a story's index
    /// holds them for every sentence, [`crate::vector::StoryIndex::surfaces`]). The hashes are
    /// sorted before they are summed, so the sum runs in the same order and the score is the
    /// same bit for bit.
    pub fn score_hashes(&self, hashes: &[u64], scratch: &mut Vec<u64>) -> f32 {
        scratch.clear();
        scratch.extend_from_slice(hashes);
        self.score_scratch(scratch)
    }

    /// [`WordWeights::score_hashes`] of a sentence whose words' weights in this model are known
    /// too (`weights[i]` of `hashes[i]`, as the story's index keeps them,
    /// [`crate::vector::StoryIndex::weights`]): the same sum in the same order, without a
    /// look-up per word. `scratch` is reused across calls.
    ///
    /// The words are put in the order of their hashes by sorting plain integers, each a hash
    /// with its low [`INDEX_BITS`] bits replaced by the word's position, which leads back to its
    /// weight. Sorting `(hash, weight)` pairs instead cost more than the look-ups it saved
    /// (callgrind: +0.003 M instructions a cluster; the standard library sorts only small
    /// integers with its sorting network). Two different words whose hashes agree above those
    /// bits would be ordered by position, not by hash: then, which in practice never happens,
    /// the sentence is scored by looking its words up.
    pub(crate) fn score_weighted(
        &self,
        hashes: &[u64],
        weights: &[f32],
        scratch: &mut Vec<u64>,
    ) -> f32 {
        debug_assert_eq!(hashes.len(), weights.len());
        if hashes.is_empty() || hashes.len() > INDEX_MASK as usize + 1 {
            return self.score_hashes(hashes, scratch);
        }
        scratch.clear();
        scratch.extend((hashes.iter().enumerate()).map(|(i, &h)| h & !INDEX_MASK | i as u64));
        scratch.sort_unstable();
        let position = |key: u64| (key & INDEX_MASK) as usize;
        let (mut dot, mut norm2) = (0.0f32, 0.0f32);
        let (mut prev, mut count) = (scratch[0], 0.0f32);
        let mut add = |key: u64, count: f32| {
            dot += count * weights[position(key)];
            norm2 += count * count;
        };
        for &key in scratch.iter() {
            if (key ^ prev) & !INDEX_MASK == 0 {
                // The same word as the last key, unless two words' hashes agree above the
                // position bits.
                if hashes[position(key)] != hashes[position(prev)] {
                    return self.score_hashes(hashes, scratch);
                }
                count += 1.0;
            } else {
                add(prev, count);
                count = 1.0;
            }
            prev = key;
        }
        add(prev, count);
        self.finish(dot, norm2)
    }

    /// The score of the word hashes in `scratch` (sorted in place).
    fn score_scratch(&self, scratch: &mut [u64]) -> f32 {
        scratch.sort_unstable();
        let lookup = self.lookup();
        self.sum_runs((scratch.chunk_by(|a, b| a == b)).map(|run| (run.len(), lookup.get(run[0]))))
    }

    /// Bias plus the dot product of the counts and weights of a sentence's distinct words
    /// (`(count, weight)` in the order of their hashes) over the length of the count vector.
    #[inline]
    fn sum_runs(&self, runs: impl Iterator<Item = (usize, f32)>) -> f32 {
        let (mut dot, mut norm2) = (0.0f32, 0.0f32);
        for (count, weight) in runs {
            let count = count as f32;
            dot += count * weight;
            norm2 += count * count;
        }
        self.finish(dot, norm2)
    }

    /// The score of a sentence whose words' counts times weights sum to `dot` and whose
    /// counts' squares sum to `norm2`.
    #[inline]
    fn finish(&self, dot: f32, norm2: f32) -> f32 {
        if norm2 == 0.0 {
            self.bias
        } else {
            self.bias + dot / norm2.sqrt()
        }
    }
}

/// Bits of a key in [`WordWeights::score_weighted`] that hold a word's position in its sentence.
const INDEX_BITS: u32 = 12;

/// The low [`INDEX_BITS`] bits.
const INDEX_MASK: u64 = (1 << INDEX_BITS) - 1;

/// FNV-1a offset basis and prime (64-bit).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// 64-bit FNV-1a hash of a (lower-cased) word's bytes: the key of [`WordWeights`]' lookup.
pub fn word_hash(word: &str) -> u64 {
    word.bytes().fold(FNV_OFFSET, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// Appends to `out` (after clearing it) the [`word_hash`] of every word of `text`, as
/// [`for_each_word`] splits and lower-cases them, without building the words.
pub fn word_hashes(text: &str, out: &mut Vec<u64>) {
    out.clear();
    if text.is_ascii() {
        ascii_word_hashes(text.as_bytes(), out);
        return;
    }
    let mut run = HashRun::default();
    let mut utf8 = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            run.byte(c.to_ascii_lowercase() as u8);
        } else if !c.is_ascii() && c.is_alphanumeric() {
            for l in c.to_lowercase() {
                for &b in l.encode_utf8(&mut utf8).as_bytes() {
                    run.byte(b);
                }
            }
        } else {
            run.end(out);
        }
    }
    run.end(out);
}

/// The FNV-1a hash of the word being read; [`HashRun::end`] pushes it when a word was read.
struct HashRun {
    h: u64,
    in_word: bool,
}

impl Default for HashRun {
    fn default() -> Self {
        Self {
            h: FNV_OFFSET,
            in_word: false,
        }
    }
}

impl HashRun {
    /// Adds one (lower-cased) byte of the current word.
    #[inline]
    fn byte(&mut self, b: u8) {
        self.h = (self.h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        self.in_word = true;
    }

    /// Ends the current word, if any, pushing its hash.
    #[inline]
    fn end(&mut self, out: &mut Vec<u64>) {
        if self.in_word {
            out.push(self.h);
            *self = Self::default();
        }
    }
}

/// Each ASCII byte lower-cased when it is a letter or digit, else 0 (no word byte is 0).
const ASCII_WORD_BYTE: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// [`word_hashes`] of ASCII text, byte by byte without decoding characters (nearly all news
/// text; this runs on every candidate). For ASCII, `char::is_alphanumeric` is
/// `u8::is_ascii_alphanumeric` and lower-casing is one byte, so the hashes are the same.
fn ascii_word_hashes(text: &[u8], out: &mut Vec<u64>) {
    let mut run = HashRun::default();
    for &b in text {
        match ASCII_WORD_BYTE[usize::from(b & 0x7f)] {
            0 => run.end(out),
            l => run.byte(l),
        }
    }
    run.end(out);
}

/// Calls `f` with every word of `text`, lower-cased, in order. `buf` is reused.
pub fn for_each_word(text: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    buf.clear();
    for c in text.chars() {
        if c.is_alphanumeric() {
            if c.is_ascii() {
                buf.push(c.to_ascii_lowercase());
            } else {
                buf.extend(c.to_lowercase());
            }
        } else if !buf.is_empty() {
            f(buf);
            buf.clear();
        }
    }
    if !buf.is_empty() {
        f(buf);
        buf.clear();
    }
}

/// Fills `out` with the lower-cased words of `text`, sorted (so equal words are adjacent); returns
/// how many. Strings in `out` are reused.
pub fn sorted_words(text: &str, out: &mut Vec<String>) -> usize {
    let mut n = 0;
    let mut buf = String::new();
    for_each_word(text, &mut buf, |w| {
        if n < out.len() {
            out[n].clear();
            out[n].push_str(w);
        } else {
            out.push(w.to_string());
        }
        n += 1;
    });
    out[..n].sort_unstable();
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_cased_alphanumeric_runs() {
        let mut got = Vec::new();
        let mut buf = String::new();
        for_each_word(
            "The AP's report: 2,000 Été-goers — says Kerry.",
            &mut buf,
            |w| {
                got.push(w.to_string());
            },
        );
        assert_eq!(
            got,
            [
                "the", "ap", "s", "report", "2", "000", "été", "goers", "says", "kerry"
            ]
        );
    }

    #[test]
    fn hashes_while_reading_equal_hashes_of_the_split_words() {
        let text = "The AP's report: 2,000 ÉTÉ-goers — says Kerry. İstanbul ß";
        let mut hashes = Vec::new();
        word_hashes(text, &mut hashes);
        let mut words = Vec::new();
        let mut buf = String::new();
        for_each_word(text, &mut buf, |w| words.push(word_hash(w)));
        assert_eq!(hashes, words);
    }

    #[test]
    fn ascii_hashes_equal_hashes_of_the_split_words() {
        // Every ASCII byte, between words and inside them.
        let all: String = (0u8..128).map(char::from).collect();
        let text = format!("The AP's report:{all}2,000 x{all}y -- says Kerry.\n\tEnd ");
        assert!(text.is_ascii());
        let mut hashes = Vec::new();
        word_hashes(&text, &mut hashes);
        let mut words = Vec::new();
        let mut buf = String::new();
        for_each_word(&text, &mut buf, |w| words.push(word_hash(w)));
        assert_eq!(hashes, words);
    }

    #[test]
    fn weighted_scores_equal_looked_up_scores_also_when_hashes_agree_above_the_position() {
        let w = WordWeights::new(
            0.25,
            vec![
                ("says".into(), 2.0),
                ("talks".into(), -0.5),
                ("updated".into(), -3.0),
            ],
        );
        let mut hashes = Vec::new();
        let mut scratch = Vec::new();
        for text in [
            "",
            "says",
            "Kerry says talks talks continue, says AP",
            "updated updated now",
        ] {
            word_hashes(text, &mut hashes);
            let weights: Vec<f32> = hashes.iter().map(|&h| w.lookup().get(h)).collect();
            let weighted = w.score_weighted(&hashes, &weights, &mut scratch);
            assert_eq!(
                weighted.to_bits(),
                w.score(text, &mut scratch).to_bits(),
                "{text:?}"
            );
        }
        // Two words whose hashes differ only in the position bits: ordered by position their
        // keys interleave (runs of 1, 2, 1, 1 instead of counts 2 and 3), so the sentence is
        // scored by looking its words up.
        let top = 0xabcd_0000_0000_1000_u64;
        let (x, y) = (top | 0xffe, top | 0x001);
        let model = WordWeights {
            bias: 0.0,
            words: Vec::new(),
            lookup: OnceLock::from(Arc::new(Lookup {
                generation: u64::MAX,
                map: [(x, 0.1), (y, 1e8)].into_iter().collect(),
            })),
        };
        let hashes = [y, x, x, y, x];
        let weights = [1e8, 0.1, 0.1, 1e8, 0.1];
        let weighted = model.score_weighted(&hashes, &weights, &mut scratch);
        let plain = model.score_hashes(&hashes, &mut scratch);
        assert_eq!(weighted.to_bits(), plain.to_bits());
    }

    #[test]
    fn score_is_bias_plus_unit_scaled_weights_and_ignores_case() {
        let w = WordWeights::new(-1.0, vec![("says".into(), 2.0), ("updated".into(), -3.0)]);
        let mut scratch = Vec::new();
        // Four words, "says" once: 2 / sqrt(4) = 1.
        let s = w.score("Kerry says talks continue", &mut scratch);
        assert!((s - 0.0).abs() < 1e-6, "{s}");
        let upper = w.score("KERRY SAYS TALKS CONTINUE", &mut scratch);
        assert_eq!(s.to_bits(), upper.to_bits());
        // Repeated words count twice: counts (2, 1) → (2·(−3)) / sqrt(5).
        let r = w.score("updated updated now", &mut scratch);
        assert!((r - (-1.0 - 6.0 / 5f32.sqrt())).abs() < 1e-5, "{r}");
        assert_eq!(w.score("", &mut scratch).to_bits(), (-1.0f32).to_bits());
        assert!(w.is_valid());
        assert!(!WordWeights::new(0.0, vec![("b".into(), 1.0), ("a".into(), 1.0)]).is_valid());
    }
}
