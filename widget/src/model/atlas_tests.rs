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
    assert_eq!(atlas.regions_of(Selection::National), vec![atlas.region_id("CN-LN").unwrap()]);
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
        for id in RegionId::all() {
            let r = id.region();
            let want = visible
                .iter()
                .filter(|&&i| {
                    let e = atlas.event(i);
                    e.ru_regions.contains(&r.code) || e.cn_regions.contains(&r.code)
                })
                .count() as u32;
            assert_eq!(t.region(id), want, "{}", r.code);
        }
        for (p, pair) in atlas.pairs().iter().enumerate() {
            let (ru, cn) = (&pair.ru.code().to_string(), &pair.cn.code().to_string());
            let want: Vec<&Event> =
                visible.iter().map(|&i| atlas.event(i)).filter(|e| e.ru_regions.contains(ru) && e.cn_regions.contains(cn)).collect();
            assert_eq!(t.pair(p).total as usize, want.len());
            assert_eq!(t.pair(p).planned as usize, want.iter().filter(|e| e.status == Status::Planned).count());
        }
    }
    let amur = atlas.region_id("RU-AMU").unwrap();
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
            let codes = |ids: &[RegionId]| ids.iter().map(|r| r.code().to_string()).collect::<Vec<_>>();
            assert_eq!((codes(ru), codes(cn)), (e.ru_regions.clone(), e.cn_regions.clone()));
            assert!(e.ru_regions.iter().chain(&e.cn_regions).all(|c| !c.ends_with("-XX")));
            assert_eq!(atlas.event_index(&e.id).map(|j| &atlas.event(j).id), Some(&e.id));
            assert_eq!(atlas.rank(atlas.by_time[i]), i);
        }
    }
}

/// A corpus with every fault data can have: each bad event is left out and named, each good one
/// shown; a document's bad mentions go, the document stays. Through JSON text, item by item.
#[test]
fn bad_events_are_left_out_and_named() {
    let mut corpus: serde_json::Value = serde_json::from_str(crate::EMBEDDED_JSON).unwrap();
    let good = corpus["events"].as_array().unwrap().len();
    let model = corpus["events"][0].clone();
    let text_len = corpus["documents"][0]["text"].as_str().unwrap().len();
    let han = corpus["documents"][0]["text"].as_str().unwrap().find(|c: char| c.len_utf8() > 1).unwrap();
    corpus["documents"][0]["mentions"].as_array_mut().unwrap().push(serde_json::json!({"start": text_len, "end": text_len + 5, "kind": "date"}));
    let mut bad = |id: &str, path: &[&str], v: serde_json::Value| {
        let mut e = model.clone();
        e["id"] = id.into();
        let (last, parents) = path.split_last().unwrap();
        let mut at = &mut e;
        for p in parents {
            at = &mut at[*p];
        }
        at[*last] = v;
        corpus["events"].as_array_mut().unwrap().push(e);
    };
    bad("bad#fullwidth", &["when", "start"], "２０１９-０６-０１".into());
    bad("bad#short", &["when", "end"], "201".into());
    bad("bad#feb30", &["when", "start"], "2019-02-30".into());
    bad("bad#empty", &["when", "start"], "".into());
    bad("bad#doc", &["doc"], "nowhere".into());
    bad("bad#range", &["evidence"], serde_json::json!([{"start": 0, "end": text_len + 1}]));
    bad("bad#boundary", &["evidence"], serde_json::json!([{"start": han + 1, "end": han + 2}]));
    bad("bad#kind", &["kind"], "picnic".into());
    bad("bad#status", &["status"], 7.into());
    // a good event beside them whose date the source URL gave: every basis reads item by item too
    let mut url = model.clone();
    (url["id"], url["when"]["basis"]) = ("good#url".into(), "url".into());
    corpus["events"].as_array_mut().unwrap().push(url);
    let atlas = Atlas::from_json(&corpus.to_string()).unwrap();
    assert_eq!(atlas.corpus.events.len(), good + 1, "every valid event kept");
    let warned = atlas.warnings.join("\n");
    for id in ["fullwidth", "short", "feb30", "empty", "doc", "range", "boundary", "kind", "status"] {
        assert!(warned.contains(&format!("Event \"bad#{id}\"")), "{id} named in:\n{warned}");
    }
    assert!(warned.contains("kind \"picnic\" is not one of meeting"), "{warned}");
    assert!(warned.contains("status is a number, not a string"), "{warned}");
    assert!(warned.contains("1 mention(s) outside its text"), "{warned}");
    assert_eq!(atlas.warnings.len(), 10, "each problem on a line of its own: {warned}");
    for i in 0..atlas.corpus.events.len() {
        let _ = date_label(atlas.event(i), Lang::Zh);
    }
    // Not events@1 at all: refused with a message, whatever the top level.
    for (json, says) in [
        ("[1, 2]", "top level is an array"),
        ("\"events@1\"", "top level is a string"),
        ("{\"schema\": \"events@2\", \"documents\": [], \"events\": []}", "schema \"events@2\""),
        ("{\"documents\": [], \"events\": []}", "no \"schema\" field"),
        ("{\"schema\": \"events@1\", \"documents\": {}, \"events\": []}", "\"documents\" is not a list"),
        ("{\"schema\": \"events@1\", \"documents\": [], \"events\": [", "not valid JSON"),
        ("", "not valid JSON"),
    ] {
        let err = Atlas::from_json(json).err().unwrap_or_default();
        assert!(err.contains(says), "{json}: {err}");
    }
}

/// The embedded seeds name their files relative to `seeds/`: nothing of the build machine's
/// folders ships in the Wasm.
#[test]
fn embedded_paths_are_relative_to_the_seeds() {
    let atlas = crate::embedded_atlas();
    assert!(!atlas.corpus.documents.is_empty());
    for d in &atlas.corpus.documents {
        assert_eq!(d.path, format!("{}.txt", d.id), "{}", d.path);
    }
    assert!(!crate::EMBEDDED_JSON.contains(env!("CARGO_MANIFEST_DIR")));
}
