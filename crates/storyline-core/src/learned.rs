//! The learned sentence scorer: gradient-boosted trees over [`crate::features`].
//!
//! How it decides: every candidate's feature row goes through an ensemble of regression trees
//! (trained by `storyline train` on Multi-News, see `docs/model.md`); the sum of the leaves plus a
//! base score is a log-odds that the sentence belongs to the greedy ROUGE oracle summary, and the
//! score handed to selection is its logistic (always positive, so selection may take any
//! candidate). A second, optional ensemble over story-level features ([`CLUSTER_FEATURES`])
//! predicts how many words the summary should have; the engine uses it when
//! `EngineConfig::adaptive_length` is set. A third, optional ensemble over the same rows, the
//! [`Ranker`] (trained with a ranking objective, see `storyline_eval::rank`), is blended into the
//! score: `(1 − w)·σ(scorer margin) + w·σ(ranker margin)`; a model without one scores exactly as
//! before.
//!
//! The model is plain JSON with a versioned header (format version, feature names, training data,
//! seed), evaluated here by a few lines of tree walking, so the core needs no learning library and
//! does no I/O: the default model is compiled in with `include_str!`, and the CLI may hand over
//! another one as a string. Feature columns are looked up by name when the model loads, so a model
//! trained on a subset of the features (the ablation) runs unchanged.

use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use crate::Error;
use crate::features;
use crate::model::Story;
use crate::prior::TermPriors;
use crate::score::Scorer;
use crate::wording::WordWeights;

/// Current model format version. Versions 1 (no term priors), 2 (no wording weights) and 3 (no
/// ranker) still load; newer versions are refused. A file with a [`Ranker`] is written as version
/// 4, so that builds which would silently ignore the ranker refuse it instead.
pub const FORMAT_VERSION: u32 = 4;

/// The format version of a model without a ranker (what a full `storyline train` writes).
pub const FORMAT_VERSION_NO_RANKER: u32 = 3;

/// The committed default model (`models/default.json` at the repository root).
pub const DEFAULT_MODEL: &str = include_str!("../../../models/default.json");

/// Story-level features of the length model, in the order [`cluster_features`] writes them.
pub const CLUSTER_FEATURES: &[&str] = &[
    "story_words",
    "docs",
    "candidates",
    "max_doc_words",
    "min_doc_words",
    "mean_centroid_cos",
    "mean_boilerplate",
    "mean_sentence_words",
];

/// Where and how a model was trained (the header of the file).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Training {
    /// Training data (file name and split).
    pub data: String,
    /// Clusters used.
    pub clusters: usize,
    /// Random seed.
    pub seed: u64,
    /// What the labels are.
    pub label: String,
    /// Learner and its settings, for the record.
    pub learner: String,
}

/// One tree node: `(feature, threshold, left, right, missing, value)`; `feature < 0` is a leaf
/// with `value`; otherwise go `left` when `x < threshold`, `right` when not, `missing` on NaN.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node(pub i32, pub f64, pub u32, pub u32, pub u32, pub f64);

/// A sum of regression trees over named feature columns.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ensemble {
    /// Names of the input columns, in the order node feature indices refer to them.
    pub features: Vec<String>,
    /// Added to the sum of the leaves.
    pub base: f64,
    /// The trees (node 0 is the root).
    pub trees: Vec<Vec<Node>>,
}

impl Ensemble {
    /// Sum of the trees on `row` (indexed like [`Ensemble::features`]).
    pub fn predict(&self, row: &[f32]) -> f64 {
        let mut sum = self.base;
        for tree in &self.trees {
            let mut i = 0usize;
            // Bounded walk: a malformed tree cannot loop forever.
            for _ in 0..=tree.len() {
                let Node(f, t, l, r, m, v) = tree[i];
                if f < 0 {
                    sum += v;
                    break;
                }
                let x = f64::from(row[f as usize]);
                i = if x.is_nan() {
                    m as usize
                } else if x < t {
                    l as usize
                } else {
                    r as usize
                };
            }
        }
        sum
    }

    fn check(&self, name: &str, known: &dyn Fn(&str) -> bool) -> Result<(), Error> {
        let bad = |message: String| Error::Model {
            name: name.to_string(),
            message,
        };
        if let Some(f) = self.features.iter().find(|f| !known(f)) {
            return Err(bad(format!("unknown feature {f:?}")));
        }
        for (k, tree) in self.trees.iter().enumerate() {
            if tree.is_empty() {
                return Err(bad(format!("tree {k} is empty")));
            }
            for node in tree {
                let Node(f, _, l, r, m, _) = *node;
                let n = tree.len() as u32;
                if f >= 0 && (f as usize >= self.features.len() || l >= n || r >= n || m >= n) {
                    return Err(bad(format!(
                        "tree {k} has a node pointing outside the tree"
                    )));
                }
            }
        }
        Ok(())
    }
}

/// An [`Ensemble`] laid out for fast evaluation: one flat array of 16-byte nodes for all trees,
/// `f32` thresholds, and the row's columns resolved at build time. Gives exactly the sums of
/// [`Ensemble::predict`] (each threshold is the smallest `f32` not below the `f64` one, so
/// `x < t` is decided the same for every `f32` input).
///
/// Most rows have no NaN in any column the trees read, and in trained trees every child comes
/// after its parent, so such a walk ends by itself: those rows take a walk with neither the NaN
/// test nor the step bound, over [`FlatTree`]s when every tree fits one. Other rows (or trees)
/// take the checked walk, which routes NaN to the missing child and bounds the steps as
/// [`Ensemble::predict`] does.
#[derive(Clone, Debug, Default)]
struct Compiled {
    /// The trees as [`PerfectTree`]s, when every tree is a perfect tree of [`PERFECT_DEPTH`]
    /// levels (as the committed model's are); else empty.
    perfect: Vec<PerfectTree>,
    /// The trees as [`FlatTree`]s, when every tree fits one and the walks end by themselves;
    /// else empty.
    flat: Vec<FlatTree>,
    nodes: Vec<FastNode>,
    /// Per node: the child for a NaN input (absolute index).
    missing: Vec<u32>,
    /// Per node: the leaf value (0 for a split).
    value: Vec<f64>,
    roots: Vec<u32>,
    base: f64,
    depth: usize,
    /// Row columns any split reads, sorted and unique.
    columns: Vec<u32>,
    /// Every child index is greater than its parent's, so walks end without a bound.
    forward: bool,
}

/// One node of [`Compiled`]: a split on `column` (into the full feature row), or a leaf when
/// `column` is [`LEAF`]. Children are absolute indices.
#[derive(Clone, Copy, Debug, Default)]
struct FastNode {
    column: u32,
    threshold: f32,
    left: u32,
    right: u32,
}

/// [`FastNode::column`] of a leaf.
const LEAF: u32 = u32::MAX;

/// Splits (and leaves) a [`FlatTree`] holds at most: a power of two, so that an index masked to
/// it is inside the array and the walk needs no bounds checks. Our trees are at most five
/// splits deep (31 splits, 32 leaves); this leaves room for a sixth level.
const FLAT: usize = 64;

/// Columns of the row copy the walks read: a power of two at least [`features::N_FEATURES`],
/// for the same reason, and every `u8`, so that a [`PerfectTree`]'s `u8` column indexes it
/// without a mask.
const FLAT_ROW: usize = 1 << u8::BITS;
const _: () = assert!(features::N_FEATURES <= FLAT_ROW && FLAT_ROW.is_power_of_two());

/// One tree of [`Compiled`] in fixed-size arrays, its splits and leaves numbered apart in node
/// order. A child with [`FLAT_LEAF`] set is a leaf (the low bits index `leaves`), else a split,
/// so a walk stops at the split above a leaf.
#[derive(Clone, Debug)]
struct FlatTree {
    splits: [FastNode; FLAT],
    leaves: [f64; FLAT],
    root: u32,
}

/// The bit of a [`FlatTree`] child that marks a leaf.
const FLAT_LEAF: u32 = 1 << 31;

impl FlatTree {
    /// `tree` (whose feature `k` is read from row column `columns[k]`, a threshold rounded as in
    /// [`Compiled::new`]), when it has at most [`FLAT`] splits and leaves and every row column it
    /// reads is below [`FLAT_ROW`].
    fn new(tree: &[Node], columns: &[usize]) -> Option<Self> {
        let (mut splits, mut leaves) = (0u32, 0u32);
        let index: Vec<u32> = (tree.iter())
            .map(|&Node(f, ..)| {
                let next = if f < 0 { &mut leaves } else { &mut splits };
                *next += 1;
                if f < 0 {
                    FLAT_LEAF | (*next - 1)
                } else {
                    *next - 1
                }
            })
            .collect();
        if splits as usize > FLAT || leaves as usize > FLAT {
            return None;
        }
        let mut flat = FlatTree {
            splits: [FastNode::default(); FLAT],
            leaves: [0.0; FLAT],
            root: index[0],
        };
        for (k, &Node(f, t, l, r, _, v)) in tree.iter().enumerate() {
            if f < 0 {
                flat.leaves[(index[k] & !FLAT_LEAF) as usize] = v;
                continue;
            }
            let column = columns[f as usize];
            if column >= FLAT_ROW {
                return None;
            }
            flat.splits[index[k] as usize] = FastNode {
                column: column as u32,
                threshold: threshold_f32(t),
                left: index[l as usize],
                right: index[r as usize],
            };
        }
        Some(flat)
    }

    /// The leaf value `x` reaches (no NaN in the columns read; children after parents).
    #[inline]
    fn leaf(&self, x: &[f32; FLAT_ROW]) -> f64 {
        let mut i = self.root;
        while i & FLAT_LEAF == 0 {
            let n = self.splits[i as usize & (FLAT - 1)];
            i = if x[n.column as usize & (FLAT_ROW - 1)] < n.threshold {
                n.left
            } else {
                n.right
            };
        }
        self.leaves[i as usize & (FLAT - 1)]
    }
}

/// Levels of splits of a [`PerfectTree`]: the depth the committed model was trained to.
const PERFECT_DEPTH: usize = 5;

/// Entries of each array of a [`PerfectTree`]: the heap indices `0..64` of a tree of
/// [`PERFECT_DEPTH`] levels (`1..64` are used), so that an index built from a root of 0 or 1 by
/// [`PERFECT_DEPTH`] doublings is inside them and needs neither a bounds check nor a mask.
const PERFECT_SLOTS: usize = 2 << PERFECT_DEPTH;

/// A tree of at most [`PERFECT_DEPTH`] levels of splits made perfect and laid out in heap order
/// from 1 (the children of split `i` are `2i` and `2i + 1`; the leaves are `32..64`): a leaf
/// above the last level becomes splits whose every leaf below holds its value, so whichever way
/// they go (NaN included) the walk ends on that value. Its walk is the same five steps for every
/// row, each an index computed from the comparison, with no leaf test and no child loads.
#[derive(Clone, Debug)]
struct PerfectTree {
    /// The splits at their heap index (`1..32`): threshold (rounded as in [`Compiled::new`])
    /// and row column.
    splits: [(f32, u8); PERFECT_SLOTS],
    /// The leaf values at their heap index (`32..64`).
    leaves: [f64; PERFECT_SLOTS],
    /// The heap index of the root, 1, as a `bool` (see [`PerfectTree::leaf`] for why it is
    /// neither a constant nor a `u8`).
    root: bool,
}

impl PerfectTree {
    /// `tree` (whose feature `k` is read from row column `columns[k]`) in heap order, when no
    /// split is [`PERFECT_DEPTH`] levels deep and every column it reads is below [`FLAT_ROW`].
    fn new(tree: &[Node], columns: &[usize]) -> Option<Self> {
        let mut p = PerfectTree {
            splits: [(0.0, 0); PERFECT_SLOTS],
            leaves: [0.0; PERFECT_SLOTS],
            root: true,
        };
        // (node in `tree`, heap index), level by level; the depth bounds the walk, so a tree
        // with a cycle is just too deep.
        let mut level = vec![(0u32, 1usize)];
        for depth in 0..=PERFECT_DEPTH {
            let mut next = Vec::with_capacity(level.len() * 2);
            for &(k, h) in &level {
                let Node(f, t, l, r, _, v) = *tree.get(k as usize)?;
                if depth == PERFECT_DEPTH {
                    if f >= 0 {
                        return None;
                    }
                    p.leaves[h] = v;
                    continue;
                }
                if f < 0 {
                    // A leaf above the last level: a split on column 0 (read but not needed)
                    // whose two sides both carry the leaf down.
                    next.extend([(k, 2 * h), (k, 2 * h + 1)]);
                    continue;
                }
                let column = *columns.get(usize::try_from(f).ok()?)?;
                p.splits[h] = (threshold_f32(t), u8::try_from(column).ok()?);
                next.extend([(l, 2 * h), (r, 2 * h + 1)]);
            }
            level = next;
        }
        Some(p)
    }

    /// The leaf value `x` reaches (no NaN in the columns read): left when `x < threshold`, as
    /// [`Ensemble::predict`] (for a number, not `x >= threshold`). The index stays in `1..32`
    /// over the splits and ends in `32..64`.
    ///
    /// The index starts from `root`, read from memory: started from the constant 1, LLVM knows
    /// which comparison set each bit of it and rebuilt the index from all of them at every level
    /// (about 60 instructions a tree). Read as a `u8`, the index was kept in a `u8` (the arrays
    /// had every `u8` index) and zero-extended at every level (41 instructions a tree); read as
    /// a `bool`, LLVM knows it is below 2, so each index is known to be below the arrays' 64
    /// without a mask (40 instructions a tree, `objdump`).
    #[inline]
    fn leaf(&self, x: &[f32; FLAT_ROW]) -> f64 {
        let mut i = u32::from(self.root);
        for _ in 0..PERFECT_DEPTH {
            let (threshold, column) = self.splits[i as usize];
            let right = x[usize::from(column)] >= threshold;
            i = 2 * i + u32::from(right);
        }
        self.leaves[i as usize]
    }
}

/// The smallest `f32` not below `t`: `x < t` is decided the same for every `f32` `x`.
fn threshold_f32(t: f64) -> f32 {
    let mut t32 = t as f32;
    if f64::from(t32) < t {
        t32 = t32.next_up();
    }
    t32
}

impl Compiled {
    /// Compiles `e`, whose feature `k` is read from column `columns[k]` of the row.
    fn new(e: &Ensemble, columns: &[usize]) -> Self {
        let mut c = Compiled {
            base: e.base,
            forward: true,
            ..Compiled::default()
        };
        for tree in &e.trees {
            let offset = c.nodes.len() as u32;
            c.roots.push(offset);
            c.depth = c.depth.max(tree.len());
            for (k, &Node(f, t, l, r, m, v)) in tree.iter().enumerate() {
                if f < 0 {
                    c.nodes.push(FastNode {
                        column: LEAF,
                        ..FastNode::default()
                    });
                    c.missing.push(0);
                } else {
                    let t32 = threshold_f32(t);
                    let column = columns[f as usize] as u32;
                    c.columns.push(column);
                    c.forward &= [l, r, m].iter().all(|&child| child as usize > k);
                    c.nodes.push(FastNode {
                        column,
                        threshold: t32,
                        left: offset + l,
                        right: offset + r,
                    });
                    c.missing.push(offset + m);
                }
                c.value.push(v);
            }
        }
        c.columns.sort_unstable();
        c.columns.dedup();
        c.perfect = (e.trees.iter())
            .map(|t| PerfectTree::new(t, columns))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        if c.forward {
            c.flat = (e.trees.iter())
                .map(|t| FlatTree::new(t, columns))
                .collect::<Option<Vec<_>>>()
                .unwrap_or_default();
        }
        c
    }

    /// Sum of the trees on a full feature `row`.
    #[cfg(test)]
    fn predict(&self, row: &[f32]) -> f64 {
        self.predict_in(row, &mut [0.0; FLAT_ROW])
    }

    /// [`Compiled::predict`] with `x` as the walks' row copy: the first `row.len()` columns are
    /// overwritten and no split reads a later one, so one array can serve every row of a story
    /// instead of a 1 KB array zeroed per row (callgrind: some 75 instructions a row).
    fn predict_in(&self, row: &[f32], x: &mut [f32; FLAT_ROW]) -> f64 {
        let perfect = !self.perfect.is_empty();
        // `columns` is sorted: its last is the highest column a split reads.
        if (!perfect && self.flat.len() != self.roots.len())
            || row.len() > FLAT_ROW
            || self
                .columns
                .last()
                .is_some_and(|&c| c as usize >= row.len())
        {
            return self.predict_checked(row);
        }
        // Every column a split reads is below `row.len()`, so whatever follows the copy is never
        // read. A NaN anywhere in the row (read by a split or not) sends it to the checked walk,
        // whose sum is the same: one test folded into the copy instead of a look-up per column.
        let mut nan = false;
        for (xi, &v) in x.iter_mut().zip(row) {
            *xi = v;
            nan |= v.is_nan();
        }
        if nan {
            return self.predict_checked(row);
        }
        // The leaves are added tree by tree, as in `Ensemble::predict`.
        let mut sum = self.base;
        if perfect {
            for tree in &self.perfect {
                sum += tree.leaf(x);
            }
        } else {
            for tree in &self.flat {
                sum += tree.leaf(x);
            }
        }
        sum
    }

    /// [`Compiled::predict`] for any row and any trees: NaN goes to the missing child, and the
    /// walk is bounded, as in [`Ensemble::predict`].
    fn predict_checked(&self, row: &[f32]) -> f64 {
        let mut sum = self.base;
        for &root in &self.roots {
            let mut i = root as usize;
            for _ in 0..=self.depth {
                let n = self.nodes[i];
                if n.column == LEAF {
                    sum += self.value[i];
                    break;
                }
                let x = row[n.column as usize];
                i = if x.is_nan() {
                    self.missing[i]
                } else if x < n.threshold {
                    n.left
                } else {
                    n.right
                } as usize;
            }
        }
        sum
    }
}

/// Length model: an ensemble over [`CLUSTER_FEATURES`] predicting the word budget, clipped.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LengthModel {
    /// The regression.
    pub ensemble: Ensemble,
    /// Smallest budget it may return.
    pub min_words: usize,
}

/// A second sentence ensemble blended into the scorer's probability (format version 4).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ranker {
    /// Blend weight `w` of the ranker's logistic, in `0..=1`.
    pub weight: f64,
    /// Learner, objective and settings, for the record.
    pub learner: String,
    /// The trees over named feature columns (a ranking margin, not a log-odds).
    pub ensemble: Ensemble,
}

/// A learned model file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ModelFile {
    /// Format version ([`FORMAT_VERSION`]).
    pub format_version: u32,
    /// Model name.
    pub name: String,
    /// Training provenance.
    pub training: Training,
    /// Candidates with fewer words are never chosen.
    pub min_words: usize,
    /// Candidates with more words are never chosen.
    pub max_words: usize,
    /// Sentence scorer (log-odds of oracle membership).
    pub scorer: Ensemble,
    /// Optional summary-length model.
    pub length: Option<LengthModel>,
    /// Term priors read by the [`features::Family::Prior`] columns (format version 2).
    #[serde(default)]
    pub priors: Option<TermPriors>,
    /// Word weights read by the [`features::Family::Wording`] column (format version 3).
    #[serde(default)]
    pub wording: Option<WordWeights>,
    /// Second ensemble blended into the score (format version 4); absent in older files and not
    /// written when there is none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ranker: Option<Ranker>,
}

impl ModelFile {
    /// Parses and checks a model from its JSON text.
    pub fn from_json(name: &str, json: &str) -> Result<Self, Error> {
        let bad = |message: String| Error::Model {
            name: name.to_string(),
            message,
        };
        let mut model: ModelFile = serde_json::from_str(json).map_err(|e| bad(e.to_string()))?;
        if !(1..=FORMAT_VERSION).contains(&model.format_version) {
            return Err(bad(format!(
                "format version {} (this build reads {FORMAT_VERSION})",
                model.format_version
            )));
        }
        model
            .scorer
            .check(name, &|f| features::column(f).is_some())?;
        if let Some(l) = &model.length {
            l.ensemble.check(name, &|f| CLUSTER_FEATURES.contains(&f))?;
        }
        if let Some(r) = &model.ranker {
            if model.format_version < 4 {
                return Err(bad("a ranker needs format version 4".into()));
            }
            if !(0.0..=1.0).contains(&r.weight) {
                return Err(bad(format!("ranker weight {} is not in 0..=1", r.weight)));
            }
            r.ensemble.check(name, &|f| features::column(f).is_some())?;
        }
        if model.priors.as_ref().is_some_and(|p| !p.is_valid()) {
            return Err(bad(
                "term priors must be sorted, unique and rates within 0..=1".into(),
            ));
        }
        if let Some(p) = &mut model.priors {
            p.prepare();
        }
        if model.wording.as_ref().is_some_and(|w| !w.is_valid()) {
            return Err(bad(
                "wording weights must be sorted, unique and finite".into()
            ));
        }

        Ok(model)
    }

    /// The model as pretty JSON (what `storyline train` writes).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string(self).unwrap_or_default();
        s.push('\n');
        s
    }
}

/// The learned scorer, ready to run: the model plus its columns resolved.
#[derive(Clone, Debug)]
pub struct Learned {
    model: Arc<ModelFile>,
    length_columns: Vec<usize>,
    compiled: Arc<Compiled>,
    /// The ranker's blend weight and trees, compiled like the scorer's.
    ranker: Option<(f64, Arc<Compiled>)>,
}

/// `e` compiled over the full feature row (its columns looked up by name).
fn compile(e: &Ensemble) -> Compiled {
    let columns: Vec<usize> = (e.features.iter())
        .filter_map(|f| features::column(f))
        .collect();
    Compiled::new(e, &columns)
}

/// The logistic of a margin.
fn logistic(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl Learned {
    /// A scorer from a model's JSON text.
    pub fn from_json(name: &str, json: &str) -> Result<Self, Error> {
        Ok(Self::new(ModelFile::from_json(name, json)?))
    }

    /// A scorer from a parsed model.
    pub fn new(model: ModelFile) -> Self {
        let compiled = Arc::new(compile(&model.scorer));
        let ranker = (model.ranker.as_ref()).map(|r| (r.weight, Arc::new(compile(&r.ensemble))));
        let length_columns = model.length.as_ref().map_or_else(Vec::new, |l| {
            l.ensemble
                .features
                .iter()
                .filter_map(|f| CLUSTER_FEATURES.iter().position(|c| c == f))
                .collect()
        });
        Self {
            model: Arc::new(model),
            length_columns,
            compiled,
            ranker,
        }
    }

    /// The compiled-in default model (parsed once per process).
    pub fn default_model() -> Result<Self, Error> {
        static DEFAULT: OnceLock<Result<Learned, String>> = OnceLock::new();
        DEFAULT
            .get_or_init(|| Learned::from_json("default", DEFAULT_MODEL).map_err(|e| e.to_string()))
            .clone()
            .map_err(|message| Error::Model {
                name: "default".into(),
                message,
            })
    }

    /// The model.
    pub fn model(&self) -> &ModelFile {
        &self.model
    }

    /// Log-odds of every candidate from precomputed feature rows ([`features::extract`]), from
    /// the scorer's trees alone (the ranker is not in them; see [`Learned::probabilities`]).
    pub fn margins(&self, rows: &[f32]) -> Vec<f64> {
        let x = &mut [0.0; FLAT_ROW];
        rows.chunks_exact(features::N_FEATURES)
            .map(|row| self.compiled.predict_in(row, x))
            .collect()
    }

    /// The score of every candidate from precomputed feature rows, before the word range and the
    /// floor of [`Scorer::score`]: the scorer's logistic, blended with the ranker's when the model
    /// has one.
    pub fn probabilities(&self, rows: &[f32]) -> Vec<f64> {
        let x = &mut [0.0; FLAT_ROW];
        rows.chunks_exact(features::N_FEATURES)
            .map(|row| self.probability(row, x))
            .collect()
    }

    /// [`Learned::probabilities`] of one row (`x`: the walks' row copy, [`Compiled::predict_in`]).
    fn probability(&self, row: &[f32], x: &mut [f32; FLAT_ROW]) -> f64 {
        let p = logistic(self.compiled.predict_in(row, x));
        match &self.ranker {
            None => p,
            Some((w, ranker)) => (1.0 - w) * p + w * logistic(ranker.predict_in(row, x)),
        }
    }
}

/// Story-level features for the length model (see [`CLUSTER_FEATURES`]).
pub fn cluster_features(story: &Story) -> Vec<f32> {
    let kept: Vec<usize> = (0..story.documents.len())
        .filter(|&d| story.kept[d])
        .collect();
    let words: Vec<usize> = kept
        .iter()
        .map(|&d| {
            (story.index.word_counts[d].iter())
                .map(|&c| c as usize)
                .sum()
        })
        .collect();
    let total: usize = words.iter().sum();
    let off = crate::offtopic::scores(&story.documents, &story.index);
    let n = kept.len().max(1) as f32;
    let sentences: usize = kept
        .iter()
        .map(|&d| story.documents[d].sentences.len())
        .sum();
    vec![
        total as f32,
        kept.len() as f32,
        story.candidates.len() as f32,
        words.iter().copied().max().unwrap_or(0) as f32,
        words.iter().copied().min().unwrap_or(0) as f32,
        kept.iter()
            .map(|&d| off[d].centroid.unwrap_or(1.0))
            .sum::<f32>()
            / n,
        kept.iter().map(|&d| off[d].boilerplate).sum::<f32>() / n,
        total as f32 / sentences.max(1) as f32,
    ]
}

impl Scorer for Learned {
    fn wording(&self) -> Option<&WordWeights> {
        self.model.wording.as_ref()
    }

    fn score(&self, story: &Story) -> Vec<f32> {
        self.score_wanted(story, &vec![true; story.candidates.len()])
    }

    /// Scores the wanted candidates the model's word range admits; every other candidate scores
    /// 0, which is also what an inadmissible one's margin would have been turned into, so its
    /// feature row and tree walk are skipped. The range is read from the index's word count,
    /// which is the `words` column of the row (both count `split_whitespace` words of the
    /// representative's text).
    fn score_wanted(&self, story: &Story, wanted: &[bool]) -> Vec<f32> {
        let m = &self.model;
        let need: Vec<bool> = (story.candidates.iter().zip(wanted))
            .map(|(c, &w)| {
                let words = story.index.word_count(c.rep);
                w && words >= m.min_words && words <= m.max_words
            })
            .collect();
        let rows = features::extract_for(story, m.priors.as_ref(), m.wording.as_ref(), &need);
        let x = &mut [0.0; FLAT_ROW];
        (rows.chunks_exact(features::N_FEATURES).zip(&need))
            .map(|(row, &need)| {
                if !need {
                    return 0.0;
                }
                // Kept strictly positive so selection may take the candidate.
                self.probability(row, x).max(1e-9) as f32
            })
            .collect()
    }

    fn budget(&self, story: &Story, max_words: usize) -> usize {
        let Some(length) = &self.model.length else {
            return max_words;
        };
        let all = cluster_features(story);
        let x: Vec<f32> = self.length_columns.iter().map(|&c| all[c]).collect();
        let words = length.ensemble.predict(&x).round().max(0.0) as usize;
        words.clamp(length.min_words.min(max_words), max_words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_model_loads_and_uses_known_features() {
        let m = Learned::default_model().expect("the committed model loads");
        let version = if m.model().ranker.is_some() {
            FORMAT_VERSION
        } else {
            FORMAT_VERSION_NO_RANKER
        };
        assert_eq!(m.model().format_version, version);
        assert!(!m.model().scorer.trees.is_empty());
        assert_eq!(m.compiled.roots.len(), m.model().scorer.trees.len());
        assert!(
            m.compiled.forward,
            "trained trees store children after parents"
        );
        let known = m.model().scorer.features.iter();
        assert!(known.clone().all(|f| features::column(f).is_some()));
    }

    #[test]
    fn bad_models_are_errors_not_panics() {
        assert!(Learned::from_json("x", "not json").is_err());
        let mut m = ModelFile {
            format_version: FORMAT_VERSION,
            ..ModelFile::default()
        };
        m.scorer.features = vec!["no_such_feature".into()];
        assert!(Learned::from_json("x", &m.to_json()).is_err());
        m.scorer.features = vec!["words".into()];
        m.scorer.trees = vec![vec![
            Node(0, 1.0, 1, 7, 1, 0.0),
            Node(-1, 0.0, 0, 0, 0, 1.0),
        ]];
        assert!(Learned::from_json("x", &m.to_json()).is_err());
        m.format_version = 99;
        assert!(Learned::from_json("x", &m.to_json()).is_err());
    }

    #[test]
    fn a_reused_row_copy_gives_the_margins_of_a_fresh_one() {
        let m = Learned::default_model().expect("the committed model loads");
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let (story, _) = engine.story(crate::vector::tests::fixture_documents());
        let rows = features::extract(
            &story,
            m.model().priors.as_ref(),
            m.model().wording.as_ref(),
        );
        assert!(rows.len() >= 10 * features::N_FEATURES);
        // Whatever the columns after a row hold (another row's values, NaN, huge numbers), the
        // walks never read them.
        for fill in [f32::NAN, f32::MAX, -1.0] {
            let x = &mut [fill; FLAT_ROW];
            for row in rows.chunks_exact(features::N_FEATURES) {
                let reused = m.compiled.predict_in(row, x);
                assert_eq!(reused.to_bits(), m.compiled.predict(row).to_bits());
                assert!(
                    x[features::N_FEATURES..]
                        .iter()
                        .all(|v| v.to_bits() == fill.to_bits())
                );
            }
        }
    }

    #[test]
    fn compiled_trees_give_the_same_margins_as_the_model() {
        let m = Learned::default_model().expect("the committed model loads");
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let articles = crate::Article::from_texts([
            "Lavrov met Kerry in Geneva on Sunday. The talks on Syria lasted six hours, officials said. \"We made progress,\" Kerry said.",
            "Kerry and Lavrov met in Geneva on Sunday. Both said the talks on Syria were useful. Sign up for our newsletter",
        ]);
        let story = engine.story(engine.prepare(articles)).0;
        assert!(story.candidates.len() >= 4);
        // The committed model's trees all take the perfect walk (and would fit the flat one).
        assert_eq!(m.compiled.perfect.len(), m.model().scorer.trees.len());
        assert_eq!(m.compiled.flat.len(), m.model().scorer.trees.len());
        let rows = features::extract(
            &story,
            m.model().priors.as_ref(),
            m.model().wording.as_ref(),
        );
        let columns: Vec<usize> = (m.model().scorer.features.iter())
            .filter_map(|f| features::column(f))
            .collect();
        let mut x = vec![0.0f32; columns.len()];
        for (row, fast) in rows
            .chunks_exact(features::N_FEATURES)
            .zip(m.margins(&rows))
        {
            for (xi, &c) in x.iter_mut().zip(&columns) {
                *xi = row[c];
            }
            assert_eq!(m.model().scorer.predict(&x).to_bits(), fast.to_bits());
        }
        // Thresholds that are not f32 values route the same way.
        let e = Ensemble {
            features: vec!["words".into()],
            base: 0.0,
            trees: vec![vec![
                Node(0, 0.1, 1, 2, 1, 0.0),
                Node(-1, 0.0, 0, 0, 0, -1.0),
                Node(-1, 0.0, 0, 0, 0, 1.0),
            ]],
        };
        let c = Compiled::new(&e, &[0]);
        assert!(c.forward);
        assert_eq!(c.flat.len(), 1);
        for x in [
            0.1f32,
            0.1f32.next_down(),
            0.1f32.next_up(),
            0.0,
            1.0,
            f32::NAN,
        ] {
            assert_eq!(
                c.predict(&[x]).to_bits(),
                e.predict(&[x]).to_bits(),
                "x = {x}"
            );
        }
    }

    #[test]
    fn scoring_only_wanted_candidates_changes_no_wanted_score() {
        let m = Learned::default_model().expect("the committed model loads");
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let articles = crate::Article::from_texts([
            "Lavrov met Kerry in Geneva on Sunday. The talks on Syria lasted six hours, officials said. \"We made progress,\" Kerry said. Talks ended.",
            "Kerry and Lavrov met in Geneva on Sunday. Both said the talks on Syria were useful. Sign up for our newsletter",
        ]);
        let story = engine.story(engine.prepare(articles)).0;
        let n = story.candidates.len();
        // Every row, scored as the model says: zero outside its word range.
        let rows = features::extract(
            &story,
            m.model().priors.as_ref(),
            m.model().wording.as_ref(),
        );
        let words = features::column("words").expect("words column");
        let full: Vec<f32> = (rows.chunks_exact(features::N_FEATURES))
            .zip(m.probabilities(&rows))
            .map(|(row, p)| {
                let w = row[words] as usize;
                if w < m.model().min_words || w > m.model().max_words {
                    0.0
                } else {
                    p.max(1e-9) as f32
                }
            })
            .collect();
        assert!(full.contains(&0.0), "a candidate outside the word range");
        assert_eq!(m.score(&story), full);
        let wanted: Vec<bool> = (0..n).map(|i| i % 2 == 0).collect();
        let some = m.score_wanted(&story, &wanted);
        for i in (0..n).filter(|&i| wanted[i]) {
            assert_eq!(some[i].to_bits(), full[i].to_bits(), "candidate {i}");
        }
    }

    #[test]
    fn a_ranker_is_blended_and_a_model_without_one_scores_as_before() {
        let m = Learned::default_model().expect("the committed model loads");
        let engine = crate::Engine::new(crate::EngineConfig::default()).expect("engine");
        let articles = crate::Article::from_texts([
            "Lavrov met Kerry in Geneva on Sunday. The talks on Syria lasted six hours, officials said. \"We made progress,\" Kerry said. Talks ended.",
            "Kerry and Lavrov met in Geneva on Sunday. Both said the talks on Syria were useful. Sign up for our newsletter",
        ]);
        let story = engine.story(engine.prepare(articles)).0;
        let mut plain = m.model().clone();
        plain.ranker = None;
        plain.format_version = FORMAT_VERSION_NO_RANKER;
        let mut ranker = m.model().ranker.clone().unwrap_or_else(|| Ranker {
            weight: 0.3,
            learner: "test".into(),
            ensemble: Ensemble {
                features: plain.scorer.features.clone(),
                base: 0.0,
                trees: plain.scorer.trees[..10].to_vec(),
            },
        });
        ranker.weight = 0.3;
        let blended = ModelFile {
            format_version: FORMAT_VERSION,
            ranker: Some(ranker.clone()),
            ..plain.clone()
        };
        let (plain, blended) = (Learned::new(plain), Learned::new(blended));
        // The ranker's trees take the same fast walk as the scorer's.
        let compiled = &blended.ranker.as_ref().expect("compiled ranker").1;
        assert_eq!(compiled.perfect.len(), ranker.ensemble.trees.len());
        let rows = features::extract(
            &story,
            m.model().priors.as_ref(),
            m.model().wording.as_ref(),
        );
        let columns: Vec<usize> = (ranker.ensemble.features.iter())
            .filter_map(|f| features::column(f))
            .collect();
        let (p, b) = (plain.score(&story), blended.score(&story));
        let mut differ = 0;
        for (i, row) in rows.chunks_exact(features::N_FEATURES).enumerate() {
            if p[i].to_bits() == 0 {
                assert_eq!(b[i].to_bits(), 0, "outside the word range in both");
                continue;
            }
            // Without a ranker: the scorer's logistic, as before the ranker existed.
            let z = plain.margins(row)[0];
            let before = (1.0 / (1.0 + (-z).exp())).max(1e-9) as f32;
            assert_eq!(p[i].to_bits(), before.to_bits());
            // With one: (1 − w)·σ(scorer) + w·σ(ranker), the ranker walked as the model says.
            let x: Vec<f32> = columns.iter().map(|&c| row[c]).collect();
            let r = ranker.ensemble.predict(&x);
            let want = (1.0 - 0.3) * logistic(z) + 0.3 * logistic(r);
            let want = want.max(1e-9) as f32;
            assert_eq!(b[i].to_bits(), want.to_bits(), "candidate {i}");
            differ += usize::from(b[i].to_bits() != p[i].to_bits());
        }
        assert!(differ > 0, "the ranker changes some score");
        // Weight 0 gives exactly the scores without a ranker.
        let mut zero = blended.model().clone();
        if let Some(r) = &mut zero.ranker {
            r.weight = 0.0;
        }
        assert_eq!(Learned::new(zero).score(&story), p);
        // A ranker in an older format version, or with a weight outside 0..=1, is refused.
        let mut old = blended.model().clone();
        old.format_version = FORMAT_VERSION_NO_RANKER;
        assert!(Learned::from_json("x", &old.to_json()).is_err());
        let mut heavy = blended.model().clone();
        if let Some(r) = &mut heavy.ranker {
            r.weight = 1.5;
        }
        assert!(Learned::from_json("x", &heavy.to_json()).is_err());
        assert!(Learned::from_json("x", &blended.model().to_json()).is_ok());
    }

    /// A tree of at most `depth` levels in the model's node order (each split followed by its
    /// left subtree, then its right), splits on columns `0..columns` with thresholds, leaves and
    /// early leaves drawn from `seed`.
    fn perfect_tree(depth: usize, columns: u32, seed: &mut u64) -> Vec<Node> {
        fn grow(t: &mut Vec<Node>, depth: usize, next: &mut dyn FnMut() -> u64, columns: u32) {
            let k = t.len();
            // Some leaves come early, as in the trained trees.
            if depth == 0 || next().is_multiple_of(7) {
                t.push(Node(-1, 0.0, 0, 0, 0, (next() % 1000) as f64 / 7.0 - 70.0));
                return;
            }
            let f = (next() % u64::from(columns)) as i32;
            let threshold = (next() % 40) as f64 / 4.0 + 0.1;
            t.push(Node(f, threshold, 0, 0, 0, 0.0));
            grow(t, depth - 1, next, columns);
            let r = t.len() as u32;
            grow(t, depth - 1, next, columns);
            // Missing goes right, as in trees trained with NaN sent that way.
            t[k] = Node(f, threshold, k as u32 + 1, r, r, 0.0);
        }
        let mut next = || {
            *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            *seed >> 33
        };
        let mut t = Vec::new();
        grow(&mut t, depth, &mut next, columns);
        t
    }

    #[test]
    fn perfect_trees_walk_as_the_model() {
        let mut seed = 7;
        let trees: Vec<Vec<Node>> = (0..12)
            .map(|_| perfect_tree(PERFECT_DEPTH, 3, &mut seed))
            .collect();
        let e = Ensemble {
            features: vec!["words".into(), "terms".into(), "numbers".into()],
            base: 0.125,
            trees,
        };
        let columns = [5, 0, 63];
        let c = Compiled::new(&e, &columns);
        assert_eq!(c.perfect.len(), 12);
        assert!(
            e.trees.iter().any(|t| t.len() < (2 << PERFECT_DEPTH) - 1),
            "some trees have early leaves"
        );
        let mut row = [0.0f32; 64];
        for k in 0..400u32 {
            let v = |j: u32| (((k * 7 + j * 13) % 45) as f32) / 4.0 + 0.1 * (j % 2) as f32;
            let x = [
                v(0),
                v(1),
                if k.is_multiple_of(50) { f32::NAN } else { v(2) },
            ];
            for (&col, &xi) in columns.iter().zip(&x) {
                row[col] = xi;
            }
            assert_eq!(c.predict(&row).to_bits(), e.predict(&x).to_bits(), "{x:?}");
        }
        // A tree one level too deep: the flat walk for all of them.
        let mut deep = e.clone();
        loop {
            deep.trees[3] = perfect_tree(PERFECT_DEPTH + 1, 3, &mut seed);
            if deep.trees[3].len() > (2 << PERFECT_DEPTH) {
                break;
            }
        }
        let c = Compiled::new(&deep, &columns);
        assert!(c.perfect.is_empty() && c.flat.len() == 12);
        for k in 0..50u32 {
            let x = [k as f32 / 4.0, (k % 11) as f32, (k % 7) as f32];
            for (&col, &xi) in columns.iter().zip(&x) {
                row[col] = xi;
            }
            assert_eq!(c.predict(&row).to_bits(), deep.predict(&x).to_bits());
        }
    }

    #[test]
    fn trees_too_big_for_the_flat_walk_take_the_checked_one() {
        // A chain of 70 splits: each goes left to a leaf, right to the next split.
        let mut tree = Vec::new();
        for k in 0..70u32 {
            tree.push(Node(0, f64::from(k), 2 * k + 1, 2 * k + 2, 2 * k + 1, 0.0));
            tree.push(Node(-1, 0.0, 0, 0, 0, f64::from(k)));
        }
        tree.push(Node(-1, 0.0, 0, 0, 0, 100.0));
        let e = Ensemble {
            features: vec!["words".into()],
            base: 0.5,
            trees: vec![tree],
        };
        let c = Compiled::new(&e, &[0]);
        assert!(c.forward && c.flat.is_empty());
        for x in [-1.0f32, 0.0, 3.5, 69.0, 70.0, f32::NAN] {
            assert_eq!(
                c.predict(&[x]).to_bits(),
                e.predict(&[x]).to_bits(),
                "x = {x}"
            );
        }
    }

    #[test]
    fn trees_route_left_below_threshold_and_missing_to_missing() {
        let e = Ensemble {
            features: vec!["words".into()],
            base: 0.5,
            trees: vec![vec![
                Node(0, 10.0, 1, 2, 3, 0.0),
                Node(-1, 0.0, 0, 0, 0, -1.0),
                Node(-1, 0.0, 0, 0, 0, 1.0),
                Node(-1, 0.0, 0, 0, 0, 7.0),
            ]],
        };
        assert!((e.predict(&[3.0]) + 0.5).abs() < 1e-12);
        assert!((e.predict(&[10.0]) - 1.5).abs() < 1e-12);
        assert!((e.predict(&[f32::NAN]) - 7.5).abs() < 1e-12);
    }

    #[test]
    fn compiled_trees_route_nan_and_backward_children_as_the_model() {
        // In the second tree a child comes before its parent: the checked walk.
        let backward = Ensemble {
            features: vec!["words".into(), "terms".into()],
            base: 0.25,
            trees: vec![
                vec![
                    Node(1, 2.0, 1, 2, 3, 0.0),
                    Node(-1, 0.0, 0, 0, 0, -1.0),
                    Node(-1, 0.0, 0, 0, 0, 1.0),
                    Node(-1, 0.0, 0, 0, 0, 7.0),
                ],
                vec![
                    Node(0, 10.0, 2, 1, 2, 0.0),
                    Node(-1, 0.0, 0, 0, 0, 0.5),
                    Node(1, 2.0, 1, 3, 3, 0.0),
                    Node(-1, 0.0, 0, 0, 0, 3.0),
                ],
            ],
        };
        let mut forward = backward.clone();
        forward.trees[1] = vec![
            Node(0, 10.0, 1, 2, 2, 0.0),
            Node(-1, 0.0, 0, 0, 0, 0.5),
            Node(-1, 0.0, 0, 0, 0, 3.0),
        ];
        for (e, is_forward) in [(&backward, false), (&forward, true)] {
            let c = Compiled::new(e, &[0, 1]);
            assert_eq!(c.forward, is_forward);
            for row in [[3.0, 1.0], [10.0, 2.0], [f32::NAN, 1.0], [11.0, f32::NAN]] {
                assert_eq!(
                    c.predict(&row).to_bits(),
                    e.predict(&row).to_bits(),
                    "{row:?}"
                );
            }
        }
    }
}
