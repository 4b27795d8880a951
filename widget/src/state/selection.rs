//! What the user picked on the map, shared by the map and the table.

/// A selection: a region (index into `exchange_atlas::gazetteer::region_table()`) or a pair of
/// regions (index into [`crate::model::atlas::Atlas::pairs`]). The table shows the events it selects
/// ([`crate::model::atlas::Atlas::selects`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Selection {
    #[default]
    None,
    Region(usize),
    Pair(usize),
    /// The events that name a side (Russia, China) without any of its regions: "Russian producers
    /// visited China". They have no region to fill and no arc, so the map shows them as one key.
    National,
}

/// The id of [`Selection::National`] in links, the JS API and the URL hash.
pub const NATIONAL_ID: &str = "national";

impl Selection {
    pub fn is_none(&self) -> bool {
        *self == Selection::None
    }
}
