//! FNV-1a, the hash of the small word tables looked up on every word (names, date starts): for
//! keys of a few bytes the default SipHash cost as much as the rest of each test.

#[derive(Default)]
pub struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The hasher for `HashMap::default()` / `HashSet::default()` over such tables.
pub type Fnv = std::hash::BuildHasherDefault<FnvHasher>;
