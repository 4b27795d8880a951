//! Rules learned from real press pages (issue 16), each on a short paraphrase written for the test.

use super::extract_document;
use crate::model::{Basis, Kind, Status};

/// (kind, status, start, end, basis) of every event of `text` with front matter `source`.
fn events_from(source: &str, body: &str) -> Vec<(Kind, Status, Option<String>, Option<String>, Basis)> {
    let text = if source.is_empty() { body.to_string() } else { format!("---\nsource: {source}\n---\n{body}") };
    let (_, evs) = extract_document("t", "t.txt", &text).expect("extracts");
    evs.into_iter().map(|e| (e.kind, e.status, e.when.start, e.when.end, e.when.basis)).collect()
}

fn published(text: &str) -> Option<String> {
    extract_document("t", "t.txt", text).expect("extracts").0.published
}

#[test]
fn the_source_url_dates_a_page_that_states_no_date() {
    let body = "Amur and Heilongjiang discuss the bridge\n\nOn May 20 the governor of the Amur Region met the governor of Heilongjiang Province in Blagoveshchensk.\n";
    let evs = events_from("https://news.example.org/2019/05/28/12345.html", body);
    assert_eq!(evs, vec![(Kind::Meeting, Status::Happened, Some("2019-05-20".into()), Some("2019-05-20".into()), Basis::Url)]);
    // The text's own date wins over the address.
    let dated = format!("27.05.2019\n{body}");
    let evs = events_from("https://news.example.org/2018/01/02/12345.html", &dated);
    assert_eq!(evs[0].2.as_deref(), Some("2019-05-20"));
    assert_eq!(evs[0].4, Basis::Relative);
    // No date anywhere: no day is made up.
    let evs = events_from("https://news.example.org/item/12345", body);
    assert_eq!(evs[0].2, None);
}

#[test]
fn a_crawler_stamp_stands_in_for_a_missing_date_only() {
    let body = "Harbin and Khabarovsk hold talks\n\nThe mayors of Harbin and Khabarovsk held talks on November 5.\n";
    assert_eq!(published(&format!(" date 2019-11-07 {body}")).as_deref(), Some("2019-11-07"));
    assert_eq!(published(&format!(" date 2021-03-04\n{body}\n16.11.2019\n")).as_deref(), Some("2019-11-16"));
}

#[test]
fn a_visit_named_after_said_is_no_subject_of_discussion() {
    let body = "10.11.2019\n\nOfficials of St. Petersburg talked over a ferry line and a joint museum, the deputy governor told reporters after an official visit to Shanghai on November 4-7.\n";
    let evs = events_from("", body);
    assert_eq!(evs, vec![(Kind::Visit, Status::Happened, Some("2019-11-04".into()), Some("2019-11-07".into()), Basis::Relative)]);
}

#[test]
fn a_weak_word_that_was_held_is_an_activity() {
    let body = "14.08.2018\n\nWith the support of the city, the Harbin–Khabarovsk rowing competition was held on the Songhua river on August 12.\n";
    let evs = events_from("", body);
    assert_eq!(evs, vec![(Kind::Cultural, Status::Happened, Some("2018-08-12".into()), Some("2018-08-12".into()), Basis::Relative)]);
    // Not when only one side is named.
    assert!(events_from("", "14.08.2018\n\nThe Harbin rowing competition was held on August 12.\n").is_empty());
}

#[test]
fn a_day_given_again_without_its_year_keeps_the_year_it_had() {
    // The address dates the page months later; the text gave the day with its year first.
    let body = "The friendship cities conference of Harbin and Khabarovsk was held in Harbin on October 26, 2004.\n\nThe conference opened in the city hall on the morning of October 26.\n";
    let evs = events_from("https://news.example.org/page/2005/0429/1234.shtml", body);
    assert!(!evs.is_empty());
    assert!(evs.iter().all(|e| e.2.as_deref() == Some("2004-10-26") && e.1 == Status::Happened), "{evs:?}");
}

#[test]
fn a_line_wrapped_mid_sentence_is_one_sentence() {
    // The agreement is in the same sentence as the meeting, across a break in the middle of a word.
    let body = "15.11.2006\n\nLast evening Dalian's mayor met guests from Omsk led by their mayor at the Hil\nton, where both mayors signed a partnership agreement.\n";
    let evs = events_from("", body);
    assert_eq!(evs.iter().map(|e| e.0).collect::<Vec<_>>(), vec![Kind::Meeting, Kind::Agreement], "{evs:?}");
    assert!(evs.iter().all(|e| e.2.as_deref() == Some("2006-11-14")), "{evs:?}");
    // Rows of a table stay apart.
    let sents = crate::text::sentences("Срок | Мероприятие\nв течение года | Конкурс\n");
    assert_eq!(sents.len(), 2);
}

#[test]
fn later_sentences_of_a_quotation_report_no_new_activity() {
    let body = "12.07.2018\n\nThe culture fair of Heihe and Blagoveshchensk opened on July 10.\n\n\"We want closer ties between Heilongjiang and the Amur Region. Our mayors will meet for talks every spring,\" the deputy mayor of Heihe added.\n";
    let evs = events_from("", body);
    assert_eq!(evs.len(), 1, "{evs:?}");
}

#[test]
fn an_initiative_to_sign_is_planned_and_an_announcement_happened() {
    let body = "05.08.2019\n\nA county of Henan Province came forward with an initiative to conclude a partnership agreement with a Kazan district.\n\nThe idea was announced on August 2 when Kazan officials hosted a meeting with guests from Henan.\n";
    let evs = events_from("", body);
    let got: Vec<(Kind, Status)> = evs.iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(got, vec![(Kind::Agreement, Status::Planned), (Kind::Meeting, Status::Happened)], "{evs:?}");
}

#[test]
fn a_chinese_wire_dateline_names_no_party_and_dates_no_event() {
    let body = "伊尔库茨克州与大连市签署旅游合作协议\n\n中新社莫斯科3月2日电 伊尔库茨克州政府日前与大连市人民政府签署了旅游合作协议。\n";
    let (_, evs) = extract_document("t", "t.txt", &format!("---\nsource: https://example.org/2017-03/03/c_1.htm\n---\n{body}")).expect("extracts");
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0].ru_regions, vec!["RU-IRK".to_string()]);
    assert_eq!(evs[0].when.start, None);
    assert!(evs[0].when.approximate);
}

#[test]
fn an_anniversary_an_activity_is_held_for_is_its_occasion() {
    let body = "02.09.2015\n\nAn archive exhibition about the Amur opened in Perm with guests from Shandong Province. The exhibition is timed to the 20th anniversary of ties between the Perm Krai and Shandong.\n";
    let evs = events_from("", body);
    assert_eq!(evs.len(), 1, "{evs:?}");
}

#[test]
fn what_is_held_within_days_takes_their_window_for_the_paragraph() {
    let body = "01.06.2019\n\nС 5 по 8 июня в Харбине пройдут Дни Амурской области.\n\nВ рамках этих дней предприниматели Приамурья проведут переговоры с компаниями провинции Хэйлунцзян. Правительство Амурской области планирует подписать соглашение с провинцией Хэйлунцзян.\n";
    let evs = events_from("", body);
    let got: Vec<(Kind, Option<&str>, Option<&str>)> = evs.iter().map(|e| (e.0, e.2.as_deref(), e.3.as_deref())).collect();
    let window = (Some("2019-06-05"), Some("2019-06-08"));
    assert_eq!(got, vec![(Kind::Cultural, window.0, window.1), (Kind::Negotiation, window.0, window.1), (Kind::Agreement, window.0, window.1)], "{evs:?}");
    assert!(evs.iter().all(|e| e.1 == Status::Planned));
}

#[test]
fn a_russian_agency_dateline_with_a_region_and_a_time_dates_the_page() {
    assert_eq!(published("В Тверь едут гости из Китая\nТверская область, 5 марта, 2006, 11:20 — ИА Новости. Гости из провинции Хубэй приедут в Тверь.\n").as_deref(), Some("2006-03-05"));
}

#[test]
fn a_date_after_another_activity_is_that_ones() {
    let body = "05.03.2006\n\nДелегация провинции Хубэй прибывает в Тверскую область. Визит продолжит работу по меморандуму Тверской области и провинции Хубэй, подписанному в октябре 2003 года.\n";
    let evs = events_from("", body);
    let visit = evs.iter().find(|e| e.0 == Kind::Visit).expect("a visit");
    assert_eq!((visit.1, visit.2.as_deref()), (Status::Happened, None), "{evs:?}");
    assert!(evs.iter().any(|e| e.0 == Kind::Agreement && e.2.as_deref() == Some("2003-10-01")), "{evs:?}");
    assert_eq!(evs.iter().filter(|e| e.0 == Kind::Visit).count(), 1, "{evs:?}");
}

#[test]
fn a_menu_of_sections_is_no_headline() {
    let (doc, _) = extract_document("t", "t.txt", "HOME PAGE | EXCLUSIVE | REGIONS | ECONOMY\nA delegation of Jiangxi Province arrives in Yaroslavl\n\n05.03.2006\n").expect("extracts");
    assert_eq!(doc.title.as_deref(), Some("A delegation of Jiangxi Province arrives in Yaroslavl"));
}

#[test]
fn a_year_decades_after_the_page_is_no_date() {
    // A year far past the publication date (a misread number, a strategy's horizon) is not when an
    // exchange happens: the forum stays undated rather than stretching a timeline to 2055.
    let body = "Published 26.06.2023\n\nAmur Oblast and Heilongjiang Province will hold a joint forum in 2055 in Blagoveshchensk.\n";
    let evs = events_from("", body);
    assert_eq!(evs.len(), 1);
    assert!(evs[0].2.as_deref().is_none_or(|s| s < "2044"), "{evs:?}");
    // Ahead, but within reach of a plan: kept.
    let body = "Published 26.06.2023\n\nAmur Oblast and Heilongjiang Province will hold a joint forum in 2030 in Blagoveshchensk.\n";
    assert_eq!(events_from("", body)[0].2.as_deref(), Some("2030-01-01"));
}

#[test]
fn an_old_date_at_the_top_is_no_horizon() {
    // With no publication date, the first date of a history of sister cities is no page date: the
    // dates decades after it stand.
    let body = "Khabarovsk has five sister cities. On 23 April 1965 ties were set with Niigata, Japan. On 15 June 1993 a document on sister relations between Khabarovsk and Harbin was signed.\n";
    let evs = events_from("", body);
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0].2.as_deref(), Some("1993-06-15"), "{evs:?}");
}

#[test]
fn a_story_opening_with_a_month_is_no_issue_date() {
    // A month and year in the first sentence of a story dates what the sentence tells; it is not
    // an issue's date that makes everything after it "to come".
    let body = "Khabarovsk has five sister cities, and in April 1965 the first ties were set with Niigata in Japan, followed by others over the years.\n\nIn January 2005 Khabarovsk masters took part in a Harbin snow sculpture contest and won first place.\n";
    let evs = events_from("", body);
    assert_eq!(evs.len(), 1, "{evs:?}");
    assert_eq!(evs[0].1, Status::Happened);
    // A bulletin's heading still dates the issue.
    let body = "Members' Bulletin | Issue 7 | July 2019\n\nA Harbin delegation will visit Khabarovsk in September.\n";
    assert_eq!(events_from("", body)[0].1, Status::Planned);
}

#[test]
fn each_destination_of_a_trip_is_a_visit() {
    // The conventions count each province or city a trip goes to as a visit of its own, in every
    // language; where the trip comes from is not a leg.
    let legs = "---\npublished: 2025-07-07\n---\nThe Yekaterinburg city delegation visited Chengdu and Chongqing in May.\n";
    let (_, evs) = extract_document("t", "t.txt", legs).expect("extracts");
    let cn: Vec<Vec<String>> = evs.iter().map(|e| e.cn_regions.clone()).collect();
    assert_eq!(cn, vec![vec!["CN-SC".to_string()], vec!["CN-CQ".to_string()]]);
    let home = "---\npublished: 2025-07-07\n---\nThe city delegation from Chengdu and Chongqing visited Yekaterinburg in May.\n";
    assert_eq!(extract_document("t", "t.txt", home).expect("extracts").1.len(), 1);
}

#[test]
fn many_agreements_are_a_record_not_an_event() {
    // "27 agreements were signed" tells the relationship's record; the agreement still to come in
    // the same text is the event.
    let body = "Published 14.05.2019\n\nSince 2013 Ulyanovsk Region and Anhui Province have seen 27 general agreements on cooperation signed.\n\nA new agreement between Ulyanovsk Region and Anhui Province will be signed in summer.\n";
    let evs = events_from("", body);
    assert_eq!(evs.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>(), vec![(Kind::Agreement, Status::Planned)], "{evs:?}");
}

#[test]
fn the_guests_meeting_officials_after_a_trip_is_a_meeting_of_it() {
    // In English as in Russian: a meeting with officials told after the trip is its own event in the
    // trip's window; the guests touring a museum are more of the trip.
    let body = "Published 27.02.2019\n\nOn February 25-26 a delegation of Fuyuan visited Khabarovsk.\n\n\
                The guests met with the deputy mayor of Khabarovsk. The delegation also toured the regional museum.\n";
    let evs = events_from("", body);
    assert_eq!(evs.iter().map(|e| e.0).collect::<Vec<_>>(), vec![Kind::Visit, Kind::Meeting], "{evs:?}");
    assert_eq!((evs[1].2.as_deref(), evs[1].3.as_deref()), (Some("2019-02-25"), Some("2019-02-26")));
}
