//! Fixed-work timing of extraction on the bench corpora, for profiling and for counting
//! instructions (`perf stat`), which the shared machine's load does not disturb the way it
//! disturbs wall time:
//!
//! ```sh
//! cargo build --release -p exchange-atlas --example throughput
//! target/release/examples/throughput [ROUNDS] [en|ru|zh]
//! ```
//!
//! `target/release/examples/throughput digest` prints instead a hash of the JSON of every document
//! and event, per language: a speed change must leave it as it was.
//!
//! Prints MB/s (decimal) per round and the median per language, by wall time and by the CPU time
//! the thread actually ran (Linux `/proc/thread-self/schedstat`): when other jobs take the cores,
//! the second stays close to what an idle core would give.

mod corpora;

use exchange_atlas::extract::extract_document;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("digest") {
        for (lang, docs) in corpora::corpora() {
            let mut h: u64 = 0xcbf2_9ce4_8422_2325; // FNV-1a over the JSON
            for (i, d) in docs.iter().enumerate() {
                let (doc, events) = extract_document(&i.to_string(), "bench.txt", d).unwrap();
                let json = serde_json::to_string(&(doc, events)).unwrap();
                for b in json.bytes() {
                    h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
                }
            }
            println!("{lang} {h:016x}");
        }
        return;
    }
    let rounds: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(5);
    let only = args.get(1).cloned();
    let _ = exchange_atlas::gazetteer::Gazetteer::get();
    for (lang, docs) in corpora::corpora() {
        if only.as_deref().is_some_and(|o| o != lang) {
            continue;
        }
        let bytes: usize = docs.iter().map(|d| d.len()).sum();
        let (mut wall, mut cpu) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let (t, c) = (std::time::Instant::now(), cpu_ns());
            for (i, d) in docs.iter().enumerate() {
                std::hint::black_box(extract_document(&i.to_string(), "bench.txt", d).unwrap());
            }
            wall.push(bytes as f64 / t.elapsed().as_secs_f64() / 1e6);
            if let (Some(a), Some(b)) = (c, cpu_ns()) {
                cpu.push(bytes as f64 / ((b - a) as f64 / 1e9) / 1e6);
            }
        }
        println!("{lang} ({bytes} B, {rounds} rounds): wall {}; cpu {}", summary(wall), summary(cpu));
    }
}

/// Nanoseconds this thread has run on a CPU.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

fn summary(mut rates: Vec<f64>) -> String {
    if rates.is_empty() {
        return "n/a".to_string();
    }
    let shown: Vec<String> = rates.iter().map(|r| format!("{r:.1}")).collect();
    rates.sort_by(f64::total_cmp);
    format!("median {:.1} MB/s [{}]", rates[rates.len() / 2], shown.join(" "))
}
