//! Many short lists (one or a few per event) in two vectors instead of one allocation each: at
//! 10,000 events, a `Vec<Vec<_>>` per index costs ten thousand allocations at load.

/// Lists `0..ends.len()`, list `i` being `items[ends[i - 1]..ends[i]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lists<T> {
    items: Vec<T>,
    ends: Vec<u32>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists { items: Vec::new(), ends: Vec::new() }
    }
}

impl<T> Lists<T> {
    pub(crate) fn with_capacity(lists: usize, items: usize) -> Self {
        Lists { items: Vec::with_capacity(items), ends: Vec::with_capacity(lists) }
    }

    /// Adds an item to the list being written (the one the next [`Lists::close`] ends).
    pub(crate) fn push(&mut self, item: T) {
        self.items.push(item);
    }

    /// Ends the list being written: what was pushed since the last `close` is the next list.
    pub(crate) fn close(&mut self) {
        self.ends.push(self.items.len() as u32);
    }

    /// The items pushed since the last `close`.
    pub(crate) fn open(&self) -> &[T] {
        &self.items[self.ends.last().map_or(0, |&e| e as usize)..]
    }

    /// List `i`; empty past the end.
    pub(crate) fn get(&self, i: usize) -> &[T] {
        let Some(&end) = self.ends.get(i) else { return &[] };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.items[start as usize..end as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_in_two_vectors() {
        let mut l = Lists::with_capacity(3, 4);
        l.push(1u16);
        l.push(2);
        assert_eq!(l.open(), [1, 2]);
        l.close();
        l.close();
        assert_eq!(l.open(), [] as [u16; 0]);
        l.push(3);
        l.close();
        assert_eq!((l.get(0), l.get(1), l.get(2), l.get(3)), (&[1, 2][..], &[][..], &[3][..], &[][..]));
    }
}
