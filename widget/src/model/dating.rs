//! How well the timeline knows each event's date: bounded (both ends), an open window with one
//! known end ("not before 2020", "on or before 21 Dec 2017"), or not at all; and which ends
//! cannot be right (before 1900, or decades after the document's publication date), which the
//! timeline treats as open and names in the data warnings. The timeline's default extent is
//! made from the bounded dates and the publication dates, never from open or implausible ends.

use crate::model::atlas::Atlas;
use crate::model::days::DayNumber;
use exchange_atlas::text::fnv::Fnv;
use exchange_atlas::Corpus;
use std::collections::HashMap;

/// An event's date as the timeline draws it (day numbers, see [`crate::model::days`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dating {
    /// No date, or none that can be right.
    Undated,
    /// From the first to the last day, both known.
    Bounded(DayNumber, DayNumber),
    /// Not before this day; the end is open.
    After(DayNumber),
    /// On or before this day; the start is open.
    Before(DayNumber),
}

impl Dating {
    /// The day the timeline places the event by: its start, or its one known end.
    pub fn anchor(self) -> Option<DayNumber> {
        match self {
            Dating::Undated => None,
            Dating::Bounded(s, _) | Dating::After(s) => Some(s),
            Dating::Before(e) => Some(e),
        }
    }
}

/// The earliest day a date in the press can be right: 1900-01-01.
pub const EARLIEST: DayNumber = DayNumber(-25_567);
/// How long after its publication an event may be dated, in days: 20 years, as the extractor's
/// `FUTURE_YEARS` (a strategy "to 2050" is no event; "2055" in a report of 2023 is a misread number).
pub const AFTER_PUBLICATION: i32 = 20 * 365 + 5;
/// Without a publication date, the latest day that can be right: 2100-12-31.
pub const LATEST: DayNumber = DayNumber(47_846);

/// Whether a day can be an event's date in a document published on `published`.
pub fn plausible(day: DayNumber, published: Option<DayNumber>) -> bool {
    day >= EARLIEST && day <= published.map_or(LATEST, |p| p.plus(AFTER_PUBLICATION).min(LATEST))
}

/// An event's dating from its span (open ends as `DayNumber::MIN`/`DayNumber::MAX`) and its document's
/// publication day: an end that cannot be right is treated as open. Also whether one was.
pub fn dating_of(span: Option<(DayNumber, DayNumber)>, published: Option<DayNumber>) -> (Dating, bool) {
    let Some((s, e)) = span else { return (Dating::Undated, false) };
    let known = DayNumber::is_known;
    let (s_ok, e_ok) = (known(s) && plausible(s, published), known(e) && plausible(e, published));
    let implausible = (known(s) && !s_ok) || (known(e) && !e_ok);
    let d = match (s_ok, e_ok) {
        (true, true) => Dating::Bounded(s, e),
        (true, false) => Dating::After(s),
        (false, true) => Dating::Before(e),
        (false, false) => Dating::Undated,
    };
    (d, implausible)
}

/// Every event's dating, and a warning for each event with a date that cannot be right.
pub(crate) fn datings(corpus: &Corpus, spans: &[Option<(DayNumber, DayNumber)>]) -> (Vec<Dating>, Vec<Option<DayNumber>>, Vec<String>) {
    let published: HashMap<&str, Option<DayNumber>, Fnv> =
        corpus.documents.iter().map(|d| (d.id.as_str(), d.published.as_deref().and_then(crate::model::days::parse))).collect();
    let mut out = Vec::with_capacity(spans.len());
    let mut pubs = Vec::with_capacity(spans.len());
    let mut warnings = Vec::new();
    for (e, span) in corpus.events.iter().zip(spans) {
        let p = published.get(e.doc.as_str()).copied().flatten();
        let (d, implausible) = dating_of(*span, p);
        if implausible {
            let written = [e.when.start.as_deref(), e.when.end.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" – ");
            let why = match p {
                Some(p) => format!("before 1900 or decades after its document's publication ({})", crate::model::days::format(p)),
                None => String::from("before 1900 or after 2100"),
            };
            warnings.push(format!("Event {}: the date {written} is {why}, likely an extraction error; kept out of the timeline's default view.", e.id));
        }
        out.push(d);
        pubs.push(p);
    }
    (out, pubs, warnings)
}

impl Atlas {
    /// The days from the first to the last dated event (open ends ignored), if any is dated.
    pub fn extent(&self) -> Option<(DayNumber, DayNumber)> {
        self.extent_of(0..self.corpus.events.len())
    }

    /// The same over some events (indices into `corpus.events`).
    pub fn extent_of(&self, events: impl IntoIterator<Item = usize>) -> Option<(DayNumber, DayNumber)> {
        let mut out: Option<(DayNumber, DayNumber)> = None;
        for (s, e) in events.into_iter().filter_map(|i| self.span(i)) {
            for d in [s, e].into_iter().filter(|d| d.is_known()) {
                out = Some(out.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
            }
        }
        out
    }

    /// What the timeline fits by default: the bounded dates of `marks` and the publication dates
    /// of their documents; without any bounded date, the open windows' known ends. Dates that
    /// cannot be right are not in it.
    pub fn default_extent(&self, marks: &[usize]) -> Option<(DayNumber, DayNumber)> {
        let mut bounded: Option<(DayNumber, DayNumber)> = None;
        let mut known: Option<(DayNumber, DayNumber)> = None;
        let widen = |r: &mut Option<(DayNumber, DayNumber)>, a: DayNumber, b: DayNumber| *r = Some(r.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
        for &i in marks {
            match self.dating(i) {
                Dating::Undated => continue,
                Dating::Bounded(s, e) => widen(&mut bounded, s, e),
                Dating::After(d) | Dating::Before(d) => widen(&mut known, d, d),
            }
            if let Some(p) = self.published(i).filter(|&p| plausible(p, None)) {
                widen(&mut bounded, p, p);
            }
        }
        bounded.or(known)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::days::parse;

    fn day(s: &str) -> DayNumber {
        parse(s).unwrap()
    }

    #[test]
    fn the_limits_are_the_days_they_say() {
        assert_eq!(EARLIEST, day("1900-01-01"));
        assert_eq!(LATEST, day("2100-12-31"));
        let p = day("2021-03-04");
        assert!(plausible(day("2040-12-31"), Some(p)), "a plan two decades ahead");
        assert!(!plausible(day("2055-01-01"), Some(p)), "a timestamp read as a date");
        assert!(!plausible(day("1899-12-31"), Some(p)));
        assert!(plausible(day("2090-01-01"), None));
    }

    #[test]
    fn open_and_implausible_ends_leave_the_known_one() {
        let p = Some(day("2021-03-04"));
        let (a, b) = (day("2020-01-01"), day("2021-02-01"));
        assert_eq!(dating_of(Some((a, b)), p), (Dating::Bounded(a, b), false));
        assert_eq!(dating_of(Some((a, DayNumber::MAX)), p), (Dating::After(a), false));
        assert_eq!(dating_of(Some((DayNumber::MIN, b)), p), (Dating::Before(b), false));
        assert_eq!(dating_of(Some((a, day("2055-06-01"))), p), (Dating::After(a), true));
        assert_eq!(dating_of(Some((day("1815-01-01"), b)), p), (Dating::Before(b), true));
        assert_eq!(dating_of(Some((day("2055-06-01"), day("2055-06-01"))), p), (Dating::Undated, true));
        assert_eq!(dating_of(None, p), (Dating::Undated, false));
        assert_eq!(Dating::Before(b).anchor(), Some(b));
    }

    #[test]
    fn the_default_extent_is_the_bounded_and_publication_dates() {
        let mut corpus = crate::model::test_corpus::generated(40, 7);
        // Known regions only, so that the date's warning is among the first named.
        for e in &mut corpus.events {
            (e.ru_regions, e.cn_regions) = (vec!["RU-AMU".into()], vec!["CN-HL".into()]);
        }
        let doc = corpus.events[0].doc.clone();
        for d in corpus.documents.iter_mut().filter(|d| d.id == doc) {
            d.published = Some("2019-06-01".into());
        }
        corpus.events[0].when.start = Some("1991-05-01".into());
        corpus.events[0].when.end = None;
        corpus.events[0].when.approximate = true;
        corpus.events[1].doc = doc.clone();
        corpus.events[1].when.start = Some("2019-05-01".into());
        corpus.events[1].when.end = Some("2077-01-01".into());
        corpus.events[0].id = format!("{doc}#open");
        corpus.events[1].id = format!("{doc}#late");
        let (id0, id1) = (corpus.events[0].id.clone(), corpus.events[1].id.clone());
        let atlas = Atlas::new(corpus);
        let (e0, e1) = (atlas.event_index(&id0).unwrap(), atlas.event_index(&id1).unwrap());
        assert!(atlas.warnings.iter().any(|w| w.contains("2077-01-01") && w.contains(&id1) && w.contains("2019-06-01")), "{:?}", atlas.warnings);
        assert!(matches!(atlas.dating(e0), Dating::After(_)));
        assert_eq!(atlas.dating(e1), Dating::After(day("2019-05-01")));
        let all: Vec<usize> = (0..atlas.corpus.events.len()).collect();
        let (a, b) = atlas.default_extent(&all).unwrap();
        // What a plain loop over the bounded dates and the publication dates gives.
        let mut want: Option<(DayNumber, DayNumber)> = None;
        for &i in &all {
            let d = atlas.dating(i);
            if let Dating::Bounded(s, e) = d {
                want = Some(want.map_or((s, e), |(x, y)| (x.min(s), y.max(e))));
            }
            if d != Dating::Undated {
                if let Some(p) = atlas.published(i) {
                    want = Some(want.map_or((p, p), |(x, y)| (x.min(p), y.max(p))));
                }
            }
        }
        assert_eq!(Some((a, b)), want);
        assert!(a > day("1991-05-01") && b < day("2077-01-01"), "neither the open window nor the implausible end");
        assert!(a <= day("2019-06-01") && day("2019-06-01") <= b);
        // An open window alone: its document's publication date, else its known end.
        let p = day("2019-06-01");
        assert_eq!(atlas.default_extent(&[e0]), Some((p, p)));
    }
}
