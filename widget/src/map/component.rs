//! The map: every Russian and Chinese region coloured by the events involving it, arcs between the
//! regions of each event, the events' places, region labels; hover tooltips, selection by click or
//! keyboard, zoom and pan.
//!
//! Built for many events: the paths are created once and never rebuilt. Counts come from the
//! model ([`Atlas::tally`]) and change only classes and attributes; zoom and pan change the one
//! `transform` of the `g.zoom` group; hover, focus and selection outlines are three overlay paths.
//! This file holds the state, its links to the page (size, window keys, the shared view) and the
//! markup; the effects that write the state to the layers are `layers.rs`, input is `input.rs`,
//! the static markup `markup.rs`, the arcs `arcs.rs`.

use super::arcs::{arc_look, arc_order, fanned_arcs, ArcBatch, ArcFocus};
use super::geometry::{fixed, geometry, push_fixed};
use super::input::{Gesture, MapInput};
use super::layers::{write_arcs, write_labels, write_regions, RegionState};
use super::legend::MapLegend;
use super::markup::regions_markup;
use super::tooltip::map_tooltip;
use super::view::{clamp_view, fit, transform, ArcGeo, Hover, View};
use crate::i18n::texts;
use crate::model::atlas::{Atlas, Tally};
use crate::state::selection::Selection;
use exchange_atlas::Lang;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

#[component]
pub fn Map(
    atlas: Arc<Atlas>,
    lang: Signal<Lang>,
    selection: RwSignal<Selection>,
    /// The events counted: those passing the filters and the time range.
    visible: Signal<Arc<Vec<usize>>>,
    /// The view as shared state (centre x, centre y, zoom), `None` while it fits the events: written
    /// when the user moves the map, read when a link or the host sets it.
    #[prop(optional)]
    shared_view: Option<RwSignal<Option<[f64; 3]>>>,
) -> impl IntoView {
    let g = geometry();
    let tally: Memo<Arc<Tally>> = {
        let atlas = atlas.clone();
        Memo::new(move |_| atlas.tally(&visible.get()))
    };
    let arcs: Arc<Vec<ArcGeo>> = Arc::new(fanned_arcs(&atlas));

    let size = RwSignal::new((1000.0f64, 600.0f64));
    let view_sig = RwSignal::new(fit(&tally.get_untracked(), &arcs, &atlas, size.get_untracked()));
    let touched = RwSignal::new(false);
    let hover: RwSignal<Option<Hover>> = RwSignal::new(None);
    let tip_xy = RwSignal::new((0.0f64, 0.0f64));
    let focused: RwSignal<Option<usize>> = RwSignal::new(None);
    let dragging = RwSignal::new(false);
    let wheeling = RwSignal::new(false);
    let svg_ref: NodeRef<leptos::svg::Svg> = NodeRef::new();
    // The arcs in drawing order, and the batches last drawn (what the pointer can find).
    let arc_order: Arc<Vec<usize>> = Arc::new(arc_order(&atlas));
    let arc_drawn: StoredValue<Vec<ArcBatch>, LocalStorage> = StoredValue::new_local(Vec::new());
    let input = MapInput {
        view: view_sig,
        size,
        touched,
        hover,
        tip_xy,
        focused,
        dragging,
        wheeling,
        selection,
        tally,
        svg: svg_ref,
        rect_cache: StoredValue::new_local(None),
        arc_drawn,
        model: StoredValue::new_local((atlas.clone(), arcs.clone())),
        gesture: StoredValue::new_local(Gesture::default()),
        wheel_gen: StoredValue::new_local(0),
    };
    follow_size(input, atlas.clone(), arcs.clone());
    listen_window(input);

    let region_state: RegionState = StoredValue::new_local(Vec::new());
    write_regions(input, lang, region_state);
    let lines_html = write_arcs(input, arc_order.clone());
    write_labels(input, lang);

    if let Some(shared) = shared_view {
        share_view(input, shared);
    }
    input.listen();

    // Static layers, built once; the effects above set their per-element state.
    // The regions as one piece of markup, each with the look of the first counts (see the effect).
    let regions = {
        let (html, state) = regions_markup(&tally.get_untracked(), lang.get_untracked(), selection.get_untracked());
        region_state.set_value(state);
        html
    };
    let n_regions = g.regions.iter().filter(|r| r.id.starts_with("RU-") || r.id.starts_with("CN-")).count();
    let places = places_markup(&atlas);
    let ring = move |mi: Option<usize>| mi.map(|i| g.regions[i].d.as_str()).unwrap_or("");
    let hover_d = move || match hover.get() {
        Some(Hover::Region(mi)) => ring(Some(mi)),
        _ => "",
    };
    let (hover_arc_d, hover_arc_w) = hover_arc(input, atlas.clone(), arcs.clone());
    let sel_d = selection_outline(atlas.clone(), selection);

    let has_national = atlas.tally_all().national > 0;

    view! {
        <section class="map-card">
            <div class="map-wrap">
                <svg
                    class=svg_class(input)
                    node_ref=svg_ref
                    data-regions=n_regions
                    tabindex="0"
                    role="group"
                    aria-label=move || { let t = texts(lang.get()); format!("{}. {}", t.map_label, t.map_help) }
                >
                    <rect class="sea" width="100%" height="100%"/>
                    <g class="zoom" transform=move || transform(view_sig.get(), size.get())>
                        <g class="contexts" aria-hidden="true">{context_markup()}</g>
                        <g class="regions" inner_html=regions></g>
                        <g class="borders" aria-hidden="true">
                            <path class="border ru" d=g.border_ru.as_str()/>
                            <path class="border cn" d=g.border_cn.as_str()/>
                        </g>
                        <path class="ring hover-halo" aria-hidden="true" d=hover_d/>
                        <path class="ring hover-ring" aria-hidden="true" d=hover_d/>
                        <path class="ring sel-halo" aria-hidden="true" d=sel_d.clone()/>
                        <path class="ring sel-ring" aria-hidden="true" d=sel_d/>
                        <path class="ring focus-ring" aria-hidden="true" d=move || ring(focused.get())/>
                        <g class="arc-lines" aria-hidden="true" inner_html=lines_html></g>
                        <path class="arc-hover" aria-hidden="true" d=hover_arc_d stroke-width=hover_arc_w/>
                        <g class="places" aria-hidden="true">{places}</g>
                        <g class="labels" aria-hidden="true"></g>
                    </g>
                </svg>
                <div class="zoom-buttons">{zoom_buttons(lang, input)}</div>
                {map_tooltip(atlas.clone(), lang, hover, tally, tip_xy, size)}
            </div>
            <div class="legend"><MapLegend lang=lang tally=tally selection=selection has_national=has_national/></div>
        </section>
    }
}

/// Follows the svg's size and fits the events to it until the user moves the map.
fn follow_size(input: MapInput, atlas: Arc<Atlas>, arcs: Arc<Vec<ArcGeo>>) {
    let (size, svg_ref, tally, touched, view_sig) = (input.size, input.svg, input.tally, input.touched, input.view);
    let forget_rect = move || input.forget_rect();
    let measure = move || input.measure();
    // The size follows the svg's box through a ResizeObserver, which reports after layout, in the
    // frame: reading the box in the effect below forced a layout of the whole page while it was
    // still being built, and the first paint paid for two layouts. Without the observer, the
    // effect measures.
    let size_observer = {
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some((w, h)) = crate::resize::observed_size(&entries) else { return };
            forget_rect();
            if w > 0.0 && h > 0.0 && size.try_get_untracked().is_some_and(|s| s != (w, h)) {
                size.try_set((w, h));
            }
        });
        let ro = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()).ok();
        StoredValue::new_local((ro, cb))
    };
    Effect::new(move |_| {
        let Some(svg) = svg_ref.get() else { return };
        size_observer.with_value(|(ro, _)| {
            if let Some(ro) = ro {
                ro.observe(&svg);
            }
        });
    });
    on_cleanup(move || {
        size_observer.try_with_value(|(ro, _)| {
            if let Some(ro) = ro {
                ro.disconnect();
            }
        });
    });
    let observed = size_observer.with_value(|(ro, _)| ro.is_some());
    // Fit the events until the user moves the map; refit when the counted events or the size change.
    Effect::new(move |_| {
        let t = tally.get();
        forget_rect();
        if !observed {
            untrack(measure);
        }
        let s = size.get();
        if !touched.get_untracked() {
            view_sig.set(fit(&t, &arcs, &atlas, s));
        }
    });
}

/// The window's events the map follows: resize and scroll move its box; Esc clears its selection.
fn listen_window(input: MapInput) {
    let (svg_ref, selection, hover) = (input.svg, input.selection, input.hover);
    let resize = window_event_listener(ev::resize, move |_| {
        input.forget_rect();
        input.measure();
    });
    let scroll = window_event_listener(ev::scroll, move |_| input.forget_rect());
    // Esc clears this map's selection when the key is pressed in this atlas or with nothing
    // focused, so that two atlases on a page stay independent.
    let escape = window_event_listener(ev::keydown, move |e: web_sys::KeyboardEvent| {
        let here = || {
            let Some(svg) = svg_ref.get_untracked() else { return false };
            let Some(root) = svg.closest(".atlas").ok().flatten() else { return false };
            let path = e.composed_path();
            (0..path.length()).any(|i| path.get(i) == wasm_bindgen::JsValue::from(root.clone()))
                || path.get(0).dyn_into::<web_sys::Element>().is_ok_and(|t| t.tag_name() == "BODY" || t.tag_name() == "HTML")
        };
        if e.key() == "Escape" && here() {
            selection.set(Selection::None);
            hover.set(None);
        }
    });
    on_cleanup(move || {
        resize.remove();
        scroll.remove();
        escape.remove();
    });
}

/// The shared view follows the user's moves; a shared view set from outside moves the map.
fn share_view(input: MapInput, shared: RwSignal<Option<[f64; 3]>>) {
    let (view_sig, touched, size) = (input.view, input.touched, input.size);
    Effect::new(move |_| {
        let v = view_sig.get();
        let now = touched.get().then_some([v.cx, v.cy, v.k]);
        if shared.get_untracked() != now {
            shared.set(now);
        }
    });
    Effect::new(move |_| match shared.get() {
        Some([cx, cy, k]) => {
            let v = View { cx, cy, k };
            if view_sig.get_untracked() != v {
                touched.set(true);
                view_sig.set(clamp_view(v, size.get_untracked()));
            }
        }
        None if touched.get_untracked() => input.reset(),
        None => {}
    });
}

/// The neighbouring countries, for context.
fn context_markup() -> impl IntoView {
    geometry().context.iter().map(|c| view! { <path class="context" d=c.d.as_str() data-country=c.id.as_str()/> }).collect_view()
}

/// The events' places: a dot with a halo each, hidden until counted (see `layers.rs`).
fn places_markup(atlas: &Atlas) -> impl IntoView {
    atlas
        .places()
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut d = String::from("M");
            push_fixed(&mut d, p.x, 1);
            d.push(' ');
            push_fixed(&mut d, p.y, 1);
            d.push_str("h0");
            view! {
                <g class="place off" data-place=p.name.clone() data-i=i>
                    <path class="halo" d=d.clone()/>
                    <path class="dot" d=d/>
                </g>
            }
        })
        .collect_view()
}

/// Zoom in, zoom out and fit, labelled in the UI language.
fn zoom_buttons(lang: Signal<Lang>, input: MapInput) -> impl IntoView {
    move || {
        let t = texts(lang.get());
        view! {
            <button type="button" class="zoom-in" title=t.zoom_in aria-label=t.zoom_in on:click=move |_| input.zoom_center(1.5)>"+"</button>
            <button type="button" class="zoom-out" title=t.zoom_out aria-label=t.zoom_out on:click=move |_| input.zoom_center(1.0 / 1.5)>"−"</button>
            <button type="button" class="zoom-reset" title=t.zoom_reset aria-label=t.zoom_reset on:click=move |_| input.reset()>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M1 5V1h4M9 1h4v4M13 9v4H9M5 13H1V9" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>
            </button>
        }
    }
}

/// The hovered arc's path and width, drawn over the batches in the ring's colour.
fn hover_arc(input: MapInput, atlas: Arc<Atlas>, arcs: Arc<Vec<ArcGeo>>) -> (impl Fn() -> String, impl Fn() -> Option<String>) {
    let (hover, tally, selection) = (input.hover, input.tally, input.selection);
    let pair = move || match hover.get() {
        Some(Hover::Pair(p)) => Some(p),
        _ => None,
    };
    (
        move || pair().map(|p| arcs[p].d.clone()).unwrap_or_default(),
        move || pair().map(|p| fixed(tally.with(|t| arc_look(&atlas, t, &ArcFocus::new(t, selection.get(), None), p).1), 1)),
    )
}

/// The outline of what is selected: a region, a pair's two regions, or for the country-level key
/// the regions named on the other side of country-level events ("a delegation from China visited
/// Amur Oblast"), if any.
fn selection_outline(atlas: Arc<Atlas>, selection: RwSignal<Selection>) -> impl Fn() -> String + Clone {
    let g = geometry();
    move || match selection.get() {
        Selection::None => String::new(),
        Selection::Region(t) => g.by_table(t).map(|r| r.d.clone()).unwrap_or_default(),
        Selection::Pair(p) => {
            let pair = atlas.pairs()[p];
            [pair.ru, pair.cn].iter().filter_map(|&t| g.by_table(t)).map(|r| r.d.as_str()).collect::<Vec<_>>().join("")
        }
        Selection::National => atlas.regions_of(Selection::National).into_iter().filter_map(|t| g.by_table(t)).map(|r| r.d.as_str()).collect::<Vec<_>>().join(""),
    }
}

/// The svg's classes: a selection dims the rest, the arcs' cursor, moving (drawn without
/// anti-aliasing while it lasts).
fn svg_class(input: MapInput) -> impl Fn() -> String {
    let (selection, hover, dragging, wheeling) = (input.selection, input.hover, input.dragging, input.wheeling);
    move || {
        let mut c = String::from("map");
        if !selection.get().is_none() {
            c.push_str(" has-selection");
        }
        // The arcs have no elements to carry a cursor.
        if matches!(hover.get(), Some(Hover::Pair(_))) {
            c.push_str(" on-arc");
        }
        if dragging.get() {
            c.push_str(" dragging moving");
        } else if wheeling.get() {
            c.push_str(" moving");
        }
        c
    }
}
