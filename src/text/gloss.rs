//! Pinyin glosses that some mirrors of Chinese pages print after characters ("會(huì)見(jiàn)"): they
//! split every word they stand in, so cue words, names and dates go unrecognised.

/// Whether `c` can be a letter of a pinyin syllable (tone marks included).
fn pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c)
}

/// The text without its pinyin glosses, when it has at least `MIN` of them (a page that glosses
/// does so throughout; a lone "(a)" after a character is a list label, not a gloss). One pass.
pub fn strip_pinyin_glosses(text: &str) -> Option<(String, usize)> {
    const MIN: usize = 3;
    // Cheap refusal: a gloss needs a tone-marked vowel somewhere in a mirrored page.
    if !text.contains('(') || text.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut prev_han = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '(' && prev_han {
            let inner = &rest[1..];
            let len: usize = inner.chars().take_while(|&c| pinyin_letter(c)).take(8).map(char::len_utf8).sum();
            let letters = inner[..len].chars().count();
            if (1..=7).contains(&letters) && inner[len..].starts_with(')') && !inner[..len].is_ascii() {
                count += 1;
                rest = &inner[len + 1..];
                continue;
            }
        }
        out.push(c);
        prev_han = super::is_han(c);
        rest = &rest[c.len_utf8()..];
    }
    (count >= MIN).then_some((out, count))
}

#[cfg(test)]
mod tests {
    use super::strip_pinyin_glosses;

    #[test]
    fn glosses_go_labels_stay() {
        let (t, n) = strip_pinyin_glosses("省長(zhǎng)會(huì)見(jiàn)了州長(zhǎng)。").unwrap();
        assert_eq!((t.as_str(), n), ("省長會見了州長。", 4));
        // Too few to be a glossed page, or no tone mark (a label such as "(a)"): left as written.
        assert_eq!(strip_pinyin_glosses("會(huì)見了。"), None);
        assert_eq!(strip_pinyin_glosses("第一条(a)、第二条(b)、第三条(c)。"), None);
    }
}
