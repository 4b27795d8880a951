//! The root view: header with the language switch, filters, the map beside the details, the
//! timeline, the event table, the attribution. Every view reads the one [`Controls`] of this
//! instance; with `hash`, the shareable state also lives in the URL hash (see [`crate::state::url_hash`]).

use crate::model::atlas::Atlas;
use crate::panels::details::Details;
use crate::panels::filter_bar::FilterBar;
use crate::map::component::Map;
use crate::panels::table::EventTable;
use crate::timeline::component::Timeline;
use crate::state::controls::Controls;
use crate::state::filters::{visible, TimeRange};
use crate::i18n::{events_n, texts};
use crate::i18n::panels::{describe_event, ui};
use crate::state::url_hash::ViewState;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App(
    atlas: Arc<Atlas>,
    ctl: Controls,
    /// Keep the state in `location.hash` (the standalone page; embeds leave the host's URL alone).
    #[prop(optional)]
    hash: bool,
) -> impl IntoView {
    let lang = ctl.lang;
    let total = atlas.corpus.events.len();
    let docs = atlas.corpus.documents.len();
    let warnings = atlas.warnings.clone();
    let (list_range, counts_range) = ranges_behind_the_brush(ctl);
    // The map counts the events passing the filters and the time range.
    let shown: Memo<Arc<Vec<usize>>> = {
        let atlas = atlas.clone();
        Memo::new(move |_| Arc::new(visible(&atlas, &ctl.filters.get(), list_range.get())))
    };
    // The list also applies the map selection, in time order.
    let listed: Memo<Arc<Vec<usize>>> = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let sel = ctl.selection.get();
            shown.with(|v| {
                let mut on = vec![false; atlas.corpus.events.len()];
                for &i in v.iter() {
                    on[i] = true;
                }
                Arc::new(atlas.by_time.iter().copied().filter(|&i| on[i] && atlas.selects(sel, i)).collect::<Vec<usize>>())
            })
        })
    };
    // The timeline shows the filters and the selection, not the range: the range is its brush.
    let marks: Memo<Arc<Vec<usize>>> = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let f = ctl.filters.get();
            let sel = ctl.selection.get();
            Arc::new(atlas.by_time.iter().copied().filter(|&i| atlas.selects(sel, i) && f.admits(&atlas, i)).collect::<Vec<usize>>())
        })
    };
    Effect::new(move |_| {
        let n = shown.with(|v| v.len()) as u32;
        ctl.painted.update(|p| {
            p.map = n;
            p.frames = p.frames.wrapping_add(1);
        });
    });
    if hash {
        sync_hash(atlas.clone(), ctl);
    }
    let announce = {
        let atlas = atlas.clone();
        move || {
            let l = lang.get();
            match ctl.event.get() {
                Some(i) => format!("{}: {}", ui(l).selected, describe_event(&atlas, i, l)),
                None => format!("{} / {total}", events_n(listed.with(|v| v.len()) as u32, l)),
            }
        }
    };
    let shown_sig: Signal<Arc<Vec<usize>>> = shown.into();
    view! {
        <div class="atlas" lang=move || lang.get().code() data-theme=move || ctl.theme.get().code()>
            <header>
                <h1>{move || texts(lang.get()).title}</h1>
                <p class="count">{move || format!("{total} {} · {docs} {}", texts(lang.get()).count, texts(lang.get()).docs)}</p>
                <div class="langs" role="group" aria-label=move || texts(lang.get()).language>
                    {language_buttons(lang)}
                </div>
            </header>
            <p class="sr-only" aria-live="polite" aria-atomic="true">{announce}</p>
            {(!warnings.is_empty()).then(|| view! {
                <ul class="warnings" role="status">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            })}
            <FilterBar atlas=atlas.clone() ctl=ctl range=counts_range.into()/>
            <div class="stage">
                <Map atlas=atlas.clone() lang=lang.into() selection=ctl.selection visible=shown_sig shared_view=ctl.map_view/>
                <Details atlas=atlas.clone() ctl=ctl listed=listed.into()/>
            </div>
            <Timeline atlas=atlas.clone() ctl=ctl marks=marks.into()/>
            <EventTable atlas=atlas.clone() ctl=ctl listed=listed.into()/>
            <footer>{move || texts(lang.get()).attribution}</footer>
        </div>
    }
}

/// The range the map, the list and the counts show: the range itself, except during a brush
/// drag, when the timeline's brush moves every frame and the rest catch up four times a second
/// and at the end (repainting the map and the list every frame would cost several frames).
/// Returns (the list's range, the counts' range).
fn ranges_behind_the_brush(ctl: Controls) -> (RwSignal<Option<TimeRange>>, RwSignal<Option<TimeRange>>) {
    let list_range = RwSignal::new(ctl.range.get_untracked());
    // The filter counts wait for the end of a drag.
    let counts_range = RwSignal::new(ctl.range.get_untracked());
    let catch_up_armed = StoredValue::new(false);
    Effect::new(move |_| {
        let r = ctl.range.get();
        if !ctl.brushing.get() {
            // Only a change is written: the first run (and a brush released where it started) would
            // otherwise recompute the visible events, the list and every facet count for nothing.
            if list_range.get_untracked() != r {
                list_range.set(r);
            }
            if counts_range.get_untracked() != r {
                counts_range.set(r);
            }
        } else if !catch_up_armed.get_value() {
            catch_up_armed.set_value(true);
            set_timeout(
                move || {
                    // The atlas may have been destroyed meanwhile: every access is a `try_`.
                    catch_up_armed.try_set_value(false);
                    if let Some(r) = ctl.range.try_get_untracked() {
                        list_range.try_set(r);
                    }
                },
                std::time::Duration::from_millis(250),
            );
        }
    });
    (list_range, counts_range)
}

/// EN / RU / ZH: the interface's language.
fn language_buttons(lang: RwSignal<Lang>) -> impl IntoView {
    [Lang::En, Lang::Ru, Lang::Zh]
        .into_iter()
        .map(|l| {
            view! {
                <button type="button" data-lang=l.code() aria-pressed=move || (lang.get() == l).to_string() on:click=move |_| lang.set(l)>
                    {l.code().to_uppercase()}
                </button>
            }
        })
        .collect_view()
}

/// Two-way sync with `location.hash`: read at start and on back/forward; written on every change,
/// as a new history entry when the selection changes (so Back steps through selections) and in
/// place otherwise.
fn sync_hash(atlas: Arc<Atlas>, ctl: Controls) {
    let read = {
        let atlas = atlas.clone();
        move || {
            let h = window().location().hash().unwrap_or_default();
            ctl.apply(&atlas, &ViewState::from_hash(&h));
        }
    };
    read();
    let pop = window_event_listener(leptos::ev::popstate, {
        let read = read.clone();
        move |_| read()
    });
    let changed = window_event_listener(leptos::ev::hashchange, move |_| read());
    on_cleanup(move || {
        pop.remove();
        changed.remove();
    });
    let pending: StoredValue<Option<String>> = StoredValue::new(None);
    let armed = StoredValue::new(false);
    Effect::new(move |prev: Option<ViewState>| {
        let now = ctl.snapshot(&atlas);
        let h = now.to_hash();
        let current = window().location().hash().unwrap_or_default();
        let same = |a: &str, b: &str| a.trim_start_matches('#') == b.trim_start_matches('#');
        if !same(&h, &current) {
            let url = if h == "#" { window().location().pathname().unwrap_or_default() + &window().location().search().unwrap_or_default() } else { h.clone() };
            let selection_moved = prev.as_ref().is_some_and(|p| p.event != now.event || p.region != now.region || p.pair != now.pair);
            if selection_moved {
                pending.set_value(None);
                if let Ok(history) = window().history() {
                    let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                }
            } else {
                // Zoom, pan and brush change the state every frame and browsers throttle history
                // writes: the first change is written at once, later ones when things settle.
                let replace = |url: &str| {
                    if let Ok(history) = window().history() {
                        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
                    }
                };
                if armed.get_value() {
                    pending.set_value(Some(url));
                } else {
                    replace(&url);
                    armed.set_value(true);
                    set_timeout(
                        move || {
                            armed.try_set_value(false);
                            if let Some(url) = pending.try_update_value(|p| p.take()).flatten() {
                                replace(&url);
                            }
                        },
                        std::time::Duration::from_millis(250),
                    );
                }
            }
        }
        now
    });
}
