//! The root view: header with the language switch, the map, the event table, the attribution.

use crate::atlas::Atlas;
use crate::components::map::Map;
use crate::components::table::EventTable;
use crate::i18n::texts;
use crate::selection::Selection;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App(atlas: Arc<Atlas>, #[prop(default = Lang::En)] initial_lang: Lang) -> impl IntoView {
    let lang = RwSignal::new(initial_lang);
    let selection = RwSignal::new(Selection::None);
    let count = atlas.corpus.events.len();
    let docs = atlas.corpus.documents.len();
    let warnings = atlas.warnings.clone();
    // The events shown and counted: all of them until the time range and filters arrive.
    let every: Arc<Vec<usize>> = Arc::new((0..count).collect());
    let visible = Signal::derive(move || every.clone());
    view! {
        <div class="atlas" lang=move || lang.get().code()>
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
            <Map atlas=atlas.clone() lang=lang.into() selection=selection visible=visible/>
            <EventTable atlas=atlas.clone() lang=lang.into() selection=selection visible=visible/>
            <footer>{move || texts(lang.get()).attribution}</footer>
        </div>
    }
}
