//! The root view: header with the language switch, the map, the event table, the attribution.
//! Every view reads the one [`Controls`] of this instance.

use crate::atlas::Atlas;
use crate::components::map::Map;
use crate::components::table::EventTable;
use crate::controls::Controls;
use crate::filters::visible;
use crate::i18n::texts;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App(atlas: Arc<Atlas>, ctl: Controls) -> impl IntoView {
    let lang = ctl.lang;
    let count = atlas.corpus.events.len();
    let docs = atlas.corpus.documents.len();
    let warnings = atlas.warnings.clone();
    // The events the map counts and the list shows: those passing the filters and the time range.
    let shown: Memo<Arc<Vec<usize>>> = {
        let atlas = atlas.clone();
        Memo::new(move |_| Arc::new(visible(&atlas, &ctl.filters.get(), ctl.range.get())))
    };
    let shown: Signal<Arc<Vec<usize>>> = shown.into();
    view! {
        <div class="atlas" lang=move || lang.get().code() data-theme=move || ctl.theme.get().code()>
            <header>
                <h1>{move || texts(lang.get()).title}</h1>
                <p class="count" aria-live="polite">{move || format!("{count} {} · {docs} docs", texts(lang.get()).count)}</p>
                <div class="langs" role="group" aria-label=move || texts(lang.get()).language>
                    {[Lang::En, Lang::Ru, Lang::Zh]
                        .into_iter()
                        .map(|l| {
                            view! {
                                <button
                                    type="button"
                                    aria-pressed=move || (lang.get() == l).to_string()
                                    on:click=move |_| lang.set(l)
                                >
                                    {l.code().to_uppercase()}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            </header>
            {(!warnings.is_empty()).then(|| view! {
                <ul class="warnings" role="status">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            })}
            <Map atlas=atlas.clone() lang=lang.into() selection=ctl.selection visible=shown/>
            <EventTable atlas=atlas.clone() lang=lang.into() selection=ctl.selection visible=shown/>
            <footer>{move || texts(lang.get()).attribution}</footer>
        </div>
    }
}
