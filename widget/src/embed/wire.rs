//! What crosses the JS boundary, as types: the filters both ways ([`FilterSpec`], what
//! `setFilter` takes and the `exchange-atlas:filter` event gives), the handle's `stats()`, every
//! `exchange-atlas:*` event's `detail`, and a time range from its ISO ends. Read with
//! `serde_wasm_bindgen::from_value` and sent with [`send`] (the JSON-compatible serializer: hosts
//! get plain objects, arrays and `null`s); no converter is written by hand.

use crate::model::atlas::Atlas;
use crate::model::days::{self, DayNumber};
use crate::state::filters::{Facet, Filters, TimeRange};
use crate::state::selection::Selection;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// A value as a plain JS value (objects, arrays, `null` for `None`).
pub(super) fn send<T: Serialize>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// A JS value read as `T`, or a message naming the field at fault (`kind[0]: invalid type: …`).
pub(super) fn read<T: for<'de> Deserialize<'de>>(value: JsValue) -> Result<T, String> {
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(value)).map_err(|e| {
        let path = e.path().to_string();
        let message = message(e.into_inner());
        if path == "." {
            message
        } else {
            format!("{path}: {message}")
        }
    })
}

/// serde's message of a reading error (its `Display` is the JS error's, `Error: …`), in JS words
/// (serde calls `null` and `undefined` a "unit value").
pub(crate) fn message(e: serde_wasm_bindgen::Error) -> String {
    let js = JsValue::from(e);
    let text = match js.dyn_ref::<js_sys::Error>() {
        Some(e) => String::from(e.message()),
        None => js.as_string().unwrap_or_else(|| "unreadable".to_string()),
    };
    text.replace("unit value", "null")
}

/// The handle's `stats()`, less `wasmMemory`, which `www/exchange-atlas.js` adds.
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Stats {
    /// Events in the corpus.
    pub events: usize,
    /// Events the last timeline paint represented.
    pub represented: u32,
    /// Events the map counted.
    pub map_counted: u32,
    /// Paints so far.
    pub frames: u32,
    /// The timeline's visible extent at its last paint, ISO days.
    pub timeline_start: Option<String>,
    pub timeline_end: Option<String>,
    /// Its events drawn, counted in "+N" bins, counted at the edges, listed as undated.
    pub timeline_drawn: u32,
    pub timeline_binned: u32,
    pub timeline_outside: u32,
    pub timeline_undated: u32,
}

/// `exchange-atlas:select`: an event id, a region code (or `national`), a `RU-X|CN-Y` pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(super) struct SelectDetail {
    pub event: Option<String>,
    pub region: Option<String>,
    pub pair: Option<String>,
}

impl SelectDetail {
    pub(super) fn of(atlas: &Atlas, event: Option<usize>, sel: Selection) -> SelectDetail {
        let (region, pair) = match sel {
            Selection::None => (None, None),
            Selection::Region(r) => (Some(r.code().to_string()), None),
            Selection::National => (Some(crate::state::selection::NATIONAL_ID.to_string()), None),
            Selection::Pair(p) => {
                let pr = atlas.pairs()[p];
                let both = Some(crate::state::selection::pair_code(pr.ru.code(), pr.cn.code()));
                (None, both)
            }
        };
        SelectDetail { event: event.map(|i| atlas.event(i).id.clone()), region, pair }
    }
}

/// `exchange-atlas:filter`: the filters as `setFilter` takes them, and the time range or `null`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(super) struct FilterDetail {
    pub filters: FilterSpec,
    pub range: Option<RangeDetail>,
}

/// A time range by its `YYYY-MM-DD` ends.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(super) struct RangeDetail {
    pub start: String,
    pub end: String,
}

impl RangeDetail {
    pub(super) fn of(r: TimeRange) -> RangeDetail {
        RangeDetail { start: days::format(r.start), end: days::format(r.end) }
    }
}

/// `exchange-atlas:render`, after a paint of the views.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(super) struct RenderDetail {
    pub represented: u32,
    pub events: usize,
    pub frames: u32,
}

/// `exchange-atlas:error`: why the data could not be shown.
#[derive(Debug, Serialize)]
pub(super) struct ErrorDetail<'a> {
    pub message: &'a str,
}

/// The filters as the JS API names them: `{kind, status, topic, ru, cn, doc}` (each a code or a
/// list of codes; absent or `null`: no constraint) and `q`, the search text. Unknown keys are
/// ignored. Sent back with only the facets in use, as lists, and `q` if searching.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct FilterSpec {
    #[serde(skip_serializing_if = "Codes::is_empty")]
    kind: Codes,
    #[serde(skip_serializing_if = "Codes::is_empty")]
    status: Codes,
    #[serde(skip_serializing_if = "Codes::is_empty")]
    topic: Codes,
    #[serde(skip_serializing_if = "Codes::is_empty")]
    ru: Codes,
    #[serde(skip_serializing_if = "Codes::is_empty")]
    cn: Codes,
    #[serde(skip_serializing_if = "Codes::is_empty")]
    doc: Codes,
    #[serde(skip_serializing_if = "Option::is_none")]
    q: Option<String>,
}

impl FilterSpec {
    fn codes_mut(&mut self, facet: Facet) -> &mut Codes {
        match facet {
            Facet::Kind => &mut self.kind,
            Facet::Status => &mut self.status,
            Facet::Topic => &mut self.topic,
            Facet::Ru => &mut self.ru,
            Facet::Cn => &mut self.cn,
            Facet::Doc => &mut self.doc,
        }
    }

    /// The filters these name; the flag is false if some code named nothing (the rest is kept).
    pub(crate) fn into_filters(mut self) -> (Filters, bool) {
        let mut f = Filters::default();
        let mut ok = true;
        for facet in Facet::ALL {
            let codes: Vec<String> =
                self.codes_mut(facet).0.iter().map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
            ok &= f.set_values(facet, &codes).is_empty();
        }
        f.text = self.q.unwrap_or_default();
        (f, ok)
    }

    /// The inverse of [`FilterSpec::into_filters`].
    pub(crate) fn of(f: &Filters) -> FilterSpec {
        let mut spec = FilterSpec::default();
        for facet in Facet::ALL {
            spec.codes_mut(facet).0 = f.values(facet);
        }
        spec.q = Some(f.text.clone()).filter(|q| !q.trim().is_empty());
        spec
    }
}

/// A facet's codes: one code or a list of codes in, always a list out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
struct Codes(Vec<String>);

impl Codes {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for Codes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Codes, D::Error> {
        struct CodesVisitor;
        impl<'de> Visitor<'de> for CodesVisitor {
            type Value = Codes;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a code or a list of codes")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Codes, E> {
                Ok(Codes(vec![s.to_string()]))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Codes, E> {
                Ok(Codes::default())
            }
            fn visit_none<E: de::Error>(self) -> Result<Codes, E> {
                Ok(Codes::default())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Codes, A::Error> {
                let mut codes = Vec::new();
                while let Some(code) = seq.next_element::<String>()? {
                    codes.push(code);
                }
                Ok(Codes(codes))
            }
        }
        d.deserialize_any(CodesVisitor)
    }
}

/// A range from optional `YYYY-MM-DD` ends; a missing end is open (the calendar's far ends).
pub(super) fn range_from(start: Option<&str>, end: Option<&str>) -> Result<Option<TimeRange>, ()> {
    let day = |s: Option<&str>, open: DayNumber| match s.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(open),
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
