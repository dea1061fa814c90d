//! `storyline clean` run as a real process: text and JSON output on the example articles, stdin,
//! and the exit code for a missing file.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn storyline(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run storyline");
    {
        let mut pipe = child.stdin.take().unwrap();
        if let Some(s) = stdin {
            pipe.write_all(s.as_bytes()).unwrap();
        }
    }
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}\nstderr: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

const SEED_001: &str = "examples/lavrov-kerry-syria/001_78c1eee19aec262e.txt";

#[test]
fn explain_lists_metadata_content_and_every_removal() {
    let out = stdout(&storyline(&["clean", "--explain", SEED_001], None));
    insta::assert_snapshot!("clean_explain_001", out);
}

#[test]
fn without_explain_only_content_and_metadata_are_printed() {
    let out = stdout(&storyline(&["clean", SEED_001], None));
    assert!(
        out.contains("title:        Lavrov, Kerry Holding Talks"),
        "{out}"
    );
    assert!(
        out.contains("crawl stamps: 04:44 GMT +320 February 2017"),
        "{out}"
    );
    assert!(
        out.contains("Syria is the main topic of the Wednesday talks."),
        "{out}"
    );
    assert!(!out.contains("removed:"), "{out}");
    assert!(!out.contains("Get short URL"), "{out}");
    assert!(!out.contains("Show new comments"), "{out}");
}

#[test]
fn json_has_one_object_per_article_with_valid_spans() {
    let dir = "examples/lavrov-kerry-syria";
    let out = stdout(&storyline(&["clean", "--format", "json", dir], None));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 5, "{out}");
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let path = repo().join(v["input"].as_str().unwrap());
        let text = std::fs::read_to_string(&path).unwrap();
        let blocks = v["blocks"].as_array().unwrap();
        assert!(blocks.iter().any(|b| b["kind"] == "content"), "{line}");
        let mut prev = 0;
        for b in blocks {
            let (s, e) = (
                b["start"].as_u64().unwrap() as usize,
                b["end"].as_u64().unwrap() as usize,
            );
            assert!(prev <= s && s < e, "{b}");
            assert_eq!(&text[s..e], b["text"].as_str().unwrap());
            assert!(!b["reason"].as_str().unwrap().is_empty());
            prev = e;
        }
    }
}

#[test]
fn json_reports_outlet_and_crawl_stamp() {
    let out = stdout(&storyline(&["clean", "-f", "json", SEED_001], None));
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["outlets"][0]["name"], "Sputnik");
    assert_eq!(v["outlets"][0]["from"], "dateline");
    assert_eq!(v["crawl_stamps"][0]["text"], "04:44 GMT +320 February 2017");
    let kinds: Vec<&str> = v["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    for k in [
        "crawl-stamp",
        "headline",
        "caption",
        "widget",
        "duplicate",
        "dateline",
        "related-list",
        "tag-list",
        "comment",
    ] {
        assert!(kinds.contains(&k), "no {k} in {kinds:?}");
    }
}

#[test]
fn reads_stdin() {
    let text = "Get short URL\n\nThe talks ended on Monday without a deal.\n";
    let out = stdout(&storyline(&["clean", "--explain", "-"], Some(text)));
    assert!(
        out.contains("The talks ended on Monday without a deal."),
        "{out}"
    );
    assert!(
        out.contains("[share/navigation widget] Get short URL"),
        "{out}"
    );
}

#[test]
fn missing_file_is_an_error_with_exit_code_1() {
    let o = storyline(&["clean", "no/such/file.txt"], None);
    assert_eq!(o.status.code(), Some(1), "{o:?}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("error"));
}
