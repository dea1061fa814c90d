//! Throughput of the sentence segmenter and the word tokenizer over the committed example articles
//! (`examples/lavrov-kerry-syria/*.txt`, real scraped news text).
//!
//! Run: `cargo bench -p storyline-text --bench segment`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use storyline_text::Span;
use storyline_text::segment::Segmenter;
use storyline_text::token::{content_words, words};

const SAMPLE: [&str; 5] = [
    include_str!("../../../examples/lavrov-kerry-syria/000_06f3b143683ddee3.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/001_78c1eee19aec262e.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/002_8ee2fa7619a4125b.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/003_615bea9e6b430b96.txt"),
    include_str!("../../../examples/lavrov-kerry-syria/004_ea032b4bea95e371.txt"),
];

fn bench(c: &mut Criterion) {
    let text = SAMPLE.concat();
    let all = Span::new(0, text.len());
    let seg = Segmenter::default();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("segment_split", |b| {
        b.iter(|| seg.split(black_box(&text), all).len());
    });
    group.bench_function("token_words", |b| {
        b.iter(|| words(black_box(&text), all).count());
    });
    group.bench_function("token_content_words", |b| {
        b.iter(|| content_words(black_box(&text), all).count());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
