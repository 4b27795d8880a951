//! Builds events from analysed sentences.
//!
//! A sentence with a strong activity cue proposes an event per kind group (talks, meetings and
//! visits are one group; agreements, forums and cultural events each their own). A proposal that
//! refers back ("during the visit") or repeats an activity already found joins it; otherwise it is
//! a new event, if both a Russian and a Chinese party can be shown. Sentences without a strong cue
//! that refer back to the current event add their evidence and people to it.

use super::analysis::SentenceInfo;
use super::context::{anaphor_group, anaphor_kind, continues_visit, date_near, definite_before, disjoint, event_name, group, is_venue, names_parties, overlaps, rank, right_after, same_name, series_before, status_of, two_of_a_kind, caps_heading, contents_line};
use super::discussion::Talk;
use super::events_zh::{field_in_list, invited_in_clause};
use super::cues::CueHit;
use super::lexicon::Cue;
use crate::dates::Resolved;
use crate::model::{Kind, Side, Status};

/// An event under construction: sentence indices and what they established.
#[derive(Debug, Clone)]
pub struct Draft {
    pub kind: Kind,
    pub status: Status,
    /// Sentences that state the event (indices into the analysis).
    pub sentences: Vec<usize>,
    /// Sentences that only mention people of the event.
    pub ru: Vec<u16>,
    pub cn: Vec<u16>,
    pub date: Option<(Resolved, String)>,
    /// The event's name where it has one ("Amur Economic Forum"), folded.
    pub name: Option<String>,
    /// The beginning of the word that named it ("festi", "форум", "博览"), to tell unnamed events apart.
    pub cue: String,
    pub paragraph: usize,
    /// The status is the document's default, not read from a date or marker ("China sends a
    /// delegation to the forum"): a later account of the same activity may settle it.
    pub guessed: bool,
    /// Made as one activity within a visit found before (see `activity_in_visit`), or as a meeting
    /// of a trip's programme (see `within_trip`): the visit is not a headline restating it.
    pub in_trip: bool,
}

/// How the names of cultural events with a programme begin (the first letters a draft keeps).
const UMBRELLA: &[&str] = &["дни", "дней", "days", "day o", "festi", "фести", "week", "недел", "文化节", "艺术节", "交流周", "文化周", "联欢"];

/// Per sentence, whether a quotation opened before it in its paragraph is still open at its start.
/// One pass over the sentences: quotation marks are counted as they come.
fn open_quotes(text: &str, infos: &[SentenceInfo]) -> Vec<bool> {
    let mut out = Vec::with_capacity(infos.len());
    let mut depth = 0i32;
    let mut straight_open = false;
    let mut paragraph = usize::MAX;
    let mut line = usize::MAX;
    for info in infos {
        // A Chinese page's line is its paragraph (many are laid out with no blank lines between):
        // a quotation left open at a line's end (a mirror lost its closing mark) ends there.
        let han_line = info.sentence.line != line && text[info.sentence.span.start..].starts_with(|c: char| crate::text::is_han(c));
        if info.sentence.paragraph != paragraph || han_line {
            (paragraph, depth, straight_open) = (info.sentence.paragraph, 0, false);
        }
        line = info.sentence.line;
        out.push(depth > 0 || straight_open);
        let s = &text[info.sentence.span.start..info.sentence.span.end];
        // Quotation marks are '"' or start with 0xC2 («») or 0xE2 (“”„): most sentences have none.
        if !s.bytes().any(|b| matches!(b, b'"' | 0xC2 | 0xE2)) {
            continue;
        }
        for c in s.chars() {
            match c {
                '“' | '«' | '„' => depth += 1,
                '”' | '»' => depth = (depth - 1).max(0),
                '"' => straight_open = !straight_open,
                _ => {}
            }
        }
    }
    out
}

/// How far back (drafts, sentences) the builder looks for what a sentence continues.
const RECENT: usize = 24;

pub struct Builder<'a> {
    pub text: &'a str,
    pub folded: &'a str,
    pub infos: &'a [SentenceInfo],
    pub published: Option<crate::dates::Day>,
    /// Without a publication date, the month the issue is dated by.
    issue: Option<(crate::dates::Day, crate::dates::Day)>,
    pub drafts: Vec<Draft>,
    pub(super) current: Option<usize>,
    /// The occasion a paragraph set its activities in ("В рамках этих дней ...", "During the fair
    /// ..."): (paragraph, draft). Later sentences of the paragraph are still within it.
    frame: Option<(usize, usize)>,
    /// The sentence of the latest section heading (see `caps_heading`): drafts before it are
    /// another item's.
    section_start: usize,
    /// The lead is about national-level business: events need a region named in their own sentence.
    national: bool,
    /// Per side, whether the document is more about that side than about third countries, so that
    /// "the parties" can stand for it.
    side_dominant: [bool; 2],
    /// Whether the document names each side (Russian, Chinese) anywhere.
    doc_sides: [bool; 2],
    /// Whether the document names a region (or city) of each side anywhere.
    doc_regions: [bool; 2],
    /// A document that announces a plan ("Plan of events for 2020") makes unmarked activities planned.
    default_status: Status,
    /// Whether the lead (author, title) names a region of each side: the party of every row of a
    /// plan or calendar that names only the other side.
    lead_regions: [bool; 2],
}

impl<'a> Builder<'a> {
    /// `issue`: without a publication date, the month the issue is dated by.
    pub fn new(text: &'a str, folded: &'a str, infos: &'a [SentenceInfo], published: Option<crate::dates::Day>, issue: Option<(crate::dates::Day, crate::dates::Day)>) -> Self {
        let national = infos.iter().take(4).any(|i| i.has(|c| c == Cue::National));
        // Site furniture ("Русский.people.cn", "Регионы Китая") names sides that say nothing of
        // what the article is about.
        let count = |side: Side| infos.iter().filter(|i| !i.furniture && i.has_side(side)).count();
        let others = infos.iter().filter(|i| !i.furniture && i.other_country).count();
        let side_dominant = [count(Side::Ru) > others, count(Side::Cn) > others];
        let lead = infos.iter().filter(|i| !i.furniture).take(3);
        let plan = lead.clone().any(|i| i.has(|c| c == Cue::Planned)) && !lead.clone().any(|i| i.has(|c| c == Cue::Happened));
        let default_status = if plan { Status::Planned } else { Status::Happened };
        let doc_sides = [infos.iter().any(|i| i.has_side(Side::Ru)), infos.iter().any(|i| i.has_side(Side::Cn))];
        let doc_regions = [infos.iter().any(|i| !i.ru.is_empty()), infos.iter().any(|i| !i.cn.is_empty())];
        let lead_regions = [lead.clone().any(|i| !i.ru.is_empty()), lead.clone().any(|i| !i.cn.is_empty())];
        Builder { text, folded, infos, published, issue, drafts: Vec::new(), current: None, frame: None, section_start: 0, national, side_dominant, doc_sides, doc_regions, default_status, lead_regions }
    }

    /// Whether the document names a side anywhere.
    fn doc_has(&self, side: Side) -> bool {
        self.doc_sides[side as usize]
    }

    /// The latest draft of a kind group. Searches are bounded so that a document with thousands
    /// of activities still takes linear time.
    fn last_of_group(&self, g: u8) -> Option<usize> {
        (0..self.drafts.len()).rev().take(RECENT).find(|&d| group(self.drafts[d].kind) == g && self.in_section(d))
    }

    /// Whether a draft was told in the current section (all of them when there are no headings).
    fn in_section(&self, d: usize) -> bool {
        self.drafts[d].sentences.last().is_some_and(|&s| s >= self.section_start)
    }

    /// The latest draft of a group that is the article's news, not a past one recalled in passing
    /// ("he recalled that last October a delegation visited Changchun"): what an undated "по итогам
    /// переговоров" refers to. Any draft of the group when all are recalled.
    fn news_of_group(&self, g: u8) -> Option<usize> {
        let recalled = |d: usize| match (&self.drafts[d].date, self.published) {
            (Some((r, _)), Some(p)) => r.end.ordinal() < p.ordinal() - 31,
            _ => false,
        };
        (0..self.drafts.len()).rev().take(RECENT).find(|&d| group(self.drafts[d].kind) == g && !recalled(d) && self.in_section(d)).or_else(|| self.last_of_group(g))
    }

    /// Whether an activity of any kind was found before under the word at `cs..ce`.
    fn named_before(&self, cs: usize, ce: usize) -> bool {
        let cue = crate::text::prefix_chars(&self.folded[cs..ce], 5);
        self.drafts.iter().rev().take(RECENT).any(|d| d.cue == cue)
    }

    /// The forum found before under the word at `cs..ce` ("Expo", "форум", "交流周"), if any.
    fn forum_named(&self, cs: usize, ce: usize) -> Option<usize> {
        let cue: String = crate::text::prefix_chars(&self.folded[cs..ce], 5).to_string();
        (0..self.drafts.len()).rev().take(RECENT).find(|&d| self.drafts[d].kind == Kind::ForumOrFair && self.drafts[d].cue == cue)
    }

    /// "Chinese Film Week at the Pobeda cinema. Programme prepared with Xi'an Film Studio (Shaanxi
    /// Province).": the next sentence of the paragraph that names the side the activity's own sentence
    /// lacks (and no activity of its own) gives that side's regions, as it gave the side in `bilateral`.
    fn take_party_from_next(&mut self, d: usize, idx: usize) {
        let info = &self.infos[idx];
        let Some(next) = self.infos.get(idx + 1) else { return };
        if next.sentence.paragraph != info.sentence.paragraph || next.furniture || (info.row && next.sentence.line != info.sentence.line) || next.strong().next().is_some() {
            return;
        }
        if info.ru.is_empty() && !next.ru.is_empty() {
            self.drafts[d].ru.extend(next.ru.iter().copied());
        }
        if info.cn.is_empty() && !next.cn.is_empty() {
            self.drafts[d].cn.extend(next.cn.iter().copied());
        }
    }

    /// Whether a sentence can stand for a Russia–China activity (the one named at `cue`).
    fn bilateral(&self, idx: usize, cue: usize) -> bool {
        let info = &self.infos[idx];
        // The next sentence of the paragraph may name who takes part: "A festival opened today.
        // Masters from Buryatia and Harbin take part in it." It may refer back to the activity ("the
        // forum"), but not name another.
        let next = self.infos.get(idx + 1).filter(|n| n.sentence.paragraph == info.sentence.paragraph && !n.furniture && (!info.row || n.sentence.line == info.sentence.line));
        let own_only = |n: &SentenceInfo| n.strong().all(|(c, _)| definite_before(self.folded, n.sentence.span.start, c.start));
        let ru = info.has_side(Side::Ru) || next.map(|n| n.has_side(Side::Ru) && own_only(n)).unwrap_or(false);
        let cn = info.has_side(Side::Cn) || next.map(|n| n.has_side(Side::Cn) && own_only(n)).unwrap_or(false);
        // National business (ministries, intergovernmental commissions) is regional only where the
        // sentence itself names a region on each side.
        if (self.national || info.has(|c| c == Cue::National)) && (info.ru.is_empty() || info.cn.is_empty()) {
            return false;
        }
        if ru && cn {
            return true;
        }
        let para = info.sentence.paragraph;
        let in_paragraph = |side: Side| self.infos[idx.saturating_sub(RECENT)..idx].iter().rev().take_while(|i| i.sentence.paragraph == para && (!info.row || i.sentence.line == info.sentence.line)).any(|i| i.has_side(side));
        // Two regions of one side and nothing of the other near: an exchange between those regions
        // ("Heilongjiang delegation visited Liaoning"), whatever else the text says of Russia.
        // The next sentence counts here even when it names an activity: "Делегации Татарстана,
        // Башкортостана ... приняли участие. С китайской стороны прибыли ...".
        // "The two cities signed": only when both sides are near, or the document is about both.
        let two = !ru && !cn && info.cues.iter().any(|c| c.cue == Cue::Anaphor && two_of_a_kind(&self.text[c.start..c.end].to_lowercase()));
        if two {
            return (in_paragraph(Side::Ru) && in_paragraph(Side::Cn)) || (self.side_dominant == [true; 2] && self.doc_regions == [true; 2]);
        }
        let near = |side: Side| in_paragraph(side) || next.map(|n| n.has_side(side)).unwrap_or(false);
        if (info.cn.len() >= 2 && !ru && !near(Side::Ru)) || (info.ru.len() >= 2 && !cn && !near(Side::Cn)) {
            return false;
        }
        if info.other_country || (!ru && !cn && !info.has(|c| c == Cue::Anaphor)) {
            return false;
        }
        // One side explicit, or a reference to the sides ("both sides", "the delegation"): the other
        // side comes from the same paragraph, or the document when it refers back.
        let missing = if ru { Side::Cn } else { Side::Ru };
        if !self.side_dominant[if missing == Side::Ru { 0 } else { 1 }] {
            return false;
        }
        let refers = info.has(|c| c == Cue::Anaphor || matches!(c, Cue::Activity(_, super::lexicon::Strength::Weak)))
            // "The next round of consultations will be held in Fuyuan": the series of an exchange
            // already found.
            || (!self.drafts.is_empty() && series_before(self.folded, info.sentence.span.start, cue));
        in_paragraph(missing) || (refers && self.doc_has(missing)) || (info.row && self.lead_regions[missing as usize])
    }

    pub(super) fn attach(&mut self, d: usize, idx: usize) {
        let info = &self.infos[idx];
        let draft = &mut self.drafts[d];
        // Sentences come in order, so a repeat can only be the last one.
        if draft.sentences.last() != Some(&idx) {
            draft.sentences.push(idx);
        }
        for r in &info.ru {
            if !draft.ru.contains(r) {
                draft.ru.push(*r);
            }
        }
        for r in &info.cn {
            if !draft.cn.contains(r) {
                draft.cn.push(*r);
            }
        }
        self.current = Some(d);
    }

    /// "A delegation is in Shenyang from 3 to 6 July. ... Talks with the province's leadership are
    /// on its programme": a meeting or talks told in a sentence of their own after a trip is an activity
    /// of the trip's programme, an event of its own that takes the trip's window, not more of the
    /// trip (one event per separately described meeting). Within the trip's own sentence ("arrived
    /// for talks") the two stay one.
    fn within_trip(&self, kind: Kind, d: usize, idx: usize, cs: usize) -> bool {
        let e = &self.drafts[d];
        // A trip of several days: a one-day call ("received the delegation; the meeting was held at
        // the government") is one activity told twice.
        // Written as days ("с 3 по 6 июля"), not a week guessed from "last week".
        let days = e.date.as_ref().is_some_and(|(r, t)| r.precision == crate::model::Precision::Day && r.end > r.start && t.bytes().any(|b| b.is_ascii_digit()));
        let end = self.infos[idx].sentence.span.end;
        // Or "состоится встреча с мэром": held with named officials, whenever the trip is.
        let met_with = met_officials(self.folded, cs, end);
        matches!(kind, Kind::Meeting | Kind::Negotiation) && e.kind == Kind::Visit && !e.sentences.contains(&idx) && (met_with || days && with_officials(self.folded, cs, end))
    }

    /// The draft a proposal joins, if any.
    fn joins(&self, kind: Kind, status: Status, date: Option<&Resolved>, name: Option<&String>, cue: &str, info: &SentenceInfo) -> Option<usize> {
        (0..self.drafts.len()).rev().take(RECENT).find(|&d| {
            let e = &self.drafts[d];
            // An undated activity in a dated article is recent news: an activity dated well before
            // the article is another one.
            // And the other way round: an undated new activity is not one recalled from years before.
            let stale = match (e.date.as_ref(), date, self.published) {
                (None, Some(d), Some(p)) if status == Status::Happened => d.end.ordinal() < p.ordinal() - 31,
                (Some((d, _)), None, Some(p)) if status == Status::Happened => d.end.ordinal() < p.ordinal() - 31,
                _ => false,
            };
            // "Дни культуры прошли ... Концерты и выставки состоялись в Хух-Хото": undated concerts and
            // shows told right after days, a festival or a week of culture are its programme.
            let programme = e.kind == Kind::Cultural && UMBRELLA.iter().any(|u| e.cue.starts_with(u)) && self.current == Some(d)
                && matches!(group(kind), 2 | 3) && date.is_none() && e.status == status;
            if programme && !stale {
                return true;
            }
            !stale
                && group(e.kind) == group(kind)
                && (e.status == status || e.guessed)
                && !matches!((e.date.as_ref(), date), (Some((a, _)), Some(b)) if !overlaps(a, b))
                && !disjoint(&e.ru, &info.ru)
                && !disjoint(&e.cn, &info.cn)
                && !matches!((e.name.as_ref(), name), (Some(a), Some(b)) if !same_name(a, b))
                // Forums and cultural events are told apart by their names, or failing those by
                // what they are called: a festival is not an anniversary.
                && (!matches!(group(kind), 2 | 3) || matches!((e.name.as_ref(), name), (Some(a), Some(b)) if same_name(a, b)) || e.cue == cue)
                && (kind != Kind::Agreement || date.is_none() || e.date.is_none())
        })
    }

    pub fn run(mut self) -> Vec<Draft> {
        let quoted = open_quotes(self.text, self.infos);
        for idx in 0..self.infos.len() {
            let info = &self.infos[idx];
            // Everything below starts from a cue: a sentence without one changes nothing (and
            // skipping it spares a dozen empty collections).
            // A section heading in capitals past the lead ("JAPANESE TRADE MISSION" in a weekly
            // digest) opens another item: nothing before it continues past it, and the item's body
            // tells its activity.
            // Not accounts of their own: a heading in capitals past the lead, which opens another item,
            // and a digest's list of contents ("Qingdao Weekly: a delegation, an expo, a festival").
            if idx > 0 && self.drafts.iter().any(|d| d.sentences.iter().any(|&s| s < idx)) && caps_heading(self.text, info) {
                (self.current, self.section_start) = (None, idx);
                continue;
            }
            if info.furniture || info.cues.is_empty() || contents_line(self.text, info) {
                continue;
            }
            let anaphors: Vec<_> = info.cues.iter().filter(|c| c.cue == Cue::Anaphor).collect();
            // Each anaphor in lower case, once: the questions below all read it so.
            let lowered: Vec<String> = anaphors.iter().map(|a| self.text[a.start..a.end].to_lowercase()).collect();
            // The anaphors that frame an activity ("during the visit", "по итогам"), not the parties.
            let frames: Vec<&CueHit> = anaphors.iter().zip(&lowered).filter(|(_, l)| !names_parties(l)).map(|(a, _)| *a).collect();
            let anaphor_kinds: Vec<Option<Kind>> = lowered.iter().map(|l| anaphor_kind(l)).collect();
            let anaphor_groups: Vec<Option<u8>> = lowered.iter().zip(&anaphor_kinds).map(|(l, k)| anaphor_group(l, *k)).collect();
            // Strong cues, one proposal per group, the best-ranked kind naming it.
            let mut proposals: Vec<(Kind, usize, usize)> = Vec::new(); // (kind, cue start, cue end)
            // A weak cue that continues a series ("the next session of the working group") names an
            // activity as a strong one does.
            let series = info.cues.iter().filter_map(|c| match c.cue {
                Cue::Activity(k, super::lexicon::Strength::Weak) if series_before(self.folded, info.sentence.span.start, c.start) => Some((c, k)),
                _ => None,
            });
            let mut named: Vec<_> = info.strong().chain(series).filter(|(c, _)| !field_in_list(self.folded, info.sentence.span.end, c.start, c.end)).collect();
            super::counts::drop_counted(self.folded, info, &mut named);
            named.sort_by_key(|(c, _)| c.start);
            for (c, k) in named {
                // A cue right after an anaphor ("по итогам встречи") refers back; it must not hide
                // another activity of its group in the sentence ("...принял приглашение посетить").
                // After the parties ("the guests visited", "双方签署"), talks and visits continue the
                // one under way; other acts are new.
                let before_cue: &[&CueHit] = if group(k) == 0 { &anaphors } else { &frames };
                let after_anaphor = before_cue.iter().any(|a| a.end <= c.start && right_after(self.text, a.end, c.start));
                if after_anaphor {
                    proposals.push((k, c.start, c.end));
                    continue;
                }
                match proposals.iter_mut().find(|(pk, ps, _)| group(*pk) == group(k) && !frames.iter().any(|a| a.end <= *ps && right_after(self.text, a.end, *ps))) {
                    Some(p) => {
                        // "在第二届东方经济论坛期间举办推介会": the forum named as the venue gives way to
                        // the one held there.
                        // One found before stays the event: what is held during it is part of it.
                        let venue_gives_way = k == Kind::ForumOrFair
                            && is_venue(self.folded, info.sentence.span.start, p.1, p.2)
                            && !is_venue(self.folded, info.sentence.span.start, c.start, c.end)
                            && self.forum_named(p.1, p.2).is_none();
                        if rank(k) > rank(p.0) || venue_gives_way {
                            *p = (k, c.start, c.end);
                        }
                    }
                    None => proposals.push((k, c.start, c.end)),
                }
            }
            // "At the talks on Monday the sides agreed ...": an activity first named in passing is
            // still an event when nothing before introduced it.
            let mut introduced: Vec<usize> = Vec::new();
            for (a, kind) in anaphors.iter().zip(&anaphor_kinds) {
                if let Some(k) = *kind {
                    // "Held a meeting with a delegation … During the visit, …": a meeting already told
                    // is the account of the trip the anaphor names (as our seeds count it).
                    let told = self.last_of_group(group(k)).is_some() || (k == Kind::Visit && self.last_of_group(0).is_some());
                    let known = told || proposals.iter().any(|p| group(p.0) == group(k));
                    if !known {
                        introduced.push(a.start);
                        proposals.push((k, a.start, a.end));
                    }
                }
            }
            // A sentence with both sides, its own date and only a weak cue ("received the delegation
            // of Manzhouli on 6 June") still states an activity; not in national business, where
            // "Moscow and Beijing" are the two governments ("the ministers spoke by phone in spring").
            if proposals.is_empty() && !self.national && info.has_side(Side::Ru) && info.has_side(Side::Cn) && info.dates.iter().any(|(_, r)| r.is_some()) {
                if let Some(c) = info.cues.iter().find(|c| matches!(c.cue, Cue::Activity(Kind::Visit | Kind::Meeting | Kind::Agreement, super::lexicon::Strength::Weak))) {
                    if let Cue::Activity(k, _) = c.cue {
                        introduced.push(c.start);
                        proposals.push((k, c.start, c.end));
                    }
                }
            }
            // "The Suifenhe–Pogranichny relay race was held on Sunday", "Ярмарка прошла в Хэйхэ":
            // a weak word that is the subject of "held" names an activity that took place. The marker
            // must follow the word at once (English and Russian word order); the sides must be named.
            if proposals.is_empty() && info.has_side(Side::Ru) && info.has_side(Side::Cn) {
                let held_after = |c: &CueHit| info.cues.iter().any(|m| matches!(m.cue, Cue::Happened | Cue::Planned) && m.start >= c.end && m.start - c.end <= 2 && self.text[c.end..m.start].trim().is_empty());
                if let Some(c) = info.cues.iter().find(|c| matches!(c.cue, Cue::Activity(_, super::lexicon::Strength::Weak)) && held_after(c)) {
                    if let Cue::Activity(k, _) = c.cue {
                        introduced.push(c.start);
                        proposals.push((k, c.start, c.end));
                    }
                }
            }
            // "The sides discussed …" after the trip: its meeting (see `trip_meeting`).
            let mut trip_meeting = None;
            if proposals.is_empty() {
                if let Some(c) = self.trip_meeting_cue(idx) {
                    trip_meeting = Some(c.start);
                    introduced.push(c.start);
                    proposals.push((Kind::Meeting, c.start, c.end));
                }
            }
            let sent_start = info.sentence.span.start;
            // A forum named as the place of something else ("signed at the forum", "на полях ВЭФ",
            // "在博览会期间") is the venue, not the event, when the sentence has another activity.
            let venue: Vec<bool> = proposals.iter().map(|p| p.0 == Kind::ForumOrFair && is_venue(self.folded, sent_start, p.1, p.2)).collect();
            // "В ходе форума стороны намерены подписать соглашение": what happens at a forum found
            // before takes its date, as what follows talks does.
            // The forum it names: the latest found under the same word ("Expo", "форум").
            let at_forum = info
                .strong()
                .find(|(c, k)| *k == Kind::ForumOrFair && is_venue(self.folded, sent_start, c.start, c.end))
                .filter(|_| !info.dates.iter().any(|(_, r)| r.is_some()))
                .and_then(|(c, _)| self.forum_named(c.start, c.end));
            if venue.iter().any(|v| !v) {
                let mut keep = venue.iter().map(|v| !v);
                proposals.retain(|_| keep.next().unwrap_or(true));
            }
            // Talks or a meeting named after a forum in the same sentence happen at the forum
            // ("will attend the Expo and hold talks with companies"): the forum is the event.
            if let Some(fpos) = proposals.iter().find(|p| p.0 == Kind::ForumOrFair).map(|p| p.1) {
                if !is_venue(self.folded, sent_start, fpos, fpos) {
                    proposals.retain(|p| group(p.0) != 0 || p.1 < fpos);
                }
            }
            // Direct speech reports, it does not introduce: "We will meet this event ready," he said.
            // So does every sentence of a quotation after its first ("... Our mayors will meet every
            // spring," the official added).
            let speech = self.text[sent_start..].starts_with(['"', '«', '“', '„', '—', '–']) || quoted[idx];
            let mut used = false;
            // What the sentence discusses, found when a proposal first asks.
            let talk: std::cell::OnceCell<Talk> = std::cell::OnceCell::new();
            // The activity this sentence refers back to ("during the visit", "по итогам переговоров").
            let mut referred: Option<usize> = anaphor_groups
                .iter()
                .flatten()
                .find_map(|g| if info.dates.is_empty() { self.news_of_group(*g) } else { self.last_of_group(*g) })
                .or(at_forum);
            // An occasion of the umbrella kind (days, a festival, a fair) frames the rest of the paragraph.
            let para = info.sentence.paragraph;
            match referred {
                Some(d) if matches!(group(self.drafts[d].kind), 2 | 3) => self.frame = Some((para, d)),
                None => referred = self.frame.filter(|&(p, d)| p == para && d < self.drafts.len()).map(|(_, d)| d),
                _ => {}
            }
            for (kind, cs, ce) in proposals {
                // A cue right after an anaphor ("within the framework of the meeting"), or of the group
                // an anaphor names, refers back.
                let last = self.last_of_group(group(kind));
                let has_group = last.is_some();
                // "The visit ... has been postponed to next year", "last year's fair": a definite
                // activity dated apart from the one of its group already found is another occasion
                // (an earlier or later edition) between the same parties, not a reference to it.
                let own_date = date_near(info, cs, self.text);
                let definite = definite_before(self.folded, sent_start, cs);
                let dated: Vec<usize> = match own_date.as_ref() {
                    Some(_) => (0..self.drafts.len()).rev().take(RECENT).filter(|&d| group(self.drafts[d].kind) == group(kind) && self.drafts[d].date.is_some()).collect(),
                    None => Vec::new(),
                };
                let same_time = dated.iter().copied().find(|&d| matches!((&self.drafts[d].date, &own_date), (Some((a, _)), Some((b, _))) if overlaps(a, b)));
                let edition = definite && !dated.is_empty() && same_time.is_none();
                // "今年1月，州长邀请该市组团来我州访问": the visit someone was invited to make is the one
                // the text is about, and the date is when the invitation was made.
                let invited = kind == Kind::Visit && has_group && invited_in_clause(self.folded, sent_start, cs);
                let referential = !introduced.contains(&cs) && (speech || invited
                    // "Thanked them for their hospitality during the Expo held last month": a forum named
                    // as a venue with a date of its own, and no forum found at that time, is an occasion.
                    || (kind == Kind::ForumOrFair && is_venue(self.folded, sent_start, cs, ce) && !(own_date.is_some() && same_time.is_none() && !self.named_before(cs, ce)))
                    || anaphors.iter().zip(&anaphor_groups).zip(&lowered).any(|((a, g), l)| {
                    (a.end <= cs && right_after(self.text, a.end, cs) && (group(kind) == 0 || !names_parties(l))) || *g == Some(group(kind))
                    || (kind == Kind::Visit && continues_visit(l))
                }) || (has_group && definite && !edition)
                    // "Обсудили ход выполнения соглашения, подписанного в 2012 году": an agreement
                    // discussed but dated to its own past year is a background event all the same.
                    || (talk.get_or_init(|| Talk::new(sent_start, &info.talk)).discussed(self.folded, cs, info.sentence.span.end)
                        && !(kind == Kind::Agreement && own_date.as_ref().map(|(d, _)| d.basis == crate::model::Basis::Explicit && d.precision == crate::model::Precision::Year).unwrap_or(false))));
                // The trip a meeting or talks told in a sentence of their own took place in: they are
                // an event of their own that takes the trip's window (see `within_trip`).
                let mut trip: Option<usize> = None;
                if referential {
                    let target = same_time.filter(|_| definite).or_else(|| self.current.filter(|&d| self.drafts[d].paragraph == info.sentence.paragraph)).or_else(|| {
                        if own_date.is_none() { self.news_of_group(group(kind)) } else { last }
                    }).or(self.current);
                    trip = target.filter(|&d| self.within_trip(kind, d, idx, cs));
                }
                // The trip: the latest of its group (a meeting's group has none).
                let last_trip = self.last_of_group(super::context::VISITS).filter(|&d| self.drafts[d].kind == Kind::Visit);
                if trip.is_none() {
                    trip = last.or(last_trip).filter(|&d| self.within_trip(kind, d, idx, cs));
                }
                if trip_meeting == Some(cs) {
                    trip = self.current;
                }
                if referential && trip.is_none() {
                    let target = same_time.filter(|_| definite).or_else(|| self.current.filter(|&d| self.drafts[d].paragraph == info.sentence.paragraph)).or_else(|| {
                        if own_date.is_none() { self.news_of_group(group(kind)) } else { last }
                    }).or(self.current);
                    if let Some(d) = target {
                        if self.activity_in_visit(d, kind, idx, (cs, ce), &own_date) {
                            referred = referred.or(Some(d));
                            used = true;
                            continue;
                        }
                        // "Документ был подписан на прошлой неделе": a reference back may date what
                        // it refers to.
                        if self.drafts[d].date.is_none() && group(self.drafts[d].kind) == group(kind) {
                            self.drafts[d].date = own_date.clone();
                        }
                        self.attach(d, idx);
                        referred = referred.or(Some(d));
                        used = true;
                    }
                    continue;
                }
                if trip.is_none() && !edition && !self.bilateral(idx, cs) {
                    // A sentence that names no party at all ("Встреча прошла в здании правительства")
                    // tells more of the activity already under way.
                    let partyless = !info.has_side(Side::Ru) && !info.has_side(Side::Cn) && !info.other_country;
                    if partyless {
                        // Or the trip it is a meeting of ("州长与代表团举行会谈" after the visit).
                        let own_group = self.last_of_group(group(kind));
                        let within = if matches!(kind, Kind::Meeting | Kind::Negotiation) { last_trip.filter(|&t| own_group.is_none_or(|o| o < t)) } else { None };
                        if let Some(d) = within.or(own_group) {
                            if !self.activity_in_visit(d, kind, idx, (cs, ce), &own_date) {
                                self.attach(d, idx);
                            }
                            referred = referred.or(Some(d));
                            used = true;
                            continue;
                        }
                        // "40 companies took part in the meetings" after a B2B fair: an undated
                        // definite activity is the one under way, whatever its group.
                        if let Some(d) = self.current.filter(|_| definite && own_date.is_none()) {
                            self.attach(d, idx);
                            used = true;
                            continue;
                        }
                    }
                    // "The agreement on twin-city relations was signed in 1994": a definite activity of
                    // a document about both sides is theirs, though the sentence names neither.
                    let both = self.side_dominant[0] && self.side_dominant[1] && self.doc_regions[0] && self.doc_regions[1];
                    if !(partyless && both && definite_before(self.folded, sent_start, cs)) {
                        continue;
                    }
                }
                let mut date = own_date.or_else(|| info.section_date.clone());
                let guessed = date.is_none() && !info.has(|c| matches!(c, Cue::Planned | Cue::Happened));
                let status = status_of(self.text, info, cs, &mut date, self.published, self.issue, self.default_status);
                let name = if matches!(kind, Kind::ForumOrFair | Kind::Cultural) {
                    event_name(self.text, self.folded, cs, ce, info.sentence.span.start)
                } else {
                    None
                };
                let cue: String = crate::text::prefix_chars(&self.folded[cs..ce], 5).to_string();
                // A meeting that would join a trip is one of its programme (see `within_trip`).
                let joined = if trip.is_some() { None } else { self.joins(kind, status, date.as_ref().map(|d| &d.0), name.as_ref(), &cue, info) };
                if let Some(d) = joined.filter(|&d| self.within_trip(kind, d, idx, cs)) {
                    trip = Some(d);
                }
                let joined = joined.filter(|_| trip.is_none());
                // A trip is no longer of a meeting's group: the one it may be within is asked apart.
                if trip.is_none() && joined.is_none() && last_trip.is_some_and(|v| self.activity_in_visit(v, kind, idx, (cs, ce), &date)) {
                    referred = referred.or(last_trip);
                    used = true;
                    continue;
                }
                // "Гости осмотрели лаборатории и встретились со студентами": the guests meeting people
                // who are no officials (see `within_trip`) is more of the trip under way.
                let guests = anaphors.iter().zip(&lowered).any(|(a, l)| a.end <= cs && names_parties(l));
                if let Some(t) = last_trip.filter(|&t| trip.is_none() && joined.is_none() && guests && self.current == Some(t) && matches!(kind, Kind::Meeting | Kind::Negotiation)) {
                    self.attach(t, idx);
                    used = true;
                    continue;
                }
                if let Some(d) = joined.filter(|&d| self.activity_in_visit(d, kind, idx, (cs, ce), &date)) {
                    referred = referred.or(Some(d));
                } else if let Some(d) = joined {
                    // What else the sentence names happened at the activity it continues ("期间，会晤…
                    // 并签署纪要"): a signing there takes its date. (In Chinese, where a sentence strings
                    // the acts of one occasion together with 并 / 后; an English sentence joins less.)
                    if group(kind) == 0 && self.folded[cs..ce].chars().next().is_some_and(crate::text::is_han) {
                        referred = referred.or(Some(d));
                    }
                    if self.drafts[d].guessed && !guessed {
                        self.drafts[d].status = status;
                        self.drafts[d].guessed = false;
                    }
                    if self.drafts[d].date.is_none() {
                        // "По итогам встречи стороны подписали меморандум" joining the headline's
                        // signing dates it by the meeting, as a new draft would be.
                        self.drafts[d].date = date.or_else(|| referred.filter(|&r| r != d).and_then(|r| self.drafts[r].date.clone()));
                    }
                    if self.drafts[d].name.is_none() {
                        self.drafts[d].name = name;
                    }
                    if rank(kind) > rank(self.drafts[d].kind) {
                        self.drafts[d].kind = kind;
                    }
                    self.attach(d, idx);
                    self.split_by_party(d, idx, kind, cs);
                } else {
                    // "Following the talks, the sides signed ..." takes the date of the talks; a meeting
                    // of a trip's programme, the trip's.
                    let date = date.or_else(|| trip.or(referred).and_then(|r| self.drafts[r].date.clone()));
                    self.drafts.push(Draft {
                        kind,
                        status,
                        sentences: Vec::new(),
                        ru: Vec::new(),
                        cn: Vec::new(),
                        date,
                        name,
                        cue,
                        paragraph: info.sentence.paragraph,
                        guessed,
                        in_trip: trip.is_some(),
                    });
                    let d = self.drafts.len() - 1;
                    self.attach(d, idx);
                    self.take_party_from_next(d, idx);
                    // A meeting of a trip's programme names who it met; the other side is the trip's.
                    if let Some(t) = trip {
                        if self.drafts[d].ru.is_empty() {
                            self.drafts[d].ru = self.drafts[t].ru.clone();
                        }
                        if self.drafts[d].cn.is_empty() {
                            self.drafts[d].cn = self.drafts[t].cn.clone();
                        }
                    }
                    self.split_by_party(d, idx, kind, cs);
                }
                used = true;
            }
            if used {
                continue;
            }
            // No new activity: a sentence that refers back, or a weak cue in the same paragraph,
            // belongs to the current event.
            if let Some(d) = self.current {
                let same_para = self.drafts[d].paragraph == info.sentence.paragraph
                    || self.drafts[d].sentences.last().map(|&s| self.infos[s].sentence.paragraph == info.sentence.paragraph).unwrap_or(false);
                let weak = info.has(|c| matches!(c, Cue::Activity(_, super::lexicon::Strength::Weak)))
                    && !(info.row && self.drafts[d].sentences.last().map(|&s| self.infos[s].sentence.line != info.sentence.line).unwrap_or(false));
                if (!anaphors.is_empty() || (weak && same_para)) && !info.other_country {
                    self.attach(d, idx);
                }
            }
        }
        self.fold_headline_drafts();
        self.drafts
    }
}


/// Words for the officials or leadership a meeting is held with ("беседа с руководством провинции",
/// "встреча с вице-губернатором"): a meeting of a trip's programme
/// with the other side's authorities, not a tour of labs where the guests "met students". (Each a
/// word's start, in Russian and English; Chinese reports tell a trip's meetings in `events_zh`.)
pub(super) const OFFICIALS: &[&str] = &[
    "руковод", "губернатор", "глав", "мэр", "председател", "заместител", "вице-", "премьер", "официальн", "правительств",
    "mayor", "governor", "head", "chairman", "chairwoman", "deputy", "vice", "premier", "leader", "officials", "government", "secretary", "minister",
];

/// Whether the meeting cue at `cs` is followed, within a few words of its sentence, by a word for
/// officials ([`OFFICIALS`]).
fn with_officials(folded: &str, cs: usize, sent_end: usize) -> bool {
    let mut end = (cs + 90).min(sent_end);
    while !folded.is_char_boundary(end) {
        end -= 1;
    }
    let after = &folded[cs..end];
    OFFICIALS.iter().any(|w| after.contains(w))
}

/// Whether the meeting cue at `cs` is followed by "с"/"with" and, within two words, a word for
/// officials: "встреча с мэром города", "переговоры с губернатором провинции".
fn met_officials(folded: &str, cs: usize, sent_end: usize) -> bool {
    let mut end = (cs + 120).min(sent_end);
    while !folded.is_char_boundary(end) {
        end -= 1;
    }
    let mut words = folded[cs..end].split_whitespace().skip(1);
    let Some(w) = words.find(|w| !w.chars().all(|c| !c.is_alphanumeric())) else { return false };
    if !matches!(w, "с" | "со" | "with") {
        return false;
    }
    // "with the deputy mayor of", "с мэром": an article and a rank may come first.
    words.take(3).any(|w| OFFICIALS.iter().any(|o| w.starts_with(o)))
}
