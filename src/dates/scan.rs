//! Finds date expressions in English, Russian and Chinese text, as written: absolute dates, ranges,
//! months, years, "since" bounds and relative expressions. Resolution against a reference date is
//! [`super::resolve`]'s job.

use super::lexicon::{is_since, month, month_needs_number, starts_date, weekday, weekday_direction, year_context, year_offset};
use super::tokens::{tokenize, Tok, Token};

/// A partial calendar date: a missing year is taken from the reference date when resolving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ymd {
    pub y: Option<i32>,
    pub m: Option<u8>,
    pub d: Option<u8>,
}

impl Ymd {
    pub(super) fn ymd(y: Option<i32>, m: Option<u8>, d: Option<u8>) -> Ymd {
        Ymd { y, m, d }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    Point(Ymd),
    Range(Ymd, Ymd),
    /// "since 2019": the year a lasting state began.
    Since(i32),
    /// "this year" (0), "next year" (1), "last year" (-1), optionally with a month.
    RelYear { offset: i32, month: Option<u8> },
    /// "last month" (-1), "next month" (1).
    RelMonth(i32),
    /// "yesterday" (-1), "today" (0), "tomorrow" (1).
    RelDay(i32),
    /// "last week" (-1), "this week" (0), "next week" (1): Monday to Sunday.
    RelWeek(i32),
    /// The day after the last date the text gave: "next day", "на следующий день", "次日".
    DayAfter(i32),
    /// Part of a year: a season, quarter or half ("summer of 2018", "в первом квартале", "上半年").
    /// The year is given (`y`), relative to the reference (`rel`), or the reference's own.
    Period { y: Option<i32>, rel: Option<i32>, m1: u8, m2: u8 },
    /// A weekday (Monday = 0) before (-1) or after (1) the reference: "last Friday", "в среду",
    /// "下周二". Without a pointer, news means the latest such day up to the reference.
    Weekday { day: u8, dir: i8 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub value: DateValue,
}

fn year_ok(v: u32) -> bool {
    (1900..=2100).contains(&v)
}

fn day_ok(v: u32) -> bool {
    (1..=31).contains(&v)
}

pub(super) struct Scanner<'a> {
    t: Vec<Token<'a>>,
}

impl<'a> Scanner<'a> {
    pub(super) fn tok(&self, i: usize) -> Option<Tok<'a>> {
        self.t.get(i).map(|t| t.tok)
    }
    pub(super) fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.tok(i) {
            Some(Tok::Num(v, n)) => Some((v, n)),
            _ => None,
        }
    }
    pub(super) fn year(&self, i: usize) -> Option<i32> {
        match self.num(i) {
            Some((v, 4)) if year_ok(v) => Some(v as i32),
            _ => None,
        }
    }
    pub(super) fn day(&self, i: usize) -> Option<u8> {
        match self.num(i) {
            Some((v, n)) if n <= 2 && day_ok(v) => Some(v as u8),
            _ => None,
        }
    }
    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        match self.tok(i) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }
    pub(super) fn is_word(&self, i: usize, options: &[&str]) -> bool {
        self.word(i).map(|w| options.contains(&w)).unwrap_or(false)
    }
    pub(super) fn punct(&self, i: usize, options: &[char]) -> bool {
        matches!(self.tok(i), Some(Tok::Punct(c)) if options.contains(&c))
    }
    pub(super) fn han(&self, i: usize, options: &[char]) -> bool {
        matches!(self.tok(i), Some(Tok::Han(c)) if options.contains(&c))
    }
    pub(super) fn tight(&self, i: usize) -> bool {
        self.t.get(i).map(|t| !t.space_before).unwrap_or(false)
    }
    fn month_at(&self, i: usize) -> Option<u8> {
        self.word(i).and_then(month)
    }
    /// Skips an ordinal suffix glued to a number ("5th", "1st") and a following "of".
    fn after_day(&self, mut i: usize) -> usize {
        if self.tight(i) && self.is_word(i, &["st", "nd", "rd", "th", "го", "е", "ое"]) {
            i += 1;
        } else if self.punct(i, &['-']) && self.tight(i) && self.tight(i + 1) && self.is_word(i + 1, &["го", "е", "ое"]) {
            i += 2;
        }
        if self.is_word(i, &["of"]) {
            i += 1;
        }
        i
    }
    /// Skips a period after an abbreviated month and "," before a year.
    fn skip(&self, mut i: usize, chars: &[char]) -> usize {
        while self.punct(i, chars) {
            i += 1;
        }
        i
    }
    /// An optional year after a date, with the Russian "года"/"г." that may follow it.
    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        let j = self.skip(i, &[',']);
        match self.year(j) {
            Some(y) => {
                let mut k = j + 1;
                if self.is_word(k, &["года", "году", "г", "year"]) {
                    k += 1;
                    if self.punct(k, &['.']) {
                        k += 1;
                    }
                }
                (Some(y), k)
            }
            None => (None, i),
        }
    }
    fn range_sep(&self, i: usize) -> bool {
        self.punct(i, &['-', '–', '—', '−', '~']) || self.is_word(i, &["to", "through", "till", "until", "and", "по", "до", "и"])
    }

    /// "15 December, 2017", "27-29 June", "on the 5th of May", "с 27 по 29 июня 2018 г."
    fn day_first(&self, i: usize) -> Option<(DateValue, usize)> {
        let d1 = self.day(i)?;
        let mut j = self.after_day(i + 1);
        // "27 June to 1 July 2018"
        if let Some(m1) = self.month_at(j) {
            let k = self.skip(j + 1, &['.']);
            if self.range_sep(k) {
                if let (Some(d2), Some(m2)) = (self.day(k + 1), self.month_at(self.after_day(k + 2))) {
                    let (y, end) = self.opt_year(self.skip(self.after_day(k + 2) + 1, &['.']));
                    return Some((DateValue::Range(Ymd::ymd(y, Some(m1), Some(d1)), Ymd::ymd(y, Some(m2), Some(d2))), end));
                }
            }
            let (y, end) = self.opt_year(k);
            return Some((DateValue::Point(Ymd::ymd(y, Some(m1), Some(d1))), end));
        }
        // "27-29 June", "27 to 29 June", "по 29 июня"
        if self.range_sep(j) {
            let d2 = self.day(j + 1)?;
            j = self.after_day(j + 2);
            let m = self.month_at(j)?;
            let (y, end) = self.opt_year(self.skip(j + 1, &['.']));
            if d2 < d1 {
                return None;
            }
            return Some((DateValue::Range(Ymd::ymd(y, Some(m), Some(d1)), Ymd::ymd(y, Some(m), Some(d2))), end));
        }
        None
    }

    /// "December 21, 2017", "Dec. 5", "June 27 to 29, 2018", "from May 3 to May 5", "September 2018",
    /// "in September", "in September this year".
    fn month_first(&self, i: usize) -> Option<(DateValue, usize)> {
        let w = self.word(i)?;
        let m1 = month(w)?;
        let j = self.skip(i + 1, &['.']);
        if let Some(d1) = self.day(j) {
            let k = self.after_day(j + 1);
            if self.range_sep(k) {
                let (m2, dpos) = match self.month_at(k + 1) {
                    Some(m2) => (m2, self.skip(k + 2, &['.'])),
                    None => (m1, k + 1),
                };
                if let Some(d2) = self.day(dpos) {
                    let (y, end) = self.opt_year(self.after_day(dpos + 1));
                    return Some((DateValue::Range(Ymd::ymd(y, Some(m1), Some(d1)), Ymd::ymd(y, Some(m2), Some(d2))), end));
                }
            }
            let (y, end) = self.opt_year(k);
            return Some((DateValue::Point(Ymd::ymd(y, Some(m1), Some(d1))), end));
        }
        if let Some(y) = self.year(j) {
            let (_, end) = self.opt_year(j);
            return Some((DateValue::Point(Ymd::ymd(Some(y), Some(m1), None)), end));
        }
        let prev = if i > 0 { self.word(i - 1) } else { None };
        if month_needs_number(w) && !matches!(prev, Some("early" | "mid" | "late" | "in" | "since" | "until" | "by")) {
            return None;
        }
        // A month alone, maybe with a relative year: "in September this year", "в сентябре этого года".
        let mut k = j;
        if self.is_word(k, &["of"]) {
            k += 1;
        }
        if let Some(off) = self.word(k).and_then(year_offset) {
            if self.is_word(k + 1, &["year", "года", "году"]) {
                return Some((DateValue::RelYear { offset: off, month: Some(m1) }, k + 2));
            }
        }
        Some((DateValue::Point(Ymd::ymd(None, Some(m1), None)), j))
    }

    /// A season, quarter or half, with the year that follows it, if any.
    fn period(&self, i: usize) -> Option<(DateValue, usize)> {
        let mut j = i;
        if self.is_word(j, &["early", "late", "mid"]) {
            j += 1;
        }
        let ordinal = |w: &str| match w {
            "first" | "1st" | "i" | "первом" | "первый" | "первого" => Some(1),
            "second" | "2nd" | "ii" | "втором" | "второй" | "второго" => Some(2),
            "third" | "3rd" | "iii" | "третьем" | "третий" | "третьего" => Some(3),
            "fourth" | "4th" | "iv" | "четвертом" | "четвертый" | "четвертого" => Some(4),
            _ => None,
        };
        let (m1, m2, mut k) = match self.word(j)? {
            "spring" | "весной" | "весна" | "весны" => (3, 5, j + 1),
            "summer" | "летом" | "лето" | "лета" => (6, 8, j + 1),
            "autumn" | "fall" | "осенью" | "осень" | "осени" => (9, 11, j + 1),
            "winter" | "зимой" | "зима" | "зимы" => (12, 2, j + 1),
            w => {
                let n = ordinal(w)?;
                match self.word(j + 1)? {
                    "quarter" | "квартале" | "квартал" | "квартала" => (n * 3 - 2, n * 3, j + 2),
                    "half" | "полугодии" | "полугодие" | "полугодия" if n <= 2 => (n * 6 - 5, n * 6, j + 2),
                    _ => return None,
                }
            }
        };
        if self.is_word(k, &["of"]) {
            k += 1;
        }
        if self.is_word(k, &["the"]) && self.is_word(k + 1, &["year"]) {
            return Some((DateValue::Period { y: None, rel: Some(0), m1, m2 }, k + 2));
        }
        if let Some(y) = self.year(k) {
            let mut end = k + 1;
            if self.punct(end, &['-', '–']) && self.year(end + 1).is_some() {
                end += 2;
            }
            if self.is_word(end, &["года", "году", "г"]) {
                end += 1;
            }
            return Some((DateValue::Period { y: Some(y), rel: None, m1, m2 }, end));
        }
        // "of next year", and "of the next year" as translated English writes it.
        let r = if self.is_word(k, &["the"]) { k + 1 } else { k };
        if let Some(off) = self.word(r).and_then(year_offset) {
            if self.is_word(r + 1, &["year", "года", "году"]) {
                return Some((DateValue::Period { y: None, rel: Some(off), m1, m2 }, r + 2));
            }
        }
        // A bare season only counts with a preposition before it ("in summer"); a numbered quarter or
        // half is a date by itself ("IV квартал" in a plan's date column).
        let prev = if i > 0 { self.word(i - 1) } else { None };
        let prev2 = if i > 1 { self.word(i - 2) } else { None };
        let introduced = matches!(prev, Some("in" | "during" | "by" | "for" | "в" | "во")) || (prev == Some("the") && matches!(prev2, Some("in" | "during" | "by" | "for")));
        let numbered = self.word(j).filter(|w| *w != "i").and_then(ordinal).is_some(); // not the pronoun: "I half expected"
        if introduced || numbered || self.word(j).map(|w| w.ends_with("ом") || w.ends_with("ой") || w.ends_with("ью")).unwrap_or(false) {
            return Some((DateValue::Period { y: None, rel: None, m1, m2 }, k));
        }
        None
    }

    /// "next September", "this year", "в следующем году", "last month", "вчера".
    fn relative(&self, i: usize) -> Option<(DateValue, usize)> {
        let w = self.word(i)?;
        if matches!(w, "next" | "following" | "следующий" | "другой") && self.is_word(i + 1, &["day", "день"]) {
            return Some((DateValue::DayAfter(1), i + 2));
        }
        if matches!(w, "same" | "тот") && self.is_word(i + 1, &["day", "же"]) {
            let end = if self.is_word(i + 2, &["день"]) { i + 3 } else { i + 2 };
            return Some((DateValue::DayAfter(0), end));
        }
        if let (Some(dir), Some(day)) = (weekday_direction(w), self.word(i + 1).and_then(weekday)) {
            return Some((DateValue::Weekday { day, dir }, i + 2));
        }
        if let Some(day) = weekday(w) {
            let prev = if i > 0 { self.word(i - 1) } else { None };
            // "On Wednesday, October 4", "в среду, 4 октября": the weekday names the date that follows it.
            let next = self.skip(i + 1, &[',']);
            if self.day_first(next).or_else(|| self.month_first(next)).is_some() {
                return None;
            }
            if matches!(prev, Some("on" | "в" | "во")) {
                // "will end on Sunday", "состоится в пятницу": a future verb just before points forward.
                let ahead = (2..=4).filter_map(|k| i.checked_sub(k).and_then(|j| self.word(j))).any(|p| {
                    matches!(p, "will" | "shall" | "to" | "until" | "till" | "scheduled" | "planned" | "будет" | "будут" | "состоится" | "пройдет" | "пройдёт" | "откроется" | "завершится" | "до")
                });
                return Some((DateValue::Weekday { day, dir: if ahead { 1 } else { -1 } }, i + 1));
            }
        }
        match w {
            "yesterday" | "вчера" => return Some((DateValue::RelDay(-1), i + 1)),
            "today" | "сегодня" => return Some((DateValue::RelDay(0), i + 1)),
            "tomorrow" | "завтра" => return Some((DateValue::RelDay(1), i + 1)),
            // "Last evening, the mayor met ...", "this morning": a part of a day is that day.
            "last" if self.is_word(i + 1, &["evening", "night"]) => return Some((DateValue::RelDay(-1), i + 2)),
            "this" if self.is_word(i + 1, &["morning", "afternoon", "evening"]) => return Some((DateValue::RelDay(0), i + 2)),
            _ => {}
        }
        let off = year_offset(w)?;
        if self.is_word(i + 1, &["year", "году", "года", "год"]) {
            return Some((DateValue::RelYear { offset: off, month: None }, i + 2));
        }
        if self.is_word(i + 1, &["month", "месяце", "месяца"]) {
            return Some((DateValue::RelMonth(off), i + 2));
        }
        if self.is_word(i + 1, &["week", "неделе", "недели"]) {
            return Some((DateValue::RelWeek(off), i + 2));
        }
        if off != 0 {
            if let Some(m) = self.month_at(i + 1).filter(|_| !month_needs_number(self.word(i + 1).unwrap_or(""))) {
                return Some((DateValue::RelYear { offset: off, month: Some(m) }, i + 2));
            }
        }
        None
    }

    /// "in 2019", "since 2020", "2019 году", "в 2019-2020 годах", "с 2004 года".
    fn year_alone(&self, i: usize) -> Option<(DateValue, usize)> {
        let y = self.year(i)?;
        let prev = if i > 0 { self.word(i - 1) } else { None };
        let after_word = self.word(i + 1);
        // A second year: "2019-2020"
        if self.punct(i + 1, &['-', '–', '—']) {
            if let Some(y2) = self.year(i + 2) {
                if y2 >= y {
                    let mut end = i + 3;
                    if self.is_word(end, &["годах", "годы", "гг", "years"]) {
                        end += 1;
                    }
                    return Some((DateValue::Range(Ymd::ymd(Some(y), None, None), Ymd::ymd(Some(y2), None, None)), end));
                }
            }
        }
        let year_word = after_word.map(|w| matches!(w, "году" | "года" | "год" | "г" | "year")).unwrap_or(false);
        // "dates back to 2014", "goes back to 2009": a bare "to" is too loose ("a strategy to 2030").
        let back_to = prev == Some("to") && i >= 2 && self.is_word(i - 2, &["back"]);
        let context = prev.map(year_context).unwrap_or(false) || year_word || i == 0 || back_to;
        if !context {
            return None;
        }
        // A year followed by a unit is a quantity: "2000 tons".
        if let Some(w) = after_word {
            if !year_word && matches!(w, "tons" | "tonnes" | "people" | "participants" | "units" | "km" | "тонн" | "человек") {
                return None;
            }
        }
        let mut end = i + 1;
        if year_word {
            end += 1;
            if self.punct(end, &['.']) {
                end += 1;
            }
        }
        let since = prev.map(is_since).unwrap_or(false) || (prev == Some("с") && self.is_word(i + 1, &["года"]) && !self.is_word(end, &["по", "до"]));
        if since {
            return Some((DateValue::Since(y), end));
        }
        Some((DateValue::Point(Ymd::ymd(Some(y), None, None)), end))
    }

    /// Digits with separators: 2017-12-21, 21.12.2017, 2017.12.21, 21/12/2017.
    fn numeric(&self, i: usize) -> Option<(DateValue, usize)> {
        let (a, an) = self.num(i)?;
        let sep1 = self.punct(i + 1, &['-', '.', '/']) && self.tight(i + 1) && self.tight(i + 2);
        let sep2 = self.punct(i + 3, &['-', '.', '/']) && self.tight(i + 3) && self.tight(i + 4);
        if !(sep1 && sep2) {
            return None;
        }
        let (b, bn) = self.num(i + 2)?;
        let (c, cn) = self.num(i + 4)?;
        // "12.09.23" (posts in Telegram channels, some portals): day, month and a two-digit year,
        // each of two digits, dotted, and not the start of a longer run of numbers.
        let short_year = an == 2 && bn == 2 && cn == 2 && self.punct(i + 1, &['.']) && self.punct(i + 3, &['.'])
            && !(self.punct(i + 5, &['.']) && self.tight(i + 5) && self.num(i + 6).is_some());
        let (y, m, d) = if an == 4 { (a, b, c) } else if cn == 4 { (c, b, a) } else if short_year { (2000 + c, b, a) } else { return None };
        if !year_ok(y) || !(1..=12).contains(&m) || !day_ok(d) {
            return None;
        }
        Some((DateValue::Point(Ymd::ymd(Some(y as i32), Some(m as u8), Some(d as u8))), i + 5))
    }

}

/// Every date expression in `folded` (the folded text), in order, non-overlapping.
pub fn scan(folded: &str) -> Vec<DateMention> {
    let s = Scanner { t: tokenize(folded) };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.t.len() {
        // Most words begin no date: skip them without trying every rule.
        if let Tok::Word(w) = s.t[i].tok {
            if !starts_date(w) {
                i += 1;
                continue;
            }
        }
        let found = s
            .numeric(i)
            .or_else(|| s.chinese(i))
            .or_else(|| s.period(i))
            .or_else(|| s.day_first(i))
            .or_else(|| s.month_first(i))
            .or_else(|| s.relative(i))
            .or_else(|| s.year_alone(i))
            .or_else(|| russian_range(&s, i));
        match found {
            Some((value, end)) if end > i => {
                let last = end.min(s.t.len()) - 1;
                out.push(DateMention { start: s.t[i].start, end: s.t[last].end, value });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// "с 27 по 29 июня 2018 г.", "с 27 июня по 1 июля": the "с" is part of the expression.
fn russian_range(s: &Scanner, i: usize) -> Option<(DateValue, usize)> {
    if !s.is_word(i, &["с", "from"]) {
        return None;
    }
    let (v, end) = s.day_first(i + 1).or_else(|| s.month_first(i + 1))?;
    match v {
        DateValue::Range(..) => Some((v, end)),
        _ => None,
    }
}
