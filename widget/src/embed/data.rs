//! The corpus a host hands to `mount()`: an events@1 object read straight into the model with
//! `serde_wasm_bindgen::from_value`, by the model's own `Deserialize` (so one definition decides what
//! is valid, and `src/model.rs` is the one place its fields are named). JSON text is parsed by the
//! browser (`JSON.parse`, in `www/exchange-atlas.js` or here), never by the Wasm, which carries no
//! JSON parser. (A packed hand-over, two streams instead of the object, was faster at 10,000 events
//! but needed the field order written again; BENCHMARKS.md, "The JS boundary", has the figures.)
//!
//! An object that does not read whole is read again as its JSON text would be
//! (`JSON.parse(JSON.stringify(data))`: what `toJSON` writes, own fields only), and if that does not
//! read whole either, item by item ([`Atlas::from_raw`]), whose messages say what is wrong and which
//! keeps every document and event that reads.

use crate::embed::options::mark;
use crate::model::atlas::Atlas;
use crate::model::load::Raw;
use exchange_atlas::Corpus;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// A JS value as it came, read on demand with serde-wasm-bindgen.
#[derive(Deserialize)]
pub(crate) struct Js(#[serde(with = "serde_wasm_bindgen::preserve")] JsValue);

impl Raw for Js {
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        serde_wasm_bindgen::from_value(self.0.clone()).map_err(super::wire::message)
    }
    fn kind(&self) -> &'static str {
        let v = &self.0;
        if v.is_null() || v.is_undefined() {
            "null"
        } else if v.as_bool().is_some() {
            "a boolean"
        } else if v.as_f64().is_some() {
            "a number"
        } else if v.is_string() {
            "a string"
        } else if js_sys::Array::is_array(v) {
            "an array"
        } else {
            "an object"
        }
    }
    fn text(&self) -> Option<String> {
        self.0.as_string()
    }
}

/// The atlas of `data`; `Ok(None)` when there is none (undefined or null: the embedded seeds). The
/// `exchange-atlas:decoded` mark falls between the corpus read and `Atlas::new`.
pub(crate) fn atlas_of(data: JsValue) -> Result<Option<Atlas>, String> {
    if data.is_undefined() || data.is_null() {
        mark("exchange-atlas:decoded");
        return Ok(None);
    }
    if data.is_string() {
        let parsed = js_sys::JSON::parse(&data.as_string().unwrap_or_default());
        return parsed.map_err(|e| format!("The data is not valid JSON: {}", message_of(&e))).and_then(atlas_of_value).map(Some);
    }
    if data.is_object() {
        if let Ok(corpus) = serde_wasm_bindgen::from_value::<Corpus>(data.clone()) {
            mark("exchange-atlas:decoded");
            return Atlas::from_corpus(corpus).map(Some);
        }
    }
    let plain = js_sys::JSON::stringify(&data)
        .and_then(|text| js_sys::JSON::parse(&text.as_string().unwrap_or_default()))
        .map_err(|e| format!("The data could not be read as JSON: {}", message_of(&e)))?;
    atlas_of_value(plain).map(Some)
}

/// A parsed JSON value: whole if it reads, else item by item.
fn atlas_of_value(value: JsValue) -> Result<Atlas, String> {
    let corpus = serde_wasm_bindgen::from_value::<Corpus>(value.clone());
    mark("exchange-atlas:decoded");
    match corpus {
        Ok(corpus) => Atlas::from_corpus(corpus),
        Err(shape) => Atlas::from_raw(Js(value), &super::wire::message(shape)),
    }
}

/// The embedded corpus, from its JSON text by the browser's parser.
#[cfg(target_arch = "wasm32")]
pub(crate) fn embedded_atlas(json: &str) -> Result<Atlas, String> {
    let value = js_sys::JSON::parse(json).map_err(|e| message_of(&e))?;
    atlas_of_value(value)
}

fn message_of(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().and_then(|e| e.message().as_string()).unwrap_or_else(|| "unreadable".into())
}
