//! What each sentence holds: places by side, side words, third countries, cues, dates and people.
//! Computed once per document; the event builder reads only this.

use super::cues::{self, CueHit};
use super::lexicon::{Cue, Strength};
use super::people::{self, PersonHit};
use crate::dates::{resolve, scan, DateMention, DateValue, Day, Resolved};
use crate::gazetteer::{Entity, Gazetteer, Hit};
use crate::model::{Kind, Side};
use crate::text::Sentence;

#[derive(Debug, Clone)]
pub struct SentenceInfo {
    pub sentence: Sentence,
    /// Region indices named (directly or through a city), per side, in order of first mention.
    pub ru: Vec<u16>,
    pub cn: Vec<u16>,
    /// City indices named.
    pub cities: Vec<u16>,
    pub side_ru: bool,
    pub side_cn: bool,
    /// A generic word for a side's region ("the krai", "провинции", "该州"): it names that side only
    /// where the document names one of its regions (see `GENERIC_SIDE`).
    pub generic_ru: bool,
    pub generic_cn: bool,
    pub other_country: bool,
    pub cues: Vec<CueHit>,
    /// The discussion words wholly in the sentence (see `discussion::Talk`).
    pub talk: Vec<cues::TalkWord>,
    pub dates: Vec<(DateMention, Option<Resolved>)>,
    pub people: Vec<PersonHit>,
    pub places: Vec<Hit>,
    /// Page furniture after the article (a related-news list): never part of an event.
    pub furniture: bool,
    /// The date of the heading this sentence stands under ("5 июня" on a line of its own before a
    /// paragraph of a digest), if any.
    pub section_date: Option<(Resolved, String)>,
    /// The sentence's line is an item of a list or a row of a table ("• 5–9 June — Harbin",
    /// "1 3月 代表团访鄂 武汉", "апрель | Заседание | Улан-Батор"): it tells of nothing on other lines.
    pub row: bool,
}

impl SentenceInfo {
    pub fn has_side(&self, side: Side) -> bool {
        match side {
            Side::Ru => !self.ru.is_empty() || self.side_ru || self.people.iter().any(|p| p.side == Some(Side::Ru)),
            Side::Cn => !self.cn.is_empty() || self.side_cn || self.people.iter().any(|p| p.side == Some(Side::Cn)),
        }
    }
    pub fn has(&self, pred: impl Fn(Cue) -> bool) -> bool {
        self.cues.iter().any(|c| pred(c.cue))
    }
    pub fn strong(&self) -> impl Iterator<Item = (&CueHit, Kind)> {
        self.cues.iter().filter_map(|c| match c.cue {
            Cue::Activity(k, Strength::Strong) => Some((c, k)),
            _ => None,
        })
    }
}

/// Whether `after` (the folded text after a place name) opens with a Chinese agency dateline's date:
/// "12月14日电", "8月25日电", optionally after a space.
fn wire_dateline_after(after: &str) -> bool {
    let t = after.trim_start();
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let m = digits(t);
    if m == 0 || m > 2 || !t[m..].starts_with('月') {
        return false;
    }
    let t = &t[m + '月'.len_utf8()..];
    let d = digits(t);
    d > 0 && d <= 2 && t[d..].starts_with("日电")
}

/// Quoted stretches of three words or more (titles, slogans), as absolute byte ranges.
fn quoted_titles(s: &str, offset: usize) -> Vec<(usize, usize)> {
    // A title opens with '"' or with '«' (0xC2 0xAB), '“' or '„' (0xE2 0x80 …): a sentence without
    // those bytes has none, and most have none (decoding every character was 1.5 % of English).
    if !s.bytes().any(|b| matches!(b, b'"' | 0xC2 | 0xE2)) {
        return Vec::new();
    }
    scan_quoted_titles(s, offset)
}

/// The scan itself, every character decoded.
fn scan_quoted_titles(s: &str, offset: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        match (open, c) {
            (None, '"' | '«' | '“' | '„') => open = Some((i + c.len_utf8(), c)),
            (Some((start, o)), '"' | '»' | '”' | '“') if (o == '"') == (c == '"') || o != '"' => {
                if s[start..i].split_whitespace().count() >= 3 {
                    out.push((offset + start, offset + i));
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn push_unique(v: &mut Vec<u16>, x: u16) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// A sentence that is nothing but a date: a heading over what follows (not the dateline).
fn heading_date(text: &str, info: &SentenceInfo, dateline_line: Option<usize>, alone: bool) -> Option<(Resolved, String)> {
    if Some(info.sentence.line) == dateline_line || info.dates.len() != 1 {
        return None;
    }
    let (m, r) = &info.dates[0];
    let r = (*r)?;
    let (a, b) = (info.sentence.span.start, info.sentence.span.end);
    // A heading stands on a line of its own; "Чита. 3 марта. ИНТЕРФАКС - ..." is an agency
    // dateline opening the text.
    if !alone {
        return None;
    }
    let rest = text[a..m.start].chars().chain(text[m.end..b].chars()).filter(|&c| crate::text::is_alphabetic(c)).count();
    // "• 5–9 June — Harbin (Heilongjiang, PRC)": a date opening a short line, then where.
    // A numbered heading counts as opening with its date: "一、2020年工作回顾", "2. 2019 year results".
    let opens = enumerator(&text[a..m.start]);
    let line = text[a..b].trim_end();
    let short = || line.split_whitespace().count() <= 8 && line.chars().count() <= 60 && line.chars().filter(|c| crate::text::is_han(*c)).count() <= 12 && !line.ends_with(['.', '。']);
    (rest <= 3 || opens && short()).then(|| (r, text[m.start..m.end].to_string()))
}

/// Whether the place at `start..end` is the seat of a consulate: "consul…/консул… … in/в <place>"
/// within a few words before it, or "驻<place>…领事" around it.
fn consulate_seat(text: &str, sent_start: usize, start: usize, end: usize) -> bool {
    let mut from = start.saturating_sub(90).max(sent_start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    if before.ends_with("驻") {
        return text[end..].chars().take(8).collect::<String>().contains("领事");
    }
    // The preposition first: it is cheap, and most place names have none of these before them.
    if !(before.ends_with(" in ") || before.ends_with(" в ") || before.ends_with(" во ")) {
        return false;
    }
    let lower = before.to_lowercase();
    // Whole words: "consultations" and "консультации" are talks, not consulates.
    ["consul ", "consul-general", "consulate", "консул ", "генконсул", "консульств"].iter().any(|w| lower.contains(w))
}

/// A day written without its year takes the year the text gave the same day before; a day written
/// with it is remembered (a few dozen at most are kept, so this stays linear).
fn with_stated_year(v: DateValue, stated: &mut Vec<(u8, u8, i32)>) -> DateValue {
    let year_of = |p: crate::dates::Ymd, stated: &[(u8, u8, i32)]| match (p.y, p.m, p.d) {
        (None, Some(m), Some(d)) => stated.iter().rev().find(|s| s.0 == m && s.1 == d).map(|s| s.2),
        _ => None,
    };
    let mut remember = |p: crate::dates::Ymd| {
        if let (Some(y), Some(m), Some(d)) = (p.y, p.m, p.d) {
            if stated.len() < 64 && !stated.contains(&(m, d, y)) {
                stated.push((m, d, y));
            }
        }
    };
    match v {
        DateValue::Point(p) => {
            remember(p);
            match year_of(p, stated) {
                Some(y) => DateValue::Point(crate::dates::Ymd { y: Some(y), ..p }),
                None => v,
            }
        }
        DateValue::Range(p, q) => {
            remember(p);
            remember(q);
            match (year_of(p, stated), q.y) {
                (Some(y), None) => DateValue::Range(crate::dates::Ymd { y: Some(y), ..p }, crate::dates::Ymd { y: Some(y), ..q }),
                _ => v,
            }
        }
        _ => v,
    }
}

/// Whether what stands before a heading's date is nothing but a list number and its punctuation:
/// "", "• ", "3.", "IV. ", "一、", "（二）".
fn enumerator(before: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "IVXivx一二三四五六七八九十".contains(c);
    let marks = |c: char| c.is_whitespace() || "•-–—*.)(、．（）".contains(c);
    let letters = before.chars().filter(|&c| !marks(c)).count();
    letters == 0 || (letters <= 3 && before.chars().all(|c| numeral(c) || marks(c)) && !before.trim().is_empty())
}

/// `reference` resolves dates without a year; `page_date` (the publication date, the text's or the
/// URL's) bounds how far ahead a date may lie ([`decades_after`]): a dated heading or an old date
/// guessed for a reference does not.
pub fn analyse(text: &str, folded: &str, sentences: &[Sentence], reference: Option<Day>, page_date: Option<Day>, dateline_line: Option<usize>) -> Vec<SentenceInfo> {
    let g = Gazetteer::get();
    let hits = g.find(text, folded);
    let related = crate::dates::related_block_start_in(text, folded).unwrap_or(usize::MAX);
    // Cues of the whole text at once, then shared out by sentence.
    let (all_cues, talk) = cues::find(text, folded, 0, folded.len());
    let mut c = 0;
    let mut t = 0;
    let mut out = Vec::with_capacity(sentences.len());
    let mut h = 0;
    // The last day the text named, for "next day".
    let mut anchor: Option<Day> = None;
    // Days the text has given with their year: "on October 26, 2004 ... on the morning of October
    // 26" is the same day, whatever year the publication date would give it.
    let mut stated: Vec<(u8, u8, i32)> = Vec::new();
    let mut section: Option<(Resolved, String)> = None;
    let mut section_places: Option<(usize, Vec<u16>, Vec<u16>)> = None; // (paragraph, ru, cn)
    for (i, s) in sentences.iter().enumerate() {
        let (a, b) = (s.span.start, s.span.end);
        let mut info = SentenceInfo {
            sentence: s.clone(),
            ru: Vec::new(),
            cn: Vec::new(),
            cities: Vec::new(),
            side_ru: false,
            side_cn: false,
            generic_ru: false,
            generic_cn: false,
            other_country: false,
            cues: Vec::new(),
            talk: Vec::new(),
            dates: Vec::new(),
            people: Vec::new(),
            places: Vec::new(),
            furniture: a >= related,
            section_date: None,
            row: false,
        };
        while c < all_cues.len() && all_cues[c].start < a {
            c += 1;
        }
        let quoted = quoted_titles(&text[a..b], a);
        // Room for the sentence's cues at once (pushing grew the vector two or three times).
        info.cues.reserve(all_cues[c..].iter().take_while(|x| x.end <= b).count());
        while c < all_cues.len() && all_cues[c].end <= b {
            let cue = all_cues[c];
            c += 1;
            // An activity word inside a quoted title ("Two countries – one trip") names nothing.
            if matches!(cue.cue, super::lexicon::Cue::Activity(..)) && quoted.iter().any(|&(s, e)| cue.start >= s && cue.end <= e) {
                continue;
            }
            // Nor does one that ends the name of a standing body ("People's Congress").
            if matches!(cue.cue, super::lexicon::Cue::Activity(..)) && super::lexicon::BODIES.iter().any(|b| folded[..cue.end].ends_with(b)) {
                continue;
            }
            info.cues.push(cue);
        }
        while t < talk.len() && talk[t].0 < a {
            t += 1;
        }
        while t < talk.len() && talk[t].0 < b {
            if talk[t].1 <= b {
                info.talk.push(talk[t]);
            }
            t += 1;
        }
        while h < hits.len() && hits[h].span.start < a {
            h += 1;
        }
        let mut k = h;
        while k < hits.len() && hits[k].span.end <= b {
            let hit = hits[k];
            k += 1;
            // An agency dateline ("MOSCOW, 22 August (Interfax) –") names where the wire was filed,
            // not a party: a capitalised-only place name opening a sentence.
            let written = &text[hit.span.start..hit.span.end];
            let caps = written.chars().filter(|c| c.is_alphabetic()).count() >= 4 && !written.chars().any(|c| c.is_lowercase());
            if caps && text[a..hit.span.start].trim().is_empty() && !crate::text::is_han(written.chars().next().unwrap_or(' ')) {
                continue;
            }
            // The Chinese form: "俄罗斯卫星通讯社莫斯科12月14日电", the place, the day, then 电 (wired).
            if wire_dateline_after(&folded[hit.span.end..b]) {
                continue;
            }
            // "Consul General of the PRC in Khabarovsk", "Генеральный консул КНР в Хабаровске",
            // "驻哈巴罗夫斯克总领事": where a consulate sits is no party to what its consul does.
            if matches!(hit.entity, Entity::Region(_) | Entity::City(_)) && consulate_seat(text, a, hit.span.start, hit.span.end) {
                continue;
            }
            // "Wang Yongkang", "Ли Дунин": a town's name right after a Chinese surname is a given name.
            if matches!(hit.entity, Entity::City(_)) {
                let before = text[a..hit.span.start].strip_suffix(' ').unwrap_or("");
                let word = &before[before.rfind(|c: char| !c.is_alphabetic()).map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8)).unwrap_or(0)..];
                if !word.is_empty() && !written.starts_with(|c: char| crate::text::is_han(c)) && people::is_cn_surname(word) {
                    continue;
                }
            }
            // "别利斯基·亚历山大": a Chinese transliteration of a foreign personal name is written in
            // parts joined by a middle dot, and a town's name can end one part (利斯基, Liski). A
            // place name that ends mid-word, right before such a dot, is the tail of a name.
            if matches!(hit.entity, Entity::Region(_) | Entity::City(_)) && transliterated_name_part(text, a, hit.span.start, hit.span.end) {
                continue;
            }
            match hit.entity {
                Entity::Region(_) | Entity::City(_) => {
                    let (idx, side) = g.place_region_index(hit.entity).unwrap();
                    match side {
                        Some(Side::Ru) => push_unique(&mut info.ru, idx),
                        Some(Side::Cn) => push_unique(&mut info.cn, idx),
                        None => {}
                    }
                    if let Entity::City(c) = hit.entity {
                        push_unique(&mut info.cities, c);
                    }
                    info.places.push(hit);
                }
                Entity::Side(Side::Ru) if generic_side(&folded[hit.span.start..hit.span.end]) => info.generic_ru = true,
                Entity::Side(Side::Cn) if generic_side(&folded[hit.span.start..hit.span.end]) => info.generic_cn = true,
                Entity::Side(Side::Ru) => info.side_ru = true,
                Entity::Side(Side::Cn) => info.side_cn = true,
                Entity::BothSides => {
                    info.side_ru = true;
                    info.side_cn = true;
                }
                Entity::Other => info.other_country = true,
            }
        }
        // Under a dated heading (a post in a channel's feed, a day in a digest), "today", "yesterday"
        // and weekdays count from the heading's day, not from the page's date.
        let day_reference = section.as_ref().filter(|(r, _)| r.precision == crate::model::Precision::Day).map(|(r, _)| r.start).or(reference);
        info.dates = scan(&folded[a..b])
            .into_iter()
            .map(|mut m| {
                m.start += a;
                m.end += a;
                m.value = with_stated_year(m.value, &mut stated);
                let r = match m.value {
                    DateValue::DayAfter(_) => resolve(m.value, anchor),
                    DateValue::RelDay(_) | DateValue::Weekday { .. } => resolve(m.value, day_reference),
                    // A bare day ("27日", "on the 27th") continues the month the text was just in.
                    DateValue::Point(p) if p.y.is_none() && p.m.is_none() => resolve(m.value, anchor.or(reference)),
                    v => resolve(v, reference),
                };
                // "图为2019 11 12 17.11.55拍摄": a date written with a two-digit year that lands years
                // after the reference is a time of day or a file's stamp, not a date.
                let r = r.filter(|r| !stamp_read_as_date(&text[m.start..m.end], r, reference) && !decades_after(r, page_date));
                // "莫斯科12月14日电": the day a wire was filed dates the report, not what it tells.
                let r = r.filter(|_| !folded[m.end..b].starts_with("电"));
                if let Some(r) = r.filter(|r| r.precision == crate::model::Precision::Day) {
                    anchor = Some(r.end);
                }
                (m, r)
            })
            .collect();
        info.people = people::find(&text[a..b])
            .into_iter()
            .map(|mut p| {
                p.start += a;
                p.end += a;
                p
            })
            .collect();
        info.section_date = section.clone();
        // "• 5–8 September — Vladivostok" then "Eastern Economic Forum.": a place on the heading line
        // is where the items of its paragraph happen, when they name none of that side.
        if let Some((para, ru, cn)) = &section_places {
            if *para == s.paragraph {
                if info.ru.is_empty() {
                    info.ru = ru.clone();
                }
                if info.cn.is_empty() {
                    info.cn = cn.clone();
                }
            }
        }
        // Alone on its line: no neighbouring sentence starts on the same line.
        let alone = (i == 0 || sentences[i - 1].line != s.line) && sentences.get(i + 1).map(|n| n.line != s.line).unwrap_or(true);
        if let Some(h) = heading_date(text, &info, dateline_line, alone) {
            section = Some(h);
            info.section_date = None;
            section_places = Some((s.paragraph, info.ru.clone(), info.cn.clone()));
        }
        out.push(info);
    }
    mark_rows(text, &mut out);
    // "Хабаровский край и провинция Канвондо": a province is Chinese only in a text that names a
    // Chinese region; elsewhere it is Korea's, Canada's or anyone's.
    let regions = [out.iter().any(|i| !i.ru.is_empty()), out.iter().any(|i| !i.cn.is_empty())];
    for info in &mut out {
        info.side_ru |= info.generic_ru && regions[0];
        info.side_cn |= info.generic_cn && regions[1];
    }
    out
}

/// The beginnings of generic words for a region of a side, folded: "krai", "oblast", "province",
/// "край", "провинция", "автономный район", "该州", "边疆区". Country names and their adjectives
/// are not generic.
const GENERIC_SIDE: &[&str] = &["krai", "oblast", "provinc", "кра", "провинц", "автономн", "该州", "边疆区"];

fn generic_side(folded: &str) -> bool {
    GENERIC_SIDE.iter().any(|g| folded.starts_with(g))
}

/// The number a line starts with ("1 3月 …", "2. …"), if it is followed by a space, dot or bracket.
fn item_number(line: &str) -> Option<u32> {
    let digits: String = line.chars().take_while(|c| c.is_ascii_digit()).collect();
    let rest = &line[digits.len()..];
    (!digits.is_empty() && digits.len() <= 2 && rest.starts_with([' ', '.', ')', '\t', '、'])).then(|| digits.parse().ok()).flatten()
}

/// Marks the sentences of list items and table rows. Sentences never span lines, so a line is the
/// run of sentences with its number. A numbered line is an item only beside the next or previous
/// number, so that "15 декабря 2017 года …" opening a paragraph is not one.
fn mark_rows(text: &str, infos: &mut [SentenceInfo]) {
    let mut lines: Vec<(usize, usize, usize, usize)> = Vec::new(); // (first, last sentence, line, paragraph)
    for (i, info) in infos.iter().enumerate() {
        match lines.last_mut() {
            Some(l) if l.2 == info.sentence.line => l.1 = i,
            _ => lines.push((i, i, info.sentence.line, info.sentence.paragraph)),
        }
    }
    let texts: Vec<&str> = lines.iter().map(|l| text[infos[l.0].sentence.span.start..infos[l.1].sentence.span.end].trim()).collect();
    let numbers: Vec<Option<u32>> = texts.iter().map(|t| item_number(t)).collect();
    for (k, l) in lines.iter().enumerate() {
        let t = texts[k];
        let bullet = t.starts_with(['•', '·', '▪', '►', '‣', '◦', '*', '-', '–', '—']);
        let table = t.matches('|').count() >= 2 || t.matches('\t').count() >= 2;
        let beside = |j: usize| lines[j].3 == l.3 && matches!((numbers[j], numbers[k]), (Some(a), Some(b)) if a + 1 == b || b + 1 == a);
        let numbered = numbers[k].is_some() && ((k > 0 && beside(k - 1)) || (k + 1 < lines.len() && beside(k + 1)));
        if bullet || table || numbered {
            for info in &mut infos[l.0..=l.1] {
                info.row = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::enumerator;

    #[test]
    fn list_numbers_before_a_heading_date() {
        for before in ["", "• ", "3. ", "IV. ", "一、", "（二）", "- "] {
            assert!(enumerator(before), "{before:?}");
        }
        for before in ["Results of ", "一是", "In ", "会议 "] {
            assert!(!enumerator(before), "{before:?}");
        }
    }

    #[test]
    fn quoted_titles_as_by_chars() {
        let mut lines: Vec<String> = ["the \"Two countries – one trip\" tour", "форум «Амур — 2019 год» прошёл", "“Days of Harbin in Russia” and „x y z“", "no quotes here", "»closing only«"].iter().map(|l| l.to_string()).collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for dir in ["seeds", "tests/corpus/dev1/en", "tests/corpus/dev1/ru", "tests/corpus/dev1/zh"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                lines.extend(std::fs::read_to_string(entry.unwrap().path()).unwrap().lines().map(str::to_string));
            }
        }
        for l in &lines {
            assert_eq!(super::quoted_titles(l, 7), super::scan_quoted_titles(l, 7), "{l}");
        }
    }
}

/// Whether the Han place name at `start..end` is the end of one part of a transliterated personal
/// name: a Han character runs on before it (within the sentence from `a`) and a name-joining dot
/// follows it at once ("别利斯基·亚历山大").
fn transliterated_name_part(text: &str, a: usize, start: usize, end: usize) -> bool {
    let han_before = text[a..start].chars().next_back().is_some_and(crate::text::is_han);
    let dot_after = text[end..].starts_with(['·', '•', '・', '‧']);
    han_before && dot_after && text[start..end].chars().all(crate::text::is_han)
}

/// Whether a date lies more than [`FUTURE_YEARS`] after the page's date (the publication date, or the
/// URL's): no exchange is planned that far ahead, so "2055" in an article of 2023 is a misread number
/// (an id, a count, a time), and taking it would stretch every timeline to it.
fn decades_after(r: &Resolved, page_date: Option<crate::dates::Day>) -> bool {
    page_date.is_some_and(|p| r.start.y > p.y + FUTURE_YEARS)
}

/// How far ahead an exchange can be planned; strategies "to 2050" are not events.
const FUTURE_YEARS: i32 = 20;

/// Whether a date was written with a two-digit year (its four digits are not in `written`) and
/// falls more than five years after the reference: "17.11.55", the time in a photo's stamp.
fn stamp_read_as_date(written: &str, r: &Resolved, reference: Option<crate::dates::Day>) -> bool {
    reference.is_some_and(|p| r.start.y > p.y + 5) && !written.contains(&r.start.y.to_string())
}
