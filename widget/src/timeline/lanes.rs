//! Lane packing for the timeline: marks that overlap in time stack in lanes; when the lanes are
//! full, the marks that do not fit are counted in bins, drawn as "+N" and expanded by zooming in.

/// A mark to place: which event, and its extent in px (already clipped to the view).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub event: usize,
    pub x0: f64,
    pub x1: f64,
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

/// Greedy first-fit over items sorted by `x0`: each item takes the lowest lane whose last mark
/// ends `gap` px before it starts. Items that fit no lane go to the bin of their `x0`
/// (`bin_px` wide). O(items × lanes).
pub fn pack(items: &[Item], lanes: usize, gap: f64, bin_px: f64) -> Packing {
    debug_assert!(items.windows(2).all(|w| w[0].x0 <= w[1].x0), "items sorted by x0");
    let lanes = lanes.min(u8::MAX as usize);
    let mut ends = vec![f64::NEG_INFINITY; lanes];
    let mut out = Packing { lanes: Vec::with_capacity(items.len()), bins: Vec::new(), used: 0 };
    for it in items {
        let x1 = it.x1.max(it.x0);
        match ends.iter().position(|&end| end + gap <= it.x0) {
            Some(l) => {
                ends[l] = x1;
                out.used = out.used.max(l + 1);
                out.lanes.push(Some(l as u8));
            }
            None => {
                out.lanes.push(None);
                let b0 = (it.x0 / bin_px).floor() * bin_px;
                match out.bins.last_mut() {
                    Some(b) if b.x0 == b0 => b.count += 1,
                    _ => out.bins.push(Bin { x0: b0, x1: b0 + bin_px, count: 1 }),
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(spans: &[(f64, f64)]) -> Vec<Item> {
        spans.iter().enumerate().map(|(i, &(x0, x1))| Item { event: i, x0, x1 }).collect()
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
}
