//! The embedded gazetteer tables, parsed once.

use crate::model::Side;

const REGIONS_TSV: &str = include_str!("../../data/geo/regions.tsv");
const CITIES_TSV: &str = include_str!("../../data/geo/cities.tsv");
pub(super) const EXTRA_TSV: &str = include_str!("../../data/gazetteer/extra.tsv");

/// A first-level region of Russia or China (or a disputed area drawn on the map).
#[derive(Debug, Clone)]
pub struct Region {
    /// ISO 3166-2, e.g. `RU-AMU`.
    pub code: String,
    /// The side it counts for; `None` for Crimea and Sevastopol (UA-43, UA-40).
    pub side: Option<Side>,
    pub name_en: String,
    pub name_ru: String,
    pub name_zh: String,
    /// Other names as given by the source data (not all of them are matched).
    pub aliases: Vec<String>,
}

impl Region {
    pub fn name(&self, lang: crate::model::Lang) -> &str {
        match lang {
            crate::model::Lang::En => &self.name_en,
            crate::model::Lang::Ru => &self.name_ru,
            crate::model::Lang::Zh => &self.name_zh,
        }
    }
}

/// A city that maps to a region.
#[derive(Debug, Clone)]
pub struct City {
    pub name_en: String,
    pub name_ru: String,
    pub name_zh: String,
    /// Index into the region table.
    pub region: u16,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

/// The region table; `aliases` only when asked for (the matcher needs them, a viewer of names
/// does not, and they are most of the table's strings).
pub(super) fn regions(aliases: bool) -> Vec<Region> {
    let mut out = Vec::with_capacity(128);
    for line in REGIONS_TSV.lines().skip(1) {
        let mut f = line.split('\t');
        let (Some(code), Some(side), Some(name_en), Some(name_ru), Some(name_zh), Some(alias)) =
            (f.next(), f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let side = match side {
            "ru" => Some(Side::Ru),
            "cn" => Some(Side::Cn),
            _ if code.starts_with("CN-") => Some(Side::Cn),
            _ => None,
        };
        out.push(Region {
            code: code.to_string(),
            side,
            name_en: name_en.to_string(),
            name_ru: name_ru.to_string(),
            name_zh: name_zh.to_string(),
            aliases: if aliases { alias.split('|').filter(|a| !a.is_empty()).map(str::to_string).collect() } else { Vec::new() },
        });
    }
    out
}

/// Which cities are worth matching: proper cities, not districts, and for China not the
/// township-level places GeoNames also lists.
fn keep_city(country: &str, population: u64, fcode: &str, tags: &str) -> bool {
    if tags.contains("border") || tags.contains("adm1_capital") {
        return true;
    }
    match country {
        "RU" => fcode != "PPLX" && population >= 50_000,
        "CN" | "HK" | "MO" | "TW" => {
            matches!(fcode, "PPLA" | "PPLA2" | "PPLC") || population >= 150_000 && fcode != "PPLX"
        }
        _ => population >= 50_000,
    }
}

pub(super) fn cities(regions: &[Region]) -> Vec<City> {
    let mut out = Vec::new();
    let mut lines = CITIES_TSV.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name);
    let (Some(c_en), Some(c_ru), Some(c_zh), Some(c_region), Some(c_lat), Some(c_lon), Some(c_pop), Some(c_fcode), Some(c_tags)) = (
        col("name_en"),
        col("name_ru"),
        col("name_zh"),
        col("region"),
        col("lat"),
        col("lon"),
        col("population"),
        col("fcode"),
        col("tags"),
    ) else {
        return out;
    };
    let c_country = col("country");
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        let get = |i: usize| f.get(i).copied().unwrap_or("");
        let region_code = get(c_region);
        let Some(region) = regions.iter().position(|r| r.code == region_code) else { continue };
        let population: u64 = get(c_pop).parse().unwrap_or(0);
        let country = c_country.map(get).unwrap_or_else(|| &region_code[..2]);
        if !keep_city(country, population, get(c_fcode), get(c_tags)) {
            continue;
        }
        out.push(City {
            name_en: get(c_en).to_string(),
            name_ru: get(c_ru).to_string(),
            name_zh: get(c_zh).to_string(),
            region: region as u16,
            lat: get(c_lat).parse().unwrap_or(0.0),
            lon: get(c_lon).parse().unwrap_or(0.0),
            population,
        });
    }
    out
}
