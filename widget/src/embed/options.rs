//! What `mount()` was asked for, read from its JS options: the data (JSON text, bytes, or the
//! packed streams of `www/exchange-atlas.js`), language, selection, theme; and the small helpers
//! the embedding API reads JS values with.

use crate::state::controls::Theme;
use exchange_atlas::Lang;
use wasm_bindgen::prelude::*;

/// What `mount()` was asked for (every option is optional).
#[derive(Debug, Default)]
pub(crate) struct MountOptions {
    /// events@1 JSON text, or why it could not be read; `None`: the embedded seeds corpus.
    pub(crate) data: Option<Result<String, String>>,
    /// The corpus packed by `www/exchange-atlas.js` (see [`crate::embed::packed`]), with `json`, a JS
    /// function giving the same corpus as JSON bytes if the packed streams cannot be read.
    pub(crate) packed: Option<(Vec<u8>, Vec<f64>, js_sys::Function)>,
    pub(crate) lang: Option<Lang>,
    pub(crate) selected: Option<String>,
    pub(crate) theme: Option<Theme>,
    /// Sync the state with `location.hash` (the standalone page); kept for the views that do it.
    pub(crate) hash: bool,
}

impl MountOptions {
    pub(crate) fn read(options: &JsValue) -> MountOptions {
        let text = |k: &str| field(options, k).as_string();
        let packed = field(options, "packed");
        let packed = match (
            field(&packed, "text").dyn_into::<js_sys::Uint8Array>(),
            field(&packed, "nums").dyn_into::<js_sys::Float64Array>(),
            field(&packed, "json").dyn_into::<js_sys::Function>(),
        ) {
            (Ok(text), Ok(nums), Ok(json)) => Some((text.to_vec(), nums.to_vec(), json)),
            _ => None,
        };
        let data = data_text(&field(options, "data"));
        MountOptions {
            data,
            packed,
            lang: text("lang").and_then(|l| Lang::parse(&l)),
            selected: text("selected"),
            theme: text("theme").and_then(|t| Theme::parse(&t)),
            hash: field(options, "hash").as_bool().unwrap_or(false),
        }
    }
}

/// The `data` option as JSON text, or why it cannot be; `None` when absent.
fn data_text(data: &JsValue) -> Option<Result<String, String>> {
    if data.is_undefined() || data.is_null() {
        None
    } else if let Some(bytes) = data.dyn_ref::<js_sys::Uint8Array>() {
        // UTF-8 bytes (www/exchange-atlas.js encodes the data natively: handing a long string
        // over makes the glue copy it character by character in JS).
        Some(String::from_utf8(bytes.to_vec()).map_err(|_| "The data is not UTF-8 text.".to_string()))
    } else if let Some(s) = data.as_string() {
        Some(Ok(s))
    } else {
        Some(stringify(data).ok_or_else(|| "The data could not be read as JSON.".to_string()))
    }
}

/// The data as JSON text from the packer's `json` function, read as the `data` option is.
pub(crate) fn json_bytes(json: &js_sys::Function) -> Result<String, String> {
    let data = json.call0(&JsValue::NULL).map_err(|_| "The data could not be read as JSON.".to_string())?;
    data_text(&data).unwrap_or_else(|| Err("The data could not be read as JSON.".to_string()))
}

/// A User Timing mark (DevTools' performance panel shows them; `bench/peers/phases.js` reads
/// them): where a mount's time goes, at a few microseconds each.
pub(crate) fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

fn field(o: &JsValue, key: &str) -> JsValue {
    if o.is_object() {
        js_sys::Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

pub(crate) fn stringify(v: &JsValue) -> Option<String> {
    js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string())
}

