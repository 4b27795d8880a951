//! Label points: the pole of inaccessibility (the interior point farthest from the outline) of a
//! region's largest polygon, found with the "polylabel" quadtree search (Mapbox, 2016).
//! Unlike a centroid it always lies inside the shape, also for crescents such as Inner Mongolia.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

type P = (f64, f64);

/// Whether a point lies inside a polygon (outer ring plus holes), even-odd rule.
pub fn contains(poly: &[Vec<P>], p: P) -> bool {
    let mut inside = false;
    for ring in poly {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + n - 1) % n]);
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
                inside = !inside;
            }
        }
    }
    inside
}

fn seg_dist2(p: P, a: P, b: P) -> f64 {
    let (mut x, mut y) = a;
    let (dx, dy) = (b.0 - x, b.1 - y);
    if dx != 0.0 || dy != 0.0 {
        let t = ((p.0 - x) * dx + (p.1 - y) * dy) / (dx * dx + dy * dy);
        if t > 1.0 {
            (x, y) = b;
        } else if t > 0.0 {
            x += dx * t;
            y += dy * t;
        }
    }
    (p.0 - x).powi(2) + (p.1 - y).powi(2)
}

/// Signed distance from a point to the polygon outline: positive inside.
pub fn signed_distance(poly: &[Vec<P>], p: P) -> f64 {
    let mut best = f64::INFINITY;
    for ring in poly {
        let n = ring.len();
        for i in 0..n {
            best = best.min(seg_dist2(p, ring[i], ring[(i + n - 1) % n]));
        }
    }
    let d = best.sqrt();
    if contains(poly, p) {
        d
    } else {
        -d
    }
}

struct Cell {
    c: P,
    h: f64,
    d: f64,
    max: f64,
}

impl Cell {
    fn new(c: P, h: f64, poly: &[Vec<P>]) -> Cell {
        let d = signed_distance(poly, c);
        Cell { c, h, d, max: d + h * std::f64::consts::SQRT_2 }
    }
}

impl PartialEq for Cell {
    fn eq(&self, o: &Self) -> bool {
        self.cmp(o) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Cell {
    /// By potential, ties broken by position, so the search order is fully deterministic.
    fn cmp(&self, o: &Self) -> Ordering {
        self.max.total_cmp(&o.max).then(o.c.0.total_cmp(&self.c.0)).then(o.c.1.total_cmp(&self.c.1))
    }
}

/// The pole of inaccessibility of a polygon (outer ring first, then holes) to within `precision`.
pub fn polylabel(poly: &[Vec<P>], precision: f64) -> P {
    let outer = &poly[0];
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in outer {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let size = (x1 - x0).min(y1 - y0);
    if size <= 0.0 {
        return (x0, y0);
    }
    let mut queue = BinaryHeap::new();
    let h = size / 2.0;
    let mut x = x0;
    while x < x1 {
        let mut y = y0;
        while y < y1 {
            queue.push(Cell::new((x + h, y + h), h, poly));
            y += size;
        }
        x += size;
    }
    let mut best = Cell::new(centroid(outer), 0.0, poly);
    let bbox_centre = Cell::new(((x0 + x1) / 2.0, (y0 + y1) / 2.0), 0.0, poly);
    if bbox_centre.d > best.d {
        best = bbox_centre;
    }
    while let Some(cell) = queue.pop() {
        if cell.d > best.d {
            best = Cell::new(cell.c, 0.0, poly);
        }
        if cell.max - best.d <= precision {
            continue;
        }
        let h = cell.h / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new((cell.c.0 + dx, cell.c.1 + dy), h, poly));
        }
    }
    best.c
}

fn centroid(ring: &[P]) -> P {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    let n = ring.len();
    for i in 0..n {
        let (p, q) = (ring[i], ring[(i + n - 1) % n]);
        let f = p.0 * q.1 - q.0 * p.1;
        (cx, cy, a) = (cx + (p.0 + q.0) * f, cy + (p.1 + q.1) * f, a + f * 3.0);
    }
    if a == 0.0 {
        ring[0]
    } else {
        (cx / a, cy / a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A "C" shape: its centroid and bounding-box centre fall in the notch, outside the shape.
    fn c_shape() -> Vec<Vec<P>> {
        vec![vec![(0.0, 0.0), (100.0, 0.0), (100.0, 20.0), (20.0, 20.0), (20.0, 80.0), (100.0, 80.0), (100.0, 100.0), (0.0, 100.0)]]
    }

    #[test]
    fn label_of_a_concave_shape_is_inside() {
        let poly = c_shape();
        assert!(!contains(&poly, centroid(&poly[0])), "the test shape should defeat the centroid");
        let p = polylabel(&poly, 0.1);
        assert!(contains(&poly, p), "{p:?}");
        // The best spot is in a corner of the spine, where the circle (r ≈ 11.7) beats the
        // 20-wide spine's 10.
        assert!(signed_distance(&poly, p) > 11.0, "{p:?}");
        assert!(p.0 < 20.0, "{p:?}");
    }

    #[test]
    fn label_avoids_holes() {
        let outer = vec![(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)];
        let hole = vec![(30.0, 30.0), (30.0, 70.0), (70.0, 70.0), (70.0, 30.0)];
        let poly = vec![outer, hole];
        let p = polylabel(&poly, 0.1);
        assert!(contains(&poly, p), "{p:?}");
        assert!(signed_distance(&poly, p) > 14.0, "{p:?}");
    }

    #[test]
    fn label_of_a_square_is_its_centre() {
        let poly = vec![vec![(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]];
        let p = polylabel(&poly, 0.01);
        assert!((p.0 - 5.0).abs() < 0.1 && (p.1 - 5.0).abs() < 0.1);
    }
}
