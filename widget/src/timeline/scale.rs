//! The timeline's time scale: days to pixels, zoom about a point, pan, and calendar ticks that
//! adapt to the zoom (decades, years, quarters, months, weeks, days).

use crate::i18n::months::month_short;
use crate::model::days::DayNumber;
use exchange_atlas::dates::{days_in_month, Day};
use exchange_atlas::Lang;

/// `x = (t - d0) * ppd`, in CSS px from the plot's left edge, where `t` is a point in time in days
/// since 1970-01-01 ([`DayNumber::t`] is a day's start).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    pub d0: f64,
    /// Pixels per day.
    pub ppd: f64,
}

/// Zoom limits: a whole century across a small screen at most, eight hours a pixel at least.
pub const MIN_PPD: f64 = 1.0 / 200.0;
pub const MAX_PPD: f64 = 400.0;

impl TimeScale {
    /// Spans days `start..=end` across `width` px with a 5 % margin each side, and at least a month.
    pub fn fit(start: DayNumber, end: DayNumber, width: f64) -> TimeScale {
        let (start, end) = (start.min(end).t(), start.max(end).t() + 1.0);
        let span = (end - start).max(30.0);
        let mid = (start + end) / 2.0;
        let ppd = (width.max(1.0) / (span * 1.1)).clamp(MIN_PPD, MAX_PPD);
        TimeScale { d0: mid - width.max(1.0) / 2.0 / ppd, ppd }
    }
    pub fn x(&self, day: f64) -> f64 {
        (day - self.d0) * self.ppd
    }
    pub fn day(&self, x: f64) -> f64 {
        self.d0 + x / self.ppd
    }
    /// Zooms by `factor` keeping the day under `x` in place.
    pub fn zoom_at(&self, x: f64, factor: f64) -> TimeScale {
        let day = self.day(x);
        let ppd = (self.ppd * factor).clamp(MIN_PPD, MAX_PPD);
        TimeScale { d0: day - x / ppd, ppd }
    }
    pub fn pan(&self, dx: f64) -> TimeScale {
        TimeScale { d0: self.d0 - dx / self.ppd, ppd: self.ppd }
    }

    /// Ticks for a plot `width` px wide, at the finest calendar unit whose labels stay apart.
    pub fn ticks(&self, width: f64, lang: Lang) -> Vec<Tick> {
        let unit = Unit::for_ppd(self.ppd);
        let (first, last) = (DayNumber::at(self.day(0.0)), DayNumber(self.day(width).ceil() as i32));
        let mut out = Vec::new();
        let mut d = unit.floor(first);
        while d <= last && out.len() < 400 {
            let x = self.x(d.t());
            if d >= first && (0.0..=width).contains(&x) {
                out.push(Tick { day: d, x, label: unit.label(d, lang), major: unit.is_major(d) });
            }
            d = unit.next(d);
        }
        out
    }
}

/// A tick on the axis: its day, position, label and whether it starts a larger unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub day: DayNumber,
    pub x: f64,
    pub label: String,
    pub major: bool,
}

/// A calendar step of the axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Decade,
    Year,
    Quarter,
    Month,
    Week,
    Day,
}

/// Labels need about this much room.
const LABEL_SPACING_PX: f64 = 64.0;

impl Unit {
    const ALL: [Unit; 6] = [Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year, Unit::Decade];

    fn approx_days(self) -> f64 {
        match self {
            Unit::Decade => 3652.5,
            Unit::Year => 365.25,
            Unit::Quarter => 91.3,
            Unit::Month => 30.4,
            Unit::Week => 7.0,
            Unit::Day => 1.0,
        }
    }

    /// The finest unit whose steps are at least `LABEL_SPACING_PX` apart.
    pub fn for_ppd(ppd: f64) -> Unit {
        Unit::ALL.into_iter().find(|u| u.approx_days() * ppd >= LABEL_SPACING_PX).unwrap_or(Unit::Decade)
    }

    /// The start of the unit containing `day`.
    fn floor(self, day: DayNumber) -> DayNumber {
        let Day { y, m, .. } = day.date();
        match self {
            Unit::Decade => first_of(y.div_euclid(10) * 10, 1),
            Unit::Year => first_of(y, 1),
            Unit::Quarter => first_of(y, (m - 1) / 3 * 3 + 1),
            Unit::Month => first_of(y, m),
            // Weeks start on Monday; day 0 (1970-01-01) was a Thursday.
            Unit::Week => day.plus(-(day.0 + 3).rem_euclid(7)),
            Unit::Day => day,
        }
    }

    fn next(self, day: DayNumber) -> DayNumber {
        let Day { y, m, .. } = day.date();
        let months = |n: u32| {
            let t = y * 12 + i32::from(m - 1) + n as i32;
            first_of(t.div_euclid(12), t.rem_euclid(12) as u8 + 1)
        };
        match self {
            Unit::Decade => first_of(y + 10, 1),
            Unit::Year => first_of(y + 1, 1),
            Unit::Quarter => months(3),
            Unit::Month => months(1),
            Unit::Week => day.plus(7),
            Unit::Day => day.plus(1),
        }
    }

    /// Whether a tick also starts the next larger unit (drawn taller, labelled fuller).
    fn is_major(self, day: DayNumber) -> bool {
        let Day { y, m, d } = day.date();
        match self {
            Unit::Decade => y % 100 == 0,
            Unit::Year => y % 10 == 0,
            Unit::Quarter | Unit::Month => m == 1,
            Unit::Week | Unit::Day => d <= 7 && (self == Unit::Day && d == 1 || self == Unit::Week),
        }
    }

    fn label(self, day: DayNumber, lang: Lang) -> String {
        let Day { y, m, d } = day.date();
        let mon = month_short(m, lang);
        match (self, lang) {
            (Unit::Decade, Lang::En) => format!("{y}s"),
            (Unit::Decade, Lang::Ru) => format!("{y}-е"),
            (Unit::Decade, Lang::Zh) => format!("{y}年代"),
            (Unit::Year, Lang::Zh) => format!("{y}年"),
            (Unit::Year, _) => y.to_string(),
            (Unit::Quarter | Unit::Month, Lang::Zh) if m == 1 => format!("{y}年{mon}"),
            (Unit::Quarter | Unit::Month, _) if m == 1 => format!("{mon} {y}"),
            (Unit::Quarter | Unit::Month, _) => mon.to_string(),
            (Unit::Week | Unit::Day, Lang::Zh) => format!("{mon}{d}日"),
            (Unit::Week | Unit::Day, _) if d == 1 || self == Unit::Week && d <= 7 => format!("{d} {mon}"),
            (Unit::Week | Unit::Day, _) => d.to_string(),
        }
    }
}

/// The first of a month.
fn first_of(y: i32, m: u8) -> DayNumber {
    DayNumber::of(Day { y, m, d: 1 })
}

/// The last day of the month of `day` (for month-precision bars).
pub fn month_end(day: DayNumber) -> DayNumber {
    let Day { y, m, .. } = day.date();
    DayNumber::of(Day { y, m, d: days_in_month(y, m) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::days::parse;

    #[test]
    fn fit_spans_the_range_with_a_margin() {
        let (a, b) = (parse("2017-01-01").unwrap(), parse("2019-12-31").unwrap());
        let s = TimeScale::fit(a, b, 1000.0);
        assert!(s.x(a.t()) > 0.0 && s.x(a.t()) < 60.0, "{}", s.x(a.t()));
        assert!(s.x(b.t() + 1.0) < 1000.0 && s.x(b.t() + 1.0) > 940.0);
        let one = TimeScale::fit(a, a, 1000.0);
        assert!(one.ppd <= 1000.0 / 30.0, "a single day still shows a month");
    }

    #[test]
    fn zoom_keeps_the_day_under_the_pointer() {
        let s = TimeScale::fit(DayNumber(0), DayNumber(3650), 800.0);
        let z = s.zoom_at(300.0, 3.0);
        assert!((z.day(300.0) - s.day(300.0)).abs() < 1e-9);
        assert!((z.ppd / s.ppd - 3.0).abs() < 1e-9);
        assert_eq!(s.zoom_at(0.0, 1e12).ppd, MAX_PPD);
        let p = s.pan(100.0);
        assert!((p.day(100.0) - s.day(0.0)).abs() < 1e-9);
    }

    #[test]
    fn ticks_adapt_from_decades_to_days() {
        let century = TimeScale::fit(parse("1950-01-01").unwrap(), parse("2049-12-31").unwrap(), 1000.0);
        assert_eq!(Unit::for_ppd(century.ppd), Unit::Decade);
        let t = century.ticks(1000.0, Lang::En);
        assert!(t.iter().any(|t| t.label == "2000s" && t.major), "{t:?}");
        let years = TimeScale::fit(parse("2015-01-01").unwrap(), parse("2020-12-31").unwrap(), 1000.0);
        let t = years.ticks(1000.0, Lang::Zh);
        assert!(t.iter().any(|t| t.label == "2018年"), "{t:?}");
        let month = TimeScale::fit(parse("2018-06-01").unwrap(), parse("2018-06-30").unwrap(), 1000.0);
        assert_eq!(Unit::for_ppd(month.ppd), Unit::Week);
        let month = month.zoom_at(0.0, 3.0);
        assert_eq!(Unit::for_ppd(month.ppd), Unit::Day);
        let t = month.ticks(1000.0, Lang::Ru);
        assert!(t.iter().any(|t| t.label == "1 июн"), "{t:?}");
        // Ticks ascend, are on the plot and at least the label spacing apart.
        for s in [century, years, month] {
            let t = s.ticks(1000.0, Lang::En);
            assert!(t.windows(2).all(|w| w[1].x - w[0].x >= LABEL_SPACING_PX * 0.8), "{t:?}");
            assert!(t.iter().all(|t| t.x >= 0.0 && t.x <= 1000.0));
        }
    }

    #[test]
    fn units_step_on_calendar_boundaries() {
        let d = parse("2018-11-15").unwrap();
        assert_eq!(crate::model::days::format(Unit::Quarter.floor(d)), "2018-10-01");
        assert_eq!(crate::model::days::format(Unit::Quarter.next(Unit::Quarter.floor(d))), "2019-01-01");
        assert_eq!(crate::model::days::format(Unit::Week.floor(d)), "2018-11-12", "a Monday");
        assert_eq!(crate::model::days::format(month_end(d)), "2018-11-30");
        assert_eq!(crate::model::days::format(Unit::Decade.floor(d)), "2010-01-01");
    }
}
