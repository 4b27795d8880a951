//! Whether an activity cue names something merely discussed, celebrated or provided for by a
//! document, rather than done: the words of the sentence before it (and, in Chinese, after it).

/// Verbs whose object is a subject of discussion, not an activity that took place.
const DISCUSSION: &[&str] = &[
    "discussed", "discuss", "discussing", "talked about", "exchanged views", "considered", "touched upon", "обсудили",
    "обсуждались", "обсуждали", "обсудить", "обсужден", "рассмотрели", "затронули", "讨论", "探讨", "交换了意见", "就",
];
/// Words whose object is a past activity being celebrated: "the 25th anniversary of sister-city
/// relations" is a celebration, not a new agreement.
const CELEBRATED: &[&str] = &["anniversary of", "years of", "годовщин", "летия", "летию", "летие", "юбилей", "周年"];

/// What an activity is held for ("The exhibition is dated for the 25th anniversary of ..."): an
/// anniversary named after these words is the occasion of the activity told, not a second event.
const OCCASION: &[&str] = &[
    "dated for the", "timed to the", "dedicated to the", "devoted to the", "to mark the", "marking the", "marks the",
    "in honor of the", "in honour of the", "приурочен", "посвящен", "посвящён",
];
/// How anniversary words begin, folded.
const ANNIVERSARY: &[&str] = &["anniversar", "годовщин", "юбиле"];

/// Verbs that open what a document contains: "The memorandum foresees holding days of the city",
/// "Документ предусматривает обмен делегациями". Activities after them are its terms, not events.
const CONTENTS: &[&str] = &[
    "provides for", "provides", "provide for", "foresees", "foresee", "stipulates", "envisages", "envisions",
    "предусматрива", "предусмотрен",
];

/// Words that close what a discussion word governs and open a clause of their own: in "discussed
/// joint projects, the vice governor said following an official visit to China" the visit is the
/// occasion of the talk, not its subject.
const SCOPE_ENDS: &[&str] = &[
    " said ", " said,", " told ", "following ", " after ", " during ", "in the course of", "заявил", "сообщил", "рассказал",
    "по итогам", "в ходе", "после ", "во время",
];

/// Words that turn a discussion into a commitment: "agreed to hold a fair".
/// Preparations are one too: "discussed the preparations for the Days of Harbin scheduled for
/// September" tells of an activity that is coming, not only talked about.
const COMMITMENT: &[&str] = &[
    "agreed", "decided", "договорились", "решили", "условились", "商定", "同意", "决定", "约定",
    "preparations for", "preparation for", "organisation of the", "organization of the",
];

/// Where the words of [`CELEBRATED`], [`CONTENTS`], [`DISCUSSION`] and [`COMMITMENT`] stand in one
/// sentence, so that each cue of the sentence asks [`Talk::discussed`] without some forty substring
/// searches of its own (they were a tenth of the English time). The words are found by the cue
/// search of the whole text, as a layer of its own ([`talk_words`]), and shared out by sentence.
pub(super) struct Talk<'a> {
    sent_start: usize,
    /// (start, end, which lists the word is in), absolute offsets, every occurrence in the sentence.
    found: &'a [(usize, usize, u8)],
}

const CELEBRATED_BIT: u8 = 1;
const CONTENTS_BIT: u8 = 2;
const DISCUSSION_BIT: u8 = 4;
const COMMITMENT_BIT: u8 = 8;

/// One pattern per distinct word, with the lists it belongs to as bits.
pub(super) fn talk_words() -> Vec<(&'static str, u8)> {
    let mut words: Vec<(&str, u8)> = Vec::new();
    for (list, bit) in [(CELEBRATED, CELEBRATED_BIT), (CONTENTS, CONTENTS_BIT), (DISCUSSION, DISCUSSION_BIT), (COMMITMENT, COMMITMENT_BIT)] {
        for w in list {
            match words.iter_mut().find(|(x, _)| x == w) {
                Some(e) => e.1 |= bit,
                None => words.push((w, bit)),
            }
        }
    }
    words
}

impl<'a> Talk<'a> {
    /// `found` are the words of [`talk_words`] that lie wholly in the sentence starting at `sent_start`.
    pub(super) fn new(sent_start: usize, found: &'a [(usize, usize, u8)]) -> Talk<'a> {
        Talk { sent_start, found }
    }

    /// Whether the cue at `cue_start` names something discussed, celebrated or provided for, not
    /// done: a word of those lists before it in the sentence, and no commitment after the
    /// discussion word ("agreed to hold").
    pub(super) fn discussed(&self, folded: &str, cue_start: usize, sent_end: usize) -> bool {
        let before = &folded[self.sent_start..cue_start];
        let mut from = before.len().saturating_sub(40);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let near = self.sent_start + from;
        let within = |bit: u8, a: usize, b: usize| self.found.iter().any(|&(s, e, k)| k & bit != 0 && s >= a && e <= b);
        if within(CELEBRATED_BIT, near, cue_start) || before[from..].trim_end().ends_with("周年") {
            return true;
        }
        if within(CONTENTS_BIT, self.sent_start, cue_start) {
            return true;
        }
        if ANNIVERSARY.iter().any(|a| folded[cue_start..].starts_with(a)) && OCCASION.iter().any(|o| before[from..].contains(o)) {
            return true;
        }
        // The last discussion word wholly before the cue.
        let Some(at) = self.found.iter().filter(|&&(_, e, k)| k & DISCUSSION_BIT != 0 && e <= cue_start).map(|&(s, _, _)| s).max() else { return false };
        // Chinese states the commitment after its object: "就在沈阳举办商品展的可能性进行了探讨，初步商定于明年".
        let han = folded[cue_start..sent_end].chars().next().map(crate::text::is_han).unwrap_or(false);
        let closed = || SCOPE_ENDS.iter().any(|w| folded[at..cue_start].contains(w));
        !(within(COMMITMENT_BIT, at, cue_start) || (han && within(COMMITMENT_BIT, cue_start, sent_end)) || closed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former test, forty substring searches per cue: the reference for [`Talk`].
    fn discussed(folded: &str, sent_start: usize, cue_start: usize, sent_end: usize) -> bool {
        let before = &folded[sent_start..cue_start];
        let mut from = before.len().saturating_sub(40);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let near = &before[from..];
        if CELEBRATED.iter().any(|c| near.contains(c)) || near.trim_end().ends_with("周年") {
            return true;
        }
        if ANNIVERSARY.iter().any(|a| folded[cue_start..].starts_with(a)) && OCCASION.iter().any(|o| near.contains(o)) {
            return true;
        }
        if CONTENTS.iter().any(|c| before.contains(c)) {
            return true;
        }
        let Some(at) = DISCUSSION.iter().filter_map(|d| before.rfind(d)).max() else { return false };
        let after = &folded[cue_start..sent_end];
        let han = after.chars().next().map(crate::text::is_han).unwrap_or(false);
        !COMMITMENT.iter().any(|c| before[at..].contains(c) || (han && after.contains(c))) && !SCOPE_ENDS.iter().any(|w| before[at..].contains(w))
    }

    /// One search per sentence answers as the substring searches did, for a cue at every place.
    #[test]
    fn talk_equals_substring_searches() {
        let texts = [
            "The sides discussed holding a fair and agreed to hold the exhibition in Harbin next year.",
            "They celebrated the 25th anniversary of sister-city relations; the memorandum provides for days of culture.",
            "Стороны обсудили проведение выставки и договорились провести форум, документ предусматривает обмен делегациями.",
            "双方就在沈阳举办商品展的可能性进行了探讨，初步商定于明年举办博览会。建交70周年纪念活动。",
            "exchanged views on the talks; considered the visit, touched upon trade, talked about the forum discussing it",
            "The delegation discussed joint projects, the vice governor said following an official visit to China.",
            "Обсудили создание центра, сообщил он по итогам визита.",
            "The exhibition is dated for the 25 anniversary of cooperation; marking the 30th anniversary, Days of Shanghai will be held.",
        ];
        for t in texts {
            let f = crate::text::fold(t);
            for (a, b) in [(0, f.len()), (4, f.len() - 3)] {
                let (a, b) = ((a..).find(|&i| f.is_char_boundary(i)).unwrap(), (b..).find(|&i| f.is_char_boundary(i)).unwrap());
                let words: Vec<(usize, usize, u8)> = super::super::cues::find(t, &f, 0, f.len()).1.into_iter().filter(|w| w.0 >= a && w.1 <= b).collect();
                let talk = Talk::new(a, &words);
                for cue in (a..=b).filter(|&i| f.is_char_boundary(i)) {
                    assert_eq!(talk.discussed(&f, cue, b), discussed(&f, a, cue, b), "{t} at {cue}");
                }
            }
        }
    }
}
