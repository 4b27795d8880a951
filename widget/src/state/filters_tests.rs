//! Facets, time ranges and facet counts; the facet counts over ids against counting by hashing every code.

use super::*;

#[test]
fn facets_combine_and_values_are_alternatives() {
    let atlas = crate::embedded_atlas();
    let n = atlas.corpus.events.len();
    let all = visible(&atlas, &Filters::default(), None);
    assert_eq!(all.len(), n);
    let mut f = Filters::default();
    f.toggle(Facet::Status, "planned");
    let planned = visible(&atlas, &f, None);
    assert!(planned
        .iter()
        .all(|&i| atlas.event(i).status == Status::Planned));
    f.toggle(Facet::Status, "happened");
    assert_eq!(
        visible(&atlas, &f, None).len(),
        n,
        "both statuses chosen admit everything"
    );
    f.toggle(Facet::Ru, "RU-AMU");
    let amur = visible(&atlas, &f, None);
    assert!(
        !amur.is_empty()
            && amur
                .iter()
                .all(|&i| atlas.event(i).ru_regions.iter().any(|r| r == "RU-AMU"))
    );
    assert!(f.set_values(Facet::Kind, &["visit".into(), "picnic".into()]) == ["picnic"]);
    assert_eq!(f.kinds, [Kind::Visit]);
}

#[test]
fn a_range_keeps_overlapping_dated_events_only() {
    let atlas = crate::embedded_atlas();
    let y2018 = TimeRange::new(
        crate::model::days::parse("2018-12-31").unwrap(),
        crate::model::days::parse("2018-01-01").unwrap(),
    );
    let shown = visible(&atlas, &Filters::default(), Some(y2018));
    assert!(!shown.is_empty());
    for &i in &shown {
        let (s, e) = atlas.span(i).expect("undated events are in no range");
        assert!(s <= y2018.end && e >= y2018.start);
        assert!(s != DayNumber::MIN && e != DayNumber::MAX || s >= y2018.start || e <= y2018.end);
    }
    let d = DayNumber;
    assert!(TimeRange::new(d(0), d(10)).overlaps(Some((d(10), DayNumber::MAX))));
    assert!(!TimeRange::new(d(20), d(30)).overlaps(Some((d(10), DayNumber::MAX))), "an open window is at its bound");
    assert!(TimeRange::new(d(0), d(10)).overlaps(Some((DayNumber::MIN, d(5)))));
    assert!(!TimeRange::new(d(0), d(10)).overlaps(None));
}

#[test]
fn facet_counts_add_up_for_single_valued_facets() {
    let atlas = crate::embedded_atlas();
    let f = Filters::default();
    let kinds = &all_facet_counts(&atlas, &f, None)[0];
    assert_eq!(kinds.iter().map(|(_, n)| n).sum::<u32>() as usize, atlas.corpus.events.len());
    let mut g = Filters::default();
    g.text = "ZZZ-no-such-text".into();
    assert!(all_facet_counts(&atlas, &g, None)[0].iter().all(|(_, n)| *n == 0));
    // Each count is what the filters admit with that value chosen alone in its facet.
    let mut h = Filters::default();
    h.toggle(Facet::Status, "planned");
    h.toggle(Facet::Ru, "RU-AMU");
    let counts = all_facet_counts(&atlas, &h, None);
    for (fi, facet) in Facet::ALL.into_iter().enumerate() {
        for (code, n) in &counts[fi] {
            let mut alone = h.clone();
            alone.set_values(facet, &[code.clone()]);
            assert_eq!(*n as usize, visible(&atlas, &alone, None).len(), "{facet:?} {code}");
        }
    }
}

/// The counting before the facet index: a hash map per facet, every code hashed per event.
fn all_facet_counts_by_hashing(atlas: &Atlas, filters: &Filters, range: Option<TimeRange>) -> [Vec<(String, u32)>; 6] {
    let mut out: [Vec<(String, u32)>; 6] = Default::default();
    let mut index: [HashMap<&str, usize, Fnv>; 6] = Default::default();
    let needle = filters.text.trim().to_lowercase();
    for i in 0..atlas.corpus.events.len() {
        let e = atlas.event(i);
        let base = range.is_none_or(|r| r.overlaps(atlas.span(i))) && (needle.is_empty() || atlas.search_text(i).contains(&needle));
        let pass = [
            filters.kinds.is_empty() || filters.kinds.contains(&e.kind),
            filters.statuses.is_empty() || filters.statuses.contains(&e.status),
            filters.topics.is_empty() || e.topics.iter().any(|t| filters.topics.contains(t)),
            filters.ru.is_empty() || e.ru_regions.iter().any(|r| filters.ru.contains(r)),
            filters.cn.is_empty() || e.cn_regions.iter().any(|r| filters.cn.contains(r)),
            filters.docs.is_empty() || filters.docs.contains(&e.doc),
        ];
        let failing = pass.iter().filter(|p| !**p).count();
        for (f, facet) in Facet::ALL.into_iter().enumerate() {
            let n = (base && (failing == 0 || (failing == 1 && !pass[f]))) as u32;
            let codes: Vec<&str> = match facet {
                Facet::Kind => vec![e.kind.code()],
                Facet::Status => vec![status_code(e.status)],
                Facet::Topic => e.topics.iter().map(String::as_str).collect(),
                Facet::Ru => e.ru_regions.iter().map(String::as_str).collect(),
                Facet::Cn => e.cn_regions.iter().map(String::as_str).collect(),
                Facet::Doc => vec![e.doc.as_str()],
            };
            for code in codes {
                match index[f].get(code) {
                    Some(&k) => out[f][k].1 += n,
                    None => {
                        index[f].insert(code, out[f].len());
                        out[f].push((code.to_string(), n));
                    }
                }
            }
        }
    }
    out
}

#[test]
fn facet_counts_are_what_hashing_every_code_counts() {
    use crate::model::test_corpus::{generated, Rng, CN, DOCS, RU, TOPICS};
    for seed in 1..=4 {
        let atlas = Atlas::new(generated(400, seed));
        let mut r = Rng(seed * 7919);
        for _ in 0..40 {
            let mut f = Filters::default();
            let kinds: Vec<String> = (0..r.below(3)).map(|_| Kind::ALL[r.below(7)].code().to_string()).collect();
            f.set_values(Facet::Kind, &kinds);
            f.set_values(Facet::Status, &r.some(&["planned", "happened"], 1));
            f.set_values(Facet::Topic, &r.some(&[TOPICS, &["none"]].concat(), 2));
            f.set_values(Facet::Ru, &r.some(RU, 2));
            f.set_values(Facet::Cn, &r.some(CN, 2));
            f.set_values(Facet::Doc, &r.some(DOCS, 1));
            f.text = r.pick(&["", "", " Event 1", "about trade", "zzz"]).to_string();
            let range = match r.below(3) {
                0 => None,
                _ => Some(TimeRange::new(crate::model::days::parse("2020-01-01").unwrap(), crate::model::days::parse(r.pick(&["2020-02-01", "2021-01-01"])).unwrap())),
            };
            assert_eq!(all_facet_counts(&atlas, &f, range), all_facet_counts_by_hashing(&atlas, &f, range), "{f:?} {range:?}");
        }
    }
}
