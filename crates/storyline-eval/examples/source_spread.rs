//! How many sources a summary draws on, ours against the greedy oracle's, and ROUGE of the
//! selection's source knobs (`SelectConfig::new_source`, `per_source`, `source_share`, `source_quality`) over one
//! engine pass per cluster (thirty-fourth round): a measuring path outside the CLI.
//!
//! ```text
//! cargo run --release -p storyline-eval --example source_spread -- DATA LIMIT JOBS \
//!     [NAME=NEW_SOURCE,PER_SOURCE,SOURCE_SHARE[,SOURCE_QUALITY] …]
//! ```
//! The first variant is always the committed selection (`base`); with it the ROUGE printed is
//! what `storyline eval --systems storyline` prints for the same clusters. Each summary is cut
//! by the protocol's rule (stop at the first sentence over 232 words), as the harness cuts it.
#![allow(clippy::print_stdout, clippy::print_stderr, missing_docs)]

use rayon::prelude::*;
use storyline_core::learned::Learned;
use storyline_core::score::{Scorer, word_count};
use storyline_core::select::{SelectConfig, Selectable};
use storyline_core::{Article, Engine, EngineConfig};
use storyline_eval::dataset::{budget_prefix, read_clusters};
use storyline_eval::rouge::{Rouge, RougeConfig, Scratch, Tokenizer};
use storyline_eval::train::greedy_oracle;

const BUDGET: usize = 232;

/// Source statistics of one summary (candidate indices).
#[derive(Default, Clone, Copy)]
struct Spread {
    sentences: f64,
    sources: f64,
    most: f64,
    top_is_lead: f64,
    top_is_longest: f64,
    one_source: f64,
    top: Option<usize>,
}

impl Spread {
    fn of(story: &storyline_core::Story, chosen: &[usize]) -> Self {
        let n = story.documents.len();
        let mut per = vec![0usize; n];
        for &i in chosen {
            per[story.candidates[i].rep.doc as usize] += 1;
        }
        let sources = per.iter().filter(|&&c| c > 0).count();
        let most = per.iter().copied().max().unwrap_or(0);
        // The top source: most sentences, ties to the earlier one.
        let top = (0..n).find(|&d| per[d] == most && most > 0);
        let lead = (0..n).find(|&d| story.kept[d]);
        let words = |d: usize| story.documents[d].marked_text().split_whitespace().count();
        let longest = (0..n)
            .filter(|&d| story.kept[d])
            .max_by_key(|&d| (words(d), std::cmp::Reverse(d)));
        Self {
            sentences: chosen.len() as f64,
            sources: sources as f64,
            most: most as f64,
            top_is_lead: f64::from(u8::from(top.is_some() && top == lead)),
            top_is_longest: f64::from(u8::from(top.is_some() && top == longest)),
            one_source: f64::from(u8::from(sources == 1 && chosen.len() > 1)),
            top,
        }
    }

    fn add(&mut self, o: &Self) {
        self.sentences += o.sentences;
        self.sources += o.sources;
        self.most += o.most;
        self.top_is_lead += o.top_is_lead;
        self.top_is_longest += o.top_is_longest;
        self.one_source += o.one_source;
    }
}

struct Row {
    kept: usize,
    with_candidates: usize,
    oracle: Spread,
    ours: Vec<Spread>,
    scores: Vec<[f64; 3]>,
    /// Each variant's summary (candidate indices after the budget cut).
    chosen: Vec<Vec<usize>>,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let data = std::path::Path::new(&args[1]);
    let limit: usize = args[2].parse().unwrap();
    let jobs: usize = args[3].parse().unwrap();
    let mut variants: Vec<(String, SelectConfig)> = vec![("base".into(), SelectConfig::default())];
    for v in &args[4..] {
        let (name, values) = v.split_once('=').unwrap();
        let x: Vec<&str> = values.split(',').collect();
        let config = SelectConfig {
            new_source: x[0].parse().unwrap(),
            per_source: x[1].parse().unwrap(),
            source_share: x[2].parse().unwrap(),
            source_quality: x.get(3).map_or(0.0, |v| v.parse().unwrap()),
            ..SelectConfig::default()
        };
        variants.push((name.into(), config));
    }
    for (_, c) in &mut variants {
        c.words = BUDGET;
    }
    let clusters = read_clusters(data, Some(limit)).unwrap().clusters;
    let mut config = EngineConfig::default();
    config.words = BUDGET;
    config.analyses = false;
    let engine = Engine::new(config).unwrap();
    let scorer = Learned::default_model().unwrap();
    let rouge = Rouge::new(RougeConfig { stem: true });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .unwrap();
    let rows: Vec<Row> = pool.install(|| {
        clusters
            .par_iter()
            .map(|cluster| {
                let docs = engine.prepare(Article::from_texts(cluster.documents.iter().cloned()));
                let (story, _) = engine.story(docs);
                let selectable = Selectable::of(&story);
                let scores = scorer.score_wanted(&story, &selectable.may);
                let reference = cluster.reference_lines();
                let text = |i: usize| {
                    story
                        .sentence_text(story.candidates[i].rep)
                        .replace('\n', " ")
                };
                let mut ours = Vec::new();
                let mut rs = Vec::new();
                let mut picks = Vec::new();
                for (_, c) in &variants {
                    let mut chosen = selectable.select(&story, &scores, c);
                    let sentences: Vec<String> = chosen.iter().map(|&i| text(i)).collect();
                    let keep = budget_prefix(&sentences, BUDGET);
                    chosen.truncate(keep);
                    let r = rouge.score(&sentences[..keep].join("\n"), &reference);
                    rs.push([r.r1.f1, r.r2.f1, r.rlsum.f1]);
                    ours.push(Spread::of(&story, &chosen));
                    picks.push(chosen);
                }
                let mut tok = Tokenizer::new(RougeConfig::default());
                let mut ref_ids = Vec::new();
                tok.push_tokens(&cluster.summary, &mut ref_ids);
                let cands: Vec<Vec<u32>> = (0..story.candidates.len())
                    .map(|i| {
                        let mut ids = Vec::new();
                        tok.push_tokens(story.sentence_text(story.candidates[i].rep), &mut ids);
                        ids
                    })
                    .collect();
                let words: Vec<usize> = (0..cands.len()).map(|i| word_count(&story, i)).collect();
                let oracle =
                    greedy_oracle(&mut Scratch::default(), &cands, &words, &ref_ids, BUDGET);
                let mut with = vec![false; story.documents.len()];
                for (i, c) in story.candidates.iter().enumerate() {
                    if selectable.may[i] && scores[i] > 0.0 {
                        with[c.rep.doc as usize] = true;
                    }
                }
                Row {
                    kept: story.kept.iter().filter(|&&k| k).count(),
                    with_candidates: with.iter().filter(|&&w| w).count(),
                    oracle: Spread::of(&story, &oracle),
                    ours,
                    scores: rs,
                    chosen: picks,
                }
            })
            .collect()
    });
    let n = rows.len() as f64;
    println!("clusters {}", rows.len());
    let kept: f64 = rows.iter().map(|r| r.kept as f64).sum();
    let with: f64 = rows.iter().map(|r| r.with_candidates as f64).sum();
    println!(
        "kept sources {:.2}, with a selectable candidate {:.2}",
        kept / n,
        with / n
    );
    let show = |name: &str, s: &Spread| {
        println!(
            "{name:>10}: sentences {:.2}, sources {:.2}, most from one {:.2}, share from top {:.3}, top = lead {:.3}, top = longest {:.3}, one source {:.3}",
            s.sentences / n,
            s.sources / n,
            s.most / n,
            s.most / s.sentences,
            s.top_is_lead / n,
            s.top_is_longest / n,
            s.one_source / n
        );
    };
    let mut o = Spread::default();
    for r in &rows {
        o.add(&r.oracle);
    }
    show("oracle", &o);
    // By number of sources with candidates: oracle vs ours (base) sources.
    for k in 1..=6 {
        let sel: Vec<&Row> = rows
            .iter()
            .filter(|r| r.with_candidates.min(6) == k)
            .collect();
        if sel.is_empty() {
            continue;
        }
        let m = sel.len() as f64;
        let os: f64 = sel.iter().map(|r| r.oracle.sources).sum::<f64>() / m;
        let bs: f64 = sel.iter().map(|r| r.ours[0].sources).sum::<f64>() / m;
        let om: f64 = sel.iter().map(|r| r.oracle.most).sum::<f64>() / m;
        let bm: f64 = sel.iter().map(|r| r.ours[0].most).sum::<f64>() / m;
        let fewer = sel
            .iter()
            .filter(|r| r.ours[0].sources < r.oracle.sources)
            .count();
        let more = sel
            .iter()
            .filter(|r| r.ours[0].sources > r.oracle.sources)
            .count();
        println!(
            "  {k}{} sources ({} clusters): oracle sources {os:.2} most {om:.2}; ours sources {bs:.2} most {bm:.2}; ours fewer {fewer}, more {more}",
            if k == 6 { "+" } else { "" },
            sel.len()
        );
    }
    let agree = rows
        .iter()
        .filter(|r| r.ours[0].top == r.oracle.top)
        .count();
    println!("top source of ours = oracle's in {agree} of {}", rows.len());
    // Base R1 where the top sources agree and where they do not (clusters with 2+ sources).
    for same in [true, false] {
        let sel: Vec<&Row> = rows
            .iter()
            .filter(|r| r.with_candidates > 1 && (r.ours[0].top == r.oracle.top) == same)
            .collect();
        let r1 = sel.iter().map(|r| r.scores[0][0]).sum::<f64>() / sel.len().max(1) as f64;
        println!(
            "  2+ sources, top {}: {} clusters, base R1 {:.2}",
            if same { "agrees" } else { "differs" },
            sel.len(),
            r1 * 100.0
        );
    }
    // Base R1 by how many more sources ours draws on than the oracle's.
    for d in -2i32..=2 {
        let sel: Vec<&Row> = rows
            .iter()
            .filter(|r| ((r.ours[0].sources - r.oracle.sources) as i32).clamp(-2, 2) == d)
            .collect();
        let r1 = sel.iter().map(|r| r.scores[0][0]).sum::<f64>() / sel.len().max(1) as f64;
        println!(
            "  ours − oracle sources {d:+}{}: {} clusters, base R1 {:.2}",
            if d.abs() == 2 { " or beyond" } else { "" },
            sel.len(),
            r1 * 100.0
        );
    }
    for (v, (name, _)) in variants.iter().enumerate() {
        let mut s = Spread::default();
        for r in &rows {
            s.add(&r.ours[v]);
        }
        let mean = |m: usize| rows.iter().map(|r| r.scores[v][m]).sum::<f64>() / n * 100.0;
        let changed = rows.iter().filter(|r| r.chosen[v] != r.chosen[0]).count();
        let up = rows
            .iter()
            .filter(|r| r.scores[v][0] > r.scores[0][0])
            .count();
        println!(
            "{name:>10}: R1 {:.3} R2 {:.3} RLsum {:.3}  changed {changed} (R1 up {up})",
            mean(0),
            mean(1),
            mean(2)
        );
        show(name, &s);
    }
}
