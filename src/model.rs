//! The `events@1` contract: what the extractor produces, the CLI prints and the widget embeds.
//!
//! Field order here is the JSON key order, so output is deterministic. `schema/events@1.json`
//! is the JSON Schema of this model; `tests/schema.rs` keeps the two in step.

use serde::{Deserialize, Serialize};

/// The schema tag every corpus carries.
pub const SCHEMA: &str = "events@1";

/// A whole extraction run: every input document and every event found in them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub schema: String,
    pub documents: Vec<Document>,
    pub events: Vec<Event>,
}

impl Default for Corpus {
    fn default() -> Self {
        Corpus { schema: SCHEMA.to_string(), documents: Vec::new(), events: Vec::new() }
    }
}

/// One input file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The file stem.
    pub id: String,
    pub path: String,
    pub title: Option<String>,
    pub source: Option<String>,
    pub lang: Lang,
    /// YYYY-MM-DD.
    pub published: Option<String>,
    /// The text after front matter; evidence and mention offsets index into it (UTF-8 bytes).
    pub text: String,
    pub warnings: Vec<Warning>,
    /// Everything recognised in the text, for highlighting: regions, places, people, dates.
    #[serde(default)]
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
    Zh,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Some(Lang::En),
            "ru" | "rus" | "russian" => Some(Lang::Ru),
            "zh" | "cn" | "zh-cn" | "zh-hans" | "zh-hant" | "chinese" => Some(Lang::Zh),
            _ => None,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Zh => "zh",
        }
    }
}

/// A problem with a document, with the 1-based line it concerns where one applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub line: Option<usize>,
    pub message: String,
}

/// A byte range `[start, end)` into a document's `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Region,
    Place,
    Person,
    Date,
    Org,
}

/// A recognised name or date in a document's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: MentionKind,
    /// The region code, for regions and places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// Stated in the text with its year.
    Explicit,
    /// Resolved against the publication date ("next year", "June 8" under a dated dateline).
    Relative,
    /// Resolved against a publication date that only the source URL gives (`/2019/05/28/`).
    Url,
    /// A window bounded by other facts ("since 2020 ..."), never a day.
    Inferred,
    /// Nothing says when.
    None,
}

/// When an event happened, as honestly as the text allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    /// YYYY-MM-DD or null (an open start).
    pub start: Option<String>,
    /// YYYY-MM-DD or null (an open end).
    pub end: Option<String>,
    pub precision: Precision,
    pub approximate: bool,
    pub basis: Basis,
    /// The date as written, or null.
    pub text: Option<String>,
}

impl When {
    pub fn unknown() -> When {
        When { start: None, end: None, precision: Precision::Unknown, approximate: false, basis: Basis::None, text: None }
    }
    pub fn is_dated(&self) -> bool {
        self.start.is_some() || self.end.is_some()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Happened,
    Planned,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Meeting,
    Visit,
    Negotiation,
    ForumOrFair,
    Agreement,
    Cultural,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::Meeting, Kind::Visit, Kind::Negotiation, Kind::ForumOrFair, Kind::Agreement, Kind::Cultural, Kind::Other];
    pub fn code(self) -> &'static str {
        match self {
            Kind::Meeting => "meeting",
            Kind::Visit => "visit",
            Kind::Negotiation => "negotiation",
            Kind::ForumOrFair => "forum_or_fair",
            Kind::Agreement => "agreement",
            Kind::Cultural => "cultural",
            Kind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Ru,
    Cn,
}

/// A city named for an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub region: String,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub side: Option<Side>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `<doc id>#<ordinal>`, stable across runs.
    pub id: String,
    pub doc: String,
    pub when: When,
    pub status: Status,
    pub kind: Kind,
    pub ru_regions: Vec<String>,
    pub cn_regions: Vec<String>,
    pub places: Vec<Place>,
    pub people: Vec<Person>,
    pub orgs: Vec<String>,
    pub topics: Vec<String>,
    pub summary: String,
    pub evidence: Vec<Span>,
}
