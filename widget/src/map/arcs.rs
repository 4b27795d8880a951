//! The map's arcs between a Russian and a Chinese region: how each looks under the counts and the
//! selection, and their markup.
//!
//! Drawn in batches: every arc of one look (class and line width) is one subpath of a single casing
//! path and a single line path, so the arcs cost a few dozen elements however many pairs there are
//! (at 10,000 events, about 700 pairs were 2,800 elements, a third of the widget's first frame).
//! Widths come in half-pixel steps so that arcs share batches. The pointer finds an arc by its
//! distance to the curve ([`arc_at`]), not by an element per arc; each line path names its pairs,
//! in subpath order, in `data-pairs`.

use super::view::{arc_distance, arc_geo, ArcGeo};
use crate::model::atlas::{Atlas, Tally};
use crate::model::region_id::RegionId;
use crate::map::geometry::{fixed, geometry, sorted_by_key};
use crate::state::selection::Selection;

/// The arcs, once: from the Russian to the Chinese region's label point. Arcs that share an end
/// bulge more and more (up to five steps), so they fan out instead of running on top of each other.
pub(super) fn fanned_arcs(atlas: &Atlas) -> Vec<ArcGeo> {
    let g = geometry();
    let mut ends: std::collections::HashMap<RegionId, u32> = std::collections::HashMap::new();
    atlas
        .pairs()
        .iter()
        .map(|p| {
            let a = g.by_table(p.ru).map(|r| r.label).unwrap_or((0.0, 0.0));
            let b = g.by_table(p.cn).map(|r| r.label).unwrap_or((0.0, 0.0));
            let shared = ends.get(&p.ru).copied().unwrap_or(0).max(ends.get(&p.cn).copied().unwrap_or(0));
            *ends.entry(p.ru).or_default() += 1;
            *ends.entry(p.cn).or_default() += 1;
            arc_geo(a, b, 0.18 + 0.12 * shared.min(5) as f64)
        })
        .collect()
}

/// How many pairs the overview draws in full; the weaker ones are drawn faint (thin, light, no
/// casing) until a region they touch is hovered or selected. With every pair in full, a few
/// hundred real events drew dozens of crossing arcs over the choropleth (issue 19).
pub const STRONG: usize = 12;

/// What the arcs' looks depend on besides the counts: the selection, the hovered region (its arcs
/// are drawn in full, the others keep their look), and which pairs are strong.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ArcFocus {
    pub sel: Selection,
    pub hover: Option<RegionId>,
    /// Per pair: one of the `STRONG` with the most events (ties to the pair met first in the corpus).
    pub strong: Vec<bool>,
}

impl ArcFocus {
    pub fn new(t: &Tally, sel: Selection, hover: Option<RegionId>) -> ArcFocus {
        ArcFocus { sel, hover, strong: strong_pairs(t) }
    }
}

/// Per pair, whether it is one of the `STRONG` pairs with the most events in `t` (never one
/// without events); of pairs with as many events, those met first in the corpus. Exactly `STRONG`
/// when there are more: with a count as the threshold, real corpora's many pairs of two or three
/// events all tied and the overview was a hairball again.
pub fn strong_pairs(t: &Tally) -> Vec<bool> {
    let mut with: Vec<usize> = (0..t.pairs.len()).filter(|&p| t.pairs[p].total > 0).collect();
    with.sort_by_key(|&p| (std::cmp::Reverse(t.pairs[p].total), p));
    let mut out = vec![false; t.pairs.len()];
    for &p in with.iter().take(STRONG) {
        out[p] = true;
    }
    out
}

/// An arc's line width for `n` of at most `max` events: 1.5 to 6 px by the square root, in half
/// pixels (so arcs share batches); 0 for none.
pub fn arc_width(n: u32, max: u32) -> f64 {
    let w = if n == 0 { 0.0 } else { 1.5 + 4.5 * (n as f64 / max.max(1) as f64).sqrt() };
    (w * 2.0).round() / 2.0
}

/// An arc's class and line width under a tally, a selection and a hovered region.
pub(super) fn arc_look(atlas: &Atlas, t: &Tally, f: &ArcFocus, p: usize) -> (String, f64) {
    let pair = atlas.pairs()[p];
    let pt = t.pair(p);
    let mut c = String::from("arc");
    if pt.total == 0 {
        c.push_str(" off");
    }
    if pt.planned_only() {
        c.push_str(" planned");
    }
    let related = match f.sel {
        Selection::None => f.hover.and_then(|r| (r == pair.ru || r == pair.cn).then_some(true)),
        Selection::Region(r) => Some(r == pair.ru || r == pair.cn),
        Selection::Pair(q) => Some(q == p),
        // Country-level events have no arc.
        Selection::National => Some(false),
    };
    let faint = pt.total > 0 && !f.strong.get(p).copied().unwrap_or(false) && related != Some(true);
    match related {
        Some(true) => c.push_str(" related"),
        Some(false) => c.push_str(" dim"),
        None => {}
    }
    if faint {
        c.push_str(" faint");
    }
    if f.sel == Selection::Pair(p) {
        c.push_str(" selected");
    }
    let w = arc_width(pt.total, t.max_pair);
    (c, if faint && w > 0.0 { 1.0 } else { w })
}

/// The arcs in drawing order: most events over the whole corpus first, so that thin ones stay on top.
pub(super) fn arc_order(atlas: &Atlas) -> Vec<usize> {
    let all = atlas.tally_all();
    sorted_by_key((0..atlas.pairs().len()).map(|p| -(all.pair(p).total as i64)))
}

/// One batch: the class and width shared by its arcs, their pairs and their subpaths joined.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct ArcBatch {
    pub class: String,
    pub width: f64,
    pub pairs: Vec<usize>,
    pub d: String,
}

/// The visible arcs as batches, in drawing order: dimmed under faint under plain under related
/// under the selected one, and within each, thick under thin. Arcs with no events are left out.
pub(super) fn arc_batches(atlas: &Atlas, arcs: &[ArcGeo], order: &[usize], t: &Tally, f: &ArcFocus) -> Vec<ArcBatch> {
    let mut out: Vec<ArcBatch> = Vec::new();
    for &p in order {
        let (class, width) = arc_look(atlas, t, f, p);
        if width == 0.0 {
            continue;
        }
        match out.iter_mut().find(|b| b.class == class && b.width == width) {
            Some(b) => {
                b.pairs.push(p);
                b.d.push_str(&arcs[p].d);
            }
            None => out.push(ArcBatch { class, width, pairs: vec![p], d: arcs[p].d.clone() }),
        }
    }
    let rank = |c: &str| {
        let has = |w: &str| c.split(' ').any(|x| x == w);
        if has("selected") {
            4
        } else if has("related") {
            3
        } else if has("dim") {
            0
        } else if has("faint") {
            1
        } else {
            2
        }
    };
    // Stable: equal looks keep the order first met.
    out.sort_by(|a, b| rank(&a.class).cmp(&rank(&b.class)).then(b.width.total_cmp(&a.width)));
    out
}

/// The batches' markup: per batch, its casing under its line, classed by the look's words other
/// than `arc`; the line names its pairs.
pub(super) fn batches_markup(atlas: &Atlas, batches: &[ArcBatch]) -> String {
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
            if part == "line" {
                s.push_str("\" data-pairs=\"");
                for (i, &p) in b.pairs.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    s.push_str(&atlas.pair_key(p));
                }
            }
            s.push_str("\" d=\"");
            s.push_str(&b.d);
            s.push_str("\"/>");
        }
    }
    s
}

/// The drawn arc nearest to map point `p`, within `tol` map units: what the pointer is on. Of arcs
/// equally near, the one drawn last (on top).
pub(super) fn arc_at(batches: &[ArcBatch], arcs: &[ArcGeo], p: (f64, f64), tol: f64) -> Option<usize> {
    let mut best: Option<(f64, usize)> = None;
    for b in batches {
        for &q in &b.pairs {
            if let Some(d) = arc_distance(&arcs[q], p, tol) {
                if best.is_none_or(|(bd, _)| d <= bd) {
                    best = Some((d, q));
                }
            }
        }
    }
    best.map(|(_, q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::view::arc_geo;

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
        let sel = Selection::Region(atlas.region_id("RU-AMU").unwrap());
        for (t, sel) in [(atlas.tally_all(), Selection::None), (atlas.tally(&some), sel)] {
            let f = ArcFocus::new(&t, sel, None);
            let batches = arc_batches(&atlas, &arcs, &order, &t, &f);
            for p in 0..arcs.len() {
                let (class, w) = arc_look(&atlas, &t, &f, p);
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
        let sel = Selection::Region(atlas.region_id("RU-AMU").unwrap());
        let batches = arc_batches(&atlas, &arcs, &order, &atlas.tally_all(), &ArcFocus::new(&atlas.tally_all(), sel, None));
        let dim = |b: &ArcBatch| b.class.split(' ').any(|w| w == "dim");
        let first_lit = batches.iter().position(|b| !dim(b)).expect("the region's arcs");
        assert!(first_lit > 0, "some arcs are dimmed");
        assert!(batches[first_lit..].iter().all(|b| !dim(b)), "no dimmed arc over a lit one");
        for group in [&batches[..first_lit], &batches[first_lit..]] {
            assert!(group.windows(2).all(|w| w[0].width >= w[1].width || w[0].class != w[1].class));
        }
        // Widths come in half-pixel steps, within the range the counts give (faint ones 1 px).
        assert!(batches.iter().all(|b| (b.width * 2.0).fract() == 0.0 && (1.0..=6.0).contains(&b.width)));
    }

    #[test]
    fn markup_names_every_pair_once_and_draws_casing_under_line() {
        let (atlas, arcs) = fixture();
        let order = arc_order(&atlas);
        let t = atlas.tally_all();
        let batches = arc_batches(&atlas, &arcs, &order, &t, &ArcFocus::new(&t, Selection::None, None));
        let lines = batches_markup(&atlas, &batches);
        assert_eq!(lines.matches("casing\" stroke-width").count(), batches.len());
        assert_eq!(lines.matches("line\" stroke-width").count(), batches.len());
        assert!(lines.find("casing\"").unwrap() < lines.find("line\"").unwrap());
        assert!(!lines.contains("class=\"arc"), "look words only");
        let mut named: Vec<String> = lines
            .split("data-pairs=\"")
            .skip(1)
            .flat_map(|rest| rest[..rest.find('"').unwrap()].split(' ').map(String::from).collect::<Vec<_>>())
            .collect();
        named.sort();
        let mut all: Vec<String> = (0..arcs.len()).map(|p| atlas.pair_key(p)).collect();
        all.sort();
        assert_eq!(named, all);
    }

    #[test]
    fn the_pointer_finds_the_nearest_drawn_arc() {
        let (atlas, arcs) = fixture();
        let order = arc_order(&atlas);
        let batches = arc_batches(&atlas, &arcs, &order, &atlas.tally_all(), &ArcFocus::new(&atlas.tally_all(), Selection::None, None));
        // The fixture's arcs are parallel bows one unit apart: each one's own midpoint finds it.
        for p in 0..arcs.len() {
            let [a, c, b] = arcs[p].pts;
            let mid = ((a.0 + 2.0 * c.0 + b.0) / 4.0, (a.1 + 2.0 * c.1 + b.1) / 4.0);
            assert_eq!(arc_at(&batches, &arcs, mid, 0.4), Some(p));
        }
        assert_eq!(arc_at(&batches, &arcs, (-50.0, -50.0), 0.4), None);
        // An arc with no events is not drawn, so the pointer does not find it.
        let some: Vec<usize> = (0..atlas.corpus.events.len()).filter(|&i| !atlas.selects(Selection::Pair(0), i)).collect();
        let t = atlas.tally(&some);
        let batches = arc_batches(&atlas, &arcs, &order, &t, &ArcFocus::new(&t, Selection::None, None));
        let [a, c, b] = arcs[0].pts;
        assert_ne!(arc_at(&batches, &arcs, ((a.0 + 2.0 * c.0 + b.0) / 4.0, (a.1 + 2.0 * c.1 + b.1) / 4.0), 0.4), Some(0));
    }

    #[test]
    fn the_overview_draws_the_strongest_pairs_and_a_hovered_region_all_of_its_own() {
        let (atlas, arcs) = fixture();
        let order = arc_order(&atlas);
        let t = atlas.tally_all();
        let with_events: Vec<usize> = (0..arcs.len()).filter(|&p| t.pair(p).total > 0).collect();
        assert!(with_events.len() > STRONG, "the fixture has more pairs than the overview draws in full");
        let faint = |f: &ArcFocus, p: usize| arc_look(&atlas, &t, f, p).0.split(' ').any(|w| w == "faint");
        let overview = ArcFocus::new(&t, Selection::None, None);
        let full: Vec<usize> = with_events.iter().copied().filter(|&p| !faint(&overview, p)).collect();
        assert_eq!(full.len(), STRONG, "exactly the strongest, ties or not");
        // Every full arc has at least as many events as every faint one.
        let weakest_full = full.iter().map(|&p| t.pair(p).total).min().unwrap();
        assert!(with_events.iter().filter(|&&p| faint(&overview, p)).all(|&p| t.pair(p).total <= weakest_full));
        // Hovering a region draws all its arcs in full, and changes no other arc's look.
        let r = atlas.pairs()[*with_events.iter().find(|&&p| faint(&overview, p)).unwrap()].ru;
        let hovered = ArcFocus::new(&t, Selection::None, Some(r));
        for &p in &with_events {
            let touches = atlas.pairs()[p].ru == r || atlas.pairs()[p].cn == r;
            if touches {
                assert!(!faint(&hovered, p) && arc_look(&atlas, &t, &hovered, p).0.contains("related"));
            } else {
                assert_eq!(arc_look(&atlas, &t, &hovered, p), arc_look(&atlas, &t, &overview, p));
            }
        }
        // Every pair is still drawn once (faint ones too), so the pointer and the tests find them.
        let batches = arc_batches(&atlas, &arcs, &order, &t, &overview);
        assert_eq!(batches.iter().map(|b| b.pairs.len()).sum::<usize>(), with_events.len());
    }
}
