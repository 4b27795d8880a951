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
