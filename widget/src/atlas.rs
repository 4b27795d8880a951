//! The widget's model: the events@1 corpus, indexed for the views. Views only read it.

use exchange_atlas::gazetteer::{region_table, Region};
use exchange_atlas::{Corpus, Event, Lang, Precision, SCHEMA};
use std::collections::HashMap;

/// The corpus with what the views need precomputed: events in time order, region names.
pub struct Atlas {
    pub corpus: Corpus,
    /// Event indices sorted by start date (undated last), then id.
    pub by_time: Vec<usize>,
    regions: HashMap<String, usize>,
    /// Problems found while loading (unknown region codes), shown to the user.
    pub warnings: Vec<String>,
}

impl Atlas {
    /// Parses an events@1 JSON document.
    pub fn from_json(json: &str) -> Result<Atlas, String> {
        let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("The data is not valid JSON: {e}"))?;
        match value.get("schema").and_then(|s| s.as_str()) {
            Some(SCHEMA) => {}
            Some(other) => return Err(format!("The data is schema {other:?}; this widget reads {SCHEMA:?}.")),
            None => return Err(format!("The data has no \"schema\" field; this widget reads {SCHEMA:?}.")),
        }
        let corpus: Corpus = serde_json::from_value(value).map_err(|e| format!("The data does not follow {SCHEMA}: {e}"))?;
        Ok(Atlas::new(corpus))
    }

    pub fn new(mut corpus: Corpus) -> Atlas {
        let regions: HashMap<String, usize> = region_table().iter().enumerate().map(|(i, r)| (r.code.clone(), i)).collect();
        let mut warnings = Vec::new();
        for e in &mut corpus.events {
            for list in [&mut e.ru_regions, &mut e.cn_regions] {
                list.retain(|code| {
                    let known = regions.contains_key(code);
                    if !known {
                        warnings.push(format!("Event {}: unknown region code {code:?} left out.", e.id));
                    }
                    known
                });
            }
        }
        let mut by_time: Vec<usize> = (0..corpus.events.len()).collect();
        by_time.sort_by(|&a, &b| {
            let (ea, eb) = (&corpus.events[a], &corpus.events[b]);
            let ka = ea.when.start.as_ref().or(ea.when.end.as_ref());
            let kb = eb.when.start.as_ref().or(eb.when.end.as_ref());
            match (ka, kb) {
                (Some(x), Some(y)) => x.cmp(y).then(ea.id.cmp(&eb.id)),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => ea.id.cmp(&eb.id),
            }
        });
        Atlas { corpus, by_time, regions, warnings }
    }

    pub fn region(&self, code: &str) -> Option<&'static Region> {
        self.regions.get(code).map(|&i| &region_table()[i])
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
}

const MONTHS: [[&str; 12]; 3] = [
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
    ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
];

fn parts(iso: &str) -> Option<(i32, usize, u32)> {
    let mut p = iso.split('-');
    Some((p.next()?.parse().ok()?, p.next()?.parse().ok()?, p.next()?.parse().ok()?))
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Ru => 1,
        Lang::Zh => 2,
    }
}

fn day_text(iso: &str, lang: Lang) -> String {
    let Some((y, m, d)) = parts(iso) else { return iso.to_string() };
    let mon = MONTHS[lang_index(lang)][m.clamp(1, 12) - 1];
    match lang {
        Lang::Zh => format!("{y}年{mon}{d}日"),
        _ => format!("{d} {mon} {y}"),
    }
}

fn month_text(iso: &str, lang: Lang) -> String {
    let Some((y, m, _)) = parts(iso) else { return iso.to_string() };
    let mon = MONTHS[lang_index(lang)][m.clamp(1, 12) - 1];
    match lang {
        Lang::Zh => format!("{y}年{mon}"),
        _ => format!("{mon} {y}"),
    }
}

/// The date as known, honestly: a day, a range, a month, a year, an open window, or unknown.
pub fn date_label(e: &Event, lang: Lang) -> String {
    let w = &e.when;
    let t = crate::i18n::texts(lang);
    match (&w.start, &w.end) {
        (None, None) => t.date_unknown.to_string(),
        (Some(s), None) if w.approximate => format!("{} {}", t.not_before, day_or_year(s, w.precision, lang)),
        (None, Some(e)) if w.approximate => format!("{} {}", t.not_after, day_text(e, lang)),
        (Some(s), Some(e)) => match w.precision {
            Precision::Year if s[..4] == e[..4] => s[..4].to_string(),
            Precision::Month if s[..7] == e[..7] => month_text(s, lang),
            _ if s == e => day_text(s, lang),
            _ => format!("{} – {}", day_text(s, lang), day_text(e, lang)),
        },
        (Some(s), None) | (None, Some(s)) => day_text(s, lang),
    }
}

fn day_or_year(iso: &str, p: Precision, lang: Lang) -> String {
    if p == Precision::Year {
        iso[..4.min(iso.len())].to_string()
    } else {
        day_text(iso, lang)
    }
}
