//! The map's tooltip: what the pointer or the keyboard is on (a region, an arc, a place), named in
//! the three languages with its count, beside the pointer and kept inside the map.

use super::view::Hover;
use crate::model::atlas::{Atlas, Tally};
use crate::model::region_id::RegionId;
use crate::map::geometry::{geometry, push_fixed, MapSide};
use crate::i18n::{events_n, texts};
use exchange_atlas::Lang;
use leptos::prelude::*;
use std::sync::Arc;

/// The tooltip element. `xy` is where to show it and `size` the map's size, in the map's CSS px
/// (near the right edge the tooltip goes left of the point). A plain function, not a component:
/// it has no props to build.
pub(super) fn map_tooltip(
    atlas: Arc<Atlas>,
    lang: Signal<Lang>,
    hover: RwSignal<Option<Hover>>,
    tally: Memo<Arc<Tally>>,
    xy: RwSignal<(f64, f64)>,
    size: RwSignal<(f64, f64)>,
) -> impl IntoView {
    let g = geometry();
    let tip = move || {
        let l = lang.get();
        let t = texts(l);
        let (title, lines, count): (String, Vec<String>, String) = match hover.get()? {
            Hover::Region(mi) => {
                let r = &g.regions[mi];
                let (title, lines) = match atlas.region(&r.id) {
                    Some(x) => (x.name_en.clone(), vec![x.name_ru.clone(), x.name_zh.clone()]),
                    None => (r.id.clone(), vec![]),
                };
                let count = if r.side == MapSide::Disputed {
                    t.not_counted.to_string()
                } else {
                    events_n(r.table.map(|x| tally.with(|ta| ta.region(x))).unwrap_or(0), l)
                };
                (title, lines, count)
            }
            Hover::Pair(p) => {
                let pair = atlas.pairs()[p];
                let pt = tally.with(|ta| ta.pair(p));
                let name = |r: RegionId| r.region().name(l);
                let mut count = events_n(pt.total, l);
                if pt.planned > 0 {
                    count.push_str(&format!(" ({} {})", pt.planned, t.planned));
                }
                (format!("{} — {}", name(pair.ru), name(pair.cn)), vec![], count)
            }
            Hover::Place(i) => {
                let p = &atlas.places()[i];
                let n = tally.with(|ta| ta.places.get(i).copied().unwrap_or(0));
                (p.name.clone(), vec![atlas.region_name(&p.region, l)], format!("{} · {}", t.legend_place, events_n(n, l)))
            }
        };
        Some(view! {
            <strong>{title}</strong>
            {lines.into_iter().map(|x| view! { <span class="alt">{x}</span> }).collect_view()}
            <span class="n">{count}</span>
        })
    };
    let style = move || {
        let (x, y) = xy.get();
        let mut s = String::from("left:");
        push_fixed(&mut s, x, 0);
        s.push_str("px;top:");
        push_fixed(&mut s, y, 0);
        s.push_str(if x > size.get().0 - 240.0 { "px;transform:translate(calc(-100% - 14px),12px)" } else { "px;transform:translate(14px,12px)" });
        s
    };
    view! { <div class="tooltip" role="tooltip" class:shown=move || hover.get().is_some() style=style>{tip}</div> }
}
