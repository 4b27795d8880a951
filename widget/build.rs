//! Runs the core extractor over `seeds/` at build time and embeds the result (events@1 JSON)
//! in the Wasm. Cargo re-runs this whenever a file in `seeds/` is added, removed or changed.
//! A document that fails to parse is reported as a cargo warning naming the file and line; the
//! others are still embedded.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let seeds = std::env::var("EXCHANGE_ATLAS_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root.join("seeds"));
    println!("cargo:rerun-if-changed={}", seeds.display());
    println!("cargo:rerun-if-env-changed=EXCHANGE_ATLAS_SEEDS");
    let run = exchange_atlas::corpus::extract_paths(&[seeds.clone()]);
    for file in run.inputs() {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    for err in &run.errors {
        println!("cargo:warning={err}");
    }
    let json = serde_json::to_string(&run.corpus).expect("the corpus serialises");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("seeds.events.json");
    std::fs::write(&out, json).expect("OUT_DIR is writable");
}
