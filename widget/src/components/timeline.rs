//! The timeline: every event on a time axis, drawn on a canvas (see `timeline_draw`), with zoom
//! (wheel, pinch, keys), pan (drag), a brush on the axis that sets the time range, play, and a
//! "date unknown" lane. Keyboard: Tab in, arrows step through events in time order, Enter opens
//! the details; the step is announced.
//!
//! Zoom and pan change only the scale and schedule one paint per animation frame; nothing per
//! event lives in the DOM except the few undated events listed in the unknown lane.

use super::timeline_draw::{paint, set_font, Frame, Hit, Layout, AXIS_TOP, BIN_ROW, DARK, HEIGHT, LANE_H, LIGHT};
use crate::atlas::{date_label, Atlas};
use crate::controls::{Controls, Theme};
use crate::filters::TimeRange;
use crate::i18n_panels::{basis_name, describe_event, ui};
use crate::timeline::scale::TimeScale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What a pointer is doing on the canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Drag {
    /// Panning from (x at start, scale at start); `moved` once past a few px (then not a click).
    Pan { x: f64, scale: TimeScale, moved: bool },
    /// Brushing from a day.
    Brush { from: f64 },
    /// Two fingers: the distance and midpoint at start, and the scale then.
    Pinch { dist: f64, mid: f64, scale: TimeScale },
}

/// Non-reactive state: read and written per frame and per pointer event.
#[derive(Default)]
struct Inner {
    scale: Option<TimeScale>,
    width: f64,
    layout: Layout,
    drag: Option<Drag>,
    pointers: Vec<(i32, f64)>,
    /// The user moved the view: keep it when the marks change.
    touched: bool,
    frame_pending: bool,
    /// The canvas's CSS width, measured only when it may have changed (reading it after other DOM
    /// writes would force a page layout every frame).
    measured: Option<f64>,
    /// A ResizeObserver watches the canvas and has not reported yet: the first paint waits for
    /// its report (after the page's first layout, in the same frame) instead of forcing that
    /// layout early by reading the width.
    awaiting_size: bool,
    /// The canvas's screen box (left, top) during a gesture.
    origin: Option<(f64, f64)>,
}

#[component]
pub fn Timeline(
    atlas: Arc<Atlas>,
    ctl: Controls,
    /// The events on the timeline (the filters and the map selection applied), in time order.
    marks: Signal<Arc<Vec<usize>>>,
) -> impl IntoView {
    let canvas_ref: NodeRef<leptos::html::Canvas> = NodeRef::new();
    let inner: Rc<RefCell<Inner>> = Rc::new(RefCell::new(Inner::default()));
    // The event the keyboard is on (drawn with a dashed ring, announced).
    let cursor: RwSignal<Option<usize>> = RwSignal::new(None);
    let hover: RwSignal<Option<(usize, f64, f64)>> = RwSignal::new(None);
    // Bumped to request a paint from outside the reactive graph (zoom, pan, resize).
    let redraw = RwSignal::new(0u32);
    let playing = RwSignal::new(false);
    let play_mode = RwSignal::new(String::from("cumulative"));
    let play_window = RwSignal::new(365i32);
    let play_speed = RwSignal::new(1.0f64);

    let dated_extent = {
        let atlas = atlas.clone();
        move |marks: &[usize]| atlas.extent_of(marks.iter().copied())
    };

    // Paints now: measures the canvas, fits the view if untouched, draws, reports what it drew.
    let draw = {
        let (atlas, inner) = (atlas.clone(), inner.clone());
        let dated_extent = dated_extent.clone();
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
                let (a, b) = dated_extent(&marks).unwrap_or_else(|| {
                    let today = (js_sys::Date::now() / 86_400_000.0) as i32;
                    (today - 365, today)
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
            let _ = canvas.set_attribute("data-view", &format!("{:.4},{:.6},{AXIS_TOP},{LANE_H},{BIN_ROW}", frame.scale.d0, frame.scale.ppd));
            let undated = marks.iter().filter(|&&i| atlas.span(i).is_none()).count() as u32;
            let represented = st.layout.represented + undated;
            drop(st);
            ctl.painted.try_update(|p| {
                p.timeline = represented;
                p.frames = p.frames.wrapping_add(1);
            });
        }
    };
    // At most one paint per animation frame, however many changes arrive.
    let schedule = {
        let inner = inner.clone();
        let draw = draw.clone();
        move || {
            if std::mem::replace(&mut inner.borrow_mut().frame_pending, true) {
                return;
            }
            let draw = draw.clone();
            request_animation_frame(move || draw());
        }
    };
    // Repaint on anything drawn: the marks, the range, the selection, the cursor, language, theme.
    {
        let (inner, schedule) = (inner.clone(), schedule.clone());
        Effect::new(move |prev: Option<usize>| {
            let m = marks.get();
            let ptr = Arc::as_ptr(&m) as usize;
            if prev.is_some_and(|p| p != ptr) && !inner.borrow().touched {
                inner.borrow_mut().scale = None;
            }
            ctl.range.track();
            ctl.event.track();
            ctl.lang.track();
            ctl.theme.track();
            cursor.track();
            redraw.track();
            schedule();
            ptr
        });
    }
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
                st.measured = super::observed_size(&entries).map(|(w, _)| w).filter(|w| *w > 0.0);
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

    let set_scale = {
        let inner = inner.clone();
        move |s: TimeScale| {
            let mut st = inner.borrow_mut();
            st.scale = Some(s);
            st.touched = true;
            drop(st);
            redraw.update(|n| *n = n.wrapping_add(1));
        }
    };
    let scale_now = {
        let inner = inner.clone();
        move || inner.borrow().scale.unwrap_or(TimeScale { d0: 0.0, ppd: 1.0 })
    };
    let hit_at = {
        let inner = inner.clone();
        move |x: f64, y: f64| -> Option<Hit> {
            let st = inner.borrow();
            st.layout.hits.iter().copied().find(|h| x >= h.x0 - 2.0 && x <= h.x1 + 2.0 && (y - h.y).abs() <= 7.0)
        }
    };
    let bin_at = {
        let inner = inner.clone();
        move |x: f64, y: f64| -> Option<f64> {
            let st = inner.borrow();
            (y < BIN_ROW).then(|| st.layout.bins.iter().find(|b| x >= b.x0 && x < b.x1).map(|b| (b.x0 + b.x1) / 2.0)).flatten()
        }
    };
    // Pointer position on the canvas; the canvas's box is read once per gesture (see `origin`).
    let local = {
        let inner = inner.clone();
        move |e: &web_sys::MouseEvent| -> (f64, f64) {
            let cached = inner.borrow().origin;
            let (left, top) = match (cached, canvas_ref.get_untracked()) {
                (Some(o), _) => o,
                (None, Some(c)) => {
                    let r = c.get_bounding_client_rect();
                    let o = (r.left(), r.top());
                    inner.borrow_mut().origin = Some(o);
                    o
                }
                (None, None) => (0.0, 0.0),
            };
            (e.client_x() as f64 - left, e.client_y() as f64 - top)
        }
    };
    let zoom_by = {
        let (set_scale, scale_now, inner) = (set_scale.clone(), scale_now.clone(), inner.clone());
        move |x: Option<f64>, factor: f64| {
            let x = x.unwrap_or_else(|| inner.borrow().width / 2.0);
            set_scale(scale_now().zoom_at(x, factor));
        }
    };
    let refit = {
        let inner = inner.clone();
        move || {
            let mut st = inner.borrow_mut();
            st.scale = None;
            st.touched = false;
            drop(st);
            redraw.update(|n| *n = n.wrapping_add(1));
        }
    };

    // Keyboard: step through the marks in time order; Enter opens; +/−/0 zoom.
    let step_cursor = {
        let (atlas, inner, set_scale, scale_now) = (atlas.clone(), inner.clone(), set_scale.clone(), scale_now.clone());
        move |delta: i64| {
            let m = marks.get_untracked();
            if m.is_empty() {
                return;
            }
            let start = cursor.get_untracked().or(ctl.event.get_untracked()).and_then(|c| m.iter().position(|&i| i == c));
            let next = match (start, delta) {
                (None, d) if d >= 0 => 0,
                (None, _) => m.len() - 1,
                (Some(p), d) => (p as i64 + d).clamp(0, m.len() as i64 - 1) as usize,
            };
            let ev = m[next];
            cursor.set(Some(ev));
            // Bring a dated mark into view.
            if let Some((s, e)) = atlas.span(ev) {
                let sc = scale_now();
                let w = inner.borrow().width;
                let d = if s == i32::MIN { e } else { s };
                let x = sc.x(d as f64);
                if !(0.0..=w).contains(&x) {
                    set_scale(sc.pan(w / 2.0 - x));
                }
            }
        }
    };
    let on_key = {
        let (zoom_by, refit, step_cursor) = (zoom_by.clone(), refit.clone(), step_cursor.clone());
        move |e: web_sys::KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => step_cursor(1),
                "ArrowLeft" | "ArrowUp" => step_cursor(-1),
                "PageDown" => step_cursor(10),
                "PageUp" => step_cursor(-10),
                "Home" => {
                    cursor.set(None);
                    step_cursor(0)
                }
                "End" => {
                    cursor.set(None);
                    step_cursor(-1)
                }
                "Enter" | " " => match cursor.get_untracked() {
                    Some(c) => ctl.event.set(Some(c)),
                    None => step_cursor(0),
                },
                "+" | "=" => zoom_by(None, 1.5),
                "-" | "_" => zoom_by(None, 1.0 / 1.5),
                "0" => refit(),
                _ => return,
            }
            e.prevent_default();
        }
    };

    // Pointer gestures, wheel and clicks: one listener registered on the canvas.
    let listener = {
        let (inner, set_scale, scale_now, zoom_by) = (inner.clone(), set_scale.clone(), scale_now.clone(), zoom_by.clone());
        let (hit_at, bin_at) = (hit_at.clone(), bin_at.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            let kind = e.type_();
            match kind.as_str() {
                "wheel" => {
                    let w: web_sys::WheelEvent = e.unchecked_into();
                    w.prevent_default();
                    let (x, _) = local(&w);
                    let dy = w.delta_y() * if w.delta_mode() == 1 { 16.0 } else { 1.0 };
                    // Horizontal wheels and shift-wheel pan; vertical wheels zoom.
                    if w.delta_x().abs() > dy.abs() || w.shift_key() {
                        let dx = if w.shift_key() { dy } else { w.delta_x() };
                        set_scale(scale_now().pan(-dx));
                    } else {
                        zoom_by(Some(x), (-dy * 0.002).exp());
                    }
                }
                "pointerdown" => {
                    let p: web_sys::PointerEvent = e.unchecked_into();
                    inner.borrow_mut().origin = None;
                    let (x, y) = local(&p);
                    if let Some(t) = p.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                        let _ = t.set_pointer_capture(p.pointer_id());
                    }
                    let mut st = inner.borrow_mut();
                    st.pointers.retain(|q| q.0 != p.pointer_id());
                    st.pointers.push((p.pointer_id(), x));
                    let sc = st.scale.unwrap_or(TimeScale { d0: 0.0, ppd: 1.0 });
                    st.drag = Some(if st.pointers.len() >= 2 {
                        let (a, b) = (st.pointers[0].1, st.pointers[1].1);
                        Drag::Pinch { dist: (a - b).abs().max(10.0), mid: (a + b) / 2.0, scale: sc }
                    } else if y >= AXIS_TOP {
                        ctl.brushing.set(true);
                        Drag::Brush { from: sc.day(x) }
                    } else {
                        Drag::Pan { x, scale: sc, moved: false }
                    });
                }
                "pointermove" => {
                    let p: web_sys::PointerEvent = e.unchecked_into();
                    let (x, y) = local(&p);
                    let drag = {
                        let mut st = inner.borrow_mut();
                        if let Some(q) = st.pointers.iter_mut().find(|q| q.0 == p.pointer_id()) {
                            q.1 = x;
                        }
                        st.drag
                    };
                    match drag {
                        Some(Drag::Pan { x: x0, scale, moved }) => {
                            if moved || (x - x0).abs() > 3.0 {
                                inner.borrow_mut().drag = Some(Drag::Pan { x: x0, scale, moved: true });
                                set_scale(scale.pan(x - x0));
                            }
                        }
                        Some(Drag::Brush { from }) => {
                            let to = scale_now().day(x);
                            ctl.range.set(Some(TimeRange::new(from.floor() as i32, to.floor() as i32)));
                        }
                        Some(Drag::Pinch { dist, mid, scale }) => {
                            let ps = inner.borrow().pointers.clone();
                            if ps.len() >= 2 {
                                let d = (ps[0].1 - ps[1].1).abs().max(10.0);
                                let m = (ps[0].1 + ps[1].1) / 2.0;
                                set_scale(scale.zoom_at(mid, d / dist).pan(m - mid));
                            }
                        }
                        None => {
                            let h = hit_at(x, y).map(|h| (h.event, x, y));
                            if hover.get_untracked() != h {
                                hover.set(h);
                            }
                        }
                    }
                }
                "pointerup" | "pointercancel" => {
                    let p: web_sys::PointerEvent = e.unchecked_into();
                    let (x, y) = local(&p);
                    let drag = {
                        let mut st = inner.borrow_mut();
                        st.pointers.retain(|q| q.0 != p.pointer_id());
                        let d = st.drag.take();
                        if let (Some(Drag::Pinch { .. }), Some(&(_, px))) = (d, st.pointers.first()) {
                            let sc = st.scale.unwrap_or(TimeScale { d0: 0.0, ppd: 1.0 });
                            st.drag = Some(Drag::Pan { x: px, scale: sc, moved: true });
                        }
                        d
                    };
                    if matches!(drag, Some(Drag::Brush { .. })) {
                        ctl.brushing.set(false);
                    }
                    if kind == "pointercancel" {
                        return;
                    }
                    match drag {
                        Some(Drag::Pan { moved: false, .. }) => {
                            if let Some(h) = hit_at(x, y) {
                                cursor.set(Some(h.event));
                                ctl.event.set(Some(h.event));
                            } else if let Some(cx) = bin_at(x, y) {
                                zoom_by(Some(cx), 3.0);
                            }
                        }
                        Some(Drag::Brush { from }) => {
                            let to = scale_now().day(x);
                            // A click on the axis (no drag) clears the range.
                            if (scale_now().x(from) - x).abs() < 3.0 {
                                ctl.range.set(None);
                            } else {
                                ctl.range.set(Some(TimeRange::new(from.floor() as i32, to.floor() as i32)));
                            }
                        }
                        _ => {}
                    }
                }
                "pointerleave" => {
                    inner.borrow_mut().origin = None;
                    hover.set(None)
                }
                "dblclick" => {
                    let m: web_sys::MouseEvent = e.unchecked_into();
                    let (x, y) = local(&m);
                    if y < AXIS_TOP {
                        zoom_by(Some(x), if m.shift_key() { 0.5 } else { 2.0 });
                    }
                }
                _ => {}
            }
        })
    };
    let listener = StoredValue::new_local(listener);
    Effect::new(move |_| {
        let Some(c) = canvas_ref.get() else { return };
        listener.with_value(|l| {
            for name in ["wheel", "pointerdown", "pointermove", "pointerup", "pointercancel", "pointerleave", "dblclick"] {
                let _ = c.add_event_listener_with_callback(name, l.as_ref().unchecked_ref());
            }
        });
    });

    // Play: steps the range through time, cumulatively or as a sliding window. The interval is
    // also kept here so that unmounting (destroy) clears it even while playing.
    let interval: StoredValue<Option<IntervalHandle>, LocalStorage> = StoredValue::new_local(None);
    {
        let atlas = atlas.clone();
        let dated_extent = dated_extent.clone();
        Effect::new(move |_| {
            if let Some(h) = interval.try_update_value(|v| v.take()).flatten() {
                h.clear();
            }
            if !playing.get() {
                return;
            }
            let speed = play_speed.get();
            let mode = play_mode.get();
            let win = play_window.get();
            let Some((a, b)) = dated_extent(&marks.get_untracked()).or_else(|| atlas.extent()) else { return };
            let step = ((b - a) / 60).max(1);
            let now = std::cell::Cell::new(ctl.range.get_untracked().map(|r| r.end).filter(|&e| e < b).unwrap_or(a));
            let h = set_interval_with_handle(
                move || {
                    let t = now.get() + step;
                    now.set(t);
                    let start = if mode == "window" { t - win } else { a };
                    ctl.range.try_set(Some(TimeRange::new(start, t.min(b))));
                    if t >= b {
                        playing.try_set(false);
                    }
                },
                std::time::Duration::from_millis((250.0 / speed) as u64),
            )
            .ok();
            interval.set_value(h);
        });
    }
    on_cleanup(move || {
        if let Some(h) = interval.try_update_value(|v| v.take()).flatten() {
            h.clear();
        }
    });

    let undated = {
        let atlas = atlas.clone();
        Memo::new(move |_| marks.get().iter().copied().filter(|&i| atlas.span(i).is_none()).collect::<Vec<usize>>())
    };
    let announce = {
        let atlas = atlas.clone();
        move || cursor.get().map(|i| describe_event(&atlas, i, ctl.lang.get())).unwrap_or_default()
    };
    let tooltip = {
        let atlas = atlas.clone();
        move || {
            let (i, x, y) = hover.get()?;
            let l = ctl.lang.get();
            let t = ui(l);
            let e = atlas.event(i);
            let written = e.when.text.clone().unwrap_or_else(|| t.not_written.to_string());
            let basis = basis_name(e.when.basis, l);
            Some(view! {
                <div class="tl-tip" role="tooltip" style=format!("left:{:.0}px;top:{:.0}px", x + 12.0, y + 12.0)>
                    <strong>{date_label(e, l)}</strong>
                    <span>{format!("{}: “{written}” · {}: {basis}", t.as_written, t.basis)}</span>
                    <span>{describe_event(&atlas, i, l)}</span>
                </div>
            })
        }
    };
    // The range as text; held while a brush moves (the canvas shows the moving ends), so a drag
    // changes no DOM text per frame.
    let range_text = Memo::new(move |prev: Option<&String>| {
        let l = ctl.lang.get();
        let r = ctl.range.get();
        if ctl.brushing.get() {
            if let Some(p) = prev {
                return p.clone();
            }
        }
        r.map(|r| format!("{} – {}", crate::days::format(r.start), crate::days::format(r.end))).unwrap_or_else(|| ui(l).all_time.to_string())
    });
    let refit_btn = refit.clone();
    view! {
        <section class="timeline" aria-label=move || ui(ctl.lang.get()).timeline>
            <div class="tl-bar">
                <button type="button" class="play" aria-pressed=move || playing.get().to_string() on:click=move |_| playing.update(|p| *p = !*p)>
                    {move || if playing.get() { ui(ctl.lang.get()).pause } else { ui(ctl.lang.get()).play }}
                </button>
                <label>
                    <span class="sr-only">{move || ui(ctl.lang.get()).play_mode}</span>
                    <select on:change=move |e| play_mode.set(event_target_value(&e))>
                        <option value="cumulative">{move || ui(ctl.lang.get()).cumulative}</option>
                        <option value="window">{move || ui(ctl.lang.get()).window}</option>
                    </select>
                </label>
                <label>
                    <span class="sr-only">{move || ui(ctl.lang.get()).window_size}</span>
                    <select on:change=move |e| play_window.set(event_target_value(&e).parse().unwrap_or(365))>
                        <option value="30">{move || ui(ctl.lang.get()).month}</option>
                        <option value="91">{move || ui(ctl.lang.get()).quarter}</option>
                        <option value="365" selected>{move || ui(ctl.lang.get()).year}</option>
                        <option value="1826">{move || ui(ctl.lang.get()).five_years}</option>
                    </select>
                </label>
                <label>
                    <span class="sr-only">{move || ui(ctl.lang.get()).speed}</span>
                    <select on:change=move |e| play_speed.set(event_target_value(&e).parse().unwrap_or(1.0))>
                        <option value="0.5">"0.5×"</option>
                        <option value="1" selected>"1×"</option>
                        <option value="2">"2×"</option>
                        <option value="4">"4×"</option>
                    </select>
                </label>
                <span class="range" aria-live="polite">{range_text}</span>
                <button type="button" class="clear-range" disabled=move || ctl.range.get().is_none() on:click=move |_| {
                    playing.set(false);
                    ctl.range.set(None);
                }>{move || ui(ctl.lang.get()).clear_range}</button>
                <button type="button" class="fit" on:click=move |_| refit_btn()>{move || ui(ctl.lang.get()).fit}</button>
            </div>
            <div
                class="tl-plot"
                tabindex="0"
                role="group"
                aria-roledescription=move || ui(ctl.lang.get()).timeline
                aria-label=move || ui(ctl.lang.get()).timeline_help
                on:keydown=on_key
                on:blur=move |_| hover.set(None)
            >
                <canvas node_ref=canvas_ref style=format!("height:{HEIGHT}px") aria-hidden="true"></canvas>
                {tooltip}
            </div>
            <p class="sr-only tl-now" aria-live="polite" aria-atomic="true">{announce}</p>
            <div class="unknown-lane" role="group" aria-label=move || ui(ctl.lang.get()).date_unknown_lane>
                <span class="lane-label">{move || format!("{} ({})", ui(ctl.lang.get()).date_unknown_lane, undated.with(Vec::len))}</span>
                {
                    let atlas = atlas.clone();
                    move || {
                        let l = ctl.lang.get();
                        let list = undated.get();
                        let more = list.len().saturating_sub(40);
                        let buttons = list
                            .iter()
                            .take(40)
                            .map(|&i| {
                                let label = describe_event(&atlas, i, l);
                                view! {
                                    <button type="button" class="tl-undated" data-event=atlas.event(i).id.clone()
                                        class:planned=atlas.event(i).status == exchange_atlas::Status::Planned
                                        aria-pressed=move || (ctl.event.get() == Some(i)).to_string()
                                        title=label.clone() aria-label=label
                                        on:click=move |_| ctl.event.set(Some(i))></button>
                                }
                            })
                            .collect_view();
                        view! { {buttons} {(more > 0).then(|| view! { <span class="more">{format!("+{more}")}</span> })} }
                    }
                }
            </div>
        </section>
    }
}
