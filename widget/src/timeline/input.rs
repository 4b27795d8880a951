//! The timeline's input: wheel, pointer (pan, brush on the axis, pinch, clicks on marks and "+N"
//! bins) and keyboard (stepping through the marks, opening one, zoom keys). One listener on the
//! canvas takes the pointer events; the handlers share [`TimelineInput`], the timeline's handles.

use super::component::Inner;
use super::painter::{Hit, BIN_ROW, STRIP_TOP};
use crate::model::atlas::Atlas;
use crate::model::days::DayNumber;
use crate::state::controls::Controls;
use crate::state::filters::TimeRange;
use crate::timeline::scale::TimeScale;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// What a pointer is doing on the canvas.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Drag {
    /// Panning from (x at start, scale at start); `moved` once past a few px (then not a click).
    Pan { x: f64, scale: TimeScale, moved: bool },
    /// Brushing from a day.
    Brush { from: f64 },
    /// Two fingers: the distance and midpoint at start, and the scale then.
    Pinch { dist: f64, mid: f64, scale: TimeScale },
}

/// The timeline's state that input reads and writes.
#[derive(Clone)]
pub(super) struct TimelineInput {
    pub inner: Rc<RefCell<Inner>>,
    pub atlas: Arc<Atlas>,
    pub ctl: Controls,
    /// The events on the timeline, in time order.
    pub marks: Signal<Arc<Vec<usize>>>,
    /// The event the keyboard is on.
    pub cursor: RwSignal<Option<usize>>,
    /// The mark under the pointer, and where.
    pub hover: RwSignal<Option<(usize, f64, f64)>>,
    /// Bumped to request a paint.
    pub redraw: RwSignal<u32>,
    pub canvas: NodeRef<leptos::html::Canvas>,
}

impl TimelineInput {
    fn set_scale(&self, s: TimeScale) {
        let mut st = self.inner.borrow_mut();
        st.scale = Some(s);
        st.touched = true;
        drop(st);
        self.redraw.update(|n| *n = n.wrapping_add(1));
    }

    fn scale_now(&self) -> TimeScale {
        self.inner.borrow().scale.unwrap_or(TimeScale { d0: 0.0, ppd: 1.0 })
    }

    fn hit_at(&self, x: f64, y: f64) -> Option<Hit> {
        let st = self.inner.borrow();
        st.layout.hits.iter().copied().find(|h| x >= h.x0 - 2.0 && x <= h.x1 + 2.0 && (y - h.y).abs() <= 7.0)
    }

    /// The centre of the "+N" bin at a point, if any.
    fn bin_at(&self, x: f64, y: f64) -> Option<f64> {
        let st = self.inner.borrow();
        (y < BIN_ROW).then(|| st.layout.bins.iter().find(|b| x >= b.x0 && x < b.x1).map(|b| (b.x0 + b.x1) / 2.0)).flatten()
    }

    /// Pointer position on the canvas; the canvas's box is read once per gesture (see `origin`).
    fn local(&self, e: &web_sys::MouseEvent) -> (f64, f64) {
        let cached = self.inner.borrow().origin;
        let (left, top) = match (cached, self.canvas.get_untracked()) {
            (Some(o), _) => o,
            (None, Some(c)) => {
                let r = c.get_bounding_client_rect();
                let o = (r.left(), r.top());
                self.inner.borrow_mut().origin = Some(o);
                o
            }
            (None, None) => (0.0, 0.0),
        };
        (e.client_x() as f64 - left, e.client_y() as f64 - top)
    }

    /// Zooms by `factor` about canvas x (the middle without one).
    pub fn zoom_by(&self, x: Option<f64>, factor: f64) {
        let x = x.unwrap_or_else(|| self.inner.borrow().width / 2.0);
        self.set_scale(self.scale_now().zoom_at(x, factor));
    }

    /// Back to the view that fits the marks.
    pub fn refit(&self) {
        let mut st = self.inner.borrow_mut();
        st.scale = None;
        st.touched = false;
        drop(st);
        self.redraw.update(|n| *n = n.wrapping_add(1));
    }

    /// Moves the keyboard cursor by `delta` marks in time order, and brings a dated mark into view.
    fn step_cursor(&self, delta: i64) {
        let m = self.marks.get_untracked();
        if m.is_empty() {
            return;
        }
        let start = self.cursor.get_untracked().or(self.ctl.event.get_untracked()).and_then(|c| m.iter().position(|&i| i == c));
        let next = match (start, delta) {
            (None, d) if d >= 0 => 0,
            (None, _) => m.len() - 1,
            (Some(p), d) => (p as i64 + d).clamp(0, m.len() as i64 - 1) as usize,
        };
        let ev = m[next];
        self.cursor.set(Some(ev));
        // Bring a dated mark into view.
        if let Some(d) = self.atlas.dating(ev).anchor() {
            let sc = self.scale_now();
            let w = self.inner.borrow().width;
            let x = sc.x(d.t());
            if !(0.0..=w).contains(&x) {
                self.set_scale(sc.pan(w / 2.0 - x));
            }
        }
    }

    /// Keyboard: arrows and pages step through the marks in time order; Enter opens; +/−/0 zoom.
    pub fn on_key(&self, e: web_sys::KeyboardEvent) {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => self.step_cursor(1),
            "ArrowLeft" | "ArrowUp" => self.step_cursor(-1),
            "PageDown" => self.step_cursor(10),
            "PageUp" => self.step_cursor(-10),
            "Home" => {
                self.cursor.set(None);
                self.step_cursor(0)
            }
            "End" => {
                self.cursor.set(None);
                self.step_cursor(-1)
            }
            "Enter" | " " => match self.cursor.get_untracked() {
                Some(c) => self.ctl.event.set(Some(c)),
                None => self.step_cursor(0),
            },
            "+" | "=" => self.zoom_by(None, 1.5),
            "-" | "_" => self.zoom_by(None, 1.0 / 1.5),
            "0" => self.refit(),
            _ => return,
        }
        e.prevent_default();
    }

    /// Pointer gestures, wheel and clicks: one listener registered on the canvas, owned by the
    /// component (dropped, and so detached, when the timeline unmounts).
    pub fn listen(self) {
        let canvas = self.canvas;
        let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| self.on_event(e));
        let listener = StoredValue::new_local(listener);
        Effect::new(move |_| {
            let Some(c) = canvas.get() else { return };
            listener.with_value(|l| {
                for name in ["wheel", "pointerdown", "pointermove", "pointerup", "pointercancel", "pointerleave", "dblclick"] {
                    let _ = c.add_event_listener_with_callback(name, l.as_ref().unchecked_ref());
                }
            });
        });
    }

    fn on_event(&self, e: web_sys::Event) {
        let kind = e.type_();
        match kind.as_str() {
            "wheel" => self.on_wheel(e.unchecked_into()),
            "pointerdown" => self.on_pointer_down(e.unchecked_into()),
            "pointermove" => self.on_pointer_move(e.unchecked_into()),
            "pointerup" | "pointercancel" => self.on_pointer_up(e.unchecked_into(), kind == "pointercancel"),
            "pointerleave" => {
                self.inner.borrow_mut().origin = None;
                self.hover.set(None)
            }
            "dblclick" => {
                let m: web_sys::MouseEvent = e.unchecked_into();
                let (x, y) = self.local(&m);
                if y < STRIP_TOP {
                    self.zoom_by(Some(x), if m.shift_key() { 0.5 } else { 2.0 });
                }
            }
            _ => {}
        }
    }

    /// Horizontal wheels and shift-wheel pan; vertical wheels zoom.
    fn on_wheel(&self, w: web_sys::WheelEvent) {
        w.prevent_default();
        let (x, _) = self.local(&w);
        let dy = w.delta_y() * if w.delta_mode() == 1 { 16.0 } else { 1.0 };
        // Horizontal wheels and shift-wheel pan; vertical wheels zoom.
        if w.delta_x().abs() > dy.abs() || w.shift_key() {
            let dx = if w.shift_key() { dy } else { w.delta_x() };
            self.set_scale(self.scale_now().pan(-dx));
        } else {
            self.zoom_by(Some(x), (-dy * 0.002).exp());
        }
    }

    /// A pointer down starts a pan, a pinch (with a second pointer) or, on the axis, a brush.
    fn on_pointer_down(&self, p: web_sys::PointerEvent) {
        self.inner.borrow_mut().origin = None;
        let (x, y) = self.local(&p);
        if let Some(t) = p.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            let _ = t.set_pointer_capture(p.pointer_id());
        }
        let mut st = self.inner.borrow_mut();
        st.pointers.retain(|q| q.0 != p.pointer_id());
        st.pointers.push((p.pointer_id(), x));
        let sc = st.scale.unwrap_or(TimeScale { d0: 0.0, ppd: 1.0 });
        st.drag = Some(if st.pointers.len() >= 2 {
            let (a, b) = (st.pointers[0].1, st.pointers[1].1);
            Drag::Pinch { dist: (a - b).abs().max(10.0), mid: (a + b) / 2.0, scale: sc }
        } else if y >= STRIP_TOP {
            self.ctl.brushing.set(true);
            Drag::Brush { from: sc.day(x) }
        } else {
            Drag::Pan { x, scale: sc, moved: false }
        });
    }

    /// Moves the gesture under way, or hovers.
    fn on_pointer_move(&self, p: web_sys::PointerEvent) {
        let (x, y) = self.local(&p);
        let drag = {
            let mut st = self.inner.borrow_mut();
            if let Some(q) = st.pointers.iter_mut().find(|q| q.0 == p.pointer_id()) {
                q.1 = x;
            }
            st.drag
        };
        match drag {
            Some(Drag::Pan { x: x0, scale, moved }) => {
                if moved || (x - x0).abs() > 3.0 {
                    self.inner.borrow_mut().drag = Some(Drag::Pan { x: x0, scale, moved: true });
                    self.set_scale(scale.pan(x - x0));
                }
            }
            Some(Drag::Brush { from }) => {
                let to = self.scale_now().day(x);
                self.ctl.range.set(Some(TimeRange::new(DayNumber::at(from), DayNumber::at(to))));
            }
            Some(Drag::Pinch { dist, mid, scale }) => {
                let ps = self.inner.borrow().pointers.clone();
                if ps.len() >= 2 {
                    let d = (ps[0].1 - ps[1].1).abs().max(10.0);
                    let m = (ps[0].1 + ps[1].1) / 2.0;
                    self.set_scale(scale.zoom_at(mid, d / dist).pan(m - mid));
                }
            }
            None => {
                let h = self.hit_at(x, y).map(|h| (h.event, x, y));
                if self.hover.get_untracked() != h {
                    self.hover.set(h);
                }
            }
        }
    }

    /// Ends the gesture: a click without a drag picks an event or opens a "+N" bin; a brush sets
    /// the range (a click on the axis clears it). A cancelled pointer only ends it.
    fn on_pointer_up(&self, p: web_sys::PointerEvent, cancel: bool) {
        let (x, y) = self.local(&p);
        let drag = {
            let mut st = self.inner.borrow_mut();
            st.pointers.retain(|q| q.0 != p.pointer_id());
            let d = st.drag.take();
            if let (Some(Drag::Pinch { .. }), Some(&(_, px))) = (d, st.pointers.first()) {
                let sc = st.scale.unwrap_or(TimeScale { d0: 0.0, ppd: 1.0 });
                st.drag = Some(Drag::Pan { x: px, scale: sc, moved: true });
            }
            d
        };
        if matches!(drag, Some(Drag::Brush { .. })) {
            self.ctl.brushing.set(false);
        }
        if cancel {
            return;
        }
        match drag {
            Some(Drag::Pan { moved: false, .. }) => {
                if let Some(h) = self.hit_at(x, y) {
                    self.cursor.set(Some(h.event));
                    self.ctl.event.set(Some(h.event));
                } else if let Some(cx) = self.bin_at(x, y) {
                    self.zoom_by(Some(cx), 3.0);
                }
            }
            Some(Drag::Brush { from }) => {
                let to = self.scale_now().day(x);
                let click = (self.scale_now().x(from) - x).abs() < 3.0;
                let edge = click.then(|| {
                    let st = self.inner.borrow();
                    super::density::edge_at(&st.layout, x, y, st.width).map(|side| (side, st.width))
                });
                // A click on an edge's count pans that way; elsewhere on the strip or the axis,
                // a click (no drag) clears the range.
                if let Some(Some((side, w))) = edge {
                    self.set_scale(self.scale_now().pan(-(side as f64) * w * 0.8));
                } else if click {
                    self.ctl.range.set(None);
                } else {
                    self.ctl.range.set(Some(TimeRange::new(DayNumber::at(from), DayNumber::at(to))));
                }
            }
            _ => {}
        }
    }
}
