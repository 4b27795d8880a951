//! The embedding API: `mount(element, options)` puts one atlas instance into an element (the JS
//! module `www/exchange-atlas.js` gives it a Shadow DOM first) and returns an [`AtlasHandle`] that
//! drives the instance's [`Controls`] and, on `destroy()`, frees all of it.
//!
//! The instance reports to the host page with DOM `CustomEvent`s dispatched on the element
//! (bubbling and `composed`, so they leave the shadow root and reach the host element):
//! `exchange-atlas:select`, `exchange-atlas:filter`, `exchange-atlas:render`, `exchange-atlas:error`.
//!
//! Everything that crosses the boundary is a typed value read with `serde_wasm_bindgen::from_value`
//! or sent with its JSON-compatible serializer: the options (`options.rs`), the filters, `stats()`
//! and the events' details (`wire.rs`), and the corpus itself (`data.rs`).

pub(crate) mod data;
mod options;
mod wire;

use crate::app::App;
use crate::model::atlas::Atlas;
use crate::state::controls::{Controls, Painted, Theme};
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::any::Any;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

pub use crate::panels::links::safe_href;
use crate::embed::options::{mark, MountOptions};
use wire::{range_from, send, ErrorDetail, FilterDetail, FilterSpec, RangeDetail, RenderDetail, SelectDetail, Stats};

thread_local! {
    /// The embedded corpus, parsed once per page however many instances show it.
    static EMBEDDED: OnceCell<Arc<Atlas>> = const { OnceCell::new() };
}

fn embedded() -> Arc<Atlas> {
    EMBEDDED.with(|c| c.get_or_init(|| Arc::new(crate::embedded_atlas())).clone())
}

/// Mounts an atlas into `element`. Never throws for bad data: the element then shows the message,
/// an `exchange-atlas:error` event is dispatched, and the handle's `error` says why. Throws a
/// `TypeError` naming the option when an option has the wrong type.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> Result<AtlasHandle, JsValue> {
    console_error_panic_hook::set_once();
    mark("exchange-atlas:read");
    let mut opts = MountOptions::read(options).map_err(|m| type_error("mount(element, options)", &m))?;
    let atlas = data::atlas_of(std::mem::take(&mut opts.data));
    let hash = opts.hash();
    let atlas = match atlas {
        Ok(Some(a)) => Arc::new(a),
        Ok(None) => embedded(),
        Err(message) => {
            show_error(&element, &message);
            dispatch(&element, "exchange-atlas:error", send(&ErrorDetail { message: &message }));
            return Ok(AtlasHandle { live: None, error: Some(message), hash });
        }
    };
    // An owner of our own (a root: JS calls in with no current owner), so destroy() can clean it
    // up even if something still holds a reference to it.
    mark("exchange-atlas:indexed");
    let owner = Owner::new();
    let slot: Rc<Cell<Option<Controls>>> = Rc::default();
    let mounted = owner.with(|| {
        let (slot, atlas, target) = (slot.clone(), atlas.clone(), element.clone());
        leptos::mount::mount_to(element.clone(), move || {
            let ctl = Controls::new(opts.lang().unwrap_or(Lang::En));
            if let Some(t) = opts.theme() {
                ctl.theme.set(t);
            }
            if let Some(id) = &opts.selected {
                ctl.select_id(&atlas, id);
            }
            report(atlas.clone(), ctl, target);
            slot.set(Some(ctl));
            view! { <App atlas=atlas ctl=ctl hash=hash/> }
        })
    });
    mark("exchange-atlas:built");
    let ctl = slot.get().expect("the mount closure ran");
    Ok(AtlasHandle { live: Some(Live { atlas, ctl, mounted: Some(Box::new(mounted)), owner }), error: None, hash })
}

/// A `TypeError` for the host: which call, and what was wrong.
fn type_error(call: &str, message: &str) -> JsValue {
    js_sys::TypeError::new(&format!("exchange-atlas: {call}: {message}")).into()
}

/// One mounted instance. Dropping it unmounts the view and disposes every signal and effect.
struct Live {
    atlas: Arc<Atlas>,
    ctl: Controls,
    /// The `UnmountHandle` (its view type is long; only its `Drop` matters).
    mounted: Option<Box<dyn Any>>,
    owner: Owner,
}

impl Drop for Live {
    fn drop(&mut self) {
        drop(self.mounted.take());
        self.owner.cleanup();
    }
}

/// The JS handle of one instance (wrapped by `www/exchange-atlas.js`).
#[wasm_bindgen]
pub struct AtlasHandle {
    live: Option<Live>,
    error: Option<String>,
    hash: bool,
}

#[wasm_bindgen]
impl AtlasHandle {
    /// Selects an event id, a region code or a `RU-X|CN-Y` pair; `""` clears. False if unknown.
    pub fn select(&self, id: &str) -> bool {
        self.live
            .as_ref()
            .is_some_and(|l| l.ctl.select_id(&l.atlas, id))
    }

    /// Replaces every filter with the given ones (absent keys: no constraint; `{}` clears).
    /// False if some code named nothing (the rest is applied); a `TypeError` naming the key if a
    /// value is neither a code nor a list of codes (`q`: text).
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, filter: JsValue) -> Result<bool, JsValue> {
        let spec: FilterSpec = wire::read(filter).map_err(|m| type_error("setFilter(filters)", &m))?;
        let Some(l) = &self.live else { return Ok(false) };
        let (filters, ok) = spec.into_filters();
        l.ctl.filters.set(filters);
        Ok(ok)
    }

    /// Limits the events to a time range (`YYYY-MM-DD`, either end open when null); both null
    /// clears. False (and nothing changes) when a date cannot be read.
    #[wasm_bindgen(js_name = setTimeRange)]
    pub fn set_time_range(&self, start: Option<String>, end: Option<String>) -> bool {
        let Some(l) = &self.live else { return false };
        match range_from(start.as_deref(), end.as_deref()) {
            Ok(r) => {
                l.ctl.range.set(r);
                true
            }
            Err(()) => false,
        }
    }

    /// `en`, `ru` or `zh`. False for anything else.
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, lang: &str) -> bool {
        match (&self.live, Lang::parse(lang.trim())) {
            (Some(l), Some(lang)) => {
                l.ctl.lang.set(lang);
                true
            }
            _ => false,
        }
    }

    /// `light` or `dark`. False for anything else.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, theme: &str) -> bool {
        match (&self.live, Theme::parse(theme)) {
            (Some(l), Some(t)) => {
                l.ctl.theme.set(t);
                true
            }
            _ => false,
        }
    }

    /// `{events, represented, mapCounted, frames}` (zeros once destroyed or after a data error) and
    /// the timeline's last paint (`state::controls::TimelineCounts`): its visible extent
    /// (`timelineStart`, `timelineEnd`, ISO days) and its events drawn, binned, outside the view and undated.
    pub fn stats(&self) -> JsValue {
        let stats = match &self.live {
            Some(l) => {
                let p = l.ctl.painted.get_untracked();
                Stats {
                    events: l.atlas.corpus.events.len(),
                    represented: p.timeline,
                    map_counted: p.map,
                    frames: p.frames,
                    timeline_start: p.tl.start.map(crate::model::days::format),
                    timeline_end: p.tl.end.map(crate::model::days::format),
                    timeline_drawn: p.tl.drawn,
                    timeline_binned: p.tl.binned,
                    timeline_outside: p.tl.outside,
                    timeline_undated: p.tl.undated,
                }
            }
            None => Stats::default(),
        };
        send(&stats)
    }

    /// The shareable state as a URL hash (`#l=ru&kind=visit…`), for hosts that keep their own links.
    #[wasm_bindgen(js_name = viewHash)]
    pub fn view_hash(&self) -> Option<String> {
        let l = self.live.as_ref()?;
        Some(untrack(|| l.ctl.snapshot(&l.atlas)).to_hash())
    }

    /// Why the data could not be shown, if it could not.
    #[wasm_bindgen(getter)]
    pub fn error(&self) -> Option<String> {
        self.error.clone()
    }

    /// Whether the instance was asked to sync with `location.hash`.
    #[wasm_bindgen(getter)]
    pub fn hash(&self) -> bool {
        self.hash
    }

    /// Unmounts the view and frees the instance's reactive state; later calls do nothing.
    ///
    /// The freeing waits two animation frames: views schedule paints with requestAnimationFrame
    /// (the timeline's canvas) that read their signals, and a read of a disposed signal panics,
    /// which in this panic=abort build would stop the Wasm of every instance on the page. The host
    /// removes the DOM at once (www/exchange-atlas.js), so nothing shows meanwhile.
    pub fn destroy(&mut self) {
        if let Some(live) = self.live.take() {
            request_animation_frame(move || request_animation_frame(move || drop(live)));
        }
    }
}

/// The effect that tells the host about changes. Its first run only records the state (the host
/// chose it); later runs dispatch what differs from the last run (a signal set to the value it
/// had, e.g. `setFilter({})` twice, says nothing). One effect, not one per event: each effect
/// closure is its own generic instantiation in the Wasm.
fn report(atlas: Arc<Atlas>, ctl: Controls, target: web_sys::HtmlElement) {
    let total = atlas.corpus.events.len();
    Effect::new(move |prev: Option<(SelectDetail, FilterDetail, Painted)>| {
        let select = SelectDetail::of(&atlas, ctl.event.get(), ctl.selection.get());
        let filter = FilterDetail { filters: FilterSpec::of(&ctl.filters.get()), range: ctl.range.get().map(RangeDetail::of) };
        let painted = ctl.painted.get();
        let (last_select, last_filter, last_painted) = match prev {
            Some((s, f, p)) => (Some(s), Some(f), p),
            None => (None, None, Painted::default()),
        };
        if last_select.is_some_and(|s| s != select) {
            dispatch(&target, "exchange-atlas:select", send(&select));
        }
        if last_filter.is_some_and(|f| f != filter) {
            dispatch(&target, "exchange-atlas:filter", send(&filter));
        }
        if painted != last_painted {
            let detail = RenderDetail { represented: painted.timeline, events: total, frames: painted.frames };
            dispatch(&target, "exchange-atlas:render", send(&detail));
        }
        (select, filter, painted)
    });
}

fn dispatch(target: &web_sys::HtmlElement, name: &str, detail: JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&ev);
    }
}

/// The widget's box with a readable message instead of the atlas (text only: the message may
/// quote the data).
fn show_error(element: &web_sys::HtmlElement, message: &str) {
    element.set_text_content(None);
    let Some(doc) = element.owner_document() else { return };
    let (Ok(boxed), Ok(p)) = (doc.create_element("div"), doc.create_element("p")) else {
        return;
    };
    boxed.set_class_name("atlas atlas-error");
    p.set_class_name("error");
    let _ = p.set_attribute("role", "alert");
    p.set_text_content(Some(message));
    let _ = boxed.append_child(&p);
    let _ = element.append_child(&boxed);
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod wire_tests;
