//! What the user picked on the map, shared by the map and the table.

use crate::model::region_id::RegionId;

/// A selection: a region or a pair of
/// regions (index into [`crate::model::atlas::Atlas::pairs`]). The table shows the events it selects
/// ([`crate::model::atlas::Atlas::selects`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Selection {
    #[default]
    None,
    Region(RegionId),
    Pair(usize),
    /// The events that name a side (Russia, China) without any of its regions: "Russian producers
    /// visited China". They have no region to fill and no arc, so the map shows them as one key.
    National,
}

/// The id of [`Selection::National`] in links, the JS API and the URL hash.
pub const NATIONAL_ID: &str = "national";

/// Joins a pair's two region codes where a pair is text: links, the JS API, the URL hash and the
/// DOM (`data-pair`), as in `RU-KYA|CN-NM`.
const PAIR_SEPARATOR: char = '|';

/// A pair's text form, `RU-KYA|CN-NM`, from its Russian and Chinese region codes.
pub fn pair_code(ru: &str, cn: &str) -> String {
    // Pushed rather than `format!`ed: no formatting machinery per call site in the Wasm.
    let mut code = String::with_capacity(ru.len() + 1 + cn.len());
    code.push_str(ru);
    code.push(PAIR_SEPARATOR);
    code.push_str(cn);
    code
}

/// The Russian and Chinese region codes of a pair's text form.
pub fn split_pair_code(code: &str) -> Option<(&str, &str)> {
    code.split_once(PAIR_SEPARATOR)
}

impl Selection {
    pub fn is_none(&self) -> bool {
        *self == Selection::None
    }
}
