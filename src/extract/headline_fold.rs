//! Folding a headline's activity into the body's account of it, the event builder's last step.

use super::context::{disjoint, group, overlaps};
use super::events::Builder;

impl Builder<'_> {
    /// A headline restates the article: an activity found only in the first lines merges into the
    /// body's account of the same kind, which it then dates if the body does not.
    pub(super) fn fold_headline_drafts(&mut self) {
        let lead_end = self.infos.iter().position(|i| !i.furniture && i.sentence.paragraph > 0 && !i.dates.is_empty() && i.cues.is_empty())
            .map(|p| p + 1)
            .unwrap_or(0)
            .max(3);
        let mut d = 0;
        while d < self.drafts.len() {
            let early = self.drafts[d].sentences.iter().all(|&s| s < lead_end);
            let later = (0..self.drafts.len()).find(|&o| {
                o != d
                    // Drafts born of one sentence were told apart there ("分别会见" A and B).
                    && self.drafts[o].sentences.first() != self.drafts[d].sentences.first()
                    // A meeting within a visit is not the visit told again.
                    && !self.drafts[o].in_trip
                    && group(self.drafts[o].kind) == group(self.drafts[d].kind)
                    // A headline with no marker of its own ("Primorye to take part in Harbin fair") has
                    // only a guessed status: the body's account settles it.
                    && (self.drafts[o].status == self.drafts[d].status || self.drafts[d].guessed)
                    && self.drafts[o].sentences.iter().any(|&s| s >= lead_end)
                    && !disjoint(&self.drafts[o].ru, &self.drafts[d].ru)
                    && !disjoint(&self.drafts[o].cn, &self.drafts[d].cn)
                    // Last year's edition told further down is not what the headline announces.
                    && !matches!((self.drafts[o].date.as_ref(), self.drafts[d].date.as_ref()), (Some((a, _)), Some((b, _))) if !overlaps(a, b))
            });
            match (early, later) {
                (true, Some(o)) => {
                    let gone = self.drafts.remove(d);
                    let o = if o > d { o - 1 } else { o };
                    let keep = &mut self.drafts[o];
                    // The headline's date, where the body has none, or where it is a day within the
                    // body's wider span (a year read from a later remark).
                    let narrower = matches!((&keep.date, &gone.date), (Some((k, _)), Some((g, _)))
                        if g.precision == crate::model::Precision::Day && k.precision != crate::model::Precision::Day && g.start >= k.start && g.end <= k.end);
                    if keep.date.is_none() || narrower {
                        keep.date = gone.date;
                    }
                    keep.sentences.extend(gone.sentences);
                    keep.sentences.sort_unstable();
                    keep.sentences.dedup();
                }
                _ => d += 1,
            }
        }
    }
}
