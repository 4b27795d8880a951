//! The gazetteer tables: `regions.tsv` (the 119 admin-1 units) and `cities.tsv` (GeoNames cities
//! with their projected position).

use crate::derive::Region;
use crate::pathenc::json_num;
use crate::quantise::project_pt;
use crate::source::Table;
use exchange_atlas::projection::Lcc;

/// Countries (GeoNames codes) whose cities are kept.
pub const CITY_COUNTRIES: [&str; 6] = ["RU", "CN", "HK", "MO", "TW", "UA"];

fn clean<'a>(what: &str, v: &'a str) -> Result<&'a str, String> {
    if v.contains(['\t', '\n', '\r']) {
        Err(format!("{what}: value {v:?} contains a tab or line break"))
    } else {
        Ok(v)
    }
}

/// `iso side name_en name_ru name_zh aliases party`, one row per region, sorted by code.
pub fn regions_tsv(regions: &[Region]) -> Result<String, String> {
    let mut o = String::from("iso\tside\tname_en\tname_ru\tname_zh\taliases\tparty\n");
    for r in regions {
        if let Some(a) = r.aliases.iter().find(|a| a.contains('|')) {
            return Err(format!("{}: alias {a:?} contains '|'", r.id));
        }
        let fields = [r.id.as_str(), r.side, &r.name_en, &r.name_ru, &r.name_zh, &r.aliases.join("|"), r.party];
        let fields: Vec<&str> = fields.iter().map(|f| clean(&r.id, f)).collect::<Result<_, _>>()?;
        o += &fields.join("\t");
        o.push('\n');
    }
    Ok(o)
}

/// The city rows of the kept countries, in source order, with projected x, y (one decimal).
pub fn cities_tsv(src: &Table, proj: &Lcc) -> Result<(String, usize), String> {
    let names = ["geonameid", "name_en", "name_ru", "name_zh", "alt_names", "admin1_iso", "lat", "lon", "population", "fcode", "tags"];
    let cols: Vec<usize> = names.iter().map(|n| src.col(n)).collect::<Result<_, _>>()?;
    let (country, lat, lon) = (src.col("country")?, src.col("lat")?, src.col("lon")?);
    let mut o = String::from("geonameid\tname_en\tname_ru\tname_zh\talt_names\tregion\tlat\tlon\tpopulation\tfcode\ttags\tx\ty\n");
    let mut n = 0;
    for row in src.rows.iter().filter(|r| CITY_COUNTRIES.contains(&r[country].as_str())) {
        let parse = |i: usize| row[i].parse::<f64>().map_err(|_| format!("cities.tsv: bad coordinate {:?} for {}", row[i], row[0]));
        let (x, y) = project_pt(proj, parse(lon)?, parse(lat)?);
        for &c in &cols {
            o += &row[c];
            o.push('\t');
        }
        o += &format!("{}\t{}\n", one_decimal(x), one_decimal(y));
        n += 1;
    }
    Ok((o, n))
}

/// Tenths printed with exactly one decimal ("571.0"), for a fixed-shape column.
fn one_decimal(t: i32) -> String {
    let s = json_num(t);
    if s.contains('.') {
        s
    } else {
        format!("{s}.0")
    }
}
