//! The map's arcs between a Russian and a Chinese region: how each looks under the counts and the
//! selection, and their markup.
//!
//! Drawn in batches: every arc of one look (class and line width) is one subpath of a single casing
//! path and a single line path, so the arcs cost a few dozen painted elements however many pairs
//! there are. Each arc keeps one invisible element of its own, the `path.arc` that takes the pointer
//! (and names the pair for tests and tools): at 10,000 events, about 700 elements instead of 2,800.
//! Widths come in half-pixel steps so that arcs share batches.

use super::map_view::ArcGeo;
use crate::atlas::{Atlas, Tally};
use crate::geometry::{fixed, sorted_by_key};
use crate::selection::Selection;

/// An arc's class and line width under a tally and a selection.
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
    (c, (w * 2.0).round() / 2.0)
}

/// The arcs in drawing order: most events over the whole corpus first, so that thin ones stay on top.
pub(super) fn arc_order(atlas: &Atlas) -> Vec<usize> {
    let all = atlas.tally_all();
    sorted_by_key((0..atlas.pairs().len()).map(|p| -(all.pair(p).total as i64)))
}

/// One batch: the class and width shared by its arcs, and their subpaths joined.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ArcBatch {
    pub class: String,
    pub width: f64,
    pub d: String,
}

/// The visible arcs as batches, in drawing order: dimmed under plain under related under the
/// selected one, and within each, thick under thin. Arcs with no events are left out.
pub(super) fn arc_batches(atlas: &Atlas, arcs: &[ArcGeo], order: &[usize], t: &Tally, sel: Selection) -> Vec<ArcBatch> {
    let mut out: Vec<ArcBatch> = Vec::new();
    for &p in order {
        let (class, width) = arc_look(atlas, t, sel, p);
        if width == 0.0 {
            continue;
        }
        match out.iter_mut().find(|b| b.class == class && b.width == width) {
            Some(b) => b.d.push_str(&arcs[p].d),
            None => out.push(ArcBatch { class, width, d: arcs[p].d.clone() }),
        }
    }
    let rank = |c: &str| {
        let has = |w: &str| c.split(' ').any(|x| x == w);
        if has("selected") {
            3
        } else if has("related") {
            2
        } else if has("dim") {
            0
        } else {
            1
        }
    };
    // Stable: equal looks keep the order first met.
    out.sort_by(|a, b| rank(&a.class).cmp(&rank(&b.class)).then(b.width.total_cmp(&a.width)));
    out
}

/// The batches' markup: per batch, its casing under its line, classed by the look's words other
/// than `arc` (that class is the pointer targets').
pub(super) fn batches_markup(batches: &[ArcBatch]) -> String {
    let mut s = String::new();
    for b in batches {
        for (part, w) in [("casing", b.width + 3.0), ("line", b.width)] {
            s.push_str("<path class=\"");
            for word in b.class.split(' ').filter(|w| *w != "arc") {
                s.push_str(word);
                s.push(' ');
            }
            s.push_str(part);
            s.push_str("\" stroke-width=\"");
            s.push_str(&fixed(w, 1));
            s.push_str("\" d=\"");
            s.push_str(&b.d);
            s.push_str("\"/>");
        }
    }
    s
}

/// The class of an arc's pointer target: hidden with no events, marked when selected.
pub(super) fn hit_class(t: &Tally, sel: Selection, p: usize) -> &'static str {
    match (t.pair(p).total == 0, sel == Selection::Pair(p)) {
        (true, _) => "arc off",
        (false, true) => "arc selected",
        (false, false) => "arc",
    }
}

/// The pointer targets' markup, one invisible `path.arc` per pair in drawing order (a pair with
/// more events lies under the thinner ones, as drawn). Codes and numbers only.
pub(super) fn hits_markup(atlas: &Atlas, arcs: &[ArcGeo], order: &[usize], t: &Tally, sel: Selection) -> String {
    let mut s = String::new();
    for &p in order {
        s.push_str("<path class=\"");
        s.push_str(hit_class(t, sel, p));
        s.push_str("\" data-pair=\"");
        s.push_str(&atlas.pair_key(p));
        s.push_str("\" data-i=\"");
        s.push_str(&p.to_string());
        s.push_str("\" d=\"");
        s.push_str(&arcs[p].d);
        s.push_str("\"/>");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::map_view::arc_geo;

    /// The seeds' atlas, with events copied between many pairs so that looks vary.
    fn fixture() -> (std::sync::Arc<Atlas>, Vec<ArcGeo>) {
        let mut corpus = crate::embedded_atlas().corpus.clone();
        let base = corpus.events[0].clone();
        let ru = ["RU-AMU", "RU-PRI", "RU-KHA", "RU-YEV", "RU-IRK", "RU-ZAB"];
        let cn = ["CN-HL", "CN-JL", "CN-LN", "CN-NM", "CN-XJ"];
        for i in 0..60 {
            let mut e = base.clone();
            e.id = format!("t#{i}");
            e.ru_regions = vec![ru[i % ru.len()].into()];
            e.cn_regions = vec![cn[(i * i) % cn.len()].into()];
            corpus.events.push(e);
        }
        let atlas = std::sync::Arc::new(Atlas::new(corpus));
        let arcs = (0..atlas.pairs().len()).map(|p| arc_geo((p as f64, 0.0), (p as f64, 10.0), 0.2)).collect();
        (atlas, arcs)
    }

    #[test]
    fn every_arc_with_events_is_drawn_once_in_the_batch_of_its_look() {
        let (atlas, arcs) = fixture();
        let order = arc_order(&atlas);
        let n = atlas.corpus.events.len();
        let some: Vec<usize> = (0..n).filter(|i| i % 3 != 0).collect();
        let sel = Selection::Region(atlas.region_index("RU-AMU").unwrap());
        for (t, sel) in [(atlas.tally_all(), Selection::None), (atlas.tally(&some), sel)] {
            let batches = arc_batches(&atlas, &arcs, &order, &t, sel);
            for p in 0..arcs.len() {
                let (class, w) = arc_look(&atlas, &t, sel, p);
                let holding: Vec<&ArcBatch> = batches.iter().filter(|b| b.d.contains(&arcs[p].d)).collect();
                if t.pair(p).total == 0 {
                    assert!(holding.is_empty(), "pair {p} has no events and is not drawn");
                } else {
                    assert_eq!(holding.len(), 1, "pair {p} drawn once");
                    assert_eq!((&holding[0].class, holding[0].width), (&class, w));
                }
            }
            // One batch per look.
            for (i, a) in batches.iter().enumerate() {
                assert!(batches[i + 1..].iter().all(|b| (&b.class, b.width) != (&a.class, a.width)));
            }
            assert!(batches.len() < arcs.len(), "{} batches for {} arcs", batches.len(), arcs.len());
        }
    }

    #[test]
    fn dimmed_arcs_lie_under_the_others_and_thick_under_thin() {
        let (atlas, arcs) = fixture();
        let order = arc_order(&atlas);
        let sel = Selection::Region(atlas.region_index("RU-AMU").unwrap());
        let batches = arc_batches(&atlas, &arcs, &order, &atlas.tally_all(), sel);
        let dim = |b: &ArcBatch| b.class.split(' ').any(|w| w == "dim");
        let first_lit = batches.iter().position(|b| !dim(b)).expect("the region's arcs");
        assert!(first_lit > 0, "some arcs are dimmed");
        assert!(batches[first_lit..].iter().all(|b| !dim(b)), "no dimmed arc over a lit one");
        for group in [&batches[..first_lit], &batches[first_lit..]] {
            assert!(group.windows(2).all(|w| w[0].width >= w[1].width || w[0].class != w[1].class));
        }
        // Widths come in half-pixel steps, within the range the counts give.
        assert!(batches.iter().all(|b| (b.width * 2.0).fract() == 0.0 && (1.5..=6.0).contains(&b.width)));
    }

    #[test]
    fn markup_names_every_pair_and_draws_casing_under_line() {
        let (atlas, arcs) = fixture();
        let order = arc_order(&atlas);
        let t = atlas.tally_all();
        let hits = hits_markup(&atlas, &arcs, &order, &t, Selection::Pair(order[0]));
        assert_eq!(hits.matches("<path class=\"arc").count(), arcs.len());
        assert_eq!(hits.matches("class=\"arc selected\"").count(), 1);
        assert!(hits.contains(&format!("data-pair=\"{}\"", atlas.pair_key(order[0]))));
        let batches = arc_batches(&atlas, &arcs, &order, &t, Selection::None);
        let lines = batches_markup(&batches);
        assert_eq!(lines.matches("casing\" stroke-width").count(), batches.len());
        assert_eq!(lines.matches("line\" stroke-width").count(), batches.len());
        assert!(lines.find("casing\"").unwrap() < lines.find("line\"").unwrap());
        assert!(!lines.contains("class=\"arc"), "the batches do not take the targets' class");
    }
}
