//! The "date unknown" lane: the undated events among the marks, never placed on the axis, as
//! buttons (the first 40, then "+N").

use crate::i18n::panels::describe_event;
use crate::model::atlas::Atlas;
use crate::state::controls::Controls;
use leptos::prelude::*;
use std::sync::Arc;

/// A button per undated event (the first 40) that opens its details, and how many more there are.
pub(super) fn undated_buttons(atlas: Arc<Atlas>, ctl: Controls, undated: Memo<Vec<usize>>) -> impl IntoView {
    move || {
        let l = ctl.lang.get();
        let list = undated.get();
        let more = list.len().saturating_sub(40);
        let buttons = list
            .iter()
            .take(40)
            .map(|&i| {
                let label = describe_event(&atlas, i, l);
                view! {
                    <button type="button" class="tl-undated" data-event=atlas.event(i).id.clone()
                        class:planned=atlas.event(i).status == exchange_atlas::Status::Planned
                        aria-pressed=move || (ctl.event.get() == Some(i)).to_string()
                        title=label.clone() aria-label=label
                        on:click=move |_| ctl.event.set(Some(i))></button>
                }
            })
            .collect_view();
        view! { {buttons} {(more > 0).then(|| view! { <span class="more">{format!("+{more}")}</span> })} }
    }
}
