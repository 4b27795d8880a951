//! The map's geometry on screen: the view (scale and centre), its limits, the one transform that
//! zoom and pan write, zooming about a point, fitting the regions with events, and the arcs'
//! curves. Pure functions of numbers, apart from the components that use them.

use crate::atlas::{Atlas, Tally};
use crate::geometry::{geometry, push_fixed, BBox, MapSide};

/// The view: `k` screen px per map unit, the map point `(cx, cy)` at the centre of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct View {
    pub(crate) k: f64,
    pub(crate) cx: f64,
    pub(crate) cy: f64,
}

/// An exchange arc: a quadratic Bézier from the Russian region's label point to the Chinese one's.
pub(crate) struct ArcGeo {
    pub(crate) d: String,
    /// Start, control and end points: the curve stays inside their hull.
    pub(crate) pts: [(f64, f64); 3],
}

/// The arc of a pair, bulging to the left of the line from the Russian to the Chinese region by
/// `bulge` times its length.
pub(crate) fn arc_geo(a: (f64, f64), b: (f64, f64), bulge: f64) -> ArcGeo {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let c = ((a.0 + b.0) / 2.0 + dy * bulge, (a.1 + b.1) / 2.0 - dx * bulge);
    let mut d = String::from("M");
    for (i, v) in [a.0, a.1, c.0, c.1, b.0, b.1].into_iter().enumerate() {
        if i == 2 {
            d.push('Q');
        } else if i > 0 {
            d.push(' ');
        }
        push_fixed(&mut d, v, 1);
    }
    ArcGeo { d, pts: [a, c, b] }
}

pub(crate) fn k_full(size: (f64, f64)) -> f64 {
    let g = geometry();
    (size.0 / g.width).min(size.1 / g.height).max(1e-3)
}

pub(crate) fn k_limits(size: (f64, f64)) -> (f64, f64) {
    let f = k_full(size);
    (f * 0.8, f * 40.0)
}

pub(crate) fn clamp_view(v: View, size: (f64, f64)) -> View {
    let g = geometry();
    let (lo, hi) = k_limits(size);
    View { k: v.k.clamp(lo, hi), cx: v.cx.clamp(0.0, g.width), cy: v.cy.clamp(0.0, g.height) }
}

pub(crate) fn transform(v: View, size: (f64, f64)) -> String {
    let mut s = String::with_capacity(48);
    s.push_str("translate(");
    push_fixed(&mut s, size.0 / 2.0 - v.k * v.cx, 2);
    s.push(' ');
    push_fixed(&mut s, size.1 / 2.0 - v.k * v.cy, 2);
    s.push_str(") scale(");
    push_fixed(&mut s, v.k, 5);
    s.push(')');
    s
}

/// Zooms by `factor` keeping the map point under screen point `(px, py)` in place.
pub(crate) fn zoom_at(v: View, size: (f64, f64), px: f64, py: f64, factor: f64) -> View {
    let (mx, my) = (v.cx + (px - size.0 / 2.0) / v.k, v.cy + (py - size.1 / 2.0) / v.k);
    let (lo, hi) = k_limits(size);
    let k = (v.k * factor).clamp(lo, hi);
    clamp_view(View { k, cx: mx - (px - size.0 / 2.0) / k, cy: my - (py - size.1 / 2.0) / k }, size)
}

/// The view that shows every region with events, their arcs and places, with a margin; the whole
/// map when nothing is counted.
pub(crate) fn fit(tally: &Tally, arcs: &[ArcGeo], atlas: &Atlas, size: (f64, f64)) -> View {
    let g = geometry();
    let mut b = BBox::EMPTY;
    for r in &g.regions {
        if r.side != MapSide::Disputed && r.table.is_some_and(|t| tally.region(t) > 0) {
            b.union(&r.bbox);
        }
    }
    for (i, a) in arcs.iter().enumerate() {
        if tally.pair(i).total > 0 {
            for &(x, y) in &a.pts {
                b.add(x, y);
            }
        }
    }
    for (i, p) in atlas.places().iter().enumerate() {
        if tally.places.get(i).copied().unwrap_or(0) > 0 {
            b.add(p.x, p.y);
        }
    }
    if b.is_empty() {
        b = g.full_box();
    }
    let margin = 28.0 + 0.04 * size.0.min(size.1);
    let k = ((size.0 - 2.0 * margin).max(40.0) / b.width().max(1.0)).min((size.1 - 2.0 * margin).max(40.0) / b.height().max(1.0));
    clamp_view(View { k, cx: (b.x0 + b.x1) / 2.0, cy: (b.y0 + b.y1) / 2.0 }, size)
}
