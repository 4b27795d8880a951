//! The map's input: pointer (drag, pinch, hover, click), wheel, keyboard and focus, turned into view
//! changes, hover and selection. One listener on the svg takes every event (a single closure type
//! instead of one `on:` handler type per event keeps the Wasm smaller); the handlers share
//! [`MapInput`], the map's handles.

use super::arcs::{arc_at, ArcBatch};
use super::view::{clamp_view, fit, k_limits, map_point, zoom_at, ArcGeo, Hover, View};
use crate::model::atlas::{Atlas, Tally};
use crate::map::geometry::{geometry, MapSide};
use crate::state::selection::Selection;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Pointer gesture state (drag, pinch), kept outside the reactive graph.
#[derive(Default)]
pub(super) struct Gesture {
    /// Active pointers: id and position relative to the map.
    pointers: Vec<(i32, f64, f64)>,
    /// Where a one-pointer drag or a pinch started, and the view then.
    start: Option<((f64, f64), f64, View)>,
    /// The pointer moved far enough to be a drag: the click that follows is not a selection.
    moved: bool,
    suppress_click: bool,
}

/// The map's state that input reads and writes: signals and stored values, so it is `Copy`.
#[derive(Clone, Copy)]
pub(super) struct MapInput {
    pub view: RwSignal<View>,
    /// The map's size in CSS px.
    pub size: RwSignal<(f64, f64)>,
    /// The user has moved the map: it no longer fits the events by itself.
    pub touched: RwSignal<bool>,
    pub hover: RwSignal<Option<Hover>>,
    /// Where the tooltip goes, in the map's CSS px.
    pub tip_xy: RwSignal<(f64, f64)>,
    /// The region with keyboard focus, ringed.
    pub focused: RwSignal<Option<usize>>,
    pub dragging: RwSignal<bool>,
    /// Wheel zoom under way (cleared 200 ms after the last wheel event): drawn without
    /// anti-aliasing while it lasts, like a drag, which about halves the raster time of a frame.
    pub wheeling: RwSignal<bool>,
    pub selection: RwSignal<Selection>,
    pub tally: Memo<Arc<Tally>>,
    pub svg: NodeRef<leptos::svg::Svg>,
    /// The map's box on screen (left, top, width, height), measured once per gesture: reading it
    /// after a transform change forces a layout of the whole page, so moves within a gesture reuse
    /// it. Cleared at each gesture's start, on resize and scroll, and when the counted events change.
    pub rect_cache: StoredValue<Option<(f64, f64, f64, f64)>, LocalStorage>,
    /// The arc batches last drawn: what the pointer can find.
    pub arc_drawn: StoredValue<Vec<ArcBatch>, LocalStorage>,
    pub model: StoredValue<(Arc<Atlas>, Arc<Vec<ArcGeo>>), LocalStorage>,
    pub gesture: StoredValue<Gesture, LocalStorage>,
    pub wheel_gen: StoredValue<u32, LocalStorage>,
}

impl MapInput {
    pub fn rect(self) -> Option<(f64, f64, f64, f64)> {
        if let Some(r) = self.rect_cache.get_value() {
            return Some(r);
        }
        let r = self.svg.get_untracked()?.get_bounding_client_rect();
        let v = (r.left(), r.top(), r.width(), r.height());
        if v.2 > 0.0 && v.3 > 0.0 {
            self.rect_cache.set_value(Some(v));
        }
        Some(v)
    }

    pub fn forget_rect(self) {
        self.rect_cache.set_value(None);
    }

    /// The map's size in CSS px, measured.
    pub fn measure(self) -> (f64, f64) {
        if let Some((_, _, w, h)) = self.rect() {
            if w > 0.0 && h > 0.0 && (w, h) != self.size.get_untracked() {
                self.size.set((w, h));
            }
        }
        self.size.get_untracked()
    }

    /// The view the user asked for, within limits.
    pub fn set_view(self, v: View) {
        self.touched.set(true);
        self.view.set(clamp_view(v, self.size.get_untracked()));
    }

    /// Back to the view that fits the counted events.
    pub fn reset(self) {
        let s = self.measure();
        self.touched.set(false);
        let v = self.model.with_value(|(atlas, arcs)| fit(&self.tally.get_untracked(), arcs, atlas, s));
        self.view.set(v);
    }

    pub fn zoom_center(self, factor: f64) {
        let s = self.measure();
        self.set_view(zoom_at(self.view.get_untracked(), s, s.0 / 2.0, s.1 / 2.0, factor));
    }

    /// A client point in the map's CSS px.
    fn local(self, x: f64, y: f64) -> (f64, f64) {
        match self.rect() {
            Some((left, top, _, _)) => (x - left, y - top),
            None => (x, y),
        }
    }

    /// What the pointer or the event's target is on: a place (drawn over the arcs), else the drawn
    /// arc within 8 px of the pointer (the arcs have no elements of their own), else a region.
    fn target_of(self, e: &web_sys::Event) -> Option<Hover> {
        let el: web_sys::Element = e.target()?.dyn_into().ok()?;
        let hit = el.closest("[data-region],[data-place]").ok().flatten();
        let index = |h: &web_sys::Element| h.get_attribute("data-i")?.parse::<usize>().ok();
        if let Some(h) = hit.as_ref().filter(|h| h.has_attribute("data-place")) {
            return index(h).map(Hover::Place);
        }
        if let Some(m) = e.dyn_ref::<web_sys::MouseEvent>() {
            let (px, py) = self.local(m.client_x() as f64, m.client_y() as f64);
            let v = self.view.get_untracked();
            let at = map_point(v, self.size.get_untracked(), px, py);
            if let Some(p) = self.arc_drawn.with_value(|b| self.model.with_value(|(_, arcs)| arc_at(b, arcs, at, 8.0 / v.k))) {
                return Some(Hover::Pair(p));
            }
        }
        hit.as_ref().and_then(index).map(Hover::Region)
    }

    /// Selecting what was clicked; the sea, the neighbours and the disputed areas clear.
    fn select(self, h: Option<Hover>) {
        let g = geometry();
        let s = match h {
            Some(Hover::Region(mi)) => match (g.regions[mi].side, g.regions[mi].table) {
                (MapSide::Disputed, _) | (_, None) => Selection::None,
                (_, Some(t)) => Selection::Region(t),
            },
            Some(Hover::Pair(p)) => Selection::Pair(p),
            Some(Hover::Place(_)) => return,
            None => Selection::None,
        };
        self.selection.set(s);
    }

    /// Registers the one listener on the svg once it is mounted; it goes with the map's owner.
    pub fn listen(self) {
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| match e.type_().as_str() {
            "wheel" => self.on_wheel(e.unchecked_into()),
            "pointerdown" => self.on_down(e.unchecked_into()),
            "pointermove" => self.on_move(e.unchecked_into()),
            "pointerup" | "pointercancel" => self.on_up(e.unchecked_into()),
            "pointerleave" => {
                self.forget_rect();
                self.hover.set(None)
            }
            "click" => self.on_click(e.unchecked_into()),
            "dblclick" => self.on_dblclick(e.unchecked_into()),
            "keydown" => self.on_key(e.unchecked_into()),
            "focusin" => self.on_focusin(e.unchecked_into()),
            "focusout" => {
                self.focused.set(None);
                self.hover.set(None);
            }
            _ => {}
        });
        // Owned by the component: dropped (and so detached) when the map unmounts.
        let listener = StoredValue::new_local(listener);
        Effect::new(move |_| {
            let Some(svg) = self.svg.get() else { return };
            listener.with_value(|l| {
                for name in
                    ["wheel", "pointerdown", "pointermove", "pointerup", "pointercancel", "pointerleave", "click", "dblclick", "keydown", "focusin", "focusout"]
                {
                    let _ = svg.add_event_listener_with_callback(name, l.as_ref().unchecked_ref());
                }
            });
        });
    }

    fn on_wheel(self, e: web_sys::WheelEvent) {
        e.prevent_default();
        let n = self.wheel_gen.get_value().wrapping_add(1);
        self.wheel_gen.set_value(n);
        if !self.wheeling.get_untracked() {
            self.forget_rect();
            self.wheeling.set(true);
        }
        set_timeout(
            move || {
                if self.wheel_gen.try_get_value() == Some(n) {
                    self.wheeling.try_set(false);
                }
            },
            std::time::Duration::from_millis(200),
        );
        let s = self.measure();
        let unit = match e.delta_mode() {
            1 => 16.0,
            2 => s.1,
            _ => 1.0,
        };
        let factor = (-e.delta_y() * unit * 0.0018).exp().clamp(0.5, 2.0);
        let (px, py) = self.local(e.client_x() as f64, e.client_y() as f64);
        self.set_view(zoom_at(self.view.get_untracked(), s, px, py, factor));
    }

    fn on_down(self, e: web_sys::PointerEvent) {
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        self.forget_rect();
        self.measure();
        let p = self.local(e.client_x() as f64, e.client_y() as f64);
        let v = self.view.get_untracked();
        self.gesture.update_value(|gs| {
            gs.pointers.retain(|q| q.0 != e.pointer_id());
            gs.pointers.push((e.pointer_id(), p.0, p.1));
            if gs.pointers.len() == 1 {
                gs.start = Some((p, 0.0, v));
                gs.moved = false;
            } else if gs.pointers.len() == 2 {
                let (a, b) = (gs.pointers[0], gs.pointers[1]);
                let mid = ((a.1 + b.1) / 2.0, (a.2 + b.2) / 2.0);
                gs.start = Some((mid, (a.1 - b.1).hypot(a.2 - b.2).max(1.0), v));
                gs.moved = true;
            }
        });
        if e.pointer_type() != "mouse" {
            self.hover.set(self.target_of(&e));
            self.tip_xy.set(p);
        }
    }

    fn on_move(self, e: web_sys::PointerEvent) {
        let p = self.local(e.client_x() as f64, e.client_y() as f64);
        let s = self.size.get_untracked();
        // What the move does, decided with the gesture borrowed; done after (setting signals runs
        // effects, which must not find the gesture borrowed).
        enum Step {
            Drag(View, bool),
            Pinch(View),
            /// A press that has not moved far enough to be a drag yet.
            Still,
            Hover,
        }
        let step = self.gesture.try_update_value(|gs| {
            if let Some(q) = gs.pointers.iter_mut().find(|q| q.0 == e.pointer_id()) {
                q.1 = p.0;
                q.2 = p.1;
            }
            match (gs.pointers.len(), gs.start) {
                (1, Some((start, _, v0))) => {
                    let (dx, dy) = (p.0 - start.0, p.1 - start.1);
                    let began = !gs.moved && dx.hypot(dy) > 4.0;
                    gs.moved |= began;
                    if gs.moved {
                        Step::Drag(View { k: v0.k, cx: v0.cx - dx / v0.k, cy: v0.cy - dy / v0.k }, began)
                    } else {
                        Step::Still
                    }
                }
                (2, Some((mid0, dist0, v0))) => {
                    let (a, b) = (gs.pointers[0], gs.pointers[1]);
                    let mid = ((a.1 + b.1) / 2.0, (a.2 + b.2) / 2.0);
                    let dist = (a.1 - b.1).hypot(a.2 - b.2).max(1.0);
                    // The map point under the starting midpoint follows the midpoint.
                    let (mx, my) = (v0.cx + (mid0.0 - s.0 / 2.0) / v0.k, v0.cy + (mid0.1 - s.1 / 2.0) / v0.k);
                    let (lo, hi) = k_limits(s);
                    let k = (v0.k * dist / dist0).clamp(lo, hi);
                    Step::Pinch(View { k, cx: mx - (mid.0 - s.0 / 2.0) / k, cy: my - (mid.1 - s.1 / 2.0) / k })
                }
                _ => Step::Hover,
            }
        });
        match step {
            Some(Step::Drag(v, began)) => {
                if began {
                    self.dragging.set(true);
                    self.hover.set(None);
                    if let Some(svg) = self.svg.get_untracked() {
                        let _ = svg.set_pointer_capture(e.pointer_id());
                    }
                }
                self.set_view(v);
            }
            Some(Step::Pinch(v)) => {
                self.dragging.set(true);
                self.set_view(v);
            }
            Some(Step::Hover) => {
                let h = self.target_of(&e);
                if self.hover.get_untracked() != h {
                    self.hover.set(h);
                }
                if h.is_some() {
                    self.tip_xy.set(p);
                }
            }
            Some(Step::Still) | None => {}
        }
    }

    fn on_up(self, e: web_sys::PointerEvent) {
        let view = self.view.get_untracked();
        let ended = self.gesture.try_update_value(|gs| {
            gs.pointers.retain(|q| q.0 != e.pointer_id());
            if gs.moved {
                gs.suppress_click = true;
            }
            match gs.pointers.first().copied() {
                // Pinch over, one finger left: go on dragging from here.
                Some((_, x, y)) => {
                    gs.start = Some(((x, y), 0.0, view));
                    false
                }
                None => {
                    gs.start = None;
                    gs.moved = false;
                    true
                }
            }
        });
        if ended == Some(true) {
            self.dragging.set(false);
        }
    }

    fn on_click(self, e: web_sys::MouseEvent) {
        if self.gesture.try_update_value(|gs| std::mem::take(&mut gs.suppress_click)).unwrap_or(false) {
            return;
        }
        self.select(self.target_of(&e));
    }

    fn on_dblclick(self, e: web_sys::MouseEvent) {
        e.prevent_default();
        let s = self.measure();
        let (px, py) = self.local(e.client_x() as f64, e.client_y() as f64);
        self.set_view(zoom_at(self.view.get_untracked(), s, px, py, if e.shift_key() { 0.5 } else { 2.0 }));
    }

    fn on_key(self, e: web_sys::KeyboardEvent) {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        self.measure();
        let v = self.view.get_untracked();
        let step = 80.0 / v.k;
        match e.key().as_str() {
            "+" | "=" => self.zoom_center(1.5),
            "-" | "_" => self.zoom_center(1.0 / 1.5),
            "0" => self.reset(),
            "ArrowLeft" => self.set_view(View { cx: v.cx - step, ..v }),
            "ArrowRight" => self.set_view(View { cx: v.cx + step, ..v }),
            "ArrowUp" => self.set_view(View { cy: v.cy - step, ..v }),
            "ArrowDown" => self.set_view(View { cy: v.cy + step, ..v }),
            "Enter" | " " => match self.target_of(&e) {
                Some(h @ (Hover::Region(_) | Hover::Pair(_))) => self.select(Some(h)),
                _ => return,
            },
            _ => return,
        }
        e.prevent_default();
    }

    /// Keyboard focus on a region: ring it, show its tooltip, bring it into view.
    fn on_focusin(self, e: web_sys::FocusEvent) {
        let Some(Hover::Region(mi)) = self.target_of(&e) else { return };
        // Rings and tooltips for keyboard focus only (a click focuses too).
        let keyboard = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.matches(":focus-visible").unwrap_or(true));
        if !keyboard {
            return;
        }
        self.focused.set(Some(mi));
        let s = self.measure();
        let mut v = self.view.get_untracked();
        let (lx, ly) = geometry().regions[mi].label;
        let screen = |v: View| (s.0 / 2.0 + v.k * (lx - v.cx), s.1 / 2.0 + v.k * (ly - v.cy));
        let (x, y) = screen(v);
        if x < 0.0 || y < 0.0 || x > s.0 || y > s.1 {
            v = View { cx: lx, cy: ly, ..v };
            self.set_view(v);
        }
        let (x, y) = screen(self.view.get_untracked());
        self.hover.set(Some(Hover::Region(mi)));
        self.tip_xy.set((x, y));
    }
}
