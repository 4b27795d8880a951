//! An event's date as words in the UI language, as honestly as it is known: a day, a range, a
//! month, a year, an open window, or unknown.

use crate::i18n::months::month_short_genitive;
use exchange_atlas::{Event, Lang, Precision};

fn parts(iso: &str) -> Option<(i32, u32, u32)> {
    let mut p = iso.split('-');
    let (y, m, d) = (p.next()?.parse().ok()?, p.next()?.parse().ok()?, p.next()?.parse().ok()?);
    // A month outside 1..=12 has no name to show: the date is shown as written instead.
    (1..=12).contains(&m).then_some((y, m, d))
}

/// The first `n` bytes of a date (its year, its year and month) when they are a prefix on a
/// character boundary; else the whole text. Dates come from data: "２０１９-０６-０１" has no
/// character boundary at byte 4.
fn head(iso: &str, n: usize) -> &str {
    iso.get(..n).unwrap_or(iso)
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
            Precision::Year if head(s, 4) == head(e, 4) => head(s, 4).to_string(),
            Precision::Month if head(s, 7) == head(e, 7) => month_text(s, lang),
            _ if s == e => day_text(s, lang),
            _ => format!("{} – {}", day_text(s, lang), day_text(e, lang)),
        },
        (Some(s), None) | (None, Some(s)) => day_text(s, lang),
    }
}

fn day_or_year(iso: &str, p: Precision, lang: Lang) -> String {
    if p == Precision::Year {
        head(iso, 4).to_string()
    } else {
        day_text(iso, lang)
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use exchange_atlas::model::{Basis, When};

    fn event(start: Option<&str>, end: Option<&str>, precision: Precision, approximate: bool) -> Event {
        let when = When { start: start.map(String::from), end: end.map(String::from), precision, approximate, basis: Basis::Explicit, text: None };
        let json = serde_json::json!({"id": "x#1", "doc": "x", "when": when, "status": "happened", "kind": "visit",
            "ru_regions": [], "cn_regions": [], "places": [], "people": [], "orgs": [], "topics": [], "summary": "", "evidence": []});
        serde_json::from_value(json).unwrap()
    }

    /// Dates as data may hold them (full-width digits, cut short, impossible) are shown as written,
    /// never sliced off a character boundary.
    #[test]
    fn any_text_as_a_date_is_labelled() {
        let odd = ["２０１９-０６-０１", "201", "", "2019-02-30", "2019-13-01", "20１9-06-01", "年", "-", "--", "9999999999-1-1"];
        for s in odd {
            for e in odd {
                for p in [Precision::Day, Precision::Month, Precision::Year, Precision::Unknown] {
                    for approx in [false, true] {
                        for lang in [Lang::En, Lang::Ru, Lang::Zh] {
                            let _ = date_label(&event(Some(s), Some(e), p, approx), lang);
                            let _ = date_label(&event(Some(s), None, p, approx), lang);
                            let _ = date_label(&event(None, Some(e), p, approx), lang);
                        }
                    }
                }
            }
        }
        assert_eq!(date_label(&event(Some("２０１９-０６-０１"), Some("２０１９-０６-０１"), Precision::Year, false), Lang::En), "２０１９-０６-０１");
        assert_eq!(date_label(&event(Some("2019-06-01"), Some("2019-06-30"), Precision::Month, false), Lang::En), "Jun 2019");
    }
}
