//! Graph-centrality baselines: continuous LexRank and TextRank, ported from the Python packages
//! the published baselines used (`lexrank` 0.1.0 and `sumy` 0.13), so the numbers compare.
//!
//! LexRank (Erkan & Radev 2004, as `lexrank.LexRank.rank_sentences`; with the package's default
//! `threshold=0.03` it is the thresholded ("discrete") variant, with `threshold=None` the
//! continuous one):
//! - Words: each whitespace word is dropped when it looks like an e-mail address or a URL; other
//!   words have the punctuation signs of the package split off, are lower-cased, keep only
//!   alphanumerics and `-`, and are kept when they contain a letter, no digit, and are not in the
//!   package's English stop-word list (`stopwords_en.txt`, exported by
//!   `scripts/export_lexrank_stopwords.py`). No stemming.
//! - idf: every source document of the dataset is one document; `idf(w) = ln(N / df(w))`, and a
//!   word never seen gets `ln(N + 1)`.
//! - Similarity: idf-modified cosine of term-frequency vectors (1 on the diagonal). Continuous:
//!   the Markov matrix is the row-normalised similarity matrix. Thresholded: each row spreads
//!   `1/k` over the `k` sentences whose similarity exceeds the threshold. Scores are the chain's
//!   stationary distribution,
//!   computed per connected component from an all-ones start (so larger components weigh more,
//!   as in the package). Sentences are taken by descending score.
//!
//! TextRank (Mihalcea & Tarau 2004, as `sumy`'s `TextRankSummarizer`): words are lower-cased
//! alphanumeric runs without stop words, Porter-stemmed; the edge weight of two sentences is the
//! number of word matches (with multiplicity) over `ln|s1| + ln|s2|`; rows are normalised, the
//! PageRank matrix uses damping 0.85, and the power method stops when the step is below 1e-4.
//! Deviation from `sumy`: its tokenizer and Snowball stemmer are replaced by ours.

use std::sync::OnceLock;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::{ClusterView, Summarizer};
use crate::dataset::{Cluster, split_sentences};

static STOPWORDS_TXT: &str = include_str!("stopwords_en.txt");

fn stopwords() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| STOPWORDS_TXT.lines().filter(|l| !l.is_empty()).collect())
}

/// `lexrank.utils.text.PUNCTUATION_SIGNS`.
fn is_punctuation_sign(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '¡'
            | '!'
            | '¿'
            | '?'
            | '…'
            | '⋯'
            | '&'
            | '‹'
            | '›'
            | '«'
            | '»'
            | '"'
            | '“'
            | '”'
            | '['
            | ']'
            | '('
            | ')'
            | '⟨'
            | '⟩'
            | '}'
            | '{'
            | '/'
            | '|'
            | '\\'
    )
}

/// A rough stand-in for the package's e-mail regex and `urlextract` (which finds words with a
/// known top-level domain): words with `@` and a later `.`, or a dotted name ending in a common
/// top-level domain.
fn looks_like_email_or_url(word: &str) -> bool {
    if !word.contains('.') {
        return false;
    }
    let lower = word.to_lowercase();
    if lower.find('@').is_some_and(|at| lower[at..].contains('.')) {
        return true;
    }
    let host = lower
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .split('/')
        .next()
        .unwrap_or("");
    match host.rsplit_once('.') {
        Some((name, tld)) => {
            !name.is_empty()
                && name.chars().next().is_some_and(char::is_alphanumeric)
                && matches!(
                    tld,
                    "com"
                        | "org"
                        | "net"
                        | "gov"
                        | "edu"
                        | "uk"
                        | "io"
                        | "co"
                        | "us"
                        | "info"
                        | "tv"
                )
        }
        None => false,
    }
}

/// `lexrank`'s tokenizer (see the module doc).
fn lexrank_words(sentence: &str, out: &mut Vec<String>) {
    let stop = stopwords();
    for word in sentence.split_whitespace() {
        if looks_like_email_or_url(word) {
            continue;
        }
        let mut cleaned = String::with_capacity(word.len());
        for c in word.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphanumeric() || c == '-' {
                    cleaned.push(c.to_ascii_lowercase());
                } else if is_punctuation_sign(c) {
                    cleaned.push(' ');
                }
            } else if is_punctuation_sign(c) {
                cleaned.push(' ');
            } else {
                for l in c.to_lowercase() {
                    if l.is_alphanumeric() || l == '-' {
                        cleaned.push(l);
                    }
                }
            }
        }
        for w in cleaned.split_whitespace() {
            if w.chars().any(char::is_alphabetic)
                && !w.chars().any(char::is_numeric)
                && !stop.contains(w)
            {
                out.push(w.to_string());
            }
        }
    }
}

/// LexRank with idf over a dataset.
#[derive(Clone, Debug)]
pub struct LexRank {
    idf: FxHashMap<String, f64>,
    unseen_idf: f64,
    threshold: Option<f64>,
}

impl LexRank {
    /// The `lexrank` package's default threshold (`get_summary`/`rank_sentences`).
    pub const DEFAULT_THRESHOLD: f64 = 0.03;

    /// Thresholded LexRank (threshold 0.03, the package default) with idf over every document of
    /// `clusters`.
    pub fn new(clusters: &[Cluster]) -> Self {
        Self::with_threshold(clusters, Some(Self::DEFAULT_THRESHOLD))
    }

    /// LexRank with idf over every document of `clusters`; `None` is continuous LexRank.
    pub fn with_threshold(clusters: &[Cluster], threshold: Option<f64>) -> Self {
        let bags: Vec<FxHashSet<String>> = clusters
            .par_iter()
            .flat_map_iter(|c| c.documents.iter())
            .map(|doc| {
                let mut words = Vec::new();
                for s in split_sentences(doc) {
                    lexrank_words(s, &mut words);
                }
                words.into_iter().collect::<FxHashSet<String>>()
            })
            .filter(|bag| !bag.is_empty())
            .collect();
        let n = bags.len().max(1) as f64;
        let mut df: FxHashMap<String, u32> = FxHashMap::default();
        for bag in bags {
            for w in bag {
                *df.entry(w).or_insert(0) += 1;
            }
        }
        let idf = df
            .into_iter()
            .map(|(w, d)| (w, (n / f64::from(d)).ln()))
            .collect();
        Self {
            idf,
            unseen_idf: (n + 1.0).ln(),
            threshold,
        }
    }

    fn idf(&self, w: &str) -> f64 {
        self.idf.get(w).copied().unwrap_or(self.unseen_idf)
    }

    /// LexRank scores of the view's sentences.
    pub fn scores(&self, view: &ClusterView<'_>) -> Vec<f64> {
        // Term frequencies as sorted (word, tf, idf) lists per sentence.
        let mut words = Vec::new();
        let tfs: Vec<Vec<(String, f64, f64)>> = view
            .sentences
            .iter()
            .map(|s| {
                words.clear();
                lexrank_words(s.text, &mut words);
                words.sort_unstable();
                let mut tf: Vec<(String, f64, f64)> = Vec::new();
                for w in words.drain(..) {
                    match tf.last_mut() {
                        Some(last) if last.0 == w => last.1 += 1.0,
                        _ => {
                            let idf = self.idf(&w);
                            tf.push((w, 1.0, idf));
                        }
                    }
                }
                tf
            })
            .collect();
        let norms: Vec<f64> = tfs
            .iter()
            .map(|tf| tf.iter().map(|(_, t, i)| (t * i).powi(2)).sum())
            .collect();
        let n = tfs.len();
        let mut sim = vec![0.0f64; n * n];
        for i in 0..n {
            sim[i * n + i] = 1.0;
            for j in i + 1..n {
                let (a, b) = (&tfs[i], &tfs[j]);
                let (mut x, mut y, mut num) = (0, 0, 0.0);
                while x < a.len() && y < b.len() {
                    match a[x].0.cmp(&b[y].0) {
                        std::cmp::Ordering::Less => x += 1,
                        std::cmp::Ordering::Greater => y += 1,
                        std::cmp::Ordering::Equal => {
                            num += a[x].1 * b[y].1 * a[x].2 * a[x].2;
                            x += 1;
                            y += 1;
                        }
                    }
                }
                if num != 0.0 {
                    let s = num / (norms[i] * norms[j]).sqrt();
                    sim[i * n + j] = s;
                    sim[j * n + i] = s;
                }
            }
        }
        for row in sim.chunks_mut(n.max(1)) {
            if let Some(t) = self.threshold {
                let k = row.iter().filter(|&&x| x > t).count() as f64;
                for x in row.iter_mut() {
                    *x = if *x > t { 1.0 / k } else { 0.0 };
                }
            } else {
                let sum: f64 = row.iter().sum();
                for x in row.iter_mut() {
                    *x /= sum;
                }
            }
        }
        stationary_by_component(&sim, n)
    }
}

/// The package's `stationary_distribution(normalized=False)`: per connected component, the
/// power iteration `x ← Mᵀx` from all ones until it stops changing.
fn stationary_by_component(m: &[f64], n: usize) -> Vec<f64> {
    let mut comp = vec![usize::MAX; n];
    let mut out = vec![0.0; n];
    for start in 0..n {
        if comp[start] != usize::MAX {
            continue;
        }
        let mut members = vec![start];
        comp[start] = start;
        let mut k = 0;
        while k < members.len() {
            let i = members[k];
            for j in 0..n {
                if comp[j] == usize::MAX && (m[i * n + j] != 0.0 || m[j * n + i] != 0.0) {
                    comp[j] = start;
                    members.push(j);
                }
            }
            k += 1;
        }
        members.sort_unstable();
        let mut x = vec![1.0; members.len()];
        if members.len() > 1 {
            let mut next = vec![0.0; members.len()];
            for _ in 0..10_000 {
                for (b, &j) in members.iter().enumerate() {
                    next[b] = members
                        .iter()
                        .enumerate()
                        .map(|(a, &i)| m[i * n + j] * x[a])
                        .sum();
                }
                let done = next
                    .iter()
                    .zip(&x)
                    .all(|(a, b)| (a - b).abs() <= 1e-12 * a.abs().max(1.0));
                std::mem::swap(&mut x, &mut next);
                if done {
                    break;
                }
            }
        }
        for (a, &i) in members.iter().enumerate() {
            out[i] = x[a];
        }
    }
    out
}

/// Indices by descending score; ties keep document order.
fn by_score(scores: &[f64]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    order
}

impl Summarizer for LexRank {
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String> {
        view.texts(&by_score(&self.scores(view)))
    }
}

/// TextRank as `sumy` implements it (see the module doc).
#[derive(Clone, Copy, Debug)]
pub struct TextRank {
    /// PageRank damping. Default 0.85.
    pub damping: f64,
    /// Power-method stopping step. Default 1e-4.
    pub epsilon: f64,
}

impl Default for TextRank {
    fn default() -> Self {
        Self {
            damping: 0.85,
            epsilon: 1e-4,
        }
    }
}

impl TextRank {
    /// TextRank scores of the view's sentences.
    pub fn scores(&self, view: &ClusterView<'_>) -> Vec<f64> {
        let stop = stopwords();
        let sents: Vec<Vec<String>> = view
            .sentences
            .iter()
            .map(|s| {
                s.text
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .filter(|w| !stop.contains(w.as_str()))
                    .map(|w| storyline_text::stem::stem(&w).into_owned())
                    .collect()
            })
            .collect();
        let n = sents.len();
        if n == 0 {
            return Vec::new();
        }
        let mut w = vec![0.0f64; n * n];
        for i in 0..n {
            for j in i..n {
                let (a, b) = (&sents[i], &sents[j]);
                let rank: usize = a.iter().map(|x| b.iter().filter(|y| *y == x).count()).sum();
                let r = if rank == 0 {
                    0.0
                } else {
                    let norm = (a.len() as f64).ln() + (b.len() as f64).ln();
                    if norm.abs() < 1e-8 {
                        rank as f64
                    } else {
                        rank as f64 / norm
                    }
                };
                w[i * n + j] = r;
                w[j * n + i] = r;
            }
        }
        let nf = n as f64;
        for row in w.chunks_mut(n) {
            let sum: f64 = row.iter().sum::<f64>() + 1e-7;
            for x in row.iter_mut() {
                *x = (1.0 - self.damping) / nf + self.damping * (*x / sum);
            }
        }
        let mut p = vec![1.0 / nf; n];
        let mut next = vec![0.0; n];
        for _ in 0..10_000 {
            for (j, nx) in next.iter_mut().enumerate() {
                *nx = (0..n).map(|i| w[i * n + j] * p[i]).sum();
            }
            let step = next
                .iter()
                .zip(&p)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                .sqrt();
            std::mem::swap(&mut p, &mut next);
            if step <= self.epsilon {
                break;
            }
        }
        p
    }
}

impl Summarizer for TextRank {
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String> {
        view.texts(&by_score(&self.scores(view)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexrank_tokenizer_follows_the_package() {
        let mut w = Vec::new();
        lexrank_words(
            "The U.S. Senate's vote (2015) on cnn.com, e-mail me@x.org state-of-the-art!",
            &mut w,
        );
        assert_eq!(w, ["senates", "vote", "e-mail", "state-of-the-art"]);
    }

    fn view_cluster() -> Cluster {
        Cluster {
            documents: vec![
                "Storm hits the coast near Miami. Officials count storm damage on the coast."
                    .into(),
                "A storm hit the coast on Monday. Cats like milk.".into(),
                "Milk prices rose in Ohio. Farmers blame the weather.".into(),
                "Officials in Miami praised rescue teams after the storm.".into(),
            ],
            ..Cluster::default()
        }
    }

    /// Scores of Python `lexrank` 0.1.0 on the same sentences (`LexRank(docs,
    /// stopwords=STOPWORDS['en']).rank_sentences(sentences, threshold=None)`).
    #[test]
    fn lexrank_scores_match_the_python_package() {
        let c = view_cluster();
        let v = ClusterView::new(0, &c, 232);
        let got = LexRank::with_threshold(std::slice::from_ref(&c), None).scores(&v);
        let want = [
            1.073_212_115_026_013_2,
            1.026_543_703_685_962_2,
            0.970_469_305_393_428_5,
            1.0,
            1.0,
            1.0,
            0.929_774_875_894_598_7,
        ];
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-4, "{got:?}");
        }
    }

    #[test]
    fn textrank_puts_the_isolated_sentence_last() {
        let c = view_cluster();
        let v = ClusterView::new(0, &c, 232);
        let tr = TextRank::default().summarize(&v);
        assert_eq!(tr.len(), 7);
        assert!(tr[0].contains("torm"), "{tr:?}");
    }

    #[test]
    fn urls_and_emails_are_recognised() {
        assert!(looks_like_email_or_url("cnn.com,"));
        assert!(looks_like_email_or_url("www.example.org"));
        assert!(looks_like_email_or_url("a@b.c"));
        assert!(!looks_like_email_or_url("U.S."));
        assert!(!looks_like_email_or_url("end."));
    }
}
