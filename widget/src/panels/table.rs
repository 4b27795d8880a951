//! The event table: the accessible list view of the events (the filters, time range and map
//! selection applied), sortable by every column, virtualised so that only the rows in view are in
//! the DOM. A row opens the event's details.

use crate::model::atlas::{date_label, Atlas};
use crate::model::region_id::RegionId;
use crate::state::controls::Controls;
use crate::i18n::{between, involving, kind_name, status_name, texts};
use crate::i18n::panels::ui;
use crate::state::selection::Selection;
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// Row height in CSS px (fixed, so the rows in view follow from the scroll position).
const ROW_H: f64 = 32.0;
/// Rows drawn above and below the visible ones.
const OVERSCAN: usize = 8;
/// Up to this many rows the table is drawn whole.
const WHOLE: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Date,
    Ru,
    Cn,
    Kind,
    Status,
    Doc,
}

impl Col {
    const ALL: [Col; 6] = [Col::Date, Col::Ru, Col::Cn, Col::Kind, Col::Status, Col::Doc];
}

fn names(atlas: &Atlas, codes: &[String], russian: bool, l: Lang) -> String {
    crate::i18n::side_names(codes, russian, l, |c| atlas.region_name(c, l))
}

#[component]
pub fn EventTable(atlas: Arc<Atlas>, ctl: Controls, listed: Signal<Arc<Vec<usize>>>) -> impl IntoView {
    let lang = ctl.lang;
    let sort = RwSignal::new((Col::Date, true));
    let scroll_top = RwSignal::new(0.0f64);
    // The scroll box's height, read on scroll (reading it while rendering would force a layout).
    let view_h = RwSignal::new(480.0f64);
    let scroller: NodeRef<leptos::html::Div> = NodeRef::new();
    let rows_in_order = sorted_rows(atlas.clone(), listed, sort, lang);
    // Back to the top when the rows change.
    Effect::new(move |_| {
        rows_in_order.track();
        // Only when scrolled: writing scrollTop forces a layout.
        if scroll_top.get_untracked() > 0.0 {
            if let Some(s) = scroller.get_untracked() {
                s.set_scroll_top(0);
            }
            scroll_top.set(0.0);
        }
    });
    let body = table_body(atlas.clone(), ctl, rows_in_order, scroll_top, view_h);
    let caption_filter = caption_filter(atlas.clone(), ctl, listed);
    let total = atlas.corpus.events.len();
    let headers = header_cells(lang, sort);
    view! {
        <div class="table-scroll" node_ref=scroller on:scroll=move |e| {
            let el: web_sys::Element = event_target(&e);
            scroll_top.set(el.scroll_top() as f64);
            let h = el.client_height() as f64;
            if h > 0.0 && h != view_h.get_untracked() {
                view_h.set(h);
            }
        }>
            <table class="events" aria-rowcount=move || listed.with(|v| v.len()) + 1>
                <caption>
                    <span class="title">{move || texts(lang.get()).events_table}</span>
                    <span class="shown">{move || format!(" {} / {total}", listed.with(|v| v.len()))}</span>
                    {caption_filter}
                </caption>
                <thead><tr aria-rowindex="1">{headers}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The rows in the chosen order: time order as given, or by a column's text with time order
/// breaking ties; reversed when descending.
fn sorted_rows(atlas: Arc<Atlas>, listed: Signal<Arc<Vec<usize>>>, sort: RwSignal<(Col, bool)>, lang: RwSignal<Lang>) -> Memo<Arc<Vec<usize>>> {
    Memo::new(move |_| {
        let (col, asc) = sort.get();
        let mut v: Vec<usize> = listed.get().to_vec();
        let l = lang.get();
        match col {
            Col::Date => {}
            _ => {
                let key = |i: usize| -> String {
                    let e = atlas.event(i);
                    match col {
                        Col::Ru => names(&atlas, &e.ru_regions, true, l),
                        Col::Cn => names(&atlas, &e.cn_regions, false, l),
                        Col::Kind => kind_name(e.kind, l).to_string(),
                        Col::Status => status_name(e.status, l).to_string(),
                        _ => atlas.document_title(&e.doc),
                    }
                };
                let mut keyed: Vec<(String, usize)> = v.iter().map(|&i| (key(i), atlas.rank(i))).collect();
                let mut order: Vec<usize> = (0..v.len()).collect();
                order.sort_by(|&a, &b| keyed[a].cmp(&keyed[b]));
                v = order.iter().map(|&k| v[k]).collect();
                keyed.clear();
            }
        }
        if !asc {
            v.reverse();
        }
        Arc::new(v)
    })
}

/// The rows in view (all of them up to `WHOLE`), with spacers for the rows above and below.
fn table_body(atlas: Arc<Atlas>, ctl: Controls, rows_in_order: Memo<Arc<Vec<usize>>>, scroll_top: RwSignal<f64>, view_h: RwSignal<f64>) -> impl IntoView {
    let lang = ctl.lang;
    move || {
        let l = lang.get();
        let rows = rows_in_order.get();
        let n = rows.len();
        let (first, last) = if n <= WHOLE {
            (0, n)
        } else {
            let top = (scroll_top.get() / ROW_H).floor() as usize;
            let h = view_h.get();
            let first = top.saturating_sub(OVERSCAN).min(n);
            (first, (top + (h / ROW_H).ceil() as usize + OVERSCAN).min(n))
        };
        let spacer = |k: usize| (k > 0).then(|| view! { <tr class="spacer" aria-hidden="true"><td colspan="6" style=format!("height:{}px", k as f64 * ROW_H)></td></tr> });
        let drawn = rows[first..last]
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                let e = atlas.event(i);
                let planned = e.status == exchange_atlas::Status::Planned;
                let open = move |_| ctl.event.set(Some(i));
                view! {
                    <tr data-event=e.id.clone() class:planned=planned aria-rowindex=first + k + 2
                        aria-selected=move || (ctl.event.get() == Some(i)).to_string()
                        on:click=open>
                        <td class="date" data-basis=format!("{:?}", e.when.basis).to_lowercase()>
                            <button type="button" class="open">{date_label(e, l)}</button>
                        </td>
                        <td class="ru">{names(&atlas, &e.ru_regions, true, l)}</td>
                        <td class="cn">{names(&atlas, &e.cn_regions, false, l)}</td>
                        <td class="kind">{kind_name(e.kind, l)}</td>
                        <td class="status">{status_name(e.status, l)}</td>
                        <td class="doc" title=e.doc.clone()>{atlas.document_title(&e.doc)}</td>
                    </tr>
                }
            })
            .collect_view();
        let empty = (n == 0).then(|| view! { <tr class="empty"><td colspan="6">{ui(l).none_match}</td></tr> });
        view! { {spacer(first)} {drawn} {spacer(n - last)} {empty} }
    }
}

/// "Events involving Amur Oblast (6)" and a button back to all.
fn caption_filter(atlas: Arc<Atlas>, ctl: Controls, listed: Signal<Arc<Vec<usize>>>) -> impl IntoView {
    let lang = ctl.lang;
    move || {
        let l = lang.get();
        let what = match ctl.selection.get() {
            Selection::None => return None,
            Selection::Region(r) => involving(r.region().name(l), l),
            Selection::National => texts(l).national_caption.to_string(),
            Selection::Pair(p) => {
                let pair = atlas.pairs()[p];
                let name = |r: RegionId| r.region().name(l);
                between(name(pair.ru), name(pair.cn), l)
            }
        };
        Some(view! {
            <span class="filter">{what}{format!(" ({})", listed.with(|v| v.len()))}</span>
            <button type="button" class="show-all" on:click=move |_| ctl.selection.set(Selection::None)>{texts(l).show_all}</button>
        })
    }
}

/// The column headers, each a button that sorts by it (again: the other way).
fn header_cells(lang: RwSignal<Lang>, sort: RwSignal<(Col, bool)>) -> impl IntoView {
    move || {
        let l = lang.get();
        let t = texts(l);
        Col::ALL
            .into_iter()
            .map(|c| {
                let label = match c {
                    Col::Date => t.col_date,
                    Col::Ru => t.col_ru,
                    Col::Cn => t.col_cn,
                    Col::Kind => t.col_kind,
                    Col::Status => t.col_status,
                    Col::Doc => t.col_doc,
                };
                let aria = move || match sort.get() {
                    (s, true) if s == c => "ascending",
                    (s, false) if s == c => "descending",
                    _ => "none",
                };
                let arrow = move || match sort.get() {
                    (s, true) if s == c => " ▲",
                    (s, false) if s == c => " ▼",
                    _ => "",
                };
                view! {
                    <th scope="col" aria-sort=aria>
                        <button type="button" class="sort" on:click=move |_| sort.update(|s| *s = if s.0 == c { (c, !s.1) } else { (c, true) })>
                            {label}<span aria-hidden="true">{arrow}</span>
                        </button>
                    </th>
                }
            })
            .collect_view()
    }
}
