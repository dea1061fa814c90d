//! ROUGE throughput over the committed fixture pairs (`testdata/rouge/pairs.json`).
#![allow(missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use storyline_eval::rouge::{Rouge, RougeConfig};

fn bench(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../testdata/rouge/pairs.json"
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let pairs: Vec<(String, String)> = v["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"].as_str().unwrap().ends_with("/lead"))
        .map(|p| {
            (
                p["candidate"].as_str().unwrap().to_string(),
                p["reference"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let bytes: usize = pairs.iter().map(|(a, b)| a.len() + b.len()).sum();
    let rouge = Rouge::new(RougeConfig { stem: true });
    let mut g = c.benchmark_group("rouge");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("score_lead_pairs", |b| {
        b.iter(|| {
            let mut sum = 0.0;
            for (cand, reference) in &pairs {
                let s = rouge.score(cand, reference);
                sum += s.r1.f1 + s.r2.f1 + s.rlsum.f1;
            }
            sum
        });
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
