//! Play: steps the time range through time, cumulatively or as a sliding window, at a chosen
//! speed; the controls that start it and choose how.

use crate::i18n::panels::ui;
use crate::model::atlas::Atlas;
use crate::state::controls::Controls;
use crate::state::filters::TimeRange;
use leptos::prelude::*;
use std::sync::Arc;

/// What play is doing and was asked for.
#[derive(Clone, Copy)]
pub(super) struct PlayState {
    pub playing: RwSignal<bool>,
    /// `cumulative` (from the first event) or `window` (the last `window` days).
    pub mode: RwSignal<String>,
    pub window: RwSignal<i32>,
    pub speed: RwSignal<f64>,
}

/// Steps the range while playing. The interval is kept in the component's owner so that
/// unmounting (destroy) clears it even while playing.
pub(super) fn play(
    atlas: Arc<Atlas>,
    ctl: Controls,
    marks: Signal<Arc<Vec<usize>>>,
    state: PlayState,
) {
    let interval: StoredValue<Option<IntervalHandle>, LocalStorage> = StoredValue::new_local(None);
    let PlayState { playing, mode: play_mode, window: play_window, speed: play_speed } = state;
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
        let Some((a, b)) = atlas.default_extent(&marks.get_untracked()).or_else(|| atlas.extent()) else { return };
        let step = ((b.0 - a.0) / 60).max(1);
        let now = std::cell::Cell::new(ctl.range.get_untracked().map(|r| r.end).filter(|&e| e < b).unwrap_or(a));
        let h = set_interval_with_handle(
            move || {
                let t = now.get().plus(step);
                now.set(t);
                let start = if mode == "window" { t.plus(-win) } else { a };
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
    on_cleanup(move || {
        if let Some(h) = interval.try_update_value(|v| v.take()).flatten() {
            h.clear();
        }
    });
}

/// The play button and its mode, window and speed menus.
pub(super) fn play_controls(ctl: Controls, state: PlayState) -> impl IntoView {
    let PlayState { playing, mode: play_mode, window: play_window, speed: play_speed } = state;
    view! {
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
    }
}
