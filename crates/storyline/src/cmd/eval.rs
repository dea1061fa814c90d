//! `storyline eval`: score storyline and baselines on a summarisation dataset (Multi-News
//! protocol: whole sentences, word budget, ROUGE-1/2/Lsum F1 with stemming, bootstrap CIs), or
//! measure the off-topic stage against the Multi-News+ noise votes (`--task offtopic`).

use std::fmt::Write as _;
use std::io::{BufWriter, IsTerminal, Write as _};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use storyline_eval::dataset::{BudgetRule, read_clusters};
use storyline_eval::harness::{self, SystemSummary};
use storyline_eval::rouge::{Rouge, RougeConfig};
use storyline_eval::systems::{self, Summarizer, System, SystemsConfig};

use super::{UsageError, print_out};

/// What `storyline eval` measures.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Task {
    /// Summaries: ROUGE per system.
    Summary,
    /// Off-topic documents: storyline's dropped documents vs noise votes.
    Offtopic,
}

/// `--budget-rule` values.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleArg {
    /// Stop at the first sentence that would exceed the budget.
    Stop,
    /// Pass over sentences that do not fit.
    Skip,
}

impl From<RuleArg> for BudgetRule {
    fn from(r: RuleArg) -> Self {
        match r {
            RuleArg::Stop => BudgetRule::Stop,
            RuleArg::Skip => BudgetRule::Skip,
        }
    }
}

/// Arguments of `storyline eval`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Dataset: JSONL (plain or .gz), our form (`documents` array) or Hugging Face Multi-News
    /// (`document` joined by `|||||`, `summary`).
    #[arg(long)]
    pub data: PathBuf,
    /// Systems to compare, comma-separated: storyline, lead, lexrank, lexrank-continuous,
    /// textrank, random, oracle.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "storyline,lead,lexrank,textrank,random,oracle"
    )]
    pub systems: Vec<String>,
    /// What to measure.
    #[arg(long, value_enum, default_value_t = Task::Summary)]
    pub task: Task,
    /// Use only the first N clusters.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Word budget of a summary (whitespace words).
    #[arg(long, default_value_t = 232)]
    pub budget: usize,
    /// How summaries are cut to the budget: `stop` at the first sentence that does not fit (the
    /// protocol), or `skip` it and keep filling.
    #[arg(long, value_enum, default_value_t = RuleArg::Stop)]
    pub budget_rule: RuleArg,
    /// Seed of the random baseline and of the bootstrap.
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Bootstrap resamples for the confidence intervals.
    #[arg(long, default_value_t = 1000)]
    pub resamples: usize,
    /// Noise votes at or above which a document counts as noise (`--task offtopic`).
    #[arg(long, default_value_t = 3)]
    pub min_votes: u32,
    /// A learned model file (JSON from `storyline train`) for the storyline system instead of the
    /// built-in one (compare a retrained model with the default in the same run).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Write the aggregate results as JSON here.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Write one JSON line per cluster (every system's sentences and scores) here.
    #[arg(long)]
    pub per_cluster: Option<PathBuf>,
}

#[derive(Serialize)]
struct Results<'a> {
    command: String,
    dataset: String,
    task: Task,
    clusters: usize,
    skipped_lines: usize,
    budget: usize,
    budget_rule: BudgetRule,
    jobs: usize,
    seed: u64,
    resamples: usize,
    load_seconds: f64,
    wall_seconds: f64,
    rouge: &'static str,
    systems: &'a [SystemSummary],
}

fn progress(len: usize) -> ProgressBar {
    let bar = if std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} clusters ({per_sec}, eta {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

fn write_jsonl<T: Serialize>(path: &PathBuf, rows: &[T]) -> anyhow::Result<()> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut w = BufWriter::new(file);
    for r in rows {
        serde_json::to_writer(&mut w, r)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}

/// Runs `storyline eval`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    let systems_list: Vec<System> = args
        .systems
        .iter()
        .map(|s| s.trim().parse::<System>())
        .collect::<Result<_, _>>()
        .map_err(|e| UsageError(e.to_string()))?;
    if systems_list.is_empty() && args.task == Task::Summary {
        return Err(UsageError("--systems is empty".into()).into());
    }
    if args.budget == 0 {
        return Err(UsageError("--budget must be at least 1".into()).into());
    }
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .context("building the thread pool")?;
    let command = format!(
        "storyline {}",
        std::env::args().skip(1).collect::<Vec<_>>().join(" ")
    );

    let t0 = Instant::now();
    let loaded = read_clusters(&args.data, args.limit)?;
    let load_seconds = t0.elapsed().as_secs_f64();
    let clusters = &loaded.clusters;
    if loaded.skipped > 0 {
        eprintln!(
            "storyline: warning: {} unusable lines in {} skipped",
            loaded.skipped,
            args.data.display()
        );
    }
    let config = SystemsConfig {
        budget: args.budget,
        seed: args.seed,
    };
    let model = match &args.model {
        Some(path) => Some((
            path.display().to_string(),
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?,
        )),
        None => None,
    };

    if args.task == Task::Offtopic {
        let storyline = systems::storyline::Storyline::new(args.budget)?;
        let bar = progress(clusters.len());
        let t = Instant::now();
        let (report, per) = pool
            .install(|| harness::offtopic(clusters, &storyline, args.min_votes, &|| bar.inc(1)));
        bar.finish_and_clear();
        let wall = t.elapsed().as_secs_f64();
        let mut s = String::from(
            "| task | clusters | documents | precision | recall | F1 | TP | FP | FN | TN | ms/cluster |\n\
             |---|---|---|---|---|---|---|---|---|---|---|\n",
        );
        let _ = writeln!(
            s,
            "| off-topic (dropped vs noise_votes>={}) | {} | {} | {:.3} | {:.3} | {:.3} | {} | {} | {} | {} | {:.2} |",
            args.min_votes,
            report.clusters,
            report.documents,
            report.precision,
            report.recall,
            report.f1,
            report.true_positives,
            report.false_positives,
            report.false_negatives,
            report.true_negatives,
            report.ms_per_cluster
        );
        let _ = writeln!(s, "\nwall {wall:.1}s with {jobs} threads");
        print_out(&s)?;
        if let Some(path) = &args.out {
            let json = serde_json::json!({
                "command": command, "dataset": args.data.display().to_string(),
                "task": "offtopic", "min_votes": args.min_votes, "jobs": jobs,
                "wall_seconds": wall, "report": report,
            });
            std::fs::write(path, serde_json::to_string_pretty(&json)? + "\n")
                .with_context(|| format!("writing {}", path.display()))?;
        }
        if let Some(path) = &args.per_cluster {
            write_jsonl(path, &per)?;
        }
        return Ok(());
    }

    let t = Instant::now();
    let summarizers: Vec<(System, Box<dyn Summarizer>)> = pool.install(|| {
        systems_list
            .iter()
            .map(|&s| match (s, &model) {
                (System::Storyline, Some((name, json))) => {
                    let sys = systems::storyline::Storyline::with_model(args.budget, name, json)?;
                    Ok((s, Box::new(sys) as Box<dyn Summarizer>))
                }
                _ => Ok((s, systems::build(s, &config, clusters)?)),
            })
            .collect::<Result<_, storyline_eval::Error>>()
    })?;
    let setup = t.elapsed().as_secs_f64();
    let rouge = Rouge::new(RougeConfig { stem: true });
    let bar = progress(clusters.len());
    let t = Instant::now();
    let results = pool.install(|| {
        harness::evaluate(
            clusters,
            &summarizers,
            &rouge,
            args.budget,
            args.budget_rule.into(),
            &|| bar.inc(1),
        )
    });
    bar.finish_and_clear();
    let wall = t.elapsed().as_secs_f64();
    let summaries = harness::aggregate(&results, args.resamples, args.seed);

    let rouge_ms: f64 = summaries.iter().map(|s| s.rouge_ms_per_cluster).sum();
    let mut out = harness::table(&summaries);
    let _ = writeln!(
        out,
        "\n{} clusters, budget {} words, {} bootstrap resamples; wall {:.1}s with {} threads \
         (load {:.1}s, setup {:.1}s); ROUGE {:.3} ms per cluster for all systems",
        clusters.len(),
        args.budget,
        args.resamples,
        wall,
        jobs,
        load_seconds,
        setup,
        rouge_ms
    );
    print_out(&out)?;

    if let Some(path) = &args.out {
        let r = Results {
            command,
            dataset: args.data.display().to_string(),
            task: args.task,
            clusters: clusters.len(),
            skipped_lines: loaded.skipped,
            budget: args.budget,
            budget_rule: args.budget_rule.into(),
            jobs,
            seed: args.seed,
            resamples: args.resamples,
            load_seconds,
            wall_seconds: wall,
            rouge: "rouge-score 0.1.2 semantics, use_stemmer=True (storyline_eval::rouge)",
            systems: &summaries,
        };
        std::fs::write(path, serde_json::to_string_pretty(&r)? + "\n")
            .with_context(|| format!("writing {}", path.display()))?;
    }
    if let Some(path) = &args.per_cluster {
        write_jsonl(path, &results)?;
    }
    Ok(())
}
