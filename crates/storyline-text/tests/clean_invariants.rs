//! Invariants of the cleaner on every fixture and on arbitrary text: blocks in order, not
//! overlapping, trimmed, on char boundaries; content never empty; metadata spans inside the text.

use std::path::Path;

use proptest::prelude::*;
use storyline_text::Span;
use storyline_text::clean::{BlockKind, Cleaned, Cleaner};

fn assert_invariants(text: &str, cleaned: &Cleaned) {
    let mut prev_end = 0;
    for b in &cleaned.blocks {
        let s = b.span;
        assert!(
            s.start >= prev_end,
            "blocks out of order or overlapping: {b:?}"
        );
        assert!(s.end <= text.len(), "block past the end: {b:?}");
        assert!(!s.is_empty(), "empty block: {b:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{b:?}"
        );
        let slice = s.slice(text);
        assert_eq!(slice, slice.trim(), "block not trimmed: {b:?}");
        assert!(!b.reason.is_empty(), "block without a reason: {b:?}");
        if b.kind == BlockKind::Content {
            assert!(
                slice.chars().any(char::is_alphanumeric),
                "content without words: {b:?}"
            );
        }
        prev_end = s.end;
    }
    let meta = &cleaned.meta;
    let spans: Vec<Span> = meta
        .title
        .iter()
        .copied()
        .chain(meta.outlets.iter().map(|o| o.span))
        .chain(meta.date_lines.iter().copied())
        .chain(meta.crawl_stamps.iter().copied())
        .collect();
    for s in spans {
        assert!(s.end <= text.len() && s.start <= s.end, "{s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
    }
    for o in &meta.outlets {
        assert_eq!(o.span.slice(text), o.name, "outlet name is its span's text");
    }
}

#[test]
fn fixtures_and_seeds_keep_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut n = 0;
    for dir in ["testdata/clean", "examples/lavrov-kerry-syria"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&p).unwrap();
                assert_invariants(&text, &Cleaner::default().clean(&text));
                n += 1;
            }
        }
    }
    assert!(n >= 15);
}

#[test]
fn every_non_blank_line_is_covered() {
    // Nothing is silently dropped: each non-blank line overlaps some block.
    let text = "Share\n\nA plain sentence here.\n\u{a0}\nTitle Case Line Here\n";
    let cleaned = Cleaner::default().clean(text);
    assert_eq!(cleaned.blocks.len(), 3);
}

#[test]
fn empty_and_blank_texts_have_no_blocks() {
    for t in ["", "\n\n", " \u{a0} \n\t"] {
        assert!(Cleaner::default().clean(t).blocks.is_empty());
    }
}

fn scrapeish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("NEW YORK (Agency) – ".to_string()),
        Just("© Agency/ Name".to_string()),
        Just("\u{a0}".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("Share".to_string()),
        Just("All comments".to_string()),
        Just("12:30 GMT 3 May 2016".to_string()),
        Just("hinh 0".to_string()),
        Just("“Quote,” he said.".to_string()),
        Just("\u{421}omment".to_string()),
        "\\PC{0,40}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics_and_spans_are_valid(text in any::<String>()) {
        let cleaned = Cleaner::default().clean(&text);
        assert_invariants(&text, &cleaned);
    }

    #[test]
    fn scrape_like_text_keeps_the_invariants(text in scrapeish()) {
        let cleaned = Cleaner::default().clean(&text);
        assert_invariants(&text, &cleaned);
    }

    #[test]
    fn doubled_lines_split_on_char_boundaries(s in "\\PC{20,60}") {
        let text = format!("{s}{s}\n");
        let cleaned = Cleaner::default().clean(&text);
        assert_invariants(&text, &cleaned);
    }
}

#[test]
fn a_cut_inside_a_sentence_keeps_its_mark_when_its_text_repeats() {
    // The BBC's photo label between captions without stops, twice: both cuts split a sentence
    // (the caption-repeat pass does not turn the second into a plain duplicate).
    let text = "North and south korean families met on thursday for the first time in years, \
                officials said. It was the first time the family members had seen each other \
                in decades image copyright reuters image caption the south koreans had to \
                travel to the resort for the reunion image copyright reuters image caption \
                millions of koreans were separated after the war they carried gifts.";
    let cleaned = Cleaner::default().clean(text);
    let splits: Vec<&str> = cleaned
        .blocks
        .iter()
        .filter(|b| b.splits_sentence())
        .map(|b| b.span.slice(text))
        .collect();
    assert_eq!(
        splits,
        [
            "image copyright reuters image caption",
            "image copyright reuters image caption"
        ]
    );
}
