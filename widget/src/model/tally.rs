//! Counts over a set of events, per region, pair and place: what the map colours and draws.

use crate::model::region_id::RegionId;

/// Events of one pair of regions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairTally {
    pub total: u32,
    pub planned: u32,
}

impl PairTally {
    /// Every event of the pair is planned (drawn dashed).
    pub fn planned_only(&self) -> bool {
        self.total > 0 && self.planned == self.total
    }
}

/// Counts over a set of events: per region (indexed by [`RegionId::index`]), per pair (like
/// [`crate::model::atlas::Atlas::pairs`]) and per place (like [`crate::model::atlas::Atlas::places`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub events: u32,
    pub regions: Vec<u32>,
    pub pairs: Vec<PairTally>,
    pub places: Vec<u32>,
    pub max_region: u32,
    pub max_pair: u32,
    /// Events with a side named without a region.
    pub national: u32,
}

impl Tally {
    pub fn region(&self, id: RegionId) -> u32 {
        self.regions.get(id.index()).copied().unwrap_or(0)
    }
    pub fn pair(&self, pair: usize) -> PairTally {
        self.pairs.get(pair).copied().unwrap_or_default()
    }
}
