//! Whole-pipeline properties on arbitrary input: no panic, every span valid, summary text is the
//! cited bytes.

use proptest::prelude::*;
use storyline_core::{Article, Engine, EngineConfig};

fn check(texts: &[String]) {
    let engine = Engine::new(EngineConfig::default()).unwrap();
    let articles = Article::from_texts(texts.iter().cloned());
    let brief = engine.brief(articles, Vec::new());
    let valid = |source: u32, start: usize, end: usize| {
        let t = &texts[(source - 1) as usize];
        start <= end && end <= t.len() && t.is_char_boundary(start) && t.is_char_boundary(end)
    };
    for s in &brief.summary {
        for sp in &s.spans {
            assert!(valid(sp.source, sp.start, sp.end));
        }
        let first = s.spans[0];
        assert_eq!(
            s.text,
            texts[(first.source - 1) as usize][first.start..first.end]
        );
    }
    for e in &brief.timeline {
        for sp in e.spans.iter().chain(&e.date_spans) {
            assert!(valid(sp.source, sp.start, sp.end));
        }
    }
    for q in &brief.quotes {
        assert!(valid(q.span.source, q.span.start, q.span.end));
    }
    for a in &brief.actors {
        for sp in &a.spans {
            assert!(valid(sp.source, sp.start, sp.end));
        }
    }
    for (src, text) in brief.sources.iter().zip(texts) {
        for r in &src.removed {
            assert!(valid(src.id, r.start, r.end));
            assert_eq!(r.text, text[r.start..r.end]);
        }
    }
    let words: usize = brief
        .summary
        .iter()
        .map(|s| s.text.split_whitespace().count())
        .sum();
    assert!(words <= 200);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_text_never_panics(texts in proptest::collection::vec(any::<String>(), 0..4)) {
        check(&texts);
    }

    #[test]
    fn newsy_text_never_panics(texts in proptest::collection::vec(
        "([A-Z][a-z]{1,8}( [A-Za-z]{1,8}){2,12}[.?!]( “[A-Za-z ,]{3,30},” he said\\.)? ?){1,8}(\n\n|\n)?", 1..5)) {
        check(&texts);
    }
}

#[test]
fn output_is_deterministic() {
    let texts = [
        "Lavrov met Kerry in New York on Sunday. They discussed Syria at length. The talks were long.".to_string(),
        "Kerry met Lavrov in New York on Sunday. The ceasefire was discussed. Aid convoys were bombed on Monday.".to_string(),
    ];
    let engine = Engine::new(EngineConfig::default()).unwrap();
    let make = || Article::from_texts(texts.iter().cloned());
    let a = serde_json::to_string(&engine.brief(make(), Vec::new())).unwrap();
    let b = serde_json::to_string(&engine.brief(make(), Vec::new())).unwrap();
    assert_eq!(a, b);
}
