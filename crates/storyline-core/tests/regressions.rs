//! Regressions found by running the whole pipeline over real data (Multi-News val).

use storyline_core::{Article, ArticleId, Engine, EngineConfig};

fn brief_of(text: &str) -> storyline_core::Brief {
    let engine = Engine::new(EngineConfig::default()).unwrap();
    engine.brief(
        vec![Article {
            id: ArticleId(0),
            text: text.to_string(),
            ..Article::default()
        }],
        Vec::new(),
    )
}

/// "…, according to reports." at the end of a sentence once sliced a quote span backwards (panic).
#[test]
fn according_to_at_sentence_end_does_not_panic() {
    let text = "Mitt romney made another gaffe on his london trip thursday by acknowledging he met with the head of britain's mi6 intelligence agency, according to reports. Romney's meeting with mi6 head sir john sawers was not on the republican's public schedule — and romney made a major blunder by revealing it, cbs news and the guardian reported. \"i can only say that i appreciated the insights, \" romney told reporters.";
    let b = brief_of(text);
    for q in &b.quotes {
        assert!(q.span.start <= q.span.end && q.span.end <= text.len());
    }
    let b = brief_of("Kerry met Lavrov, according to.");
    assert!(b.quotes.iter().all(|q| q.span.end <= 31));
}
