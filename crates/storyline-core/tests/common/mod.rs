//! Helpers shared by the integration tests: one-article stories, the example seed story, and the
//! golden/held-out quote harness.
#![allow(dead_code)] // Each test binary uses a subset of these helpers.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;
use storyline_core::document::prepare;
use storyline_core::{Actor, Article, ArticleId, Engine, EngineConfig, Quote, QuoteKind, Story};
use storyline_text::clean::Cleaner;
use storyline_text::segment::Segmenter;

/// A story of one article with `text`, prepared with the default cleaner and segmenter.
pub fn story_of(text: &str) -> Story {
    let article = Article {
        id: ArticleId(0),
        text: text.to_string(),
        ..Article::default()
    };
    let documents = vec![prepare(article, &Cleaner::default(), &Segmenter::default())];
    let index = storyline_core::vector::StoryIndex::build(&documents);
    Story {
        documents,
        kept: vec![true],
        candidates: Vec::new(),
        index,
    }
}

/// The example story: the `.txt` articles of `examples/lavrov-kerry-syria`, in name order.
pub fn seed_story() -> Story {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/lavrov-kerry-syria");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let articles = paths
        .iter()
        .enumerate()
        .map(|(i, p)| Article {
            id: ArticleId(i as u32),
            text: std::fs::read_to_string(p).unwrap(),
            ..Article::default()
        })
        .collect();
    let documents = Engine::new(EngineConfig::default())
        .unwrap()
        .prepare(articles);
    let kept = vec![true; documents.len()];
    let index = storyline_core::vector::StoryIndex::build(&documents);
    Story {
        documents,
        kept,
        candidates: Vec::new(),
        index,
    }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Same quote: same kind and most words shared.
fn same(found: &Quote, kind: QuoteKind, text: &str) -> bool {
    if found.kind != kind {
        return false;
    }
    let a = words(&found.text);
    let b = words(text);
    let common = b.iter().filter(|w| a.contains(w)).count();
    common * 10 >= b.len().max(a.len()) * 7
}

fn speaker_ok(found: &Quote, expected: Option<&str>, actors: &[Actor]) -> bool {
    match (found.speaker.as_deref(), expected) {
        (None, None) => true,
        // A speaker no actor stands for is shown by name (`said liz balmaseda,`).
        (Some(name), Some(exp)) if !actors.iter().any(|a| a.name == name) => name == exp,
        (Some(name), Some(exp)) => actors
            .iter()
            .filter(|a| a.name == name)
            .any(|a| a.name == exp || a.aliases.iter().any(|al| al == exp)),
        _ => false,
    }
}

/// Scores quote detection and attribution on `testdata/quotes/{file}`, prints them under `label`,
/// and fails when recall drops below 0.85 or attribution accuracy below 0.8. Returns the
/// misses, one line each (empty when every expected quote is found with its speaker).
#[allow(clippy::print_stderr)] // The scores are the point of these tests.
pub fn check_quote_set(file: &str, label: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../testdata/quotes")
        .join(file);
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let (mut expected_n, mut found_n, mut matched, mut attributed) =
        (0usize, 0usize, 0usize, 0usize);
    let mut report = String::new();
    for case in data["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let story = story_of(case["text"].as_str().unwrap());
        let actors = storyline_core::actors::actors(&story);
        let quotes = storyline_core::quotes::quotes(&story, &actors);
        found_n += quotes.len();
        let mut used = vec![false; quotes.len()];
        for exp in case["quotes"].as_array().unwrap() {
            expected_n += 1;
            let kind = if exp["kind"] == "direct" {
                QuoteKind::Direct
            } else {
                QuoteKind::Reported
            };
            let text = exp["text"].as_str().unwrap();
            let speaker = exp["speaker"].as_str();
            match quotes
                .iter()
                .enumerate()
                .find(|(i, q)| !used[*i] && same(q, kind, text))
            {
                Some((i, q)) => {
                    used[i] = true;
                    matched += 1;
                    // `"described"`, where a case gives it: the words describing a speaker
                    // no one names (`Syrian military sources`), or null for none.
                    let described_ok = exp.get("described").is_none_or(|d| {
                        q.speaker_description.as_ref().map(|d| d.text.as_str()) == d.as_str()
                    });
                    if !described_ok {
                        let _ = writeln!(
                            report,
                            "{name}: {text:?} described as {:?}, expected {:?}",
                            q.speaker_description.as_ref().map(|d| &d.text),
                            exp["described"]
                        );
                    }
                    if speaker_ok(q, speaker, &actors) && described_ok {
                        attributed += 1;
                    } else {
                        let _ = writeln!(
                            report,
                            "{name}: {text:?} attributed to {:?}, expected {speaker:?}",
                            q.speaker
                        );
                    }
                }
                None => {
                    let _ = writeln!(report, "{name}: missed {kind:?} {text:?}");
                }
            }
        }
        for (q, u) in quotes.iter().zip(&used) {
            if !u {
                let _ = writeln!(
                    report,
                    "{name}: extra {:?} {:?} by {:?}",
                    q.kind, q.text, q.speaker
                );
            }
        }
    }
    let recall = matched as f64 / expected_n as f64;
    let precision = matched as f64 / found_n.max(1) as f64;
    let accuracy = attributed as f64 / expected_n as f64;
    eprintln!(
        "quotes {label}: {expected_n} expected, {found_n} found, detection P {precision:.3} R {recall:.3}, \
         attribution accuracy {accuracy:.3} ({attributed}/{expected_n}; of matched {:.3})\n{report}",
        attributed as f64 / matched.max(1) as f64
    );
    assert!(recall >= 0.85, "recall {recall:.3}\n{report}");
    assert!(accuracy >= 0.8, "accuracy {accuracy:.3}\n{report}");
    report
}
