//! Reading the inputs in the shared geo directory (`../shared/geo`): the simplified GeoJSON layers
//! and the GeoNames city table. Every failure names the file it is about.

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};

/// The simplification variants published in `simplified/`, finest first.
pub const TOLERANCES: [&str; 4] = ["s2km", "s5km", "s10km", "s20km"];

/// A polygon in (lon, lat) degrees: the outer ring first, then its holes.
pub type LonLatPolygon = Vec<Vec<(f64, f64)>>;

/// One GeoJSON feature: its properties and its polygons.
pub struct Feature {
    pub props: Map<String, Value>,
    pub polygons: Vec<LonLatPolygon>,
}

impl Feature {
    /// A string property, or an error naming the feature and the key.
    pub fn text(&self, key: &str) -> Result<&str, String> {
        self.props.get(key).and_then(Value::as_str).ok_or_else(|| format!("feature {} has no string property `{key}`", self.label()))
    }

    /// A list-of-strings property (e.g. `aliases`), in source order.
    pub fn texts(&self, key: &str) -> Result<Vec<&str>, String> {
        let list = self.props.get(key).and_then(Value::as_array);
        let list = list.ok_or_else(|| format!("feature {} has no list property `{key}`", self.label()))?;
        list.iter().map(|v| v.as_str().ok_or_else(|| format!("feature {}: non-string in `{key}`", self.label()))).collect()
    }

    fn label(&self) -> String {
        for key in ["iso_3166_2", "iso_a2", "name_en"] {
            if let Some(s) = self.props.get(key).and_then(Value::as_str) {
                return s.to_string();
            }
        }
        "?".to_string()
    }
}

/// The shared geo directory.
pub struct GeoDir {
    root: PathBuf,
}

impl GeoDir {
    /// Checks that the directory and the files this tool reads exist.
    pub fn open(root: &Path, tolerance: &str) -> Result<GeoDir, String> {
        if !root.is_dir() {
            let full = std::env::current_dir().map(|d| d.join(root)).unwrap_or_else(|_| root.to_path_buf());
            return Err(format!(
                "geo source directory not found: {} (looked for {}; it holds the shared boundary and city data; \
                 run from the repository root or pass --geo DIR)",
                root.display(),
                full.display()
            ));
        }
        if !TOLERANCES.contains(&tolerance) {
            return Err(format!("unknown tolerance {tolerance:?}; expected one of {}", TOLERANCES.join(", ")));
        }
        let dir = GeoDir { root: root.to_path_buf() };
        for path in [dir.admin1(tolerance), dir.context(tolerance), dir.cities()] {
            if !path.is_file() {
                return Err(format!("missing input file: {}", path.display()));
            }
        }
        Ok(dir)
    }

    pub fn admin1(&self, tolerance: &str) -> PathBuf {
        self.root.join("simplified").join(format!("ru_cn_admin1.{tolerance}.geojson"))
    }

    pub fn context(&self, tolerance: &str) -> PathBuf {
        self.root.join("simplified").join(format!("context_countries.{tolerance}.geojson"))
    }

    pub fn cities(&self) -> PathBuf {
        self.root.join("cities.tsv")
    }
}

pub fn read_text(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// Reads a GeoJSON FeatureCollection of Polygon / MultiPolygon features.
pub fn read_features(path: &Path) -> Result<Vec<Feature>, String> {
    let text = read_text(path)?;
    let root: Value = serde_json::from_str(&text).map_err(|e| format!("{}: invalid JSON: {e}", path.display()))?;
    let features = root.get("features").and_then(Value::as_array);
    let features = features.ok_or_else(|| format!("{}: not a FeatureCollection", path.display()))?;
    features.iter().map(|f| feature(f).map_err(|e| format!("{}: {e}", path.display()))).collect()
}

fn feature(f: &Value) -> Result<Feature, String> {
    let props = f.get("properties").and_then(Value::as_object).cloned().ok_or("feature without properties")?;
    let geom = f.get("geometry").ok_or("feature without geometry")?;
    let coords = geom.get("coordinates").ok_or("geometry without coordinates")?;
    let polygons = match geom.get("type").and_then(Value::as_str) {
        Some("Polygon") => vec![polygon(coords)?],
        Some("MultiPolygon") => coords.as_array().ok_or("bad MultiPolygon")?.iter().map(polygon).collect::<Result<_, _>>()?,
        other => return Err(format!("unsupported geometry type {other:?}")),
    };
    Ok(Feature { props, polygons })
}

fn polygon(v: &Value) -> Result<LonLatPolygon, String> {
    let rings = v.as_array().ok_or("bad polygon")?;
    rings
        .iter()
        .map(|ring| {
            let pts = ring.as_array().ok_or("bad ring")?;
            pts.iter()
                .map(|p| match p.as_array().map(Vec::as_slice) {
                    Some([x, y, ..]) => Ok((x.as_f64().ok_or("bad x")?, y.as_f64().ok_or("bad y")?)),
                    _ => Err("bad position".to_string()),
                })
                .collect()
        })
        .collect()
}

/// A tab-separated table with a header line.
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn read(path: &Path) -> Result<Table, String> {
        let text = read_text(path)?;
        let mut lines = text.lines();
        let header: Vec<String> = lines.next().ok_or(format!("{}: empty", path.display()))?.split('\t').map(String::from).collect();
        let mut rows = Vec::new();
        for (i, line) in lines.enumerate().filter(|(_, l)| !l.is_empty()) {
            let row: Vec<String> = line.split('\t').map(String::from).collect();
            if row.len() != header.len() {
                return Err(format!("{} line {}: {} fields, header has {}", path.display(), i + 2, row.len(), header.len()));
            }
            rows.push(row);
        }
        Ok(Table { header, rows })
    }

    /// The index of a column, or an error naming it.
    pub fn col(&self, name: &str) -> Result<usize, String> {
        self.header.iter().position(|h| h == name).ok_or_else(|| format!("cities.tsv has no column `{name}`"))
    }
}
