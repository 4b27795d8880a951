//! The timeline's tooltip: the hovered event's date in words, as written and on what it rests.

use crate::i18n::panels::{basis_name, describe_event, ui};
use crate::model::atlas::{date_label, Atlas};
use crate::state::controls::Controls;
use leptos::prelude::*;
use std::sync::Arc;

/// The tooltip of the hovered event `(index, x, y)`, if any.
pub(super) fn tooltip(atlas: Arc<Atlas>, ctl: Controls, hover: RwSignal<Option<(usize, f64, f64)>>) -> impl IntoView {
    move || {
        let (i, x, y) = hover.get()?;
        let l = ctl.lang.get();
        let t = ui(l);
        let e = atlas.event(i);
        let written = e.when.text.clone().unwrap_or_else(|| t.not_written.to_string());
        let basis = basis_name(e.when.basis, l);
        Some(view! {
            <div class="tl-tip" role="tooltip" style=format!("left:{:.0}px;top:{:.0}px", x + 12.0, y + 12.0)>
                <strong>{date_label(e, l)}</strong>
                <span>{format!("{}: “{written}” · {}: {basis}", t.as_written, t.basis)}</span>
                <span>{describe_event(&atlas, i, l)}</span>
            </div>
        })
    }
}
