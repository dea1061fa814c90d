//! Runs every case of the golden corpus `testdata/segment/*.toml` through the segmenter and reports
//! all mismatches at once, each with the text, the expected and the actual sentences.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use storyline_text::Span;
use storyline_text::segment::{NewlinePolicy, SegmentConfig, Segmenter};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    sentences: Vec<String>,
    #[serde(default)]
    newline: Option<NewlinePolicy>,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/segment")
}

/// Splits the whole text, returning the sentence strings.
fn check(case: &Case) -> Vec<String> {
    let config = SegmentConfig::default().with_single_newline(case.newline.unwrap_or_default());
    let spans = Segmenter::new(config).split(&case.text, Span::new(0, case.text.len()));
    spans
        .iter()
        .map(|s| s.slice(&case.text).to_owned())
        .collect()
}

#[test]
fn golden_corpus_matches() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .expect("testdata/segment exists")
        .map(|e| e.expect("readable dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no golden files found");
    let mut names = std::collections::BTreeSet::new();
    let (mut total, mut report) = (0usize, String::new());
    let mut failed = 0usize;
    for path in &files {
        let raw = std::fs::read_to_string(path).expect("readable golden file");
        let file: File = toml::from_str(&raw)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", path.display()));
        for case in &file.case {
            total += 1;
            assert!(
                names.insert(case.name.clone()),
                "duplicate case name {}",
                case.name
            );
            let got = check(case);
            if got != case.sentences {
                failed += 1;
                let file_name = path.file_name().unwrap_or_default().to_string_lossy();
                let _ = writeln!(report, "\n--- {file_name}: {}", case.name);
                let _ = writeln!(report, "text:     {:?}", case.text);
                for (label, list) in [("expected", &case.sentences), ("got", &got)] {
                    let _ = writeln!(report, "{label}:");
                    for s in list {
                        let _ = writeln!(report, "    | {s:?}");
                    }
                }
            }
        }
    }
    assert!(
        failed == 0,
        "{failed} of {total} golden segmentation cases failed:{report}"
    );
    assert!(total >= 50, "golden corpus shrank to {total} cases");
}
