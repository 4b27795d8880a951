//! The meeting of a trip told by a weak word: "Гостей принял первый заместитель главы…", "The
//! sides discussed the checkpoint", after a sentence that told the trip. The conventions count a
//! trip and each separately described meeting as events of their own; without a strong word
//! ("met", "встреча") the meeting is only found this way.

use super::cues::CueHit;
use super::events::Builder;
use super::lexicon::{Cue, Strength};
use crate::model::Kind;

/// The guests as received ("Гостей принял…", "принял делегацию"), beside the parties' words of
/// `context::PARTIES` ("the sides discussed") and the officials of `events::OFFICIALS`.
const RECEIVED: &[&str] = &["гостей", "делегацию"];

/// What follows "принял" when it is no reception: "принял участие" (took part), "приняли решение".
const NOT_RECEIVING: &[&str] = &["участи", "решени", "закон", "меры", "программ"];

impl Builder<'_> {
    /// The weak meeting word of sentence `idx` that tells a trip's meeting: the current draft is a
    /// visit told in an earlier sentence, no meeting or talks of it were found yet, and the sentence
    /// names the parties or an official. Returns the cue.
    pub(super) fn trip_meeting_cue(&self, idx: usize) -> Option<&CueHit> {
        let d = self.current?;
        let visit = &self.drafts[d];
        let info = &self.infos[idx];
        if visit.kind != Kind::Visit || visit.sentences.contains(&idx) || self.drafts[d + 1..].iter().any(|o| matches!(o.kind, Kind::Meeting | Kind::Negotiation)) {
            return None;
        }
        let span = &self.folded[info.sentence.span.start..info.sentence.span.end];
        let named = super::context::PARTIES.iter().chain(RECEIVED).chain(super::events::OFFICIALS).any(|w| span.contains(w));
        if !named || info.other_country {
            return None;
        }
        info.cues.iter().find(|c| {
            c.cue == Cue::Activity(Kind::Meeting, Strength::Weak) && {
                let next = self.folded[c.end..info.sentence.span.end].split_whitespace().next().unwrap_or("");
                !NOT_RECEIVING.iter().any(|w| next.starts_with(w))
            }
        })
    }
}
