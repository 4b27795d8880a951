//! What the words around an activity cue say about it: the event's name, its date and status,
//! and whether the cue refers back to an activity already named, names only a venue, or names
//! something merely discussed or celebrated. The event builder (`events.rs`) asks; this answers.

use super::analysis::SentenceInfo;
use super::lexicon::Cue;
use crate::dates::Resolved;
use crate::model::Status;

/// The proper name around a forum or festival cue: capitalised words ending in the cue
/// ("Amur Economic Forum"), a quoted name after it («Амур»), or the Han characters before it.
pub(super) fn event_name(text: &str, folded: &str, cue_start: usize, cue_end: usize, sent_start: usize) -> Option<String> {
    let cue_text = &text[cue_start..cue_end];
    let first = cue_text.chars().next()?;
    if crate::text::is_han(first) {
        let before: Vec<char> = text[sent_start..cue_start].chars().rev().take_while(|c| crate::text::is_han(*c) && !"在于的了和与及将举办参加出席".contains(*c)).collect();
        if before.len() >= 2 {
            let name: String = before.into_iter().rev().collect();
            return Some(crate::text::fold(&format!("{name}{cue_text}")));
        }
        return None;
    }
    // Quoted name right after the cue: форум «Амур», the "Amur" forum.
    let after = text[cue_end..].trim_start();
    let after = after.split_once(char::is_whitespace).map(|(w, rest)| if w.chars().all(char::is_alphabetic) && w.chars().count() < 3 { rest } else { after }).unwrap_or(after);
    if let Some(rest) = after.strip_prefix('«').or_else(|| after.strip_prefix('"')).or_else(|| after.strip_prefix('“')) {
        if let Some(end) = rest.find(['»', '"', '”']) {
            return Some(crate::text::fold(&rest[..end]));
        }
    }
    if !first.is_uppercase() {
        return None;
    }
    // Capitalised words (and joining words) before the cue.
    let before = &text[sent_start..cue_start];
    let mut start = cue_start;
    for w in before.split_inclusive(' ').rev() {
        let word = w.trim();
        let joins = matches!(word, "and" | "of" | "&" | "и" | "de");
        if word.chars().next().map(|c| c.is_uppercase() || c.is_ascii_digit()).unwrap_or(false) || joins {
            start -= w.len();
        } else {
            break;
        }
    }
    let name = folded[start..cue_end].trim();
    let name = name.strip_prefix("the ").or_else(|| name.strip_prefix("and ")).unwrap_or(name);
    (name.len() > cue_text.len()).then(|| name.to_string())
}

/// Two names of one event: equal, or one contains the other ("旅游推介会" in "海南旅游推介会").
pub(super) fn same_name(a: &str, b: &str) -> bool {
    a == b || a.contains(b) || b.contains(a)
}

pub(super) fn overlaps(a: &Resolved, b: &Resolved) -> bool {
    a.start <= b.end && b.start <= a.end
}

pub(super) fn disjoint(a: &[u16], b: &[u16]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// Words after which a date tells when something was said, not when it happened.
const REPORTING: &[&str] = &["said", "announced", "reported", "told", "stated", "сообщил", "сообщила", "сообщили", "заявил", "заявила", "рассказал", "рассказала"];

pub(super) fn reported(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..at].trim_end();
    let before = before.strip_suffix(" on").or_else(|| before.strip_suffix(" в")).unwrap_or(before).trim_end().to_lowercase();
    REPORTING.iter().any(|r| before.ends_with(r))
}

/// A span of years after "for", "until", "на", "до": how long a plan runs, not when it was made.
/// How far back (bytes) a date looks for an unclosed 《 title: about 130 Chinese characters.
const TITLE_LOOKBACK: usize = 400;

pub(super) fn validity_period(text: &str, at: usize, r: &Option<Resolved>) -> bool {
    let year_span = r.map(|r| r.precision == crate::model::Precision::Year).unwrap_or(false);
    // Several years at once ("2019–2021", "на 2019–2021 годы") is a plan's term, not a day of action;
    // so is a date inside a document's title (《…（2019—2021年）》).
    if r.map(|r| year_span && r.end.y > r.start.y).unwrap_or(false) {
        return true;
    }
    // A title is short: look back a bounded stretch, so a long document without 《 stays linear.
    let mut from = at.saturating_sub(TITLE_LOOKBACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    if before.rfind('《').map(|o| before[o..].find('》').is_none()).unwrap_or(false) {
        return true;
    }
    let word = text[..at].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
    year_span && matches!(word.as_str(), "for" | "until" | "till" | "through" | "by" | "на" | "до" | "по")
}

/// The date nearest a cue in its sentence, if any resolves.
pub(super) fn date_near(info: &SentenceInfo, at: usize, text: &str) -> Option<(Resolved, String)> {
    info.dates
        .iter()
        .filter(|(m, r)| !reported(text, m.start) && !validity_period(text, m.start, r))
        .filter_map(|(m, r)| r.map(|r| (m, r)))
        // The most precise date, then the nearest: "On the same day ... who liberated Manchuria in
        // 1945 and visited" is dated by the day, not the year.
        .min_by_key(|(m, r)| (r.precision, if m.end <= at { at - m.end } else { m.start.saturating_sub(at) }))
        .map(|(m, r)| (r, text[m.start..m.end].to_string()))
}

/// Planned or happened: a written date before or after the publication date decides; else the
/// marker nearest the cue; else the document's default (a plan of events is all planned). A date
/// whose year was only guessed from the publication date is moved a year to agree with the status.
pub(super) fn status_of(info: &SentenceInfo, at: usize, date: &mut Option<(Resolved, String)>, published: Option<crate::dates::Day>, default: Status) -> Status {
    if let (Some((d, _)), Some(p)) = (date.as_ref(), published) {
        // A year guessed from a nearby publication date is as good as written.
        let near = (d.start.ordinal() - p.ordinal()).abs() <= 60 || (d.end.ordinal() - p.ordinal()).abs() <= 60;
        if !d.year_guessed || near {
            if d.start > p {
                return Status::Planned;
            }
            if d.end < p {
                return Status::Happened;
            }
        }
    }
    let nearest = info
        .cues
        .iter()
        .filter(|c| matches!(c.cue, Cue::Planned | Cue::Happened))
        .min_by_key(|c| if c.end <= at { at - c.end } else { c.start.saturating_sub(at) });
    let status = match nearest.map(|c| c.cue) {
        Some(Cue::Planned) => Status::Planned,
        Some(_) => Status::Happened,
        None => match (date.as_ref(), published) {
            (Some((d, _)), Some(p)) if d.start > p => Status::Planned,
            (Some((d, _)), Some(p)) if d.end < p && default == Status::Happened => Status::Happened,
            _ => default,
        },
    };
    if let (Some((d, _)), Some(p)) = (date.as_mut(), published) {
        if d.year_guessed {
            if status == Status::Planned && d.end < p {
                *d = d.shift_years(1);
            } else if status == Status::Happened && d.start.ordinal() > p.ordinal() + 3 {
                *d = d.shift_years(-1);
            }
        }
    }
    status
}

/// Words before a cue that point to an activity already named: "the talks", "this agreement".
const DEFINITE: &[&str] = &["the", "this", "that", "these", "said", "данная", "данное", "данный", "этой", "этого", "этом", "эту", "этот", "эта", "указанн"];
const DEFINITE_ZH: &[&str] = &["该", "此", "这次", "本次", "此次", "上述", "根据", "按照", "依据"];
/// Verbs whose object is a subject of discussion, not an activity that took place.
const DISCUSSION: &[&str] = &[
    "discussed", "discuss", "discussing", "talked about", "exchanged views", "considered", "touched upon", "обсудили",
    "обсуждались", "обсуждали", "обсудить", "обсужден", "рассмотрели", "затронули", "讨论", "探讨", "交换了意见", "就",
];
/// Words whose object is a past activity being celebrated: "the 25th anniversary of sister-city
/// relations" is a celebration, not a new agreement.
const CELEBRATED: &[&str] = &["anniversary of", "years of", "годовщин", "летия", "летию", "юбилей", "周年"];

/// Words that turn a discussion into a commitment: "agreed to hold a fair".
const COMMITMENT: &[&str] = &["agreed", "decided", "договорились", "решили", "условились", "商定", "同意", "决定", "约定"];

pub(super) fn definite_before(folded: &str, sent_start: usize, cue_start: usize) -> bool {
    let before = folded[sent_start..cue_start].trim_end();
    if DEFINITE_ZH.iter().any(|d| before.ends_with(d)) {
        return true;
    }
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    DEFINITE.iter().any(|d| word == *d || (d.ends_with('н') && word.starts_with(d)))
}

/// Words that make what follows a venue: "at the", "on the sidelines of", "на полях", "в рамках".
const VENUE: &[&str] = &[
    "on the sidelines of", "within the framework of", "in the framework of", "at the", "at", "during the", "on the margins of",
    "на полях", "в рамках", "на", "в ходе", "во время",
];

/// Whether the forum cue at `cs..ce` names where something else happened: a venue word up to
/// four words before it ("on the sidelines of the Eastern Economic Forum"), or 期间 / 上 after it.
pub(super) fn is_venue(folded: &str, sent_start: usize, cs: usize, ce: usize) -> bool {
    let after = folded[ce..].trim_start();
    if after.starts_with("期间") || after.starts_with('上') || after.starts_with("开幕式上") || after.starts_with("分会场") {
        return true;
    }
    // 在论坛… / 在博览会期间: "at the forum".
    if folded[sent_start..cs].ends_with('在') {
        return true;
    }
    let before = folded[sent_start..cs].trim_end();
    let mut cut = before;
    for _ in 0..5 {
        if VENUE.iter().any(|v| cut.ends_with(v) && cut[..cut.len() - v.len()].chars().next_back().map(|c| !c.is_alphanumeric()).unwrap_or(true)) {
            return true;
        }
        match cut.rfind(|c: char| c.is_whitespace()) {
            Some(i) if !cut[i..].contains([',', '.', ';', ':']) => cut = cut[..i].trim_end(),
            _ => break,
        }
    }
    false
}

pub(super) fn discussed(folded: &str, sent_start: usize, cue_start: usize) -> bool {
    let before = &folded[sent_start..cue_start];
    let mut from = before.len().saturating_sub(40);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let near = &before[from..];
    if CELEBRATED.iter().any(|c| near.contains(c)) || near.trim_end().ends_with("周年") {
        return true;
    }
    let Some(at) = DISCUSSION.iter().filter_map(|d| before.rfind(d)).max() else { return false };
    !COMMITMENT.iter().any(|c| before[at..].contains(c))
}
