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
