//! The map: every Russian and Chinese region coloured by the events involving it, arcs between the
//! regions of each event, the events' places, region labels; hover tooltips, selection by click or
//! keyboard, zoom and pan.
//!
//! Built for many events: the paths are created once and never rebuilt. Counts come from the
//! model ([`Atlas::tally`]) and change only classes and attributes; zoom and pan change the one
//! `transform` of the `g.zoom` group; hover, focus and selection outlines are three overlay paths.
//! This file holds the state and the effects that write it to the DOM; input is `map_input.rs`,
//! the static markup `map_markup.rs`, the arcs `map_arcs.rs`.

use super::arcs::{arc_batches, arc_look, arc_order, batches_markup, ArcBatch};
use super::legend::MapLegend;
use super::markup::{region_classes, region_look, regions_markup, LabelLayer};
use super::input::{Gesture, MapInput};
use super::tooltip::map_tooltip;
use super::view::{arc_geo, clamp_view, fit, transform, ArcGeo, Hover, View};
use crate::model::atlas::{Atlas, Tally};
use crate::map::geometry::{fixed, geometry, push_fixed, tier_of, tier_scale, MapSide, LABEL_PX};
use crate::i18n::texts;
use crate::state::selection::Selection;
use exchange_atlas::Lang;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The `svg` elements matching `selector` inside the map, in document order.
fn elements(svg: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = svg.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

fn set(el: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

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
    // Arcs, once: from the Russian to the Chinese region's label point. Arcs that share an end
    // bulge more and more (up to five steps), so they fan out instead of running on top of each other.
    let mut ends: std::collections::HashMap<usize, u32> = std::collections::HashMap::new();
    let arcs: Arc<Vec<ArcGeo>> = Arc::new(
        atlas
            .pairs()
            .iter()
            .map(|p| {
                let a = g.by_table(p.ru).map(|r| r.label).unwrap_or((0.0, 0.0));
                let b = g.by_table(p.cn).map(|r| r.label).unwrap_or((0.0, 0.0));
                let shared = ends.get(&p.ru).copied().unwrap_or(0).max(ends.get(&p.cn).copied().unwrap_or(0));
                *ends.entry(p.ru).or_default() += 1;
                *ends.entry(p.cn).or_default() += 1;
                arc_geo(a, b, 0.18 + 0.12 * shared.min(5) as f64)
            })
            .collect(),
    );

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
    {
        let (atlas, arcs) = (atlas.clone(), arcs.clone());
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
    let resize = window_event_listener(ev::resize, move |_| {
        forget_rect();
        measure();
    });
    let scroll = window_event_listener(ev::scroll, move |_| forget_rect());
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

    // Per-element state is written straight to the DOM by three effects (no effect per element):
    // region and place classes and names when the counts or the language change, arc classes and
    // widths when the counts or the selection change, labels when the zoom tier changes.
    // What was last written per region path (class, aria-label): only changes are written. The
    // markup below starts with the first counts' looks, so the first run writes nothing.
    let region_state: StoredValue<Vec<(String, String)>, LocalStorage> = StoredValue::new_local(Vec::new());
    Effect::new(move |_| {
        let t = tally.get();
        let l = lang.get();
        let sel = selection.get_untracked();
        let Some(svg) = svg_ref.get() else { return };
        region_state.update_value(|v| v.resize(g.regions.len(), (String::new(), String::new())));
        let classes = region_classes(&t);
        for (mi, el) in elements(&svg, "path[data-region]").iter().enumerate() {
            let Some((ti, class, label)) = region_look(mi, &t, &classes, l) else { continue };
            if region_state.with_value(|v| v[mi].0 == class && v[mi].1 == label) {
                continue;
            }
            let on = !label.is_empty();
            set(el, "class", Some(&class));
            set(el, "tabindex", on.then_some("0"));
            set(el, "role", on.then_some("button"));
            set(el, "aria-label", on.then_some(label.as_str()));
            set(el, "aria-pressed", on.then_some(if sel == Selection::Region(ti) { "true" } else { "false" }));
            region_state.update_value(|v| v[mi] = (class, label));
        }
        for (i, el) in elements(&svg, "g.place").iter().enumerate() {
            set(el, "class", Some(if t.places.get(i).copied().unwrap_or(0) > 0 { "place" } else { "place off" }));
        }
    });
    // Arcs (batches) when the counts or the selection change; of the regions, only the previously
    // and the newly selected one change. The markup below starts with the first counts and
    // selection, so the first run writes nothing.
    let first_batches = arc_batches(&atlas, &arcs, &arc_order, &tally.get_untracked(), selection.get_untracked());
    let lines_html = batches_markup(&atlas, &first_batches);
    arc_drawn.set_value(first_batches);
    {
        let (atlas, arcs, order) = (atlas.clone(), arcs.clone(), arc_order.clone());
        Effect::new(move |prev: Option<Selection>| {
            let t = tally.get();
            let sel = selection.get();
            let Some(svg) = svg_ref.get() else { return sel };
            for (s, pressed) in [(prev.unwrap_or_default(), "false"), (sel, "true")] {
                let Selection::Region(ti) = s else { continue };
                let Some(mi) = g.regions.iter().position(|r| r.table == Some(ti)) else { continue };
                if let Ok(Some(el)) = svg.query_selector(&format!("path[data-i=\"{mi}\"]")) {
                    if el.has_attribute("aria-pressed") {
                        set(&el, "aria-pressed", Some(pressed));
                    }
                }
            }
            // The batches are redrawn when a look changes (a few dozen paths).
            let batches = arc_batches(&atlas, &arcs, &order, &t, sel);
            if arc_drawn.with_value(|b| *b != batches) {
                if let Ok(Some(lines)) = svg.query_selector("g.arc-lines") {
                    lines.set_inner_html(&batches_markup(&atlas, &batches));
                }
                arc_drawn.set_value(batches);
            }
            sel
        });
    }
    // Labels: planned per language and set of regions with events (those first), then shown by
    // zoom tier. Zooming within a tier touches nothing; crossing one toggles classes and sets the
    // label size on the group.
    Effect::new(move |prev: Option<Option<LabelLayer>>| {
        let l = lang.get();
        let t = tally.get();
        let tier = tier_of(view_sig.get().k);
        let svg = svg_ref.get()?;
        let group = svg.query_selector("g.labels").ok()??;
        // Replanned only when the language or the set of regions with events changes: a brush
        // step that changes counts but not which regions have events keeps the labels.
        let hot: Vec<bool> = g.regions.iter().map(|r| r.side != MapSide::Disputed && r.table.is_some_and(|x| t.region(x) > 0)).collect();
        let key = (l, hot.clone());
        let mut layer = match prev.flatten() {
            Some(layer) if layer.key == key => layer,
            _ => LabelLayer::planned(&group, key),
        };
        if layer.tier != tier {
            for (el, min_tier) in &layer.labels {
                let base = el.get_attribute("data-class").unwrap_or_default();
                set(el, "class", Some(&if tier < *min_tier { format!("{base} off") } else { base }));
            }
            let k = tier_scale(tier);
            set(&group, "font-size", Some(&fixed(LABEL_PX / k, 3)));
            set(&group, "stroke-width", Some(&fixed(3.0 / k, 3)));
            layer.tier = tier;
        }
        Some(layer)
    });

    // The shared view follows the user's moves; a shared view set from outside moves the map.
    if let Some(shared) = shared_view {
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
    input.listen();

    // Static layers, built once; the effects above set their per-element state.
    let context = g
        .context
        .iter()
        .map(|c| view! { <path class="context" d=c.d.as_str() data-country=c.id.as_str()/> })
        .collect_view();
    // The regions as one piece of markup, each with the look of the first counts (see the effect).
    let regions = {
        let (html, state) = regions_markup(&tally.get_untracked(), lang.get_untracked(), selection.get_untracked());
        region_state.set_value(state);
        html
    };
    let n_regions = g.regions.iter().filter(|r| r.id.starts_with("RU-") || r.id.starts_with("CN-")).count();
    let places = atlas
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
        .collect_view();
    let ring = move |mi: Option<usize>| mi.map(|i| g.regions[i].d.as_str()).unwrap_or("");
    let hover_d = move || match hover.get() {
        Some(Hover::Region(mi)) => ring(Some(mi)),
        _ => "",
    };
    // The hovered arc, drawn over the batches in the ring's colour.
    let (hover_arc_d, hover_arc_w) = {
        let (atlas, arcs) = (atlas.clone(), arcs.clone());
        let pair = move || match hover.get() {
            Some(Hover::Pair(p)) => Some(p),
            _ => None,
        };
        (
            move || pair().map(|p| arcs[p].d.clone()).unwrap_or_default(),
            move || pair().map(|p| fixed(tally.with(|t| arc_look(&atlas, t, selection.get(), p).1), 1)),
        )
    };
    let sel_d = {
        let atlas = atlas.clone();
        move || match selection.get() {
            Selection::None => String::new(),
            Selection::Region(t) => g.by_table(t).map(|r| r.d.clone()).unwrap_or_default(),
            Selection::Pair(p) => {
                let pair = atlas.pairs()[p];
                [pair.ru, pair.cn].iter().filter_map(|&t| g.by_table(t)).map(|r| r.d.as_str()).collect::<Vec<_>>().join("")
            }
            // The regions named on the other side of country-level events ("a delegation from China
            // visited Amur Oblast"), if any.
            Selection::National => atlas.regions_of(Selection::National).into_iter().filter_map(|t| g.by_table(t)).map(|r| r.d.as_str()).collect::<Vec<_>>().join(""),
        }
    };

    let has_national = atlas.tally_all().national > 0;
    let buttons = move || {
        let t = texts(lang.get());
        view! {
            <button type="button" class="zoom-in" title=t.zoom_in aria-label=t.zoom_in on:click=move |_| input.zoom_center(1.5)>"+"</button>
            <button type="button" class="zoom-out" title=t.zoom_out aria-label=t.zoom_out on:click=move |_| input.zoom_center(1.0 / 1.5)>"−"</button>
            <button type="button" class="zoom-reset" title=t.zoom_reset aria-label=t.zoom_reset on:click=move |_| input.reset()>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><path d="M1 5V1h4M9 1h4v4M13 9v4H9M5 13H1V9" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>
            </button>
        }
    };

    view! {
        <section class="map-card">
            <div class="map-wrap">
                <svg
                    class=move || {
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
                    node_ref=svg_ref
                    data-regions=n_regions
                    tabindex="0"
                    role="group"
                    aria-label=move || { let t = texts(lang.get()); format!("{}. {}", t.map_label, t.map_help) }
                >
                    <rect class="sea" width="100%" height="100%"/>
                    <g class="zoom" transform=move || transform(view_sig.get(), size.get())>
                        <g class="contexts" aria-hidden="true">{context}</g>
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
                <div class="zoom-buttons">{buttons}</div>
                {map_tooltip(atlas.clone(), lang, hover, tally, tip_xy, size)}
            </div>
            <div class="legend"><MapLegend lang=lang tally=tally selection=selection has_national=has_national/></div>
        </section>
    }
}
