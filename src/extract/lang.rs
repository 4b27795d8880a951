//! Language detection by script: Han characters mean Chinese, Cyrillic letters Russian, else English.

use crate::model::Lang;
use crate::text::{is_cyrillic, is_han};

/// The language of `text`. A Han character counts as much as a two-letter word, since Chinese
/// writes a word in one or two characters; page furniture in another script rarely tips it.
pub fn detect(text: &str) -> Lang {
    let (mut han, mut cyr, mut lat) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if is_han(c) {
            han += 1;
        } else if is_cyrillic(c) {
            cyr += 1;
        } else if c.is_ascii_alphabetic() {
            lat += 1;
        }
    }
    if han * 3 >= cyr.max(lat) && han > 0 {
        Lang::Zh
    } else if cyr > lat {
        Lang::Ru
    } else {
        Lang::En
    }
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
}
