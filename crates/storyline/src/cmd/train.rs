//! `storyline train`: learn the sentence scorer (and summary length) from Multi-News.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use storyline_core::learned::{Learned, ModelFile};
use storyline_core::prior::TermPriors;
use storyline_core::score::{Centrality, Scorer};
use storyline_core::select::{Overflow, SelectConfig};
use storyline_core::wording::WordWeights;
use storyline_core::{Engine, Story};
use storyline_eval::dataset::{Cluster, read_clusters};
use storyline_eval::rank::{self, RankConfig, RankLabel};
use storyline_eval::train::{self, Means, TrainConfig};

use super::{UsageError, progress_bar, thread_pool};

/// Arguments of `storyline train`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Training data (Multi-News JSONL, gzip or plain).
    #[arg(long)]
    pub data: PathBuf,
    /// Where to write the model (`.json` is added when the name has no extension).
    #[arg(long)]
    pub out: PathBuf,
    /// Train on at most this many clusters (a seeded sample); 0 = all.
    #[arg(long, default_value_t = 15_000)]
    pub limit: usize,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Seed of the sample and the learner.
    #[arg(long, default_value_t = 17)]
    pub seed: u64,
    /// Feature families to leave out, comma-separated (see docs/model.md); `none` keeps all.
    /// The default leaves out `cluster` (story size): it does not help on val and takes values
    /// far outside the training range on real, untruncated articles.
    #[arg(long, value_delimiter = ',', default_value = "cluster")]
    pub drop: Vec<String>,
    /// Boosting rounds.
    #[arg(long, default_value_t = 80)]
    pub trees: usize,
    /// Tree depth.
    #[arg(long, default_value_t = 5)]
    pub depth: usize,
    /// Learning rate.
    #[arg(long, default_value_t = 0.18)]
    pub learning_rate: f32,
    /// Training target: oracle (membership), gain (soft precision) or mix.
    #[arg(long, default_value = "mix")]
    pub label: String,
    /// Do not learn the summary length.
    #[arg(long)]
    pub no_length: bool,
    /// Clusters outside the sample whose oracle-labelled sentences fit the wording weights; 0 = a
    /// model without them
    #[arg(long, default_value_t = 30_000)]
    pub wording_clusters: usize,
    /// Validation data: after training, report ROUGE of centrality and the new model on it.
    #[arg(long)]
    pub val: Option<PathBuf>,
    /// Use at most this many validation clusters (the first ones); 0 = all.
    #[arg(long, default_value_t = 0)]
    pub val_limit: usize,
    /// Also train one model per dropped feature family and report each on the validation data.
    #[arg(long, requires = "val")]
    pub ablation: bool,
    /// Only add a LambdaRank ensemble (the ranker) to the model `--base` (replacing any it has),
    /// keeping its trees, priors and wording weights as they are; the examples are labelled by today's engine on the
    /// same seeded sample (see docs/model.md, "Twenty-fourth round").
    #[arg(long, requires = "base")]
    pub ranker_only: bool,
    /// The model a ranker is added to (`--ranker-only`); without `--ranker-only`, the model
    /// whose term priors and wording weights the new trees are trained with, instead of counting
    /// and fitting them again (see docs/model.md, "Twenty-ninth round").
    #[arg(long)]
    pub base: Option<PathBuf>,
    /// Boosting rounds of the ranker.
    #[arg(long, default_value_t = 150)]
    pub ranker_trees: usize,
    /// Blend weight of the ranker: score = (1 − w)·σ(scorer) + w·σ(ranker).
    #[arg(long, default_value_t = 0.3)]
    pub ranker_weight: f64,
    /// Learning rate of the ranker.
    #[arg(long, default_value_t = 0.1)]
    pub ranker_learning_rate: f32,
    /// Smallest hessian sum of a ranker leaf.
    #[arg(long, default_value_t = 0.5)]
    pub ranker_min_leaf_weight: f32,
    /// What the ranker's relevance levels are made of: soft (the sentence's ROUGE-1/2
    /// precision), mix (half oracle membership, half soft), shrunk (soft, discounted for short
    /// sentences), oracle (graded oracle membership) or recall (the sentence's ROUGE-1+2 recall
    /// against the story's best); see docs/model.md, "Twenty-fifth round". Several,
    /// comma-separated, label the examples once and write one model per label, `OUT-LABEL.json`.
    #[arg(long, value_delimiter = ',', default_value = "soft")]
    pub ranker_label: Vec<String>,
}

/// Runs `storyline train`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    if args.trees == 0 || args.depth == 0 {
        return Err(UsageError("--trees and --depth must be at least 1".into()).into());
    }
    let out = if args.out.extension().is_some() {
        args.out.clone()
    } else {
        args.out.with_extension("json")
    };
    let name = out
        .file_stem()
        .map_or_else(|| "model".into(), |s| s.to_string_lossy().into_owned());
    let config = TrainConfig {
        name,
        data: args
            .data
            .file_name()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
        limit: (args.limit > 0).then_some(args.limit),
        seed: args.seed,
        drop: args
            .drop
            .iter()
            .filter(|d| d.as_str() != "none")
            .cloned()
            .collect(),
        trees: args.trees,
        depth: args.depth,
        learning_rate: args.learning_rate,
        label: args.label.clone(),
        length: !args.no_length,
        wording_clusters: args.wording_clusters,
        ..TrainConfig::default()
    };
    let pool = thread_pool(args.jobs)?;
    if args.ranker_only {
        let labels = (args.ranker_label.iter())
            .map(|name| {
                RankLabel::from_name(name).ok_or_else(|| {
                    UsageError(format!(
                        "unknown --ranker-label {name:?} (soft, mix, shrunk, oracle, recall)"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let rank = RankConfig {
            trees: args.ranker_trees,
            weight: args.ranker_weight,
            learning_rate: args.ranker_learning_rate,
            min_leaf_weight: args.ranker_min_leaf_weight,
            ..RankConfig::default()
        };
        return pool.install(|| add_ranker(args, &config, &rank, &labels, &out));
    }
    pool.install(|| train_and_report(args, &config, &out))
}

/// The clusters of the training sample (the seeded shuffle, file order inside it) and the whole
/// seeded order with the sample's size, for the clusters outside it.
/// The clusters at `picked` (indices into `clusters`) in file order, so the row order does not
/// depend on the shuffle's ties.
fn in_file_order<'a>(clusters: &'a [Cluster], picked: &[usize]) -> Vec<&'a Cluster> {
    let mut picked = picked.to_vec();
    picked.sort_unstable();
    picked.iter().map(|&i| &clusters[i]).collect()
}

fn sample(loaded: &[Cluster], config: &TrainConfig) -> (Vec<usize>, usize) {
    let order = train::shuffled(loaded.len(), config.seed);
    let take = config.limit.unwrap_or(order.len()).min(order.len());
    (order, take)
}

/// Where the model of `label` goes: `out` itself for a single label, else `out` with `-LABEL`
/// before its extension.
fn labelled_path(out: &Path, label: RankLabel, several: bool) -> PathBuf {
    if !several {
        return out.to_path_buf();
    }
    let stem = out
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let ext = out
        .extension()
        .map_or_else(String::new, |e| e.to_string_lossy().into_owned());
    out.with_file_name(format!("{stem}-{}.{ext}", label.name()))
}

/// The model file at `path` (a `--base`).
fn read_model(path: &Path) -> anyhow::Result<ModelFile> {
    let json =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(ModelFile::from_json(&path.display().to_string(), &json)?)
}

/// `storyline train --ranker-only`: the base model plus a ranker, one model per label.
fn add_ranker(
    args: &Args,
    config: &TrainConfig,
    rank: &RankConfig,
    labels: &[RankLabel],
    out: &Path,
) -> anyhow::Result<()> {
    let started = Instant::now();
    let base_path = args.base.as_ref().context("--ranker-only needs --base")?;
    let base = read_model(base_path)?;
    if base.ranker.is_some() {
        eprintln!("{} has a ranker: it is replaced", base_path.display());
    }
    let loaded = read_clusters(&args.data, None)
        .with_context(|| format!("reading {}", args.data.display()))?;
    let (order, take) = sample(&loaded.clusters, config);
    let clusters = in_file_order(&loaded.clusters, &order[..take]);
    eprintln!(
        "read {} clusters, adding a ranker trained on {} to {}",
        loaded.clusters.len(),
        clusters.len(),
        base_path.display()
    );
    let engine = Engine::new(train::engine_config(config.budget))?;
    let bar = progress_bar(clusters.len() as u64, "labelling (engine + gains)", true);
    let lexicon = (base.priors.as_ref(), base.wording.as_ref());
    let examples = train::examples(&engine, &clusters, config.budget, lexicon, &|| bar.inc(1));
    bar.finish_and_clear();
    let labelled = started.elapsed().as_secs_f64();
    let candidates: usize = examples.iter().map(|e| e.gains.len()).sum();
    eprintln!("labelled {candidates} candidates in {labelled:.1}s");
    for &label in labels {
        let fitting = Instant::now();
        let bar = progress_bar(rank.trees as u64, "boosting the ranker", true);
        let config = RankConfig {
            label,
            ..rank.clone()
        };
        let model = rank::add_ranker(&base, &examples, &config, &|_| bar.inc(1))?;
        bar.finish_and_clear();
        let json = model.to_json();
        let path = labelled_path(out, label, labels.len() > 1);
        std::fs::write(&path, &json).with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "wrote {} (label {}, {} bytes) in {:.1}s",
            path.display(),
            label.name(),
            json.len(),
            fitting.elapsed().as_secs_f64()
        );
    }
    let total = started.elapsed().as_secs_f64();
    eprintln!("{total:.1}s total (labelling {labelled:.1}s)");
    Ok(())
}

fn train_and_report(args: &Args, config: &TrainConfig, out: &Path) -> anyhow::Result<()> {
    let started = Instant::now();
    let loaded = read_clusters(&args.data, None)
        .with_context(|| format!("reading {}", args.data.display()))?;
    let (order, take) = sample(&loaded.clusters, config);
    let clusters = in_file_order(&loaded.clusters, &order[..take]);
    eprintln!(
        "read {} clusters, training on {}",
        loaded.clusters.len(),
        clusters.len()
    );

    // Term priors and wording weights come from clusters after the sample in the seeded order:
    // never the ones whose sentences the trees learn from.
    let outside = |n: usize| -> Vec<&Cluster> {
        order[take..(take + n).min(order.len())]
            .iter()
            .map(|&i| &loaded.clusters[i])
            .collect()
    };
    let kept = match &args.base {
        Some(path) => Some(read_model(path)?),
        None => None,
    };
    let prior_clusters = outside(config.prior_clusters);
    let priors = if let Some(base) = &kept {
        eprintln!(
            "term priors and wording weights kept from {}",
            args.base
                .as_ref()
                .map_or_else(String::new, |p| p.display().to_string())
        );
        base.priors.clone()
    } else if prior_clusters.is_empty() {
        eprintln!("no clusters left outside the sample: training without term priors");
        None
    } else {
        let bar = progress_bar(prior_clusters.len() as u64, "counting term priors", true);
        let p = train::priors(&prior_clusters, config.prior_min_clusters, &|| bar.inc(1));
        bar.finish_and_clear();
        eprintln!(
            "term priors: {} terms from {} clusters (unknown-term rate {:.3})",
            p.terms.len(),
            prior_clusters.len(),
            p.unknown
        );
        Some(p)
    };

    let engine = Engine::new(train::engine_config(config.budget))?;
    let word_clusters = outside(config.wording_clusters);
    let wording = if let Some(base) = &kept {
        base.wording.clone()
    } else if word_clusters.is_empty() {
        eprintln!("no clusters left outside the sample: training without wording weights");
        None
    } else {
        let bar = progress_bar(
            word_clusters.len() as u64,
            "labelling sentences for the wording weights",
            true,
        );
        let sentences =
            train::labelled_sentences(&engine, &word_clusters, config.budget, &|| bar.inc(1));
        bar.finish_and_clear();
        let spinner = progress_bar(0, "fitting the wording weights", true);
        spinner.enable_steady_tick(std::time::Duration::from_millis(200));
        let w = storyline_eval::wording::fit(&sentences, &config.wording)?;
        spinner.finish_and_clear();
        eprintln!(
            "wording weights: {} words from {} sentences of {} clusters",
            w.words.len(),
            sentences.len(),
            word_clusters.len()
        );
        Some(w)
    };
    let lexicon = (priors.as_ref(), wording.as_ref());

    let bar = progress_bar(
        clusters.len() as u64,
        "labelling (engine + greedy oracle)",
        true,
    );
    let tick = || bar.inc(1);
    let examples = train::examples(&engine, &clusters, config.budget, lexicon, &tick);
    bar.finish_and_clear();
    let labelled = started.elapsed().as_secs_f64();
    let candidates: usize = examples.iter().map(|e| e.labels.len()).sum();
    eprintln!("labelled {candidates} candidates in {labelled:.1}s");

    let spinner = progress_bar(0, "fitting", true);
    spinner.enable_steady_tick(std::time::Duration::from_millis(200));
    let model = train::fit(&examples, config, lexicon, &|stage| {
        spinner.set_message(stage.to_string());
    })?;
    spinner.finish_and_clear();
    let json = model.to_json();
    if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(out, &json).with_context(|| format!("writing {}", out.display()))?;
    let total = started.elapsed().as_secs_f64();
    eprintln!(
        "wrote {} ({} bytes, {} trees) in {total:.1}s total (labelling {labelled:.1}s, fitting {:.1}s)",
        out.display(),
        json.len(),
        model.scorer.trees.len(),
        total - labelled
    );

    let Some(val) = &args.val else { return Ok(()) };
    let limit = (args.val_limit > 0).then_some(args.val_limit);
    let val = read_clusters(val, limit)
        .with_context(|| format!("reading {}", val.display()))?
        .clusters;
    let bar = progress_bar(val.len() as u64, "preparing validation stories", true);
    let stories = train::stories(&engine, &val, &|| bar.inc(1));
    bar.finish_and_clear();
    let learned = Learned::new(model);
    let mut rows: Vec<(String, Means)> = Vec::new();
    // Scorer cost alone: features + trees (or LexRank) over the prepared stories, one thread.
    for (name, scorer) in [
        ("centrality", &Centrality::default() as &dyn Scorer),
        ("learned", &learned),
    ] {
        let t = Instant::now();
        let n: usize = stories.iter().map(|s| scorer.score(s).len()).sum();
        let us = t.elapsed().as_secs_f64() * 1e6 / stories.len().max(1) as f64;
        eprintln!("{name} scorer: {us:.1} µs/cluster on one thread ({n} candidates)");
    }
    for overflow in [Overflow::Skip, Overflow::Stop] {
        let select = SelectConfig {
            words: config.budget,
            overflow,
            ..SelectConfig::default()
        };
        let tag = format!("{overflow:?}").to_lowercase();
        rows.push((
            format!("centrality ({tag})"),
            train::validate(&stories, &val, &Centrality::default(), &select, false),
        ));
        rows.push((
            format!("learned ({tag})"),
            train::validate(&stories, &val, &learned, &select, false),
        ));
        if learned.model().length.is_some() {
            rows.push((
                format!("learned + length ({tag})"),
                train::validate(&stories, &val, &learned, &select, true),
            ));
        }
    }
    if args.ablation {
        ablation(&examples, config, lexicon, &stories, &val, &mut rows)?;
    }
    println!("| system | n | R1 | R2 | RLsum | words |\n|---|---|---|---|---|---|");
    for (name, m) in &rows {
        println!(
            "| {name} | {} | {:.2} | {:.2} | {:.2} | {:.0} |",
            m.n, m.r1, m.r2, m.rlsum, m.words
        );
    }
    Ok(())
}

fn ablation(
    examples: &[train::Example],
    config: &TrainConfig,
    lexicon: (Option<&TermPriors>, Option<&WordWeights>),
    stories: &[Story],
    val: &[Cluster],
    rows: &mut Vec<(String, Means)>,
) -> anyhow::Result<()> {
    let select = SelectConfig {
        words: config.budget,
        overflow: Overflow::Skip,
        ..SelectConfig::default()
    };
    let families = storyline_core::features::Family::ALL;
    let bar = progress_bar(families.len() as u64, "ablation", true);
    for family in families {
        let mut c = config.clone();
        c.drop = vec![family.name().to_string()];
        c.length = false;
        let model = train::fit(examples, &c, lexicon, &|_| {})?;
        let m = train::validate(stories, val, &Learned::new(model), &select, false);
        rows.push((format!("learned without {} (skip)", family.name()), m));
        bar.inc(1);
    }
    bar.finish_and_clear();
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use storyline_eval::rank::RankLabel;

    #[test]
    fn several_labels_write_one_model_each() {
        let out = Path::new("/tmp/models/r.json");
        assert_eq!(super::labelled_path(out, RankLabel::Soft, false), out);
        assert_eq!(
            super::labelled_path(out, RankLabel::Oracle, true),
            Path::new("/tmp/models/r-oracle.json")
        );
    }
}
