//! Reads inputs the way `storyline brief` does and prints what came out: clusters, articles,
//! empty articles, diagnostics by severity, and the wall time. Used to measure the readers, e.g.
//! `cargo run --release -p storyline-io --example read_stats -- ../shared/data/multinews/val.jsonl.gz`.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

use storyline_core::Severity;
use storyline_io::read::{InputFormat, read_paths};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: read_stats PATH...");
        std::process::exit(2);
    }
    let start = Instant::now();
    let input = match read_paths(&paths, InputFormat::Auto) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("read_stats: {e}");
            std::process::exit(1);
        }
    };
    let elapsed = start.elapsed();
    let articles: usize = input.clusters.iter().map(|c| c.articles.len()).sum();
    let empty: usize = input
        .clusters
        .iter()
        .flat_map(|c| &c.articles)
        .filter(|a| a.text.trim().is_empty())
        .count();
    let bytes: usize = input
        .clusters
        .iter()
        .flat_map(|c| &c.articles)
        .map(|a| a.text.len())
        .sum();
    let with_ref = input
        .clusters
        .iter()
        .filter(|c| c.reference.is_some())
        .count();
    let errors = input
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    println!(
        "clusters: {} ({with_ref} with a reference summary)",
        input.clusters.len()
    );
    println!("articles: {articles} ({empty} empty), {bytes} bytes of text");
    println!(
        "diagnostics: {} ({errors} errors, {} warnings)",
        input.diagnostics.len(),
        input.diagnostics.len() - errors
    );
    for d in input.diagnostics.iter().take(5) {
        println!("  {:?} {}: {}", d.severity, d.input, d.message);
    }
    println!(
        "time: {:.3} s ({:.1} MB/s of article text)",
        elapsed.as_secs_f64(),
        bytes as f64 / 1e6 / elapsed.as_secs_f64()
    );
}
