//! The benchmark harness: run systems over clusters, score them, aggregate with bootstrap
//! confidence intervals.
//!
//! Per cluster, every system gets the same [`ClusterView`]; its sentences are cut to the budget
//! with the protocol's rule ([`BudgetRule`]), joined one sentence a line, and scored with
//! [`Rouge`] against the reference split one sentence a line by the dataset rule. The time of
//! each system's `summarize` call and of the ROUGE scoring are measured separately, per cluster,
//! on the thread that ran it.
//!
//! Aggregation: the mean F1 ×100 per system and metric, and a 95% percentile bootstrap interval
//! over clusters (resamples of cluster indices drawn with [`SplitMix64`] from a fixed seed; the
//! same resamples for every system, so intervals are comparable and runs are reproducible).
//!
//! The off-topic measurement compares the documents storyline leaves out of a story with the
//! Multi-News+ majority label (`noise_votes >= 3`).

use std::fmt::Write as _;
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use crate::dataset::{BudgetRule, Cluster, word_count};
use crate::rouge::{Rouge, RougeScores};
use crate::systems::storyline::Storyline;
use crate::systems::{ClusterView, SplitMix64, Summarizer, System};

/// One system's output on one cluster.
#[derive(Clone, Debug, Serialize)]
pub struct SystemOutput {
    /// The system.
    pub system: System,
    /// Summary sentences after the budget cut, in output order.
    pub sentences: Vec<String>,
    /// Whitespace words of the summary.
    pub words: usize,
    /// Sentences the system proposed beyond the budget (cut).
    pub cut: usize,
    /// ROUGE against the reference.
    pub scores: RougeScores,
    /// Milliseconds in the system's `summarize`.
    pub ms: f64,
    /// Milliseconds scoring ROUGE.
    pub rouge_ms: f64,
}

/// All systems on one cluster.
#[derive(Clone, Debug, Serialize)]
pub struct ClusterResult {
    /// Position in the dataset.
    pub index: usize,
    /// Cluster id.
    pub id: String,
    /// The reference, one sentence a line.
    pub reference: String,
    /// Sentences in the cluster under the dataset rule.
    pub source_sentences: usize,
    /// One entry per system, in the order given.
    pub outputs: Vec<SystemOutput>,
}

/// Runs `systems` on one cluster.
pub fn run_cluster(
    index: usize,
    cluster: &Cluster,
    systems: &[(System, Box<dyn Summarizer>)],
    rouge: &Rouge,
    budget: usize,
    rule: BudgetRule,
) -> ClusterResult {
    let view = ClusterView::new(index, cluster, budget);
    let reference = cluster.reference_lines();
    let outputs = systems
        .iter()
        .map(|(system, s)| {
            let t = Instant::now();
            let mut sentences = s.summarize(&view);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            let cut = rule.apply(&mut sentences, budget);
            let text = sentences.join("\n");
            let t = Instant::now();
            let scores = rouge.score(&text, &reference);
            let rouge_ms = t.elapsed().as_secs_f64() * 1e3;
            SystemOutput {
                system: *system,
                words: word_count(&text),
                sentences,
                cut,
                scores,
                ms,
                rouge_ms,
            }
        })
        .collect();
    ClusterResult {
        index,
        id: cluster.id.clone(),
        reference,
        source_sentences: view.sentences.len(),
        outputs,
    }
}

/// Runs every system on every cluster in parallel (on the current rayon pool); `progress` is
/// called once per finished cluster. Results are in cluster order.
pub fn evaluate(
    clusters: &[Cluster],
    systems: &[(System, Box<dyn Summarizer>)],
    rouge: &Rouge,
    budget: usize,
    rule: BudgetRule,
    progress: &(dyn Fn() + Sync),
) -> Vec<ClusterResult> {
    clusters
        .par_iter()
        .enumerate()
        .map(|(i, c)| {
            let r = run_cluster(i, c, systems, rouge, budget, rule);
            progress();
            r
        })
        .collect()
}

/// A mean with a 95% bootstrap interval (all ×100 for ROUGE).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Interval {
    /// Mean.
    pub mean: f64,
    /// 2.5th percentile of the bootstrap means.
    pub lo: f64,
    /// 97.5th percentile of the bootstrap means.
    pub hi: f64,
}

/// Bootstrap resamples of `n` indices, `count` times, from `seed` (the same for every metric).
pub fn resamples(n: usize, count: usize, seed: u64) -> Vec<Vec<u32>> {
    let mut rng = SplitMix64::new(seed);
    (0..count)
        .map(|_| (0..n).map(|_| rng.below(n) as u32).collect())
        .collect()
}

/// Mean of `values` with a percentile interval over `samples`.
pub fn interval(values: &[f64], samples: &[Vec<u32>]) -> Interval {
    if values.is_empty() {
        return Interval::default();
    }
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    if samples.is_empty() {
        return Interval {
            mean,
            lo: mean,
            hi: mean,
        };
    }
    let mut means: Vec<f64> = samples
        .iter()
        .map(|s| s.iter().map(|&i| values[i as usize]).sum::<f64>() / s.len() as f64)
        .collect();
    means.sort_by(f64::total_cmp);
    let b = means.len();
    let lo = ((b as f64) * 0.025).floor() as usize;
    let hi = (((b as f64) * 0.975).ceil() as usize).saturating_sub(1);
    Interval {
        mean,
        lo: means[lo.min(b - 1)],
        hi: means[hi.min(b - 1)],
    }
}

/// Aggregate of one system over the run.
#[derive(Clone, Debug, Serialize)]
pub struct SystemSummary {
    /// The system.
    pub system: System,
    /// Clusters scored.
    pub n: usize,
    /// ROUGE-1 F1 ×100.
    pub r1: Interval,
    /// ROUGE-2 F1 ×100.
    pub r2: Interval,
    /// ROUGE-L F1 ×100 (whole text).
    pub rl: Interval,
    /// ROUGE-Lsum F1 ×100.
    pub rlsum: Interval,
    /// Mean milliseconds per cluster in `summarize` (one thread).
    pub ms_per_cluster: f64,
    /// `1000 / ms_per_cluster`: clusters per second on one thread.
    pub clusters_per_s: f64,
    /// Mean milliseconds per cluster scoring ROUGE.
    pub rouge_ms_per_cluster: f64,
    /// Mean summary length in words.
    pub mean_words: f64,
    /// Clusters where the system proposed more than the budget (the surplus was cut).
    pub over_budget: usize,
}

/// Aggregates per system with `count` bootstrap resamples from `seed`.
pub fn aggregate(results: &[ClusterResult], count: usize, seed: u64) -> Vec<SystemSummary> {
    let Some(first) = results.first() else {
        return Vec::new();
    };
    let n = results.len();
    let samples = resamples(n, count, seed);
    (0..first.outputs.len())
        .map(|k| {
            let col = |f: &dyn Fn(&SystemOutput) -> f64| -> Vec<f64> {
                results.iter().map(|r| f(&r.outputs[k])).collect()
            };
            let mean = |v: Vec<f64>| v.iter().sum::<f64>() / n as f64;
            let ms = mean(col(&|o| o.ms));
            SystemSummary {
                system: first.outputs[k].system,
                n,
                r1: interval(&col(&|o| o.scores.r1.f1 * 100.0), &samples),
                r2: interval(&col(&|o| o.scores.r2.f1 * 100.0), &samples),
                rl: interval(&col(&|o| o.scores.rl.f1 * 100.0), &samples),
                rlsum: interval(&col(&|o| o.scores.rlsum.f1 * 100.0), &samples),
                ms_per_cluster: ms,
                clusters_per_s: if ms > 0.0 { 1e3 / ms } else { f64::INFINITY },
                rouge_ms_per_cluster: mean(col(&|o| o.rouge_ms)),
                mean_words: mean(col(&|o| o.words as f64)),
                over_budget: results.iter().filter(|r| r.outputs[k].cut > 0).count(),
            }
        })
        .collect()
}

/// The results table as Markdown.
pub fn table(summaries: &[SystemSummary]) -> String {
    let mut s = String::from(
        "| system | n | R1 | R2 | RLsum | ms/cluster | clusters/s | words |\n\
         |---|---|---|---|---|---|---|---|\n",
    );
    let ci = |i: Interval| format!("{:.2} [{:.2}, {:.2}]", i.mean, i.lo, i.hi);
    for x in summaries {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {:.2} | {:.0} | {:.0} |",
            x.system,
            x.n,
            ci(x.r1),
            ci(x.r2),
            ci(x.rlsum),
            x.ms_per_cluster,
            x.clusters_per_s,
            x.mean_words
        );
    }
    s
}

/// Off-topic detection measured against the Multi-News+ majority label.
#[derive(Clone, Debug, Default, Serialize)]
pub struct OffTopicReport {
    /// Clusters with noise votes.
    pub clusters: usize,
    /// Documents judged.
    pub documents: usize,
    /// Dropped and noise.
    pub true_positives: usize,
    /// Dropped but not noise.
    pub false_positives: usize,
    /// Noise but kept.
    pub false_negatives: usize,
    /// Kept and not noise.
    pub true_negatives: usize,
    /// TP / (TP + FP).
    pub precision: f64,
    /// TP / (TP + FN).
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
    /// Mean milliseconds per cluster (prepare + story).
    pub ms_per_cluster: f64,
}

/// Per-document decision of the off-topic measurement.
#[derive(Clone, Debug, Serialize)]
pub struct OffTopicCluster {
    /// Cluster id.
    pub id: String,
    /// Per document: noise votes.
    pub noise_votes: Vec<u32>,
    /// Per document: why storyline dropped it (`None` = kept).
    pub dropped: Vec<Option<String>>,
}

/// Compares storyline's dropped documents (off-topic or duplicate) with `noise_votes >= min_votes`
/// on clusters that have votes.
pub fn offtopic(
    clusters: &[Cluster],
    storyline: &Storyline,
    min_votes: u32,
    progress: &(dyn Fn() + Sync),
) -> (OffTopicReport, Vec<OffTopicCluster>) {
    let per: Vec<(OffTopicCluster, f64)> = clusters
        .par_iter()
        .filter_map(|c| {
            let votes = c.noise_votes.clone()?;
            let t = Instant::now();
            let dropped = storyline.dropped(c);
            let ms = t.elapsed().as_secs_f64() * 1e3;
            progress();
            Some((
                OffTopicCluster {
                    id: c.id.clone(),
                    noise_votes: votes,
                    dropped,
                },
                ms,
            ))
        })
        .collect();
    let mut r = OffTopicReport {
        clusters: per.len(),
        ..OffTopicReport::default()
    };
    for (c, _) in &per {
        for (v, d) in c.noise_votes.iter().zip(&c.dropped) {
            r.documents += 1;
            match (d.is_some(), *v >= min_votes) {
                (true, true) => r.true_positives += 1,
                (true, false) => r.false_positives += 1,
                (false, true) => r.false_negatives += 1,
                (false, false) => r.true_negatives += 1,
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    r.precision = ratio(r.true_positives, r.true_positives + r.false_positives);
    r.recall = ratio(r.true_positives, r.true_positives + r.false_negatives);
    r.f1 = crate::rouge::fmeasure(r.precision, r.recall);
    r.ms_per_cluster = per.iter().map(|(_, ms)| ms).sum::<f64>() / per.len().max(1) as f64;
    (r, per.into_iter().map(|(c, _)| c).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rouge::RougeConfig;
    use crate::systems::lead::Lead;

    #[test]
    fn bootstrap_is_deterministic_and_brackets_the_mean() {
        let values: Vec<f64> = (0..200).map(|i| f64::from(i % 17)).collect();
        let s = resamples(values.len(), 1000, 0);
        let a = interval(&values, &s);
        assert_eq!(a, interval(&values, &resamples(values.len(), 1000, 0)));
        assert!(a.lo < a.mean && a.mean < a.hi, "{a:?}");
        assert!(a.hi - a.lo < 2.0);
    }

    #[test]
    fn cluster_run_cuts_to_budget_and_scores() {
        let c = Cluster {
            id: "c".into(),
            documents: vec!["One two three. Four five six. Seven.".into()],
            summary: "One two three. Seven.".into(),
            ..Cluster::default()
        };
        let systems: Vec<(System, Box<dyn Summarizer>)> = vec![(System::Lead, Box::new(Lead))];
        let r = run_cluster(
            0,
            &c,
            &systems,
            &Rouge::new(RougeConfig::default()),
            6,
            BudgetRule::Stop,
        );
        let o = &r.outputs[0];
        assert_eq!(o.sentences, ["One two three.", "Four five six."]);
        assert_eq!(o.cut, 1);
        assert_eq!(r.reference, "One two three.\nSeven.");
        assert!((o.scores.r1.recall - 0.75).abs() < 1e-12);
        let agg = aggregate(&[r], 100, 0);
        assert_eq!(agg[0].over_budget, 1);
        assert!(table(&agg).contains("| lead | 1 |"));
    }
}
