//! Runs the core extractor over `seeds/` at build time and embeds the result (events@1 JSON)
//! in the Wasm. Cargo re-runs this whenever a file in `seeds/` is added, removed or changed.
//! A document that fails to parse is reported as a cargo warning naming the file and line; the
//! others are still embedded.
//!
//! Also writes `data/geo/map.json` as Rust tables (`map_tables.rs`, included by
//! `src/map/geometry.rs`): the paths as text and every number the map needs (label points, areas,
//! boxes, region ids), so that the browser does not parse the JSON or walk the paths.

use std::fmt::Write;
use std::path::{Path, PathBuf};

#[allow(dead_code)]
#[path = "src/map/geometry_json.rs"]
mod geometry_json;

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
    // Paths relative to seeds/: the absolute one would ship the build machine's folders in the
    // Wasm and make the build depend on where it ran.
    let mut corpus = run.corpus;
    for doc in &mut corpus.documents {
        if let Ok(rel) = Path::new(&doc.path).strip_prefix(&seeds) {
            doc.path = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        }
    }
    let json = serde_json::to_string(&corpus).expect("the corpus serialises");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("seeds.events.json");
    std::fs::write(&out, json).expect("OUT_DIR is writable");
    map_tables(&root, &PathBuf::from(std::env::var("OUT_DIR").unwrap()));
}

/// A float as a Rust expression of the same value (`{:?}` writes the shortest text that reads back
/// exactly).
fn num(x: f64) -> String {
    match x {
        _ if x.is_finite() => format!("{x:?}"),
        _ if x.is_nan() => "f64::NAN".into(),
        _ if x > 0.0 => "f64::INFINITY".into(),
        _ => "f64::NEG_INFINITY".into(),
    }
}

fn map_tables(root: &Path, out_dir: &Path) {
    let path = root.join("data/geo/map.json");
    println!("cargo:rerun-if-changed={}", path.display());
    let json = std::fs::read_to_string(&path).expect("data/geo/map.json is readable");
    let map = geometry_json::parse(&json).expect("data/geo/map.json is valid");
    let table = exchange_atlas::gazetteer::region_table();
    let mut s = String::from("// Made by widget/build.rs from data/geo/map.json.\n");
    let _ = writeln!(s, "const MAP_WIDTH: f64 = {};\nconst MAP_HEIGHT: f64 = {};", num(map.width), num(map.height));
    let _ = writeln!(s, "static MAP_REGIONS: [RegionRow; {}] = [", map.regions.len());
    for r in &map.regions {
        let side = match r.side.as_str() {
            "ru" => "Ru",
            "cn" => "Cn",
            _ => "Disputed",
        };
        let ix = match table.iter().position(|t| t.code == r.id) {
            Some(i) => format!("Some(RegionId::of_table({i}))"),
            None => "None".into(),
        };
        let [x0, y0, x1, y1] = r.bbox.map(num);
        let _ = writeln!(
            s,
            "    RegionRow {{ id: {:?}, side: MapSide::{side}, table: {ix}, label: ({}, {}), area: {}, bbox: BBox {{ x0: {x0}, y0: {y0}, x1: {x1}, y1: {y1} }}, d: {:?} }},",
            r.id,
            num(r.label.0),
            num(r.label.1),
            num(r.area),
            r.d
        );
    }
    let _ = writeln!(s, "];\nstatic MAP_CONTEXT: [ContextRow; {}] = [", map.context.len());
    for c in &map.context {
        let _ = writeln!(
            s,
            "    ContextRow {{ id: {:?}, names: {:?}, label: ({}, {}), area: {}, d: {:?} }},",
            c.id,
            c.names,
            num(c.label.0),
            num(c.label.1),
            num(c.area),
            c.d
        );
    }
    let _ = writeln!(s, "];");
    for (name, v) in [("MAP_BORDER_RU", &map.border_ru), ("MAP_BORDER_CN", &map.border_cn), ("MAP_ATTRIBUTION", &map.attribution)] {
        let _ = writeln!(s, "const {name}: &str = {v:?};");
    }
    std::fs::write(out_dir.join("map_tables.rs"), s).expect("OUT_DIR is writable");
}
