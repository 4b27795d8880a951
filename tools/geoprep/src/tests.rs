//! Tests on the real shared data (skipped with a note when `../shared/geo` is absent).

use crate::outputs::{derive, Outputs};
use crate::DEFAULT_TOLERANCE;
use exchange_atlas::projection::Lcc;
use std::path::PathBuf;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `../shared/geo` next to the repository, if present.
fn shared_geo() -> Option<PathBuf> {
    let dir = repo_root().join("../shared/geo");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is missing; skipping the test on the shared geo data", dir.display());
        None
    }
}

fn derived() -> Option<Outputs> {
    let geo = shared_geo()?;
    Some(derive(&geo, DEFAULT_TOLERANCE).expect("derivation succeeds"))
}

#[test]
fn missing_geo_dir_is_named_in_the_error() {
    let Err(e) = derive(&PathBuf::from("/nonexistent/shared/geo"), DEFAULT_TOLERANCE) else { panic!("should fail") };
    assert!(e.contains("/nonexistent/shared/geo") && e.contains("not found"), "{e}");
}

#[test]
fn all_regions_with_their_sides() {
    let Some(out) = derived() else { return };
    let regions = &out.model.regions;
    let count = |f: &dyn Fn(&str) -> bool| regions.iter().filter(|r| f(&r.id)).count();
    assert_eq!(count(&|id| id.starts_with("RU-")), 83);
    assert_eq!(count(&|id| id.starts_with("CN-")), 34);
    assert_eq!(count(&|id| id == "UA-43" || id == "UA-40"), 2);
    assert_eq!(regions.len(), 119);
    for r in regions {
        let expected = match r.id.as_str() {
            "UA-43" | "UA-40" => ("disputed", "ru"),
            "CN-TW" => ("disputed", "cn"),
            id if id.starts_with("RU-") => ("ru", "ru"),
            _ => ("cn", "cn"),
        };
        assert_eq!((r.side, r.party), expected, "{}", r.id);
        assert!(!r.d.is_empty() && r.area > 0.0, "{}", r.id);
    }
    let tsv = String::from_utf8(out.files.iter().find(|f| f.0 == "regions.tsv").unwrap().1.clone()).unwrap();
    assert_eq!(tsv.lines().count(), 120);
    assert_eq!(out.cities, 1836);
}

#[test]
fn chukotka_is_one_piece_across_180() {
    let Some(out) = derived() else { return };
    let proj = Lcc::atlas();
    let chu = out.model.regions.iter().find(|r| r.id == "RU-CHU").expect("RU-CHU");
    let lon = |p: &(i32, i32)| proj.unproject(p.0 as f64 / 10.0, p.1 as f64 / 10.0).0;
    // The mainland is a single polygon reaching from west of 175°E to east of 185°E (175°W).
    let mainland = chu.polygons.iter().find(|poly| poly[0].iter().any(|p| lon(p) < 175.0) && poly[0].iter().any(|p| lon(p) > 185.0));
    let mainland = mainland.expect("one polygon spans the 180° meridian");
    // Its x-range extends well east of where the (slanted) 180° meridian crosses its latitudes.
    let east = mainland[0].iter().filter(|p| {
        let (x, y) = (p.0 as f64 / 10.0, p.1 as f64 / 10.0);
        x > proj.project(180.0, proj.unproject(x, y).1).0 + 10.0
    });
    assert!(east.count() > 10, "too few vertices east of 180°");
    let max_x = mainland[0].iter().map(|p| p.0).max().unwrap() as f64 / 10.0;
    assert!(max_x > proj.project(180.0, 66.0).0 + 30.0, "max x {max_x}");
}

#[test]
fn derivation_is_deterministic() {
    let Some(a) = derived() else { return };
    let b = derived().unwrap();
    for ((na, fa), (nb, fb)) in a.files.iter().zip(&b.files) {
        assert_eq!(na, nb);
        assert!(fa == fb, "{na} differs between runs");
    }
}

#[test]
fn committed_files_are_up_to_date() {
    let Some(out) = derived() else { return };
    let dir = repo_root().join("data/geo");
    for (name, bytes) in &out.files {
        let committed = std::fs::read(dir.join(name)).unwrap_or_default();
        assert!(&committed == bytes, "data/geo/{name} is stale: run `cargo run -p geoprep --release`");
    }
}
