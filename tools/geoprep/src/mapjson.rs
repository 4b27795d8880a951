//! Writing `map.json`: hand-formatted (one region per line) so that the bytes never depend on a
//! JSON library's map ordering or float printing.

use crate::derive::MapModel;
use crate::pathenc::json_num;
use exchange_atlas::projection::{Lcc, APEX, CENTRAL_MERIDIAN, SCALE, VIEW_H, VIEW_W};

pub const ATTRIBUTION: &str = "Boundaries: Natural Earth (public domain). Cities: GeoNames (CC BY 4.0)";

fn s(v: &str) -> String {
    serde_json::to_string(v).expect("strings always serialise")
}

/// A number printed with at most `decimals` decimals and no trailing zeros.
pub fn num(v: f64, decimals: usize) -> String {
    let t = format!("{v:.decimals$}");
    let t = if t.contains('.') { t.trim_end_matches('0').trim_end_matches('.').to_string() } else { t };
    if t == "-0" {
        "0".to_string()
    } else {
        t
    }
}

pub fn write(m: &MapModel) -> String {
    let lcc = Lcc::atlas();
    let (p1, p2) = lcc.standard_parallels();
    let mut o = String::new();
    o += &format!("{{\"width\":{},\"height\":{},\"tolerance\":{},", num(VIEW_W, 1), num(VIEW_H, 1), s(&m.tolerance));
    o += &format!(
        "\"projection\":{{\"type\":\"lcc_sphere\",\"lon0\":{},\"lat1\":{},\"lat2\":{},\"scale\":{},\"apex\":[{},{}],\"negative_lon\":\"+360\"}},\n",
        num(CENTRAL_MERIDIAN, 6),
        num(p1, 6),
        num(p2, 6),
        num(SCALE, 6),
        num(APEX.0, 6),
        num(APEX.1, 6)
    );
    o += &format!("\"attribution\":{},\n\"regions\":[\n", s(ATTRIBUTION));
    for (i, r) in m.regions.iter().enumerate() {
        let sep = if i + 1 < m.regions.len() { "," } else { "" };
        o += &format!(
            "{{\"id\":{},\"side\":{},\"party\":{},\"label\":[{},{}],\"area\":{},\"d\":{}}}{sep}\n",
            s(&r.id),
            s(r.side),
            s(r.party),
            json_num(r.label.0),
            json_num(r.label.1),
            num(r.area, 2),
            s(&r.d)
        );
    }
    o += "],\n\"context\":[\n";
    for (i, c) in m.context.iter().enumerate() {
        let sep = if i + 1 < m.context.len() { "," } else { "" };
        o += &format!(
            "{{\"id\":{},\"name_en\":{},\"name_ru\":{},\"name_zh\":{},\"d\":{}}}{sep}\n",
            s(&c.id),
            s(&c.names[0]),
            s(&c.names[1]),
            s(&c.names[2]),
            s(&c.d)
        );
    }
    o += "],\n\"borders\":{\n";
    for (i, (key, d, _)) in m.borders.iter().enumerate() {
        let sep = if i + 1 < m.borders.len() { "," } else { "" };
        o += &format!("{}:{}{sep}\n", s(key), s(d));
    }
    o += "}}\n";
    o
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers() {
        assert_eq!(num(1000.0, 1), "1000");
        assert_eq!(num(0.26, 1), "0.3");
        assert_eq!(num(12.50, 2), "12.5");
        assert_eq!(num(-0.001, 2), "0");
        assert_eq!(num(105.0, 6), "105");
    }
}
