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
        // Eight ASCII bytes at a time: a letter is a byte that, with the case bit set, lies in
        // 0x61..=0x7A; adding 0x1F sets the top bit from 0x61 up, adding 0x05 from 0x7B up (no byte
        // below 0x80 carries into the next). Byte by byte this was a sixth of detecting.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            const HIGH: u64 = 0x8080_8080_8080_8080;
            if w & HIGH == 0 {
                let y = w | 0x2020_2020_2020_2020;
                let from_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
                let past_z = y.wrapping_add(0x0505_0505_0505_0505);
                lat += (from_a & !past_z & HIGH).count_ones() as usize;
                i += 8;
                continue;
            }
        }
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
        let ascii: String = (0..0x80u8).map(char::from).cycle().take(1000).collect();
        for s in [t.as_str(), "Амур Amur 黑龙江 ӿ Ѐ", "", ascii.as_str(), &ascii[3..], "Negotiations@[`{ were held in Shenyang, 5 June.Ж"] {
            assert_eq!(counts(s), by_chars(s));
        }
    }
}
