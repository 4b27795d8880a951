//! In-browser tests of the rendered DOM (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use exchange_atlas_widget::{app::App, embedded_atlas};
use leptos::{mount::mount_to, prelude::*, task::tick};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("section").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

#[wasm_bindgen_test]
async fn table_lists_every_embedded_event_in_time_order() {
    let atlas = Arc::new(embedded_atlas());
    let n = atlas.corpus.events.len();
    assert!(n >= 9, "the seeds yield their events");
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas/> });
    let rows = el.query_selector_all("table.events tbody tr").unwrap();
    assert_eq!(rows.length() as usize, n);
    let first: web_sys::Element = rows.item(0).unwrap().unchecked_into();
    assert!(first.text_content().unwrap().contains("15 Dec 2017"), "earliest dated event first");
    let last: web_sys::Element = rows.item(rows.length() - 1).unwrap().unchecked_into();
    assert!(!last.text_content().unwrap().contains("2017-"), "dates are shown as words");
}

#[wasm_bindgen_test]
async fn language_switch_renames_regions() {
    let atlas = Arc::new(embedded_atlas());
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas/> });
    let ru_button: web_sys::HtmlElement = el.query_selector(".langs button:nth-child(2)").unwrap().unwrap().unchecked_into();
    ru_button.click();
    tick().await;
    let text = el.text_content().unwrap();
    assert!(text.contains("Амурская область"), "Russian region names after switching to RU");
    assert!(text.contains("Ляонин"));
    let zh_button: web_sys::HtmlElement = el.query_selector(".langs button:nth-child(3)").unwrap().unwrap().unchecked_into();
    zh_button.click();
    tick().await;
    assert!(el.text_content().unwrap().contains("辽宁省"));
}
