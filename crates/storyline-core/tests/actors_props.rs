//! Property tests: actors, quotes and contradictions take arbitrary text without panicking, and every
//! span they cite lies inside the article on char boundaries, with quote text equal to its span (or its parts, joined).

use proptest::prelude::*;
use storyline_core::document::prepare;
use storyline_core::{Article, ArticleId, CitedSpan, Story};
use storyline_text::clean::Cleaner;
use storyline_text::segment::Segmenter;

fn story_of(texts: &[String]) -> Story {
    let documents: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let article = Article {
                id: ArticleId(i as u32),
                text: t.clone(),
                ..Article::default()
            };
            prepare(article, &Cleaner::default(), &Segmenter::default())
        })
        .collect();
    let index = storyline_core::vector::StoryIndex::build(&documents);
    Story {
        kept: vec![true; documents.len()],
        documents,
        candidates: Vec::new(),
        index,
    }
}

fn valid(story: &Story, s: &CitedSpan) -> bool {
    let Some(doc) = (s.source as usize)
        .checked_sub(1)
        .and_then(|d| story.documents.get(d))
    else {
        return false;
    };
    let t = &doc.article.text;
    s.start <= s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end)
}

fn check(texts: &[String]) -> Result<(), TestCaseError> {
    let story = story_of(texts);
    let actors = storyline_core::actors::actors(&story);
    for a in &actors {
        for s in &a.spans {
            prop_assert!(valid(&story, s), "actor span {s:?}");
        }
        prop_assert!(!a.name.is_empty());
    }
    for q in storyline_core::quotes::quotes(&story, &actors) {
        prop_assert!(valid(&story, &q.span), "quote span {:?}", q.span);
        let doc = &story.documents[q.source as usize - 1];
        let pieces: Vec<&str> = q
            .pieces()
            .iter()
            .map(|p| &doc.article.text[p.start..p.end])
            .collect();
        prop_assert_eq!(
            pieces.join(storyline_core::Quote::PART_JOINER),
            q.text.as_str()
        );
    }
    for c in storyline_core::contradictions::contradictions(&story, &actors) {
        let mutual = c
            .claims
            .iter()
            .any(|cl| cl.value.ends_with(" blame each other"));
        prop_assert!(c.claims.len() >= 2 || mutual);
        for cl in &c.claims {
            prop_assert!(valid(&story, &cl.span), "claim span {:?}", cl.span);
        }
    }
    Ok(())
}

/// Text built from news-like pieces, so the rules' paths are reached, not only their guards.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just(" said ".to_string()),
        Just(" told Reuters that ".to_string()),
        Just(" blamed ".to_string()),
        Just(" denied ".to_string()),
        Just(" was not involved ".to_string()),
        Just(" convoy ".to_string()),
        Just(" killing 83 troops ".to_string()),
        Just(" he ".to_string()),
        Just("Russian Foreign Minister Sergey Lavrov".to_string()),
        Just("Kerry".to_string()),
        Just("the ministry".to_string()),
        Just("(ISSG)".to_string()),
        Just("al-Assad’s".to_string()),
        "[A-Za-zé’'. -]{0,12}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn arbitrary_text_never_panics_and_spans_stay_valid(a in "\\PC{0,400}", b in "\\PC{0,200}") {
        check(&[a, b])?;
    }

    #[test]
    fn newsy_text_never_panics_and_spans_stay_valid(a in newsy(), b in newsy()) {
        check(&[a, b])?;
    }
}
