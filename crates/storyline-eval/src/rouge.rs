//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum exactly as Google's `rouge-score` 0.1.2 computes them.
//!
//! Why our own: no crate on crates.io reproduces `rouge-score` to the bit (its tokenizer, nltk's
//! Porter stemmer with its length rule, and its summary-level union-LCS with one particular
//! backtracking order). This module is a port of `rouge_score/tokenize.py` and
//! `rouge_score/rouge_scorer.py`, checked on 400 pairs against the Python package
//! (`testdata/rouge/pairs.json`, written by `scripts/make_rouge_fixture.py`).
//!
//! How it scores:
//! - Tokens: the text is lower-cased (Unicode lower-casing, as Python's `str.lower`), every run of
//!   characters outside `[a-z0-9]` becomes a separator, and, with stemming on, tokens longer than
//!   three characters go through [`storyline_text::stem::stem`] (nltk's `PorterStemmer`, default
//!   mode). Empty tokens are dropped.
//! - ROUGE-N: n-gram counts are clipped (`min` of the two counts); precision divides by the
//!   candidate's n-gram count, recall by the reference's (each at least 1).
//! - ROUGE-L: the longest common subsequence of the two token sequences.
//! - ROUGE-Lsum: both texts are split into lines on `\n` (one sentence a line); for each reference
//!   line, the union of the token positions of one LCS with each candidate line (the LCS read back
//!   from the DP table exactly as `rouge-score` does, preferring to move up on ties) gives hits,
//!   which are clipped by the remaining counts of the token in both texts.
//! - F1 is `2PR/(P+R)` (0 when both are 0), computed in the same order of operations as Python, so
//!   the numbers match to the last bit.
//!
//! Speed: tokens are interned to `u32` ids through one hash lookup per raw token (the lookup also
//! caches the stem), n-gram clipping uses dense count arrays and sorted bigram keys, the ROUGE-L
//! length is computed bit-parallel (64 DP cells per word operation), the Lsum tables copy the rows
//! of tokens absent from the candidate line instead of computing them, and all buffers live in a
//! reusable [`Scratch`], so scoring a pair allocates nothing once warm.
//! [`Rouge::score`] keeps a tokenizer and scratch per thread; callers that score one text many
//! times (the greedy oracle) use [`Tokenizer`] and [`Scratch`] directly.

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// Settings of [`Rouge`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RougeConfig {
    /// Stem tokens longer than three characters with nltk's Porter stemmer (`use_stemmer=True`).
    /// Default true.
    pub stem: bool,
}

impl Default for RougeConfig {
    fn default() -> Self {
        Self { stem: true }
    }
}

/// Precision, recall and F1 of one ROUGE variant.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// Matches over the candidate's size.
    pub precision: f64,
    /// Matches over the reference's size.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    /// A score from match counts, as `rouge-score` divides them.
    pub fn from_counts(hits: usize, candidate: usize, reference: usize) -> Self {
        let precision = hits as f64 / candidate.max(1) as f64;
        let recall = hits as f64 / reference.max(1) as f64;
        Self {
            precision,
            recall,
            f1: fmeasure(precision, recall),
        }
    }
}

/// `rouge_score.scoring.fmeasure`.
pub fn fmeasure(precision: f64, recall: f64) -> f64 {
    if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    }
}

/// The four ROUGE variants of one (candidate, reference) pair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RougeScores {
    /// Unigram overlap.
    pub r1: Score,
    /// Bigram overlap.
    pub r2: Score,
    /// Longest common subsequence over the whole texts.
    pub rl: Score,
    /// Summary-level LCS over newline-separated sentences.
    pub rlsum: Score,
}

/// Scores candidate texts against reference texts. `Send + Sync`; build once, share freely.
///
/// ```
/// use storyline_eval::rouge::{Rouge, RougeConfig};
/// let rouge = Rouge::new(RougeConfig { stem: true });
/// let s = rouge.score("The cats are running.", "A cat runs.");
/// assert!((s.r1.recall - 2.0 / 3.0).abs() < 1e-12); // "cat", "run" match
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Rouge {
    config: RougeConfig,
}

/// Per-thread state of [`Rouge::score`].
struct Workspace {
    tokenizers: [Tokenizer; 2],
    scratch: Scratch,
    candidate: Tokens,
    reference: Tokens,
}

/// A thread's tokenizer is reset when its vocabulary grows past this, to bound memory.
const MAX_THREAD_VOCAB: usize = 1 << 21;

thread_local! {
    static WORKSPACE: RefCell<Option<Workspace>> = const { RefCell::new(None) };
}

impl Rouge {
    /// A scorer with `config`.
    pub fn new(config: RougeConfig) -> Self {
        Self { config }
    }

    /// The configuration.
    pub fn config(&self) -> RougeConfig {
        self.config
    }

    /// ROUGE-1/2/L/Lsum of `candidate` against `reference` (`rouge-score`'s
    /// `RougeScorer.score(target=reference, prediction=candidate)`). For Lsum, sentences are the
    /// lines of each text.
    pub fn score(&self, candidate: &str, reference: &str) -> RougeScores {
        WORKSPACE.with(|ws| {
            let mut ws = ws.borrow_mut();
            let ws = ws.get_or_insert_with(|| Workspace {
                tokenizers: [
                    Tokenizer::new(RougeConfig { stem: false }),
                    Tokenizer::new(RougeConfig { stem: true }),
                ],
                scratch: Scratch::default(),
                candidate: Tokens::default(),
                reference: Tokens::default(),
            });
            let tok = &mut ws.tokenizers[usize::from(self.config.stem)];
            // Ids only need to agree within this call, so a reset between calls is safe.
            if tok.vocab_len() > MAX_THREAD_VOCAB {
                *tok = Tokenizer::new(self.config);
            }
            tok.tokenize_into(candidate, &mut ws.candidate);
            tok.tokenize_into(reference, &mut ws.reference);
            ws.scratch.score(&ws.candidate, &ws.reference)
        })
    }
}

/// A token sequence with its line (sentence) boundaries, as ids of one [`Tokenizer`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tokens {
    /// Token ids of the whole text.
    pub ids: Vec<u32>,
    /// End offset (into `ids`) of each line that has at least one token, in order.
    pub line_ends: Vec<u32>,
}

impl Tokens {
    /// Empties it for reuse.
    pub fn clear(&mut self) {
        self.ids.clear();
        self.line_ends.clear();
    }

    /// The lines (sentences) as id slices.
    pub fn lines(&self) -> impl Iterator<Item = &[u32]> + '_ {
        let mut start = 0usize;
        self.line_ends.iter().map(move |&end| {
            let s = &self.ids[start..end as usize];
            start = end as usize;
            s
        })
    }

    /// Appends another token sequence as new lines.
    pub fn extend_lines(&mut self, other: &Tokens) {
        let base = self.ids.len() as u32;
        self.ids.extend_from_slice(&other.ids);
        self.line_ends
            .extend(other.line_ends.iter().map(|&e| e + base));
    }
}

/// `rouge-score`'s tokenizer with an interning table: equal (stemmed) tokens get equal `u32` ids.
///
/// Ids are only comparable between texts tokenized by the same `Tokenizer`.
#[derive(Clone, Debug)]
pub struct Tokenizer {
    stem: bool,
    /// Raw token of at most 8 bytes, packed into a `u64` (bytes are never 0, so packing is
    /// one-to-one) → id of its stemmed form (`u32::MAX`: the token stems to nothing).
    short: FxHashMap<u64, u32>,
    /// Longer raw tokens → id.
    raw: FxHashMap<Box<[u8]>, u32>,
    /// Stemmed token → id.
    stems: FxHashMap<Box<str>, u32>,
    buf: Vec<u8>,
}

impl Tokenizer {
    /// A tokenizer that stems when `config.stem` is set.
    pub fn new(config: RougeConfig) -> Self {
        Self {
            stem: config.stem,
            short: FxHashMap::default(),
            raw: FxHashMap::default(),
            stems: FxHashMap::default(),
            buf: Vec::new(),
        }
    }

    /// Number of distinct (stemmed) tokens seen; every id is below this.
    pub fn vocab_len(&self) -> usize {
        self.stems.len()
    }

    /// Tokenizes `text`.
    pub fn tokenize(&mut self, text: &str) -> Tokens {
        let mut out = Tokens::default();
        self.tokenize_into(text, &mut out);
        out
    }

    /// Tokenizes `text` into `out` (cleared first), recording line ends for Lsum.
    pub fn tokenize_into(&mut self, text: &str, out: &mut Tokens) {
        out.clear();
        for line in text.split('\n') {
            self.push_tokens(line, &mut out.ids);
            if out.line_ends.last().copied().unwrap_or(0) as usize != out.ids.len() {
                out.line_ends.push(out.ids.len() as u32);
            }
        }
    }

    /// Appends the ids of `text`'s tokens to `ids` (no line bookkeeping).
    pub fn push_tokens(&mut self, text: &str, ids: &mut Vec<u32>) {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        for c in text.chars() {
            if c.is_ascii() {
                let b = c.to_ascii_lowercase() as u8;
                if b.is_ascii_alphanumeric() {
                    buf.push(b);
                } else if !buf.is_empty() {
                    self.flush(&buf, ids);
                    buf.clear();
                }
            } else {
                // Python lower-cases before filtering, and a few non-ASCII characters lower-case
                // to ASCII letters (KELVIN SIGN → `k`, `İ` → `i` + combining dot).
                for l in c.to_lowercase() {
                    if l.is_ascii_alphanumeric() {
                        buf.push(l as u8);
                    } else if !buf.is_empty() {
                        self.flush(&buf, ids);
                        buf.clear();
                    }
                }
            }
        }
        if !buf.is_empty() {
            self.flush(&buf, ids);
        }
        self.buf = buf;
    }

    fn flush(&mut self, token: &[u8], ids: &mut Vec<u32>) {
        let id = if token.len() <= 8 {
            let mut k = [0u8; 8];
            k[..token.len()].copy_from_slice(token);
            let key = u64::from_le_bytes(k);
            if let Some(&id) = self.short.get(&key) {
                id
            } else {
                let id = self.intern(token);
                self.short.insert(key, id);
                id
            }
        } else if let Some(&id) = self.raw.get(token) {
            id
        } else {
            let id = self.intern(token);
            self.raw.insert(token.into(), id);
            id
        };
        if id != u32::MAX {
            ids.push(id);
        }
    }

    fn intern(&mut self, token: &[u8]) -> u32 {
        // The token is ASCII by construction.
        let raw = std::str::from_utf8(token).unwrap_or_default();
        let stemmed = if self.stem && token.len() > 3 {
            storyline_text::stem::stem(raw)
        } else {
            std::borrow::Cow::Borrowed(raw)
        };
        if stemmed.is_empty() {
            return u32::MAX;
        }
        let next = self.stems.len() as u32;
        *self.stems.entry(stemmed.as_ref().into()).or_insert(next)
    }
}

/// Reusable buffers for scoring token sequences; one per thread.
#[derive(Clone, Debug, Default)]
pub struct Scratch {
    count_a: Vec<u32>,
    count_b: Vec<u32>,
    /// Per token id: `line stamp` of the candidate line that contains it (Lsum row skipping),
    /// or `slot + 1` of its match mask (bit-parallel LCS).
    seen: Vec<u32>,
    stamp: u32,
    keys_a: Vec<u64>,
    keys_b: Vec<u64>,
    masks: Vec<u64>,
    bits: Vec<u64>,
    table: Vec<u32>,
    rows: Vec<u32>,
    mark: Vec<bool>,
}

impl Scratch {
    /// All four variants for token sequences of one tokenizer.
    pub fn score(&mut self, candidate: &Tokens, reference: &Tokens) -> RougeScores {
        RougeScores {
            r1: self.rouge1(&candidate.ids, &reference.ids),
            r2: self.rouge2(&candidate.ids, &reference.ids),
            rl: self.rouge_l(&candidate.ids, &reference.ids),
            rlsum: self.rouge_lsum(candidate, reference),
        }
    }

    fn ensure_counts(&mut self, ids: &[u32]) {
        let need = ids.iter().copied().max().map_or(0, |m| m as usize + 1);
        if self.count_a.len() < need {
            self.count_a.resize(need, 0);
            self.count_b.resize(need, 0);
            self.seen.resize(need, 0);
        }
    }

    /// ROUGE-1 of id sequences.
    pub fn rouge1(&mut self, candidate: &[u32], reference: &[u32]) -> Score {
        self.ensure_counts(candidate);
        self.ensure_counts(reference);
        for &t in reference {
            self.count_a[t as usize] += 1;
        }
        let mut hits = 0;
        for &t in candidate {
            let c = &mut self.count_a[t as usize];
            if *c > 0 {
                *c -= 1;
                hits += 1;
            }
        }
        for &t in reference {
            self.count_a[t as usize] = 0;
        }
        Score::from_counts(hits, candidate.len(), reference.len())
    }

    /// ROUGE-2 of id sequences.
    pub fn rouge2(&mut self, candidate: &[u32], reference: &[u32]) -> Score {
        fn keys(ids: &[u32], out: &mut Vec<u64>) {
            out.clear();
            out.extend(
                ids.windows(2)
                    .map(|w| (u64::from(w[0]) << 32) | u64::from(w[1])),
            );
            out.sort_unstable();
        }
        keys(candidate, &mut self.keys_a);
        keys(reference, &mut self.keys_b);
        let (a, b) = (&self.keys_a, &self.keys_b);
        // Merge of two sorted multisets: the size of their intersection is the clipped count.
        let hits = storyline_text::token::sorted_intersection(a, b);
        Score::from_counts(hits, a.len(), b.len())
    }

    /// ROUGE-L of id sequences.
    pub fn rouge_l(&mut self, candidate: &[u32], reference: &[u32]) -> Score {
        if candidate.is_empty() || reference.is_empty() {
            return Score::default();
        }
        let lcs = self.lcs_len(reference, candidate);
        Score::from_counts(lcs, candidate.len(), reference.len())
    }

    /// Length of the LCS with the bit-parallel algorithm of Hyyrö (2004): one machine word
    /// holds 64 DP cells of a row, so a row costs `⌈|b|/64⌉` word operations; tokens of `a`
    /// absent from `b` leave the row unchanged and are skipped.
    fn lcs_len(&mut self, a: &[u32], b: &[u32]) -> usize {
        self.ensure_counts(a);
        self.ensure_counts(b);
        let words = b.len().div_ceil(64);
        // One match mask per distinct token of `b`; `seen[id]` = slot + 1.
        self.masks.clear();
        let mut slots = 0u32;
        for (j, &t) in b.iter().enumerate() {
            let slot = match self.seen[t as usize] {
                0 => {
                    slots += 1;
                    self.seen[t as usize] = slots;
                    self.masks.resize(self.masks.len() + words, 0);
                    slots - 1
                }
                s => s - 1,
            } as usize;
            self.masks[slot * words + j / 64] |= 1u64 << (j % 64);
        }
        self.bits.clear();
        self.bits.resize(words, u64::MAX);
        for &x in a {
            let slot = self.seen[x as usize];
            if slot == 0 {
                continue;
            }
            let m = &self.masks[(slot as usize - 1) * words..slot as usize * words];
            let mut carry = false;
            for (v, &mk) in self.bits.iter_mut().zip(m) {
                let u = *v & mk;
                let (s1, c1) = v.overflowing_add(u);
                let (s2, c2) = s1.overflowing_add(u64::from(carry));
                carry = c1 || c2;
                *v = s2 | (*v & !mk);
            }
        }
        for &t in b {
            self.seen[t as usize] = 0;
        }
        // The LCS length is the number of zero bits among the first |b| positions.
        let mut ones = 0usize;
        for (k, &v) in self.bits.iter().enumerate() {
            let valid = (b.len() - k * 64).min(64);
            let v = if valid == 64 {
                v
            } else {
                v & ((1u64 << valid) - 1)
            };
            ones += v.count_ones() as usize;
        }
        b.len() - ones
    }

    /// ROUGE-Lsum: summary-level union LCS over the lines of both texts.
    pub fn rouge_lsum(&mut self, candidate: &Tokens, reference: &Tokens) -> Score {
        let (n, m) = (candidate.ids.len(), reference.ids.len());
        if n == 0 || m == 0 {
            return Score::default();
        }
        self.ensure_counts(&candidate.ids);
        self.ensure_counts(&reference.ids);
        for &t in &reference.ids {
            self.count_a[t as usize] += 1;
        }
        for &t in &candidate.ids {
            self.count_b[t as usize] += 1;
        }
        let mut hits = 0;
        for r in reference.lines() {
            self.mark.clear();
            self.mark.resize(r.len(), false);
            for c in candidate.lines() {
                self.stamp = self.stamp.wrapping_add(1);
                if self.stamp == 0 {
                    // Wrapped: old stamps could collide, so clear them.
                    self.seen.fill(0);
                    self.stamp = 1;
                }
                for &t in c {
                    self.seen[t as usize] = self.stamp;
                }
                self.mark_lcs(r, c);
            }
            for (i, &t) in r.iter().enumerate() {
                if self.mark[i] {
                    let (cr, cc) = (&mut self.count_a[t as usize], &mut self.count_b[t as usize]);
                    if *cc > 0 && *cr > 0 {
                        hits += 1;
                        *cc -= 1;
                        *cr -= 1;
                    }
                }
            }
        }
        for &t in &reference.ids {
            self.count_a[t as usize] = 0;
        }
        for &t in &candidate.ids {
            self.count_b[t as usize] = 0;
            self.seen[t as usize] = 0;
        }
        self.stamp = 0;
        Score::from_counts(hits, n, m)
    }

    /// Marks in `self.mark` the positions of `r` on the LCS of `r` and `c` that `rouge-score`'s
    /// `_backtrack_norec` reads out. Tokens of `c` carry the stamp `self.stamp` in `self.seen`;
    /// a row whose token is not in `c` equals the row above (the DP rows are non-decreasing), so
    /// it is not computed or stored: it points at the row above.
    fn mark_lcs(&mut self, r: &[u32], c: &[u32]) {
        let w = c.len() + 1;
        // Physical row 0 is the all-zero first row; `rows[i]` is the physical row of DP row i.
        self.rows.clear();
        self.rows.push(0);
        let mut used = 1usize;
        if self.table.len() < w {
            self.table.resize(w, 0);
        }
        self.table[..w].fill(0);
        for &x in r {
            let above = *self.rows.last().unwrap_or(&0) as usize;
            if self.seen[x as usize] != self.stamp {
                self.rows.push(above as u32);
                continue;
            }
            if self.table.len() < (used + 1) * w {
                self.table.resize((used + 1) * w, 0);
            }
            let (head, tail) = self.table.split_at_mut(used * w);
            let prev = &head[above * w..(above + 1) * w];
            let cur = &mut tail[..w];
            cur[0] = 0;
            let mut left = 0u32;
            for j in 0..c.len() {
                let v = if x == c[j] {
                    prev[j] + 1
                } else {
                    prev[j + 1].max(left)
                };
                cur[j + 1] = v;
                left = v;
            }
            self.rows.push(used as u32);
            used += 1;
        }
        let t = &self.table;
        let at = |i: usize, j: usize| t[self.rows[i] as usize * w + j];
        let (mut i, mut j) = (r.len(), c.len());
        while i > 0 && j > 0 {
            if r[i - 1] == c[j - 1] {
                self.mark[i - 1] = true;
                i -= 1;
                j -= 1;
            } else if at(i, j - 1) > at(i - 1, j) {
                j -= 1;
            } else {
                i -= 1;
            }
        }
    }
}

#[cfg(test)]
// Exact comparisons on purpose: the scores are ratios of small integers.
#[allow(clippy::float_cmp)]
mod tests {
    use super::*;

    #[test]
    fn tokens_follow_rouge_score() {
        let mut t = Tokenizer::new(RougeConfig { stem: true });
        let toks = t.tokenize("Running dogs, the  CATS!\nİstanbul \u{212a}elvin\n\n3.5%");
        let mut inv: Vec<(&str, u32)> = t.stems.iter().map(|(k, &v)| (&**k, v)).collect();
        inv.sort_by_key(|&(_, v)| v);
        let words: Vec<&str> = toks.ids.iter().map(|&i| inv[i as usize].0).collect();
        assert_eq!(
            words,
            [
                "run", "dog", "the", "cat", "i", "stanbul", "kelvin", "3", "5"
            ]
        );
        assert_eq!(toks.line_ends, [4, 7, 9]);
    }

    fn naive_lcs(a: &[u32], b: &[u32]) -> usize {
        let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                t[i][j] = if a[i - 1] == b[j - 1] {
                    t[i - 1][j - 1] + 1
                } else {
                    t[i - 1][j].max(t[i][j - 1])
                };
            }
        }
        t[a.len()][b.len()]
    }

    proptest::proptest! {
        /// The bit-parallel LCS equals the textbook DP, across word boundaries (lengths > 64)
        /// and with a reused scratch.
        #[test]
        fn bit_parallel_lcs_equals_dp(
            a in proptest::collection::vec(0u32..6, 0..200),
            b in proptest::collection::vec(0u32..6, 0..200),
        ) {
            let mut s = Scratch::default();
            proptest::prop_assert_eq!(s.lcs_len(&a, &b), naive_lcs(&a, &b));
            proptest::prop_assert_eq!(s.lcs_len(&b, &a), naive_lcs(&a, &b));
        }
    }

    #[test]
    fn lsum_union_counts_each_token_once() {
        let r = Rouge::new(RougeConfig { stem: false });
        let s = r.score("a b\nb a", "a b");
        // Union LCS of the reference line with both candidate lines covers "a b": 2 hits.
        assert_eq!(s.rlsum.recall, 1.0);
        assert_eq!(s.rlsum.precision, 0.5);
    }
}
