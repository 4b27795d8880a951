//! The events@1 corpus handed over from JS without JSON: the fast path of `mount({ data })`.
//!
//! A host that builds its corpus in JS would otherwise pay twice for JSON: `JSON.stringify` in the
//! page, then `serde_json` in cold Wasm (together about 200 ms of a 10,000-event first render).
//! `www/exchange-atlas.js` (`pack()`) walks the object once instead and writes two streams:
//!
//! - `text`: every string of the corpus, concatenated in reading order, as UTF-8;
//! - `nums`: everything else in reading order, as `f64`: list lengths, integers, floats, booleans
//!   (0/1), and before each string its length in UTF-16 units (`-1`: null or absent).
//!
//! Reading order is the field order of [`exchange_atlas::model`]; enumerations travel as their
//! JSON strings and are read by the model's own serde names. The reader is strict: anything it
//! does not expect gives `None`, and the caller falls back to the JSON path, whose messages say
//! what is wrong. So this path never decides what is valid; JSON does.

use exchange_atlas::model::{Document, Event, Mention, Person, Place, Span, Warning, When};
use exchange_atlas::Corpus;
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::de::DeserializeOwned;

/// The corpus in `text` and `nums`, or `None` if the streams are not exactly one packed corpus.
///
/// ```
/// use exchange_atlas_widget::embed::packed::read_packed;
/// // schema, then 0 documents and 0 events
/// let corpus = read_packed(b"events@1", &[8.0, 0.0, 0.0]).unwrap();
/// assert_eq!(corpus.schema, "events@1");
/// assert!(read_packed(b"events@1", &[8.0, 0.0]).is_none()); // short
/// ```
pub fn read_packed(text: &[u8], nums: &[f64]) -> Option<Corpus> {
    let text = std::str::from_utf8(text).ok()?;
    let mut r = Reader { text, at: 0, nums, next: 0, ascii: text.is_ascii() };
    let corpus = Corpus { schema: r.string()?, documents: r.list(Reader::document)?, events: r.list(Reader::event)? };
    (r.at == text.len() && r.next == nums.len()).then_some(corpus)
}

struct Reader<'a> {
    text: &'a str,
    /// Byte offset of the next string in `text`.
    at: usize,
    nums: &'a [f64],
    next: usize,
    /// Every string is ASCII, so UTF-16 lengths are byte lengths.
    ascii: bool,
}

impl<'a> Reader<'a> {
    fn num(&mut self) -> Option<f64> {
        let v = *self.nums.get(self.next)?;
        self.next += 1;
        Some(v)
    }

    /// A non-negative integer that `f64` holds exactly.
    fn int(&mut self) -> Option<usize> {
        let v = self.num()?;
        (v >= 0.0 && v.fract() == 0.0 && v <= 9_007_199_254_740_991.0).then_some(v as usize)
    }

    fn float(&mut self) -> Option<f64> {
        self.num().filter(|v| v.is_finite())
    }

    fn boolean(&mut self) -> Option<bool> {
        match self.num()? {
            0.0 => Some(false),
            1.0 => Some(true),
            _ => None,
        }
    }

    /// The next string as a slice of `text`: `Some(None)` for a null string, `None` if the streams
    /// are broken.
    fn opt_str(&mut self) -> Option<Option<&'a str>> {
        let units = self.num()?;
        if units == -1.0 {
            return Some(None);
        }
        if !(units >= 0.0 && units.fract() == 0.0) {
            return None;
        }
        let units = units as usize;
        let end = if self.ascii { self.at.checked_add(units)? } else { self.utf16_end(units)? };
        let s = self.text.get(self.at..end)?;
        self.at = end;
        Some(Some(s))
    }

    /// [`Reader::opt_str`], owned: the model's strings are `String`s.
    fn opt_string(&mut self) -> Option<Option<String>> {
        Some(self.opt_str()?.map(str::to_owned))
    }

    fn string(&mut self) -> Option<String> {
        self.opt_string()?
    }

    /// The byte offset `units` UTF-16 code units after `self.at`.
    fn utf16_end(&self, units: usize) -> Option<usize> {
        let mut left = units;
        let mut end = self.at;
        let rest = self.text.get(self.at..)?;
        for c in rest.chars() {
            if left == 0 {
                break;
            }
            left = left.checked_sub(c.len_utf16())?;
            end += c.len_utf8();
        }
        (left == 0).then_some(end)
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.int()?;
        // a broken length must not reserve memory it cannot fill: every item takes a number
        let mut out = Vec::with_capacity(n.min(self.nums.len() - self.next));
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    /// A unit enum of the model from its JSON name (read in place: no string is allocated for it).
    fn name<T: DeserializeOwned>(&mut self) -> Option<T> {
        serde_name(self.opt_str()??)
    }

    fn document(&mut self) -> Option<Document> {
        Some(Document {
            id: self.string()?,
            path: self.string()?,
            title: self.opt_string()?,
            source: self.opt_string()?,
            lang: self.name()?,
            published: self.opt_string()?,
            text: self.string()?,
            warnings: self.list(|r| Some(Warning { line: r.opt_int()?, message: r.string()? }))?,
            mentions: self.list(|r| {
                Some(Mention { start: r.int()?, end: r.int()?, kind: r.name()?, region: r.opt_string()? })
            })?,
        })
    }

    fn opt_int(&mut self) -> Option<Option<usize>> {
        if self.nums.get(self.next) == Some(&-1.0) {
            self.next += 1;
            return Some(None);
        }
        self.int().map(Some)
    }

    fn when(&mut self) -> Option<When> {
        Some(When {
            start: self.opt_string()?,
            end: self.opt_string()?,
            precision: self.name()?,
            approximate: self.boolean()?,
            basis: self.name()?,
            text: self.opt_string()?,
        })
    }

    fn event(&mut self) -> Option<Event> {
        Some(Event {
            id: self.string()?,
            doc: self.string()?,
            when: self.when()?,
            status: self.name()?,
            kind: self.name()?,
            ru_regions: self.list(Reader::string)?,
            cn_regions: self.list(Reader::string)?,
            places: self.list(|r| {
                Some(Place { name: r.string()?, region: r.string()?, lat: r.float()?, lon: r.float()? })
            })?,
            people: self.list(|r| {
                let (name, role) = (r.string()?, r.opt_string()?);
                let side = match r.opt_str()? {
                    None => None,
                    Some(s) => Some(serde_name(s)?),
                };
                Some(Person { name, role, side })
            })?,
            orgs: self.list(Reader::string)?,
            topics: self.list(Reader::string)?,
            summary: self.string()?,
            evidence: self.list(|r| Some(Span { start: r.int()?, end: r.int()? }))?,
        })
    }
}

/// A unit enum of the model from its JSON name, by the model's own serde names.
fn serde_name<T: DeserializeOwned>(s: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<ValueError>::new(s)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packer of `www/exchange-atlas.js`, written again from the same field order: what it
    /// writes for a corpus that serde read. (The JS one is checked against the JSON path end to end.)
    #[derive(Default)]
    struct Packer {
        text: String,
        nums: Vec<f64>,
    }

    impl Packer {
        fn s(&mut self, s: &str) {
            self.nums.push(s.encode_utf16().count() as f64);
            self.text.push_str(s);
        }
        fn o(&mut self, s: &Option<String>) {
            match s {
                Some(s) => self.s(s),
                None => self.nums.push(-1.0),
            }
        }
        fn name<T: serde::Serialize>(&mut self, v: &T) {
            let json = serde_json::to_value(v).unwrap();
            self.s(json.as_str().unwrap());
        }
        fn corpus(&mut self, c: &Corpus) {
            self.s(&c.schema);
            self.nums.push(c.documents.len() as f64);
            for d in &c.documents {
                self.s(&d.id);
                self.s(&d.path);
                self.o(&d.title);
                self.o(&d.source);
                self.name(&d.lang);
                self.o(&d.published);
                self.s(&d.text);
                self.nums.push(d.warnings.len() as f64);
                for w in &d.warnings {
                    self.nums.push(w.line.map_or(-1.0, |l| l as f64));
                    self.s(&w.message);
                }
                self.nums.push(d.mentions.len() as f64);
                for m in &d.mentions {
                    self.nums.extend([m.start as f64, m.end as f64]);
                    self.name(&m.kind);
                    self.o(&m.region);
                }
            }
            self.nums.push(c.events.len() as f64);
            for e in &c.events {
                self.s(&e.id);
                self.s(&e.doc);
                self.o(&e.when.start);
                self.o(&e.when.end);
                self.name(&e.when.precision);
                self.nums.push(if e.when.approximate { 1.0 } else { 0.0 });
                self.name(&e.when.basis);
                self.o(&e.when.text);
                self.name(&e.status);
                self.name(&e.kind);
                for list in [&e.ru_regions, &e.cn_regions] {
                    self.nums.push(list.len() as f64);
                    list.iter().for_each(|s| self.s(s));
                }
                self.nums.push(e.places.len() as f64);
                for p in &e.places {
                    self.s(&p.name);
                    self.s(&p.region);
                    self.nums.extend([p.lat, p.lon]);
                }
                self.nums.push(e.people.len() as f64);
                for p in &e.people {
                    self.s(&p.name);
                    self.o(&p.role);
                    match &p.side {
                        Some(side) => self.name(side),
                        None => self.nums.push(-1.0),
                    }
                }
                for list in [&e.orgs, &e.topics] {
                    self.nums.push(list.len() as f64);
                    list.iter().for_each(|s| self.s(s));
                }
                self.s(&e.summary);
                self.nums.push(e.evidence.len() as f64);
                for sp in &e.evidence {
                    self.nums.extend([sp.start as f64, sp.end as f64]);
                }
            }
        }
    }

    fn packed(c: &Corpus) -> (String, Vec<f64>) {
        let mut p = Packer::default();
        p.corpus(c);
        (p.text, p.nums)
    }

    fn seeds() -> Corpus {
        serde_json::from_str(crate::EMBEDDED_JSON).unwrap()
    }

    #[test]
    fn the_seeds_read_back_as_serde_reads_them() {
        // Russian and Chinese text, people, places, mentions: the non-ASCII offsets
        let corpus = seeds();
        assert!(!corpus.events.is_empty() && corpus.documents.iter().any(|d| !d.text.is_ascii()));
        let (text, nums) = packed(&corpus);
        assert_eq!(read_packed(text.as_bytes(), &nums), Some(corpus));
    }

    #[test]
    fn astral_characters_count_two_utf16_units() {
        let mut corpus = seeds();
        corpus.documents[0].title = Some("𝔸tlas 🇷🇺🇨🇳 ok".into());
        corpus.events[0].summary = "😀".into();
        let (text, nums) = packed(&corpus);
        assert_eq!(read_packed(text.as_bytes(), &nums), Some(corpus));
    }

    #[test]
    fn anything_unexpected_gives_none() {
        let corpus = seeds();
        let (text, nums) = packed(&corpus);
        // one number too many or too few, one byte too many
        let mut longer = nums.clone();
        longer.push(0.0);
        assert_eq!(read_packed(text.as_bytes(), &longer), None);
        assert_eq!(read_packed(text.as_bytes(), &nums[..nums.len() - 1]), None);
        assert_eq!(read_packed(format!("{text} ").as_bytes(), &nums), None);
        // a kind serde does not know, of the same length as the one it replaces
        let mut one = corpus.clone();
        one.documents.clear();
        one.events.truncate(1);
        let e = &mut one.events[0];
        e.kind = exchange_atlas::Kind::Other;
        (e.summary, e.when.text, e.topics, e.orgs, e.people, e.places) = ("x".into(), None, vec![], vec![], vec![], vec![]);
        let (t, n) = packed(&one);
        assert_eq!(t.matches("other").count(), 1, "{t}");
        assert!(read_packed(t.as_bytes(), &n).is_some());
        assert_eq!(read_packed(t.replace("other", "otter").as_bytes(), &n), None);
        // a fractional, a negative and a huge count
        for bad in [0.5, -2.0, 1e300] {
            let mut n = nums.clone();
            n[1] = bad; // the number of documents
            assert_eq!(read_packed(text.as_bytes(), &n), None, "{bad}");
        }
        // not UTF-8
        assert_eq!(read_packed(&[0xff, 0xfe], &[2.0, 0.0, 0.0]), None);
    }

    #[test]
    fn lengths_past_the_text_give_none() {
        assert_eq!(read_packed(b"events@1", &[9.0, 0.0, 0.0]), None);
        assert_eq!(read_packed("événement".as_bytes(), &[10.0, 0.0, 0.0]), None);
        assert!(read_packed("événement".as_bytes(), &[9.0, 0.0, 0.0]).is_some());
    }
}
