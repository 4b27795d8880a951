//! The widget's model: the events@1 corpus, indexed for the views. Views only read it.

use crate::state::filters::FacetIndex;
use crate::model::lists::Lists;
use crate::model::days::DayNumber;
use crate::model::region_id::{RegionCodes, RegionId};
use crate::state::selection::Selection;
use crate::model::time_order::time_order;
use exchange_atlas::gazetteer::Region;
use exchange_atlas::projection::Lcc;
use exchange_atlas::text::fnv::Fnv;
use exchange_atlas::{Corpus, Event, Lang, Status};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub use crate::map::choropleth::Classes;
pub use crate::i18n::date_label::date_label;
pub use crate::model::tally::{PairTally, Tally};

/// The corpus with what the views need precomputed: events in time order, region names, and for
/// the map which regions, region pairs and places each event involves, with their counts over all
/// events. Everything here is built once, in O(events).
pub struct Atlas {
    pub corpus: Corpus,
    /// Event indices sorted by start date (undated last), then id.
    pub by_time: Vec<usize>,
    /// Region by code.
    regions: RegionCodes,
    /// Problems found while loading (events left out, unknown region codes), shown to the user:
    /// the first few, then a count.
    pub warnings: Vec<String>,
    /// Per event: the regions it involves (Russian then Chinese, no repeats).
    event_regions: Lists<RegionId>,
    /// Per event, two lists: the regions of `ru_regions` (list `2i`) and of `cn_regions`
    /// (list `2i + 1`), as written (repeats kept).
    sides: Lists<RegionId>,
    /// The distinct (Russian region, Chinese region) pairs of all events, most events first.
    pairs: Vec<Pair>,
    /// Per event: indices into `pairs`.
    event_pairs: Lists<u32>,
    /// Per event: whether a side is named without a region (no known region on that side).
    event_national: Vec<bool>,
    /// The distinct event places, projected.
    places: Vec<PlacePoint>,
    /// Per event: indices into `places`.
    event_places: Lists<u32>,
    /// The tally of every event.
    all: Arc<Tally>,
    /// Per event: its days (see [`crate::model::days`]), open ends as `DayNumber::MIN`/`DayNumber::MAX`; `None` if undated.
    spans: Vec<Option<(DayNumber, DayNumber)>>,
    /// Per event: its date as the timeline draws it, and its document's publication day (`dating.rs`).
    datings: Vec<crate::model::dating::Dating>,
    published: Vec<Option<DayNumber>>,
    /// Per event: summary, people and organisations, lowercased, for the search. Made on the
    /// first search, not at load: the first paint does not need it.
    search: OnceLock<Vec<String>>,
    /// Event index by id, made on the first look-up.
    ids: OnceLock<HashMap<String, usize, Fnv>>,
    /// The facets' values as small integers, made on the first facet count.
    facets: OnceLock<FacetIndex>,
    /// Per event: its position in `by_time`.
    rank: Vec<usize>,
}

/// A Russian and a Chinese region that share events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pair {
    pub ru: RegionId,
    pub cn: RegionId,
}

/// An event place on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacePoint {
    pub name: String,
    /// ISO 3166-2 code of its region.
    pub region: String,
    /// Map units (the atlas projection).
    pub x: f64,
    pub y: f64,
}

impl Atlas {
    pub fn new(corpus: Corpus) -> Atlas {
        Atlas::with_problems(corpus, Vec::new())
    }

    /// The atlas of what in `corpus` the views can show; the rest is left out and named in the
    /// warnings, after the `problems` found while reading it.
    pub fn with_problems(mut corpus: Corpus, mut warnings: Vec<String>) -> Atlas {
        warnings.extend(crate::model::atlas_check::screen(&mut corpus));
        let n = corpus.events.len();
        // Each region code is looked up once: unknown codes are dropped, the known ones' indices kept.
        let regions = RegionCodes::new();
        let mut sides: Lists<RegionId> = Lists::with_capacity(2 * n, 2 * n + n / 4);
        for e in &mut corpus.events {
            for list in [&mut e.ru_regions, &mut e.cn_regions] {
                list.retain(|code| match regions.get(code) {
                    Some(i) => {
                        sides.push(i);
                        true
                    }
                    None => {
                        warnings.push(format!("Event {}: unknown region code {code:?} left out.", e.id));
                        false
                    }
                });
                sides.close();
            }
        }
        // Each date is parsed once: into the event's span and into its sort key (the start, else
        // the end). A YYYY-MM-DD string sorts as its day number does, so the sort compares
        // integers; only if some date does not parse does it compare the strings, as written.
        let mut spans = Vec::with_capacity(n);
        let mut keys: Vec<Option<DayNumber>> = Vec::with_capacity(n);
        let mut unparsed = false;
        for e in &corpus.events {
            let (span, start, end) = span_of(&e.when);
            spans.push(span);
            let key = if e.when.start.is_some() { start } else { end };
            unparsed |= key.is_none() && (e.when.start.is_some() || e.when.end.is_some());
            keys.push(key);
        }
        let by_time = time_order(&corpus.events, &keys, unparsed);
        let (datings, published, implausible) = crate::model::dating::datings(&corpus, &spans);
        warnings.extend(implausible);
        let mut event_regions: Lists<RegionId> = Lists::with_capacity(n, 2 * n + n / 4);
        // Pair index by (Russian, Chinese) region: a flat table, no hashing.
        let n_regions = RegionId::count();
        let mut pair_ix: Vec<u32> = vec![u32::MAX; n_regions * n_regions];
        let mut pairs: Vec<Pair> = Vec::new();
        let mut event_pairs: Lists<u32> = Lists::with_capacity(n, n + n / 4);
        let mut event_national = Vec::with_capacity(n);
        // Place index by name and exact coordinates.
        let mut place_ix: HashMap<(&str, u64, u64), usize, Fnv> = HashMap::default();
        let mut places: Vec<PlacePoint> = Vec::new();
        let mut event_places: Lists<u32> = Lists::default();
        let lcc = Lcc::atlas();
        for (i, e) in corpus.events.iter().enumerate() {
            let (ru, cn) = (sides.get(2 * i), sides.get(2 * i + 1));
            for &r in ru.iter().chain(cn) {
                if !event_regions.open().contains(&r) {
                    event_regions.push(r);
                }
            }
            event_regions.close();
            event_national.push(ru.is_empty() || cn.is_empty());
            for &r in ru {
                for &c in cn {
                    let slot = &mut pair_ix[r.index() * n_regions + c.index()];
                    if *slot == u32::MAX {
                        *slot = pairs.len() as u32;
                        pairs.push(Pair { ru: r, cn: c });
                    }
                    let ix = *slot;
                    if !event_pairs.open().contains(&ix) {
                        event_pairs.push(ix);
                    }
                }
            }
            event_pairs.close();
            for p in &e.places {
                if !(p.lat.is_finite() && p.lon.is_finite()) {
                    continue;
                }
                let next = places.len();
                let ix = *place_ix.entry((p.name.as_str(), p.lat.to_bits(), p.lon.to_bits())).or_insert_with(|| {
                    let (x, y) = lcc.project(p.lon, p.lat);
                    places.push(PlacePoint { name: p.name.clone(), region: p.region.clone(), x, y });
                    next
                }) as u32;
                if !event_places.open().contains(&ix) {
                    event_places.push(ix);
                }
            }
            event_places.close();
        }
        drop(place_ix);
        let mut atlas = Atlas {
            corpus,
            by_time,
            regions,
            warnings: crate::model::atlas_check::summarise(warnings),
            event_regions,
            sides,
            pairs,
            event_pairs,
            event_national,
            places,
            event_places,
            all: Arc::new(Tally::default()),
            spans,
            datings,
            published,
            search: OnceLock::new(),
            ids: OnceLock::new(),
            facets: OnceLock::new(),
            rank: Vec::new(),
        };
        atlas.rank = vec![0; n];
        for (r, &i) in atlas.by_time.iter().enumerate() {
            atlas.rank[i] = r;
        }
        let every: Vec<usize> = (0..n).collect();
        atlas.all = Arc::new(atlas.count(&every));
        atlas
    }

    fn count(&self, visible: &[usize]) -> Tally {
        let mut t = Tally {
            events: 0,
            regions: vec![0; RegionId::count()],
            pairs: vec![PairTally::default(); self.pairs.len()],
            places: vec![0; self.places.len()],
            max_region: 0,
            max_pair: 0,
            national: 0,
        };
        for &i in visible {
            let Some(e) = self.corpus.events.get(i) else { continue };
            t.events += 1;
            t.national += self.event_national[i] as u32;
            for &r in self.event_regions.get(i) {
                t.regions[r.index()] += 1;
            }
            for &p in self.event_pairs.get(i) {
                let pt = &mut t.pairs[p as usize];
                pt.total += 1;
                if e.status == Status::Planned {
                    pt.planned += 1;
                }
            }
            for &p in self.event_places.get(i) {
                t.places[p as usize] += 1;
            }
        }
        t.max_region = t.regions.iter().copied().max().unwrap_or(0);
        t.max_pair = t.pairs.iter().map(|p| p.total).max().unwrap_or(0);
        t
    }

    /// Counts over the visible events (indices into `corpus.events`, no repeats): per region the
    /// events involving it, per pair the events between the two regions (and how many are
    /// planned), per place the events held there. O(visible); the tally of every event is
    /// precomputed and shared.
    pub fn tally(&self, visible: &[usize]) -> Arc<Tally> {
        if visible.len() == self.corpus.events.len() {
            return self.all.clone();
        }
        Arc::new(self.count(visible))
    }

    /// The tally of every event.
    pub fn tally_all(&self) -> Arc<Tally> {
        self.all.clone()
    }

    /// Event `i`'s Russian and Chinese regions, in `ru_regions` and `cn_regions` order.
    pub(crate) fn side_regions(&self, i: usize) -> (&[RegionId], &[RegionId]) {
        (self.sides.get(2 * i), self.sides.get(2 * i + 1))
    }

    /// The facets' values as small integers, made on first use.
    pub(crate) fn facet_index(&self) -> &FacetIndex {
        self.facets.get_or_init(|| FacetIndex::new(self))
    }

    /// The region of a code.
    pub fn region_id(&self, code: &str) -> Option<RegionId> {
        self.regions.get(code)
    }

    pub fn pairs(&self) -> &[Pair] {
        &self.pairs
    }

    /// The pair of a Russian and a Chinese region code, if some event joins them.
    pub fn pair_index(&self, ru: &str, cn: &str) -> Option<usize> {
        let (r, c) = (self.region_id(ru)?, self.region_id(cn)?);
        self.pairs.iter().position(|p| p.ru == r && p.cn == c)
    }

    /// `RU-KYA|CN-NM`: how a pair is named in the DOM (`data-pair`).
    pub fn pair_key(&self, pair: usize) -> String {
        let p = self.pairs[pair];
        crate::state::selection::pair_code(p.ru.code(), p.cn.code())
    }

    pub fn places(&self) -> &[PlacePoint] {
        &self.places
    }

    /// Whether event `i` belongs to the selection: it involves the selected region, or joins the
    /// selected pair. Everything belongs to no selection.
    pub fn selects(&self, sel: Selection, i: usize) -> bool {
        match sel {
            Selection::None => true,
            Selection::Region(r) => self.event_regions.get(i).contains(&r),
            Selection::Pair(p) => self.event_pairs.get(i).contains(&(p as u32)),
            Selection::National => self.event_national.get(i).copied().unwrap_or(false),
        }
    }

    /// The regions of the events in a selection, each once: what the map outlines for a
    /// selection that is not itself a region or a pair.
    pub fn regions_of(&self, sel: Selection) -> Vec<RegionId> {
        let mut out: Vec<RegionId> = Vec::new();
        for i in (0..self.corpus.events.len()).filter(|&i| self.selects(sel, i)) {
            for &r in self.event_regions.get(i) {
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        out
    }

    pub fn region(&self, code: &str) -> Option<&'static Region> {
        self.regions.get(code).map(RegionId::region)
    }

    /// A region's name in a language, or the code when unknown.
    pub fn region_name(&self, code: &str, lang: Lang) -> String {
        self.region(code).map(|r| r.name(lang).to_string()).unwrap_or_else(|| code.to_string())
    }

    pub fn document_title(&self, doc: &str) -> String {
        self.corpus.documents.iter().find(|d| d.id == doc).and_then(|d| d.title.clone()).unwrap_or_else(|| doc.to_string())
    }

    pub fn event(&self, i: usize) -> &Event {
        &self.corpus.events[i]
    }

    /// Event `i`'s days, open ends as `DayNumber::MIN`/`DayNumber::MAX`; `None` if undated.
    pub fn span(&self, i: usize) -> Option<(DayNumber, DayNumber)> {
        self.spans.get(i).copied().flatten()
    }

    /// Event `i`'s date as the timeline draws it; its document's publication day.
    pub fn dating(&self, i: usize) -> crate::model::dating::Dating {
        self.datings.get(i).copied().unwrap_or(crate::model::dating::Dating::Undated)
    }
    pub fn published(&self, i: usize) -> Option<DayNumber> {
        self.published.get(i).copied().flatten()
    }

    /// What the free-text search looks in, lowercased.
    pub fn search_text(&self, i: usize) -> &str {
        let search = self.search.get_or_init(|| self.corpus.events.iter().map(search_text_of).collect());
        search.get(i).map(String::as_str).unwrap_or("")
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.ids.get_or_init(|| self.corpus.events.iter().enumerate().map(|(i, e)| (e.id.clone(), i)).collect()).get(id).copied()
    }

    /// Event `i`'s position in time order (`by_time`).
    pub fn rank(&self, i: usize) -> usize {
        self.rank[i]
    }

    pub fn document(&self, doc: &str) -> Option<&exchange_atlas::Document> {
        self.corpus.documents.iter().find(|d| d.id == doc)
    }
}

/// The days of a `when`: both ends when known; an approximate open end stays open. Also the
/// start and end days as parsed.
fn span_of(w: &exchange_atlas::When) -> (Option<(DayNumber, DayNumber)>, Option<DayNumber>, Option<DayNumber>) {
    let s = w.start.as_deref().and_then(crate::model::days::parse);
    let e = w.end.as_deref().and_then(crate::model::days::parse);
    let span = match (s, e) {
        (Some(s), Some(e)) => Some((s.min(e), s.max(e))),
        (Some(s), None) => Some((s, if w.approximate { DayNumber::MAX } else { s })),
        (None, Some(e)) => Some((if w.approximate { DayNumber::MIN } else { e }, e)),
        (None, None) => None,
    };
    (span, s, e)
}

/// Summary, people and organisations, lowercased and joined by a separator no query contains.
fn search_text_of(e: &Event) -> String {
    let mut s = e.summary.to_lowercase();
    for part in e.people.iter().map(|p| &p.name).chain(&e.orgs) {
        s.push('\u{1}');
        s.push_str(&part.to_lowercase());
    }
    s
}

#[cfg(test)]
#[path = "atlas_tests.rs"]
mod tests;
