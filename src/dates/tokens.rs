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
}
