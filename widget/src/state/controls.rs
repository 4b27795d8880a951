//! The widget's live state as signals, shared by every view and by the embedding API: what the
//! views read and what the JS handle (`select`, `setFilter`, `setTimeRange`, `setLang`) writes.

use crate::model::atlas::Atlas;
use crate::model::days::DayNumber;
use crate::state::filters::{Filters, TimeRange};
use crate::state::selection::{split_pair_code, Selection, NATIONAL_ID};
use crate::state::url_hash::ViewState;
use exchange_atlas::Lang;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How many events the last paint represented: drawn or counted in an aggregate mark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Painted {
    /// Events the timeline represented (dated marks, counted bins and the unknown lane).
    pub timeline: u32,
    /// Events the map counted.
    pub map: u32,
    /// Paints so far (the map's and the timeline's), so a waiter can tell a new paint.
    pub frames: u32,
    /// What the timeline's last paint showed.
    pub tl: TimelineCounts,
}

/// The timeline's last paint: the days at its left and right edges, and its events drawn, counted
/// in "+N" bins, counted at the edges as outside the view, and listed as undated (these four add
/// up to its events).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TimelineCounts {
    pub start: Option<DayNumber>,
    pub end: Option<DayNumber>,
    pub drawn: u32,
    pub binned: u32,
    pub outside: u32,
    pub undated: u32,
}

/// Every signal of one atlas instance. `Copy`, so closures take it freely.
#[derive(Clone, Copy)]
pub struct Controls {
    pub lang: RwSignal<Lang>,
    /// The map's selection: a region or a pair. Narrows the list and the timeline.
    pub selection: RwSignal<Selection>,
    /// The event whose details are open (index into `corpus.events`).
    pub event: RwSignal<Option<usize>>,
    pub filters: RwSignal<Filters>,
    pub range: RwSignal<Option<TimeRange>>,
    /// The map view (centre x, centre y, zoom) once the user moved it; `None` fits the events.
    pub map_view: RwSignal<Option<[f64; 3]>>,
    pub theme: RwSignal<Theme>,
    pub painted: RwSignal<Painted>,
    /// A brush drag is under way: the map follows the range live, the list and the counts catch up
    /// a few times a second and at the end.
    pub brushing: RwSignal<bool>,
}

impl Controls {
    pub fn new(lang: Lang) -> Controls {
        Controls {
            lang: RwSignal::new(lang),
            selection: RwSignal::new(Selection::None),
            event: RwSignal::new(None),
            filters: RwSignal::new(Filters::default()),
            range: RwSignal::new(None),
            map_view: RwSignal::new(None),
            theme: RwSignal::new(Theme::Light),
            painted: RwSignal::new(Painted::default()),
            brushing: RwSignal::new(false),
        }
    }

    /// Sets every signal from a shared state. Ids that name nothing in this corpus clear their
    /// part (a link from another corpus opens, without a stale selection).
    pub fn apply(&self, atlas: &Atlas, s: &ViewState) {
        if let Some(l) = s.lang {
            self.lang.set(l);
        }
        self.event
            .set(s.event.as_deref().and_then(|id| atlas.event_index(id)));
        let sel = if s.region.as_deref() == Some(NATIONAL_ID) {
            Some(Selection::National)
        } else if let Some(code) = &s.region {
            atlas.region_id(code).map(Selection::Region)
        } else if let Some((ru, cn)) = &s.pair {
            atlas.pair_index(ru, cn).map(Selection::Pair)
        } else {
            None
        };
        self.selection.set(sel.unwrap_or(Selection::None));
        self.filters.set(s.filters.clone());
        self.range.set(s.range);
        self.map_view.set(s.map);
    }

    /// The shareable state now (tracked: call it in an effect to follow every change).
    pub fn snapshot(&self, atlas: &Atlas) -> ViewState {
        let (region, pair) = match self.selection.get() {
            Selection::None => (None, None),
            Selection::Region(r) => (Some(r.code().to_string()), None),
            Selection::National => (Some(NATIONAL_ID.to_string()), None),
            Selection::Pair(p) => {
                let pr = atlas.pairs()[p];
                (None, Some((pr.ru.code().to_string(), pr.cn.code().to_string())))
            }
        };
        ViewState {
            lang: Some(self.lang.get()),
            event: self.event.get().map(|i| atlas.event(i).id.clone()),
            region,
            pair,
            filters: self.filters.get(),
            range: self.range.get(),
            map: self.map_view.get(),
        }
    }

    /// Selects by id: an event id opens its details; a region code or `RU-X|CN-Y` pair selects it
    /// on the map; an empty id clears both. Returns false when the id names nothing.
    pub fn select_id(&self, atlas: &Atlas, id: &str) -> bool {
        let id = id.trim();
        if id.is_empty() {
            self.event.set(None);
            self.selection.set(Selection::None);
            return true;
        }
        if let Some(i) = atlas.event_index(id) {
            self.event.set(Some(i));
            return true;
        }
        if let Some(r) = atlas.region_id(id) {
            self.selection.set(Selection::Region(r));
            return true;
        }
        if id == NATIONAL_ID {
            self.selection.set(Selection::National);
            return true;
        }
        if let Some((ru, cn)) = split_pair_code(id) {
            if let Some(p) = atlas.pair_index(ru, cn) {
                self.selection.set(Selection::Pair(p));
                return true;
            }
        }
        false
    }

    /// Clears the filters, the time range and the selection.
    pub fn reset(&self) {
        self.filters.set(Filters::default());
        self.range.set(None);
        self.selection.set(Selection::None);
    }
}
