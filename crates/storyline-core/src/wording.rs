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

use std::sync::OnceLock;

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
    /// instead of building a string per word.
    #[serde(skip)]
    lookup: OnceLock<FxHashMap<u64, f32>>,
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

    fn lookup(&self) -> &FxHashMap<u64, f32> {
        self.lookup
            .get_or_init(|| self.words.iter().map(|(w, x)| (word_hash(w), *x)).collect())
    }

    /// The weight of `word` (lower-cased), zero when unknown.
    pub fn get(&self, word: &str) -> f32 {
        self.lookup().get(&word_hash(word)).copied().unwrap_or(0.0)
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

    /// The score of the word hashes in `scratch` (sorted in place).
    fn score_scratch(&self, scratch: &mut [u64]) -> f32 {
        scratch.sort_unstable();
        let lookup = self.lookup();
        let (mut dot, mut norm2) = (0.0f32, 0.0f32);
        for run in scratch.chunk_by(|a, b| a == b) {
            let count = run.len() as f32;
            dot += count * lookup.get(&run[0]).copied().unwrap_or(0.0);
            norm2 += count * count;
        }
        if norm2 == 0.0 {
            self.bias
        } else {
            self.bias + dot / norm2.sqrt()
        }
    }
}

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
