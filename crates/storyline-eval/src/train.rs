//! Training the learned sentence scorer (`storyline train`).
//!
//! How a model is made:
//! 1. **Examples.** Each training cluster goes through storyline's own engine (clean, segment,
//!    off-topic, near-duplicate merge), so the model learns on exactly the candidates it will score
//!    at run time. Every candidate gets the feature row of [`storyline_core::features::extract`].
//! 2. **Labels.** A greedy oracle over those candidates: starting from nothing, add the candidate
//!    that raises ROUGE-1 F1 + ROUGE-2 F1 against the reference most among those that still fit the
//!    word budget, until none raises it (exact `rouge-score` numbers from [`crate::rouge`]). A
//!    candidate is positive when the oracle took it. The oracle is what the issue measures against,
//!    and membership is a cleaner target than per-sentence gains, which ignore redundancy.
//! 3. **Scorer.** Gradient-boosted trees with logistic loss, fitted by `forust-ml` (a histogram
//!    GBDT in pure Rust; its splits are deterministic for a fixed seed and input order). The trees
//!    are copied into storyline's own small JSON format ([`storyline_core::learned::ModelFile`]),
//!    which the core evaluates without the learning library.
//! 4. **Length.** For each training cluster the summary the new scorer picks is scored at every
//!    budget from [`TrainConfig::min_budget`] to the budget in steps, and the budget with the best
//!    ROUGE-1 + ROUGE-2 F1 is the target of a second, small tree ensemble over story-level features
//!    ([`storyline_core::learned::CLUSTER_FEATURES`]).
//!
//! Reproducibility: clusters are chosen by a seeded shuffle, examples are built in parallel but
//! collected in cluster order, and the learner runs with a fixed seed, so the same data, seed and
//! settings give the same model bytes.

use std::sync::atomic::{AtomicUsize, Ordering};

use forust_ml::{GradientBooster, Matrix, objective::ObjectiveType};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use storyline_core::features::{self, FEATURES, Family, N_FEATURES};
use storyline_core::learned::{self, Ensemble, Learned, LengthModel, ModelFile, Node, Training};
use storyline_core::prior::{PriorCounts, TermPriors};
use storyline_core::score::{Scorer, word_count};
use storyline_core::select::{self, SelectConfig};
use storyline_core::vector::Vocab;
use storyline_core::wording::WordWeights;
use storyline_core::{Article, Engine, EngineConfig, Story};
use storyline_text::Span;

use crate::Error;
use crate::dataset::{Cluster, split_sentences};
use crate::rouge::{Rouge, RougeConfig, Score, Scratch, Tokenizer};
use crate::wording::WordingConfig;

/// Settings of a training run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrainConfig {
    /// Name written into the model.
    pub name: String,
    /// Description of the training data (file name), written into the model.
    pub data: String,
    /// Use at most this many clusters (chosen by the seeded shuffle). Default 15,000.
    pub limit: Option<usize>,
    /// Seed of the cluster shuffle and the learner. Default 17.
    pub seed: u64,
    /// Word budget of the benchmark protocol. Default 232.
    pub budget: usize,
    /// Feature families left out (the ablation). Default `["cluster"]` (see docs/model.md).
    pub drop: Vec<String>,
    /// Boosting rounds. Default 80.
    pub trees: usize,
    /// Maximum tree depth. Default 5.
    pub depth: usize,
    /// Learning rate. Default 0.18.
    pub learning_rate: f32,
    /// Training target: `oracle` (membership), `gain` (soft precision) or `mix` (their mean).
    /// Default `mix`.
    pub label: String,
    /// Learn the summary length too. Default true.
    pub length: bool,
    /// Smallest budget the length model may choose. Default 150.
    pub min_budget: usize,
    /// Clusters (after the training sample in the seeded order, so never the same ones) whose
    /// summaries give the term priors. Default 20,000; 0 = no priors.
    pub prior_clusters: usize,
    /// Terms seen in fewer clusters' sources share the unknown-term rate. Default 20.
    pub prior_min_clusters: u32,
    /// Clusters (after the training sample in the seeded order: the prior clusters and the rest)
    /// whose oracle-labelled sentences fit the wording weights. Default 30,000; 0 = no wording.
    pub wording_clusters: usize,
    /// Settings of the wording fit.
    pub wording: WordingConfig,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            name: "default".into(),
            data: String::new(),
            limit: Some(15_000),
            seed: 17,
            budget: 232,
            drop: vec!["cluster".into()],
            trees: 80,
            depth: 5,
            learning_rate: 0.18,
            label: "mix".into(),
            length: true,
            min_budget: 150,
            prior_clusters: 20_000,
            prior_min_clusters: 20,
            wording_clusters: 30_000,
            wording: WordingConfig::default(),
        }
    }
}

/// Shortest and longest sentences a learned model may choose (words).
const MIN_WORDS: usize = 4;
const MAX_WORDS: usize = 150;

/// One training cluster turned into candidates with features and labels.
#[derive(Clone, Debug, Default)]
pub struct Example {
    /// Feature rows, `N_FEATURES` per candidate.
    pub rows: Vec<f32>,
    /// Oracle membership per candidate (1 = the greedy oracle took it).
    pub labels: Vec<f32>,
    /// Soft label per candidate: mean of its ROUGE-1 and ROUGE-2 precision against the reference
    /// (how much of the sentence the reference repeats).
    pub gains: Vec<f32>,
    /// Candidates in the order the greedy oracle took them (its first pick first).
    pub oracle: Vec<usize>,
    /// Per candidate, the sum of its ROUGE-1 and ROUGE-2 recall against the reference: how much
    /// of the reference the sentence alone covers (a short line covers little).
    pub recalls: Vec<f32>,
    /// ROUGE tokens of each candidate.
    pub tokens: Vec<u32>,
    /// Story-level features for the length model.
    pub cluster: Vec<f32>,
    /// Reference token ids (one tokenizer per example).
    pub(crate) reference: Vec<u32>,
    /// Token ids of each candidate, same tokenizer.
    pub(crate) candidates: Vec<Vec<u32>>,
    /// Whitespace words of each candidate.
    pub(crate) words: Vec<usize>,
}

/// Articles of a cluster, as the benchmark hands them to the engine.
pub fn articles(cluster: &Cluster) -> Vec<Article> {
    Article::from_texts(cluster.documents.iter().cloned())
}

/// The engine configuration used for training and validation (benchmark budget, no analyses).
pub fn engine_config(budget: usize) -> EngineConfig {
    let mut config = EngineConfig::default();
    config.words = budget;
    config.analyses = false;
    config
}

/// A seeded permutation of `0..n` (SplitMix64 keys), so a subsample does not depend on file order.
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut keyed: Vec<(u64, usize)> = (0..n)
        .map(|i| {
            let mut z = seed.wrapping_add((i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            (z ^ (z >> 31), i)
        })
        .collect();
    keyed.sort_unstable();
    keyed.into_iter().map(|(_, i)| i).collect()
}

/// Distinct stemmed content terms of `texts`, sorted (the terms of [`storyline_core::vector::Vocab`]).
fn term_set(texts: &[&str]) -> Vec<String> {
    let mut vocab = Vocab::default();
    for t in texts {
        vocab.terms(t, Span::new(0, t.len()));
    }
    let mut terms = vocab.into_terms();
    terms.sort_unstable();
    terms
}

/// Term priors counted over `clusters` (their sources' and summaries' terms; in parallel, counted
/// in order, so the result does not depend on threads). Smoothing weight 10.
pub fn priors(clusters: &[&Cluster], min_clusters: u32, tick: &(dyn Fn() + Sync)) -> TermPriors {
    let sets: Vec<(Vec<String>, Vec<String>)> = clusters
        .par_iter()
        .map(|c| {
            let docs: Vec<&str> = c.documents.iter().map(String::as_str).collect();
            let pair = (term_set(&docs), term_set(&[c.summary.as_str()]));
            tick();
            pair
        })
        .collect();
    let mut counts = PriorCounts::default();
    for (sources, summary) in &sets {
        counts.add(sources, summary);
    }
    counts.priors(min_clusters, 10.0)
}

/// Builds the examples of `clusters` (in parallel, in order); `tick` is called once per cluster.
pub fn examples(
    engine: &Engine,
    clusters: &[&Cluster],
    budget: usize,
    lexicon: (Option<&TermPriors>, Option<&WordWeights>),
    tick: &(dyn Fn() + Sync),
) -> Vec<Example> {
    clusters
        .par_iter()
        .map(|c| {
            let e = example(engine, c, budget, lexicon);
            tick();
            e
        })
        .collect()
}

/// The example of one cluster.
pub fn example(
    engine: &Engine,
    cluster: &Cluster,
    budget: usize,
    (priors, wording): (Option<&TermPriors>, Option<&WordWeights>),
) -> Example {
    let docs = engine.prepare(articles(cluster));
    let (story, _) = engine.story(docs);
    let mut e = labelled(&story, cluster, budget);
    e.rows = features::extract(&story, priors, wording);
    e.cluster = learned::cluster_features(&story);
    e
}

/// The candidates of `story` with oracle labels and gains against `cluster`'s reference (no
/// feature rows).
fn labelled(story: &Story, cluster: &Cluster, budget: usize) -> Example {
    let mut tok = Tokenizer::new(RougeConfig::default());
    let mut reference = Vec::new();
    tok.push_tokens(&cluster.summary, &mut reference);
    let candidates: Vec<Vec<u32>> = story
        .candidates
        .iter()
        .map(|c| {
            let mut ids = Vec::new();
            tok.push_tokens(story.sentence_text(c.rep), &mut ids);
            ids
        })
        .collect();
    let words: Vec<usize> = (0..story.candidates.len())
        .map(|i| word_count(story, i))
        .collect();
    let mut scratch = Scratch::default();
    let chosen = greedy_oracle(&mut scratch, &candidates, &words, &reference, budget);
    let mut labels = vec![0.0; candidates.len()];
    for &i in &chosen {
        labels[i] = 1.0;
    }
    let (mut gains, mut recalls) = (Vec::new(), Vec::new());
    for c in &candidates {
        let (r1, r2) = (scratch.rouge1(c, &reference), scratch.rouge2(c, &reference));
        gains.push(f64::midpoint(r1.precision, r2.precision) as f32);
        recalls.push((r1.recall + r2.recall) as f32);
    }
    Example {
        rows: Vec::new(),
        labels,
        gains,
        oracle: chosen,
        recalls,
        tokens: candidates.iter().map(|c| c.len() as u32).collect(),
        cluster: Vec::new(),
        reference,
        candidates,
        words,
    }
}

/// The candidate sentences of `clusters` with their oracle labels (in parallel, in cluster order),
/// the data of the wording fit; `tick` is called once per cluster.
pub fn labelled_sentences(
    engine: &Engine,
    clusters: &[&Cluster],
    budget: usize,
    tick: &(dyn Fn() + Sync),
) -> Vec<(String, f32)> {
    let per: Vec<Vec<(String, f32)>> = clusters
        .par_iter()
        .map(|c| {
            let docs = engine.prepare(articles(c));
            let (story, _) = engine.story(docs);
            let e = labelled(&story, c, budget);
            tick();
            story
                .candidates
                .iter()
                .zip(e.labels)
                .map(|(cand, y)| (story.sentence_text(cand.rep).to_string(), y))
                .collect()
        })
        .collect();
    per.into_iter().flatten().collect()
}

/// ROUGE-1 F1 + ROUGE-2 F1 of token ids against a reference.
fn r12(scratch: &mut Scratch, ids: &[u32], reference: &[u32]) -> f64 {
    scratch.rouge1(ids, reference).f1 + scratch.rouge2(ids, reference).f1
}

/// Greedy oracle over candidates (see the module doc); indices in the order taken.
pub fn greedy_oracle(
    scratch: &mut Scratch,
    candidates: &[Vec<u32>],
    words: &[usize],
    reference: &[u32],
    budget: usize,
) -> Vec<usize> {
    let mut chosen = Vec::new();
    let mut summary: Vec<u32> = Vec::new();
    let mut used = 0;
    let mut best_score = 0.0;
    let mut trial = Vec::new();
    loop {
        let mut best: Option<(usize, f64)> = None;
        for (i, c) in candidates.iter().enumerate() {
            if chosen.contains(&i) || used + words[i] > budget || c.is_empty() {
                continue;
            }
            trial.clear();
            trial.extend_from_slice(&summary);
            trial.extend_from_slice(c);
            let s = r12(scratch, &trial, reference);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        match best {
            Some((i, s)) if s > best_score => {
                best_score = s;
                used += words[i];
                summary.extend_from_slice(&candidates[i]);
                chosen.push(i);
            }
            _ => return chosen,
        }
    }
}

/// Feature columns kept after dropping `drop` families.
fn kept_columns(drop: &[String]) -> Result<Vec<usize>, Error> {
    let mut dropped = Vec::new();
    for name in drop {
        let f = Family::from_name(name)
            .ok_or_else(|| Error::Config(format!("unknown feature family {name:?}")))?;
        dropped.push(f);
    }
    Ok((0..N_FEATURES)
        .filter(|&j| !dropped.contains(&FEATURES[j].1))
        .collect())
}

/// Fits a forust booster on column-major `data` and copies its trees.
fn boost(
    data: &[f64],
    (rows, cols): (usize, usize),
    y: &[f64],
    objective: ObjectiveType,
    config: &TrainConfig,
    trees: usize,
    depth: usize,
) -> Result<(f64, Vec<Vec<Node>>), Error> {
    let matrix = Matrix::new(data, rows, cols);
    let mut booster = GradientBooster::default()
        .set_objective_type(objective)
        .set_iterations(trees)
        .set_learning_rate(config.learning_rate)
        .set_max_depth(depth)
        .set_max_leaves(1 << depth)
        .set_min_leaf_weight(1.0)
        .set_seed(config.seed)
        .set_parallel(true);
    booster
        .fit_unweighted(&matrix, y, None)
        .map_err(|e| Error::Config(format!("learner failed: {e}")))?;
    let trees = booster.trees.iter().map(nodes).collect();
    Ok((booster.base_score, trees))
}

/// A forust tree in storyline's node format (node order kept, so children follow parents).
pub(crate) fn nodes(tree: &forust_ml::tree::Tree) -> Vec<Node> {
    (tree.nodes.iter())
        .map(|n| {
            if n.is_leaf {
                Node(-1, 0.0, 0, 0, 0, f64::from(n.weight_value))
            } else {
                Node(
                    n.split_feature as i32,
                    n.split_value,
                    n.left_child as u32,
                    n.right_child as u32,
                    n.missing_node as u32,
                    0.0,
                )
            }
        })
        .collect()
}

/// Trains the sentence scorer (and the length model) on `examples`, whose rows were extracted with
/// `priors` (stored in the model so run-time rows match).
pub fn fit(
    examples: &[Example],
    config: &TrainConfig,
    (priors, wording): (Option<&TermPriors>, Option<&WordWeights>),
    tick: &(dyn Fn(&str) + Sync),
) -> Result<ModelFile, Error> {
    let columns = kept_columns(&config.drop)?;
    let rows: usize = examples.iter().map(|e| e.labels.len()).sum();
    if rows == 0 {
        return Err(Error::Config("no training candidates".into()));
    }
    let cols = columns.len();
    // forust wants column-major f64.
    let mut data = vec![0.0f64; rows * cols];
    let mut y = Vec::with_capacity(rows);
    let mut r = 0;
    let pick: fn(&Example, usize) -> f32 = match config.label.as_str() {
        "oracle" => |e, i| e.labels[i],
        "gain" => |e, i| e.gains[i],
        "mix" => |e, i| 0.5 * (e.labels[i] + e.gains[i]),
        other => {
            return Err(Error::Config(format!(
                "unknown label {other:?} (oracle, gain, mix)"
            )));
        }
    };
    for e in examples {
        for i in 0..e.labels.len() {
            let label = pick(e, i);
            let row = &e.rows[i * N_FEATURES..(i + 1) * N_FEATURES];
            for (k, &c) in columns.iter().enumerate() {
                data[k * rows + r] = f64::from(row[c]);
            }
            y.push(f64::from(label));
            r += 1;
        }
    }
    tick("fitting the sentence scorer");
    let (base, trees) = boost(
        &data,
        (rows, cols),
        &y,
        ObjectiveType::LogLoss,
        config,
        config.trees,
        config.depth,
    )?;
    let mut model = ModelFile {
        format_version: learned::FORMAT_VERSION_NO_RANKER,
        name: config.name.clone(),
        training: Training {
            data: config.data.clone(),
            clusters: examples.len(),
            seed: config.seed,
            label: match config.label.as_str() {
                "gain" => {
                    "mean of ROUGE-1 and ROUGE-2 precision of the sentence against the reference"
                        .into()
                }
                "mix" => format!(
                    "mean of greedy-oracle membership (budget {}) and ROUGE-1/2 precision",
                    config.budget
                ),
                _ => format!(
                    "greedy ROUGE-1+2 F1 oracle membership over engine candidates, budget {}",
                    config.budget
                ),
            },
            learner: format!(
                "forust-ml 0.8 LogLoss: {} trees, depth {}, learning rate {}; dropped families: {:?}",
                config.trees, config.depth, config.learning_rate, config.drop
            ),
        },
        min_words: MIN_WORDS,
        max_words: MAX_WORDS,
        scorer: Ensemble {
            features: columns.iter().map(|&c| FEATURES[c].0.to_string()).collect(),
            base,
            trees,
        },
        length: None,
        priors: priors.cloned(),
        wording: wording.cloned(),
        ranker: None,
    };
    if config.length {
        tick("fitting the length model");
        model.length = Some(fit_length(examples, &model, config)?);
    }
    Ok(model)
}

/// Budgets tried for the length target.
fn budgets(config: &TrainConfig) -> Vec<usize> {
    let mut b: Vec<usize> = (config.min_budget..config.budget).step_by(10).collect();
    b.push(config.budget);
    b
}

/// The budget (among [`budgets`]) at which the scorer's selection scores best on one example.
fn best_budget(
    e: &Example,
    scorer: &Learned,
    config: &TrainConfig,
    scratch: &mut Scratch,
) -> usize {
    let margins = scorer.margins(&e.rows);
    let mut order: Vec<usize> = (0..margins.len())
        .filter(|&i| (MIN_WORDS..=MAX_WORDS).contains(&e.words[i]))
        .collect();
    order.sort_by(|&a, &b| margins[b].total_cmp(&margins[a]).then(a.cmp(&b)));
    let mut best = (config.budget, f64::MIN);
    for b in budgets(config) {
        // Skip-rule fill, as the engine does (redundancy is ignored here: merged duplicates are
        // already one candidate).
        let mut used = 0;
        let mut ids = Vec::new();
        for &i in &order {
            if used + e.words[i] <= b {
                used += e.words[i];
                ids.extend_from_slice(&e.candidates[i]);
            }
        }
        let s = r12(scratch, &ids, &e.reference);
        if s > best.1 + 1e-12 {
            best = (b, s);
        }
    }
    best.0
}

fn fit_length(
    examples: &[Example],
    model: &ModelFile,
    config: &TrainConfig,
) -> Result<LengthModel, Error> {
    let scorer = Learned::new(model.clone());
    let targets: Vec<f64> = examples
        .par_iter()
        .map_init(Scratch::default, |scratch, e| {
            best_budget(e, &scorer, config, scratch) as f64
        })
        .collect();
    let cols = learned::CLUSTER_FEATURES.len();
    let rows = examples.len();
    let mut data = vec![0.0f64; rows * cols];
    for (r, e) in examples.iter().enumerate() {
        for k in 0..cols {
            data[k * rows + r] = f64::from(e.cluster[k]);
        }
    }
    let (base, trees) = boost(
        &data,
        (rows, cols),
        &targets,
        ObjectiveType::SquaredLoss,
        config,
        60,
        3,
    )?;
    Ok(LengthModel {
        ensemble: Ensemble {
            features: learned::CLUSTER_FEATURES
                .iter()
                .map(|s| (*s).to_string())
                .collect(),
            base,
            trees,
        },
        min_words: config.min_budget,
    })
}

/// Mean ROUGE F1 (×100) of a system over clusters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Means {
    /// Clusters scored.
    pub n: usize,
    /// ROUGE-1 F1.
    pub r1: f64,
    /// ROUGE-2 F1.
    pub r2: f64,
    /// ROUGE-Lsum F1.
    pub rlsum: f64,
    /// Mean summary length in words.
    pub words: f64,
}

/// Stories of `clusters` built by `engine` (in parallel, in order), for repeated validation.
pub fn stories(engine: &Engine, clusters: &[Cluster], tick: &(dyn Fn() + Sync)) -> Vec<Story> {
    clusters
        .par_iter()
        .map(|c| {
            let docs = engine.prepare(articles(c));
            let (story, _) = engine.story(docs);
            tick();
            story
        })
        .collect()
}

/// Scores the summaries `scorer` picks for prepared `stories` against the references of
/// `clusters` (same order), with the engine's selection. A quick validation used while training;
/// the benchmark itself is `storyline eval`.
pub fn validate(
    stories: &[Story],
    clusters: &[Cluster],
    scorer: &dyn Scorer,
    select_config: &SelectConfig,
    adaptive_length: bool,
) -> Means {
    let rouge = Rouge::new(RougeConfig::default());
    let per: Vec<(Score, Score, Score, usize)> = stories
        .par_iter()
        .zip(clusters)
        .map(|(story, c)| {
            let scores = scorer.score(story);
            let mut config = select_config.clone();
            if adaptive_length {
                config.words = scorer.budget(story, config.words).min(config.words);
            }
            let chosen = select::select(story, &scores, &config);
            let text = chosen
                .iter()
                .map(|&i| {
                    story
                        .sentence_text(story.candidates[i].rep)
                        .replace('\n', " ")
                })
                .collect::<Vec<_>>()
                .join("\n");
            let reference = split_sentences(&c.summary).join("\n");
            let s = rouge.score(&text, &reference);
            (s.r1, s.r2, s.rlsum, text.split_whitespace().count())
        })
        .collect();
    let n = per.len().max(1) as f64;
    Means {
        n: per.len(),
        r1: 100.0 * per.iter().map(|p| p.0.f1).sum::<f64>() / n,
        r2: 100.0 * per.iter().map(|p| p.1.f1).sum::<f64>() / n,
        rlsum: 100.0 * per.iter().map(|p| p.2.f1).sum::<f64>() / n,
        words: per.iter().map(|p| p.3 as f64).sum::<f64>() / n,
    }
}

/// Counts calls, for progress reporting from parallel code.
#[derive(Debug, Default)]
pub struct Counter(AtomicUsize);

impl Counter {
    /// Adds one and returns the new count.
    pub fn inc(&self) -> usize {
        self.0.fetch_add(1, Ordering::Relaxed) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffle_is_a_seeded_permutation() {
        let a = shuffled(100, 1);
        let mut s = a.clone();
        s.sort_unstable();
        assert_eq!(s, (0..100).collect::<Vec<_>>());
        assert_eq!(a, shuffled(100, 1));
        assert_ne!(a, shuffled(100, 2));
    }

    #[test]
    fn oracle_takes_the_matching_sentence_and_respects_the_budget() {
        let mut scratch = Scratch::default();
        let cands = vec![vec![1, 2, 3], vec![4, 5, 6], vec![1, 2, 3, 7, 8]];
        let words = vec![3, 3, 5];
        let got = greedy_oracle(&mut scratch, &cands, &words, &[1, 2, 3], 4);
        assert_eq!(got, vec![0]);
        let got = greedy_oracle(&mut scratch, &cands, &words, &[4, 5, 6, 1, 2, 3], 10);
        assert_eq!(got.len(), 2);
    }
}
