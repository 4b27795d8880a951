//! The map's choropleth classes: counts to palette steps.

/// The classes of the choropleth: up to four classes of counts, each with a palette step
/// (1 = lightest … 4 = darkest; 0 is "no events"). With at most four distinct counts each count is
/// its own class; otherwise the bounds grow geometrically from 1 to the maximum, so a few very
/// active regions do not wash out the rest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classes {
    /// Inclusive count ranges, ascending.
    pub bounds: Vec<(u32, u32)>,
    /// Palette step of each class.
    pub steps: Vec<u8>,
}

impl Classes {
    pub const MAX: usize = 4;

    pub fn new(counts: &[u32]) -> Classes {
        let mut distinct: Vec<u32> = counts.iter().copied().filter(|&c| c > 0).collect();
        distinct.sort_unstable();
        distinct.dedup();
        let max = distinct.last().copied().unwrap_or(0);
        let bounds: Vec<(u32, u32)> = if distinct.len() <= Self::MAX {
            // Each count its own class, ranges closed up to the next count.
            distinct.iter().map(|&c| (c, c)).collect()
        } else {
            let mut lows: Vec<u32> = vec![1];
            for i in 1..Self::MAX {
                let lo = (max as f64).powf(i as f64 / Self::MAX as f64).round() as u32;
                let lo = lo.max(lows.last().unwrap() + 1);
                if lo <= max {
                    lows.push(lo);
                }
            }
            lows.iter().enumerate().map(|(i, &lo)| (lo, lows.get(i + 1).map(|n| n - 1).unwrap_or(max))).collect()
        };
        let steps: Vec<u8> = match bounds.len() {
            0 => vec![],
            1 => vec![3],
            2 => vec![2, 4],
            3 => vec![2, 3, 4],
            _ => vec![1, 2, 3, 4],
        };
        Classes { bounds, steps }
    }

    /// The palette step of a count: 0 for none.
    pub fn step(&self, n: u32) -> u8 {
        if n == 0 {
            return 0;
        }
        for (i, &(_, hi)) in self.bounds.iter().enumerate() {
            if n <= hi {
                return self.steps[i];
            }
        }
        self.steps.last().copied().unwrap_or(0)
    }

    /// A class's range as text: "3" or "4–7".
    pub fn label(&self, class: usize) -> String {
        match self.bounds.get(class) {
            Some(&(lo, hi)) if lo == hi => lo.to_string(),
            Some(&(lo, hi)) => format!("{lo}–{hi}"),
            None => String::new(),
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_the_counts_when_few_and_geometric_when_many() {
        let c = Classes::new(&[0, 2, 3, 3, 6, 4]);
        assert_eq!(c.bounds, [(2, 2), (3, 3), (4, 4), (6, 6)]);
        assert_eq!((c.step(0), c.step(2), c.step(6)), (0, 1, 4));
        let c = Classes::new(&(0..=100).collect::<Vec<u32>>());
        assert_eq!(c.bounds.len(), 4);
        assert_eq!(c.bounds.first().unwrap().0, 1);
        assert_eq!(c.bounds.last().unwrap().1, 100);
        assert!(c.bounds.windows(2).all(|w| w[0].1 + 1 == w[1].0), "{:?}", c.bounds);
        assert_eq!(Classes::new(&[5, 5]).steps, [3]);
    }
}
