//! The effects that keep the map's static layers up to date. The layers are markup written once
//! (`markup.rs`, `arcs.rs`); per-element state is then written straight to the DOM by three effects
//! (no effect per element): region and place classes and names when the counts or the language
//! change, the arc batches when the counts or the selection change, labels when the zoom tier changes.

use super::arcs::{arc_batches, batches_markup, ArcFocus};
use super::view::Hover;
use super::geometry::{fixed, geometry, tier_of, tier_scale, MapSide, LABEL_PX};
use super::input::MapInput;
use super::markup::{region_classes, region_look, LabelLayer};
use crate::state::selection::Selection;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The `svg` elements matching `selector` inside the map, in document order.
fn elements(svg: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = svg.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// Sets (`Some`) or removes (`None`) an attribute.
pub(super) fn set(el: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// What was last written per region path (class, aria-label): only changes are written. The
/// regions' markup starts with the first counts' looks, so the first run writes nothing.
pub(super) type RegionState = StoredValue<Vec<(String, String)>, LocalStorage>;

/// Region and place classes and names, when the counts or the language change.
pub(super) fn write_regions(input: MapInput, lang: Signal<Lang>, region_state: RegionState) {
    let g = geometry();
    let (tally, selection, svg_ref) = (input.tally, input.selection, input.svg);
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
}

/// The arc batches when the counts, the selection or the hovered region change; of the regions, only the previously
/// and the newly selected one change. Returns the first batches' markup, which the arc layer starts
/// with, so the first run writes nothing.
pub(super) fn write_arcs(input: MapInput, order: Arc<Vec<usize>>) -> String {
    let g = geometry();
    let (tally, selection, svg_ref, arc_drawn) = (input.tally, input.selection, input.svg, input.arc_drawn);
    let (atlas, arcs) = input.model.with_value(|(atlas, arcs)| (atlas.clone(), arcs.clone()));
    let hover = input.hover;
    // The hovered region, if any: its arcs are drawn in full.
    let hovered = move || match hover.get() {
        Some(Hover::Region(mi)) => g.regions.get(mi).and_then(|r| r.table),
        _ => None,
    };
    let t0 = tally.get_untracked();
    let first_batches = arc_batches(&atlas, &arcs, &order, &t0, &ArcFocus::new(&t0, selection.get_untracked(), None));
    let lines_html = batches_markup(&atlas, &first_batches);
    arc_drawn.set_value(first_batches);
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
        let batches = arc_batches(&atlas, &arcs, &order, &t, &ArcFocus::new(&t, sel, hovered()));
        if arc_drawn.with_value(|b| *b != batches) {
            if let Ok(Some(lines)) = svg.query_selector("g.arc-lines") {
                lines.set_inner_html(&batches_markup(&atlas, &batches));
            }
            arc_drawn.set_value(batches);
        }
        sel
    });
    lines_html
}

/// Labels: planned per language and set of regions with events (those first), then shown by
/// zoom tier. Zooming within a tier touches nothing; crossing one toggles classes and sets the
/// label size on the group.
pub(super) fn write_labels(input: MapInput, lang: Signal<Lang>) {
    let g = geometry();
    let (tally, view_sig, svg_ref) = (input.tally, input.view, input.svg);
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
}
