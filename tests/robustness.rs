//! Arbitrary input never panics and never takes more than linear time.

use exchange_atlas::extract::extract_document;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        let _ = extract_document("p", "p.txt", &s);
    }

    #[test]
    fn mixed_scripts_and_markup(s in "[a-zA-Z0-9 .,:;\\-—–«»\"'()\\n年月日至电俄中省州市Амурскойбласти]{0,600}") {
        let _ = extract_document("p", "p.txt", &s);
    }

    #[test]
    fn random_front_matter(keys in proptest::collection::vec("[a-z]{0,8}", 0..6), vals in proptest::collection::vec("\\PC{0,30}", 0..6), body in "\\PC{0,200}") {
        let mut s = String::from("---\n");
        for (k, v) in keys.iter().zip(vals.iter()) {
            s.push_str(&format!("{k}: {v}\n"));
        }
        s.push_str("---\n");
        s.push_str(&body);
        let _ = extract_document("p", "p.txt", &s);
    }
}

/// Time grows linearly: a document ten times longer takes at most about ten times as long.
#[test]
fn time_is_linear_in_the_input() {
    let unit = "On 15 December 2017 negotiations between the Amur Region and Heilongjiang Province were held in Harbin. \
                Переговоры прошли в Харбине 15 декабря 2017 года. 2017年12月15日，黑龙江省代表团访问阿穆尔州。\n";
    let long_line = "x".repeat(200_000) + " Amur " + &"y".repeat(200_000);
    let _ = extract_document("warm", "w.txt", unit);
    let time = |n: usize| {
        let text = unit.repeat(n);
        let t = std::time::Instant::now();
        let _ = extract_document("t", "t.txt", &text);
        t.elapsed().as_secs_f64()
    };
    let small = (0..3).map(|_| time(200)).fold(f64::MAX, f64::min);
    let large = (0..3).map(|_| time(2000)).fold(f64::MAX, f64::min);
    assert!(large < small * 30.0, "10x input took {:.1}x the time", large / small);
    let t = std::time::Instant::now();
    let _ = extract_document("l", "l.txt", &long_line);
    assert!(t.elapsed().as_secs_f64() < 5.0, "a 400 kB line is handled");
}
