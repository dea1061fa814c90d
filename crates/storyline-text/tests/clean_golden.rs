//! Golden tests of the cleaner: every fixture in `testdata/clean/*.txt` and every example article
//! is rendered one block a line (`KIND | text`) and compared with an insta snapshot.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use storyline_text::clean::{BlockKind, Cleaned, Cleaner};

/// Collapses whitespace so NBSPs and tabs render as plain spaces.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The readable rendering of one cleaned article.
fn render(text: &str, cleaned: &Cleaned) -> String {
    let mut out = String::new();
    let meta = &cleaned.meta;
    let title = meta
        .title
        .map_or_else(|| "-".to_string(), |s| squash(s.slice(text)));
    writeln!(out, "title: {title}").unwrap();
    for o in &meta.outlets {
        writeln!(out, "outlet: {} ({:?})", o.name, o.from).unwrap();
    }
    for s in &meta.date_lines {
        writeln!(out, "date line: {}", squash(s.slice(text))).unwrap();
    }
    for s in &meta.crawl_stamps {
        writeln!(out, "crawl stamp: {}", squash(s.slice(text))).unwrap();
    }
    out.push_str("---\n");
    for b in &cleaned.blocks {
        let kind = format!("{:?}", b.kind);
        let mut t = squash(b.span.slice(text));
        if t.chars().count() > 100 {
            t = t.chars().take(99).collect::<String>() + "…";
        }
        if std::env::var_os("CLEAN_REASONS").is_some() {
            writeln!(out, "{kind:<12} | {t}  <- {}", b.reason).unwrap();
        } else {
            writeln!(out, "{kind:<12} | {t}").unwrap();
        }
    }
    out
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn check(path: &Path, prefix: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let cleaned = Cleaner::default().clean(&text);
    let name = format!("{prefix}{}", path.file_stem().unwrap().to_string_lossy());
    insta::with_settings!({ snapshot_path => repo().join("testdata/clean/snapshots"), prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, render(&text, &cleaned));
    });
}

#[test]
fn fixtures_match_their_snapshots() {
    let files = txt_files(&repo().join("testdata/clean"));
    assert!(files.len() >= 6, "expected the cleaner fixtures");
    for f in files {
        check(&f, "fixture_");
    }
}

#[test]
fn seed_articles_match_their_snapshots() {
    let files = txt_files(&repo().join("examples/lavrov-kerry-syria"));
    assert_eq!(files.len(), 5);
    for f in files {
        check(&f, "seed_");
    }
}

#[test]
fn seed_content_counts() {
    // Real content paragraphs per seed (counted by hand; the duplicate summary line of 001 and the
    // dateline prefixes are not content).
    let expected = [12, 7, 14, 14, 7];
    let files = txt_files(&repo().join("examples/lavrov-kerry-syria"));
    for (f, want) in files.iter().zip(expected) {
        let text = std::fs::read_to_string(f).unwrap();
        let cleaned = Cleaner::default().clean(&text);
        let got = cleaned
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Content)
            .count();
        assert_eq!(got, want, "{}\n{}", f.display(), render(&text, &cleaned));
        // Every real paragraph of the seeds ends like a sentence; no noise line does.
        for b in cleaned
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Content)
        {
            let t = b.span.slice(&text).trim_end_matches(['”', '"', '\u{a0}']);
            assert!(t.ends_with(['.', '!', '?']), "noise kept as content: {t:?}");
        }
    }
}
