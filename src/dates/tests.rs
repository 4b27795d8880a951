use super::*;
use crate::model::{Basis, Precision};
use crate::text::fold;

fn first(text: &str, reference: Option<&str>) -> Option<(String, String, Precision, Basis, String)> {
    let folded = fold(text);
    let m = *scan(&folded).first()?;
    let r = resolve(m.value, reference.and_then(Day::parse_iso))?;
    Some((r.start.iso(), r.end.iso(), r.precision, r.basis, text[m.start..m.end].to_string()))
}

fn span(text: &str, reference: Option<&str>) -> (String, String) {
    let (s, e, ..) = first(text, reference).unwrap_or_else(|| panic!("no date in {text:?}"));
    (s, e)
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

#[test]
fn english_absolute() {
    assert_eq!(span("15 December, 2017 negotiations", None), pair("2017-12-15", "2017-12-15"));
    assert_eq!(span("on December 21, 2017.", None), pair("2017-12-21", "2017-12-21"));
    assert_eq!(span("on 21.12.2017 in", None), pair("2017-12-21", "2017-12-21"));
    assert_eq!(span("dated 2017-12-21", None), pair("2017-12-21", "2017-12-21"));
    assert_eq!(span("on Dec. 5 the", Some("2017-12-21")), pair("2017-12-05", "2017-12-05"));
    assert_eq!(span("on the 5th of May", Some("2018-04-02")), pair("2018-05-05", "2018-05-05"));
}

#[test]
fn english_ranges() {
    assert_eq!(span("will be held on June 27 to 29, 2018.", None), pair("2018-06-27", "2018-06-29"));
    assert_eq!(span("on 27-29 June", Some("2018-03-01")), pair("2018-06-27", "2018-06-29"));
    assert_eq!(span("from May 3 to May 5", Some("2018-03-01")), pair("2018-05-03", "2018-05-05"));
    assert_eq!(span("from 27 June to 1 July 2019", None), pair("2019-06-27", "2019-07-01"));
}

#[test]
fn english_months_years_relative() {
    assert_eq!(span("in September", Some("2018-03-01")), pair("2018-09-01", "2018-09-30"));
    assert_eq!(span("in late May next year", Some("2017-12-21")), pair("2018-05-01", "2018-05-31"));
    assert_eq!(span("in 2019", None), pair("2019-01-01", "2019-12-31"));
    assert_eq!(span("Since 2019, an Agreement", None), pair("2019-01-01", "2019-12-31"));
    assert_eq!(span("could be signed in the next year.", Some("2017-12-21")), pair("2018-01-01", "2018-12-31"));
    assert_eq!(span("in September this year", Some("2020-02-01")), pair("2020-09-01", "2020-09-30"));
    assert_eq!(span("last month", Some("2020-01-10")), pair("2019-12-01", "2019-12-31"));
    assert_eq!(span("yesterday", Some("2020-03-01")), pair("2020-02-29", "2020-02-29"));
    assert_eq!(span("on January 5", Some("2017-12-21")), pair("2018-01-05", "2018-01-05"));
    // 2018-05-14 is a Monday.
    assert_eq!(span("Last Friday the vice-governor", Some("2018-05-14")), pair("2018-05-11", "2018-05-11"));
    assert_eq!(span("will meet next Tuesday", Some("2018-05-14")), pair("2018-05-15", "2018-05-15"));
    assert_eq!(span("в минувшую пятницу", Some("2018-05-14")), pair("2018-05-11", "2018-05-11"));
    assert_eq!(span("上周五", Some("2018-05-14")), pair("2018-05-11", "2018-05-11"));
    assert_eq!(span("на прошлой неделе", Some("2024-11-14")), pair("2024-11-04", "2024-11-10"));
    assert_eq!(span("last week", Some("2024-11-14")), pair("2024-11-04", "2024-11-10"));
    assert_eq!(span("上周", Some("2024-11-14")), pair("2024-11-04", "2024-11-10"));
}

#[test]
fn no_reference_no_date() {
    assert!(first("in September this year", None).is_none());
    assert!(first("next year", None).is_none());
    assert!(first("on June 8", None).is_none());
    assert!(first("the 68th anniversary and 10th APEC, 1st among 98 countries", None).is_none());
    assert!(first("2000 tons of soybeans", None).is_none());
}

#[test]
fn russian() {
    assert_eq!(span("15 декабря 2017 года", None), pair("2017-12-15", "2017-12-15"));
    assert_eq!(span("с 27 по 29 июня 2018 г.", None), pair("2018-06-27", "2018-06-29"));
    assert_eq!(span("в сентябре этого года", Some("2019-02-02")), pair("2019-09-01", "2019-09-30"));
    assert_eq!(span("в следующем году", Some("2019-02-02")), pair("2020-01-01", "2020-12-31"));
    assert_eq!(span("в 2019 году", None), pair("2019-01-01", "2019-12-31"));
    assert_eq!(span("5–7 сентября", Some("2019-08-02")), pair("2019-09-05", "2019-09-07"));
    let (.., basis, text) = first("действует с 2004 года", None).unwrap();
    assert_eq!((basis, text.as_str()), (Basis::Explicit, "2004 года"));
}

#[test]
fn chinese() {
    assert_eq!(span("2017年12月15日", None), pair("2017-12-15", "2017-12-15"));
    assert_eq!(span("将于6月27日至29日举行", Some("2018-05-01")), pair("2018-06-27", "2018-06-29"));
    assert_eq!(span("明年", Some("2018-05-01")), pair("2019-01-01", "2019-12-31"));
    assert_eq!(span("今年9月", Some("2018-05-01")), pair("2018-09-01", "2018-09-30"));
    assert_eq!(span("16日", Some("2018-11-17")), pair("2018-11-16", "2018-11-16"));
    assert_eq!(span("代表团4日至5日赴俄罗斯", Some("2019-09-05")), pair("2019-09-04", "2019-09-05"));
    assert_eq!(span("2015年06月11日 09時30分", None), pair("2015-06-11", "2015-06-11"));
    assert_eq!(span("自2019年以来", None), pair("2019-01-01", "2019-12-31"));
}

#[test]
fn parts_of_years() {
    assert_eq!(span("in summer of 2018 in Suifenhe", None), pair("2018-06-01", "2018-08-31"));
    assert_eq!(span("in the first quarter of next year", Some("2017-12-21")), pair("2018-01-01", "2018-03-31"));
    assert_eq!(span("in the first quarter of the next year", Some("2017-12-21")), pair("2018-01-01", "2018-03-31"));
    assert_eq!(span("в первом полугодии 2019 года", None), pair("2019-01-01", "2019-06-30"));
    assert_eq!(span("летом этого года", Some("2019-03-01")), pair("2019-06-01", "2019-08-31"));
    assert_eq!(span("今年上半年", Some("2019-03-01")), pair("2019-01-01", "2019-06-30"));
    assert_eq!(span("2019年第四季度", None), pair("2019-10-01", "2019-12-31"));
    assert_eq!(span("将于夏季举行", Some("2019-03-01")), pair("2019-06-01", "2019-08-31"));
    assert!(first("两市市长举行冬季会晤", Some("2018-03-05")).is_none(), "a season before a noun names a kind");
    assert_eq!(span("IV квартал | Визит делегации", Some("2022-01-28")), pair("2022-10-01", "2022-12-31"));
    assert_eq!(span("the winter of 2019-2020", None), pair("2019-12-01", "2020-02-29"));
}

/// The length-by-first-byte table turns away no start word.
#[test]
fn start_words_pass_the_prefilter() {
    use super::lexicon::{starts_date, START_WORDS};
    assert!(START_WORDS.iter().all(|w| starts_date(w)));
    assert!(["", "the", "governor", "июнями", "t", "2019"].iter().all(|w| !starts_date(w)));
}

/// The digits written directly are what the formatter wrote.
#[test]
fn iso_as_formatted() {
    for (y, m, d) in [(2019, 6, 5), (0, 1, 1), (9999, 12, 31), (-5, 1, 1), (10000, 1, 1), (999, 10, 9), (2020, 0, 0)] {
        assert_eq!(Day { y, m, d }.iso(), format!("{:04}-{:02}-{:02}", y, m, d));
    }
}

/// Without a publication date, the year a report or plan covers ("... for 2019", "на 2020 год",
/// "2019年工作总结") is the year of its months: its middle, so none slides into a neighbouring year.
#[test]
fn a_title_year_is_the_reference_without_a_dateline() {
    use super::reference_date;
    let day = |t: &str| reference_date(t).map(|d| d.iso());
    assert_eq!(day("REPORT\non the foreign economic activity of the Krai for 2019\n\n- in January, talks."), Some("2019-07-01".into()));
    assert_eq!(day("План мероприятий на 2020 год\n\nМарт — визит."), Some("2020-07-01".into()));
    assert_eq!(day("黑龙江省2019年工作总结\n\n1月，代表团访问。"), Some("2019-07-01".into()));
    assert_eq!(day("Programme for 2019-2021\n\nin March, a visit."), None, "a programme's span is no one year");
    assert_eq!(day("Headline\n\nThe 2019 fair was big. Trade grew in 2018."), None, "a year in prose is not the period covered");
}

/// A weekday after "on" is the last one, unless a future verb stands just before it.
#[test]
fn weekdays_look_forward_after_a_future_verb() {
    // 2019-10-12 is a Saturday.
    assert_eq!(span("which began on Thursday", Some("2019-10-12")), pair("2019-10-10", "2019-10-10"));
    assert_eq!(span("the visit will end on Sunday.", Some("2019-10-12")), pair("2019-10-13", "2019-10-13"));
    assert_eq!(span("Визит завершится в воскресенье.", Some("2019-10-12")), pair("2019-10-13", "2019-10-13"));
}

/// "On Wednesday, October 4": the weekday is an apposition of the date after it, not a date of its
/// own (it would count back from the reference to another Wednesday).
#[test]
fn a_weekday_before_a_date_names_that_date() {
    assert_eq!(span("On Wednesday, October 4, the rectors signed", Some("2023-10-12")), pair("2023-10-04", "2023-10-04"));
    assert_eq!(span("в среду, 4 октября, стороны подписали", Some("2023-10-12")), pair("2023-10-04", "2023-10-04"));
    assert_eq!(span("on Wednesday the sides met", Some("2023-10-12")), pair("2023-10-11", "2023-10-11"));
}

/// "Dates back to 2014": a year after "back to" is a date; after a bare "to" it may be a horizon.
#[test]
fn back_to_a_year() {
    assert_eq!(span("Cooperation dates back to 2014, when a memorandum was signed", None), pair("2014-01-01", "2014-12-31"));
    assert!(first("a strategy to 2030 was discussed", None).is_none());
}

/// "12.09.23 18:42" over a post in a channel: day, month and a two-digit year; not in a longer
/// dotted run of numbers.
#[test]
fn two_digit_years_in_dotted_dates() {
    assert_eq!(span("12.09.23 18:42", None), pair("2023-09-12", "2023-09-12"));
    assert!(first("version 12.09.23.4 released", None).is_none());
    assert!(first("пункт 1.2.3 плана", None).is_none());
}

#[test]
fn a_sites_next_article_and_timeline_links_open_the_related_block() {
    // A paraphrased page end: the article, then the site's link to its next item, then more headlines.
    let t = "市长会见了来访的代表团。\n下一篇：某市举办文化节\n某地举办展览\n";
    assert_eq!(related_block_start(t), Some(t.find("下一篇").unwrap()));
    let t = "双方签署了协议。\n新闻时间线\n0\n";
    assert_eq!(related_block_start(t), Some(t.find("新闻时间线").unwrap()));
}

#[test]
fn a_document_number_is_no_day() {
    // "〔2019〕12号" numbers a document; "第3号" too. A day written 号 after a month stays a day.
    let folded = fold("文号：黑政发〔2019〕12号，第3号公告");
    assert!(scan(&folded).iter().all(|m| !matches!(m.value, DateValue::Point(Ymd { d: Some(_), .. }))), "{:?}", scan(&folded));
    assert_eq!(first("5月12号", Some("2019-06-01")).map(|r| r.0), Some("2019-05-12".to_string()));
}
