//! The date a source URL encodes. Many pages state their publication date only in their address
//! (`/2019/05/28/`, `/2012-08/20/`, `/20190528/`, `/201804/t20180416_1865866.htm`, news ids that
//! start with `YYYYMMDD`, `/2005/0429/`): with no date in the text, it is the best anchor there is
//! for dates written without a year and for status. The text's own dateline always wins over it.

use super::resolve::Day;

/// A date read from a URL: a day, or only a month (`/2012-08/`, `/201803/`), whose first day `day`
/// holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UrlDate {
    pub day: Day,
    pub month_only: bool,
}

/// Years a news URL can plausibly carry: outside them a run of digits is an id.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2039;

/// A maximal run of ASCII digits in the path: where it starts and ends, and what comes next.
#[derive(Debug, Clone, Copy)]
struct Run<'a> {
    digits: &'a str,
    /// Whether two letters stand right before the run ("abc2019", "v12"): part of a name, not a
    /// date ("t20180416" has one and counts).
    glued: bool,
    /// The byte after the run (0 at the end of the path).
    after: u8,
}

fn runs(path: &str) -> Vec<Run<'_>> {
    let b = path.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let letter = |k: usize| start >= k && b[start - k].is_ascii_alphabetic();
        out.push(Run { digits: &path[start..i], glued: letter(1) && letter(2), after: b.get(i).copied().unwrap_or(0) });
    }
    out
}

fn num(s: &str) -> Option<i32> {
    s.parse().ok()
}

fn day(y: i32, m: i32, d: i32) -> Option<Day> {
    if !YEARS.contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let day = Day { y, m: m as u8, d: d as u8 };
    day.valid().then_some(day)
}

fn month(y: i32, m: i32) -> Option<UrlDate> {
    day(y, m, 1).map(|day| UrlDate { day, month_only: true })
}

/// Whether a byte separates the parts of a date in a path.
fn separator(b: u8) -> bool {
    matches!(b, b'/' | b'-' | b'_' | b'.')
}

/// The date of the run at `i` and those after it, if they spell one.
fn date_at(rs: &[Run], i: usize) -> Option<UrlDate> {
    let r = rs[i];
    let next = rs.get(i + 1).filter(|_| separator(r.after));
    let after_next = next.and_then(|n| rs.get(i + 2).filter(|_| separator(n.after)));
    let full = |d: Day| UrlDate { day: d, month_only: false };
    match r.digits.len() {
        4 => {
            let y = num(r.digits)?;
            let n = next?;
            match n.digits.len() {
                // /2019/05/28/, /2012-08/20/, /2019/5/28
                1 | 2 => {
                    let m = num(n.digits)?;
                    if let Some(d) = after_next.filter(|d| d.digits.len() <= 2).and_then(|d| day(y, m, num(d.digits)?)) {
                        return Some(full(d));
                    }
                    // /2012-08/ then something that is not a day
                    if after_next.is_none() || after_next.is_some_and(|d| d.digits.len() > 2) {
                        return month(y, m);
                    }
                    None
                }
                // /2005/0429/
                4 => day(y, num(&n.digits[..2])?, num(&n.digits[2..])?).map(full),
                _ => None,
            }
        }
        // /201803/26/ or /201803/
        6 => {
            let (y, m) = (num(&r.digits[..4])?, num(&r.digits[4..])?);
            match next.filter(|n| n.digits.len() <= 2) {
                Some(n) => day(y, m, num(n.digits)?).map(full),
                None => month(y, m),
            }
        }
        // /20190528/, t20180416_1865866, and news ids that open with the day (201711151024054204)
        n if n >= 8 => day(num(&r.digits[..4])?, num(&r.digits[4..6])?, num(&r.digits[6..8])?).map(full),
        _ => None,
    }
}

/// The date a URL's path encodes, if any: the first full day found, else the first month.
pub fn date_in_url(url: &str) -> Option<UrlDate> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    // The host's digits ("news.163.com") are no date; the query and fragment are ids.
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let rs = runs(path);
    let mut first_month = None;
    for i in 0..rs.len() {
        if rs[i].glued {
            continue;
        }
        match date_at(&rs, i) {
            Some(d) if !d.month_only => return Some(d),
            Some(d) => first_month = first_month.or(Some(d)),
            None => {}
        }
    }
    first_month
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(url: &str) -> Option<(String, bool)> {
        date_in_url(url).map(|d| (d.day.iso(), d.month_only))
    }

    #[test]
    fn the_forms_news_sites_use() {
        let day = |s: &str| Some((s.to_string(), false));
        assert_eq!(at("https://example.net/economy/2023/09/12/210339-amp.html"), day("2023-09-12"));
        assert_eq!(at("http://example.cn/internationalcoop/2008-06/19/content_15855784.htm"), day("2008-06-19"));
        assert_eq!(at("http://example.com/News/2006-11/15_356.html"), day("2006-11-15"));
        assert_eq!(at("http://example.com/page/2005/0429/28974719.shtml"), day("2005-04-29"));
        assert_eq!(at("http://example.com.cn/szb/tjbpc/201803/26/c7817.html"), day("2018-03-26"));
        assert_eq!(at("http://example.gov.cn/art/201804/t20180416_1865866.htm"), day("2018-04-16"));
        assert_eq!(at("https://example.ru/news/20190528/"), day("2019-05-28"));
        assert_eq!(at("https://example.ru/a/201711151024054204/"), day("2017-11-15"));
        assert_eq!(at("https://heilongjiang.example.cn/system/2005/11/14/050060584.shtml"), day("2005-11-14"));
    }

    #[test]
    fn months_ids_and_hosts_are_not_days() {
        assert_eq!(at("http://example.cn/2012-08/abc.html"), Some(("2012-08-01".to_string(), true)));
        assert_eq!(at("http://trud.example.ru/?p=101359"), None);
        assert_eq!(at("http://news.2019.example.com/item"), None);
        assert_eq!(at("https://mininvest.example.ru/novosti/355295"), None);
        assert_eq!(at("http://example.org/dfo-article/china/892.html"), None);
        // an id of eight digits that is no date
        assert_eq!(at("http://example.org/28974719.shtml"), None);
        assert_eq!(at("http://example.org/2019/13/45/"), None);
        assert_eq!(at(""), None);
        assert_eq!(at("not a url at all 2019/05/28"), None);
    }
}
