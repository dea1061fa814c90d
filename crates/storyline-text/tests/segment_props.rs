//! Property tests: arbitrary UTF-8 (and news-like text built from tricky pieces) never panics, and
//! the sentences are trimmed, non-empty, ordered, non-overlapping, inside the span, on char
//! boundaries, and together cover every non-whitespace character of the span.

use proptest::prelude::*;
use storyline_text::Span;
use storyline_text::segment::{NewlinePolicy, SegmentConfig, Segmenter};
use storyline_text::token::{lowercase, words};

fn check_invariants(text: &str, span: Span, policy: NewlinePolicy) -> Result<(), TestCaseError> {
    let seg = Segmenter::new(SegmentConfig::default().with_single_newline(policy));
    let sentences = seg.split(text, span);
    let mut prev_end = span.start;
    for s in &sentences {
        prop_assert!(span.contains(*s), "{s:?} outside {span:?}");
        prop_assert!(!s.is_empty(), "empty sentence {s:?}");
        prop_assert!(s.start >= prev_end, "overlap or disorder at {s:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let body = s.slice(text);
        prop_assert_eq!(body.trim(), body, "untrimmed sentence");
        // Nothing between sentences but whitespace.
        prop_assert!(
            text[prev_end..s.start].trim().is_empty(),
            "text lost before {s:?}"
        );
        prev_end = s.end;
    }
    prop_assert!(
        text[prev_end..span.end].trim().is_empty(),
        "text lost at the end"
    );
    Ok(())
}

/// A span of `text` on char boundaries chosen by two fractions.
fn span_of(text: &str, a: f64, b: f64) -> Span {
    let cut = |f: f64| {
        let mut i = ((text.len() as f64) * f) as usize;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (x, y) = (cut(a), cut(b));
    Span::new(x.min(y), x.max(y))
}

fn policy() -> impl Strategy<Value = NewlinePolicy> {
    prop_oneof![
        Just(NewlinePolicy::Heuristic),
        Just(NewlinePolicy::Whitespace),
        Just(NewlinePolicy::Boundary),
    ]
}

/// News-like text: pieces that exercise every rule, glued in random order.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("U.S."),
        Just("Sept."),
        Just("Dr."),
        Just("p.m."),
        Just("V."),
        Just("etc."),
        Just("e.g."),
        Just("2.5"),
        Just("said"),
        Just("The"),
        Just("he"),
        Just("."),
        Just("?"),
        Just("!"),
        Just("…"),
        Just("..."),
        Just("“"),
        Just("”"),
        Just("\""),
        Just("''"),
        Just("``"),
        Just("("),
        Just(")"),
        Just(" "),
        Just("\n"),
        Just("\n\n"),
        Just("\u{a0}"),
        Just("é"),
        Just("東京"),
        Just("23.People"),
        Just("–"),
    ];
    prop::collection::vec((piece, prop::bool::ANY), 0..40).prop_map(|v| {
        v.into_iter()
            .map(|(p, space)| if space { format!("{p} ") } else { p.to_owned() })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_utf8_keeps_invariants(text in any::<String>(), a in 0.0..1.0f64, b in 0.0..1.0f64, p in policy()) {
        check_invariants(&text, Span::new(0, text.len()), p)?;
        check_invariants(&text, span_of(&text, a, b), p)?;
    }

    #[test]
    fn newsy_text_keeps_invariants(text in newsy(), a in 0.0..1.0f64, b in 0.0..1.0f64, p in policy()) {
        check_invariants(&text, Span::new(0, text.len()), p)?;
        check_invariants(&text, span_of(&text, a, b), p)?;
    }

    #[test]
    fn words_are_alphanumeric_and_in_span(text in any::<String>(), a in 0.0..1.0f64, b in 0.0..1.0f64) {
        let span = span_of(&text, a, b);
        let mut prev = span.start;
        for w in words(&text, span) {
            prop_assert!(span.contains(w) && !w.is_empty() && w.start >= prev);
            let s = w.slice(&text);
            prop_assert!(s.chars().all(char::is_alphanumeric));
            prop_assert!(text[prev..w.start].chars().all(|c| !c.is_alphanumeric()));
            let expected: String = s.chars().flat_map(char::to_lowercase).collect();
            prop_assert_eq!(lowercase(s), expected.as_str());
            prev = w.end;
        }
    }
}

proptest! {
    #[test]
    fn stopword_any_case_agrees_with_lowercase(word in "[a-zA-Z]{0,12}|\\PC{0,6}") {
        use storyline_text::token::{is_stopword, is_stopword_any_case};
        prop_assert_eq!(is_stopword_any_case(&word), is_stopword(&lowercase(&word)));
    }
}
