//! In-browser tests of the timeline: its scale and lane packing under wasm32, the painted canvas,
//! the unknown lane's groups, and keyboard access.
#![cfg(target_arch = "wasm32")]

use exchange_atlas::{Basis, Lang, Precision, When};
use exchange_atlas_widget::model::atlas::Atlas;
use exchange_atlas_widget::state::controls::Controls;
use exchange_atlas_widget::timeline::lanes::{pack, Item};
use exchange_atlas_widget::timeline::scale::TimeScale;
use exchange_atlas_widget::{app::App, embedded_atlas, model::days};
use leptos::{mount::mount_to, prelude::*, task::tick};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("section").unwrap();
    el.set_attribute("style", "width: 1000px").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

/// Waits for the next animation frame (the timeline paints in one).
async fn frame() {
    let p = js_sys::Promise::new(&mut |ok, _| {
        window().request_animation_frame(&ok).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
    tick().await;
}

#[wasm_bindgen_test]
fn scale_and_packing_hold_under_wasm32() {
    let (a, b) = (days::parse("2017-12-15").unwrap(), days::parse("2019-06-30").unwrap());
    let s = TimeScale::fit(a, b, 800.0);
    assert!(s.x(a.t()) > 0.0 && s.x(b.t()) < 800.0);
    let ticks = s.ticks(800.0, Lang::En);
    assert!(ticks.iter().any(|t| t.label == "2018" || t.label.ends_with("2018")), "{ticks:?}");
    let z = s.zoom_at(400.0, 8.0);
    assert!((z.day(400.0) - s.day(400.0)).abs() < 1e-6);
    let items: Vec<Item> = (0..500).map(|i| Item { event: i, x0: i as f64, x1: i as f64 + 30.0, anchor: i as f64, open: i % 3 == 0 }).collect();
    let p = pack(&items, 7, 2.0, 28.0);
    let placed = p.lanes.iter().flatten().count();
    let binned: u32 = p.bins.iter().map(|b| b.count).sum();
    assert_eq!(placed + binned as usize, 500);
    assert_eq!(p.used, 7);
}

#[wasm_bindgen_test]
async fn the_timeline_paints_every_event_and_undated_ones_sit_in_their_lane() {
    let mut atlas = embedded_atlas();
    let undated_id = atlas.corpus.events[0].id.clone();
    atlas.corpus.events[0].when = When { start: None, end: None, precision: Precision::Unknown, approximate: false, basis: Basis::None, text: None };
    let atlas = Arc::new(Atlas::new(atlas.corpus));
    let n = atlas.corpus.events.len() as u32;
    let ctl = Controls::new(Lang::En);
    let el = host();
    let a = atlas.clone();
    let _h = mount_to(el.clone(), move || view! { <App atlas=a ctl=ctl/> });
    frame().await;
    frame().await;
    let canvas = el.query_selector(".timeline canvas").unwrap().unwrap();
    assert!(canvas.get_attribute("data-view").is_some(), "the canvas was painted");
    assert_eq!(ctl.painted.get_untracked().timeline, n, "every event drawn, binned, outside or in the unknown lane");
    let c = ctl.painted.get_untracked().tl;
    assert_eq!((c.drawn + c.binned + c.outside + c.undated, c.undated), (n, 1), "{c:?}");
    assert!(c.start.is_some() && c.start < c.end);
    let lane = el.query_selector(".unknown-lane").unwrap().unwrap();
    assert!(lane.text_content().unwrap().contains("Date unknown (1)"));
    // The undated event is in its kind's group, listed once the group is opened.
    let kind = atlas.event(atlas.event_index(&undated_id).unwrap()).kind.code();
    let group: web_sys::HtmlElement = lane.query_selector(&format!("button.tl-group[data-kind=\"{kind}\"]")).unwrap().expect("a group of its kind").unchecked_into();
    assert_eq!(group.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(group.get_attribute("aria-label").unwrap().contains("1 event without a date"));
    group.click();
    tick().await;
    assert_eq!(group.get_attribute("aria-expanded").as_deref(), Some("true"));
    let dot: web_sys::HtmlElement = lane.query_selector(&format!("button[data-event=\"{undated_id}\"]")).unwrap().expect("the undated event is in the unknown lane").unchecked_into();
    dot.click();
    tick().await;
    assert_eq!(ctl.event.get_untracked(), atlas.event_index(&undated_id));
    assert!(el.query_selector(".details.open").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn arrows_step_through_events_in_time_order_and_enter_opens() {
    let atlas = Arc::new(embedded_atlas());
    let ctl = Controls::new(Lang::En);
    let el = host();
    let a = atlas.clone();
    let _h = mount_to(el.clone(), move || view! { <App atlas=a ctl=ctl/> });
    frame().await;
    let plot: web_sys::HtmlElement = el.query_selector(".tl-plot").unwrap().unwrap().unchecked_into();
    assert_eq!(plot.get_attribute("tabindex").as_deref(), Some("0"));
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        plot.dispatch_event(&e).unwrap();
    };
    key("ArrowRight");
    key("ArrowRight");
    key("ArrowRight");
    key("ArrowLeft");
    tick().await;
    key("Enter");
    tick().await;
    assert_eq!(ctl.event.get_untracked(), Some(atlas.by_time[1]), "the second event in time order");
    let said = el.query_selector(".tl-now").unwrap().unwrap().text_content().unwrap();
    assert!(!said.is_empty(), "the step is announced");
}
