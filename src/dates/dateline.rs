//! Finds a document's publication date: a labelled date ("Published:", "Опубликовано", "发布时间")
//! or a line that is little but a full date near the top ("December 21, 2017", "22 мая 2006 г.",
//! "2015年06月11日 09時30分"). Header widgets with today's date, crawler lines and related-news
//! blocks are not the article's date and are skipped.

use super::resolve::{resolve, Day};
use super::scan::{scan, DateValue};
use crate::model::Precision;
use crate::text::fold;

const LABELS: &[&str] = &[
    "date of publication", "published", "publication date", "posted", "date:", "time:", "release date", "updated", "опубликовано",
    "дата публикации", "дата размещения", "дата:", "размещено", "发稿时间", "发布时间", "发布日期", "发布于", "时间：", "日期：", "时间:", "日期:",
];
/// Lines that start a list of other articles: nothing after them dates this one.
const RELATED: &[&str] = &[
    "related", "other news", "more news", "see also", "read also", "latest news", "читайте также", "другие новости",
    "похожие новости", "смотрите также", "новости по теме", "последние новости", "相关新闻", "相关阅读", "相关链接",
    "延伸阅读", "热点新闻", "推荐阅读", "其他新闻",
    // A news site's links to the next or previous article, more of its feed, its timeline of items.
    "下一篇", "上一篇", "更多新闻", "相关报道", "相关文章", "继续阅读", "新闻时间线",
];
/// Lines that give today's date, not the article's.
const TODAY: &[&str] = &["today", "сегодня", "今天是", "今天", "今日"];
/// Labels that name when a programme went out: a dateline only near the top, since the words are
/// common in prose ("the concert was broadcast on ...").
const TOP_LABELS: &[&str] = &["broadcast", "aired", "эфир", "выпуск от", "播出"];

/// A header widget: the weather next to today's date ("Ulan-Ude −18°C | Thursday, 30 November 2023").
fn weather_widget(line: &str) -> bool {
    // The degree sign first: one byte search, most lines have none.
    (line.contains('°') && (line.contains("°c") || line.contains("°с"))) || line.contains('℃')
}

/// Whether a folded line has a word of `LABELS` (`top`: of `TOP_LABELS`). One automaton pass each:
/// a substring search per label on every line with a digit was most of this step's time.
fn has_label(lower: &str, top: bool) -> bool {
    static SETS: std::sync::OnceLock<[aho_corasick::AhoCorasick; 2]> = std::sync::OnceLock::new();
    // A DFA: a few dozen states, a table lookup per byte.
    let build = |l: &[&str]| aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(l).expect("labels build");
    let sets = SETS.get_or_init(|| [build(LABELS), build(TOP_LABELS)]);
    sets[top as usize].is_match(lower)
}

/// Whether a folded line has a word of `LABELS`, and one of `TOP_LABELS`: what [`has_label`] tells
/// of each, in one pass, by a DFA of the ASCII labels where only they can match (English lines).
fn labels_in(lower: &str) -> (bool, bool) {
    static ASCII: std::sync::OnceLock<crate::text::AsciiSubset> = std::sync::OnceLock::new();
    let ascii = ASCII.get_or_init(|| crate::text::AsciiSubset::new(&LABELS.iter().chain(TOP_LABELS).collect::<Vec<_>>()));
    if !ascii.usable(lower) {
        return (has_label(lower, false), has_label(lower, true));
    }
    let (mut label, mut top) = (false, false);
    ascii.for_each_match(lower.as_bytes(), |p, _, _| {
        if (p as usize) < LABELS.len() {
            label = true;
        } else {
            top = true;
        }
    });
    (label, top)
}

/// An agency dateline opening the article: "MOSCOW, 22 August 2020 (Interfax) – ...": a place in
/// capitals, a comma, the date, then the agency or a dash. `found` are the dates of `line`.
fn agency_dateline(line: &str, first_date: Option<(usize, usize)>) -> bool {
    let Some((start, end)) = first_date else { return false };
    let Some(place) = line[..start].trim_end().strip_suffix(',') else { return false };
    let caps = place.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !place.chars().any(char::is_lowercase);
    let after = line[end..].trim_start();
    // "Тверская область, 7 апреля, 2009, 11:05 — ИА Новости": the time of filing may stand
    // between the date and the dash.
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    let time = after.bytes().take_while(|b| b.is_ascii_digit() || *b == b':').count();
    let after = if time >= 4 && after[..time].contains(':') { after[time..].trim_start() } else { after };
    let dash = after.starts_with(['-', '–', '—']);
    // "Tomsk, 14 March 2023 — A delegation ...": a place in title case, when a dash follows the date;
    // a region's name may end in its kind of region ("Тверская область").
    let words: Vec<&str> = place.split_whitespace().collect();
    let kind_of_region = |w: &str| matches!(w, "область" | "край" | "республика" | "округ" | "oblast" | "krai" | "region" | "province");
    let titled = !words.is_empty()
        && words.len() <= 3
        && words.iter().enumerate().all(|(i, w)| (w.chars().next().is_some_and(char::is_uppercase) || i > 0 && kind_of_region(w)) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    (caps || titled && dash) && place.chars().count() <= 30 && (after.starts_with('(') || dash)
}

/// A crawler's stamp (" date 2021-03-04"): the word and then the digits, unlike a label such as
/// "Date of publication: 29.07.2019".
fn crawler_line(lower: &str) -> bool {
    lower.strip_prefix("date ").map(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit())).unwrap_or(false)
}

/// How many lines from the top an unlabelled date line may stand on.
const TOP_LINES: usize = 15;
/// At most this many letters besides the date make a line a dateline.
const MAX_OTHER_LETTERS: usize = 28;

fn letters_outside(line: &str, ranges: &[(usize, usize)]) -> usize {
    // One pass with a cursor over the ranges by start: testing every range at every character was
    // quadratic on a long line full of dates (a page flattened to one line).
    let mut sorted = ranges.to_vec();
    sorted.sort_unstable();
    let (mut next, mut reach) = (0, 0); // ranges started so far, and the furthest end among them
    line.char_indices()
        .filter(|&(i, c)| {
            while let Some(&(_, e)) = sorted.get(next).filter(|r| r.0 <= i) {
                (reach, next) = (reach.max(e), next + 1);
            }
            c.is_alphabetic() && i >= reach
        })
        .count()
}

/// A day the document's top names with its year ("Digest of events, 3–9 June 2019"), for
/// resolving dates written without a year when there is no publication date.
pub fn reference_date(text: &str) -> Option<Day> {
    for line in text.lines().take(TOP_LINES) {
        let lower = fold(line.trim());
        if !lower.bytes().any(|b| b.is_ascii_digit()) || TODAY.iter().any(|t| lower.starts_with(t)) || crawler_line(&lower) {
            continue;
        }
        for m in scan(&lower) {
            let written_year = match m.value {
                DateValue::Point(p) => p.y.is_some() && p.m.is_some(),
                DateValue::Range(a, _) => a.y.is_some() && a.m.is_some(),
                _ => false,
            };
            if written_year {
                if let Some(r) = resolve(m.value, None) {
                    return Some(r.start);
                }
            }
        }
    }
    title_year(text)
}

/// The month an issue is dated by when its top gives no day ("Members' Bulletin | Issue 7 | July
/// 2019"): its first and last day. What starts after it is still to come; what ends before it is past.
pub fn issue_month(text: &str) -> Option<(Day, Day)> {
    for line in text.lines().take(TOP_LINES) {
        let lower = fold(line.trim());
        if !lower.bytes().any(|b| b.is_ascii_digit()) || TODAY.iter().any(|t| lower.starts_with(t)) || crawler_line(&lower) {
            continue;
        }
        let found = scan(&lower);
        // An issue is dated by a heading, not by a sentence of the story ("In April 1965 ties were
        // set with ..." opening a history of sister cities): running text dates what it tells.
        let ranges: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
        if letters_outside(&lower, &ranges) > 2 * MAX_OTHER_LETTERS {
            continue;
        }
        for m in found {
            match m.value {
                DateValue::Point(p) if p.y.is_some() && p.m.is_some() => {
                    if p.d.is_some() {
                        return None;
                    }
                    let r = resolve(m.value, None)?;
                    return Some((r.start, r.end));
                }
                DateValue::Range(a, _) if a.y.is_some() && a.m.is_some() => return None,
                _ => {}
            }
        }
    }
    None
}

/// The year a report or plan covers, from its title ("Report ... for 2019", "План мероприятий на
/// 2020 год", "2019年工作总结"): its middle, so that every month written without a year is that year's.
/// Only the first non-empty lines, and only a year after a word that makes it the period covered.
fn title_year(text: &str) -> Option<Day> {
    const BEFORE: &[&str] = &["for ", "за ", "на ", "of "];
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()).take(3) {
        let lower = fold(line);
        let bytes = lower.as_bytes();
        let mut i = 0;
        while i + 4 <= bytes.len() {
            let four = &bytes[i..i + 4];
            let boundary = (i == 0 || !bytes[i - 1].is_ascii_digit()) && bytes.get(i + 4).map(|b| !b.is_ascii_digit()).unwrap_or(true);
            if boundary && four.iter().all(u8::is_ascii_digit) {
                let y: i32 = lower[i..i + 4].parse().ok()?;
                let rest = &lower[i + 4..];
                let introduced = BEFORE.iter().any(|w| lower[..i].ends_with(w)) || rest.starts_with("年度") || rest.starts_with("年工作") || rest.starts_with("年计划");
                // "for 2019-2021" is a programme's span, not one year's report.
                let span = rest.starts_with(['-', '–']);
                if (1990..=2100).contains(&y) && introduced && !span {
                    return Some(Day { y, m: 7, d: 1 });
                }
            }
            i += 1;
        }
    }
    None
}

/// The byte offset where a list of other articles begins ("Related news", "Читайте также", "相关新闻"):
/// nothing after it belongs to this article.
pub fn related_block_start(text: &str) -> Option<usize> {
    related_block_start_in(text, &fold(text))
}

/// [`related_block_start`] of `text` whose folded copy is `folded`: a line of it is the fold of the
/// line, which spares folding the short lines again.
pub fn related_block_start_in(text: &str, folded: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        // Only short lines can open the block: this runs on every line (a line of more than 160
        // bytes has more than 40 characters, one of at most 40 bytes no more).
        let trimmed = line.trim();
        if !trimmed.is_empty() && trimmed.len() <= 160 && (trimmed.len() <= 40 || trimmed.chars().count() <= 40) {
            let from = trimmed.as_ptr() as usize - text.as_ptr() as usize;
            let lower = &folded[from..from + trimmed.len()];
            if RELATED.iter().any(|r| lower.starts_with(r)) {
                return Some(at);
            }
        }
        at += line.len();
    }
    None
}

/// A line that reads as prose (a headline or a sentence that starts with its date) is no dateline.
fn sentence_like(line: &str) -> bool {
    let words = line.split_whitespace().filter(|w| w.chars().all(|c| c.is_alphabetic()) && w.chars().count() > 2).count();
    words >= 8 || line.trim_end().ends_with('.') && words >= 4
}

/// The publication date and the 1-based line it stands on.
pub fn publication_date(text: &str) -> Option<(Day, usize)> {
    publication_date_in(text, &fold(text))
}

/// [`publication_date`] of `text` whose folded copy is `folded` (`crate::text::fold(text)`): a line
/// of it is the fold of the line, which spares folding each line again.
pub fn publication_date_in(text: &str, folded: &str) -> Option<(Day, usize)> {
    let mut unlabelled: Option<(Day, usize)> = None;
    // A crawler's stamp (" date 2019-11-07") is when the page was taken, which for a news item is
    // mostly the day it came out: the article's own date wins, the stamp stands in for a missing one.
    let mut stamp: Option<(Day, usize)> = None;
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let has_digit = trimmed.bytes().any(|b| b.is_ascii_digit());
        let short = trimmed.chars().count() <= 40;
        if !has_digit && !short {
            continue; // neither a date nor a heading
        }
        let at = trimmed.as_ptr() as usize - text.as_ptr() as usize;
        let lower = &folded[at..at + trimmed.len()];
        if short && RELATED.iter().any(|r| lower.starts_with(r)) {
            break;
        }
        if !has_digit {
            continue;
        }
        if crawler_line(lower) {
            if stamp.is_none() && n < TOP_LINES {
                stamp = scan(lower).first().filter(|m| m.start <= 6).and_then(|m| resolve(m.value, None)).filter(|r| r.precision == Precision::Day).map(|r| (r.start, line_no));
            }
            continue;
        }
        if TODAY.iter().any(|t| lower.starts_with(t)) || weather_widget(lower) {
            continue;
        }
        let (label, top) = labels_in(lower);
        let labelled = label || (n < TOP_LINES && top);
        if !labelled && (n >= TOP_LINES || unlabelled.is_some()) {
            continue;
        }
        // "June 3 | 2016": a bar between the day and the year.
        let cleaned = lower.replace(['|', '｜'], ",");
        let found = scan(&cleaned);
        let Some(day) = found.iter().find_map(|m| match m.value {
            DateValue::Point(p) if p.y.is_some() && p.d.is_some() => resolve(m.value, None)
                .filter(|r| r.precision == Precision::Day)
                .map(|r| r.start),
            _ => None,
        }) else {
            continue;
        };
        let ranges: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
        let other = letters_outside(&cleaned, &ranges);
        // A date that opens the line, then a time or a source: "2018-05-14 11:02 Department of ...".
        let opens_line = found.first().map(|m| m.start == 0).unwrap_or(false) && !sentence_like(&cleaned);
        // The agency dateline's case is in the original line; the folded one has the same offsets.
        let agency = n < TOP_LINES && agency_dateline(trimmed, found.first().map(|m| (m.start, m.end)).filter(|_| !trimmed.contains(['|', '｜'])));
        if labelled || (agency && unlabelled.is_none()) {
            return Some((day, line_no));
        }
        if (other <= MAX_OTHER_LETTERS || opens_line) && unlabelled.is_none() {
            unlabelled = Some((day, line_no));
        }
    }
    unlabelled.or(stamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pubdate(t: &str) -> Option<String> {
        publication_date(t).map(|(d, _)| d.iso())
    }

    #[test]
    fn one_search_finds_what_a_search_per_label_found() {
        for line in ["date of publication: 29.07.2019", "posted 2019", "june 3, 2016", "发布时间：2015年", "выпуск от 3 мая", "", "time:", "updated: x", "aired"] {
            assert_eq!(has_label(line, false), LABELS.iter().any(|l| line.contains(l)), "{line}");
            assert_eq!(has_label(line, true), TOP_LABELS.iter().any(|l| line.contains(l)), "{line}");
        }
        for line in ["ulan-ude −18°c", "−18°с", "20℃", "°", "5 °c"] {
            assert_eq!(weather_widget(line), line.contains("°c") || line.contains("°с") || line.contains('℃'));
        }
    }

    /// The one pass over the ASCII labels answers as the two searches of all labels.
    #[test]
    fn labels_in_is_has_label() {
        let mut lines: Vec<String> = ["date of publication: 29.07.2019", "posted 2019", "june 3, 2016", "发布时间：2015年", "выпуск от 3 мая", "", "time:", "updated: x", "aired", "– broadcast", "dated: 5", "времени: 3"]
            .iter()
            .map(|l| l.to_string())
            .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev2/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                lines.extend(fold(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).lines().map(str::to_string));
            }
        }
        for line in &lines {
            assert_eq!(labels_in(line), (has_label(line, false), has_label(line, true)), "{line}");
        }
    }

    /// With the folded text given, as when each short line was folded.
    #[test]
    fn related_block_start_in_as_by_lines() {
        let former = |text: &str| {
            let mut at = 0;
            for line in text.split_inclusive('\n') {
                let trimmed = line.trim();
                if !trimmed.is_empty() && trimmed.chars().count() <= 40 {
                    let lower = fold(trimmed);
                    if RELATED.iter().any(|r| lower.starts_with(r)) {
                        return Some(at);
                    }
                }
                at += line.len();
            }
            None
        };
        let mut texts: Vec<String> = vec!["Title\n\nText.\n  Related news  \nMay 5".into(), "Текст\nЧитайте также: ещё сорок символов здесь, и ещё\nЧитайте также\n".into(), "相关新闻".into(), "Related ".repeat(30)];
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev2/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
            }
        }
        for t in &texts {
            assert_eq!(related_block_start_in(t, &fold(t)), former(t), "{t}");
        }
    }

    /// Lines of the folded text are the folded lines.
    #[test]
    fn publication_date_in_is_by_lines() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let t = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                for (n, line) in t.lines().enumerate() {
                    let trimmed = line.trim();
                    let at = trimmed.as_ptr() as usize - t.as_ptr() as usize;
                    assert_eq!(&fold(&t)[at..at + trimmed.len()], fold(trimmed), "line {n}");
                }
            }
        }
    }

    #[test]
    fn datelines() {
        assert_eq!(pubdate("Negotiations were held in S\nDecember 21, 2017\n\nDuring..."), Some("2017-12-21".into()));
        assert_eq!(pubdate("Home > News\nJune 3 | 2016\nText"), Some("2016-06-03".into()));
        assert_eq!(pubdate("Заголовок\n25 июля 2002 10:40\nТекст"), Some("2002-07-25".into()));
        assert_eq!(pubdate("14 Ноя 2011\nТекст"), Some("2011-11-14".into()));
        assert_eq!(pubdate("标题\n2015年06月11日 09時30分 来源：东北网\n正文"), Some("2015-06-11".into()));
        assert_eq!(pubdate("Time:2019-04-02\nText"), Some("2019-04-02".into()));
        assert_eq!(pubdate("News\n2018-05-14 11:02   Department of International Cooperation\nText"), Some("2018-05-14".into()));
        assert_eq!(pubdate("Home > News\n\nDate of publication: 29.07.2019\n"), Some("2019-07-29".into()));
        assert_eq!(pubdate("MOSCOW, 22 August 2020 (Interfax) – The co-chairs of the commission met on Friday.\n"), Some("2020-08-22".into()));
        assert_eq!(pubdate("Headline\n\nTomsk, 14 March 2023 — A delegation of 20 entrepreneurs arrived.\n"), Some("2023-03-14".into()));
        assert_eq!(pubdate("Headline\n\nНижний Новгород, 5 мая 2021 г. — Делегация прибыла.\n"), Some("2021-05-05".into()));
        // A region's name, and the time of filing before the agency's name.
        assert_eq!(pubdate("Заголовок\nТверская область, 7 апреля, 2009, 11:05 — ИА Новости. Делегация прибыла.\n"), Some("2009-04-07".into()));
        assert_eq!(pubdate("ZABTV\n\"Vesti-Chita\" evening news, broadcast 14.06.2019, transcript\n\nPRESENTER: Good evening.\n"), Some("2019-06-14".into()));
        assert_eq!(pubdate("Portal\nUlan-Ude  −18°C   |   Thursday, 30 November 2023\nHome / News\n\n23.11.2023\n\nText.\n"), Some("2023-11-23".into()));
        assert_eq!(pubdate("Updated: 2019-07-11    From: Foreign Affairs Office of Dalian Municipal Government\n"), Some("2019-07-11".into()));
        assert_eq!(pubdate("Министерство промышленности, торговли и развития предпринимательства области\nДата размещения: 19.04.2017     Раздел: Внешнеэкономическая деятельность\n"), Some("2017-04-19".into()));
        assert_eq!(pubdate("标题\n发稿时间：2020-09-08 16:21 来源：新华社\n正文"), Some("2020-09-08".into()));
    }

    #[test]
    fn not_datelines() {
        assert_eq!(pubdate("Today is March 5, 2024\nNo date here."), None);
        // A crawler's stamp is not the article's date where the article has one, and stands in for
        // it where it has none (the conventions of the real development set count it).
        assert_eq!(pubdate("Today is March 5, 2024\n date 2021-03-04\nNo date here."), Some("2021-03-04".into()));
        assert_eq!(pubdate(" date 2021-03-04\nHeadline\n16.11.2020\n\nText."), Some("2020-11-16".into()));
        assert_eq!(pubdate("Title\nText of the article without dates.\nRelated news\nMay 5, 2019"), None);
        assert_eq!(pubdate("Чита. 3 марта. ИНТЕРФАКС - Текст"), None);
        assert_eq!(
            pubdate("15 December, 2017 negotiations between the head of the centre and the secretary were held"),
            None
        );
    }
}
