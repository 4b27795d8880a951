//! Turns a date expression into calendar bounds, using the publication date for what the text
//! leaves out. Nothing is invented: without a reference, a date missing its year stays unresolved.

use super::scan::{DateValue, Ymd};
use crate::model::{Basis, Precision};

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub y: i32,
    pub m: u8,
    pub d: u8,
}

impl Day {
    pub fn iso(self) -> String {
        // Digits written directly for the dates there are (the formatter was a tenth of the time
        // spent building events); anything else as before.
        if (0..=9999).contains(&self.y) && self.m < 100 && self.d < 100 {
            let (y, m, d) = (self.y as u32, self.m as u32, self.d as u32);
            // As bytes into one allocation of ten: collecting chars grew the string as it went.
            let digit = |v: u32| b'0' + v as u8;
            let bytes = [digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10), b'-', digit(m / 10), digit(m % 10), b'-', digit(d / 10), digit(d % 10)];
            return String::from_utf8(bytes.to_vec()).expect("ASCII digits");
        }
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    pub fn parse_iso(s: &str) -> Option<Day> {
        let mut p = s.trim().splitn(3, '-');
        let y: i32 = p.next()?.parse().ok()?;
        let m: u8 = p.next()?.parse().ok()?;
        let d: u8 = p.next()?.parse().ok()?;
        let day = Day { y, m, d };
        (day.valid()).then_some(day)
    }
    pub fn valid(self) -> bool {
        (1..=9999).contains(&self.y) && (1..=12).contains(&self.m) && self.d >= 1 && self.d <= days_in_month(self.y, self.m)
    }
    /// Days since 0000-03-01, for differences. Floor division, so that it holds before year 1 too.
    pub fn ordinal(self) -> i64 {
        let (y, m) = if self.m <= 2 { (self.y as i64 - 1, self.m as i64 + 9) } else { (self.y as i64, self.m as i64 - 3) };
        365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + (153 * m + 2) / 5 + self.d as i64 - 1
    }
    /// The day number: days since 1970-01-01. Viewers keep days in this form (the widget's time
    /// ranges, timeline scale and time order are integer arithmetic on it).
    pub fn number(self) -> i32 {
        (self.ordinal() - UNIX_EPOCH_ORDINAL) as i32
    }
    /// The day of a day number; the inverse of [`Day::number`] (Howard Hinnant's `civil_from_days`).
    pub fn from_number(n: i32) -> Day {
        let z = n as i64 + UNIX_EPOCH_ORDINAL;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400) as i32 + i32::from(m <= 2);
        Day { y, m, d }
    }
    fn add_days(self, n: i32) -> Day {
        let mut d = self;
        for _ in 0..n.unsigned_abs() {
            if n > 0 {
                if d.d < days_in_month(d.y, d.m) {
                    d.d += 1;
                } else if d.m < 12 {
                    d = Day { y: d.y, m: d.m + 1, d: 1 };
                } else {
                    d = Day { y: d.y + 1, m: 1, d: 1 };
                }
            } else if d.d > 1 {
                d.d -= 1;
            } else if d.m > 1 {
                d = Day { y: d.y, m: d.m - 1, d: days_in_month(d.y, d.m - 1) };
            } else {
                d = Day { y: d.y - 1, m: 12, d: 31 };
            }
        }
        d
    }
}

/// 1970-01-01 as an [`Day::ordinal`], where day numbers start.
const UNIX_EPOCH_ORDINAL: i64 = 719_468;

pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A resolved date: inclusive bounds, how precise, and on what it rests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub start: Day,
    pub end: Day,
    pub precision: Precision,
    pub basis: Basis,
    /// The year was not written but taken from the reference ("June 8" under a 2019 dateline);
    /// a caller that knows the event is planned, or past, may move it a year.
    pub year_guessed: bool,
}

impl Resolved {
    /// The same dates a whole number of years later (or earlier).
    pub fn shift_years(self, n: i32) -> Resolved {
        let mv = |d: Day| {
            let y = d.y + n;
            Day { y, m: d.m, d: d.d.min(days_in_month(y, d.m)) }
        };
        Resolved { start: mv(self.start), end: mv(self.end), ..self }
    }
}

fn span_of(y: i32, m: Option<u8>, d: Option<u8>) -> Option<(Day, Day, Precision)> {
    match (m, d) {
        (Some(m), Some(d)) => {
            let day = Day { y, m, d };
            day.valid().then_some((day, day, Precision::Day))
        }
        (Some(m), None) if (1..=12).contains(&m) => Some((Day { y, m, d: 1 }, Day { y, m, d: days_in_month(y, m) }, Precision::Month)),
        (None, _) => Some((Day { y, m: 1, d: 1 }, Day { y, m: 12, d: 31 }, Precision::Year)),
        _ => None,
    }
}

/// Fills a partial date's missing year (and month, for a bare day) from the reference, choosing the
/// year that puts the date nearest the reference (a "January 5" under a December dateline is next
/// January).
fn complete(p: Ymd, reference: Option<Day>) -> Option<(i32, Option<u8>, Option<u8>, bool)> {
    if let Some(y) = p.y {
        return Some((y, p.m, p.d, false));
    }
    let r = reference?;
    let m = match (p.m, p.d) {
        (None, Some(_)) => Some(r.m),
        (m, _) => m,
    };
    let mut best = r.y;
    if let Some(mm) = m {
        let dd = p.d.unwrap_or(15);
        let dist = |y: i32| (Day { y, m: mm, d: dd.min(days_in_month(y, mm)) }.ordinal() - r.ordinal()).abs();
        for y in [r.y - 1, r.y + 1] {
            if dist(y) + 60 < dist(best) {
                best = y;
            }
        }
    }
    Some((best, m, p.d, true))
}

/// Resolves an expression against the publication date. [`DateValue::DayAfter`] wants the previous
/// date of the text as its reference instead; the caller passes it. `None` when it cannot be placed honestly.
pub fn resolve(v: DateValue, reference: Option<Day>) -> Option<Resolved> {
    match v {
        DateValue::Point(p) => {
            let (y, m, d, relative) = complete(p, reference)?;
            let (start, end, precision) = span_of(y, m, d)?;
            Some(Resolved { start, end, precision, basis: if relative { Basis::Relative } else { Basis::Explicit }, year_guessed: relative })
        }
        DateValue::Range(a, b) => {
            let (ya, ma, da, ra) = complete(a, reference)?;
            // The second end takes what it leaves out from the first: "4日至5日", "June 27 to 29".
            let (yb, mb, db, rb) = complete(Ymd { y: b.y.or(Some(ya)), m: b.m.or(ma), ..b }, reference)?;
            let (s, _, pa) = span_of(ya, ma, da)?;
            let (_, e, _) = span_of(yb, mb, db)?;
            if e < s {
                return None;
            }
            Some(Resolved { start: s, end: e, precision: pa, basis: if ra || rb { Basis::Relative } else { Basis::Explicit }, year_guessed: ra })
        }
        DateValue::Since(y) => {
            let (start, end, precision) = span_of(y, None, None)?;
            Some(Resolved { start, end, precision, basis: Basis::Explicit, year_guessed: false })
        }
        DateValue::RelYear { offset, month } => {
            let r = reference?;
            let (start, end, precision) = span_of(r.y + offset, month, None)?;
            Some(Resolved { start, end, precision, basis: Basis::Relative, year_guessed: false })
        }
        DateValue::RelMonth(offset) => {
            let r = reference?;
            let total = r.y * 12 + (r.m as i32 - 1) + offset;
            let (start, end, precision) = span_of(total.div_euclid(12), Some((total.rem_euclid(12) + 1) as u8), None)?;
            Some(Resolved { start, end, precision, basis: Basis::Relative, year_guessed: false })
        }
        DateValue::Period { y, rel, m1, m2 } => {
            let (year, basis) = match (y, rel) {
                (Some(y), _) => (y, Basis::Explicit),
                (None, Some(off)) => (reference?.y + off, Basis::Relative),
                (None, None) => (reference?.y, Basis::Relative),
            };
            let guessed = y.is_none() && rel.is_none();
            let end_year = if m2 < m1 { year + 1 } else { year };
            let start = Day { y: year, m: m1, d: 1 };
            let end = Day { y: end_year, m: m2, d: days_in_month(end_year, m2) };
            Some(Resolved { start, end, precision: Precision::Month, basis, year_guessed: guessed })
        }
        DateValue::Weekday { day, dir } => {
            let r = reference?;
            let ref_wd = (r.ordinal() - Day { y: 2024, m: 1, d: 1 }.ordinal()).rem_euclid(7) as i32;
            let back = (ref_wd - day as i32).rem_euclid(7);
            let offset = if dir < 0 {
                if back == 0 { 0 } else { -back }
            } else {
                let fwd = (day as i32 - ref_wd).rem_euclid(7);
                if fwd == 0 { 7 } else { fwd }
            };
            let d = r.add_days(offset);
            Some(Resolved { start: d, end: d, precision: Precision::Day, basis: Basis::Relative, year_guessed: false })
        }
        DateValue::RelWeek(offset) => {
            let r = reference?;
            let weekday = (r.ordinal() - Day { y: 2024, m: 1, d: 1 }.ordinal()).rem_euclid(7) as i32;
            let monday = r.add_days(-weekday + 7 * offset);
            Some(Resolved { start: monday, end: monday.add_days(6), precision: Precision::Day, basis: Basis::Relative, year_guessed: false })
        }
        DateValue::DayAfter(offset) => resolve(DateValue::RelDay(offset), reference),
        DateValue::RelDay(offset) => {
            let r = reference?;
            let d = r.add_days(offset);
            Some(Resolved { start: d, end: d, precision: Precision::Day, basis: Basis::Relative, year_guessed: false })
        }
    }
}
