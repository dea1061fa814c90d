//! Quote detection and attribution on the held-out set `testdata/quotes/heldout.json` (written after
//! the rules were tuned on golden.json). Prints the scores; fails when they drop below the floor.
#![allow(clippy::print_stderr)] // The scores are the point of these tests.

use std::fmt::Write as _;

use std::path::Path;

use serde_json::Value;
use storyline_core::document::prepare;
use storyline_core::{Actor, Article, ArticleId, Quote, QuoteKind, Story};
use storyline_text::clean::Cleaner;
use storyline_text::segment::Segmenter;

fn story_of(text: &str) -> Story {
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
        (Some(name), Some(exp)) => actors
            .iter()
            .filter(|a| a.name == name)
            .any(|a| a.name == exp || a.aliases.iter().any(|al| al == exp)),
        _ => false,
    }
}

#[test]
fn heldout_quotes_are_found_and_attributed() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/quotes/heldout.json");
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
                    if speaker_ok(q, speaker, &actors) {
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
        "quotes held-out: {expected_n} expected, {found_n} found, detection P {precision:.3} R {recall:.3}, \
         attribution accuracy {accuracy:.3} ({attributed}/{expected_n}; of matched {:.3})\n{report}",
        attributed as f64 / matched.max(1) as f64
    );
    assert!(recall >= 0.85, "recall {recall:.3}\n{report}");
    assert!(accuracy >= 0.8, "accuracy {accuracy:.3}\n{report}");
}
