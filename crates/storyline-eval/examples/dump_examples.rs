//! Dumps training examples (candidate text, features, the default model's margin, oracle label and
//! soft gain) as JSON lines, for analysis of the scorer outside Rust.
//!
//! ```text
//! cargo run --release -p storyline-eval --example dump_examples -- DATA OUT [FROM TO] [--shuffled SEED]
//! ```
//! Without `--shuffled`, clusters `FROM..TO` of the file; with it, positions `FROM..TO` of the
//! seeded order `storyline train` uses (its sample is `0..15000`, its priors `15000..35000`).
//!
//! `--sources` adds each story's documents as sentence texts (`docs`, with `kept`), for features
//! computed outside Rust. `--selection` adds what a replica of [`storyline_core::select`] needs
//! (`scripts/select_replica.py`): per cluster the reference one sentence a line (`reflines`),
//! per candidate whether selection may take it at all (`ok`: [`select::selectable`] and the
//! model's 4–150 word range), its word count as selection counts it (`w`) and as the protocol
//! counts it (`ww`), whether it opens with a pronoun (`pro`), its members (`mem`, `[doc, sent]`),
//! its reading-order key (`key`) and its tf·idf cosine to every candidate (`cos`).
#![allow(clippy::print_stdout, clippy::print_stderr, missing_docs)]

use std::io::Write;

use rayon::prelude::*;
use storyline_core::Engine;
use storyline_core::features::{self, FEATURES};
use storyline_core::learned::Learned;
use storyline_core::model::Story;
use storyline_core::score::{Scorer, word_count};
use storyline_core::select;
use storyline_core::vector::DenseVec;
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
    let sources = args.iter().any(|a| a == "--sources");
    let selection = args.iter().any(|a| a == "--selection");
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
            let mut v = serde_json::json!({"i": ci, "ref": c.summary, "c": cands});
            if sources {
                add_sources(&mut v, &story);
            }
            if selection {
                add_selection(&mut v, &story, &c.reference_lines());
            }
            v.to_string()
        })
        .collect();
    let mut f = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    writeln!(f, "{}", serde_json::json!({ "features": names })).unwrap();
    for l in lines {
        writeln!(f, "{l}").unwrap();
    }
    eprintln!("wrote {} clusters", picked.len());
}

/// Pronouns that make selection want the sentence before (a copy of `select::PRONOUNS`).
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "his", "her", "their", "its", "this", "these", "those",
];

fn add_sources(v: &mut serde_json::Value, story: &Story) {
    let docs: Vec<Vec<&str>> = (story.documents.iter())
        .map(|d| d.sentences.iter().map(|s| d.slice(s.span)).collect())
        .collect();
    v["docs"] = serde_json::json!(docs);
    v["kept"] = serde_json::json!(story.kept);
}

fn add_selection(v: &mut serde_json::Value, story: &Story, reflines: &str) {
    let ok = select::selectable(story);
    let mut dense = DenseVec::default();
    let cos: Vec<Vec<f32>> = (story.candidates.iter())
        .map(|ci| {
            dense.load(story.index.sentence(ci.rep));
            (story.candidates.iter())
                .map(|cj| dense.cosine(story.index.sentence(cj.rep)))
                .collect()
        })
        .collect();
    v["reflines"] = serde_json::json!(reflines);
    let cands = v["c"].as_array_mut().unwrap();
    for (i, (cand, cv)) in story.candidates.iter().zip(cands.iter_mut()).enumerate() {
        let text = story.sentence_text(cand.rep);
        let w = word_count(story, i);
        let first = text
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let date = story.documents[cand.rep.doc as usize]
            .anchor
            .map_or(i64::MAX, |a| a.date.days());
        let pos = (cand.members.iter())
            .map(|m| story.sentence(*m).position)
            .min()
            .unwrap_or(0);
        cv["ok"] = serde_json::json!(ok[i] && (4..=150).contains(&w));
        cv["w"] = serde_json::json!(w);
        cv["ww"] = serde_json::json!(text.replace('\n', " ").split_whitespace().count());
        cv["pro"] = serde_json::json!(PRONOUNS.iter().any(|p| first.eq_ignore_ascii_case(p)));
        cv["mem"] = serde_json::json!(
            cand.members
                .iter()
                .map(|m| [m.doc, m.sent])
                .collect::<Vec<_>>()
        );
        cv["key"] = serde_json::json!([date, pos, cand.rep.doc, cand.rep.sent]);
        cv["cos"] = serde_json::json!(cos[i]);
    }
}
