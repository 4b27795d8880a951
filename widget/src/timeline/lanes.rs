//! Lane packing for the timeline: marks that overlap in time stack in lanes; when the lanes are
//! full, the marks that do not fit are counted in bins, drawn as "+N" and expanded by zooming in.
//! Marks with known bounds are placed first; open windows take only the room they leave, so an
//! open window never pushes a bounded event out of the lanes.

/// A mark to place: which event, its extent in px (already clipped to the view), where it is
/// counted (its anchor, in the view) and whether it is an open window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub event: usize,
    pub x0: f64,
    pub x1: f64,
    pub anchor: f64,
    pub open: bool,
}

/// Marks that did not fit, counted over a stretch of the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bin {
    pub x0: f64,
    pub x1: f64,
    pub count: u32,
}

/// The result: a lane per item (`None`: counted in a bin) and the bins, left to right.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Packing {
    pub lanes: Vec<Option<u8>>,
    pub bins: Vec<Bin>,
    /// How many lanes hold at least one mark.
    pub used: usize,
}

/// First fit in two passes over items sorted by `x0`: the bounded ones, then the open ones, each
/// taking the lowest lane with `gap` px free on both sides. Items that fit no lane are counted in
/// the bin of their anchor (`bin_px` wide, from x = 0). O(items × lanes × log items).
pub fn pack(items: &[Item], lanes: usize, gap: f64, bin_px: f64) -> Packing {
    debug_assert!(items.windows(2).all(|w| w[0].x0 <= w[1].x0), "items sorted by x0");
    let lanes = lanes.min(u8::MAX as usize);
    // Per lane, the occupied stretches, sorted and apart.
    let mut taken: Vec<Vec<(f64, f64)>> = vec![Vec::new(); lanes];
    let mut out = Packing { lanes: vec![None; items.len()], bins: Vec::new(), used: 0 };
    let mut binned: Vec<i64> = Vec::new();
    for open in [false, true] {
        for (k, it) in items.iter().enumerate().filter(|(_, it)| it.open == open) {
            let x1 = it.x1.max(it.x0);
            let free = |lane: &Vec<(f64, f64)>| {
                let at = lane.partition_point(|s| s.0 < it.x0);
                let left = at == 0 || lane[at - 1].1 + gap <= it.x0;
                let right = at == lane.len() || x1 + gap <= lane[at].0;
                (left && right).then_some(at)
            };
            match taken.iter().enumerate().find_map(|(l, lane)| free(lane).map(|at| (l, at))) {
                Some((l, at)) => {
                    taken[l].insert(at, (it.x0, x1));
                    out.used = out.used.max(l + 1);
                    out.lanes[k] = Some(l as u8);
                }
                None => binned.push((it.anchor / bin_px).floor() as i64),
            }
        }
    }
    binned.sort_unstable();
    for b in binned {
        let b0 = b as f64 * bin_px;
        match out.bins.last_mut() {
            Some(last) if last.x0 == b0 => last.count += 1,
            _ => out.bins.push(Bin { x0: b0, x1: b0 + bin_px, count: 1 }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(spans: &[(f64, f64)]) -> Vec<Item> {
        spans.iter().enumerate().map(|(i, &(x0, x1))| Item { event: i, x0, x1, anchor: x0, open: false }).collect()
    }

    #[test]
    fn overlapping_marks_stack_and_separate_ones_share_a_lane() {
        let p = pack(&items(&[(0.0, 10.0), (5.0, 15.0), (20.0, 30.0), (21.0, 22.0)]), 4, 2.0, 20.0);
        assert_eq!(p.lanes, [Some(0), Some(1), Some(0), Some(1)]);
        assert_eq!(p.used, 2);
        assert!(p.bins.is_empty());
    }

    #[test]
    fn what_does_not_fit_is_counted_never_dropped() {
        let many: Vec<(f64, f64)> = (0..1000).map(|i| (i as f64 * 0.1, i as f64 * 0.1 + 4.0)).collect();
        let p = pack(&items(&many), 6, 1.0, 24.0);
        let placed = p.lanes.iter().filter(|l| l.is_some()).count();
        let binned: u32 = p.bins.iter().map(|b| b.count).sum();
        assert_eq!(placed + binned as usize, 1000, "every item is drawn or counted");
        assert!(p.lanes.iter().flatten().all(|&l| l < 6));
        assert!(p.bins.windows(2).all(|w| w[0].x1 <= w[1].x0));
        // In each lane, marks keep the gap.
        let all = items(&many);
        for lane in 0..6u8 {
            let xs: Vec<&Item> = all.iter().zip(&p.lanes).filter(|(_, l)| **l == Some(lane)).map(|(i, _)| i).collect();
            assert!(xs.windows(2).all(|w| w[0].x1 + 1.0 <= w[1].x0));
        }
    }

    #[test]
    fn open_windows_take_only_the_room_bounded_marks_leave() {
        // Seven lanes of bounded marks over 0..100, and open windows all over: none of the
        // bounded is binned, the open ones fill what is left and the rest are counted.
        let mut all: Vec<Item> = Vec::new();
        for i in 0..200 {
            let x0 = i as f64;
            all.push(Item { event: i, x0, x1: x0 + 24.0, anchor: x0, open: true });
            if i % 3 == 0 && i < 100 {
                all.push(Item { event: 1000 + i, x0, x1: x0 + 8.0, anchor: x0, open: false });
            }
        }
        all.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        let p = pack(&all, 7, 1.0, 28.0);
        for (it, l) in all.iter().zip(&p.lanes) {
            if !it.open {
                assert!(l.is_some(), "bounded mark {} placed", it.event);
            }
        }
        let placed = p.lanes.iter().filter(|l| l.is_some()).count();
        let binned: u32 = p.bins.iter().map(|b| b.count).sum();
        assert_eq!(placed + binned as usize, all.len());
        // No two marks in a lane overlap.
        for lane in 0..7u8 {
            let mut xs: Vec<&Item> = all.iter().zip(&p.lanes).filter(|(_, l)| **l == Some(lane)).map(|(i, _)| i).collect();
            xs.sort_by(|a, b| a.x0.total_cmp(&b.x0));
            assert!(xs.windows(2).all(|w| w[0].x1 + 1.0 <= w[1].x0), "lane {lane}");
        }
        assert!(p.bins.windows(2).all(|w| w[0].x1 <= w[1].x0));
    }
}
