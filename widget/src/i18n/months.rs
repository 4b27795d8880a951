//! Month names, one table per language: the short forms of the date labels and the timeline's axis.

use exchange_atlas::Lang;

const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const RU: [&str; 12] = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const ZH: [&str; 12] = ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"];

/// Russian declines a month after a day number ("5 мая"); of the short forms only May's changes.
const RU_MAY_GENITIVE: &str = "мая";

/// The short name of month `m` (1–12; out of range is clamped) as the axis writes it.
pub fn month_short(m: u8, lang: Lang) -> &'static str {
    let i = usize::from(m.clamp(1, 12) - 1);
    match lang {
        Lang::En => EN[i],
        Lang::Ru => RU[i],
        Lang::Zh => ZH[i],
    }
}

/// The short name of month `m` as the date labels write it (Russian in the genitive: "5 мая 2019").
pub fn month_short_genitive(m: u8, lang: Lang) -> &'static str {
    match (lang, m) {
        (Lang::Ru, 5) => RU_MAY_GENITIVE,
        _ => month_short(m, lang),
    }
}
