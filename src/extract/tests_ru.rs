//! The event builder's rules that Russian press pages asked for, each on a short paraphrased text.

use super::extract_document;
use crate::model::{Kind, Status};

/// (kind, status, start, end, ru regions, cn regions) of every event of `text`.
fn events(text: &str) -> Vec<(Kind, Status, Option<String>, Option<String>, Vec<String>, Vec<String>)> {
    let (_, evs) = extract_document("t", "t.txt", text).expect("extracts");
    evs.into_iter().map(|e| (e.kind, e.status, e.when.start, e.when.end, e.ru_regions, e.cn_regions)).collect()
}

#[test]
fn a_meeting_of_a_trips_programme_is_its_own_event_in_the_trips_window() {
    let t = "Новости\n10.06.2021\n\nДелегация Хабаровского края находится в Харбине с 9 по 12 июня.\n\n\
             В программе поездки намечены переговоры с руководством провинции Хэйлунцзян.\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!(e[1].0, Kind::Negotiation);
    assert_eq!((e[1].2.as_deref(), e[1].3.as_deref()), (Some("2021-06-09"), Some("2021-06-12")));
    // The guests touring labs and meeting students are more of the trip.
    let t = "Новости\n10.06.2021\n\nДелегация Хабаровского края находится в Харбине с 9 по 12 июня.\n\n\
             Гости осмотрели лаборатории и встретились со студентами.\n";
    assert_eq!(events(t).len(), 1);
}

#[test]
fn a_meeting_with_officials_told_apart_from_an_arrival_is_its_own_event() {
    let t = "В Томск прибывает делегация из провинции Хэйлунцзян\n\nТомская область, 5 марта, 2012, 09:40 — ИА Новости. \
             В Томск прибывает делегация провинции Хэйлунцзян. 6 марта пройдет встреча с губернатором области.\n";
    let e = events(t);
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!((e[1].0, e[1].1, e[1].2.as_deref()), (Kind::Meeting, Status::Planned, Some("2012-03-06")));
}

#[test]
fn arriving_in_the_future_is_a_planned_visit_and_visitors_are_no_visit() {
    let t = "В Хабаровск приедет мэр китайского города Фуюань\n\nВ пятницу в Хабаровский край приедет делегация города Фуюань.\n";
    let e = events(t);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].0, e[0].1), (Kind::Visit, Status::Planned));
    let t = "Новости\n12.06.2016\n\nКомпании Амурской области показали товары на выставке в Харбине. \
             Стенды посетители из Хэйлунцзяна осмотрели с интересом.\n";
    assert!(events(t).iter().all(|e| e.0 != Kind::Visit), "{:?}", events(t));
}

#[test]
fn foreign_ministers_are_national_business() {
    let t = "Новости\n18.09.2023\n\nВ Москве прошла встреча главы МИД России и министра иностранных дел КНР. \
             5 августа министры обсудили по телефону позиции Москвы и Пекина.\n";
    assert!(events(t).is_empty(), "{:?}", events(t));
}

#[test]
fn a_plan_talked_over_is_no_sign_of_a_plan() {
    // "Discussed the plan for the year" tells of a meeting held; the plan is its subject.
    let t = "12.03.2015\n\nМэр Благовещенска обсудил план сотрудничества с городом Хэйхэ на 2015 год\n\nСегодня мэр Благовещенска встретился с делегацией города Хэйхэ.\n";
    let e = events(t);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].1, Status::Happened);
    // A plan of events is still what is to come.
    let t = "План международных мероприятий на 2022 год\n\nДни культуры Иркутской области в провинции Шаньдун, сентябрь.\n";
    assert!(events(t).iter().all(|e| e.1 == Status::Planned), "{:?}", events(t));
}

#[test]
fn a_trip_and_its_reception_are_two_events() {
    // The trip told with a travel word, then the hosts receiving the guests in a sentence of its
    // own: the conventions count the visit and the meeting.
    let t = "Новости\n20.05.2021\n\n19 мая делегация провинции Хэйлунцзян прибыла в Хабаровск.\n\n\
             Гостей принял первый заместитель председателя правительства Хабаровского края. Стороны обсудили работу пункта пропуска.\n";
    let e = events(t);
    assert_eq!(e.iter().map(|e| e.0).collect::<Vec<_>>(), vec![Kind::Visit, Kind::Meeting], "{e:?}");
    assert_eq!(e[1].2.as_deref(), Some("2021-05-19"));
    // Taking part is no reception.
    let t = "Новости\n20.05.2021\n\n19 мая делегация провинции Хэйлунцзян прибыла в Хабаровск.\n\n\
             Делегация приняла участие в выставке.\n";
    assert_eq!(events(t).iter().filter(|e| e.0 == Kind::Meeting).count(), 0, "{:?}", events(t));
}
