//! The packed streams read as serde_json reads the same JSON. The packer here is `pack()` of
//! `www/exchange-atlas.js` written again over JSON values (it knows JSON's data model, no field of the
//! model); the JS one is checked against the JSON path end to end (tests/e2e/embed-data.test.mjs).

use super::*;
use exchange_atlas::Corpus;
use serde_json::{json, Value};
use std::collections::HashMap;

#[derive(Default)]
struct Packer {
    text: String,
    nums: Vec<f64>,
    keys: HashMap<String, usize>,
}

impl Packer {
    fn str(&mut self, tag: f64, s: &str) {
        self.nums.extend([tag, s.encode_utf16().count() as f64]);
        self.text.push_str(s);
    }
    fn value(&mut self, v: &Value) {
        match v {
            Value::Null => self.nums.push(NULL),
            Value::Bool(b) => self.nums.push(if *b { TRUE } else { FALSE }),
            Value::Number(n) => self.nums.extend([NUMBER, n.as_f64().unwrap()]),
            Value::String(s) => self.str(STRING, s),
            Value::Array(a) => {
                self.nums.extend([ARRAY, a.len() as f64]);
                a.iter().for_each(|x| self.value(x));
            }
            Value::Object(m) => {
                self.nums.extend([OBJECT, m.len() as f64]);
                for (k, x) in m {
                    match self.keys.get(k) {
                        Some(&i) => self.nums.extend([SEEN_KEY, i as f64]),
                        None => {
                            self.keys.insert(k.clone(), self.keys.len());
                            self.str(KEY, k);
                        }
                    }
                    self.value(x);
                }
            }
        }
    }
}

fn packed(v: &Value) -> (String, Vec<f64>) {
    let mut p = Packer::default();
    p.value(v);
    (p.text, p.nums)
}

fn seeds() -> Value {
    serde_json::from_str(crate::EMBEDDED_JSON).unwrap()
}

fn read(v: &Value) -> Result<Corpus, String> {
    let (text, nums) = packed(v);
    read_packed(text.as_bytes(), &nums)
}

#[test]
fn the_seeds_read_back_as_serde_json_reads_them() {
    // Russian and Chinese text, people, places, mentions: the non-ASCII offsets
    let v = seeds();
    let corpus: Corpus = serde_json::from_value(v.clone()).unwrap();
    assert!(!corpus.events.is_empty() && corpus.documents.iter().any(|d| !d.text.is_ascii()));
    assert_eq!(read(&v), Ok(corpus));
}

#[test]
fn astral_characters_count_two_utf16_units_and_unknown_keys_are_skipped() {
    let mut v = seeds();
    v["documents"][0]["title"] = "𝔸tlas 🇷🇺🇨🇳 ok".into();
    v["events"][0]["summary"] = "😀".into();
    v["events"][0]["extra"] = json!({"a": [1, "два", null, true, {"b": 2.5}]});
    v["extra"] = json!("x");
    let mut want: Corpus = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(read(&v), Ok(want.clone()));
    // absent optional fields read as JSON reads them
    v["documents"][0].as_object_mut().unwrap().remove("mentions");
    want.documents[0].mentions.clear();
    assert_eq!(read(&v), Ok(want));
}

#[test]
fn what_the_model_refuses_is_an_error_as_in_json() {
    for (path, bad) in [
        ("kind", json!("picnic")),
        ("kind", json!(5)),
        ("summary", Value::Null),
        ("evidence", json!([{"start": 1.5, "end": 3}])),
        ("evidence", json!([{"start": -1, "end": 3}])),
        ("when", json!({"approximate": "yes"})),
    ] {
        let mut v = seeds();
        v["events"][0][path] = bad.clone();
        assert!(serde_json::from_value::<Corpus>(v.clone()).is_err(), "{path}: {bad}");
        assert!(read(&v).is_err(), "{path}: {bad}");
    }
}

#[test]
fn broken_streams_are_an_error() {
    let (text, nums) = packed(&seeds());
    let mut longer = nums.clone();
    longer.push(NULL);
    assert!(read_packed::<Corpus>(text.as_bytes(), &longer).is_err());
    assert!(read_packed::<Corpus>(text.as_bytes(), &nums[..nums.len() - 1]).is_err());
    assert!(read_packed::<Corpus>(format!("{text} ").as_bytes(), &nums).is_err());
    // a fractional, a negative and a huge count of the top object's keys; an unknown tag
    for bad in [0.5, -2.0, 1e300] {
        let mut n = nums.clone();
        n[1] = bad;
        assert!(read_packed::<Corpus>(text.as_bytes(), &n).is_err(), "{bad}");
    }
    let mut n = nums.clone();
    n[0] = 9.0;
    assert!(read_packed::<Corpus>(text.as_bytes(), &n).is_err());
    assert!(read_packed::<Corpus>(&[0xff, 0xfe], &nums).is_err(), "not UTF-8");
    // a seen key that was never new
    assert!(read_packed::<Value>(b"", &[OBJECT, 1.0, SEEN_KEY, 0.0, NULL]).is_err());
    assert_eq!(read_packed::<Value>("é".as_bytes(), &[STRING, 1.0]), Ok(json!("é")));
    assert!(read_packed::<Value>("é".as_bytes(), &[STRING, 2.0]).is_err(), "a length past the text");
}
