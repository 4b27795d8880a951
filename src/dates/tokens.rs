//! A small tokenizer for date scanning: numbers, words (folded), single Han characters and
//! punctuation, each with its byte span in the text.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok<'a> {
    /// ASCII digits: value and digit count.
    Num(u32, u8),
    /// A run of letters (Latin or Cyrillic), folded to lower case.
    Word(&'a str),
    /// One Han character.
    Han(char),
    /// Any other non-space character.
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub tok: Tok<'a>,
    pub start: usize,
    pub end: usize,
    /// White space (or nothing) separates this token from the previous one.
    pub space_before: bool,
}

/// Tokens of `folded` (the folded copy of the text; offsets are the same).
pub fn tokenize(folded: &str) -> Vec<Token<'_>> {
    // About a token per four bytes: one allocation instead of growing from empty (the growth was
    // a quarter of this function's time).
    let mut out = Vec::with_capacity(folded.len() / 4 + 4);
    let bytes = folded.as_bytes();
    let mut i = 0;
    let mut space_before = true;
    while i < bytes.len() {
        // ASCII, most of the bytes in English and much of the rest, without decoding.
        let b = bytes[i];
        if b.is_ascii_digit() {
            // Up to nine digits always fit a u32: their value without `str::parse`.
            let start = i;
            let mut value: u32 = 0;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                value = value.wrapping_mul(10).wrapping_add((bytes[i] - b'0') as u32);
                i += 1;
            }
            let n = i - start;
            let value = if n > 9 { u32::MAX } else { value };
            out.push(Token { tok: Tok::Num(value, n.min(255) as u8), start, end: i, space_before });
            space_before = false;
            continue;
        }
        if b < 0x80 {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                space_before = true;
                i += 1;
                continue;
            }
            let start = i;
            let tok = if b.is_ascii_alphabetic() {
                // The ASCII letters inline; the general loop only where a non-ASCII byte follows.
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
                if i < bytes.len() && bytes[i] >= 0x80 {
                    i = word_end(folded, i);
                }
                Tok::Word(&folded[start..i])
            } else {
                i += 1;
                Tok::Punct(b as char)
            };
            out.push(Token { tok, start, end: i, space_before });
            space_before = false;
            continue;
        }
        let c = folded[i..].chars().next().unwrap();
        let len = c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            i += len;
            continue;
        }
        let start = i;
        let tok = if crate::text::is_han(c) {
            i += len;
            Tok::Han(c)
        } else if crate::text::is_letter(c) {
            let j = word_end(folded, i);
            let w = &folded[i..j];
            i = j;
            Tok::Word(w)
        } else {
            i += len;
            Tok::Punct(c)
        };
        out.push(Token { tok, start, end: i, space_before });
        space_before = false;
    }
    out
}

/// Where the run of letters (not Han) from `i` ends: ASCII letters by byte, others decoded.
fn word_end(folded: &str, mut i: usize) -> usize {
    let bytes = folded.as_bytes();
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            if !bytes[i].is_ascii_alphabetic() {
                break;
            }
            i += 1;
        } else {
            let d = folded[i..].chars().next().expect("a char starts here");
            if !(crate::text::is_letter(d) && !crate::text::is_han(d)) {
                break;
            }
            i += d.len_utf8();
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let t = tokenize("june 27-29, 2018年6月 с 5th");
        let kinds: Vec<Tok> = t.iter().map(|t| t.tok).collect();
        assert_eq!(
            kinds,
            vec![
                Tok::Word("june"),
                Tok::Num(27, 2),
                Tok::Punct('-'),
                Tok::Num(29, 2),
                Tok::Punct(','),
                Tok::Num(2018, 4),
                Tok::Han('年'),
                Tok::Num(6, 1),
                Tok::Han('月'),
                Tok::Word("с"),
                Tok::Num(5, 1),
                Tok::Word("th"),
            ]
        );
        assert!(!t[11].space_before);
    }

    /// The former tokenizer, by characters: the reference for the ASCII fast path.
    fn tokenize_by_chars(folded: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        let bytes = folded.as_bytes();
        let mut i = 0;
        let mut space_before = true;
        while i < folded.len() {
            let c = folded[i..].chars().next().unwrap();
            let len = c.len_utf8();
            if c.is_whitespace() {
                space_before = true;
                i += len;
                continue;
            }
            let start = i;
            let tok = if c.is_ascii_digit() {
                let mut j = i;
                while j < bytes.len() && bytes[j].is_ascii_digit() {
                    j += 1;
                }
                let digits = &folded[i..j];
                i = j;
                let value = if digits.len() > 9 { u32::MAX } else { digits.parse().unwrap_or(u32::MAX) };
                Tok::Num(value, digits.len().min(255) as u8)
            } else if crate::text::is_han(c) {
                i += len;
                Tok::Han(c)
            } else if crate::text::is_letter(c) {
                let mut j = i;
                for (k, d) in folded[i..].char_indices() {
                    if crate::text::is_letter(d) && !crate::text::is_han(d) {
                        j = i + k + d.len_utf8();
                    } else {
                        break;
                    }
                }
                let w = &folded[i..j];
                i = j;
                Tok::Word(w)
            } else {
                i += len;
                Tok::Punct(c)
            };
            out.push(Token { tok, start, end: i, space_before });
            space_before = false;
        }
        out
    }

    #[test]
    fn same_as_by_chars() {
        let mut texts: Vec<String> = vec!["a\u{b}b\u{c}c 5th. 2018年6月 с 27-29 июня, ﬁ ǅ x\u{a0}y 123456789 1234567890 0000000005 4294967295 99999999999999999999 7".to_string()];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for f in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
                if f.path().extension().map(|e| e == "txt").unwrap_or(false) {
                    texts.push(crate::text::fold(&std::fs::read_to_string(f.path()).unwrap()));
                }
            }
        }
        for t in &texts {
            let (a, b) = (tokenize(t), tokenize_by_chars(t));
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(&b) {
                assert_eq!((x.tok, x.start, x.end, x.space_before), (y.tok, y.start, y.end, y.space_before));
            }
        }
    }
}
