//! An event's date as words in the UI language, as honestly as it is known: a day, a range, a
//! month, a year, an open window, or unknown.

use crate::i18n::months::month_short_genitive;
use exchange_atlas::{Event, Lang, Precision};

fn parts(iso: &str) -> Option<(i32, u32, u32)> {
    let mut p = iso.split('-');
    Some((p.next()?.parse().ok()?, p.next()?.parse().ok()?, p.next()?.parse().ok()?))
}

fn day_text(iso: &str, lang: Lang) -> String {
    let Some((y, m, d)) = parts(iso) else { return iso.to_string() };
    let mon = month_short_genitive(m.clamp(1, 12) as u8, lang);
    match lang {
        Lang::Zh => format!("{y}年{mon}{d}日"),
        _ => format!("{d} {mon} {y}"),
    }
}

fn month_text(iso: &str, lang: Lang) -> String {
    let Some((y, m, _)) = parts(iso) else { return iso.to_string() };
    let mon = month_short_genitive(m.clamp(1, 12) as u8, lang);
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

