//! The details of the selected event: its date as written and normalised, status, kind, regions,
//! places, people, organisations, topics, summary, and the whole source document with the evidence
//! highlighted and scrolled into view. Prev/next (buttons and arrow keys) step in time order.

use crate::model::atlas::{date_label, Atlas};
use crate::state::controls::Controls;
use crate::panels::highlight::highlight_html;
use crate::i18n::{kind_name, status_name, texts};
use crate::i18n::panels::{basis_name, topic_name, ui};
use crate::panels::links::safe_href;
use exchange_atlas::{Precision, Side};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn Details(
    atlas: Arc<Atlas>,
    ctl: Controls,
    /// The events listed (filters, range and selection applied), in time order: prev/next walk them.
    listed: Signal<Arc<Vec<usize>>>,
) -> impl IntoView {
    let text_ref: NodeRef<leptos::html::Div> = NodeRef::new();
    let step = {
        let atlas = atlas.clone();
        move |delta: i64| {
            let Some(cur) = ctl.event.get_untracked() else { return };
            let list = listed.get_untracked();
            // Walk the list when the event is in it, else every event in time order.
            let next = match list.iter().position(|&i| i == cur) {
                Some(p) => list.get((p as i64 + delta).clamp(0, list.len() as i64 - 1) as usize).copied(),
                None => atlas.by_time.get((atlas.rank(cur) as i64 + delta).clamp(0, atlas.by_time.len() as i64 - 1) as usize).copied(),
            };
            if let Some(n) = next {
                ctl.event.set(Some(n));
            }
        }
    };
    // The evidence into view inside the text box (not the page) whenever the event changes.
    Effect::new(move |_| {
        ctl.event.track();
        let Some(div) = text_ref.get() else { return };
        request_animation_frame(move || {
            let div: &web_sys::HtmlElement = &div;
            if let Ok(Some(mark)) = div.query_selector("mark.evidence") {
                if let Ok(mark) = mark.dyn_into::<web_sys::HtmlElement>() {
                    div.set_scroll_top((mark.offset_top() - div.offset_top() - 24).max(0));
                }
            }
        });
    });
    let on_key = {
        let step = step.clone();
        move |e: web_sys::KeyboardEvent| {
            let in_field = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|t| matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
            if in_field || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            match e.key().as_str() {
                "ArrowLeft" | "ArrowUp" => step(-1),
                "ArrowRight" | "ArrowDown" => step(1),
                "Escape" => {
                    ctl.event.set(None);
                    e.stop_propagation();
                }
                _ => return,
            }
            e.prevent_default();
        }
    };
    let body = {
        let atlas = atlas.clone();
        let step = step.clone();
        move || {
            let i = ctl.event.get()?;
            let l = ctl.lang.get();
            let (t, u) = (texts(l), ui(l));
            let e = atlas.event(i).clone();
            let doc = atlas.document(&e.doc).cloned();
            let regions = |codes: &[String], russian: bool| crate::i18n::side_names(codes, russian, l, |c| atlas.region_name(c, l));
            let normalised = normalised_date(&e.when, t.date_unknown);
            let people = e.people.iter().map(person_text).collect::<Vec<_>>();
            let list = |v: Vec<String>| if v.is_empty() { "—".to_string() } else { v.join("; ") };
            let html = doc.as_ref().map(|d| highlight_html(&d.text, &e.evidence, &d.mentions)).unwrap_or_default();
            let title = doc.as_ref().and_then(|d| d.title.clone()).unwrap_or_else(|| e.doc.clone());
            let source = doc.as_ref().and_then(|d| d.source.clone());
            let link = source_link(source, u.no_source);
            let doc_lang = doc.as_ref().map(|d| d.lang.code()).unwrap_or("en");
            let (prev, next) = (step.clone(), step.clone());
            let rank = listed.with(|v| v.iter().position(|&x| x == i)).map(|p| format!("{} / {}", p + 1, listed.with(|v| v.len())));
            Some(view! {
                <div class="details-head">
                    <h2 id=format!("details-{}", e.id.replace(|c: char| !c.is_ascii_alphanumeric(), "-"))>{u.details}</h2>
                    <span class="rank">{rank}</span>
                    <button type="button" class="prev" on:click=move |_| prev(-1)>{u.prev}</button>
                    <button type="button" class="next" on:click=move |_| next(1)>{u.next}</button>
                    <button type="button" class="close" aria-label=u.close on:click=move |_| ctl.event.set(None)>"×"</button>
                </div>
                <p class="summary">{e.summary.clone()}</p>
                <dl>
                    <dt>{t.col_date}</dt>
                    <dd class="when">
                        <strong>{date_label(&e, l)}</strong>
                        <span>{format!("{}: “{}”", u.as_written, e.when.text.clone().unwrap_or_else(|| u.not_written.to_string()))}</span>
                        <span>{format!("{}: {normalised}", u.normalised)}</span>
                        <span>{format!("{}: {}", u.basis, basis_name(e.when.basis, l))}</span>
                    </dd>
                    <dt>{u.status}</dt><dd class="status">{status_name(e.status, l)}</dd>
                    <dt>{u.kind}</dt><dd class="kind">{kind_name(e.kind, l)}</dd>
                    <dt>{t.col_ru}</dt><dd class="ru">{regions(&e.ru_regions, true)}</dd>
                    <dt>{t.col_cn}</dt><dd class="cn">{regions(&e.cn_regions, false)}</dd>
                    <dt>{u.places}</dt><dd>{list(e.places.iter().map(|p| p.name.clone()).collect())}</dd>
                    <dt>{u.people}</dt><dd>{list(people)}</dd>
                    <dt>{u.orgs}</dt><dd>{list(e.orgs.clone())}</dd>
                    <dt>{u.topics}</dt><dd>{list(e.topics.iter().map(|x| topic_name(x, l)).collect())}</dd>
                </dl>
                <h3>{u.document}": "<span class="doc-title">{title}</span></h3>
                <p class="doc-source">{u.source}": "{link}</p>
                <p class="hint">{u.evidence_help}</p>
                <div class="doc-text" lang=doc_lang tabindex="0" node_ref=text_ref inner_html=html></div>
            })
        }
    };
    view! {
        <aside class="details" class:open=move || ctl.event.get().is_some() aria-label=move || ui(ctl.lang.get()).details data-empty=move || ui(ctl.lang.get()).pick_hint on:keydown=on_key>
            {body}
        </aside>
    }
}

fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Unknown => "unknown",
    }
}

/// The normalised window as `start – end (precision, ≈)`, open ends as "…".
fn normalised_date(w: &exchange_atlas::When, date_unknown: &str) -> String {
    match (&w.start, &w.end) {
        (None, None) => date_unknown.to_string(),
        (s, en) => format!(
            "{} – {} ({}{})",
            s.as_deref().unwrap_or("…"),
            en.as_deref().unwrap_or("…"),
            precision_name(w.precision),
            if w.approximate { ", ≈" } else { "" }
        ),
    }
}

/// A person as `name, role (RU)`: the role and side when known.
fn person_text(p: &exchange_atlas::Person) -> String {
    let side = match p.side {
        Some(Side::Ru) => " (RU)",
        Some(Side::Cn) => " (CN)",
        None => "",
    };
    match &p.role {
        Some(r) => format!("{}, {r}{side}", p.name),
        None => format!("{}{side}", p.name),
    }
}

/// The document's source: a link only if it is http(s) (`safe_href`), else its text.
fn source_link(source: Option<String>, no_source: &'static str) -> AnyView {
    match source {
        Some(s) => match safe_href(&s) {
            Some(href) => view! { <a class="source" href=href.to_string() target="_blank" rel="noopener noreferrer">{s.clone()}</a> }.into_any(),
            None => view! { <span class="source unsafe">{s.clone()}</span> }.into_any(),
        },
        None => view! { <span class="source none">{no_source}</span> }.into_any(),
    }
}
