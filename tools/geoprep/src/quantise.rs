//! Projection and quantisation of rings onto the viewBox grid of 0.1 unit.
//!
//! Coordinates are kept as integers in tenths of a viewBox unit, so that a vertex shared by two
//! neighbouring regions quantises to the same grid point on both sides.

use crate::source::LonLatPolygon;
use exchange_atlas::projection::Lcc;

/// A point in tenths of a viewBox unit.
pub type Pt = (i32, i32);
/// A closed ring without the repeated closing point.
pub type Ring = Vec<Pt>;
/// An outer ring (clockwise on screen) followed by its holes (counter-clockwise).
pub type Polygon = Vec<Ring>;

/// A polygon in map units (floating point), outer ring first.
pub type MapPolygon = Vec<Vec<(f64, f64)>>;

/// A quantised polygon back in map units.
pub fn to_map_units(poly: &Polygon) -> MapPolygon {
    poly.iter().map(|r| r.iter().map(|&(x, y)| (x as f64 / 10.0, y as f64 / 10.0)).collect()).collect()
}

/// Rounds a map coordinate to tenths.
pub fn tenths(v: f64) -> i32 {
    (v * 10.0).round() as i32
}

/// Projects a (lon, lat) point to the 0.1-unit grid.
pub fn project_pt(proj: &Lcc, lon: f64, lat: f64) -> Pt {
    let (x, y) = proj.project(lon, lat);
    (tenths(x), tenths(y))
}

/// Drops consecutive duplicate points and the closing point (also when the last points
/// collapse onto the first).
pub fn dedup(points: impl IntoIterator<Item = Pt>) -> Ring {
    let mut ring: Ring = Vec::new();
    for p in points {
        if ring.last() != Some(&p) {
            ring.push(p);
        }
    }
    while ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring
}

/// Twice the signed area in tenths², positive when the ring runs clockwise on screen (y down).
pub fn signed_area2(ring: &[Pt]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 as i64 * b.1 as i64 - b.0 as i64 * a.1 as i64
        })
        .sum()
}

/// Area of a polygon (outer minus holes) in viewBox units².
pub fn polygon_area(poly: &Polygon) -> f64 {
    poly.iter().map(|r| signed_area2(r)).sum::<i64>() as f64 / 200.0
}

/// Projects and quantises a polygon. Rings that collapse to fewer than three points are dropped
/// (and the whole polygon when its outer ring does); outer rings are made clockwise on screen and
/// holes counter-clockwise, so both SVG fill rules give the same result.
pub fn quantise_polygon(proj: &Lcc, poly: &LonLatPolygon) -> Option<Polygon> {
    let mut out = Vec::new();
    for (i, ring) in poly.iter().enumerate() {
        let mut r = dedup(ring.iter().map(|&(lon, lat)| project_pt(proj, lon, lat)));
        if r.len() < 3 || signed_area2(&r) == 0 {
            if i == 0 {
                return None;
            }
            continue;
        }
        let clockwise = signed_area2(&r) > 0;
        if clockwise != (i == 0) {
            r.reverse();
        }
        out.push(r);
    }
    Some(out)
}

/// Vertex count of a set of polygons.
pub fn vertex_count(polys: &[Polygon]) -> usize {
    polys.iter().flatten().map(Vec::len).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dedup_drops_consecutive_duplicates_and_the_closing_point() {
        let r = dedup([(0, 0), (0, 0), (10, 0), (10, 0), (10, 10), (0, 0)]);
        assert_eq!(r, vec![(0, 0), (10, 0), (10, 10)]);
        // Points that merge after quantisation.
        let q: Vec<Pt> =
            [(0.01, 0.02), (0.04, 0.0), (1.0, 0.0), (1.02, 0.96), (0.0, 0.0)].iter().map(|&(x, y)| (tenths(x), tenths(y))).collect();
        assert_eq!(dedup(q), vec![(0, 0), (10, 0), (10, 10)]);
        assert_eq!(dedup([(5, 5), (5, 5)]), vec![(5, 5)]);
    }

    #[test]
    fn orientation_and_area() {
        let cw = vec![(0, 0), (100, 0), (100, 100), (0, 100)]; // clockwise with y down
        assert!(signed_area2(&cw) > 0);
        let hole = vec![(20, 20), (20, 40), (40, 40), (40, 20)];
        assert!(signed_area2(&hole) < 0);
        assert_eq!(polygon_area(&vec![cw, hole]), 100.0 - 4.0);
    }
}
