//! Where each mark goes in one paint: the marks in view in lanes and "+N" bins, the density strip
//! (the dated marks in view per bin of a few px, happened and planned), and the marks outside the
//! view on either side. Every dated mark is in exactly one of: drawn, a "+N" bin, outside; and
//! the strip counts every mark in view, so a "+N" bin is its stretch of the strip less the marks
//! drawn there. Pure: tested natively.

use crate::model::atlas::Atlas;
use crate::model::dating::Dating;
use crate::timeline::lanes::{pack, Bin, Item};
use crate::timeline::scale::TimeScale;
use exchange_atlas::Status;

/// Lane geometry, CSS px: the "+N" row on top, then the lanes.
pub const BIN_ROW: f64 = 18.0;
pub const LANE_H: f64 = 14.0;
pub const LANES: usize = 7;
/// A "+N" bin's width, and how many strip bins it spans.
pub const BIN_PX: f64 = 28.0;
pub const STRIP_PER_BIN: usize = 4;
pub const STRIP_PX: f64 = BIN_PX / STRIP_PER_BIN as f64;
/// An open window's mark: its known end and a fading stretch with "?", this wide whatever the zoom.
pub const OPEN_PX: f64 = 26.0;
pub const POINT_R: f64 = 4.0;

/// What a drawn mark shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A day or a bounded span.
    Span,
    /// Not before its left end (it fades to the right).
    After,
    /// On or before its right end (it fades to the left).
    Before,
}

/// A drawn mark, for painting, hit testing and the keyboard.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub event: usize,
    pub x0: f64,
    pub x1: f64,
    /// Centre line of its lane.
    pub y: f64,
    pub shape: Shape,
    /// Where it is counted in the strip (see [`Item::anchor`]).
    pub anchor: f64,
}

/// What one paint placed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub hits: Vec<Hit>,
    pub bins: Vec<Bin>,
    /// Per strip bin (`STRIP_PX` wide from x = 0): the marks in view anchored there, happened and planned.
    pub strip: Vec<[u32; 2]>,
    /// Dated marks left and right of the view.
    pub outside: [u32; 2],
}

impl Layout {
    pub fn drawn(&self) -> u32 {
        self.hits.len() as u32
    }
    pub fn binned(&self) -> u32 {
        self.bins.iter().map(|b| b.count).sum()
    }
    /// Dated marks in view, drawn or counted in a bin.
    pub fn in_view(&self) -> u32 {
        self.strip.iter().map(|c| c[0] + c[1]).sum()
    }
}

/// A dated mark's px extent, anchor and shape under a scale.
fn place(scale: &TimeScale, d: Dating) -> Option<(f64, f64, f64, Shape)> {
    Some(match d {
        Dating::Undated => return None,
        Dating::Bounded(s, e) => {
            let (a, b) = (scale.x(s.t()), scale.x(e.t() + 1.0));
            let (x0, x1) = if b - a < 2.0 * POINT_R { ((a + b) / 2.0 - POINT_R, (a + b) / 2.0 + POINT_R) } else { (a, b) };
            (x0, x1, a, Shape::Span)
        }
        Dating::After(s) => {
            let a = scale.x(s.t());
            (a, a + OPEN_PX, a, Shape::After)
        }
        Dating::Before(e) => {
            let b = scale.x(e.t() + 1.0);
            (b - OPEN_PX, b, b, Shape::Before)
        }
    })
}

/// Places the marks in lanes, bins, the strip or outside.
pub fn layout(atlas: &Atlas, marks: &[usize], scale: &TimeScale, width: f64) -> Layout {
    let width = width.max(1.0);
    let n_strip = ((width / STRIP_PX).ceil() as usize).max(1);
    let mut out = Layout { strip: vec![[0, 0]; n_strip], ..Layout::default() };
    let mut items: Vec<Item> = Vec::with_capacity(marks.len().min(4096));
    let mut shapes: Vec<Shape> = Vec::with_capacity(marks.len().min(4096));
    for &i in marks {
        let Some((x0, x1, anchor, shape)) = place(scale, atlas.dating(i)) else { continue };
        if x1 < 0.0 {
            out.outside[0] += 1;
            continue;
        }
        if x0 > width {
            out.outside[1] += 1;
            continue;
        }
        let anchor = anchor.clamp(0.0, width - 0.001);
        let slot = ((anchor / STRIP_PX) as usize).min(n_strip - 1);
        out.strip[slot][(atlas.event(i).status == Status::Planned) as usize] += 1;
        items.push(Item { event: i, x0: x0.max(-20.0), x1: x1.min(width + 20.0), anchor, open: shape != Shape::Span });
        shapes.push(shape);
    }
    // Nearly sorted already (time order); the stable sort runs in about linear time on that.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| items[a].x0.total_cmp(&items[b].x0));
    let sorted: Vec<Item> = order.iter().map(|&k| items[k]).collect();
    let packing = pack(&sorted, LANES, 2.0, BIN_PX);
    out.hits = sorted
        .iter()
        .zip(&order)
        .zip(&packing.lanes)
        .filter_map(|((it, &k), lane)| lane.map(|l| Hit { event: it.event, x0: it.x0, x1: it.x1, y: BIN_ROW + LANE_H * (l as f64 + 0.5), shape: shapes[k], anchor: it.anchor }))
        .collect();
    out.bins = packing.bins;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dating::Dating;

    fn atlas(n: usize, seed: u64) -> Atlas {
        Atlas::new(crate::model::test_corpus::generated(n, seed))
    }

    #[test]
    fn every_dated_mark_is_drawn_binned_or_outside_and_bins_agree_with_the_strip() {
        let a = atlas(3000, 11);
        let marks: Vec<usize> = a.by_time.clone();
        let dated = marks.iter().filter(|&&i| a.dating(i) != Dating::Undated).count() as u32;
        let (s, e) = a.default_extent(&marks).unwrap();
        for (scale, w) in [(TimeScale::fit(s, e, 1200.0), 1200.0), (TimeScale::fit(s, e, 375.0).zoom_at(100.0, 8.0), 375.0)] {
            let lay = layout(&a, &marks, &scale, w);
            assert_eq!(lay.drawn() + lay.binned() + lay.outside[0] + lay.outside[1], dated);
            assert_eq!(lay.drawn() + lay.binned(), lay.in_view());
            // Each "+N" is its stretch of the strip less the marks drawn from there.
            for b in &lay.bins {
                let k = (b.x0 / BIN_PX).round() as usize;
                let strip: u32 = lay.strip[k * STRIP_PER_BIN..((k + 1) * STRIP_PER_BIN).min(lay.strip.len())].iter().map(|c| c[0] + c[1]).sum();
                let drawn = lay.hits.iter().filter(|h| (h.anchor / BIN_PX).floor() as usize == k).count() as u32;
                assert_eq!(strip, drawn + b.count, "bin at {}", b.x0);
            }
            // Open windows are never wider than their mark.
            assert!(lay.hits.iter().filter(|h| h.shape != Shape::Span).all(|h| h.x1 - h.x0 <= OPEN_PX + 1e-9));
        }
    }

    #[test]
    fn open_windows_never_push_bounded_marks_into_bins() {
        // Few bounded events among many open windows: all the bounded ones are drawn.
        let mut corpus = crate::model::test_corpus::generated(400, 5);
        for (k, e) in corpus.events.iter_mut().enumerate() {
            e.when.approximate = true;
            (e.when.start, e.when.end) = if k % 20 == 0 {
                let day = format!("2020-{:02}-{:02}", 1 + k / 20 % 12, 1 + k % 28);
                (Some(day.clone()), Some(day))
            } else {
                (Some("2020-01-01".into()), None)
            };
        }
        let a = Atlas::new(corpus);
        let lay = layout(&a, &a.by_time, &TimeScale::fit(a.extent().unwrap().0, a.extent().unwrap().1, 800.0), 800.0);
        let bounded = a.by_time.iter().filter(|&&i| matches!(a.dating(i), Dating::Bounded(..))).count();
        assert_eq!(lay.hits.iter().filter(|h| h.shape == Shape::Span).count(), bounded);
        assert!(lay.binned() > 0, "the open windows overflow into bins");
    }
}
