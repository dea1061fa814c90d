//! Runs the real `storyline` binary on the shipped example and checks what a reader relies on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn storyline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run storyline")
}

fn example_json() -> serde_json::Value {
    let out = storyline(&["brief", "--format", "json", "examples/lavrov-kerry-syria/"]);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn source_text(brief: &serde_json::Value, id: u64) -> String {
    let src = &brief["sources"][(id - 1) as usize];
    let path = src["path"].as_str().expect("path");
    std::fs::read_to_string(root().join(path)).expect("read source")
}

#[test]
fn markdown_brief_of_the_example_is_stable() {
    let out = storyline(&["brief", "examples/lavrov-kerry-syria/"]);
    assert!(out.status.success());
    insta::assert_snapshot!("example_markdown", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn json_brief_of_the_example_is_stable() {
    insta::assert_json_snapshot!("example_json", example_json());
}

#[test]
fn every_summary_sentence_is_the_text_at_its_cited_spans() {
    let brief = example_json();
    let summary = brief["summary"].as_array().unwrap();
    assert!(summary.len() >= 3, "summary too short: {summary:?}");
    for s in summary {
        let text = s["text"].as_str().unwrap();
        for span in s["spans"].as_array().unwrap() {
            let src = source_text(&brief, span["source"].as_u64().unwrap());
            let (a, b) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            let cited = &src[a..b];
            if span == &s["spans"][0] {
                assert_eq!(cited, text);
            } else {
                // Other supporting sources carry a near-duplicate, not necessarily the same bytes.
                assert!(!cited.trim().is_empty());
            }
        }
        let ids: Vec<u64> = s["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap())
            .collect();
        assert!(ids.contains(&s["spans"][0]["source"].as_u64().unwrap()));
    }
}

#[test]
fn no_removed_block_reaches_the_summary() {
    let brief = example_json();
    let removed: Vec<String> = brief["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            s["removed"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["text"].as_str().unwrap().to_string())
        })
        .collect();
    assert!(
        removed.len() >= 20,
        "the example is full of noise; only {} blocks removed",
        removed.len()
    );
    for s in brief["summary"].as_array().unwrap() {
        let text = s["text"].as_str().unwrap();
        for r in &removed {
            assert!(
                !r.contains(text) && !text.contains(r.as_str()),
                "summary sentence {text:?} overlaps removed block {r:?}"
            );
        }
    }
}

#[test]
fn publication_dates_are_right_and_crawl_stamps_are_not_dates() {
    let brief = example_json();
    let sources = brief["sources"].as_array().unwrap();
    let brics = sources
        .iter()
        .find(|s| s["path"].as_str().unwrap().contains("002_"))
        .unwrap();
    assert_eq!(brics["published"]["date"], "2015-09-27");
    for s in sources {
        if let Some(d) = s["published"]["date"].as_str() {
            assert!(
                d.starts_with("2015") || d.starts_with("2016"),
                "{} dated {d}",
                s["path"]
            );
        }
    }
}

#[test]
fn missing_input_is_a_failure_and_bad_flags_are_usage_errors() {
    let out = storyline(&["brief", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
    let out = storyline(&["brief", "--words", "0", "examples/lavrov-kerry-syria/"]);
    assert_eq!(out.status.code(), Some(2));
    let out = storyline(&["brief", "--no-such-flag"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_jsonl_is_read() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(["brief", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            br#"{"text": "Lavrov and Kerry met in New York on Sunday to discuss the war in Syria. They agreed to meet again.", "title": "Talks", "url": "https://www.example.com/a"}
{"body": "Kerry said on Sunday that the talks with Lavrov in New York had been useful for Syria.", "source": "Example Wire"}
not json
"#,
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let brief: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(brief["sources"].as_array().unwrap().len(), 2);
    assert!(
        !brief["diagnostics"].as_array().unwrap().is_empty(),
        "malformed line reported"
    );
}

#[test]
fn a_records_diagnostics_go_with_its_own_brief() {
    let dir = std::env::temp_dir().join(format!("storyline-diag-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("clusters.jsonl");
    // The second record has an empty document and windows-1252 quotes stored as C1 controls.
    let records = concat!(
        r#"{"documents": ["Lavrov and Kerry met in New York on Sunday to discuss Syria.", "Kerry said the talks with Lavrov on Syria were useful."]}"#,
        "\n",
        r#"{"documents": ["\u0093We will rebuild,\u0094 the mayor said after the flood on Monday.", ""]}"#,
        "\n",
    );
    std::fs::write(&path, records).unwrap();
    let out = storyline(&["brief", "--format", "json", path.to_str().unwrap()]);
    assert!(out.status.success());
    // Several JSON briefs are written one a line.
    let lines: Vec<&[u8]> = out.stdout.split(|&b| b == b'\n').collect();
    assert_eq!(
        lines.len(),
        3,
        "two lines and the empty rest after the last newline"
    );
    assert!(lines[2].is_empty());
    for line in &lines[..2] {
        assert!(
            serde_json::from_slice::<serde_json::Value>(line)
                .unwrap()
                .is_object()
        );
    }
    let briefs: Vec<serde_json::Value> = serde_json::Deserializer::from_slice(&out.stdout)
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(briefs.len(), 2);
    assert!(briefs[0]["diagnostics"].as_array().unwrap().is_empty());
    let second: Vec<&str> = briefs[1]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["input"].as_str().unwrap())
        .collect();
    assert!(
        second
            .iter()
            .all(|i| i.ends_with(":2#1") || i.ends_with(":2#2")),
        "{second:?}"
    );
    assert_eq!(second.len(), 2, "{second:?}");
    let quote = &briefs[1]["quotes"][0]["text"];
    assert_eq!(quote, "We will rebuild", "{}", briefs[1]);
    std::fs::remove_dir_all(&dir).ok();
}
