//! The gazetteer: every Russian and Chinese first-level region and the cities that map to them,
//! by their English, Russian (declined) and Chinese names, plus the words that name a country side.
//!
//! Built once from tables embedded at compile time (`data/geo/*.tsv`, derived from Natural Earth and
//! GeoNames by `tools/geoprep`, and the hand-curated `data/gazetteer/extra.tsv`), then shared:
//! [`Gazetteer::get`]. Matching runs one Aho–Corasick automaton over the folded text
//! (see [`crate::text::fold`]) and keeps the longest match at each place.

mod patterns;
pub mod russian;
mod tables;
mod word_starts;

use crate::model::{Side, Span};
use crate::text::on_word_boundaries;
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

pub use tables::{City, Region};

/// What a name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    /// Index into [`Gazetteer::regions`].
    Region(u16),
    /// Index into [`Gazetteer::cities`].
    City(u16),
    /// A country side named without a region ("Russia", "китайской", "中方").
    Side(Side),
    /// Both sides at once ("Russian-Chinese", "中俄").
    BothSides,
    /// A third country.
    Other,
}

/// A recognised name in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub span: Span,
    pub entity: Entity,
}

/// How a pattern must stand in the original text to count.
#[derive(Debug, Clone, Copy)]
struct PatternRule {
    entity: Entity,
    /// Starts with a capital letter in the text (proper nouns in alphabetic scripts).
    capital: bool,
    /// Matches the text's letter case exactly (acronyms: "IMAR", "ЕАО", "RF").
    exact_case: bool,
}

pub struct Gazetteer {
    pub regions: Vec<Region>,
    pub cities: Vec<City>,
    automaton: AhoCorasick,
    /// The ASCII names, walked from word starts where no other name can match (English texts).
    word_starts: word_starts::WordStarts,
    patterns: Vec<String>,
    rules: Vec<PatternRule>,
}

/// Words after a place name that show it names something else ("Amur River", "Amur tiger").
const NOT_A_PLACE_AFTER: &[&str] = &[
    "river", "tiger", "tigers", "leopard", "leopards", "bay", "street", "avenue", "hotel", "restaurant", "airlines",
    "brewery", "branch", "salmon", "sturgeon", "basin", "valley", "bridge", "cup", "reka", "река", "реки", "реке", "рекой",
    "тигр", "тигра", "тигры", "тигров", "улица", "улицы", "проспект", "гостиница",
];

/// One-word region names that are also rivers or other natural features: after "the" and before a
/// lower-case word they name the feature ("on the Amur near Heihe"); other names there are still the
/// region ("the Heilongjiang delegation").
const FEATURE_NAMES: &[&str] = &["amur", "altai", "kamchatka", "sakhalin", "chukotka"];

/// The region table alone, without building the matcher: what a viewer needs for names. Codes,
/// sides and names only: `aliases` are left empty here ([`Gazetteer::regions`] has them), which
/// spares a viewer's first paint most of the table's strings.
pub fn region_table() -> &'static [Region] {
    static R: OnceLock<Vec<Region>> = OnceLock::new();
    R.get_or_init(|| tables::regions(false))
}

impl Gazetteer {
    /// The shared gazetteer, built on first use.
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::build)
    }

    fn build() -> Gazetteer {
        let regions = tables::regions(true);
        let cities = tables::cities(&regions);
        let (patterns, rules) = patterns::all(&regions, &cities);
        let automaton = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(&patterns)
            .expect("the gazetteer patterns build an automaton");
        let word_starts = word_starts::WordStarts::new(&patterns);
        Gazetteer { regions, cities, automaton, word_starts, patterns, rules }
    }

    pub fn region_index(&self, code: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.code == code)
    }

    pub fn region(&self, code: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.code == code)
    }

    /// The region code and side an entity stands for, if it is a place.
    pub fn place_region(&self, e: Entity) -> Option<(&str, Option<Side>)> {
        match e {
            Entity::Region(i) => {
                let r = &self.regions[i as usize];
                Some((r.code.as_str(), r.side))
            }
            Entity::City(i) => {
                let r = &self.regions[self.cities[i as usize].region as usize];
                Some((r.code.as_str(), r.side))
            }
            _ => None,
        }
    }

    /// The region index and side an entity stands for, if it is a place: what
    /// `region_index(place_region(e).0)` gives, without the search by code (region codes are
    /// unique, so a region's index is its own; tested in `tests.rs`).
    pub fn place_region_index(&self, e: Entity) -> Option<(u16, Option<Side>)> {
        let i = match e {
            Entity::Region(i) => i,
            Entity::City(c) => self.cities[c as usize].region,
            _ => return None,
        };
        Some((i, self.regions[i as usize].side))
    }

    /// Every name in `text`, non-overlapping, longest first where two compete, in text order.
    /// `folded` is `crate::text::fold(text)`.
    pub fn find(&self, text: &str, folded: &str) -> Vec<Hit> {
        // Room for the names of a press release: growing from empty reallocated three times each.
        let mut cands: Vec<(usize, usize, Entity)> = Vec::with_capacity(32);
        if self.word_starts.usable(folded) {
            self.word_starts.for_each_match(folded, |p, s, e| self.candidate(text, folded, p, s, e, &mut cands));
        } else {
            for m in self.automaton.find_overlapping_iter(folded) {
                self.candidate(text, folded, m.pattern().as_usize(), m.start(), m.end(), &mut cands);
            }
        }
        Self::resolve(cands)
    }

    /// What the automaton of all patterns finds, for the tests of [`Self::find`].
    #[cfg(test)]
    fn find_by_automaton(&self, text: &str, folded: &str) -> Vec<Hit> {
        let mut cands: Vec<(usize, usize, Entity)> = Vec::new();
        for m in self.automaton.find_overlapping_iter(folded) {
            self.candidate(text, folded, m.pattern().as_usize(), m.start(), m.end(), &mut cands);
        }
        Self::resolve(cands)
    }

    /// Adds pattern `p` found at `s..e` to `cands` if it stands there as a name.
    fn candidate(&self, text: &str, folded: &str, p: usize, s: usize, e: usize, cands: &mut Vec<(usize, usize, Entity)>) {
        let rule = self.rules[p];
        if !on_word_boundaries(folded, s, e) {
            return;
        }
        let original = &text[s..e];
        if rule.exact_case && original != self.patterns[p].as_str() {
            // Patterns are stored folded; an acronym must be all capitals in the text.
            if original.chars().any(|c| c.is_lowercase()) {
                return;
            }
        }
        if rule.capital && !original.chars().next().map(|c| c.is_uppercase()).unwrap_or(false) {
            return;
        }
        if matches!(rule.entity, Entity::Region(_) | Entity::City(_)) && followed_by_non_place(folded, e) {
            return;
        }
        // "on the Amur", "the Amur and Ussuri": a one-word English name after "the" and not
        // followed by a capitalised word ("the Amur Economic Forum") is the river, not the region.
        if matches!(rule.entity, Entity::Region(_)) && rule.capital && FEATURE_NAMES.contains(&&folded[s..e]) && folded[..s].ends_with("the ") {
            let next = text[e..].trim_start_matches(' ').chars().next();
            if !next.map(char::is_uppercase).unwrap_or(false) {
                return;
            }
        }
        cands.push((s, e, rule.entity));
    }

    /// Longest match at each place; then drop those overlapping an earlier kept one.
    fn resolve(mut cands: Vec<(usize, usize, Entity)>) -> Vec<Hit> {
        cands.sort_by(|a, b| a.0.cmp(&b.0).then((b.1 - b.0).cmp(&(a.1 - a.0))));
        let mut out: Vec<Hit> = Vec::new();
        let mut taken_to = 0usize;
        for (s, e, entity) in cands {
            if s < taken_to {
                // A longer match that starts inside the kept one replaces nothing.
                continue;
            }
            out.push(Hit { span: Span { start: s, end: e }, entity });
            taken_to = e;
        }
        out
    }
}

fn followed_by_non_place(folded: &str, end: usize) -> bool {
    let rest = folded[end..].trim_start_matches([' ', '-']);
    // The next word as a slice, not a new String: this runs on every candidate name.
    let word = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    NOT_A_PLACE_AFTER.contains(&word)
}

#[cfg(test)]
mod tests;
