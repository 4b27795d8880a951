//! What the words around an activity cue say about it: the event's name, its date and status,
//! and whether the cue refers back to an activity already named, names only a venue, or names
//! something merely discussed or celebrated; and the kind groups an anaphor points to. The event
//! builder (`events.rs`) asks; this answers.

use super::analysis::SentenceInfo;
use super::lexicon::Cue;
use crate::dates::Resolved;
use crate::model::{Kind, Status};
use crate::text::contains_short;

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
    let before = before.strip_suffix(" on").or_else(|| before.strip_suffix(" в")).unwrap_or(before).trim_end();
    // ASCII (most English windows) is lowered on the stack: this runs per date per cue.
    if before.is_ascii() {
        let b = before.as_bytes();
        return REPORTING.iter().any(|r| r.len() <= b.len() && b[b.len() - r.len()..].eq_ignore_ascii_case(r.as_bytes()));
    }
    let before = before.to_lowercase();
    REPORTING.iter().any(|r| before.ends_with(r))
}

/// A span of years after "for", "until", "на", "до": how long a plan runs, not when it was made.
pub(super) fn validity_period(text: &str, at: usize, r: &Option<Resolved>) -> bool {
    let year_span = r.map(|r| r.precision == crate::model::Precision::Year).unwrap_or(false);
    // Several years at once ("2019–2021", "на 2019–2021 годы") is a plan's term, not a day of action;
    // so is a date inside a document's title (《…（2019—2021年）》).
    if r.map(|r| year_span && r.end.y > r.start.y).unwrap_or(false) {
        return true;
    }
    // A title is short: looking back a few hundred bytes keeps this linear in a long text.
    let mut from = at.saturating_sub(300);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    if before.rfind('《').map(|o| before[o..].find('》').is_none()).unwrap_or(false) {
        return true;
    }
    // The word before, lowered only when a span of years makes it matter.
    year_span && {
        let word = text[..at].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
        matches!(word.as_str(), "for" | "until" | "till" | "through" | "by" | "на" | "до" | "по")
    }
}

/// Where direct speech begun in an earlier sentence ends before the cue at `at` ("Today we are real
/// partners," the mayor said at the concert): the closing quote, or the sentence start when the
/// sentence does not begin inside a quotation. What is said there does not date the cue.
fn speech_end(text: &str, sent_start: usize, at: usize) -> usize {
    let before = &text[sent_start..at];
    // Every quotation mark here is '"' or begins with 0xC2 (« ») or 0xE2 (“ ”): without those
    // bytes there is no speech to end (the character searches below decoded the whole clause).
    if !before.bytes().any(|b| matches!(b, b'"' | 0xC2 | 0xE2)) {
        return sent_start;
    }
    searched_speech_end(before, sent_start)
}

/// The searches themselves, over the clause before the cue.
fn searched_speech_end(before: &str, sent_start: usize) -> usize {
    let straight = before.matches('"').count();
    let first_close = before.find(['”', '»']);
    let first_open = before.find(['“', '«']);
    // A straight quote closes speech only after its punctuation: 'partners," the mayor said'.
    let close = if straight % 2 == 1 {
        before.find('"').filter(|&q| before[..q].ends_with([',', '.', '!', '?', '…']))
    } else {
        first_close.filter(|c| first_open.map(|o| o > *c).unwrap_or(true))
    };
    close.map(|c| sent_start + c).unwrap_or(sent_start)
}

/// Whether a stretch of a sentence has a Chinese reporting verb ("表示", "指出", "介绍"): what
/// follows it is speech. The stretch is of the text as written, so traditional forms (說, 稱, 介紹)
/// count too, and a page may put an ASCII comma after the verb ("在推介會上說,在今年…").
const SAYS: [&str; 13] = ["表示", "指出", "介绍", "介紹", "透露", "说，", "称，", "说,", "称,", "說，", "稱，", "說,", "稱,"];

#[cfg(test)]
fn says_between(gap: &str) -> bool {
    SAYS.iter().any(|w| gap.contains(w))
}

/// The end of the first of the reporting verbs [`SAYS`] in `text[at..end]`: `says_between(&text[at..x])`
/// holds exactly when it is at most `x`.
fn said_after(text: &str, at: usize, end: usize) -> Option<usize> {
    let rest = text.get(at..end.max(at))?;
    // Every verb opens with a three-byte Han character: a stretch with none (English, Russian) is
    // passed over in one look at its bytes instead of a search per verb.
    let han = rest.bytes().position(|b| b >= 0xE0)?;
    let rest = &rest[han..];
    SAYS.iter().filter_map(|w| rest.find(w).map(|i| at + han + i + w.len())).min()
}

/// The date nearest a cue in its sentence, if any resolves.
pub(super) fn date_near(info: &SentenceInfo, at: usize, text: &str) -> Option<(Resolved, String)> {
    // Most cues' sentences have no resolved date: nothing to search for.
    if !info.dates.iter().any(|(_, r)| r.is_some()) {
        return None;
    }
    let speech = speech_end(text, info.sentence.span.start, at);
    // Where the first reporting verb after the cue ends: one search per cue, and only when a date
    // follows it. A search per date (`says_between` of the text up to each) was quadratic in a long
    // sentence full of dates.
    let said = if info.dates.iter().any(|(m, _)| m.start >= at) { said_after(text, at, info.sentence.span.end) } else { None };
    let own_group = info.strong().find(|(c, _)| c.start == at).map(|(_, k)| group(k));
    info.dates
        .iter()
        .filter(|(m, r)| !reported(text, m.start) && !validity_period(text, m.start, r) && m.start >= speech)
        // "在推介会上表示，去年…": a date in what someone said after the cue dates what was said.
        .filter(|(m, _)| m.start < at || said.is_none_or(|end| end > m.start))
        // "Визит продолжит работу по меморандуму, подписанному в 2011 году": a date after another
        // activity of another group, nearer to it, is that one's.
        .filter(|(m, _)| !own_group.is_some_and(|g| nearer_activity(info, at, g, m.start)))
        .filter_map(|(m, r)| r.map(|r| (m, r)))
        // The most precise date, then the nearest: "On the same day ... who liberated Manchuria in
        // 1945 and visited" is dated by the day, not the year.
        .min_by_key(|(m, r)| (r.precision, if m.end <= at { at - m.end } else { m.start.saturating_sub(at) }))
        .map(|(m, r)| (r, text[m.start..m.end].to_string()))
}

/// Whether a strong activity cue of another group than `own` (the group of the cue at `at`) stands
/// between that cue and a date starting at `date_start` after it.
fn nearer_activity(info: &SentenceInfo, at: usize, own: u8, date_start: usize) -> bool {
    date_start > at && info.strong().any(|(c, k)| c.start > at && c.end <= date_start && group(k) != own)
}

/// Planned or happened: a written date before or after the publication date decides; else the
/// marker nearest the cue; else the document's default (a plan of events is all planned). A date
/// whose year was only guessed from the publication date is moved a year to agree with the status.
/// Planned if a date starts after the reference window, happened if it ends before it. A year
/// guessed from the reference is as good as written only near it (within 60 days).
fn by_reference(d: &Resolved, (first, last): (crate::dates::Day, crate::dates::Day)) -> Option<Status> {
    let near = (d.start.ordinal() - last.ordinal()).abs() <= 60 || (d.end.ordinal() - first.ordinal()).abs() <= 60;
    if d.year_guessed && !near {
        None
    } else if d.start > last {
        Some(Status::Planned)
    } else if d.end < first {
        Some(Status::Happened)
    } else {
        None
    }
}

pub(super) fn status_of(
    text: &str,
    info: &SentenceInfo,
    at: usize,
    date: &mut Option<(Resolved, String)>,
    published: Option<crate::dates::Day>,
    issue: Option<(crate::dates::Day, crate::dates::Day)>,
    default: Status,
) -> Status {
    // Against the publication date, or else the month an issue is dated by: after it is to come,
    // before it is past.
    if let Some(s) = date.as_ref().and_then(|(d, _)| by_reference(d, published.map(|p| (p, p)).or(issue)?)) {
        return s;
    }
    let nearest = info
        .cues
        .iter()
        .filter(|c| matches!(c.cue, Cue::Planned | Cue::Happened) && !plan_discussed(text, info.sentence.span.start, c))
        // A marker in a later clause tells of what follows ("近日，…签署合作协议，双方将在…建设"): one
        // before the cue, or in its own clause, comes first.
        .min_by_key(|c| {
            if c.end <= at {
                at - c.end
            } else {
                let later_clause = text[at..c.start].contains([',', '，', ';', '；']);
                c.start.saturating_sub(at) + if later_clause { 10_000 } else { 0 }
            }
        });
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

/// Verbs that make a plan the thing talked over or adopted ("обсудил план сотрудничества на 2014
/// год", "approved the plan"): the plan is then what the activity was about, not a sign that the
/// activity is still to come.
const PLAN_OBJECT_OF: &[&str] = &["обсуд", "утверд", "согласова", "рассмотр", "подписа", "discuss", "approv", "review", "adopt", "sign"];

/// Whether the marker `c` is the noun "plan" as the object of a verb of [`PLAN_OBJECT_OF`].
fn plan_discussed(text: &str, sent_start: usize, c: &super::cues::CueHit) -> bool {
    if c.cue != Cue::Planned || !text[c.start..].starts_with(['p', 'P', 'п', 'П']) {
        return false;
    }
    let word = text[c.start..c.end].to_lowercase();
    let noun = word == "plan" || word == "plans" || word.starts_with("план") && !word.starts_with("планир");
    if !noun {
        return false;
    }
    let before = text[sent_start..c.start].trim_end();
    let before = before.strip_suffix(" the").or_else(|| before.strip_suffix(" a")).unwrap_or(before);
    let last_word = before.rsplit(|ch: char| !ch.is_alphanumeric() && ch != '-').next().unwrap_or("").to_lowercase();
    PLAN_OBJECT_OF.iter().any(|v| last_word.starts_with(v))
}

/// Words before a cue that point to an activity already named: "the talks", "this agreement".
const DEFINITE: &[&str] = &["the", "this", "that", "these", "said", "данная", "данное", "данный", "этой", "этого", "этом", "эту", "этот", "эта", "указанн"];
/// With a measure word after the demonstrative ("该份协议", "这项协议", "此项合作"): the same pointer back.
const DEFINITE_ZH: &[&str] = &["该", "此", "这次", "本次", "此次", "上述", "根据", "按照", "依据", "该份", "这份", "此份", "该项", "这项", "此项"];
pub(super) fn definite_before(folded: &str, sent_start: usize, cue_start: usize) -> bool {
    let before = folded[sent_start..cue_start].trim_end();
    if DEFINITE_ZH.iter().any(|d| before.ends_with(d)) {
        return true;
    }
    // "last year's fair", "this year's forum": an edition of an activity the text is about.
    if before.ends_with("year's") || before.ends_with("year’s") {
        return true;
    }
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let is_definite = |w: &str| DEFINITE.iter().any(|d| w == *d || (d.ends_with('н') && w.starts_with(d)));
    if is_definite(word) {
        return true;
    }
    // "the Chinese exposition", "the joint exhibition": an English article, one word, the cue.
    let mut words = before.rsplit(' ');
    let (one, two) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    one.chars().all(|c| c.is_alphabetic()) && matches!(two, "the" | "this")
}

/// Words that make an activity the next of a series already under way: "the next round of
/// consultations", "очередное заседание", "下一届". Its parties are those the text is about.
const SERIES: &[&str] = &["next", "следующ", "очередн", "下一", "下届", "下次"];

pub(super) fn series_before(folded: &str, sent_start: usize, cue_start: usize) -> bool {
    let before = &folded[sent_start..cue_start];
    // The two words before the cue ("next round of"), or the Han characters just before it. As
    // slices of the text: this runs per weak cue, and collecting both was most of its time.
    if before.split_whitespace().rev().take(3).any(|w| SERIES.iter().any(|s| w.starts_with(s))) {
        return true;
    }
    let han = &before[before.char_indices().rev().nth(5).map(|(i, _)| i).unwrap_or(0)..];
    !han.is_ascii() && SERIES.iter().any(|s| s.chars().all(crate::text::is_han) && han.contains(s))
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

/// Kind groups: talks and meetings are one activity told in different words; a trip is its own
/// (the conventions count a trip and each meeting held on it); agreements, forums, cultural events
/// and others are each their own.
pub(super) fn group(k: Kind) -> u8 {
    match k {
        Kind::Negotiation | Kind::Meeting => 0,
        Kind::Visit => VISITS,
        Kind::Agreement => 1,
        Kind::ForumOrFair => 2,
        Kind::Cultural => 3,
        Kind::Other => 4,
    }
}

/// The group of trips.
pub(super) const VISITS: u8 = 5;

/// Which kind of the first group names an activity best: talks over a meeting over a visit.
pub(super) fn rank(k: Kind) -> u8 {
    match k {
        Kind::Negotiation => 3,
        Kind::Meeting => 2,
        Kind::Visit => 1,
        _ => 0,
    }
}

/// The activity an anaphor names ("at the talks" → negotiation), if it names one. `t` is the
/// anaphor in lower case (the builder lowers each once, not once per question).
pub(super) fn anaphor_kind(t: &str) -> Option<Kind> {
    let has = |ws: &[&str]| has_any(t, ws);
    if has(&["talks", "negotiat", "переговор", "会谈"]) {
        Some(Kind::Negotiation)
    } else if has(&["meeting", "встреч", "会见", "会上"]) {
        Some(Kind::Meeting)
    } else if has(&["visit", "trip", "визит", "поездк", "访问"]) {
        Some(Kind::Visit)
    } else {
        None
    }
}

/// The kind an anaphor's words (in lower case) point to ("during the visit" → visit group).
/// `kind` is its [`anaphor_kind`], which the builder has already asked.
pub(super) fn anaphor_group(t: &str, kind: Option<Kind>) -> Option<u8> {
    if let Some(k) = kind {
        return Some(group(k));
    }
    if has_any(t, &["trip", "поездк", "此行"]) {
        Some(0)
    } else if has_any(t, &["document", "документ", "文件", "协议"]) {
        // "The document was signed by ...": the agreement just named.
        Some(1)
    } else if has_any(t, &["forum", "форум", "论坛", "fair", "expo", "выставк", "ярмарк"]) {
        Some(2)
    } else if has_any(t, &["days", "дней", "в дни", "festival", "фестивал"]) {
        Some(3)
    } else {
        None
    }
}

/// Anaphors that name the parties, not an activity: what follows them is a new act of the parties
/// ("会谈后，双方签署了…", "the sides signed"), not the activity they refer to.
pub(super) const PARTIES: &[&str] = &["the sides", "both sides", "the parties", "the guests", "стороны", "гости", "双方", "雙方"];

/// The parties by what they are ("the rectors of the two universities signed", "两市签署"), which
/// may as well be two of one country ("the two provinces signed" of Heilongjiang and Liaoning).
const TWO_OF_A_KIND: &[&str] = &[
    "the two universities", "the two cities", "the two regions", "both universities", "both cities", "both regions",
    "двух вузов", "двух университетов", "двух городов", "двух регионов", "оба вуза", "оба университета", "оба города",
    "оба региона", "两校", "两市",
];

/// See [`TWO_OF_A_KIND`]. `t` is in lower case.
pub(super) fn two_of_a_kind(t: &str) -> bool {
    TWO_OF_A_KIND.contains(&t)
}

pub(super) fn names_parties(t: &str) -> bool {
    PARTIES.contains(&t) || two_of_a_kind(t)
}

/// "The delegation also visited the museum", "代表团还将赴义乌参观考察": a visit word after these is
/// more of the visit under way (talks held by the delegation are a meeting of their own). `t` is
/// the anaphor in lower case.
pub(super) fn continues_visit(t: &str) -> bool {
    has_any(t, &["delegation also", "делегация также", "代表团还", "一行还"])
}

/// Whether `t` contains one of `words`. In an ASCII `t` (most English anaphors) only the ASCII
/// words are looked for: the others cannot occur in it.
fn has_any(t: &str, words: &[&str]) -> bool {
    let ascii = t.is_ascii();
    words.iter().any(|w| (!ascii || w.is_ascii()) && contains_short(t, w))
}

/// Whether a cue at `cue` follows an anaphor ending at `end` directly, or with one word between:
/// "по итогам встречи", "по итогам нынешней встречи", "during the official visit".
pub(super) fn right_after(text: &str, end: usize, cue: usize) -> bool {
    let gap = text[end..cue].trim();
    // Chinese writes no spaces: there the cue must follow at once.
    gap.is_empty() || (!gap.contains(char::is_whitespace) && gap.chars().all(|c| (c.is_alphabetic() && !crate::text::is_han(c)) || c == '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte test that skips the searches answers as the searches.
    #[test]
    fn said_after_as_says_between() {
        let t = "会上表示，去年 2019年 他说，today 称，x 指出";
        let cuts: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        for &at in &cuts {
            let said = said_after(t, at, t.len());
            for &x in cuts.iter().filter(|&&x| x >= at) {
                assert_eq!(said.is_some_and(|e| e <= x), says_between(&t[at..x]), "{at}..{x}");
            }
        }
    }

    #[test]
    fn speech_end_as_searched() {
        let former = |text: &str, sent_start: usize, at: usize| searched_speech_end(&text[sent_start..at], sent_start);
        for t in ["partners,\" the mayor said at the concert", "real partners”, the mayor said", "«Мы партнёры», — сказал мэр на концерте", "no quotes – at all, ¼ and ©", "\"quoted\" and “curly” text"] {
            for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for b in (a..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                    assert_eq!(speech_end(t, a, b), former(t, a, b), "{t} {a} {b}");
                }
            }
        }
    }

    /// Without collecting the words and characters, as when it collected them.
    #[test]
    fn series_before_as_collected() {
        let former = |folded: &str, sent_start: usize, cue_start: usize| {
            let before = &folded[sent_start..cue_start];
            let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
            let han: String = before.chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
            words.iter().any(|w| SERIES.iter().any(|s| w.starts_with(s))) || SERIES.iter().any(|s| s.chars().all(crate::text::is_han) && han.contains(s))
        };
        for t in ["the next round of consultations", "очередное заседание рабочей группы", "双方商定下一届博览会", "下次会议于明年举行", "next", "a b c next d e f", "下届", "x下一", "next session 下次 and"] {
            for a in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for b in (a..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                    assert_eq!(series_before(t, a, b), former(t, a, b), "{t} {a} {b}");
                }
            }
        }
    }

    /// The stack-lowered test for ASCII answers as lowering a String did.
    #[test]
    fn reported_as_lowered() {
        let former = |text: &str, at: usize| {
            let mut from = at.saturating_sub(48);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before = text[from..at].trim_end();
            let before = before.strip_suffix(" on").or_else(|| before.strip_suffix(" в")).unwrap_or(before).trim_end().to_lowercase();
            REPORTING.iter().any(|r| before.ends_with(r))
        };
        for t in ["The governor SAID on 5 May", "He Announced  3 June", "she told reporters on Monday", "Губернатор Сообщил в пятницу", "Unsaid 5", "xtold 7", "said"] {
            for at in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                assert_eq!(reported(t, at), former(t, at), "{t} at {at}");
            }
        }
    }
}

/// A heading line in capitals: alone on its line, two to twelve words, letters and no lower case
/// ("JAPANESE TRADE MISSION", "SCO EXPO OPENS NEXT WEEK").
pub(super) fn caps_heading(text: &str, info: &SentenceInfo) -> bool {
    let t = text[info.sentence.span.start..info.sentence.span.end].trim();
    // Back to the first character that is not white space, not to the line's start: a sentence in
    // a long line would otherwise search the whole line, once per sentence.
    let line_alone = || text[..info.sentence.span.start].chars().rev().take_while(|&c| c != '\n').all(char::is_whitespace)
        && ends_its_line(text, info);
    // Cased letters only: a line of Chinese has neither case. The cheap tests first (most sentences
    // have a lower-case letter early, a Chinese line no spaces): this runs for every sentence.
    let words = || (2..=12).contains(&t.split_whitespace().take(13).count());
    let upper = || t.chars().filter(|c| c.is_uppercase()).count() >= 6;
    words() && !t.chars().any(|c| c.is_lowercase()) && line_alone() && upper()
}

/// A list of contents on a line of its own: a name, a colon, then three or more short items
/// ("Qingdao Weekly: St. Petersburg delegation, SCO expo, beer festival").
pub(super) fn contents_line(text: &str, info: &SentenceInfo) -> bool {
    let t = text[info.sentence.span.start..info.sentence.span.end].trim();
    let Some((_, items)) = t.split_once(':') else { return false };
    let items: Vec<&str> = items.split([',', ';']).map(str::trim).collect();
    ends_its_line(text, info) && items.len() >= 3 && items.iter().all(|i| !i.is_empty() && i.split_whitespace().count() <= 4) && !t.ends_with('.')
}

/// Nothing but spaces follows the sentence on its line.
fn ends_its_line(text: &str, info: &SentenceInfo) -> bool {
    // Up to the first character that is not white space (see `caps_heading`).
    text[info.sentence.span.end..].chars().take_while(|&c| c != '\n').all(char::is_whitespace)
}
