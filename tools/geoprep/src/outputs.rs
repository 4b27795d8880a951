//! The whole derivation: every output file as bytes, plus the statistics the README reports.

use crate::derive::{build, MapModel};
use crate::label::{contains, signed_distance};
use crate::pathenc::decode;
use crate::quantise::{to_map_units, MapPolygon};
use crate::source::{GeoDir, Table, TOLERANCES};
use crate::{mapjson, readme, tables};
use exchange_atlas::projection::{Lcc, VIEW_H, VIEW_W};
use flate2::{write::GzEncoder, Compression};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// Size and vertex counts of map.json for one simplification variant.
pub struct Variant {
    pub tolerance: &'static str,
    pub region_vertices: usize,
    pub context_vertices: usize,
    pub border_vertices: usize,
    pub raw: usize,
    pub gz: usize,
    /// Cities whose projected point falls outside their region's polygons, and of those the
    /// ones more than one map unit (≈ 8.5 km, one pixel at 1000 px) away from it.
    pub cities_outside: usize,
    pub cities_outside_1u: usize,
}

pub struct Outputs {
    /// (file name inside the output directory, contents)
    pub files: Vec<(&'static str, Vec<u8>)>,
    pub model: MapModel,
    pub variants: Vec<Variant>,
    pub cities: usize,
}

/// Gzip size at the best compression level (deterministic for a given flate2 version).
pub fn gzip_len(bytes: &[u8]) -> usize {
    let mut e = GzEncoder::new(Vec::new(), Compression::best());
    e.write_all(bytes).expect("writing to memory");
    e.finish().expect("writing to memory").len()
}

/// Derives all outputs from `geo_root` with the chosen simplification variant.
pub fn derive(geo_root: &Path, tolerance: &str) -> Result<Outputs, String> {
    let geo = GeoDir::open(geo_root, tolerance)?;
    let city_table = Table::read(&geo.cities())?;
    let points = city_points(&city_table)?;
    let mut variants = Vec::new();
    let mut chosen = None;
    for t in TOLERANCES {
        let model = build(&geo, t)?;
        check(&model)?;
        let json = mapjson::write(&model);
        let (cities_outside, cities_outside_1u) = cities_outside(&model, &points);
        variants.push(Variant {
            tolerance: t,
            region_vertices: model.region_vertices(),
            context_vertices: model.context_vertices(),
            border_vertices: model.border_vertices(),
            raw: json.len(),
            gz: gzip_len(json.as_bytes()),
            cities_outside,
            cities_outside_1u,
        });
        if t == tolerance {
            chosen = Some((model, json));
        }
    }
    let (model, json) = chosen.expect("the tolerance was validated");
    let regions = tables::regions_tsv(&model.regions)?;
    let (cities, n_cities) = tables::cities_tsv(&city_table, &Lcc::atlas())?;
    let tables = [
        ("regions.tsv", regions.len(), gzip_len(regions.as_bytes()), model.regions.len()),
        ("cities.tsv", cities.len(), gzip_len(cities.as_bytes()), n_cities),
    ];
    let readme = readme::write(&model, &variants, &tables);
    let files = vec![
        ("map.json", json.into_bytes()),
        ("regions.tsv", regions.into_bytes()),
        ("cities.tsv", cities.into_bytes()),
        ("README.md", readme.into_bytes()),
    ];
    Ok(Outputs { files, model, variants, cities: n_cities })
}

/// A city's region code and projected point.
type CityPoint = (String, (f64, f64));

fn city_points(t: &Table) -> Result<Vec<CityPoint>, String> {
    let (region, lat, lon) = (t.col("admin1_iso")?, t.col("lat")?, t.col("lon")?);
    let proj = Lcc::atlas();
    t.rows
        .iter()
        .map(|r| match (r[lon].parse(), r[lat].parse()) {
            (Ok(lo), Ok(la)) => Ok((r[region].clone(), proj.project(lo, la))),
            _ => Err(format!("cities.tsv: bad coordinates for {}", r[0])),
        })
        .collect()
}

/// How many cities fall outside their region at this tolerance (any distance; > 1 unit).
fn cities_outside(m: &MapModel, points: &[CityPoint]) -> (usize, usize) {
    let mut polys: HashMap<&str, Vec<MapPolygon>> = HashMap::new();
    for r in &m.regions {
        polys.insert(&r.id, r.polygons.iter().map(to_map_units).collect());
    }
    let (mut outside, mut far) = (0, 0);
    for (region, p) in points {
        let Some(ps) = polys.get(region.as_str()) else { continue };
        let d = ps.iter().map(|poly| signed_distance(poly, *p)).fold(f64::MIN, f64::max);
        outside += (d < 0.0) as usize;
        far += (d < -1.0) as usize;
    }
    (outside, far)
}

/// Self-checks of a model: paths decode to the quantised rings, every vertex is in the viewBox,
/// and every label lies inside its region.
fn check(m: &MapModel) -> Result<(), String> {
    let (w, h) = ((VIEW_W * 10.0) as i32, (VIEW_H * 10.0) as i32);
    for r in &m.regions {
        let rings: Vec<_> = r.polygons.iter().flatten().cloned().collect();
        if decode(&r.d)? != rings {
            return Err(format!("{}: path does not decode to its rings", r.id));
        }
        if let Some(p) = rings.iter().flatten().find(|p| p.0 < 0 || p.1 < 0 || p.0 > w || p.1 > h) {
            return Err(format!("{}: vertex {p:?} (tenths) outside the viewBox", r.id));
        }
        let label = (r.label.0 as f64 / 10.0, r.label.1 as f64 / 10.0);
        let inside = r.polygons.iter().any(|poly| contains(&to_map_units(poly), label));
        if !inside {
            return Err(format!("{}: label {label:?} outside the region", r.id));
        }
    }
    for c in &m.context {
        if decode(&c.d)? != c.polygons.iter().flatten().cloned().collect::<Vec<_>>() {
            return Err(format!("{}: path does not decode to its rings", c.id));
        }
    }
    Ok(())
}
