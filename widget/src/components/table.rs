//! The event table: the accessible list view of every event, in time order.

use crate::atlas::{date_label, Atlas};
use crate::i18n::{kind_name, status_name, texts};
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EventTable(atlas: Arc<Atlas>, lang: Signal<Lang>) -> impl IntoView {
    let rows = move || {
        let l = lang.get();
        let t = texts(l);
        atlas
            .by_time
            .iter()
            .map(|&i| {
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
    };
    view! {
        <table class="events">
            <caption>{move || texts(lang.get()).events_table}</caption>
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
