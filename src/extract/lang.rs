//! Language detection by script: Han characters mean Chinese, Cyrillic letters Russian, else English.

use crate::model::Lang;
use crate::text::{is_cyrillic, is_han};

/// The language of `text`. A Han character counts as much as a two-letter word, since Chinese
/// writes a word in one or two characters; page furniture in another script rarely tips it.
pub fn detect(text: &str) -> Lang {
    let (han, cyr, lat) = counts(text);
    if han * 3 >= cyr.max(lat) && han > 0 {
        Lang::Zh
    } else if cyr > lat {
        Lang::Ru
    } else {
        Lang::En
    }
}

/// Han characters, Cyrillic letters and ASCII letters in `text`.
fn counts(text: &str) -> (usize, usize, usize) {
    let (mut han, mut cyr, mut lat) = (0usize, 0usize, 0usize);
    // By bytes: ASCII counted without decoding, Cyrillic by its lead byte (U+0400–U+04FF is exactly
    // the two-byte sequences led by 0xD0–0xD3); only other characters are decoded.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            lat += b.is_ascii_alphabetic() as usize;
            i += 1;
        } else if (0xD0..=0xD3).contains(&b) {
            cyr += 1;
            i += 2;
        } else {
            let c = text[i..].chars().next().expect("a char starts here");
            if is_han(c) {
                han += 1;
            } else if is_cyrillic(c) {
                cyr += 1;
            }
            i += c.len_utf8();
        }
    }
    (han, cyr, lat)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(detect("Negotiations were held in Shenyang."), Lang::En);
        assert_eq!(detect("Переговоры прошли в Харбине (Harbin, PRC)."), Lang::Ru);
        assert_eq!(detect("黑龙江省代表团访问阿穆尔州 Amur Forum"), Lang::Zh);
        assert_eq!(detect(""), Lang::En);
    }

    /// The byte scan counts as the former scan by characters did.
    #[test]
    fn counts_as_by_chars() {
        let by_chars = |t: &str| {
            let (mut han, mut cyr, mut lat) = (0, 0, 0);
            for c in t.chars() {
                if is_han(c) {
                    han += 1;
                } else if is_cyrillic(c) {
                    cyr += 1;
                } else if c.is_ascii_alphabetic() {
                    lat += 1;
                }
            }
            (han, cyr, lat)
        };
        let t: String = (0x20..0x700).chain(0x3000..0x3100).chain(0x4E00..0x4F00).chain([0xF900, 0x20000, 0x1F600]).filter_map(char::from_u32).collect();
        for s in [t.as_str(), "Амур Amur 黑龙江 ӿ Ѐ", ""] {
            assert_eq!(counts(s), by_chars(s));
        }
    }
}
