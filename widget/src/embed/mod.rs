//! The embedding API: `mount(element, options)` puts one atlas instance into an element (the JS
//! module `www/exchange-atlas.js` gives it a Shadow DOM first) and returns an [`AtlasHandle`] that
//! drives the instance's [`Controls`] and, on `destroy()`, frees all of it.
//!
//! The instance reports to the host page with DOM `CustomEvent`s dispatched on the element
//! (bubbling and `composed`, so they leave the shadow root and reach the host element):
//! `exchange-atlas:select`, `exchange-atlas:filter`, `exchange-atlas:render`, `exchange-atlas:error`.
//!
//! Options, filters and event details cross the JS boundary as JSON (`JSON.stringify` in, `JSON.parse`
//! out): one code path, no per-field bindings, and the pure parts are tested natively below.

mod json;
mod options;
pub mod packed;

use crate::app::App;
use crate::model::atlas::Atlas;
use crate::state::controls::{Controls, Painted, Theme};
use crate::model::days;
use exchange_atlas::Lang;
use leptos::prelude::*;
use serde_json::Value;
use std::any::Any;
use std::cell::{Cell, OnceCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

pub use crate::panels::links::safe_href;
use crate::embed::options::{json_bytes, mark, stringify, MountOptions};
use json::{filters_from_json, filters_to_json, obj, range_from, select_detail, to_js};

thread_local! {
    /// The embedded corpus, parsed once per page however many instances show it.
    static EMBEDDED: OnceCell<Arc<Atlas>> = const { OnceCell::new() };
}

fn embedded() -> Arc<Atlas> {
    EMBEDDED.with(|c| c.get_or_init(|| Arc::new(crate::embedded_atlas())).clone())
}

/// Mounts an atlas into `element`. Never throws for bad data: the element then shows the message,
/// an `exchange-atlas:error` event is dispatched, and the handle's `error` says why.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> AtlasHandle {
    console_error_panic_hook::set_once();
    mark("exchange-atlas:read");
    let mut opts = MountOptions::read(&options);
    let packed = opts.packed.take().and_then(|(text, nums, json)| {
        let corpus = crate::embed::packed::read_packed(&text, &nums);
        if corpus.is_none() {
            // Not what the packer writes for plain events@1: the JSON path says what is wrong.
            opts.data = Some(json_bytes(&json));
        }
        corpus
    });
    mark("exchange-atlas:decoded");
    let atlas = match (packed, opts.data) {
        (Some(corpus), _) => Atlas::from_corpus(corpus).map(Arc::new),
        (None, None) => Ok(embedded()),
        (None, Some(Ok(json))) => Atlas::from_json(&json).map(Arc::new),
        (None, Some(Err(e))) => Err(e),
    };
    let atlas = match atlas {
        Ok(a) => a,
        Err(message) => {
            show_error(&element, &message);
            dispatch(&element, "exchange-atlas:error", &obj([("message", message.clone().into())]));
            return AtlasHandle { live: None, error: Some(message), hash: opts.hash };
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
            let ctl = Controls::new(opts.lang.unwrap_or(Lang::En));
            if let Some(t) = opts.theme {
                ctl.theme.set(t);
            }
            if let Some(id) = &opts.selected {
                ctl.select_id(&atlas, id);
            }
            report(atlas.clone(), ctl, target);
            slot.set(Some(ctl));
            view! { <App atlas=atlas ctl=ctl hash=opts.hash/> }
        })
    });
    mark("exchange-atlas:built");
    let ctl = slot.get().expect("the mount closure ran");
    AtlasHandle {
        live: Some(Live { atlas, ctl, mounted: Some(Box::new(mounted)), owner }),
        error: None,
        hash: opts.hash,
    }
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
    /// False if some value named nothing (the rest is applied).
    #[wasm_bindgen(js_name = setFilter)]
    pub fn set_filter(&self, filter: JsValue) -> bool {
        let Some(l) = &self.live else { return false };
        let value = stringify(&filter)
            .and_then(|s| serde_json::from_str(&s).ok())
            .unwrap_or(Value::Null);
        let (filters, ok) = filters_from_json(&value);
        l.ctl.filters.set(filters);
        ok
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
        let (events, p) = match &self.live {
            Some(l) => (l.atlas.corpus.events.len(), l.ctl.painted.get_untracked()),
            None => (0, Painted::default()),
        };
        to_js(&obj([
            ("events", (events as u64).into()),
            ("represented", p.timeline.into()),
            ("mapCounted", p.map.into()),
            ("frames", p.frames.into()),
            ("timelineStart", p.tl.start.map(crate::model::days::format).into()),
            ("timelineEnd", p.tl.end.map(crate::model::days::format).into()),
            ("timelineDrawn", p.tl.drawn.into()),
            ("timelineBinned", p.tl.binned.into()),
            ("timelineOutside", p.tl.outside.into()),
            ("timelineUndated", p.tl.undated.into()),
        ]))
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
    Effect::new(move |prev: Option<(Value, Value, Painted)>| {
        let select = select_detail(&atlas, ctl.event.get(), ctl.selection.get());
        let range = ctl.range.get().map(|r| obj([("start", days::format(r.start).into()), ("end", days::format(r.end).into())]));
        let filter = obj([("filters", filters_to_json(&ctl.filters.get())), ("range", range.into())]);
        let painted = ctl.painted.get();
        let (last_select, last_filter, last_painted) = match prev {
            Some((s, f, p)) => (Some(s), Some(f), p),
            None => (None, None, Painted::default()),
        };
        if last_select.is_some_and(|s| s != select) {
            dispatch(&target, "exchange-atlas:select", &select);
        }
        if last_filter.is_some_and(|f| f != filter) {
            dispatch(&target, "exchange-atlas:filter", &filter);
        }
        if painted != last_painted {
            let detail = obj([("represented", painted.timeline.into()), ("events", (total as u64).into()), ("frames", painted.frames.into())]);
            dispatch(&target, "exchange-atlas:render", &detail);
        }
        (select, filter, painted)
    });
}

fn dispatch(target: &web_sys::HtmlElement, name: &str, detail: &Value) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(detail));
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
mod tests {
    use super::*;
    use crate::state::filters::Filters;
    use crate::state::selection::Selection;
    use exchange_atlas::Kind;
    use serde_json::json;

    #[test]
    fn filters_read_codes_lists_and_search() {
        let (f, ok) = filters_from_json(&json!({
            "kind": ["meeting", "visit"], "ru": "RU-AMU", "status": [], "q": "Harbin", "extra": 1
        }));
        assert!(ok);
        assert_eq!(f.kinds, [Kind::Meeting, Kind::Visit]);
        assert_eq!(f.ru, ["RU-AMU"]);
        assert_eq!(f.text, "Harbin");
        assert!(f.statuses.is_empty() && f.cn.is_empty());
        assert_eq!(
            filters_to_json(&f),
            json!({"kind": ["meeting", "visit"], "ru": ["RU-AMU"], "q": "Harbin"})
        );
        assert_eq!(filters_from_json(&json!({})), (Filters::default(), true));
        assert_eq!(filters_from_json(&Value::Null), (Filters::default(), true));
        let (f, ok) = filters_from_json(&json!({"kind": ["picnic", "visit"]}));
        assert!(!ok, "an unknown kind is reported");
        assert_eq!(f.kinds, [Kind::Visit], "and the known ones kept");
        for bad in [json!({"kind": 5}), json!({"kind": [5, "visit"]}), json!({"q": 5}), json!({"ru": {}})] {
            let (f, ok) = filters_from_json(&bad);
            assert!(!ok, "{bad}: a value that is no code is reported");
            assert!(f.ru.is_empty() && f.text.is_empty(), "{bad}");
        }
    }

    #[test]
    fn ranges_have_open_ends_and_reject_bad_dates() {
        assert_eq!(range_from(None, None), Ok(None));
        assert_eq!(range_from(Some(""), Some(" ")), Ok(None));
        let r = range_from(Some("2018-12-31"), Some("2018-01-01")).unwrap().unwrap();
        assert_eq!((days::format(r.start), days::format(r.end)), ("2018-01-01".into(), "2018-12-31".into()));
        let open = range_from(Some("2019-05-01"), None).unwrap().unwrap();
        assert_eq!(days::format(open.start), "2019-05-01");
        assert!(open.end > days::parse("2999-01-01").unwrap());
        assert_eq!(range_from(Some("2019-02-30"), None), Err(()));
        assert_eq!(range_from(Some("soon"), Some("2019-01-01")), Err(()));
    }

    #[test]
    fn select_details_name_ids_and_codes() {
        let atlas = crate::embedded_atlas();
        let none = select_detail(&atlas, None, Selection::None);
        assert_eq!(none, json!({"event": null, "region": null, "pair": null}));
        let r = atlas.region_index("RU-AMU").unwrap();
        let d = select_detail(&atlas, Some(0), Selection::Region(r));
        assert_eq!(d["region"], "RU-AMU");
        assert_eq!(d["event"], atlas.event(0).id.as_str());
        let p = atlas.pair_index("RU-KYA", "CN-NM").unwrap();
        assert_eq!(select_detail(&atlas, None, Selection::Pair(p))["pair"], "RU-KYA|CN-NM");
    }
}
