//! What the user narrows the events to: facets (kind, status, topic, regions, document), a free-text
//! search and a time range. Within a facet the chosen values are alternatives; facets combine.

use crate::model::atlas::Atlas;
use crate::model::days::DayNumber;
use crate::model::lists::Lists;
use exchange_atlas::text::fnv::Fnv;
use exchange_atlas::{Kind, Status};
use std::collections::HashMap;

/// An inclusive range of days (see [`crate::model::days`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub start: DayNumber,
    pub end: DayNumber,
}

impl TimeRange {
    /// The range between two days, in either order.
    pub fn new(a: DayNumber, b: DayNumber) -> TimeRange {
        TimeRange {
            start: a.min(b),
            end: a.max(b),
        }
    }
    /// Whether an event's span (`None`: undated) overlaps the range. Undated events are in no
    /// range. An open window ("not before 2020") is anchored at its known bound: it is in a range
    /// that holds the bound, not in every range after it, where it only might be.
    pub fn overlaps(&self, span: Option<(DayNumber, DayNumber)>) -> bool {
        let Some((s, e)) = span else { return false };
        let (s, e) = match (s == DayNumber::MIN, e == DayNumber::MAX) {
            (true, true) => return false,
            (true, false) => (e, e),
            (false, true) => (s, s),
            (false, false) => (s, e),
        };
        s <= self.end && e >= self.start
    }
}

/// One facet of [`Filters`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Kind,
    Status,
    Topic,
    Ru,
    Cn,
    Doc,
}

impl Facet {
    pub const ALL: [Facet; 6] = [
        Facet::Kind,
        Facet::Status,
        Facet::Topic,
        Facet::Ru,
        Facet::Cn,
        Facet::Doc,
    ];
    /// The key in URL hashes and in the JS API's `setFilter({...})`.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Kind => "kind",
            Facet::Status => "status",
            Facet::Topic => "topic",
            Facet::Ru => "ru",
            Facet::Cn => "cn",
            Facet::Doc => "doc",
        }
    }
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// The chosen values of every facet (empty: no constraint) and the search text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub kinds: Vec<Kind>,
    pub statuses: Vec<Status>,
    pub topics: Vec<String>,
    /// ISO 3166-2 codes.
    pub ru: Vec<String>,
    pub cn: Vec<String>,
    /// Document ids.
    pub docs: Vec<String>,
    /// Free text, matched case-insensitively in summaries, people and organisations.
    pub text: String,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        Facet::ALL.iter().all(|&f| self.values(f).is_empty()) && self.text.trim().is_empty()
    }

    /// A facet's chosen values as codes (`meeting`, `planned`, `trade`, `RU-AMU`, a doc id).
    pub fn values(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Kind => self.kinds.iter().map(|k| k.code().to_string()).collect(),
            Facet::Status => self
                .statuses
                .iter()
                .map(|s| status_code(*s).to_string())
                .collect(),
            Facet::Topic => self.topics.clone(),
            Facet::Ru => self.ru.clone(),
            Facet::Cn => self.cn.clone(),
            Facet::Doc => self.docs.clone(),
        }
    }

    /// Sets a facet from codes; codes that name nothing are returned (for a warning), not kept.
    pub fn set_values(&mut self, facet: Facet, codes: &[String]) -> Vec<String> {
        let mut unknown = Vec::new();
        match facet {
            Facet::Kind => {
                self.kinds = codes
                    .iter()
                    .filter_map(|c| {
                        Kind::ALL.into_iter().find(|k| k.code() == c).or_else(|| {
                            unknown.push(c.clone());
                            None
                        })
                    })
                    .collect();
            }
            Facet::Status => {
                self.statuses = codes
                    .iter()
                    .filter_map(|c| {
                        parse_status(c).or_else(|| {
                            unknown.push(c.clone());
                            None
                        })
                    })
                    .collect();
            }
            Facet::Topic => self.topics = codes.to_vec(),
            Facet::Ru => self.ru = codes.to_vec(),
            Facet::Cn => self.cn = codes.to_vec(),
            Facet::Doc => self.docs = codes.to_vec(),
        }
        unknown
    }

    /// Whether `code` is chosen in `facet`.
    pub fn has(&self, facet: Facet, code: &str) -> bool {
        self.values(facet).iter().any(|v| v == code)
    }

    /// Adds or removes one value of a facet.
    pub fn toggle(&mut self, facet: Facet, code: &str) {
        let mut v = self.values(facet);
        if let Some(i) = v.iter().position(|x| x == code) {
            v.remove(i);
        } else {
            v.push(code.to_string());
        }
        self.set_values(facet, &v);
    }

    /// Whether event `i` passes every facet (except `skip`, for facet counts) and the search.
    pub fn admits_except(&self, atlas: &Atlas, i: usize, skip: Option<Facet>) -> bool {
        let needle = if self.text.is_empty() { String::new() } else { self.needle() };
        self.admits_with(atlas, i, skip, &needle)
    }

    /// The search text as it is looked for.
    fn needle(&self) -> String {
        self.text.trim().to_lowercase()
    }

    /// [`Filters::admits_except`] with the search text already made a [`Filters::needle`].
    fn admits_with(&self, atlas: &Atlas, i: usize, skip: Option<Facet>, needle: &str) -> bool {
        let e = atlas.event(i);
        let on = |f: Facet| skip != Some(f);
        (!on(Facet::Kind) || self.kinds.is_empty() || self.kinds.contains(&e.kind))
            && (!on(Facet::Status) || self.statuses.is_empty() || self.statuses.contains(&e.status))
            && (!on(Facet::Topic)
                || self.topics.is_empty()
                || e.topics.iter().any(|t| self.topics.contains(t)))
            && (!on(Facet::Ru)
                || self.ru.is_empty()
                || e.ru_regions.iter().any(|r| self.ru.contains(r)))
            && (!on(Facet::Cn)
                || self.cn.is_empty()
                || e.cn_regions.iter().any(|r| self.cn.contains(r)))
            && (!on(Facet::Doc) || self.docs.is_empty() || self.docs.contains(&e.doc))
            && (needle.is_empty() || atlas.search_text(i).contains(needle))
    }

    pub fn admits(&self, atlas: &Atlas, i: usize) -> bool {
        self.admits_except(atlas, i, None)
    }
}

pub fn status_code(s: Status) -> &'static str {
    match s {
        Status::Happened => "happened",
        Status::Planned => "planned",
    }
}

pub fn parse_status(s: &str) -> Option<Status> {
    match s {
        "happened" => Some(Status::Happened),
        "planned" => Some(Status::Planned),
        _ => None,
    }
}

/// The events that pass the filters and the time range, in `corpus.events` order. O(events).
pub fn visible(atlas: &Atlas, filters: &Filters, range: Option<TimeRange>) -> Vec<usize> {
    let needle = filters.needle();
    (0..atlas.corpus.events.len())
        .filter(|&i| range.is_none_or(|r| r.overlaps(atlas.span(i))) && filters.admits_with(atlas, i, None, &needle))
        .collect()
}

/// The facets' values as small integers, for counting in vectors instead of hash maps: per facet
/// its codes in order of first appearance in the corpus, and per event the ids (indices into those
/// codes) of its values, as many as it lists. Made once per atlas ([`Atlas::facet_index`]).
pub(crate) struct FacetIndex {
    codes: [Vec<String>; 6],
    ids: [Lists<u32>; 6],
}

impl FacetIndex {
    pub(crate) fn new(atlas: &Atlas) -> FacetIndex {
        let n = atlas.corpus.events.len();
        let mut codes: [Vec<String>; 6] = Default::default();
        let mut ids: [Lists<u32>; 6] = std::array::from_fn(|f| Lists::with_capacity(n, if f == 2 { n + n / 2 } else { n }));
        // The id of a value whose slot is in a table (kinds, statuses, region ids) or a
        // map (topics, documents): a new value gets the next id.
        fn id(slot: &mut u32, codes: &mut Vec<String>, code: &str) -> u32 {
            if *slot == u32::MAX {
                *slot = codes.len() as u32;
                codes.push(code.to_string());
            }
            *slot
        }
        let mut kinds = [u32::MAX; Kind::ALL.len()];
        let mut statuses = [u32::MAX; 2];
        let n_regions = crate::model::region_id::RegionId::count();
        let (mut ru, mut cn) = (vec![u32::MAX; n_regions], vec![u32::MAX; n_regions]);
        let mut topics: HashMap<&str, u32, Fnv> = HashMap::default();
        let mut docs: HashMap<&str, u32, Fnv> = HashMap::default();
        let mut last_doc: (&str, u32) = ("", u32::MAX);
        for (i, e) in atlas.corpus.events.iter().enumerate() {
            let k = Kind::ALL.iter().position(|k| *k == e.kind).unwrap_or(0);
            ids[0].push(id(&mut kinds[k], &mut codes[0], e.kind.code()));
            ids[1].push(id(&mut statuses[(e.status == Status::Planned) as usize], &mut codes[1], status_code(e.status)));
            for t in &e.topics {
                let slot = topics.entry(t).or_insert(u32::MAX);
                ids[2].push(id(slot, &mut codes[2], t));
            }
            // The region codes left after loading are the region-table entries the atlas found.
            let (rs, cs) = atlas.side_regions(i);
            for (f, table, list, code) in [(3, &mut ru, rs, &e.ru_regions), (4, &mut cn, cs, &e.cn_regions)] {
                for (&r, code) in list.iter().zip(code) {
                    ids[f].push(id(&mut table[r.index()], &mut codes[f], code));
                }
            }
            // Events come in document order: most have the document of the one before.
            if last_doc.1 == u32::MAX || last_doc.0 != e.doc {
                last_doc = (&e.doc, id(docs.entry(&e.doc).or_insert(u32::MAX), &mut codes[5], &e.doc));
            }
            ids[5].push(last_doc.1);
            ids.iter_mut().for_each(Lists::close);
        }
        FacetIndex { codes, ids }
    }
}

/// For each facet (in [`Facet::ALL`] order) and each of its values, how many events the filters
/// would admit with that value chosen alone in the facet (the other facets, the search and the range
/// as they are): the counts the filter buttons show. Values in order of first appearance. One pass
/// over the events: an event failing no facet counts everywhere, one failing a single facet counts
/// only in that facet, others nowhere. Values are compared as their ids in the atlas's
/// [`FacetIndex`], and counted in vectors.
pub fn all_facet_counts(atlas: &Atlas, filters: &Filters, range: Option<TimeRange>) -> [Vec<(String, u32)>; 6] {
    let ix = atlas.facet_index();
    // Per constrained facet, which of its ids are chosen.
    let chosen: [Option<Vec<bool>>; 6] = std::array::from_fn(|f| {
        let values = filters.values(Facet::ALL[f]);
        (!values.is_empty()).then(|| ix.codes[f].iter().map(|c| values.contains(c)).collect())
    });
    let mut counts: [Vec<u32>; 6] = std::array::from_fn(|f| vec![0; ix.codes[f].len()]);
    let needle = filters.needle();
    for i in 0..atlas.corpus.events.len() {
        if !(range.is_none_or(|r| r.overlaps(atlas.span(i))) && (needle.is_empty() || atlas.search_text(i).contains(&needle))) {
            continue;
        }
        let mut pass = [true; 6];
        let mut failing = 0;
        for (f, chosen) in chosen.iter().enumerate() {
            if let Some(chosen) = chosen {
                pass[f] = ix.ids[f].get(i).iter().any(|&id| chosen[id as usize]);
                failing += !pass[f] as u32;
            }
        }
        if failing > 1 {
            continue;
        }
        for (f, counts) in counts.iter_mut().enumerate() {
            if failing == 0 || !pass[f] {
                for &id in ix.ids[f].get(i) {
                    counts[id as usize] += 1;
                }
            }
        }
    }
    std::array::from_fn(|f| ix.codes[f].iter().cloned().zip(counts[f].iter().copied()).collect())
}

#[cfg(test)]
#[path = "filters_tests.rs"]
mod tests;
