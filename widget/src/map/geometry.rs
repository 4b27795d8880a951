//! The map's static geometry: `data/geo/map.json` (pre-projected by `tools/geoprep`) as tables that
//! `build.rs` writes at build time (with [`crate::map::geometry_json`]): paths as text, label points, areas,
//! boxes and region ids, so that the browser parses no JSON and walks no path to draw the
//! map. Labels and their plan per zoom tier are in `labels.rs`.
//!
//! Coordinates are map units of the atlas projection (viewBox `0 0 1000 936`, x right, y down);
//! `exchange_atlas::projection::Lcc::atlas()` projects user points into the same space.

use crate::model::region_id::RegionId;
use exchange_atlas::gazetteer::region_table;
use std::sync::OnceLock;

pub use crate::map::labels::{label_plan, label_width, short_name, tier_of, tier_scale, PlannedLabel, LABEL_PX, NEVER, TIERS, TIER_K0};
pub use crate::map::geometry_json::rings;

/// The committed map geometry, as text (what the tables are made from).
pub const MAP_JSON: &str = include_str!("../../../data/geo/map.json");

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
#[derive(Debug, PartialEq)]
pub struct MapRegion {
    /// ISO 3166-2 code.
    pub id: String,
    pub side: MapSide,
    /// Its region in `exchange_atlas::gazetteer::region_table()`, the key of the model's counts.
    pub table: Option<RegionId>,
    /// The visual centre of the largest polygon (always inside it): label and arc anchor.
    pub label: (f64, f64),
    pub area: f64,
    pub d: String,
    pub bbox: BBox,
}

/// A neighbouring country drawn muted for context.
#[derive(Debug, PartialEq)]
pub struct ContextCountry {
    pub id: String,
    pub names: [String; 3],
    pub d: String,
    /// Centroid of the largest ring.
    pub label: (f64, f64),
    /// Area of the largest ring.
    pub area: f64,
}

#[derive(Debug, PartialEq)]
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

/// The geometry, made from the tables on first use (copying their text: no parsing).
pub fn geometry() -> &'static Geometry {
    static G: OnceLock<Geometry> = OnceLock::new();
    G.get_or_init(|| Geometry {
        width: MAP_WIDTH,
        height: MAP_HEIGHT,
        regions: MAP_REGIONS
            .iter()
            .map(|r| MapRegion { id: r.id.to_string(), side: r.side, table: r.table, label: r.label, area: r.area, d: r.d.to_string(), bbox: r.bbox })
            .collect(),
        context: MAP_CONTEXT
            .iter()
            .map(|c| ContextCountry { id: c.id.to_string(), names: c.names.map(str::to_string), d: c.d.to_string(), label: c.label, area: c.area })
            .collect(),
        border_ru: MAP_BORDER_RU.to_string(),
        border_cn: MAP_BORDER_CN.to_string(),
        attribution: MAP_ATTRIBUTION.to_string(),
    })
}

/// A region as `build.rs` writes it.
struct RegionRow {
    id: &'static str,
    side: MapSide,
    table: Option<RegionId>,
    label: (f64, f64),
    area: f64,
    d: &'static str,
    bbox: BBox,
}

/// A neighbouring country as `build.rs` writes it.
struct ContextRow {
    id: &'static str,
    names: [&'static str; 3],
    d: &'static str,
    label: (f64, f64),
    area: f64,
}

// MAP_WIDTH, MAP_HEIGHT, MAP_REGIONS, MAP_CONTEXT, MAP_BORDER_RU, MAP_BORDER_CN, MAP_ATTRIBUTION
include!(concat!(env!("OUT_DIR"), "/map_tables.rs"));

impl MapSide {
    /// The side of a region as `map.json` writes it.
    pub fn parse(side: &str) -> MapSide {
        match side {
            "ru" => MapSide::Ru,
            "cn" => MapSide::Cn,
            _ => MapSide::Disputed,
        }
    }
}

impl Geometry {
    /// Reads a map in the `map.json` format at run time (the widget's own map comes from the tables
    /// made at build time: [`geometry`]).
    pub fn parse(json: &str) -> Result<Geometry, String> {
        let m = crate::map::geometry_json::parse(json)?;
        let table = region_table();
        Ok(Geometry {
            width: m.width,
            height: m.height,
            regions: m
                .regions
                .into_iter()
                .map(|r| MapRegion {
                    table: table.iter().position(|t| t.code == r.id).and_then(RegionId::new),
                    side: MapSide::parse(&r.side),
                    id: r.id,
                    label: r.label,
                    area: r.area,
                    d: r.d,
                    bbox: BBox { x0: r.bbox[0], y0: r.bbox[1], x1: r.bbox[2], y1: r.bbox[3] },
                })
                .collect(),
            context: m.context.into_iter().map(|c| ContextCountry { id: c.id, names: c.names, d: c.d, label: c.label, area: c.area }).collect(),
            border_ru: m.border_ru,
            border_cn: m.border_cn,
            attribution: m.attribution,
        })
    }

    /// The map's region of a region.
    pub fn by_table(&self, id: RegionId) -> Option<&MapRegion> {
        self.regions.iter().find(|r| r.table == Some(id))
    }

    pub fn full_box(&self) -> BBox {
        BBox { x0: 0.0, y0: 0.0, x1: self.width, y1: self.height }
    }
}

/// `x` with `decimals` digits after the point, without the float formatter (which would add
/// kilobytes to the Wasm): `fixed(-1.25, 1)` is `"-1.3"`, `fixed(3.0, 2)` is `"3.00"`.
pub fn fixed(x: f64, decimals: u32) -> String {
    let mut s = String::with_capacity(12);
    push_fixed(&mut s, x, decimals);
    s
}

/// Appends [`fixed`]`(x, decimals)` to `s`. Digits are written by hand, not with `core::fmt`: the
/// map writes thousands of numbers when it is first built.
pub fn push_fixed(s: &mut String, x: f64, decimals: u32) {
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
    push_digits(s, v / m, 1);
    if decimals > 0 {
        s.push('.');
        push_digits(s, v % m, decimals as usize);
    }
}

/// `n` in decimal, with leading zeros to at least `width` digits.
fn push_digits(s: &mut String, mut n: u64, width: usize) {
    let mut buf = [b'0'; 20];
    let mut i = buf.len();
    while n > 0 || buf.len() - i < width.min(buf.len()) {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    s.push_str(std::str::from_utf8(&buf[i..]).unwrap_or_default());
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
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(1e30, 1), "1844674407370955161.5", "saturates as the cast does");
    }

    /// The same text as the formatter wrote before digits were written by hand.
    #[test]
    fn fixed_point_text_is_what_the_formatter_wrote() {
        fn by_fmt(x: f64, decimals: u32) -> String {
            let m = 10u64.pow(decimals);
            let v = (x * m as f64).round();
            if !v.is_finite() {
                return "0".into();
            }
            let v = v.abs() as u64;
            let frac = format!("{:0>1$}", v % m, decimals as usize);
            format!("{}{}{}{}", if (x * m as f64).round() < 0.0 { "-" } else { "" }, v / m, if decimals > 0 { "." } else { "" }, if decimals > 0 { frac } else { String::new() })
        }
        let mut r = 0x9e3779b97f4a7c15u64;
        for i in 0..20_000 {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
            let scale = [1e-3, 1.0, 1e3, 1e6, 1e12][i % 5];
            let x = ((r >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * scale;
            for d in [0, 1, 2, 3, 5] {
                assert_eq!(fixed(x, d), by_fmt(x, d), "{x} {d}");
            }
        }
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

    /// The tables made at build time are the map as read at run time, to the last bit.
    #[test]
    fn the_tables_are_the_map_json() {
        let parsed = Geometry::parse(MAP_JSON).unwrap();
        assert_eq!(geometry(), &parsed);
        let bits = |g: &Geometry| g.regions.iter().flat_map(|r| [r.label.0, r.label.1, r.area, r.bbox.x0, r.bbox.y1]).map(f64::to_bits).collect::<Vec<_>>();
        assert_eq!(bits(geometry()), bits(&parsed));
        assert_eq!(geometry().context[0].label, parsed.context[0].label);
    }

}
