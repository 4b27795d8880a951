//! Fuzzing the widget's model natively (issue 17): events@1-shaped JSON with arbitrary strings and
//! numbers in every field, and arbitrary text where JSON is expected, through loading, the atlas
//! index, filters and facet counts, date labels, highlighting and the URL-hash codec. The property:
//! nothing panics, what loads holds only what the views can show, and every problem is a message.
//!
//! `FUZZ_CASES` sets the cases per property (default 200: the test command's short run); the long
//! run in BENCHMARKS.md is `FUZZ_CASES=200000 cargo test --release -p exchange-atlas-widget --test fuzz_model`.
#![cfg(not(target_arch = "wasm32"))]

use exchange_atlas::Lang;
use exchange_atlas_widget::model::atlas::{date_label, Atlas};
use exchange_atlas_widget::model::atlas_check::is_day;
use exchange_atlas_widget::state::filters::{all_facet_counts, visible, Facet, Filters, TimeRange};
use exchange_atlas_widget::panels::highlight::highlight_html;
use exchange_atlas_widget::state::url_hash::ViewState;
use proptest::prelude::*;
use serde_json::{json, Value};

fn config() -> ProptestConfig {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(200);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text as data holds it: anything, dates in odd shapes, codes and markup.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,16}",
        "[0-9０-９\\-]{0,11}",
        "(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}",
        Just("２０１９-０６-０１".to_string()),
        Just(String::new()),
        "(RU|CN)-[A-Z]{2,3}",
        "<[a-z]{1,6} [^>]{0,10}>",
    ]
}

/// A value of any JSON type, mostly the one events@1 wants (`want`).
fn value(want: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    prop_oneof![
        150 => want, // mostly well-typed, so that many corpora load and go on to the views
        1 => Just(Value::Null),
        1 => any::<i64>().prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| json!(f)),
        1 => text().prop_map(Value::from),
        1 => Just(json!([])),
        1 => Just(json!({})),
    ]
    .boxed()
}

fn s() -> BoxedStrategy<Value> {
    value(text().prop_map(Value::from).boxed())
}

fn one_of(options: &'static [&'static str]) -> BoxedStrategy<Value> {
    value(prop_oneof![4 => proptest::sample::select(options).prop_map(Value::from), 1 => text().prop_map(Value::from)].boxed())
}

fn offset() -> BoxedStrategy<Value> {
    value(prop_oneof![0usize..80, 0usize..5000].prop_map(Value::from).boxed())
}

fn list(item: BoxedStrategy<Value>, max: usize) -> BoxedStrategy<Value> {
    value(proptest::collection::vec(item, 0..max).prop_map(Value::from).boxed())
}

fn span() -> BoxedStrategy<Value> {
    (offset(), offset()).prop_map(|(start, end)| json!({"start": start, "end": end})).boxed()
}

fn event(docs: Vec<String>) -> BoxedStrategy<Value> {
    let doc = prop_oneof![3 => proptest::sample::select(docs).prop_map(Value::from), 1 => s()];
    let when = (s(), s(), one_of(&["day", "month", "year", "unknown"]), value(any::<bool>().prop_map(Value::from).boxed()), one_of(&["explicit", "relative", "inferred", "none"]), s())
        .prop_map(|(start, end, precision, approximate, basis, text)| json!({"start": start, "end": end, "precision": precision, "approximate": approximate, "basis": basis, "text": text}));
    let place = (s(), one_of(&["RU-AMU", "CN-HL", "RU-XX"]), value(any::<f64>().prop_map(|f| json!(f)).boxed()), value((-90.0..90.0f64).prop_map(|f| json!(f)).boxed()))
        .prop_map(|(name, region, lat, lon)| json!({"name": name, "region": region, "lat": lat, "lon": lon}));
    let person = (s(), s(), one_of(&["ru", "cn"])).prop_map(|(name, role, side)| json!({"name": name, "role": role, "side": side}));
    let codes = |c: &'static [&'static str]| list(one_of(c), 4);
    (
        (s(), doc, when, one_of(&["happened", "planned"]), one_of(&["meeting", "visit", "negotiation", "forum_or_fair", "agreement", "cultural", "other"])),
        (codes(&["RU-AMU", "RU-PRI", "RU-XX", "CN-HL"]), codes(&["CN-HL", "CN-JL", "CN-XX", "RU-AMU"]), list(place.boxed(), 3), list(person.boxed(), 3)),
        (list(s(), 3), codes(&["trade", "culture", "x"]), s(), list(span(), 3)),
    )
        .prop_map(|((id, doc, when, status, kind), (ru, cn, places, people), (orgs, topics, summary, evidence))| {
            json!({"id": id, "doc": doc, "when": when, "status": status, "kind": kind, "ru_regions": ru, "cn_regions": cn,
                "places": places, "people": people, "orgs": orgs, "topics": topics, "summary": summary, "evidence": evidence})
        })
        .boxed()
}

fn document() -> BoxedStrategy<Value> {
    let mention = (offset(), offset(), one_of(&["region", "place", "person", "date", "org"]), s())
        .prop_map(|(start, end, kind, region)| json!({"start": start, "end": end, "kind": kind, "region": region}));
    let warning = (value((0usize..100).prop_map(Value::from).boxed()), s()).prop_map(|(line, message)| json!({"line": line, "message": message}));
    (
        proptest::sample::select(vec!["d1", "d2", "文"]),
        (s(), s(), s(), one_of(&["en", "ru", "zh"]), s()),
        value("\\PC{0,60}".prop_map(Value::from).boxed()),
        list(warning.boxed(), 2),
        list(mention.boxed(), 4),
    )
        .prop_map(|(id, (path, title, source, lang, published), text, warnings, mentions)| {
            json!({"id": id, "path": path, "title": title, "source": source, "lang": lang, "published": published, "text": text, "warnings": warnings, "mentions": mentions})
        })
        .boxed()
}

fn corpus() -> impl Strategy<Value = Value> {
    (one_of(&["events@1"]), proptest::collection::vec(document(), 0..3), proptest::collection::vec(event(vec!["d1".into(), "d2".into(), "文".into()]), 0..8))
        .prop_map(|(schema, documents, events)| json!({"schema": schema, "documents": documents, "events": events}))
}

/// Everything the views do with a loaded atlas, natively.
fn exercise(atlas: &Atlas, query: &str, hash: &str) {
    for i in 0..atlas.corpus.events.len() {
        let e = atlas.event(i);
        for d in [&e.when.start, &e.when.end].into_iter().flatten() {
            assert!(is_day(d), "a loaded event's date is a day: {d:?}");
        }
        for lang in [Lang::En, Lang::Ru, Lang::Zh] {
            let _ = date_label(e, lang);
        }
        let doc = atlas.document(&e.doc).expect("a loaded event's document is loaded");
        let html = highlight_html(&doc.text, &e.evidence, &doc.mentions);
        assert!(!html.contains("<script") && !html.contains("<img"), "text stays text");
        let _ = atlas.search_text(i);
        let _ = atlas.event_index(&e.id);
    }
    let mut f = Filters { text: query.to_string(), ..Filters::default() };
    for facet in Facet::ALL {
        f.set_values(facet, &[query.to_string(), "RU-AMU".into(), "visit".into(), "d1".into()]);
    }
    let range = atlas.extent().map(|(a, b)| TimeRange::new(a, b));
    for (filters, range) in [(Filters::default(), None), (f, range)] {
        let shown = visible(atlas, &filters, range);
        let _ = atlas.tally(&shown);
        let _ = all_facet_counts(atlas, &filters, range);
    }
    let state = ViewState::from_hash(hash);
    assert_eq!(ViewState::from_hash(&state.to_hash()).to_hash(), state.to_hash(), "the hash codec settles");
}

proptest! {
    #![proptest_config(config())]

    /// events@1-shaped JSON with anything in any field: loads (keeping what is valid, naming the
    /// rest) or is refused with a message; never a panic.
    #[test]
    fn any_events_shaped_corpus(c in corpus(), query in text(), hash in "\\PC{0,40}") {
        match Atlas::from_json(&c.to_string()) {
            Ok(atlas) => {
                exercise(&atlas, &query, &hash);
                let given = c["events"].as_array().map_or(0, |a| a.len());
                let left_out = given - atlas.corpus.events.len();
                prop_assert!(left_out == 0 || !atlas.warnings.is_empty(), "what is left out is named");
            }
            Err(message) => prop_assert!(!message.is_empty()),
        }
    }

    /// Arbitrary text where JSON is expected, and JSON cut anywhere.
    #[test]
    fn any_text_as_a_corpus(t in "\\PC{0,200}", c in corpus(), cut in 0usize..4000) {
        let _ = Atlas::from_json(&t);
        let json = c.to_string();
        let mut at = cut.min(json.len());
        while !json.is_char_boundary(at) {
            at -= 1;
        }
        if let Ok(atlas) = Atlas::from_json(&json[..at]) {
            exercise(&atlas, "", "");
        }
    }

    /// The URL hash of any text, and what the codec writes of it reads back the same.
    #[test]
    fn any_hash(h in "\\PC{0,120}", bytes in proptest::collection::vec(any::<u8>(), 0..60)) {
        for hash in [h, String::from_utf8_lossy(&bytes).into_owned(), format!("#from={}&to={}&v={}", "9".repeat(12), "-1", "1e308,NaN,-0")] {
            // Read, written and read again, a state stays what it was written as.
            let once = ViewState::from_hash(&hash).to_hash();
            prop_assert_eq!(ViewState::from_hash(&once).to_hash(), once);
        }
    }
}
