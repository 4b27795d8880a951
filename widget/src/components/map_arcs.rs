//! The map's arcs between a Russian and a Chinese region: how each looks under the counts and the
//! selection, and their markup, written once (the map's arcs effect then updates attributes only).

use super::map_view::ArcGeo;
use crate::atlas::{Atlas, Tally};
use crate::geometry::{fixed, sorted_by_key};
use crate::selection::Selection;

/// An arc's elements and the attributes last written to them.
pub(super) struct ArcEls {
    pub p: usize,
    pub el: web_sys::Element,
    pub casing: web_sys::Element,
    pub line: web_sys::Element,
    pub class: String,
    pub width: String,
}

/// An arc's class and line width under a tally and a selection: what the arcs effect writes, and
/// what the arcs' markup starts with.
pub(super) fn arc_look(atlas: &Atlas, t: &Tally, sel: Selection, p: usize) -> (String, f64) {
    let pair = atlas.pairs()[p];
    let pt = t.pair(p);
    let mut c = String::from("arc");
    if pt.total == 0 {
        c.push_str(" off");
    }
    if pt.planned_only() {
        c.push_str(" planned");
    }
    let related = match sel {
        Selection::None => None,
        Selection::Region(r) => Some(r == pair.ru || r == pair.cn),
        Selection::Pair(q) => Some(q == p),
        // Country-level events have no arc.
        Selection::National => Some(false),
    };
    match related {
        Some(true) => c.push_str(" related"),
        Some(false) => c.push_str(" dim"),
        None => {}
    }
    if sel == Selection::Pair(p) {
        c.push_str(" selected");
    }
    let w = if pt.total == 0 { 0.0 } else { 1.5 + 4.5 * (pt.total as f64 / t.max_pair.max(1) as f64).sqrt() };
    (c, w)
}

/// The arcs' markup, most events first so that thin ones stay on top, and per arc (in markup order)
/// its pair, class and line width. One piece of markup: the browser's parser builds the four
/// elements of each pair far faster than a call per element and attribute from the Wasm (at 10,000
/// events, about 2,800 elements). Codes and numbers only. Each arc starts with the class and widths
/// of the counts and selection given, so the arcs effect's first run has nothing to write.
pub(super) fn arc_markup(atlas: &Atlas, arcs: &[ArcGeo], t0: &Tally, sel0: Selection) -> (String, Vec<(usize, String, String)>) {
    let all = atlas.tally_all();
    let order = sorted_by_key((0..atlas.pairs().len()).map(|p| -(all.pair(p).total as i64)));
    let mut arc_markup = String::new();
    let mut init = Vec::with_capacity(order.len());
    for p in order {
        let d = arcs[p].d.as_str();
        let (class, w) = arc_look(atlas, t0, sel0, p);
        let wt = fixed(w, 1);
        arc_markup.push_str("<g class=\"");
        arc_markup.push_str(&class);
        arc_markup.push_str("\" data-pair=\"");
        arc_markup.push_str(&atlas.pair_key(p));
        arc_markup.push_str("\" data-i=\"");
        arc_markup.push_str(&p.to_string());
        arc_markup.push_str("\">");
        for (part, width) in [("hit", None), ("casing", Some(fixed(w + 3.0, 1))), ("line", Some(wt.clone()))] {
            arc_markup.push_str("<path class=\"");
            arc_markup.push_str(part);
            arc_markup.push_str("\" d=\"");
            arc_markup.push_str(d);
            if let Some(width) = width {
                arc_markup.push_str("\" stroke-width=\"");
                arc_markup.push_str(&width);
            }
            arc_markup.push_str("\"/>");
        }
        arc_markup.push_str("</g>");
        init.push((p, class, wt));
    }
    (arc_markup, init)
}
