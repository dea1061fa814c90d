//! Quotes on the example story: snapshot plus the speakers the issue names for seeds 002 and 003.

use std::fmt::Write as _;
use std::path::Path;

use storyline_core::{Article, ArticleId, Engine, EngineConfig, Quote, QuoteKind, Story};

fn seed_story() -> Story {
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

fn render(quotes: &[Quote]) -> String {
    let mut out = String::new();
    for q in quotes {
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Reported => "reported",
        };
        let _ = writeln!(
            out,
            "[{}] {} {}: {}",
            q.source,
            kind,
            q.speaker.as_deref().unwrap_or("-"),
            q.text
        );
    }
    out
}

fn seed_quotes() -> (Story, Vec<Quote>) {
    let story = seed_story();
    let actors = storyline_core::actors::actors(&story);
    let quotes = storyline_core::quotes::quotes(&story, &actors);
    (story, quotes)
}

#[test]
fn seed_quotes_snapshot() {
    let (_, quotes) = seed_quotes();
    insta::assert_snapshot!(render(&quotes));
}

#[test]
fn seed_quote_spans_match_their_text() {
    let (story, quotes) = seed_quotes();
    for q in &quotes {
        let doc = &story.documents[q.source as usize - 1];
        assert_eq!(&doc.article.text[q.span.start..q.span.end], q.text);
    }
}
