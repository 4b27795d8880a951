//! What crosses the JS boundary as JSON values: objects built field by field and turned into JS
//! values directly, the details of the `exchange-atlas:select` event, filters both ways, and a
//! time range from its ISO ends.

use crate::model::atlas::Atlas;
use crate::model::days;
use crate::state::filters::{Facet, Filters, TimeRange};
use crate::state::selection::Selection;
use serde_json::{Map, Value};
use wasm_bindgen::JsValue;

/// A JSON object from its fields. Inserted one by one: `json!`, `to_string` and collecting into
/// the map would each link more code into the Wasm (serde's serializer; a stable sort).
pub(super) fn obj<const N: usize>(fields: [(&str, Value); N]) -> Value {
    let mut m = Map::new();
    for (k, v) in fields {
        m.insert(k.to_string(), v);
    }
    Value::Object(m)
}

/// The JS value of a JSON value, built directly (no string in between).
pub(super) fn to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(a) => a.iter().map(to_js).collect::<js_sys::Array>().into(),
        Value::Object(m) => {
            let o = js_sys::Object::new();
            for (k, v) in m {
                let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), &to_js(v));
            }
            o.into()
        }
    }
}

/// `{event, region, pair}` of the `exchange-atlas:select` event, by ids and codes.
pub(super) fn select_detail(atlas: &Atlas, event: Option<usize>, sel: Selection) -> Value {
    let code = |i: usize| atlas.region_at(i).map(|r| r.code.clone());
    let (region, pair) = match sel {
        Selection::None => (None, None),
        Selection::Region(r) => (code(r), None),
        Selection::National => (Some(crate::state::selection::NATIONAL_ID.to_string()), None),
        Selection::Pair(p) => {
            let pr = atlas.pairs()[p];
            let both = code(pr.ru).zip(code(pr.cn)).map(|(a, b)| crate::state::selection::pair_code(&a, &b));
            (None, both)
        }
    };
    obj([("event", event.map(|i| atlas.event(i).id.clone()).into()), ("region", region.into()), ("pair", pair.into())])
}

/// Filters from `{kind, status, topic, ru, cn, doc, q}` (each facet a code or a list of codes).
/// Anything else (null, a number) is no constraint. The flag is false if a value named nothing.
pub(super) fn filters_from_json(v: &Value) -> (Filters, bool) {
    let mut f = Filters::default();
    let mut ok = true;
    for facet in Facet::ALL {
        let codes: Vec<String> = match v.get(facet.key()) {
            Some(Value::String(s)) => vec![s.trim().to_string()],
            Some(Value::Array(a)) => {
                // A code is a string: `{kind: [5]}` names nothing.
                ok &= a.iter().all(Value::is_string);
                a.iter().filter_map(|x| x.as_str().map(|s| s.trim().to_string())).collect()
            }
            None | Some(Value::Null) => Vec::new(),
            Some(_) => {
                ok = false; // `{kind: 5}`: no code, so no constraint, and said so
                Vec::new()
            }
        };
        let codes: Vec<String> = codes.into_iter().filter(|c| !c.is_empty()).collect();
        ok &= f.set_values(facet, &codes).is_empty();
    }
    match v.get("q") {
        Some(Value::String(q)) => f.text = q.to_string(),
        None | Some(Value::Null) => {}
        Some(_) => ok = false,
    }
    (f, ok)
}

/// The inverse of [`filters_from_json`]: only the facets in use, as lists; `q` if searching.
pub(super) fn filters_to_json(f: &Filters) -> Value {
    let mut m = Map::new();
    for facet in Facet::ALL {
        let v = f.values(facet);
        if !v.is_empty() {
            m.insert(facet.key().into(), v.into());
        }
    }
    if !f.text.trim().is_empty() {
        m.insert("q".into(), f.text.clone().into());
    }
    Value::Object(m)
}

/// A range from optional `YYYY-MM-DD` ends; a missing end is open (the calendar's far ends).
pub(super) fn range_from(start: Option<&str>, end: Option<&str>) -> Result<Option<TimeRange>, ()> {
    let day = |s: Option<&str>, open: i32| match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None::<i32>.unwrap_or(open)),
        Some(s) => days::parse(s).ok_or(()),
    };
    let blank = |s: Option<&str>| s.is_none_or(|s| s.trim().is_empty());
    if blank(start) && blank(end) {
        return Ok(None);
    }
    let a = day(start, days::from_civil(1, 1, 1))?;
    let b = day(end, days::from_civil(9999, 12, 31))?;
    Ok(Some(TimeRange::new(a, b)))
}
