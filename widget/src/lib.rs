//! The exchange-atlas widget: a Leptos (client-side rendered) view over the events@1 model.
//!
//! The seeds' events are extracted at build time (`build.rs`) and embedded; [`mount_embedded`]
//! mounts the atlas of them into an element; [`embed::mount`] is the embedding API (any corpus,
//! options, a handle to drive and destroy the instance).

pub mod app;
pub mod embed;
mod html;
pub mod i18n;
pub mod map;
pub mod model;
pub mod panels;
mod resize;
pub mod state;
pub mod timeline;

use model::atlas::Atlas;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

pub use embed::{mount, AtlasHandle};
pub use panels::links::safe_href;

/// The events@1 JSON of `seeds/`, made by `build.rs` with the core extractor.
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/seeds.events.json"));

/// The embedded corpus as a model. In the browser its JSON is parsed by the browser and read with
/// serde-wasm-bindgen (the Wasm carries no JSON parser); natively by serde_json.
pub fn embedded_atlas() -> Atlas {
    #[cfg(target_arch = "wasm32")]
    let atlas = embed::data::embedded_atlas(EMBEDDED_JSON);
    #[cfg(not(target_arch = "wasm32"))]
    let atlas = Atlas::from_json(EMBEDDED_JSON);
    atlas.expect("build.rs embeds a valid events@1 corpus")
}

/// Mounts the atlas of the embedded events into `element`.
#[wasm_bindgen(js_name = mountEmbedded)]
pub fn mount_embedded(element: web_sys::HtmlElement) {
    console_error_panic_hook::set_once();
    let atlas = Arc::new(embedded_atlas());
    leptos::mount::mount_to(element, move || {
        let ctl = state::controls::Controls::new(exchange_atlas::Lang::En);
        view! { <app::App atlas=atlas ctl=ctl hash=true/> }
    })
    .forget();
}
