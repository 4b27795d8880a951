//! A day inside the widget, [`DayNumber`], and days at the edges: ISO text (events@1 dates, the
//! URL hash, the JS API) to and from the day numbers of the core's calendar ([`Day::number`]: days
//! since 1970-01-01), so that inside the widget time ranges, the timeline scale and sorting are
//! integer arithmetic on one form of a day.

use exchange_atlas::dates::{days_in_month, Day};

/// A day: the core calendar's day number ([`Day::number`], days since 1970-01-01). An event's
/// open end is [`DayNumber::MIN`] (open start) or [`DayNumber::MAX`] (open end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DayNumber(pub i32);

impl DayNumber {
    /// An open start: before every day.
    pub const MIN: DayNumber = DayNumber(i32::MIN);
    /// An open end: after every day.
    pub const MAX: DayNumber = DayNumber(i32::MAX);

    /// The day of the core calendar's date.
    pub fn of(day: Day) -> DayNumber {
        DayNumber(day.number())
    }

    /// The core calendar's date of this day.
    pub fn date(self) -> Day {
        Day::from_number(self.0)
    }

    /// The day a point of a continuous time axis (in days since 1970-01-01) falls on.
    pub fn at(t: f64) -> DayNumber {
        DayNumber(t.floor() as i32)
    }

    /// This day as a point of a continuous time axis: its start.
    pub fn t(self) -> f64 {
        self.0 as f64
    }

    /// The day `n` days later (earlier if `n` is negative), held at the ends of the range.
    pub fn plus(self, n: i32) -> DayNumber {
        DayNumber(self.0.saturating_add(n))
    }

    /// Whether this is a known day, not an open end.
    pub fn is_known(self) -> bool {
        self != DayNumber::MIN && self != DayNumber::MAX
    }
}

/// The day number of a civil date.
pub fn from_civil(y: i32, m: u32, d: u32) -> DayNumber {
    DayNumber::of(Day { y, m: m as u8, d: d as u8 })
}

/// Parses `YYYY-MM-DD` (also `YYYY-MM` and `YYYY`, as their first day).
pub fn parse(iso: &str) -> Option<DayNumber> {
    // The common `YYYY-MM-DD` read from its bytes (twice per event at load); anything else below.
    if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *iso.as_bytes() {
        let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
        if digits.iter().all(u8::is_ascii_digit) {
            let n = |ds: &[u8]| ds.iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
            let (y, m, d) = (n(&digits[..4]) as i32, n(&digits[4..6]), n(&digits[6..]));
            if !(1..=12).contains(&m) || d == 0 || d > u32::from(days_in_month(y, m as u8)) {
                return None;
            }
            return Some(from_civil(y, m, d));
        }
    }
    let mut p = iso.trim().split('-');
    let y: i32 = p.next()?.parse().ok()?;
    let m: u32 = p.next().map(|s| s.parse().ok()).unwrap_or(Some(1))?;
    let d: u32 = p.next().map(|s| s.parse().ok()).unwrap_or(Some(1))?;
    // Years past 9999 either way are no calendar day anyone writes, and their day numbers would
    // overflow the arithmetic.
    if p.next().is_some() || !(-9999..=9999).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > u32::from(days_in_month(y, m as u8)) {
        return None;
    }
    Some(from_civil(y, m, d))
}

/// `YYYY-MM-DD` of a day number.
pub fn format(day: DayNumber) -> String {
    // `format!` as the widget always wrote it: `Day::iso`'s fast path would add its code to the Wasm
    // for a few dates per interaction.
    let Day { y, m, d } = day.date();
    format!("{y:04}-{:02}-{:02}", u32::from(m), u32::from(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_round_trips() {
        assert_eq!(from_civil(1970, 1, 1), DayNumber(0));
        // Howard Hinnant's days_from_civil, which the widget used before the core's calendar.
        assert_eq!(from_civil(0, 1, 1), DayNumber(-719_528));
        assert_eq!(from_civil(1, 1, 1), DayNumber(-719_162));
        assert_eq!(parse("2017-12-15"), Some(DayNumber(17515)));
        // Day numbers from before year 0 (proleptic Gregorian) to 4160; ISO text only from year 0,
        // the years with four digits and no sign.
        for day in (-900_000..800_000).step_by(997).map(DayNumber) {
            let c = day.date();
            assert_eq!(from_civil(c.y, c.m.into(), c.d.into()), day);
            if c.y >= 0 {
                assert_eq!(parse(&format(day)), Some(day), "{}", format(day));
            }
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in ["", "2017-13-01", "2017-02-30", "2017-1-1-1", "year", "2147483647", "99999-01-01", "２０１９-０６-０１"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(
            parse("2016-02-29").map(format).as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(parse("2018").map(format).as_deref(), Some("2018-01-01"));
    }
}
