//! The map's static geometry: `data/geo/map.json` (pre-projected by `tools/geoprep`), embedded in
//! the Wasm and parsed once, plus what is derived from it once: bounding boxes, short labels and
//! the label plan (which labels show at which zoom).
//!
//! Coordinates are map units of the atlas projection (viewBox `0 0 1000 936`, x right, y down);
//! `exchange_atlas::projection::Lcc::atlas()` projects user points into the same space.

use exchange_atlas::gazetteer::region_table;
use exchange_atlas::Lang;
use serde_json::Value;
use std::sync::OnceLock;

/// The committed map geometry, embedded.
pub const MAP_JSON: &str = include_str!("../../data/geo/map.json");

/// Which style a region is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapSide {
    Ru,
    Cn,
    /// Crimea, Sevastopol, Taiwan: drawn neutral, never coloured by counts.
    Disputed,
}

impl MapSide {
    pub fn code(self) -> &'static str {
        match self {
            MapSide::Ru => "ru",
            MapSide::Cn => "cn",
            MapSide::Disputed => "disputed",
        }
    }
}

/// An axis-aligned box in map units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl BBox {
    pub const EMPTY: BBox = BBox { x0: f64::INFINITY, y0: f64::INFINITY, x1: f64::NEG_INFINITY, y1: f64::NEG_INFINITY };

    pub fn is_empty(&self) -> bool {
        self.x0 > self.x1 || self.y0 > self.y1
    }
    pub fn add(&mut self, x: f64, y: f64) {
        self.x0 = self.x0.min(x);
        self.y0 = self.y0.min(y);
        self.x1 = self.x1.max(x);
        self.y1 = self.y1.max(y);
    }
    pub fn union(&mut self, o: &BBox) {
        if !o.is_empty() {
            self.add(o.x0, o.y0);
            self.add(o.x1, o.y1);
        }
    }
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }
    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// One region of `map.json`.
#[derive(Debug)]
pub struct MapRegion {
    /// ISO 3166-2 code.
    pub id: String,
    pub side: MapSide,
    /// Index into `exchange_atlas::gazetteer::region_table()`, the key of the model's counts.
    pub table: Option<usize>,
    /// The visual centre of the largest polygon (always inside it): label and arc anchor.
    pub label: (f64, f64),
    pub area: f64,
    pub d: String,
    pub bbox: BBox,
}

/// A neighbouring country drawn muted for context.
#[derive(Debug)]
pub struct ContextCountry {
    pub id: String,
    pub names: [String; 3],
    pub d: String,
    /// Centroid of the largest ring.
    pub label: (f64, f64),
    /// Area of the largest ring.
    pub area: f64,
}

#[derive(Debug)]
pub struct Geometry {
    pub width: f64,
    pub height: f64,
    pub regions: Vec<MapRegion>,
    pub context: Vec<ContextCountry>,
    /// Stroke-only country outlines drawn on top of the regions.
    pub border_ru: String,
    pub border_cn: String,
    pub attribution: String,
}

/// The geometry, parsed on first use.
pub fn geometry() -> &'static Geometry {
    static G: OnceLock<Geometry> = OnceLock::new();
    G.get_or_init(|| Geometry::parse(MAP_JSON).expect("data/geo/map.json is valid"))
}

fn s(v: &Value, k: &str) -> Result<String, String> {
    v.get(k).and_then(Value::as_str).map(str::to_string).ok_or_else(|| format!("map.json: missing string {k:?}"))
}

fn f(v: &Value, k: &str) -> Result<f64, String> {
    v.get(k).and_then(Value::as_f64).ok_or_else(|| format!("map.json: missing number {k:?}"))
}

impl Geometry {
    pub fn parse(json: &str) -> Result<Geometry, String> {
        let v: Value = serde_json::from_str(json).map_err(|e| format!("map.json: {e}"))?;
        let table = region_table();
        let mut regions = Vec::new();
        for r in v.get("regions").and_then(Value::as_array).ok_or("map.json: no regions")? {
            let id = s(r, "id")?;
            let side = match s(r, "side")?.as_str() {
                "ru" => MapSide::Ru,
                "cn" => MapSide::Cn,
                _ => MapSide::Disputed,
            };
            let label = r.get("label").and_then(Value::as_array).ok_or("map.json: region without label")?;
            let label = (label[0].as_f64().unwrap_or(0.0), label[1].as_f64().unwrap_or(0.0));
            let d = s(r, "d")?;
            let mut bbox = BBox::EMPTY;
            for ring in rings(&d) {
                for &(x, y) in &ring {
                    bbox.add(x, y);
                }
            }
            regions.push(MapRegion {
                table: table.iter().position(|t| t.code == id),
                id,
                side,
                label,
                area: f(r, "area")?,
                d,
                bbox,
            });
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
            context.push(ContextCountry {
                id: s(c, "id")?,
                names: [s(c, "name_en")?, s(c, "name_ru")?, s(c, "name_zh")?],
                d,
                label,
                area,
            });
        }
        let borders = v.get("borders").ok_or("map.json: no borders")?;
        Ok(Geometry {
            width: f(&v, "width")?,
            height: f(&v, "height")?,
            regions,
            context,
            border_ru: s(borders, "ru")?,
            border_cn: s(borders, "cn")?,
            attribution: s(&v, "attribution").unwrap_or_default(),
        })
    }

    /// The map index of a region-table index.
    pub fn by_table(&self, table_ix: usize) -> Option<&MapRegion> {
        self.regions.iter().find(|r| r.table == Some(table_ix))
    }

    pub fn full_box(&self) -> BBox {
        BBox { x0: 0.0, y0: 0.0, x1: self.width, y1: self.height }
    }
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

/// A short map label for a region: the name without its administrative kind where that is clear
/// ("Amur", "Inner Mongolia", "内蒙古"). Tooltips and the table use the full names.
pub fn short_name(code: &str, lang: Lang) -> String {
    let Some(r) = region_table().iter().find(|r| r.code == code) else { return code.to_string() };
    let name = r.name(lang);
    match lang {
        Lang::En => {
            let n = name.replace("Autonomous Okrug – Yugra", "AO").replace("Autonomous Okrug", "AO").replace("Autonomous Oblast", "AO");
            let n = n.strip_prefix("Republic of ").unwrap_or(&n).to_string();
            let n = n.strip_suffix(" Oblast").or_else(|| n.strip_suffix(" Republic")).unwrap_or(&n).to_string();
            match n.as_str() {
                "Sakha Republic (Yakutia)" => "Yakutia".to_string(),
                "Chechen" => "Chechnya".to_string(),
                "Autonomous Republic of Crimea" => "Crimea".to_string(),
                _ => n.replace(" Republic (Yakutia)", ""),
            }
        }
        Lang::Ru => {
            if code.starts_with("CN-") {
                if let Some((head, _)) = name.split_once('-') {
                    return head.to_string();
                }
                if name == "Тибетский автономный район" {
                    return "Тибет".to_string();
                }
                return name.to_string();
            }
            let n = name.replace(" автономный округ — Югра", " АО").replace(" автономный округ", " АО").replace(" автономная область", " АО");
            let n = n.replace(" область", " обл.");
            let n = n.strip_prefix("Республика ").unwrap_or(&n).to_string();
            match n.as_str() {
                "Автономная Республика Крым" => "Крым".to_string(),
                _ => n,
            }
        }
        Lang::Zh => {
            if code.starts_with("CN-") {
                for suffix in ["特别行政区", "维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "省", "市"] {
                    if let Some(n) = name.strip_suffix(suffix) {
                        return n.to_string();
                    }
                }
            }
            match name {
                "克里米亚自治共和国" => "克里米亚".to_string(),
                _ => name.to_string(),
            }
        }
    }
}

/// Label size on screen, CSS px.
pub const LABEL_PX: f64 = 11.0;
/// Zoom tiers: tier `t` starts at scale `TIER_K0 * 2^(t/4)` screen px per map unit.
pub const TIER_K0: f64 = 0.2;
pub const TIERS: u8 = 48;
/// A label that never shows.
pub const NEVER: u8 = u8::MAX;

/// The zoom tier of a scale (px per map unit).
pub fn tier_of(k: f64) -> u8 {
    ((k / TIER_K0).log2() * 4.0).floor().clamp(0.0, TIERS as f64) as u8
}

/// The scale at which a tier starts.
pub fn tier_scale(t: u8) -> f64 {
    TIER_K0 * 2f64.powf(t as f64 / 4.0)
}

/// Estimated width of a label in px at `LABEL_PX` (no DOM needed; CJK are one em, others about half).
pub fn label_width(text: &str) -> f64 {
    text.chars()
        .map(|c| match c as u32 {
            0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF => 1.0,
            _ if c.is_uppercase() => 0.66,
            _ if c == ' ' || c == '.' || c == '-' => 0.3,
            _ => 0.55,
        })
        .sum::<f64>()
        * LABEL_PX
}

/// One label of the plan: a region (index into `regions`) or a context country.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedLabel {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// The lowest zoom tier at which the label shows (it shows at every tier above), or `NEVER`.
    pub min_tier: u8,
    pub context: bool,
    /// Map region index, for regions.
    pub region: Option<usize>,
}

/// Greedy label placement for one language. Priority: regions in `first` (the regions with
/// events), then the other regions, biggest first, then the neighbouring countries. At each zoom
/// tier, from the lowest up, the labels placed at the tier below stay (boxes only shrink in map
/// units as the zoom grows, so they still fit); the others are tried in priority order and skipped
/// when their box would overlap a placed one or when the region is too small on screen for its
/// label. O(tiers × labels²), about a millisecond.
pub fn label_plan(lang: Lang, first: &[bool]) -> Vec<PlannedLabel> {
    let g = geometry();
    let li = match lang {
        Lang::En => 0,
        Lang::Ru => 1,
        Lang::Zh => 2,
    };
    let mut labels: Vec<(PlannedLabel, f64, f64)> = Vec::new(); // label, area, width px
    for (i, r) in g.regions.iter().enumerate() {
        let text = short_name(&r.id, lang);
        let w = label_width(&text);
        labels.push((PlannedLabel { text, x: r.label.0, y: r.label.1, min_tier: NEVER, context: false, region: Some(i) }, r.area, w));
    }
    for c in &g.context {
        let text = c.names[li].clone();
        let w = label_width(&text);
        labels.push((PlannedLabel { text, x: c.label.0, y: c.label.1, min_tier: NEVER, context: true, region: None }, c.area, w));
    }
    let rank = |i: usize| -> i64 {
        match labels[i].0.region {
        Some(mi) if first.get(mi).copied().unwrap_or(false) => 0,
        Some(_) => 1,
        None => 2,
        }
    };
    // Sort keys: rank, then area descending (to 0.001 unit²).
    let order: Vec<usize> = sorted_by_key((0..labels.len()).map(|i| rank(i) * 1_000_000_000_000 - (labels[i].1 * 1000.0) as i64));
    let h_px = LABEL_PX * 1.25;
    for t in 0..=TIERS {
        let k = tier_scale(t);
        // Boxes (half sizes in map units) of the labels placed so far.
        let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
        let half = |l: &(PlannedLabel, f64, f64)| ((l.2 + 6.0) / k / 2.0, (h_px + 2.0) / k / 2.0);
        for &i in &order {
            if labels[i].0.min_tier <= t {
                let (hw, hh) = half(&labels[i]);
                placed.push((labels[i].0.x, labels[i].0.y, hw, hh));
            }
        }
        for &i in &order {
            let l = &labels[i];
            if l.0.min_tier <= t {
                continue;
            }
            // Big enough on screen: the region's size (√area) at least about half the label's width.
            let size_px = l.1.sqrt() * k;
            if size_px < (l.2 * 0.5).max(h_px * 1.4) {
                continue;
            }
            let (hw, hh) = half(l);
            let (x, y) = (l.0.x, l.0.y);
            if placed.iter().any(|&(px, py, phw, phh)| (x - px).abs() < hw + phw && (y - py).abs() < hh + phh) {
                continue;
            }
            placed.push((x, y, hw, hh));
            labels[i].0.min_tier = t;
        }
    }
    labels.into_iter().map(|l| l.0).collect()
}

/// `x` with `decimals` digits after the point, without the float formatter (which would add
/// kilobytes to the Wasm): `fixed(-1.25, 1)` is `"-1.3"`, `fixed(3.0, 2)` is `"3.00"`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let mut s = String::new();
    push_fixed(&mut s, x, decimals);
    s
}

/// Appends [`fixed`]`(x, decimals)` to `s`.
pub fn push_fixed(s: &mut String, x: f64, decimals: u32) {
    use std::fmt::Write;
    let m = 10u64.pow(decimals);
    let v = (x * m as f64).round();
    if !v.is_finite() {
        s.push('0');
        return;
    }
    if v < 0.0 {
        s.push('-');
    }
    let v = v.abs() as u64;
    let _ = write!(s, "{}", v / m);
    if decimals > 0 {
        let frac = (v % m).to_string();
        s.push('.');
        for _ in frac.len()..decimals as usize {
            s.push('0');
        }
        s.push_str(&frac);
    }
}

/// Indices `0..n` ordered by their keys, ties by index. (One sort instantiation for the widget: each
/// `sort_by` closure would add its own copy of the sort code to the Wasm.)
pub fn sorted_by_key(keys: impl Iterator<Item = i64>) -> Vec<usize> {
    let mut v: Vec<(i64, usize)> = keys.enumerate().map(|(i, k)| (k, i)).collect();
    v.sort_unstable();
    v.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_numbers_in_the_svgo_dialect() {
        let r = rings("M10 20l.5.5-1.7 0 0-1z m2 3l1 0");
        assert_eq!(r.len(), 2);
        assert_eq!(r[0], [(10.0, 20.0), (10.5, 20.5), (8.8, 20.5), (8.8, 19.5)]);
        assert_eq!(r[1][0], (12.0, 23.0), "m is relative to the previous ring's start");
    }

    #[test]
    fn fixed_point_text() {
        assert_eq!(fixed(-1.25, 1), "-1.3");
        assert_eq!(fixed(3.0, 2), "3.00");
        assert_eq!(fixed(0.05, 2), "0.05");
        assert_eq!(fixed(123.456, 0), "123");
        assert_eq!(fixed(f64::NAN, 2), "0");
    }

    #[test]
    fn the_committed_map_has_every_region_inside_the_view() {
        let g = geometry();
        assert_eq!(g.regions.len(), 119);
        assert_eq!(g.regions.iter().filter(|r| r.id.starts_with("RU-")).count(), 83);
        assert_eq!(g.regions.iter().filter(|r| r.id.starts_with("CN-")).count(), 34);
        let disputed: Vec<&str> = g.regions.iter().filter(|r| r.side == MapSide::Disputed).map(|r| r.id.as_str()).collect();
        assert_eq!(disputed, ["CN-TW", "UA-40", "UA-43"]);
        for r in &g.regions {
            assert!(r.table.is_some(), "{} is in the region table", r.id);
            let b = r.bbox;
            assert!(b.x0 >= 0.0 && b.y0 >= 0.0 && b.x1 <= g.width && b.y1 <= g.height, "{} in the view", r.id);
            assert!(b.x0 <= r.label.0 && r.label.0 <= b.x1 && b.y0 <= r.label.1 && r.label.1 <= b.y1, "{} label in its box", r.id);
        }
        assert_eq!(g.context.len(), 5);
    }

    #[test]
    fn labels_never_overlap_and_stay_once_shown() {
        let g = geometry();
        let hot: Vec<bool> = g.regions.iter().map(|r| r.id == "RU-AMU" || r.id == "CN-HL").collect();
        for lang in [Lang::En, Lang::Ru, Lang::Zh] {
            let plan = label_plan(lang, &hot);
            let amur = plan.iter().find(|p| p.region.is_some_and(|i| g.regions[i].id == "RU-AMU")).unwrap();
            let shown = |t: u8| plan.iter().filter(|p| p.min_tier <= t).count();
            assert!(shown(4) < shown(20), "more labels when zoomed in ({lang:?})");
            assert!(amur.min_tier <= 12, "regions with events are labelled early");
            for t in 0..=TIERS {
                let k = tier_scale(t);
                let boxes: Vec<(f64, f64, f64, f64)> = plan
                    .iter()
                    .filter(|p| p.min_tier <= t)
                    .map(|p| (p.x, p.y, (label_width(&p.text) + 6.0) / k / 2.0, (LABEL_PX * 1.25 + 2.0) / k / 2.0))
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        let overlap = (a.0 - b.0).abs() < a.2 + b.2 && (a.1 - b.1).abs() < a.3 + b.3;
                        assert!(!overlap, "labels overlap at tier {t} ({lang:?})");
                    }
                }
            }
        }
    }

    #[test]
    fn short_labels() {
        assert_eq!(short_name("RU-AMU", Lang::En), "Amur");
        assert_eq!(short_name("RU-KYA", Lang::En), "Krasnoyarsk Krai");
        assert_eq!(short_name("RU-AMU", Lang::Ru), "Амурская обл.");
        assert_eq!(short_name("CN-NM", Lang::Zh), "内蒙古");
        assert_eq!(short_name("CN-XJ", Lang::Ru), "Синьцзян");
    }
}
