//! A LambdaRank ensemble boosted on forust's tree learner (`storyline train --ranker-only`).
//!
//! Why it is ours: `forust-ml` 0.8 has only the LogLoss and SquaredLoss objectives, and ranking
//! one story's candidates against each other is a per-query objective. Its tree learner is public,
//! though (binning, [`Tree::fit`] with a splitter), so the boosting loop lives here: each round
//! computes LambdaRank gradients and hessians story by story, then hands them to forust to grow
//! one tree, as `GradientBooster::fit` does with its own objectives.
//!
//! The objective follows LightGBM's `lambdarank` (`src/objective/rank_objective.hpp`,
//! `LambdarankNDCG::GetGradientsForOneQuery`, LightGBM 4): one query per story; label `l` a
//! relevance level 0..4 of the candidate ([`RankLabel`]: by default the soft gain `G` quantised
//! to `min(4, floor(5·G))`); per query the candidates are
//! sorted by their current score (stable, best first); every pair with different labels whose
//! better-ranked member sits within the truncation level contributes, with
//! `|ΔNDCG| = (2^l_hi − 2^l_lo)·|1/log2(2 + r_hi) − 1/log2(2 + r_lo)| / maxDCG@truncation`,
//! divided by `0.01 + |s_hi − s_lo|` when `lambdarank_norm` is on and the query's scores are not
//! all equal; `ρ = 1/(1 + exp(σ·(s_hi − s_lo)))`; the higher-labelled candidate's gradient gets
//! `−σ·|ΔNDCG|·ρ`, the lower one's `+σ·|ΔNDCG|·ρ`, both hessians `σ²·|ΔNDCG|·ρ(1 − ρ)`; with
//! `lambdarank_norm` all of a query's gradients and hessians are then scaled by
//! `log2(1 + Σλ)/Σλ` (`Σλ` the sum of `2σ·|ΔNDCG|·ρ` over its pairs). LightGBM reads `ρ` from a
//! table of 2^20 sigmoid values; here it is computed, which differs in the sixth digit at most.
//! The initial score is 0 (LightGBM does not boost a ranker from an average).
//!
//! Reproducibility: gradients are computed per story in parallel but each story writes only its
//! own rows, and forust's tree growth does not depend on the thread count, so `--jobs 1` and
//! `--jobs 2` give the same trees.

use forust_ml::Matrix;
use forust_ml::binning::bin_matrix;
use forust_ml::constraints::ConstraintMap;
use forust_ml::gradientbooster::GrowPolicy;
use forust_ml::sampler::SampleMethod;
use forust_ml::splitter::MissingImputerSplitter;
use forust_ml::tree::Tree;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use storyline_core::features::{self, N_FEATURES};
use storyline_core::learned::{self, Ensemble, ModelFile, Ranker};

use crate::Error;
use crate::train::{Example, nodes};

/// What the ranker's relevance levels (0..4) are made of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RankLabel {
    /// The soft gain `G` (the mean of the sentence's own ROUGE-1 and ROUGE-2 precision against
    /// the reference, [`Example::gains`]), `min(4, floor(5·G))`: the twenty-fourth round's
    /// label. It rewards short lines that repeat the reference's words.
    #[default]
    Soft,
    /// Half greedy-oracle membership, half the soft gain (the scorer's `mix` target),
    /// `min(4, floor(5·(M + G)/2))`.
    Mix,
    /// The soft gain shrunk for short sentences: `G·n/(n + 10)`, `n` the sentence's ROUGE
    /// tokens, as if ten more tokens had been read that the reference does not repeat;
    /// `min(4, floor(5·G'))`. A five-token line keeps a third of its precision, a 40-token
    /// sentence four fifths.
    Shrunk,
    /// Graded greedy-oracle membership, no precision part: the oracle's first picks 4 down to
    /// 1 for its last ([`oracle_level`]), 0 for a sentence it did not take.
    Oracle,
    /// The sentence's ROUGE-1 + ROUGE-2 recall against the reference (how much of the reference
    /// it covers alone) relative to the story's best candidate, `min(4, floor(5·R/R_max))`: a
    /// short line covers little of the reference, whatever share of its own words it repeats.
    Recall,
}

impl RankLabel {
    /// Every label, in the order of [`RankLabel::name`]s documented on the command line.
    pub const ALL: [Self; 5] = [
        Self::Soft,
        Self::Mix,
        Self::Shrunk,
        Self::Oracle,
        Self::Recall,
    ];

    /// The label's name on the command line (`soft`, `oracle`, `recall`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Soft => "soft",
            Self::Mix => "mix",
            Self::Shrunk => "shrunk",
            Self::Oracle => "oracle",
            Self::Recall => "recall",
        }
    }

    /// The label called `name`, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.name() == name)
    }

    /// How the label is described in a model file's learner line.
    fn describe(self) -> &'static str {
        match self {
            Self::Soft => "labels min(4, floor(5 G))",
            Self::Mix => "labels min(4, floor(5 (M + G) / 2)), M oracle membership",
            Self::Shrunk => "labels min(4, floor(5 G n / (n + 10))), n the sentence's tokens",
            Self::Oracle => "labels graded oracle membership 4 (first picks) .. 1 (last), else 0",
            Self::Recall => {
                "labels min(4, floor(5 R / R_max)), R the ROUGE-1 + ROUGE-2 recall, per story"
            }
        }
    }

    /// The relevance levels of `example`'s candidates under this label.
    pub fn levels(self, example: &Example) -> Vec<u8> {
        match self {
            Self::Soft => example.gains.iter().map(|&g| level(g)).collect(),
            Self::Mix => (example.gains.iter().zip(&example.labels))
                .map(|(&g, &m)| level(0.5 * (m + g)))
                .collect(),
            Self::Shrunk => (example.gains.iter().zip(&example.tokens))
                .map(|(&g, &n)| level(g * n as f32 / (n as f32 + SHRINK_TOKENS)))
                .collect(),
            Self::Oracle => {
                let mut levels = vec![0; example.gains.len()];
                let taken = example.oracle.len();
                for (k, &i) in example.oracle.iter().enumerate() {
                    levels[i] = oracle_level(k, taken);
                }
                levels
            }
            Self::Recall => {
                let best = example.recalls.iter().copied().fold(0.0f32, f32::max);
                (example.recalls.iter())
                    .map(|&r| if best > 0.0 { level(r / best) } else { 0 })
                    .collect()
            }
        }
    }
}

/// Tokens the reference does not repeat added to a sentence's precision by [`RankLabel::Shrunk`].
const SHRINK_TOKENS: f32 = 10.0;

/// The level of the oracle's `k`-th pick (0 = first) of `taken`: `4 − floor(4k/taken)`, so the
/// first quarter of its picks are 4 and the last quarter 1 (a sole pick is 4, two are 4 and 2).
pub fn oracle_level(k: usize, taken: usize) -> u8 {
    let quarter = (4 * k / taken.max(1)).min(3);
    MAX_LABEL - quarter as u8
}

/// Settings of the ranker (LightGBM's names in parentheses).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankConfig {
    /// Boosting rounds (`num_iterations`). Default 150.
    pub trees: usize,
    /// Maximum tree depth (`max_depth`); leaves are at most `2^depth` (`num_leaves`). Default 5.
    pub depth: usize,
    /// Learning rate (`learning_rate`). Default 0.1.
    pub learning_rate: f32,
    /// Sigmoid steepness σ (`sigmoid`). Default 1.
    pub sigma: f64,
    /// Pairs count only when the better-ranked member is among the first this many
    /// (`lambdarank_truncation_level`). Default 30.
    pub truncation: usize,
    /// Distance-weighted pairs and per-query normalisation (`lambdarank_norm`). Default true.
    pub norm: bool,
    /// Smallest hessian sum of a leaf (forust's `min_leaf_weight`; LightGBM bounds leaves by
    /// `min_data_in_leaf` 20 instead, which forust does not have). Default 0.5.
    pub min_leaf_weight: f32,
    /// L2 penalty on leaf values (`lambda_l2`). Default 0.
    pub l2: f32,
    /// Number of bins per feature (`max_bin`). Default 256.
    pub bins: u16,
    /// Blend weight `w` of the ranker in the score. Default 0.3.
    pub weight: f64,
    /// What the relevance levels are made of. Default [`RankLabel::Soft`].
    pub label: RankLabel,
}

impl Default for RankConfig {
    fn default() -> Self {
        Self {
            trees: 150,
            depth: 5,
            learning_rate: 0.1,
            sigma: 1.0,
            truncation: 30,
            norm: true,
            min_leaf_weight: 0.5,
            l2: 0.0,
            bins: 256,
            weight: 0.3,
            label: RankLabel::Soft,
        }
    }
}

/// Highest relevance level.
const MAX_LABEL: u8 = 4;

/// The relevance level of a soft gain: `min(4, floor(5·G))` (negative gains are level 0).
pub fn level(gain: f32) -> u8 {
    (5.0 * gain).floor().clamp(0.0, f32::from(MAX_LABEL)) as u8
}

/// The gain of a level: `2^l − 1`.
fn label_gain(l: u8) -> f64 {
    f64::from((1u32 << l) - 1)
}

/// The discount of rank `r` (0 = first): `1/log2(2 + r)`.
fn discount(r: usize) -> f64 {
    1.0 / (2.0 + r as f64).log2()
}

/// The ideal DCG of `labels` over the first `k` ranks.
fn max_dcg(labels: &[u8], k: usize) -> f64 {
    let mut sorted = labels.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    (sorted.iter().take(k).enumerate())
        .map(|(r, &l)| label_gain(l) * discount(r))
        .sum()
}

/// The LambdaRank gradients and hessians of one query (see the module doc) into `grad` and
/// `hess` (overwritten; same length as `scores` and `labels`).
pub fn lambdas(
    scores: &[f64],
    labels: &[u8],
    config: &RankConfig,
    grad: &mut [f32],
    hess: &mut [f32],
) {
    let n = scores.len();
    grad.fill(0.0);
    hess.fill(0.0);
    if n < 2 {
        return;
    }
    let best_dcg = max_dcg(labels, config.truncation);
    if best_dcg <= 0.0 {
        return;
    }
    let inverse_max_dcg = 1.0 / best_dcg;
    let mut order: Vec<usize> = (0..n).collect();
    // Stable: equal scores keep input order, as LightGBM's `std::stable_sort`. Best first, so
    // the scores differ exactly when the first is above the last.
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let spread = scores[order[0]] > scores[order[n - 1]];
    let sigma = config.sigma;
    let (mut g, mut h) = (vec![0.0f64; n], vec![0.0f64; n]);
    let mut sum_lambdas = 0.0;
    for i in 0..(n - 1).min(config.truncation) {
        for j in i + 1..n {
            let (a, b) = (order[i], order[j]);
            if labels[a] == labels[b] {
                continue;
            }
            let (hi_rank, lo_rank) = if labels[a] > labels[b] {
                (i, j)
            } else {
                (j, i)
            };
            let (hi, lo) = (order[hi_rank], order[lo_rank]);
            let delta_score = scores[hi] - scores[lo];
            let mut delta_ndcg = (label_gain(labels[hi]) - label_gain(labels[lo]))
                * (discount(hi_rank) - discount(lo_rank)).abs()
                * inverse_max_dcg;
            if config.norm && spread {
                delta_ndcg /= 0.01 + delta_score.abs();
            }
            let rho = 1.0 / (1.0 + (sigma * delta_score).exp());
            let lambda = sigma * delta_ndcg * rho;
            let hessian = sigma * sigma * delta_ndcg * rho * (1.0 - rho);
            g[hi] -= lambda;
            g[lo] += lambda;
            h[hi] += hessian;
            h[lo] += hessian;
            sum_lambdas += 2.0 * lambda;
        }
    }
    let factor = if config.norm && sum_lambdas > 0.0 {
        (1.0 + sum_lambdas).log2() / sum_lambdas
    } else {
        1.0
    };
    for k in 0..n {
        grad[k] = (g[k] * factor) as f32;
        hess[k] = (h[k] * factor) as f32;
    }
}

/// Fits the ranker on `examples` over the feature columns named `columns` (the scorer's), with
/// `tick(round)` after each tree.
pub fn fit(
    examples: &[Example],
    columns: &[String],
    config: &RankConfig,
    tick: &(dyn Fn(usize) + Sync),
) -> Result<Ranker, Error> {
    if config.trees == 0 || config.depth == 0 {
        return Err(Error::Config("the ranker needs trees and depth".into()));
    }
    if !(0.0..=1.0).contains(&config.weight) {
        return Err(Error::Config(format!(
            "ranker weight {} is not in 0..=1",
            config.weight
        )));
    }
    let picked: Vec<usize> = (columns.iter())
        .map(|c| features::column(c).ok_or_else(|| Error::Config(format!("unknown feature {c:?}"))))
        .collect::<Result<_, _>>()?;
    let rows: usize = examples.iter().map(|e| e.gains.len()).sum();
    if rows == 0 {
        return Err(Error::Config("no training candidates".into()));
    }
    let cols = picked.len();
    // Column-major f64, as forust reads it; labels and query bounds alongside.
    let mut data = vec![0.0f64; rows * cols];
    let mut labels = Vec::with_capacity(rows);
    let mut bounds = Vec::with_capacity(examples.len());
    let mut r = 0;
    for e in examples {
        let start = r;
        for (i, l) in config.label.levels(e).into_iter().enumerate() {
            let row = &e.rows[i * N_FEATURES..(i + 1) * N_FEATURES];
            for (k, &c) in picked.iter().enumerate() {
                data[k * rows + r] = f64::from(row[c]);
            }
            labels.push(l);
            r += 1;
        }
        bounds.push((start, r));
    }
    let matrix = Matrix::new(&data, rows, cols);
    let weights = vec![1.0; rows];
    let binned = bin_matrix(&matrix, &weights, config.bins, f64::NAN, true)
        .map_err(|e| Error::Config(format!("binning failed: {e}")))?;
    let bdata = Matrix::new(&binned.binned_data, rows, cols);
    let splitter = MissingImputerSplitter::new(
        0.0,
        config.l2,
        0.0,
        0.0,
        config.min_leaf_weight,
        config.learning_rate,
        true,
        ConstraintMap::new(),
    );
    let col_index: Vec<usize> = (0..cols).collect();
    let mut scores = vec![0.0f64; rows];
    let (mut grad, mut hess) = (vec![0.0f32; rows], vec![0.0f32; rows]);
    let mut trees = Vec::with_capacity(config.trees);
    for round in 0..config.trees {
        let per: Vec<(Vec<f32>, Vec<f32>)> = (bounds.par_iter())
            .map(|&(a, b)| {
                let (mut g, mut h) = (vec![0.0; b - a], vec![0.0; b - a]);
                lambdas(&scores[a..b], &labels[a..b], config, &mut g, &mut h);
                (g, h)
            })
            .collect();
        for (&(a, b), (g, h)) in bounds.iter().zip(per) {
            grad[a..b].copy_from_slice(&g);
            hess[a..b].copy_from_slice(&h);
        }
        let mut tree = Tree::new();
        tree.fit(
            &bdata,
            bdata.index.clone(),
            &col_index,
            &binned.cuts,
            &grad,
            &hess,
            &splitter,
            1 << config.depth,
            config.depth,
            true,
            &SampleMethod::None,
            &GrowPolicy::DepthWise,
        );
        for (s, v) in scores
            .iter_mut()
            .zip(tree.predict(&matrix, true, &f64::NAN))
        {
            *s += v;
        }
        trees.push(nodes(&tree));
        tick(round + 1);
    }
    Ok(Ranker {
        weight: config.weight,
        learner: format!(
            "forust-ml 0.8 tree learner, LambdaRank (LightGBM's lambdarank: {}, \
             gain 2^l - 1, truncation {}, sigmoid {}, norm {}): {} trees, depth {}, learning rate {}, \
             min leaf hessian {}, l2 {}; {} clusters",
            config.label.describe(),
            config.truncation,
            config.sigma,
            config.norm,
            config.trees,
            config.depth,
            config.learning_rate,
            config.min_leaf_weight,
            config.l2,
            examples.len()
        ),
        ensemble: Ensemble {
            features: columns.to_vec(),
            base: 0.0,
            trees,
        },
    })
}

/// `base` with a ranker fitted on `examples` (rows extracted with `base`'s priors and wording
/// weights) over `base`'s scorer columns; everything else of `base` is kept as it is.
pub fn add_ranker(
    base: &ModelFile,
    examples: &[Example],
    config: &RankConfig,
    tick: &(dyn Fn(usize) + Sync),
) -> Result<ModelFile, Error> {
    let ranker = fit(examples, &base.scorer.features, config, tick)?;
    let mut model = base.clone();
    model.format_version = learned::FORMAT_VERSION;
    model.ranker = Some(ranker);
    Ok(model)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(scores: &[f64], labels: &[u8], config: &RankConfig) -> (Vec<f32>, Vec<f32>) {
        let (mut g, mut h) = (vec![9.0; scores.len()], vec![9.0; scores.len()]);
        lambdas(scores, labels, config, &mut g, &mut h);
        (g, h)
    }

    #[test]
    fn levels_quantise_the_gain() {
        assert_eq!(level(0.0), 0);
        assert_eq!(level(0.19), 0);
        assert_eq!(level(0.2), 1);
        assert_eq!(level(0.79), 3);
        assert_eq!(level(0.8), 4);
        assert_eq!(level(1.0), 4);
        assert_eq!(level(-0.1), 0);
    }

    #[test]
    fn oracle_levels_grade_the_picks_in_order() {
        let levels: Vec<u8> = (0..8).map(|k| oracle_level(k, 8)).collect();
        assert_eq!(levels, [4, 4, 3, 3, 2, 2, 1, 1]);
        assert_eq!(oracle_level(0, 1), 4);
        assert_eq!((oracle_level(0, 2), oracle_level(1, 2)), (4, 2));
        assert_eq!(oracle_level(9, 10), 1);
    }

    #[test]
    fn labels_make_levels_from_their_own_parts() {
        // Candidate 0: a short line the reference repeats (high precision, little recall);
        // 1: the oracle's first pick; 2: its second pick, covering most of the reference.
        let example = Example {
            labels: vec![0.0, 1.0, 1.0],
            gains: vec![0.9, 0.6, 0.3],
            oracle: vec![1, 2],
            recalls: vec![0.05, 0.3, 0.4],
            tokens: vec![5, 30, 40],
            ..Example::default()
        };
        assert_eq!(RankLabel::Soft.levels(&example), [4, 3, 1]);
        assert_eq!(RankLabel::Mix.levels(&example), [2, 4, 3]);
        // 0.9·5/15, 0.6·30/40, 0.3·40/50: the short line loses most.
        assert_eq!(RankLabel::Shrunk.levels(&example), [1, 2, 1]);
        assert_eq!(RankLabel::Oracle.levels(&example), [0, 4, 2]);
        assert_eq!(RankLabel::Recall.levels(&example), [0, 3, 4]);
        let nothing = Example {
            gains: vec![0.0; 2],
            recalls: vec![0.0; 2],
            ..Example::default()
        };
        assert_eq!(RankLabel::Recall.levels(&nothing), [0, 0]);
        assert_eq!(RankLabel::Oracle.levels(&nothing), [0, 0]);
        for l in RankLabel::ALL {
            assert_eq!(RankLabel::from_name(l.name()), Some(l));
        }
        assert_eq!(RankLabel::from_name("precision"), None);
    }

    #[test]
    fn two_candidates_by_hand() {
        // Equal scores: no distance weighting; labels 2 and 0, so the pair's |ΔNDCG| is
        // (3 − 0)·(1 − 1/log2 3) / 3, ρ = 1/2; normalised by log2(1 + Σλ)/Σλ.
        let config = RankConfig::default();
        let (g, h) = run(&[0.0, 0.0], &[0, 2], &config);
        let d = 3.0 * (1.0 - 1.0 / 3f64.log2()) / 3.0;
        let lambda = d * 0.5;
        let factor = (1.0 + 2.0 * lambda).log2() / (2.0 * lambda);
        assert!((f64::from(g[1]) + lambda * factor).abs() < 1e-6, "{g:?}");
        assert!((f64::from(g[0]) - lambda * factor).abs() < 1e-6, "{g:?}");
        assert!((f64::from(h[0]) - d * 0.25 * factor).abs() < 1e-6, "{h:?}");
        assert_eq!(h[0].to_bits(), h[1].to_bits());
        // The better candidate's gradient is negative (its score should rise) wherever it sits.
        let (g, _) = run(&[1.0, -1.0], &[0, 2], &config);
        assert!(g[1] < 0.0 && g[0] > 0.0);
        let (g, _) = run(&[-1.0, 1.0], &[0, 2], &config);
        assert!(g[1] < 0.0 && g[0] > 0.0);
        // Without norm the raw pair value: σ·|ΔNDCG|·ρ with ρ = 1/(1 + e^{σ(s_hi − s_lo)}).
        let raw = RankConfig {
            norm: false,
            ..RankConfig::default()
        };
        let (g, h) = run(&[-1.0, 1.0], &[0, 2], &raw);
        let rho = 1.0 / (1.0 + 2f64.exp());
        assert!((f64::from(g[0]) - d * rho).abs() < 1e-6);
        assert!((f64::from(h[1]) - d * rho * (1.0 - rho)).abs() < 1e-6);
        // A well-ordered pair (above) pushes less than a misordered one.
        let (misordered, _) = run(&[1.0, -1.0], &[0, 2], &raw);
        assert!(g[1].abs() < misordered[1].abs());
    }

    #[test]
    fn equal_labels_and_single_candidates_give_zero() {
        let config = RankConfig::default();
        let (g, h) = run(&[0.3, -0.2, 1.0], &[2, 2, 2], &config);
        assert!(g.iter().chain(&h).all(|&v| v == 0.0));
        let (g, h) = run(&[0.3], &[4], &config);
        assert_eq!((g[0], h[0]), (0.0, 0.0));
        // A zero-label pair next to a labelled one adds nothing between the two zeros.
        let (g, _) = run(&[0.0, 0.0, 0.0], &[0, 0, 3], &config);
        assert!(g[0] > 0.0 && g[1] > 0.0 && g[2] < 0.0);
        assert!((g[0] + g[1] + g[2]).abs() < 1e-6);
    }

    #[test]
    fn truncation_drops_pairs_below_the_level() {
        // Sorted by score: ranks 0..4. Level 2: only pairs whose better-ranked member is in the
        // first two count, so the pair at ranks 2 and 3 adds nothing.
        let config = RankConfig {
            truncation: 2,
            norm: false,
            ..RankConfig::default()
        };
        let scores = [4.0, 3.0, 2.0, 1.0];
        let (g, _) = run(&scores, &[1, 1, 0, 2], &config);
        let full = RankConfig {
            truncation: 30,
            ..config.clone()
        };
        let (g_full, _) = run(&scores, &[1, 1, 0, 2], &full);
        // Rank 2 (label 0) meets ranks 0 and 1 (both count) and rank 3 (does not count when
        // truncated): its push down is smaller under truncation, the max DCG aside.
        assert!(g[2] > 0.0);
        let dcg2 = max_dcg(&[1, 1, 0, 2], 2);
        let dcg30 = max_dcg(&[1, 1, 0, 2], 30);
        assert!(f64::from(g[2]) * dcg2 < f64::from(g_full[2]) * dcg30);
        // Truncation 1: only pairs with rank 0.
        let one = RankConfig {
            truncation: 1,
            ..config
        };
        let (g, h) = run(&scores, &[1, 1, 0, 2], &one);
        assert_eq!((g[1], h[1]), (0.0, 0.0));
        assert!(g[0] > 0.0 && g[3] < 0.0 && g[2] > 0.0);
    }

    #[test]
    fn gradients_sum_to_zero_per_query() {
        let config = RankConfig::default();
        let (g, h) = run(&[0.5, -0.1, 2.0, 0.0, 0.7], &[0, 3, 1, 4, 0], &config);
        assert!(g.iter().sum::<f32>().abs() < 1e-6);
        assert!(h.iter().all(|&v| v > 0.0));
    }
}
