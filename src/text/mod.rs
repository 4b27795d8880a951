//! Text utilities shared by every extraction step: the offset-preserving matching copy, word
//! boundaries and sentence segmentation.

pub mod fnv;
pub mod normalize;
pub mod segment;

pub use normalize::{fold, has_han, is_alphabetic, is_cyrillic, is_han, is_letter, is_word_char, on_word_boundaries};
pub use segment::{sentences, Sentence};

/// Whether `needle` occurs in `hay`, for short haystacks (an anaphor, a few words): `str::contains`
/// sets up a searcher and compares at every position, which over a few dozen bytes costs more than
/// comparing only where the first byte matches.
pub fn contains_short(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    if n.len() > h.len() {
        return false;
    }
    (0..=h.len() - n.len()).any(|i| h[i] == first && &h[i..i + n.len()] == n)
}

#[cfg(test)]
mod tests {
    #[test]
    fn contains_short_is_contains() {
        let hays = ["", "a", "during the talks", "по итогам переговоров", "会谈后", "talkstalks"];
        let needles = ["", "a", "talks", "the t", "переговор", "会谈", "谈后", "talkstalksx", "s"];
        for h in hays {
            for n in needles {
                assert_eq!(super::contains_short(h, n), h.contains(n), "{h:?} {n:?}");
            }
        }
    }
}
