//! The timeline: every event on a time axis, drawn on a canvas (see `painter.rs`), with zoom
//! (wheel, pinch, keys), pan (drag), a brush on the axis that sets the time range, play, and a
//! "date unknown" lane grouped by kind. Keyboard: Tab in, arrows step through events in time order, Enter opens
//! the details; the step is announced.
//!
//! Zoom and pan change only the scale and schedule one paint per animation frame; nothing per
//! event lives in the DOM except the few undated events listed in the unknown lane.
//! Painting is `painter.rs` (scheduled and sized by `frame.rs`); wheel, pointer and keyboard
//! handling `input.rs`; play `play.rs`; the tooltip and the unknown lane their own files.

use super::frame::{follow_size, paint_now};
use super::input::{Drag, TimelineInput};
use super::painter::{Layout, HEIGHT};
use super::play::{play, play_controls, PlayState};
use super::tooltip::tooltip;
use super::unknown_lane::undated_groups;
use crate::i18n::panels::{describe_event, ui};
use crate::model::atlas::Atlas;
use crate::model::dating::Dating;
use crate::state::controls::Controls;
use crate::timeline::scale::TimeScale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

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
    let play_state = PlayState { playing: RwSignal::new(false), mode: RwSignal::new(String::from("cumulative")), window: RwSignal::new(365i32), speed: RwSignal::new(1.0f64) };
    let playing = play_state.playing;

    let draw = paint_now(atlas.clone(), inner.clone(), canvas_ref, marks, ctl, cursor);
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
    follow_size(inner.clone(), schedule.clone(), draw.clone(), canvas_ref);

    let input = TimelineInput { inner: inner.clone(), atlas: atlas.clone(), ctl, marks, cursor, hover, redraw, canvas: canvas_ref };
    input.clone().listen();

    play(atlas.clone(), ctl, marks, play_state);

    let undated = {
        let atlas = atlas.clone();
        Memo::new(move |_| marks.get().iter().copied().filter(|&i| atlas.dating(i) == Dating::Undated).collect::<Vec<usize>>())
    };
    let announce = {
        let atlas = atlas.clone();
        move || cursor.get().map(|i| describe_event(&atlas, i, ctl.lang.get())).unwrap_or_default()
    };
    let tooltip = tooltip(atlas.clone(), ctl, hover);
    // What the canvas shows, in words, for screen readers (read with the plot's description).
    let summary = Memo::new(move |_| {
        let c = ctl.painted.with(|p| p.tl);
        crate::i18n::panels::timeline_summary(c.drawn, c.binned, c.outside, c.undated, ctl.lang.get())
    });
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
                {play_controls(ctl, play_state)}
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
                aria-description=summary
                on:keydown=move |e| input.on_key(e)
                on:blur=move |_| hover.set(None)
            >
                <canvas node_ref=canvas_ref style=format!("height:{HEIGHT}px") aria-hidden="true"></canvas>
                {tooltip}
            </div>
            <p class="sr-only tl-now" aria-live="polite" aria-atomic="true">{announce}</p>
            <p class="sr-only tl-summary">{summary}</p>
            <div class="unknown-lane" role="group" aria-label=move || ui(ctl.lang.get()).date_unknown_lane>
                <span class="lane-label">{move || format!("{} ({})", ui(ctl.lang.get()).date_unknown_lane, undated.with(Vec::len))}</span>
                {undated_groups(atlas.clone(), ctl, undated)}
            </div>
        </section>
    }
}
