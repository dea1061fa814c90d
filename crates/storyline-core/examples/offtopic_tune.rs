//! Grid search of the off-topic thresholds against Multi-News+ noise votes.
//!
//! `cargo run --release -p storyline-core --example offtopic_tune -- val.jsonl` (a decompressed
//! Multi-News JSONL file). Prints precision/recall/F1 of the default thresholds and the best grid point.
//! Each document is judged with the thresholds of its story's size (`offtopic::for_story`, the
//! many-sources rule), as the engine judges it; the rule that never drops every source of a
//! story is left out.
#![allow(clippy::print_stdout, missing_docs)]

use storyline_core::offtopic::{OffTopicConfig, OffTopicScore, for_story, scores, verdict};
use storyline_core::vector::StoryIndex;
use storyline_core::{Article, ArticleId, Engine, EngineConfig};

/// A document's score, its story's number of sources and whether annotators called it noise.
type Judged = (OffTopicScore, usize, bool);

fn prf(pairs: &[Judged], c: &OffTopicConfig) -> (f64, f64, f64) {
    let (mut tp, mut fp, mut fnn) = (0.0f64, 0.0f64, 0.0f64);
    for (s, n, gold) in pairs {
        let pred = verdict(s, &for_story(c, *n)).is_some();
        match (pred, *gold) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fnn += 1.0,
            _ => {}
        }
    }
    let p = tp / (tp + fp).max(1.0);
    let r = tp / (tp + fnn).max(1.0);
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("path to decompressed val.jsonl");
    let engine = Engine::new(EngineConfig::default()).unwrap();
    let mut pairs = Vec::new();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let docs = v["documents"].as_array().unwrap();
        let votes = v["noise_votes"].as_array().unwrap();
        let articles = docs
            .iter()
            .enumerate()
            .map(|(i, d)| Article {
                id: ArticleId(i as u32),
                text: d.as_str().unwrap().to_string(),
                ..Article::default()
            })
            .collect();
        let documents = engine.prepare(articles);
        let index = StoryIndex::build(&documents);
        let n = documents.len();
        for (s, v) in scores(&documents, &index).into_iter().zip(votes) {
            pairs.push((s, n, v.as_u64().unwrap() >= 3));
        }
    }
    let d = OffTopicConfig::default();
    let (p, r, f) = prf(&pairs, &d);
    println!("default: P {p:.3} R {r:.3} F1 {f:.3} (n={})", pairs.len());
    let mut best = (0.0, OffTopicConfig::default());
    for b in [0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6] {
        for c in [0.0, 0.03, 0.05, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2] {
            for m in [0.0, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 1.0] {
                for k in [0.25, 0.5, 0.75, 1.0] {
                    let cfg = OffTopicConfig {
                        boilerplate_share: b,
                        centroid_cosine: c,
                        max_cosine: m,
                        many_scale: k,
                        ..OffTopicConfig::default()
                    };
                    let (_, _, f) = prf(&pairs, &cfg);
                    if f > best.0 {
                        best = (f, cfg);
                    }
                }
            }
        }
    }
    let (p, r, f) = prf(&pairs, &best.1);
    println!("best: {:?} P {p:.3} R {r:.3} F1 {f:.3}", best.1);
}
