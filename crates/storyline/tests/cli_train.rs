//! Runs the real `storyline train` on the committed synthetic fixture.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read model")).expect("valid JSON")
}

/// `--base` without `--ranker-only` trains new trees with the base model's term priors and
/// wording weights instead of counting and fitting them again (here the fixture has no clusters
/// outside the sample, so without `--base` the model would have neither).
#[test]
fn train_with_a_base_keeps_its_priors_and_wording_weights() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("kept.json");
    let status = Command::new(env!("CARGO_BIN_EXE_storyline"))
        .args(["train", "--data", "testdata/train/tiny.jsonl", "--out"])
        .arg(&out)
        .args(["--trees", "5", "--depth", "2", "--no-length", "--jobs", "1"])
        .args(["--base", "models/default.json"])
        .current_dir(root())
        .status()
        .expect("run storyline");
    assert!(status.success());
    let (model, base) = (
        read_json(&out),
        read_json(&root().join("models/default.json")),
    );
    assert!(base["priors"].is_object() && base["wording"].is_object());
    // Not `assert_eq!`: on failure it would print both lexicons (400 KB).
    assert!(
        model["priors"] == base["priors"],
        "the priors are not the base's"
    );
    assert!(
        model["wording"] == base["wording"],
        "the wording weights are not the base's"
    );
    assert_ne!(model["scorer"], base["scorer"]);
}
