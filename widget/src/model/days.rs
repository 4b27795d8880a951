//! Calendar days as numbers: days since 1970-01-01 (proleptic Gregorian), so that time ranges,
//! the timeline scale and sorting are integer arithmetic.

/// Day number of a civil date (Howard Hinnant's `days_from_civil`).
pub fn from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// The civil date of a day number.
pub fn to_civil(z: i32) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parses `YYYY-MM-DD` (also `YYYY-MM` and `YYYY`, as their first day).
pub fn parse(iso: &str) -> Option<i32> {
    // The common `YYYY-MM-DD` read from its bytes (twice per event at load); anything else below.
    if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *iso.as_bytes() {
        let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
        if digits.iter().all(u8::is_ascii_digit) {
            let n = |ds: &[u8]| ds.iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
            let (y, m, d) = (n(&digits[..4]) as i32, n(&digits[4..6]), n(&digits[6..]));
            if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
                return None;
            }
            return Some(from_civil(y, m, d));
        }
    }
    let mut p = iso.trim().split('-');
    let y: i32 = p.next()?.parse().ok()?;
    let m: u32 = p.next().map(|s| s.parse().ok()).unwrap_or(Some(1))?;
    let d: u32 = p.next().map(|s| s.parse().ok()).unwrap_or(Some(1))?;
    if p.next().is_some() || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(from_civil(y, m, d))
}

/// `YYYY-MM-DD` of a day number.
pub fn format(day: i32) -> String {
    let (y, m, d) = to_civil(day);
    format!("{y:04}-{m:02}-{d:02}")
}

pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_round_trips() {
        assert_eq!(from_civil(1970, 1, 1), 0);
        assert_eq!(parse("2017-12-15"), Some(17515));
        for day in (-700_000..800_000).step_by(997) {
            let (y, m, d) = to_civil(day);
            assert_eq!(from_civil(y, m, d), day);
            assert_eq!(parse(&format(day)), Some(day), "{}", format(day));
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        for bad in ["", "2017-13-01", "2017-02-30", "2017-1-1-1", "year"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(
            parse("2016-02-29").map(format).as_deref(),
            Some("2016-02-29")
        );
        assert_eq!(parse("2018").map(format).as_deref(), Some("2018-01-01"));
    }
}
