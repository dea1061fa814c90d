//! Dumps training examples (candidate text, features, the default model's margin, oracle label and
//! soft gain) as JSON lines, for analysis of the scorer outside Rust.
//!
//! ```text
//! cargo run --release -p storyline-eval --example dump_examples -- DATA OUT [FROM TO] [--shuffled SEED]
//! ```
//! Without `--shuffled`, clusters `FROM..TO` of the file; with it, positions `FROM..TO` of the
//! seeded order `storyline train` uses (its sample is `0..15000`, its priors `15000..35000`).
#![allow(clippy::print_stdout, clippy::print_stderr, missing_docs)]

use std::io::Write;

use rayon::prelude::*;
use storyline_core::Engine;
use storyline_core::features::{self, FEATURES};
use storyline_core::learned::Learned;
use storyline_core::score::Scorer;
use storyline_eval::dataset::read_clusters;
use storyline_eval::train;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let data = &args[1];
    let out = &args[2];
    let from: usize = args.get(3).map_or(0, |s| s.parse().unwrap());
    let to: usize = args.get(4).map_or(usize::MAX, |s| s.parse().unwrap());
    let seed: Option<u64> = args
        .iter()
        .position(|a| a == "--shuffled")
        .map(|i| args[i + 1].parse().unwrap());
    let loaded = read_clusters(std::path::Path::new(data), None).unwrap();
    let n = loaded.clusters.len();
    let mut picked: Vec<usize> = match seed {
        Some(s) => train::shuffled(n, s),
        None => (0..n).collect(),
    };
    picked = picked[from.min(n)..to.min(n)].to_vec();
    picked.sort_unstable();
    let learned = Learned::default_model().unwrap();
    let priors = learned.model().priors.clone();
    let wording = learned.model().wording.clone();
    let engine = Engine::new(train::engine_config(232)).unwrap();
    let names: Vec<&str> = FEATURES.iter().map(|f| f.0).collect();
    let lines: Vec<String> = picked
        .par_iter()
        .map(|&ci| {
            let c = &loaded.clusters[ci];
            let ex = train::example(&engine, c, 232, (priors.as_ref(), wording.as_ref()));
            let docs = engine.prepare(train::articles(c));
            let (story, _) = engine.story(docs);
            let margins = learned.score(&story);
            let rows = features::extract(&story, priors.as_ref(), wording.as_ref());
            assert_eq!(rows, ex.rows);
            let nf = names.len();
            let cands: Vec<serde_json::Value> = story
                .candidates
                .iter()
                .enumerate()
                .map(|(i, cand)| {
                    serde_json::json!({
                        "t": story.sentence_text(cand.rep),
                        "d": cand.rep.doc,
                        "s": cand.rep.sent,
                        "m": margins[i],
                        "y": ex.labels[i],
                        "g": ex.gains[i],
                        "f": &ex.rows[i * nf..(i + 1) * nf],
                    })
                })
                .collect();
            serde_json::json!({"i": ci, "ref": c.summary, "c": cands}).to_string()
        })
        .collect();
    let mut f = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    writeln!(f, "{}", serde_json::json!({ "features": names })).unwrap();
    for l in lines {
        writeln!(f, "{l}").unwrap();
    }
    eprintln!("wrote {} clusters", picked.len());
}
