//! What the user picked on the map, shared by the map and the table.

/// A selection: a region (index into `exchange_atlas::gazetteer::region_table()`) or a pair of
/// regions (index into [`crate::atlas::Atlas::pairs`]). The table shows the events it selects
/// ([`crate::atlas::Atlas::selects`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Selection {
    #[default]
    None,
    Region(usize),
    Pair(usize),
}

impl Selection {
    pub fn is_none(&self) -> bool {
        *self == Selection::None
    }
}
