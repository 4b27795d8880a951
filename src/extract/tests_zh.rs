//! The event builder's rules for what Chinese reports do, on short texts written for the tests.

use super::extract_document;
use crate::model::{Kind, Status};

/// (kind, status, start date, end date, ru regions, cn regions) of every event of `text`.
type Row = (Kind, Status, Option<String>, Option<String>, Vec<String>, Vec<String>);

fn events(text: &str) -> Vec<Row> {
    let (_, evs) = extract_document("t", "t.txt", text).expect("extracts");
    evs.into_iter().map(|e| (e.kind, e.status, e.when.start, e.when.end, e.ru_regions, e.cn_regions)).collect()
}

fn regions(e: &Row) -> (Vec<&str>, Vec<&str>) {
    (e.4.iter().map(String::as_str).collect(), e.5.iter().map(String::as_str).collect())
}

#[test]
fn meeting_each_in_turn_is_one_meeting_per_region() {
    let t = "辽宁新闻\n2019年6月14日\n\n6月12日，辽宁省副省长在沈阳分别会见了托木斯克州议会主席和伊尔库茨克州议会主席。\n\n双方表示愿深化合作。\n";
    let e = events(t);
    let meetings: Vec<_> = e.iter().filter(|e| e.0 == Kind::Meeting).map(regions).collect();
    assert_eq!(meetings, vec![(vec!["RU-TOM"], vec!["CN-LN"]), (vec!["RU-IRK"], vec!["CN-LN"])]);
}

#[test]
fn each_destination_of_a_trip_is_a_leg_of_its_own() {
    let t = "黑龙江新闻\n2005年7月9日\n\n7月1日至7日，黑龙江省代表团访问了赤塔州和鄂木斯克州。\n";
    let e = events(t);
    let legs: Vec<_> = e.iter().filter(|e| e.0 == Kind::Visit).map(regions).collect();
    assert_eq!(legs, vec![(vec!["RU-ZAB"], vec!["CN-HL"]), (vec!["RU-OMS"], vec!["CN-HL"])]);
    // The travellers' home regions are not legs: one delegation of two regions is one visit.
    let t = "黑龙江新闻\n2005年7月9日\n\n7月1日至7日，阿穆尔州和哈巴罗夫斯克边疆区联合代表团访问了黑龙江省。\n";
    assert_eq!(events(t).iter().filter(|e| e.0 == Kind::Visit).count(), 1);
}

#[test]
fn talks_during_a_visit_are_their_own_event() {
    // Talks on a day of the visit: their own day, the visit's parties.
    let t = "湘西新闻\n2018年3月26日\n\n3月20日至24日，俄罗斯圣彼得堡市代表团来湘西州访问。21日上午，州长与代表团举行会谈。\n";
    let e = events(t);
    let kinds: Vec<_> = e.iter().map(|e| (e.0, e.2.as_deref(), e.3.as_deref())).collect();
    assert_eq!(kinds, vec![(Kind::Visit, Some("2018-03-20"), Some("2018-03-24")), (Kind::Negotiation, Some("2018-03-21"), Some("2018-03-21"))]);
    assert_eq!(regions(&e[1]), (vec!["RU-SPE"], vec!["CN-HN"]));
    // "期间" with no day of its own: the meeting and the signing take the visit's window.
    let t = "黑龙江新闻\n2012年5月27日\n\n5月24日至25日，黑龙江省省长率团对哈巴罗夫斯克边疆区进行友好访问。期间，会晤边疆区州长，并签署合作纪要。\n";
    let e = events(t);
    let kinds: Vec<_> = e.iter().map(|e| (e.0, e.1, e.2.as_deref(), e.3.as_deref())).collect();
    assert_eq!(
        kinds,
        vec![
            (Kind::Visit, Status::Happened, Some("2012-05-24"), Some("2012-05-25")),
            (Kind::Meeting, Status::Happened, Some("2012-05-24"), Some("2012-05-25")),
            (Kind::Agreement, Status::Happened, Some("2012-05-24"), Some("2012-05-25")),
        ]
    );
}

#[test]
fn a_town_ending_a_transliterated_name_is_no_place() {
    // "利斯基" (Liski, Voronezh Oblast) ends the first part of the mayor's name.
    let t = "新闻\n2018年3月26日\n\n3月22日，圣彼得堡市市长别利斯基·亚历山大与湘西州州长举行会谈。\n";
    let e = events(t);
    assert_eq!(e.len(), 1);
    assert_eq!(regions(&e[0]), (vec!["RU-SPE"], vec!["CN-HN"]));
}

#[test]
fn a_year_in_what_is_said_at_a_fair_does_not_date_it() {
    // The headline sentence gives the day; a remark made at the fair names "this year" after 說, (an
    // ASCII comma, traditional characters), which dates the remark, not the fair.
    let t = "---\nsource: http://example.cn/2006-01/23/a.htm\n---\n新華社北京1月23日電 俄羅斯沃洛格達州23日在北京舉行推介會。\n\
             該州是第一個在華舉行推介會的俄羅斯地方州。\n大使在推介會上說,在今年的活動期間,雙方將舉行數百項活動。\n";
    let e = events(t);
    let fairs: Vec<_> = e.iter().filter(|e| e.0 == Kind::ForumOrFair).map(|e| (e.2.as_deref(), e.3.as_deref())).collect();
    assert_eq!(fairs[0], (Some("2006-01-23"), Some("2006-01-23")));
    assert!(!fairs.iter().any(|f| f.0 == Some("2006-01-01")), "{fairs:?}");
}

#[test]
fn a_demonstrative_with_a_measure_word_points_back() {
    // "该份协议将…": the agreement signed above, not a new, planned one.
    let t = "新闻\n2009年8月4日\n\n8月3日，鄂木斯克市市长与开封市副市长签署协议，两市结为友好城市。\n\n该份协议将是两市合作的基础。\n";
    let e = events(t);
    assert_eq!(e.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>(), vec![(Kind::Agreement, Status::Happened)]);
}

#[test]
fn meeting_each_in_turn_on_two_days_is_two_meetings() {
    let t = "江苏新闻\n2014年3月12日\n\n省委书记、省长11日上午和10日下午在南京分别会见了莫斯科州州长。\n";
    let e = events(t);
    let days: Vec<_> = e.iter().filter(|e| e.0 == Kind::Meeting).map(|e| e.2.as_deref()).collect();
    assert_eq!(days, vec![Some("2014-03-11"), Some("2014-03-10")]);
}

#[test]
fn a_photo_stamp_is_no_date() {
    // The time in a caption's stamp ("17.11.55") would read as a day of 2055.
    let t = "新闻\n2019年11月20日\n\n11月12日，阿穆尔州代表团访问黑河市。\n图为2019 11 12 17.11.55拍摄\n";
    let (doc, _) = extract_document("t", "t.txt", t).unwrap();
    let e = events(t);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].2.as_deref(), Some("2019-11-12"));
    assert!(!doc.text.is_empty());
}

#[test]
fn an_activity_word_in_a_list_of_fields_is_no_event() {
    // "展览" is one of the fields the two districts will work in, not a fair.
    let t = "新闻\n2023年8月26日\n\n8月25日，莫斯科州斯图皮诺区与青岛西海岸新区签署了协议。双方将在农业、贸易、展览、科技等领域开展合作。\n";
    assert!(events(t).iter().all(|e| e.0 != Kind::ForumOrFair), "{:?}", events(t));
}

#[test]
fn the_visit_someone_was_invited_to_make_is_the_one_told() {
    // The January date is when the invitation was made; the visit is the March one.
    let t = "新闻\n2018年3月26日\n\n3月22日至25日，圣彼得堡市代表团来湘西州访问。\n\n今年1月，州长邀请该市组团来湘西州访问，这是该市代表团首次来访。\n";
    let e = events(t);
    let visits: Vec<_> = e.iter().filter(|e| e.0 == Kind::Visit).map(|e| e.2.as_deref()).collect();
    assert_eq!(visits, vec![Some("2018-03-22")]);
    // A visit to be invited to ("将邀请…组团来访") is a plan of its own.
    let t = "新闻\n2024年5月10日\n\n5月8日，海南省代表团访问莫斯科。\n\n今年下半年，海南将邀请莫斯科旅行商组团赴海南考察。\n";
    assert_eq!(events(t).iter().filter(|e| e.0 == Kind::Visit).count(), 2);
}

#[test]
fn a_quotation_left_open_ends_with_its_line() {
    // The mirror lost the closing quotation mark; the next line is the report's own account again.
    let t = "新闻\n2006年1月24日\n\n1月23日，沃洛格达州在北京举行推介会。\n大使说，“这些地区间往来十分重要\n推介会上，吉林省代表与沃洛格达州代表签署了友好合作意向书。\n";
    assert!(events(t).iter().any(|e| e.0 == Kind::Agreement), "{:?}", events(t));
}

#[test]
fn a_fair_by_its_short_name_is_a_fair() {
    // 哈洽会: the Harbin trade fair by the short name everyone uses.
    let t = "新闻\n2005年6月18日\n\n6月17日，阿穆尔州经贸代表团来哈尔滨参加哈洽会。\n";
    assert!(events(t).iter().any(|e| e.0 == Kind::ForumOrFair), "{:?}", events(t));
}
