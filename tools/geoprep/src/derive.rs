//! The map model: regions, context countries and country outlines, projected and quantised.

use crate::label::polylabel;
use crate::outline::dissolve;
use crate::pathenc::encode;
use crate::quantise::{polygon_area, quantise_polygon, signed_area2, to_map_units, vertex_count, Polygon, Pt, Ring};
use crate::source::{read_features, Feature, GeoDir};
use exchange_atlas::projection::{Lcc, VIEW_H, VIEW_W};

/// Context countries drawn around the two sides, in drawing order.
pub const CONTEXT: [&str; 5] = ["MN", "KZ", "KP", "KR", "JP"];

pub struct Region {
    pub id: String,
    /// "ru", "cn" or "disputed" (UA-43, UA-40, CN-TW): for styling.
    pub side: &'static str,
    /// "ru" or "cn": which side's list (`ru_regions` / `cn_regions`) the code belongs to.
    pub party: &'static str,
    pub name_en: String,
    pub name_ru: String,
    pub name_zh: String,
    pub aliases: Vec<String>,
    pub polygons: Vec<Polygon>,
    pub d: String,
    pub label: Pt,
    /// Projected area, viewBox units².
    pub area: f64,
}

pub struct Context {
    pub id: String,
    pub names: [String; 3],
    pub polygons: Vec<Polygon>,
    pub d: String,
}

pub struct MapModel {
    pub tolerance: String,
    pub regions: Vec<Region>,
    pub context: Vec<Context>,
    /// ("ru", path) and ("cn", path).
    pub borders: Vec<(&'static str, String, usize)>,
}

impl MapModel {
    pub fn region_vertices(&self) -> usize {
        self.regions.iter().map(|r| vertex_count(&r.polygons)).sum()
    }
    pub fn context_vertices(&self) -> usize {
        self.context.iter().map(|c| vertex_count(&c.polygons)).sum()
    }
    pub fn border_vertices(&self) -> usize {
        self.borders.iter().map(|b| b.2).sum()
    }
}

/// Side and party of an ISO 3166-2 code (see `data/geo/README.md`).
pub fn side_party(iso: &str) -> Result<(&'static str, &'static str), String> {
    match iso {
        "UA-43" | "UA-40" => Ok(("disputed", "ru")),
        "CN-TW" => Ok(("disputed", "cn")),
        _ if iso.starts_with("RU-") => Ok(("ru", "ru")),
        _ if iso.starts_with("CN-") => Ok(("cn", "cn")),
        _ => Err(format!("unexpected region code {iso}")),
    }
}

fn quantise_all(proj: &Lcc, f: &Feature) -> Vec<Polygon> {
    f.polygons.iter().filter_map(|p| quantise_polygon(proj, p)).collect()
}

fn label_of(polys: &[Polygon]) -> Pt {
    // The largest polygon by area; ties keep the first.
    let mut best = &polys[0];
    for p in polys {
        if polygon_area(p) > polygon_area(best) {
            best = p;
        }
    }
    let (x, y) = polylabel(&to_map_units(best), 0.2);
    ((x * 10.0).round() as i32, (y * 10.0).round() as i32)
}

fn rings(polys: &[Polygon]) -> impl Iterator<Item = &Ring> {
    polys.iter().flatten()
}

/// Natural Earth names that current usage has replaced: (code, language, name today). The old
/// name stays an alias, so older texts still match.
const NAME_FIXES: &[(&str, &str, &str)] = &[
    // NE's "Гирин" is the pre-1950s form; Russian media and official sites write "Цзилинь".
    ("CN-JL", "ru", "Цзилинь"),
];

fn region(proj: &Lcc, f: &Feature) -> Result<Region, String> {
    let id = f.text("iso_3166_2")?.to_string();
    let (side, party) = side_party(&id)?;
    let polygons = quantise_all(proj, f);
    if polygons.is_empty() {
        return Err(format!("region {id} vanished after quantisation"));
    }
    let mut aliases: Vec<String> = f.texts("aliases")?.into_iter().map(String::from).collect();
    let mut name_ru = f.text("name_ru")?.to_string();
    for &(code, lang, today) in NAME_FIXES {
        if code == id && lang == "ru" && name_ru != today {
            aliases.retain(|a| a != today);
            aliases.push(std::mem::replace(&mut name_ru, today.to_string()));
        }
    }
    Ok(Region {
        side,
        party,
        name_en: f.text("name_en")?.to_string(),
        name_ru,
        name_zh: f.text("name_zh")?.to_string(),
        aliases,
        d: encode(rings(&polygons)),
        label: label_of(&polygons),
        area: polygons.iter().map(polygon_area).sum(),
        polygons,
        id,
    })
}

fn in_view(poly: &Polygon) -> bool {
    let (w, h) = ((VIEW_W * 10.0) as i32, (VIEW_H * 10.0) as i32);
    let outer = &poly[0];
    let (x0, x1) = (outer.iter().map(|p| p.0).min().unwrap(), outer.iter().map(|p| p.0).max().unwrap());
    let (y0, y1) = (outer.iter().map(|p| p.1).min().unwrap(), outer.iter().map(|p| p.1).max().unwrap());
    x1 >= 0 && y1 >= 0 && x0 <= w && y0 <= h
}

/// Builds the map model from one simplification variant.
pub fn build(geo: &GeoDir, tolerance: &str) -> Result<MapModel, String> {
    let proj = Lcc::atlas();
    let mut regions = read_features(&geo.admin1(tolerance))?.iter().map(|f| region(&proj, f)).collect::<Result<Vec<_>, _>>()?;
    regions.sort_by(|a, b| a.id.cmp(&b.id));
    if let Some(w) = regions.windows(2).find(|w| w[0].id == w[1].id) {
        return Err(format!("duplicate region {}", w[0].id));
    }
    let countries = read_features(&geo.context(tolerance))?;
    let mut context = Vec::new();
    for code in CONTEXT {
        let f = countries.iter().find(|f| f.text("iso_a2") == Ok(code));
        let f = f.ok_or_else(|| format!("{}: no country {code}", geo.context(tolerance).display()))?;
        let polygons: Vec<Polygon> = quantise_all(&proj, f).into_iter().filter(in_view).collect();
        let names = [f.text("name_en")?.to_string(), f.text("name_ru")?.to_string(), f.text("name_zh")?.to_string()];
        context.push(Context { id: code.to_string(), names, d: encode(rings(&polygons)), polygons });
    }
    let mut borders = Vec::new();
    for key in ["ru", "cn"] {
        // Russia as NE draws it (with UA-43/UA-40); China with HK and MO, without Taiwan.
        let members = regions.iter().filter(|r| r.party == key && r.id != "CN-TW");
        let mut outline = dissolve(members.flat_map(|r| rings(&r.polygons)));
        // Outer boundaries first (largest first), then the rest, for a stable, readable order.
        outline.sort_by_key(|r| std::cmp::Reverse(signed_area2(r)));
        let n = outline.iter().map(Vec::len).sum();
        borders.push((key, encode(&outline), n));
    }
    Ok(MapModel { tolerance: tolerance.to_string(), regions, context, borders })
}
