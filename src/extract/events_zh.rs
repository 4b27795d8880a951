//! The builder's rules for how Chinese reports tell several activities at once: meetings held in
//! turn (分别会见), the legs of a trip (访问了A和B), the meetings of a visit (期间，会晤…), fields of
//! cooperation listed with activity words, and an invitation that dates no visit.

use super::events::Builder;
use crate::dates::Resolved;
use crate::model::{Kind, Side};

impl Builder<'_> {
    /// "分别会见了圣彼得堡市市长、莫斯科市市长" (met each in turn), "访问了赤塔州和鄂木斯克州" (visited
    /// each): one activity per region of the side named several times, when the other side names at
    /// most one. The conventions count each meeting and each leg of a trip as an event of its own.
    pub(super) fn split_by_party(&mut self, d: usize, idx: usize, kind: Kind, cs: usize) {
        let info = &self.infos[idx];
        let side = if info.ru.len() >= 2 && info.cn.len() <= 1 {
            Side::Ru
        } else if info.cn.len() >= 2 && info.ru.len() <= 1 {
            Side::Cn
        } else {
            self.split_by_day(d, idx, kind, cs);
            return;
        };
        let regions: Vec<u16> = if side == Side::Ru { info.ru.clone() } else { info.cn.clone() };
        let s = info.sentence.span.start;
        let each = match kind {
            Kind::Meeting | Kind::Negotiation => separately_before(self.folded, s, cs),
            Kind::Visit => regions.iter().all(|&r| info.places.iter().any(|p| place_of(p, side) == Some(r) && destination_before(self.folded, s, p.span.start))),
            _ => false,
        };
        if !each {
            return;
        }
        let keep = |list: &Vec<u16>, r: u16| list.iter().copied().filter(|x| !regions.contains(x) || *x == r).collect::<Vec<u16>>();
        let base = self.drafts[d].clone();
        for (n, &r) in regions.iter().enumerate() {
            let mut draft = if n == 0 { self.drafts[d].clone() } else { base.clone() };
            if side == Side::Ru {
                draft.ru = keep(&base.ru, r);
            } else {
                draft.cn = keep(&base.cn, r);
            }
            if n == 0 {
                self.drafts[d] = draft;
            } else {
                self.drafts.push(draft);
            }
        }
        self.current = Some(self.drafts.len() - 1);
    }

    /// "23日下午，州长与代表团进行会谈", "期间，会晤州长…": talks or a meeting told after a visit was
    /// found are an activity of their own within it (each separately described meeting counts), between
    /// the visit's parties and those the sentence adds, dated by their own day or else by the visit's
    /// window. Returns whether it made one; a date outside the visit's window is no part of it.
    pub(super) fn activity_in_visit(&mut self, d: usize, kind: Kind, idx: usize, (cs, ce): (usize, usize), own_date: &Option<(Resolved, String)>) -> bool {
        // Chinese reports tell a visit and then each meeting of it ("期间，会晤…"); how the other
        // languages' reports weigh this is for their rules (our English and Russian sets count a
        // visit's talks as the visit told again).
        let han = self.folded[cs..ce].chars().next().is_some_and(crate::text::is_han);
        let v = &self.drafts[d];
        if !han || v.kind != Kind::Visit || !matches!(kind, Kind::Meeting | Kind::Negotiation) || v.sentences.contains(&idx) {
            return false;
        }
        // Only a trip of several days has meetings told apart from it: a day of its own inside the
        // trip's window, or "期间" (during it) for one with no day. A one-day trip and its meeting,
        // or a trip known only from the headline, are one account.
        let Some((window, _)) = &v.date else { return false };
        if window.precision != crate::model::Precision::Day || window.start >= window.end {
            return false;
        }
        let info = &self.infos[idx];
        let inside = match own_date {
            Some((b, _)) => b.start >= window.start && b.end <= window.end && (b.start, b.end) != (window.start, window.end),
            None => self.folded[info.sentence.span.start..info.sentence.span.end].contains("期间"),
        };
        if !inside {
            return false;
        }
        let mut draft = v.clone();
        draft.kind = kind;
        draft.sentences = Vec::new();
        draft.name = None;
        draft.cue = crate::text::prefix_chars(&self.folded[cs..ce], 5).to_string();
        draft.paragraph = self.infos[idx].sentence.paragraph;
        draft.in_trip = true;
        if own_date.is_some() {
            draft.date = own_date.clone();
        }
        self.drafts.push(draft);
        let n = self.drafts.len() - 1;
        self.attach(n, idx);
        true
    }

    /// "书记和省长10日上午和9日下午分别会见了州长": one region a side, but a day for each host, one
    /// meeting per day named before the cue, each dated by its own (or undated, when it resolves to
    /// none).
    pub(super) fn split_by_day(&mut self, d: usize, idx: usize, kind: Kind, cs: usize) {
        let info = &self.infos[idx];
        if !matches!(kind, Kind::Meeting | Kind::Negotiation) || !separately_before(self.folded, info.sentence.span.start, cs) {
            return;
        }
        let days: Vec<Option<(Resolved, String)>> = info
            .dates
            .iter()
            .filter(|(m, _)| m.end <= cs && !self.folded[m.end..cs].contains([',', '，', '。']))
            .map(|(m, r)| r.map(|r| (r, self.text[m.start..m.end].to_string())))
            .collect();
        if days.len() < 2 {
            return;
        }
        let base = self.drafts[d].clone();
        for (n, day) in days.into_iter().enumerate() {
            let mut draft = base.clone();
            draft.date = day;
            if n == 0 {
                self.drafts[d] = draft;
            } else {
                self.drafts.push(draft);
            }
        }
        self.current = Some(self.drafts.len() - 1);
    }
}

/// The region a place names on `side`, if it names one there.
fn place_of(p: &crate::gazetteer::Hit, side: Side) -> Option<u16> {
    match crate::gazetteer::Gazetteer::get().place_region_index(p.entity) {
        Some((idx, Some(s))) if s == side => Some(idx),
        _ => None,
    }
}

/// The clause of the sentence (from `sent_start`) up to `at`: what follows its last comma.
pub(super) fn clause_before(folded: &str, sent_start: usize, at: usize) -> &str {
    let before = &folded[sent_start..at];
    before.rfind([',', '，', ';', '；', ':', '：']).map(|i| &before[i..]).unwrap_or(before)
}

/// "分别会见", "分别与…举行会谈": the cue at `at` names one meeting with each party listed.
fn separately_before(folded: &str, sent_start: usize, at: usize) -> bool {
    let clause = clause_before(folded, sent_start, at);
    clause.contains("分别") || clause.contains("分別")
}

/// A word before `at` in its clause that makes the place a destination ("访问了X", "对X进行访问",
/// "赴X", "前往X", "visited X and Y", "посетили X и Y"), not the travellers' home ("X代表团",
/// "a delegation from X").
fn destination_before(folded: &str, sent_start: usize, at: usize) -> bool {
    let clause = clause_before(folded, sent_start, at);
    DESTINATION.iter().any(|w| clause.contains(w))
}

/// Words after which a place is where a trip goes.
const DESTINATION: &[&str] = &[
    "访问", "訪問", "对", "對", "赴", "到", "前往", "抵达", "考察",
    "visited ", "visit to ", "trip to ", "arrived in ", "travelled to ", "traveled to ",
    "посетил", "визит в ", "побывал", "поездк",
];

/// "在农业、贸易、展览、科技等领域开展合作": an activity word that is one item of a list of fields
/// (joined by 、 and closed by 等领域 / 领域 / 等方面) names a field of cooperation, not an event.
pub(super) fn field_in_list(folded: &str, sent_end: usize, cs: usize, ce: usize) -> bool {
    let listed = folded[..cs].ends_with('、') || folded[ce..].starts_with('、');
    if !listed {
        return false;
    }
    let after = &folded[ce..sent_end];
    let clause = &after[..after.find([',', '，', '。', ';', '；']).unwrap_or(after.len())];
    clause.contains("领域") || clause.contains("等方面")
}

/// Whether the clause of a visit cue has someone invite it ("邀请…来访"), which dates the
/// invitation; "应…邀请" (at the invitation of) tells of the visit made, and is not this.
pub(super) fn invited_in_clause(folded: &str, sent_start: usize, cs: usize) -> bool {
    // "将邀请…组团来访" is a visit still to come, an event of its own.
    let clause = clause_before(folded, sent_start, cs);
    clause.find("邀请").is_some_and(|i| !clause[..i].contains(['应', '受', '将']))
}
