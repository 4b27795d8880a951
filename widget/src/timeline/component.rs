//! The timeline: every event on a time axis, drawn on a canvas (see `timeline_draw`), with zoom
//! (wheel, pinch, keys), pan (drag), a brush on the axis that sets the time range, play, and a
//! "date unknown" lane. Keyboard: Tab in, arrows step through events in time order, Enter opens
//! the details; the step is announced.
//!
//! Zoom and pan change only the scale and schedule one paint per animation frame; nothing per
//! event lives in the DOM except the few undated events listed in the unknown lane.
//! Painting is `timeline_draw.rs`; wheel, pointer and keyboard handling `timeline_input.rs`.

use super::input::{Drag, TimelineInput};
use super::painter::{paint, set_font, Frame, Layout, AXIS_TOP, BIN_ROW, DARK, HEIGHT, LANE_H, LIGHT};
use crate::model::atlas::{date_label, Atlas};
use crate::state::controls::{Controls, Theme};
use crate::state::filters::TimeRange;
use crate::i18n::panels::{basis_name, describe_event, ui};
use crate::timeline::scale::TimeScale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Non-reactive state: read and written per frame and per pointer event.
#[derive(Default)]
pub(super) struct Inner {
    pub scale: Option<TimeScale>,
    pub width: f64,
    pub layout: Layout,
    pub drag: Option<Drag>,
    pub pointers: Vec<(i32, f64)>,
    /// The user moved the view: keep it when the marks change.
    pub touched: bool,
    pub frame_pending: bool,
    /// The canvas's CSS width, measured only when it may have changed (reading it after other DOM
    /// writes would force a page layout every frame).
    pub measured: Option<f64>,
    /// A ResizeObserver watches the canvas and has not reported yet: the first paint waits for
    /// its report (after the page's first layout, in the same frame) instead of forcing that
    /// layout early by reading the width.
    pub awaiting_size: bool,
    /// The canvas's screen box (left, top) during a gesture.
    pub origin: Option<(f64, f64)>,
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

    let input = TimelineInput { inner: inner.clone(), atlas: atlas.clone(), ctl, marks, cursor, hover, redraw, canvas: canvas_ref };
    input.clone().listen();

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
        r.map(|r| format!("{} – {}", crate::model::days::format(r.start), crate::model::days::format(r.end))).unwrap_or_else(|| ui(l).all_time.to_string())
    });
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
                <button type="button" class="fit" on:click={ let input = input.clone(); move |_| input.refit() }>{move || ui(ctl.lang.get()).fit}</button>
            </div>
            <div
                class="tl-plot"
                tabindex="0"
                role="group"
                aria-roledescription=move || ui(ctl.lang.get()).timeline
                aria-label=move || ui(ctl.lang.get()).timeline_help
                on:keydown=move |e| input.on_key(e)
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
