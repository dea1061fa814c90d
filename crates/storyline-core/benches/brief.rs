//! Criterion bench of the whole brief pipeline on the shipped example (five scraped articles).
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use storyline_core::{Article, Engine, EngineConfig};

const EXAMPLE: [&str; 5] = [
    include_str!("../../../examples/lavrov-kerry-syria/000_06f3b143683ddee3.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/001_78c1eee19aec262e.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/002_8ee2fa7619a4125b.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/003_615bea9e6b430b96.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/004_ea032b4bea95e371.txt"),
];

fn articles() -> Vec<Article> {
    Article::from_texts(EXAMPLE)
}

fn bench(c: &mut Criterion) {
    let bytes: usize = EXAMPLE.iter().map(|t| t.len()).sum();
    let mut group = c.benchmark_group("brief");
    group.throughput(Throughput::Bytes(bytes as u64));
    let full = Engine::new(EngineConfig::default()).unwrap();
    group.bench_function("full", |b| {
        b.iter(|| full.brief(articles(), Vec::new()));
    });
    let mut config = EngineConfig::default();
    config.analyses = false;
    let summary = Engine::new(config).unwrap();
    group.bench_function("summary_only", |b| {
        b.iter(|| summary.brief(articles(), Vec::new()));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
