//! Activities counted rather than told: "27 agreements were signed", "подписано 27 соглашений",
//! "签署了27项合作协议". Many activities are a statistic of the relationship, not one event with a
//! date and parties of its own.

/// Drops from a sentence's activity words those that are counted, with the other words of their
/// group in the same clause: "27 agreements were signed" is neither an agreement nor a signing.
pub(super) fn drop_counted(folded: &str, info: &super::analysis::SentenceInfo, named: &mut Vec<(&super::cues::CueHit, crate::model::Kind)>) {
    let start = info.sentence.span.start;
    // Most activity words have no count before them: a look at the bytes just before spares the rest.
    if !named.iter().any(|(c, _)| count_near(&folded[start..c.start])) {
        return;
    }
    let dates: Vec<(usize, usize)> = info.dates.iter().map(|(m, _)| (m.start, m.end)).collect();
    let counted_at: Vec<(usize, u8)> = named.iter().filter(|(c, _)| counted(folded, start, c.start, &dates)).map(|(c, k)| (c.start, super::context::group(*k))).collect();
    if counted_at.is_empty() {
        return;
    }
    let same_clause = |a: usize, b: usize| !folded[a.min(b)..a.max(b)].contains([',', ';', '，', '；', '。']);
    named.retain(|(c, k)| !counted_at.iter().any(|&(at, g)| g == super::context::group(*k) && same_clause(at, c.start)));
}

/// Whether a count may stand just before an activity word: a measure word among the last five
/// characters (Chinese), or a digit or a word for many within the last two words.
fn count_near(before: &str) -> bool {
    if before.chars().next_back().is_some_and(crate::text::is_han) || before.ends_with(|c: char| c.is_ascii_digit()) {
        return before.chars().rev().take(5).any(|c| MEASURES.contains(&c));
    }
    let mut words = before.split_whitespace().rev().take(WORDS_BETWEEN + 1);
    words.any(|w| w.bytes().any(|b| b.is_ascii_digit()) || NUMBER_WORDS.iter().any(|n| w.contains(n)))
}

/// Words for many (a count of dozens is a statistic however it is written).
const NUMBER_WORDS: &[&str] = &["dozens", "hundreds", "десятки", "десятков", "сотни"];

/// The smallest count that is a statistic. "Held a series of meetings", "signed three agreements"
/// during one visit are still what the visit did (the conventions count them as events); "27
/// agreements since 2013" is the relationship's record.
const STATISTIC: u32 = 5;

/// Chinese measure words after a count ("27项", "两份", "多个").
const MEASURES: &[char] = &['项', '份', '个', '個', '件', '项', '項'];

/// How many words may stand between the count and the activity word ("27 general agreements",
/// "27 новых соглашений"; "27 соглашений о сотрудничестве" has none).
const WORDS_BETWEEN: usize = 1;

/// Whether the activity word at `cue_start` is counted by a number of two or more just before it,
/// within its sentence (from `sent_start`) in `folded` text. `dates` are the spans of the sentence's
/// date mentions: "15 December, 2017 negotiations" counts nothing.
pub(super) fn counted(folded: &str, sent_start: usize, cue_start: usize, dates: &[(usize, usize)]) -> bool {
    let before = &folded[sent_start..cue_start];
    if before.chars().next_back().is_some_and(crate::text::is_han) || before.ends_with(|c: char| c.is_ascii_digit()) {
        return counted_han(before);
    }
    // The last words before the cue with where each starts.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in before.char_indices().chain(std::iter::once((before.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                let w = before[s..i].trim_matches(|c: char| !c.is_alphanumeric());
                if !w.is_empty() {
                    words.push((sent_start + s, w));
                }
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let in_date = |at: usize| dates.iter().any(|&(a, b)| a <= at && at < b);
    let is_count = |&(at, w): &(usize, &str)| !in_date(at) && (w.parse::<u32>().is_ok_and(|n| n >= STATISTIC) || NUMBER_WORDS.contains(&w));
    // The words between may describe the activities ("general", "cooperation"), not be the parties
    // or the act: "the two regions signed agreements" counts regions.
    let describes = |&(_, w): &(usize, &str)| !NOT_BETWEEN.iter().any(|p| w.starts_with(p)) && !VERB_ENDINGS.iter().any(|e| w.ends_with(e));
    let recent: Vec<(usize, &str)> = words.into_iter().rev().take(WORDS_BETWEEN + 1).collect();
    recent.iter().position(is_count).is_some_and(|i| recent[..i].iter().all(describes))
}

/// Endings of verbs, which no describing word has: "двух столиц проведут переговоры" counts capitals.
const VERB_ENDINGS: &[&str] = &["ed", "ут", "ют", "ат", "ят", "ли", "ла", "ло"];

/// Words that cannot stand between a count and what it counts: parties and acts.
const NOT_BETWEEN: &[&str] = &[
    "side", "region", "cit", "part", "countr", "province", "delegat", "sign", "conclud", "reach", "held", "hold",
    "сторон", "регион", "город", "стран", "провинц", "делегац", "подпис", "заключ", "достиг", "провел", "состоял",
];

/// "签署了27项合作协议", "两份协议": a count and a measure word, then at most four characters
/// ("合作") before the activity word.
fn counted_han(before: &str) -> bool {
    let tail: Vec<char> = before.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
    let Some(m) = tail.iter().rposition(|c| MEASURES.contains(c)) else { return false };
    if tail.len() - m - 1 > 4 {
        return false;
    }
    let count: String = tail[..m].iter().rev().take_while(|c| c.is_ascii_digit() || "十百数".contains(**c)).collect::<Vec<_>>().into_iter().rev().collect();
    count.parse::<u32>().map_or(count.contains(['十', '百', '数']), |n| n >= STATISTIC)
}

#[cfg(test)]
mod tests {
    use super::counted;

    fn at(s: &str, word: &str) -> bool {
        counted(s, 0, s.find(word).expect("word in text"), &[])
    }

    #[test]
    fn counts_are_statistics() {
        assert!(at("since 2013 the regions signed 27 agreements on cooperation", "agreements"));
        assert!(at("27 general agreements were signed", "agreements"));
        assert!(at("подписано 27 новых соглашений", "соглашений"));
        assert!(at("подписано 27 соглашений о сотрудничестве", "соглашений"));
        assert!(at("подписаны десятки соглашений", "соглашений"));
        assert!(at("双方签署了27项合作协议", "协议"));
        assert!(at("签署了数十份协议", "协议"));
    }

    #[test]
    fn one_activity_is_an_event() {
        assert!(!at("the regions signed an agreement on cooperation", "agreement"));
        assert!(!at("on 12 may 2019 the regions signed an agreement", "agreement"));
        let s = "on 15 december, 2017 negotiations were held";
        assert!(!counted(s, 0, s.find("negotiations").unwrap(), &[(3, 22)]));
        assert!(!at("双方签署了合作协议", "协议"));
        assert!(!at("签署一项协议", "协议"));
        assert!(!at("签署两份协议", "协议"));
        assert!(!at("делегация проведет ряд официальных встреч", "встреч"));
        assert!(!at("signed three agreements", "agreements"));
        assert!(!at("подписали соглашение о сотрудничестве", "соглашение"));
        assert!(!at("the two regions signed agreements", "agreements"));
        assert!(!at("представители двух столиц проведут переговоры", "переговоры"));
        assert!(!at("две стороны подписали соглашение", "соглашение"));
    }
}
