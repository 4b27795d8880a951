//! The map's legend: the choropleth's classes, the arcs and places, and the key of country-level
//! events (which selects them, as a region does).

use super::arcs::{arc_width, strong_pairs};
use crate::model::atlas::{Classes, Tally};
use crate::map::geometry::{geometry, MapSide};
use crate::i18n::{events_n, texts};
use crate::state::selection::Selection;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn MapLegend(
    lang: Signal<Lang>,
    /// The counts over the events shown.
    tally: Memo<Arc<Tally>>,
    selection: RwSignal<Selection>,
    /// Whether the corpus has any country-level event (the key is shown only then).
    has_national: bool,
) -> impl IntoView {
    let g = geometry();
    // Events that name Russia or China without a region have nothing to fill: one key counts them
    // and selects them, as a region does. Shown only when the corpus has any.
    let national_key = move |n: u32, l: Lang| {
        let t = texts(l);
        has_national.then(|| {
            let pressed = move || if selection.get() == Selection::National { "true" } else { "false" };
            let toggle = move |_| selection.update(|s| *s = if *s == Selection::National { Selection::None } else { Selection::National });
            view! {
                <div class="key national-key">
                    <button type="button" class="national" title=t.national_help aria-pressed=pressed on:click=toggle
                        aria-label=format!("{}: {}. {}", t.legend_national, events_n(n, l), t.national_help)>
                        <svg width="34" height="12" aria-hidden="true"><path d="M2 6H32" class="key-national"/></svg>
                        <span>{format!("{}: {}", t.legend_national, n)}</span>
                    </button>
                </div>
            }
        })
    };
    // The legend, re-made when the language or the classes change.
    let legend = move || {
        let l = lang.get();
        let t = texts(l);
        let ta = tally.get();
        let counts: Vec<u32> =
            g.regions.iter().filter(|r| r.side != MapSide::Disputed).filter_map(|r| r.table).map(|i| ta.region(i)).collect();
        let c = Classes::new(&counts);
        let swatches = (0..c.bounds.len())
            .map(|i| view! { <li><span class=format!("sw q{}", c.steps[i])></span>{c.label(i)}</li> })
            .collect_view();
        view! {
            <div class="key regions-key">
                <span class="key-title">{t.legend_regions}</span>
                <ul class="scale">
                    <li><span class="sw q0"></span>{t.legend_none}</li>
                    {swatches}
                </ul>
            </div>
            <div class="key arcs-key">
                <span>{t.legend_arcs}</span>
                {arc_scale(&ta)}
                <svg width="34" height="12" aria-hidden="true"><path d="M2 9Q17 0 32 9" class="key-arc planned"/></svg>
                <span>{t.legend_planned}</span>
                <svg width="14" height="12" aria-hidden="true"><path d="M7 6h0" class="key-place-halo"/><path d="M7 6h0" class="key-place"/></svg>
                <span>{t.legend_place}</span>
            </div>
            {faint_key(&ta, l)}
            {national_key(ta.national, l)}
        }
    };
    legend
}

/// The arcs' widths for a few counts, from one event to the most between two regions.
fn arc_scale(t: &Tally) -> impl IntoView {
    let max = t.max_pair.max(1);
    let mut counts = vec![1, (max as f64).sqrt().round() as u32, max];
    counts.dedup();
    counts
        .into_iter()
        .map(|n| {
            let w = arc_width(n, max);
            view! {
                <span class="arc-sample">
                    <svg width="34" height="12" aria-hidden="true"><path d="M2 9Q17 0 32 9" class="key-arc" style=format!("stroke-width:{w}px")/></svg>
                    {n}
                </span>
            }
        })
        .collect_view()
}

/// How many pairs the overview draws faintly, if any.
fn faint_key(t: &Tally, l: Lang) -> Option<impl IntoView> {
    let strong = strong_pairs(t);
    let n = t.pairs.iter().zip(&strong).filter(|(p, s)| p.total > 0 && !**s).count();
    let (head, tail) = texts(l).legend_faint;
    (n > 0).then(|| {
        view! {
            <div class="key faint-key">
                <svg width="34" height="12" aria-hidden="true"><path d="M2 9Q17 0 32 9" class="key-arc faint"/></svg>
                <span>{format!("{head} {n} {tail}")}</span>
            </div>
        }
    })
}
