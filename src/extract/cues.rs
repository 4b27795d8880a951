//! Finds the cues of [`super::lexicon`] in a folded text with one shared automaton.

use super::lexicon::{Cue, ACTIVITY, ANAPHOR, HAPPENED, NATIONAL, PLANNED, TOPIC_WORDS};
use crate::text::{is_han, is_word_char};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueHit {
    pub start: usize,
    pub end: usize,
    pub cue: Cue,
}

struct CueSet {
    automaton: AhoCorasick,
    cues: Vec<(Cue, bool)>, // (cue, matches a word beginning only)
}

fn cue_set() -> &'static CueSet {
    static SET: OnceLock<CueSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut patterns: Vec<String> = Vec::new();
        let mut cues = Vec::new();
        let mut add = |p: &str, cue: Cue| {
            let stem = p.ends_with('*');
            patterns.push(p.trim_end_matches('*').to_string());
            cues.push((cue, stem));
        };
        for (p, k, s) in ACTIVITY {
            add(p, Cue::Activity(*k, *s));
        }
        for p in PLANNED {
            add(p, Cue::Planned);
        }
        for p in HAPPENED {
            add(p, Cue::Happened);
        }
        for p in ANAPHOR {
            add(p, Cue::Anaphor);
        }
        for p in NATIONAL {
            add(p, Cue::National);
        }
        for (p, t) in TOPIC_WORDS {
            add(p, Cue::Topic(t));
        }
        let automaton = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).expect("cue patterns build");
        CueSet { automaton, cues }
    })
}

/// The cues in `folded[range]`, in order. Offsets are into `folded`.
pub fn find(folded: &str, start: usize, end: usize) -> Vec<CueHit> {
    let set = cue_set();
    let hay = &folded[start..end];
    let mut out = Vec::new();
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
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;
    use crate::text::fold;

    fn cues(t: &str) -> Vec<Cue> {
        let f = fold(t);
        find(&f, 0, f.len()).into_iter().map(|c| c.cue).collect()
    }

    #[test]
    fn finds_words_and_stems() {
        use super::super::lexicon::Strength::*;
        assert_eq!(cues("Negotiations were held"), vec![Cue::Activity(Kind::Negotiation, Strong), Cue::Happened]);
        assert_eq!(cues("which will be held on"), vec![Cue::Planned]);
        assert_eq!(cues("переговоры состоялись"), vec![Cue::Activity(Kind::Negotiation, Strong), Cue::Happened]);
        assert_eq!(cues("将于举办博览会"), vec![Cue::Planned, Cue::Activity(Kind::ForumOrFair, Strong)]);
        assert!(cues("unaffair fairly").is_empty(), "words match whole");
    }
}
