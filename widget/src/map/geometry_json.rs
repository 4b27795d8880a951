//! `data/geo/map.json` read into plain data, with what is derived from its paths: each region's
//! box, each neighbouring country's label point and area.
//!
//! Compiled twice: into `build.rs`, which writes what it reads as Rust tables compiled into the
//! Wasm (so the browser neither parses the JSON nor walks the paths: see [`crate::map::geometry`]), and
//! into the crate, where a test checks those tables against a reading at run time. So it uses
//! nothing of the crate.

use serde_json::Value;

/// The whole file.
pub struct MapJson {
    pub width: f64,
    pub height: f64,
    pub regions: Vec<RegionJson>,
    pub context: Vec<ContextJson>,
    pub border_ru: String,
    pub border_cn: String,
    pub attribution: String,
}

/// One region: `side` as written (`ru`, `cn`, `disputed`); `bbox` as x0, y0, x1, y1 (infinities
/// for a path without points).
pub struct RegionJson {
    pub id: String,
    pub side: String,
    pub label: (f64, f64),
    pub area: f64,
    pub d: String,
    pub bbox: [f64; 4],
}

/// One neighbouring country: names in en, ru, zh; the centroid and area of its largest ring.
pub struct ContextJson {
    pub id: String,
    pub names: [String; 3],
    pub d: String,
    pub label: (f64, f64),
    pub area: f64,
}

fn s(v: &Value, k: &str) -> Result<String, String> {
    v.get(k).and_then(Value::as_str).map(str::to_string).ok_or_else(|| format!("map.json: missing string {k:?}"))
}

fn f(v: &Value, k: &str) -> Result<f64, String> {
    v.get(k).and_then(Value::as_f64).ok_or_else(|| format!("map.json: missing number {k:?}"))
}

pub fn parse(json: &str) -> Result<MapJson, String> {
    let v: Value = serde_json::from_str(json).map_err(|e| format!("map.json: {e}"))?;
    let mut regions = Vec::new();
    for r in v.get("regions").and_then(Value::as_array).ok_or("map.json: no regions")? {
        let label = r.get("label").and_then(Value::as_array).ok_or("map.json: region without label")?;
        let label = (label[0].as_f64().unwrap_or(0.0), label[1].as_f64().unwrap_or(0.0));
        let d = s(r, "d")?;
        let mut bbox = [f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY];
        for ring in rings(&d) {
            for &(x, y) in &ring {
                bbox = [bbox[0].min(x), bbox[1].min(y), bbox[2].max(x), bbox[3].max(y)];
            }
        }
        regions.push(RegionJson { id: s(r, "id")?, side: s(r, "side")?, label, area: f(r, "area")?, d, bbox });
    }
    let mut context = Vec::new();
    for c in v.get("context").and_then(Value::as_array).ok_or("map.json: no context")? {
        let d = s(c, "d")?;
        let (label, area) = rings(&d)
            .iter()
            .map(|ring| {
                let (cx, cy, a) = centroid(ring);
                ((cx, cy), a.abs())
            })
            .fold(((0.0, 0.0), 0.0), |best, x| if x.1 > best.1 { x } else { best });
        context.push(ContextJson { id: s(c, "id")?, names: [s(c, "name_en")?, s(c, "name_ru")?, s(c, "name_zh")?], d, label, area });
    }
    let borders = v.get("borders").ok_or("map.json: no borders")?;
    Ok(MapJson {
        width: f(&v, "width")?,
        height: f(&v, "height")?,
        regions,
        context,
        border_ru: s(borders, "ru")?,
        border_cn: s(borders, "cn")?,
        attribution: s(&v, "attribution").unwrap_or_default(),
    })
}

/// The rings of a path in the `map.json` dialect (`M`/`m`, `l`, `z`, svgo-style numbers).
pub fn rings(d: &str) -> Vec<Vec<(f64, f64)>> {
    let b = d.as_bytes();
    let mut i = 0;
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let (mut cx, mut cy) = (0.0, 0.0);
    let (mut sx, mut sy) = (0.0, 0.0);
    let mut cmd = b'M';
    // Numbers have at most one decimal (svgo style: "-1.7", ".5", "12"): read them as tenths,
    // without the float parser.
    let number = |i: &mut usize| -> Option<f64> {
        while *i < b.len() && (b[*i] == b' ' || b[*i] == b',') {
            *i += 1;
        }
        let neg = *i < b.len() && b[*i] == b'-';
        if neg || (*i < b.len() && b[*i] == b'+') {
            *i += 1;
        }
        let (mut v, mut digits, mut frac, mut scale) = (0i64, 0, false, 1i64);
        while *i < b.len() {
            match b[*i] {
                c @ b'0'..=b'9' => {
                    v = v * 10 + (c - b'0') as i64;
                    digits += 1;
                    if frac {
                        scale *= 10;
                    }
                }
                b'.' if !frac => frac = true,
                _ => break,
            }
            *i += 1;
        }
        if digits == 0 {
            return None;
        }
        let x = v as f64 / scale as f64;
        Some(if neg { -x } else { x })
    };
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            cmd = c;
            i += 1;
            if c == b'z' || c == b'Z' {
                cx = sx;
                cy = sy;
            }
            continue;
        }
        if c == b' ' || c == b',' {
            i += 1;
            continue;
        }
        let Some(x) = number(&mut i) else { break };
        let Some(y) = number(&mut i) else { break };
        match cmd {
            b'M' => {
                (cx, cy) = (x, y);
                (sx, sy) = (cx, cy);
                out.push(vec![(cx, cy)]);
                cmd = b'L';
            }
            b'm' => {
                (cx, cy) = (cx + x, cy + y);
                (sx, sy) = (cx, cy);
                out.push(vec![(cx, cy)]);
                cmd = b'l';
            }
            b'L' => {
                (cx, cy) = (x, y);
                if let Some(r) = out.last_mut() {
                    r.push((cx, cy));
                }
            }
            _ => {
                (cx, cy) = (cx + x, cy + y);
                if let Some(r) = out.last_mut() {
                    r.push((cx, cy));
                }
            }
        }
    }
    out
}

/// Centroid and signed area of a ring.
fn centroid(ring: &[(f64, f64)]) -> (f64, f64, f64) {
    let (mut a, mut x, mut y) = (0.0, 0.0, 0.0);
    for i in 0..ring.len() {
        let (x0, y0) = ring[i];
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let c = x0 * y1 - x1 * y0;
        a += c;
        x += (x0 + x1) * c;
        y += (y0 + y1) * c;
    }
    if a.abs() < 1e-9 {
        let (x0, y0) = ring.first().copied().unwrap_or((0.0, 0.0));
        return (x0, y0, 0.0);
    }
    (x / (3.0 * a), y / (3.0 * a), a / 2.0)
}
