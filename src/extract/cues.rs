//! Finds the cues of [`super::lexicon`] in a folded text with one shared automaton.

use super::lexicon::{Cue, ACTIVITY, ANAPHOR, HAPPENED, NATIONAL, NEUTRAL, PLANNED, TOPIC_WORDS};
use crate::text::{is_han, is_word_char, AsciiSubset};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

/// The cue layers: within a layer the longest cue wins ("during the visit" over "visit"), across
/// layers cues do not compete ("visited" is both an activity and a marker of the past).
const LAYERS: usize = 3;

/// The leads of [`days_of`]; found by the same automaton as the cues, as their own layer.
const DAYS_LEADS: &[&str] = &["days of ", "day of ", "дни ", "дней ", "днях ", "дням "];
const DAYS_LAYER: u8 = LAYERS as u8;
/// The words of [`super::discussion::talk_words`]: found by the same pass, for the discussion test.
const TALK_LAYER: u8 = DAYS_LAYER + 1;

/// A word of [`super::discussion::talk_words`] in the text: (start, end, the lists it is in).
pub type TalkWord = (usize, usize, u8);

/// All layers in one automaton, searched once with overlapping matches; each layer's
/// leftmost-longest choice is then made from those (see [`leftmost_longest`]). One pass over the text
/// instead of one per layer and one per "days of" lead, and one per sentence for the discussion words.
struct CueSet {
    automaton: AhoCorasick,
    /// The same patterns' ASCII ones, for texts in which no other can match (English).
    ascii: AsciiSubset,
    cues: Vec<(Cue, bool, u8)>, // (cue, matches a word beginning only, layer); talk words: their lists' bits in the bool's place below
    talk_bits: Vec<u8>,         // per pattern: the talk word's lists, 0 for the others
}

impl CueSet {
    fn new(layers: [Vec<(&str, Cue)>; LAYERS]) -> CueSet {
        let mut patterns: Vec<&str> = Vec::new();
        let mut cues = Vec::new();
        for (layer, entries) in layers.iter().enumerate() {
            for (p, c) in entries {
                let word = p.trim_end_matches('*');
                assert!(!word.is_empty(), "an empty cue would match everywhere");
                patterns.push(word);
                cues.push((*c, p.ends_with('*'), layer as u8));
            }
        }
        for lead in DAYS_LEADS {
            patterns.push(lead);
            cues.push((Cue::Activity(crate::model::Kind::Cultural, super::lexicon::Strength::Strong), false, DAYS_LAYER));
        }
        let mut talk_bits = vec![0; patterns.len()];
        for (word, bits) in super::discussion::talk_words() {
            patterns.push(word);
            cues.push((Cue::Neutral, false, TALK_LAYER));
            talk_bits.push(bits);
        }
        // A contiguous NFA, not a DFA: over the bench corpora the DFA (2.2 MB, as the Cyrillic and
        // Han bytes make many byte classes) searched 1.8x slower in English, from cache misses; the
        // NFA is 146 KB.
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("cue patterns build");
        let ascii = AsciiSubset::new(&patterns);
        CueSet { automaton, ascii, cues, talk_bits }
    }
}

fn cue_set() -> &'static CueSet {
    static SET: OnceLock<CueSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut activity: Vec<(&str, Cue)> = ACTIVITY.iter().map(|(p, k, s)| (*p, Cue::Activity(*k, *s))).collect();
        activity.extend(ANAPHOR.iter().map(|p| (*p, Cue::Anaphor)));
        activity.extend(NATIONAL.iter().map(|p| (*p, Cue::National)));
        let mut markers: Vec<(&str, Cue)> = PLANNED.iter().map(|p| (*p, Cue::Planned)).collect();
        markers.extend(HAPPENED.iter().map(|p| (*p, Cue::Happened)));
        markers.extend(NEUTRAL.iter().map(|p| (*p, Cue::Neutral)));
        let topics: Vec<(&str, Cue)> = TOPIC_WORDS.iter().map(|(p, t)| (*p, Cue::Topic(t))).collect();
        CueSet::new([activity, markers, topics])
    })
}

/// "Days of Harbin", "Дни Санкт-Петербурга", "哈尔滨日": a city's or a culture's days are a cultural
/// event. Only before a capitalised name (or after a Han place), so "in the coming days" is not one.
/// `at` is where a lead of [`DAYS_LEADS`] was found, `lead_end` where it ends.
fn days_of(text: &str, folded: &str, at: usize, lead_end: usize, end: usize) -> Option<CueHit> {
    let word_start = at == 0 || !folded[..at].chars().next_back().map(char::is_alphanumeric).unwrap_or(false);
    let next = text[lead_end..end].chars().next();
    (word_start && next.map(char::is_uppercase).unwrap_or(false))
        .then(|| CueHit { start: at, end: lead_end - 1, cue: Cue::Activity(crate::model::Kind::Cultural, super::lexicon::Strength::Strong) })
}

/// The cues in `folded[range]`, in order, and every occurrence of the discussion words there, by
/// start. Offsets are into `folded`; `text` is the original.
pub fn find(text: &str, folded: &str, start: usize, end: usize) -> (Vec<CueHit>, Vec<TalkWord>) {
    let set = cue_set();
    // Sized for about a match per dozen bytes: growing from empty reallocated a dozen times per
    // document (a sixth of this function's time).
    let mut raw: Vec<(u8, usize, usize, u32)> = Vec::with_capacity((end - start) / 12 + 8);
    let hay = &folded[start..end];
    let mut push = |p: u32, s: usize, e: usize| raw.push((set.cues[p as usize].2, start + s, start + e, p));
    if set.ascii.usable(hay) {
        set.ascii.for_each_match(hay.as_bytes(), push);
    } else {
        set.automaton.find_overlapping_iter(hay).for_each(|m| push(m.pattern().as_u32(), m.start(), m.end()));
    }
    let mut out = Vec::with_capacity(raw.len());
    for (s, e, p) in leftmost_longest(&mut raw) {
        if let Some(cue) = accept(set, folded, s, e, p) {
            out.push(CueHit { start: s, end: e, cue });
        }
    }
    // The leads never overlap themselves, so every occurrence is what a search from the end of the
    // previous one finds. They come last, as before: a cue at the same span stays first.
    out.extend(raw.iter().filter(|r| r.0 == DAYS_LAYER).filter_map(|&(_, s, e, _)| days_of(text, folded, s, e, end)));
    out.sort_by_key(|c| (c.start, c.end));
    let talk = raw.iter().filter(|r| r.0 == TALK_LAYER).map(|&(_, s, e, p)| (s, e, set.talk_bits[p as usize])).collect();
    (out, talk)
}

/// What a separate leftmost-longest search of each layer would have found, layer by layer in text
/// order: the match that starts first, the longest of those (the first pattern of equal ones), then
/// the same again from its end. `raw` is every (layer, start, end, pattern) occurrence.
fn leftmost_longest(raw: &mut [(u8, usize, usize, u32)]) -> impl Iterator<Item = (usize, usize, u32)> + '_ {
    raw.sort_unstable_by(|a, b| (a.0, a.1, b.2, a.3).cmp(&(b.0, b.1, a.2, b.3)));
    let mut at = (u8::MAX, 0usize); // (layer, searched up to)
    raw.iter().filter(|r| r.0 < DAYS_LAYER).filter_map(move |&(layer, s, e, p)| {
        if layer != at.0 {
            at = (layer, 0);
        }
        (s >= at.1).then(|| {
            at.1 = e;
            (s, e, p)
        })
    })
}

/// The cue of pattern `p` at `folded[s..e]`, unless it stands inside a word (alphabetic scripts).
fn accept(set: &CueSet, folded: &str, s: usize, e: usize, p: u32) -> Option<Cue> {
    let (cue, stem, _) = set.cues[p as usize];
    let first = folded[s..e].chars().next().unwrap_or(' ');
    if !is_han(first) {
        let before = folded[..s].chars().next_back();
        if before.map(is_word_char).unwrap_or(false) {
            return None;
        }
        let after = folded[e..].chars().next();
        if !stem && after.map(is_word_char).unwrap_or(false) {
            return None;
        }
    }
    Some(cue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::text::fold;

    fn cues(t: &str) -> Vec<Cue> {
        let f = fold(t);
        find(t, &f, 0, f.len()).0.into_iter().map(|c| c.cue).collect()
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

    /// The vocabulary's ASCII DFA fits its table, so English texts are searched by it.
    #[test]
    fn ascii_dfa_fits() {
        assert!(cue_set().ascii.fits, "raise TRANS_LEN in text/ascii_dfa.rs");
    }

    /// The one overlapping search makes the same choices as a leftmost-longest search per layer.
    #[test]
    fn one_pass_equals_a_search_per_layer() {
        let set = cue_set();
        let texts = [
            "During the visit the delegation visited the fair; negotiations were held and an agreement was signed during the talks.",
            "В ходе визита делегация посетила выставку, переговоры состоялись, подписано соглашение о сотрудничестве в сфере торговли.",
            "代表团访问期间，双方举行会谈并签署了合作协议，将于明年举办博览会。应邀出席。",
        ];
        for t in texts {
            let f = fold(t);
            let mut raw: Vec<(u8, usize, usize, u32)> =
                set.automaton.find_overlapping_iter(&f).map(|m| (set.cues[m.pattern().as_usize()].2, m.start(), m.end(), m.pattern().as_u32())).collect();
            let mut by_dfa = Vec::new();
            set.ascii.for_each_match(f.as_bytes(), |p, s, e| by_dfa.push((set.cues[p as usize].2, s, e, p)));
            if set.ascii.usable(&f) {
                raw.sort_unstable();
                by_dfa.sort_unstable();
                assert_eq!(by_dfa, raw, "the ASCII DFA finds what the automaton finds");
            }
            let got: Vec<(usize, usize, u32)> = leftmost_longest(&mut raw).collect();
            let mut want = Vec::new();
            for layer in 0..LAYERS as u8 {
                let ids: Vec<u32> = (0..set.cues.len() as u32).filter(|&p| set.cues[p as usize].2 == layer).collect();
                let pats: Vec<&str> = ids.iter().map(|&p| pattern_text(p)).collect();
                let ac = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&pats).unwrap();
                want.extend(ac.find_iter(&f).map(|m| (m.start(), m.end(), ids[m.pattern().as_usize()])));
            }
            assert!(!want.is_empty());
            assert_eq!(got, want, "{t}");
        }
    }

    fn pattern_text(p: u32) -> &'static str {
        let mut all: Vec<&'static str> = ACTIVITY.iter().map(|x| x.0).chain(ANAPHOR.iter().copied()).chain(NATIONAL.iter().copied()).collect();
        all.extend(PLANNED.iter().chain(HAPPENED).chain(NEUTRAL).copied());
        all.extend(TOPIC_WORDS.iter().map(|x| x.0));
        all.extend(DAYS_LEADS);
        all.extend(super::super::discussion::talk_words().into_iter().map(|w| w.0));
        all[p as usize].trim_end_matches('*')
    }
}
