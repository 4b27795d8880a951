//! In-browser tests of the rendered DOM (wasm-bindgen-test in headless Chromium).
#![cfg(target_arch = "wasm32")]

use exchange_atlas::Lang;
use exchange_atlas_widget::{app::App, embedded_atlas, state::controls::Controls};
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
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
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
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
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

fn region_codes(el: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-region").unwrap_or_default())
        .collect()
}

fn table_rows(el: &web_sys::HtmlElement) -> Vec<String> {
    let rows = el.query_selector_all("table.events tbody tr").unwrap();
    (0..rows.length()).map(|i| rows.item(i).unwrap().text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn map_draws_every_russian_and_chinese_region_and_the_disputed_ones_apart() {
    let atlas = Arc::new(embedded_atlas());
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
    tick().await;
    let svg = el.query_selector("svg.map").unwrap().expect("the map is drawn");
    assert_eq!(svg.get_attribute("data-regions").as_deref(), Some("117"));
    let codes = region_codes(&el, "svg.map path[data-region]");
    let ru_cn = codes.iter().filter(|c| c.starts_with("RU-") || c.starts_with("CN-")).count();
    assert_eq!(ru_cn, 117, "83 Russian and 34 Chinese region paths");
    let mut disputed = region_codes(&el, "svg.map path.region.disputed");
    disputed.sort();
    assert_eq!(disputed, ["CN-TW", "UA-40", "UA-43"]);
    assert_eq!(el.query_selector_all("svg.map path.context").unwrap().length(), 5, "the neighbours");
    assert!(
        el.query_selector("svg.map .arc-lines path.line[data-pairs~=\"RU-KYA|CN-NM\"]").unwrap().is_some(),
        "an arc joins Krasnoyarsk Krai and Inner Mongolia"
    );
    let amur = el.query_selector("svg.map path[data-region=\"RU-AMU\"]").unwrap().unwrap();
    assert_eq!(amur.get_attribute("tabindex").as_deref(), Some("0"), "regions with events are reachable by Tab");
    assert!(amur.get_attribute("aria-label").unwrap().starts_with("Amur Oblast: "));
}

#[wasm_bindgen_test]
async fn clicking_amur_lists_only_its_events_and_escape_clears() {
    let atlas = Arc::new(embedded_atlas());
    let amur_events = atlas.corpus.events.iter().filter(|e| e.ru_regions.iter().any(|r| r == "RU-AMU")).count();
    let n = atlas.corpus.events.len();
    assert!(amur_events > 0 && amur_events < n);
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
    tick().await;
    assert_eq!(table_rows(&el).len(), n);

    let amur = el.query_selector("svg.map path[data-region=\"RU-AMU\"]").unwrap().unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let click = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    amur.dispatch_event(&click).unwrap();
    tick().await;
    let rows = table_rows(&el);
    assert_eq!(rows.len(), amur_events, "only Amur's events");
    assert!(rows.iter().all(|r| r.contains("Amur Oblast")));
    let ring = el.query_selector("svg.map path.sel-ring").unwrap().unwrap();
    assert_eq!(ring.get_attribute("d"), amur.get_attribute("d"), "the selected region is outlined");

    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    amur.dispatch_event(&esc).unwrap();
    tick().await;
    assert_eq!(table_rows(&el).len(), n, "Esc shows every event again");
    assert_eq!(ring.get_attribute("d").as_deref(), Some(""));
}

/// Events that name Russia or China without a region ("Russian producers visited China") have
/// no region to fill: the map's country-level key counts them, selects them (the list shows only
/// them) and outlines the regions named on their other side; a second press shows all again.
#[wasm_bindgen_test]
async fn country_level_key_selects_events_without_a_region() {
    use exchange_atlas_widget::model::atlas::Atlas;
    let mut corpus = embedded_atlas().corpus.clone();
    let n = corpus.events.len();
    let mut national = corpus.events[0].clone();
    national.id = "t#national-1".into();
    national.ru_regions.clear();
    national.cn_regions.clear();
    let mut one_side = corpus.events[1].clone();
    one_side.id = "t#national-2".into();
    one_side.ru_regions.clear();
    one_side.cn_regions = vec!["CN-LN".into()];
    corpus.events.push(national);
    corpus.events.push(one_side);
    let atlas = Arc::new(Atlas::new(corpus));
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
    tick().await;
    assert_eq!(table_rows(&el).len(), n + 2);
    let key: web_sys::HtmlElement = el.query_selector(".legend button.national").unwrap().expect("the key is shown").unchecked_into();
    assert!(key.text_content().unwrap().contains("country level: 2"), "{:?}", key.text_content());
    assert_eq!(key.get_attribute("aria-pressed").as_deref(), Some("false"));
    key.click();
    tick().await;
    assert_eq!(table_rows(&el).len(), 2, "only the country-level events");
    assert_eq!(key.get_attribute("aria-pressed").as_deref(), Some("true"));
    let ring = el.query_selector("svg.map path.sel-ring").unwrap().unwrap();
    let liaoning = el.query_selector("svg.map path[data-region=\"CN-LN\"]").unwrap().unwrap();
    assert_eq!(ring.get_attribute("d"), liaoning.get_attribute("d"), "the region on the other side is outlined");
    key.click();
    tick().await;
    assert_eq!(table_rows(&el).len(), n + 2);
}

#[wasm_bindgen_test]
async fn seeds_show_no_country_level_key() {
    let atlas = Arc::new(embedded_atlas());
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
    tick().await;
    assert!(el.query_selector(".legend button.national").unwrap().is_none(), "every seed event names a region on each side");
}

#[wasm_bindgen_test]
async fn zoom_button_changes_only_the_zoom_transform() {
    let atlas = Arc::new(embedded_atlas());
    let el = host();
    let _h = mount_to(el.clone(), move || view! { <App atlas=atlas ctl=Controls::new(Lang::En)/> });
    tick().await;
    let zoom = el.query_selector("svg.map g.zoom").unwrap().unwrap();
    let first = el.query_selector("svg.map path[data-region]").unwrap().unwrap();
    let before = zoom.get_attribute("transform").unwrap();
    let plus: web_sys::HtmlElement = el.query_selector(".zoom-buttons .zoom-in").unwrap().unwrap().unchecked_into();
    plus.click();
    tick().await;
    assert_ne!(zoom.get_attribute("transform").unwrap(), before);
    let again = el.query_selector("svg.map path[data-region]").unwrap().unwrap();
    assert!(first.is_same_node(Some(&again)), "the region paths are not rebuilt");
}

/// Issue 9 will bring ~10,000 events: the map's cost must stay in the model's one pass over the
/// events, never per element per event. Mounts the map alone (the table is not built for that yet)
/// over 10,000 synthetic events spread over every region pair, and times mount, a selection and
/// a recount.
#[wasm_bindgen_test]
async fn map_handles_ten_thousand_events() {
    use exchange_atlas_widget::model::atlas::Atlas;
    use exchange_atlas_widget::map::component::Map;
    use exchange_atlas_widget::state::selection::Selection;
    let seed = embedded_atlas();
    let table = exchange_atlas::gazetteer::region_table();
    let ru: Vec<&str> = table.iter().filter(|r| r.code.starts_with("RU-")).map(|r| r.code.as_str()).collect();
    let cn: Vec<&str> = table.iter().filter(|r| r.code.starts_with("CN-") && r.code != "CN-TW").map(|r| r.code.as_str()).collect();
    let mut corpus = seed.corpus.clone();
    let base = corpus.events.clone();
    corpus.events = (0..10_000)
        .map(|i| {
            let mut e = base[i % base.len()].clone();
            e.id = format!("{}#s{i}", e.doc);
            // Skewed like real data: a few regions get most events.
            e.ru_regions = vec![ru[(i * i) % 7 + (i % 3) * 11 % ru.len()].to_string()];
            e.cn_regions = vec![cn[(i / 7) % 5 + (i % 4) * 6 % cn.len()].to_string()];
            e
        })
        .collect();
    let perf = window().performance().unwrap();
    let t0 = perf.now();
    let atlas = Arc::new(Atlas::new(corpus));
    let t1 = perf.now();
    let pairs = atlas.pairs().len();
    let visible: Signal<Arc<Vec<usize>>> = Signal::stored(Arc::new((0..10_000).collect()));
    let selection = RwSignal::new(Selection::None);
    let el = host();
    let a = atlas.clone();
    let _h = mount_to(el.clone(), move || view! { <Map atlas=a lang=Signal::stored(exchange_atlas::Lang::En) selection=selection visible=visible/> });
    tick().await;
    let t2 = perf.now();
    // One arc per pair, drawn in batches of one look each: a handful of line paths for all pairs.
    let lines = el.query_selector_all("svg.map .arc-lines path.line").unwrap();
    assert!((1..=24).contains(&lines.length()), "{} line paths for {pairs} pairs", lines.length());
    let named: usize = (0..lines.length())
        .map(|i| lines.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("data-pairs").unwrap().split(' ').count())
        .sum();
    assert_eq!(named, pairs, "one arc per pair, however many events");
    assert_eq!(el.query_selector_all("svg.map path[data-region]").unwrap().length(), 119);
    selection.set(Selection::Region(atlas.pairs()[0].ru));
    tick().await;
    let t3 = perf.now();
    // The region's arcs stand out, the others are dimmed.
    assert!(el.query_selector("svg.map .arc-lines path.related.line").unwrap().is_some());
    assert!(el.query_selector("svg.map .arc-lines path.dim.line").unwrap().is_some());
    let half: Vec<usize> = (0..10_000).step_by(2).collect();
    let t4 = perf.now();
    let tally = atlas.tally(&half);
    let t5 = perf.now();
    assert_eq!(tally.events, 5_000);
    web_sys::console::log_1(
        &format!(
            "10,000 events, {pairs} pairs: model {:.1} ms, map mount {:.1} ms, selection {:.1} ms, tally of 5,000 {:.2} ms",
            t1 - t0,
            t2 - t1,
            t3 - t2,
            t5 - t4
        )
        .into(),
    );
    assert!(t2 - t1 < 3000.0 && t3 - t2 < 500.0, "mount {} ms, selection {} ms", t2 - t1, t3 - t2);
}
