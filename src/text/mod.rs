//! Text utilities shared by every extraction step: the offset-preserving matching copy, word
//! boundaries and sentence segmentation.

pub mod ascii_dfa;
pub mod fnv;
pub mod gloss;
pub mod normalize;
pub mod segment;
#[rustfmt::skip]
mod ts_table;

pub use ascii_dfa::AsciiSubset;
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
    // The rest compared inline: a call to memcmp per first-byte hit cost more than the bytes.
    (0..=h.len() - n.len()).any(|i| h[i] == first && h[i + 1..i + n.len()].iter().zip(&n[1..]).all(|(a, b)| a == b))
}

/// The first `n` characters of `s`, as a slice: what `s.chars().take(n).collect::<String>()`
/// holds, found by counting lead bytes instead of decoding and pushing each character.
pub fn prefix_chars(s: &str, n: usize) -> &str {
    let mut seen = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == n {
                return &s[..i];
            }
            seen += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn prefix_chars_is_take() {
        for s in ["", "abc", "Амур 黑龙江 𠀀x", "a\u{301}b"] {
            for n in 0..12 {
                assert_eq!(super::prefix_chars(s, n), s.chars().take(n).collect::<String>());
            }
        }
    }

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

/// The words of `s` between white space, as `s.split_whitespace().collect()` gives them, in one
/// allocation sized for them and with no decoding but of the few lead bytes (0xC2, 0xE1–0xE3) that
/// can begin a non-ASCII space: the std iterator decoded every character, and the growing vector
/// reallocated several times per sentence.
pub fn split_words(s: &str) -> Vec<&str> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    // Spaces, then a word's bytes, each in a loop of its own with ASCII tested inline (a state
    // per byte cost twice as much).
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
        } else {
            let (space, len) = non_ascii_space(s, i);
            if space {
                i += len;
                continue;
            }
        }
        let start = i;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                if matches!(b, b'\t'..=b'\r' | b' ') {
                    break;
                }
                i += 1;
                continue;
            }
            let (space, len) = non_ascii_space(s, i);
            if space {
                break;
            }
            i += len;
        }
        out.push(&s[start..i]);
    }
    out
}

/// Whether the non-ASCII character at `s[i..]` is white space, and its length. Only the lead bytes
/// 0xC2 and 0xE1–0xE3 begin a space, so other characters are not decoded.
fn non_ascii_space(s: &str, i: usize) -> (bool, usize) {
    let b = s.as_bytes()[i];
    if matches!(b, 0xC2 | 0xE1..=0xE3) {
        let c = s[i..].chars().next().expect("a char starts here");
        (c.is_whitespace(), c.len_utf8())
    } else {
        (false, if b >= 0xF0 { 4 } else if b >= 0xE0 { 3 } else { 2 })
    }
}

#[cfg(test)]
mod split_tests {
    #[test]
    fn split_words_is_split_whitespace() {
        for s in ["", " ", "a", " a  b\tc\n", "x\u{a0}y\u{3000}z\u{85}w\u{2009}v", "Амур  黑龙江 « ООО »", "\u{b}a\u{c}b\r", "\u{1680}a\u{2028}b\u{205f}c\u{3001}d\u{e100}"] {
            assert_eq!(super::split_words(s), s.split_whitespace().collect::<Vec<_>>(), "{s:?}");
        }
        // Every character up to U+3100 between letters: the lead-byte shortcut misses no space.
        let all: String = (0..0x3100).filter_map(char::from_u32).flat_map(|c| [c, 'a']).collect();
        assert_eq!(super::split_words(&all), all.split_whitespace().collect::<Vec<_>>());
    }
}
