//! The "date unknown" lane: the undated events among the marks, never placed on the axis, counted
//! by kind as buttons; a button opens its group's list (the first 40 events, each opening its
//! details, then how many more), one group open at a time.

use crate::i18n::kind_name;
use crate::i18n::panels::{describe_event, ui};
use crate::model::atlas::Atlas;
use crate::state::controls::Controls;
use exchange_atlas::Kind;
use leptos::prelude::*;
use std::sync::Arc;

/// How many events an open group lists.
pub const LISTED: usize = 40;

/// The undated events by kind: the kinds that have any, most events first (ties in the kinds'
/// order), each with its events in the order given.
pub fn groups(atlas: &Atlas, undated: &[usize]) -> Vec<(Kind, Vec<usize>)> {
    let mut out: Vec<(Kind, Vec<usize>)> = Kind::ALL.iter().map(|&k| (k, Vec::new())).collect();
    for &i in undated {
        if let Some(g) = out.iter_mut().find(|g| g.0 == atlas.event(i).kind) {
            g.1.push(i);
        }
    }
    out.retain(|g| !g.1.is_empty());
    out.sort_by_key(|g| std::cmp::Reverse(g.1.len()));
    out
}

/// A button per kind with its count; the open group's list below.
pub(super) fn undated_groups(atlas: Arc<Atlas>, ctl: Controls, undated: Memo<Vec<usize>>) -> impl IntoView {
    let open: RwSignal<Option<Kind>> = RwSignal::new(None);
    let grouped = {
        let atlas = atlas.clone();
        Memo::new(move |_| undated.with(|u| groups(&atlas, u)))
    };
    let buttons = move || {
        let l = ctl.lang.get();
        grouped
            .get()
            .into_iter()
            .map(|(k, list)| {
                let n = list.len();
                let label = format!("{}: {} {}", kind_name(k, l), crate::i18n::events_n(n as u32, l), ui(l).without_date);
                view! {
                    <button type="button" class="tl-group" data-kind=k.code() aria-label=label
                        aria-expanded=move || (open.get() == Some(k)).to_string()
                        on:click=move |_| open.update(|o| *o = if *o == Some(k) { None } else { Some(k) })>
                        {kind_name(k, l)}<span class="n">{n}</span>
                    </button>
                }
            })
            .collect_view()
    };
    let list = move || {
        let k = open.get()?;
        let l = ctl.lang.get();
        let events = grouped.with(|g| g.iter().find(|g| g.0 == k).map(|g| g.1.clone()))?;
        let more = events.len().saturating_sub(LISTED);
        let items = events
            .iter()
            .take(LISTED)
            .map(|&i| {
                let e = atlas.event(i);
                let label = describe_event(&atlas, i, l);
                let names = |codes: &[String], ru: bool| crate::i18n::side_names(codes, ru, l, |c| atlas.region_name(c, l));
                let short = format!("{} – {}", names(&e.ru_regions, true), names(&e.cn_regions, false));
                view! {
                    <li><button type="button" class="tl-undated" data-event=e.id.clone()
                        class:planned=e.status == exchange_atlas::Status::Planned
                        aria-pressed=move || (ctl.event.get() == Some(i)).to_string()
                        title=label.clone() aria-label=label
                        on:click=move |_| ctl.event.set(Some(i))>{short}</button></li>
                }
            })
            .collect_view();
        Some(view! {
            <ul class="tl-undated-list" data-kind=k.code() aria-label=kind_name(k, l)>
                {items}
                {(more > 0).then(|| view! { <li class="more">{format!("+{more} {}", ui(l).more_undated)}</li> })}
            </ul>
        })
    };
    view! { {buttons} {list} }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_hold_every_undated_event_once_by_kind_largest_first() {
        let atlas = Atlas::new(crate::model::test_corpus::generated(500, 3));
        let undated: Vec<usize> = atlas.by_time.iter().copied().filter(|&i| atlas.span(i).is_none()).collect();
        assert!(undated.len() > 20);
        let g = groups(&atlas, &undated);
        assert_eq!(g.iter().map(|g| g.1.len()).sum::<usize>(), undated.len());
        assert!(g.windows(2).all(|w| w[0].1.len() >= w[1].1.len()));
        for (k, list) in &g {
            assert!(list.iter().all(|&i| atlas.event(i).kind == *k));
            // In the order given (time order, then id).
            assert!(list.windows(2).all(|w| atlas.rank(w[0]) < atlas.rank(w[1])));
        }
        assert!(groups(&atlas, &[]).is_empty());
    }
}
