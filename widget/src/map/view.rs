//! The map's geometry on screen: the view (scale and centre), its limits, the one transform that
//! zoom and pan write, zooming about a point, fitting the regions with events, and the arcs'
//! curves. Pure functions of numbers, apart from the components that use them.

use crate::model::atlas::{Atlas, Tally};
use crate::map::geometry::{geometry, push_fixed, BBox, MapSide};

/// The view: `k` screen px per map unit, the map point `(cx, cy)` at the centre of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct View {
    pub(crate) k: f64,
    pub(crate) cx: f64,
    pub(crate) cy: f64,
}

/// What the pointer (or keyboard focus) is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hover {
    /// Map region index.
    Region(usize),
    /// Pair index.
    Pair(usize),
    /// Place index.
    Place(usize),
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

/// How far map point `p` lies from the arc's curve, when it is within `tol` (map units): the curve
/// as 24 chords, after a test against the control points' box (the curve stays inside their hull).
pub(crate) fn arc_distance(arc: &ArcGeo, p: (f64, f64), tol: f64) -> Option<f64> {
    let [a, c, b] = arc.pts;
    let (x0, x1) = (a.0.min(b.0).min(c.0) - tol, a.0.max(b.0).max(c.0) + tol);
    let (y0, y1) = (a.1.min(b.1).min(c.1) - tol, a.1.max(b.1).max(c.1) + tol);
    if p.0 < x0 || p.0 > x1 || p.1 < y0 || p.1 > y1 {
        return None;
    }
    const STEPS: usize = 24;
    let at = |t: f64| {
        let u = 1.0 - t;
        (u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0, u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1)
    };
    let mut best = f64::INFINITY;
    let mut q0 = a;
    for i in 1..=STEPS {
        let q1 = at(i as f64 / STEPS as f64);
        best = best.min(segment_distance(p, q0, q1));
        q0 = q1;
    }
    (best <= tol).then_some(best)
}

fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

/// The map point under screen point `(px, py)` of a map of `size`.
pub(crate) fn map_point(v: View, size: (f64, f64), px: f64, py: f64) -> (f64, f64) {
    (v.cx + (px - size.0 / 2.0) / v.k, v.cy + (py - size.1 / 2.0) / v.k)
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
    let (mx, my) = map_point(v, size, px, py);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_on_the_curve_is_at_distance_zero_and_one_beside_it_at_its_offset() {
        let arc = arc_geo((0.0, 0.0), (100.0, 0.0), 0.25);
        // The curve's midpoint: half-way between the chord's midpoint and the control point.
        let [_, c, _] = arc.pts;
        let mid = ((50.0 + c.0) / 2.0, (0.0 + c.1) / 2.0);
        assert!(arc_distance(&arc, mid, 0.5).unwrap() < 0.2);
        for end in [(0.0, 0.0), (100.0, 0.0)] {
            assert!(arc_distance(&arc, end, 0.1).unwrap() < 1e-9);
        }
        let beside = (mid.0, mid.1 - 3.0);
        let d = arc_distance(&arc, beside, 5.0).unwrap();
        assert!((d - 3.0).abs() < 0.3, "{d}");
        assert_eq!(arc_distance(&arc, beside, 2.0), None, "beyond the tolerance");
        // The chord is not the curve: its midpoint lies a quarter of the length away.
        assert_eq!(arc_distance(&arc, (50.0, 0.0), 5.0), None);
        assert_eq!(arc_distance(&arc, (500.0, 500.0), 5.0), None, "outside the box");
    }

    #[test]
    fn map_point_inverts_the_transform() {
        let v = View { k: 2.0, cx: 100.0, cy: 50.0 };
        let size = (800.0, 600.0);
        assert_eq!(map_point(v, size, 400.0, 300.0), (100.0, 50.0));
        assert_eq!(map_point(v, size, 402.0, 296.0), (101.0, 48.0));
    }
}
