//! A region inside the widget: `RegionId`, an index into the core's one region table
//! (`exchange_atlas::gazetteer::region_table()`). Its code (`RU-AMU`) is text at the edges only;
//! `RegionCodes` turns codes into ids for the load's look-ups (two or three per event) without
//! hashing strings: a code of up to seven bytes (every code of the table) is an integer of its
//! bytes and length, found in a small open-addressing table; a longer one in a map.

use exchange_atlas::gazetteer::{region_table, Region};
use exchange_atlas::text::fnv::Fnv;
use std::collections::HashMap;

/// A region: its index into `region_table()`. Every `RegionId` names an entry of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionId(u16);

impl RegionId {
    /// The id of region-table index `ix`, if the table has one there.
    pub fn new(ix: usize) -> Option<RegionId> {
        (ix < region_table().len()).then_some(RegionId(ix as u16))
    }

    /// The id of a region-table index known to be in the table: the map's tables written by
    /// `build.rs` from the table itself.
    pub(crate) const fn of_table(ix: u16) -> RegionId {
        RegionId(ix)
    }

    /// Every region of the table, in table order.
    pub fn all() -> impl Iterator<Item = RegionId> {
        (0..region_table().len()).map(|i| RegionId(i as u16))
    }

    /// How many regions the table has: the length of a vector indexed by [`RegionId::index`].
    pub fn count() -> usize {
        region_table().len()
    }

    /// The index into `region_table()` (and into every vector indexed like it).
    pub fn index(self) -> usize {
        self.0 as usize
    }

    pub fn region(self) -> &'static Region {
        &region_table()[self.index()]
    }

    /// The region's ISO 3166-2 code, `RU-AMU`: its name at the edges.
    pub fn code(self) -> &'static str {
        &self.region().code
    }
}

pub(crate) struct RegionCodes {
    /// (packed code, region id); a packed code is never 0, which marks an empty slot.
    slots: Vec<(u64, RegionId)>,
    /// Codes too long to pack.
    long: HashMap<String, RegionId, Fnv>,
}

/// The code's bytes and its length as one integer, if it has one to seven bytes.
fn pack(code: &str) -> Option<u64> {
    let b = code.as_bytes();
    (1..=7).contains(&b.len()).then(|| b.iter().rev().fold(b.len() as u64, |k, &c| k << 8 | c as u64))
}

impl RegionCodes {
    pub(crate) fn new() -> RegionCodes {
        let table = region_table();
        let size = (2 * table.len()).next_power_of_two().max(16);
        let mut codes = RegionCodes { slots: vec![(0, RegionId(0)); size], long: HashMap::default() };
        for (i, r) in table.iter().enumerate() {
            match pack(&r.code) {
                Some(k) => {
                    let s = codes.slot(k);
                    codes.slots[s] = (k, RegionId(i as u16));
                }
                None => {
                    codes.long.insert(r.code.clone(), RegionId(i as u16));
                }
            }
        }
        codes
    }

    /// The slot that holds `k`, or the empty one where it would go.
    fn slot(&self, k: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut s = (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask;
        while self.slots[s].0 != k && self.slots[s].0 != 0 {
            s = (s + 1) & mask;
        }
        s
    }

    /// The region of a code (the last entry, if the table had it twice, as in a map collected from it).
    pub(crate) fn get(&self, code: &str) -> Option<RegionId> {
        match pack(code) {
            Some(k) => {
                let (key, ix) = self.slots[self.slot(k)];
                (key == k).then_some(ix)
            }
            None => self.long.get(code).copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_and_nothing_else() {
        let codes = RegionCodes::new();
        for (i, r) in region_table().iter().enumerate() {
            assert_eq!(codes.get(&r.code), RegionId::new(i), "{}", r.code);
            assert_eq!(RegionId::new(i).unwrap().code(), r.code);
        }
        for no in ["", "RU-AM", "RU-AMUR", "ru-amu", "RU-AMU\0", "RU-AMU ", "CN-HL-LONGER-CODE", "\0"] {
            assert_eq!(codes.get(no), None, "{no:?}");
        }
        assert_ne!(pack("a"), pack("a\0"));
    }
}
