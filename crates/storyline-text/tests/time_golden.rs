//! Golden cases for the date tagger and the date-line parser (`testdata/time/expressions.toml`),
//! plus a property test: arbitrary text never panics and spans stay on char boundaries.

use std::fmt::Write as _;

use proptest::prelude::*;
use serde::Deserialize;
use storyline_text::Span;
use storyline_text::time::{Date, Tagger, parse_date_line};

#[derive(Deserialize)]
struct File {
    #[serde(default)]
    case: Vec<Case>,
    #[serde(default)]
    line: Vec<Line>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    anchor: Option<String>,
    text: String,
    expect: Vec<Expect>,
    #[serde(default = "yes")]
    exhaustive: bool,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize)]
struct Expect {
    text: String,
    value: String,
}

#[derive(Deserialize)]
struct Line {
    text: String,
    value: String,
}

fn load() -> File {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/time/expressions.toml"
    );
    let raw = std::fs::read_to_string(path).expect("golden file present");
    toml::from_str(&raw).expect("golden file parses")
}

/// Renders what the tagger found as `text => value` lines.
fn check(text: &str, anchor: Option<Date>) -> Vec<(String, String)> {
    Tagger::default()
        .tag(text, Span::new(0, text.len()), anchor)
        .into_iter()
        .map(|e| (e.span.slice(text).to_string(), e.value.to_string()))
        .collect()
}

#[test]
fn golden_expressions() {
    let file = load();
    assert!(file.case.len() >= 30, "golden file has its cases");
    let mut failures = String::new();
    for case in &file.case {
        let anchor = case
            .anchor
            .as_deref()
            .map(|a| Date::parse(a).expect("anchor is an ISO date"));
        let got = check(&case.text, anchor);
        let want: Vec<(String, String)> = case
            .expect
            .iter()
            .map(|e| (e.text.clone(), e.value.clone()))
            .collect();
        let ok = if case.exhaustive {
            got == want
        } else {
            want.iter().all(|w| got.contains(w))
        };
        if !ok {
            writeln!(
                failures,
                "{}:\n  text: {}\n  want: {want:?}\n  got:  {got:?}",
                case.name, case.text
            )
            .unwrap();
        }
    }
    assert!(failures.is_empty(), "golden failures:\n{failures}");
}

#[test]
fn golden_date_lines() {
    let mut failures = String::new();
    for line in load().line {
        let got = parse_date_line(&line.text).map_or(String::new(), |d| d.to_string());
        if got != line.value {
            writeln!(
                failures,
                "{:?}: want {:?}, got {got:?}",
                line.text, line.value
            )
            .unwrap();
        }
    }
    assert!(failures.is_empty(), "date-line failures:\n{failures}");
}

proptest! {
    #[test]
    fn arbitrary_text_spans_on_char_boundaries(s in "\\PC{0,200}", day in 0i64..40_000) {
        let anchor = Some(Date::from_days(day));
        for m in Tagger::default().mentions(&s, Span::new(0, s.len()), anchor) {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= s.len());
            prop_assert!(s.is_char_boundary(m.span.start) && s.is_char_boundary(m.span.end));
        }
        let _ = parse_date_line(&s);
    }

    #[test]
    fn newsy_text_never_panics(
        words in proptest::collection::vec(
            "(on|last|next|late|Friday|Sept\\.|October|4|2016|days|after|ago|will|said|the|quarter|third|,|\\.|’s|2,000|1999s|-)",
            0..30,
        )
    ) {
        let s = words.join(" ");
        let got = Tagger::default().tag(&s, Span::new(0, s.len()), Date::parse("2016-09-21"));
        for e in got {
            prop_assert!(s.is_char_boundary(e.span.start) && s.is_char_boundary(e.span.end));
        }
    }
}
