//! The atlas index against plain loops over the events.

use super::*;

/// An event with a side but no region on it is country-level: counted apart, selected by
/// `Selection::National`, and the regions of its other side are what that selection outlines.
#[test]
fn a_side_without_a_region_is_country_level() {
    let mut corpus = crate::embedded_atlas().corpus.clone();
    let n = corpus.events.len();
    let mut e = corpus.events[0].clone();
    e.id = "t#1".into();
    e.ru_regions.clear();
    e.cn_regions = vec!["CN-LN".into(), "CN-XX".into()];
    corpus.events.push(e);
    let atlas = Atlas::new(corpus);
    assert_eq!(atlas.tally_all().national, 1);
    let picked: Vec<usize> = (0..=n).filter(|&i| atlas.selects(Selection::National, i)).collect();
    assert_eq!(picked, vec![n]);
    assert_eq!(atlas.regions_of(Selection::National), vec![atlas.region_index("CN-LN").unwrap()]);
    // A code the map does not know leaves its side without a region.
    assert_eq!(atlas.tally(&[n]).national, 1);
}

#[test]
fn tally_counts_what_a_plain_loop_counts() {
    let atlas = crate::embedded_atlas();
    let n = atlas.corpus.events.len();
    let odd: Vec<usize> = (0..n).filter(|i| i % 2 == 1).collect();
    for visible in [(0..n).collect::<Vec<_>>(), odd] {
        let t = atlas.tally(&visible);
        for (ix, r) in region_table().iter().enumerate() {
            let want = visible
                .iter()
                .filter(|&&i| {
                    let e = atlas.event(i);
                    e.ru_regions.contains(&r.code) || e.cn_regions.contains(&r.code)
                })
                .count() as u32;
            assert_eq!(t.region(ix), want, "{}", r.code);
        }
        for (p, pair) in atlas.pairs().iter().enumerate() {
            let (ru, cn) = (&region_table()[pair.ru].code, &region_table()[pair.cn].code);
            let want: Vec<&Event> =
                visible.iter().map(|&i| atlas.event(i)).filter(|e| e.ru_regions.contains(ru) && e.cn_regions.contains(cn)).collect();
            assert_eq!(t.pair(p).total as usize, want.len());
            assert_eq!(t.pair(p).planned as usize, want.iter().filter(|e| e.status == Status::Planned).count());
        }
    }
    let amur = atlas.region_index("RU-AMU").unwrap();
    let sel: Vec<usize> = (0..n).filter(|&i| atlas.selects(Selection::Region(amur), i)).collect();
    assert!(!sel.is_empty() && sel.iter().all(|&i| atlas.event(i).ru_regions.iter().any(|r| r == "RU-AMU")));
    let kya_nm = atlas.pair_index("RU-KYA", "CN-NM").expect("the seeds join Krasnoyarsk Krai and Inner Mongolia");
    assert_eq!(atlas.pair_key(kya_nm), "RU-KYA|CN-NM");
}

/// `by_time` is what one stable sort by (start else end, as written; undated last; then id)
/// gives, and the other indices are what the events list.
#[test]
fn the_index_is_what_plain_loops_give_on_a_generated_corpus() {
    for seed in 1..=4 {
        let mut corpus = crate::model::test_corpus::generated(500, seed);
        if seed == 3 {
            corpus.events[5].when.start = Some("0001-01-01".into()); // days too far apart to count into buckets
        }
        if seed == 4 {
            corpus.events[3].when.start = Some("2020-13-01".into()); // unparsed: strings compared
        }
        let atlas = Atlas::new(corpus);
        let key = |i: usize| {
            let w = &atlas.event(i).when;
            w.start.as_ref().or(w.end.as_ref())
        };
        let mut want: Vec<usize> = (0..atlas.corpus.events.len()).collect();
        want.sort_by(|&a, &b| match (key(a), key(b)) {
            (Some(x), Some(y)) => x.cmp(y).then_with(|| atlas.event(a).id.cmp(&atlas.event(b).id)),
            (x, y) => y.is_none().cmp(&x.is_none()).reverse().then_with(|| atlas.event(a).id.cmp(&atlas.event(b).id)),
        });
        assert_eq!(atlas.by_time, want);
        for (i, e) in atlas.corpus.events.iter().enumerate() {
            let (ru, cn) = atlas.side_regions(i);
            let codes = |ix: &[u16]| ix.iter().map(|&r| region_table()[r as usize].code.clone()).collect::<Vec<_>>();
            assert_eq!((codes(ru), codes(cn)), (e.ru_regions.clone(), e.cn_regions.clone()));
            assert!(e.ru_regions.iter().chain(&e.cn_regions).all(|c| !c.ends_with("-XX")));
            assert_eq!(atlas.event_index(&e.id).map(|j| &atlas.event(j).id), Some(&e.id));
            assert_eq!(atlas.rank(atlas.by_time[i]), i);
        }
    }
}
