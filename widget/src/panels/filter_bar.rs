//! Filters and search: buttons for kind, status and topic, selects for the Russian region, the
//! Chinese region and the document, each with counts; a free-text search; "Reset all".

use crate::model::atlas::Atlas;
use crate::state::controls::Controls;
use crate::state::filters::{all_facet_counts, parse_status, Facet};
use crate::i18n::{kind_name, status_name, texts};
use crate::i18n::panels::{topic_name, ui};
use exchange_atlas::{Kind, Lang};
use leptos::prelude::*;
use std::sync::Arc;

/// A value's label in the current language.
fn value_label(atlas: &Atlas, facet: Facet, code: &str, l: Lang) -> String {
    match facet {
        Facet::Kind => Kind::ALL.into_iter().find(|k| k.code() == code).map(|k| kind_name(k, l).to_string()).unwrap_or_else(|| code.to_string()),
        Facet::Status => parse_status(code).map(|s| status_name(s, l).to_string()).unwrap_or_else(|| code.to_string()),
        Facet::Topic => topic_name(code, l),
        Facet::Ru | Facet::Cn => atlas.region_name(code, l),
        Facet::Doc => atlas.document_title(code),
    }
}

#[component]
pub fn FilterBar(
    atlas: Arc<Atlas>,
    ctl: Controls,
    /// The time range the counts are for (it lags the brush while it moves).
    range: Signal<Option<crate::state::filters::TimeRange>>,
) -> impl IntoView {
    // Counts per facet value under the other facets, the search and the range.
    let counts = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let f = ctl.filters.get();
            let r = range.get();
            all_facet_counts(&atlas, &f, r)
        })
    };
    let buttons = {
        let atlas = atlas.clone();
        move |facet: Facet, ix: usize| {
            let atlas = atlas.clone();
            move || {
                let l = ctl.lang.get();
                let mut values = counts.with(|c| c[ix].clone());
                if facet == Facet::Kind {
                    values.sort_by_key(|(c, _)| Kind::ALL.iter().position(|k| k.code() == c));
                } else if facet == Facet::Topic {
                    values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                }
                values
                    .into_iter()
                    .map(|(code, n)| {
                        let label = value_label(&atlas, facet, &code, l);
                        let c2 = code.clone();
                        let pressed = move || ctl.filters.with(|f| f.has(facet, &c2)).to_string();
                        let c3 = code.clone();
                        view! {
                            <button type="button" class="chip" data-facet=facet.key() data-value=code.clone()
                                aria-pressed=pressed
                                class:empty=n == 0
                                on:click=move |_| ctl.filters.update(|f| f.toggle(facet, &c3))>
                                {label}<span class="n">{n}</span>
                            </button>
                        }
                    })
                    .collect_view()
            }
        }
    };
    let select = {
        let atlas = atlas.clone();
        move |facet: Facet, ix: usize| {
            let atlas = atlas.clone();
            let options = move || {
                let l = ctl.lang.get();
                let mut values: Vec<(String, u32, String)> =
                    counts.with(|c| c[ix].clone()).into_iter().map(|(code, n)| (value_label(&atlas, facet, &code, l), n, code)).collect();
                values.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                let chosen = ctl.filters.with(|f| f.values(facet).first().cloned());
                values
                    .into_iter()
                    .map(|(label, n, code)| {
                        let sel = chosen.as_deref() == Some(code.as_str());
                        view! { <option value=code selected=sel>{format!("{label} ({n})")}</option> }
                    })
                    .collect_view()
            };
            view! {
                <select data-facet=facet.key() on:change=move |e| {
                    let v = event_target_value(&e);
                    ctl.filters.update(|f| {
                        f.set_values(facet, &if v.is_empty() { vec![] } else { vec![v] });
                    });
                }
                prop:value=move || ctl.filters.with(|f| f.values(facet).first().cloned().unwrap_or_default())>
                    <option value="">"—"</option>
                    {options}
                </select>
            }
        }
    };
    let lang = ctl.lang;
    view! {
        <section class="filters" aria-label=move || ui(lang.get()).filters>
            <input type="search" class="search" placeholder=move || ui(lang.get()).search aria-label=move || ui(lang.get()).search
                prop:value=move || ctl.filters.with(|f| f.text.clone())
                on:input=move |e| { let v = event_target_value(&e); ctl.filters.update(|f| f.text = v); }/>
            <div class="facet" role="group" aria-label=move || ui(lang.get()).kind>{buttons(Facet::Kind, 0)}</div>
            <div class="facet" role="group" aria-label=move || ui(lang.get()).status>{buttons(Facet::Status, 1)}</div>
            <div class="facet topics" role="group" aria-label=move || ui(lang.get()).topics>{buttons(Facet::Topic, 2)}</div>
            <div class="facet selects">
                <label><span>{move || texts(lang.get()).col_ru}</span>{select(Facet::Ru, 3)}</label>
                <label><span>{move || texts(lang.get()).col_cn}</span>{select(Facet::Cn, 4)}</label>
                <label><span>{move || ui(lang.get()).doc_filter}</span>{select(Facet::Doc, 5)}</label>
            </div>
            <button type="button" class="reset-all" on:click=move |_| ctl.reset()>{move || ui(lang.get()).reset_all}</button>
        </section>
    }
}
