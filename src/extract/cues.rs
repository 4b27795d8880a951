//! Finds the cues of [`super::lexicon`] in a folded text with one shared automaton.

use super::lexicon::{Cue, ACTIVITY, ANAPHOR, HAPPENED, NATIONAL, NEUTRAL, PLANNED, TOPIC_WORDS};
use crate::text::{is_han, is_word_char};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

/// One automaton per layer: within a layer the longest cue wins ("during the visit" over "visit"),
/// across layers cues do not compete ("visited" is both an activity and a marker of the past).
struct CueSet {
    automaton: AhoCorasick,
    cues: Vec<(Cue, bool)>, // (cue, matches a word beginning only)
}

impl CueSet {
    fn new(entries: Vec<(&str, Cue)>) -> CueSet {
        let patterns: Vec<&str> = entries.iter().map(|(p, _)| p.trim_end_matches('*')).collect();
        let cues = entries.iter().map(|(p, c)| (*c, p.ends_with('*'))).collect();
        // A DFA: a few hundred patterns make a small one, and it is the fastest to search.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("cue patterns build");
        CueSet { automaton, cues }
    }
}

fn cue_sets() -> &'static [CueSet; 3] {
    static SETS: OnceLock<[CueSet; 3]> = OnceLock::new();
    SETS.get_or_init(|| {
        let mut activity: Vec<(&str, Cue)> = ACTIVITY.iter().map(|(p, k, s)| (*p, Cue::Activity(*k, *s))).collect();
        activity.extend(ANAPHOR.iter().map(|p| (*p, Cue::Anaphor)));
        activity.extend(NATIONAL.iter().map(|p| (*p, Cue::National)));
        let mut markers: Vec<(&str, Cue)> = PLANNED.iter().map(|p| (*p, Cue::Planned)).collect();
        markers.extend(HAPPENED.iter().map(|p| (*p, Cue::Happened)));
        markers.extend(NEUTRAL.iter().map(|p| (*p, Cue::Neutral)));
        let topics: Vec<(&str, Cue)> = TOPIC_WORDS.iter().map(|(p, t)| (*p, Cue::Topic(t))).collect();
        [CueSet::new(activity), CueSet::new(markers), CueSet::new(topics)]
    })
}

/// "Days of Harbin", "Дни Санкт-Петербурга", "哈尔滨日": a city's or a culture's days are a cultural
/// event. Only before a capitalised name (or after a Han place), so "in the coming days" is not one.
fn days_of(text: &str, folded: &str, start: usize, end: usize, out: &mut Vec<CueHit>) {
    for lead in ["days of ", "day of ", "дни ", "дней ", "днях ", "дням "] {
        let mut from = start;
        while let Some(pos) = folded[from..end].find(lead) {
            let at = from + pos;
            from = at + lead.len();
            let word_start = at == 0 || !folded[..at].chars().next_back().map(char::is_alphanumeric).unwrap_or(false);
            let next = text[at + lead.len()..end].chars().next();
            if word_start && next.map(char::is_uppercase).unwrap_or(false) {
                out.push(CueHit { start: at, end: at + lead.len() - 1, cue: Cue::Activity(crate::model::Kind::Cultural, super::lexicon::Strength::Strong) });
            }
        }
    }
}

/// The cues in `folded[range]`, in order. Offsets are into `folded`; `text` is the original.
pub fn find(text: &str, folded: &str, start: usize, end: usize) -> Vec<CueHit> {
    let mut out = Vec::new();
    for set in cue_sets() {
        find_in(set, folded, start, end, &mut out);
    }
    days_of(text, folded, start, end, &mut out);
    out.sort_by_key(|c| (c.start, c.end));
    out
}

fn find_in(set: &CueSet, folded: &str, start: usize, end: usize, out: &mut Vec<CueHit>) {
    let hay = &folded[start..end];
    for m in set.automaton.find_iter(hay) {
        let (s, e) = (start + m.start(), start + m.end());
        let (cue, stem) = set.cues[m.pattern().as_usize()];
        let first = folded[s..e].chars().next().unwrap_or(' ');
        if !is_han(first) {
            let before = folded[..s].chars().next_back();
            if before.map(is_word_char).unwrap_or(false) {
                continue;
            }
            let after = folded[e..].chars().next();
            if !stem && after.map(is_word_char).unwrap_or(false) {
                continue;
            }
        }
        out.push(CueHit { start: s, end: e, cue });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::text::fold;

    fn cues(t: &str) -> Vec<Cue> {
        let f = fold(t);
        find(t, &f, 0, f.len()).into_iter().map(|c| c.cue).collect()
    }

    #[test]
    fn finds_words_and_stems() {
        use super::super::lexicon::Strength::*;
        assert_eq!(cues("Negotiations were held"), vec![Cue::Activity(Kind::Negotiation, Strong), Cue::Happened]);
        assert_eq!(cues("the delegation visited"), vec![Cue::Activity(Kind::Visit, Weak), Cue::Activity(Kind::Visit, Strong), Cue::Happened]);
        assert_eq!(cues("which will be held on"), vec![Cue::Planned]);
        assert_eq!(cues("переговоры состоялись"), vec![Cue::Activity(Kind::Negotiation, Strong), Cue::Happened]);
        assert_eq!(cues("将于举办博览会"), vec![Cue::Planned, Cue::Activity(Kind::ForumOrFair, Strong)]);
        assert!(cues("unaffair fairly").is_empty(), "words match whole");
    }
}
