//! What `mount()` was asked for: its JS options read as one typed struct with
//! `serde_wasm_bindgen` (unknown keys ignored, a wrong type a message naming the option), and the
//! User Timing marks of a mount.

use crate::state::controls::Theme;
use exchange_atlas::Lang;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// What `mount()` was asked for (every option is optional). `src` is `www/exchange-atlas.js`'s:
/// it fetches the data before the Wasm sees the options.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct MountOptions {
    /// The corpus: an events@1 object (JSON text is parsed by `www/exchange-atlas.js`), kept as
    /// the JS value it is and read by [`crate::embed::data`]; undefined or null: the embedded seeds.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub(crate) data: JsValue,
    /// `en`, `ru` or `zh` (or a name [`Lang::parse`] knows); anything else is English.
    #[serde(alias = "language")]
    lang: Option<String>,
    /// An event id, a region code or a `RU-X|CN-Y` pair, as the `selected` attribute.
    #[serde(alias = "select")]
    pub(crate) selected: Option<String>,
    /// `light` or `dark`; anything else is light.
    theme: Option<String>,
    /// Sync the state with `location.hash` (the standalone page).
    hash: Option<bool>,
}

impl MountOptions {
    /// The options, or a message naming the one of a wrong type (`lang: invalid type: …`).
    pub(crate) fn read(options: JsValue) -> Result<MountOptions, String> {
        if options.is_undefined() || options.is_null() {
            return Ok(MountOptions::default());
        }
        super::wire::read(options)
    }

    pub(crate) fn lang(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::parse)
    }

    pub(crate) fn theme(&self) -> Option<Theme> {
        self.theme.as_deref().and_then(Theme::parse)
    }

    pub(crate) fn hash(&self) -> bool {
        self.hash.unwrap_or(false)
    }
}

/// A User Timing mark (DevTools' performance panel shows them; `bench/peers/phases.js` reads
/// them): where a mount's time goes, at a few microseconds each.
pub(crate) fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
