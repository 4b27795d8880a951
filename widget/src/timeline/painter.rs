//! Painting the timeline on a canvas: lanes of marks that show how well each date is known, "+N"
//! bins where marks crowd, the brushed range, the axis. One paint is O(marks in view); nothing is
//! kept in the DOM per event.

use crate::model::atlas::Atlas;
use crate::state::filters::TimeRange;
pub use crate::timeline::layout::{layout, Hit, Layout, Shape, BIN_ROW, LANES, LANE_H, OPEN_PX, POINT_R};
use crate::model::dating::Dating;
use crate::timeline::scale::TimeScale;
use exchange_atlas::{Lang, Precision, Status};
use web_sys::CanvasRenderingContext2d as Ctx;

/// Vertical layout, CSS px: the bin row and the lanes (`layout.rs`), the density strip, and the
/// axis band at the bottom; the strip and the axis are the brush's target.
pub const STRIP_TOP: f64 = BIN_ROW + LANE_H * LANES as f64 + 4.0;
pub const STRIP_H: f64 = 26.0;
pub const AXIS_H: f64 = 28.0;
/// Where the axis band starts.
pub const AXIS_TOP: f64 = STRIP_TOP + STRIP_H;
pub const HEIGHT: f64 = AXIS_TOP + AXIS_H;
const FONT: &str = "600 11px system-ui, sans-serif";

/// Sets the one font of every label; call after the canvas was created or resized (which resets it).
pub fn set_font(ctx: &Ctx) {
    ctx.set_font(FONT);
}

/// Colours of one theme.
pub struct Palette {
    pub ink: &'static str,
    pub muted: &'static str,
    pub mark: &'static str,
    pub mark_light: &'static str,
    pub paper: &'static str,
    pub brush: &'static str,
    pub selected: &'static str,
    pub grid: &'static str,
}

pub const LIGHT: Palette = Palette {
    ink: "#1b2430",
    muted: "#5b6673",
    mark: "#1d4f91",
    mark_light: "rgba(29,79,145,0.35)",
    paper: "#ffffff",
    brush: "rgba(230,140,30,0.18)",
    selected: "#c2410c",
    grid: "#e3e7ec",
};

pub const DARK: Palette = Palette {
    ink: "#e8edf3",
    muted: "#a4afbd",
    mark: "#7fb2f0",
    mark_light: "rgba(127,178,240,0.35)",
    paper: "#151b23",
    brush: "rgba(240,160,60,0.22)",
    selected: "#fb923c",
    grid: "#2a3340",
};

/// What to paint.
pub struct Frame<'a> {
    pub atlas: &'a Atlas,
    /// The events on the timeline, in time order.
    pub marks: &'a [usize],
    pub scale: TimeScale,
    pub width: f64,
    pub range: Option<TimeRange>,
    pub selected: Option<usize>,
    pub cursor: Option<usize>,
    pub lang: Lang,
    pub palette: &'a Palette,
}

/// Paints a frame; returns its layout.
pub fn paint(ctx: &Ctx, f: &Frame) -> Layout {
    let p = f.palette;
    let w = f.width;
    ctx.set_fill_style_str(p.paper);
    ctx.fill_rect(0.0, 0.0, w, HEIGHT);
    let ticks = f.scale.ticks(w, f.lang);
    // Grid lines behind the marks.
    ctx.set_stroke_style_str(p.grid);
    ctx.set_line_width(1.0);
    ctx.begin_path();
    for t in &ticks {
        let x = t.x.round() + 0.5;
        ctx.move_to(x, BIN_ROW);
        ctx.line_to(x, AXIS_TOP);
    }
    ctx.stroke();
    // The brushed range.
    if let Some(r) = f.range {
        let (x0, x1) = (f.scale.x(r.start.t()).max(-1.0), f.scale.x(r.end.t() + 1.0).min(w + 1.0));
        if x1 > x0 {
            ctx.set_fill_style_str(p.brush);
            ctx.fill_rect(x0, 0.0, x1 - x0, HEIGHT);
            ctx.set_fill_style_str(p.selected);
            ctx.fill_rect(x0 - 1.0, AXIS_TOP, 2.0, AXIS_H);
            ctx.fill_rect(x1 - 1.0, AXIS_TOP, 2.0, AXIS_H);
            // The ends as dates, in the bin row: the live readout while brushing.
            ctx.set_fill_style_str(p.ink);
            ctx.set_text_baseline("middle");
            ctx.set_text_align("right");
            let _ = ctx.fill_text(&crate::model::days::format(r.start), (x0 - 4.0).max(70.0), BIN_ROW / 2.0);
            ctx.set_text_align("left");
            let _ = ctx.fill_text(&crate::model::days::format(r.end), (x1 + 4.0).min(w - 70.0), BIN_ROW / 2.0);
        }
    }
    let lay = layout(f.atlas, f.marks, &f.scale, w);
    super::density::paint_strip(ctx, &lay, p, w);
    draw_marks(ctx, f, &lay.hits);
    // Bins: "+N" badges in the top row, the badges as one path.
    let rounded = has_round_rect(ctx);
    ctx.set_fill_style_str(p.mark_light);
    ctx.begin_path();
    for b in &lay.bins {
        add_round_rect(ctx, rounded, b.x0 + 1.0, 2.0, b.x1 - b.x0 - 2.0, BIN_ROW - 4.0, 4.0);
    }
    ctx.fill();
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    ctx.set_fill_style_str(p.ink);
    for b in &lay.bins {
        let _ = ctx.fill_text(&format!("+{}", b.count), (b.x0 + b.x1) / 2.0, BIN_ROW / 2.0);
    }
    // The axis.
    ctx.set_fill_style_str(p.paper);
    ctx.fill_rect(0.0, AXIS_TOP, w, AXIS_H);
    ctx.set_stroke_style_str(p.muted);
    ctx.begin_path();
    ctx.move_to(0.0, AXIS_TOP + 0.5);
    ctx.line_to(w, AXIS_TOP + 0.5);
    for t in &ticks {
        let x = t.x.round() + 0.5;
        ctx.move_to(x, AXIS_TOP);
        ctx.line_to(x, AXIS_TOP + if t.major { 9.0 } else { 5.0 });
    }
    ctx.stroke();
    ctx.set_fill_style_str(p.ink);
    ctx.set_text_align("left");
    ctx.set_text_baseline("alphabetic");
    // One font for every label, set only when the canvas is new or resized (see `set_font`):
    // setting it makes the browser resolve the page's styles, a forced recalculation per frame.
    for t in &ticks {
        let _ = ctx.fill_text(&t.label, t.x + 3.0, AXIS_TOP + 21.0);
    }
    super::density::paint_edges(ctx, &lay, p, w);
    lay
}

/// How a mark is drawn: a dot for a day, a bar for a range, a lighter bar over a month or year, a
/// short fading mark from the known end with "?" for an open window; hollow or dashed when planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Dot,
    HollowDot,
    Bar,
    CoarseBar,
    DashedBar,
    Open,
}

const LOOKS: [Look; 5] = [Look::Dot, Look::HollowDot, Look::Bar, Look::CoarseBar, Look::DashedBar];

fn look(f: &Frame, h: &Hit) -> (Look, bool) {
    let e = f.atlas.event(h.event);
    let planned = e.status == Status::Planned;
    let in_range = f.range.is_none_or(|r| r.overlaps(f.atlas.span(h.event)));
    let look = if h.shape != Shape::Span {
        Look::Open
    } else if matches!(f.atlas.dating(h.event), Dating::Bounded(s, e) if s == e) {
        if planned { Look::HollowDot } else { Look::Dot }
    } else if planned {
        Look::DashedBar
    } else if matches!(e.when.precision, Precision::Month | Precision::Year) {
        Look::CoarseBar
    } else {
        Look::Bar
    };
    (look, in_range)
}

/// The marks, batched: every mark of one look and opacity goes into one path, filled or stroked
/// once, so a frame makes a few calls per mark instead of a dozen (styles, paths, alpha), which
/// is most of its cost at thousands of marks. Marks in a lane never overlap, so the order of
/// drawing does not show.
fn draw_marks(ctx: &Ctx, f: &Frame, hits: &[Hit]) {
    let p = f.palette;
    let looks: Vec<(Look, bool)> = hits.iter().map(|h| look(f, h)).collect();
    let rounded = has_round_rect(ctx);
    ctx.set_line_width(1.5);
    ctx.set_stroke_style_str(p.mark);
    for in_range in [true, false] {
        ctx.set_global_alpha(if in_range { 1.0 } else { 0.3 });
        for want in LOOKS {
            let mut any = false;
            ctx.begin_path();
            for (h, &(l, r)) in hits.iter().zip(&looks) {
                if l != want || r != in_range {
                    continue;
                }
                any = true;
                if matches!(l, Look::Dot | Look::HollowDot) {
                    let cx = (h.x0 + h.x1) / 2.0;
                    ctx.move_to(cx + POINT_R, h.y);
                    let _ = ctx.arc(cx, h.y, POINT_R, 0.0, std::f64::consts::TAU);
                } else {
                    add_round_rect(ctx, rounded, h.x0, h.y - 4.0, (h.x1 - h.x0).max(2.0), 8.0, 3.0);
                }
            }
            if !any {
                continue;
            }
            match want {
                Look::Dot | Look::Bar => {
                    ctx.set_fill_style_str(p.mark);
                    ctx.fill();
                }
                Look::HollowDot | Look::CoarseBar => {
                    ctx.set_fill_style_str(if want == Look::HollowDot { p.paper } else { p.mark_light });
                    ctx.fill();
                    ctx.stroke();
                }
                Look::DashedBar => {
                    ctx.set_line_dash(&js_dash()).ok();
                    ctx.stroke();
                    ctx.set_line_dash(&js_no_dash()).ok();
                }
                Look::Open => {}
            }
        }
        let open: Vec<&Hit> = hits.iter().zip(&looks).filter(|(_, &(l, r))| l == Look::Open && r == in_range).map(|(h, _)| h).collect();
        draw_open(ctx, f, &open, in_range);
    }
    ctx.set_global_alpha(1.0);
    // The selected event and the keyboard cursor: rings around their marks.
    for (which, colour, dash) in [(f.selected, p.selected, false), (f.cursor, p.ink, true)] {
        let Some(h) = which.and_then(|e| hits.iter().find(|h| h.event == e)) else { continue };
        ctx.set_stroke_style_str(colour);
        ctx.set_line_width(2.0);
        if dash {
            ctx.set_line_dash(&js_dash()).ok();
        }
        round_rect(ctx, h.x0 - 3.0, h.y - 7.0, (h.x1 - h.x0) + 6.0, 14.0, 5.0);
        ctx.stroke();
        ctx.set_line_dash(&js_no_dash()).ok();
    }
}

/// Open windows' marks, `OPEN_PX` wide: a solid tick at the known end, then three steps that
/// fade away from it, and "?" at the open side (the window bounds the date, it does not give it).
/// Batched by step: one path and one fill per step, then the "?"s.
fn draw_open(ctx: &Ctx, f: &Frame, hits: &[&Hit], in_range: bool) {
    if hits.is_empty() {
        return;
    }
    let p = f.palette;
    let base = if in_range { 1.0 } else { 0.3 };
    ctx.set_fill_style_str(p.mark);
    for (k, alpha) in [1.0, 0.55, 0.3, 0.12].into_iter().enumerate() {
        let (w, off) = if k == 0 { (3.0, 0.0) } else { (5.0, 3.0 + 5.0 * (k - 1) as f64) };
        let hh = if k == 0 { 12.0 } else { 8.0 };
        ctx.set_global_alpha(base * alpha);
        ctx.begin_path();
        for h in hits {
            let x = if h.shape == Shape::After { h.x0 + off } else { h.x1 - off - w };
            ctx.rect(x, h.y - hh / 2.0, w, hh);
        }
        ctx.fill();
    }
    ctx.set_global_alpha(base);
    ctx.set_fill_style_str(p.ink);
    ctx.set_text_baseline("middle");
    ctx.set_text_align("center");
    for h in hits {
        let _ = ctx.fill_text("?", if h.shape == Shape::After { h.x1 - 4.0 } else { h.x0 + 4.0 }, h.y);
    }
}

/// Whether the context has `roundRect` (one call per rounded rectangle; older browsers lack it).
fn has_round_rect(ctx: &Ctx) -> bool {
    js_sys::Reflect::has(ctx, &wasm_bindgen::JsValue::from_str("roundRect")).unwrap_or(false)
}

/// Adds a rounded rectangle to the current path.
fn add_round_rect(ctx: &Ctx, rounded: bool, x: f64, y: f64, w: f64, h: f64, r: f64) {
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    if rounded && ctx.round_rect_with_f64(x, y, w, h, r).is_ok() {
        return;
    }
    ctx.move_to(x + r, y);
    let _ = ctx.arc_to(x + w, y, x + w, y + h, r);
    let _ = ctx.arc_to(x + w, y + h, x, y + h, r);
    let _ = ctx.arc_to(x, y + h, x, y, r);
    let _ = ctx.arc_to(x, y, x + w, y, r);
    ctx.close_path();
}

fn round_rect(ctx: &Ctx, x: f64, y: f64, w: f64, h: f64, r: f64) {
    ctx.begin_path();
    add_round_rect(ctx, has_round_rect(ctx), x, y, w, h, r);
}

fn js_dash() -> wasm_bindgen::JsValue {
    js_sys::Array::of2(&3.0.into(), &2.0.into()).into()
}

fn js_no_dash() -> wasm_bindgen::JsValue {
    js_sys::Array::new().into()
}
