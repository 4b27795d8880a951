//! The event table: the accessible list view of the events, in time order, narrowed to the map's
//! selection (a region, or a pair of regions).

use crate::atlas::{date_label, Atlas};
use crate::i18n::{between, involving, kind_name, status_name, texts};
use crate::selection::Selection;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EventTable(
    atlas: Arc<Atlas>,
    lang: Signal<Lang>,
    #[prop(into)] selection: RwSignal<Selection>,
    #[prop(into)] visible: Signal<Arc<Vec<usize>>>,
) -> impl IntoView {
    let shown = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let sel = selection.get();
            let vis = visible.get();
            let mut on = vec![false; atlas.corpus.events.len()];
            for &i in vis.iter() {
                on[i] = true;
            }
            atlas.by_time.iter().copied().filter(|&i| on[i] && atlas.selects(sel, i)).collect::<Vec<usize>>()
        })
    };
    let rows = {
        let atlas = atlas.clone();
        move || {
            let l = lang.get();
            let t = texts(l);
            shown
                .get()
                .into_iter()
                .map(|i| {
                    let e = atlas.event(i);
                    let names = |codes: &[String]| {
                        if codes.is_empty() {
                            t.no_region.to_string()
                        } else {
                            codes.iter().map(|c| atlas.region_name(c, l)).collect::<Vec<_>>().join(", ")
                        }
                    };
                    let planned = e.status == exchange_atlas::Status::Planned;
                    view! {
                        <tr data-event=e.id.clone() class:planned=planned>
                            <td class="date" data-basis=format!("{:?}", e.when.basis).to_lowercase()>{date_label(e, l)}</td>
                            <td class="ru">{names(&e.ru_regions)}</td>
                            <td class="cn">{names(&e.cn_regions)}</td>
                            <td class="kind">{kind_name(e.kind, l)}</td>
                            <td class="status">{status_name(e.status, l)}</td>
                            <td class="doc" title=e.doc.clone()>{atlas.document_title(&e.doc)}</td>
                        </tr>
                    }
                })
                .collect_view()
        }
    };
    // "Events involving Amur Oblast (6)" and a button back to all.
    let filter = move || {
        let l = lang.get();
        let what = match selection.get() {
            Selection::None => return None,
            Selection::Region(r) => involving(atlas.region_at(r).map(|x| x.name(l)).unwrap_or("?"), l),
            Selection::Pair(p) => {
                let pair = atlas.pairs()[p];
                let name = |r: usize| atlas.region_at(r).map(|x| x.name(l)).unwrap_or("?");
                between(name(pair.ru), name(pair.cn), l)
            }
        };
        Some(view! {
            <span class="filter">{what}{format!(" ({})", shown.with(Vec::len))}</span>
            <button type="button" class="show-all" on:click=move |_| selection.set(Selection::None)>{texts(l).show_all}</button>
        })
    };
    view! {
        <table class="events">
            <caption>
                <span class="title">{move || texts(lang.get()).events_table}</span>
                {filter}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{move || texts(lang.get()).col_date}</th>
                    <th scope="col">{move || texts(lang.get()).col_ru}</th>
                    <th scope="col">{move || texts(lang.get()).col_cn}</th>
                    <th scope="col">{move || texts(lang.get()).col_kind}</th>
                    <th scope="col">{move || texts(lang.get()).col_status}</th>
                    <th scope="col">{move || texts(lang.get()).col_doc}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
