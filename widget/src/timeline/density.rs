//! The density strip under the lanes: the dated events in view per bin of `STRIP_PX` px at the
//! current zoom, happened below planned, scaled to the fullest bin in view (its count written at
//! the left). With the brush on it, hundreds or thousands of events read at a glance. And the
//! counts of the marks outside the view, "◂ N" and "N ▸" at its ends, which pan there.

use super::layout::{Layout, STRIP_PX};
use super::painter::{Palette, STRIP_H, STRIP_TOP};
use web_sys::CanvasRenderingContext2d as Ctx;

/// The width of an edge count's box.
pub const EDGE_PX: f64 = 46.0;

/// Paints the strip: two paths (happened, planned) of bars, a baseline and the scale's top count.
pub(super) fn paint_strip(ctx: &Ctx, lay: &Layout, p: &Palette, width: f64) {
    let max = lay.strip.iter().map(|c| c[0] + c[1]).max().unwrap_or(0);
    let base = STRIP_TOP + STRIP_H - 2.0;
    ctx.set_fill_style_str(p.paper);
    ctx.fill_rect(0.0, STRIP_TOP, width, STRIP_H);
    ctx.set_stroke_style_str(p.grid);
    ctx.set_line_width(1.0);
    ctx.begin_path();
    ctx.move_to(0.0, base + 0.5);
    ctx.line_to(width, base + 0.5);
    ctx.stroke();
    if max == 0 {
        return;
    }
    let room = STRIP_H - 8.0;
    // A bin with any event is at least 2 px tall, so one event in a thousand still shows.
    let h = |n: u32| if n == 0 { 0.0 } else { (n as f64 / max as f64 * room).max(2.0) };
    for (planned, colour) in [(false, p.mark), (true, p.mark_light)] {
        ctx.set_fill_style_str(colour);
        ctx.begin_path();
        for (k, c) in lay.strip.iter().enumerate() {
            let (below, own) = if planned { (h(c[0]), h(c[0] + c[1]) - h(c[0])) } else { (0.0, h(c[0])) };
            if own > 0.0 {
                ctx.rect(k as f64 * STRIP_PX + 0.5, base - below - own, STRIP_PX - 1.0, own);
            }
        }
        ctx.fill();
    }
    ctx.set_fill_style_str(p.muted);
    ctx.set_text_baseline("top");
    ctx.set_text_align("left");
    let _ = ctx.fill_text(&format!("▮ {max}"), if lay.outside[0] > 0 { EDGE_PX + 4.0 } else { 2.0 }, STRIP_TOP + 1.0);
}

/// "◂ N" and "N ▸": the dated marks left and right of the view.
pub(super) fn paint_edges(ctx: &Ctx, lay: &Layout, p: &Palette, width: f64) {
    let y = STRIP_TOP + 3.0;
    let h = STRIP_H - 8.0;
    ctx.set_text_baseline("middle");
    for (side, n) in lay.outside.into_iter().enumerate() {
        if n == 0 {
            continue;
        }
        let x = if side == 0 { 0.0 } else { width - EDGE_PX };
        ctx.set_fill_style_str(p.paper);
        ctx.fill_rect(x, y - 1.0, EDGE_PX, h + 2.0);
        ctx.set_stroke_style_str(p.muted);
        ctx.set_line_width(1.0);
        ctx.stroke_rect(x + 0.5, y + 0.5, EDGE_PX - 1.0, h - 1.0);
        ctx.set_fill_style_str(p.ink);
        ctx.set_text_align("center");
        let label = if side == 0 { format!("◂ {n}") } else { format!("{n} ▸") };
        let _ = ctx.fill_text(&label, x + EDGE_PX / 2.0, y + h / 2.0);
    }
}

/// Which edge count is at a point: `Some(-1)` left, `Some(1)` right.
pub(super) fn edge_at(lay: &Layout, x: f64, y: f64, width: f64) -> Option<i8> {
    if !(STRIP_TOP..STRIP_TOP + STRIP_H).contains(&y) {
        return None;
    }
    if lay.outside[0] > 0 && x < EDGE_PX {
        Some(-1)
    } else if lay.outside[1] > 0 && x > width - EDGE_PX {
        Some(1)
    } else {
        None
    }
}
