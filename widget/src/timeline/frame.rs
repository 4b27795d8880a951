//! Painting the timeline now, and following the canvas's size: what the component schedules at
//! most once per animation frame (`component.rs`) and what the canvas's resize observer calls.

use super::component::Inner;
use super::painter::{paint, set_font, Frame, Shape, AXIS_TOP, BIN_ROW, DARK, HEIGHT, LANE_H, LIGHT, STRIP_TOP};
use crate::model::atlas::Atlas;
use crate::model::days::DayNumber;
use crate::model::dating::Dating;
use crate::state::controls::{Controls, Theme, TimelineCounts};
use crate::timeline::scale::TimeScale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Paints now: measures the canvas, fits the view if untouched, draws, reports what it drew.
pub(super) fn paint_now(
    atlas: Arc<Atlas>,
    inner: Rc<RefCell<Inner>>,
    canvas_ref: NodeRef<leptos::html::Canvas>,
    marks: Signal<Arc<Vec<usize>>>,
    ctl: Controls,
    cursor: RwSignal<Option<usize>>,
) -> impl Fn() + Clone + 'static {
    move || {
        // A paint can arrive after the atlas was destroyed: then there is nothing to draw.
        let Some(Some(canvas)) = canvas_ref.try_get_untracked() else { return };
        let Some(marks) = marks.try_get_untracked() else { return };
        let canvas: &web_sys::HtmlCanvasElement = &canvas;
        let (measured, awaiting) = {
            let st = inner.borrow();
            (st.measured, st.awaiting_size)
        };
        let width = match measured {
            Some(w) => w,
            None if awaiting => {
                inner.borrow_mut().frame_pending = false;
                return;
            }
            None => canvas.client_width() as f64,
        };
        if width <= 0.0 {
            return;
        }
        inner.borrow_mut().measured = Some(width);
        let dpr = window().device_pixel_ratio().max(1.0);
        let (bw, bh) = ((width * dpr).round() as u32, (HEIGHT * dpr).round() as u32);
        let resized = canvas.width() != bw || canvas.height() != bh;
        if resized {
            canvas.set_width(bw);
            canvas.set_height(bh);
        }
        let Ok(Some(ctx)) = canvas.get_context("2d") else { return };
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        if resized {
            set_font(&ctx);
        }
        let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
        let mut st = inner.borrow_mut();
        st.frame_pending = false;
        if st.scale.is_none() || (!st.touched && st.width != width) {
            let (a, b) = atlas.default_extent(&marks).unwrap_or_else(|| {
                let today = DayNumber((js_sys::Date::now() / 86_400_000.0) as i32);
                (today.plus(-365), today)
            });
            st.scale = Some(TimeScale::fit(a, b, width));
        }
        st.width = width;
        let frame = Frame {
            atlas: &atlas,
            marks: &marks,
            scale: st.scale.unwrap(),
            width,
            range: ctl.range.get_untracked(),
            selected: ctl.event.get_untracked(),
            cursor: cursor.get_untracked(),
            lang: ctl.lang.get_untracked(),
            palette: if ctl.theme.get_untracked() == Theme::Dark { &DARK } else { &LIGHT },
        };
        st.layout = paint(&ctx, &frame);
        // The view for tests and tools that point at a date: x = (day - d0) * ppd, day 0 = 1970-01-01.
        let _ = canvas.set_attribute("data-view", &format!("{:.4},{:.6},{AXIS_TOP},{LANE_H},{BIN_ROW},{STRIP_TOP}", frame.scale.d0, frame.scale.ppd));
        let lay = &st.layout;
        let counts = TimelineCounts {
            start: Some(DayNumber::at(frame.scale.day(0.0))),
            end: Some(DayNumber::at(frame.scale.day(width))),
            drawn: lay.drawn(),
            binned: lay.binned(),
            outside: lay.outside[0] + lay.outside[1],
            undated: marks.iter().filter(|&&i| atlas.dating(i) == Dating::Undated).count() as u32,
        };
        // The widest open window drawn, for tests that check none claims a span.
        let open = lay.hits.iter().filter(|h| h.shape != Shape::Span).map(|h| h.x1 - h.x0).fold(0.0, f64::max);
        let _ = canvas.set_attribute("data-open-px", &format!("{open:.1}"));
        drop(st);
        ctl.painted.try_update(|p| {
            p.timeline = counts.drawn + counts.binned + counts.outside + counts.undated;
            p.tl = counts;
            p.frames = p.frames.wrapping_add(1);
        });
    }
}

/// Repaints when the window or the canvas's container changes size; forgets the canvas's screen
/// box on scroll.
pub(super) fn follow_size(inner: Rc<RefCell<Inner>>, schedule: impl Fn() + Clone + 'static, draw: impl Fn() + Clone + 'static, canvas_ref: NodeRef<leptos::html::Canvas>) {
    let resize = window_event_listener(leptos::ev::resize, {
        let (schedule, inner) = (schedule.clone(), inner.clone());
        move |_| {
            inner.borrow_mut().measured = None;
            schedule()
        }
    });
    let scrolled = window_event_listener(leptos::ev::scroll, {
        let inner = inner.clone();
        move |_| inner.borrow_mut().origin = None
    });
    // The container can change size without the window (an embed, a panel opening): watch it.
    // The observer reports after layout and before paint, so it paints at once with the width it
    // reports (the first paint too: see `awaiting_size`).
    let observer = {
        let (draw, state) = (draw.clone(), inner.clone());
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            {
                let mut st = state.borrow_mut();
                st.awaiting_size = false;
                st.measured = crate::resize::observed_size(&entries).map(|(w, _)| w).filter(|w| *w > 0.0);
                st.origin = None;
            }
            draw();
        });
        let ro = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok();
        inner.borrow_mut().awaiting_size = ro.is_some();
        StoredValue::new_local((ro, cb))
    };
    Effect::new(move |_| {
        let Some(c) = canvas_ref.get() else { return };
        observer.with_value(|(ro, _)| {
            if let Some(ro) = ro {
                ro.observe(&c);
            }
        });
    });
    on_cleanup(move || {
        resize.remove();
        scrolled.remove();
        observer.try_with_value(|(ro, _)| {
            if let Some(ro) = ro {
                ro.disconnect();
            }
        });
    });
}
