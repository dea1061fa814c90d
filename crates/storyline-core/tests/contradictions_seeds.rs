//! Contradictions on the example story: the convoy blame split must be flagged with citations on
//! both sides.

mod common;

use std::fmt::Write as _;

use common::seed_story;
use storyline_core::{Contradiction, Story};

fn render(cs: &[Contradiction]) -> String {
    let mut out = String::new();
    for c in cs {
        let _ = writeln!(out, "{} — {}", c.kind, c.topic);
        for cl in &c.claims {
            let _ = writeln!(out, "  [{}] {} | {}", cl.source, cl.value, cl.text);
        }
    }
    out
}

fn seed_contradictions() -> (Story, Vec<Contradiction>) {
    let story = seed_story();
    let actors = storyline_core::actors::actors(&story);
    let cs = storyline_core::contradictions::contradictions(&story, &actors);
    (story, cs)
}

#[test]
fn seed_contradictions_snapshot() {
    let (_, cs) = seed_contradictions();
    insta::assert_snapshot!(render(&cs));
}

#[test]
fn convoy_blame_split_is_flagged_with_both_sides_cited() {
    let (story, cs) = seed_contradictions();
    let convoy = cs
        .iter()
        .find(|c| c.kind == "blame" && c.topic.contains("convoy"))
        .unwrap_or_else(|| panic!("no convoy conflict:\n{}", render(&cs)));
    assert!(
        convoy
            .claims
            .iter()
            .any(|c| c.value.contains("blames Russia"))
    );
    assert!(
        convoy
            .claims
            .iter()
            .any(|c| c.value.contains("Russia denies"))
    );
    let sources: std::collections::BTreeSet<u32> = convoy.claims.iter().map(|c| c.source).collect();
    assert!(sources.len() >= 2, "{sources:?}");
    for cl in &convoy.claims {
        let doc = &story.documents[cl.source as usize - 1];
        assert_eq!(&doc.article.text[cl.span.start..cl.span.end], cl.text);
    }
}

#[test]
fn different_counts_of_different_things_are_no_conflict() {
    // 83 troops killed (seed 000) and 91 people killed (seed 003) are different events and nouns.
    let (_, cs) = seed_contradictions();
    assert!(cs.iter().all(|c| c.kind != "quantity"), "{}", render(&cs));
}
