//! Extraction throughput per language, on generated press releases (criterion).
//!
//! `cargo bench -p exchange-atlas --bench extract` reports the throughput in MB/s (decimal, as the
//! targets are stated) of input text, one line per language: `extract/en`, `extract/ru`,
//! `extract/zh`. The corpora are in `corpora.rs` (shared with `throughput.rs`).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use exchange_atlas::extract::extract_document;

mod corpora;

fn bench(c: &mut Criterion) {
    let _ = exchange_atlas::gazetteer::Gazetteer::get(); // built once, not per document
    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    for (lang, docs) in corpora::corpora() {
        let bytes: usize = docs.iter().map(|d| d.len()).sum();
        group.throughput(Throughput::BytesDecimal(bytes as u64));
        group.bench_function(lang, |b| {
            b.iter(|| {
                for (i, d) in docs.iter().enumerate() {
                    std::hint::black_box(extract_document(&i.to_string(), "bench.txt", d).unwrap());
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
