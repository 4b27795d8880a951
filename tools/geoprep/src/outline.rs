//! Country outlines dissolved from region rings by edge cancellation.
//!
//! Neighbouring regions come from one topology, so a shared border has the same grid points on
//! both sides, run in opposite directions (every outer ring is clockwise, every hole
//! counter-clockwise). Cancelling each edge against its reverse leaves exactly the outline, which
//! therefore coincides with the region paths to the last vertex.

use crate::quantise::{Pt, Ring};
use std::collections::BTreeMap;

/// The outline of the union of the given rings, as closed rings (for stroking).
pub fn dissolve<'a>(rings: impl IntoIterator<Item = &'a Ring>) -> Vec<Ring> {
    // Net count of each undirected edge, keyed by (min, max) endpoint; sign = direction.
    let mut net: BTreeMap<(Pt, Pt), i32> = BTreeMap::new();
    for ring in rings {
        let n = ring.len();
        for i in 0..n {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            let (key, dir) = if a < b { ((a, b), 1) } else { ((b, a), -1) };
            *net.entry(key).or_insert(0) += dir;
        }
    }
    // Remaining directed edges, grouped by start point.
    let mut out: BTreeMap<Pt, Vec<Pt>> = BTreeMap::new();
    for (&(a, b), &c) in &net {
        let (from, to) = if c > 0 { (a, b) } else { (b, a) };
        for _ in 0..c.unsigned_abs() {
            out.entry(from).or_default().push(to);
        }
    }
    for v in out.values_mut() {
        v.sort_unstable_by(|x, y| y.cmp(x)); // pop() takes the smallest
    }
    let mut result = Vec::new();
    while let Some((&start, _)) = out.iter().find(|(_, v)| !v.is_empty()) {
        let mut ring = vec![start];
        let mut cur = start;
        while let Some(next) = out.get_mut(&cur).and_then(Vec::pop) {
            if next == start {
                break;
            }
            ring.push(next);
            cur = next;
        }
        out.retain(|_, v| !v.is_empty());
        result.push(ring);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantise::signed_area2;

    #[test]
    fn two_squares_merge_into_one_rectangle() {
        let a: Ring = vec![(0, 0), (10, 0), (10, 10), (0, 10)]; // clockwise, y down
        let b: Ring = vec![(10, 0), (20, 0), (20, 10), (10, 10)];
        let merged = dissolve([&a, &b]);
        assert_eq!(merged.len(), 1);
        let r = &merged[0];
        assert_eq!(r.len(), 6); // collinear points at (10,0) and (10,10) stay
        assert!(!r.windows(2).any(|w| w[0].0 == 10 && w[1].0 == 10), "internal edge left: {r:?}");
        assert_eq!(signed_area2(r), 2 * 200);
    }

    #[test]
    fn an_enclave_fills_its_hole() {
        let outer: Ring = vec![(0, 0), (30, 0), (30, 30), (0, 30)];
        let hole: Ring = vec![(10, 10), (10, 20), (20, 20), (20, 10)]; // counter-clockwise
        let enclave: Ring = vec![(10, 10), (20, 10), (20, 20), (10, 20)];
        let merged = dissolve([&outer, &hole, &enclave]);
        assert_eq!(merged, vec![vec![(0, 0), (30, 0), (30, 30), (0, 30)]]);
    }
}
