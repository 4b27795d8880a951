//! The boundary's types, natively: serde_json stands in for serde_wasm_bindgen (both drive the same
//! `Deserialize` and `Serialize`; the browser's own reading is tested end to end in tests/e2e/).

use super::wire::*;
use crate::model::days;
use crate::state::filters::{Facet, Filters};
use crate::state::selection::Selection;
use exchange_atlas::Kind;
use serde_json::{json, Value};

fn spec(v: Value) -> Result<FilterSpec, String> {
    serde_json::from_value(v).map_err(|e| e.to_string())
}

#[test]
fn filters_read_codes_lists_and_search() {
    let (f, ok) = spec(json!({"kind": ["meeting", "visit"], "ru": "RU-AMU", "status": [], "q": "Harbin", "extra": 1}))
        .unwrap()
        .into_filters();
    assert!(ok);
    assert_eq!(f.kinds, [Kind::Meeting, Kind::Visit]);
    assert_eq!(f.ru, ["RU-AMU"]);
    assert_eq!(f.text, "Harbin");
    assert!(f.statuses.is_empty() && f.cn.is_empty());
    assert_eq!(
        serde_json::to_value(FilterSpec::of(&f)).unwrap(),
        json!({"kind": ["meeting", "visit"], "ru": ["RU-AMU"], "q": "Harbin"})
    );
    assert_eq!(spec(json!({})).unwrap().into_filters(), (Filters::default(), true));
    let nulls = json!({"kind": null, "status": null, "topic": null, "ru": null, "cn": null, "doc": null, "q": null});
    assert_eq!(spec(nulls).unwrap().into_filters(), (Filters::default(), true));
    let (f, ok) = spec(json!({"kind": ["picnic", " visit "], "doc": ["", " "]})).unwrap().into_filters();
    assert!(!ok, "an unknown kind is reported");
    assert_eq!(f.kinds, [Kind::Visit], "and the known ones kept, trimmed");
    assert!(f.docs.is_empty(), "blank codes are no constraint");
}

#[test]
fn a_value_of_the_wrong_type_is_an_error_saying_what_the_key_takes() {
    for bad in [json!({"kind": 5}), json!({"kind": [5, "visit"]}), json!({"ru": {}}), json!({"doc": true})] {
        let e = spec(bad.clone()).unwrap_err();
        assert!(e.contains("a code or a list of codes") || e.contains("a string"), "{bad}: {e}");
    }
    assert!(spec(json!({"q": 5})).unwrap_err().contains("a string"));
    assert!(spec(json!("x")).is_err() && spec(json!([1])).is_err());
}

#[test]
fn the_wire_keys_are_the_facet_keys() {
    let mut f = Filters::default();
    for facet in Facet::ALL {
        let code = match facet {
            Facet::Kind => "visit",
            Facet::Status => "planned",
            _ => "x",
        };
        assert!(f.set_values(facet, &[code.to_string()]).is_empty());
    }
    f.text = "q".into();
    let v = serde_json::to_value(FilterSpec::of(&f)).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want: Vec<&str> = Facet::ALL.iter().map(|f| f.key()).chain(["q"]).collect();
    let mut keys = keys;
    keys.sort();
    want.sort();
    assert_eq!(keys, want);
    assert_eq!(spec(v).unwrap().into_filters(), (f, true), "what the filter event gives, setFilter takes");
}

#[test]
fn ranges_have_open_ends_and_reject_bad_dates() {
    assert_eq!(range_from(None, None), Ok(None));
    assert_eq!(range_from(Some(""), Some(" ")), Ok(None));
    let r = range_from(Some("2018-12-31"), Some("2018-01-01")).unwrap().unwrap();
    assert_eq!((days::format(r.start), days::format(r.end)), ("2018-01-01".into(), "2018-12-31".into()));
    let open = range_from(Some("2019-05-01"), None).unwrap().unwrap();
    assert_eq!(days::format(open.start), "2019-05-01");
    assert!(open.end > days::parse("2999-01-01").unwrap());
    assert_eq!(range_from(Some("2019-02-30"), None), Err(()));
    assert_eq!(range_from(Some("soon"), Some("2019-01-01")), Err(()));
    assert_eq!(serde_json::to_value(RangeDetail::of(r)).unwrap(), json!({"start": "2018-01-01", "end": "2018-12-31"}));
}

#[test]
fn details_and_stats_have_the_documented_shapes() {
    let atlas = crate::embedded_atlas();
    let none = SelectDetail::of(&atlas, None, Selection::None);
    assert_eq!(serde_json::to_value(&none).unwrap(), json!({"event": null, "region": null, "pair": null}));
    let r = atlas.region_id("RU-AMU").unwrap();
    let d = SelectDetail::of(&atlas, Some(0), Selection::Region(r));
    assert_eq!(d.region.as_deref(), Some("RU-AMU"));
    assert_eq!(d.event.as_deref(), Some(atlas.event(0).id.as_str()));
    let p = atlas.pair_index("RU-KYA", "CN-NM").unwrap();
    assert_eq!(SelectDetail::of(&atlas, None, Selection::Pair(p)).pair.as_deref(), Some("RU-KYA|CN-NM"));
    let filter = FilterDetail { filters: FilterSpec::default(), range: None };
    assert_eq!(serde_json::to_value(&filter).unwrap(), json!({"filters": {}, "range": null}));
    let render = RenderDetail { represented: 3, events: 4, frames: 5 };
    assert_eq!(serde_json::to_value(&render).unwrap(), json!({"represented": 3, "events": 4, "frames": 5}));
    assert_eq!(serde_json::to_value(ErrorDetail { message: "m" }).unwrap(), json!({"message": "m"}));
    let stats = Stats {
        events: 1,
        represented: 2,
        map_counted: 3,
        frames: 4,
        timeline_start: Some("2019-01-01".into()),
        timeline_end: None,
        timeline_drawn: 1,
        timeline_binned: 1,
        timeline_outside: 0,
        timeline_undated: 0,
    };
    assert_eq!(
        serde_json::to_value(&stats).unwrap(),
        json!({"events": 1, "represented": 2, "mapCounted": 3, "frames": 4, "timelineStart": "2019-01-01", "timelineEnd": null,
               "timelineDrawn": 1, "timelineBinned": 1, "timelineOutside": 0, "timelineUndated": 0})
    );
}
