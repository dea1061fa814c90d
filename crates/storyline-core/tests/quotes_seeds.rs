//! Quotes on the example story: snapshot plus the speakers the issue names for seeds 002 and 003.

mod common;

use std::fmt::Write as _;

use common::seed_story;
use storyline_core::{Quote, QuoteKind, Story};

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
        let pieces: Vec<&str> = q
            .pieces()
            .iter()
            .map(|p| &doc.article.text[p.start..p.end])
            .collect();
        assert_eq!(pieces.join(Quote::PART_JOINER), q.text);
        assert!(
            q.pieces()
                .iter()
                .all(|p| q.span.start <= p.start && p.end <= q.span.end)
        );
    }
}
