//! Region codes to region-table indices, for the load's look-ups (two or three per event) without
//! hashing strings: a code of up to seven bytes (every code of the table) is an integer of its
//! bytes and length, found in a small open-addressing table; a longer one in a map.

use exchange_atlas::gazetteer::region_table;
use exchange_atlas::text::fnv::Fnv;
use std::collections::HashMap;

pub(crate) struct RegionCodes {
    /// (packed code, region-table index); a packed code is never 0, which marks an empty slot.
    slots: Vec<(u64, u16)>,
    /// Codes too long to pack.
    long: HashMap<String, usize, Fnv>,
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
        let mut codes = RegionCodes { slots: vec![(0, 0); size], long: HashMap::default() };
        for (i, r) in table.iter().enumerate() {
            match pack(&r.code) {
                Some(k) => {
                    let s = codes.slot(k);
                    codes.slots[s] = (k, i as u16);
                }
                None => {
                    codes.long.insert(r.code.clone(), i);
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

    /// The region-table index of a code (the last entry, if the table had it twice, as in a map collected from it).
    pub(crate) fn get(&self, code: &str) -> Option<usize> {
        match pack(code) {
            Some(k) => {
                let (key, ix) = self.slots[self.slot(k)];
                (key == k).then_some(ix as usize)
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
            assert_eq!(codes.get(&r.code), Some(i), "{}", r.code);
        }
        for no in ["", "RU-AM", "RU-AMUR", "ru-amu", "RU-AMU\0", "RU-AMU ", "CN-HL-LONGER-CODE", "\0"] {
            assert_eq!(codes.get(no), None, "{no:?}");
        }
        assert_ne!(pack("a"), pack("a\0"));
    }
}
