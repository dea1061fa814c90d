//! Every ROUGE number equals `rouge-score`'s on the committed fixture (`testdata/rouge/pairs.json`,
//! written by `scripts/make_rouge_fixture.py`: Multi-News val lead/random outputs against their
//! references, plus crafted edge cases; with and without stemming).
// A text against itself scores exactly 1: exact float comparison on purpose.
#![allow(clippy::float_cmp)]

use storyline_eval::rouge::{Rouge, RougeConfig, Score};

fn load() -> serde_json::Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/rouge/pairs.json"
    );
    let text = std::fs::read_to_string(path).expect("testdata/rouge/pairs.json is committed");
    serde_json::from_str(&text).expect("valid JSON")
}

fn check(name: &str, what: &str, got: Score, want: &serde_json::Value, bad: &mut Vec<String>) {
    let w: Vec<f64> = want
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap())
        .collect();
    let g = [got.precision, got.recall, got.f1];
    if g.iter().zip(&w).any(|(a, b)| (a - b).abs() > 1e-9) {
        bad.push(format!("{name} {what}: got {g:?}, rouge-score {w:?}"));
    }
}

#[test]
fn every_pair_matches_rouge_score() {
    let v = load();
    let pairs = v["pairs"].as_array().unwrap();
    assert!(pairs.len() >= 300, "fixture has {} pairs", pairs.len());
    let stemmed = Rouge::new(RougeConfig { stem: true });
    let plain = Rouge::new(RougeConfig { stem: false });
    let mut bad = Vec::new();
    for p in pairs {
        let name = p["name"].as_str().unwrap();
        let rouge = if p["stem"].as_bool().unwrap() {
            &stemmed
        } else {
            &plain
        };
        let s = rouge.score(
            p["candidate"].as_str().unwrap(),
            p["reference"].as_str().unwrap(),
        );
        check(name, "rouge1", s.r1, &p["rouge1"], &mut bad);
        check(name, "rouge2", s.r2, &p["rouge2"], &mut bad);
        check(name, "rougeL", s.rl, &p["rougeL"], &mut bad);
        check(name, "rougeLsum", s.rlsum, &p["rougeLsum"], &mut bad);
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

#[test]
fn fixture_covers_the_edge_cases() {
    let v = load();
    let names: Vec<&str> = v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for needed in [
        "edge/ing_ies_short",
        "edge/short_words_not_stemmed",
        "edge/numbers",
        "edge/unicode",
    ] {
        assert!(names.contains(&needed), "missing {needed}");
    }
    assert!(names.iter().filter(|n| n.ends_with("/lead")).count() >= 100);
}

proptest::proptest! {
    /// Arbitrary text never panics and scores stay in [0, 1]; a text against itself is perfect.
    #[test]
    fn arbitrary_text_is_scored(a in "\\PC{0,200}", b in "(\\PC|\n){0,200}") {
        let r = Rouge::new(RougeConfig::default());
        let s = r.score(&a, &b);
        for x in [s.r1, s.r2, s.rl, s.rlsum] {
            proptest::prop_assert!((0.0..=1.0).contains(&x.f1));
        }
        let same = r.score(&b, &b);
        if same.r1.precision > 0.0 {
            proptest::prop_assert_eq!(same.r1.f1, 1.0);
            proptest::prop_assert_eq!(same.rlsum.f1, 1.0);
        }
    }
}
