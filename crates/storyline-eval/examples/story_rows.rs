//! Dumps one story's candidates with their feature rows and each model's score and pick, to see
//! why two scorers rank a real story's sentences differently (the seeds' lead, twenty-first
//! session): a debug path outside the CLI.
//!
//! ```text
//! cargo run --release -p storyline-eval --example story_rows -- DIR OUT.jsonl [MODEL.json …]
//! ```
//! `DIR`'s `.txt` files, in name order, are the story's articles (bare texts, as a dataset record
//! hands them). The first line of `OUT` names the features; then one line per candidate: its
//! text (`t`), document and sentence (`d`, `s`), per model (the compiled-in default first) its
//! probability (`p`) and whether the model's summary takes it (`k`), and its feature row under
//! the default model's priors and wording weights (`f`), and its tf·idf cosine to every candidate
//! (`cos`, what selection's redundancy discount reads).
#![allow(clippy::print_stdout, clippy::print_stderr, missing_docs)]

use std::io::Write;

use storyline_core::features::{self, FEATURES};
use storyline_core::learned::Learned;
use storyline_core::{Article, Engine, EngineConfig};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::Path::new(&args[1]);
    let out = &args[2];
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let mut models = vec![Learned::default_model().unwrap()];
    for m in &args[3..] {
        models.push(Learned::from_json(m, &std::fs::read_to_string(m).unwrap()).unwrap());
    }
    let engine = Engine::new(EngineConfig::default()).unwrap();
    let (story, _) = engine.story(engine.prepare(Article::from_texts(texts.clone())));
    let nf = FEATURES.len();
    let per_model: Vec<(Vec<f64>, Vec<usize>)> = models
        .iter()
        .map(|m| {
            let rows = features::extract(
                &story,
                m.model().priors.as_ref(),
                m.model().wording.as_ref(),
            );
            let e = Engine::new(EngineConfig::default())
                .unwrap()
                .with_scorer(Box::new(m.clone()));
            let (s, _) = e.story(e.prepare(Article::from_texts(texts.clone())));
            (m.probabilities(&rows), e.summarize(&s))
        })
        .collect();
    let rows = features::extract(
        &story,
        models[0].model().priors.as_ref(),
        models[0].model().wording.as_ref(),
    );
    let mut f = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    let names: Vec<&str> = FEATURES.iter().map(|f| f.0).collect();
    writeln!(f, "{}", serde_json::json!({ "features": names })).unwrap();
    let mut dense = storyline_core::vector::DenseVec::default();
    for (i, cand) in story.candidates.iter().enumerate() {
        dense.load(story.index.sentence(cand.rep));
        let cos: Vec<f32> = (story.candidates.iter())
            .map(|cj| dense.cosine(story.index.sentence(cj.rep)))
            .collect();
        let p: Vec<f64> = per_model.iter().map(|(p, _)| p[i]).collect();
        let k: Vec<bool> = per_model.iter().map(|(_, k)| k.contains(&i)).collect();
        let line = serde_json::json!({
            "t": story.sentence_text(cand.rep),
            "d": cand.rep.doc,
            "s": cand.rep.sent,
            "p": p,
            "k": k,
            "f": &rows[i * nf..(i + 1) * nf],
            "cos": cos,
        });
        writeln!(f, "{line}").unwrap();
    }
}
