//! Preview SVGs for choosing the tolerance by eye (`--preview DIR`): the full map and a 4× crop
//! on the Amur–Heilongjiang border at Blagoveshchensk/Heihe. Not part of the committed data.

use crate::derive::MapModel;
use crate::pathenc::json_num;
use exchange_atlas::projection::{Lcc, VIEW_H, VIEW_W};

/// A city to mark: (x, y) in map units and its name.
pub type CityMark = (f64, f64, String);

fn fill(side: &str) -> &'static str {
    match side {
        "ru" => "#f2c9b8",
        "cn" => "#f6e3a1",
        _ => "#d9d2cf",
    }
}

/// An SVG of the map showing the view box `(x, y, w, h)` at `px` pixels wide.
pub fn svg(m: &MapModel, cities: &[CityMark], view: (f64, f64, f64, f64), px: f64) -> String {
    let zoom = px / view.2 * (VIEW_W / 1000.0);
    let u = 1.0 / (px / view.2); // one screen pixel in map units
    let mut o = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{px}\" height=\"{}\" viewBox=\"{} {} {} {}\">\n",
        (px * view.3 / view.2).round(),
        view.0,
        view.1,
        view.2,
        view.3
    );
    o += &format!("<rect x=\"-10\" y=\"-10\" width=\"{}\" height=\"{}\" fill=\"#cfe2ee\"/>\n", VIEW_W + 20.0, VIEW_H + 20.0);
    for c in &m.context {
        o += &format!("<path d=\"{}\" fill=\"#ececec\" stroke=\"#aaa\" stroke-width=\"{}\"/>\n", c.d, 0.6 * u);
    }
    for r in &m.regions {
        o += &format!(
            "<path d=\"{}\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>\n",
            r.d,
            fill(r.side),
            0.8 * u
        );
    }
    for (_, d, _) in &m.borders {
        o += &format!("<path d=\"{d}\" fill=\"none\" stroke=\"#555\" stroke-width=\"{}\" stroke-linejoin=\"round\"/>\n", 1.2 * u);
    }
    let font = 9.0 * u;
    for r in &m.regions {
        if zoom > 2.0 || r.area > 40.0 {
            let (x, y) = (json_num(r.label.0), json_num(r.label.1));
            o += &format!("<text x=\"{x}\" y=\"{y}\" font-size=\"{font}\" text-anchor=\"middle\" font-family=\"sans-serif\" fill=\"#444\">{}</text>\n", &r.id[3..]);
        }
    }
    for (x, y, name) in cities {
        o += &format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{}\" fill=\"#b00\"/>\n", 2.0 * u);
        if zoom > 2.0 {
            o += &format!(
                "<text x=\"{:.1}\" y=\"{y:.1}\" font-size=\"{font}\" font-family=\"sans-serif\" fill=\"#700\">{name}</text>\n",
                x + 3.0 * u
            );
        }
    }
    o += &format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-family=\"sans-serif\">{} — {} region vertices</text>\n",
        view.0 + 5.0 * u,
        view.1 + 14.0 * u,
        12.0 * u,
        m.tolerance,
        m.region_vertices()
    );
    o + "</svg>\n"
}

/// Writes `map_<tol>.svg` (1000 px wide) and `amur_<tol>.svg` (4× crop centred on 127.5°E 50.3°N).
pub fn write(dir: &std::path::Path, m: &MapModel, cities: &[CityMark]) -> Result<Vec<String>, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let (cx, cy) = Lcc::atlas().project(127.5, 50.3);
    let (w, h) = (VIEW_W / 4.0, VIEW_H / 4.0);
    let views = [("map", (0.0, 0.0, VIEW_W, VIEW_H)), ("amur", (cx - w / 2.0, cy - h / 2.0, w, h))];
    let mut written = Vec::new();
    for (name, view) in views {
        let path = dir.join(format!("{name}_{}.svg", m.tolerance));
        std::fs::write(&path, svg(m, cities, view, 1000.0)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written.push(path.display().to_string());
    }
    Ok(written)
}
