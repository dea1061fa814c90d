//! Summarisation systems compared by the benchmark: storyline itself and the classic baselines,
//! all behind one small trait so a new system is one enum variant and one `impl`.
//!
//! Every system sees the same [`ClusterView`]: the cluster and its sentences split with the
//! dataset rule. A system returns the sentences of its summary in its own order; the harness then
//! applies the protocol's word budget ([`crate::dataset::budget_prefix`]), so no system can win by
//! running long.
//!
//! - [`lead::Lead`]: the first sentence of every document, then the second of every document, ...
//! - [`lead::Random`]: the cluster's sentences in a seeded random order.
//! - [`graph::LexRank`]: LexRank (idf-modified cosine, idf over the whole dataset); `lexrank` is
//!   the `lexrank` package's default (threshold 0.03, what `BASELINES.md` measured),
//!   `lexrank-continuous` the continuous variant.
//! - [`graph::TextRank`]: TextRank as `sumy` implements it (word overlap over log lengths).
//! - [`oracle::Oracle`]: greedy ROUGE-1+2 F1 oracle against the reference (an upper bound).
//! - [`storyline::Storyline`]: storyline's engine (its own segmenter, dedupe and scorer).

pub mod graph;
pub mod lead;
pub mod oracle;
pub mod storyline;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::dataset::{Cluster, split_sentences, word_count};

/// A sentence of a cluster under the dataset's sentence rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sent<'a> {
    /// Document index in the cluster.
    pub doc: u32,
    /// Sentence index in its document.
    pub pos: u32,
    /// The text.
    pub text: &'a str,
    /// Whitespace words.
    pub words: u32,
}

/// What a system sees of one cluster.
#[derive(Clone, Debug)]
pub struct ClusterView<'a> {
    /// Position of the cluster in the dataset (seeds per-cluster randomness).
    pub index: usize,
    /// The cluster.
    pub cluster: &'a Cluster,
    /// All sentences, document by document.
    pub sentences: Vec<Sent<'a>>,
    /// Word budget of the summary.
    pub budget: usize,
}

impl<'a> ClusterView<'a> {
    /// Splits `cluster` into sentences.
    pub fn new(index: usize, cluster: &'a Cluster, budget: usize) -> Self {
        let mut sentences = Vec::new();
        for (d, doc) in cluster.documents.iter().enumerate() {
            for (p, text) in split_sentences(doc).into_iter().enumerate() {
                sentences.push(Sent {
                    doc: d as u32,
                    pos: p as u32,
                    text,
                    words: word_count(text) as u32,
                });
            }
        }
        Self {
            index,
            cluster,
            sentences,
            budget,
        }
    }

    /// The texts of the sentences at `order`, in that order.
    pub fn texts(&self, order: &[usize]) -> Vec<String> {
        order
            .iter()
            .map(|&i| self.sentences[i].text.to_string())
            .collect()
    }
}

/// A summariser: one required method.
pub trait Summarizer: Send + Sync {
    /// The summary's sentences in output order (the harness cuts them to the budget).
    fn summarize(&self, view: &ClusterView<'_>) -> Vec<String>;
}

/// The systems the harness knows (`--systems` names in kebab-case).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum System {
    /// storyline's engine.
    Storyline,
    /// Round-robin first sentences.
    Lead,
    /// LexRank as the Python package runs by default (similarity threshold 0.03).
    Lexrank,
    /// Continuous LexRank (no threshold).
    LexrankContinuous,
    /// TextRank (sumy's variant).
    Textrank,
    /// Seeded random order.
    Random,
    /// Greedy ROUGE-1+2 oracle.
    Oracle,
}

impl System {
    /// Every system, in the default table order.
    pub const ALL: [System; 7] = [
        System::Storyline,
        System::Lead,
        System::Lexrank,
        System::LexrankContinuous,
        System::Textrank,
        System::Random,
        System::Oracle,
    ];

    /// The name used on the command line and in outputs.
    pub fn name(self) -> &'static str {
        match self {
            System::Storyline => "storyline",
            System::Lead => "lead",
            System::Lexrank => "lexrank",
            System::LexrankContinuous => "lexrank-continuous",
            System::Textrank => "textrank",
            System::Random => "random",
            System::Oracle => "oracle",
        }
    }
}

impl fmt::Display for System {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for System {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        System::ALL
            .into_iter()
            .find(|x| x.name() == s)
            .ok_or_else(|| {
                crate::Error::Config(format!(
                    "unknown system `{s}` (known: {})",
                    System::ALL.map(System::name).join(", ")
                ))
            })
    }
}

/// Settings shared by the systems.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SystemsConfig {
    /// Word budget. Default 232 (the Multi-News protocol).
    pub budget: usize,
    /// Seed of the random baseline. Default 0.
    pub seed: u64,
}

impl Default for SystemsConfig {
    fn default() -> Self {
        Self {
            budget: 232,
            seed: 0,
        }
    }
}

/// Builds the summariser of `system`. LexRank's idf is computed over `clusters`.
pub fn build(
    system: System,
    config: &SystemsConfig,
    clusters: &[Cluster],
) -> Result<Box<dyn Summarizer>, crate::Error> {
    Ok(match system {
        System::Storyline => Box::new(storyline::Storyline::new(config.budget)?),
        System::Lead => Box::new(lead::Lead),
        System::Random => Box::new(lead::Random { seed: config.seed }),
        System::Lexrank => Box::new(graph::LexRank::new(clusters)),
        System::LexrankContinuous => Box::new(graph::LexRank::with_threshold(clusters, None)),
        System::Textrank => Box::new(graph::TextRank::default()),
        System::Oracle => Box::new(oracle::Oracle),
    })
}

/// SplitMix64: a tiny, fully specified generator, so seeded results never change with a crate
/// version (the random baseline and the bootstrap use it).
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..n` (`n > 0`), by Lemire's multiply-shift (bias below 2^-32 here).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_names_round_trip() {
        for s in System::ALL {
            assert_eq!(s.name().parse::<System>().unwrap(), s);
        }
        assert!("bogus".parse::<System>().is_err());
    }

    #[test]
    fn view_splits_documents_in_order() {
        let c = Cluster {
            documents: vec!["A b. C d e.".into(), String::new(), "F.".into()],
            ..Cluster::default()
        };
        let v = ClusterView::new(0, &c, 232);
        let got: Vec<_> = v
            .sentences
            .iter()
            .map(|s| (s.doc, s.pos, s.words))
            .collect();
        assert_eq!(got, [(0, 0, 2), (0, 1, 3), (2, 0, 1)]);
    }
}
