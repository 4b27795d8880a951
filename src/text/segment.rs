//! Splits a document into sentences with byte spans, remembering the paragraph each belongs to.
//!
//! A line break ends a sentence (headlines and datelines stand on lines of their own); a blank
//! line ends a paragraph. Full stops after initials ("M.S.", "О.Ю."), common abbreviations and
//! between digits do not end a sentence.

use crate::model::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (blank-line separated block), from 0.
    pub paragraph: usize,
    /// 1-based line number of the sentence's first character.
    pub line: usize,
}

/// Whether the line break at `at` falls inside a sentence: a page wrapped mid-sentence ("met the
/// delegation headed by the mayor of Perm Ci\nty at the hotel"), where the next line opens in lower
/// case and the line before ends in no stop. Headlines, datelines and list items open in capitals,
/// digits or Chinese, so they still stand on lines of their own.
fn continues_on_next_line(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t', '\r']);
    if before.ends_with(['.', '!', '?', ':', ';', '。', '！', '？', '：', '；']) || before.ends_with('\n') || before.is_empty() {
        return false;
    }
    let next = text[at + 1..].trim_start_matches([' ', '\t']);
    if !next.chars().next().is_some_and(|c| c.is_lowercase()) {
        return false;
    }
    // Rows of a table ("в течение года | Конкурс | Иркутск") are items of their own.
    let this_line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let next_line = &next[..next.find('\n').unwrap_or(next.len())];
    !this_line.contains(['|', '\t']) && !next_line.contains(['|', '\t'])
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "e.g", "i.e", "ltd", "co", "inc", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "dept", "approx", "jr", "sr",
    "г", "гг", "им", "ул", "пр", "т", "д", "с", "стр", "тыс", "млн", "млрд", "руб", "долл", "ген", "зам", "пред",
    "янв", "фев", "февр", "апр", "авг", "сент", "окт", "нояб", "дек", "т.е", "т.д", "т.п", "обл", "р-н", "корп",
];

fn ends_sentence_at_period(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let after = &text[dot + 1..];
    // Digits on both sides: 21.12.2017, 25.4 million.
    let prev = before.chars().next_back();
    let next = after.chars().next();
    if matches!((prev, next), (Some(p), Some(n)) if p.is_ascii_digit() && n.is_ascii_digit()) {
        return false;
    }
    // A sentence boundary needs white space (or the end) after the stop.
    match next {
        None => return true,
        Some(c) if !c.is_whitespace() && c != '"' && c != '»' && c != '”' => return false,
        _ => {}
    }
    // The word before the stop, with its inner stops ("e.g", "O.Yu"), as a slice: no allocation.
    let word_start = before.char_indices().rev().take_while(|(_, c)| c.is_alphabetic() || *c == '.').last().map(|(i, _)| i).unwrap_or(before.len());
    let bare = before[word_start..].trim_start_matches('.');
    if bare.is_empty() {
        return true;
    }
    // Initials: a lone capital ("M."), or a capital and a lower-case letter inside a chain of
    // initials ("O.Yu."). A two-letter word on its own ("Li Yi.") ends the sentence.
    let last_part = bare.rsplit('.').next().unwrap_or(bare);
    let chained = bare.contains('.');
    let mut lp = last_part.chars();
    if lp.next().is_some_and(char::is_uppercase) && lp.clone().all(char::is_lowercase) {
        let len = 1 + lp.count();
        if len == 1 || (len == 2 && chained) {
            return false;
        }
    }
    if is_abbreviation(bare) {
        // "in Dec. 5" keeps going; an abbreviation followed by a capitalised word that is not a
        // month or name still most likely continues (Mr. Li).
        return false;
    }
    true
}

/// Whether `word` in lower case is in [`ABBREVIATIONS`]. Words of ASCII and basic Cyrillic letters
/// (nearly all) are lowered into a buffer on the stack; others go through `to_lowercase`.
fn is_abbreviation(word: &str) -> bool {
    let mut buf = [0u8; 16];
    let mut n = 0;
    for c in word.chars() {
        let l = match c {
            'A'..='Z' | 'А'..='Я' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            'Ё' => 'ё',
            'a'..='z' | 'а'..='я' | 'ё' | '.' => c,
            _ => return ABBREVIATIONS.contains(&word.to_lowercase().as_str()),
        };
        if n + l.len_utf8() > buf.len() {
            return false; // longer than any abbreviation, in lower case as written
        }
        n += l.encode_utf8(&mut buf[n..]).len();
    }
    let lower = std::str::from_utf8(&buf[..n]).unwrap_or("");
    ABBREVIATIONS.contains(&lower)
}

/// The bytes that can begin a line break or a stop (`\n . ! ?`, and the lead bytes of 。 ！ ？ ；):
/// inside a sentence, every other byte is passed over undecoded.
const STOP_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE3] = true; // 。 U+3002
    t[0xEF] = true; // ！ U+FF01, ？ U+FF1F, ； U+FF1B
    t
};

/// Where the first byte of [`STOP_BYTES`] in `bytes` is. Eight bytes at a time: a word with no
/// byte at or above 0x80 and none equal to `\n . ! ?` is passed over whole (a byte's test in a
/// table was a third of splitting English); a word that may hold one is looked at byte by byte.
fn next_stop(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `v` is zero (exact as a yes or no for the whole word).
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let maybe = w & HIGH != 0 || [b'\n', b'.', b'!', b'?'].iter().any(|&b| has_zero(w ^ (ONES * b as u64)));
        if maybe {
            if let Some(k) = chunk.iter().position(|&b| STOP_BYTES[b as usize]) {
                return Some(i + k);
            }
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| STOP_BYTES[b as usize]).map(|k| i + k)
}

/// Splits `text` into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    // About a sentence per 64 bytes of press text: one allocation where growing took several.
    let mut out = Vec::with_capacity(text.len() / 64 + 1);
    let mut paragraph = 0usize;
    let mut line = 1usize;
    let mut start: Option<(usize, usize)> = None; // (byte, line)
    let mut line_has_content = false;
    let push = |out: &mut Vec<Sentence>, mut s: usize, e: usize, l: usize, p: usize| {
        // A stretch with no stop longer than any sentence (a page flattened to one line, a table
        // as text) is cut into pieces of at most MAX_SENTENCE bytes, at a space where there is one:
        // the analysis of a sentence looks around each cue in it, which in one huge "sentence" would
        // be quadratic in the document.
        while e - s > MAX_SENTENCE {
            let cut = cut_point(text, s);
            let (a, b) = trim_span(text, s, cut);
            if b > a {
                out.push(Sentence { span: Span { start: a, end: b }, paragraph: p, line: l });
            }
            s = cut;
        }
        let (s, e) = trim_span(text, s, e);
        if e > s {
            out.push(Sentence { span: Span { start: s, end: e }, paragraph: p, line: l });
        }
    };
    let bytes = text.as_bytes();
    let mut pos = 0; // where the next character starts
    while pos < bytes.len() {
        // Inside a sentence only line breaks and stops do anything: skip the other bytes without
        // decoding them (decoding every character was most of this function's time).
        if start.is_some() {
            match next_stop(&bytes[pos..]) {
                Some(k) => pos += k,
                None => break,
            }
        }
        let i = pos;
        let c = text[i..].chars().next().expect("a char starts here");
        pos += c.len_utf8();
        if c == '\n' {
            if start.is_some() && continues_on_next_line(text, i) {
                line += 1;
                continue;
            }
            if let Some((s, l)) = start.take() {
                push(&mut out, s, i, l, paragraph);
            }
            if !line_has_content && out.last().map(|s| s.paragraph) == Some(paragraph) {
                paragraph += 1;
            }
            line_has_content = false;
            line += 1;
            continue;
        }
        if c.is_whitespace() && start.is_none() {
            continue;
        }
        line_has_content = true;
        if start.is_none() {
            start = Some((i, line));
        }
        let end_here = match c {
            '。' | '！' | '？' | '!' | '?' | '；' => true,
            '.' => ends_sentence_at_period(text, i),
            _ => false,
        };
        if end_here {
            // Keep closing quotes and brackets with the sentence.
            while let Some(n) = text[pos..].chars().next().filter(|n| matches!(n, '"' | '»' | '”' | '’' | ')' | '）' | '」' | '』')) {
                pos += n.len_utf8();
            }
            if let Some((s, l)) = start.take() {
                push(&mut out, s, pos, l, paragraph);
            }
        }
    }
    if let Some((s, l)) = start.take() {
        push(&mut out, s, text.len(), l, paragraph);
    }
    out
}

/// The longest sentence, in bytes: several times the longest in any test corpus (about 560).
pub const MAX_SENTENCE: usize = 2048;

/// Where to end a piece of an over-long sentence starting at `s`: after the last white space within
/// MAX_SENTENCE bytes, else at the last character boundary within them.
fn cut_point(text: &str, s: usize) -> usize {
    let mut limit = s + MAX_SENTENCE;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    match text[s..limit].rfind(char::is_whitespace) {
        Some(i) if i > 0 => s + i,
        _ => limit,
    }
}

fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    let piece = &text[s..e];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    (s + lead, (e - trail).max(s + lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).iter().map(|s| &t[s.span.start..s.span.end]).collect()
    }

    #[test]
    fn initials_and_numbers_do_not_split() {
        let t = "The head M.S. Nozhenkin met Mr. Li Yi. Population is 25.4 million. On 21.12.2017 they met.";
        assert_eq!(texts(t), vec!["The head M.S. Nozhenkin met Mr. Li Yi.", "Population is 25.4 million.", "On 21.12.2017 they met."]);
        let t = "Делегацию возглавил О.Ю. Климчук. Встреча прошла 15 дек. 2017 г. в Харбине.";
        assert_eq!(texts(t), vec!["Делегацию возглавил О.Ю. Климчук.", "Встреча прошла 15 дек. 2017 г. в Харбине."]);
    }

    #[test]
    fn lines_and_paragraphs() {
        let t = "Headline cut off mid-wo\nDecember 21, 2017\n\nFirst sentence. Second one!\nThird\n\n\n双方签署了协议。会议在哈尔滨举行";
        let s = sentences(t);
        let got: Vec<(&str, usize, usize)> = s.iter().map(|x| (&t[x.span.start..x.span.end], x.paragraph, x.line)).collect();
        assert_eq!(
            got,
            vec![
                ("Headline cut off mid-wo", 0, 1),
                ("December 21, 2017", 0, 2),
                ("First sentence.", 1, 4),
                ("Second one!", 1, 4),
                ("Third", 1, 5),
                ("双方签署了协议。", 2, 8),
                ("会议在哈尔滨举行", 2, 8),
            ]
        );
    }

    /// Eight bytes at a time finds the stop that a byte-by-byte search finds.
    #[test]
    fn next_stop_as_by_bytes() {
        let mut texts: Vec<Vec<u8>> = vec![Vec::new(), b"a".to_vec(), b"abcdefgh".to_vec(), b"abcdefghi.".to_vec(), "x – y 。 z".as_bytes().to_vec()];
        let all: Vec<u8> = (0..=255u8).collect();
        for i in 0..all.len() {
            texts.push(all[i..].to_vec());
            texts.push(all.iter().rev().skip(i).copied().collect());
        }
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                texts.push(std::fs::read(entry.unwrap().path()).unwrap());
            }
        }
        for t in &texts {
            for from in 0..t.len().min(64) {
                let b = &t[from..];
                assert_eq!(next_stop(b), b.iter().position(|&x| STOP_BYTES[x as usize]), "{t:?} from {from}");
            }
        }
    }

    /// A line with no stop is cut into sentences of at most MAX_SENTENCE bytes, at spaces where
    /// there are any, on character boundaries where not; nothing of the text is lost.
    #[test]
    fn long_stretches_are_cut() {
        for t in ["word ".repeat(3000), "x".repeat(10_000), "黑龙江".repeat(3000), format!("a{}b{}", " ".repeat(5000), "я".repeat(4000))] {
            let s = sentences(&t);
            assert!(s.len() > 1, "cut");
            let mut kept = String::new();
            for x in &s {
                assert!(x.span.end - x.span.start <= MAX_SENTENCE, "{}", x.span.end - x.span.start);
                kept.push_str(&t[x.span.start..x.span.end]);
            }
            let dense = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(dense(&kept), dense(&t), "every character is in some sentence");
        }
    }

    #[test]
    fn empty_and_whitespace() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\n \t").is_empty());
    }

    /// The former splitter, by characters: the reference for the byte skipping one.
    fn sentences_by_chars(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut paragraph = 0usize;
        let mut line = 1usize;
        let mut start: Option<(usize, usize)> = None; // (byte, line)
        let mut line_has_content = false;
        let mut iter = text.char_indices().peekable();
        let push = |out: &mut Vec<Sentence>, s: usize, e: usize, l: usize, p: usize| {
            let (s, e) = trim_span(text, s, e);
            if e > s {
                out.push(Sentence { span: Span { start: s, end: e }, paragraph: p, line: l });
            }
        };
        while let Some((i, c)) = iter.next() {
            if c == '\n' {
                if start.is_some() && super::continues_on_next_line(text, i) {
                    line += 1;
                    continue;
                }
                if let Some((s, l)) = start.take() {
                    push(&mut out, s, i, l, paragraph);
                }
                if !line_has_content && out.last().map(|s| s.paragraph) == Some(paragraph) {
                    paragraph += 1;
                }
                line_has_content = false;
                line += 1;
                continue;
            }
            if c.is_whitespace() && start.is_none() {
                continue;
            }
            line_has_content = true;
            if start.is_none() {
                start = Some((i, line));
            }
            let end_here = match c {
                '。' | '！' | '？' | '!' | '?' | '；' => true,
                '.' => ends_sentence_at_period(text, i),
                _ => false,
            };
            if end_here {
                // Keep closing quotes and brackets with the sentence.
                let mut e = i + c.len_utf8();
                while let Some(&(j, n)) = iter.peek() {
                    if matches!(n, '"' | '»' | '”' | '’' | ')' | '）' | '」' | '』') {
                        e = j + n.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                if let Some((s, l)) = start.take() {
                    push(&mut out, s, e, l, paragraph);
                }
            }
        }
        if let Some((s, l)) = start.take() {
            push(&mut out, s, text.len(), l, paragraph);
        }
        out
    }

    /// Skipping undecoded bytes inside sentences splits as the scan by characters did.
    #[test]
    fn same_as_by_chars() {
        let mut texts: Vec<String> = vec!["A. B.\u{a0}C!\") D? 。”E；F\n\n\u{3000}G. M.S. Li. 1.5".to_string()];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh", "tests/corpus/dev2/en", "tests/corpus/dev2/ru", "tests/corpus/dev2/zh"] {
            for f in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
                if f.path().extension().map(|e| e == "txt").unwrap_or(false) {
                    texts.push(std::fs::read_to_string(f.path()).unwrap());
                }
            }
        }
        assert!(texts.len() > 10);
        for t in &texts {
            assert_eq!(sentences(t), sentences_by_chars(t));
        }
    }
}
