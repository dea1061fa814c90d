//! `storyline brief`: read articles, build the brief, render it.

use std::io::Write as _;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context;
use rayon::prelude::*;
use storyline_core::learned::Learned;
use storyline_core::{Brief, Engine, EngineConfig, ScorerChoice};
use storyline_io::read::{InputFormat, read_paths};
use storyline_io::render::{Format, render, write_json_line};

use super::{UsageError, print_out, progress_bar, thread_pool};

/// Arguments of `storyline brief`.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Article files or directories (all files inside, sorted); `-` reads stdin.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output format. With several stories (dataset records), Markdown briefs are separated by `---`
    /// and JSON is one brief per line.
    #[arg(long, short, value_enum, default_value_t = OutFormat::Markdown)]
    pub format: OutFormat,
    /// Word budget of the summary.
    #[arg(long, default_value_t = 200)]
    pub words: usize,
    /// Summary only: skip timeline, actors, quotes and contradictions.
    #[arg(long)]
    pub summary_only: bool,
    /// Sentence scorer: the learned model (default) or unsupervised centrality.
    #[arg(long, value_enum, default_value_t = ScorerFlag::Learned)]
    pub scorer: ScorerFlag,
    /// A learned model file (JSON from `storyline train`) to use instead of the built-in one.
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Print a timing report to stderr (stories/s, MB/s, peak memory).
    #[arg(long)]
    pub timing: bool,
}

/// Scorer flag.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum ScorerFlag {
    /// LexRank-style centrality with lead and support priors (unsupervised).
    Centrality,
    /// Gradient-boosted trees trained on Multi-News (`models/default.json`).
    Learned,
}

/// Output format flag.
#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum OutFormat {
    /// Markdown for people.
    Markdown,
    /// JSON for tools.
    Json,
}

/// Runs `storyline brief`.
pub fn run(args: &Args) -> anyhow::Result<()> {
    if args.words == 0 {
        return Err(UsageError("--words must be at least 1".into()).into());
    }
    let started = Instant::now();
    let mut config = EngineConfig::default();
    config.words = args.words;
    config.analyses = !args.summary_only;
    config.scorer = match args.scorer {
        ScorerFlag::Centrality => ScorerChoice::Centrality,
        ScorerFlag::Learned => ScorerChoice::Learned,
    };
    let mut engine = Engine::new(config)?;
    if let Some(path) = &args.model {
        let json =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        engine = engine.with_scorer(Box::new(Learned::from_json(
            &path.display().to_string(),
            &json,
        )?));
    }
    let input = read_paths(&args.inputs, InputFormat::Auto).context("reading inputs")?;
    let read_secs = started.elapsed().as_secs_f64();
    let bytes: usize = input
        .clusters
        .iter()
        .flat_map(|c| &c.articles)
        .map(|a| a.text.len())
        .sum();
    let n = input.clusters.len();
    let mut per_cluster = route_diagnostics(&input.clusters, input.diagnostics);
    let jobs: Vec<_> = input
        .clusters
        .into_iter()
        .zip(per_cluster.iter_mut().map(std::mem::take))
        .collect();
    let bar = progress_bar(n as u64, "briefs", n > 1);
    let work = Instant::now();
    let failed = std::sync::atomic::AtomicUsize::new(0);
    let briefs: Vec<Brief> = thread_pool(args.jobs)?.install(|| {
        jobs.into_par_iter()
            .enumerate()
            .map(|(i, (c, d))| {
                let label = story_label(i, &c);
                let (b, ok) = brief_or_diagnostic(&engine, label, || engine.brief(c.articles, d));
                if !ok {
                    failed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                bar.inc(1);
                b
            })
            .collect()
    });
    bar.finish_and_clear();
    let work_secs = work.elapsed().as_secs_f64();
    write_briefs(&briefs, args.format)?;
    // The process ends once the briefs are written: freeing them one string and vector at a
    // time is work no output needs (about 1% of the instructions of a summary-only run over a
    // dataset), and the operating system takes the memory back whole.
    std::mem::forget(briefs);
    if args.timing {
        let mb = bytes as f64 / 1e6;
        eprintln!(
            "timing: {n} stories, {mb:.2} MB of article text; read {read_secs:.2}s; brief {work_secs:.2}s = {:.1} stories/s, {:.2} MB/s; total {:.2}s; peak RSS {}",
            n as f64 / work_secs.max(1e-9),
            mb / work_secs.max(1e-9),
            started.elapsed().as_secs_f64(),
            super::peak_rss().map_or_else(
                || "unknown".to_string(),
                |kb| format!("{:.1} MB", kb as f64 / 1024.0)
            ),
        );
    }
    match failed.into_inner() {
        0 => Ok(()),
        k => anyhow::bail!(
            "{k} of {n} stories failed inside storyline (a bug: please report it); each is in the output with an error diagnostic"
        ),
    }
}

/// Which story `i` is, for a diagnostic: its first article's path, or its number.
fn story_label(i: usize, c: &storyline_io::read::Cluster) -> String {
    c.articles
        .iter()
        .find_map(|a| a.origin.path.clone())
        .unwrap_or_else(|| format!("story {}", i + 1))
}

/// Runs `f`; if it panics (a bug in storyline, never the input's fault), the story becomes an
/// empty brief with an error diagnostic, so one story cannot take the others of a long run down
/// with it; the flag is false then. The panic message itself goes to stderr through the default
/// hook.
fn brief_or_diagnostic(engine: &Engine, label: String, f: impl FnOnce() -> Brief) -> (Brief, bool) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(brief) => (brief, true),
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(ToString::to_string)
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            let message = format!(
                "storyline failed on this story and left it out (a bug: please report it): {why}"
            );
            let d = storyline_core::Diagnostic::error(label, message);
            (engine.brief(Vec::new(), vec![d]), false)
        }
    }
}

/// Writes the briefs to stdout. Several JSON briefs (a dataset's) go one a line, each written by
/// `write_json_line` into one reused buffer and passed on through a buffered stdout: the bytes
/// `serde_json::to_string` gave, without a `String` per brief or a buffer of the whole output
/// (which copied itself each time it grew). A line reaches stdout through `write_all`, so a
/// closed pipe is the `io::Error` the caller treats as success.
fn write_briefs(briefs: &[Brief], format: OutFormat) -> anyhow::Result<()> {
    if !matches!(format, OutFormat::Json) || briefs.len() == 1 {
        return print_out(&render_all(briefs, format)?);
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut line = Vec::new();
    for b in briefs {
        line.clear();
        write_json_line(&mut line, b)?;
        out.write_all(&line)?;
    }
    out.flush()?;
    Ok(())
}

/// The Markdown briefs (separated by `---`), or the one JSON brief pretty-printed.
fn render_all(briefs: &[Brief], format: OutFormat) -> anyhow::Result<String> {
    let mut out = String::new();
    match format {
        OutFormat::Markdown => {
            for (i, b) in briefs.iter().enumerate() {
                if i > 0 {
                    out.push_str("\n---\n\n");
                }
                out.push_str(&render(b, Format::Markdown)?);
            }
        }
        OutFormat::Json => {
            for b in briefs {
                out.push_str(&render(b, Format::Json)?);
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
        }
    }
    Ok(out)
}

/// Reader diagnostics per story: one about an article (`file.jsonl:30#1`) or a record
/// (`file.jsonl:30`) goes with the first story holding it, the rest (a whole input) with the
/// first story.
///
/// Only the inputs the diagnostics name are looked for (a sorted list, searched for each
/// article's path and record), and the walk over the stories stops once each has its story. A
/// map of every path and record of the run cost 0.0047 M instructions a cluster more (callgrind,
/// val 1-600: 0.4% of a summary-only brief), for the 13 diagnostics of those 600 stories.
fn route_diagnostics(
    clusters: &[storyline_io::read::Cluster],
    diagnostics: Vec<storyline_core::Diagnostic>,
) -> Vec<Vec<storyline_core::Diagnostic>> {
    let mut out = vec![Vec::new(); clusters.len().max(1)];
    if diagnostics.is_empty() {
        return out;
    }
    let mut wanted: Vec<&str> = diagnostics.iter().map(|d| d.input.as_str()).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut owner: Vec<Option<usize>> = vec![None; wanted.len()];
    let mut left = wanted.len();
    let mut claim = |key: &str, i: usize, left: &mut usize| {
        if let Ok(k) = wanted.binary_search(&key)
            && owner[k].is_none()
        {
            owner[k] = Some(i);
            *left -= 1;
        }
    };
    'stories: for (i, c) in clusters.iter().enumerate() {
        for path in c.articles.iter().filter_map(|a| a.origin.path.as_deref()) {
            claim(path, i, &mut left);
            if let Some((record, _)) = path.rsplit_once('#') {
                claim(record, i, &mut left);
            }
            if left == 0 {
                break 'stories;
            }
        }
    }
    let stories: Vec<usize> = diagnostics
        .iter()
        .map(|d| {
            wanted
                .binary_search(&d.input.as_str())
                .ok()
                .and_then(|k| owner[k])
                .unwrap_or(0)
        })
        .collect();
    for (d, i) in diagnostics.into_iter().zip(stories) {
        out[i].push(d);
    }
    out
}

/// The map `route_diagnostics` built before: every path and record of the run to its first
/// story. The reference of the routing tests.
#[cfg(test)]
fn route_by_map(
    clusters: &[storyline_io::read::Cluster],
    diagnostics: Vec<storyline_core::Diagnostic>,
) -> Vec<Vec<storyline_core::Diagnostic>> {
    let mut owner: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for (i, c) in clusters.iter().enumerate() {
        for path in c.articles.iter().filter_map(|a| a.origin.path.as_deref()) {
            owner.entry(path).or_insert(i);
            if let Some((record, _)) = path.rsplit_once('#') {
                owner.entry(record).or_insert(i);
            }
        }
    }
    let mut out = vec![Vec::new(); clusters.len().max(1)];
    for d in diagnostics {
        let i = owner.get(d.input.as_str()).copied().unwrap_or(0);
        out[i].push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stories whose articles have these paths (`None`: an article without one).
    fn clusters(paths: &[&[Option<&str>]]) -> Vec<storyline_io::read::Cluster> {
        paths
            .iter()
            .map(|story| {
                let mut articles = storyline_core::Article::from_texts(story.iter().map(|_| "x"));
                for (a, p) in articles.iter_mut().zip(story.iter()) {
                    a.origin.path = p.map(str::to_string);
                }
                storyline_io::read::Cluster {
                    id: String::new(),
                    articles,
                    reference: None,
                    noise_votes: None,
                }
            })
            .collect()
    }

    fn inputs(routed: &[Vec<storyline_core::Diagnostic>]) -> Vec<Vec<&str>> {
        routed
            .iter()
            .map(|ds| ds.iter().map(|d| d.input.as_str()).collect())
            .collect()
    }

    #[test]
    fn diagnostics_go_with_the_first_story_holding_their_article_or_record() {
        // A dataset's paths (`file:line#article`), a repeated record, a file given twice and an
        // article without a path.
        let cs = clusters(&[
            &[Some("v.jsonl:1#0"), Some("v.jsonl:1#1")],
            &[None, Some("a.txt")],
            &[Some("v.jsonl:3#0"), Some("v.jsonl:3#1")],
            &[Some("v.jsonl:3#0"), Some("a.txt")],
        ]);
        let names = [
            "v.jsonl:3#1",
            "v.jsonl:3",
            "a.txt",
            "v.jsonl",
            "v.jsonl:1#1",
            "v.jsonl:9#0",
            "v.jsonl:3#1",
        ];
        let ds = || {
            names
                .iter()
                .map(|n| storyline_core::Diagnostic::warning(*n, "m"))
                .collect::<Vec<_>>()
        };
        let routed = route_diagnostics(&cs, ds());
        assert_eq!(
            inputs(&routed),
            vec![
                vec!["v.jsonl", "v.jsonl:1#1", "v.jsonl:9#0"],
                vec!["a.txt"],
                vec!["v.jsonl:3#1", "v.jsonl:3", "v.jsonl:3#1"],
                vec![],
            ]
        );
        assert_eq!(routed, route_by_map(&cs, ds()));
        // Every prefix of the names (the walk stops once each has its story) and none.
        for k in 0..=names.len() {
            let ds: Vec<_> = ds().into_iter().take(k).collect();
            assert_eq!(route_diagnostics(&cs, ds.clone()), route_by_map(&cs, ds));
        }
        assert_eq!(route_diagnostics(&[], ds()), route_by_map(&[], ds()));
    }

    #[test]
    fn a_panicking_story_becomes_an_error_diagnostic() {
        let engine = Engine::new(EngineConfig::default()).unwrap();
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let got = brief_or_diagnostic(&engine, "a.txt".into(), || panic!("slice out of range"));
        std::panic::set_hook(hook);
        let (brief, ok) = got;
        assert!(!ok);
        assert!(brief.summary.is_empty());
        let d = &brief.diagnostics[0];
        assert_eq!(d.input, "a.txt");
        assert_eq!(d.severity, storyline_core::Severity::Error);
        assert!(d.message.contains("slice out of range"), "{}", d.message);
        let ok = brief_or_diagnostic(&engine, "b.txt".into(), || {
            engine.brief(Vec::new(), Vec::new())
        });
        assert!(ok.1);
    }
}
